#!/usr/bin/python3
"""Checks TrainScope's BatchNorm handling against PyTorch (issue 17). Subcommands:

  evaluate RUN.h5 EVAL.json [train|eval]
      `trainscope evaluate --json` equals PyTorch's loss and accuracy of every checkpoint,
      each with its own parameters and buffers, within 1e-5 relative; in eval mode it also
      equals the eval-mode losses the training script logged (train_loss, test_loss).
  update-bn RUN.h5 INTERP.json N
      `trainscope interpolate --bn recompute:N --json` equals, at every α strictly between 0
      and 1, the PyTorch model at θ(α) after torch.optim.swa_utils.update_bn over the first
      N training examples in batches of 128; the ends use the checkpoints' own statistics.
  interpolate-bn RUN.h5 INTERP.json
      `--bn interpolate`: buffers interpolated like the weights.
  export RUN.h5 DIR
      Writes DIR/pt/step_S.pt (state dicts, parameters and buffers), DIR/model.pt (the
      TorchScript model) and DIR/data.pt, for `trainscope import`.
  downgrade RUN.h5
      Rewrites RUN.h5 as a format-1 file (no buffers stored), as older versions wrote it.
"""
import io
import json
import os
import sys

import h5py
import numpy as np
import torch
import torch.nn.functional as F

TOLERANCE = 1e-5
SCRIPTS = {}  # run path -> the TorchScript file stored in it
_SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
sys.path[:0] = [os.path.join(_SOURCE, "examples"), os.path.join(_SOURCE, "python")]


def load(run_path):
    with h5py.File(run_path, "r", swmr=True) as f:
        script = f["model/torchscript"][()].tobytes()
        model = torch.jit.load(io.BytesIO(script))
        names = list(f["model/param_names"].asstr()[()])
        buffers = list(f["model/buffer_names"].asstr()[()]) if "buffer_names" in f["model"] else []
        steps = [int(s) for s in f["checkpoints/step"][()]]
        params = [{n: torch.from_numpy(f["checkpoints/params/" + n][k]) for n in names} for k in range(len(steps))]
        bufs = [{n: torch.from_numpy(np.array(f["checkpoints/buffers/" + n][k])) for n in buffers}
                for k in range(len(steps))]
        splits = {s: (torch.from_numpy(f["data/%s/inputs" % s][()]), torch.from_numpy(f["data/%s/targets" % s][()]))
                  for s in f["data"].attrs["splits"].astype(str)}
        metrics = {}
        for m in f["metrics"].attrs["names"].astype(str):
            metrics[m] = dict(zip(f["metrics/%s/step" % m][()].tolist(), f["metrics/%s/value" % m][()].tolist()))
    SCRIPTS[run_path] = script
    return model, steps, params, bufs, splits, metrics


def set_state(model, params, bufs):
    with torch.no_grad():
        for n, p in model.named_parameters():
            p.copy_(params[n])
        for n, b in model.named_buffers():
            b.copy_(bufs[n].reshape(b.shape))


def loss_acc(model, x, y):
    with torch.no_grad():
        out = model(x)
    return F.cross_entropy(out, y).item(), (out.argmax(1) == y).double().mean().item()


worst = 0.0


def compare(what, want, have):
    global worst
    rel = abs(want - have) / max(abs(want), 1e-12)
    worst = max(worst, rel)
    if rel > TOLERANCE:
        sys.exit("%s: PyTorch %r, TrainScope %r (relative difference %.3g)" % (what, want, have, rel))


def evaluate(run_path, json_path, mode="eval"):
    model, steps, params, bufs, splits, metrics = load(run_path)
    result = json.load(open(json_path))
    assert result["mode"] == mode, result.get("mode")
    assert len(result["checkpoints"]) == len(steps)
    checked = 0
    for k, c in enumerate(result["checkpoints"]):
        assert c["step"] == steps[k]
        for s, (x, y) in splits.items():
            set_state(model, params[k], bufs[k])
            model.train(mode == "train")
            want_loss, want_acc = loss_acc(model, x, y)
            compare("step %d %s loss" % (steps[k], s), want_loss, c["splits"][s]["loss"])
            compare("step %d %s accuracy" % (steps[k], s), want_acc, c["splits"][s]["accuracy"])
            logged = metrics.get(s + "_loss", {}).get(steps[k])
            if mode == "eval" and logged is not None:
                compare("step %d %s loss logged by the training script" % (steps[k], s), logged,
                        c["splits"][s]["loss"])
                checked += 1
            checked += 2
    print("%s: %d %s-mode values agree with PyTorch (largest relative difference %.2e)"
          % (run_path, checked, mode, worst))


