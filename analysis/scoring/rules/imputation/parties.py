"""Who did it and to whom: the doer and person tests the imputation rules share.

``_other_doer`` keeps a wrong that is not negated and not done by the speaker ('we', 'our
forces'); ``_person`` tells a person or a group of people (pronouns, actors, protected groups,
collective and agent nouns) from a thing, so that 'threatened the officials' wrongs and 'the
drought threatens the harvest' does not.
"""

from __future__ import annotations

from spacy.tokens import Token

from ....imputation_words import load_imputation_words
from ...grammar import clause_subject, human_noun, is_actor, is_negated
from ..accusation import PROTECTED

# The word lists: analysis/data/imputation_words.yaml (what each is for is commented
# there), read once at import by analysis.imputation_words.
_W = load_imputation_words()


def _other_doer(verb: Token) -> bool:
    """Not negated, and the doer (if named) is not the speaker ('we', 'our forces')."""
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    subj = clause_subject(verb)
    if subj is None or subj.dep_ == "nsubjpass":
        return True
    return subj.lower_ not in ("i", "we") and not any(
        c.dep_ == "poss" and c.lower_ in ("our", "my") for c in subj.children)


_PERSON_SUFFIXES = ("er", "or", "ist", "ess", "ant", "ent", "ee", "ian", "man", "woman")


def _person(tok: Token) -> bool:
    low, lemma = tok.lower_, tok.lemma_.lower()
    if tok.pos_ == "PRON":
        return low in ("him", "her", "them", "us", "me", "you")
    if human_noun(tok) or is_actor(tok) or tok.ent_type_ in ("PERSON", "NORP"):
        return True
    return (lemma in PROTECTED or low in PROTECTED or lemma in _PEOPLE
            or lemma.endswith(_PERSON_SUFFIXES))


# Collective nouns for people at work (1.5.0): 'forced cabin crew to work'.
_PEOPLE = _W.people
