#!/usr/bin/python3
"""Check that a TrainScope run file follows the documented layout (docs/run-format.md).

Usage: check_run_layout.py RUN.h5

Reads the file with plain h5py, independently of the C++ reader, and checks the layout
generically: root attributes, /config and /model/spec key lists against their attributes,
/model/param_names against /checkpoints/params, shapes, dtypes, chunking, metric names,
step order and /status. Prints every problem found and exits 1, or prints a one-line
summary and exits 0. Works with Debian 12's python3-h5py (3.7).
"""
import re
import sys

import h5py
import numpy as np

SUPPORTED_VERSION = 2
STATUS_NAMES = {0: "running", 1: "finished", 2: "cancelled", 3: "failed"}


class Checker:
    def __init__(self, path):
        self.path = path
        self.problems = []

    def fail(self, msg):
        self.problems.append(msg)

    def expect(self, cond, msg):
        if not cond:
            self.fail(msg)
        return cond


def to_str(value):
    """A string attribute or element: bytes for fixed-length strings, str for variable-length."""
    if isinstance(value, (bytes, np.bytes_)):
        return bytes(value).decode("utf-8")
    return str(value)


def is_string_dtype(dtype):
    return h5py.check_string_dtype(dtype) is not None


def string_attr(c, obj, name):
    if name not in obj.attrs:
        c.fail(f"missing attribute '{name}' on {obj.name}")
        return None
    value = obj.attrs[name]
    if isinstance(value, np.ndarray) or not isinstance(value, (str, bytes, np.bytes_)):
        c.fail(f"attribute '{name}' on {obj.name} is not a single string")
        return None
    return to_str(value)


def string_list_attr(c, obj, name):
    if name not in obj.attrs:
        c.fail(f"missing attribute '{name}' on {obj.name}")
        return None
    value = obj.attrs[name]
    if isinstance(value, h5py.Empty):
        return []
    if not isinstance(value, np.ndarray) or value.ndim != 1 or not is_string_dtype(value.dtype):
        c.fail(f"attribute '{name}' on {obj.name} is not a 1-D string array")
        return None
    names = [to_str(v) for v in value]
    if len(set(names)) != len(names):
        c.fail(f"attribute '{name}' on {obj.name} has duplicates: {names}")
    return names


def check_link_names(c, names, where):
    for n in names:
        c.expect(n and n not in (".", "..") and "/" not in n, f"invalid name {n!r} in {where}")


def group(c, parent, name):
    obj = parent.get(name)
    if obj is None:
        c.fail(f"missing group {parent.name.rstrip('/')}/{name}")
        return None
    if not c.expect(isinstance(obj, h5py.Group), f"{obj.name} is not a group"):
        return None
    return obj


def dataset(c, parent, name, dtype=None, ndim=None):
    obj = parent.get(name)
    if obj is None:
        c.fail(f"missing dataset {parent.name.rstrip('/')}/{name}")
        return None
    if not c.expect(isinstance(obj, h5py.Dataset), f"{obj.name} is not a dataset"):
        return None
    if dtype is not None and not c.expect(obj.dtype == np.dtype(dtype), f"{obj.name} has dtype {obj.dtype}, expected {dtype}"):
        return None
    if ndim is not None and not c.expect(obj.ndim == ndim, f"{obj.name} has rank {obj.ndim}, expected {ndim}"):
        return None
    return obj


def growing(c, parent, name, dtype, ndim):
    """A dataset that grows along axis 0, one chunk per row for ndim > 1."""
    ds = dataset(c, parent, name, dtype, ndim)
    if ds is None:
        return None
    c.expect(ds.maxshape[0] is None, f"{ds.name} is not unlimited along axis 0 (maxshape {ds.maxshape})")
    c.expect(tuple(ds.maxshape[1:]) == tuple(ds.shape[1:]), f"{ds.name} may grow along other axes: {ds.maxshape}")
    c.expect(ds.chunks is not None, f"{ds.name} is not chunked")
    if ds.chunks is not None and ds.ndim > 1:
        c.expect(ds.chunks == (1,) + ds.shape[1:], f"{ds.name} has chunks {ds.chunks}, expected one row per chunk")
    return ds


def check_non_decreasing(c, steps, name):
    if len(steps) > 1 and np.any(np.diff(steps) < 0):
        c.fail(f"{name} is not monotonic: {steps.tolist()}")


