# Shared by the benchmarks (sourced, not run): a release build and a scratch folder.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
swift build -c release --product counterclaim >/dev/null
# In memory (tmpfs) where the machine has it: the benchmarks measure the tool, not how a disk's
# file system allocates thousands of new files (on ext4 that alone grew faster than linear).
work=$(mktemp -d -p /dev/shm 2>/dev/null || mktemp -d)
trap 'rm -rf "$work"' EXIT

# best_seconds COMMAND... — the fastest of three runs of `counterclaim COMMAND...`, in seconds,
# output discarded. A report's folder is removed before each run, so every run writes it anew.
best_seconds() {
  local best="" start end took out=""
  for ((i = 1; i < $#; i++)); do if [ "${!i}" = "--out" ]; then local next=$((i + 1)); out=${!next}; fi; done
  for run in 1 2 3; do
    [ -n "$out" ] && rm -rf "$out"
    start=$(date +%s.%N)
    .build/release/counterclaim "$@" > /dev/null 2>&1 || true
    end=$(date +%s.%N)
    took=$(echo "$end - $start" | bc -l)
    if [ -z "$best" ] || (( $(echo "$took < $best" | bc -l) )); then best=$took; fi
  done
  echo "$best"
}
