# Windows: resources of luyenso.exe, and what a Windows user gets (target windows-packages):
#
#   build-windows/LuyenSo-Setup-VERSION.exe      NSIS installer (packaging/windows/luyenso.nsi)
#   build-windows/LuyenSo-VERSION-portable.zip   LuyenSo\ with portable.txt: progress in LuyenSo\data
#
# Both hold the same folder (build-windows/stage/LuyenSo):
#   luyenso.exe  lessons\  assets\  fonts\ (Noto Sans, from fonts-noto-core)  licences\  README.txt
# The exe finds lessons\ and fonts\ beside itself (src/platform/paths.cpp).
enable_language(RC)

# The icon, from assets/icons/luyenso.svg (rsvg-convert from librsvg2-bin, icotool from
# icoutils), in the sizes Windows asks for.
find_program(LUYENSO_RSVG rsvg-convert REQUIRED)
find_program(LUYENSO_ICOTOOL icotool REQUIRED)
set(ico ${CMAKE_BINARY_DIR}/luyenso.ico)
set(ico_pngs)
foreach(size 16 24 32 48 64 256)
  list(APPEND ico_pngs ${CMAKE_BINARY_DIR}/icon/luyenso-${size}.png)
endforeach()
add_custom_command(
  OUTPUT ${ico}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/icon
  COMMAND ${CMAKE_COMMAND} -DRSVG=${LUYENSO_RSVG} -DSVG=${PROJECT_SOURCE_DIR}/assets/icons/luyenso.svg
          -DOUT=${CMAKE_BINARY_DIR}/icon -P ${PROJECT_SOURCE_DIR}/cmake/windows-icon.cmake
  COMMAND ${LUYENSO_ICOTOOL} -c -o ${ico} ${ico_pngs}
  DEPENDS ${PROJECT_SOURCE_DIR}/assets/icons/luyenso.svg ${PROJECT_SOURCE_DIR}/cmake/windows-icon.cmake
  COMMENT "Icon luyenso.ico from assets/icons/luyenso.svg"
  VERBATIM)

set(LUYENSO_ICO ${ico})
set(LUYENSO_MANIFEST ${PROJECT_SOURCE_DIR}/packaging/windows/luyenso.exe.manifest)
configure_file(packaging/windows/luyenso.rc.in ${CMAKE_BINARY_DIR}/luyenso.rc @ONLY)
target_sources(luyenso PRIVATE ${CMAKE_BINARY_DIR}/luyenso.rc)
set_source_files_properties(${CMAKE_BINARY_DIR}/luyenso.rc PROPERTIES OBJECT_DEPENDS "${ico};${LUYENSO_MANIFEST}")
set(CMAKE_RC_FLAGS "${CMAKE_RC_FLAGS} --codepage=65001")

# The packages.
find_program(LUYENSO_MAKENSIS makensis REQUIRED)
find_program(LUYENSO_ZIP zip REQUIRED)
find_program(LUYENSO_STRIP NAMES x86_64-w64-mingw32-strip REQUIRED)
set(LUYENSO_FONT_DIR /usr/share/fonts/truetype/noto CACHE PATH "Noto Sans (fonts-noto-core)")
# build-windows/luyenso.exe itself finds the fonts beside it (lessons: the source tree's).
foreach(font NotoSans-Regular.ttf NotoSans-Bold.ttf)
  if(EXISTS ${LUYENSO_FONT_DIR}/${font})
    file(COPY ${LUYENSO_FONT_DIR}/${font} DESTINATION ${CMAKE_BINARY_DIR}/fonts)
  endif()
endforeach()
set(setup ${CMAKE_BINARY_DIR}/LuyenSo-Setup-${PROJECT_VERSION}.exe)
set(portable ${CMAKE_BINARY_DIR}/LuyenSo-${PROJECT_VERSION}-portable.zip)
add_custom_command(
  OUTPUT ${setup} ${portable}
  COMMAND ${CMAKE_COMMAND} -DEXE=$<TARGET_FILE:luyenso> -DSRC=${PROJECT_SOURCE_DIR} -DOUT=${CMAKE_BINARY_DIR}
          -DVERSION=${PROJECT_VERSION} -DICO=${ico} -DSTRIP=${LUYENSO_STRIP} -DMAKENSIS=${LUYENSO_MAKENSIS}
          -DZIP=${LUYENSO_ZIP} -DFONTS=${LUYENSO_FONT_DIR} -P ${PROJECT_SOURCE_DIR}/cmake/windows-pack.cmake
  DEPENDS luyenso ${ico} ${PROJECT_SOURCE_DIR}/cmake/windows-pack.cmake
          ${PROJECT_SOURCE_DIR}/packaging/windows/luyenso.nsi ${PROJECT_SOURCE_DIR}/packaging/windows/README.txt
  COMMENT "Installer and portable zip"
  VERBATIM)
add_custom_target(windows-packages DEPENDS ${setup} ${portable})
