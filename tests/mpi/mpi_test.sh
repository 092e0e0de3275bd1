#!/usr/bin/env bash
# MPI (issue 13): `mpirun -n 2` and `-n 4 --oversubscribe` give the same surfaces, sharpness
# reports and interpolation sweeps as one process; bad starts give one clear error; a rank
# killed mid-surface leaves a readable partial surface that --resume completes to the same values.
# usage: mpi_test.sh TRAINSCOPE PYTHON WORKDIR
set -euo pipefail
ts=$1 py=$2 work=$3
here=$(cd "$(dirname "$0")" && pwd)
cmp_py() { "$py" "$here/compare_outputs.py" "$@"; }
rm -rf "$work" && mkdir -p "$work" && cd "$work"
# CI runs as root; OpenMPI refuses that unless told.
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
# No network interfaces needed on one machine; quiet the "no high-performance network" notice.
export OMPI_MCA_btl=self,vader OMPI_MCA_btl_base_warn_component_unused=0
mpi() { local n=$1; shift; mpirun -n "$n" --oversubscribe "$@"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

echo "== a small run"
"$ts" train --demo grokking --steps 300 --set checkpoints=every:50 --quiet --out run.h5 >/dev/null

echo "== landscape: one process, 2 ranks, 4 ranks (naive and fast evaluators)"
for ev in "--naive" ""; do
  "$ts" landscape run.h5 --grid 13x11 $ev --threads 1 --quiet --out one.h5 >/dev/null
  for n in 2 4; do
    mpi $n "$ts" landscape run.h5 --grid 13x11 $ev --threads 1 --out n$n.h5 --json >n$n.json 2>n$n.err
    [ "$(grep -c '"out"' n$n.json)" = 1 ] || fail "-n $n: expected one JSON report (rank 0), got: $(cat n$n.json)"
    cmp_py surfaces one.h5 n$n.h5 || fail "landscape ${ev:-fast} -n $n differs from one process"
  done
done

# same_report NAME ARGS...: the JSON report of one process against 2 and 4 ranks.
same_report() {
  local name=$1; shift
  "$ts" "$@" >one.json
  for n in 2 4; do
    mpi $n "$ts" "$@" >n$n.json
    cmp_py json one.json n$n.json || fail "$name -n $n differs"
  done
}
echo "== sharpness over checkpoints: one process vs 2 and 4 ranks"
same_report sharpness sharpness run.h5 --checkpoint all --top 2 --trace --probes 8 --json --quiet --threads 1
echo "== interpolation sweeps (α, layer-wise, LiNeS): one process vs 2 and 4 ranks"
same_report interpolate interpolate run.h5 --from first --to last --points 9 --layerwise --lines --json --quiet --threads 1

echo "== over batches (--batches K): a surface's mean and std maps, sharpness per batch"
"$ts" landscape run.h5 --grid 9x7 --batches 4 --threads 1 --quiet --out oneb.h5 >/dev/null
for n in 2 4; do
  mpi $n "$ts" landscape run.h5 --grid 9x7 --batches 4 --threads 1 --quiet --out nb$n.h5 >/dev/null 2>nb$n.err
  cmp_py surfaces oneb.h5 nb$n.h5 || fail "landscape --batches 4 -n $n differs from one process"
done
same_report "sharpness --batches" sharpness run.h5 --checkpoint all --every 2 --batches 3 --trace --probes 4 --json --quiet --threads 1

echo "== more ranks than grid points: one clear error, no file"
if mpi 5 "$ts" landscape run.h5 --grid 2x2 --out five.h5 >/dev/null 2>five.err; then fail "-n 5 on a 2x2 grid succeeded"; fi
[ "$(grep -c 'start at most 4' five.err)" = 1 ] || fail "expected the error once: $(cat five.err)"
[ ! -e five.h5 ] || fail "-n 5 wrote a file"
echo "== a command that does not share work, under mpirun"
if mpi 2 "$ts" train --demo grokking --steps 10 --out t.h5 >/dev/null 2>train.err; then fail "train under mpirun succeeded"; fi
grep -q "start it without mpirun" train.err || fail "no clear error for train: $(cat train.err)"

echo "== rank 1 killed mid-surface: the partial surface is kept and --resume completes it"
grid=(--grid 71x71 --naive --threads 1)
"$ts" landscape run.h5 "${grid[@]}" --quiet --out whole.h5 >/dev/null
mpi 2 "$ts" landscape run.h5 "${grid[@]}" --save-every 0.2 --quiet --out killed.h5 >/dev/null 2>killed.err &
job=$!
rank1=""
for _ in $(seq 300); do
  sleep 0.1
  if [ -z "$rank1" ]; then
    for p in $(pgrep -f "killed.h5" || true); do
      if tr '\0' '\n' <"/proc/$p/environ" 2>/dev/null | grep -qx OMPI_COMM_WORLD_RANK=1; then rank1=$p; fi
    done
  fi
  [ -n "$rank1" ] && [ -f killed.h5 ] || continue
  done_points=$(cmp_py computed killed.h5 2>/dev/null | cut -d' ' -f1 || echo 0)
  if [ "${done_points:-0}" -ge 1000 ]; then kill -9 "$rank1"; break; fi
done
[ -n "$rank1" ] || fail "rank 1 was not found"
if wait $job; then fail "the job with a killed rank reported success"; fi
cat killed.err
read -r kept total < <(cmp_py computed killed.h5)
echo "kept $kept of $total points"
[ "$kept" -ge 1000 ] && [ "$kept" -lt "$total" ] || fail "expected a partial surface, got $kept of $total"
"$ts" landscape run.h5 "${grid[@]}" --resume --quiet --out killed.h5 >/dev/null
cmp_py surfaces whole.h5 killed.h5 || fail "the resumed surface differs from one computed at once"
echo "mpi_test: all passed"
