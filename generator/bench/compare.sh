#!/usr/bin/env bash
# Side by side with OpenAPI Generator (java, native, jackson) on the same specs: whole process wall time and
# peak RSS, runs alternating (ours, theirs, ours, ...) so that machine load hits both alike; then the in-process
# cost of ours by spec size (10x and 50x of a spec using every construct). Prints every run, the medians, the
# load average before and after, and where our time goes (JVM start, load, emit, write).
#
#   generator/bench/compare.sh [ROUNDS]        (default 5; from the checkout root)
#   LIKE_FOR_LIKE=1 generator/bench/compare.sh  also runs OpenAPI Generator with our launcher's JVM flags
#   OURS_CDS=0 generator/bench/compare.sh       ours without the class-data sharing archive
#   COMPARE_CDS=1 generator/bench/compare.sh    also ours without the archive in every round (before/after)
#   COMPARE_WARM_UP=1 generator/bench/compare.sh also ours without the warm-up thread (WarmUp.java) every round
#
# Needs: generator/cli/target/mews-codegen.jar (mvn -B -pl generator/cli -am package -DskipTests), GNU time,
# and org.openapitools:openapi-generator-cli from Maven Central (copied once into target/bench).
set -euo pipefail
ROUNDS=${1:-5}
OAG_VERSION=${OAG_VERSION:-7.25.0}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$ROOT/target/bench
OURS=$ROOT/generator/cli/target/mews-codegen.jar
OAG=$WORK/openapi-generator-cli-$OAG_VERSION.jar
TEMPLATE=$ROOT/generator/core/src/test/resources/fixtures/constructs/constructs.yaml
mkdir -p "$WORK"
[ -f "$OURS" ] && [ -d "$ROOT/generator/cli/target/test-classes" ] \
    || { echo "build first: mvn -B -pl generator/cli -am package -DskipTests" >&2; exit 1; }
if [ ! -f "$OAG" ]; then
  cached=$HOME/.m2/repository/org/openapitools/openapi-generator-cli/$OAG_VERSION/openapi-generator-cli-$OAG_VERSION.jar
  if [ -f "$cached" ]; then cp "$cached" "$OAG"; else
    mvn -B -q dependency:copy -Dartifact=org.openapitools:openapi-generator-cli:$OAG_VERSION -DoutputDirectory="$WORK"
  fi
fi
for copies in 10 50; do
  java "$ROOT/generator/core/src/test/java/io/mewscontract/codegen/scale/SyntheticSpec.java" \
      $copies "$TEMPLATE" "$WORK/synthetic-${copies}x.yaml"
done
CURATED=$ROOT/spec/mews-connector-api.yaml
LARGE=$WORK/synthetic-50x.yaml
# Ours keeps its class-data sharing archive here (the launcher creates it on the first run).
export MEWS_CODEGEN_CDS_DIR=$WORK/cds
[ "${OURS_CDS:-1}" = 0 ] && export MEWS_CODEGEN_CDS=off
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"

# One run: prints "wall_seconds peak_rss_kb".
run() {
  local out=$1; shift
  rm -rf "$out"
  /usr/bin/time -f '%e %M' -o "$WORK/time.txt" "$@" > /dev/null 2> "$WORK/stderr.txt" \
      || { cat "$WORK/stderr.txt" >&2; exit 1; }
  cat "$WORK/time.txt"
}
# Ours as shipped: the launcher script. Theirs as shipped (java -jar), optionally with the same JVM flags.
ours() { run "$WORK/out-ours" env MEWS_CODEGEN_JAR="$OURS" "$ROOT/generator/cli/mews-codegen" generate \
    --spec "$1" --output "$WORK/out-ours" --package com.example.bench; }
