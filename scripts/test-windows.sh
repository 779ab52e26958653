#!/usr/bin/env bash
# Builds Luyện Số for Windows (scripts/build-windows.sh --tests) and tests it under Wine,
# on a virtual screen (Xvfb), in Luyện Số's own Wine prefix (scripts/windows/wine-run.sh;
# never ~/.wine):
#   1. the core's unit tests and the command line, as Windows programs (ctest);
#   2. the installer, silently (/S): files, shortcuts, uninstall entry;
#   3. the installed luyenso.exe draws a lesson step; the picture is compared with the
#      Linux build's picture of the same step (scripts/windows/compare_png.py);
#   4. check, play (learner "Nguyễn Thị Hoa") and report through the installed exe;
#   5. the portable zip unpacked to C:\Bài học\Thôn Nà Hẩm\LuyenSo: progress in its data
#      folder, export to a bundle and import back into the installed copy, its trainer
#      page; a second app on the same folder is refused;
#   6. the silent uninstall keeps the learner's progress.
# Pictures and logs: build-windows/test-output/windows/. Exits 1 on the first failure.
# Usage: bash scripts/test-windows.sh     (LUYENSO_NATIVE: the Linux luyenso to compare
#        with; default build-test/luyenso, built when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
started=$SECONDS
phase() { echo; echo "== Windows: $1 ($((SECONDS - started)) s so far)"; }
fail() { echo "test-windows.sh: FAIL: $*" >&2; exit 1; }

