"""Plain-language lines for significant differences (wording only: every number in them comes
from an ``analysis.compare.Difference``)."""

from __future__ import annotations

from typing import Any

ALPHA = 0.05

# What a higher value of each measure means, as a predicate of "<subject> statements ...".
HIGHER: dict[str, str] = {
    "sentiment": "are more positive in tone",
    "hedging": "hedge more",
    "boosting": "use more boosters (intensifiers)",
    "denial": "deny more often",
    "accusation": "accuse more often",
    "verb_stance": "are introduced with more endorsing reporting verbs",
    "scare_quotes": "use more scare quotes",
    "sarcasm": "are more often sarcastic",
    "hedged": "are hedged more often",
    "anonymous_source": "come from anonymous sources more often",
}
CORRECTION_NAMES = {"holm": "Holm", "bh": "Benjamini-Hochberg"}
EFFECT_SYMBOLS = {"cohens_h": "h", "hedges_g": "g"}
SHARES = frozenset({"hedged", "anonymous_source"})


def subject(by: str, name: str) -> str:
    """How the statements of one compared name are called in a sentence."""
    if by == "outlet":
        return f"statements quoted by {name}"
    if by == "actor":
        return f"statements by {name}"
    return f"{name} statements"


def _value(measure: str, v: float) -> str:
    return f"{v * 100:.0f}%" if measure in SHARES else f"{v:.2f}"


def _p(p: float) -> str:
    return "p < 0.001" if p < 0.001 else f"p = {p:.3f}"


def significant(differences: Any) -> list[Any]:
    """Differences that hold after the correction (adjusted p below ``ALPHA``)."""
    return [d for d in differences
            if d.status == "ok" and d.p_adjusted is not None and d.p_adjusted < ALPHA
            and d.difference]


def sentence(d: Any, by: str, correction: str) -> str:
    """e.g. "Russian military statements deny more often than U.S. military statements (0.42
    vs 0.03, g = 1.10, p = 0.002 after Holm correction)"; the higher group comes first."""
    hi, lo = (d.group_a, d.group_b) if d.difference > 0 else (d.group_b, d.group_a)
    m_hi, m_lo = (d.mean_a, d.mean_b) if d.difference > 0 else (d.mean_b, d.mean_a)
    effect = abs(d.effect_size) if d.effect_size is not None else None
    predicate = HIGHER.get(d.measure, f"score higher on {d.measure}")
    stats = f"{_value(d.measure, m_hi)} vs {_value(d.measure, m_lo)}"
    if effect is not None:
        stats += f", {EFFECT_SYMBOLS.get(d.effect_measure, 'effect')} = {effect:.2f}"
    stats += f", {_p(d.p_adjusted)} after {CORRECTION_NAMES.get(correction, correction)} correction"
    text = f"{subject(by, hi)} {predicate} than {subject(by, lo)} ({stats})"
    return text[0].upper() + text[1:]
