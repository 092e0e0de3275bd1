#!/usr/bin/env bash
# Installs every Debian 12 package TrainScope needs to build, test and run.
# Safe to run again: apt-get skips what is already there.
# --sanitize: also clang with its sanitizer and libFuzzer runtimes (tools/sanitize.sh).
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6opengl6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-qpa-plugins
  libgl-dev libegl-dev
  libvtk9-dev
  libhdf5-dev hdf5-tools zlib1g-dev
  libtorch-dev libopenblas0-pthread
  libopenmpi-dev openmpi-bin
  libgtest-dev
  xvfb xauth fonts-dejavu-core libgl1-mesa-dri
  python3 python3-numpy python3-h5py python3-torch
  dataset-fashion-mnist
  # Installing like a desktop application (docs/packaging.md): the man page (help2man, man-db), the
  # validators of the desktop entry and AppStream metainfo, the Debian package and its checks,
  # zsh to drive its completion in the test.
  help2man man-db groff-base desktop-file-utils appstream
  dpkg-dev lintian file zsh
  # The LaTeX export's test compiles every chart kind with pdflatex: article and pgfplots only.
  texlive-latex-base texlive-pictures
)
if [ "${1:-}" = --sanitize ]; then
  PACKAGES+=(clang libclang-rt-14-dev)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
