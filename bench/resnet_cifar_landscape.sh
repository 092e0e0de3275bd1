#!/usr/bin/env bash
# Loss surface of a recorded ResNet-20 (width 16, BatchNorm, 3x32x32 synthetic CIFAR-shaped
# images): `trainscope landscape` against loss-landscape's per-point procedure in plain PyTorch.
#  1. bench/resnet_cifar_record.py trains it briefly and records it (TrainScope's Python
#     recorder: TorchScript module, checkpoints with BatchNorm statistics) into WORK/run.h5.
#  2. trainscope landscape WORK/run.h5 --grid G --dirs random --threads T --save-dirs
#     WORK/dirs.h5 --json --out WORK/surf.h5, then the same plane with --naive (BatchNorm
#     models take the naive evaluator either way: the "method" column says which ran).
#  3. bench/pytorch_li_surface.py: set_weights + eval_loss per point (DataLoader, batch 128)
#     on the same checkpoint, statistics, images and directions, T threads, compared with
#     WORK/surf.h5.
#  4. With --mpi "1 2 4": mpirun -n N --oversubscribe TRAINSCOPE landscape ... --threads 1 per N
#     (rank 0 prints the --json), a speed-up/efficiency table and each surface's difference
#     from the step-2 surface. Speed-up is against the 1-rank run (a plain --threads 1 run
#     when 1 is not in the list). A binary without MPI support runs the whole grid in every
#     rank: the "JSON lines" column then reads N instead of 1.
# Prints markdown tables on stdout (progress on stderr); the JSON files stay in WORK.
#
# usage: bench/resnet_cifar_landscape.sh [--images 2000] [--grid 21x21] [--threads 2] [--steps 40]
#                                        [--work DIR] [--reuse] [--mpi "1 2 4"]
# --reuse: keep WORK/run.h5 if it exists (needs --work). TRAINSCOPE=path/to/trainscope overrides
# build/release/app/trainscope; MPIRUN (default mpirun) and MPIRUN_ARGS add to the mpirun line.
# Tiny check: bench/resnet_cifar_landscape.sh --images 200 --grid 3x3 --steps 2 --mpi "1 2"
set -euo pipefail
export LC_ALL=C  # EPOCHREALTIME and awk with a decimal point
cd "$(dirname "$0")/.."
images=2000 grid=21x21 threads=2 steps=40 work="" reuse=0 mpi=""
usage() { echo "usage: $0 [--images N] [--grid NXxNY] [--threads T] [--steps S] [--work DIR] [--reuse] [--mpi \"1 2 4\"]" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --images) images=$2; shift 2 ;;
    --grid) grid=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --steps) steps=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --reuse) reuse=1; shift ;;
    --mpi) mpi=$2; shift 2 ;;
    *) usage ;;
  esac
done
[[ "$grid" =~ ^[0-9]+x[0-9]+$ ]] || { echo "--grid must be NXxNY" >&2; exit 2; }
ts=${TRAINSCOPE:-build/release/app/trainscope}
[ -x "$ts" ] || { echo "$ts: no trainscope binary (build it, or set TRAINSCOPE)" >&2; exit 2; }
py=/usr/bin/python3  # Debian's python3-torch, the same LibTorch as TrainScope's
if [ -z "$work" ]; then
  [ "$reuse" = 0 ] || usage
  work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
# timed NAME CMD...: runs CMD with stdout to WORK/NAME.out, its wall-clock seconds to WORK/NAME.wall.
timed() {
  local name=$1 t0=$EPOCHREALTIME; shift
  "$@" >"$work/$name.out"
  awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.3f\n", b - a }' >"$work/$name.wall"
}
load() { echo "load: $(uptime | sed 's/.*load average: //')" >&2; }
# The first JSON object line of a file (mpirun ranks may all print one; rank 0's comes first
# only when the others print none, which is the point of the JSON-lines column).
first_json() { grep -m1 '^{' "$1"; }

if [ "$reuse" = 1 ] && [ -f "$work/run.h5" ]; then
  echo "reusing $work/run.h5" >&2
else
  echo "# recording: $images images, $steps steps" >&2
  "$py" bench/resnet_cifar_record.py --images "$images" --steps "$steps" --threads "$threads" --out "$work/run.h5" >&2
fi
load

land=("$work/run.h5" --grid "$grid" --threads "$threads" --json)
echo "# trainscope landscape, $grid, $threads threads" >&2
timed ts "$ts" landscape "${land[@]}" --dirs random --save-dirs "$work/dirs.h5" --out "$work/surf.h5"
first_json "$work/ts.out" >"$work/ts.json"
load
echo "# trainscope landscape --naive" >&2
timed naive "$ts" landscape "${land[@]}" --dirs "file:$work/dirs.h5" --naive --out "$work/surf-naive.h5"
first_json "$work/naive.out" >"$work/naive.json"
load
echo "# PyTorch, loss-landscape's per-point procedure" >&2
timed py "$py" bench/pytorch_li_surface.py "$work/run.h5" "$work/dirs.h5" --grid "$grid" --threads "$threads" \
  --compare "$work/surf.h5" --json
