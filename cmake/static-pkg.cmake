# For the builds from libraries made for another platform (cmake/windows.cmake,
# cmake/web.cmake, which point pkg-config at their prefix first): those libraries as the
# targets the native find_package/pkg-config calls in CMakeLists.txt make.

# A target NAME from pkg-config module MODULE, with its static link line. SDL's own
# entry point (SDL2main, -Dmain=SDL_main, -mwindows: Windows only) is left out: main() is
# ours (src/app/main.cpp) and the exe is a console program that hides its console in app mode.
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
