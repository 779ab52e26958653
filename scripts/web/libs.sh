# Builds the libraries Luyện Số needs for the browser (wasm32-emscripten) from Debian's
# source packages (`apt-get source`), once, into a cache outside the repository. Sourced by
# scripts/build-web.sh; build_web_libs sets $prefix to the installed tree. Emscripten's own
# ports (-sUSE_SDL=2, ...) are never used: they download from the internet.
#
# The cache: ${LUYENSO_WEB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/luyenso/web}/TOOLCHAIN/
# where TOOLCHAIN is a hash of emscripten's CMake toolchain file and emcc's version. Each library has a stamp
# as in scripts/windows/libs.sh (whose fetch_source and lib_step are used here).
#
#   SDL2        libsdl2       CMake (emcmake), static, no threads
#   zlib        zlib          CMake (libpng's and FreeType's)
#   libpng      libpng1.6     CMake (screenshots, the lesson's images)
#   FreeType    freetype      CMake, no bzip2/png/harfbuzz/brotli; zlib
#   SQLite      sqlite3       the amalgamation, single-threaded (the browser's main thread)
#   libqrencode qrencode      CMake, no tools
#   libsodium   libsodium     autotools (emconfigure), minimal, no asm, no threads
#   Dear ImGui  imgui         core, FreeType builder, SDL2/OpenGL3/SDL_Renderer backends
#   stb         libstb-dev    the headers, stb_image/rect_pack/truetype compiled once
#   nlohmann    nlohmann-json3-dev  headers
# espeak-ng: not built; the browser speaks with its own speechSynthesis (speech_web.cpp).

# shellcheck source=../windows/libs.sh
source "$repo/scripts/windows/libs.sh" # fetch_source, source_version, lib_step, sqlite_amalgamation, headers_and_stb

emscripten_toolchain=/usr/share/emscripten/cmake/Modules/Platform/Emscripten.cmake

cmake_lib() { # extra CMake arguments...
  emcmake cmake -S . -B build-web -G Ninja -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_FIND_ROOT_PATH="$prefix" "$@" &&
    cmake --build build-web -j2 &&
    cmake --install build-web
}

