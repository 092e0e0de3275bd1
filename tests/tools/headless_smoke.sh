#!/usr/bin/env bash
# The compute build (TRAINSCOPE_GUI=OFF, issue 13): `trainscope` links no Qt, VTK or X; every
# compute subcommand works (train, info, evaluate, interpolate, sharpness, influence, landscape, merge,
# grokking, tickets, sweep, pathways, import); `render` and the window say clearly that they are absent;
# a build without MPI refuses a multi-rank start.
# usage: headless_smoke.sh TRAINSCOPE PYTHON FIXTURE_SCRIPT WORKDIR
set -euo pipefail
ts=$1 py=$2 fixtures=$3 work=$4
rm -rf "$work" && mkdir -p "$work" && cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

step "no Qt, VTK or X libraries of its own"
# The binary's own dependencies (Debian's libtorch_cpu itself pulls in Qt 5 and X through its
# OpenCV-based operators; a CUDA LibTorch from pytorch.org does not).
if readelf -d "$ts" | grep NEEDED | grep -Ei 'libQt|libvtk|libX11|libGL\.|libxcb|libEGL'; then
  fail "the compute build links GUI libraries"
fi

step "train, info, evaluate"
"$ts" train --demo grokking --steps 200 --set checkpoints=every:50 --quiet --out run.h5 >/dev/null
"$ts" info run.h5 --json | grep -q '"checkpoints"' || fail "info"
"$ts" evaluate run.h5 --checkpoint last >/dev/null
step "interpolate, sharpness, landscape"
"$ts" interpolate run.h5 --from first --to last --points 5 --quiet --json | grep -q '"barrier"' || fail "interpolate"
"$ts" sharpness run.h5 --checkpoint last --top 1 --iterations 5 --quiet --json | grep -q '"eigenvalues"' || fail "sharpness"
"$ts" landscape run.h5 --grid 5x5 --quiet --out surf.h5 >/dev/null
[ -s surf.h5 ] || fail "landscape wrote no surface"
step "train --init, merge, task landscape"
"$ts" train --demo grokking --steps 50 --set op=- --set checkpoints=every:50 --init run.h5@0 --quiet --out sub.h5 >/dev/null
"$ts" merge run.h5 sub.h5 --method ties --out merged.h5 --quiet --json | grep -q '"splits"' || fail "merge"
"$ts" info merged.h5 --json | grep -q '"checkpoints"' || fail "info of a merged run"
"$ts" landscape run.h5 --checkpoint 0 --dirs task:run.h5,sub.h5 --grid 3x3 --quiet --out task.h5 >/dev/null
[ -s task.h5 ] || fail "landscape --dirs task wrote no surface"
step "influence"
"$ts" influence run.h5 --test 0 --top 3 --quiet --json | grep -q '"proponents"' || fail "influence"
"$ts" influence run.h5 --method ekfac --self --top 3 --quiet >/dev/null
step "grokking, tickets, pathways, sweep"
"$ts" grokking run.h5 --json --quiet >/dev/null
"$ts" tickets run.h5 --keep 0.5 --no-controls --quiet --out ticket.h5 >/dev/null
"$ts" train --demo moe --set p=11 --steps 60 --set checkpoints=every:30 --quiet --out moe.h5 >/dev/null
"$ts" pathways moe.h5 --json --quiet >/dev/null
"$ts" sweep --task modular --model mlp --set p=7 --steps 20 --vary seed=1,2 --quiet --out sweep >/dev/null
step "import"
"$py" "$fixtures" fx >/dev/null
"$ts" import --checkpoints fx/pt --model fx/model.pt --data fx/data.pt --out imported.h5 >/dev/null
"$ts" info imported.h5 >/dev/null

step "render and the window are absent, with a clear message"
if "$ts" render run.h5 --out x.png 2>render.err; then fail "render succeeded in the compute build"; fi
grep -q "TRAINSCOPE_GUI=OFF" render.err || fail "render: $(cat render.err)"
if "$ts" run.h5 2>window.err; then fail "opening a run file succeeded"; fi
grep -q "no desktop window" window.err || fail "window: $(cat window.err)"

if ! "$ts" help | grep -q mpirun; then
  step "built without MPI: a multi-rank start is refused"
  if OMPI_COMM_WORLD_SIZE=2 "$ts" landscape run.h5 --grid 3x3 --out m.h5 2>mpi.err; then fail "ran as 2 ranks without MPI"; fi
  grep -q "built without MPI" mpi.err || fail "mpi: $(cat mpi.err)"
fi
echo "headless_smoke: all passed"
