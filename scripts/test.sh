#!/usr/bin/env bash
# Installs what is needed, then: checks the C++ format, builds Luyện Số with its tests and
# runs them all, builds and runs every test again under ASan + UBSan (the "asan" preset,
# build-asan/), and cross-builds the Windows version and tests it under Wine
# (scripts/test-windows.sh). Exits 1 if any of them fails; the format check does not stop
# the tests from running.
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

phase "Windows: cross-build, installer, portable copy, tests under Wine (scripts/test-windows.sh)"
LUYENSO_NATIVE=$PWD/build-test/luyenso bash scripts/test-windows.sh

phase "Done"
if ((!format_ok)); then
  echo "test.sh: the tests pass but the format check failed (see its list above; scripts/check-format.sh --fix FILE...)" >&2
  exit 1
fi
echo "test.sh: format, tests, sanitizer tests and Windows tests all passed"
