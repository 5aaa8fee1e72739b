#!/usr/bin/env bash
# Builds Auto Doctor Desk with warnings as errors and runs the whole ctest suite (unit, db, models,
# views, e2e, packaging) against a throwaway PostgreSQL cluster (pg_virtualenv).
#
#   ./packaging/run-tests.sh        (from anywhere: paths are relative to the repository root)
#
# Environment: ADESK_BUILD_DIR (default: build), ADESK_JOBS (default: 2), ADESK_TEST_TIMEOUT
# (seconds allowed to a test that sets no TIMEOUT of its own, default 600), ADESK_CMAKE_ARGS (more
# configure options, e.g. -DADESK_ASAN=ON), ADESK_TARGETS (what to build, default everything).
# Extra arguments go to ctest, e.g. `-L unit` or `-R tst_translations`.
# Under CI=true the db tests fail (never skip) without a database, and a run with no test fails.
# Benchmarks (tests/bench) are built but not run by ctest: run them by hand from build/tests/bench.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
build=${ADESK_BUILD_DIR:-build}
jobs=${ADESK_JOBS:-2}
timeout=${ADESK_TEST_TIMEOUT:-600}

"$root/packaging/install-deps.sh"

# shellcheck disable=SC2086 # word splitting of the option and target lists is wanted
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DADESK_BUILD_TESTS=ON -DADESK_WERROR=ON \
    ${ADESK_CMAKE_ARGS:-}
# shellcheck disable=SC2086
cmake --build "$build" -j "$jobs" ${ADESK_TARGETS:+--target $ADESK_TARGETS}

# Tests run offscreen, with settings and runtime files in a scratch directory, not the user's home.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/adesk-tests.XXXXXX")
chmod 755 "$scratch"
trap 'rm -rf "$scratch"' EXIT
export QT_QPA_PLATFORM=offscreen
# For an -DADESK_ASAN=ON build (ignored otherwise): leaks that are not ours (OpenSSL's, through libpq).
export LSAN_OPTIONS="suppressions=$root/tests/lsan-suppressions.txt"
export XDG_RUNTIME_DIR="$scratch/runtime" XDG_CONFIG_HOME="$scratch/config"
export XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"

# pg_virtualenv -t: a private cluster in a temporary directory (also as root, so that runs on the
# same machine do not collide on the system-wide 15/regress cluster). Each db test binary creates
# its own database (adesk_test_<binary>_<pid>) and serialises its migrations, so tests run two at
# a time. pg_virtualenv prints its teardown (and the server log when ctest fails) after ctest, so
# ctest's closing summary is repeated at the very end.
log="$scratch/ctest.log"
set +e
pg_virtualenv -t -o shared_buffers=128MB -o fsync=off \
    bash -c 'ctest --test-dir "$1" --output-on-failure --no-tests=error --timeout "$2" -j "$3" "${@:5}" 2>&1 \
             | tee "$4"; exit "${PIPESTATUS[0]}"' \
    ctest "$build" "$timeout" "$jobs" "$log" "$@"
rc=$?
set -e

summary=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -n 1 || true)
echo
if [ -n "$summary" ]; then
    sed -n '/^The following tests FAILED:/,/^Errors while running CTest/p' "$log" | grep -v '^Errors while' || true
    echo "$summary"
else
    echo "run-tests: ctest ran no test (exit code $rc)"
    [ "$rc" -ne 0 ] || rc=1
fi
exit "$rc"
