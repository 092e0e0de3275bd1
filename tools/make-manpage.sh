#!/usr/bin/env bash
# Writes trainscope.1 (and trainscope.1.gz) from the program's own usage texts with help2man:
# `trainscope --help` for the synopsis and command list, then every subcommand that
# `trainscope help` lists with its `--help`, so the page cannot drift from the program.
# usage: make-manpage.sh HELP2MAN TRAINSCOPE OUT.1
set -euo pipefail
help2man=$1 exe=$2 out=$3
mkdir -p "$(dirname "$out")"
include=$(mktemp)
helps=$(mktemp -d)
trap 'rm -rf "$include" "$helps"' EXIT
# No window and no MPI for the usage texts; a fixed locale keeps the page reproducible.
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY

# roff-safe verbatim text: backslashes as \e, minus signs as \- (ASCII in the rendered page,
# so options can be searched and pasted), lines starting with . or ' protected.
verbatim() { sed -e 's/\\/\\e/g' -e 's/-/\\-/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }

commands=$("$exe" help | sed -n '/^commands:/,/^$/p' | awk '/^  [a-z]/ {print $1}' | grep -vx help)
# Every subcommand's --help, four at a time (each start of trainscope loads LibTorch and Qt);
# the compute build answers `render --help` with its absence (exit code 2), which is kept.
export exe helps
echo "$commands" | xargs -P 4 -I{} sh -c '"$exe" {} --help > "$helps/{}" 2>&1 || true'
{
  echo "[NAME]"
  echo "trainscope \\- see how neural networks train"
  echo "[DESCRIPTION]"
  echo "TrainScope runs training jobs through a LibTorch engine, or opens recorded runs, stores"
  echo "them as HDF5 run files, shows them live in a Qt desktop application and analyses them:"
  echo "interpolation and mode connectivity, loss landscapes, Hessian sharpness, grokking and"
  echo "mixture-of-experts routing. Without a subcommand it starts the desktop application with"
  echo "the run files given; without a display it trains the grokking demo headless and writes"
  echo "its figures."
  echo "[COMMANDS]"
  for c in $commands; do
    echo ".SS $c"
    echo ".nf"
    verbatim < "$helps/$c"
    echo ".fi"
  done
  echo "[EXIT STATUS]"
  echo "0 success; 2 a usage or configuration error, or a file that cannot be read (nothing"
  echo "written); 3 a failure (a training stopped by a NaN loss, an internal error);"
  echo "130 interrupted (Ctrl-C; the files left are complete)."
  echo "[FILES]"
  echo ".TP"
  echo ".I ~/.config/TrainScope/TrainScope.conf"
  echo "settings of the desktop application"
  echo "[SEE ALSO]"
  echo "The documentation in the source repository (docs/), and"
  echo ".BR mpirun (1)"
  echo "for the distributed landscape, sharpness and interpolate."
} > "$include"

"$help2man" --no-info --no-discard-stderr --locale=C.UTF-8 --section=1 --source=TrainScope \
  --name="see how neural networks train" --include="$include" --output="$out" "$exe"
# The usage texts have UTF-8 (θ, α): say so, for man's preconv.
sed -i "1i '\\\\\" -*- coding: utf-8 -*-" "$out"
gzip -9nc "$out" > "$out.gz"
