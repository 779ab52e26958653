#!/usr/bin/env bash
# Installs what is needed, builds Luyện Số with its tests and runs them all.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --test
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLUYENSO_BUILD_TESTS=ON
cmake --build build-test
cd build-test
ctest --output-on-failure --timeout 300
