# The browser build's static site, in ${CMAKE_BINARY_DIR}/site (target web-site):
#   index.html             the page (src/web/index.html): canvas, progress files, offline
#   luyenso.js, .wasm      the program (emscripten)
#   luyenso.data           what the program reads, packed: lessons/ -> /app/lessons,
#                          Noto Sans regular and bold -> /app/fonts (src/platform/paths.cpp)
#   sw.js                  the service worker (src/web/sw.js.in), named after the files' hash
#   manifest.webmanifest   installable (src/web/manifest.webmanifest), icons from assets/icons
set(luyenso_site ${CMAKE_BINARY_DIR}/site)
set(luyenso_web_font_dir /usr/share/fonts/truetype/noto CACHE PATH "Noto Sans (fonts-noto-core)")
foreach(font NotoSans-Regular.ttf NotoSans-Bold.ttf)
  if(NOT EXISTS ${luyenso_web_font_dir}/${font})
    message(FATAL_ERROR "${luyenso_web_font_dir}/${font} is missing: install fonts-noto-core")
  endif()
endforeach()

target_sources(luyenso PRIVATE src/app/web_exports.cpp src/app/web_probe.cpp)
set_target_properties(luyenso PROPERTIES SUFFIX .js RUNTIME_OUTPUT_DIRECTORY ${luyenso_site})
target_link_options(luyenso PRIVATE
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=64MB
  -sENVIRONMENT=web -sFORCE_FILESYSTEM=1 -lidbfs.js
  -sEXPORTED_RUNTIME_METHODS=FS,ccall,UTF8ToString
  -sEXPORTED_FUNCTIONS=_main,_luyenso_web_export,_luyenso_web_import,_luyenso_web_probe,_luyenso_web_text,_luyenso_web_compose
  --pre-js ${PROJECT_SOURCE_DIR}/src/web/pre.js
  "SHELL:--preload-file ${PROJECT_SOURCE_DIR}/lessons@/app/lessons"
  "SHELL:--preload-file ${luyenso_web_font_dir}/NotoSans-Regular.ttf@/app/fonts/NotoSans-Regular.ttf"
  "SHELL:--preload-file ${luyenso_web_font_dir}/NotoSans-Bold.ttf@/app/fonts/NotoSans-Bold.ttf")
set_property(TARGET luyenso APPEND PROPERTY LINK_DEPENDS ${PROJECT_SOURCE_DIR}/src/web/pre.js)

find_program(LUYENSO_RSVG rsvg-convert REQUIRED)
add_custom_command(OUTPUT ${luyenso_site}/icon-192.png ${luyenso_site}/icon-512.png
  COMMAND ${LUYENSO_RSVG} -w 192 -h 192 -o ${luyenso_site}/icon-192.png ${PROJECT_SOURCE_DIR}/assets/icons/luyenso.svg
  COMMAND ${LUYENSO_RSVG} -w 512 -h 512 -o ${luyenso_site}/icon-512.png ${PROJECT_SOURCE_DIR}/assets/icons/luyenso.svg
  DEPENDS ${PROJECT_SOURCE_DIR}/assets/icons/luyenso.svg
  COMMENT "Web app icons")
# The service worker names its cache after the hash of everything it serves: a new build
# is a new cache, fetched in full on the next visit while the old one serves the page.
add_custom_target(web-site ALL
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${PROJECT_SOURCE_DIR}/src/web/index.html
          ${PROJECT_SOURCE_DIR}/src/web/manifest.webmanifest ${PROJECT_SOURCE_DIR}/assets/icons/luyenso.svg
          ${luyenso_site}/
  COMMAND ${CMAKE_COMMAND} -DSITE=${luyenso_site} -DTEMPLATE=${PROJECT_SOURCE_DIR}/src/web/sw.js.in
          -P ${PROJECT_SOURCE_DIR}/cmake/web-sw.cmake
  DEPENDS luyenso ${luyenso_site}/icon-192.png ${luyenso_site}/icon-512.png
          ${PROJECT_SOURCE_DIR}/src/web/index.html ${PROJECT_SOURCE_DIR}/src/web/manifest.webmanifest
          ${PROJECT_SOURCE_DIR}/src/web/sw.js.in ${PROJECT_SOURCE_DIR}/cmake/web-sw.cmake
  COMMENT "The static site in ${luyenso_site}")
