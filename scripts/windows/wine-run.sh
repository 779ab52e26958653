#!/usr/bin/env bash
# Runs a Windows program under Wine in Luyện Số's own Wine prefix (never the user's
# ~/.wine): CMake's cross-compiling emulator for the Windows tests, and
# scripts/test-windows.sh's runs. Usage: wine-run.sh PROGRAM.exe ARGS...
#
# WINEPREFIX: $LUYENSO_WINEPREFIX, else ${XDG_CACHE_HOME:-$HOME/.cache}/luyenso/wine.
# Wine's quirks on Debian 12 (Wine 8): the 64-bit loader is /usr/lib/wine/wine64 (no
# wine64 on PATH); the first Wine process of a session starts background services
# (wineserver, winedevice.exe) that inherit its standard output and keep a pipe open
# for ever, so the prefix is woken first with output going to a file; winemenubuilder
# is disabled (it writes menu entries into the home folder).
set -euo pipefail
export WINEPREFIX=${LUYENSO_WINEPREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/luyenso/wine}
export WINEDEBUG=${WINEDEBUG:--all}
export WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-winemenubuilder.exe=d;mscoree=d;mshtml=d}
export WINEARCH=win64
wine=${LUYENSO_WINE:-/usr/lib/wine/wine64}
wineserver=/usr/lib/wine/wineserver
mkdir -p "$WINEPREFIX"
log="$WINEPREFIX/wine-run.log"
# The session's services: started (or found running) with no pipe attached. Serialised
# so that parallel tests do not start two at once.
(
  flock 9
  # (9>&-: the services must not inherit the lock, or they would hold it for ever.)
  if ! "$wineserver" -k0 >/dev/null 2>&1 </dev/null 9>&-; then
    "$wineserver" -p 60 >>"$log" 2>&1 </dev/null 9>&-
    "$wine" wineboot >>"$log" 2>&1 </dev/null 9>&-
  fi
) 9>"$WINEPREFIX/.wine-run.lock"
exec "$wine" "$@"