first_json "$work/py.out" >"$work/py.json"
load

mpi_runs=""
if [ -n "$mpi" ]; then
  mpirun=${MPIRUN:-mpirun}
  # Open MPI refuses root unless told; containers often run as root.
  if [ "$(id -u)" = 0 ]; then export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1; fi
  case " $mpi " in
    *" 1 "*) ;;
    *) echo "# baseline: trainscope landscape --threads 1 (no mpirun)" >&2
       timed mpi0 "$ts" landscape "$work/run.h5" --grid "$grid" --threads 1 --json --dirs random \
         --out "$work/surf-mpi0.h5"
       mpi_runs="0" ;;
  esac
  for n in $mpi; do
    echo "# $mpirun -n $n --oversubscribe trainscope landscape --threads 1" >&2
    # shellcheck disable=SC2086
    timed "mpi$n" "$mpirun" -n "$n" --oversubscribe ${MPIRUN_ARGS:-} "$ts" landscape "$work/run.h5" --grid "$grid" \
      --threads 1 --json --dirs random --out "$work/surf-mpi$n.h5"
    mpi_runs="$mpi_runs $n"
    load
  done
fi

"$py" - "$work" "$images" "$grid" "$threads" "$mpi_runs" <<'EOF'
import json, os, sys
sys.path.insert(0, "bench")
import li_procedure as li

work, images, grid, threads, mpi_runs = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), sys.argv[5].split()
load = lambda name: json.load(open(os.path.join(work, name + ".json")))
wall = lambda name: float(open(os.path.join(work, name + ".wall")).read())
ts, naive, py = load("ts"), load("naive"), load("py")
loss = lambda name: li.read_surface(os.path.join(work, name), "train")[2]
ref = loss("surf.h5")
pts = ts["points"]
print("\n## ResNet-20 w16, %d synthetic 3x32x32 images, %s plane (%d points), %d threads, step %d\n"
      % (images, grid, pts, threads, ts["checkpoint"]))
print("| implementation | method | seconds | points/s | images/s | wall s | speed-up vs PyTorch | max rel. loss diff vs TrainScope |")
print("|---|---|---:|---:|---:|---:|---:|---:|")
for label, j, name, diff in (("TrainScope", ts, "ts", 0.0),
                             ("TrainScope --naive", naive, "naive", li.max_rel_diff(loss("surf-naive.h5"), ref)),
                             ("PyTorch (loss-landscape procedure)", py, "py", py["max_rel_diff_vs_trainscope"])):
    method = j.get("method", "set_weights + eval_loss, %s" % j.get("model", ""))
    print("| %s | %s | %.2f | %.4g | %.4g | %.1f | %.2f× | %.2g |" % (
        label, method, j["seconds"], j["points_per_second"], j["points_per_second"] * images, wall(name),
        j["points_per_second"] / py["points_per_second"], diff))
print("\nloss %.4g .. %.4g; PyTorch's accuracy differs from TrainScope's by at most %.2g percentage points"
      % (ts["loss_min"], ts["loss_max"], py["max_acc_diff_vs_trainscope"]))

if mpi_runs:
    rows = []
    for n in mpi_runs:
        lines = [l for l in open(os.path.join(work, "mpi%s.out" % n)) if l.startswith("{")]
        if not lines:
            sys.exit("mpi%s.out: no JSON line (see the output above)" % n)
        j = json.loads(lines[0])
        rows.append((int(n), len(lines), j, wall("mpi" + n), li.max_rel_diff(loss("surf-mpi%s.h5" % n), ref)))
    base = rows[0][2]["points_per_second"]  # 1 rank, or the plain --threads 1 run ("0")
    base_wall = rows[0][3]
    print("\n## MPI: mpirun -n N, 1 thread per rank, %s plane\n" % grid)
    print("| ranks | JSON lines | seconds | points/s | speed-up | efficiency | wall s | wall speed-up | max rel. loss diff vs TrainScope |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n, nlines, j, w, diff in rows:
        ranks = max(n, 1)
        s = j["points_per_second"] / base
        print("| %s | %d | %.2f | %.4g | %.2f× | %.0f %% | %.1f | %.2f× | %.2g |" % (
            n if n else "1 (no mpirun)", nlines, j["seconds"], j["points_per_second"], s, 100 * s / ranks, w,
            base_wall / w, diff))
    if any(nlines > 1 for _, nlines, _, _, _ in rows):
        print("\nmore than one JSON line: every rank ran the whole grid (a trainscope without MPI support)")
EOF