out=$repo/build-windows/test-output/windows
export LUYENSO_WINEPREFIX=${LUYENSO_WINEPREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/luyenso/wine}
export WINEPREFIX=$LUYENSO_WINEPREFIX # also for the wineserver calls below (never ~/.wine)
wine_run=$repo/scripts/windows/wine-run.sh
version=$(sed -n 's/^project(luyenso VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)

# A virtual screen for every Wine process of this run (the first one starts Wine's
# desktop, which must see it).
scripts/deps.sh --windows >/dev/null
xvfb_pid=
cleanup() {
  /usr/lib/wine/wineserver -k >/dev/null 2>&1 </dev/null || true
  [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null || true
}
trap cleanup EXIT
display_file=$(mktemp)
Xvfb -displayfd 9 -screen 0 1280x800x24 -nolisten tcp 9>"$display_file" >/dev/null 2>&1 </dev/null &
xvfb_pid=$!
for _ in $(seq 50); do [[ -s $display_file ]] && break; sleep 0.1; done
[[ -s $display_file ]] || fail "Xvfb did not start"
export DISPLAY=:$(head -n1 "$display_file")
rm -f "$display_file"
export LANG=C.UTF-8 # Wine reads arguments and file names as UTF-8
/usr/lib/wine/wineserver -k >/dev/null 2>&1 </dev/null || true # a session that sees $DISPLAY

phase "build (scripts/build-windows.sh --tests)"
bash scripts/build-windows.sh --tests
rm -rf "$out" && mkdir -p "$out"

phase "unit and command-line tests under Wine (ctest)"
# A failure here is reported at the end, after the installer's and the copies' tests.
ctest_ok=1
(cd build-windows && ctest --output-on-failure --timeout 300 -j2) || ctest_ok=0

# Runs the Windows program $1 with the rest as its arguments; its output goes to files
# ($out/last.out, $out/last.err) and is printed back; fails unless it exits with
# $want (default 0).
want=0
run() {
  local rc=0
  "$wine_run" "$@" >"$out/last.out" 2>"$out/last.err" </dev/null || rc=$?
  if [[ $rc -ne $want ]]; then
    echo "--- stdout"; cat "$out/last.out"; echo "--- stderr"; cat "$out/last.err"
    fail "exit $rc (wanted $want): $*"
  fi
  want=0
}
drive_c=$LUYENSO_WINEPREFIX/drive_c
wine_user=${USER:-$(id -un)} # Wine names the Windows user after the Unix one

phase "silent install (LuyenSo-Setup-$version.exe /S)"
inst="$drive_c/Program Files/LuyenSo"
# An earlier run's installation (a run that stopped half-way): its uninstaller runs a copy
# of itself in the background, which would delete the new installation's files as they
# come; wait until it is gone, then clear what is left.
if [[ -f "$inst/uninstall.exe" ]]; then
  "$wine_run" "C:\\Program Files\\LuyenSo\\uninstall.exe" /S >/dev/null 2>&1 </dev/null || true
  for _ in $(seq 100); do [[ -e "$inst/uninstall.exe" || -e "$inst/luyenso.exe" ]] || break; sleep 0.2; done
  timeout 30 /usr/lib/wine/wineserver -w >/dev/null 2>&1 </dev/null || true
  rm -rf "$inst"
fi
rm -rf "$drive_c/users/$wine_user/AppData/Roaming/LuyenSo" "$drive_c/Bài học"
run "$repo/build-windows/LuyenSo-Setup-$version.exe" /S
for f in luyenso.exe uninstall.exe luyenso.ico README.txt fonts/NotoSans-Regular.ttf fonts/NotoSans-Bold.ttf \
  licences/fonts-noto-core.txt lessons/goi-video-cho-chau.json; do
  [[ -f "$inst/$f" ]] || fail "the installer did not install $f"
done
[[ -f "$drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/Luyện Số/Luyện Số.lnk" ]] ||
  fail "no Start-menu shortcut: $(find "$drive_c/ProgramData/Microsoft/Windows/Start Menu" -name '*.lnk' | head)"
[[ -f "$drive_c/users/Public/Desktop/Luyện Số.lnk" ]] || fail "no desktop shortcut"
echo "installed: $(du -sh "$inst" | cut -f1) in C:\\Program Files\\LuyenSo, with Start-menu and desktop shortcuts"
exe="C:\\Program Files\\LuyenSo\\luyenso.exe"

phase "a lesson step drawn by the installed exe, compared with Linux's"
native=${LUYENSO_NATIVE:-$repo/build-test/luyenso}
if [[ ! -x $native ]]; then
  cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLUYENSO_BUILD_TESTS=ON >/dev/null
  cmake --build build-test --target luyenso
fi
shot=(--lesson goi-video-cho-chau --step 3 --size 1280x800 --lang vi)
t0=$(date +%s%N)
run "$exe" --screenshot "Z:$out/windows-step3.png" "${shot[@]}"
t1=$(date +%s%N)
echo "$(cat "$out/last.out") in $(((t1 - t0) / 1000000)) ms from start to the saved first frames"
"$native" --screenshot "$out/linux-step3.png" "${shot[@]}" >/dev/null
/usr/bin/python3 scripts/windows/compare_png.py "$out/linux-step3.png" "$out/windows-step3.png" "$out/diff-step3.png"
# The other renderers, where Wine gives them (LUYENSO_RENDERER; the SDL one needs no OpenGL).
for renderer in gl2 sdl; do
  if LUYENSO_RENDERER=$renderer "$wine_run" "$exe" --screenshot "Z:$out/windows-step3-$renderer.png" "${shot[@]}" \
    >"$out/last.out" 2>"$out/last.err" </dev/null; then
    echo "LUYENSO_RENDERER=$renderer: $(cat "$out/last.out")"
    /usr/bin/python3 scripts/windows/compare_png.py "$out/linux-step3.png" "$out/windows-step3-$renderer.png" \
      "$out/diff-step3-$renderer.png"
  else
    echo "LUYENSO_RENDERER=$renderer: not available under this Wine: $(tail -n1 "$out/last.err")"
  fi
done

phase "check, play and report through the installed exe"
run "$exe" check # in Vietnamese, as organisers read it (UTF-8 through Windows' console)
grep -q "^Đã kiểm tra [0-9]* bài, 0 bài có lỗi" "$out/last.out" || fail "check: $(cat "$out/last.out")"
run "$exe" play goi-video-cho-chau --learner "Nguyễn Thị Hoa" --village "Thôn Nà Hẩm" --actions demo
grep -q "^new learner: Nguyễn Thị Hoa (Thôn Nà Hẩm)" "$out/last.out" || fail "play: $(cat "$out/last.out")"
appdata="$drive_c/users/$wine_user/AppData/Roaming/LuyenSo"
[[ -s "$appdata/progress.db" ]] || fail "play saved nothing in %APPDATA%\\LuyenSo: $(cat "$out/last.out")"
grep -q 'AppData\\Roaming\\LuyenSo\\progress.db' "$out/last.out" || fail "play: where saved? $(cat "$out/last.out")"
run "$exe" report
grep -q "^Nguyễn Thị Hoa  Thôn Nà Hẩm  Gọi video cho cháu  Đã làm (có trợ giúp) " "$out/last.out" ||
  fail "report: $(cat "$out/last.out")"
echo "ok: check, play and report (progress in %APPDATA%\\LuyenSo)"

phase "portable copy in C:\\Bài học\\Thôn Nà Hẩm\\LuyenSo"
folder="$drive_c/Bài học/Thôn Nà Hẩm"
mkdir -p "$folder"
unzip -q "$repo/build-windows/LuyenSo-$version-portable.zip" -d "$folder"
[[ -f "$folder/LuyenSo/portable.txt" ]] || fail "no portable.txt in the zip"
pexe="C:\\Bài học\\Thôn Nà Hẩm\\LuyenSo\\luyenso.exe"
run "$pexe" play doc-tin-nhom-thon --learner "Nguyễn Thị Hoa" --village "Thôn Nà Hẩm" --actions demo
[[ -s "$folder/LuyenSo/data/progress.db" ]] || fail "the portable copy did not keep progress in its data folder"
grep -q 'Thôn Nà Hẩm\\LuyenSo\\data\\progress.db' "$out/last.out" || fail "portable play: $(cat "$out/last.out")"
run "$pexe" export --out "C:\\Bài học\\Thôn Nà Hẩm\\tiến độ Hoa.json"
[[ -s "$folder/tiến độ Hoa.json" ]] || fail "no bundle: $(cat "$out/last.out")"
grep -q '"Nguyễn Thị Hoa"' "$folder/tiến độ Hoa.json" || fail "the bundle lacks the learner"
run "$exe" import "C:\\Bài học\\Thôn Nà Hẩm\\tiến độ Hoa.json"
grep -q "^merged learner: Nguyễn Thị Hoa (Thôn Nà Hẩm)" "$out/last.out" || fail "import: $(cat "$out/last.out")"
run "$exe" report --format csv
grep -q ",Nguyễn Thị Hoa,Thôn Nà Hẩm,doc-tin-nhom-thon,.*,done_with_help,1," "$out/last.out" ||
  fail "the imported attempt is not in the installed copy's report: $(cat "$out/last.out")"
run "$pexe" --screenshot "C:\\Bài học\\Thôn Nà Hẩm\\trang cán bộ.png" --screen dashboard --size 1280x800
[[ -s "$folder/trang cán bộ.png" ]] || fail "no picture of the portable copy's trainer page"
cp "$folder/trang cán bộ.png" "$out/windows-portable-dashboard.png"
echo "ok: portable copy from a Vietnamese path, export and import back"

phase "one app per progress folder"
"$wine_run" "$pexe" --lesson goi-video-cho-chau --size 1024x768 >"$out/first.out" 2>"$out/first.err" </dev/null &
first=$!
for _ in $(seq 100); do # until the first app's window is up (its progress file is open)
  [[ -s "$folder/LuyenSo/data/progress.db-wal" || -s "$folder/LuyenSo/data/progress.db-shm" ]] && break
  sleep 0.2
done
sleep 1
want=1
run "$pexe" --lesson goi-video-cho-chau
grep -q "already running with the progress folder" "$out/last.err" || fail "second app: $(cat "$out/last.err")"
kill "$first" 2>/dev/null || true
wait "$first" 2>/dev/null || true
echo "ok: a second app on the same folder is refused with a message"

phase "silent uninstall keeps the progress"
run "C:\\Program Files\\LuyenSo\\uninstall.exe" /S
for _ in $(seq 50); do [[ -f "$inst/luyenso.exe" ]] || break; sleep 0.2; done # the uninstaller runs a copy of itself
[[ ! -f "$inst/luyenso.exe" ]] || fail "uninstall left luyenso.exe"
[[ ! -f "$drive_c/users/Public/Desktop/Luyện Số.lnk" ]] || fail "uninstall left the desktop shortcut"
[[ -s "$appdata/progress.db" ]] || fail "uninstall deleted the learner's progress"
echo "ok: uninstalled; %APPDATA%\\LuyenSo kept"

phase "Done"
((ctest_ok)) || fail "the unit or command-line tests under Wine failed (see the ctest output above)"
ls -l build-windows/LuyenSo-Setup-"$version".exe build-windows/LuyenSo-"$version"-portable.zip
echo "test-windows.sh: the Windows build passed its tests under Wine"
