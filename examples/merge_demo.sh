#!/usr/bin/env bash
# Model merging demo (docs/merging.md): two runs from one initialisation on two tasks of the
# same inputs, a + b and a × b mod 23, merged by every method and evaluated on both tasks,
# and the task-vector landscape of θ0 + λ1·τ+ + λ2·τ× on both test splits. About a minute on
# two cores.
# usage: examples/merge_demo.sh [TRAINSCOPE] [WORKDIR]
set -euo pipefail
ts=${1:-build/release/app/trainscope}
ts=$(realpath "$ts")
work=${2:-merge-demo}
mkdir -p "$work" && cd "$work"
common=(--task modular --model tickets_mlp --set p=23 --set train_frac=0.5 --set embed=64 --set hidden=48
        --set optimizer=adamw --set lr=0.01 --set beta2=0.98 --set weight_decay=1 --steps 1500
        --set checkpoints=every:500 --seed 0 --threads 1 --quiet)
"$ts" train "${common[@]}" --set op=+ --out add.h5
"$ts" train "${common[@]}" --set op='*' --init add.h5@0 --out mul.h5

# Every model evaluated on both tasks: the merged run carries the data of --data.
row() { # name, merge arguments...
  local name=$1; shift
  local plus times
  plus=$("$ts" merge "$@" --data add.h5 --out m.h5 --quiet --json)
  times=$("$ts" merge "$@" --data mul.h5 --out m.h5 --quiet --json)
  /usr/bin/python3 - "$name" "$plus" "$times" <<'PY'
import json, sys
name, p, t = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
print(f"| {name} | {p['splits']['train']['accuracy']:.3f} | {p['splits']['test']['accuracy']:.3f} | "
      f"{t['splits']['train']['accuracy']:.3f} | {t['splits']['test']['accuracy']:.3f} |")
PY
}
echo "| model | a+b train | a+b test | a×b train | a×b test |"
echo "|---|---|---|---|---|"
row "θ0 (shared initialisation)" add.h5@0 --method average
row "run a+b (τ+)" add.h5 --method average
row "run a×b (τ×)" mul.h5 --method average
row "average" add.h5 mul.h5 --method average
row "task arithmetic λ=1" add.h5 mul.h5 --method task-arithmetic
row "task arithmetic λ=0.5" add.h5 mul.h5 --method task-arithmetic --lambda 0.5
row "TIES λ=1, trim 0.2" add.h5 mul.h5 --method ties
row "TIES λ=0.5, trim 0.2" add.h5 mul.h5 --method ties --lambda 0.5
row "TIES λ=1, trim 1" add.h5 mul.h5 --method ties --trim 1
row "DARE p=0.9, sum" add.h5 mul.h5 --method dare
row "DARE p=0.5, sum, λ=0.5" add.h5 mul.h5 --method dare --drop 0.5 --lambda 0.5
row "DARE p=0.5, TIES" add.h5 mul.h5 --method dare --drop 0.5 --combine ties
rm -f m.h5

# The task landscape on each task's test split: x = λ for τ+, y = λ for τ×.
for t in add mul; do
  "$ts" landscape $t.h5 --checkpoint 0 --dirs task:add.h5,mul.h5 --grid 21x21 --split test --quiet --out task-$t.h5 >/dev/null
done
/usr/bin/python3 - <<'PY'
import h5py, numpy as np
def grid(path):
    with h5py.File(path, "r") as f:
        x, y = f["xcoordinates"][:], f["ycoordinates"][:]
        acc = f["test_acc"][:].reshape(len(y), len(x)) / 100  # x fastest (loss-landscape's layout)
    return x, y, acc
x, y, plus = grid("task-add.h5")
_, _, times = grid("task-mul.h5")
def at(a, l1, l2):
    return a[np.argmin(abs(y - l2)), np.argmin(abs(x - l1))]
print("\nTask landscape (test accuracy a+b / a×b):")
for l1, l2 in [(0, 0), (1, 0), (0, 1), (0.5, 0.5), (1, 1)]:
    print(f"  λ+={l1:4.2f} λ×={l2:4.2f}: {at(plus, l1, l2):.3f} / {at(times, l1, l2):.3f}")
worst = np.minimum(plus, times)
iy, ix = np.unravel_index(np.argmax(worst), worst.shape)
print(f"  best min over the grid at λ+={x[ix]:.2f} λ×={y[iy]:.2f}: {plus[iy, ix]:.3f} / {times[iy, ix]:.3f}")
PY
