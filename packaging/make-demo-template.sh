#!/usr/bin/env bash
# Makes the demo's prepared cluster (issue 19, "Start-up": "ship it prepared"): a PostgreSQL data
# directory created exactly as the desk's first `--demo` launch creates one (DemoCluster::initdb:
# superuser adesk_superuser, trust over its own socket, UTF8, C.UTF-8), holding the `autodoctor`
# database migrated by this build's own `autodoctor-desk migrate`, but no demo data (the data is
# dated from the day it is loaded). DemoCluster unpacks it on first use instead of running initdb,
# CREATE DATABASE and the migrations (about 2 s of the first launch); a launch that cannot use it
# (no archive, another PostgreSQL major, a damaged archive) runs initdb as before.
#
#   make-demo-template.sh AUTODOCTOR_DESK OUT.tar.gz
#
# Best effort: without a PostgreSQL server on the build machine it says so, writes no archive and
# exits 0 (the build goes on; the demo's first use then runs initdb). As root, initdb refuses to
# run: the cluster is made by the postgres user, as DemoCluster does.
set -uo pipefail

app=$1
out=$2
rm -f "$out"

# The newest major holding initdb and pg_ctl, as DemoCluster's findServerBinaries picks it.
bin=""
for d in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V); do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/psql" ] && bin=$d
done
if [ -z "$bin" ]; then
    echo "make-demo-template: no PostgreSQL server under /usr/lib/postgresql: no prepared demo cluster" \
        "(the demo's first use runs initdb)"
    exit 0
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/adesk-demo-template.XXXXXX") || exit 0
as_server() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
cleanup() {
    as_server "$bin/pg_ctl" -D "$work/data" -m immediate -w stop > /dev/null 2>&1
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "make-demo-template: $1: no prepared demo cluster (the demo's first use runs initdb)"
    [ -f "$work/log" ] && tail -n 20 "$work/log"
    exit 0
}
[ "$(id -u)" = 0 ] && chown postgres: "$work"
chmod 700 "$work"

as_server "$bin/initdb" -D "$work/data" -U adesk_superuser --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
    --no-sync > "$work/log" 2>&1 || fail "initdb failed"
# Settings on the command line only: postgresql.conf stays initdb's, DemoCluster appends its own.
as_server "$bin/pg_ctl" -D "$work/data" -l "$work/server.log" -w -t 120 \
    -o "-c listen_addresses='' -c unix_socket_directories='$work' -c port=54330 -c fsync=off" \
    start >> "$work/log" 2>&1 || { cat "$work/server.log" >> "$work/log" 2>/dev/null; fail "the server did not start"; }
"$bin/psql" -X -q -h "$work" -p 54330 -U adesk_superuser -d postgres \
    -c "CREATE DATABASE autodoctor TEMPLATE template0 ENCODING 'UTF8'" >> "$work/log" 2>&1 ||
    fail "CREATE DATABASE failed"
QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 \
    "$app" --db "host=$work port=54330 user=adesk_superuser dbname=autodoctor" migrate >> "$work/log" 2>&1 ||
    fail "migrate failed"
# A clean shutdown (its checkpoint): the unpacked cluster starts without recovery.
as_server "$bin/pg_ctl" -D "$work/data" -m fast -w stop >> "$work/log" 2>&1 || fail "the server did not stop"
rm -f "$work/data/postmaster.opts"
# After a clean shutdown only the segment of its checkpoint is read at the next start; the others
# are old or recycled ahead of time (16 MB each to unpack for nothing).
redo=$("$bin/pg_controldata" "$work/data" | sed -n "s/^Latest checkpoint's REDO WAL file: *//p")
if [ -n "$redo" ] && [ -f "$work/data/pg_wal/$redo" ]; then
    find "$work/data/pg_wal" -maxdepth 1 -type f -name '[0-9A-F]*' ! -name "$redo" -delete
    # Its unwritten rest is zeros: kept as a hole (tar --sparse), not 11 MB of zeros to write.
    fallocate --dig-holes "$work/data/pg_wal/$redo" 2> /dev/null
fi
tar --sparse -czf "$out.partial" -C "$work" data || { rm -f "$out.partial"; fail "tar failed"; }
mv "$out.partial" "$out"
echo "make-demo-template: $out (PostgreSQL $(cat "$work/data/PG_VERSION"), $(du -h "$out" | cut -f1))"
