# Windows (cross-built with mingw-w64 by scripts/build-windows.sh): the same targets as the
# native find_package/pkg-config calls in CMakeLists.txt, made from the static libraries in
# LUYENSO_MINGW_PREFIX (see cmake/mingw-w64.cmake and scripts/windows/libs.sh).
if(NOT LUYENSO_MINGW_PREFIX)
  message(FATAL_ERROR "Windows builds need -DLUYENSO_MINGW_PREFIX=<cross-built libraries>: "
                      "use scripts/build-windows.sh")
endif()

# SDL2, FreeType, ImGui, libqrencode, SQLite, libsodium, libpng, stb from that prefix.
include(${CMAKE_CURRENT_LIST_DIR}/static-pkg.cmake)

add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED)
set_target_properties(nlohmann_json::nlohmann_json PROPERTIES INTERFACE_INCLUDE_DIRECTORIES
                                                              ${LUYENSO_MINGW_PREFIX}/include)
add_library(OpenGL::GL INTERFACE IMPORTED)
set_target_properties(OpenGL::GL PROPERTIES INTERFACE_LINK_LIBRARIES opengl32)

# Speech: Windows' SAPI (COM) instead of espeak-ng.
add_library(PkgConfig::ESPEAK INTERFACE IMPORTED)
set_target_properties(PkgConfig::ESPEAK PROPERTIES INTERFACE_LINK_LIBRARIES "sapi;ole32;oleaut32;uuid")

# One file with no DLLs beside it: the C and C++ runtimes and winpthreads linked in.
add_link_options(-static -static-libgcc -static-libstdc++)
# Windows' headers: no min/max macros, no rarely used APIs; Unicode (W) functions.
add_compile_definitions(NOMINMAX WIN32_LEAN_AND_MEAN UNICODE _UNICODE _WIN32_WINNT=0x0601)
