#!/usr/bin/env bash
# The desktop integration files pass Debian's validators: the desktop entry
# (desktop-file-validate, desktop-file-utils) and the AppStream metainfo as CMake writes it
# (appstreamcli validate --no-net --pedantic, appstream); hints and pedantic notes may remain,
# warnings and errors may not. The icon PNGs are the sizes their folders name.
# usage: check_desktop_files.sh SOURCE_DIR BUILD_DIR
set -uo pipefail
src=$1 build=$2
id=io.github.trainscope.TrainScope
status=0
fail() { echo "FAIL: $*" >&2; status=1; }
for tool in desktop-file-validate appstreamcli file; do
  command -v $tool >/dev/null || { echo "FAIL: $tool missing (tools/install-deps.sh installs it)" >&2; exit 1; }
done

echo "== desktop-file-validate $id.desktop"
out=$(desktop-file-validate "$src/resources/desktop/$id.desktop" 2>&1) || fail "desktop-file-validate failed"
echo "$out"
echo "$out" | grep -E ': (error|warning): ' && fail "the desktop entry has errors or warnings"
grep -qx 'Exec=trainscope %F' "$src/resources/desktop/$id.desktop" || fail "Exec is not 'trainscope %F'"
grep -q '^MimeType=.*application/x-hdf5;' "$src/resources/desktop/$id.desktop" || fail "HDF5 is not registered"
grep -q '^Categories=Education;Science;' "$src/resources/desktop/$id.desktop" || fail "categories"

echo "== appstreamcli validate $id.metainfo.xml"
metainfo="$build/resources/$id.metainfo.xml"
[ -f "$metainfo" ] || { echo "FAIL: $metainfo not written (configure)" >&2; exit 1; }
out=$(appstreamcli validate --no-net --pedantic --no-color "$metainfo" 2>&1) || fail "appstreamcli validate failed"
echo "$out"
echo "$out" | grep -E '^[EW]: ' && fail "the metainfo has errors or warnings"
shot=$(sed -n 's#.*<image>.*/\(docs/images/[^<]*\)</image>.*#\1#p' "$metainfo")
[ -n "$shot" ] && [ -f "$src/$shot" ] || fail "the metainfo's screenshot '$shot' is not in the checkout"

echo "== icons"
[ -f "$src/resources/desktop/icons/$id.svg" ] || fail "no scalable icon"
for size in 16 24 32 48 64 128 256; do
  png="$src/resources/desktop/icons/${size}x${size}/$id.png"
  file "$png" | grep -q "PNG image data, $size x $size," || fail "$png is not a ${size}x${size} PNG: $(file -b "$png")"
done
[ $status -eq 0 ] && echo "desktop files: valid"
exit $status
