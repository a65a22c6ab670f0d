#!/usr/bin/env bash
# Installs what is needed, builds Stackdeck and launches it on the built-in demo cluster (the
# README's first command).
# Extra arguments go to stackdeck, e.g. scripts/run.sh --lang zh_CN
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)" --target stackdeck
exec build/app/stackdeck --demo "$@"
