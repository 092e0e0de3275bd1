#!/usr/bin/env bash
# CPU against CUDA (docs/devices.md): trains small runs on the CPU (an MLP on token and on
# feature inputs, the grokking tickets MLP, a transformer and the XOR ReLU net; and, when a
# python3 with torch and h5py is at hand, records a BatchNorm CNN as TorchScript), then runs
# evaluate, interpolate (linear, layer-wise, LiNeS, layer sharpness, Bezier), sharpness
# (Lanczos and power, trace, density, adaptive) and landscape (every plane evaluator: mlp,
# tickets_mlp, transformer and torchscript, and the naive one) on each with --device cpu and
# --device cuda, and prints a table of the largest differences against float32 tolerances,
# then the time of each command on both devices.
# Needs a TrainScope built against a CUDA LibTorch (Debian's is CPU-only) and a GPU; python3
# (json from the standard library; h5py, when present, to compare surfaces point by point,
# otherwise their JSON summaries). With --device cpu it checks itself: every difference is 0.
# usage: TRAINSCOPE=path/to/trainscope bench/cuda_check.sh [--device cuda:N] [--work DIR] [--quick]
# Exit code 0: every number within tolerance; 1: some differ; 2: setup failed (no CUDA, ...).
set -euo pipefail
cd "$(dirname "$0")/.."
device=cuda work="" quick=0
while [ $# -gt 0 ]; do
  case "$1" in
    --device) device=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --quick) quick=1; shift ;;
    *) echo "usage: TRAINSCOPE=path/to/trainscope $0 [--device cuda:N] [--work DIR] [--quick]" >&2; exit 2 ;;
  esac
done
ts=${TRAINSCOPE:-build/release/app/trainscope}
[ -x "$ts" ] || { echo "cuda_check: $ts is not an executable (set TRAINSCOPE=path/to/trainscope)" >&2; exit 2; }
if [ -z "$work" ]; then work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; fi
mkdir -p "$work"
steps=300 grid=15x15
if [ "$quick" = 1 ]; then steps=100 grid=7x7; fi

# Small runs, trained on the CPU so both devices analyse the same checkpoints.
train() {
  local name=$1; shift
  "$ts" train "$@" --set checkpoints=linear:4 --quiet --out "$work/$name.h5"
}
train mlp-tokens --task modular --model mlp --set p=23 --set widths=64 --steps "$steps"
train mlp-features --task spirals --model mlp --set widths=32,32 --steps "$steps"
train tickets --task modular --model tickets_mlp --set p=23 --set embed=64 --set hidden=16 --steps "$steps"
train transformer --task modular --model transformer --set p=23 --set d_model=32 --set heads=4 --set d_mlp=64 \
  --steps "$steps"
train xor --demo xor --set dim=200 --steps 50
runs="mlp-tokens mlp-features tickets transformer xor"
# A CNN with BatchNorm recorded from PyTorch as TorchScript (the torchscript plane, BatchNorm
# statistics on the device), when a python3 with torch and h5py is at hand.
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'import torch, h5py' 2>/dev/null; then
    PYTHONPATH=python "$candidate" examples/record_cnn.py "$work/cnn.h5" --steps 60 --every 20 --batchnorm >/dev/null
    runs="$runs cnn"
    break
  fi
done

# The device must work before anything is compared.
if ! err=$("$ts" evaluate "$work/tickets.h5" --checkpoint last --device "$device" --json --quiet 2>&1 >/dev/null); then
  echo "cuda_check: --device $device does not work with $ts:" >&2
  echo "$err" >&2
  exit 2
fi

# One command on both devices: NAME.cpu.json and NAME.gpu.json (landscapes also write
# NAME.cpu.h5 and NAME.gpu.h5), and the milliseconds each took.
: >"$work/times.txt"
both() {
  local name=$1; shift
  local tag d t0 t1 out=()
  for tag in cpu gpu; do
    d=cpu; [ "$tag" = cpu ] || d=$device
    case "$name" in *landscape*) out=(--out "$work/$name.$tag.h5") ;; esac
    t0=$(date +%s%N)
    if ! "$@" --device "$d" --json --quiet ${out[@]+"${out[@]}"} >"$work/$name.$tag.json" 2>"$work/$name.$tag.err"; then
      echo "cuda_check: $name with --device $d failed:" >&2
      cat "$work/$name.$tag.err" >&2
      exit 2
    fi
    t1=$(date +%s%N)
    echo "$name $tag $(( (t1 - t0) / 1000000 ))" >>"$work/times.txt"
  done
}
# Training on both devices from the same seed: the same initial weights, close weights after
# 20 full-batch Adam steps (both evaluated on the CPU).
for tag in cpu gpu; do
  d=cpu; [ "$tag" = cpu ] || d=$device
  t0=$(date +%s%N)
  "$ts" train --task modular --model tickets_mlp --set p=23 --set embed=64 --set hidden=16 --steps 20 \
    --set checkpoints=linear:2 --device "$d" --quiet --out "$work/trained-$tag.h5"
  t1=$(date +%s%N)
  echo "train $tag $(( (t1 - t0) / 1000000 ))" >>"$work/times.txt"
  "$ts" evaluate "$work/trained-$tag.h5" --json --quiet >"$work/trained.evaluate.$tag.json"
