#!/usr/bin/env bash
# Li et al.'s own plot_surface.py against `trainscope landscape` on BatchNorm ResNets
# (docs/benchmarks.md, "Li et al.'s plot_surface on a BatchNorm ResNet"):
#  1. ResNet-8 width 4 on Fashion-MNIST: an 11x11 random filter-normalised plane (biasbn),
#     TrainScope's surface and directions, then bench/li_parity.py runs Li's crunch() with
#     that direction file on the same checkpoint, statistics and 256 images; they must agree
#     within 1e-4 (relative loss) and exactly in accuracy.
#  2. ResNet-20 width 8 on 1,000 images, a 3x3 grid: the same check, and the throughput of
#     both evaluations (images/s) on the same thread count.
# Loss-landscape is used from a checkout, never copied:
#     git clone https://github.com/tomgoldstein/loss-landscape DIR
# Its plot_surface.py imports torchvision, sklearn, matplotlib, seaborn and mpi4py (Debian:
# python3-torchvision python3-sklearn python3-matplotlib python3-seaborn python3-mpi4py).
# usage: bench/li_parity.sh --loss-landscape DIR [--threads 2] [--work DIR] [--parity-only]
# TRAINSCOPE=path/to/trainscope overrides build/release/app/trainscope.
set -euo pipefail
cd "$(dirname "$0")/.."
ll="" threads=2 work="" timing=1
while [ $# -gt 0 ]; do
  case "$1" in
    --loss-landscape) ll=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --parity-only) timing=0; shift ;;
    *) echo "usage: $0 --loss-landscape DIR [--threads N] [--work DIR] [--parity-only]" >&2; exit 2 ;;
  esac
done
[ -f "$ll/plot_surface.py" ] || { echo "li_parity: --loss-landscape DIR must be a checkout of tomgoldstein/loss-landscape" >&2; exit 2; }
ts=${TRAINSCOPE:-build/release/app/trainscope}
py=/usr/bin/python3  # Debian's python3-torch, the same LibTorch as TrainScope's
if [ -z "$work" ]; then work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; fi

# One surface: train, landscape (timed by TrainScope itself), Li's crunch on the same plane.
# args: NAME IMAGES GRID STEPS MODEL-SETTINGS...
surface() {
  local name=$1 images=$2 grid=$3 steps=$4; shift 4
  "$ts" train --task fashion_mnist --model resnet "$@" --set subset=1024 --set test_subset=256 \
    --set optimizer=sgd --set momentum=0.9 --set lr=0.05 --set batch_size=128 --steps "$steps" \
    --set checkpoints=linear:4 --threads "$threads" --quiet --out "$work/$name.h5"
  echo "load: $(uptime | sed 's/.*load average: //')"
  "$ts" landscape "$work/$name.h5" --checkpoint last --dirs random --norm filter --ignore biasbn \
    --grid "$grid" --range -1:1 --split train --subset "$images" --threads "$threads" \
    --save-dirs "$work/$name-dirs.h5" --out "$work/$name-surf.h5" --json >"$work/$name.json"
  "$py" -c 'import json, sys; j = json.load(open(sys.argv[1])); n = int(sys.argv[2])
print("  TrainScope landscape, %s threads: %.2f s for %d points = %.2f points/s = %.0f images/s (%s evaluator)" % (
      sys.argv[3], j["seconds"], j["computed"], j["points_per_second"], j["points_per_second"] * n, j["method"]))' \
    "$work/$name.json" "$images" "$threads"
  echo "load: $(uptime | sed 's/.*load average: //')"
  "$py" bench/li_parity.py "$work/$name.h5" "$work/$name-dirs.h5" "$work/$name-surf.h5" \
    --loss-landscape "$ll" --subset "$images" --threads "$threads"
  echo "load: $(uptime | sed 's/.*load average: //')"
}

echo "# ResNet-8 width 4, 11x11 plane, 256 training images (parity)"
surface resnet8 256 11x11 60 --set depth=8 --set width=4
if [ "$timing" = 1 ]; then
  echo "# ResNet-20 width 8, 3x3 plane, 1,000 training images (throughput, and parity)"
  surface resnet20 1000 3x3 60 --set depth=20 --set width=8
fi
