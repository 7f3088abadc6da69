"""Denial 1.24.0 (round 12): the shapes of a rival account in realistic rival-claim copy.

From invented probe articles of rival claims (wire, broadcaster, state agency) and the dev6
misses, four constructions a careful reader takes as disputing a claim:

- ``copular_contrast``: a characterisation corrected in place, 'the errors were "human, not
  systemic"', 'the dispute was about scheduling, not pay' (a 'be' predicate, then ', not'
  and a rival predicate), said of a matter in dispute, a claim or a result (denial_words
  ``contested_matters``). Not a preference ('Voters want a cabinet, not a court drama'), not
  'The weather was cold, not wet', not 'not only', nor a modal or supposed clause;
- ``refused_acceptance``: a claim, result or finding the speaker does not accept, recognise
  or believe, or refuses to ('does not accept lessons', 'is refusing to accept the results',
  'did not believe the company's figures'). Not a future or modal refusal ('will not accept a
  result cooked in a back room' is a warning, dev6 f3116), nor a request ('rejected the
  offer' is the requests list of denial_words);
- ``no_sign_that``: 'no indication / signal that ...' (or one that links, ties, connects), as
  'no evidence that': not 'no indication yet' nor a forecast ('no indication that the talks
  will resume'). 'no sign that' is left out: it reads as an observation more often (it added
  a false positive on a held-out aggregate and no hit);
- ``disagrees_with_claim``: 'it strongly disagrees with the decision / findings';
- ``planted_evidence``: the other side's evidence said to have been planted ('the weapons
  shown in the video had been planted', 'the drugs found in his car were planted'): a thing
  shown, found or seized, in the passive, not 'a bomb had been planted under the car' (an
  attack);
- ``dismissive_verb``: the other side said to hype or exaggerate ('the Philippine side was
  hyping the incident'), asserted, not negated or modal ('we should not exaggerate the risk').

The words are data (denial_words.yaml ``disputable``, ``evidence_shown``, ``refusal_verbs``,
``link_verbs``, ``time_spans``, ``contested_matters``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...denial_words import load_denial_words
from ..grammar import CLAIM_NOUNS, in_condition, is_negated
from ..view import StatementView

_W = load_denial_words()
_DISPUTABLE = _W.disputable
_EVIDENCE_SHOWN = _W.evidence_shown
_REFUSE = _W.refusal_verbs
_LINK_VERBS = _W.link_verbs
_TIME_UNITS = _W.time_spans
_MATTERS = _W.contested_matters


def _factual(verb: Token) -> bool:
    """Asserted now or in the past: no modal or future auxiliary, no 'if'."""
    if in_condition(verb):
        return False
    return not any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lower_ in ("going", "gon"))
                   for c in verb.children)


def _disputable(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in CLAIM_NOUNS or lemma in _DISPUTABLE or tok.lower_ in _DISPUTABLE


def copular_contrast(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    neg = doc[i]
    if i < 2 or doc[i - 1].text != "," or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    if nxt.lower_ in ("only", "just", "merely", "even", "least", "always", "necessarily") \
            or nxt.pos_ not in ("ADJ", "NOUN", "PROPN", "ADP", "DET", "NUM") \
            and not (nxt.pos_ == "VERB" and nxt.tag_ == "VB"):  # ('scheduling, not pay')
        return False
    if nxt.lower_ in _TIME_UNITS:
        return False  # 'possible within weeks, not months': a timeline, no rival claim
    # the corrected predicate: the word before the comma, under a 'be' that is not negated
    before = doc[i - 2]
    if before.is_punct and i >= 3:
        before = doc[i - 3]  # 'were "human, not systemic"': a closing quote mark
    for a in (before, *before.ancestors):
        if a.tag_ == "VBG" and a.dep_ in ("pobj", "pcomp"):
            continue  # 'about scheduling': a gerund object, the 'be' is further up
        if a.pos_ in ("VERB", "AUX"):
            return (a.lemma_.lower() == "be" and view.in_sentence(a.i) and not is_negated(a)
                    and _factual(a) and not any(c.dep_ == "expl" for c in a.children)
                    and neg.i > a.i and _contested_subject(a))
    return False


def _contested_subject(be: Token) -> bool:
    """The corrected thing is a matter in dispute ('the errors', 'the dispute', 'the
    deaths'), a claim or a result: not 'It was a political decision, not a military one',
    'The weather was cold, not wet', nor a pseudo-cleft ('What we need is more nurses, not
    more managers')."""
    subj = next((c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.dep_ == "csubj":
        return False
    return subj.lemma_.lower() in _MATTERS or _disputable(subj)


def refused_acceptance(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    verb = doc[i]
    if verb.pos_ != "VERB":
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs or not any(_disputable(o) for o in objs):
        return False
    if any(o.lemma_.lower() in _W.requests for o in objs):
        return False
    if is_negated(verb) and not any(c.dep_ == "neg" and c.i + 1 < len(doc)
                                    and doc[c.i + 1].lower_ == "only" for c in verb.children):
        return _factual(verb)
    head = verb.head
    return (verb.dep_ == "xcomp" and head.lemma_.lower() in _REFUSE and not is_negated(head)
            and _factual(head))


def no_sign_that(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    noun = doc[j - 1]
    if j < len(doc) and doc[j].lower_ in ("yet", "so"):
        return False
    for c in noun.children:
        if c.dep_ in ("acl", "relcl", "ccomp") and (
                any(g.lower_ == "that" and g.dep_ in ("mark", "nsubj") for g in c.children)
                or c.lemma_.lower() in _LINK_VERBS):
            return _factual(c)
    # 'no indication that ...' parsed with the clause on the verb: 'that' right after the noun
    if j < len(doc) and doc[j].lower_ == "that" and doc[j].dep_ == "mark":
        return _factual(doc[j].head)
    return False


def disagrees_with_claim(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb) or not _factual(verb):
        return False
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ == "with":
            return any(o.dep_ == "pobj" and _disputable(o) for o in p.children)
    return False


RIVAL_RULES = {
    "copular_contrast": copular_contrast,
    "refused_acceptance": refused_acceptance,
    "no_sign_that": no_sign_that,
    "disagrees_with_claim": disagrees_with_claim,
}


def not_modal_comparison(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'no higher than you would expect' asserted of a rate, not a cap set by a modal ('must be
    no higher than 2%') nor a supposition."""
    for a in doc[i].ancestors:
        if a.pos_ in ("VERB", "AUX"):
            return _factual(a) and not is_negated(a)
    return True


def planted_evidence(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    verb = doc[i]
    if verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children) \
            or is_negated(verb) or not _factual(verb):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return False
    return subj.lemma_.lower() == "evidence" or any(
        c.dep_ == "acl" and c.lemma_.lower() in _EVIDENCE_SHOWN for c in subj.children)


def dismissive_verb(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    verb = doc[i]
    return verb.pos_ == "VERB" and not is_negated(verb) and _factual(verb) \
        and verb.dep_ not in ("amod", "acl", "relcl")


RIVAL_RULES["not_modal_comparison"] = not_modal_comparison
RIVAL_RULES["planted_evidence"] = planted_evidence
RIVAL_RULES["dismissive_verb"] = dismissive_verb
