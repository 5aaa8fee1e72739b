# Desktop integration install rules and the Debian package (CPack DEB).
# Included from the top-level CMakeLists.txt. Build the package with:
#   cmake --build build --target package      ->  build/autodoctor-desk_<version>_<arch>.deb
# The executables' own install() rules live in app/CMakeLists.txt (bin/autodoctor-desk and the
# sandboxed document reader libexec/autodoctor-desk/autodoctor-desk-render).

set(ADESK_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})
set(ADESK_APP_ID ca.theautodoctor.Desk)

install(FILES ${ADESK_PACKAGING_DIR}/autodoctor-desk.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications
        RENAME ${ADESK_APP_ID}.desktop)
install(FILES ${ADESK_PACKAGING_DIR}/${ADESK_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/autodoctor-desk.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
# 256x256 PNG rendered from the SVG (rsvg-convert -w 256 -h 256), for desktops without SVG icons.
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/autodoctor-desk.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/256x256/apps)

# Checks of the desktop files, run by ctest (label `packaging`) when the validators are installed
# (desktop-file-utils, appstream: both in packaging/debian-packages.txt).
if(ADESK_BUILD_TESTS)
  find_program(ADESK_DESKTOP_FILE_VALIDATE desktop-file-validate)
  find_program(ADESK_APPSTREAMCLI appstreamcli)
  if(ADESK_DESKTOP_FILE_VALIDATE)
    add_test(NAME packaging_desktop_file
             COMMAND ${ADESK_DESKTOP_FILE_VALIDATE} ${ADESK_PACKAGING_DIR}/autodoctor-desk.desktop)
    set_tests_properties(packaging_desktop_file PROPERTIES LABELS packaging TIMEOUT 60)
  endif()
  if(ADESK_APPSTREAMCLI)
    add_test(NAME packaging_metainfo
             COMMAND ${ADESK_APPSTREAMCLI} validate --no-net ${ADESK_PACKAGING_DIR}/${ADESK_APP_ID}.metainfo.xml)
    set_tests_properties(packaging_metainfo PROPERTIES LABELS packaging TIMEOUT 60)
  endif()
endif()

set(ADESK_PACKAGE_MAINTAINER "The Auto Doctor <desk@theautodoctor.ca>"
    CACHE STRING "Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME autodoctor-desk)
set(CPACK_PACKAGE_VENDOR "The Auto Doctor")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${ADESK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Back office of The Auto Doctor platform")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${ADESK_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://theautodoctor.ca")
# Long description (CPack adds the summary as the first line and indents the rest).
set(CPACK_PACKAGE_DESCRIPTION
    "Auto Doctor Desk is the desktop back office of The Auto Doctor, a Canadian
platform connecting car owners with certified mechanics and licensed
workshops. Platform administrators review compliance documents, workshop
owners manage bays, bookings and partnership programs, and finance checks
revenue splits and payouts and prepares statements and T4A slips. It talks
directly to the platform's PostgreSQL database, whose row-level security
decides what each person may see and change.")
# Shared library dependencies come from dpkg-shlibdeps; plugins loaded at run time do not show up
# there, so the PostgreSQL SQL driver and the platform plugins are listed by hand. The embedded
# demo database (--demo) needs a local PostgreSQL server; Qt's own French messages come from
# qt6-translations-l10n.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-psql, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, postgresql, postgresql-common")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
