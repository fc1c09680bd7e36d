#!/usr/bin/env bash
# Runs e-Kinerja on this machine: PostgreSQL and Kafka (embedded, one JVM), the four services on
# ports 8081-8084, the web application on port 8080 (dev sign-in as any person of the demo agency)
# and the demo agency (Dinas Perdagangan dan Transmigrasi). Ctrl-C stops everything.
#
#   deploy/local/run.sh            build what is missing, start, load the demo agency (once)
#   deploy/local/run.sh --build    rebuild everything first (./mvnw install -DskipTests)
#   deploy/local/run.sh --wipe     delete deploy/local/data first (databases and topics start empty)
#   deploy/local/run.sh --infra-only    only PostgreSQL and Kafka, e.g. to run one service in dev mode against them
#
# Needs only a JDK 17+ and curl. Data: deploy/local/data; logs: deploy/local/logs/<service>.log.
# Ports: PostgreSQL 5432, Kafka 9092 (controller 9093); change with KINERJA_PG_PORT, KINERJA_KAFKA_PORT.
# Extra JVM options for the services (e.g. -Xmx256m): KINERJA_JAVA_OPTS.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOCAL=$ROOT/deploy/local
DATA=$LOCAL/data
LOGS=$LOCAL/logs
INFRA=$ROOT/deploy/embedded-infrastructure
PG_PORT=${KINERJA_PG_PORT:-5432}
KAFKA_PORT=${KINERJA_KAFKA_PORT:-9092}
CONTROLLER_PORT=$((KAFKA_PORT + 1))

SERVICES=(collection-service measurement-service approval-service archive-service)
declare -A PORT=([collection-service]=8081 [measurement-service]=8082 [approval-service]=8083 [archive-service]=8084)
declare -A DATABASE=([collection-service]=collection [measurement-service]=measurement
                     [approval-service]=approval [archive-service]=archive)
WEB_PORT=8080
PORT[web]=$WEB_PORT

DEMO_AGENCY=DISDAGTRANS
DEMO_AGENCY_NAME="Dinas Perdagangan dan Transmigrasi"
DEMO_YEAR=2025
DEMO_PLAN=$ROOT/collection-service/src/main/resources/demo/disdagtrans-2025.json

build=false
wipe=false
infra_only=false
for arg in "$@"; do
    case $arg in
        --build) build=true ;;
        --wipe) wipe=true ;;
        --infra-only) infra_only=true ;;
        -h|--help) sed -n '2,13p' "${BASH_SOURCE[0]}" | cut -c3-; exit 0 ;;
        *) echo "unknown option $arg (try --help)" >&2; exit 2 ;;
    esac
done

say() { printf '\033[1m[run]\033[0m %s\n' "$*"; }

# --- stopping: services first (they finish their work and leave their consumer groups), then Kafka and PostgreSQL -

infra_pid=""
declare -A service_pid=()

running() {   # true while PID runs; a zombie (exited, not yet reaped) counts as stopped
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    [[ $(sed -E 's/.*\) (.).*/\1/' <<<"$stat") != Z ]]
}

