#!/usr/bin/env bash
# Runs the benchmarks against their PyTorch peers on this machine, one run each, and prints
# the numbers recorded in docs/benchmarks.md. Needs a release build (tools/test.sh makes one).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build/release}
ninja -C "$build" bench_grokking_step bench_sharpness bench_decimation_redraw bench_import_checkpoint >/dev/null
py=/usr/bin/python3
echo "# grokking demo training step (full batch, AdamW), median ms/step"
for t in 1 2; do
  "$build/bench/bench_grokking_step" --threads "$t" --steps 300
  "$py" bench/pytorch_grokking_step.py --threads "$t" --steps 300 --assoc left
  "$py" bench/pytorch_grokking_step.py --threads "$t" --steps 300 --assoc inner
done
echo "# sharpness on the grokking model: lambda_max (20 power iterations), trace (100 probes)"
"$build/bench/bench_sharpness" --repeats 3
"$py" bench/pytorch_sharpness.py --repeats 3 --assoc inner
"$py" bench/pytorch_sharpness.py --repeats 3 --assoc left
echo "# chart redraw, 1,000,000 points"
QT_QPA_PLATFORM=offscreen "$build/bench/bench_decimation_redraw"
echo "# importing a GPT-2-small-sized checkpoint (.pt and .safetensors) vs torch.load"
big=$(mktemp -d)
"$py" bench/make_big_checkpoint.py "$big"
"$build/bench/bench_import_checkpoint" "$big/gpt2.pt" "$big/gpt2.safetensors" --repeats 7
"$py" bench/pytorch_load.py "$big/gpt2.pt" --repeats 7
rm -rf "$big"
