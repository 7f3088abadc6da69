"""The denial frame: cues of rejecting a claim, and whose claim is rejected."""

from __future__ import annotations

from spacy.tokens import Doc

from ..types import CueHit, FrameScore, Statement
from .grammar import subject
from .matching import cue_matches, lexicon, lexicon_cues
from .phrases import named_source, np_text
from .rules.governing import governing_denial_cues
from .view import StatementView, make_cue, make_view, token_at, total


def denial_score(statement: Statement, doc: Doc) -> FrameScore:
    """Denial cues in the content, plus a denial verb used as the reporting cue, plus a
    denial verb of the same sentence that the reporting verb hangs on ("rejected the reports,
    saying all missiles hit their targets": see :mod:`.rules.governing`).

    ``target`` is whose claim is denied when the text names it: the possessor or 'by X' source
    of the denied object ("denied CNN's report" -> "CNN"), else the denied object itself
    ("rejected the claims" -> "claims"), else the subject of a falsity predicate ("The reports
    are baseless" -> "reports"), else the 'of X' after "product of the imagination of X".
    """
    return denial_frame(make_view(statement, doc))


def denial_frame(view: StatementView) -> FrameScore:
    doc = view.doc
    lex = lexicon("denial")
    cues = lexicon_cues("denial", "denial", view)
    for e, i, j in cue_matches(lex, view):
        if e.rule in (None, "not_negated", "speaker_denies", "dismiss_claim", "reporting_cue",
                      "rebuttal_cue"):
            cues.append(make_cue("denial", doc, i, j, e))
    cues.extend(governing_denial_cues(view, lex))
    cues.sort(key=lambda c: c.span)
    target = None
    for c in cues:
        target = _denial_target(view, c)
        if target:
            break
    cues_t = tuple(cues)
    return FrameScore("denial", total(cues_t), cues_t, target=target)


def _denial_target(view: StatementView, cue: CueHit) -> str | None:
    doc = view.doc
    tok = token_at(doc, cue.span[0])
    if tok.pos_ == "VERB":
        for c in tok.children:
            if c.dep_ in ("dobj", "nsubjpass") and view.in_sentence(c.i):
                return named_source(c) or np_text(c)
        return None
    # "a product of the imagination of Pentagon officials"
    end_tok = token_at(doc, cue.span[1] - 1)
    nxt = end_tok.i + 1
    if nxt < view.sentence[1] and doc[nxt].lower_ == "of":
        for g in doc[nxt].children:
            if g.dep_ == "pobj":
                return np_text(g)
    if tok.pos_ in ("ADJ", "NOUN") and tok.dep_ in ("acomp", "attr"):
        subj = subject(tok.head)
        if subj is not None and view.in_sentence(subj.i):
            return named_source(subj) or np_text(subj)
    if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN"):
        return named_source(tok.head)
    return None
