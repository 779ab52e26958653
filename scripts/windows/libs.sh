# Cross-builds the libraries Luyện Số needs for x86_64-w64-mingw32 from Debian's source
# packages (`apt-get source`), once, into a cache outside the repository. Sourced by
# scripts/build-windows.sh; build_windows_libs sets $prefix to the installed tree.
#
# The cache: ${LUYENSO_MINGW_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/luyenso/mingw}/TOOLCHAIN/
# where TOOLCHAIN is a hash of cmake/mingw-w64.cmake and the compiler's version: another
# toolchain builds into a new folder (older ones are removed). Each library has a stamp
# in .stamps/ naming its Debian source version and a hash of its recipe (the shell
# functions below that build it): a missing or different stamp rebuilds that library.
#
#   SDL2        libsdl2       CMake, static only
#   FreeType    freetype      CMake, no bzip2/png/harfbuzz/brotli (fonts are plain TTF/OTF); zlib
#   zlib        libz-mingw-w64-dev (Debian's binary package for mingw-w64)
#   libpng      libpng1.6     CMake, static only
#   SQLite      sqlite3       the amalgamation (`configure --disable-tcl && make sqlite3.c`)
#   libqrencode qrencode      CMake, no tools
#   libsodium   libsodium     autotools (autoreconf, as Debian does), static only
#   Dear ImGui  imgui         core, FreeType builder, SDL2/OpenGL3/OpenGL2/SDL_Renderer backends
#   stb         libstb-dev    the headers, and stb_image/rect_pack/truetype compiled once
#   nlohmann    nlohmann-json3-dev  headers
#   Catch2      catch2        the header (the tests; tests/catch_main.cpp is their main)
# espeak-ng: Debian's mirror has no orig tarball for bookworm's espeak-ng (404), so speech
# on Windows uses Windows' own SAPI (src/platform/speech_sapi.cpp).

mingw_triple=x86_64-w64-mingw32

# Fetches and unpacks Debian's source of $1 into the current folder; prints its folder.
# apt verifies each file's checksum. Falls back to the stable release's version (when the
# security archive misses a file) and last to the upstream tarball alone (Debian's
# packaging files missing from the mirror: qrencode's, 2026-12-05).
fetch_source() {
  local pkg=$1 dir
  if ! apt-get source -qq "$pkg" >"$pkg.fetch.log" 2>&1 &&
    ! apt-get source -qq "$pkg/bookworm" >>"$pkg.fetch.log" 2>&1; then
    local orig
    orig=$(ls "$pkg"_*.orig.tar.* 2>/dev/null | grep -v '\.asc$' | grep -v -- '-[a-z0-9]*\.tar' | head -n1 || true)
    if [[ -z $orig ]]; then
      echo "libs.sh: apt-get source $pkg failed:" >&2
      cat "$pkg.fetch.log" >&2
      return 1
    fi
    echo "libs.sh: $pkg: Debian's packaging files are missing from the mirror; building the verified upstream tarball $orig alone" >&2
    tar xf "$orig"
  fi
  dir=$(find . -maxdepth 1 -mindepth 1 -type d | head -n1)
  echo "${dir#./}"
}

source_version() { apt-cache showsrc "$1" 2>/dev/null | awk '/^Version:/ {print $2}' | sort -V | tail -n1; }

