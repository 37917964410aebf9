#!/usr/bin/env bash
# Build the benchmarks, run every JMH benchmark once (about 8 minutes on 2 cores) and write docs/benchmarks.md.
# Extra arguments go to JMH, e.g. `benchmarks/run.sh -wi 1 -i 1 ChatBenchmark` for a quick look.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -pl benchmarks -am package -DskipTests
classpath="benchmarks/target/benchmarks-0.1.0-SNAPSHOT.jar:$(cat benchmarks/target/classpath.txt)"
results=benchmarks/target/jmh-results.json
machine=benchmarks/target/machine.txt

{
	echo "date:      $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "nproc:     $(nproc)"
	echo "cpu:       $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
	echo "jdk:       $(java -version 2>&1 | head -2 | tail -1)"
	echo "load avg before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$machine"

java -cp "$classpath" org.openjdk.jmh.Main -rf json -rff "$results" -prof gc -prof io.github.llmkit.benchmarks.ProcessCpuProfiler "$@"

echo "load avg after the run:  $(cut -d' ' -f1-3 /proc/loadavg)" >> "$machine"
python3 benchmarks/report.py "$results" "$machine" docs/benchmarks.md benchmarks/NOTES.md
