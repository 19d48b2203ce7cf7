#!/usr/bin/env bash
# Latency of five GraphQL questions, as ratios to the { sources { id } } baseline of the same run.
# Starts the server on its embedded default (in-process Neo4j, bundled corpus) in a fresh temp data dir with free
# loopback ports, waits for it, runs ApiLatency.java, and stops the server on exit. See benchmarks/README.md.
#
#   benchmarks/api-latency.sh [--rebuild] [requests=300] [warmup=50] [seconds=120]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/api/target/civic-graph-api.jar"
if [[ "${1:-}" == "--rebuild" ]]; then
  shift
  rm -f "$jar"
fi
requests="${1:-300}"
warmup="${2:-50}"
seconds="${3:-120}"

if [[ ! -f "$jar" ]]; then
  echo "building $jar"
  (cd "$root" && mvn -q -B -o package -DskipTests -pl api -am)
fi

# Under benchmarks/target (git-ignored), not /tmp: shared machines may clean /tmp under a running benchmark.
mkdir -p "$root/benchmarks/target"
work="$(mktemp -d "$root/benchmarks/target/api.XXXXXX")"
pid=""
stop() {
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap stop EXIT
trap 'exit 130' INT TERM

echo "load before start: $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min), $(nproc) cores"
started=$(date +%s.%N)
# Port 0 for both: the server and Neo4j pick free ports themselves, read back from the log (no race with others).
CIVIC_DATA_DIR="$work/data" SERVER_PORT=0 CIVIC_BOLT_PORT=0 SERVER_ADDRESS=127.0.0.1 \
  java -jar "$jar" >"$work/server.log" 2>&1 &
pid=$!

port=""
for _ in $(seq 1 300); do
  if ! kill -0 "$pid" 2>/dev/null; then
    rc=0; wait "$pid" || rc=$?
    echo "the server exited during start-up (exit $rc):" >&2
    tail -n 30 "$work/server.log" >&2
    exit 1
  fi
  port="$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$work/server.log" | head -n 1)"
  [[ -n "$port" ]] && break
  sleep 1
done
if [[ -z "$port" ]]; then
  echo "the server did not open its port within 300 s:" >&2
  tail -n 30 "$work/server.log" >&2
  exit 1
fi
ready=$(date +%s.%N)
echo "server up on 127.0.0.1:$port in $(awk -v a="$started" -v b="$ready" 'BEGIN { printf "%.1f", b - a }') s (pid $pid)"
grep -o 'in-process Neo4j started in [0-9]* ms' "$work/server.log" || true
grep -o 'ingested [0-9]* sources ([0-9]* failed) in [0-9.]* s' "$work/server.log" || true

java "$root/benchmarks/ApiLatency.java" "http://127.0.0.1:$port/graphql" "$requests" "$warmup" "$seconds"

echo "load after run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "server RSS: $(awk '/VmRSS/ {printf "%.0f MB", $2/1024}' "/proc/$pid/status")"
