#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) in build-fuzz/ and runs one.
# Usage: scripts/fuzz.sh TARGET SECONDS     fuzz TARGET for SECONDS seconds
#        scripts/fuzz.sh TARGET FILE...     replay inputs (a crash found earlier)
#        scripts/fuzz.sh --list             the targets
# TARGET is fuzz_lesson, fuzz_json, fuzz_vietqr, fuzz_telex or fuzz_bundle (bundle import
# and the store's readers).
# Seeds come from fuzz/corpus/TARGET/ (kept in git); what the fuzzer learns goes to
# build-fuzz/corpus/TARGET/ and crashes to build-fuzz/artifacts/TARGET/.
# JOBS=N sets the build's parallelism (default: all cores). Installs clang-14 if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

if [[ $# -lt 1 ]]; then
  sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
  exit 1
fi

if ! command -v clang++-14 >/dev/null; then
  echo "Installing clang-14 (libFuzzer)"
  sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update
  "${sudo_cmd[@]}" apt-get install -y --no-install-recommends clang-14 libclang-rt-14-dev
fi
scripts/deps.sh

build=$root/build-fuzz
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" -DLUYENSO_FUZZ=ON -DLUYENSO_BUILD_TESTS=OFF >/dev/null

if [[ "$1" == "--list" ]]; then
  cmake --build "$build" --target help | sed -n 's/^\(fuzz_[a-z_]*\):.*/\1/p'
  exit 0
fi

target=$1
shift
cmake --build "$build" --target "$target" -j "${JOBS:-$(nproc)}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
dict=()
case $target in
fuzz_json) [[ -f fuzz/json.dict ]] && dict=(-dict="$root/fuzz/json.dict") ;;
fuzz_lesson) [[ -f fuzz/lesson.dict ]] && dict=(-dict="$root/fuzz/lesson.dict") ;;
*) [[ -f "fuzz/${target#fuzz_}.dict" ]] && dict=(-dict="$root/fuzz/${target#fuzz_}.dict") ;;
esac

# Lessons name pictures relative to themselves: run where a fuzzed name finds nothing.
mkdir -p "$build/run"
cd "$build/run"
if [[ $# -ge 1 && ! "$1" =~ ^[0-9]+$ ]]; then
  exec "$build/fuzz/$target" "$@"
fi

seconds=${1:-60}
mkdir -p "$build/corpus/$target" "$build/artifacts/$target"
exec "$build/fuzz/$target" "$build/corpus/$target" "$root/fuzz/corpus/$target" "${dict[@]}" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 \
  -artifact_prefix="$build/artifacts/$target/"