# One library: $1 name, $2 Debian source package, $3 the function that builds it in the
# unpacked source folder (cwd), installing into $prefix; $4... the shared functions it
# calls (their text is part of its recipe's hash too).
lib_step() {
  local name=$1 pkg=$2 recipe=$3 version stamp
  if [[ $pkg == - ]]; then # headers of installed packages: no source to fetch
    version=$(dpkg-query -W -f='${Version} ' nlohmann-json3-dev libstb-dev catch2)
  else
    version=$(source_version "$pkg")
  fi
  local recipe_hash
  recipe_hash=$(declare -f "$recipe" cmake_lib fetch_source "${@:4}" | sha256sum | cut -c1-12)
  version="$version recipe $recipe_hash"
  stamp="$prefix/.stamps/$name"
  if [[ -f $stamp && "$(cat "$stamp")" == "$pkg $version" ]]; then
    echo "  $name: cached ($pkg $version)"
    return 0
  fi
  local t0=$SECONDS work="$cache/work/$name"
  echo "  $name: building from $pkg $version ..."
  rm -rf "$work" && mkdir -p "$work"
  (
    cd "$work"
    if [[ $pkg != - ]]; then
      local dir
      dir=$(fetch_source "$pkg")
      cd "$dir"
    fi
    "$recipe" >"$work/build.log" 2>&1 || {
      echo "libs.sh: building $name failed; the end of $work/build.log:" >&2
      tail -n 40 "$work/build.log" >&2
      exit 1
    }
  )
  mkdir -p "$prefix/.stamps"
  echo "$pkg $version" >"$stamp"
  rm -rf "$work"
  echo "  $name: built in $((SECONDS - t0)) s"
}

cmake_lib() { # extra CMake arguments...
  cmake -S . -B build-mingw -G Ninja -DCMAKE_TOOLCHAIN_FILE="$repo/cmake/mingw-w64.cmake" \
    -DLUYENSO_MINGW_PREFIX="$prefix" -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_POLICY_DEFAULT_CMP0091=NEW "$@"
  cmake --build build-mingw -j2
  cmake --install build-mingw
}

