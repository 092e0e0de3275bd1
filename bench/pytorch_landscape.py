#!/usr/bin/env python3
"""Li et al.'s loss-surface procedure in plain PyTorch (what loss-landscape's plot_surface.py
does per point: net_plotter.set_weights, then evaluate the split), for the two built-in models
TrainScope has a fast path for. It reads the run's final checkpoint and split from the run
file, the directions from a loss-landscape-layout direction file written by
bench_landscape --dirs-out, and optionally compares its surface with TrainScope's.

Usage: python3 bench/pytorch_landscape.py RUN.h5 DIRS.h5 [--grid 51] [--split train]
                                          [--threads 1] [--compare SURF.h5] [--json]
"""
import argparse, json, math, os, sys, time

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import li_procedure as li  # noqa: E402


class TicketsMlp(torch.nn.Module):
    def __init__(self, params):
        super().__init__()
        self.W_E, self.W_in, self.W_out, self.W_U = (torch.nn.Parameter(p) for p in params)

    def forward(self, x):
        e = self.W_E[:, x[:, 0]].T + self.W_E[:, x[:, 1]].T
        h = torch.relu(e @ self.W_in)
        return h @ (self.W_out @ self.W_U)  # the cheaper association, as TrainScope's model


class Transformer(torch.nn.Module):
    """TrainScope's transformer. einsum=False writes the head projections as broadcast matmuls
    (x[:, None] @ W_Q, as the C++ model does), which materialise W per sample; einsum=True
    contracts them without that copy, as TransformerLens-style code does."""

    def __init__(self, params, einsum=False):
        super().__init__()
        self.ps = torch.nn.ParameterList([torch.nn.Parameter(p) for p in params])
        self.layers = (len(params) - 3) // 8
        self.einsum = einsum

    def forward(self, tokens):
        p = self.ps
        n, T = tokens.shape[0], tokens.shape[1] + 1
        eq = torch.full((n, 1), p[0].shape[0] - 1, dtype=torch.int64)
        t = torch.cat([tokens, eq], 1)
        x = p[0][t] + p[1]
        dh = p[2].shape[2]
        mask = torch.ones(T, T, dtype=torch.bool).triu(1)
        i = 2
        for _ in range(self.layers):
            if self.einsum:
                q, k, v = (torch.einsum("ntd,hde->nhte", x, p[i + j]) for j in range(3))
            else:
                xh = x.unsqueeze(1)
                q, k, v = xh @ p[i], xh @ p[i + 1], xh @ p[i + 2]
            s = (q @ k.transpose(-1, -2)) / math.sqrt(dh)
            z = torch.softmax(s.masked_fill(mask, -1e30), -1) @ v
            if self.einsum:
                x = x + torch.einsum("nhte,hed->ntd", z, p[i + 3])
            else:
                x = x + (z @ p[i + 3]).sum(1)
            h = torch.relu(x @ p[i + 4] + p[i + 5])
            x = x + h @ p[i + 6] + p[i + 7]
            i += 8
        return x[:, -1] @ p[i]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("run")
    ap.add_argument("dirs")
    ap.add_argument("--grid", type=int, default=51)
    ap.add_argument("--split", default="train")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--compare")
    ap.add_argument("--einsum", action="store_true", help="transformer: einsum head projections")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    li.setup_torch(a.threads)

    with li.open_run(a.run) as f:
        ck = li.Checkpoint(f)
        x, y = li.read_split(f, a.split)
    arch = ck.arch
    weights = [torch.from_numpy(w) for w in ck.params]
    dx, dy = li.read_directions(a.dirs, [w.shape for w in weights])
    if arch == "transformer":
        net = Transformer([w.clone() for w in weights], einsum=a.einsum)
    else:
        net = TicketsMlp([w.clone() for w in weights])
    params = list(net.parameters())

    coords = li.grid_points(np.linspace(-1, 1, a.grid), np.linspace(-1, 1, a.grid))
    losses = np.empty(len(coords))
    start = time.perf_counter()
    for k, (cx, cy) in enumerate(coords):
        li.set_weights(params, weights, dx, dy, cx, cy)
        with torch.no_grad():
            out = net(x)
            losses[k] = F.cross_entropy(out, y).item()
            _ = (out.argmax(1) == y).sum().item()
    seconds = time.perf_counter() - start
    result = {"impl": "pytorch", "torch": torch.__version__, "arch": arch, "einsum": a.einsum, "threads": a.threads,
              "points": len(coords), "seconds": seconds, "points_per_s": len(coords) / seconds}
    if a.compare:
        ours = li.read_surface(a.compare, a.split)[2]  # same flat order as loss-landscape's
        result["max_rel_diff_vs_trainscope"] = li.max_rel_diff(ours, losses)
    if a.json:
        print(json.dumps(result))
    else:
        print("pytorch %s %s%s threads=%d: %d points in %.2f s = %.1f points/s%s" % (
            torch.__version__, arch, " (einsum)" if a.einsum else "", a.threads, len(coords), seconds, len(coords) / seconds,
            "; max relative difference vs TrainScope %.2g" % result["max_rel_diff_vs_trainscope"] if a.compare else ""))


if __name__ == "__main__":
    main()
