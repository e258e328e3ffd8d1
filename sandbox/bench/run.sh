#!/usr/bin/env bash
# Throughput of preauthorizations/getAllByCustomers on loopback: the sandbox (java -jar mews-sandbox.jar, request
# limit off) against a hand-written JDK HttpServer + Jackson endpoint (BaselineServer.java) doing the same JSON work
# (the body bound into a typed record, the answer written from the same generated records, with the same mapper) on
# the same JDK server setup and executor kind: the difference is the router's work (routing, strict parsing, the
# common fields' split, validation, authentication, Request-Id). One after the other, each in its own JVM, with the
# same request, warm-up and load; with the Java load generator each line also gives the server's CPU time per
# request (docs/sandbox.md).
#
# Usage: sandbox/bench/run.sh            (builds what it runs first: mvn package -pl sandbox -am, tests skipped)
#   DURATION=20 WARMUP=10 CONNECTIONS=32 ROUNDS=3 sandbox/bench/run.sh
# On two cores, pinning keeps the servers and the load tool from competing for each core's time (the figures then
# say what a request costs the server, not how the scheduler shared the cores):
#   SERVER_CPUS=1 LOAD_CPUS=0 LOAD_TOOL=wrk WARMUP=40 ROUNDS=5 sandbox/bench/run.sh
# SANDBOX_JAVA_OPTS and BASELINE_JAVA_OPTS add JVM options to either server, e.g. to profile the sandbox:
#   SANDBOX_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/sandbox.jfr,settings=profile -Xlog:jfr+startup=off"
# (jfr+startup=off keeps the recording's banner off the server's first line, which the script waits for); then
# jfr view hot-methods /tmp/sandbox.jfr
# ROUNDS alternates sandbox and baseline that many times, so both see the same background load on a shared machine
# (the load average is printed before each round); SKIP_BUILD=1 uses the jar as built.
# Load tool: LOAD_TOOL=wrk or LOAD_TOOL=java; by default wrk (with --latency) when it is on the PATH (apt-get install
# wrk), else LoadGenerator (a raw-socket load generator; it and BaselineServer live in
# sandbox/src/test/java/io/mewscontract/sandbox/bench, so every build compiles them). Both print the server's CPU time
# per request.
# A measurement, not a test: the figures depend on the machine.
set -euo pipefail
cd "$(dirname "$0")/../.."

JAR=sandbox/target/mews-sandbox.jar
CP="$JAR:sandbox/target/test-classes"
BENCH=io.mewscontract.sandbox.bench
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-5}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
ROUNDS=${ROUNDS:-1}
read -r -a SANDBOX_OPTS <<< "${SANDBOX_JAVA_OPTS:-}"
read -r -a BASELINE_OPTS <<< "${BASELINE_JAVA_OPTS:-}"
PATH_=/api/connector/v1/preauthorizations/getAllByCustomers
# SERVER_CPUS and LOAD_CPUS (taskset lists, e.g. 1 and 0) pin the servers and the load tool to their own cores.
SERVER_PIN=()
LOAD_PIN=()
[[ -n "${SERVER_CPUS:-}" ]] && SERVER_PIN=(taskset -c "$SERVER_CPUS")
[[ -n "${LOAD_CPUS:-}" ]] && LOAD_PIN=(taskset -c "$LOAD_CPUS")
if [[ -z "${LOAD_TOOL:-}" ]]; then
    LOAD_TOOL=$(command -v wrk > /dev/null && echo wrk || echo java)
fi

if [[ -z "${SKIP_BUILD:-}" ]]; then
    mvn -B -q -pl sandbox -am package -DskipTests
fi
WORK=$(mktemp -d)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT

# The request: the three customers of the documents' examples (four preauthorizations, about 1.5 KB of JSON).
cat > "$WORK/request.json" <<'JSON'
{"ClientToken":"E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D","AccessToken":"C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D","Client":"Benchmark 1.0.0","CustomerIds":["20725048-b6ec-40f0-9d0a-7e5273d8b861","fadd5bb6-b428-45d5-94f8-fd0d89fece6d","bccdafd1-3e44-439d-861f-341526b597a9"]}
JSON

# Starts "$@" in the background, waits for its "... listening on URL" line, and sets URL.
start_server() {
    local log=$1; shift
    "$@" > "$log" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 1 100); do
        # The address is on the first line; wait until its newline is written, not just its start.
        if [[ $(wc -l < "$log") -ge 1 ]] && head -1 "$log" | grep -q 'listening on http'; then
            URL=$(head -1 "$log" | grep -o 'http://[0-9.]*:[0-9]*')
            return
        fi
        sleep 0.2
    done
    echo "The server did not start:" >&2
    cat "$log" >&2
    exit 1
}

# CPU time (user + system, in clock ticks) the process has used so far.
cpu_ticks() {
    awk '{print $14 + $15}' "/proc/$1/stat"
}

stop_last_server() {
    local pid=${PIDS[-1]}
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    unset 'PIDS[-1]'
}

