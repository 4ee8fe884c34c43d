#!/usr/bin/env bash
# Builds the JMH benchmarks (profile bench, sources in src/jmh/java) and runs them.
# Usage: bench/run-jmh.sh [JMH options and benchmark regexps]
#   bench/run-jmh.sh                      # everything, modest settings (about 6 minutes on 2 cores)
#   bench/run-jmh.sh GateBenchmark -p n=24
# Results: target/jmh-result.json and target/jmh-result.txt (JMH_RESULT=path/base for others). Heap: JMH_HEAP (default 10g; n = 26
# needs two 1 GiB arrays for the bandwidth benchmark). The forks get --add-modules jdk.incubator.vector
# so the engine uses its SIMD kernels; JMH_VECTOR=off leaves the flag out (the scalar kernels).
# MVN_OFFLINE= (empty) lets Maven download what ~/.m2 lacks.
set -euo pipefail
cd "$(dirname "$0")/.."
MVN_OFFLINE=${MVN_OFFLINE--o}
mvn -q $MVN_OFFLINE -Pbench -DskipTests test-compile
mvn -q $MVN_OFFLINE -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/jmh.classpath
CP="target/classes:target/test-classes:$(cat target/jmh.classpath)"
HEAP=${JMH_HEAP:-10g}
# One fork; iterations are set per benchmark class (short, so the full run fits in ~10 minutes). Override
# with JMH_RUN, e.g. JMH_RUN="-f 1 -wi 1 -i 2 -r 1s" for a smoke run.
RUN=${JMH_RUN:--f 1}
VECTOR_FLAG="--add-modules jdk.incubator.vector"
if [ "${JMH_VECTOR:-on}" = off ]; then VECTOR_FLAG=""; fi
# shellcheck disable=SC2086
exec java -Xmx1g -cp "$CP" org.openjdk.jmh.Main $RUN \
  -jvmArgs "-Xmx$HEAP $VECTOR_FLAG" \
  -rf json -rff "${JMH_RESULT:-target/jmh-result}.json" -o "${JMH_RESULT:-target/jmh-result}.txt" "$@"
