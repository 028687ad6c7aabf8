#!/usr/bin/env bash
# Whether `counterclaim extract` stays linear on one article whose body is a single run of
# text with no sentence end (a page pasted without full stops): times an article of N
# clauses and one of 4N (default N 4000, about 200 KB) and prints the ratio, which a
# linear command keeps near 4.
#   Benchmarks/long-line-scaling.sh [N]
n=${1:-4000}
source "$(dirname "$0")/timing.sh"
write() {  # write ID CLAUSES
  {
    printf -- '---\nid: %s\noutlet: Benchmark Wire\npublished: 2022-09-13\n---\n' "$1"
    for ((i = 0; i < $2; i++)); do printf 'Armenia said Azerbaijani forces shelled Goris, and '; done
    printf 'the shelling went on\n'
  } > "$work/$1.md"
}
write small "$n"
write large $((4 * n))
small=$(best_extract_seconds "$work/small.md" /dev/null)
large=$(best_extract_seconds "$work/large.md" /dev/null)
printf '%d clauses: %.2f s  %d clauses: %.2f s  ratio: %.1f (linear: about 4)\n' \
  "$n" "$small" $((4 * n)) "$large" "$(echo "$large / $small" | bc -l)"