# Prints one result line for a URL: requests/s, latency percentiles, and the server's CPU time per request (from
# /proc, over the measured seconds only): on a loaded machine requests/s mostly says how much of the cores the server
# got, CPU time per request says how much work each request cost it.
measure() {
    local url=$1
    local pid=${PIDS[-1]}
    if [[ $LOAD_TOOL == wrk ]]; then
        cat > "$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = io.open("$WORK/request.json"):read("*a")
LUA
        # Warm-up in two runs: each wrk run opens new connections, and the first reconnection after the warm-up takes
        # the servers' connection-closing and -opening paths, deoptimizing code compiled without them; the second
        # warm-up run has that recompiled before the measured run.
        local half=$(((WARMUP + 1) / 2))
        for _ in 1 2; do
            "${LOAD_PIN[@]}" wrk -t "$THREADS" -c "$CONNECTIONS" -d "${half}s" -s "$WORK/post.lua" "$url$PATH_" \
                > /dev/null
        done
        # wrk is no JVM (nothing of its own to compile while it measures): the server's CPU time is read around it.
        local before after
        before=$(cpu_ticks "$pid")
        "${LOAD_PIN[@]}" wrk -t "$THREADS" -c "$CONNECTIONS" -d "${DURATION}s" --latency -s "$WORK/post.lua" "$url$PATH_" \
            > "$WORK/wrk.txt"
        after=$(cpu_ticks "$pid")
        if grep -q 'Non-2xx' "$WORK/wrk.txt"; then
            echo "Some answers were not 200:" >&2
            cat "$WORK/wrk.txt" >&2
            exit 1
        fi
        awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" \
            '/Requests\/sec/ {rps=$2} / 50%/ {p50=$2} / 90%/ {p90=$2} / 99%/ {p99=$2} / requests in / {n=$1}
             END {printf "requests/s %.0f  p50 %s  p90 %s  p99 %s  requests %d  cpu/request %.1f us  (wrk)\n",
                  rps, p50, p90, p99, n, n ? ticks / hz * 1e6 / n : 0}' "$WORK/wrk.txt"
    else
        # One generator JVM for warm-up and measurement: it reads the server's CPU time at both ends of the measured
        # seconds itself.
        "${LOAD_PIN[@]}" java -cp "$CP" "$BENCH.LoadGenerator" "$url$PATH_" "$WORK/request.json" "$CONNECTIONS" "$WARMUP" \
            "$DURATION" "$pid" "$(getconf CLK_TCK)"
    fi
}

echo "getAllByCustomers, 3 customers / 4 preauthorizations; $CONNECTIONS connections, ${WARMUP} s warm-up, ${DURATION} s measured; $(nproc) cores"

# Both servers run with TCP_NODELAY (the sandbox sets it itself; without it every keep-alive answer of the JDK
# server waits about 40 ms for a delayed acknowledgement).
for round in $(seq 1 "$ROUNDS"); do
    echo "round $round, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    start_server "$WORK/sandbox.log" "${SERVER_PIN[@]}" java "${SANDBOX_OPTS[@]}" -jar "$JAR" --port 0 --no-rate-limit
    if [[ $round == 1 ]]; then
        java -cp "$CP" "$BENCH.LoadGenerator" --capture "$URL$PATH_" "$WORK/request.json" "$WORK/response.json"
        echo "  response: $(wc -c < "$WORK/response.json") bytes"
    fi
    sandbox_line=$(measure "$URL")
    printf '  %-9s %s\n' "sandbox" "$sandbox_line"
    stop_last_server

    start_server "$WORK/baseline.log" "${SERVER_PIN[@]}" java "${BASELINE_OPTS[@]}" -Dsun.net.httpserver.nodelay=true -cp "$CP" "$BENCH.BaselineServer" \
        "$WORK/response.json"
    baseline_line=$(measure "$URL")
    printf '  %-9s %s\n' "baseline" "$baseline_line"
    stop_last_server
    echo "$sandbox_line|$baseline_line" >> "$WORK/rounds.txt"
done

# Sandbox / baseline per round and their medians: on a shared machine one round can be off by a quarter either way.
awk -F'|' '
    function ms(value, unit) { return unit ~ /^us/ ? value / 1000 : unit ~ /^ms/ ? value : value * 1000 }
    function field(line, name,    parts, n, i) {
        n = split(line, parts, " ")
        for (i = 1; i < n; i++) if (parts[i] == name) {
            if (name == "p99") { value = parts[i + 1]; unit = parts[i + 2]
                if (value ~ /[a-z]/) { unit = value; sub(/^[0-9.]+/, "", unit); sub(/[a-z]+$/, "", value) }
                return ms(value + 0, unit) }
            return parts[i + 1] + 0 }
        return 0 }
    function median(values, n,    i, j, t) {
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (values[j] < values[i]) { t = values[i]; values[i] = values[j]; values[j] = t }
        return n % 2 ? values[(n + 1) / 2] : (values[n / 2] + values[n / 2 + 1]) / 2 }
    { n++; rps[n] = field($1, "requests/s") / field($2, "requests/s"); p99[n] = field($1, "p99") / field($2, "p99")
      cpu[n] = field($2, "cpu/request") ? field($1, "cpu/request") / field($2, "cpu/request") : 0
      line = line sprintf("  round %d: requests/s %.2fx, p99 %.2fx", n, rps[n], p99[n]) (cpu[n] ? sprintf(", cpu/request %.2fx", cpu[n]) : "") "\n" }
    END { printf "sandbox / baseline (target: requests/s >= 0.90x, p99 <= 1.10x)\n%s", line
          printf "  median:  requests/s %.2fx, p99 %.2fx", median(rps, n), median(p99, n)
          if (cpu[1]) printf ", cpu/request %.2fx", median(cpu, n)
          printf "\n" }' "$WORK/rounds.txt"
