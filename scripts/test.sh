#!/usr/bin/env bash
# Installs what is needed, builds everything and runs the whole test suite (the README's second
# command; .ci/run calls exactly this). The core libraries' tests also run under
# AddressSanitizer + UndefinedBehaviorSanitizer, first, so the full suite's summary comes last.
# tst_robustness (hundreds of hostile connections) runs in the full suite only: under the
# sanitizers it takes over 10 minutes on 2 cores; the fuzz-corpus replay covers the same parser.
#   STACKDECK_SKIP_SANITIZE=1  skip the sanitizer pass (faster local runs)
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
elapsed() { echo "$1: $(( $(date +%s) - start )) s"; }

scripts/setup-deps.sh
# Headless everywhere: no stray DISPLAY may reach keychain tests or pop up windows.
unset DISPLAY WAYLAND_DISPLAY

if [ "${STACKDECK_SKIP_SANITIZE:-0}" != 1 ]; then
    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSTACKDECK_SANITIZE=ON
    cmake --build build-asan -j"$(nproc)" --target core_tests
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        LSAN_OPTIONS=suppressions="$PWD/test/lsan.supp" \
        ctest --test-dir build-asan --output-on-failure -L core -E '^tst_robustness$' -j"$(nproc)"
    elapsed "sanitizer pass"
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
elapsed "build"
ctest --test-dir build --output-on-failure --timeout 600 -j"$(nproc)"
elapsed "whole suite"
