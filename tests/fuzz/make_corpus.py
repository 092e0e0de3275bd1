"""Writes the seed corpora of the fuzz targets (tests/fuzz/corpus/<target>/), with Debian's
python3-torch and numpy. The files are small on purpose (libFuzzer mutates them); they are
committed, so this only needs to run again when a format case is added. The run-file seeds
were written by the project's own writer: `swmr_test_writer empty_run.h5 0 0` and
`swmr_test_writer one_checkpoint.h5 1 0` (tests/tools/swmr_test_writer.cpp).

usage: /usr/bin/python3 make_corpus.py CORPUS_DIR"""
import io
import json
import os
import pickle
import struct
import sys
import zipfile
from collections import OrderedDict

import numpy as np
import torch

root = sys.argv[1]


def put(target, name, data):
    d = os.path.join(root, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


# --- JSON -------------------------------------------------------------------------------
put("json", "object", b'{"a": [1, -2.5e3, true, false, null], "b": {"c": "x\\u00e9\\ud83d\\ude00\\n"}}')
put("json", "header", b'{"w":{"dtype":"F32","shape":[2,3],"data_offsets":[0,24]},"__metadata__":{"format":"pt"}}')
put("json", "numbers", b'[0, -0, 9223372036854775807, -9223372036854775808, 1e308, 1.5E-3, 123456789012345678901]')
put("json", "nested", b"[" * 40 + b"{}" + b"]" * 40)
put("json", "strings", b'["", "\\"\\\\\\/\\b\\f\\n\\r\\t", "plain"]')


# --- safetensors ------------------------------------------------------------------------
def safetensors(tensors, metadata=True):
    codes = {torch.float32: "F32", torch.float64: "F64", torch.float16: "F16", torch.bfloat16: "BF16",
             torch.int64: "I64", torch.int32: "I32", torch.int16: "I16", torch.int8: "I8",
             torch.uint8: "U8", torch.bool: "BOOL"}
    header, blobs, offset = {}, [], 0
    for name, t in tensors.items():
        t = t.contiguous()
        raw = (t.view(torch.int16) if t.dtype == torch.bfloat16 else t).numpy().tobytes()
        header[name] = {"dtype": codes[t.dtype], "shape": list(t.shape), "data_offsets": [offset, offset + len(raw)]}
        blobs.append(raw)
        offset += len(raw)
    if metadata:
        header["__metadata__"] = {"format": "pt"}
    h = json.dumps(header).encode()
    h += b" " * (-len(h) % 8)
    return struct.pack("<Q", len(h)) + h + b"".join(blobs)


torch.manual_seed(0)
put("safetensors", "floats", safetensors({"w": torch.randn(2, 3), "b": torch.randn(3, dtype=torch.float64),
                                          "h": torch.randn(4).half(), "bf": torch.randn(2).bfloat16()}))
put("safetensors", "ints", safetensors({"i64": torch.arange(4), "i32": torch.arange(3, dtype=torch.int32),
                                        "i16": torch.arange(2, dtype=torch.int16),
                                        "i8": torch.arange(-2, 2, dtype=torch.int8),
                                        "u8": torch.arange(5, dtype=torch.uint8),
                                        "bool": torch.tensor([True, False])}, metadata=False))
put("safetensors", "scalar_empty", safetensors({"s": torch.tensor(1.5), "e": torch.zeros(0, 3)}))


# --- .npy / .npz ------------------------------------------------------------------------
def npy(a, version=None):
    f = io.BytesIO()
    if version:
        np.lib.format.write_array(f, a, version=version)
    else:
        np.save(f, a)
    return f.getvalue()


arrays = {
    "f8": np.arange(6, dtype="<f8").reshape(2, 3) / 4,
    "f4": np.linspace(-1, 1, 5, dtype="<f4"),
    "f2": np.array([0.5, -2, 65504], dtype="<f2"),
    "i8": np.arange(-3, 3, dtype="<i8"),
    "i4": np.arange(4, dtype="<i4").reshape(2, 2, 1),
    "i2": np.array([7, -7], dtype="<i2"),
    "i1": np.array([-128, 127], dtype="i1"),
    "u1": np.array([0, 255], dtype="u1"),
    "b1": np.array([True, False, True]),
    "scalar": np.array(3.25),
    "empty": np.zeros((0, 2), dtype="<f4"),
}
for name, a in arrays.items():
    put("npy", name, npy(a))
put("npy", "v2", npy(arrays["f4"], version=(2, 0)))
put("npy", "v3", npy(arrays["i8"], version=(3, 0)))
put("npy", "fortran", npy(np.asfortranarray(np.arange(6.0).reshape(2, 3))))

f = io.BytesIO()
np.savez(f, a=arrays["f8"], b=arrays["i4"], c=arrays["b1"])
put("npz", "archive", b"\x00" + f.getvalue())
put("npz", "entry_f4", b"\x01" + npy(arrays["f4"]))
put("npz", "entry_v2", b"\x01" + npy(arrays["i2"], version=(2, 0)))


# --- torch.save files and their pickles --------------------------------------------------
def torch_file(obj):
    f = io.BytesIO()
    torch.save(obj, f)
    return f.getvalue()


base = torch.arange(12, dtype=torch.float32).reshape(3, 4)
objects = {
    "state_dict": OrderedDict([("fc.weight", torch.randn(2, 3)), ("fc.bias", torch.randn(2))]),
    "views": {"t": base.t(), "slice": base[1:, 2:], "same": base},
    "dtypes": [torch.arange(3, dtype=torch.int64), torch.tensor([1.5], dtype=torch.float64),
               torch.tensor([True]), torch.arange(4, dtype=torch.uint8)],
    "nested": {"model": {"layer": torch.nn.Parameter(torch.ones(2, 2))}, "step": 7, "lr": 0.1,
               "name": "run", "none": None, "tuple": (1, -2, 3.0)},
    "scalar": torch.tensor(2.5),
}
for name, obj in objects.items():
    data = torch_file(obj)
    put("torchfile", name, data)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        pkl = next(n for n in z.namelist() if n.endswith("/data.pkl"))
        storages = [n for n in z.namelist() if "/data/" in n]
        # The pickle target's archive holds storages "0".."3" of 256 bytes: keep seeds within.
        if len(storages) <= 4 and all(z.getinfo(n).file_size <= 256 for n in storages):
            put("pickle", name, z.read(pkl))
for proto in (2, 4):
    put("pickle", "plain%d" % proto, pickle.dumps({"a": [1, 2.5, None, True], "b": ("x", b"y"), 3: -70000,
                                                   "big": 2 ** 40}, protocol=proto))
put("pickle", "ordereddict", pickle.dumps(OrderedDict([("k", 1)]), protocol=2))


# --- TensorBoard event files -------------------------------------------------------------
def crc32c(data):
    crc = 0xFFFFFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ (0x82F63B78 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF


def masked(data):
    c = crc32c(data)
    return ((((c >> 15) | (c << 17)) & 0xFFFFFFFF) + 0xA282EAD8) & 0xFFFFFFFF


def varint(v):
    out = b""
    while v >= 0x80:
        out += bytes([(v & 0x7F) | 0x80])
        v >>= 7
    return out + bytes([v])


def field(n, wire, body):
    key = varint(n << 3 | wire)
    if wire == 2:
        return key + varint(len(body)) + body
    return key + body


def simple_event(step, tag, value):
    v = field(1, 2, tag.encode()) + field(2, 5, struct.pack("<f", value))
    return field(1, 1, struct.pack("<d", 1.7e9 + step)) + field(2, 0, varint(step)) + field(5, 2, field(1, 2, v))


def tensor_event(step, tag, tensor):
    v = field(1, 2, tag.encode()) + field(8, 2, tensor)
    return field(5, 2, field(1, 2, v)) + field(2, 0, varint(step))


dim1 = field(2, 2, field(2, 2, field(1, 0, varint(1))))
tensors = [
    field(1, 0, varint(2)) + field(6, 2, struct.pack("<d", 0.125)),              # DT_DOUBLE, packed double_val
    field(1, 0, varint(1)) + field(5, 5, struct.pack("<f", -1.5)),               # DT_FLOAT, float_val
    field(1, 0, varint(9)) + dim1 + field(4, 2, struct.pack("<q", -42)),          # DT_INT64, tensor_content
    field(1, 0, varint(3)) + field(7, 0, varint(5)),                             # DT_INT32, int_val
]
events = [field(1, 1, struct.pack("<d", 1.7e9)) + field(3, 2, b"brain.Event:2")]  # file_version
events += [simple_event(s, "loss", 1.0 / (s + 1)) for s in range(3)]
events += [tensor_event(10 + i, "t%d" % i, t) for i, t in enumerate(tensors)]


def record(data):
    length = struct.pack("<Q", len(data))
    return length + struct.pack("<I", masked(length)) + data + struct.pack("<I", masked(data))


put("tensorboard", "file", b"\x00" + b"".join(record(e) for e in events))
put("tensorboard", "payloads", b"\x01" + b"\xff\xfe".join(events))
for i, e in enumerate(events[1:], 1):
    put("tensorboard", "payload%d" % i, b"\x01" + e)
