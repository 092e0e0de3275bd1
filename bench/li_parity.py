#!/usr/bin/env python3
"""Li et al.'s own plot_surface.py against a TrainScope surface of a BatchNorm ResNet.

Runs loss-landscape's code (a checkout given by --loss-landscape; nothing of it is copied
here) on the run's final checkpoint with the direction file `trainscope landscape --save-dirs`
wrote, then compares its surface with TrainScope's. Get the checkout with

    git clone https://github.com/tomgoldstein/loss-landscape

Its plot_surface.py imports torchvision, sklearn, matplotlib and seaborn (Debian:
python3-torchvision python3-sklearn python3-matplotlib python3-seaborn) and mpi4py.

Usage: li_parity.py RUN.h5 DIRS.h5 SURF.h5 --loss-landscape DIR [--subset 256]
                    [--batch 128] [--threads 2] [--tol 1e-4] [--json]
Exit status 1 when the surfaces differ by more than --tol (relative, loss) or the accuracies
differ, or when the direction file breaks xignore=biasbn / filter normalisation.
"""
import argparse, copy, json, os, sys, tempfile, time, types

import h5py
import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))


def text(v):
    return v.decode() if isinstance(v, bytes) else str(v)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("run"), ap.add_argument("dirs"), ap.add_argument("surf")
    ap.add_argument("--loss-landscape", required=True, help="checkout of tomgoldstein/loss-landscape")
    ap.add_argument("--subset", type=int, default=256, help="first N samples of the split")
    ap.add_argument("--split", default="train")
    ap.add_argument("--batch", type=int, default=128, help="loader batch (plot_surface's default)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--tol", type=float, default=1e-4)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    torch.set_num_threads(a.threads)

    # Li's modules import each other by bare name (import net_plotter, ...), so the checkout
    # goes on sys.path; the PyTorch twin of TrainScope's resnet is the tested one.
    sys.path[:0] = [os.path.abspath(a.loss_landscape), os.path.join(HERE, "..", "tests", "python")]
    import plot_surface, net_plotter, evaluation  # Li et al.'s code
    from resnet_reference import ResNet

    # --- the network: TrainScope's final checkpoint, parameters and BatchNorm statistics ---
    with h5py.File(a.run, "r") as f:
        if text(f["model"].attrs["arch"]) != "resnet":
            sys.exit("li_parity: the run's model is not resnet")
        pnames = [text(n) for n in f["model/param_names"][:]]
        bnames = [text(n) for n in f["model/buffer_names"][:]]
        last = len(f["checkpoints/step"]) - 1
        params = {n: np.array(f["checkpoints/params/" + n][last]) for n in pnames}
        buffers = {n: np.array(f["checkpoints/buffers/" + n][last]) for n in bnames}
        step = int(f["checkpoints/step"][last])
        x = torch.from_numpy(np.array(f["data/%s/inputs" % a.split][: a.subset])).float()
        y = torch.from_numpy(np.array(f["data/%s/targets" % a.split][: a.subset])).long()
    # Architecture from the shapes: width = stem channels, blocks per stage from the names.
    blocks = len({n.split(".")[1] for n in pnames if n.startswith("layer1.")})
    net = ResNet(depth=6 * blocks + 2, width=params["conv1.weight"].shape[0],
                 in_channels=params["conv1.weight"].shape[1], classes=params["linear.weight"].shape[0],
                 shortcut=any(".shortcut." in n for n in pnames))
    # Direction files are positional: Li's set_weights zips net.parameters() with them, so
    # the module's parameter order must be TrainScope's.
    order = [n for n, _ in net.named_parameters()]
    if order != pnames:
        sys.exit("li_parity: parameter order differs from the run's: %s" % (
            next((p, q) for p, q in zip(order, pnames) if p != q) if len(order) == len(pnames) else "count"))
    with torch.no_grad():
        for n, p in net.named_parameters():
            p.copy_(torch.from_numpy(params[n]))
        for n, b in net.named_buffers():
            b.copy_(torch.from_numpy(buffers[n]).to(b.dtype))

    # --- the direction file: biasbn zeros and filter normalisation against θ₀ ---
    problems = []
    with h5py.File(a.dirs, "r") as f:
        for g in ("xdirection", "ydirection"):
            for i, n in enumerate(pnames):
                d = np.array(f["%s/%d" % (g, i)], dtype=np.float64)
                w = params[n].astype(np.float64)
                if d.shape != w.shape:
                    problems.append("%s/%d (%s): shape %s, parameter %s" % (g, i, n, d.shape, w.shape))
                elif d.ndim <= 1 and np.any(d != 0):
                    problems.append("%s/%d (%s): 1-D tensor with a non-zero direction" % (g, i, n))
                elif d.ndim > 1:  # Li's filter norm: ‖d_j‖ = ‖w_j‖ for every slice along dim 0
                    dn = np.linalg.norm(d.reshape(len(d), -1), axis=1)
                    wn = np.linalg.norm(w.reshape(len(w), -1), axis=1)
                    if np.max(np.abs(dn - wn) / np.maximum(wn, 1e-12)) > 1e-5:
                        problems.append("%s/%d (%s): filter norms differ from the weights'" % (g, i, n))

    # --- Li's computation: plot_surface.setup_surface_file + crunch, as its __main__ does ---
    with h5py.File(a.surf, "r") as f:
        ours_loss = np.array(f["%s_loss" % a.split], dtype=np.float64)
        ours_acc = np.array(f["%s_acc" % a.split], dtype=np.float64)  # percent, like Li's
        xs, ys = np.array(f["xcoordinates"]), np.array(f["ycoordinates"])
    args = types.SimpleNamespace(
        surf_file="", dir_file=a.dirs, xmin=xs[0], xmax=xs[-1], xnum=len(xs), y="%g:%g:%d" % (ys[0], ys[-1], len(ys)),
        ymin=ys[0], ymax=ys[-1], ynum=len(ys), raw_data=False, data_split=1, split_idx=0,
        dir_type="weights", ngpu=1, cuda=False, loss_name="crossentropy")
    loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(x, y), batch_size=a.batch, shuffle=False)
    w = net_plotter.get_weights(net)  # as plot_surface's __main__
    s = copy.deepcopy(net.state_dict())
    d = net_plotter.load_directions(a.dirs)
    # Time Li's per-point evaluation alone, besides the whole crunch (which also rewrites its
    # surface file after every point): wrap evaluation.eval_loss, which crunch calls.
    eval_seconds = [0.0]
    eval_loss = evaluation.eval_loss

    def timed_eval_loss(*args_, **kw):
        t = time.perf_counter()
        r = eval_loss(*args_, **kw)
        eval_seconds[0] += time.perf_counter() - t
        return r

    evaluation.eval_loss = timed_eval_loss
    with tempfile.TemporaryDirectory() as tmp:
        surf_file = os.path.join(tmp, "li_surface.h5")
        plot_surface.setup_surface_file(args, surf_file, a.dirs)
        devnull = open(os.devnull, "w")
        stdout, sys.stdout = sys.stdout, devnull  # crunch prints a line per point
        try:
            t0 = time.perf_counter()
            plot_surface.crunch(surf_file, net, w, s, d, loader, "train_loss", "train_acc", None, 0, args)
            crunch_seconds = time.perf_counter() - t0
        finally:
            sys.stdout = stdout
            devnull.close()
        with h5py.File(surf_file, "r") as f:
            li_loss, li_acc = np.array(f["train_loss"]), np.array(f["train_acc"])
            for k, ours in (("xcoordinates", xs), ("ycoordinates", ys)):
                if not np.allclose(np.array(f[k]), ours, rtol=0, atol=1e-12):
                    problems.append(k + " differ")

    # Both arrays are [nx, ny] with x fastest in the flat order (docs/landscapes.md).
    rel = np.abs(ours_loss - li_loss) / np.abs(li_loss)
    acc_diff = np.abs(ours_acc - li_acc)
    points = li_loss.size
    result = {
        "step": step, "depth": 6 * blocks + 2, "width": int(params["conv1.weight"].shape[0]),
        "images": len(x), "points": points, "threads": a.threads,
        "loss_min": float(li_loss.min()), "loss_max": float(li_loss.max()),
        "max_rel_loss_diff": float(rel.max()), "max_abs_loss_diff": float(np.abs(ours_loss - li_loss).max()),
        "max_acc_diff_percent": float(acc_diff.max()), "acc_points_differing": int(np.sum(acc_diff > 1e-9)),
        "li_crunch_seconds": crunch_seconds, "li_eval_loss_seconds": eval_seconds[0],
        "li_points_per_s": points / eval_seconds[0], "li_images_per_s": points * len(x) / eval_seconds[0],
        "problems": problems,
    }
    if rel.max() > a.tol:
        problems.append("loss: max relative difference %.3g > %g" % (rel.max(), a.tol))
    if acc_diff.max() > 1e-9:
        problems.append("accuracy differs at %d points (max %.3g %%)" % (result["acc_points_differing"], acc_diff.max()))
    if a.json:
        print(json.dumps(result))
    else:
        print("ResNet-%d width %d, step %d, %d images, %d points: loss %.4g..%.4g" % (
            result["depth"], result["width"], step, len(x), points, li_loss.min(), li_loss.max()))
        print("  TrainScope vs Li's plot_surface.crunch: max relative loss difference %.3g (absolute %.3g), "
              "max accuracy difference %.3g %% (%d points differ)" % (
                  result["max_rel_loss_diff"], result["max_abs_loss_diff"], result["max_acc_diff_percent"],
                  result["acc_points_differing"]))
        print("  Li's eval_loss, %d threads: %.2f s for %d points = %.2f points/s = %.0f images/s "
              "(whole crunch %.2f s)" % (a.threads, eval_seconds[0], points, result["li_points_per_s"],
                                         result["li_images_per_s"], crunch_seconds))
        for p in problems:
            print("  MISMATCH: " + p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
