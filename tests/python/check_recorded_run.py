#!/usr/bin/python3
"""Checks `trainscope interpolate --json` on a recorded run against PyTorch: loads the
TorchScript model the recorder stored in the run file, sets it to the same interpolated
parameters and computes loss and accuracy on every split; all must agree within 1e-5
relative.

usage: check_recorded_run.py RUN.h5 INTERPOLATE.json"""
import io
import json
import sys

import h5py
import torch
import torch.nn.functional as F

run_path, json_path = sys.argv[1], sys.argv[2]
result = json.load(open(json_path))
with h5py.File(run_path, "r", swmr=True) as f:
    model = torch.jit.load(io.BytesIO(f["model/torchscript"][()].tobytes()))
    names = list(f["model/param_names"].asstr()[()])
    steps = list(f["checkpoints/step"][()])
    ia, ib = steps.index(result["from"]["step"]), steps.index(result["to"]["step"])
    theta_a = {n: torch.from_numpy(f["checkpoints/params/" + n][ia]) for n in names}
    theta_b = {n: torch.from_numpy(f["checkpoints/params/" + n][ib]) for n in names}
    splits = {s: (torch.from_numpy(f["data/%s/inputs" % s][()]), torch.from_numpy(f["data/%s/targets" % s][()]))
              for s in f["data"].attrs["splits"].astype(str)}
    assert f["data"].attrs["loss"].decode() == "cross_entropy"

model.eval()
params = dict(model.named_parameters())
assert list(params) == names, (list(params), names)
worst = 0.0
checked = 0
for i, alpha in enumerate(result["alpha"]):
    with torch.no_grad():
        for n in names:
            params[n].copy_(theta_a[n] * (1.0 - alpha) + theta_b[n] * alpha)
        for s, (x, y) in splits.items():
            out = model(x)
            loss = F.cross_entropy(out, y).item()
            acc = (out.argmax(1) == y).double().mean().item()
            got = result["splits"][s]
            for want, have in ((loss, got["loss"][i]), (acc, got["accuracy"][i])):
                rel = abs(want - have) / max(abs(want), 1e-12)
                worst = max(worst, rel)
                checked += 1
                if rel > 1e-5:
                    sys.exit("alpha %g split %s: PyTorch %r, trainscope %r (relative difference %.3g)"
                             % (alpha, s, want, have, rel))
print("%s: %d interpolation values agree with PyTorch (largest relative difference %.2e)" % (run_path, checked, worst))
