#!/usr/bin/env bash
# Whether every command stays linear: each is timed at 1×, 2× and 4× of one input dimension —
# the size of one article, the length of one sentence, the number of articles — and the growth
# per doubling is printed. A linear command grows about 2× per doubling; above 2.3× the line
# is marked SLOW and the script exits 1.
#   Benchmarks/scaling.sh [SCALE]   (SCALE multiplies every base size; default 1)
scale=${1:-1}
source "$(dirname "$0")/timing.sh"

source "$(dirname "$0")/inputs.sh"

slow=0
measure() {  # measure LABEL MAKER BASE COMMANDS...
  local label=$1 maker=$2 base=$3
  shift 3
  for factor in 1 2 4; do "$maker" "$work/$label-$factor" $((base * factor * scale)); done
  for command in "$@"; do
    local times=()
    for factor in 1 2 4; do
      local corpus="$work/$label-$factor"
      case $command in
        check) times+=("$(best_seconds check "$corpus/articles/big.md")") ;;
        report) times+=("$(best_seconds report "$corpus" --out "$work/report-out")") ;;
        *) times+=("$(best_seconds "$command" "$corpus")") ;;
      esac
    done
    local first second verdict=""
    first=$(echo "${times[1]} / ${times[0]}" | bc -l)
    second=$(echo "${times[2]} / ${times[1]}" | bc -l)
    if (( $(echo "$first > 2.3 || $second > 2.3" | bc -l) )); then verdict="  SLOW"; slow=1; fi
    printf '%-15s %-9s %7.2f s %7.2f s %7.2f s   growth ×%.2f ×%.2f%s\n' \
      "$label" "$command" "${times[0]}" "${times[1]}" "${times[2]}" "$first" "$second" "$verdict"
  done
}

printf '%-15s %-9s %9s %9s %9s\n' "dimension" "command" "1×" "2×" "4×"
measure article-size long_article 1000 extract check reconcile report bias
measure sentence long_sentence 20000 extract check
measure article-count copies 8 extract reconcile report bias eval
exit $slow
