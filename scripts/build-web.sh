#!/usr/bin/env bash
# Builds Luyện Số for the browser on Debian 12, from Debian packages and Debian source
# packages only (Debian's emscripten; never emscripten's ports, which download), into a
# static site that any web server can host:
#   build-web/site/index.html, luyenso.js, luyenso.wasm, luyenso.data (lessons, fonts, assets),
#   manifest.webmanifest, sw.js (offline), icons
#
# Steps: installs the toolchain when missing (scripts/deps.sh --web); builds the libraries
# from `apt-get source` once into a cache outside the repository (scripts/web/libs.sh);
# then configures and builds with emcmake and cmake/web.cmake.
#
# Usage: bash scripts/build-web.sh
# Environment: LUYENSO_WEB_CACHE   the library cache
#              (default ${XDG_CACHE_HOME:-$HOME/.cache}/luyenso/web)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

for arg in "$@"; do
  echo "build-web.sh: unknown option '$arg' (it has none)" >&2
  exit 2
done

started=$SECONDS
phase() { echo "== $1 ($((SECONDS - started)) s so far)"; }

phase "Toolchain and tools"
scripts/deps.sh --web

phase "Libraries for wasm32-emscripten"
# shellcheck source=web/libs.sh
source scripts/web/libs.sh
build_web_libs # sets $prefix, exports NODE_PATH

phase "The site (build-web/site/)"
launcher=()
if command -v ccache >/dev/null; then
  export CCACHE_BASEDIR=$repo CCACHE_NOHASHDIR=1
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
emcmake cmake -S . -B build-web -G Ninja \
  -DLUYENSO_WEB_PREFIX="$prefix" \
  -DCMAKE_BUILD_TYPE=Release \
  -DLUYENSO_BUILD_TESTS=OFF "${launcher[@]}"
cmake --build build-web -j2 --target web-site

phase "Done"
ls -l build-web/site
