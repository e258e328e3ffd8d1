#!/usr/bin/env bash
# Prints the router's speed in process and through the JDK adapter over loopback (figures, no pass/fail).
# Runs on a fresh clone: it builds what it needs (the modules up to connector/server, tests skipped) and runs
# io.mewscontract.connector.server.bench.RouterTiming (in src/test/java, so every build compiles it) with the
# module's test classpath, through the module's router-timing profile. Extra arguments go to the JVM, e.g.
#   connector/server/bench/router-timing.sh -Dsun.net.httpserver.nodelay=false
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -B -q -pl connector/server -am verify -DskipTests -Prouter-timing ${*:+-Drouter-timing.jvm-args="$*"}
