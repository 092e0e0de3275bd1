#!/usr/bin/python3
"""The Python recorder's API without the app: traced models, routing, dtype conversions,
statuses on exceptions, and refused metric names; every file passes check_run_layout.py.

usage: test_recorder_api.py PYTHON_PACKAGE_DIR CHECK_RUN_LAYOUT WORKDIR"""
import io
import os
import subprocess
import sys

sys.path.insert(0, sys.argv[1])
import h5py  # noqa: E402
import numpy as np  # noqa: E402
import torch  # noqa: E402

from trainscope import Recorder  # noqa: E402

check, work = sys.argv[2], sys.argv[3]
os.makedirs(work, exist_ok=True)


def layout_ok(path):
    subprocess.run([sys.executable, check, path], check=True)


torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.Tanh(), torch.nn.Linear(4, 1))
x = torch.randn(20, 3).half()                       # stored as float32
y = torch.randint(0, 2, (20,), dtype=torch.int32)   # stored as int64

# A traced model, mse loss, routing records, a metric left out (NaN).
path = os.path.join(work, "traced.h5")
with Recorder(path, model, data={"train": (x.float(), y.float())}, loss="mse", script=False,
              metrics=["loss", "acc"], routing_shape=(5, 2, 3), config={"lr": 0.01}) as rec:
    rec.checkpoint(0, model)
    rec.log(0, loss=0.5, acc=0.25)
    rec.log(3, loss=0.25)
    rec.routing(3, np.full((5, 2, 3), 1 / 3))
    with torch.no_grad():
        model[0].weight.add_(1.0)
    rec.checkpoint(3, model.state_dict())
layout_ok(path)
with h5py.File(path, "r") as f:
    assert f["model"].attrs["arch"] == b"torchscript"
    names = list(f["model/param_names"].asstr()[()])
    assert names == ["0.weight", "0.bias", "2.weight", "2.bias"], names
    w = f["checkpoints/params/0.weight"][()]
    assert np.array_equal(w[1], w[0] + 1.0)
    assert np.array_equal(w[1], model[0].weight.detach().numpy())
    v = f["metrics/acc/value"][()]
    assert v[0] == 0.25 and np.isnan(v[1]), v
    assert f["routing/weights"].shape == (1, 5, 2, 3)
    assert f["status/code"][()] == 1 and f["config"].attrs["lr"] == b"0.01"
    traced = torch.jit.load(io.BytesIO(f["model/torchscript"][()].tobytes()))
    with torch.no_grad():  # the stored module at the last checkpoint computes what the model does
        for n, p in traced.named_parameters():
            p.copy_(torch.from_numpy(f["checkpoints/params/" + n][1]))
    assert torch.equal(traced(x.float()), model(x.float()))

path = os.path.join(work, "types.h5")
with Recorder(path, model, data={"train": (x, y)}, loss="logistic") as rec:
    rec.log(1, loss=1.0)
layout_ok(path)
with h5py.File(path, "r") as f:
    assert f["data/train/inputs"].dtype == np.float32 and f["data/train/targets"].dtype == np.int64
    assert np.array_equal(f["data/train/inputs"][()], x.float().numpy())

# An exception inside the block: status failed with the message; Ctrl-C: cancelled.
path = os.path.join(work, "failed.h5")
try:
    with Recorder(path, model, data={"train": (x, y)}) as rec:
        rec.log(0, loss=1.0)
        raise RuntimeError("diverged")
except RuntimeError:
    pass
layout_ok(path)
with h5py.File(path, "r") as f:
    assert f["status/code"][()] == 3 and f["status/message"].asstr()[()] == "RuntimeError: diverged"

# Refused: undeclared metrics once live, names with '/', unknown losses, mismatched splits.
for bad, call in [
    ("were not declared", lambda: Recorder(os.path.join(work, "m.h5"), model, data={"train": (x, y)},
                                           metrics=["a"]).log(0, b=1.0)),
    ("cannot be stored", lambda: Recorder(os.path.join(work, "n.h5"), model, data={"a/b": (x, y)})),
    ("loss must be one of", lambda: Recorder(os.path.join(work, "l.h5"), model, data={"train": (x, y)}, loss="hinge")),
    ("same first dimension", lambda: Recorder(os.path.join(work, "s.h5"), model, data={"train": (x, y[:3])})),
]:
    try:
        call()
    except (ValueError, KeyError) as e:
        assert bad in str(e), (bad, str(e))
    else:
        sys.exit("no error for: " + bad)
print("recorder API: OK")
