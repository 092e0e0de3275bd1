"""The Recorder: writes one training run to an HDF5 run file in SWMR mode, exactly in the
layout of docs/run-format.md (the same file TrainScope's C++ RunWriter writes), with the
model stored as TorchScript so that TrainScope can evaluate any checkpoint.

The header (config, model, data, metric names) is written when the first log(),
checkpoint() or routing() call arrives; then the file switches to SWMR mode, after which
HDF5 allows no new datasets, so metric names are fixed from then on: pass metrics=[...] or
let the first log() call name them.
"""
import datetime
import io
import math

import h5py
import numpy as np

FORMAT_VERSION = 2
LOSSES = ("cross_entropy", "logistic", "mse")
STATUS = {"running": 0, "finished": 1, "cancelled": 2, "failed": 3}
SERIES_CHUNK = 1024
MESSAGE_BYTES = 1024


def _utf8(text):
    b = str(text).encode("utf-8")
    if b"\0" in b:
        b = b[: b.index(b"\0")]
    return b


def _string_attr(obj, name, value):
    b = _utf8(value)
    obj.attrs.create(name, np.array(b, dtype="S%d" % max(1, len(b))),
                     dtype=h5py.string_dtype("utf-8", max(1, len(b))))


def _string_array(values):
    bs = [_utf8(v) for v in values]
    n = max([1] + [len(b) for b in bs])
    return np.array(bs, dtype="S%d" % n).reshape(len(bs)), h5py.string_dtype("utf-8", n)


def _fixed_string_type(n):
    """HDF5 fixed-length, null-padded UTF-8 string of n bytes (as the C++ writer makes)."""
    tid = h5py.h5t.C_S1.copy()
    tid.set_size(n)
    tid.set_strpad(h5py.h5t.STR_NULLPAD)
    tid.set_cset(h5py.h5t.CSET_UTF8)
    return tid


def _string_dataset(group, name, arr):
    """A string dataset (1-D array or scalar) of arr, an 'S<n>' numpy array."""
    tid = _fixed_string_type(arr.dtype.itemsize)
    space = h5py.h5s.create_simple(arr.shape) if arr.shape else h5py.h5s.create(h5py.h5s.SCALAR)
    dsid = h5py.h5d.create(group.id, name.encode(), tid, space)
    if arr.size:
        dsid.write(h5py.h5s.ALL, h5py.h5s.ALL, arr, mtype=tid)
    return h5py.Dataset(dsid)


def _key_values(group, kv):
    for k, v in kv.items():
        if k == "keys":
            raise ValueError("config key 'keys' is reserved by the run file format")
        _string_attr(group, k, v)
    arr, dt = _string_array(list(kv.keys()))
    group.attrs.create("keys", arr, dtype=dt)


def _check_name(kind, name):
    if not name or "/" in name or name in (".", ".."):
        raise ValueError("%s name %r cannot be stored in a run file (no '/', not empty, not . or ..)" % (kind, name))


def _as_array(value):
    """A tensor or array as a numpy array of a dtype the run file stores."""
    if hasattr(value, "detach"):
        value = value.detach().cpu()
        if str(value.dtype) in ("torch.float16", "torch.bfloat16"):
            value = value.float()
        value = value.numpy()
    a = np.ascontiguousarray(value)
    if a.dtype in (np.float32, np.float64, np.int64):
        return a
    if a.dtype.kind == "f":
        return a.astype(np.float32)
    if a.dtype.kind in "iub":
        return a.astype(np.int64)
    raise TypeError("data of dtype %s cannot be stored (float or integer arrays only)" % a.dtype)


