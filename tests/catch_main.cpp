// Catch2's main() for the Windows test programs (tests/CMakeLists.txt): on Linux it comes
// from Debian's Catch2WithMain library, which cannot be linked into a Windows program.
// DO_NOT_USE_WMAIN: with UNICODE Catch2 would define wmain, which mingw-w64 links only
// with -municode; the tests' arguments are plain ASCII.
#define CATCH_CONFIG_MAIN
#define DO_NOT_USE_WMAIN
#include <catch2/catch.hpp>
