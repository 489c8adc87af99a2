#!/usr/bin/env bash
# The Spark benchmark: the flagship study's Monte Carlo (200 samples by default) on one machine, then on
# Spark in local[1] and local[2], in one JVM; prints the times, the speed-up and Spark's overhead per
# sample (docs/spark.md, benchmarks/RESULTS.md). Usage: benchmarks/spark-montecarlo.sh [SAMPLES]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -pl src/footprint-spark -am
target=src/footprint-spark/target
opts=(-Xmx4g -XX:+IgnoreUnrecognizedVMOptions -Djdk.reflect.useDirectMethodHandle=false
  -Dio.netty.tryReflectionSetAccessible=true)
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
    java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opts+=("--add-opens=java.base/$p=ALL-UNNAMED")
done
exec java "${opts[@]}" -cp "$target/test-classes:$target/classes:$(cat "$target/test-classpath.txt")" \
  dev.footprint.spark.SparkMonteCarloBenchmark "$@"