done
for r in $runs; do
  run="$work/$r.h5"
  both "$r.evaluate" "$ts" evaluate "$run"
  both "$r.interpolate" "$ts" interpolate "$run" --from first --to last --points 11 --layerwise --lines \
    --layer-sharpness --bezier 20
  both "$r.sharpness" "$ts" sharpness "$run" --checkpoint all --top 2 --trace --probes 20 --density \
    --adaptive avg
  both "$r.sharpness-power" "$ts" sharpness "$run" --checkpoint last --top 2 --method power --iterations 30 \
    --adaptive max --per-layer
  both "$r.landscape" "$ts" landscape "$run" --grid "$grid" --seed 1
  both "$r.landscape-naive" "$ts" landscape "$run" --grid "$grid" --seed 1 --naive
done

py=python3 # one with h5py compares surfaces point by point
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'import h5py' 2>/dev/null; then py=$candidate; break; fi
done
"$py" - "$work" $runs <<'EOF'
import json, math, os, sys

work, runs = sys.argv[1], sys.argv[2:]
try:
    import h5py
except ImportError:
    h5py = None
rows, failed = [], False

def flat(x):
    if isinstance(x, (int, float)) and not isinstance(x, bool):
        return [float(x)]
    if isinstance(x, list):
        return [v for e in x for v in flat(e)]
    return []

def compare(run, check, what, a, b, rtol, atol):
    """Rows of max |Δ| and max relative Δ; within tolerance when |Δ| <= atol + rtol·|cpu|."""
    global failed
    a, b = flat(a), flat(b)
    if len(a) != len(b):
        rows.append((run, check, what, len(a), "shape", "", "", "DIFFERS"))
        failed = True
        return
    worst_abs = worst_rel = 0.0
    ok = True
    for x, y in zip(a, b):
        if math.isnan(x) and math.isnan(y):
            continue
        d = abs(x - y) if math.isfinite(x) and math.isfinite(y) else (0.0 if x == y else math.inf)
        worst_abs = max(worst_abs, d)
        worst_rel = max(worst_rel, d / abs(x) if x != 0 else (0.0 if d == 0 else math.inf))
        ok = ok and d <= atol + rtol * abs(x)
    failed = failed or not ok
    rows.append((run, check, what, len(a), f"{worst_abs:.2e}", f"{worst_rel:.2e}", f"{rtol:g}+{atol:g}",
                 "ok" if ok else "DIFFERS"))

LOSS = (1e-4, 1e-5)   # float32 rounding through a forward pass, summed in another order
ACC = (0.0, 0.01)     # a sample whose logit margin is within rounding may flip
EIGEN = (1e-4, 1e-6)  # Lanczos: converged Ritz values
LOOSE = (1e-3, 1e-5)  # iterations that stop on a tolerance (power), trained curves (Bezier)

def load(run, check, tag):
    with open(os.path.join(work, f"{run}.{check}.{tag}.json")) as f:
        return json.load(f)

c, g = load("trained", "evaluate", "cpu"), load("trained", "evaluate", "gpu")
for pc, pg in zip(c["checkpoints"], g["checkpoints"]):
    tol = (0.0, 0.0) if pc["step"] == 0 else LOOSE  # initialised on the CPU on both devices
    for split in pc["splits"]:
        compare("tickets", "train", f"step {pc['step']} {split} loss", pc["splits"][split]["loss"],
                pg["splits"][split]["loss"], *tol)

