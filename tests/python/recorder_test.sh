#!/usr/bin/env bash
# Records a run with the Python recorder (examples/record_cnn.py, Debian's python3-torch and
# python3-h5py), checks its layout with plain h5py, opens it with `trainscope info`, and
# compares `trainscope interpolate` with the same interpolation computed in PyTorch.
# usage: recorder_test.sh TRAINSCOPE PYTHON SOURCE_DIR WORKDIR
set -euo pipefail
exe=$1 py=$2 src=$3 work=$4
mkdir -p "$work"
run="$work/cnn.h5"
PYTHONPATH="$src/python" "$py" "$src/examples/record_cnn.py" "$run" --steps 150 --every 50
"$py" "$src/tests/python/check_run_layout.py" "$run"
"$exe" info "$run" | tee "$work/info.txt"
grep -q torchscript "$work/info.txt"
"$exe" interpolate "$run" --from first --to last --points 11 --range -0.5:1.5 --json > "$work/interp.json"
"$py" "$src/tests/python/check_recorded_run.py" "$run" "$work/interp.json"
