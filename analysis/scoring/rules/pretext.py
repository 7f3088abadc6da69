"""Accusation 1.33.0 (round 13): a deed done to justify a hostile act (a pretext imputed).

'Russia regularly stages such incidents to justify its own strikes on Ukrainian cities', 'The
junta invented the plot to legitimise the crackdown': a purpose infinitive of justifying whose
object is a hostile act (data: accusation_words.yaml ``pretext_ends``), on a deed of another
party or a passive deed, imputes a pretext (README: imputed motives). Written from a miss of an
invented state-agency article (/work/probes-13ac). Not a justification of a plain cost ('raised
fees to justify the investment'), not the speaker's own deed ('we need the data to justify the
strikes'), not negated.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...accusation_words import load_accusation_words
from ..grammar import first_person_subject, is_negated
from ..view import StatementView

_ENDS = load_accusation_words().pretext_ends
_OWN = frozenset({"i", "we", "you"})


def pretext_aim(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    aim = doc[i]
    if aim.pos_ != "VERB" or is_negated(aim) or aim.dep_ not in ("advcl", "xcomp", "acl") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in aim.children):
        return False
    obj = next((c for c in aim.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in _ENDS:
        return False
    act = aim.head
    if aim.dep_ == "acl":
        # 'exaggerates the threat to justify the blockade': the purpose hung on the object
        if act.dep_ != "dobj":
            return False
        act = act.head
    if act.pos_ not in ("VERB", "AUX") or is_negated(act) or not view.in_content(act.i):
        return False
    if act.lemma_.lower() in ("need", "want", "have", "be"):
        return False  # 'needs evidence to justify the strikes' asks; it imputes nothing
    subj = next((c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if subj.dep_ == "nsubjpass":
        return not any(first_person_subject(g) for c in act.children if c.dep_ == "agent"
                       for g in c.children)
    return subj.lower_ not in _OWN and not first_person_subject(subj)
