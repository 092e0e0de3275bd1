#!/usr/bin/python3
"""Checks `trainscope sharpness --json` on a recorded run against PyTorch: the full Hessian
of the training loss at the checkpoint, built row by row by double backprop through the
TorchScript model stored in the run file, and its top eigenvalues (numpy.linalg.eigvalsh).

usage: check_recorded_sharpness.py RUN.h5 SHARPNESS.json"""
import io
import json
import sys

import h5py
import numpy as np
import torch
import torch.nn.functional as F

run_path, json_path = sys.argv[1], sys.argv[2]
result = json.load(open(json_path))
ck = result["checkpoints"][0]
with h5py.File(run_path, "r", swmr=True) as f:
    model = torch.jit.load(io.BytesIO(f["model/torchscript"][()].tobytes()))
    names = list(f["model/param_names"].asstr()[()])
    k = list(f["checkpoints/step"][()]).index(ck["step"])
    theta = {n: torch.from_numpy(f["checkpoints/params/" + n][k]) for n in names}
    x = torch.from_numpy(f["data/train/inputs"][()])
    y = torch.from_numpy(f["data/train/targets"][()])

model.eval()
params = dict(model.named_parameters())
with torch.no_grad():
    for n in names:
        params[n].copy_(theta[n])
plist = [params[n] for n in names]
loss = F.cross_entropy(model(x), y)
grads = torch.cat([g.reshape(-1) for g in torch.autograd.grad(loss, plist, create_graph=True)])
rows = [torch.cat([h.reshape(-1) for h in torch.autograd.grad(grads[i], plist, retain_graph=True)]).double()
        for i in range(grads.numel())]
H = torch.stack(rows).numpy()
H = 0.5 * (H + H.T)
# trainscope returns the eigenvalues of largest magnitude, in decreasing |λ|.
want = sorted(np.linalg.eigvalsh(H), key=abs, reverse=True)[: len(ck["eigenvalues"])]
for i, (w, have, converged) in enumerate(zip(want, ck["eigenvalues"], ck["converged"])):
    rel = abs(w - have) / abs(want[0])
    if rel > 1e-3 or not converged:
        sys.exit("eigenvalue %d: PyTorch (full Hessian) %r, trainscope %r (difference %.3g of |λ1|, %s)"
                 % (i, w, have, rel, "converged" if converged else "not converged"))
print("%s: top %d Hessian eigenvalues agree with PyTorch's full Hessian (%s)"
      % (run_path, len(want), ", ".join("%.6g" % w for w in want)))
