#!/usr/bin/env bash
# BatchNorm state end to end (issue 17): a CNN with two BatchNorm layers trained in PyTorch
# and recorded with the Recorder, then the same checkpoints imported from state dicts; every
# checkpoint's eval-mode (and train-mode) loss from `trainscope evaluate` must equal
# PyTorch's, recomputed statistics must equal update_bn, interpolated ones PyTorch's, and a
# format-1 copy must open with a plain warning.
# usage: batchnorm_test.sh TRAINSCOPE PYTHON SOURCE_DIR WORKDIR
set -euo pipefail
exe=$1 py=$2 src=$3 work=$4
check="$py $src/tests/python/check_batchnorm.py"
rm -rf "$work" && mkdir -p "$work"
run="$work/bn.h5"
PYTHONPATH="$src/python" "$py" "$src/examples/record_cnn.py" "$run" --batchnorm --steps 200 --every 50
"$py" "$src/tests/python/check_run_layout.py" "$run"
"$exe" info "$run" | tee "$work/info.txt"
grep -q "buffers:        6 tensors" "$work/info.txt"

echo "== every checkpoint in eval and train mode"
"$exe" evaluate "$run" --json > "$work/eval.json"
$check evaluate "$run" "$work/eval.json" eval
"$exe" evaluate "$run" --mode train --json > "$work/eval_train.json"
$check evaluate "$run" "$work/eval_train.json" train

echo "== points between checkpoints"
"$exe" interpolate "$run" --from 50 --to last --range 0:1 --points 5 --bn recompute:384 --json > "$work/recompute.json"
$check update-bn "$run" "$work/recompute.json" 384
"$exe" interpolate "$run" --from 50 --to last --range 0:1 --points 5 --bn interpolate --json > "$work/interpolate.json"
$check interpolate-bn "$run" "$work/interpolate.json"

echo "== imported from state dicts"
$check export "$run" "$work/import"
"$exe" import --checkpoints "$work/import/pt" --model "$work/import/model.pt" --data "$work/import/data.pt" \
  --out "$work/imported.h5"
"$exe" evaluate "$work/imported.h5" --json > "$work/eval_imported.json"
$check evaluate "$work/imported.h5" "$work/eval_imported.json" eval

echo "== a format-1 file"
cp "$run" "$work/v1.h5"
$check downgrade "$work/v1.h5"
"$exe" info "$work/v1.h5" | tee "$work/info_v1.txt"
grep -q "format-1 run file" "$work/info_v1.txt"
"$exe" evaluate "$work/v1.h5" --json > "$work/eval_v1.json"
grep -q '"warning":' "$work/eval_v1.json"
echo "batchnorm_test: all checks passed"
