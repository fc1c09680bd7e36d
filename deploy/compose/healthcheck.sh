#!/bin/bash
# Compose healthcheck of a service: healthy while it is alive and ready (/q/health/live and /q/health/ready answer 200).
# Uses bash's /dev/tcp because the service image is not guaranteed to have curl or wget.
# Usage: healthcheck.sh PORT
set -u
port=$1
for probe in live ready; do
    exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
    printf 'GET /q/health/%s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$probe" >&3
    read -r _ status _ <&3
    # read the rest (HTTP/1.0: the service closes the connection), so that it sees no reset
    cat <&3 > /dev/null
    exec 3<&-
    [[ "$status" == 200 ]] || exit 1
done
