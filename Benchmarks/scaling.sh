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
    local times=(0 0 0) first second verdict="" tries=0
    # Noise only ever adds time, so each size keeps its best time. A growth above 2.3× is
    # timed once more before it is called slow: on a shared machine one run in a few takes
    # half as long again (a command slower than one that does all its work and more).
    while ((tries < 2)); do
      tries=$((tries + 1))
      local index=0
      for factor in 1 2 4; do
        local corpus="$work/$label-$factor" took
        case $command in
          check) took=$(best_seconds check "$corpus/articles/big.md") ;;
          report) took=$(best_seconds report "$corpus" --out "$work/report-out") ;;
          *) took=$(best_seconds "$command" "$corpus") ;;
        esac
        if ((tries == 1)) || (($(echo "$took < ${times[index]}" | bc -l))); then times[index]=$took; fi
        index=$((index + 1))
      done
      first=$(echo "${times[1]} / ${times[0]}" | bc -l)
      second=$(echo "${times[2]} / ${times[1]}" | bc -l)
      (($(echo "$first > 2.3 || $second > 2.3" | bc -l))) || break
    done
    if (( $(echo "$first > 2.3 || $second > 2.3" | bc -l) )); then verdict="  SLOW"; slow=1; fi
    ((tries > 1)) && verdict="$verdict  (timed twice)"
    printf '%-15s %-9s %7.2f s %7.2f s %7.2f s   growth ×%.2f ×%.2f%s\n' \
      "$label" "$command" "${times[0]}" "${times[1]}" "${times[2]}" "$first" "$second" "$verdict"
  done
}

printf '%-15s %-9s %9s %9s %9s\n' "dimension" "command" "1×" "2×" "4×"
measure article-size long_article 1000 extract check reconcile report bias
measure sentence long_sentence 20000 extract check
measure article-count copies 8 extract reconcile report bias eval
exit $slow
