# CMake toolchain file: 64-bit Windows with Debian's mingw-w64 (POSIX threads flavour, for
# std::thread), used by scripts/build-windows.sh for Luyện Số and for the libraries it
# cross-builds from Debian's source packages (scripts/windows/libs.sh).
#
#   LUYENSO_MINGW_PREFIX  the cross-built libraries (include/, lib/, lib/pkgconfig/);
#                         pkg-config looks only there and in mingw-w64's own tree.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(LUYENSO_MINGW_TRIPLE x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${LUYENSO_MINGW_TRIPLE}-gcc-posix)
set(CMAKE_CXX_COMPILER ${LUYENSO_MINGW_TRIPLE}-g++-posix)
set(CMAKE_RC_COMPILER ${LUYENSO_MINGW_TRIPLE}-windres)
set(CMAKE_AR ${LUYENSO_MINGW_TRIPLE}-gcc-ar-posix CACHE FILEPATH "")
set(CMAKE_RANLIB ${LUYENSO_MINGW_TRIPLE}-gcc-ranlib-posix CACHE FILEPATH "")

# Passed on to try_compile() projects, which read this file again.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES LUYENSO_MINGW_PREFIX)

set(CMAKE_FIND_ROOT_PATH /usr/${LUYENSO_MINGW_TRIPLE})
if(LUYENSO_MINGW_PREFIX)
  list(PREPEND CMAKE_FIND_ROOT_PATH ${LUYENSO_MINGW_PREFIX})
  set(ENV{PKG_CONFIG_LIBDIR} "${LUYENSO_MINGW_PREFIX}/lib/pkgconfig:/usr/${LUYENSO_MINGW_TRIPLE}/lib/pkgconfig")
else()
  set(ENV{PKG_CONFIG_LIBDIR} "/usr/${LUYENSO_MINGW_TRIPLE}/lib/pkgconfig")
endif()
set(ENV{PKG_CONFIG_PATH} "")
set(ENV{PKG_CONFIG_SYSROOT_DIR} "")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# Static libraries only: the exe needs nothing but Windows' own DLLs.
set(CMAKE_FIND_LIBRARY_SUFFIXES .a)

# Test programs run under Wine, in Luyện Số's own prefix (scripts/windows/wine-run.sh).
set(CMAKE_CROSSCOMPILING_EMULATOR ${CMAKE_CURRENT_LIST_DIR}/../scripts/windows/wine-run.sh)
