#!/usr/bin/env bash
# Peak memory per byte of input: each command's peak resident memory (GNU time's %M) over the
# corpus copied 4 and 16 times (the copies reporting the same clashes, and spread over the
# years as an archive's are), over one article of about 1 MB and 4 MB (with its paragraphs,
# and run into one line), and over the real-text set beside the repository copied 8 and 32
# times and made into one article of about 1 MB and 4 MB. Each line prints the extra memory
# per extra byte of input between the two sizes — what the input costs, without the fixed
# cost of the program and its lexicons.
#   Benchmarks/memory.sh
source "$(dirname "$0")/timing.sh"
source "$(dirname "$0")/inputs.sh"
if ! /usr/bin/time -f %M true > /dev/null 2>&1; then
  echo "Benchmarks/memory.sh: skipped: needs GNU time at /usr/bin/time (apt-get install time)" >&2
  exit 77
fi

# peak_kb COMMAND... — peak resident memory of `counterclaim COMMAND...`, in KB: the median
# of three runs, as two worker threads make a single run's peak vary by a few hundred KB —
# on these inputs, a few tenths of the figure per byte. A report's folder is removed before
# each run.
peak_kb() {
  local runs=() out=""
  for ((i = 1; i < $#; i++)); do if [ "${!i}" = "--out" ]; then local next=$((i + 1)); out=${!next}; fi; done
  for run in 1 2 3; do
    [ -n "$out" ] && rm -rf "$out"
    /usr/bin/time -f %M -o "$work/peak" .build/release/counterclaim "$@" > /dev/null 2>&1 || true
    runs+=("$(tail -1 "$work/peak")")
  done
  printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p
}

input_bytes() { cat "$1"/articles/*.md | wc -c; }

printf '%-13s %-9s %10s %10s %10s %10s   %s\n' "input" "command" "small in" "small peak" "large in" "large peak" "memory per byte of input"
compare() {  # compare LABEL MAKER SMALL LARGE COMMANDS...
  local label=$1 maker=$2 small=$3 large=$4
  shift 4
  "$maker" "$work/$label-small" "$small"
  "$maker" "$work/$label-large" "$large"
  local in_small in_large
  in_small=$(input_bytes "$work/$label-small")
  in_large=$(input_bytes "$work/$label-large")
  for command in "$@"; do
    local peaks=()
    for size in small large; do
      local corpus="$work/$label-$size"
      case $command in
        check | explain) peaks+=("$(peak_kb "$command" "$corpus/articles/big.md")") ;;
        report) peaks+=("$(peak_kb report "$corpus" --out "$work/report-out")") ;;
        *) peaks+=("$(peak_kb "$command" "$corpus")") ;;
      esac
    done
    printf '%-13s %-9s %8.1fMB %8.1fMB %8.1fMB %8.1fMB   ×%.1f\n' "$label" "$command" \
      "$(echo "$in_small / 1000000" | bc -l)" "$(echo "${peaks[0]} / 1000" | bc -l)" \
      "$(echo "$in_large / 1000000" | bc -l)" "$(echo "${peaks[1]} / 1000" | bc -l)" \
      "$(echo "(${peaks[1]} - ${peaks[0]}) * 1024 / ($in_large - $in_small)" | bc -l)"
  done
}
compare article-count copies 4 16 extract reconcile report bias
compare spread-count spread_copies 4 16 reconcile report bias
compare article-size long_article 1000 4000 extract reconcile check explain bias report
compare one-line one_line_article 1000 4000 extract check bias report
# Real coverage holds fewer claims per byte than the shipped corpus (one per 200 bytes, not
# 140): the real-text set beside the repository, when there is one, copied 8 and 32 times.
if [ -d ../shared/realdev/articles ]; then
  compare real-count realdev_copies 8 32 reconcile report bias
  compare real-size realdev_long_article 1000 4000 reconcile check bias report
fi
