#!/usr/bin/env bash
# Runs the benchmarks against their PyTorch peers on this machine, one run each, and prints
# the numbers recorded in docs/benchmarks.md. Needs a release build (tools/test.sh makes one).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build/release}
ninja -C "$build" bench_grokking_step >/dev/null
py=/usr/bin/python3
echo "# grokking demo training step (full batch, AdamW), median ms/step"
for t in 1 2; do
  "$build/bench/bench_grokking_step" --threads "$t" --steps 300
  "$py" bench/pytorch_grokking_step.py --threads "$t" --steps 300
done
