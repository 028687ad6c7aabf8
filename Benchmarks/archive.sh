#!/usr/bin/env bash
# Years of coverage: a deterministic synthetic archive (`archive.awk`) at several sizes, 20
# articles to a clash and clashes spread over the years, then every corpus command over it —
# wall and CPU time, peak memory, articles/s, MB/s and claims/s, and the growth from one
# size to the next — with `wc -w` over the same files as the machine's reference in the same
# run. Then one archive where a single clash has 10,000 articles, and `check` on one article
# of about 1,500 words from process start. Prints Markdown tables.
#   Benchmarks/archive.sh [SIZE...]   (default: 1000 10000 100000)
source "$(dirname "$0")/timing.sh"
sizes=("${@:-1000 10000 100000}")
read -r -a sizes <<< "${sizes[*]}"
if ! /usr/bin/time -f %M true > /dev/null 2>&1; then
  echo "Benchmarks/archive.sh: needs GNU time at /usr/bin/time (apt-get install time)" >&2
  exit 77
fi
binary=.build/release/counterclaim

archive() {  # archive DIR N PER_CLASH
  mkdir -p "$1/articles"
  awk -v dir="$1" -v n="$2" -v per_clash="$3" -f Benchmarks/archive.awk
}

# measure LABEL COMMAND... — one run; sets wall, cpu (user + system) and peak (MB).
measure() {
  local label=$1
  shift
  rm -rf "$work/report"
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$binary" "$@" > "$work/out" 2> /dev/null || true
  read -r wall user system peak_kb < "$work/time"
  cpu=$(echo "$user + $system" | bc -l)
  peak=$(echo "$peak_kb / 1000" | bc -l)
}

printf '| articles | MB | command | wall s | CPU s | CPU/wall | articles/s | MB/s | claims/s | peak MB | wall ×, from the size before |\n'
printf '|---|---|---|---|---|---|---|---|---|---|---|\n'
declare -A previous
for n in "${sizes[@]}"; do
  dir="$work/archive-$n"
  archive "$dir" "$n" 20
  mb=$(echo "$(find "$dir/articles" -name '*.md' -exec cat {} + | wc -c) / 1000000" | bc -l)
  start=$(date +%s.%N)
  find "$dir/articles" -name '*.md' -exec cat {} + | wc -w > /dev/null
  wc_wall=$(echo "$(date +%s.%N) - $start" | bc -l)
  printf '| %d | %.1f | `wc -w` | %.2f | | | | %.1f | | | |\n' "$n" "$mb" "$wc_wall" "$(echo "$mb / $wc_wall" | bc -l)"
  "$binary" extract "$dir" | wc -l > "$work/claims"
  claims=$(cat "$work/claims")
  for command in extract reconcile bias report; do
    if [ "$command" = report ]; then measure "$command" report "$dir" --out "$work/report"; else measure "$command" "$command" "$dir"; fi
    growth=""
    if [ -n "${previous[$command]:-}" ]; then growth=$(printf '×%.1f' "$(echo "$wall / ${previous[$command]}" | bc -l)"); fi
    previous[$command]=$wall
    printf '| %d | %.1f | `%s` | %.2f | %.2f | %.2f | %.0f | %.1f | %.0f | %.0f | %s |\n' "$n" "$mb" "$command" "$wall" "$cpu" \
      "$(echo "$cpu / $wall" | bc -l)" "$(echo "$n / $wall" | bc -l)" "$(echo "$mb / $wall" | bc -l)" \
      "$(echo "$claims / $wall" | bc -l)" "$peak" "$growth"
  done
  rm -rf "$dir"
done

# One clash, 10,000 articles: per-incident work must not grow with the square of its claims.
dir="$work/one-clash"
archive "$dir" 10000 10000
mb=$(echo "$(find "$dir/articles" -name '*.md' -exec cat {} + | wc -c) / 1000000" | bc -l)
printf '\n| one clash, articles | MB | command | wall s | CPU s | peak MB |\n|---|---|---|---|---|---|\n'
for command in reconcile bias report; do
  if [ "$command" = report ]; then measure "$command" report "$dir" --out "$work/report"; else measure "$command" "$command" "$dir"; fi
  printf '| 10000 | %.1f | `%s` | %.2f | %.2f | %.0f |\n' "$mb" "$command" "$wall" "$cpu" "$peak"
done
rm -rf "$dir"

# `check` on one article of about 1,500 words, from process start: the best of five runs.
dir="$work/draft"
archive "$dir" 12 12
draft="$work/draft.md"
printf -- '---\nid: draft\noutlet: Benchmark Wire\npublished: 1901-01-02\n---\n' > "$draft"
for f in "$dir"/articles/*.md; do
  [ "$(wc -w < "$draft")" -ge 1500 ] && break
  awk 'n >= 2 { print } /^---$/ { n++ }' "$f" >> "$draft"
done
file=$draft
best=""
for run in 1 2 3 4 5; do
  measure check check "$file"
  if [ -z "$best" ] || (( $(echo "$wall < $best" | bc -l) )); then best=$wall; fi
done
printf '\n`check` on one article of %d words, from process start: %.0f ms (best of 5), peak %.0f MB.\n' \
  "$(wc -w < "$file")" "$(echo "$best * 1000" | bc -l)" "$peak"
