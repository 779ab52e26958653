# cmake -DRSVG=rsvg-convert -DSVG=icon.svg -DOUT=dir -P windows-icon.cmake
# Renders the icon at each size that goes into luyenso.ico.
cmake_minimum_required(VERSION 3.25)

foreach(size 16 24 32 48 64 256)
  execute_process(COMMAND ${RSVG} -w ${size} -h ${size} -o ${OUT}/luyenso-${size}.png ${SVG}
                  RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "rsvg-convert failed for size ${size}")
  endif()
endforeach()
