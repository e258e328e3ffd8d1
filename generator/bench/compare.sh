#!/usr/bin/env bash
# Side by side with OpenAPI Generator (java, native, jackson) on the same specs: whole process wall time and
# peak RSS, runs alternating (ours, theirs, ours, ...) so that machine load hits both alike; then the in-process
# cost of ours by spec size (10x and 50x of a spec using every construct).
#
#   generator/bench/compare.sh [ROUNDS]        (default 5; from the checkout root)
#
# Needs: generator/cli/target/mews-codegen.jar (mvn -B -pl generator/cli -am package -DskipTests), GNU time,
# and Maven to fetch org.openapitools:openapi-generator-cli from Maven Central (once, into target/bench).
set -euo pipefail
ROUNDS=${1:-5}
OAG_VERSION=7.25.0
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$ROOT/target/bench
OURS=$ROOT/generator/cli/target/mews-codegen.jar
OAG=$WORK/openapi-generator-cli-$OAG_VERSION.jar
TEMPLATE=$ROOT/generator/core/src/test/resources/fixtures/constructs/constructs.yaml
mkdir -p "$WORK"
[ -f "$OURS" ] && [ -d "$ROOT/generator/cli/target/test-classes" ] \
    || { echo "build first: mvn -B -pl generator/cli -am package -DskipTests" >&2; exit 1; }
if [ ! -f "$OAG" ]; then
  mvn -B -q dependency:copy -Dartifact=org.openapitools:openapi-generator-cli:$OAG_VERSION -DoutputDirectory="$WORK"
fi
for copies in 10 50; do
  java "$ROOT/generator/core/src/test/java/io/mewscontract/codegen/scale/SyntheticSpec.java" \
      $copies "$TEMPLATE" "$WORK/synthetic-${copies}x.yaml"
done
CURATED=$ROOT/spec/mews-connector-api.yaml
LARGE=$WORK/synthetic-50x.yaml

# One run: prints "wall_seconds peak_rss_kb".
run() {
  local out=$1; shift
  rm -rf "$out"
  /usr/bin/time -f '%e %M' -o "$WORK/time.txt" "$@" > /dev/null 2> "$WORK/stderr.txt" \
      || { cat "$WORK/stderr.txt" >&2; exit 1; }
  cat "$WORK/time.txt"
}
# Ours as shipped: the launcher script (serial GC, C1 only). Theirs as shipped (java -jar), and with the same
# flags, so the flags' share of the difference shows.
ours() { run "$WORK/out-ours" env MEWS_CODEGEN_JAR="$OURS" "$ROOT/generator/cli/mews-codegen" generate \
    --spec "$1" --output "$WORK/out-ours" --package com.example.bench; }
theirs() {
  run "$WORK/out-theirs" java ${THEIR_FLAGS:-} -jar "$OAG" generate -i "$1" -g java --library native \
      -o "$WORK/out-theirs" --additional-properties=serializationLibrary=jackson,hideGenerationTimestamp=true \
      --skip-validate-spec
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

for flags in "" "-XX:+UseSerialGC -XX:TieredStopAtLevel=1"; do
THEIR_FLAGS=$flags
echo "OpenAPI Generator run with: java ${flags:-(no flags)} -jar"
for spec in "$CURATED" "$LARGE"; do
  : > "$WORK/ours.txt"; : > "$WORK/theirs.txt"
  for i in $(seq "$ROUNDS"); do
    ours "$spec" >> "$WORK/ours.txt"
    theirs "$spec" >> "$WORK/theirs.txt"
  done
  ow=$(cut -d' ' -f1 "$WORK/ours.txt" | median); om=$(cut -d' ' -f2 "$WORK/ours.txt" | median)
  tw=$(cut -d' ' -f1 "$WORK/theirs.txt" | median); tm=$(cut -d' ' -f2 "$WORK/theirs.txt" | median)
  printf '%-26s ours %6.2f s %6.0f MB | OpenAPI Generator %s %6.2f s %6.0f MB | wall %.2fx  peak RSS %.2fx\n' \
      "$(basename "$spec")" "$ow" "$(echo "$om/1024" | bc -l)" "$OAG_VERSION" "$tw" "$(echo "$tm/1024" | bc -l)" \
      "$(echo "$ow/$tw" | bc -l)" "$(echo "$om/$tm" | bc -l)"
done
done
echo "In-process (render only, after warm-up):"
# InProcessScaling lives in generator/cli's test sources, so every build compiles it.
java -cp "$OURS:$ROOT/generator/cli/target/test-classes" io.mewscontract.codegen.cli.bench.InProcessScaling "$ROUNDS" \
    "$WORK/synthetic-10x.yaml" "$WORK/synthetic-50x.yaml"
