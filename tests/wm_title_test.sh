#!/usr/bin/env bash
# The window under a real X11 window manager (openbox on Xvfb): its title is UTF-8 in
# _NET_WM_NAME, which window managers show, so "Luyện Số" is not shown as "Luyá»".
# Usage: tests/wm_title_test.sh PATH/TO/luyenso WORKDIR
set -u
exe=$1
work=$2
mkdir -p "$work"
fail() { echo "FAIL: $*"; exit 1; }
for tool in Xvfb openbox xprop; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (scripts/deps.sh --test installs it)"
done

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; wait 2>/dev/null; }
trap cleanup EXIT

exec 3>"$work/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=($!)
exec 3>&-
for _ in $(seq 100); do [[ -s "$work/display" ]] && break; sleep 0.1; done
[[ -s "$work/display" ]] || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
export DISPLAY=:$(cat "$work/display")
openbox >"$work/openbox.log" 2>&1 &
pids+=($!)
# openbox announces itself on the root window once it manages windows.
for _ in $(seq 100); do xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q "window id" && break; sleep 0.1; done
xprop -root _NET_SUPPORTING_WM_CHECK | grep -q "window id" || fail "openbox did not start: $(cat "$work/openbox.log")"

# Starts the app with ARGS and sets `window` to the first window openbox manages.
start_app() {
  rm -rf "$work/data"
  SDL_AUDIODRIVER=dummy "$exe" --data-dir "$work/data" --size 1024x768 "$@" >"$work/app.log" 2>&1 &
  app=$!
  pids+=("$app")
  window=
  for _ in $(seq 200); do
    window=$(xprop -root _NET_CLIENT_LIST 2>/dev/null | grep -o '0x[0-9a-f]*' | head -1)
    [[ -n "$window" ]] && break
    sleep 0.1
  done
  [[ -n "$window" ]] || fail "no window managed by openbox: $(cat "$work/app.log")"
}
stop_app() {
  kill "$app"
  wait "$app" 2>/dev/null
  for _ in $(seq 100); do [[ -z $(xprop -root _NET_CLIENT_LIST 2>/dev/null | grep -o '0x[0-9a-f]*') ]] && break; sleep 0.1; done
}

start_app
net_name=$(xprop -id "$window" _NET_WM_NAME)
echo "$net_name"
[[ "$net_name" == '_NET_WM_NAME(UTF8_STRING) = "Luyện Số"' ]] || fail "_NET_WM_NAME: $net_name"
# What openbox shows in its title bar, from its own property.
visible=$(xprop -id "$window" _NET_WM_VISIBLE_NAME)
echo "$visible"
[[ "$visible" == '_NET_WM_VISIBLE_NAME(UTF8_STRING) = "Luyện Số"' ]] || fail "openbox shows: $visible"
# The renderer is chosen after the window is shown (slowly under ASan): wait for its line.
for _ in $(seq 200); do grep -q "^luyenso: renderer " "$work/app.log" && break; sleep 0.1; done
grep -q "^luyenso: renderer gl3 " "$work/app.log" || fail "no renderer line: $(cat "$work/app.log")"
stop_app

# --fullscreen: the window manager is asked for full screen (as F11 and the button do).
start_app --fullscreen
state=
for _ in $(seq 100); do
  state=$(xprop -id "$window" _NET_WM_STATE 2>/dev/null)
  [[ "$state" == *_NET_WM_STATE_FULLSCREEN* ]] && break
  sleep 0.1
done
echo "$state"
[[ "$state" == *_NET_WM_STATE_FULLSCREEN* ]] || fail "not full screen: $state"
stop_app
echo "ok: window title and full screen under openbox"
