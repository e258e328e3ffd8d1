#!/usr/bin/env bash
# Whole-process wall time and peak RSS of `mews-codegen drift` over the synthetic 80-page corpus
# (io.mewscontract.docstospec.corpus.SyntheticCorpus: every doc form, shaped like the real pages), measured
# with /usr/bin/time around a fresh JVM per run, as a user or CI job runs it. Three cases:
#   no-drift   the corpus against the spec drafted from it (the everyday run);
#   baseline   the same with --baseline (drafts the pages twice, for description-only changes);
#   drift      the corpus with one page edited (a new enum value), so findings are computed and reported.
#
# Then the main-thread CPU time of each phase (DriftPhases.java), cold and warm, which a loaded machine does not
# inflate as it inflates wall time.
#
# JAVA_OPTS (e.g. "-XX:TieredStopAtLevel=1") is passed to the measured JVMs, to measure start-up options.
# Usage: mvn -B -q package -DskipTests -pl generator/cli -am   (once; builds generator/cli/target/mews-codegen.jar)
#        docs-to-spec/bench/drift-timing.sh [runs] [pages]     (default 5 runs, 80 pages)
set -euo pipefail

runs="${1:-5}"
pages="${2:-80}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="$root/generator/cli/target/mews-codegen.jar"
[[ -f "$jar" ]] || { echo "missing $jar: run mvn -B -q package -DskipTests -pl generator/cli -am" >&2; exit 2; }
# LAUNCHER=1 measures through generator/cli/mews-codegen (the launcher users run: serial GC, C1, class-data
# sharing archived on its first run) instead of a plain `java -jar`.
if [[ "${LAUNCHER:-}" == "1" ]]; then
  export MEWS_CODEGEN_JAR="$jar" MEWS_CODEGEN_JAVA_OPTS="${JAVA_OPTS:-}"
  cli=("$root/generator/cli/mews-codegen")
else
  cli=(java ${JAVA_OPTS:-} -jar "$jar")
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

java -cp "$jar" io.mewscontract.docstospec.corpus.SyntheticCorpus "$work/corpus" "$pages" 1
java -jar "$jar" draft --docs "$work/corpus" --output "$work/spec.yaml" --no-evidence >/dev/null 2>&1
cp -r "$work/corpus" "$work/edited"
first="$(grep -l '^[*-] `[A-Za-z]*`' "$work"/corpus/[!_]*.md | head -1)"
first="$(basename "$first")"
# One more value in the first enum list of an operation page: a new enum value.
awk 'BEGIN{done=0} { print } /^[*-] `[A-Za-z]+`/ && !done { print "* `BenchmarkAddedValue` - Added."; done=1 }' \
    "$work/corpus/$first" > "$work/edited/$first"

measure() { # name, expected exit, drift arguments...
    local name="$1" expected="$2"; shift 2
    local walls=() rss=()
    for ((i = 1; i <= runs; i++)); do
        set +e
        /usr/bin/time -f "%e %M" -o "$work/time" "${cli[@]}" drift "$@" --report "$work/report.md" >/dev/null 2>&1
        local code=$?
        set -e
        [[ "$code" == "$expected" ]] || { echo "$name: exit $code, expected $expected" >&2; exit 1; }
        read -r wall kb < <(tail -1 "$work/time")  # time prefixes "Command exited with non-zero status"
        walls+=("$wall"); rss+=("$kb")
    done
    printf '%-9s pages=%s runs=%s wall_s: min=%s median=%s max=%s  peak_rss_MB: max=%s\n' "$name" "$pages" "$runs" \
        "$(printf '%s\n' "${walls[@]}" | sort -n | head -1)" \
        "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")" \
        "$(printf '%s\n' "${walls[@]}" | sort -n | tail -1)" \
        "$(printf '%s\n' "${rss[@]}" | sort -n | tail -1 | awk '{ printf "%.0f", $1 / 1024 }')"
}

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc)"
measure no-drift 0 --spec "$work/spec.yaml" --docs "$work/corpus"
measure baseline 0 --spec "$work/spec.yaml" --docs "$work/corpus" --baseline "$work/corpus"
measure drift 3 --spec "$work/spec.yaml" --docs "$work/edited" --baseline "$work/corpus"
grep -m1 "finding" "$work/report.md" || true
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) (wall time is only meaningful on an idle machine)"
javac -d "$work/phases" -cp "$jar" "$root/docs-to-spec/bench/DriftPhases.java"
java -cp "$jar:$work/phases" DriftPhases "$work/corpus" "$work/spec.yaml" 3
