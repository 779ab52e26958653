#!/usr/bin/env bash
# `cmake --install` into a temporary prefix, then the installed binary finds its lessons
# with no options, from a folder that is not the build or the source tree.
# Usage: tests/install_test.sh CMAKE BUILD_DIR WORKDIR
set -u
cmake=$1
build=$2
work=$3
fail() { echo "FAIL: $*"; exit 1; }

rm -rf "$work"
mkdir -p "$work"
prefix=$work/prefix
"$cmake" --install "$build" --prefix "$prefix" >"$work/install.log" 2>&1 || fail "cmake --install: $(cat "$work/install.log")"

for f in bin/luyenso share/luyenso/lessons/goi-video-cho-chau.json share/luyenso/assets/icons/luyenso.svg \
         share/applications/luyenso.desktop share/icons/hicolor/scalable/apps/luyenso.svg; do
  [[ -e "$prefix/$f" ]] || fail "not installed: $f"
done
grep -q "^Name=Luyện Số$" "$prefix/share/applications/luyenso.desktop" || fail "desktop entry has no Name"
grep -q "^Categories=Education;$" "$prefix/share/applications/luyenso.desktop" || fail "desktop entry has no category"

cd "$work"
out=$("$prefix/bin/luyenso" check --lang en 2>"$work/stderr"); rc=$?
[[ $rc -eq 0 ]] || fail "installed check exited $rc: $out $(cat "$work/stderr")"
grep -q "^ok .*goi-video-cho-chau.*($prefix/share/luyenso/lessons/goi-video-cho-chau.json)" <<<"$out" ||
  fail "the installed binary did not use its installed lessons: $out"
echo "ok: installed to $prefix; check: $(tail -1 <<<"$out")"
