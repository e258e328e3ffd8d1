#!/usr/bin/env bash
# The model benchmark of issue 12: reading and writing a 1,000-item paymentRequests/getAll page with the generated
# records and the client's mapper, hand-written plain records with a plain ObjectMapper (the floor), and OpenAPI
# Generator's models (java, native, jackson) for the same spec, side by side in one JMH run with -prof gc. Prints
# JMH's table, then each variant's throughput and allocation per operation as a ratio of the floor, and the load
# average before and after.
#
#   connector/client/bench/model-bench.sh [JMH options]     (from anywhere; e.g. -f 3 -wi 5 -i 10)
#   MVN_FLAGS=-o connector/client/bench/model-bench.sh      Maven flags for the build step
#
# Needs Maven and a JDK 17. OpenAPI Generator (org.openapitools:openapi-generator-cli) and the two annotation jars
# its models compile against come from Maven Central into target/bench; the default build never generates them.
set -euo pipefail
OAG_VERSION=${OAG_VERSION:-7.25.0}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
WORK=$ROOT/target/bench
OUT=$WORK/model-bench
CLIENT=$ROOT/connector/client
SPEC=$ROOT/spec/mews-connector-api.yaml
OAG=$WORK/openapi-generator-cli-$OAG_VERSION.jar
mkdir -p "$OUT"
fetch() { # groupId artifactId version -> path of the jar in $WORK
  local jar=$WORK/$2-$3.jar cached=$HOME/.m2/repository/${1//.//}/$2/$3/$2-$3.jar
  if [ ! -f "$jar" ]; then
    if [ -f "$cached" ]; then cp "$cached" "$jar"; else
      mvn -B -q dependency:copy -Dartifact="$1:$2:$3" -DoutputDirectory="$WORK" >&2
    fi
  fi
  echo "$jar"
}
fetch org.openapitools openapi-generator-cli "$OAG_VERSION" > /dev/null
JSR305=$(fetch com.google.code.findbugs jsr305 3.0.2)
JAVAX_ANNOTATIONS=$(fetch javax.annotation javax.annotation-api 1.3.2)

# Our side and the JMH harness (the benchmark profile adds JMH's annotation processor), and the class path.
mvn -B -q ${MVN_FLAGS:-} -pl connector/client -am -Pbenchmark test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt"
CP=$CLIENT/target/test-classes:$CLIENT/target/classes:$(cat "$OUT/classpath.txt")

# OpenAPI Generator's models, generated and compiled here only (their own ApiClient gives the mapper they use).
if [ ! -f "$OUT/oag-classes/org/openapitools/client/ApiClient.class" ] || [ "$SPEC" -nt "$OUT/oag-classes" ]; then
  rm -rf "$OUT/oag-src" "$OUT/oag-classes"
  OAG_SUPPORT=ApiClient.java:ApiException.java:Pair.java
  OAG_SUPPORT=$OAG_SUPPORT:RFC3339DateFormat.java:RFC3339InstantDeserializer.java:RFC3339JavaTimeModule.java
  java -jar "$OAG" generate -i "$SPEC" -g java --library native -o "$OUT/oag-src" --skip-validate-spec \
      --global-property "models,modelDocs=false,modelTests=false,supportingFiles=$OAG_SUPPORT" \
      --additional-properties=serializationLibrary=jackson,hideGenerationTimestamp=true,openApiNullable=false \
      > "$OUT/oag-generate.log"
  mkdir -p "$OUT/oag-classes"
  find "$OUT/oag-src/src/main/java" -name '*.java' > "$OUT/oag-sources.txt"
  javac -nowarn -proc:none -d "$OUT/oag-classes" -cp "$CP:$JSR305:$JAVAX_ANNOTATIONS" @"$OUT/oag-sources.txt"
fi

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
java -cp "$CP:$OUT/oag-classes" org.openjdk.jmh.Main 'ModelBenchmark\.' -prof gc \
    -rf json -rff "$OUT/results.json" "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$CP" io.mewscontract.connector.client.benchmark.ModelBenchmarkReport "$OUT/results.json"
