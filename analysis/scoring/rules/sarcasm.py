"""Accusation 1.20.0 (round 10): sarcastic praise aimed at an actor's deed.

Grouped from the missed accusations of the tuning splits ('Lovely to see the board found money
for a new jet in the same month it froze our pay', 'Nice of the oil company to send thoughts
and prayers to the fishermen whose nets it coated in crude', 'How touching to see the interior
minister discover international law a week after the last boat sank') and checked first on
invented probe statements. The README reads sarcasm for what it means: praise that opens the
statement bare ('Nice of X to ...', 'How generous of X to ...', 'Lovely to see X ...',
'Brilliant: X ...') and is undercut by a sting in the same sentence charges the actor:

- the actor's own other deed, told in a clause with a pronoun pointing back at it ('in the
  same week it shut the library', 'the tenants he is evicting');
- a deed done too late to matter ('a week after ...', 'after the bathing season ended', 'once
  the contract had been signed');
- after a colon, an actor described by its own earlier deed ('Brilliant: the regulator that
  approved the dam now says ...').

Praise that is meant has no sting ('Nice of the volunteers to help the old couple move', 'Good
of the airline to put the stranded passengers up in a hotel'); praise inside a sentence ('It
was nice of the mayor to visit') is not an opener; the speaker's own side is never the target.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...accusation_words import load_accusation_words
from ..grammar import human_noun, is_actor, is_negated
from ..view import StatementView

_W = load_accusation_words()
# the word lists of accusation_words.yaml 1.8 (what each is for is commented there)
_LATE_EVENTS = _W.late_events
_DECISIVE = _W.decisive_events
_TIME_UNITS = _W.time_units

_LEADS = frozenset({"how", "oh", "well", "so", "and", "yes", "very", "really", "just", "most",
                    "ah", "wow", ",", "!"})
_BACK = frozenset({"it", "he", "she", "they"})
_OWN = frozenset({"our", "my", "we", "us", "i", "me"})


def _is_opener(doc: Doc, i: int, view: StatementView) -> bool:
    """The praise word opens the statement, after at most a lead word ('How', 'Oh')."""
    start = view.content[0]
    if i < start:
        return False
    return all(doc[k].lower_ in _LEADS for k in range(start, i))


def _actor_named(toks: list[Token]) -> Token | None:
    """The first actor named after the praise: not the speaker's own side ('our neighbours')."""
    for t in toks:
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        if not (is_actor(t) or human_noun(t) or t.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")):
            continue
        if any(c.dep_ == "poss" and c.lower_ in _OWN for c in t.children):
            return None
        return t
    return None


def _own_other_deed(toks: list[Token], actor: Token) -> bool:
    """A later clause whose subject is a pronoun pointing back at the actor: its own other
    deed ('in the same week it shut the library', 'the tenants he is evicting', 'the wing his
    government left empty')."""
    for t in toks:
        if t.i <= actor.i or t.dep_ != "nsubj":
            continue
        if t.lower_ not in _BACK and not any(
                c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their") for c in t.children):
            continue  # 'it shut the library', 'his government left empty'

        verb = t.head
        if verb.pos_ in ("VERB", "AUX") and not is_negated(verb) and verb.i > actor.i:
            return True
    return False


def _too_late(toks: list[Token]) -> bool:
    """'a week after ...', 'after the season ended', 'once the contract had been signed',
    'after the vote': the deed comes when it can no longer help."""
    for t in toks:
        if t.lower_ not in ("after", "once", "until"):
            continue
        prev = t.nbor(-1) if t.i > 0 else None
        if prev is not None and prev.lemma_.lower() in _TIME_UNITS and t.lower_ == "after":
            return True  # 'a week after', 'three days after'
        clause = t.head if t.dep_ == "mark" else t
        if t.lower_ == "once" and clause.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "aux" and c.lower_ == "had" for c in clause.children):
            return True  # 'once the detainee had been deported': the matter already settled
        for u in clause.subtree:
            if u.i <= t.i:
                continue
            if u.pos_ in ("VERB", "AUX") and u.lemma_.lower() in _LATE_EVENTS:
                return True
            if u.pos_ == "NOUN" and u.lemma_.lower() in _DECISIVE:
                return True
    return False


def _described_by_deed(toks: list[Token]) -> bool:
    """After a colon: an actor described by a relative clause of its own ('the regulator that
    approved the dam now says ...', 'the minister who sends his own children to a private
    school has decided ...')."""
    for t in toks:
        if t.dep_ in ("nsubj", "nsubjpass") and (is_actor(t) or human_noun(t)) and any(
                c.dep_ == "relcl" and not is_negated(c) for c in t.children):
            return True
    return False


def sarcastic_praise(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Bare praise opening the statement, aimed at another actor and undercut by a sting:
    'Nice of the water company to tell us about the sewage after the bathing season ended',
    'How generous of the club to cut prices a week after fans were priced out', 'Lovely to see
    the council find money for a town hall in the same week it shut the library'."""
    if not _is_opener(doc, i, view):
        return False
    end = min(view.content[1], doc[i].sent.end)
    toks = [doc[k] for k in range(j, end)]
    if not toks:
        return False
    if toks[0].text == ":":
        return _described_by_deed(toks[1:])
    if toks[0].lower_ not in ("of", "to", "that", "how"):
        return False  # 'Nice work by the crews', 'Good news for the town'
    actor = _actor_named(toks)
    if actor is None:
        return False
    return _own_other_deed(toks, actor) or _too_late(toks)
