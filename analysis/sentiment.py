"""VADER sentiment with per-word explanations and character offsets.

Hutto & Gilbert (2014), VADER, as shipped in the ``vaderSentiment`` package: its own lexicon
and emoji files (read once through ``SentimentIntensityAnalyzer``) and its constants. No NLTK
data is used.

Why not call ``polarity_scores``: it returns only totals, while FrameLens must show which words
moved the score and where they are. :func:`vader_valences` re-runs VADER's word-level rules
(whitespace words with punctuation stripped, booster/dampener words, "no"/negation within
three words, ALL-CAPS emphasis, idioms, "least", the contrastive "but", punctuation emphasis)
on one string and keeps each word's adjusted valence with its character span.
The compound score is then ``normalize(sum of those valences)`` rounded to 4 places, exactly
as VADER computes it; ``tests/test_scores.py`` checks it equals ``polarity_scores(text)
["compound"]`` on many sentences. VADER's words are whitespace-delimited pieces of the
statement text, not spaCy tokens, because that is what its lexicon and rules were built on
(spaCy splits "don't" and "can't", which VADER's negation list expects whole).

It is also faster: VADER rebuilds lower-cased word lists inside its inner loop, which makes
``polarity_scores`` quadratic in the sentence length; here each word is lower-cased once.
"""

from __future__ import annotations

import math
import re
import string
from dataclasses import dataclass
from functools import lru_cache

from vaderSentiment import vaderSentiment as _vs

_PUNCT = string.punctuation
_NEGATE = frozenset(_vs.NEGATE)
_BOOSTERS = _vs.BOOSTER_DICT
_SPECIAL = _vs.SPECIAL_CASES
_N = _vs.N_SCALAR
_CAPS = _vs.C_INCR


@dataclass(frozen=True)
class Valence:
    """One word's VADER valence after all of VADER's context rules, with its span."""

    text: str
    span: tuple[int, int]
    weight: float


@dataclass(frozen=True)
class _Vader:
    lexicon: dict[str, float]
    emojis: dict[str, str]


@lru_cache(maxsize=1)
def _vader() -> _Vader:
    analyzer = _vs.SentimentIntensityAnalyzer()
    return _Vader(lexicon=analyzer.lexicon, emojis=analyzer.emojis)


def vader_lexicon() -> dict[str, float]:
    """VADER's word valences, as read from the package's ``vader_lexicon.txt`` (shared, do not
    modify)."""
    return _vader().lexicon


@lru_cache(maxsize=1)
def analyzer() -> _vs.SentimentIntensityAnalyzer:
    """One shared ``SentimentIntensityAnalyzer`` (for comparisons in tests and benchmarks)."""
    return _vs.SentimentIntensityAnalyzer()


def normalize(total: float) -> float:
    """VADER's squashing of a valence sum into [-1, 1] (alpha = 15)."""
    norm = total / math.sqrt(total * total + 15)
    return max(-1.0, min(1.0, norm))


def compound(weights: tuple[float, ...] | list[float]) -> float:
    """VADER's compound score from adjusted valences: ``round(normalize(sum), 4)``."""
    total = 0.0
    for w in weights:
        total += w
    return round(normalize(total), 4) if total else 0.0


@lru_cache(maxsize=1)
def _emoji_chars() -> frozenset[str]:
    return frozenset(_vader().emojis)


def _translate_emojis(text: str, emojis: dict[str, str]) -> tuple[str, list[int] | None]:
    """Replace emojis by their descriptions as VADER does, keeping a map to original offsets.

    The map has, for every character of the new text, the offset of the character it came
    from; ``None`` when nothing was replaced (the common case).
    """
    if _emoji_chars().isdisjoint(text):
        return text, None
    out: list[str] = []
    origin: list[int] = []
    prev_space = True
    for pos, ch in enumerate(text):
        if ch in emojis:
            if not prev_space:
                out.append(" ")
                origin.append(pos)
            desc = emojis[ch]
            out.append(desc)
            origin.extend([pos] * len(desc))
            prev_space = False
        else:
            out.append(ch)
            origin.append(pos)
            prev_space = ch == " "
    return "".join(out), origin


