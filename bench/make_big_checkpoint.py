"""Writes a GPT-2-small-shaped state dict (124M float32 parameters, 148 tensors, ~500 MB) as
OUTDIR/gpt2.pt (torch.save) and OUTDIR/gpt2.safetensors (by hand), for bench_import.

usage: make_big_checkpoint.py OUTDIR"""
import json
import os
import struct
import sys

import torch

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
torch.manual_seed(0)
d, vocab, ctx, layers = 768, 50257, 1024, 12
sd = {"wte.weight": torch.randn(vocab, d), "wpe.weight": torch.randn(ctx, d)}
for i in range(layers):
    p = "h.%d." % i
    sd.update({p + "ln_1.weight": torch.ones(d), p + "ln_1.bias": torch.zeros(d),
               p + "attn.c_attn.weight": torch.randn(d, 3 * d), p + "attn.c_attn.bias": torch.zeros(3 * d),
               p + "attn.c_proj.weight": torch.randn(d, d), p + "attn.c_proj.bias": torch.zeros(d),
               p + "ln_2.weight": torch.ones(d), p + "ln_2.bias": torch.zeros(d),
               p + "mlp.c_fc.weight": torch.randn(d, 4 * d), p + "mlp.c_fc.bias": torch.zeros(4 * d),
               p + "mlp.c_proj.weight": torch.randn(4 * d, d), p + "mlp.c_proj.bias": torch.zeros(d)})
sd.update({"ln_f.weight": torch.ones(d), "ln_f.bias": torch.zeros(d)})
torch.save(sd, os.path.join(out, "gpt2.pt"))
header, blobs, offset = {}, [], 0
for k, v in sd.items():
    raw = v.numpy().tobytes()
    header[k] = {"dtype": "F32", "shape": list(v.shape), "data_offsets": [offset, offset + len(raw)]}
    blobs.append(raw)
    offset += len(raw)
h = json.dumps(header).encode()
h += b" " * (-len(h) % 8)
with open(os.path.join(out, "gpt2.safetensors"), "wb") as f:
    f.write(struct.pack("<Q", len(h)) + h)
    for b in blobs:
        f.write(b)
print("%d tensors, %d parameters" % (len(sd), sum(v.numel() for v in sd.values())))
