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
echo "# ResNet-20 width 8, 1x28x28, batch 128: SGD-momentum training step and eval throughput"
ninja -C "$build" bench_resnet_step >/dev/null
for t in 1 2; do
  "$build/bench/bench_resnet_step" --threads "$t" --steps 30
  "$py" bench/pytorch_resnet_step.py --threads "$t" --steps 30
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

echo "# 51x51 train-loss surface, random filter-normalised plane, 1 thread (docs/benchmarks.md)"
ninja -C "$build" bench_landscape >/dev/null
tmp=$(mktemp -d)
"$build/bench/bench_landscape" "$tmp/grok.h5" --train grokking --threads 1 --dirs-out "$tmp/grok-dirs.h5" --surface-out "$tmp/grok-surf.h5"
"$py" bench/pytorch_landscape.py "$tmp/grok.h5" "$tmp/grok-dirs.h5" --threads 1 --compare "$tmp/grok-surf.h5"
"$build/bench/bench_landscape" "$tmp/tf.h5" --train transformer --threads 1 --skip-naive --dirs-out "$tmp/tf-dirs.h5" --surface-out "$tmp/tf-surf.h5"
"$py" bench/pytorch_landscape.py "$tmp/tf.h5" "$tmp/tf-dirs.h5" --threads 1 --einsum --compare "$tmp/tf-surf.h5"
"$py" bench/pytorch_landscape.py "$tmp/tf.h5" "$tmp/tf-dirs.h5" --threads 1 --grid 11
rm -rf "$tmp"

echo "# Li et al.'s plot_surface.py on BatchNorm ResNets: parity and throughput (2 threads)"
# Needs a loss-landscape checkout (git clone https://github.com/tomgoldstein/loss-landscape)
# named by LOSS_LANDSCAPE; its code is run from there, never copied here.
if [ -n "${LOSS_LANDSCAPE:-}" ] && [ -f "$LOSS_LANDSCAPE/plot_surface.py" ]; then
  ninja -C "$build" trainscope >/dev/null
  TRAINSCOPE="$build/app/trainscope" bench/li_parity.sh --loss-landscape "$LOSS_LANDSCAPE" --threads 2
else
  echo "skipped: set LOSS_LANDSCAPE to a checkout of tomgoldstein/loss-landscape"
fi