for run in runs:
    c, g = load(run, "evaluate", "cpu"), load(run, "evaluate", "gpu")
    for pc, pg in zip(c["checkpoints"], g["checkpoints"]):
        for split in pc["splits"]:
            compare(run, "evaluate", f"step {pc['step']} {split} loss", pc["splits"][split]["loss"],
                    pg["splits"][split]["loss"], *LOSS)
            compare(run, "evaluate", f"step {pc['step']} {split} acc", pc["splits"][split]["accuracy"],
                    pg["splits"][split]["accuracy"], *ACC)

    c, g = load(run, "interpolate", "cpu"), load(run, "interpolate", "gpu")
    for split in c["splits"]:
        compare(run, "interpolate", f"{split} loss", c["splits"][split]["loss"], g["splits"][split]["loss"], *LOSS)
        compare(run, "interpolate", f"{split} acc", c["splits"][split]["accuracy"], g["splits"][split]["accuracy"], *ACC)
    compare(run, "interpolate", "barrier", c["barrier"]["value"], g["barrier"]["value"], *LOSS)
    compare(run, "interpolate", "layer-wise loss", c["layerwise"]["loss"], g["layerwise"]["loss"], *LOSS)
    for split in c["lines"]["splits"]:
        compare(run, "interpolate", f"LiNeS {split} loss", c["lines"]["splits"][split]["loss"],
                g["lines"]["splits"][split]["loss"], *LOSS)
    compare(run, "interpolate", "layer sharpness (power)", [l["lambda_max"] for l in c["layer_sharpness"]["layers"]],
            [l["lambda_max"] for l in g["layer_sharpness"]["layers"]], *LOOSE)
    compare(run, "interpolate", "Bezier curve loss", c["bezier"]["curve_loss"], g["bezier"]["curve_loss"], *LOOSE)

    c, g = load(run, "sharpness", "cpu"), load(run, "sharpness", "gpu")
    for pc, pg in zip(c["checkpoints"], g["checkpoints"]):
        s = f"step {pc['step']}"
        compare(run, "sharpness", f"{s} eigenvalues (Lanczos)", pc["eigenvalues"], pg["eigenvalues"], *EIGEN)
        se = pc["trace"]["standard_error"]
        compare(run, "sharpness", f"{s} trace", pc["trace"]["mean"], pg["trace"]["mean"], 1e-4, 1e-3 * se + 1e-9)
        peak = max(pc["density"]["density"]) if pc["density"]["density"] else 1.0
        compare(run, "sharpness", f"{s} density", pc["density"]["density"], pg["density"]["density"], 0.0, 1e-3 * peak)
        compare(run, "sharpness", f"{s} adaptive average", pc["adaptive_average"]["value"],
                pg["adaptive_average"]["value"], 1e-3, 1e-5)
    c, g = load(run, "sharpness-power", "cpu"), load(run, "sharpness-power", "gpu")
    for pc, pg in zip(c["checkpoints"], g["checkpoints"]):
        s = f"step {pc['step']}"
        compare(run, "sharpness", f"{s} eigenvalues (power)", pc["eigenvalues"], pg["eigenvalues"], *LOOSE)
        compare(run, "sharpness", f"{s} adaptive worst case", pc["adaptive_worst"]["value"],
                pg["adaptive_worst"]["value"], *LOOSE)
        compare(run, "sharpness", f"{s} per-layer lambda_max", [l["lambda_max"] for l in pc["per_layer"]],
                [l["lambda_max"] for l in pg["per_layer"]], *LOOSE)
        compare(run, "sharpness", f"{s} per-layer trace", [l["trace"] for l in pc["per_layer"]],
                [l["trace"] for l in pg["per_layer"]], 1e-4, 1e-6)

    for check in ("landscape", "landscape-naive"):
        c, g = load(run, check, "cpu"), load(run, check, "gpu")
        label = f"{check} ({c['method']})"
        # The torchscript plane times freezing at the first point, so frozen or plain may differ;
        # the kind of evaluator may not.
        if c["method"].split()[0] != g["method"].split()[0]:
            rows.append((run, label, "evaluator", 1, g["method"], "", "", "DIFFERS"))
            failed = True
        compare(run, label, "trajectory losses", [p["loss"] for p in c["trajectory"]],
                [p["loss"] for p in g["trajectory"]], *LOSS)
        if h5py is None:
            compare(run, label, "loss min, max (no h5py)", [c["loss_min"], c["loss_max"]], [g["loss_min"], g["loss_max"]],
                    *LOSS)
            continue
        with h5py.File(os.path.join(work, f"{run}.{check}.cpu.h5"), "r") as fc, \
             h5py.File(os.path.join(work, f"{run}.{check}.gpu.h5"), "r") as fg:
            split = c["split"]
            compare(run, label, f"{split}_loss, every point", fc[f"{split}_loss"][()].tolist(),
                    fg[f"{split}_loss"][()].tolist(), *LOSS)
            compare(run, label, f"{split}_acc, every point (%)", fc[f"{split}_acc"][()].tolist(),
                    fg[f"{split}_acc"][()].tolist(), 0.0, 100 * ACC[1])

head = ("run", "check", "quantity", "n", "max |cpu-gpu|", "max rel", "rtol+atol", "")
width = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
line = lambda r: "  ".join(str(v).ljust(width[i]) for i, v in enumerate(r)).rstrip()
print(line(head))
for r in rows:
    print(line(r))

times = {}
with open(os.path.join(work, "times.txt")) as f:
    for l in f:
        name, tag, ms = l.split()
        times.setdefault(name, {})[tag] = float(ms) / 1000
print("\nseconds per command (process start included)")
print(f"{'command':<32} {'cpu':>8} {'gpu':>8}")
for name, t in times.items():
    print(f"{name:<32} {t.get('cpu', math.nan):8.2f} {t.get('gpu', math.nan):8.2f}")
bad = sum(r[-1] != "ok" for r in rows)
print(f"\n{len(rows) - bad} of {len(rows)} comparisons within tolerance" + ("" if h5py else
      " (no h5py: surfaces compared by their JSON summaries)"))
sys.exit(1 if failed else 0)
EOF
