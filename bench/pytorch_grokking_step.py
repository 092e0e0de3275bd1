#!/usr/bin/env python3
"""Independent PyTorch timing of one full-batch AdamW step of the grokking demo
(Grokking-Tickets MLP, a+b mod 67, pairs i<=j, train fraction 0.4).

Usage: python3 bench/pytorch_grokking_step.py [--threads N] [--steps N] [--json]
Prints the median milliseconds per training step (forward, backward, AdamW update).
"""
import argparse, json, time
import torch

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--steps", type=int, default=200)
    ap.add_argument("--warmup", type=int, default=20)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--assoc", choices=["left", "inner"], default="left",
                    help="left: (h·W_out)·W_U as usual PyTorch code; inner: h·(W_out·W_U) as TrainScope")
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    torch.set_flush_denormal(True)
    torch.manual_seed(0)
    p, d, h = 67, 500, 48
    pairs = torch.tensor([(i, j) for i in range(p) for j in range(i, p)])
    perm = torch.randperm(len(pairs))
    ntr = int(0.4 * len(pairs))
    tr = pairs[perm[:ntr]]
    y = (tr[:, 0] + tr[:, 1]) % p
    W_E = (torch.randn(d, p) / p ** 0.5).requires_grad_()
    W_in = (torch.randn(d, h) / d ** 0.5).requires_grad_()
    W_out = (torch.randn(h, d) / h ** 0.5).requires_grad_()
    W_U = (torch.randn(d, p) / d ** 0.5).requires_grad_()
    params = [W_E, W_in, W_out, W_U]
    opt = torch.optim.AdamW(params, lr=1e-2, betas=(0.9, 0.98), weight_decay=1.0)

    def step():
        x = W_E[:, tr[:, 0]].T + W_E[:, tr[:, 1]].T
        h = torch.relu(x @ W_in)
        logits = h @ (W_out @ W_U) if a.assoc == "inner" else (h @ W_out) @ W_U
        loss = torch.nn.functional.cross_entropy(logits, y)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        return loss

    for _ in range(a.warmup):
        step()
    times = []
    for _ in range(a.steps):
        t0 = time.perf_counter()
        step()
        times.append(time.perf_counter() - t0)
    times.sort()
    med = times[len(times) // 2] * 1e3
    if a.json:
        print(json.dumps({"impl": "pytorch", "assoc": a.assoc, "torch": torch.__version__, "threads": a.threads,
                          "steps": a.steps, "ms_per_step_median": med}))
    else:
        print(f"pytorch {torch.__version__} ({a.assoc}) threads={a.threads}: {med:.2f} ms/step (median of {a.steps})")

if __name__ == "__main__":
    main()
