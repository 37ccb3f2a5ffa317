#!/usr/bin/env bash
# Extraction time in multiples of Jsoup's parse, from separate JVMs, robust to drift in the machine's speed: single
# JMH forks of ExtractionBenchmark.jsoupParseOnly and .peacewatchExtract run in turns (P E, E P, P E, ...), each pair's
# quotient is printed, then the median over the pairs. Two forks minutes apart see the same machine far more often
# than JMH's own order (all forks of one method, then all of the other) does.
# Usage: src/bench/extraction-speed.sh [PAIRS] [JMH args...]   e.g. src/bench/extraction-speed.sh 4
set -euo pipefail
cd "$(dirname "$0")/../.."
pairs=${1:-4}
shift || true
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
classpath="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

# Runs one fork of one benchmark method; prints its score in ms per page.
score() {
  local method=$1 file="$results/$1-$2.csv"
  java -cp "$classpath" org.openjdk.jmh.Main "ExtractionBenchmark\\.$method\$" -f 1 -rf csv -rff "$file" "${@:3}" >/dev/null
  awk -F, 'NR == 2 { print $5 }' "$file"
}

ratios=()
for ((pair = 1; pair <= pairs; pair++)); do
  if ((pair % 2 == 1)); then
    parse=$(score jsoupParseOnly "$pair" "$@")
    extract=$(score peacewatchExtract "$pair" "$@")
  else
    extract=$(score peacewatchExtract "$pair" "$@")
    parse=$(score jsoupParseOnly "$pair" "$@")
  fi
  ratio=$(awk -v e="$extract" -v p="$parse" 'BEGIN { printf "%.3f", e / p }')
  ratios+=("$ratio")
  echo "pair $pair ($(date -u +%H:%M) UTC): extraction $extract ms, parse $parse ms, ratio $ratio"
done
printf '%s\n' "${ratios[@]}" | sort -n | awk '{ r[NR] = $1 } END {
  median = NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2
  printf "median of %d pairs: %.3f (lowest %.3f, highest %.3f)\n", NR, median, r[1], r[NR]
}'
