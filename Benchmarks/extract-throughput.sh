#!/usr/bin/env bash
# Throughput of `counterclaim extract` in a release build, on the shipped corpus copied
# until it is at least TARGET_MB megabytes (default 20). Prints MB/s of article bytes.
#   Benchmarks/extract-throughput.sh [TARGET_MB]
target_mb=${1:-20}
source "$(dirname "$0")/timing.sh"
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
best=$(best_seconds extract "$work")
.build/release/counterclaim extract "$work" > "$work/claims.jsonl"
claims=$(wc -l < "$work/claims.jsonl")
printf 'articles: %d  bytes: %d  claims: %d\n' "$(ls "$work/articles" | wc -l)" "$bytes" "$claims"
printf 'best of 3: %.2f s  throughput: %.1f MB/s\n' "$best" "$(echo "$bytes / 1000000 / $best" | bc -l)"
