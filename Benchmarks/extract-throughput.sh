#!/usr/bin/env bash
# Throughput of `counterclaim extract` in a release build, on the shipped corpus copied
# until it is at least TARGET_MB megabytes (default 20). Prints MB/s of article bytes.
#   Benchmarks/extract-throughput.sh [TARGET_MB]
set -euo pipefail
cd "$(dirname "$0")/.."
target_mb=${1:-20}
swift build -c release --product counterclaim >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/articles"
corpus_bytes=$(cat Corpus/articles/*.md | wc -c)
copies=$(( (target_mb * 1000000 + corpus_bytes - 1) / corpus_bytes ))
for ((i = 0; i < copies; i++)); do
  for f in Corpus/articles/*.md; do
    id=$(basename "$f" .md)
    sed "s/^id: $id\$/id: $id-copy$i/" "$f" > "$work/articles/$id-copy$i.md"
  done
done
bytes=$(cat "$work"/articles/*.md | wc -c)
best=""
for run in 1 2 3; do
  start=$(date +%s.%N)
  .build/release/counterclaim extract "$work" > "$work/claims.jsonl"
  end=$(date +%s.%N)
  seconds=$(echo "$end - $start" | bc -l)
  if [ -z "$best" ] || (( $(echo "$seconds < $best" | bc -l) )); then best=$seconds; fi
done
claims=$(wc -l < "$work/claims.jsonl")
printf 'articles: %d  bytes: %d  claims: %d\n' "$(ls "$work/articles" | wc -l)" "$bytes" "$claims"
printf 'best of 3: %.2f s  throughput: %.1f MB/s\n' "$best" "$(echo "$bytes / 1000000 / $best" | bc -l)"
