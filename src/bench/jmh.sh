#!/usr/bin/env bash
# Runs JMH benchmarks from src/test/java (classes ending in Benchmark) on the test classpath.
# Usage: src/bench/jmh.sh [JMH args...]   e.g. src/bench/jmh.sh ExtractionBenchmark -f 1 -wi 3 -i 5
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main "$@"
