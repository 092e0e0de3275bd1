"""Writes the files the import tests read, with Debian's python3-torch: torch.save state
dicts (several dtypes, views), safetensors files (by hand: no package needed), .npy/.npz
arrays, a TorchScript model with its outputs and a Hessian-vector product, a data file, a
CNN with BatchNorm and a module that cannot be frozen (for TorchScriptPlane), a malicious
pickle, and dumps of every value as text (repr, exact) for the C++ side.

usage: make_import_fixtures.py OUTDIR"""
import json
import os
import struct
import sys

import numpy as np
import torch

out = sys.argv[1]
os.makedirs(out, exist_ok=True)


def dump(path, tensors):
    """name, shape, values (repr of float64: exact for every dtype used here)."""
    with open(path, "w") as f:
        for name, t in tensors.items():
            v = t.detach().to(torch.float64).reshape(-1).tolist()
            f.write("%s %s %s\n" % (name, ",".join(str(d) for d in t.shape) or "-", " ".join(repr(x) for x in v)))


def save_safetensors(path, tensors):
    codes = {torch.float32: "F32", torch.float64: "F64", torch.float16: "F16", torch.bfloat16: "BF16",
             torch.int64: "I64", torch.int32: "I32", torch.int8: "I8", torch.uint8: "U8", torch.bool: "BOOL"}
    header, blobs, offset = {}, [], 0
    for name, t in tensors.items():
        t = t.detach().contiguous()
        raw = (t.view(torch.int16) if t.dtype == torch.bfloat16 else t).numpy().tobytes()
        header[name] = {"dtype": codes[t.dtype], "shape": list(t.shape), "data_offsets": [offset, offset + len(raw)]}
        blobs.append(raw)
        offset += len(raw)
    header["__metadata__"] = {"format": "pt"}
    h = json.dumps(header).encode()
    h += b" " * (-len(h) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(h)) + h + b"".join(blobs))


torch.manual_seed(0)

# 1. dtypes and layouts
base = torch.randn(4, 6)
mixed = {
    "f32": torch.randn(3, 4),
    "f64": torch.randn(5, dtype=torch.float64),
    "f16": torch.randn(2, 3).half(),
    "bf16": torch.randn(7).bfloat16(),
    "i64": torch.arange(-3, 9).reshape(3, 4),
    "i32": torch.arange(5, dtype=torch.int32),
    "u8": torch.arange(250, 256, dtype=torch.uint8),
    "bool": torch.tensor([True, False, True]),
    "transposed": base.t(),          # a strided view
    "slice": base[1:3, 2:],          # an offset view of the same storage
    "scalar": torch.tensor(2.5),
}
torch.save(mixed, os.path.join(out, "mixed.pt"))
torch.save({"w": torch.ones(2)}, os.path.join(out, "legacy.pt"), _use_new_zipfile_serialization=False)
save_safetensors(os.path.join(out, "mixed.safetensors"), mixed)
dump(os.path.join(out, "mixed.txt"), mixed)
torch.save({"epoch": 3, "model": {"w": torch.ones(2)}, "lr": 0.1, "name": "x", "nested": [torch.zeros(1), (torch.ones(1),)]},
           os.path.join(out, "checkpoint_dict.pt"))

np.save(os.path.join(out, "a.npy"), np.arange(12, dtype=np.float32).reshape(3, 4) / 7)
np.save(os.path.join(out, "b.npy"), np.arange(-4, 4, dtype=np.int64))
np.savez(os.path.join(out, "ab.npz"), x=np.linspace(0, 1, 5), y=np.array([1, 0, 1, 1, 0], dtype=np.int32))


