"""The PyTorch peer of bench_import_checkpoint: torch.load of a .pt file (weights as float32
tensors), median wall time of --repeats loads.

usage: pytorch_load.py FILE.pt [--repeats 5]"""
import argparse
import time

import torch

ap = argparse.ArgumentParser()
ap.add_argument("file")
ap.add_argument("--repeats", type=int, default=5)
args = ap.parse_args()
times = []
for _ in range(args.repeats):
    start = time.perf_counter()
    sd = torch.load(args.file, map_location="cpu")
    n = sum(v.float().numel() for v in sd.values())
    times.append(time.perf_counter() - start)
times.sort()
print("%s: torch.load, %d tensors, %d values, median %.3f s (min %.3f) over %d loads"
      % (args.file, len(sd), n, times[len(times) // 2], times[0], args.repeats))
