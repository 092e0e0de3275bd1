#!/usr/bin/env python3
"""Compares what one process and an mpirun job wrote (tests/mpi/mpi_test.sh).

  compare_outputs.py surfaces A.h5 B.h5     every value of every metric (and std map), NaN where NaN
  compare_outputs.py json A.json B.json     every number of two JSON reports
  compare_outputs.py computed SURF.h5       prints how many points of train_loss are computed

Equal means bit for bit or within 1e-6 relative (the issue's bound); the largest difference
is printed either way. Exit 1 when they differ."""
import json, math, sys

import h5py
import numpy as np

TOL = 1e-6


def numbers(value, path=""):
    if isinstance(value, dict):
        for k in sorted(value):
            yield from numbers(value[k], f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from numbers(v, f"{path}[{i}]")
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        yield path, float(value)
    else:
        yield path, value


def close(a, b):
    if isinstance(a, float) and isinstance(b, float):
        if math.isnan(a) or math.isnan(b):
            return math.isnan(a) and math.isnan(b), 0.0
        rel = abs(a - b) / max(abs(a), abs(b), 1e-30)
        return rel <= TOL, rel
    return a == b, 0.0


def main():
    kind = sys.argv[1]
    if kind == "computed":
        with h5py.File(sys.argv[2], "r") as f:
            print(int(np.isfinite(f["train_loss"][()]).sum()), f["train_loss"].size)
        return 0
    worst, bad = 0.0, []
    if kind == "surfaces":
        with h5py.File(sys.argv[2], "r") as a, h5py.File(sys.argv[3], "r") as b:
            names = ["train_loss", "train_acc"]
            names += [n for n in ("train_loss_std", "train_acc_std") if n in a or n in b]  # --batches K
            for name in names:
                if name not in a or name not in b:
                    bad.append(f"{name}: in one file only")
                    continue
                x, y = a[name][()].ravel(), b[name][()].ravel()
                if x.shape != y.shape:
                    bad.append(f"{name}: shapes {x.shape} and {y.shape}")
                    continue
                for i, (u, v) in enumerate(zip(x.tolist(), y.tolist())):
                    ok, rel = close(u, v)
                    worst = max(worst, rel)
                    if not ok:
                        bad.append(f"{name}[{i}]: {u} vs {v}")
    else:
        ja, jb = (list(numbers(json.load(open(p)))) for p in sys.argv[2:4])
        if [p for p, _ in ja] != [p for p, _ in jb]:
            bad.append("the reports have different fields")
        for (p, u), (_, v) in zip(ja, jb):
            if p.endswith(("seconds", "points_per_second")) or "seconds" in p:
                continue
            ok, rel = close(u, v)
            worst = max(worst, rel)
            if not ok:
                bad.append(f"{p}: {u} vs {v}")
    print(f"largest relative difference {worst:.3g}" + ("" if not bad else f"; {len(bad)} differ, first: {bad[0]}"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
