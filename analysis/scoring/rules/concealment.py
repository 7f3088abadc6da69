"""Accusation 1.9.0 (round 5): information kept from the people it concerns.

'The test results were kept from the parents for weeks'; 'The inspection report, hidden from
residents for a year, found asbestos'; 'The company kept the report from staff'. Keeping a
report, a warning or a result from those it concerns charges whoever did it with concealment,
named or implied (README: passive and implied-actor accusations). Written from the class of
misses on the tuning items, checked first on blind probes (tests/test_framing_tags_cut_claims_and_aims.py,
class C). The nouns of what is kept and from whom are data (construction_words.yaml:
information_nouns, people_nouns).

Not things kept from places or dangers ('The children were kept from the road', 'kept from
direct sunlight'), not the speaker's own side ('We kept the results from the press until the
families had been told').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...construction_words import load_construction_words
from ..grammar import first_person_subject, human_noun, is_negated
from ..view import StatementView


def _audience(tok: Token) -> bool:
    return human_noun(tok) or tok.lemma_.lower() in load_construction_words().people_nouns


def _information(tok: Token) -> bool:
    return tok.lemma_.lower() in load_construction_words().information_nouns


def _kept_item(verb: Token) -> Token | None:
    """What was kept: the passive subject, the noun an '-ed' participle modifies ('the report,
    hidden from residents'), or the object of an active verb."""
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD"):
        return verb.head  # the tagger often reads the participle 'kept' as a past tense
    for c in verb.children:
        if c.dep_ in ("nsubjpass", "dobj"):
            return c
    return None


def kept_from_people(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'were kept/hidden/withheld/concealed from the parents' with a report, a result or a
    warning as what was kept (passive, participle or active with another party's subject)."""
    verb = doc[i]
    if verb.pos_ not in ("VERB", "AUX") or is_negated(verb):
        return False
    frm = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    if frm is None or not any(g.dep_ == "pobj" and _audience(g) for g in frm.children):
        return False
    item = _kept_item(verb)
    if item is None or not _information(item):
        return False
    passive = verb.dep_ == "acl" or (verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" for c in verb.children))
    if passive:
        return not any(first_person_subject(g) for c in verb.children if c.dep_ == "agent"
                       for g in c.children)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and not first_person_subject(subj) and subj.lower_ != "you"