class Recorder:
    """Records one run. Use as a context manager: the status becomes "finished" on a normal
    exit, "failed" (with the exception's text) when the block raises."""

    def __init__(self, path, model, data, loss="cross_entropy", config=None, metrics=None,
                 script=True, example_inputs=None, routing_shape=None, creator="trainscope.Recorder"):
        import torch

        if loss not in LOSSES:
            raise ValueError("loss must be one of %s, not %r" % (", ".join(LOSSES), loss))
        self.path = str(path)
        self._loss = loss
        self._config = {str(k): str(v) for k, v in (config or {}).items()}
        self._creator = creator
        self._metric_names = list(metrics) if metrics is not None else None
        self._routing_shape = tuple(int(d) for d in routing_shape) if routing_shape else None
        self._splits = []
        for name, pair in data.items():
            _check_name("split", name)
            x, y = (_as_array(v) for v in pair)
            if x.ndim < 1 or y.ndim < 1 or x.shape[0] != y.shape[0]:
                raise ValueError("split %r: inputs %s and targets %s need the same first dimension"
                                 % (name, x.shape, y.shape))
            self._splits.append((name, x, y))

        # The model as TorchScript, and its parameter order (that of the scripted module,
        # which is the order TrainScope's loader sees).
        was_training = model.training
        model.eval()
        if script:
            scripted = torch.jit.script(model)
        else:
            if example_inputs is None:
                example_inputs = torch.as_tensor(self._splits[0][1][:1])
            scripted = torch.jit.trace(model, example_inputs)
        model.train(was_training)
        buf = io.BytesIO()
        torch.jit.save(scripted, buf)
        self._script = np.frombuffer(buf.getvalue(), dtype=np.uint8)
        self._params = [(n, tuple(p.shape)) for n, p in scripted.named_parameters()]
        # Buffers (BatchNorm running statistics and counters) are stored with every
        # checkpoint: floating ones as float32, integer ones as int64.
        self._buffers = [(n, tuple(b.shape), "<f4" if b.is_floating_point() else "<i8")
                         for n, b in scripted.named_buffers()]
        for n, _, _ in self._buffers:
            _check_name("buffer", n)
        for n, shape in self._params:
            _check_name("parameter", n)
            if any(d <= 0 for d in shape):
                raise ValueError("parameter %r has shape %s; every dimension must be positive" % (n, list(shape)))
        self._file = None
        self._failed = False
        self._closed = False

    # --- file creation ------------------------------------------------------------------

    def _start(self):
        if self._file is not None:
            return
        if self._closed:
            raise RuntimeError("the recorder is closed")
        names = self._metric_names or []
        if len(set(names)) != len(names):
            raise ValueError("duplicate metric names: %s" % names)
        for m in names:
            _check_name("metric", m)
        self._failed = True  # until the header is complete
        f = h5py.File(self.path, "w", libver="latest", fs_strategy="page", fs_persist=False,
                      fs_threshold=1, fs_page_size=4096, rdcc_nbytes=0)
        try:
            _string_attr(f, "format", "trainscope-run")
            f.attrs.create("format_version", np.int64(FORMAT_VERSION), dtype="<i8")
            _string_attr(f, "creator", self._creator)
            _string_attr(f, "created", datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
            _key_values(f.create_group("config"), self._config)

            model = f.create_group("model")
            _string_attr(model, "arch", "torchscript")
            _key_values(model.create_group("spec"), {})
            arr, _ = _string_array([n for n, _ in self._params])
            _string_dataset(model, "param_names", arr)
            arr, _ = _string_array([n for n, _, _ in self._buffers])
            _string_dataset(model, "buffer_names", arr)
            model.create_dataset("torchscript", data=self._script, dtype="u1")

            data = f.create_group("data")
            _string_attr(data, "loss", self._loss)
            for name, x, y in self._splits:
                g = data.create_group(name)
                g.create_dataset("inputs", data=x, dtype=x.dtype.newbyteorder("<"))
                g.create_dataset("targets", data=y, dtype=y.dtype.newbyteorder("<"))
            arr, dt = _string_array([s[0] for s in self._splits])
            data.attrs.create("splits", arr, dtype=dt)

            metrics = f.create_group("metrics")
            arr, dt = _string_array(names)
            metrics.attrs.create("names", arr, dtype=dt)
            self._metrics = {}
            for m in names:
                g = metrics.create_group(m)
                self._metrics[m] = (self._growing(g, "step", "<i8", ()), self._growing(g, "value", "<f8", ()))

            ck = f.create_group("checkpoints")
            self._ckpt_step = self._growing(ck, "step", "<i8", ())
            pg = ck.create_group("params")
            self._ckpt_params = [self._growing(pg, n, "<f4", shape) for n, shape in self._params]
            bg = ck.create_group("buffers")
            self._ckpt_buffers = [self._growing(bg, n, dt, shape, rows=1) for n, shape, dt in self._buffers]

            self._routing = None
            if self._routing_shape:
                rg = f.create_group("routing")
                self._routing = (self._growing(rg, "step", "<i8", ()),
                                 self._growing(rg, "weights", "<f4", self._routing_shape))

            st = f.create_group("status")
            self._status_code = st.create_dataset("code", data=np.int64(0), dtype="<i8")
            self._status_message = _string_dataset(st, "message", np.array(b"", dtype="S%d" % MESSAGE_BYTES))
            self._status_last = st.create_dataset("last_step", data=np.int64(-1), dtype="<i8")
            f.swmr_mode = True
        except BaseException:
            f.close()
            raise
        self._file = f
        self._failed = False
        self._metric_names = names

    @staticmethod
    def _growing(parent, name, dtype, tail, rows=None):
        chunks = (rows or SERIES_CHUNK,) if not tail else (1,) + tuple(tail)
        return parent.create_dataset(name, shape=(0,) + tuple(tail), maxshape=(None,) + tuple(tail),
                                     chunks=chunks, dtype=dtype)

    @staticmethod
    def _append(ds, row):
        n = ds.shape[0]
        ds.resize(n + 1, axis=0)
        ds[n] = row
        ds.flush()

    def _set_last_step(self, step):
        self._status_last[()] = np.int64(step)
        self._status_last.flush()

    # --- recording ------------------------------------------------------------------------

    def log(self, step, **metrics):
        """One value per metric at this step; metrics not given read NaN at this step."""
        if self._file is None and self._metric_names is None:
            self._metric_names = list(metrics.keys())
        self._start()
        unknown = set(metrics) - set(self._metric_names)
        if unknown:
            raise ValueError("metrics %s were not declared: pass metrics=[...] to Recorder, or log every metric "
                             "in the first log() call (the run file cannot add metrics once it is live)" % sorted(unknown))
        for m in self._metric_names:
            value = float(metrics.get(m, math.nan))
            step_ds, value_ds = self._metrics[m]
            self._append(value_ds, value)   # the value first, then the step that commits it
            self._append(step_ds, int(step))
        self._set_last_step(step)

    def checkpoint(self, step, model):
        """The model's parameters and buffers (BatchNorm statistics) at this step (a module
        or a state dict). Every row is written before the step that commits it."""
        self._start()
        state = model.state_dict() if hasattr(model, "state_dict") else model
        rows = []
        for (name, shape), ds in zip(self._params, self._ckpt_params):
            if name not in state:
                raise KeyError("the model has no parameter %r (recorded parameters: %s)"
                               % (name, [n for n, _ in self._params]))
            a = state[name].detach().cpu().float().numpy()
            if tuple(a.shape) != shape:
                raise ValueError("parameter %r has shape %s, the recorded model has %s" % (name, a.shape, shape))
            rows.append((ds, a.reshape(shape)))
        for (name, shape, dt), ds in zip(self._buffers, self._ckpt_buffers):
            if name not in state:
                raise KeyError("the model has no buffer %r (BatchNorm statistics are recorded with every checkpoint; "
                               "recorded buffers: %s)" % (name, [n for n, _, _ in self._buffers]))
            t = state[name].detach().cpu()
            a = (t.float() if dt == "<f4" else t.long()).numpy()
            if a.size != int(np.prod(shape, dtype=np.int64)):
                raise ValueError("buffer %r has shape %s, the recorded model has %s" % (name, a.shape, shape))
            rows.append((ds, a.reshape(shape)))
        for ds, a in rows:  # checked first, so a bad state dict writes nothing
            self._append(ds, a)
        self._append(self._ckpt_step, int(step))
        self._set_last_step(step)

    def routing(self, step, weights):
        """MoE routing weights [samples, layers, experts] (needs routing_shape=...)."""
        self._start()
        if self._routing is None:
            raise ValueError("pass routing_shape=(samples, layers, experts) to Recorder to record routing")
        w = _as_array(weights).astype(np.float32)
        if tuple(w.shape) != self._routing_shape:
            raise ValueError("routing weights have shape %s, expected %s" % (w.shape, self._routing_shape))
        step_ds, weights_ds = self._routing
        self._append(weights_ds, w)
        self._append(step_ds, int(step))

    def set_status(self, status, message=""):
        self._start()
        b = _utf8(message)
        if len(b) > MESSAGE_BYTES:  # cut at a character boundary
            n = MESSAGE_BYTES
            while n > 0 and (b[n] & 0xC0) == 0x80:
                n -= 1
            b = b[:n]
        self._status_message.id.write(h5py.h5s.ALL, h5py.h5s.ALL, np.array(b, dtype="S%d" % MESSAGE_BYTES),
                                      mtype=_fixed_string_type(MESSAGE_BYTES))
        self._status_message.flush()
        self._status_code[()] = np.int64(STATUS[status])
        self._status_code.flush()

    def close(self, status="finished", message=""):
        if self._closed:
            return
        if self._file is None and self._failed:
            self._closed = True
            return
        self._start()
        self.set_status(status, message)
        self._file.close()
        self._closed = True

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.close("finished")
        elif issubclass(exc_type, KeyboardInterrupt):
            self.close("cancelled", "interrupted")
        else:
            self.close("failed", "%s: %s" % (exc_type.__name__, exc))
        return False
