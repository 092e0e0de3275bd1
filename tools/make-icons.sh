#!/usr/bin/env bash
# Renders TrainScope's icon (resources/desktop/icons/*.svg) to the PNG sizes of the freedesktop
# icon theme; the PNGs are checked in, so building needs no SVG renderer. Run it after changing
# the SVG. Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../resources/desktop/icons"
svg=io.github.trainscope.TrainScope.svg
for size in 16 24 32 48 64 128 256; do
  mkdir -p "${size}x${size}"
  rsvg-convert -w "$size" -h "$size" "$svg" -o "${size}x${size}/io.github.trainscope.TrainScope.png"
done
echo "make-icons: $(ls -d */ | tr -d / | tr '\n' ' ')"
