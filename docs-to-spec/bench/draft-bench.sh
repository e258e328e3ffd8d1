#!/usr/bin/env bash
# Whole-process wall time and peak RSS of `mews-codegen draft` over a synthetic corpus of 80 pages shaped like
# the real Connector API documentation (figures, no pass/fail; target: under 2 s on the 2-core machine).
#
#   docs-to-spec/bench/draft-bench.sh [RUNS] [PAGES]
#
# Builds the CLI jar from this checkout first (`mvn package` of generator/cli and what it needs, tests skipped;
# never `install`), writes the corpus to target/bench-corpus, then runs the jar RUNS times (default 5) with
# /usr/bin/time. The first run is reported apart: it pays for the OS file cache of the jar.
# JAVA_OPTS (e.g. "-XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=app.jsa") is passed to the measured JVM, to
# measure start-up options; min and median of the warm runs are printed at the end.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-5}"
pages="${2:-80}"
cd "$root"
if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  mvn -B -q package -pl generator/cli -am -DskipTests >/dev/null
fi
jar="$root/generator/cli/target/mews-codegen.jar"
# LAUNCHER=1 measures through generator/cli/mews-codegen (the launcher users run: serial GC, C1, class-data
# sharing archived on its first run) instead of a plain `java -jar`.
if [[ "${LAUNCHER:-}" == "1" ]]; then
  export MEWS_CODEGEN_JAR="$jar" MEWS_CODEGEN_JAVA_OPTS="${JAVA_OPTS:-}"
  cli=("$root/generator/cli/mews-codegen")
else
  cli=(java ${JAVA_OPTS:-} -jar "$jar")
fi
work="$root/docs-to-spec/target/bench"
rm -rf "$work" && mkdir -p "$work"
java -cp "$jar" io.mewscontract.docstospec.corpus.SyntheticCorpus "$work/corpus" "$pages" 1
echo "corpus: $(ls "$work/corpus" | wc -l) pages, $(cat "$work/corpus"/*.md | wc -l) lines, $(grep -c '```javascript' "$work"/corpus/*.md | awk -F: '{s+=$2} END {print s}') examples"
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$runs"); do
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" \
    "${cli[@]}" draft --docs "$work/corpus" --output "$work/draft.yaml" >"$work/stdout.txt" 2>"$work/stderr.txt" || true
  read -r wall user sys rss <"$work/time.txt"
  label="run $i"; [[ $i -eq 1 ]] && label="run 1 (cold)"
  [[ $i -gt 1 ]] && echo "$wall" >>"$work/walls.txt"
  printf '%-14s wall %6.2f s   cpu %6.2f s (user %5.2f, sys %5.2f)   peak RSS %6.1f MB\n' "$label" "$wall" \
    "$(echo "$user + $sys" | bc -l)" "$user" "$sys" "$(echo "$rss / 1024" | bc -l)"
done
if [[ -f "$work/walls.txt" ]]; then
  n=$(wc -l <"$work/walls.txt")
  echo "warm runs: $n; wall min $(sort -n "$work/walls.txt" | head -1) s, median $(sort -n "$work/walls.txt" | sed -n "$(( (n + 1) / 2 ))p") s; load after: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
echo "last run: $(cat "$work/stdout.txt")"
echo "draft: $(wc -c <"$work/draft.yaml") bytes; findings: $(wc -l <"$work/stderr.txt") lines on stderr"
