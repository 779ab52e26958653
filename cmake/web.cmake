# The browser (wasm32-emscripten, built by scripts/build-web.sh with Debian's emscripten):
# the same targets as the native find_package/pkg-config calls in CMakeLists.txt, made from
# the static libraries in LUYENSO_WEB_PREFIX (scripts/web/libs.sh builds them from Debian's
# source packages; emscripten's own ports are never used).
if(NOT LUYENSO_WEB_PREFIX)
  message(FATAL_ERROR "Web builds need -DLUYENSO_WEB_PREFIX=<libraries built for wasm>: use scripts/build-web.sh")
endif()
set(ENV{PKG_CONFIG_LIBDIR} "${LUYENSO_WEB_PREFIX}/lib/pkgconfig:${LUYENSO_WEB_PREFIX}/share/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")
set(ENV{PKG_CONFIG_SYSROOT_DIR} "")

# SDL2, FreeType, ImGui, libqrencode, SQLite, libsodium, libpng, stb from that prefix.
include(${CMAKE_CURRENT_LIST_DIR}/static-pkg.cmake)

add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED)
set_target_properties(nlohmann_json::nlohmann_json PROPERTIES INTERFACE_INCLUDE_DIRECTORIES
                                                              ${LUYENSO_WEB_PREFIX}/include)
# WebGL 2 through emscripten's own GL library (OpenGL ES 3).
add_library(OpenGL::GL INTERFACE IMPORTED)
set_target_properties(OpenGL::GL PROPERTIES INTERFACE_LINK_OPTIONS "-sMAX_WEBGL_VERSION=2;-sMIN_WEBGL_VERSION=2")
# Speech: the browser's speechSynthesis (src/platform/speech_web.cpp), no espeak-ng.
add_library(PkgConfig::ESPEAK INTERFACE IMPORTED)

# SDL 2 from LUYENSO_WEB_PREFIX, never emscripten's SDL 1 (its headers are on the default path).
add_compile_options(-sUSE_SDL=0)
add_link_options(-sUSE_SDL=0)
# C++ exceptions are caught (the lessons' JSON parser throws); emscripten's default
# aborts at the first throw.
add_compile_options(-fexceptions)
add_link_options(-fexceptions)
