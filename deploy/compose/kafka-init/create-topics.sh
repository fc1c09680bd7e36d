#!/bin/bash
# Creates the topics of topics.txt on the single broker; topics that exist are left as they are.
# Event topics get 3 partitions (key = recap id keeps one recap in order); dead-letter topics get one partition
# and keep their messages for 90 days so that an operator has time to look at them.
set -euo pipefail

bootstrap=kafka:9092
topics=/opt/kafka/bin/kafka-topics.sh

while read -r topic; do
    [[ -z "$topic" || "$topic" == \#* ]] && continue
    if [[ "$topic" == *.dlq ]]; then
        partitions=1
        retention_ms=$((90 * 24 * 3600 * 1000))
    else
        partitions=3
        retention_ms=$((30 * 24 * 3600 * 1000))
    fi
    "$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic "$topic" \
        --partitions "$partitions" --replication-factor 1 \
        --config max.message.bytes=8388608 --config retention.ms="$retention_ms"
done < /kafka-init/topics.txt

"$topics" --bootstrap-server "$bootstrap" --list
