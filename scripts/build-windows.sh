#!/usr/bin/env bash
# Builds Luyện Số for 64-bit Windows on Debian 12, from Debian packages and Debian source
# packages only, and packs what a Windows user gets:
#   build-windows/luyenso.exe                     a static executable (system DLLs only)
#   build-windows/LuyenSo-Setup-VERSION.exe       the installer (NSIS; /S installs silently)
#   build-windows/LuyenSo-VERSION-portable.zip    the USB-stick copy (progress in data\)
#
# Steps: installs the toolchain (mingw-w64, NSIS, Wine for the tests, ...) when missing;
# enables Debian's source packages in apt when needed; cross-builds the libraries from
# `apt-get source` once into a cache outside the repository (scripts/windows/libs.sh,
# reused by later runs, rebuilt when missing or when its recipe changes); then configures
# and builds with cmake/mingw-w64.cmake and packs.
#
# Usage: bash scripts/build-windows.sh [--tests]     (--tests also builds the test programs)
# Environment: LUYENSO_MINGW_CACHE   the library cache
#              (default ${XDG_CACHE_HOME:-$HOME/.cache}/luyenso/mingw)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

with_tests=OFF
for arg in "$@"; do
  case $arg in
  --tests) with_tests=ON ;;
  *) echo "build-windows.sh: unknown option '$arg' (only --tests)" >&2; exit 2 ;;
  esac
done

started=$SECONDS
phase() { echo "== $1 ($((SECONDS - started)) s so far)"; }

phase "Toolchain and tools"
scripts/deps.sh --windows

phase "Libraries for x86_64-w64-mingw32"
# shellcheck source=windows/libs.sh
source scripts/windows/libs.sh
build_windows_libs # sets $prefix

phase "luyenso.exe (build-windows/)"
# ccache, when installed, keeps compiled objects between builds (and between clones:
# paths are taken relative to the repository).
launcher=()
if command -v ccache >/dev/null; then
  export CCACHE_BASEDIR=$repo CCACHE_NOHASHDIR=1
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B build-windows -G Ninja \
  -DCMAKE_TOOLCHAIN_FILE="$repo/cmake/mingw-w64.cmake" \
  -DLUYENSO_MINGW_PREFIX="$prefix" \
  -DCMAKE_BUILD_TYPE=Release \
  -DLUYENSO_BUILD_TESTS="$with_tests" "${launcher[@]}"
cmake --build build-windows -j2

phase "Installer and portable zip"
cmake --build build-windows --target windows-packages

phase "Done"
ls -l build-windows/luyenso.exe build-windows/LuyenSo-*