def update_bn(run_path, json_path, n):
    # update_bn finds BatchNorm layers by type and sets their momentum, which a scripted
    # module hides: use the example's own eager module, loaded with the same values.
    from record_cnn import SmallCnn
    _, steps, params, bufs, splits, _ = load(run_path)
    model = SmallCnn(batchnorm=True)
    result = json.load(open(json_path))
    assert result["bn"] == "recompute:%d" % n, result.get("bn")
    ia, ib = steps.index(result["from"]["step"]), steps.index(result["to"]["step"])
    x_train = splits["train"][0][:n]
    loader = [x_train[i:i + 128] for i in range(0, len(x_train), 128)]
    checked = 0
    for i, alpha in enumerate(result["alpha"]):
        point = {k: params[ia][k] * (1 - alpha) + params[ib][k] * alpha for k in params[ia]}
        if alpha in (0.0, 1.0):
            set_state(model, point, bufs[ia] if alpha == 0.0 else bufs[ib])
        else:
            set_state(model, point, bufs[ia])
            torch.optim.swa_utils.update_bn(loader, model)
        model.eval()
        for s, (x, y) in splits.items():
            want_loss, want_acc = loss_acc(model, x, y)
            compare("alpha %g %s loss" % (alpha, s), want_loss, result["splits"][s]["loss"][i])
            compare("alpha %g %s accuracy" % (alpha, s), want_acc, result["splits"][s]["accuracy"][i])
            checked += 2
    print("%s: %d values with recomputed statistics agree with update_bn (largest relative difference %.2e)"
          % (run_path, checked, worst))


def interpolate_bn(run_path, json_path):
    model, steps, params, bufs, splits, _ = load(run_path)
    result = json.load(open(json_path))
    assert result["bn"] == "interpolate", result.get("bn")
    ia, ib = steps.index(result["from"]["step"]), steps.index(result["to"]["step"])
    for i, alpha in enumerate(result["alpha"]):
        point = {k: params[ia][k] * (1 - alpha) + params[ib][k] * alpha for k in params[ia]}
        state = {k: (bufs[ia][k] * (1 - alpha) + bufs[ib][k] * alpha) if bufs[ia][k].is_floating_point()
                 else (bufs[ib][k] if alpha > 0.5 else bufs[ia][k]) for k in bufs[ia]}
        set_state(model, point, state)
        model.eval()
        for s, (x, y) in splits.items():
            want_loss, _ = loss_acc(model, x, y)
            compare("alpha %g %s loss" % (alpha, s), want_loss, result["splits"][s]["loss"][i])
    print("%s: interpolated statistics agree with PyTorch (largest relative difference %.2e)" % (run_path, worst))


def export(run_path, out):
    model, steps, params, bufs, splits, _ = load(run_path)
    os.makedirs(os.path.join(out, "pt"), exist_ok=True)
    for k, s in enumerate(steps):
        sd = {**params[k], **{n: b.clone() for n, b in bufs[k].items()}}
        torch.save(sd, os.path.join(out, "pt", "step_%d.pt" % s))
    # The model as shipped: statistics of initialisation, which the import must not use.
    fresh = torch.jit.load(io.BytesIO(SCRIPTS[run_path]))
    for n, b in fresh.named_buffers():
        with torch.no_grad():
            b.copy_(torch.zeros_like(b) if "mean" in n else torch.ones_like(b) if "var" in n else b)
    torch.jit.save(fresh, os.path.join(out, "model.pt"))
    torch.save({str(s): xy for s, xy in splits.items()}, os.path.join(out, "data.pt"))
    print("exported %d checkpoints to %s" % (len(steps), out))


def downgrade(run_path):
    with h5py.File(run_path, "r+") as f:
        del f["model/buffer_names"]
        del f["checkpoints/buffers"]
        f.attrs["format_version"] = np.int64(1)
    print("%s is now a format-1 file" % run_path)


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "evaluate":
        evaluate(*args)
    elif cmd == "update-bn":
        update_bn(args[0], args[1], int(args[2]))
    elif cmd == "interpolate-bn":
        interpolate_bn(*args)
    elif cmd == "export":
        export(*args)
    elif cmd == "downgrade":
        downgrade(*args)
    else:
        sys.exit(__doc__)
