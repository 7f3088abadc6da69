"""The learned second opinion: tokenizer, weight reader, forward pass, explanation, joining.

Sentences are this project's own. The model's exact probabilities are not asserted (they
belong to the trained file); what is asserted holds for any trained file: ranges, batch
invariance, the logit decomposition behind the cues, offsets, and how flags join the rules.
"""

from __future__ import annotations

import json
import struct

import numpy as np
import pytest

from analysis import framing_model as fm
from analysis.scoring.learned import THRESHOLD, learned_frame, with_learned
from analysis.scoring.view import total
from analysis.types import CueHit, FrameScore
from benchmarks.splits import HELDOUT


@pytest.fixture(scope="module")
def model() -> fm.FramingModel:
    return fm.load_framing_model()


# ---------------------------------------------------------------- tokenizer


def test_wordpiece_splits_lowercases_and_strips_accents(model):
    tok = model.tokenizer
    ids, spans = tok.encode_with_spans("Café owners DENIED it—flatly.", 96)
    assert ids[0] == tok.cls and ids[-1] == tok.sep
    text = "Café owners DENIED it—flatly."
    words = [text[a:b] for a, b in spans[1:-1]]
    # every piece points at the word it came from, in order
    assert words[0] == "Café" and "DENIED" in words and "—" in words and words[-1] == "."
    assert tok.vocab["cafe"] == ids[1]  # accent stripped, lower-cased
    inv = {i: w for w, i in tok.vocab.items()}
    assert inv[ids[ids.index(tok.vocab["denied"])]] == "denied"


def test_wordpiece_unknown_and_long_words(model):
    tok = model.tokenizer
    ids = tok.encode("x" * 150, 96)
    assert ids == [tok.cls, tok.unk, tok.sep]
    pieces = tok.encode("unforeseeably", 96)[1:-1]
    inv = {i: w for w, i in tok.vocab.items()}
    assert "".join(inv[i].removeprefix("##") for i in pieces) == "unforeseeably"
    assert all(inv[i].startswith("##") for i in pieces[1:])


def test_wordpiece_truncates_to_max_tokens(model):
    ids, spans = model.tokenizer.encode_with_spans("word " * 300, 96)
    assert len(ids) == len(spans) == 96 and ids[-1] == model.tokenizer.sep


def test_batch_pads_with_zero_and_masks(model):
    ids, mask = model.tokenizer.batch(["short", "a much longer statement than the first one"], 96)
    assert ids.shape == mask.shape and ids.shape[0] == 2
    assert mask[0].sum() < mask[1].sum() and (ids[0][mask[0] == 0] == 0).all()


# ---------------------------------------------------------------- weights


