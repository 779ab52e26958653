# cmake -DEXE= -DSRC= -DOUT= -DVERSION= -DICO= -DSTRIP= -DMAKENSIS= -DZIP= -DFONTS= -P windows-pack.cmake
# Stages LuyenSo\ and makes the installer and the portable zip from it (see
# cmake/windows-packaging.cmake). The zip differs only by portable.txt, which tells the
# program to keep progress in data\ beside itself.
cmake_minimum_required(VERSION 3.25)

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${ARGN} failed (${rc}):\n${out}")
  endif()
endfunction()

set(stage ${OUT}/stage/LuyenSo)
file(REMOVE_RECURSE ${OUT}/stage)
file(MAKE_DIRECTORY ${stage}/fonts ${stage}/licences)
file(COPY ${SRC}/lessons ${SRC}/assets DESTINATION ${stage})
file(REMOVE_RECURSE ${stage}/lessons/schema) # for organisers' tools, not for the program
run(${STRIP} -o ${stage}/luyenso.exe ${EXE})
foreach(font NotoSans-Regular.ttf NotoSans-Bold.ttf)
  if(NOT EXISTS ${FONTS}/${font})
    message(FATAL_ERROR "${FONTS}/${font} is missing: install fonts-noto-core")
  endif()
  file(COPY ${FONTS}/${font} DESTINATION ${stage}/fonts)
endforeach()
# The fonts' licence (SIL Open Font License 1.1) as Debian ships it.
file(COPY_FILE /usr/share/doc/fonts-noto-core/copyright ${stage}/licences/fonts-noto-core.txt)
file(READ ${SRC}/packaging/windows/README.txt readme)
string(REPLACE "@VERSION@" "${VERSION}" readme "${readme}")
string(REPLACE "\n" "\r\n" readme "${readme}")
file(WRITE ${stage}/README.txt "${readme}")

set(setup ${OUT}/LuyenSo-Setup-${VERSION}.exe)
file(REMOVE ${setup})
run(${MAKENSIS} -V2 -INPUTCHARSET UTF8 -DVERSION=${VERSION} -DSTAGE=${stage} -DICON=${ICO} -DOUTFILE=${setup}
    ${SRC}/packaging/windows/luyenso.nsi)

set(portable ${OUT}/LuyenSo-${VERSION}-portable.zip)
file(REMOVE ${portable})
file(COPY_FILE ${ICO} ${stage}/luyenso.ico)
file(WRITE ${stage}/portable.txt
  "Bản mang theo (portable): tiến độ học được lưu trong thư mục data bên cạnh luyenso.exe.\r\n"
  "Xoá tệp này thì Luyện Số lưu tiến độ trong %APPDATA%\\LuyenSo như bản cài đặt.\r\n\r\n"
  "Portable copy: learning progress is kept in the data folder beside luyenso.exe.\r\n"
  "Delete this file and Luyện Số keeps progress in %APPDATA%\\LuyenSo like the installed copy.\r\n")
run(${CMAKE_COMMAND} -E chdir ${OUT}/stage ${ZIP} -q -r -9 ${portable} LuyenSo)
file(REMOVE ${stage}/portable.txt ${stage}/luyenso.ico)