_PIECE_RE = re.compile(r"\S+")  # \s is exactly str.isspace(), so these are str.split's pieces
_MATCH_START = re.Match.start


def _words(text: str) -> tuple[list[str], list[str]]:
    """``str.split`` pieces, and VADER's words: the pieces with punctuation stripped unless
    two characters or fewer would be left."""
    pieces = text.split()
    return pieces, [p if len(w := p.strip(_PUNCT)) <= 2 else w for p in pieces]


def _word_start(pieces: list[str], words: list[str], k: int, starts: list[int]) -> int:
    """Where word ``k`` begins (``starts``: where each piece begins)."""
    piece = pieces[k]
    if len(words[k]) == len(piece):
        return starts[k]
    return starts[k] + len(piece) - len(piece.lstrip(_PUNCT))


def _scalar(word: str, lower: str, valence: float, cap_diff: bool) -> float:
    scalar = _BOOSTERS.get(lower, 0.0)
    if scalar:
        if valence < 0:
            scalar = -scalar
        if cap_diff and word.isupper():
            scalar = scalar + _CAPS if valence > 0 else scalar - _CAPS
    return scalar


def _negated(lower: str) -> bool:
    return lower in _NEGATE or "n't" in lower


def _negation(valence: float, low: list[str], start_i: int, i: int) -> float:
    if start_i == 0:
        if _negated(low[i - 1]):
            valence *= _N
    elif start_i == 1:
        if low[i - 2] == "never" and low[i - 1] in ("so", "this"):
            valence *= 1.25
        elif low[i - 2] == "without" and low[i - 1] == "doubt":
            pass
        elif _negated(low[i - 2]):
            valence *= _N
    else:
        if (low[i - 3] == "never" and low[i - 2] in ("so", "this")) or low[i - 1] in ("so", "this"):
            valence *= 1.25
        elif low[i - 3] == "without" and (low[i - 2] == "doubt" or low[i - 1] == "doubt"):
            pass
        elif _negated(low[i - 3]):
            valence *= _N
    return valence


def _idioms(valence: float, low: list[str], i: int) -> float:
    w3, w2, w1, w0 = low[i - 3], low[i - 2], low[i - 1], low[i]
    for seq in (f"{w1} {w0}", f"{w2} {w1} {w0}", f"{w2} {w1}", f"{w3} {w2} {w1}", f"{w3} {w2}"):
        if seq in _SPECIAL:
            valence = _SPECIAL[seq]
            break
    n = len(low)
    if n - 1 > i:
        seq = f"{w0} {low[i + 1]}"
        if seq in _SPECIAL:
            valence = _SPECIAL[seq]
    if n - 1 > i + 1:
        seq = f"{w0} {low[i + 1]} {low[i + 2]}"
        if seq in _SPECIAL:
            valence = _SPECIAL[seq]
    for gram in (f"{w3} {w2} {w1}", f"{w3} {w2}", f"{w2} {w1}"):
        if gram in _BOOSTERS:
            valence = valence + _BOOSTERS[gram]
    return valence


