#!/bin/sh
# Installs what a bare Debian lacks, only if missing: the shared libraries Qt's PyPI
# wheels need, a font, and poppler-utils (pdftotext) for the report tests.
set -e
need=""
for lib in libEGL.so.1 libGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libdbus-1.so.3 \
    libglib-2.0.so.0 libxcb-cursor.so.0 libxcb-icccm.so.4 libxkbcommon-x11.so.0; do
    ldconfig -p 2>/dev/null | grep -q "$lib" || need="yes"
done
fc-list 2>/dev/null | grep -q . || need="yes"
command -v pdftotext >/dev/null 2>&1 || need="yes"   # the report tests read PDFs back
[ -z "$need" ] && exit 0
# The xcb libraries are for a real window (make run); tests run offscreen without them.
pkgs="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
      libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
      libxcb-xinerama0 libxcb-xkb1 libxcb-shape0 libxcb-randr0 fonts-dejavu-core poppler-utils"
echo "Installing system libraries Qt needs: $pkgs"
if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $pkgs >/dev/null
