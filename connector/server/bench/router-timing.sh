#!/usr/bin/env bash
# Prints the router's speed in process and through the JDK adapter over loopback (figures, no pass/fail).
# Run from anywhere after `mvn -B install -DskipTests` at the root. Extra arguments go to the JVM, e.g.
#   connector/server/bench/router-timing.sh -Dsun.net.httpserver.nodelay=false
set -euo pipefail
module="$(cd "$(dirname "$0")/.." && pwd)"
cd "$module"
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java "$@" -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" bench/RouterTiming.java
