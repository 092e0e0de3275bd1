#!/usr/bin/env bash
# Re-renders the image baselines of `trainscope render` (tests/baselines/*.png) after an
# intended change of a figure. With --fixtures it first trains the fixture runs and computes
# the surface again (after a run-format change); new fixtures need new baselines.
# Look at the new images before committing them (docs/testing.md).
# usage: tools/update-baselines.sh [--fixtures]
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/build.sh trainscope app_test_render_baselines
exe=build/release/app/trainscope
if [ "${1:-}" = "--fixtures" ]; then
  f=tests/baselines/fixtures
  mkdir -p "$f"
  rm -f "$f/grokking.h5" "$f/moe.h5" "$f/surface.h5"
  # Small grokking run: a+b mod 47 with the demo's optimiser, few checkpoints (a small file).
  "$exe" train --demo grokking --set p=47 --set train_frac=0.5 --set embed=32 --set hidden=32 --set steps=1500 \
    --set checkpoints=log:12 --quiet --out "$f/grokking.h5"
  "$exe" train --demo moe --set p=23 --set embed=32 --set hidden=16 --set steps=300 \
    --set checkpoints=every:100 --quiet --out "$f/moe.h5"
  "$exe" landscape "$f/grokking.h5" --checkpoint last --dirs pca --grid 21x21 --range auto \
    --split train --out "$f/surface.h5"
fi
TRAINSCOPE_UPDATE_BASELINES=1 ctest --preset release -R render_baselines --output-on-failure
git status --short tests/baselines 2>/dev/null || true
