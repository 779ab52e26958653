# Windows (cross-built with mingw-w64 by scripts/build-windows.sh): the same targets as the
# native find_package/pkg-config calls in CMakeLists.txt, made from the static libraries in
# LUYENSO_MINGW_PREFIX (see cmake/mingw-w64.cmake and scripts/windows/libs.sh).
if(NOT LUYENSO_MINGW_PREFIX)
  message(FATAL_ERROR "Windows builds need -DLUYENSO_MINGW_PREFIX=<cross-built libraries>: "
                      "use scripts/build-windows.sh")
endif()

# A target NAME from pkg-config module MODULE, with its static link line. SDL's own
# entry point (SDL2main, -Dmain=SDL_main, -mwindows) is left out: main() is ours
# (src/app/main.cpp) and the exe is a console program that hides its console in app mode.
function(luyenso_static_pkg name module)
  string(MAKE_C_IDENTIFIER "LSPKG_${module}" var)
  pkg_check_modules(${var} REQUIRED QUIET ${module})
  set(cflags ${${var}_STATIC_CFLAGS_OTHER})
  list(FILTER cflags EXCLUDE REGEX "^-Dmain=")
  set(libs ${${var}_STATIC_LDFLAGS})
  list(FILTER libs EXCLUDE REGEX "^-lSDL2main$|^-mwindows$")
  add_library(${name} INTERFACE IMPORTED)
  set_target_properties(${name} PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${${var}_STATIC_INCLUDE_DIRS}"
    INTERFACE_COMPILE_OPTIONS "${cflags}"
    INTERFACE_LINK_LIBRARIES "${libs}")
  pkg_get_variable(includedir ${module} includedir)
  set(${var}_INCLUDEDIR ${includedir} PARENT_SCOPE)
endfunction()

luyenso_static_pkg(SDL2::SDL2 sdl2)
luyenso_static_pkg(Freetype::Freetype freetype2)
luyenso_static_pkg(PkgConfig::IMGUI imgui)
luyenso_static_pkg(PkgConfig::QRENCODE libqrencode)
luyenso_static_pkg(PkgConfig::SQLITE3 sqlite3)
luyenso_static_pkg(PkgConfig::SODIUM libsodium)
luyenso_static_pkg(PkgConfig::PNG libpng)
luyenso_static_pkg(stb stb)
set(IMGUI_INCLUDEDIR ${LSPKG_imgui_INCLUDEDIR})
set(IMGUI_INCLUDE_DIRS ${IMGUI_INCLUDEDIR})
set(IMGUI_LINK_LIBRARIES PkgConfig::IMGUI)

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
