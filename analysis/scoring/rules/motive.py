"""Context rules of deceit, concealment and bad-intent cues read from their objects.

These verbs accuse only with the right object: "twisted my words" (not "twisted his ankle"),
"buried the report" (not "buried the dead"), "evaded taxes" (not "evaded the tackle"),
"echoed the Kremlin's line" (not "echoed the concerns of residents").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...accusation_words import load_accusation_words
from ...certainty_words import load_certainty_words
from ..grammar import clause_subject, first_person_subject, human_noun, is_actor, is_negated
from ..view import StatementView
from .accusation import PROTECTED

_W = load_accusation_words()

# What a deceiver alters, hides or makes up: accounts, records and evidence.
_ACCOUNTS = _W.accounts
_ACCOUNTABILITY = _W.accountability
_LINES = _W.lines
_FUNDS = _W.funds
_OWNERS = _W.owners
# 1.5.0: public money in partisan or private hands ('the campaign used state funds ...').
_PUBLIC = _W.public
_PARTISAN = _W.partisan
# Lavish goods: money someone else gave, spent on them (1.5.0).
_LUXURIES = _W.luxuries
_MOVING = _W.moving
_KIN_DESTINATIONS = _W.kin_destinations
_PERSONAL = _W.personal
_CRONIES = _W.cronies
_MISUSED = _FUNDS | _W.misused_extra


def _in(tok: Token, words: frozenset[str]) -> bool:
    """Lemma or form in ``words``, also a plural form the lemmatiser missed ('taxes')."""
    low = tok.lower_
    return (tok.lemma_.lower() in words or low in words
            or (low.endswith("es") and low[:-2] in words) or (low.endswith("s") and low[:-1] in words))


def _objects(verb: Token) -> list[Token]:
    """Direct objects, passive subjects and 'with'/'on' objects ('tampered with the ballots')."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("with", "on"):
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _agent_ok(verb: Token) -> bool:
    """Not negated, and the doer (if named) is neither the speaker nor a non-actor."""
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    subj = clause_subject(verb)
    if subj is None or subj.dep_ == "nsubjpass":
        return True
    return not first_person_subject(subj)


