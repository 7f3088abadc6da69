"""Denial 1.8.0 (round 5): an explanation or an account dismissed by the shape of the clause.

Written from classes of misses on the tuning items (dev without its check half f1006-f1155,
heldout, heldout2, heldout3), checked first on blind probes (tests/test_framing_tags_cut_claims_and_aims.py,
classes N and D):

- an innocent explanation negated with 'no' after a pronoun pointing back at what was
  described: '..., and that is no coincidence', 'It is no accident that ...', 'This was no
  oversight'. It disputes the explanation in circulation (README, heldout3: "that is no
  accident" is a denial). With a full noun subject ('The crash was no accident') the earlier
  reading stands: a charge of intent, not a denial (tests/test_scores_denial_general.py)
  (:func:`innocence_negated`);
- a claim or an account cut down to size: 'The report is nothing more than a hit piece',
  'little more than a fishing expedition', 'It is a publicity stunt, nothing more'
  (:func:`claim_cut_down`);
- a claim that nobody believes: 'Surely nobody believes the ministry's story that ...', 'Who
  still believes the army's version of events?' (:func:`claim_disbelieved`; added after the
  check half f1006-f1155 was measured);
- a deceit label pointed at the claims in circulation: 'This smear campaign is being run from
  ...', 'The allegations amount to a smear' (:func:`label_of_current_claims`; added after the
  check half).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...construction_words import load_construction_words
from ...denial_words import load_denial_words
from ..grammar import CLAIM_NOUNS, clause_subject, is_negated
from ..view import StatementView
from .rebuttal import _DEMONSTRATIVES, _PROCEEDINGS

_W = load_denial_words()

# Pronouns that point back at what was described, or forward to a 'that' clause.
_POINTING = frozenset({"that", "this", "it"})


def innocence_negated(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'that is no accident/coincidence', 'This was no oversight', 'It is no accident that ...'
    (the noun of an innocent explanation, with 'no', as the complement of 'be' with a pronoun
    subject). Not the existential 'There was no accident on the motorway' (a plain negative
    fact), not a full noun subject ('The crash was no accident')."""
    noun = doc[j - 1]
    if noun.dep_ != "attr" or not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return False
    verb = noun.head
    if verb.lemma_.lower() != "be" or is_negated(verb):
        return False
    if any(c.dep_ == "expl" for c in verb.children):
        return False
    subj = clause_subject(verb)
    if subj is not None and subj.lower_ in _POINTING:
        return True
    # 1.19.2 (round 9): a full noun subject counts when the statement goes on to say what it
    # was instead ('The burst main was no accident: contractors cut the pipe'); the bare
    # 'The crash was no accident' keeps the earlier reading
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.ent_type_ == "PERSON":
        return False
    end = min(view.content[1], view.sentence[1])
    return any(doc[k].text in (":", ";", "—", "–") and k + 2 < end
               for k in range(j, min(end, j + 3)))


def _account(tok: Token) -> bool:
    low = tok.lemma_.lower()
    return (low in CLAIM_NOUNS or low in _PROCEEDINGS or low in load_construction_words().account_nouns
            or tok.lower_ in _DEMONSTRATIVES)


def _copula_of(tok: Token) -> Token | None:
    """The 'be' whose complement ``tok`` is part of: 'is nothing more than', 'is little more
    than', 'is no more than', 'is a stunt, nothing more'."""
    cur = tok
    for _ in range(3):
        if cur.head is cur:
            return None
        if cur.head.lemma_.lower() == "be" and cur.dep_ in ("attr", "acomp", "appos"):
            return cur.head
        if cur.dep_ not in ("amod", "advmod", "appos", "attr", "acomp", "neg"):
            return None
        cur = cur.head
    return None


def _numeric_after(doc: Doc, j: int, view: StatementView) -> bool:
    """'no more than 20 euros', 'little more than a mile': a quantity, not a dismissal."""
    for k in range(j, min(j + 3, view.content[1])):
        if doc[k].like_num or doc[k].pos_ == "NUM" or doc[k].lower_ in ("a", "an") and k + 1 < \
                view.content[1] and doc[k + 1].lemma_.lower() in _UNITS:
            return True
    return False


_UNITS = _W.units


def claim_cut_down(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'The report is nothing more than a hit piece', 'This so-called investigation is little
    more than a fishing expedition', 'It is a publicity stunt, nothing more' (a claim, an
    account or a proceeding, or a pronoun standing for one). Not a person ('The minister is
    nothing more than a puppet': a charge, not a denial), not a quantity ('no more than 20
    euros')."""
    if _numeric_after(doc, j, view):
        return False
    verb = None
    for k in range(i, j):
        verb = _copula_of(doc[k])
        if verb is not None:
            break
    if verb is None or not view.in_content(verb.i) or is_negated(verb):
        return False
    subj = clause_subject(verb)
    return subj is not None and _account(subj)


_NOBODY = frozenset({"nobody", "noone"})


def _nobody(subj: Token, view: StatementView) -> bool:
    """'nobody', 'no one', or a rhetorical 'who' (the content ends with '?')."""
    if subj.lower_ in _NOBODY:
        return True
    if subj.lower_ == "one" and any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children):
        return True
    if subj.lower_ == "who":
        doc = view.doc
        last = view.content[1] - 1
        return last >= view.content[0] and doc[last].text == "?"
    return False


def claim_disbelieved(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'nobody/no one believes <a claim or an account>', 'Who believes <it>?' (the object is a
    claim noun, not a clause: 'Nobody believes the economy will recover' is a forecast)."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not _nobody(subj, view):
        return False
    return any(c.dep_ == "dobj" and c.lower_ not in _DEMONSTRATIVES and _account(c)
               for c in verb.children)


_POINTERS = frozenset({"this", "these", "that", "those"})
# Heads a deceit label may modify and still be the label ('smear campaign', 'psychological
# operation'); 'propaganda film', 'disinformation unit' name other things.
_LABEL_HEADS = _W.label_heads


def label_of_current_claims(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A deceit label ('smear', 'witch hunt', 'propaganda', 'psychological warfare') with a
    pointing determiner ('This smear campaign', 'this whole witch hunt'), or after 'amount to'
    with a claim as subject ('The allegations amount to a smear')."""
    label = doc[j - 1]
    phrase = label
    if label.dep_ == "compound" and label.head.lemma_.lower() in _LABEL_HEADS:
        phrase = label.head
    elif label.dep_ == "compound" or (label.dep_ == "amod" and label.head.pos_ == "NOUN"):
        return False
    if any(c.dep_ == "det" and c.lower_ in _POINTERS for c in phrase.children):
        verb = phrase.head
        return not (verb.pos_ in ("VERB", "AUX") and is_negated(verb))
    if phrase.dep_ == "pobj" and phrase.head.lower_ == "to" and phrase.head.head.lemma_.lower() == "amount":
        verb = phrase.head.head
        subj = clause_subject(verb) if verb.pos_ in ("VERB", "AUX") else None
        if subj is None:
            # the tagger may read 'The allegations amount to ...' as a compound noun
            subj = next((c for c in verb.children if c.dep_ in ("compound", "nsubj")), None)
        return not is_negated(verb) and subj is not None and _account(subj)
    return False