recipe_sdl2() {
  cmake_lib -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DSDL_STATIC_PIC=OFF
}
recipe_freetype() {
  # zlib: mingw-w64's (libz-mingw-w64-dev), as libpng's; FreeType's own copy would clash with it.
  cmake_lib -DBUILD_SHARED_LIBS=OFF -DFT_DISABLE_BZIP2=ON -DFT_DISABLE_PNG=ON -DFT_DISABLE_HARFBUZZ=ON \
    -DFT_DISABLE_BROTLI=ON -DFT_REQUIRE_ZLIB=ON -DZLIB_ROOT=/usr/$mingw_triple
}
recipe_png() {
  cmake_lib -DPNG_SHARED=OFF -DPNG_STATIC=ON -DPNG_TESTS=OFF -DPNG_EXECUTABLES=OFF -DPNG_TOOLS=OFF \
    -DZLIB_ROOT=/usr/$mingw_triple
}
recipe_qrencode() {
  cmake_lib -DBUILD_SHARED_LIBS=OFF -DWITH_TOOLS=OFF -DWITH_TESTS=OFF
  # Its CMake install has no pkg-config file on every version: write one.
  if [[ ! -f $prefix/lib/pkgconfig/libqrencode.pc ]]; then
    mkdir -p "$prefix/lib/pkgconfig"
    printf '%s\n' "prefix=$prefix" 'libdir=${prefix}/lib' 'includedir=${prefix}/include' '' \
      'Name: libqrencode' 'Description: A QR Code encoding library' "Version: ${PWD##*-}" \
      'Libs: -L${libdir} -lqrencode' 'Cflags: -I${includedir}' >"$prefix/lib/pkgconfig/libqrencode.pc"
  fi
}
recipe_sodium() {
  # The trainer PIN's Argon2id hash (crypto_pwhash). Debian's tarball is a git snapshot
  # without configure: autoreconf first, as Debian's build does. Only the library (its
  # tests are built by `make check`, never here). --enable-minimal: what Luyện Số uses
  # (crypto_pwhash's Argon2id, generichash, SHA-256, base64) is all in the minimal build.
  autoreconf -fi &&
    ./configure --host=$mingw_triple --prefix="$prefix" --disable-shared --enable-static --enable-minimal \
      --disable-dependency-tracking CC=$mingw_triple-gcc-posix AR=$mingw_triple-gcc-ar-posix \
      RANLIB=$mingw_triple-gcc-ranlib-posix &&
    make -j2 &&
    make install || return 1
  # Its headers declare dllimport unless SODIUM_STATIC: say it where pkg-config gives flags.
  grep -q SODIUM_STATIC "$prefix/lib/pkgconfig/libsodium.pc" ||
    sed -i 's/^Cflags: \(.*\)$/Cflags: \1 -DSODIUM_STATIC/' "$prefix/lib/pkgconfig/libsodium.pc"
}
# Shared with scripts/web/libs.sh. SQLite: Debian's source has no amalgamation: it is
# generated natively, then compiled with $1 (the C compiler), $2 (its ar) and the flags
# after them (the target's threading).
sqlite_amalgamation() {
  local cc=$1 ar=$2
  shift 2
  mkdir -p build-native && cd build-native
  ../configure --disable-tcl TCLSH_CMD=tclsh8.6
  make -j2 sqlite3.c
  local cflags=(-O2 -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_JSON1 -DSQLITE_DQS=0 -DSQLITE_DEFAULT_FOREIGN_KEYS=1
    -DSQLITE_OMIT_LOAD_EXTENSION "$@")
  $cc "${cflags[@]}" -c sqlite3.c -o sqlite3.o
  $ar rcs libsqlite3.a sqlite3.o
  install -D -m644 libsqlite3.a "$prefix/lib/libsqlite3.a"
  install -D -m644 sqlite3.h "$prefix/include/sqlite3.h"
  install -D -m644 sqlite3ext.h "$prefix/include/sqlite3ext.h"
  local version
  version=$(sed -n 's/^#define SQLITE_VERSION *"\(.*\)"/\1/p' sqlite3.h)
  printf '%s\n' "prefix=$prefix" 'libdir=${prefix}/lib' 'includedir=${prefix}/include' '' \
    'Name: SQLite' 'Description: SQL database engine' "Version: $version" \
    'Libs: -L${libdir} -lsqlite3' 'Cflags: -I${includedir}' >"$prefix/lib/pkgconfig/sqlite3.pc"
}
# nlohmann-json and stb: Debian ships them as headers (nlohmann-json3-dev, libstb-dev);
# copied (with the further folders named after $1 $2 and the flags) so that the build never
# sees the native /usr/include, and libstb's compiled parts that Dear ImGui (as Debian
# builds it) and our images use.
headers_and_stb() {
  local cc=$1 ar=$2 extra=() a dir
  shift 2
  local cflags=()
  for a in "$@"; do
    if [[ $a == -* ]]; then cflags+=("$a"); else extra+=("$a"); fi
  done
  mkdir -p "$prefix/include" "$prefix/lib/pkgconfig"
  for dir in nlohmann stb "${extra[@]}"; do
    rm -rf "${prefix:?}/include/$dir"
    cp -r "/usr/include/$dir" "$prefix/include/"
  done
  printf '%s\n' '#define STB_IMAGE_IMPLEMENTATION' '#define STB_RECT_PACK_IMPLEMENTATION' \
    '#define STB_TRUETYPE_IMPLEMENTATION' '#include <stb_image.h>' '#include <stb_rect_pack.h>' \
    '#include <stb_truetype.h>' >stb.c
  $cc -O2 "${cflags[@]}" -I"$prefix/include/stb" -c stb.c -o stb.o
  $ar rcs "$prefix/lib/libstb.a" stb.o
  printf '%s\n' "prefix=$prefix" 'libdir=${prefix}/lib' 'includedir=${prefix}/include' '' \
    'Name: stb' 'Description: single-file libraries for C/C++' 'Version: 0.0' \
    'Libs: -L${libdir} -lstb' 'Cflags: -I${includedir}/stb' >"$prefix/lib/pkgconfig/stb.pc"
}
recipe_sqlite() {
  sqlite_amalgamation $mingw_triple-gcc-posix $mingw_triple-gcc-ar-posix -DSQLITE_THREADSAFE=1
}
recipe_headers() {
  # Catch2's header too (the tests); STBI_WINDOWS_UTF8: stbi_load takes UTF-8 file names
  # (as everything in Luyện Số).
  headers_and_stb $mingw_triple-gcc-posix $mingw_triple-gcc-ar-posix catch2 -DSTBI_WINDOWS_UTF8
}
recipe_imgui() {
  # As Debian builds libimgui (its Makefile: stb's rect_pack and truetype from libstb),
  # plus the SDL_Renderer backend, which Debian leaves out of the library.
  local srcs=(imgui.cpp imgui_draw.cpp imgui_tables.cpp imgui_widgets.cpp imgui_demo.cpp misc/cpp/imgui_stdlib.cpp
    misc/freetype/imgui_freetype.cpp backends/imgui_impl_sdl.cpp backends/imgui_impl_opengl2.cpp
    backends/imgui_impl_opengl3.cpp backends/imgui_impl_sdlrenderer.cpp)
  local flags=(-O2 -I. -I"$prefix/include" -I"$prefix/include/SDL2" -I"$prefix/include/freetype2"
    -DIMGUI_DISABLE_STB_RECT_PACK_IMPLEMENTATION '-DIMGUI_STB_RECT_PACK_FILENAME=<stb/stb_rect_pack.h>'
    -DIMGUI_DISABLE_STB_TRUETYPE_IMPLEMENTATION '-DIMGUI_STB_TRUETYPE_FILENAME=<stb/stb_truetype.h>')
  local objs=() s
  for s in "${srcs[@]}"; do
    $mingw_triple-g++-posix "${flags[@]}" -c "$s" -o "${s//\//_}.o" &
    objs+=("${s//\//_}.o")
    if (($(jobs -r | wc -l) >= 2)); then wait -n; fi
  done
  wait
  $mingw_triple-gcc-ar-posix rcs libimgui.a "${objs[@]}"
  install -D -m644 libimgui.a "$prefix/lib/libimgui.a"
  mkdir -p "$prefix/include/imgui/backends"
  cp ./*.h misc/cpp/*.h misc/freetype/*.h "$prefix/include/imgui/"
  cp backends/*.h "$prefix/include/imgui/backends/"
  printf '%s\n' "prefix=$prefix" 'libdir=${prefix}/lib' 'includedir=${prefix}/include/imgui' '' \
    'Name: imgui' 'Description: Bloat-free Immediate Mode Graphical User interface for C++' \
    "Version: ${PWD##*-}" 'Requires: stb freetype2 sdl2' 'Libs: -L${libdir} -limgui' \
    'Cflags: -I${includedir}' >"$prefix/lib/pkgconfig/imgui.pc"
}

build_windows_libs() {
  local base=${LUYENSO_MINGW_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/luyenso/mingw}
  local toolchain
  toolchain=$( (cat "$repo/cmake/mingw-w64.cmake" && $mingw_triple-g++-posix --version) | sha256sum | cut -c1-12)
  cache=$base
  prefix="$base/$toolchain"
  mkdir -p "$prefix/lib/pkgconfig" "$prefix/include"
  # Trees of older recipes are of no further use.
  find "$base" -mindepth 1 -maxdepth 1 -type d ! -name "$toolchain" ! -name work -exec rm -rf {} +
  echo "  cache: $prefix"
  lib_step headers - recipe_headers headers_and_stb
  lib_step sdl2 libsdl2 recipe_sdl2
  lib_step freetype freetype recipe_freetype
  lib_step png libpng1.6 recipe_png
  lib_step sqlite sqlite3 recipe_sqlite sqlite_amalgamation
  lib_step qrencode qrencode recipe_qrencode
  lib_step sodium libsodium recipe_sodium
  lib_step imgui imgui recipe_imgui
}
