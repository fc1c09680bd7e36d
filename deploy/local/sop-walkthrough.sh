#!/usr/bin/env bash
# Walks the whole SOP of Dinas Perdagangan dan Transmigrasi against the running system (deploy/local/run.sh),
# with curl, and prints every call: the SOP step, who makes it, what it does, and the HTTP status.
# It stops at the first unexpected status and prints the response (application/problem+json).
#
#   deploy/local/sop-walkthrough.sh                first quarter of 2025 without a collection round
#   deploy/local/sop-walkthrough.sh 2025 3         that period
#
# Needs curl and jq. Also meant to be read: each step is one REST call a front end would make, with the role
# whose token it sends. Tokens come from deploy/local/token.sh (dev key); in production, from the identity
# provider, with the same claims (groups = role, agency, division).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
COLLECTION=${COLLECTION_URL:-http://localhost:8081}
MEASUREMENT=${MEASUREMENT_URL:-http://localhost:8082}
APPROVAL=${APPROVAL_URL:-http://localhost:8083}
ARCHIVE=${ARCHIVE_URL:-http://localhost:8084}
AGENCY=DISDAGTRANS

# The two items the Secretary returns, as in the SOP's "returned to be completed and re-entered":
RE_ENTERED=IKP-02   # number of traders trained: back to COLLECTION, the attendance list shows 24, not 20
REMEASURED=IKU-01   # price-variation coefficient (lower is better): back to MEASUREMENT, use the ratio formula

if [[ $# -ne 0 && $# -ne 2 ]]; then
    sed -n '2,11p' "${BASH_SOURCE[0]}" | cut -c3-
    exit 2
fi
for tool in curl jq; do
    command -v "$tool" >/dev/null || { echo "$tool is needed (e.g. apt-get install $tool)" >&2; exit 2; }
done

# --- printing and calling -----------------------------------------------------------------------------------

response=$(mktemp)
trap 'rm -f "$response"' EXIT

# step SOP WHO WHAT: announces the next call(s)
step() {
    printf '\n\033[1m%-9s\033[0m %-26s %s\n' "$1" "$2" "$3"
}

# call EXPECTED_STATUS TOKEN METHOD URL [JSON_BODY] [EXTRA_CURL_ARGS...]
# Prints the method, path and status; the response body is then in $body. Stops unless the status is expected.
call() {
    local expected=$1 token=$2 method=$3 url=$4 data=${5:-}
    shift $(($# < 5 ? $# : 5))
    local args=(-sS -o "$response" -w '%{http_code}' -X "$method"
                -H "Authorization: Bearer $token" -H 'Accept: application/json' "$@")
    if [[ -n $data ]]; then
        args+=(-H 'Content-Type: application/json' --data "$data")
    fi
    status=$(curl "${args[@]}" "$url")
    body=$(cat "$response")
    printf '          %-6s %-78s %s\n' "$method" "${url#http://localhost}" "$status"
    if [[ $status != "$expected" ]]; then
        echo "          expected $expected; the response was:" >&2
        (jq . <<<"$body" 2>/dev/null || echo "$body") | sed 's/^/          /' >&2
        exit 1
    fi
}

# etag TOKEN URL: the ETag of the record at URL, the version an edit sends back as If-Match
etag() {
    curl -sS -o /dev/null -D - -H "Authorization: Bearer $1" "$2" | grep -i '^etag:' | cut -d' ' -f2 | tr -d '\r'
}

# await WHAT TOKEN URL JQ_CONDITION: GETs the URL until the condition holds (events travel over Kafka)
await() {
    local what=$1 token=$2 url=$3 condition=$4
    for ((i = 0; i < 120; i++)); do
        status=$(curl -sS -o "$response" -w '%{http_code}' -H "Authorization: Bearer $token" "$url")
        body=$(cat "$response")
        if [[ $status == 200 ]] && jq -e "$condition" <<<"$body" >/dev/null 2>&1; then
            printf '          %-6s %-78s %s  (%s after %d.%d s)\n' GET "${url#http://localhost}" "$status" "$what" \
                $((i / 2)) $((i % 2 * 5))
            return
        fi
        sleep 0.5
    done
    echo "          not within 60 s: $what (last status $status)" >&2
    (jq . <<<"$body" 2>/dev/null || echo "$body") | sed 's/^/          /' >&2
    exit 1
}

# token ROLE [DIVISION]
token() {
    AGENCY=$AGENCY "$HERE/token.sh" "$@"
}

for url in "$COLLECTION" "$MEASUREMENT" "$APPROVAL" "$ARCHIVE"; do
    curl -fs -o /dev/null --max-time 3 "$url/q/health/ready" \
        || { echo "$url is not ready: start the system with deploy/local/run.sh" >&2; exit 1; }
done

echo "Minting a token per person (deploy/local/token.sh) ..."
SECRETARY=$(token SECRETARY)
TEAM=$(token SAKIP_TEAM)
HEAD=$(token HEAD)
declare -A OPERATOR DIVISION_HEAD
for division in $(curl -sS -H "Authorization: Bearer $SECRETARY" "$COLLECTION/api/collection/divisions?size=200" \
                  | jq -r '.items[].code'); do
    OPERATOR[$division]=$(token OPERATOR "$division")
    DIVISION_HEAD[$division]=$(token DIVISION_HEAD "$division")
done

# --- the period ---------------------------------------------------------------------------------------------

if [[ $# -eq 2 ]]; then
    YEAR=$1 QUARTER=$2
else
    YEAR=2025
    taken=$(curl -sS -H "Authorization: Bearer $SECRETARY" "$COLLECTION/api/collection/rounds?year=$YEAR&size=200" \
            | jq -r '[.items[].quarter] | join(" ")')
    QUARTER=""
    for q in 1 2 3 4; do
        [[ " $taken " == *" $q "* ]] || { QUARTER=$q; break; }
    done
    if [[ -z $QUARTER ]]; then
        echo "Every quarter of $YEAR has a collection round already: start afresh with deploy/local/run.sh --wipe" >&2
        exit 1
    fi
fi
echo "The SOP for $AGENCY, period $YEAR Q$QUARTER"

# --- the performance agreement (perjanjian kinerja) ---------------------------------------------------------

# A round is measured against the year's published PK; deploy/local/run.sh publishes the demo plan's, so this
# step only runs for another year, or against a system where nobody published it yet.
published=$(curl -sS -H "Authorization: Bearer $TEAM" "$COLLECTION/api/collection/plan/versions?year=$YEAR&kind=PK" \
            | jq -r .total)
if [[ $published == 0 ]]; then
    step "PK" "SAKIP_TEAM" "publishes the plan of $YEAR as its performance agreement (perjanjian kinerja)"
    call 201 "$TEAM" POST "$COLLECTION/api/collection/plan/versions" "{\"kind\": \"PK\", \"year\": $YEAR}"
fi

# --- A. Collection (pengumpulan data kinerja) ---------------------------------------------------------------

step "A1" "HEAD" "orders the collection for $YEAR Q$QUARTER (Nota Dinas): the round opens (Idempotency-Key)"
memo="{\"year\": $YEAR, \"quarter\": $QUARTER, \"memo\": {\"number\": \"800/112/DP-Trans/$YEAR\", \"date\": \"$(date +%F)\"}}"
key=$(cat /proc/sys/kernel/random/uuid 2>/dev/null || uuidgen)
call 201 "$HEAD" POST "$COLLECTION/api/collection/rounds" "$memo" -H "Idempotency-Key: $key"
ROUND=$(jq -r .roundId <<<"$body")
step "A1" "HEAD" "sends the same request again (as after a lost answer): the first answer, no second round"
call 201 "$HEAD" POST "$COLLECTION/api/collection/rounds" "$memo" -H "Idempotency-Key: $key" -D "$response.headers"
echo "          round $(jq -r .roundId <<<"$body") again, $(grep -i '^idempotent-replayed:' "$response.headers" | tr -d '\r')"
rm -f "$response.headers"
items=$(jq -c '.items' <<<"$body")
echo "          round $ROUND: $(jq length <<<"$items") indicators to collect, targets of" \
     "$(jq -r '.planVersion | "\(.kind) \(.number)"' <<<"$body")"
for code in $RE_ENTERED $REMEASURED; do
    jq -e --arg c "$code" 'any(.indicatorCode == $c)' <<<"$items" >/dev/null \
        || { echo "          $code is not in this round: this walkthrough expects the demo plan" >&2; exit 1; }
done

step "A2" "SECRETARY" "meets the SAKIP team and records the minutes"
call 200 "$SECRETARY" POST "$COLLECTION/api/collection/rounds/$ROUND/steps/A2" \
    "{\"date\": \"$(date +%F)\", \"attendees\": [\"Sekretaris\", \"Ketua Tim SAKIP\"], \"summary\": \"Pengumpulan data selesai dalam dua hari kerja\"}"

step "A3" "SAKIP_TEAM" "records the work plan"
call 200 "$TEAM" POST "$COLLECTION/api/collection/rounds/$ROUND/steps/A3" \
    "{\"activities\": [{\"activity\": \"Pengarahan operator bidang\", \"start\": \"$(date +%F)\", \"end\": \"$(date +%F)\", \"responsible\": \"Tim SAKIP\"}]}"

step "A4" "SAKIP_TEAM" "records the document checklist (PK, IKU, DPA, ...)"
call 200 "$TEAM" POST "$COLLECTION/api/collection/rounds/$ROUND/steps/A4" "$(jq -nc '{documents: [
    "PK", "IKU", "DPA", "ACTIVITY_EVIDENCE", "SURVEY_RESULTS", "EVALUATION_REPORTS", "SAKIP_ASSESSMENT",
    "DATA_COLLECTION_FORM"] | map({kind: ., status: "AVAILABLE"})}')"

step "A5" "SAKIP_TEAM" "briefs the operators of every division: data entry opens"
call 200 "$TEAM" POST "$COLLECTION/api/collection/rounds/$ROUND/steps/A5" "$(jq -c --arg d "$(date +%F)" '{date: $d,
    divisions: ([.[].divisionCode] | unique | map({divisionCode: ., attendees: ["operator " + .]}))}' <<<"$items")"

# The realisation each operator enters: on target (the value, the middle of a range, or the grade),
# except the two items the Secretary will return.
realisation() {   # realisation ITEM_JSON -> EntryInput JSON
    jq -c --arg re "$RE_ENTERED" --arg rm "$REMEASURED" '
        if .indicatorCode == $re then {value: 20, note: "Rekap panitia pelatihan"}
        elif .indicatorCode == $rm then {value: 4, note: "Survei harga mingguan di pasar rakyat"}
        elif .target.grade then {grade: .target.grade, note: "Hasil evaluasi SAKIP"}
        elif .target.value then {value: .target.value, note: "Sesuai laporan bidang"}
        else {value: ((.target.min + .target.max) / 2), note: "Sesuai laporan bidang"} end' <<<"$1"
}

while read -r item; do
    code=$(jq -r .indicatorCode <<<"$item")
    division=$(jq -r .divisionCode <<<"$item")
    entry=$(realisation "$item")
    url="$COLLECTION/api/collection/rounds/$ROUND/entries/$code"
    read_as=$(etag "${OPERATOR[$division]}" "$url")
    step "A6" "OPERATOR $division" \
        "enters the realisation (realisasi) of $code: $(jq -c 'del(.note)' <<<"$entry") (If-Match: $read_as)"
    call 200 "${OPERATOR[$division]}" PUT "$url" "$entry" -H "If-Match: $read_as"
done < <(jq -c '.[]' <<<"$items")

while read -r item; do
    code=$(jq -r .indicatorCode <<<"$item")
    division=$(jq -r .divisionCode <<<"$item")
    step "A7" "DIVISION_HEAD $division" "cross-checks and verifies $code"
    call 200 "${DIVISION_HEAD[$division]}" POST "$COLLECTION/api/collection/rounds/$ROUND/entries/$code/verification" \
        '{"decision": "VERIFY"}'
done < <(jq -c '.[]' <<<"$items")

step "A8-A9" "SAKIP_TEAM" "recaps the round and reports it to the Secretary (revision 1, RecapSubmitted)"
call 201 "$TEAM" POST "$COLLECTION/api/collection/rounds/$ROUND/recap"
RECAP=$(jq -r .recapId <<<"$body")
echo "          recap $RECAP"
step "A8" "SAKIP_TEAM" "submits again: refused with a code to branch on and words to show (docs/errors.md)"
call 409 "$TEAM" POST "$COLLECTION/api/collection/rounds/$ROUND/recap" "" -H 'Accept-Language: id'
jq -r '"          \(.code): \(.title). \(.detail)"' <<<"$body"

# --- B. Measurement (pengukuran) and the Secretary's review --------------------------------------------------

STEPS="$MEASUREMENT/api/measurement/rounds/$YEAR/$QUARTER/steps"
step "B1" "HEAD" "orders the measurement for $YEAR Q$QUARTER (Nota Dinas)"
call 200 "$HEAD" POST "$STEPS/B1" "{\"number\": \"800/113/DP-Trans/$YEAR\", \"date\": \"$(date +%F)\"}"

step "B2" "SECRETARY" "meets the SAKIP team about the measurement and records the minutes"
call 200 "$SECRETARY" POST "$STEPS/B2" \
    "{\"date\": \"$(date +%F)\", \"attendees\": [\"Sekretaris\", \"Ketua Tim SAKIP\"], \"summary\": \"Pengukuran setelah data terverifikasi\"}"

step "B3" "SAKIP_TEAM" "records the measurement plan"
call 200 "$TEAM" POST "$STEPS/B3" \
    "{\"activities\": [{\"activity\": \"Penyusunan kertas kerja pengukuran\", \"start\": \"$(date +%F)\", \"end\": \"$(date +%F)\", \"responsible\": \"Tim SAKIP\"}]}"

step "B4" "SAKIP_TEAM" "declares the methodology ready: the recap held until now is measured"
call 200 "$TEAM" POST "$STEPS/B4" '{"note": "Metodologi ditetapkan"}'

step "B5-B7" "SAKIP_TEAM" "reads the measured achievements (capaian), computed on RecapSubmitted"
await "measured" "$TEAM" "$MEASUREMENT/api/measurement/recaps/$RECAP" '.revision == 1 and .recapState == "MEASURED"'
echo "          headline achievement (IKU): $(jq -r '.headlineAchievement // "n/a"' <<<"$body") %," \
     "$REMEASURED: $(jq -r --arg c "$REMEASURED" '.items[] | select(.indicatorCode == $c) | .result.achievement' <<<"$body") %"

step "A10" "SECRETARY" "finds the measured recap in the inbox (RecapMeasured)"
await "in the inbox" "$SECRETARY" "$APPROVAL/api/approval/inbox" \
    "any(.items[]; .recapId == \"$RECAP\" and .revision == 1)"

step "A10/B8" "SECRETARY" "accepts every item except $RE_ENTERED and $REMEASURED"
accept_all_but() {   # accept_all_but REVISION CODE... -> BulkDecisionRequest JSON
    local revision=$1
    shift
    jq -c --argjson revision "$revision" --args \
        '{revision: $revision, decisions: [.[].indicatorCode | select(IN($ARGS.positional[]) | not)
                                           | {indicatorCode: ., decision: "ACCEPTED"}]}' "$@" <<<"$items"
}
call 200 "$SECRETARY" PUT "$APPROVAL/api/approval/recaps/$RECAP/decisions" "$(accept_all_but 1 $RE_ENTERED $REMEASURED)"

step "A10" "SECRETARY" "returns $RE_ENTERED to COLLECTION, with the reason"
call 200 "$SECRETARY" PUT "$APPROVAL/api/approval/recaps/$RECAP/items/$RE_ENTERED/decision" \
    '{"revision": 1, "decision": "RETURNED", "returnTo": "COLLECTION",
      "reason": "Daftar hadir pelatihan menunjukkan 24 peserta, bukan 20"}'

step "B8" "SECRETARY" "returns $REMEASURED to MEASUREMENT, with the reason"
call 200 "$SECRETARY" PUT "$APPROVAL/api/approval/recaps/$RECAP/items/$REMEASURED/decision" \
    '{"revision": 1, "decision": "RETURNED", "returnTo": "MEASUREMENT",
      "reason": "Gunakan rumus rasio untuk indikator negatif"}'

step "A10/B8" "SECRETARY" "returns revision 1 for correction (RecapReturned)"
call 200 "$SECRETARY" POST "$APPROVAL/api/approval/recaps/$RECAP/return" \
    '{"revision": 1, "note": "Dua indikator perlu diperbaiki"}'

# --- Correction: re-entry in collection, methodology fix in measurement ---------------------------------------

division=$(jq -r --arg c "$RE_ENTERED" '.[] | select(.indicatorCode == $c) | .divisionCode' <<<"$items")
step "A6" "OPERATOR $division" "sees $RE_ENTERED reopened, with the Secretary's reason"
await "reopened" "${OPERATOR[$division]}" "$COLLECTION/api/collection/rounds/$ROUND/entries/$RE_ENTERED" \
    '.state == "RETURNED"'
echo "          reason: $(jq -r .returned.reason <<<"$body")"

read_as=$(etag "${OPERATOR[$division]}" "$COLLECTION/api/collection/rounds/$ROUND/entries/$RE_ENTERED")
step "A6" "OPERATOR $division" "re-enters $RE_ENTERED: 24 (If-Match: $read_as, the entry as read)"
call 200 "${OPERATOR[$division]}" PUT "$COLLECTION/api/collection/rounds/$ROUND/entries/$RE_ENTERED" \
    '{"value": 24, "note": "Sesuai daftar hadir (terlampir)"}' -H "If-Match: $read_as"

step "A7" "DIVISION_HEAD $division" "verifies $RE_ENTERED again"
call 200 "${DIVISION_HEAD[$division]}" POST "$COLLECTION/api/collection/rounds/$ROUND/entries/$RE_ENTERED/verification" \
    '{"decision": "VERIFY"}'

step "B8-B4" "SAKIP_TEAM" "sees $REMEASURED returned to measurement"
await "reopened" "$TEAM" "$MEASUREMENT/api/measurement/recaps/$RECAP/reopened" \
    "any(.items[]; .indicatorCode == \"$REMEASURED\")"

step "B4" "SAKIP_TEAM" "reads the methodology of $REMEASURED (its ETag is the current version)"
call 200 "$TEAM" GET "$MEASUREMENT/api/measurement/methodologies/$REMEASURED" "" -D "$response.headers"
etag=$(grep -i '^etag:' "$response.headers" | cut -d' ' -f2 | tr -d '\r')
rm -f "$response.headers"
methodology=$(jq -c '.current | {polarity, valueType, frequency, periodAggregation, weight}
                     + {negativeFormula: "RATIO", reason: "Telaah Sekretaris: rumus rasio untuk indikator negatif"}' \
              <<<"$body")

step "B4" "SAKIP_TEAM" "saves a new version with the ratio formula (If-Match: $etag)"
call 200 "$TEAM" PUT "$MEASUREMENT/api/measurement/methodologies/$REMEASURED" "$methodology" -H "If-Match: $etag"

step "A8-A9" "SAKIP_TEAM" "resubmits the recap (revision 2: the re-entered value, measured with the new methodology)"
call 201 "$TEAM" POST "$COLLECTION/api/collection/rounds/$ROUND/recap"

step "B5-B7" "SAKIP_TEAM" "reads the measurement of revision 2"
await "measured" "$TEAM" "$MEASUREMENT/api/measurement/recaps/$RECAP" '.revision == 2 and .recapState == "MEASURED"'
echo "          $REMEASURED now: $(jq -r --arg c "$REMEASURED" \
    '.items[] | select(.indicatorCode == $c) | "\(.result.achievement) % (\(.result.formula))"' <<<"$body")"

# --- Approval, disposition, archive -------------------------------------------------------------------------

step "A10" "SECRETARY" "finds revision 2 in the inbox"
await "in the inbox" "$SECRETARY" "$APPROVAL/api/approval/inbox" \
    "any(.items[]; .recapId == \"$RECAP\" and .revision == 2)"

step "A10/B8" "SECRETARY" "accepts every item of revision 2"
call 200 "$SECRETARY" PUT "$APPROVAL/api/approval/recaps/$RECAP/decisions" "$(accept_all_but 2)"

step "A10/B8" "SECRETARY" "approves revision 2 (RecapApproved: the data is locked)"
call 200 "$SECRETARY" POST "$APPROVAL/api/approval/recaps/$RECAP/approval" \
    '{"revision": 2, "note": "Lengkap, disetujui"}'

step "A11/B9" "HEAD" "records the disposition (RecapDisposed)"
call 200 "$HEAD" POST "$APPROVAL/api/approval/recaps/$RECAP/disposition" \
    '{"text": "Terima kasih. Gunakan sebagai bahan LKjIP dan evaluasi triwulan berikutnya."}'

step "A12/B10" "HEAD" "finds the sealed record in the archive (RecapArchived)"
await "archived" "$HEAD" "$ARCHIVE/api/archive/records?recapId=$RECAP" '.items | length == 1'
ARCHIVE_ID=$(jq -r '.items[0].archiveId' <<<"$body")
HASH=$(jq -r '.items[0].contentHash' <<<"$body")

step "A12/B10" "HEAD" "verifies the record's hash and its place in the hash chain"
call 200 "$HEAD" GET "$ARCHIVE/api/archive/records/$ARCHIVE_ID/verification"
echo "          verdict: $(jq -r .status <<<"$body")"

step "A1-A12" "HEAD" "reads the round's SOP timeline in collection: every step, its time and who did it"
await "timeline complete" "$HEAD" "$COLLECTION/api/collection/rounds/$ROUND/timeline" 'all(.steps[]; .endedAt != null)'
jq -r '.steps[] | "          \(.step) (cycle \(.cycle)) \(.status) in \(.workingTime) of \(.standardTime // "-"), by \(.doneBy.userId)"' <<<"$body"

step "B1-B10" "HEAD" "reads the period's SOP timeline in measurement"
await "timeline complete" "$HEAD" "$MEASUREMENT/api/measurement/rounds/$YEAR/$QUARTER/timeline" 'all(.steps[]; .endedAt != null)'
jq -r '.steps[] | "          \(.step) (cycle \(.cycle)) \(.status) in \(.workingTime) of \(.standardTime // "-"), by \(.doneBy.userId)"' <<<"$body"

cat <<EOF

Done: $AGENCY $YEAR Q$QUARTER went through the whole SOP.
  round    $ROUND
  recap    $RECAP (approved revision 2)
  archive  $ARCHIVE_ID
  SHA-256  $HASH
The document: curl -H "Authorization: Bearer \$(deploy/local/token.sh HEAD)" $ARCHIVE/api/archive/records/$ARCHIVE_ID
EOF