def key_values(c, g):
    keys = string_list_attr(c, g, "keys")
    if keys is None:
        return
    c.expect("keys" not in keys, f"attribute 'keys' on {g.name} lists the reserved name 'keys'")
    for k in keys:
        if k != "keys":
            string_attr(c, g, k)
    extra = set(g.attrs.keys()) - set(keys) - {"keys"}
    c.expect(not extra, f"{g.name} has attributes not listed in 'keys': {sorted(extra)}")


def check(c, f):
    # Root attributes.
    fmt = string_attr(c, f, "format")
    if fmt is None or fmt != "trainscope-run":
        c.fail(f"not a TrainScope run file (format {fmt!r})")
        return {}
    version = f.attrs.get("format_version")
    if not c.expect(isinstance(version, (int, np.integer)), f"format_version is not an integer: {version!r}"):
        return {}
    c.expect(1 <= int(version) <= SUPPORTED_VERSION, f"unsupported format_version {version}")
    string_attr(c, f, "creator")
    created = string_attr(c, f, "created")
    if created is not None:
        c.expect(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", created), f"'created' is not ISO-8601 UTC: {created!r}")

    cfg = group(c, f, "config")
    if cfg is not None:
        key_values(c, cfg)

    # Model and parameter names.
    param_names = []
    buffer_names = []
    model = group(c, f, "model")
    if model is not None:
        string_attr(c, model, "arch")
        spec = group(c, model, "spec")
        if spec is not None:
            key_values(c, spec)
        pn = dataset(c, model, "param_names", ndim=1)
        if pn is not None and c.expect(is_string_dtype(pn.dtype), f"{pn.name} is not a string dataset"):
            param_names = [to_str(v) for v in pn[()]]
            check_link_names(c, param_names, pn.name)
            c.expect(len(set(param_names)) == len(param_names), f"{pn.name} has duplicates")
        # Format version 2: buffer names (BatchNorm statistics), stored per checkpoint.
        if version is not None and int(version) >= 2:
            bn = dataset(c, model, "buffer_names", ndim=1)
            if bn is not None and c.expect(is_string_dtype(bn.dtype), f"{bn.name} is not a string dataset"):
                buffer_names = [to_str(v) for v in bn[()]]
                check_link_names(c, buffer_names, bn.name)
                c.expect(len(set(buffer_names)) == len(buffer_names), f"{bn.name} has duplicates")

    # Evaluation data.
    data = group(c, f, "data")
    if data is not None:
        string_attr(c, data, "loss")
        splits = string_list_attr(c, data, "splits") or []
        check_link_names(c, splits, "attribute 'splits' on /data")
        c.expect(set(data.keys()) == set(splits), f"/data groups {sorted(data.keys())} differ from 'splits' {splits}")
        for s in splits:
            g = group(c, data, s)
            if g is None:
                continue
            arrays = [dataset(c, g, n) for n in ("inputs", "targets")]
            for a in arrays:
                if a is not None:
                    c.expect(a.dtype in (np.dtype("float32"), np.dtype("float64"), np.dtype("int64")),
                             f"{a.name} has dtype {a.dtype}, expected float32, float64 or int64")
                    c.expect(a.ndim >= 1, f"{a.name} is a scalar")
            if all(a is not None and a.ndim >= 1 for a in arrays):
                c.expect(arrays[0].shape[0] == arrays[1].shape[0],
                         f"{g.name}: {arrays[0].shape[0]} inputs but {arrays[1].shape[0]} targets")

    counts = {}
    all_steps = set()

    # Metrics: read step before value, as the writer grows value first.
    metrics = group(c, f, "metrics")
    if metrics is not None:
        names = string_list_attr(c, metrics, "names") or []
        check_link_names(c, names, "attribute 'names' on /metrics")
        c.expect(set(metrics.keys()) == set(names), f"/metrics groups {sorted(metrics.keys())} differ from 'names' {names}")
        for m in names:
            g = group(c, metrics, m)
            if g is None:
                continue
            step = growing(c, g, "step", "int64", 1)
            value = growing(c, g, "value", "float64", 1)
            if step is not None and value is not None:
                n = len(step)
                c.expect(len(value) >= n, f"{g.name}: {n} steps but only {len(value)} values (value is written first)")
                steps = step[:n]
                check_non_decreasing(c, steps, step.name)
                all_steps.update(steps.tolist())
                counts[f"metric {m}"] = min(n, len(value))

    # Checkpoints: /checkpoints/step is the commit mark, read before the parameters.
    ck = group(c, f, "checkpoints")
    if ck is not None:
        step = growing(c, ck, "step", "int64", 1)
        params = group(c, ck, "params")
        if step is not None and params is not None:
            n = len(step)
            present = set(params.keys())
            c.expect(present == set(param_names),
                     f"/checkpoints/params holds {sorted(present)} but /model/param_names lists {sorted(param_names)}")
            count = n
            for name in param_names:
                if name not in present:
                    continue
                ds = params[name]
                if not c.expect(isinstance(ds, h5py.Dataset), f"{ds.name} is not a dataset"):
                    continue
                ds = growing(c, params, name, "float32", ds.ndim)
                if ds is None:
                    continue
                c.expect(ds.ndim >= 1, f"{ds.name} has no checkpoint axis")
                c.expect(all(d > 0 for d in ds.shape[1:]), f"{ds.name} has an empty dimension: {ds.shape}")
                c.expect(len(ds) >= n, f"{ds.name} has {len(ds)} rows but /checkpoints/step has {n} (parameters are written first)")
                count = min(count, len(ds))
            if version is not None and int(version) >= 2:
                buffers = group(c, ck, "buffers")
                if buffers is not None:
                    c.expect(set(buffers.keys()) == set(buffer_names),
                             f"/checkpoints/buffers holds {sorted(buffers.keys())} but /model/buffer_names lists {sorted(buffer_names)}")
                    for name in buffer_names:
                        if name not in buffers:
                            continue
                        ds = buffers[name]
                        if not c.expect(isinstance(ds, h5py.Dataset), f"{ds.name} is not a dataset"):
                            continue
                        c.expect(ds.dtype in (np.dtype("float32"), np.dtype("int64")),
                                 f"{ds.name} has dtype {ds.dtype}, expected float32 or int64")
                        ds = growing(c, buffers, name, str(ds.dtype), ds.ndim)
                        if ds is None:
                            continue
                        c.expect(len(ds) >= n, f"{ds.name} has {len(ds)} rows but /checkpoints/step has {n} (buffers are written first)")
                        count = min(count, len(ds))
            steps = step[:count]
            check_non_decreasing(c, steps, step.name)
            all_steps.update(steps.tolist())
            counts["checkpoints"] = count

    # Routing (optional).
    if "routing" in f:
        rg = group(c, f, "routing")
        if rg is not None:
            step = growing(c, rg, "step", "int64", 1)
            weights = growing(c, rg, "weights", "float32", 4)
            if step is not None and weights is not None:
                n = len(step)
                c.expect(len(weights) >= n, f"/routing: {n} steps but {len(weights)} weight rows (weights are written first)")
                c.expect(all(d > 0 for d in weights.shape[1:]), f"/routing/weights has an empty dimension: {weights.shape}")
                check_non_decreasing(c, step[:n], step.name)
                counts["routing"] = min(n, len(weights))

    # Status.
    st = group(c, f, "status")
    if st is not None:
        code = dataset(c, st, "code", "int64", 0)
        if code is not None:
            value = int(code[()])
            c.expect(value in STATUS_NAMES, f"/status/code holds unknown status {value}")
            counts["status"] = STATUS_NAMES.get(value, value)
        msg = dataset(c, st, "message", ndim=0)
        if msg is not None:
            info = h5py.check_string_dtype(msg.dtype)
            c.expect(info is not None and info.length == 1024,
                     f"/status/message is not a fixed-length 1024-byte string ({msg.dtype})")
        last = dataset(c, st, "last_step", "int64", 0)
        if last is not None:
            value = int(last[()])
            c.expect(value == -1 or value in all_steps,
                     f"/status/last_step is {value}, which is no metric or checkpoint step")
    return counts


def open_run(path):
    # swmr=True reads runs that are being written or whose writer died; a cleanly closed
    # run also opens without it.
    try:
        return h5py.File(path, "r", swmr=True)
    except OSError:
        return h5py.File(path, "r")


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    path = argv[1]
    c = Checker(path)
    try:
        with open_run(path) as f:
            counts = check(c, f)
    except Exception as e:  # a damaged file: report, do not trace back
        c.fail(f"cannot read: {type(e).__name__}: {e}")
        counts = {}
    if c.problems:
        for p in c.problems:
            print(f"{path}: {p}")
        return 1
    print(f"{path}: OK " + ", ".join(f"{k}: {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
