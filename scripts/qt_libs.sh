#!/bin/sh
# The system libraries Qt's window (the xcb platform) needs on Debian/Ubuntu, for `make run`.
# Missing ones are installed with apt-get when run as root; otherwise the exact command is named.
# Tests run offscreen and need none of them.
set -eu
PACKAGES="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
libxcb-xinerama0 libxcb-randr0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1
libfontconfig1 libdbus-1-3"
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian/Ubuntu: see the README
missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing the libraries Qt's window needs:$missing"
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing \
        || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing; }
    exit 0
fi
echo "Qt's window needs these system libraries:$missing" >&2
echo "Install them with:  sudo apt-get install$missing" >&2
exit 1
