#!/usr/bin/env python3
"""Loss-landscape's per-point procedure (plot_surface.crunch: net_plotter.set_weights, then
evaluation.eval_loss) in plain PyTorch, on a recorded BatchNorm ResNet run
(bench/resnet_cifar_record.py) with the directions `trainscope landscape --save-dirs` wrote:
the reference bench/resnet_cifar_landscape.sh times TrainScope against.

The network is the run's last checkpoint, parameters and BatchNorm running statistics, in
either the nn.Module twin of the recorded ResNet (--model eager, the default: what
loss-landscape runs, tests/python/resnet_reference.py rebuilt from the run's shapes) or the
run's own TorchScript module (--model script, any recorded run). Every grid point (x fastest):
p.data = w + (x·d_x + y·d_y) for every parameter, buffers untouched, then net.eval() and
no_grad over a DataLoader (TensorDataset of the split, batch --batch, no shuffling, no
workers), summing loss·batch and the correct count. Only that loop is timed.

Usage: /usr/bin/python3 bench/pytorch_li_surface.py RUN.h5 DIRS.h5 [--grid 21x21] [--range -1:1[,-1:1]]
           [--split train] [--threads 1] [--batch 128] [--model eager|script]
           [--compare SURF.h5] [--json]
Negative bounds need the = form: --range=-2:2.
--compare: the largest relative loss difference from TrainScope's surface (and the largest
accuracy difference, in percentage points); the surface's coordinates must be the same.
"""
import argparse
import json
import os
import sys
import time

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import li_procedure as li  # noqa: E402


def axis(text):
    try:
        lo, hi = (float(v) for v in text.split(":"))
    except ValueError:
        sys.exit("--range: %r is not LO:HI" % text)
    return lo, hi


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("run")
    ap.add_argument("dirs")
    ap.add_argument("--grid", default="21x21", help="NXxNY")
    ap.add_argument("--range", default="-1:1", help="LO:HI for both axes, or LO:HI,LO:HI")
    ap.add_argument("--split", default="train")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--batch", type=int, default=128, help="loader batch (plot_surface's default)")
    ap.add_argument("--model", choices=("eager", "script"), default="eager")
    ap.add_argument("--compare", metavar="SURF.h5")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    li.setup_torch(a.threads)

    try:
        nx, ny = (int(v) for v in a.grid.split("x"))
    except ValueError:
        sys.exit("--grid: %r is not NXxNY (a plane)" % a.grid)
    ranges = a.range.split(",")
    (x0, x1), (y0, y1) = axis(ranges[0]), axis(ranges[-1])
    xs, ys = np.linspace(x0, x1, nx), np.linspace(y0, y1, ny)

    with li.open_run(a.run) as f:
        ck = li.Checkpoint(f)
        x, y = li.read_split(f, a.split)
    if a.model == "eager":
        net, depth = li.resnet_twin(ck)
        label = "ResNet-%d nn.Module" % depth
    else:
        if ck.torchscript is None:
            sys.exit("%s: the run holds no TorchScript module (arch %s)" % (a.run, ck.arch))
        net = li.torchscript_model(ck)
        label = "TorchScript module"
    params = list(net.parameters())
    weights = [p.detach().clone() for p in params]  # net_plotter.get_weights
    dx, dy = li.read_directions(a.dirs, [w.shape for w in weights])
    loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(x, y.long()), batch_size=a.batch,
                                         shuffle=False)

    coords = li.grid_points(xs, ys)
    losses = np.empty(len(coords))
    accs = np.empty(len(coords))
    start = time.perf_counter()
    for k, (cx, cy) in enumerate(coords):
        li.set_weights(params, weights, dx, dy, cx, cy)
        losses[k], accs[k] = li.eval_loss(net, loader)
    seconds = time.perf_counter() - start
    points = len(coords)
    result = {"impl": "pytorch", "procedure": "loss-landscape set_weights + eval_loss", "model": a.model,
              "torch": torch.__version__, "threads": a.threads, "batch": a.batch, "split": a.split,
              "images": len(x), "checkpoint": ck.step, "nx": nx, "ny": ny, "points": points, "seconds": seconds,
              "points_per_second": points / seconds, "images_per_second": points * len(x) / seconds,
              "loss_min": float(losses.min()), "loss_max": float(losses.max())}
    if a.compare:
        sxs, sys_, sloss, sacc = li.read_surface(a.compare, a.split)
        if len(sxs) != nx or len(sys_) != ny or not (np.allclose(sxs, xs, rtol=0, atol=1e-12)
                                                     and np.allclose(sys_, ys, rtol=0, atol=1e-12)):
            sys.exit("%s: its grid is not --grid %dx%d --range %s" % (a.compare, nx, ny, a.range))
        if np.isnan(sloss).any():
            sys.exit("%s: %d of its points are not computed" % (a.compare, int(np.isnan(sloss).sum())))
        result["max_rel_diff_vs_trainscope"] = li.max_rel_diff(sloss, losses)
        result["max_acc_diff_vs_trainscope"] = float(np.max(np.abs(sacc - accs)))
    if a.json:
        print(json.dumps(result))
    else:
        print("pytorch %s, %s, %d threads, batch %d: %d points × %d images in %.2f s = %.3g points/s = %.0f images/s; "
              "loss %.4g..%.4g" % (torch.__version__, label, a.threads, a.batch, points, len(x), seconds,
                                   result["points_per_second"], result["images_per_second"], losses.min(),
                                   losses.max()))
        if a.compare:
            print("  vs TrainScope %s: max relative loss difference %.3g, max accuracy difference %.3g points"
                  % (a.compare, result["max_rel_diff_vs_trainscope"], result["max_acc_diff_vs_trainscope"]))


if __name__ == "__main__":
    main()
