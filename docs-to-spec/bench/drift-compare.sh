#!/usr/bin/env bash
# Side by side: whole-process wall and CPU time (user + system) and peak RSS of `drift` through the launcher
# (generator/cli/mews-codegen) for two or more CLI jars, runs alternating so that a loaded machine weighs on each
# alike, over the synthetic corpus in three cases: no drift, --baseline with the same pages, drift (one page
# edited, with --baseline). Also checks that every jar writes the same report. Prints medians; no pass/fail.
#
#   docs-to-spec/bench/drift-compare.sh RUNS PAGES JAR...
#   e.g. cp generator/cli/target/mews-codegen.jar /tmp/new.jar (and an older build as /tmp/old.jar), then
#        docs-to-spec/bench/drift-compare.sh 5 80 /tmp/old.jar /tmp/new.jar
set -euo pipefail
runs="$1"; pages="$2"; shift 2
root="$(cd "$(dirname "$0")/../.." && pwd)"
launcher="$root/generator/cli/mews-codegen"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
java -cp "$1" io.mewscontract.docstospec.corpus.SyntheticCorpus corpus "$pages" 1
java -jar "$1" draft --docs corpus --output spec.yaml --no-evidence >/dev/null 2>&1
cp -r corpus edited
first="$(basename "$(grep -l '^[*-] `[A-Za-z]*`' corpus/[!_]*.md | head -1)")"
awk 'BEGIN{done=0} { print } /^[*-] `[A-Za-z]+`/ && !done { print "* `BenchmarkAddedValue` - Added."; done=1 }' \
    "corpus/$first" > "edited/$first"
for jar in "$@"; do  # the launcher archives each jar's classes on its first run
  MEWS_CODEGEN_JAR="$jar" "$launcher" drift --spec spec.yaml --docs corpus --report /dev/null >/dev/null 2>&1 || true
done
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((i = 0; i < runs; i++)); do
  for n in $(seq 1 $#); do
    jar="${!n}"
    for case in no-drift baseline drift; do
      case "$case" in
        no-drift) args=(--docs corpus) ;;
        baseline) args=(--docs corpus --baseline corpus) ;;
        drift) args=(--docs edited --baseline corpus) ;;
      esac
      MEWS_CODEGEN_JAR="$jar" /usr/bin/time -f "%e %U %S %M" -o time.txt "$launcher" drift --spec spec.yaml \
          "${args[@]}" --report "report-$n-$case.md" >/dev/null 2>&1 || true
      read -r wall user sys kb < <(tail -1 time.txt)
      echo "$n $case $wall $(echo "$user + $sys" | bc) $kb" >>results.txt
    done
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
for n in $(seq 1 $#); do
  for case in no-drift baseline drift; do
    median() { sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }
    printf '%-40s %-9s wall median %5s s   cpu median %5s s   peak RSS max %4s MB   same report: %s\n' \
        "$(basename "${!n}")" "$case" \
        "$(awk -v n="$n" -v c="$case" '$1 == n && $2 == c { print $3 }' results.txt | median)" \
        "$(awk -v n="$n" -v c="$case" '$1 == n && $2 == c { print $4 }' results.txt | median)" \
        "$(awk -v n="$n" -v c="$case" '$1 == n && $2 == c { print int($5 / 1024) }' results.txt | sort -n | tail -1)" \
        "$(cmp -s "report-1-$case.md" "report-$n-$case.md" && echo yes || echo NO)"
  done
done
