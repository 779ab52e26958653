#!/usr/bin/env bash
# Installs what is needed, then: checks the C++ format, builds Luyện Số with its tests and
# runs them all, builds and runs every test again under ASan + UBSan (the "asan" preset,
# build-asan/), cross-builds for Windows and runs its tests under Wine
# (scripts/test-windows.sh, build-windows/), builds the web site and tests it in headless
# Chromium (scripts/test-web.sh, build-web/), and fuzzes every fuzz target for a short
# while (FUZZ_SECONDS, default 20).
# Exits 1 if any fails; the format check does not stop the tests from running.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --test
# The independent validators, test-only npm packages: xAPI statements (tests/xapi) and
# the lesson schema (tests/schema, Ajv), each pinned by its package-lock.json.
for dir in tests/xapi tests/schema; do
  if [[ -f $dir/package-lock.json ]]; then
    (cd "$dir" && npm ci --no-audit --no-fund)
  fi
done

started=$SECONDS
phase() { echo; echo "== $1 ($((SECONDS - started)) s so far)"; }

phase "Format (scripts/check-format.sh)"
format_ok=1
scripts/check-format.sh || format_ok=0

phase "Build and tests (build-test/, RelWithDebInfo)"
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLUYENSO_BUILD_TESTS=ON
cmake --build build-test
(cd build-test && ctest --output-on-failure --timeout 300)

phase "Build and tests under ASan + UBSan (build-asan/, preset asan)"
cmake --preset asan
cmake --build --preset asan
ctest --preset asan

# The Windows build (mingw-w64), its installer and portable copy, tested under Wine +
# Xvfb; its picture of a lesson step is compared with the Linux build's (build-test/).
phase "Windows: cross-build and tests under Wine (scripts/test-windows.sh)"
LUYENSO_NATIVE=$PWD/build-test/luyenso bash scripts/test-windows.sh

# The browser build (Emscripten; its libraries cached in ~/.cache/luyenso/web) and its
# tests in Debian's headless Chromium: a lesson by touch and by mouse, progress kept
# across a reload, offline, the exported file imported by build-test/luyenso.
phase "Web: build and tests in headless Chromium (scripts/test-web.sh)"
LUYENSO_NATIVE=$PWD/build-test/luyenso bash scripts/test-web.sh

# A short fuzzing run of every target (clang-14, ASan + UBSan + libFuzzer, build-fuzz/):
# FUZZ_SECONDS each (default 20; 0 skips). A crash fails the run; scripts/fuzz.sh TARGET
# FILE replays what it saved in build-fuzz/artifacts/TARGET/.
fuzz_seconds=${FUZZ_SECONDS:-20}
if ((fuzz_seconds > 0)); then
  phase "Fuzzing, ${fuzz_seconds} s per target (scripts/fuzz.sh)"
  for target in fuzz_json fuzz_lesson fuzz_vietqr fuzz_telex fuzz_bundle; do
    log=$(mktemp)
    if ! scripts/fuzz.sh "$target" "$fuzz_seconds" >"$log" 2>&1; then
      tail -n 40 "$log"
      echo "test.sh: $target failed (a crash is kept in build-fuzz/artifacts/$target/)" >&2
      exit 1
    fi
    echo "$target: $(grep -E '^(Done [0-9]+ runs|stat::number_of_executed_units)' "$log" | head -n 1)"
    rm -f "$log"
  done
fi

phase "Done"
if ((!format_ok)); then
  echo "test.sh: the tests pass but the format check failed (see its list above; scripts/check-format.sh --fix FILE...)" >&2
  exit 1
fi
echo "test.sh: format, tests, sanitizer tests, Windows tests under Wine, browser tests and fuzzing all passed"
