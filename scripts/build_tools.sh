#!/bin/sh
# What PyInstaller needs on Linux to build the bundle (`make bundle`, tests/packaging/test_bundle.py):
# objdump, from binutils. Installed with apt-get when run as root; otherwise the command is named.
set -eu
command -v objdump >/dev/null 2>&1 && exit 0
[ "$(uname -s)" = Linux ] || exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing binutils (objdump), which PyInstaller needs to build the bundle"
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends binutils \
        || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends binutils; }
    exit 0
fi
echo "Building the bundle needs objdump: sudo apt-get install binutils" >&2
exit 1
