#!/usr/bin/env bash
# Open-streams scaling run: for each concurrency, each contender opens that many ten-second streams (20 deltas,
# one every 500 ms) at once on one client with its defaults, in its own JVM (-Xmx1g), against the benchmark
# server in another JVM on 127.0.0.1. Every run is bounded by `limit` seconds (default 120).
# Arguments are key=value, e.g. `benchmarks/open-streams.sh sizes=1000,5000 contenders=llmkit limit=60`;
# JAVA_HOME picks the JDK (21 or later for virtual threads). The table goes to benchmarks/target/open-streams.md.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each open stream is a socket in the client JVM and one in the server JVM.
hard=$(ulimit -Hn)
if [ "$hard" = "unlimited" ] || [ "$hard" -gt 65536 ]; then
	hard=65536
fi
if [ "$(ulimit -n)" != "unlimited" ] && [ "$(ulimit -n)" -lt "$hard" ]; then
	ulimit -n "$hard" || echo "Could not raise the open-file limit above $(ulimit -n)" >&2
fi
echo "open-file limit: $(ulimit -n)" >&2

./mvnw -q -pl benchmarks -am package -DskipTests
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# Run from copies of this build's jars, so that a rebuild during the run cannot change the classes under it.
run_dir=$(mktemp -d)
trap 'rm -rf "$run_dir"' EXIT
classpath="$(cp benchmarks/target/benchmarks-0.1.0-SNAPSHOT.jar "$run_dir/" && echo "$run_dir/benchmarks-0.1.0-SNAPSHOT.jar")"
IFS=":" read -r -a entries < benchmarks/target/classpath.txt || true
for entry in "${entries[@]}"; do
	case "$entry" in
		*/target/*.jar) cp "$entry" "$run_dir/" && classpath="$classpath:$run_dir/$(basename "$entry")" ;;
		*) classpath="$classpath:$entry" ;;
	esac
done
echo "jdk: $("$java" -version 2>&1 | head -1); llm-core at $(git rev-parse --short HEAD) ($(git rev-parse --abbrev-ref HEAD))" >&2
"$java" -cp "$classpath" io.github.llmkit.benchmarks.scale.OpenStreams "$@"
