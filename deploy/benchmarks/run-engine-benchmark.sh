#!/usr/bin/env bash
# Runs the JMH benchmark of the measurement engine on the synthetic regency (50 agencies x 2,000 indicators
# x 4 quarters), single-threaded, in about 3 minutes, and prints indicator results per second.
# Builds target/benchmarks.jar first when it is missing or older than the engine or benchmark sources.
# Extra arguments go to JMH, e.g. `./run-engine-benchmark.sh -i 10` or `... measureRegencyAtYear`.
# See docs/benchmarks.md for what is measured and the recorded figures.
set -euo pipefail

module="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$module/../.." && pwd)"
jar="$module/target/benchmarks.jar"
csv="$module/target/engine-benchmark.csv"

# A jar built with -pl but without -am may hold a stale measurement-service from the local repository, so the
# engine's presence is checked too.
if [[ ! -f "$jar" ]] || [[ -n "$(find "$module/pom.xml" "$module/src" "$root/measurement-service/src/main/java" \
        -newer "$jar" -type f -print -quit)" ]] \
        || [[ "$(jar tf "$jar" | grep -c '^id/go/kinerja/measurement/engine/MeasurementEngine.class$' || true)" == 0 ]]; then
    echo "Building $jar ..."
    # Only the engine's module chain is built; the Quarkus application build and the tests are not needed here.
    (cd "$root" && ./mvnw -q -B -pl deploy/benchmarks -am package -Dmaven.test.skip=true -Dquarkus.build.skip=true)
fi

echo "Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(java -version 2>&1 | head -1)"
echo "Load before: $(uptime)"
java -cp "$jar" id.go.kinerja.benchmarks.engine.SyntheticRegency
java -jar "$jar" MeasurementEngineBenchmark -t 1 -f 1 -wi 3 -w 5s -i 5 -r 5s -rf csv -rff "$csv" "$@"
echo "Load after: $(uptime)"

echo
echo "==== Measurement engine, one thread (target: >= 100,000 indicator results/s) ===="
# JMH writes: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit"
awk -F, 'NR > 1 {
    gsub(/"/, "");
    name = $1; sub(/.*\./, "", name);
    unit = (name == "rollUpAllNodes") ? "node roll-ups/s" : "indicator results/s";
    printf "%-26s %12.0f ± %9.0f %s\n", name, $5, $6, unit
}' "$csv"
