#!/bin/sh
# Installs the Debian packages listed in packaging/debian-packages.txt that are missing.
# Uses apt-get directly as root, sudo otherwise. Safe to run repeatedly.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
list=$(grep -v '^\s*#' "$here/debian-packages.txt" | grep -v '^\s*$' | tr '\n' ' ')
missing=""
for p in $list; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
echo "Installing:$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q || true
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing
