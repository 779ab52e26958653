# Installation layout and the Debian package.
#
#   bin/luyenso
#   share/luyenso/lessons/          the built-in lessons (the binary finds them as
#                                   <exe>/../share/luyenso/lessons, see src/platform/paths.cpp)
#   share/luyenso/assets/           artwork
#   share/applications/luyenso.desktop
#   share/icons/hicolor/scalable/apps/luyenso.svg
#
# `cmake --install BUILD --prefix DIR` installs it; `cpack -G DEB` in BUILD makes
# luyenso_VERSION_ARCH.deb (Depends from dpkg-shlibdeps, plus a font).
# The layout is relative on purpose: the binary looks for its data beside itself.

install(TARGETS luyenso RUNTIME DESTINATION bin)
install(DIRECTORY lessons/ DESTINATION share/luyenso/lessons)
install(DIRECTORY assets/ DESTINATION share/luyenso/assets)
install(FILES packaging/luyenso.desktop DESTINATION share/applications)
install(FILES assets/icons/luyenso.svg DESTINATION share/icons/hicolor/scalable/apps)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME luyenso)
set(CPACK_PACKAGE_VENDOR "Luyện Số")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "phone simulator for practising digital skills safely")
set(CPACK_PACKAGE_DESCRIPTION
  "Luyện Số is a desktop simulator of a smartphone on which older and first-time learners
practise, safely, video calls, group chats, QR and bill payments, e-ID and spotting scams,
guided step by step in Vietnamese by lesson scripts. Nothing on the simulated phone is
real: no network, no money, no identities.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Luyện Số developers <luyenso@example.org>")
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Shared libraries (SDL2, FreeType, ...) come from dpkg-shlibdeps and are added to these.
# SDL loads libGL/libEGL at run time, which dpkg-shlibdeps cannot see: libgl1 (windows
# under X11) and libegl1 (offscreen screenshots) bring Mesa's GLX/EGL and its drivers.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-core | fonts-dejavu-core, libgl1, libegl1, libgl1-mesa-dri")
include(CPack)
