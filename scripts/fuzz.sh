#!/usr/bin/env bash
# Fuzzes the scenario loader with libFuzzer for SECONDS (default 600), seeded with the built-in
# scenarios. Crashes land in build/fuzz/crashes/; copy each into tests/fuzz/regressions/.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/scripts/deps.sh"
fl_install_packages "${FL_PACKAGES[@]}" clang libclang-rt-dev
seconds=${1:-600}
build="$root/build/fuzz"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFL_FUZZ=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target fuzz_scenario_loader
mkdir -p "$build/corpus" "$build/crashes"
cp "$root"/resources/scenarios/*.json "$build/corpus/"
cp "$root"/tests/fuzz/regressions/* "$build/corpus/" 2>/dev/null || true
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
"$build/tests/fuzz/fuzz_scenario_loader" "$build/corpus" -max_total_time="$seconds" -max_len=65536 \
    -timeout=20 -artifact_prefix="$build/crashes/" -print_final_stats=1
