"""A small CNN learns a synthetic image task (which of four quadrants holds a bright
bar, under noise), recorded with trainscope.Recorder. Nothing is downloaded. With
--batchnorm each convolution is followed by BatchNorm: its running statistics are recorded
with every checkpoint, and the logged losses are PyTorch's own eval-mode losses.

usage: PYTHONPATH=python python3 examples/record_cnn.py [RUN.h5] [--steps N] [--batchnorm]
Then: trainscope RUN.h5 (the app follows it live), trainscope info RUN.h5, ...
"""
import argparse
import sys
import time

import torch
import torch.nn.functional as F

from trainscope import Recorder


def make_images(n, generator):
    """n 1x12x12 images: a bar (horizontal or vertical) in one of four quadrants → class."""
    y = torch.randint(0, 4, (n,), generator=generator)
    x = 0.3 * torch.randn(n, 1, 12, 12, generator=generator)
    vertical = torch.rand(n, generator=generator) < 0.5
    for i in range(n):
        r0, c0 = 6 * (int(y[i]) // 2), 6 * (int(y[i]) % 2)
        k = int(torch.randint(1, 5, (1,), generator=generator))
        if vertical[i]:
            x[i, 0, r0 + 1:r0 + 5, c0 + k] += 1.0
        else:
            x[i, 0, r0 + k, c0 + 1:c0 + 5] += 1.0
    return x, y


class SmallCnn(torch.nn.Module):
    def __init__(self, batchnorm=False):
        super().__init__()
        self.conv1 = torch.nn.Conv2d(1, 6, 3, padding=1)
        self.conv2 = torch.nn.Conv2d(6, 8, 3, padding=1)
        self.fc = torch.nn.Linear(8 * 3 * 3, 4)
        self.bn1 = torch.nn.BatchNorm2d(6) if batchnorm else torch.nn.Identity()
        self.bn2 = torch.nn.BatchNorm2d(8) if batchnorm else torch.nn.Identity()

    def forward(self, x):
        x = F.max_pool2d(torch.relu(self.bn1(self.conv1(x))), 2)
        x = F.max_pool2d(torch.relu(self.bn2(self.conv2(x))), 2)
        return self.fc(x.flatten(1))


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", default="cnn_run.h5")
    ap.add_argument("--steps", type=int, default=300)
    ap.add_argument("--every", type=int, default=50, help="checkpoint every N steps")
    ap.add_argument("--delay", type=float, default=0.0, help="seconds to sleep per step (to watch it live)")
    ap.add_argument("--batchnorm", action="store_true", help="BatchNorm after each convolution")
    args = ap.parse_args(argv)

    torch.manual_seed(0)
    g = torch.Generator().manual_seed(1)
    x, y = make_images(512, g)
    xt, yt = make_images(256, g)
    model = SmallCnn(args.batchnorm)
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)

    config = {"task": "quadrant_bars", "model": "SmallCnn" + ("+BatchNorm" if args.batchnorm else ""), "optimizer": "sgd", "lr": 0.1, "momentum": 0.9,
              "batch": 64, "steps": args.steps, "seed": 0}
    with Recorder(args.out, model, data={"train": (x, y), "test": (xt, yt)}, loss="cross_entropy",
                  config=config, metrics=["train_loss", "train_acc", "test_loss", "test_acc"]) as rec:
        for step in range(args.steps + 1):
            if step % args.every == 0:
                with torch.no_grad():
                    model.eval()
                    out, outt = model(x), model(xt)
                    model.train()
                rec.log(step, train_loss=F.cross_entropy(out, y).item(),
                        train_acc=(out.argmax(1) == y).float().mean().item(),
                        test_loss=F.cross_entropy(outt, yt).item(),
                        test_acc=(outt.argmax(1) == yt).float().mean().item())
                rec.checkpoint(step, model)
            if step == args.steps:
                break
            idx = torch.randint(0, len(x), (64,), generator=g)
            opt.zero_grad()
            F.cross_entropy(model(x[idx]), y[idx]).backward()
            opt.step()
            if args.delay:
                time.sleep(args.delay)
    print("wrote", args.out)


if __name__ == "__main__":
    main(sys.argv[1:])
