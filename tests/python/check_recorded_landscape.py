#!/usr/bin/python3
"""Checks `trainscope landscape` on a recorded run against PyTorch.

write-dirs RUN.h5 DIRS.h5
    Writes two random directions in loss-landscape's direction-file layout (groups
    `xdirection` and `ydirection`, one dataset per parameter named "0", "1", ... in the run's
    `model/param_names` order, shaped like the parameter), drawn from N(0, 1) with a seeded
    generator and filter-normalised against the last checkpoint's weights as Li et al. do:
    for a tensor of dim > 1 each slice along dim 0 is rescaled to the norm of the weights'
    slice; tensors of dim <= 1 (biases) are zeroed.

check RUN.h5 DIRS.h5 SURF.h5
    Reads the surface written by `trainscope landscape RUN.h5 --checkpoint last
    --dirs file:DIRS.h5 --split train --out SURF.h5` and recomputes loss and accuracy at every
    grid point with the TorchScript model stored in the run: theta = theta_last + x*d1 + y*d2,
    formed in float64 and rounded once into the parameters' dtype (float32), as TrainScope's
    NaivePlaneEvaluator does; the directions are rounded to float32 first, as TrainScope reads
    them. Loss must agree within 1e-5 relative, accuracy within 1e-5 absolute, on every point.

Surface layout (core/landscape/SurfaceFile.cpp, SurfaceGrid.h): `xcoordinates` [nx],
`ycoordinates` [ny], `train_loss` and `train_acc` shaped [nx, ny] whose flat order has x
fastest (the value at (x[i], y[j]) is ds.ravel()[j*nx + i]); accuracy is in percent."""
import io
import sys

import h5py
import numpy as np
import torch
import torch.nn.functional as F


def text(v):
    return v.decode() if isinstance(v, bytes) else str(v)


def load_run(run_path):
    with h5py.File(run_path, "r", swmr=True) as f:
        model = torch.jit.load(io.BytesIO(f["model/torchscript"][()].tobytes()))
        names = list(f["model/param_names"].asstr()[()])
        steps = list(f["checkpoints/step"][()])
        last = len(steps) - 1
        theta = {n: torch.from_numpy(f["checkpoints/params/" + n][last]) for n in names}
        splits = {s: (torch.from_numpy(f["data/%s/inputs" % s][()]), torch.from_numpy(f["data/%s/targets" % s][()]))
                  for s in f["data"].attrs["splits"].astype(str)}
        assert f["data"].attrs["loss"].decode() == "cross_entropy"
    model.eval()
    return model, names, int(steps[last]), theta, splits


def write_dirs(run_path, dirs_path):
    _, names, _, theta, _ = load_run(run_path)
    g = torch.Generator().manual_seed(1234)
    with h5py.File(dirs_path, "w") as f:
        for group in ("xdirection", "ydirection"):
            grp = f.create_group(group)
            for i, n in enumerate(names):
                w = theta[n].double()
                d = torch.randn(w.shape, generator=g, dtype=torch.float64)
                if w.dim() <= 1:
                    d.zero_()
                else:
                    for j in range(w.shape[0]):
                        d[j].mul_(w[j].norm() / (d[j].norm() + 1e-10))
                grp.create_dataset(str(i), data=d.numpy())
    print("%s: two filter-normalised random directions over %d tensors" % (dirs_path, len(names)))


def check(run_path, dirs_path, surf_path):
    model, names, step, theta, splits = load_run(run_path)
    params = dict(model.named_parameters())
    assert list(params) == names, (list(params), names)
    with h5py.File(dirs_path, "r") as f:
        # TrainScope reads the directions as float64 and keeps them as float32.
        d1 = {n: torch.from_numpy(f["xdirection/%d" % i][()]).float().double() for i, n in enumerate(names)}
        d2 = {n: torch.from_numpy(f["ydirection/%d" % i][()]).float().double() for i, n in enumerate(names)}
    with h5py.File(surf_path, "r") as f:
        xs, ys = f["xcoordinates"][()], f["ycoordinates"][()]
        nx, ny = len(xs), len(ys)
        assert f["train_loss"].shape == (nx, ny) and f["train_acc"].shape == (nx, ny)
        loss_flat, acc_flat = f["train_loss"][()].ravel(), f["train_acc"][()].ravel()
        assert text(f["train_acc"].attrs["units"]) == "percent"
        assert int(f.attrs["checkpoint_step"]) == step, (int(f.attrs["checkpoint_step"]), step)
        assert text(f.attrs["split"]) == "train"
    assert (nx, ny) == (21, 21), (nx, ny)
    assert np.allclose(xs, np.linspace(-1, 1, nx), rtol=0, atol=1e-12)
    assert np.allclose(ys, np.linspace(-1, 1, ny), rtol=0, atol=1e-12)
    x, y = splits["train"]
    centre = {n: theta[n].double() for n in names}
    worst = worst_acc = 0.0
    for j in range(ny):
        for i in range(nx):
            a, b = float(xs[i]), float(ys[j])
            with torch.no_grad():
                for n in names:
                    params[n].copy_((centre[n] + a * d1[n] + b * d2[n]).to(params[n].dtype))
                out = model(x)
                loss = F.cross_entropy(out, y).item()
                acc = (out.argmax(1) == y).double().mean().item()
            have_loss, have_acc = loss_flat[j * nx + i], acc_flat[j * nx + i] / 100.0
            rel = abs(loss - have_loss) / max(abs(loss), 1e-12)
            worst = max(worst, rel)
            worst_acc = max(worst_acc, abs(acc - have_acc))
            if not rel <= 1e-5 or not abs(acc - have_acc) <= 1e-5:
                sys.exit("point (%g, %g): PyTorch loss %r acc %r, trainscope loss %r acc %r (relative difference %.3g)"
                         % (a, b, loss, acc, have_loss, have_acc, rel))
    print("%s: %d×%d landscape agrees with PyTorch (largest relative loss difference %.2e, "
          "largest accuracy difference %.2e)" % (surf_path, nx, ny, worst, worst_acc))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "write-dirs":
        write_dirs(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 5 and sys.argv[1] == "check":
        check(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit(__doc__)
