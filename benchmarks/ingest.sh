#!/usr/bin/env bash
# Extraction alone vs. full ingestion of the five bundled gazettes, with where the ingestion's time goes.
# Starts the server on its embedded default with an EMPTY corpus folder (so its in-process Neo4j stays empty),
# runs IngestBench.java on the seed-data CLI jar's classpath against that Neo4j's Bolt port, then times the
# seed-data CLI itself (`ingest --uri`, wall clock incl. JVM start) once. Stops the server on exit.
# See benchmarks/README.md.
#
#   benchmarks/ingest.sh [--rebuild] [extractions=20] [ingests=5]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/api/target/civic-graph-api.jar"
if [[ "${1:-}" == "--rebuild" ]]; then
  shift
  rm -f "$jar" "$root"/seed-data/target/seed-data-*-cli.jar
fi
extractions="${1:-20}"
ingests="${2:-5}"

cli=( "$root"/seed-data/target/seed-data-*-cli.jar )
if [[ ! -f "$jar" || ! -f "${cli[0]}" ]]; then
  echo "building the api and seed-data jars"
  (cd "$root" && mvn -q -B -o package -DskipTests -pl api -am)
  cli=( "$root"/seed-data/target/seed-data-*-cli.jar )
fi

# Under benchmarks/target (git-ignored), not /tmp: shared machines may clean /tmp under a running benchmark.
mkdir -p "$root/benchmarks/target"
work="$(mktemp -d "$root/benchmarks/target/ingest.XXXXXX")"
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

# The CLI jar is a Spring Boot jar (nested jars); unpacked, its classes and libs make a plain classpath.
mkdir -p "$work/cli" "$work/empty-corpus"
(cd "$work/cli" && unzip -q "${cli[0]}")
classpath="$work/cli/BOOT-INF/classes:$work/cli/BOOT-INF/lib/*"

echo "load before start: $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min), $(nproc) cores"
CIVIC_DATA_DIR="$work/data" CIVIC_CORPUS="$work/empty-corpus" SERVER_PORT=0 CIVIC_BOLT_PORT=0 \
  SERVER_ADDRESS=127.0.0.1 java -jar "$jar" >"$work/server.log" 2>&1 &
pid=$!

bolt=""
for _ in $(seq 1 300); do
  if ! kill -0 "$pid" 2>/dev/null; then
    rc=0; wait "$pid" || rc=$?
    echo "the server exited during start-up (exit $rc):" >&2
    tail -n 30 "$work/server.log" >&2
    exit 1
  fi
  if grep -q 'Tomcat started on port' "$work/server.log"; then
    bolt="$(sed -n 's/.*in-process Neo4j started in .*Bolt on \([0-9.]*:[0-9]*\).*/\1/p' "$work/server.log" | head -n 1)"
    break
  fi
  sleep 1
done
if [[ -z "$bolt" ]]; then
  echo "the server did not start (or logged no Bolt address) within 300 s:" >&2
  tail -n 30 "$work/server.log" >&2
  exit 1
fi
echo "empty in-process Neo4j on bolt://$bolt (server pid $pid)"

# Warnings only from the loader (the CLI's own logback configuration), so the figures are the output.
java -Dlogback.configurationFile=logback-cli.xml -cp "$classpath" "$root/benchmarks/IngestBench.java" \
  "bolt://$bolt" "$extractions" "$ingests"

echo
echo "seed-data CLI into the emptied graph, wall clock incl. JVM start:"
cli_started=$(date +%s.%N)
java -jar "${cli[0]}" ingest --uri "bolt://$bolt" | head -n 1
cli_done=$(date +%s.%N)
echo "  wall clock: $(awk -v a="$cli_started" -v b="$cli_done" 'BEGIN { printf "%.1f", b - a }') s"

echo "load after run: $(cut -d' ' -f1-3 /proc/loadavg)"
