"""The denial frame: cues of rejecting a claim, and whose claim is rejected."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..denial_words import load_denial_words
from ..types import CueHit, FrameScore, Statement
from .grammar import subject
from .matching import cue_matches, lexicon, lexicon_cues
from .phrases import named_source, np_text
from .rules.governing import governing_denial_cues
from .rules.rebuttal import clause_subject, speakers_side
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
    cues = [c for c in lexicon_cues("denial", "denial", view)
            if not _others_pretence(view, token_at(doc, c.span[0]))]
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


# how far up the tree a pretence verb is looked for (a clause or two: 'pretend it did not
# happen', 'claims that nobody had been told that ...')
_PRETENCE_DEPTH = 4
_PRETENCE_VERBS = load_denial_words().pretence_verbs


def _others_pretence(view: StatementView, tok: Token) -> bool:
    """``tok`` lies in the clause of a verb of pretence ('pretend', 'claim': denial_words
    pretence_verbs) inside the content whose subject is not the speaker's side: the denial is
    another party's, given by the speaker ('The police can't pretend it didn't happen', 'They
    claim nothing was found'), most often to accuse it (round 13 probes)."""
    verbs = _PRETENCE_VERBS
    cur = tok
    clause = False  # reached through a clause the verb governs ('whatever they claim' is no such)
    for _ in range(_PRETENCE_DEPTH):
        if cur.dep_ not in ("ccomp", "xcomp", "conj", "neg", "advmod", "nsubj", "nsubjpass",
                            "det", "aux", "auxpass", "dobj", "attr", "acomp") \
                or cur.head.i == cur.i:
            return False
        clause = clause or cur.dep_ in ("ccomp", "xcomp")
        cur = cur.head
        if clause and cur.pos_ == "VERB" and cur.lemma_.lower() in verbs \
                and view.in_content(cur.i):
            return not speakers_side(clause_subject(cur), view)
    return False


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
