#!/usr/bin/env bash
# Scores PeaceWatch's extractor, Readability4J and boilerpipe on ../shared/benchmarks/extraction-dev, per source.
# Usage: src/bench/extraction-eval.sh [--only ours] [--dump target/eval.tsv] [--limit N] [--filter ID-PART] [--worst N]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.peacewatch.extraction.ExtractionEvaluation "$@"