def _write_safetensors(path, tensors):
    header, blobs, offset = {}, [], 0
    for name, arr in tensors.items():
        data = arr.astype("<f4").tobytes()
        header[name] = {"dtype": "F32", "shape": list(arr.shape), "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    head = json.dumps(header).encode()
    path.write_bytes(struct.pack("<Q", len(head)) + head + b"".join(blobs))


def test_read_safetensors_round_trip(tmp_path):
    a = np.arange(6, dtype=np.float32).reshape(2, 3)
    b = np.array([1.5, -2.0], dtype=np.float32)
    _write_safetensors(tmp_path / "m.safetensors", {"a": a, "b": b})
    got = fm.read_safetensors(tmp_path / "m.safetensors")
    assert np.array_equal(got["a"], a) and np.array_equal(got["b"], b)


def test_load_refuses_missing_file_and_other_base(tmp_path):
    with pytest.raises(fm.FramingModelError, match="not found"):
        fm.FramingModel.load(tmp_path / "absent.npz")
    (tmp_path / "model.safetensors").write_bytes(b"\x02\x00\x00\x00\x00\x00\x00\x00{}")
    with pytest.raises(fm.FramingModelError, match="SHA-256 differs"):
        fm.FramingModel.load(fm.DATA_FILE, base_dir=tmp_path)


def test_model_file_records_its_training_splits(model):
    assert model.train_splits and not set(model.train_splits.split(",")) & HELDOUT
    assert model.flags == ("denial", "accusation") and model.n_items > 1000


# ---------------------------------------------------------------- forward pass


TEXTS = [
    "The harbour authority had no part in the decision.",
    "Rates will stay where they are until the spring.",
    "The council sold the park to a developer who funds the mayor's campaign, and now the playground is gone.",
    "Nothing.",
    "",
]


def test_probabilities_in_range_deterministic_and_batch_invariant(model):
    p = model.probabilities(TEXTS)
    assert p.shape == (len(TEXTS), 2) and ((p >= 0) & (p <= 1)).all()
    assert np.array_equal(p, model.probabilities(TEXTS))
    alone = np.vstack([model.probabilities([t]) for t in TEXTS])
    assert np.allclose(p, alone, atol=1e-5)  # padding never leaks into a shorter text


def test_learned_probabilities_names_both_flags():
    out = fm.learned_probabilities(TEXTS[:2])
    assert set(out) == {"denial", "accusation"} and all(len(v) == 2 for v in out.values())


def test_explain_gives_words_whose_removal_lowers_the_probability(model):
    text = TEXTS[2]
    j = model.flags.index("accusation")
    p = float(model.probabilities([text])[0, j])
    cues = fm.explain(text, "accusation")
    for c in cues:
        assert text[c.start:c.end] == c.text and c.text[0].isalnum() and " " not in c.text
        assert 0 < c.share <= 1 and c.drop > 0
        without = text[:c.start] + text[c.end:]
        assert float(model.probabilities([without])[0, j]) == pytest.approx(p - c.drop, abs=1e-3)
    assert [c.drop for c in cues] == sorted((c.drop for c in cues), reverse=True)
    assert fm.explain("", "denial") == () and fm.explain("...", "denial") == ()


# ---------------------------------------------------------------- joining the rules


def _rule(frame: str, fired: bool) -> FrameScore:
    if not fired:
        return FrameScore(frame, 0.0)
    cue = CueHit(frame, "denied", (10, 16), 1.0, f"{frame}.x")
    return FrameScore(frame, 1.0, (cue,))


def test_a_fired_rule_or_a_low_probability_keeps_the_rule():
    fired = _rule("denial", True)
    assert learned_frame(fired, 0.99, "We deny it.", 5) is fired
    quiet = _rule("denial", False)
    assert learned_frame(quiet, THRESHOLD - 0.01, "We deny it.", 5) is quiet


def test_a_confident_model_flags_with_cues_in_the_article():
    text = TEXTS[2]
    offset = 40
    article = "x" * offset + text
    frame = learned_frame(_rule("accusation", False), 0.93, text, offset)
    assert frame.value > 0 and frame.value == total(frame.cues)
    assert frame.label == "learned p=0.93"
    for c in frame.cues:
        assert article[c.span[0]:c.span[1]] == c.text and c.rule == "learned.accusation"
        assert c.weight > 0


def test_model_can_be_turned_off(monkeypatch, nlp):
    from analysis.scores import score_text

    text = TEXTS[2]
    monkeypatch.setenv("FRAMELENS_LEARNED", "0")
    off = score_text(text, "said", nlp=nlp)
    assert not any(c.rule.startswith("learned.") for f in (off.denial, off.accusation) for c in f.cues)
    monkeypatch.setenv("FRAMELENS_LEARNED", "1")
    scores = [score_text(t, "said", nlp=nlp) for t in TEXTS[:3]]
    assert with_learned([], [], []) == []
    for s in scores:
        for f in (s.denial, s.accusation):
            assert f.value == total(f.cues)


def test_default_and_switch(monkeypatch):
    from analysis.scoring import learned

    monkeypatch.delenv("FRAMELENS_LEARNED", raising=False)
    assert learned.learned_enabled() is learned.LEARNED_BY_DEFAULT
    for value, on in (("1", True), ("on", True), ("yes", True), ("0", False), ("off", False), ("no", False)):
        monkeypatch.setenv("FRAMELENS_LEARNED", value)
        assert learned.learned_enabled() is on
    monkeypatch.setenv("FRAMELENS_LEARNED", "0")
    assert learned.learned_version() == "off"
    monkeypatch.setenv("FRAMELENS_LEARNED", "1")
    assert len(learned.learned_version()) == 12
