#!/usr/bin/env bash
# Fuzzes the article loader, a user's lexicon, extract, check, reconcile and bias with
# libFuzzer for SECONDS (default 600), seeded with real text: the shipped corpus, the
# real-text set beside the repository (../shared/realdev, read in place, never copied) and
# Tests/Fuzz/seeds/, with the reporting verbs, quotes, dashes and invisible characters of
# Tests/Fuzz/counterclaim.dict. Arguments after SECONDS go to libFuzzer (e.g. -seed=1).
#   Tests/Fuzz/run.sh [SECONDS] [LIBFUZZER FLAGS…]
# FUZZ_SANITIZERS=fuzzer,address adds AddressSanitizer (about 3× slower); FUZZ_CORPUS=DIR
# keeps the inputs the run finds there for the next run, instead of a temporary folder.
# A crash, timeout or out-of-memory input is written to Tests/Fuzz/findings/ and the exit status
# is 1; replay it with `swift run CounterclaimFuzz Tests/Fuzz/findings/crash-…`. Exit status 77
# when this Swift toolchain has no libFuzzer (Xcode's, for one), so CI can skip.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-600}
shift || true
sanitizers=${FUZZ_SANITIZERS:-fuzzer}
build_path=.build-fuzz-${sanitizers//,/-}

# A one-line program tells whether the toolchain links libFuzzer at all, so a missing
# runtime is told apart from a compile error in the fuzz target.
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
printf '@_cdecl("LLVMFuzzerTestOneInput")\nfunc f(_ d: UnsafePointer<UInt8>?, _ n: Int) -> CInt { 0 }\n' > "$probe/probe.swift"
if ! swiftc -parse-as-library -sanitize="$sanitizers" "$probe/probe.swift" -o "$probe/probe" > "$probe/log" 2>&1; then
  echo "Tests/Fuzz/run.sh: skipped: this Swift toolchain cannot link -sanitize=$sanitizers (libFuzzer ships with the swift.org toolchain on Linux):" >&2
  head -5 "$probe/log" >&2
  exit 77
fi

swift build -c release --product CounterclaimFuzz --build-path "$build_path" \
  -Xswiftc -DFUZZING -Xswiftc -sanitize="$sanitizers"
fuzzer="$(swift build -c release --build-path "$build_path" --show-bin-path)/CounterclaimFuzz"

# libFuzzer adds what it finds to the first folder only; the seed folders are read-only.
corpus=${FUZZ_CORPUS:-$probe/corpus}
mkdir -p "$corpus" Tests/Fuzz/findings
seeds=(Corpus/articles Tests/Fuzz/seeds)
if [ -d ../shared/realdev/articles ]; then seeds+=(../shared/realdev/articles); fi
echo "Tests/Fuzz/run.sh: ${seconds}s with $sanitizers; seeds: ${seeds[*]}; new inputs: $corpus" >&2

# Swift's own backtracer would catch the trap and end the process before libFuzzer saves
# the input, so it is off here (a replay in a plain build prints the Swift backtrace).
# Exit status 1 for every finding (libFuzzer's own 77 would read as 'skipped'); an input
# that takes 10 s is a finding too: every command must stay linear. The dictionary is
# added to libFuzzer's own, so its words are tried at every position of real sentences.
SWIFT_BACKTRACE=enable=no "$fuzzer" "$corpus" "${seeds[@]}" \
  -dict=Tests/Fuzz/counterclaim.dict -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
  -error_exitcode=1 -timeout_exitcode=1 -artifact_prefix=Tests/Fuzz/findings/ -print_final_stats=1 "$@"
