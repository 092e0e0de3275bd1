#!/usr/bin/env python3
"""Independent PyTorch timing of the sharpness engine's work on the grokking demo's model
at initialisation (Grokking-Tickets MLP, a+b mod 67, pairs i<=j, train fraction 0.4, full
training split): (a) lambda_max by 20 power iterations, (b) a Hutchinson trace with 100
Rademacher probes. Hessian-vector products by double backprop (torch.autograd.grad with
create_graph=True once, then one grad of the gradient per product, retain_graph=True), the
same scheme as core/analysis/HessianVectorProduct.cpp and PyHessian.

Association: logits = relu(x @ W_in) @ (W_out @ W_U) by default, as the C++ model does
(--assoc left gives (relu(x @ W_in) @ W_out) @ W_U as in bench/pytorch_grokking_step.py).

Usage: python3 bench/pytorch_sharpness.py [--threads N] [--repeats N] [--assoc inner|left] [--json]
"""
import argparse, json, time
import torch


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--assoc", choices=["inner", "left"], default="inner")
    ap.add_argument("--json", action="store_true")
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

    def loss_fn():
        x = W_E[:, tr[:, 0]].T + W_E[:, tr[:, 1]].T
        hid = torch.relu(x @ W_in)
        logits = hid @ (W_out @ W_U) if a.assoc == "inner" else (hid @ W_out) @ W_U
        return torch.nn.functional.cross_entropy(logits, y)

    def gradients():
        return torch.autograd.grad(loss_fn(), params, create_graph=True)

    def hvp(grads, v):
        return torch.autograd.grad(grads, params, grad_outputs=v, retain_graph=True)

    def dot(u, v):
        return sum((x * y).sum() for x, y in zip(u, v))

    def lambda_max(iters=20):
        grads = gradients()
        v = [torch.randn_like(q) for q in params]
        n = dot(v, v).sqrt()
        v = [x / n for x in v]
        lam = 0.0
        for _ in range(iters):
            hv = hvp(grads, v)
            lam = dot(hv, v).item()
            n = dot(hv, hv).sqrt()
            v = [x / n for x in hv]
        return lam

    def trace(probes=100):
        grads = gradients()
        vals = []
        for _ in range(probes):
            z = [torch.randint(0, 2, q.shape).float() * 2 - 1 for q in params]
            vals.append(dot(hvp(grads, z), z).item())
        t = torch.tensor(vals, dtype=torch.float64)
        return t.mean().item(), (t.std() / len(vals) ** 0.5).item()

    def timed(f):
        t0 = time.perf_counter()
        r = f()
        return time.perf_counter() - t0, r

    te, tt = [], []
    for _ in range(a.repeats):
        s, lam = timed(lambda_max)
        te.append(s)
        s, (tm, tse) = timed(trace)
        tt.append(s)
    te.sort()
    tt.sort()
    eig, trs = te[len(te) // 2], tt[len(tt) // 2]
    if a.json:
        print(json.dumps({"impl": "pytorch", "torch": torch.__version__, "threads": a.threads, "assoc": a.assoc,
                          "lambda_max": lam, "s_lambda_max_20_iters": eig, "trace": tm, "trace_stderr": tse,
                          "s_trace_100_probes": trs}))
    else:
        print(f"pytorch {torch.__version__} threads={a.threads} assoc={a.assoc}: lambda_max={lam:.5g} in {eig:.3f} s "
              f"(20 power iterations); trace={tm:.5g} ± {tse:.2g} in {trs:.3f} s (100 probes); median of {a.repeats}")


if __name__ == "__main__":
    main()
