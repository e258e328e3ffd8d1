#!/usr/bin/env bash
# Load and faults on loopback: starts the sandbox (request limit off; the JDK server's request time cut to 5 s so
# stalled clients are cut off within the run), runs LoadAndFaults.java against it, prints its figures and the check
# of every payment request's final state. Exit code 1 when a state is wrong.
#
# Usage: sandbox/bench/load-and-faults.sh     (after mvn -B package -DskipTests)
#   SECONDS_=30 WORKERS=32 SLOW=16 sandbox/bench/load-and-faults.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=${JAR:-sandbox/target/mews-sandbox.jar}
[[ -f $JAR ]] || { echo "No $JAR: build first with mvn -B package -DskipTests" >&2; exit 1; }
LOG=$(mktemp)
java -Dsun.net.httpserver.maxReqTime=5 -jar "$JAR" --port 0 --no-rate-limit > "$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -f "$LOG"' EXIT
for _ in $(seq 1 100); do
    if head -1 "$LOG" | grep -q 'listening on http'; then break; fi
    sleep 0.2
done
URL=$(head -1 "$LOG" | grep -o 'http://[0-9.]*:[0-9]*')
java -cp "$JAR" sandbox/bench/LoadAndFaults.java "$URL" "${SECONDS_:-20}" "${WORKERS:-16}" "${SLOW:-8}"
