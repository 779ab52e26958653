# Sanitizer builds: -DLUYENSO_SANITIZE=address,undefined (the "asan" preset) instruments
# every target built here, ours and the tests, so that ASan and UBSan see all our code.
# Third-party libraries from Debian stay uninstrumented, which ASan and UBSan allow.
# -DLUYENSO_FUZZ=ON (clang only) adds libFuzzer's coverage instrumentation to all of it.
set(LUYENSO_SANITIZE "" CACHE STRING "Comma-separated sanitizers for every target, e.g. address,undefined")

if(LUYENSO_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "LUYENSO_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++-14")
  endif()
  if(NOT LUYENSO_SANITIZE)
    set(LUYENSO_SANITIZE address,undefined)
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()

if(LUYENSO_SANITIZE)
  set(_luyenso_sanitize_flags
    -fsanitize=${LUYENSO_SANITIZE}
    -fno-omit-frame-pointer
    -fno-sanitize-recover=all)
  add_compile_options(${_luyenso_sanitize_flags})
  add_link_options(${_luyenso_sanitize_flags})
  message(STATUS "Luyện Số: sanitizers ${LUYENSO_SANITIZE}")
endif()
