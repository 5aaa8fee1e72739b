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

# The installed layout: unpacked as dpkg would (under /usr, not the configured prefix), the
# executable finds what it needs beside its bin/: the demo's prepared cluster (its first use says
# cluster-from-template; the build tree's archive is not beside it) and the document reader.
root=$(mktemp -d "${TMPDIR:-/tmp}/adesk-installed.XXXXXX")
chmod 755 "$root" # as root the demo cluster runs as postgres, who must reach it
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root/fs"
[ -x "$root/fs/usr/libexec/autodoctor-desk/autodoctor-desk-render" ] ||
    { echo "FAIL: no document reader in the package"; status=1; }
if [ -f "$root/fs/usr/share/autodoctor-desk/demo-cluster-template.tar.gz" ]; then
    trace=$(HOME="$root/home" ADESK_DEMO_DIR="$root/demo" ADESK_LAUNCH_TRACE=1 QT_QPA_PLATFORM=offscreen \
        "$root/fs/usr/bin/autodoctor-desk" --demo migrate 2>&1 > /dev/null) || true
    if grep -q "^adesk-launch: step cluster-from-template" <<< "$trace"; then
        echo "installed: the demo's first use unpacked share/autodoctor-desk/demo-cluster-template.tar.gz"
    else
        echo "FAIL: the installed executable did not use its prepared demo cluster:"
        tail -n 5 <<< "$trace"
        status=1
    fi
else
    echo "installed: no prepared demo cluster in the package (no PostgreSQL server at build time)"
fi

# Root may run lintian on a .deb (it only unpacks it); --fail-on counts errors and warnings, after
# the package's overrides.
lintian --fail-on error,warning --display-info --tag-display-limit 0 "$deb" || status=1
[ "$status" -eq 0 ] && echo "lintian: no error, no warning"
exit "$status"
