#!/usr/bin/env python3
"""Independent PyTorch TracIn of one test example over every checkpoint of a grokking-demo run
(Grokking-Tickets MLP), read with h5py: the model is rebuilt from the stored parameters.

Usage: python3 bench/pytorch_tracin.py RUN.h5 [--test 0] [--threads N] [--mode loop|vmap] [--json] [--out scores.npy]
loop: the plain TracIn loop (Pruthi et al.'s reference form): per checkpoint, the test gradient,
then one autograd.grad per training example and its dot product.
vmap: per-example gradients of a checkpoint at once with functorch (vmap over grad).
Prints the seconds for all checkpoints (reading included) and optionally saves the scores.
"""
import argparse, json, time
import h5py
import numpy as np
import torch


def forward(p, x):
    W_E, W_in, W_out, W_U = p
    E = W_E.t()
    h = torch.relu((E[x[:, 0]] + E[x[:, 1]]) @ W_in)
    return h @ (W_out @ W_U)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("run")
    ap.add_argument("--test", type=int, default=0)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--mode", choices=["loop", "vmap"], default="loop")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--out")
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    t0 = time.perf_counter()
    with h5py.File(a.run, "r", swmr=True) as f:
        names = list(f["model/param_names"].asstr()[()])
        assert names == ["W_E", "W_in", "W_out", "W_U"], names
        steps = f["checkpoints/step"][()]
        xtr = torch.from_numpy(f["data/train/inputs"][()])
        ytr = torch.from_numpy(f["data/train/targets"][()])
        xte = torch.from_numpy(f["data/test/inputs"][()][a.test:a.test + 1])
        yte = torch.from_numpy(f["data/test/targets"][()][a.test:a.test + 1])
        lr_steps = f["metrics/lr/step"][()]
        lr_values = f["metrics/lr/value"][()]
        scores = np.zeros(len(xtr))
        for k, step in enumerate(steps):
            p = [torch.from_numpy(f["checkpoints/params/" + n][k]).requires_grad_() for n in names]
            i = max(np.searchsorted(lr_steps, step, side="right") - 1, 0)
            eta = lr_values[i]
            lt = torch.nn.functional.cross_entropy(forward(p, xte), yte)
            v = torch.autograd.grad(lt, p)
            if a.mode == "loop":
                for j in range(len(xtr)):
                    l = torch.nn.functional.cross_entropy(forward(p, xtr[j:j + 1]), ytr[j:j + 1])
                    g = torch.autograd.grad(l, p)
                    scores[j] += eta * sum((gi * vi).sum().item() for gi, vi in zip(g, v))
            else:
                from functorch import grad, vmap

                def loss1(params, x, y):
                    return torch.nn.functional.cross_entropy(forward(params, x.unsqueeze(0)), y.unsqueeze(0))

                pd = [t.detach() for t in p]
                G = vmap(grad(loss1), in_dims=(None, 0, 0))(pd, xtr, ytr)
                scores += eta * sum((g.reshape(len(xtr), -1) @ vi.reshape(-1)).double().numpy() for g, vi in zip(G, v))
    seconds = time.perf_counter() - t0
    if a.out:
        np.save(a.out, scores)
    if a.json:
        print(json.dumps({"impl": "pytorch-" + a.mode, "torch": torch.__version__, "threads": a.threads,
                          "checkpoints": int(len(steps)), "train": int(len(xtr)), "seconds": seconds}))
    else:
        print(f"pytorch {torch.__version__} {a.mode} threads={a.threads}: {len(steps)} checkpoints x {len(xtr)} "
              f"examples in {seconds:.2f} s")


if __name__ == "__main__":
    main()
