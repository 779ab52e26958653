// Catch2's main() for the Windows test programs (tests/CMakeLists.txt): on Linux it comes
// from Debian's Catch2WithMain library, which cannot be linked into a Windows program.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
