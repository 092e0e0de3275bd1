#!/usr/bin/env python3
"""Records a ResNet-20 (3 stages of 16/32/64 channels, 3 basic blocks each, BatchNorm,
3×32×32 inputs, 10 classes: tests/python/resnet_reference.py, the PyTorch twin of TrainScope's
resnet, with projection shortcuts) briefly trained on synthetic CIFAR-shaped data, through
TrainScope's Python recorder (python/trainscope), for bench/resnet_cifar_landscape.sh.

The images are seeded and made here (nothing is downloaded): each class has a smooth random
colour pattern; an image is its class's pattern, randomly shifted, flipped and scaled, plus
smooth and pixel noise, so a few SGD steps learn something. Training: SGD, momentum 0.9,
batch 128, train mode (so the BatchNorm running statistics move away from 0/1); a checkpoint
(parameters and running statistics) and eval-mode losses at --checkpoints evenly spaced steps.

Usage: /usr/bin/python3 bench/resnet_cifar_record.py [--images 2000] [--test-images 500]
           [--steps 40] [--checkpoints 4] [--lr 0.05] [--seed 0] [--threads 2] [--out RUN.h5]
"""
import argparse
import os
import sys
import time

import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.join(HERE, "..", "python"), os.path.join(HERE, "..", "tests", "python")]
from trainscope import Recorder  # noqa: E402
from resnet_reference import ResNet  # noqa: E402

CLASSES = 10


def smooth_noise(n, size, g):
    """[n, 3, 32, 32] noise with features of about 32/size pixels."""
    coarse = torch.randn(n, 3, size, size, generator=g)
    return F.interpolate(coarse, size=(32, 32), mode="bilinear", align_corners=False)


def make_images(n, patterns, g):
    y = torch.randint(0, CLASSES, (n,), generator=g)
    x = patterns[y] * (0.6 + 0.8 * torch.rand(n, 1, 1, 1, generator=g))
    flip = torch.rand(n, generator=g) < 0.5
    x[flip] = x[flip].flip(3)
    shifts = torch.randint(-4, 5, (n, 2), generator=g)
    for s in shifts.unique(dim=0):  # one roll per distinct shift, not per image
        idx = (shifts == s).all(1)
        x[idx] = x[idx].roll((int(s[0]), int(s[1])), dims=(2, 3))
    x += 0.7 * smooth_noise(n, 8, g) + 0.3 * torch.randn(n, 3, 32, 32, generator=g)
    return x.contiguous(), y


def evaluate(model, x, y, batch=500):
    model.eval()
    loss = correct = 0.0
    with torch.no_grad():
        for i in range(0, len(x), batch):
            out = model(x[i:i + batch])
            loss += F.cross_entropy(out, y[i:i + batch], reduction="sum").item()
            correct += (out.argmax(1) == y[i:i + batch]).sum().item()
    model.train()
    return loss / len(x), correct / len(x)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--images", type=int, default=2000, help="training images")
    ap.add_argument("--test-images", type=int, default=500)
    ap.add_argument("--steps", type=int, default=40, help="SGD steps (batch 128)")
    ap.add_argument("--checkpoints", type=int, default=4, help="checkpoints, evenly spaced, the last at --steps")
    ap.add_argument("--lr", type=float, default=0.05)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", default="resnet_cifar_run.h5")
    a = ap.parse_args()
    if a.images < 1 or a.test_images < 1 or a.steps < 1 or a.checkpoints < 1:
        sys.exit("--images, --test-images, --steps and --checkpoints must be positive")
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    g = torch.Generator().manual_seed(a.seed)
    patterns = smooth_noise(CLASSES, 4, g) * 1.2  # the classes, shared by both splits
    x, y = make_images(a.images, patterns, g)
    xt, yt = make_images(a.test_images, patterns, g)

    model = ResNet(depth=20, width=16, in_channels=3, classes=CLASSES)
    opt = torch.optim.SGD(model.parameters(), lr=a.lr, momentum=0.9, weight_decay=5e-4)
    batch = 128
    saves = sorted({round(a.steps * k / max(1, a.checkpoints - 1)) for k in range(a.checkpoints)}
                   if a.checkpoints > 1 else {a.steps})
    config = {"task": "synthetic_cifar", "model": "resnet20_w16_reference", "images": a.images,
              "test_images": a.test_images, "optimizer": "sgd", "lr": a.lr, "momentum": 0.9, "weight_decay": 5e-4,
              "batch": batch, "steps": a.steps, "seed": a.seed}
    params = sum(p.numel() for p in model.parameters())
    print("ResNet-20 width 16: %d parameters; %d training, %d test images; %d steps, checkpoints at %s"
          % (params, a.images, a.test_images, a.steps, saves), flush=True)
    start = time.perf_counter()
    model.train()
    with Recorder(a.out, model, data={"train": (x, y), "test": (xt, yt)}, loss="cross_entropy", config=config,
                  metrics=["train_loss", "train_acc", "test_loss", "test_acc", "batch_loss"]) as rec:
        batch_loss = float("nan")
        for step in range(a.steps + 1):
            if step in saves:
                tl, ta = evaluate(model, x, y)
                vl, va = evaluate(model, xt, yt)
                rec.log(step, train_loss=tl, train_acc=ta, test_loss=vl, test_acc=va, batch_loss=batch_loss)
                rec.checkpoint(step, model)
                print("step %4d: train loss %.4f acc %.3f, test loss %.4f acc %.3f (%.0f s)"
                      % (step, tl, ta, vl, va, time.perf_counter() - start), flush=True)
            if step == a.steps:
                break
            idx = torch.randint(0, a.images, (min(batch, a.images),), generator=g)
            opt.zero_grad()
            loss = F.cross_entropy(model(x[idx]), y[idx])
            loss.backward()
            opt.step()
            batch_loss = loss.item()
    bn = model.bn1.running_var
    print("wrote %s (bn1 running_var %.3g..%.3g)" % (a.out, bn.min().item(), bn.max().item()))


if __name__ == "__main__":
    main()
