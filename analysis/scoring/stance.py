"""The verb-stance frame: the grade of the journalist's reporting verb."""

from __future__ import annotations

from spacy.tokens import Doc

from ..types import FrameScore, Statement
from .matching import lexicon
from .view import StatementView, make_cue, make_view


def verb_stance_score(statement: Statement, doc: Doc) -> FrameScore:
    """Grade of the reporting verb: neutral 0, endorsing +1, distancing -1, disparaging -1.5."""
    return verb_stance_frame(make_view(statement, doc))


def verb_stance_frame(view: StatementView) -> FrameScore:
    doc = view.doc
    start, end = view.cue
    if end <= start:
        return FrameScore("verb_stance", 0.0)
    lex = lexicon("verb_stance")
    # A particle verb may be written with the particle outside the cue span ("pointed ... out").
    for i in range(start, end):
        tok = doc[i]
        best = None
        for m in lex.match_keys(view.keys, i, view.sentence[1]):
            if m.end <= end or m.end - m.start > 1:
                best = m
                break
        if best is None:
            prt = [c for c in tok.children if c.dep_ == "prt"]
            if prt:
                key = f"{tok.lemma_.lower()} {prt[0].lower_}"
                entry = next((e for e in lex.entries if e.pattern == key), None)
                if entry is not None:
                    cue = make_cue("verb_stance", doc, i, i + 1, entry)
                    return FrameScore("verb_stance", cue.weight, (cue,), label=entry.label)
            continue
        cue = make_cue("verb_stance", doc, best.start, min(best.end, view.sentence[1]), best.entry)
        return FrameScore("verb_stance", cue.weight, (cue,), label=best.entry.label)
    return FrameScore("verb_stance", 0.0)
