#!/usr/bin/env bash
# Installs the Debian 12 packages Luyện Số needs to build, run and test, when missing.
# Usage: scripts/deps.sh [--test]   (--test adds what the tests need: Xvfb, openbox, clang-format)
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  libsdl2-dev libimgui-dev libstb-dev libfreetype-dev nlohmann-json3-dev
  libsqlite3-dev libqrencode-dev libespeak-ng-dev libpng-dev libsodium-dev
  catch2 fonts-noto-core fonts-dejavu-core
  libgl-dev libgl1-mesa-dri libegl-mesa0
)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(xvfb xauth clang-format-14)
  packages+=(openbox x11-utils) # the window's title and full screen under a real window manager (xprop)
  packages+=(nodejs npm) # the xAPI test's independent validator (tests/xapi)
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
