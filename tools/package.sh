#!/usr/bin/env bash
# Builds the Debian package build/release/package/trainscope_<version>_amd64.deb from the
# release build: installs it into a staging folder (stripped) and packs that with CPack's DEB
# generator, which computes the dependencies with dpkg-shlibdeps (docs/packaging.md).
# Then: sudo apt install ./build/release/package/trainscope_*.deb
# usage: tools/package.sh [--no-build]   (--no-build: use the build as it is; the tests do)
# TRAINSCOPE_BUILD_DIR: another configured build to pack (with --no-build).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${TRAINSCOPE_BUILD_DIR:-$PWD/build/release}
if [ "${1:-}" != --no-build ]; then
  bash tools/install-deps.sh # help2man, dpkg-dev (dpkg-shlibdeps), ...
  # Only what the package holds (after tools/test.sh, nothing is left to build).
  bash tools/build.sh trainscope trainscope_manpage trainscope_changelog
fi
stage=$build/package/stage
rm -rf "$stage" "$build"/package/trainscope_*.deb
cmake --install "$build" --prefix "$stage/usr" --strip >/dev/null
# The staged tree is packed as it is (under /usr): no second install by CPack, no build.
(cd "$build" && cpack -G DEB -D CPACK_INSTALL_CMAKE_PROJECTS= -D "CPACK_INSTALLED_DIRECTORIES=$stage;.")
rm -rf "$stage" "$build/package/_CPack_Packages"
deb=$(ls "$build"/package/trainscope_*_amd64.deb)
echo "package: $deb ($(du -h "$deb" | cut -f1))"
