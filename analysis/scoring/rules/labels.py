"""Denial 1.17.0 (round 9): a claim, a proceeding or a measure labelled as fabricated or
as pursued for another end.

'The doping charge is a set-up', 'The report is a whitewash', 'The inquiry is a vendetta by a
minister we criticised', 'The fine is a political stunt, pure and simple', 'The case is
politically motivated': the speaker disputes the claim or the grounds of the proceeding by
naming what it really is (benchmarks/gold/FRAMING_README.md: "script", "fairy tales",
"pretext", "witch hunt" are denial and accusation). rebuttal.dismissive_label reads an older
list of such labels on claim and proceeding nouns; this module adds:

- ``pinned_label``: labels that say the thing is made up or dressed up ('set-up', 'frame-up',
  'whitewash', 'greenwashing', 'cover story', 'propaganda'), predicated of anything but a
  person;
- ``pinned_motive``: labels that give a hidden motive ('vendetta', 'revenge', 'stunt',
  'excuse', 'politically motivated'), only when predicated of a claim, a proceeding or a
  measure (denial_words.yaml measures) -- 'The attack was politically motivated' is a police
  finding, not a rebuttal;
- both when the label is the whole statement ('Pure propaganda, and clumsy propaganda at
  that') or the content of 'called' / 'described'.

``labelled_by_cue`` reads the journalist's 'called / described / branded' whose content is a
claim-like thing and a label of bias or pretence ('called the report "unbalanced"', 'described
the reports as "an attempt to devalue our success"', 'calling it "protectionism dressed up as
fair competition"'); not a label of feeling ('called the report "deeply worrying"').

Not in a relative clause ('after a review that was a sham from the start' describes, it
rebuts nothing said to the speaker), not negated, modal or supposed, not a bare noun
('an exhibition on wartime propaganda', 'gave no excuse for the delay').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...denial_words import load_denial_words
from ..grammar import in_condition, is_negated
from ..view import StatementView

_W = load_denial_words()
_MEASURES = _W.measures
_LABELLING_CUES = _W.labelling_verbs
_UNDERMINING = _W.undermining_verbs
_PERSONAL = frozenset({"i", "we", "you", "he", "she", "me", "us", "him", "her"})
_LINKING = frozenset({"be", "become", "remain", "look", "seem", "amount"})


def _label_token(doc: Doc, i: int, j: int) -> Token:
    tok = doc[i:j].root
    while tok.dep_ in ("compound", "amod") and tok.head is not tok and tok.head.i < j + 3:
        tok = tok.head
    return tok


def _whole_content(tok: Token, view: StatementView) -> bool:
    """The label is the statement: its root, or the content of 'called' / 'described'."""
    doc = view.doc
    if not view.in_content(tok.i):
        return False
    if tok.dep_ == "appos" and view.in_content(tok.head.i):
        tok = tok.head  # 'the report "a whitewash"': the label in apposition to what it names
    head = tok.head
    root = head is tok or not view.in_content(head.i) or head.i >= view.content[1]
    if not root:
        return False
    if _labelling_cue(view):
        return True
    # a verbless fragment ('Pure propaganda, and clumsy propaganda at that')
    return not any(doc[k].tag_ in ("VBD", "VBZ", "VBP", "MD") for k in range(*view.content))


def _labelling_cue(view: StatementView) -> bool:
    """The reporting cue is 'called', 'described', 'branded' ... (read from the statement's
    cue words, since the cue may sit outside the content's sentence)."""
    doc = view.doc
    if any(doc[k].lemma_.lower() in _LABELLING_CUES for k in range(*view.cue)):
        return True
    words = (view.statement.cue or "").lower().split()
    for w in words[:1]:
        for v in _LABELLING_CUES:
            stem = v[:-1] if v.endswith("e") else v
            if w == v or (w.startswith(stem) and w[len(stem):] in ("s", "es", "ed", "d", "ing",
                                                                   "led", "ling")):
                return True
    return False


def _predicated_of(tok: Token, view: StatementView) -> Token | None:
    """The subject the label is said of ('X is a set-up'), or the object of 'dismissed /
    called X as ...'; None when the label is not a predicate or its clause is negated,
    modal, supposed or relative."""
    cur = tok
    if cur.dep_ == "pobj" and cur.head.lower_ == "as":
        verb = cur.head.head
        if verb.lemma_.lower() not in _LABELLING_CUES:
            return None
        if any(c.dep_ == "nsubj" and c.lower_ not in ("i", "we") for c in verb.children):
            return None  # 'Opposition leaders have described the arrests as revenge': reported
        objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        return objs[0] if objs else None
    if cur.dep_ not in ("attr", "oprd", "acomp"):
        return None
    verb = cur.head
    if verb.lemma_.lower() not in _LINKING or is_negated(verb) or in_condition(verb):
        return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None
    hop = verb
    for _ in range(6):
        if hop.dep_ in ("relcl", "acl"):
            return None  # 'a review that was a sham': a description inside a noun phrase
        if hop.head is hop:
            break
        hop = hop.head
    if not view.in_content(verb.i):
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _impersonal(subj: Token) -> bool:
    return subj.lower_ not in _PERSONAL and subj.ent_type_ != "PERSON"


def pinned_label(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A fabrication label ('set-up', 'whitewash', 'cover story') said of a thing."""
    tok = _label_token(doc, i, j)
    if _whole_content(tok, view):
        return True
    subj = _predicated_of(tok, view)
    return subj is not None and _impersonal(subj)


def pinned_motive(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A motive label ('vendetta', 'stunt', 'excuse') said of a claim, proceeding or measure."""
    from .rebuttal import _CLAIMLIKE

    tok = _label_token(doc, i, j)
    if _whole_content(tok, view):
        return True
    subj = _predicated_of(tok, view)
    if subj is None:
        return False
    lemma = subj.lemma_.lower()
    return lemma in _CLAIMLIKE or lemma in _MEASURES


def labelled_by_cue(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A bias or pretence label in the content of a labelling reporting cue."""
    from .rebuttal import _CLAIMLIKE

    if not view.in_content(i) or not _labelling_cue(view):
        return False
    tok = doc[i]
    if tok.lower_ == "attempt" or tok.lower_ == "bid":
        # 'an attempt to devalue / discredit ...': a motive, only with a verb of undermining
        nxt = [doc[k] for k in range(j, min(view.content[1], j + 3))]
        if not any(t.lemma_.lower() in _UNDERMINING for t in nxt):
            return False
    # what the label is pinned on: the first noun or pronoun of the content
    start = view.content[0]
    named = next((doc[k] for k in range(start, i) if doc[k].pos_ in ("NOUN", "PROPN", "PRON")
                  and doc[k].dep_ not in ("poss", "compound", "amod")), None)
    if named is None:
        return False
    return named.lemma_.lower() in _CLAIMLIKE or named.lower_ in (
        "it", "them", "this", "that", "these", "those")