def _word_valences(words: list[str], lexicon: dict[str, float]) -> list[float]:
    low = [w.lower() for w in words]
    n = len(words)
    caps = sum(1 for w in words if w.isupper())
    cap_diff = 0 < n - caps < n
    out: list[float] = []
    for i, lower in enumerate(low):
        if lower in _BOOSTERS or (lower == "kind" and i < n - 1 and low[i + 1] == "of"):
            out.append(0)
            continue
        base = lexicon.get(lower)
        if base is None:
            out.append(0)
            continue
        valence = base
        if lower == "no" and i != n - 1 and low[i + 1] in lexicon:
            valence = 0.0
        if ((i > 0 and low[i - 1] == "no") or (i > 1 and low[i - 2] == "no")
                or (i > 2 and low[i - 3] == "no" and low[i - 1] in ("or", "nor"))):
            valence = base * _N
        if cap_diff and words[i].isupper():
            valence = valence + _CAPS if valence > 0 else valence - _CAPS
        for start_i in range(3):
            k = i - (start_i + 1)
            if k >= 0 and low[k] not in lexicon:
                s = _scalar(words[k], low[k], valence, cap_diff)
                if s != 0 and start_i == 1:
                    s *= 0.95
                elif s != 0 and start_i == 2:
                    s *= 0.9
                valence += s
                valence = _negation(valence, low, start_i, i)
                if start_i == 2:
                    valence = _idioms(valence, low, i)
        if i > 1 and low[i - 1] not in lexicon and low[i - 1] == "least":
            if low[i - 2] not in ("at", "very"):
                valence *= _N
        elif i > 0 and low[i - 1] not in lexicon and low[i - 1] == "least":
            valence *= _N
        out.append(valence)
    if "but" in low:
        # VADER locates each value with list.index, so equal values earlier in the list are
        # the ones rescaled; reproduced on purpose to stay identical to polarity_scores.
        bi = low.index("but")
        for k in range(len(out)):
            value = out[k]
            if not value:
                # rescaling a zero changes nothing, and a zero is never found for another value
                continue
            si = out.index(value)
            if si < bi:
                out[si] = value * 0.5
            elif si > bi:
                out[si] = value * 1.5
    return out


def _punctuation_amplifier(text: str) -> tuple[float, int]:
    """VADER's emphasis from '!' (up to 4) and '?' (2 or more), and where the first mark is."""
    ep = min(text.count("!"), 4) * 0.292
    qm_count = text.count("?")
    qm = 0.0
    if qm_count > 1:
        qm = qm_count * 0.18 if qm_count <= 3 else 0.96
    amp = ep + qm
    if not amp:
        return 0.0, -1
    return amp, text.find("!") if ep else text.find("?")


def vader_valences(text: str, offset: int = 0) -> tuple[Valence, ...]:
    """Every word of ``text`` that moves VADER's compound, with its adjusted valence.

    Spans are ``offset``-shifted character offsets into ``text`` (so pass the statement's start
    to get offsets into the article). A last entry for '!'/'?' emphasis, anchored on the first
    such mark, carries VADER's punctuation amplifier with the sign of the word total, so that
    ``compound(tuple(v.weight for v in result))`` equals VADER's compound for ``text``.
    """
    vader = _vader()
    translated, origin = _translate_emojis(text, vader.emojis)
    pieces, words = _words(translated)
    if not pieces:
        return ()
    valences = _word_valences(words, vader.lexicon)
    out: list[Valence] = []
    total = 0.0
    starts: list[int] | None = None  # found only when a word has a valence
    for k, weight in enumerate(valences):
        if not weight:
            continue
        if starts is None:
            starts = list(map(_MATCH_START, _PIECE_RE.finditer(translated)))
        total += weight
        start = _word_start(pieces, words, k, starts)
        end = start + len(words[k])
        if origin is not None:
            start, end = origin[start], origin[end - 1] + 1
        out.append(Valence(text[start:end], (offset + start, offset + end), float(weight)))
    # Counting marks on the unstripped text gives VADER's counts and offsets into ``translated``.
    amp, where = _punctuation_amplifier(translated)
    if amp and total:
        if origin is not None:
            where = origin[where]
        out.append(Valence(text[where:where + 1], (offset + where, offset + where + 1),
                           amp if total > 0 else -amp))
    return tuple(out)


def vader_compound(text: str) -> float:
    """VADER's compound score of ``text`` (same value as ``polarity_scores``)."""
    return compound([v.weight for v in vader_valences(text)])
