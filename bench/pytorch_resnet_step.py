#!/usr/bin/env python3
"""PyTorch peer of bench_resnet_step: one training step of a CIFAR-style ResNet on 1x28x28
images (forward, backward, SGD momentum 0.9 + weight decay 5e-4, train-mode BatchNorm) and
eval-mode forward throughput. The module is tests/python/resnet_reference.py's, the one
TrainScope's `resnet` model is tested against.

Usage: python3 bench/pytorch_resnet_step.py [--threads N] [--steps N] [--batch N]
                                            [--depth D] [--width W] [--json]
"""
import argparse
import json
import os
import sys
import time

import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "python"))
from resnet_reference import ResNet  # noqa: E402


def median_ms(warmup, repeats, f):
    for _ in range(warmup):
        f()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        f()
        times.append(time.perf_counter() - t0)
    times.sort()
    return times[len(times) // 2] * 1e3


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--steps", type=int, default=30)
    ap.add_argument("--warmup", type=int, default=5)
    ap.add_argument("--batch", type=int, default=128)
    ap.add_argument("--depth", type=int, default=20)
    ap.add_argument("--width", type=int, default=8)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    torch.set_flush_denormal(True)
    torch.manual_seed(0)
    model = ResNet(a.depth, a.width, 1, 10)
    opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9, weight_decay=5e-4)
    x = torch.randn(a.batch, 1, 28, 28)
    y = torch.randint(0, 10, (a.batch,))

    def step():
        opt.zero_grad(set_to_none=True)
        F.cross_entropy(model(x), y).backward()
        opt.step()

    def forward():
        with torch.no_grad():
            model(x)

    model.train()
    train_ms = median_ms(a.warmup, a.steps, step)
    model.eval()
    eval_ms = median_ms(a.warmup, a.steps, forward)
    images = a.batch / (eval_ms / 1e3)
    params = sum(p.numel() for p in model.parameters())
    if a.json:
        print(json.dumps({"impl": "pytorch", "torch": torch.__version__, "threads": a.threads, "batch": a.batch,
                          "depth": a.depth, "width": a.width, "params": params,
                          "train_ms_per_step_median": train_ms, "eval_ms_median": eval_ms,
                          "eval_images_per_s": images}))
    else:
        print(f"pytorch {torch.__version__} threads={a.threads}: train {train_ms:.1f} ms/step, eval {eval_ms:.1f} "
              f"ms/batch = {images:.0f} images/s (ResNet-{a.depth} width {a.width}, {params} params, "
              f"batch {a.batch}, medians of {a.steps})")


if __name__ == "__main__":
    main()
