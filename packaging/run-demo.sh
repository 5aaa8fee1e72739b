#!/usr/bin/env bash
# Builds Auto Doctor Desk (Release) and starts it on the embedded demo database: a private
# PostgreSQL cluster created (from the prepared cluster the build makes, else by initdb), migrated
# and seeded on first use, stopped when the app exits.
#
#   ./packaging/run-demo.sh [more autodoctor-desk options, e.g. --lang fr]
#
# Environment: ADESK_BUILD_DIR (default: build), ADESK_JOBS (default: 2).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
build=${ADESK_BUILD_DIR:-build}
jobs=${ADESK_JOBS:-2}

"$root/packaging/install-deps.sh"

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DADESK_WERROR=OFF
cmake --build "$build" --target autodoctor-desk demo_cluster_template -j "$jobs"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run-demo: no display (DISPLAY and WAYLAND_DISPLAY are unset): run it from a desktop session." >&2
    echo "run-demo: without a display, write every pane to PNG instead:" >&2
    echo "run-demo:   QT_QPA_PLATFORM=offscreen $build/app/autodoctor-desk --demo screenshot --out screenshots" >&2
    exit 1
fi
exec "$build/app/autodoctor-desk" --demo "$@"