recipe_web_sdl2() {
  cmake_lib -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DSDL_PTHREADS=OFF -DSDL_THREADS=OFF
}
recipe_web_zlib() {
  # Its few C files, compiled as its Makefile does (its CMake build also makes a shared
  # library and an example program, neither of use here).
  local objs=() c
  for c in adler32 compress crc32 deflate gzclose gzlib gzread gzwrite infback inffast inflate inftrees trees \
    uncompr zutil; do
    emcc -O2 -D_LARGEFILE64_SOURCE=1 -DHAVE_HIDDEN -c "$c.c" -o "$c.o" || return 1
    objs+=("$c.o")
  done
  emar rcs libz.a "${objs[@]}" &&
    install -D -m644 libz.a "$prefix/lib/libz.a" &&
    install -D -m644 zlib.h "$prefix/include/zlib.h" &&
    install -D -m644 zconf.h "$prefix/include/zconf.h" || return 1
  local version
  version=$(sed -n 's/^#define ZLIB_VERSION "\(.*\)"/\1/p' zlib.h)
  printf '%s\n' "prefix=$prefix" 'libdir=${prefix}/lib' 'includedir=${prefix}/include' '' \
    'Name: zlib' 'Description: zlib compression library' "Version: $version" \
    'Libs: -L${libdir} -lz' 'Cflags: -I${includedir}' >"$prefix/lib/pkgconfig/zlib.pc"
}
recipe_web_png() {
  cmake_lib -DPNG_SHARED=OFF -DPNG_STATIC=ON -DPNG_TESTS=OFF -DPNG_EXECUTABLES=OFF -DPNG_TOOLS=OFF \
    -DZLIB_LIBRARY="$prefix/lib/libz.a" -DZLIB_INCLUDE_DIR="$prefix/include" -DM_LIBRARY=
}
recipe_web_freetype() {
  # zlib: the one built above (FreeType's own copy would clash with it, as for Windows).
  cmake_lib -DBUILD_SHARED_LIBS=OFF -DFT_DISABLE_BZIP2=ON -DFT_DISABLE_PNG=ON -DFT_DISABLE_HARFBUZZ=ON \
    -DFT_DISABLE_BROTLI=ON -DFT_REQUIRE_ZLIB=ON -DZLIB_LIBRARY="$prefix/lib/libz.a" -DZLIB_INCLUDE_DIR="$prefix/include"
}
recipe_web_qrencode() {
  cmake_lib -DBUILD_SHARED_LIBS=OFF -DWITH_TOOLS=OFF -DWITH_TESTS=OFF
  if [[ ! -f $prefix/lib/pkgconfig/libqrencode.pc ]]; then
    mkdir -p "$prefix/lib/pkgconfig"
    printf '%s\n' "prefix=$prefix" 'libdir=${prefix}/lib' 'includedir=${prefix}/include' '' \
      'Name: libqrencode' 'Description: A QR Code encoding library' "Version: ${PWD##*-}" \
      'Libs: -L${libdir} -lqrencode' 'Cflags: -I${includedir}' >"$prefix/lib/pkgconfig/libqrencode.pc"
  fi
}
recipe_web_sodium() {
  # As for Windows (autoreconf first); no assembly, no threads, no stack protector in wasm.
  # Its random bytes come from the browser's crypto.getRandomValues. --host: configure must
  # not try to run what emcc makes (Node 20 cannot, without --no-experimental-fetch).
  autoreconf -fi &&
    emconfigure ./configure --host=wasm32-unknown-emscripten --prefix="$prefix" --disable-shared --enable-static --enable-minimal \
      --disable-dependency-tracking --disable-asm --disable-ssp --without-pthreads &&
    emmake make -j2 &&
    emmake make install
}
recipe_web_sqlite() {
  # One thread: the page's main loop is the only caller. No WAL: its index is shared memory
  # (mmap), which the browser's in-memory files do not share between connections; the
  # store then keeps SQLite's rollback journal, and one file is what IndexedDB holds.
  sqlite_amalgamation emcc emar -DSQLITE_THREADSAFE=0 -DSQLITE_OMIT_WAL
}
recipe_web_headers() {
  headers_and_stb emcc emar
}
recipe_web_imgui() {
  # As for Windows, without the OpenGL 2 backend (WebGL has no fixed-function pipeline).
  local srcs=(imgui.cpp imgui_draw.cpp imgui_tables.cpp imgui_widgets.cpp misc/cpp/imgui_stdlib.cpp
    misc/freetype/imgui_freetype.cpp backends/imgui_impl_sdl.cpp backends/imgui_impl_opengl3.cpp
    backends/imgui_impl_sdlrenderer.cpp)
  # -sUSE_SDL=0: not emscripten's SDL 1 headers (its default), ours.
  local flags=(-O2 -sUSE_SDL=0 -I. -I"$prefix/include" -I"$prefix/include/SDL2" -I"$prefix/include/freetype2"
    -DIMGUI_DISABLE_STB_RECT_PACK_IMPLEMENTATION '-DIMGUI_STB_RECT_PACK_FILENAME=<stb/stb_rect_pack.h>'
    -DIMGUI_DISABLE_STB_TRUETYPE_IMPLEMENTATION '-DIMGUI_STB_TRUETYPE_FILENAME=<stb/stb_truetype.h>')
  local objs=() s
  for s in "${srcs[@]}"; do
    em++ "${flags[@]}" -c "$s" -o "${s//\//_}.o" &
    objs+=("${s//\//_}.o")
    if (($(jobs -r | wc -l) >= 2)); then wait -n; fi
  done
  wait
  emar rcs libimgui.a "${objs[@]}"
  install -D -m644 libimgui.a "$prefix/lib/libimgui.a"
  mkdir -p "$prefix/include/imgui/backends"
  cp ./*.h misc/cpp/*.h misc/freetype/*.h "$prefix/include/imgui/"
  cp backends/*.h "$prefix/include/imgui/backends/"
  printf '%s\n' "prefix=$prefix" 'libdir=${prefix}/lib' 'includedir=${prefix}/include/imgui' '' \
    'Name: imgui' 'Description: Bloat-free Immediate Mode Graphical User interface for C++' \
    "Version: ${PWD##*-}" 'Requires: stb freetype2 sdl2' 'Libs: -L${libdir} -limgui' \
    'Cflags: -I${includedir}' >"$prefix/lib/pkgconfig/imgui.pc"
}

build_web_libs() {
  # Debian's emscripten needs its Node modules (acorn, ...) from /usr/share/nodejs.
  export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
  local base=${LUYENSO_WEB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/luyenso/web}
  local toolchain
  toolchain=$( (cat "$emscripten_toolchain" && emcc --version) | sha256sum | cut -c1-12)
  cache=$base
  prefix="$base/$toolchain"
  mkdir -p "$prefix/lib/pkgconfig" "$prefix/include"
  find "$base" -mindepth 1 -maxdepth 1 -type d ! -name "$toolchain" ! -name work -exec rm -rf {} +
  echo "  cache: $prefix"
  lib_step headers - recipe_web_headers headers_and_stb
  lib_step sdl2 libsdl2 recipe_web_sdl2
  lib_step zlib zlib recipe_web_zlib
  lib_step png libpng1.6 recipe_web_png
  lib_step freetype freetype recipe_web_freetype
  lib_step sqlite sqlite3 recipe_web_sqlite sqlite_amalgamation
  lib_step qrencode qrencode recipe_web_qrencode
  lib_step sodium libsodium recipe_web_sodium
  lib_step imgui imgui recipe_web_imgui
}
