#!/usr/bin/env bash
# Installs what is needed, builds Luyện Số and starts it. Extra arguments go to the app,
# e.g. scripts/run-app.sh --lesson goi-video-cho-chau
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLUYENSO_BUILD_TESTS=OFF
cmake --build build --target luyenso
exec build/luyenso "$@"
