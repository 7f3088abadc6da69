"""Self-dealing, bribery and rigging.

'Executives awarded themselves bonuses', 'pardoned his own campaign manager', 'bought the
loyalty of half the police force', 'pocketed members' dues', 'paid off the referee', 'ballot
boxes were stuffed', 'the match was fixed', 'purged voters from the rolls'. The object of the
verb (a benefit, an associate, an official, a ballot, an outcome) makes an ordinary verb a
charge of corruption.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ....imputation_words import load_imputation_words
from ...grammar import deed_objects, human_noun, is_actor, is_negated
from ...view import StatementView
from .parties import _other_doer

# The word lists: analysis/data/imputation_words.yaml (what each is for is commented
# there), read once at import by analysis.imputation_words.
_W = load_imputation_words()


def person_object(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A verb that wrongs when done to a person: 'paid off the referee', 'the referee was paid
    off', 'doped its athletes' (not 'paid off the loan', 'doped silicon')."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    objs = deed_objects(verb)
    return any(human_noun(o) or is_actor(o) or o.ent_type_ == "PERSON" or o.lemma_.lower() in (
        "referee", "official", "judge", "athlete", "witness", "juror", "inspector", "player")
        for o in objs)


_BALLOTS = _W.ballots


def ballot_object(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'Ballot boxes were stuffed', 'stuffed the urns', 'tampered with the tally sheets'."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    objs = deed_objects(verb)
    objs += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
             for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in _BALLOTS and (o.lemma_.lower() in ("ballot", "urn") or any(
        m.lemma_.lower() in ("ballot", "vote", "voter", "electoral", "tally") for m in o.children))
        for o in objs)


_SELF = frozenset({"themselves", "himself", "herself", "itself"})


def self_dealing(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'Executives awarded themselves bonuses', 'the board voted itself a pay rise': those in
    charge giving to themselves (not 'awarded the players medals')."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    if not any(c.dep_ in ("dative", "dobj", "iobj") and c.lower_ in _SELF for c in verb.children):
        return False
    # What they gave themselves is a benefit ('bonuses', 'a pay rise', 'immunity'), not time.
    return any(c.dep_ in ("dobj", "attr", "oprd") and c.lower_ not in _SELF and (
        c.lemma_.lower() in _BENEFITS or c.ent_type_ == "MONEY") for c in verb.children)


_BENEFITS = _W.benefits


def self_awarded(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'he awarded it to himself', 'granted the contract to itself' (award/grant to oneself;
    give is left out: 'gave the award to himself as a joke')."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    return any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(
        g.lower_ in _SELF for g in c.children) for c in verb.children)


_FIXABLE = _W.fixable


def fixed_outcome(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Rigging by 'fix': 'fixed the draw', 'the match was fixed', 'fixed prices' (not 'fixed
    the roof', 'fixed a date')."""
    verb = doc[i]
    if not _other_doer(verb):
        return False
    return any(o.lemma_.lower() in _FIXABLE for o in deed_objects(verb))


_ASSOCIATES = _W.associates


def pardons_own(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Clemency for one's own people: 'pardoned his own campaign manager', 'pardoned his
    allies', 'pardoned himself' (not 'pardoned 300 prisoners for the holiday')."""
    verb = doc[i]
    if not _other_doer(verb):
        return False
    for o in deed_objects(verb):
        if o.lower_ in _SELF:
            return True
        owned = any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its") for c in o.children)
        if owned and (o.lemma_.lower() in _ASSOCIATES or any(c.lower_ == "own" for c in o.children)):
            return True
    return False


_BOUGHT = _W.bought


def bought_off(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'bought the loyalty of half the police force', 'the referee's decisions were bought'
    (not 'bought a house')."""
    verb = doc[i]
    if not _other_doer(verb):
        return False
    return any(o.lemma_.lower() in _BOUGHT for o in deed_objects(verb))


def pockets_dues(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'pocketed members' dues', 'pocketed the money meant for the levees' (others' money)."""
    verb = doc[i]
    if verb.pos_ != "VERB" or not _other_doer(verb):
        return False
    for o in deed_objects(verb):
        if any(c.dep_ == "poss" and c.lower_ not in ("his", "her", "their", "its", "our", "my")
               for c in o.children):
            return True  # someone else's money
        if any(c.dep_ in ("acl", "relcl") for c in o.children):
            return True  # 'the money meant for the levees'
    return False


def purges_voters(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'removed 40,000 voters from the rolls in opposition districts', 'purged voters' (not
    'removed deceased voters after an audit')."""
    verb = doc[i]
    if not _other_doer(verb):
        return False
    objs = deed_objects(verb)
    for o in objs:
        if o.lemma_.lower() not in ("voter", "elector", "name", "citizen", "resident"):
            continue
        if any(c.lower_ in ("dead", "deceased", "duplicate", "ineligible", "fake", "fictitious")
               for c in o.children):
            return False
        if verb.lemma_.lower() == "purge" or any(
                t.lemma_.lower() in ("roll", "register", "list", "registry") for t in verb.subtree):
            return not any(t.lemma_.lower() in ("audit", "death", "request") for t in verb.subtree)
    return False
