#!/usr/bin/env bash
# Records a run with the Python recorder (examples/record_cnn.py, Debian's python3-torch and
# python3-h5py) while `trainscope info` follows it live, checks its layout with plain h5py, and
# compares `trainscope interpolate`, `trainscope sharpness` (double backprop through the
# TorchScript model) and a 21×21 `trainscope landscape` (random filter-normalised directions
# from a loss-landscape direction file) with the same quantities computed in PyTorch.
# usage: recorder_test.sh TRAINSCOPE PYTHON SOURCE_DIR WORKDIR
set -euo pipefail
exe=$1 py=$2 src=$3 work=$4
mkdir -p "$work"
run="$work/cnn.h5"
rm -f "$run"
# Train with a delay per step and follow the file while it is written: a reader must see
# checkpoints arrive while the status still says running.
PYTHONPATH="$src/python" "$py" "$src/examples/record_cnn.py" "$run" --steps 150 --every 50 --delay 0.06 &
writer=$!
seen_live=0
for _ in $(seq 1 600); do
  if [ -s "$run" ] && "$exe" info "$run" --json > "$work/live.json" 2>/dev/null &&
     "$py" -c "import json,sys; j=json.load(open(sys.argv[1])); sys.exit(0 if j['status']=='running' and len(j['checkpoint_steps'])>=1 else 1)" "$work/live.json"; then
    seen_live=1
    break
  fi
  sleep 0.1
done
wait "$writer"
[ "$seen_live" = 1 ] || { echo "never saw the run live with a checkpoint" >&2; exit 1; }
echo "followed live: $(cat "$work/live.json" | head -c 200)"
"$py" "$src/tests/python/check_run_layout.py" "$run"
"$exe" info "$run" | tee "$work/info.txt"
grep -q torchscript "$work/info.txt"
"$exe" interpolate "$run" --from first --to last --points 11 --range -0.5:1.5 --json > "$work/interp.json"
"$py" "$src/tests/python/check_recorded_run.py" "$run" "$work/interp.json"
"$exe" sharpness "$run" --checkpoint last --top 5 --json > "$work/sharpness.json"
"$py" "$src/tests/python/check_recorded_sharpness.py" "$run" "$work/sharpness.json"
"$py" "$src/tests/python/check_recorded_landscape.py" write-dirs "$run" "$work/dirs.h5"
"$exe" landscape "$run" --checkpoint last --dirs "file:$work/dirs.h5" --grid 21x21 --range -1:1,-1:1 \
  --split train --out "$work/surf.h5" --quiet
"$py" "$src/tests/python/check_recorded_landscape.py" check "$run" "$work/dirs.h5" "$work/surf.h5"
