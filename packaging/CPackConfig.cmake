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

# Debian documentation: the DEP-5 copyright file, the changelog (gzip -9n: no name, no time stamp, so
# the package is reproducible) and the manual page, generated from --help by help2man.
install(FILES ${ADESK_PACKAGING_DIR}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/autodoctor-desk)
find_program(ADESK_GZIP gzip REQUIRED)
set(ADESK_DOC_BUILD_DIR ${CMAKE_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${ADESK_DOC_BUILD_DIR})
add_custom_command(OUTPUT ${ADESK_DOC_BUILD_DIR}/changelog.Debian.gz
                   COMMAND ${ADESK_GZIP} -9n -c ${ADESK_PACKAGING_DIR}/changelog.Debian
                           > ${ADESK_DOC_BUILD_DIR}/changelog.Debian.gz
                   DEPENDS ${ADESK_PACKAGING_DIR}/changelog.Debian
                   COMMENT "Compressing the Debian changelog" VERBATIM)
set(ADESK_DOC_OUTPUTS ${ADESK_DOC_BUILD_DIR}/changelog.Debian.gz)
install(FILES ${ADESK_DOC_BUILD_DIR}/changelog.Debian.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/autodoctor-desk)

# help2man runs the freshly built executable with --help and --version: offscreen, so that it works
# without a display whichever kind of application object the command line creates; its date comes
# from SOURCE_DATE_EPOCH (the changelog's) so that rebuilding gives the same page.
find_program(ADESK_HELP2MAN help2man)
if(ADESK_HELP2MAN)
  execute_process(COMMAND dpkg-parsechangelog -l ${ADESK_PACKAGING_DIR}/changelog.Debian -S Timestamp
                  OUTPUT_VARIABLE ADESK_CHANGELOG_EPOCH OUTPUT_STRIP_TRAILING_WHITESPACE
                  RESULT_VARIABLE adesk_rc ERROR_QUIET)
  if(NOT adesk_rc EQUAL 0 OR ADESK_CHANGELOG_EPOCH STREQUAL "")
    set(ADESK_CHANGELOG_EPOCH 0)
  endif()
  add_custom_command(
    OUTPUT ${ADESK_DOC_BUILD_DIR}/autodoctor-desk.1.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${ADESK_DOC_BUILD_DIR}/help2man-runtime
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
            XDG_RUNTIME_DIR=${ADESK_DOC_BUILD_DIR}/help2man-runtime
            XDG_CONFIG_HOME=${ADESK_DOC_BUILD_DIR}/help2man-runtime
            SOURCE_DATE_EPOCH=${ADESK_CHANGELOG_EPOCH} LC_ALL=C.UTF-8
            ${ADESK_HELP2MAN} --no-info --section=1
            "--include=${ADESK_PACKAGING_DIR}/autodoctor-desk.h2m"
            "--output=${ADESK_DOC_BUILD_DIR}/autodoctor-desk.1" $<TARGET_FILE:autodoctor-desk>
    COMMAND ${ADESK_GZIP} -9nf ${ADESK_DOC_BUILD_DIR}/autodoctor-desk.1
    DEPENDS autodoctor-desk ${ADESK_PACKAGING_DIR}/autodoctor-desk.h2m ${ADESK_PACKAGING_DIR}/changelog.Debian
    COMMENT "Generating the manual page autodoctor-desk.1 with help2man" VERBATIM)
  list(APPEND ADESK_DOC_OUTPUTS ${ADESK_DOC_BUILD_DIR}/autodoctor-desk.1.gz)
  install(FILES ${ADESK_DOC_BUILD_DIR}/autodoctor-desk.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  message(WARNING "help2man not found: no manual page (install help2man, see packaging/debian-packages.txt)")
endif()
add_custom_target(adesk_debian_docs ALL DEPENDS ${ADESK_DOC_OUTPUTS})

# The SQL migrations, for the database administrator to read (the executable embeds its own copy).
install(DIRECTORY ${CMAKE_SOURCE_DIR}/resources/migrations/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/autodoctor-desk/migrations
        FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ
        FILES_MATCHING PATTERN "*.sql")

# The daily expiry sweep: a systemd timer and its service, installed but not enabled (the service is
# skipped until configured, see its comments).
set(ADESK_SYSTEMD_UNIT_DIR /lib/systemd/system CACHE PATH "Where the systemd units are installed")
install(FILES ${ADESK_PACKAGING_DIR}/systemd/autodoctor-desk-expire-sweep.service
              ${ADESK_PACKAGING_DIR}/systemd/autodoctor-desk-expire-sweep.timer
        DESTINATION ${ADESK_SYSTEMD_UNIT_DIR})

install(FILES ${ADESK_PACKAGING_DIR}/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
        RENAME autodoctor-desk)

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
  # The package of this build tree, checked by lintian: any error or warning fails (with
  # ADESK_RELEASE_BUILD=1 in the environment, the package as released instead: packaging/build-deb.sh,
  # RelWithDebInfo with Debian's hardening flags, in build/deb — a second full build).
  find_program(ADESK_LINTIAN lintian)
  if(ADESK_LINTIAN)
    add_test(NAME packaging_lintian
             COMMAND ${ADESK_PACKAGING_DIR}/lintian-check.sh ${CMAKE_BINARY_DIR})
    set_tests_properties(packaging_lintian PROPERTIES LABELS packaging TIMEOUT 1800 RUN_SERIAL ON
                         ENVIRONMENT "ADESK_DEB_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER}")
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
# Debian revision: the package version is <project version>-<revision> and must be the top entry
# of packaging/changelog.Debian (lintian-check.sh compares them).
set(ADESK_DEBIAN_REVISION 1)
set(CPACK_PACKAGE_CONTACT "${ADESK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Back office of The Auto Doctor platform")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${ADESK_DEBIAN_REVISION})
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
# libqt6svg6 holds the SVG icon engine (the window and splash icon); fonts-dejavu-core the font the PDF
# documents name (DejaVu Sans); libcairo2 writes the statements' PDFs (dpkg-shlibdeps finds it too,
# named here with the other libraries the documents need).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-psql, qt6-qpa-plugins, libqt6svg6, fonts-dejavu-core, libcairo2")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, postgresql, postgresql-common")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
