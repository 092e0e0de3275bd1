#!/usr/bin/env python3
"""The nn.Module equivalent of TrainScope's `resnet` model (core/models/ResNet.h), and a
reference run of it for tests/core/test_resnet.cpp.

Usage: resnet_reference.py DIR --depth D --width W [--no-shortcut] [--in-channels C] [--classes K]

Reads from DIR (raw little-endian float32, the C++ model's order): params.bin (all
parameters, concatenated), buffers.bin (every buffer as float32, num_batches_tracked
included), inputs.bin [n, C, H, W] with --shape n,C,H,W, targets.bin (class indices as
float32). Writes to DIR: names.txt ("param|buffer NAME d0,d1,..." per line, state-dict
order), eval_logits.bin, train_logits.bin, buffers_after.bin (after one train-mode forward)
and grads.bin (d cross-entropy / d params of that train-mode forward).
"""
import argparse
import os

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F


class BasicBlock(nn.Module):
    def __init__(self, in_planes, planes, stride, shortcut):
        super().__init__()
        self.conv1 = nn.Conv2d(in_planes, planes, 3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.conv2 = nn.Conv2d(planes, planes, 3, stride=1, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)
        self.use_shortcut = shortcut
        if shortcut and (stride != 1 or in_planes != planes):
            # option B: projection by a strided 1x1 convolution + BN
            self.shortcut = nn.Sequential(nn.Conv2d(in_planes, planes, 1, stride=stride, bias=False),
                                          nn.BatchNorm2d(planes))
        else:
            self.shortcut = nn.Sequential()

    def forward(self, x):
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        if self.use_shortcut:
            out = out + self.shortcut(x)
        return F.relu(out)


class ResNet(nn.Module):
    """He et al. 2016 Section 4.2: depth 6n+2, widths w, 2w, 4w; shortcut=False is Li et al.
    2018's "noshort" network."""

    def __init__(self, depth=20, width=16, in_channels=1, classes=10, shortcut=True):
        super().__init__()
        assert depth >= 8 and (depth - 2) % 6 == 0
        n = (depth - 2) // 6
        self.conv1 = nn.Conv2d(in_channels, width, 3, stride=1, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(width)
        in_planes = width
        for stage in range(3):
            planes = width << stage
            blocks = []
            for b in range(n):
                stride = 2 if stage > 0 and b == 0 else 1
                blocks.append(BasicBlock(in_planes, planes, stride, shortcut))
                in_planes = planes
            setattr(self, f"layer{stage + 1}", nn.Sequential(*blocks))
        self.linear = nn.Linear(in_planes, classes)
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")

    def forward(self, x):
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.layer3(self.layer2(self.layer1(out)))
        out = F.adaptive_avg_pool2d(out, 1).flatten(1)
        return self.linear(out)


def read(path, count=None):
    a = np.fromfile(path, dtype="<f4")
    if count is not None and a.size != count:
        raise SystemExit(f"{path}: {a.size} values, expected {count}")
    return torch.from_numpy(a.copy())


def write(path, tensors):
    np.concatenate([t.detach().reshape(-1).to(torch.float32).numpy() for t in tensors]).astype("<f4").tofile(path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--depth", type=int, required=True)
    ap.add_argument("--width", type=int, required=True)
    ap.add_argument("--no-shortcut", action="store_true")
    ap.add_argument("--in-channels", type=int, default=1)
    ap.add_argument("--classes", type=int, default=10)
    ap.add_argument("--shape", required=True, help="input shape n,C,H,W")
    a = ap.parse_args()
    torch.set_num_threads(1)
    d = a.dir
    model = ResNet(a.depth, a.width, a.in_channels, a.classes, shortcut=not a.no_shortcut)
    params = list(model.named_parameters())
    buffers = list(model.named_buffers())
    with open(os.path.join(d, "names.txt"), "w") as f:
        for kind, items in (("param", params), ("buffer", buffers)):
            for name, t in items:
                f.write(f"{kind} {name} {','.join(str(s) for s in t.shape) or '-'}\n")

    flat = read(os.path.join(d, "params.bin"), sum(p.numel() for _, p in params))
    bufs = read(os.path.join(d, "buffers.bin"), sum(b.numel() for _, b in buffers))
    with torch.no_grad():
        offset = 0
        for _, p in params:
            p.copy_(flat[offset:offset + p.numel()].view_as(p))
            offset += p.numel()
        offset = 0
        for _, b in buffers:
            b.copy_(bufs[offset:offset + b.numel()].view_as(b).to(b.dtype))
            offset += b.numel()
    shape = [int(s) for s in a.shape.split(",")]
    x = read(os.path.join(d, "inputs.bin")).view(shape)
    y = read(os.path.join(d, "targets.bin"), shape[0]).long()

    model.eval()
    with torch.no_grad():
        write(os.path.join(d, "eval_logits.bin"), [model(x)])
    model.train()
    logits = model(x)
    write(os.path.join(d, "train_logits.bin"), [logits])
    write(os.path.join(d, "buffers_after.bin"), [b for _, b in model.named_buffers()])
    F.cross_entropy(logits, y).backward()
    write(os.path.join(d, "grads.bin"), [p.grad for _, p in model.named_parameters()])


if __name__ == "__main__":
    main()
