#!/usr/bin/env bash
# ctest packaging_lintian: packages the build tree BUILD_DIR (cpack, the tree the other tests ran:
# with ADESK_RELEASE_BUILD=1 it builds the package as released with build-deb.sh in BUILD_DIR/deb
# instead — a full optimised build with Debian's hardening flags), checks that its version,
# the changelog's top entry and the AppStream release agree, then runs lintian on it and fails on any
# error or warning (info and pedantic tags are printed, not counted). Overrides, each with its
# reason, are in packaging/lintian-overrides (installed in the package, read by lintian from there).
#
#   ./packaging/lintian-check.sh BUILD_DIR
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=${1:?usage: lintian-check.sh BUILD_DIR}

if [ "${ADESK_RELEASE_BUILD:-0}" = 1 ]; then
    deb=$("$here/build-deb.sh" "$build/deb" | tail -n 1)
else
    out="$build/lintian-package"
    rm -rf "$out"
    (cd "$build" && cpack -G DEB -B "$out" >&2)
    deb=$(ls "$out"/autodoctor-desk_*.deb)
fi
echo "package: $deb"

version=$(dpkg-deb --field "$deb" Version)
changelog=$(dpkg-parsechangelog -l "$here/changelog.Debian" -S Version)
upstream=${version%-*}
release=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$here/ca.theautodoctor.Desk.metainfo.xml" | head -n 1)
status=0
if [ "$version" != "$changelog" ]; then
    echo "FAIL: package version $version, top of packaging/changelog.Debian $changelog"
    status=1
fi
if [ "$upstream" != "$release" ]; then
    echo "FAIL: project version $upstream, newest AppStream <release> $release"
    status=1
fi

# Root may run lintian on a .deb (it only unpacks it); --fail-on counts errors and warnings, after
# the package's overrides.
lintian --fail-on error,warning --display-info --tag-display-limit 0 "$deb" || status=1
[ "$status" -eq 0 ] && echo "lintian: no error, no warning"
exit "$status"