stop_pids() {   # stop_pids SECONDS PID...: SIGTERM, wait up to SECONDS, SIGKILL what is left, reap
    local grace=$1 pid i left
    shift
    (($# > 0)) || return 0
    kill -TERM "$@" 2>/dev/null || true
    for ((i = 0; i < grace * 10; i++)); do
        left=0
        for pid in "$@"; do running "$pid" && left=1; done
        ((left)) || break
        sleep 0.1
    done
    for pid in "$@"; do
        if running "$pid"; then
            echo "  pid $pid did not stop within ${grace}s, killing it" >&2
            kill -KILL "$pid" 2>/dev/null || true
        fi
    done
    for pid in "$@"; do wait "$pid" 2>/dev/null || true; done
}

stopping=false
stop_all() {
    $stopping && return 0
    stopping=true
    trap '' INT TERM
    if ((${#service_pid[@]} > 0)) || [[ -n $infra_pid ]]; then
        say "stopping ..."
    fi
    stop_pids 30 "${service_pid[@]}"
    [[ -z $infra_pid ]] || stop_pids 60 "$infra_pid"
    # PostgreSQL runs in a session of its own: LocalInfrastructure stops it, unless its JVM was killed hard
    local pg_pid
    pg_pid=$(head -1 "$DATA/postgres/postmaster.pid" 2>/dev/null) || true
    if [[ $pg_pid =~ ^[0-9]+$ ]] && grep -qa postgres "/proc/$pg_pid/cmdline" 2>/dev/null; then
        kill -INT "$pg_pid" 2>/dev/null || true   # SIGINT is PostgreSQL's "fast" shutdown
    fi
    if ((${#service_pid[@]} > 0)) || [[ -n $infra_pid ]]; then
        say "stopped"
    fi
}

trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap 'stop_all' EXIT

# --- building what is missing ---------------------------------------------------------------------------------

missing=()
[[ -f $INFRA/target/local-run.classpath && -d $INFRA/target/classes ]] || missing+=(embedded-infrastructure)
$infra_only || for svc in "${SERVICES[@]}" web; do
    [[ -f $ROOT/$svc/target/quarkus-app/quarkus-run.jar ]] || missing+=("$svc")
done
if $build || ((${#missing[@]} > 0)); then
    say "building (${missing[*]:-forced by --build}) with ./mvnw install -DskipTests ..."
    (cd "$ROOT" && ./mvnw -q -B install -DskipTests)
fi

if $wipe; then
    say "deleting $DATA"
    rm -rf "$DATA"
fi
mkdir -p "$DATA" "$LOGS"

# --- PostgreSQL and Kafka ---------------------------------------------------------------------------------------

say "starting PostgreSQL (:$PG_PORT) and Kafka (:$KAFKA_PORT) ..."
# emptied here, not by the redirection below: that happens in the child, maybe after the first look for READY
: >"$LOGS/infrastructure.log"
java -cp "$INFRA/target/classes:$(cat "$INFRA/target/local-run.classpath")" \
    id.go.kinerja.infrastructure.LocalInfrastructure \
    --data "$DATA" --pg-port "$PG_PORT" --kafka-port "$KAFKA_PORT" --controller-port "$CONTROLLER_PORT" \
    >"$LOGS/infrastructure.log" 2>&1 &
infra_pid=$!

for ((i = 0; i < 120; i++)); do
    grep -q '^READY' "$LOGS/infrastructure.log" 2>/dev/null && break
    if ! running "$infra_pid"; then
        infra_pid=""
        echo "PostgreSQL/Kafka did not start:" >&2
        tail -20 "$LOGS/infrastructure.log" >&2
        exit 1
    fi
    sleep 0.5
done
grep -q '^READY' "$LOGS/infrastructure.log" || { echo "PostgreSQL/Kafka not ready after 60 s, see $LOGS/infrastructure.log" >&2; exit 1; }
say "$(grep '^READY' "$LOGS/infrastructure.log")"

if $infra_only; then
    cat <<EOF

  PostgreSQL and Kafka are running (databases ${DATABASE[*]}). To run one service against them, from $ROOT:

    export KINERJA_JWT_PUBLIC_KEY_LOCATION=file:$LOCAL/dev-jwt/publicKey.pem
    ./mvnw -pl collection-service quarkus:dev       # or: java -jar collection-service/target/quarkus-app/quarkus-run.jar

  (KINERJA_DB_URL and KAFKA_BOOTSTRAP_SERVERS default to localhost:5432/<service> and localhost:9092.)
  Ctrl-C stops PostgreSQL and Kafka.

EOF
    while running "$infra_pid"; do wait -n || true; done
    echo "PostgreSQL/Kafka stopped on their own; the end of the log:" >&2
    tail -30 "$LOGS/infrastructure.log" >&2
    infra_pid=""
    exit 1
fi

# --- the four services ------------------------------------------------------------------------------------------

for svc in "${SERVICES[@]}"; do
    KINERJA_DB_URL="jdbc:postgresql://localhost:$PG_PORT/${DATABASE[$svc]}" \
    KINERJA_DB_USER=postgres \
    KINERJA_DB_PASSWORD="" \
    KAFKA_BOOTSTRAP_SERVERS="localhost:$KAFKA_PORT" \
    KINERJA_JWT_PUBLIC_KEY_LOCATION="file:$LOCAL/dev-jwt/publicKey.pem" \
    QUARKUS_HTTP_PORT="${PORT[$svc]}" \
        java ${KINERJA_JAVA_OPTS:-} -jar "$ROOT/$svc/target/quarkus-app/quarkus-run.jar" >"$LOGS/$svc.log" 2>&1 &
    service_pid[$svc]=$!
    say "started $svc (pid ${service_pid[$svc]}, log deploy/local/logs/$svc.log)"
done

# --- the web application: the local profile's dev sign-in lists the demo agency's people and signs their tokens
# with the dev key, which the services trust here ----------------------------------------------------------------

KINERJA_COLLECTION_URL="http://localhost:${PORT[collection-service]}" \
KINERJA_MEASUREMENT_URL="http://localhost:${PORT[measurement-service]}" \
KINERJA_APPROVAL_URL="http://localhost:${PORT[approval-service]}" \
KINERJA_ARCHIVE_URL="http://localhost:${PORT[archive-service]}" \
KINERJA_AGENCY_NAME="$DEMO_AGENCY_NAME" \
KINERJA_DEV_KEY_LOCATION="file:$LOCAL/dev-jwt/privateKey.pem" \
QUARKUS_HTTP_PORT="$WEB_PORT" \
    java ${KINERJA_JAVA_OPTS:-} -Dquarkus.profile=local -jar "$ROOT/web/target/quarkus-app/quarkus-run.jar" \
    >"$LOGS/web.log" 2>&1 &
service_pid[web]=$!
say "started web (pid ${service_pid[web]}, log deploy/local/logs/web.log)"

ready() { curl -fs -o /dev/null --max-time 2 "http://localhost:$1/q/health/ready"; }

pending=("${SERVICES[@]}" web)
for ((i = 0; i < 240 && ${#pending[@]} > 0; i++)); do
    still=()
    for svc in "${pending[@]}"; do
        if ! running "${service_pid[$svc]}"; then
            unset "service_pid[$svc]"
            echo "$svc stopped while starting; the end of its log:" >&2
            tail -30 "$LOGS/$svc.log" >&2
            exit 1
        fi
        if ready "${PORT[$svc]}"; then
            say "$svc is ready on :${PORT[$svc]}"
        else
            still+=("$svc")
        fi
    done
    pending=("${still[@]+"${still[@]}"}")
    ((${#pending[@]} == 0)) || sleep 0.5
done
if ((${#pending[@]} > 0)); then
    echo "not ready after 120 s: ${pending[*]} (see deploy/local/logs)" >&2
    exit 1
fi

# --- the demo agency --------------------------------------------------------------------------------------------

# The demo plan is loaded once: when the agency has a plan for the year already (an earlier run), it stays as it
# is, together with whatever rounds and entries were made since. Rounds are opened on the year's published
# performance agreement (PK), so the loaded plan is published as the PK of the year unless one is already.
admin=$("$LOCAL/token.sh" ADMIN)

load_demo() {
    local plan_url status
    if [[ ! -f $DEMO_PLAN ]]; then
        say "no demo plan at ${DEMO_PLAN#"$ROOT"/}; skipping the demo agency"
        return
    fi
    plan_url="http://localhost:${PORT[collection-service]}/api/collection/plan/$DEMO_YEAR"
    # an agency without a plan answers 200 with no indicators
    if curl -fsS -H "Authorization: Bearer $admin" "$plan_url" | grep -q '"indicators" *: *\[ *{'; then
        say "the demo agency $DEMO_AGENCY has its $DEMO_YEAR plan already (kept as it is)"
    else
        status=$(curl -s -o "$LOGS/demo-load.json" -w '%{http_code}' -X PUT \
            -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
            --data-binary "@$DEMO_PLAN" "$plan_url")
        if [[ $status != 2* ]]; then
            say "loading the demo agency failed: HTTP $status (body in deploy/local/logs/demo-load.json)"
            return
        fi
        say "loaded the demo agency $DEMO_AGENCY (plan $DEMO_YEAR: HTTP $status)"
    fi
    publish_demo_agreement
}

publish_demo_agreement() {
    local versions_url="http://localhost:${PORT[collection-service]}/api/collection/plan/versions" listed status
    listed=$(curl -fsS -H "Authorization: Bearer $admin" "$versions_url?year=$DEMO_YEAR&kind=PK") \
        || { say "could not list the plan versions of $DEMO_AGENCY; the demo PK is not published"; return; }
    if ! grep -Eq '"total" *: *0[,}]' <<<"$listed"; then
        say "the demo agency $DEMO_AGENCY has its $DEMO_YEAR performance agreement (PK) published already"
        return
    fi
    status=$(curl -s -o "$LOGS/demo-publish.json" -w '%{http_code}' -X POST \
        -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
        --data "{\"kind\": \"PK\", \"year\": $DEMO_YEAR, \"documentNumber\": \"800/001/$DEMO_AGENCY/$DEMO_YEAR\"}" \
        "$versions_url")
    if [[ $status == 2* ]]; then
        say "published the $DEMO_YEAR plan of $DEMO_AGENCY as its performance agreement (PK): HTTP $status"
    else
        say "publishing the demo PK failed: HTTP $status (body in deploy/local/logs/demo-publish.json)"
    fi
}
load_demo

division_codes() {
    local codes
    codes=$(curl -s -H "Authorization: Bearer $admin" \
                "http://localhost:${PORT[collection-service]}/api/collection/divisions?size=200" \
            | grep -o '"code" *: *"[^"]*"' | cut -d'"' -f4 | tr '\n' ' ') || true
    if [[ -n $codes ]]; then
        echo "Divisions of $DEMO_AGENCY: $codes"
    fi
}

# --- how to use it ----------------------------------------------------------------------------------------------

cat <<EOF

  e-Kinerja is running (agency $DEMO_AGENCY, $DEMO_AGENCY_NAME).

  The web application (Aplikasi e-Kinerja):   http://localhost:$WEB_PORT
    "Masuk" lists the demo agency's people, one per role and division: choose one to act as them.

  Swagger UI of each service:

    collection-service   http://localhost:8081/q/swagger-ui   /api/collection
    measurement-service  http://localhost:8082/q/swagger-ui   /api/measurement
    approval-service     http://localhost:8083/q/swagger-ui   /api/approval
    archive-service      http://localhost:8084/q/swagger-ui   /api/archive

  A token for each role (12 h, signed with the dev key; paste it into Swagger UI's "Authorize"):

    deploy/local/token.sh ADMIN                        agency master data, the plan
    deploy/local/token.sh HEAD                         Kepala Dinas: memo opening a round (A1, B1), disposition
    deploy/local/token.sh SECRETARY                    Sekretaris: meeting minutes, reviews, approves or returns
    deploy/local/token.sh SAKIP_TEAM                   Tim SAKIP: plan versions, SOP steps, recaps, methodology
    deploy/local/token.sh OPERATOR <DIVISION>          enters realisations of that division
    deploy/local/token.sh DIVISION_HEAD <DIVISION>     Kepala Bidang: verifies that division's entries
    deploy/local/token.sh AUDITOR                      read-only, the audit trail
    AGENCY=INSPEKTORAT deploy/local/token.sh REGENCY_AUDITOR   the regency-wide archive export only

    $(division_codes)

  The whole SOP loop with curl, step by step:  deploy/local/sop-walkthrough.sh
  Logs: deploy/local/logs/   Data: deploy/local/data/ (--wipe to start empty)   Ctrl-C stops everything.

EOF

# --- until Ctrl-C, or until a process dies on its own -----------------------------------------------------------

while true; do
    wait -n || true
    for svc in "${!service_pid[@]}"; do
        if ! running "${service_pid[$svc]}"; then
            echo "$svc stopped on its own; the end of its log:" >&2
            tail -30 "$LOGS/$svc.log" >&2
            unset "service_pid[$svc]"
            exit 1
        fi
    done
    if ! running "$infra_pid"; then
        echo "PostgreSQL/Kafka stopped on their own; the end of the log:" >&2
        tail -30 "$LOGS/infrastructure.log" >&2
        infra_pid=""
        exit 1
    fi
done
