#!/usr/bin/env bash
# Builds the Debian package as it is released: RelWithDebInfo (stripped by CPack), Debian's hardening
# flags (ADESK_DEB_HARDENING: dpkg-buildflags with hardening=+all), no tests, in its own build tree.
#
#   ./packaging/build-deb.sh [BUILD_DIR]     (default: build-deb; prints the .deb's path last)
#
# Environment: ADESK_JOBS (default 2), ADESK_DEB_LAUNCHER (a compiler launcher such as ccache),
# ADESK_DEB_CMAKE_ARGS (more configure options).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build-deb}
jobs=${ADESK_JOBS:-2}

# shellcheck disable=SC2086 # word splitting of the option list is wanted
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DADESK_BUILD_TESTS=OFF \
    -DADESK_DEB_HARDENING=ON -DCMAKE_CXX_COMPILER_LAUNCHER="${ADESK_DEB_LAUNCHER:-}" \
    ${ADESK_DEB_CMAKE_ARGS:-} >&2
cmake --build "$build" -j "$jobs" >&2
rm -f "$build"/autodoctor-desk_*.deb
(cd "$build" && cpack -G DEB >&2)
ls "$build"/autodoctor-desk_*.deb
