#!/usr/bin/env bash
# Measures how long the generate goal takes when it has nothing to do (the spec did not change), and, for
# comparison, when it generates. It builds a throwaway consumer of the real spec (spec/mews-connector-api.yaml,
# client and server) with the plugin installed in the local repository, and reads the goal's time from Maven's own
# log timestamps: from the goal's "--- mews-codegen-maven-plugin" header to its one result line. That span covers
# everything Maven does for the goal (plugin class realm, parameter injection, spec loading, fingerprint).
#
# Usage: mvn -B install -DskipTests   (once, at the repository root)
#        generator/maven-plugin/bench/noop-timing.sh [runs]   (default 10 no-op runs)
set -euo pipefail

runs="${1:-10}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -1)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/.mvn"
cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>noop-timing</artifactId>
  <version>1</version>
  <build>
    <plugins>
      <plugin>
        <groupId>io.mewscontract</groupId>
        <artifactId>mews-codegen-maven-plugin</artifactId>
        <version>$version</version>
        <executions>
          <execution>
            <id>bench</id>
            <goals><goal>generate</goal></goals>
            <configuration>
              <spec>$root/spec/mews-connector-api.yaml</spec>
              <packageName>bench.mews</packageName>
              <generate>both</generate>
            </configuration>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
POM

# Milliseconds the goal took in one build log (timestamps HH:mm:ss.SSS at the start of each line).
goal_millis() {
  awk '
    function ms(t,  p) { split(t, p, /[:.]/); return ((p[1] * 60 + p[2]) * 60 + p[3]) * 1000 + p[4] }
    /--- mews-codegen-maven-plugin:/ { start = ms($1) }
    /mews-codegen \[bench\]: / && start { print ms($1) - start; exit }
  ' "$1"
}

build() {
  (cd "$work" && mvn -B -Dstyle.color=never \
      -Dorg.slf4j.simpleLogger.showDateTime=true \
      -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS \
      generate-sources > "$work/build.log" 2>&1) || { cat "$work/build.log"; exit 1; }
  grep -q "$1" "$work/build.log" || { echo "expected '$1' in the log:"; cat "$work/build.log"; exit 1; }
  goal_millis "$work/build.log"
}

first="$(build 'generated ')"
echo "generating run: ${first} ms"
times=()
for _ in $(seq "$runs"); do
  times+=("$(build 'up to date, nothing written')")
done
sorted="$(printf '%s\n' "${times[@]}" | sort -n)"
median="$(echo "$sorted" | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')"
echo "no-op runs (ms): ${times[*]}"
echo "no-op median: ${median} ms, min $(echo "$sorted" | head -1) ms, max $(echo "$sorted" | tail -1) ms ($runs runs)"