# 2. a model, its data, checkpoints as .pt and .safetensors files
class Net(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = torch.nn.Linear(4, 8)
        self.fc2 = torch.nn.Linear(8, 3)

    def forward(self, x):
        return self.fc2(torch.tanh(self.fc1(x)))


net = Net()
torch.jit.save(torch.jit.script(net), os.path.join(out, "model.pt"))
x = torch.randn(32, 4)
y = torch.randint(0, 3, (32,))
xt, yt = torch.randn(16, 4), torch.randint(0, 3, (16,))
torch.save({"train": (x, y), "test": (xt, yt)}, os.path.join(out, "data.pt"))
# The same data as .npz, a directory of .npy files and safetensors.
np.savez(os.path.join(out, "data.npz"), train_x=x.numpy(), train_y=y.numpy(), test_x=xt.numpy(), test_y=yt.numpy())
os.makedirs(os.path.join(out, "data_npy"), exist_ok=True)
for k, v in {"train_inputs": x, "train_targets": y, "test_inputs": xt, "test_targets": yt}.items():
    np.save(os.path.join(out, "data_npy", k + ".npy"), v.numpy())
save_safetensors(os.path.join(out, "data.safetensors"), {"train.x": x, "train.y": y, "test.x": xt, "test.y": yt})
os.makedirs(os.path.join(out, "pt"), exist_ok=True)
os.makedirs(os.path.join(out, "st"), exist_ok=True)
opt = torch.optim.SGD(net.parameters(), lr=0.5)
for k, step in enumerate([0, 100, 1200]):
    if k:
        for _ in range(step // 100):
            opt.zero_grad()
            torch.nn.functional.cross_entropy(net(x), y).backward()
            opt.step()
    sd = net.state_dict()
    torch.save(sd, os.path.join(out, "pt", "step_%d.pt" % step))
    save_safetensors(os.path.join(out, "st", "epoch=%d.safetensors" % step), {k2: v.half() if k2 == "fc2.bias" else v
                                                                              for k2, v in sd.items()})
    dump(os.path.join(out, "pt", "step_%d.txt" % step), sd)
    dump(os.path.join(out, "st", "epoch=%d.txt" % step),
         {k2: (v.half() if k2 == "fc2.bias" else v) for k2, v in sd.items()})

# Outputs and loss of the scripted model at the last parameters, and a Hessian-vector product.
params = list(net.parameters())
loss = torch.nn.functional.cross_entropy(net(x), y)
grads = torch.autograd.grad(loss, params, create_graph=True)
vs = [torch.ones_like(p) for p in params]
hv = torch.autograd.grad(sum((g * v).sum() for g, v in zip(grads, vs)), params)
dump(os.path.join(out, "model_check.txt"), {"loss": loss.detach().reshape(1), "out": net(x[:4]).detach(),
                                            "hv": torch.cat([h.reshape(-1) for h in hv])})
torch.jit.save(torch.jit.script(net), os.path.join(out, "model_trained.pt"))

# Mismatches: a wrong shape, a missing name, an integer parameter.
sd = net.state_dict()
torch.save({**sd, "fc1.weight": torch.zeros(8, 5)}, os.path.join(out, "bad_shape.pt"))
torch.save({k: v for k, v in sd.items() if k != "fc2.bias"}, os.path.join(out, "missing.pt"))
torch.save({**sd, "fc2.bias": torch.zeros(3, dtype=torch.int64)}, os.path.join(out, "int_param.pt"))


# A token model with buffers (batch norm statistics, an int64 counter) in its state dict,
# traced rather than scripted; its outputs in eval mode.
class TokenNet(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = torch.nn.Embedding(10, 4)
        self.norm = torch.nn.BatchNorm1d(8)
        self.head = torch.nn.Linear(8, 3)

    def forward(self, tokens):
        return self.head(self.norm(self.embed(tokens).flatten(1)))


tok = TokenNet()
tokens = torch.randint(0, 10, (16, 2))
tok.train()
tok(tokens)  # moves the running statistics away from their initial values
tok.eval()
torch.jit.save(torch.jit.trace(tok, tokens), os.path.join(out, "token_model.pt"))
os.makedirs(os.path.join(out, "token_ckpt"), exist_ok=True)
torch.save(tok.state_dict(), os.path.join(out, "token_ckpt", "step_5.pt"))
torch.save({"train": (tokens, torch.randint(0, 3, (16,)))}, os.path.join(out, "token_data.pt"))
dump(os.path.join(out, "token_check.txt"), {"out": tok(tokens).detach()})

# A CNN with BatchNorm for the TorchScript plane evaluator (core/landscape/TorchScriptPlane):
# running statistics and affine parameters far from their initial values, so a fast path that
# dropped or mis-folded them would show, and a residual add + relu (fused when frozen).
class BnCnn(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = torch.nn.Conv2d(3, 6, 3, padding=1)
        self.bn1 = torch.nn.BatchNorm2d(6)
        self.conv2 = torch.nn.Conv2d(6, 8, 3, padding=1, bias=False)
        self.bn2 = torch.nn.BatchNorm2d(8)
        self.short = torch.nn.Conv2d(6, 8, 1, bias=False)
        self.fc = torch.nn.Linear(8, 4)

    def forward(self, x):
        x = torch.relu(self.bn1(self.conv1(x)))
        x = torch.relu(self.bn2(self.conv2(x)) + self.short(x))
        return self.fc(torch.nn.functional.adaptive_avg_pool2d(x, 1).flatten(1))


cnn = BnCnn()
with torch.no_grad():
    for bn in (cnn.bn1, cnn.bn2):
        bn.weight.uniform_(0.5, 2.0)
        bn.bias.normal_(0.0, 0.5)
cnn.train()
for _ in range(30):
    cnn(0.5 + 2.0 * torch.randn(64, 3, 16, 16))
cnn.eval()
with torch.no_grad():
    cnn.fc.weight.mul_(10.0)  # logits of a few units: the loss depends on every detail
torch.jit.save(torch.jit.script(cnn), os.path.join(out, "cnn_bn.pt"))


# A module torch.jit.freeze refuses (an interface attribute reassigned in forward), which
# still runs: the plane evaluator falls back to the naive one.
@torch.jit.interface
class LinearLike(torch.nn.Module):
    def forward(self, input: torch.Tensor) -> torch.Tensor:  # Linear's own argument name
        pass


class Unfreezable(torch.nn.Module):
    inner: LinearLike

    def __init__(self):
        super().__init__()
        self.inner = torch.nn.Linear(4, 3)
        self.other = torch.nn.Linear(4, 3)

    def forward(self, x):
        self.inner = self.other
        return self.inner(x)


torch.jit.save(torch.jit.script(Unfreezable().eval()), os.path.join(out, "unfreezable.pt"))

# 3. a pickle that would run a command when unpickled by Python
class Evil:
    def __reduce__(self):
        return (os.system, ("touch " + os.path.join(out, "PWNED"),))


torch.save({"w": torch.ones(1), "evil": Evil()}, os.path.join(out, "evil.pt"))
