"""Accusation 1.12.0 (round 6): harm done to people by a party, told without a wrong-word.

Written from the classes of misses on the first half of invented probe statements (round 6,
tests/test_framing_endangerment_and_defences.py); the second half was only measured. Each rule reads a
dependency pattern plus a small word class in ``construction_words.yaml``:

- ``exposed_to_harm``: a party exposed people or a place to a danger ('The refinery's owners
  exposed a whole town to toxic fumes'). Not a passive without a doer ('workers who were
  exposed to asbestos' names nobody), not the speaker's own side, not 'exposed the fraud'.
- ``conduct_killed``: a party's conduct killed or harmed people ('The airline's cost-cutting
  killed those passengers', 'the ministry's negligence poisoned the town', 'their greed
  destroyed the livelihoods of thousands of fishermen'). The subject must be a conduct noun
  owned by a party (a storm's winds, a company's truck, 'the shelling': no charge).
- ``behind_backs``: 'behind the residents' backs', 'behind our back' (a deed concealed from
  those it concerns).
- ``sold_out_people``: 'sold out their members' (betrayal of people; 'the tickets sold out',
  'the band sold out the arena' name no one betrayed).
- ``knew_falsity``: 'testimony they knew to be false', 'figures it knew were wrong' (a party
  acting on what it knew to be false or unsafe).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...construction_words import load_construction_words
from ...imputation_words import load_imputation_words
from ..grammar import clause_subject, first_person_subject, human_noun, is_actor, is_negated
from ..view import StatementView


def _people(tok: Token) -> bool:
    """People, a group of people or a place where people live."""
    w = load_construction_words()
    low = tok.lemma_.lower()
    if (human_noun(tok) or low in w.people_nouns or low in w.populated_places
            or tok.ent_type_ in ("NORP", "GPE")):
        return True
    # a quantity of people: 'dozens of tenants', 'thousands of residents'
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and _people(g) for g in c.children) for c in tok.children)


def _own_side(tok: Token | None) -> bool:
    if tok is None:
        return False
    if first_person_subject(tok) or tok.lower_ in ("us", "our", "ours"):
        return True
    return any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in tok.children)


def exposed_to_harm(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'X exposed the town/workers/children to toxic fumes / asbestos / danger' (active, with
    a doer that is not the speaker's side)."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb) or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs or not any(_people(o) for o in objs):
        return False
    harms = load_construction_words().exposure_harms
    # the danger after 'to', read by position as well as by parse: 'to silica dust' is
    # sometimes parsed as an infinitive
    after = [t for t in verb.subtree if t.i > verb.i]
    to = [k for k, t in enumerate(after) if t.lower_ == "to"]
    if not to or not any(t.lemma_.lower() in harms for t in after[to[0] + 1:to[0] + 5]):
        return False
    subj = clause_subject(verb)
    return subj is not None and subj.dep_ == "nsubj" and not _own_side(subj)


def conduct_killed(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A lethal or harming verb whose subject is a party's conduct ('X's cost-cutting killed
    those passengers', 'the council's negligence killed him')."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not _party_conduct(subj):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return any(_people(o) or o.pos_ == "PRON" and o.lower_ in ("him", "her", "them")
               for o in objs)


def _party_conduct(subj: Token) -> bool:
    """A conduct noun owned by a party other than the speaker's: 'the airline's
    cost-cutting', 'their greed', 'Russian shelling' ('The shelling' names no one)."""
    if _own_side(subj):
        return False
    conduct = load_construction_words().conduct_nouns
    words = {subj.lemma_.lower(), subj.lower_}
    words |= {f"{c.lower_}-{subj.lower_}" for c in subj.children if c.dep_ == "compound"}
    if not words & conduct:
        return False
    owner = any(c.dep_ == "poss" and c.lower_ not in ("our", "my") for c in subj.children)
    return owner or is_actor(subj)


def left_without(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'The ministry's delays left thousands of patients without treatment', 'The regime left
    the city without water': a party or its conduct left people without a necessity (not 'the
    storm left thousands without power', not the speaker's side)."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb) or verb.lemma_.lower() != "leave":
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or _own_side(subj) or not (_party_conduct(subj) or is_actor(subj)):
        return False
    necessities = load_imputation_words().necessities
    objs = [c for c in verb.children if c.dep_ == "dobj" and _people(c)]
    return bool(objs) and any(
        c.dep_ == "prep" and c.lower_ == "without" and any(
            g.lemma_.lower() in necessities for g in c.subtree)
        for t in (verb, *objs) for c in t.children)


def behind_backs(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'behind the residents' backs', 'behind our back': 'back' under 'behind' with an owner."""
    back = doc[i]
    if back.pos_ != "NOUN" or back.head.lower_ != "behind":
        return False
    return any(c.dep_ == "poss" for c in back.children)


def sold_out_people(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'sold out their members / the workers / the country' (a particle verb with people or a
    polity as object and a doer other than the speaker's side)."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb) or not any(
            c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not any(_people(o) or is_actor(o) for o in objs):
        return False
    return not _own_side(clause_subject(verb))


def knew_falsity(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'testimony they knew to be false', 'figures the ministry knew were wrong': a party
    that knew a thing was false or unsafe and used it. Not the speaker ('we knew it was
    false and said so')."""
    know = doc[i]
    if know.pos_ != "VERB" or is_negated(know) or know.dep_ != "relcl":
        return False
    if _own_side(clause_subject(know)):
        return False
    w = load_construction_words()
    states = w.wrong_states | w.known_false_states
    return any(t.lower_ in states and t.dep_ in ("acomp", "attr", "oprd")
               for c in know.children if c.dep_ in ("xcomp", "ccomp") for t in c.subtree)


def not_known_falsity(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Denial 1.14.0 (round 6): a falsity word that is what another party knew ('testimony
    they knew to be false') belongs to the knowing charge (knew_falsity), not to a rebuttal
    by the speaker. True everywhere else."""
    cur = doc[i]
    for _ in range(3):
        cur = cur.head
        if cur.lemma_.lower() == "know" and cur.pos_ == "VERB":
            return not knew_falsity(doc, cur.i, cur.i + 1, view)
        if cur.head is cur:
            break
    return True


def leaked_secret(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'The trade ministry leaked confidential data to favoured firms': a named party (not the
    speaker's side, not an unnamed 'someone') leaked what is marked as secret. A passive with
    no doer ('the documents were leaked') names no one."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or _own_side(subj) or not (is_actor(subj) or human_noun(subj)):
        return False
    marks = load_construction_words().secret_marks
    return any(c.lower_ in marks for o in verb.children if o.dep_ == "dobj"
               for c in o.children if c.dep_ in ("amod", "compound"))
