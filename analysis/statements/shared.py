"""Helpers the passes share: sentence ranges read from the tokens, display spans of speaker
mentions, and one country per organisation over an article's statements.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from analysis.attribution import Mention
from analysis.types import Span, Statement


def _sentence_ranges(doc: Doc, toks: list[Token]) -> list[tuple[int, int]]:
    """``doc.sents`` as token ranges, read from the tokens already built (``doc.sents`` builds
    every token again to check that sentence starts are set)."""
    flags = [t.is_sent_start for t in toks]
    if not any(f is not None for f in flags) or doc.user_hooks.get("sents"):
        return [(s.start, s.end) for s in doc.sents]  # no sentence annotation: raises as before
    out: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(toks)):
        if flags[i]:
            out.append((start, i))
            start = i
    if start != len(toks):
        out.append((start, len(toks)))
    return out


def _one_country_per_organisation(statements: list[Statement]) -> list[Statement]:
    """An organisation is one group with one country in an article: where one mention placed
    it ("Nigeria's state oil company NNPC Ltd") and another could not ("NNPC spokesman X"),
    the unplaced ones take the country the others agree on."""
    seen: dict[str, set[str]] = {}
    for st in statements:
        a = st.speaker.actor if st.speaker else None
        if a is not None and a.group_type == "organisation" and a.group_country:
            seen.setdefault(a.group, set()).add(a.group_country)
    out = []
    for st in statements:
        a = st.speaker.actor if st.speaker else None
        codes = seen.get(a.group, set()) if a is not None and a.group_type == "organisation" else set()
        if a is not None and not a.group_country and len(codes) == 1:
            actor = replace(a, group_country=next(iter(codes)))
            st = replace(st, speaker=replace(st.speaker, actor=actor))
        out.append(st)
    return out


def _two_phrases(d, a: int, b: int) -> bool:
    """Tokens [a, b) hold two noun phrases run together ('a charge police', 'a figure the
    union'): an indefinite article before a plural head, or a second determiner that no
    preposition or possessive introduces."""
    toks = []
    for k in range(a, b):
        if d[k].tag_ in ("WP", "WDT", "WP$") or d[k].pos_ == "ADP":
            break  # a relative clause or a prepositional phrase of the first phrase
        if not d[k].is_punct:
            toks.append(d[k])
    if not toks or toks[0].lower_ not in ("a", "an"):
        return False
    if toks[-1].tag_ in ("NNS", "NNPS") and toks[-1].lower_ not in ("news",):
        return True
    return any(t.tag_ == "DT" and t.lower_ not in ("a", "an") and toks[k - 1].pos_ not in ("ADP", "PART")
               for k, t in enumerate(toks) if k > 0)


def _display_span(m: Mention) -> Span:
    return m.display or m.span


def _display(text: str, m: Mention) -> str:
    s, e = _display_span(m)
    return text[s:e]

