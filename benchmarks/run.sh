#!/usr/bin/env bash
# The full benchmark run behind docs/performance.md (not run by CI: CI runs SmokeTest).
#   benchmarks/run.sh jmh [JMH options...]   JMH, workloads A B C and the baselines, with -prof gc (~8 min)
#   benchmarks/run.sh batch [SIZES...]       xhht batch on 1k..1M dossiers, 2 jobs, -Xmx256m (~5 min + the files)
#   benchmarks/run.sh all                    both
# Results land in benchmarks/target/ (jmh.txt, jmh-result.json, batch.md). Run it on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
[ $# -gt 0 ] && shift
./mvnw -B -q -pl benchmarks -am package -DskipTests
cd benchmarks
CP="target/classes:$(cat target/classpath.txt)"
if [ "$what" = jmh ] || [ "$what" = all ]; then
  java -cp "$CP" org.openjdk.jmh.Main -prof gc -rf json -rff target/jmh-result.json "$@" \
    'io\.github\.xhht\.bench\.EvaluationBenchmark\.' | tee target/jmh.txt
fi
if [ "$what" = batch ] || [ "$what" = all ]; then
  java -cp "$CP" io.github.xhht.bench.BatchScaling target/batch 2 256m "$@" | tee target/batch.md
fi
