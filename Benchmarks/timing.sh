# Shared by the benchmarks (sourced, not run): a release build and a scratch folder.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
swift build -c release --product counterclaim >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# best_extract_seconds PATH OUT — the fastest of three `extract PATH > OUT` runs, in seconds.
best_extract_seconds() {
  local best="" start end took
  for run in 1 2 3; do
    start=$(date +%s.%N)
    .build/release/counterclaim extract "$1" > "$2"
    end=$(date +%s.%N)
    took=$(echo "$end - $start" | bc -l)
    if [ -z "$best" ] || (( $(echo "$took < $best" | bc -l) )); then best=$took; fi
  done
  echo "$best"
}
