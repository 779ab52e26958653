#!/usr/bin/env bash
# Installs the Debian 12 packages Luyện Số needs to build, run and test, when missing.
# Usage: scripts/deps.sh [--test] [--windows] [--web]
#   --test     adds what the tests need: Xvfb, openbox, clang-format, Node, and everything
#              --windows and --web add (scripts/test.sh runs the Windows tests under Wine
#              and the web tests in headless Chromium too)
#   --windows  adds the Windows cross-build (scripts/build-windows.sh): mingw-w64, NSIS, zip,
#              Wine and Xvfb for its tests, icoutils for the icon, and apt's source packages
#   --web      adds the web build (scripts/build-web.sh): Emscripten, Chromium for its tests,
#              and apt's source packages
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  libsdl2-dev libimgui-dev libstb-dev libfreetype-dev nlohmann-json3-dev
  libsqlite3-dev libqrencode-dev libespeak-ng-dev libpng-dev libsodium-dev
  catch2 fonts-noto-core fonts-dejavu-core
  libgl-dev libgl1-mesa-dri libegl-mesa0
)
windows=0
web=0
for arg in "$@"; do
  case $arg in
  --test)
    packages+=(xvfb xauth clang-format-14)
    packages+=(openbox x11-utils) # the window's title and full screen under a real window manager (xprop)
    packages+=(nodejs npm) # the xAPI test's independent validator (tests/xapi)
    windows=1              # scripts/test.sh runs the Windows tests too (scripts/test-windows.sh)
    web=1                  # and the web tests (tests/web)
    ;;
  --windows)
    windows=1
    ;;
  --web)
    web=1
    ;;
  *) echo "deps.sh: unknown option '$arg' (--test, --windows, --web)" >&2; exit 2 ;;
  esac
done

if ((windows)); then
  packages+=(g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64
    mingw-w64-tools libz-mingw-w64-dev nsis zip unzip wine wine64 xvfb xauth
    icoutils librsvg2-bin dpkg-dev tcl8.6 ninja-build cmake python3 python3-pil
    autoconf automake libtool) # libsodium: Debian's tarball has no configure (autoreconf, as Debian builds it)
fi

if ((web)); then
  # Debian's emscripten (3.1.6, with its Node modules), the tools that build SQLite's
  # amalgamation and libsodium from source, and Chromium for the browser tests.
  packages+=(emscripten nodejs npm dpkg-dev tcl8.6 ninja-build cmake python3
    autoconf automake libtool chromium fonts-noto-core)
fi

missing=()
for p in "${packages[@]}"; do
  # NodeSource's nodejs package carries npm and conflicts with Debian's: npm is there.
  if [[ "$p" == npm ]] && command -v npm >/dev/null; then continue; fi
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update
  "${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi

# The Windows libraries are built from Debian's source packages (`apt-get source`): apt
# needs deb-src entries (the web build's too). Added once, beside the deb entries already there.
if ((windows || web)); then
  sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
  changed=0
  for f in /etc/apt/sources.list.d/*.sources; do
    [[ -f $f ]] || continue
    # deb822: "Types: deb" of Debian's own entries becomes "Types: deb deb-src".
    if grep -q '^URIs:.*debian' "$f" && grep -Eq '^Types: *deb *$' "$f"; then
      "${sudo_cmd[@]}" sed -i -E 's/^Types: *deb *$/Types: deb deb-src/' "$f"
      changed=1
    fi
  done
  if [[ -f /etc/apt/sources.list ]] && grep -Eq '^deb [^ ]*debian' /etc/apt/sources.list &&
    ! grep -Eq '^deb-src ' /etc/apt/sources.list; then
    grep -E '^deb [^ ]*debian' /etc/apt/sources.list | sed 's/^deb /deb-src /' |
      "${sudo_cmd[@]}" tee -a /etc/apt/sources.list >/dev/null
    changed=1
  fi
  if ((changed)) || ! ls /var/lib/apt/lists/*_Sources* >/dev/null 2>&1; then
    echo "deps.sh: enabling Debian source packages in apt (deb-src)"
    "${sudo_cmd[@]}" apt-get update
  fi
fi
