"""The accusation frame: cues of blame the speaker makes, and whom they blame."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..types import CueHit, FrameScore, Statement
from .grammar import CLAIM_NOUNS, is_negated, subject
from .matching import cue_matches, lexicon, lexicon_cues
from .phrases import named_source, np_text
from .view import StatementView, make_cue, make_view, token_at, total


def accusation_score(statement: Statement, doc: Doc) -> FrameScore:
    """Accusation cues in the content, plus an accusing verb used as the reporting cue.

    ``target`` is whom the accusation is about, when the text names them, in this order: the
    accused object of "accuse"/"blame" ("accused Washington of ..."); the subject of an
    accusing predicate ("the Pentagon is lying", "X is responsible for"); the possessor or
    naming modifier of an accusing noun ("Washington's propaganda", "U.S. psychological
    warfare"); its 'by X' agent; last, its 'against X' object (which can name the victim
    rather than the accused: it is used only when nothing else names anyone).
    """
    return accusation_frame(make_view(statement, doc))


def accusation_frame(view: StatementView) -> FrameScore:
    doc = view.doc
    lex = lexicon("accusation")
    cues = [c for c in lexicon_cues("accusation", "accusation", view)
            if _endorsed(view, token_at(doc, c.span[0]))]
    for e, i, j in cue_matches(lex, view):
        if e.id in ("acc.accuse", "acc.blame", "acc.condemn"):
            cues.append(make_cue("accusation", doc, i, j, e))
    cues.sort(key=lambda c: c.span)
    target = None
    for pass_ in range(2):
        for c in cues:
            target = _accusation_target(view, c, allow_against=pass_ == 1)
            if target:
                break
        if target:
            break
    cues_t = tuple(cues)
    return FrameScore("accusation", total(cues_t), cues_t, target=target)


def _accusation_target(view: StatementView, cue: CueHit, allow_against: bool) -> str | None:
    doc = view.doc
    tok = token_at(doc, cue.span[0])
    end_tok = token_at(doc, cue.span[1] - 1)
    head_tok = end_tok if end_tok.pos_ in ("NOUN", "PROPN") else tok
    if head_tok.dep_ == "amod" and head_tok.head.pos_ in ("NOUN", "PROPN"):
        head_tok = head_tok.head  # "a malicious campaign by our rivals"
    if tok.lemma_.lower() in ("accuse", "blame", "condemn") and tok.pos_ == "VERB":
        for c in tok.children:
            if c.dep_ in ("dobj", "nsubjpass") and view.in_sentence(c.i):
                return np_text(c)
        return None
    ok = view.in_content
    if allow_against:
        for t in (head_tok, head_tok.head):
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "against":
                    for g in c.children:
                        if g.dep_ == "pobj" and ok(g.i):
                            return np_text(g)
        return None
    if head_tok.pos_ in ("NOUN", "PROPN"):
        # "Washington's propaganda", "U.S. psychological warfare", "lies by the ministry"
        src = named_source(head_tok)
        if src:
            return src
    # The subject of the clause the cue predicates: "X is lying", "X is responsible for",
    # "X deliberately misled", "X's claims are part of a psychological war" (-> X).
    pred = _clause_of(head_tok if head_tok.pos_ in ("NOUN", "PROPN") else tok)
    subj = subject(pred) if pred is not None and ok(pred.i) else None
    if subj is not None and ok(subj.i) and subj.pos_ != "PRON" and subj.ent_type_ not in ("DATE", "TIME"):
        if subj.lemma_.lower() in CLAIM_NOUNS:
            return named_source(subj)
        return np_text(subj)
    return None


def _clause_of(tok: Token) -> Token | None:
    """The verb whose clause ``tok`` belongs to, climbing through nominal attachments."""
    cur = tok
    for _ in range(5):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("amod", "acl"):
            return cur
        if cur.dep_ in ("ROOT",) or cur.head is cur:
            return cur if cur.pos_ in ("VERB", "AUX") else None
        cur = cur.head
    return None


_LABEL_VERBS = frozenset({
    "label", "call", "describe", "brand", "term", "dub", "characterize", "characterise",
    "portray", "denounce", "decry", "claim", "allege", "say",
})


_CLAIM_HEADS = frozenset({"claim", "allegation", "accusation", "charge", "report", "rumour",
                          "rumor", "suggestion", "talk"})


def _endorsed(view: StatementView, tok: Token) -> bool:
    """Whether the speaker makes the accusation, rather than reporting or negating it.

    Not endorsed: under a labelling verb with a third-party subject ("Iranian media labelled
    the reports psychological warfare"), inside "claims of fraud", or negated ("was not
    responsible", "never designed to cheat").
    """
    if is_negated(tok) or (tok.dep_ in ("amod", "compound") and is_negated(tok.head)):
        return False
    cur = tok
    for _ in range(5):
        head = cur.head
        if head is cur or not view.in_content(head.i):
            break
        if cur.dep_ == "pobj" and head.lower_ == "of" and (
            head.head.lemma_.lower() in _CLAIM_HEADS
            or any(d.dep_ == "det" and d.lower_ == "no" for d in head.head.children)
        ):
            return False  # "claims of fraud", "no evidence of fraud"
        if any(c.dep_ == "neg" for c in head.children):
            return False  # "it is not true that the government ignored ..."

        if head.pos_ == "VERB" and head.lemma_.lower() in _LABEL_VERBS:
            subj = subject(head)
            if subj is None or subj.lower_ not in ("i", "we"):
                return False
        cur = head
    return True
