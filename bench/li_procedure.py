"""Li et al.'s per-point loss-surface procedure in plain PyTorch, and the files it reads:
the pieces bench/pytorch_landscape.py and bench/pytorch_li_surface.py share.

loss-landscape's plot_surface.crunch does, for every grid point (x fastest), what
set_weights() and eval_loss() below do: p.data = w + (x·d_x + y·d_y) for every parameter
(buffers untouched), then evaluate in eval mode. Written from that description and the file
layouts (docs/run-format.md, core/landscape/SurfaceFile.cpp); nothing here is copied from
loss-landscape.
"""
import io
import os
import sys

import h5py
import numpy as np
import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))


def text(v):
    return v.decode() if isinstance(v, bytes) else str(v)


def setup_torch(threads):
    torch.set_num_threads(threads)
    torch.set_flush_denormal(True)  # as TrainScope's runtime does


def open_run(path):
    try:
        return h5py.File(path, "r")
    except OSError:  # a run whose writer was stopped: open it as TrainScope does, SWMR read
        return h5py.File(path, "r", swmr=True)


class Checkpoint:
    """The last complete checkpoint of a run file: parameters and buffers (numpy arrays, in
    the file's order) and its step."""

    def __init__(self, f):
        self.arch = text(f["model"].attrs["arch"])
        self.names = [text(n) for n in f["model/param_names"][:]]
        self.buffer_names = [text(n) for n in f["model/buffer_names"][:]] if "buffer_names" in f["model"] else []
        # A run still being written may have a step whose rows are not all there yet.
        rows = [len(f["checkpoints/step"])]
        rows += [f["checkpoints/params/" + n].shape[0] for n in self.names]
        rows += [f["checkpoints/buffers/" + n].shape[0] for n in self.buffer_names]
        last = min(rows) - 1
        if last < 0:
            sys.exit("%s: the run has no checkpoint" % f.filename)
        self.step = int(f["checkpoints/step"][last])
        self.params = [np.array(f["checkpoints/params/" + n][last]) for n in self.names]
        self.buffers = [np.array(f["checkpoints/buffers/" + n][last]) for n in self.buffer_names]
        self.torchscript = f["model/torchscript"][()].tobytes() if "torchscript" in f["model"] else None


def read_split(f, split):
    return torch.from_numpy(f["data/%s/inputs" % split][:]), torch.from_numpy(f["data/%s/targets" % split][:])


def read_directions(path, shapes):
    """xdirection and ydirection of a direction file in loss-landscape's layout (one dataset
    per parameter, "0", "1", ...), as float32 as TrainScope reads them."""
    out = []
    with h5py.File(path, "r") as f:
        for g in ("xdirection", "ydirection"):
            if g not in f or len(f[g]) != len(shapes):
                sys.exit("%s: /%s must hold %d tensors, one per parameter" % (path, g, len(shapes)))
            ds = [torch.from_numpy(np.array(f["%s/%d" % (g, i)])).float() for i in range(len(shapes))]
            for i, (d, s) in enumerate(zip(ds, shapes)):
                if tuple(d.shape) != tuple(s):
                    sys.exit("%s: /%s/%d has shape %s, the parameter %s" % (path, g, i, tuple(d.shape), tuple(s)))
            out.append(ds)
    return out


def grid_points(xs, ys):
    """The plane's points in loss-landscape's order: x fastest (flat index j·nx + i)."""
    X, Y = np.meshgrid(xs, ys)
    return np.c_[X.ravel(), Y.ravel()]


def set_weights(params, weights, dx, dy, x, y):
    """net_plotter.set_weights for two directions: the step is formed first, then added."""
    for p, w, d1, d2 in zip(params, weights, dx, dy):
        p.data = w + (d1 * float(x) + d2 * float(y))


def eval_loss(net, loader):
    """evaluation.eval_loss with cross-entropy: mean loss and accuracy (percent) over the
    loader, the batch losses weighted by batch size."""
    net.eval()
    total = correct = 0
    loss = 0.0
    with torch.no_grad():
        for inputs, targets in loader:
            n = inputs.size(0)
            out = net(inputs)
            loss += F.cross_entropy(out, targets).item() * n
            correct += out.argmax(1).eq(targets).sum().item()
            total += n
    return loss / total, 100.0 * correct / total


def read_surface(path, split):
    """TrainScope's surface: x and y coordinates, loss and accuracy (percent) in flat order."""
    with h5py.File(path, "r") as f:
        xs = np.array(f["xcoordinates"])
        ys = np.array(f["ycoordinates"]) if "ycoordinates" in f else np.zeros(1)
        return xs, ys, np.array(f["%s_loss" % split]).ravel(), np.array(f["%s_acc" % split]).ravel()


def max_rel_diff(ours, ref):
    ours, ref = np.asarray(ours, dtype=np.float64), np.asarray(ref, dtype=np.float64)
    return float(np.max(np.abs(ours - ref) / np.maximum(np.abs(ref), 1e-30)))


def resnet_twin(ck):
    """The nn.Module twin of a ResNet run (tests/python/resnet_reference.py, the tested
    PyTorch equivalent of TrainScope's resnet, also what the ResNet benchmarks record),
    its architecture read from the checkpoint's names and shapes, holding the checkpoint's
    parameters and buffers. Exits when the run's parameters are not that network's, in
    the same order (direction files are positional)."""
    sys.path.insert(0, os.path.join(HERE, "..", "tests", "python"))
    from resnet_reference import ResNet

    shapes = dict(zip(ck.names, (p.shape for p in ck.params)))
    if "conv1.weight" not in shapes or "linear.weight" not in shapes:
        sys.exit("the run's model is not a ResNet (no conv1.weight / linear.weight)")
    blocks = len({n.split(".")[1] for n in ck.names if n.startswith("layer1.")})
    net = ResNet(depth=6 * blocks + 2, width=shapes["conv1.weight"][0], in_channels=shapes["conv1.weight"][1],
                 classes=shapes["linear.weight"][0], shortcut=any(".shortcut." in n for n in ck.names))
    order = [n for n, _ in net.named_parameters()]
    border = [n for n, _ in net.named_buffers()]
    if order != ck.names or border != ck.buffer_names:
        sys.exit("the run's parameters or buffers are not those of ResNet-%d (or not in its order)" % (6 * blocks + 2))
    with torch.no_grad():
        for p, w in zip(net.parameters(), ck.params):
            if tuple(p.shape) != w.shape:
                sys.exit("parameter shape %s, the ResNet twin has %s" % (w.shape, tuple(p.shape)))
            p.copy_(torch.from_numpy(w))
        for b, v in zip(net.buffers(), ck.buffers):
            b.copy_(torch.from_numpy(np.asarray(v)).to(b.dtype))
    return net, 6 * blocks + 2


def torchscript_model(ck):
    """The run's own TorchScript module with the checkpoint's parameters and buffers."""
    net = torch.jit.load(io.BytesIO(ck.torchscript))
    if [n for n, _ in net.named_parameters()] != ck.names or [n for n, _ in net.named_buffers()] != ck.buffer_names:
        sys.exit("the TorchScript module's parameters or buffers are not the run's, in its order")
    with torch.no_grad():
        for p, w in zip(net.parameters(), ck.params):
            p.copy_(torch.from_numpy(w))
        for b, v in zip(net.buffers(), ck.buffers):
            b.copy_(torch.from_numpy(np.asarray(v)).to(b.dtype))
    return net
