#!/usr/bin/env bash
# Prints a JWT for one role, signed with the dev key (deploy/local/dev-jwt), valid for 12 hours.
# Local runs and tests only: production services trust the regency's identity provider, never this key.
#
#   deploy/local/token.sh ROLE [DIVISION]          e.g. token.sh SECRETARY, token.sh OPERATOR PERDAGANGAN
#   AGENCY=OTHER deploy/local/token.sh HEAD        another agency (default DISDAGTRANS, the demo agency)
#   USER_ID=budi@disdagtrans deploy/local/token.sh OPERATOR PERDAGANGAN    a chosen user id (sub)
#   AGENCY=INSPEKTORAT deploy/local/token.sh REGENCY_AUDITOR    the regency-wide archive export, nothing else
#
#   curl -H "Authorization: Bearer $(deploy/local/token.sh SECRETARY)" http://localhost:8083/api/approval/...
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
INFRA=$ROOT/deploy/embedded-infrastructure

if [[ $# -lt 1 || $# -gt 2 || $1 == -h || $1 == --help ]]; then
    sed -n '2,10p' "${BASH_SOURCE[0]}" | cut -c3-
    exit 2
fi
role=$1
division=${2:-}
agency=${AGENCY:-DISDAGTRANS}

if [[ ! -f $INFRA/target/local-run.classpath || ! -d $INFRA/target/classes ]]; then
    echo "Building deploy/embedded-infrastructure (once) ..." >&2
    (cd "$ROOT" && ./mvnw -q -pl deploy/embedded-infrastructure -am install -DskipTests) >&2
fi

args=("$role" "$agency")
if [[ -n $division || -n ${USER_ID:-} ]]; then
    args+=("$division")
fi
if [[ -n ${USER_ID:-} ]]; then
    args+=("$USER_ID")
fi
exec java -cp "$INFRA/target/classes:$(cat "$INFRA/target/local-run.classpath")" \
    id.go.kinerja.infrastructure.DevTokens "${args[@]}"