theirs() {
  run "$WORK/out-theirs" java ${THEIR_FLAGS:-} -jar "$OAG" generate -i "$1" -g java --library native \
      -o "$WORK/out-theirs" --additional-properties=serializationLibrary=jackson,hideGenerationTimestamp=true \
      --skip-validate-spec
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# A first run of ours, not counted: it creates the class-data sharing archive, as a user's first run would.
ours "$CURATED" > /dev/null
echo "Where our time goes (one run each; JVM start = --help):"
/usr/bin/time -f '  JVM start and exit: %e s, %M KB' env MEWS_CODEGEN_JAR="$OURS" "$ROOT/generator/cli/mews-codegen" \
    --help > /dev/null
for spec in "$CURATED" "$LARGE"; do
  echo "  $(basename "$spec"):"
  env MEWS_CODEGEN_JAR="$OURS" "$ROOT/generator/cli/mews-codegen" generate --spec "$spec" \
      --output "$WORK/out-ours" --package com.example.bench 2>&1 >/dev/null | sed 's/^/    /'
done

flag_sets=("")
[ "${LIKE_FOR_LIKE:-0}" = 1 ] && flag_sets+=("-XX:+UseSerialGC -XX:TieredStopAtLevel=1")
for flags in "${flag_sets[@]}"; do
THEIR_FLAGS=$flags
echo "OpenAPI Generator $OAG_VERSION run with: java ${flags:-(no flags)} -jar"
for spec in "$CURATED" "$LARGE"; do
  : > "$WORK/ours.txt"; : > "$WORK/theirs.txt"; : > "$WORK/ours-nocds.txt"; : > "$WORK/ours-nowarm.txt"
  for i in $(seq "$ROUNDS"); do
    o=$(ours "$spec"); echo "$o" >> "$WORK/ours.txt"
    n=""
    if [ "${COMPARE_CDS:-0}" = 1 ]; then
      n=$(MEWS_CODEGEN_CDS=off ours "$spec"); echo "$n" >> "$WORK/ours-nocds.txt"; n="| ours without CDS $n "
    fi
    if [ "${COMPARE_WARM_UP:-0}" = 1 ]; then
      w=$(MEWS_CODEGEN_JAVA_OPTS=-Dmews-codegen.warm-up=off ours "$spec"); echo "$w" >> "$WORK/ours-nowarm.txt"
      n="$n| ours without warm-up $w "
    fi
    t=$(theirs "$spec"); echo "$t" >> "$WORK/theirs.txt"
    echo "  $(basename "$spec") round $i: ours $o ${n}| theirs $t   (s KB; load $(cut -d' ' -f1 /proc/loadavg))"
  done
  if [ -s "$WORK/ours-nocds.txt" ]; then
    printf '%-26s ours without CDS %6.2f s %6.0f MB\n' "$(basename "$spec")" \
        "$(cut -d' ' -f1 "$WORK/ours-nocds.txt" | median)" \
        "$(echo "$(cut -d' ' -f2 "$WORK/ours-nocds.txt" | median)/1024" | bc -l)"
  fi
  if [ -s "$WORK/ours-nowarm.txt" ]; then
    printf '%-26s ours without warm-up %6.2f s %6.0f MB\n' "$(basename "$spec")" \
        "$(cut -d' ' -f1 "$WORK/ours-nowarm.txt" | median)" \
        "$(echo "$(cut -d' ' -f2 "$WORK/ours-nowarm.txt" | median)/1024" | bc -l)"
  fi
  ow=$(cut -d' ' -f1 "$WORK/ours.txt" | median); om=$(cut -d' ' -f2 "$WORK/ours.txt" | median)
  tw=$(cut -d' ' -f1 "$WORK/theirs.txt" | median); tm=$(cut -d' ' -f2 "$WORK/theirs.txt" | median)
  printf '%-26s ours %6.2f s %6.0f MB | OpenAPI Generator %6.2f s %6.0f MB | wall %.2fx  peak RSS %.2fx\n' \
      "$(basename "$spec")" "$ow" "$(echo "$om/1024" | bc -l)" "$tw" "$(echo "$tm/1024" | bc -l)" \
      "$(echo "$ow/$tw" | bc -l)" "$(echo "$om/$tm" | bc -l)"
done
done
echo "In-process (render only, after warm-up):"
# InProcessScaling lives in generator/cli's test sources, so every build compiles it.
java -cp "$OURS:$ROOT/generator/cli/target/test-classes" io.mewscontract.codegen.cli.bench.InProcessScaling "$ROUNDS" \
    "$WORK/synthetic-10x.yaml" "$WORK/synthetic-50x.yaml"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