def alters_account(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'twisted my words', 'massaged the figures', 'distorts the facts', 'invented stories'."""
    verb = doc[i]
    if not _agent_ok(verb):
        return False
    for o in _objects(verb):
        if _in(o, _ACCOUNTS) or o.lower_ in ("ours", "it", "them", "this", "everything"):
            return True
    return False


def makes_up(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'invented stories', 'they invent lost missiles': made up, unless the object is a
    creation ('invented a new genre', 'invented the telephone')."""
    verb = doc[i]
    if not _agent_ok(verb):
        return False
    objs = _objects(verb)
    if not objs:
        return True
    return not any(_in(o, _CREATIONS) or any(c.lower_ == "new" for c in o.children) for o in objs)


# What inventors invent: made, not made up.
_CREATIONS = _W.creations


def hides_account(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'buried the safety report', 'withheld evidence', 'destroyed documents'."""
    verb = doc[i]
    if not _agent_ok(verb):
        return False
    return any(_in(o, _ACCOUNTS) or o.lemma_.lower() == "aid" for o in _objects(verb))


def evades_accountability(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'evaded taxes', 'to avoid scrutiny', 'dodged questions', 'escaped justice'."""
    verb = doc[i]
    if not _agent_ok(verb):
        return False
    return any(_in(o, _ACCOUNTABILITY) for o in _objects(verb))


def shields_from_accountability(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'shielding the commander from prosecution' (not 'protecting children from harm')."""
    verb = doc[i]
    if not _agent_ok(verb):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "from"
               and any(_in(g, _ACCOUNTABILITY) for g in c.children if g.dep_ == "pobj")
               for c in verb.children)


def echoes_line(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'echoed Moscow's line', 'repeating the Kremlin's talking points': another actor's line
    carried uncritically (not 'echoed residents' concerns')."""
    verb = doc[i]
    if not _agent_ok(verb):
        return False
    for o in _objects(verb):
        if not _in(o, _LINES):
            continue
        owners = [c for c in o.children if c.dep_ in ("poss", "compound", "amod")]
        owners += [g for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
        if any(is_actor(w) or w.lower_ == "party" for w in owners):
            return True
    return False


def misuses_funds(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Others' money spent on oneself: 'used company money to pay for his holidays',
    'diverted aid money to his own accounts'; or 'misuse(d) public funds/power'."""
    tok = doc[i]
    if is_negated(tok):
        return False
    lemma = tok.lemma_.lower()
    if lemma in ("misuse", "misappropriate", "abuse"):
        objs = _objects(tok) if tok.pos_ == "VERB" else [
            g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]
        return any(_in(o, _MISUSED) for o in objs)
    if tok.pos_ != "VERB":
        return False
    for o in _objects(tok):
        owner0 = {c.lemma_.lower() for c in o.children if c.dep_ in ("compound", "poss", "amod")}
        if lemma == "use" and owner0 & _PUBLIC and any(
                t.lower_ == "own" and t.head.i > o.i for t in tok.subtree if t.i > o.i):
            return True  # 1.5.0: 'used the city's snowploughs to clear his own driveway'
        if not _in(o, _FUNDS):
            continue
        if any(_in(t, _LUXURIES) for t in tok.subtree if t.i > o.i) and any(
                c.dep_ in ("compound", "amod", "poss") for c in o.children):
            return True  # 1.5.0: 'spent the earthquake relief funds on luxury cars'
        if lemma in _MOVING and any(_in(t, _KIN_DESTINATIONS) and any(
                c.dep_ == "poss" for c in t.children) for t in tok.subtree if t.i > o.i):
            return True  # 1.5.0: 'funnelled donations to the leader's family'
        owner = {c.lemma_.lower() for c in o.children if c.dep_ in ("compound", "poss", "amod")}
        if not owner & _OWNERS:
            continue
        subj = clause_subject(tok)
        if owner & _PUBLIC and subj is not None and subj.dep_ == "nsubj" and (
                subj.lemma_.lower() in _PARTISAN):
            return True  # 1.5.0: 'the minister's campaign used state funds'

        # The purpose or destination names the spender himself.
        if any(t.lower_ in _PERSONAL for t in tok.subtree if t.i > o.i):
            return True
    return False


def enriches_self(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'enrich himself / his cronies' (not 'enrich uranium', 'enrich the soil')."""
    verb = doc[i]
    return _agent_ok(verb) and any(
        o.lemma_.lower() in _CRONIES or o.lower_ in _CRONIES for o in _objects(verb))


def lined_pockets(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'lining their own pockets': 'pocket(s)' as the object of 'line'."""
    tok = doc[i]
    return tok.pos_ == "NOUN" and tok.head.lemma_.lower() == "line" and not is_negated(tok.head)


def harms_people(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'abandoned the refugees at the border' (people left in harm), not 'abandoned the plan'."""
    verb = doc[i]
    if not _agent_ok(verb):
        return False
    subj = clause_subject(verb)
    if subj is not None and subj.dep_ != "nsubjpass" and not is_actor(subj):
        return False
    return any(human_noun(o) or o.lemma_.lower() in (
        "civilian", "refugee", "victim", "patient", "child", "wounded", "worker", "migrant",
        "population", "people") for o in _objects(verb))


_PAYMENTS = _W.payments
_GATEKEEPERS = _W.gatekeepers


def _recipients(verb: Token) -> list[Token]:
    out = [c for c in verb.children if c.dep_ == "dative"]
    for c in verb.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "among", "outside", "at"):
            out.extend(g for g in c.subtree if g.dep_ in ("pobj", "compound"))
    return out


# People paid to act as if of their own accord, or to decide (1.5.0).
_PAID_TO_ACT = _W.paid_to_act


def pays_gatekeeper(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Money handed to those who decide: 'handed out cash to voters', 'gave envelopes to
    referees' (bribery without the word; not 'paid compensation to families')."""
    verb = doc[i]
    if not _agent_ok(verb):
        return False
    if verb.lemma_.lower() == "pay" and any(
            (_in(o, _GATEKEEPERS) or _in(o, _PAID_TO_ACT)) and o.dep_ == "dobj" for o in _objects(verb)) and any(
            c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in verb.children):
        return True  # 1.5.0: 'paid doctors to prescribe its painkillers', 'paid protesters to pose'
    if not any(_in(o, _PAYMENTS) for o in _objects(verb)):
        return False
    return any(_in(r, _GATEKEEPERS) for r in _recipients(verb))


_POSTS = _W.posts
_KIN = _W.kin


def favours_kin(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Nepotism without the word: 'awarded the contract to a firm owned by his
    brother-in-law', 'gave the job to his nephew'."""
    verb = doc[i]
    if not _agent_ok(verb):
        return False
    objs = [o for o in _objects(verb) if _in(o, _POSTS)]
    if not objs:
        return False
    after = [t for t in verb.subtree if t.i > objs[0].i]
    if any(_in(t, _BACKERS) for t in after):
        return True  # 1.5.0: 'awarded the mask contracts to companies run by party donors'
    owned = any(t.lower_ in ("his", "her", "their", "its") for t in after)
    return owned and any(_in(t, _KIN) for t in after)


# Backers whose reward is a favour whoever's they are (1.5.0).
_BACKERS = _W.backers


_RIGHTS = _W.rights  # 1.5.0
_ADJUDICATORS = _W.adjudicators  # 1.12.0 (round 6)


def withholds_rights(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'denying detainees access to lawyers', 'blocked aid to the besieged town' (not 'denied
    the report', which is a denial)."""
    verb = doc[i]
    if not _agent_ok(verb):
        return False
    # accusation 1.12.0 (round 6): a court or judge refusing bail or access rules on it, a
    # procedural report ('The court denied bail to the three defendants')
    doers = [clause_subject(verb)] + [g for c in verb.children if c.dep_ == "agent"
                                      for g in c.children if g.dep_ == "pobj"]
    if any(d is not None and d.dep_ != "nsubjpass" and d.lemma_.lower() in _ADJUDICATORS
           for d in doers):
        return False
    return any(_in(o, _RIGHTS) for o in _objects(verb))


def uses_as_cover(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'using schools as military bases', 'used civilians as cover'."""
    verb = doc[i]
    if not _agent_ok(verb):
        return False
    objs = [o for o in _objects(verb) if o.lemma_.lower() in PROTECTED or o.lower_ in PROTECTED]
    # 'as' hangs on the verb or, as often parsed, on the object.
    return bool(objs) and any(c.dep_ == "prep" and c.lower_ == "as"
                              for t in [verb, *objs] for c in t.children)


def bled_dry(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'bleeding the club dry'."""
    verb = doc[i]
    return _agent_ok(verb) and any(c.lower_ == "dry" for c in verb.children)


def keeps_self_in_power(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'changed the law to keep itself in power' (a reflexive object kept in power/office)."""
    verb = doc[i]
    if not _agent_ok(verb):
        return False
    reflexive = any(o.lower_ in ("itself", "himself", "herself", "themselves")
                    for o in verb.children if o.dep_ in ("dobj", "nsubj"))
    in_power = any(t.lower_ in ("power", "office") for t in verb.subtree)
    return reflexive and in_power


_POLLUTANTS = _W.pollutants


def dumps_pollutant(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'dumping toxic waste into the lake' (an actor or no subject)."""
    verb = doc[i]
    if not _agent_ok(verb):
        return False
    subj = clause_subject(verb)
    if subj is not None and subj.dep_ == "nsubj" and not is_actor(subj):
        return False
    objs = _objects(verb)
    # 1.5.0: a quantity of it ('thousands of tonnes of waste')
    for _ in range(2):
        objs += [g for o in objs if o.pos_ in ("NOUN", "NUM") for c in o.children
                 if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj" and g not in objs]
    for o in objs:
        words = {o.lemma_.lower()} | {c.lemma_.lower() for c in o.children if c.dep_ in ("amod", "compound")}
        if words & {"few", "less", "low", "reduced", "little"}:
            continue  # 'releasing fewer fumes since the upgrade' reports an improvement
        if words & _POLLUTANTS:
            return True
    return False


_BARELY = _W.barely
_DOUBT_VERBS = _W.doubt_verbs
# the frames of rhetorical incredulity the modal rules read too ('hard to believe')
_DOUBT_FRAMES = load_certainty_words().hard


def innocence_doubted(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """An innocent explanation rejected, imputing intent: 'the timing was no coincidence',
    'the fire was not an accident', 'it is hard to see how the convoy could have been
    mistaken for a military target'."""
    tok = doc[i]
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children) or is_negated(tok) or any(
            c.dep_ == "advmod" and c.lower_ in _BARELY for h in (tok, tok.head) for c in h.children):
        # 1.5.0: 'hardly/scarcely a coincidence' negates the excuse as 'no coincidence' does
        if tok.dep_ == "attr" and any(c.dep_ == "expl" for c in tok.head.children):
            return False  # 1.11.0 (round 5): 'There was no accident on the motorway' is a fact
        return tok.dep_ in ("attr", "acomp", "ROOT") or tok.head.lemma_.lower() == "be"
    cur = tok
    for _ in range(4):
        head = cur.head
        if head is cur:
            return False
        if cur.lemma_.lower() in _DOUBT_VERBS and (
                head.lemma_.lower() in _DOUBT_FRAMES
                or any(c.dep_ == "acomp" and c.lemma_.lower() in _DOUBT_FRAMES for c in head.children)
                or any(c.dep_ == "neg" for c in cur.children)):
            return True  # 'hard to see how', 'it is difficult to believe that', 'I cannot see
        cur = head
    return False


# Photo-opportunity verbs, neutral for the cameras ('the leaders shook hands for the cameras').
_PHOTO_OPS = _W.photo_ops


def self_serving_end(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A deed done 'for the cameras' / 'for the headlines' / 'for publicity' / 'for show' by
    someone other than the speaker; not a photo opportunity described ('posed for the
    cameras'), not 'we did it for the cameras', not negated, not a 'show' that is an event
    ('tickets for the show')."""
    end = doc[i]
    prep = end.head
    if end.dep_ != "pobj" or prep.lower_ != "for" or end.pos_ != "NOUN":
        return False
    verb = prep.head
    for _ in range(3):  # 'flew to the town for the cameras' hangs 'for' on the noun
        if verb.pos_ != "NOUN" or verb.dep_ not in ("dobj", "pobj", "prep") or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ == "ADP":
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _PHOTO_OPS or not _agent_ok(verb):
        return False
    lemma = end.lemma_.lower()
    dets = [c.lower_ for c in end.children if c.dep_ == "det"]
    if lemma in ("show", "effect", "publicity", "attention", "applause") and (
            dets or any(c.dep_ in ("amod", "compound", "poss") for c in end.children)):
        return False  # 'for the show', 'for a good effect', 'for medical attention'
    # 'for a camera', 'for his own cameras': only 'for the cameras' or a bare plural
    return dets in (["the"], []) and not any(c.dep_ == "poss" for c in end.children)
