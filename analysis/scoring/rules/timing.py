"""Accusation 1.21.0 (round 10): timing that implies a kickback or a cover-up.

Grouped from the missed accusations of the tuning splits ('The regulator approved the price
rise three months after its former chairman took a seat on the energy company's board', 'The
committee approved the stadium after three of its members received free season tickets from
the club', 'He moved 3 million euros to Cyprus the day before the bank collapsed', 'The
authorities closed the last independent radio station two days before the vote') and checked
first on invented probe statements. Nothing wrong is named; the sequence is the charge:

- a decision a party took after it, or one of its own people, received a benefit: a seat, a
  job, shares, gifts, a place on a payroll (:func:`favour_after_benefit`);
- a deed of the kind that escapes or silences (money moved, stakes sold, stations closed,
  files wiped, land cleared) timed a measured span before a decisive event (a vote, a
  collapse, a tender closing, a leak going public, a permit being granted)
  (:func:`timed_before_event`).

Not a decision after an ordinary step ('approved the tower after the developer added social
housing'), not an ordinary deed before a date ('closed its shop two days before Christmas',
'published the list of candidates two days before the vote'), not the speaker's own deed.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...accusation_words import load_accusation_words
from ..grammar import clause_subject, first_person_subject, is_negated
from ..view import StatementView
from .culpability import _party

_W = load_accusation_words()
# the word lists of accusation_words.yaml 1.9 (what each is for is commented there)
_DECISIONS = _W.decisions_taken
_BENEFITS = _W.benefits
_BENEFIT_VERBS = _W.benefit_verbs
_GIVING = _W.giving
_SUSPECT_DEEDS = _W.suspect_deeds
_RECKONINGS = _W.reckonings
_RECKONING_VERBS = _W.reckoning_verbs
_TIME_UNITS = _W.time_units | {"night", "eve", "morning", "evening", "weekend"}
_DEED_BODIES = _W.deed_bodies
_MOVING_MONEY = _W.moving_money
_HOLDINGS = _W.holdings
_MONEY = _HOLDINGS | _W.funds

_BACK = frozenset({"it", "he", "she", "they"})
_BACK_POSS = frozenset({"its", "his", "her", "their"})


def _doer(tok: Token | None) -> bool:
    """Another party ('the port authority', 'the treasurer'), not the speaker's ('our board')."""
    if tok is None or first_person_subject(tok) or any(
            c.dep_ == "poss" and c.lower_ in ("our", "my") for c in tok.children):
        return False
    return _party(tok) or (tok.pos_ == "NOUN" and tok.lemma_.lower() in _DEED_BODIES)


def _deed_subject(verb: Token) -> Token | None:
    """The doer of ``verb``: its subject, or in the passive its 'by' agent ('was drained by
    the developer')."""
    for c in verb.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return clause_subject(verb)


def _linked_to_decider(subj: Token) -> bool:
    """The one who got the benefit is the decider or its own ('its chairman', 'two of its
    officials', 'he')."""
    if subj.lower_ in _BACK:
        return True
    return any(t.lower_ in _BACK_POSS and t.dep_ == "poss" for t in subj.subtree)


def _benefit_clause(v: Token) -> bool:
    """'joined the developer's payroll', 'were given shares', 'accepted a free holiday', 'was
    promised a seat on the board', 'received free season tickets', 'took a seat on the
    board'."""
    lem = v.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in v.children)
    if not (lem in _BENEFIT_VERBS or (passive and lem in _GIVING)):
        return False
    if is_negated(v):
        return False
    objs = [c for c in v.children if c.dep_ in ("dobj", "attr")]
    return any(o.lemma_.lower() in _BENEFITS or o.lower_ in _BENEFITS for o in objs)


def favour_after_benefit(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'after' setting a party's decision after it or its own people received a benefit from
    someone: 'The planning board approved the tower a month after its chairman joined the
    developer's payroll'. Not 'after the developer added social housing'."""
    after = doc[i]
    if after.dep_ != "mark":
        return False
    benefit = after.head
    decision = benefit.head
    if benefit is decision or benefit.pos_ not in ("VERB", "AUX"):
        return False
    if decision.lemma_.lower() not in _DECISIONS or is_negated(decision):
        return False
    if not view.in_content(decision.i) or not _doer(_deed_subject(decision)):
        return False
    if not _benefit_clause(benefit):
        return False
    subj = next((c for c in benefit.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and _linked_to_decider(subj)


def _measured_span(before: Token, deed: Token) -> bool:
    """'a week before', 'the day before', 'months before': a span measured back from the
    event (an npadvmod time noun on the clause, the deed or just before the word)."""
    near = [before.head, deed]
    if before.i > 0:
        near.append(before.nbor(-1))
    for h in near:
        if h.lemma_.lower() in _TIME_UNITS and h.pos_ == "NOUN":
            return True
        if any(c.dep_ == "npadvmod" and c.lemma_.lower() in _TIME_UNITS for c in h.children):
            return True
    return False


def _reckoning(clause: Token) -> bool:
    """The event the deed came before: a vote, a collapse, a tender closing, a leak, a permit
    or a bankruptcy filing ('before the bank collapsed', 'before any licence had been
    granted')."""
    if clause.lemma_.lower() in _RECKONING_VERBS:
        return True
    return any(t.lemma_.lower() in _RECKONINGS for t in clause.subtree if t.pos_ in ("NOUN", "PROPN"))


def timed_before_event(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A deed that escapes or silences timed a measured span before a decisive event: 'moved
    his savings abroad the day before the company filed for bankruptcy', 'signed the deal a
    week before the tender closed', 'closed the radio station two days before the vote'. Not
    'published the list two days before the vote', not 'closed its shop two days before
    Christmas', not our own deed."""
    before = doc[i]
    if before.dep_ not in ("mark", "prep"):
        return False
    clause = before.head if before.dep_ == "mark" else next(
        (c for c in before.children if c.dep_ == "pobj"), None)
    if clause is None:
        return False
    deed = clause.head if before.dep_ == "mark" else before.head
    for _ in range(3):  # 'the day before the company filed': the clause hangs on 'day'
        if deed.pos_ in ("VERB", "AUX"):
            break
        deed = deed.head
    if deed.pos_ not in ("VERB", "AUX") or deed is clause:
        return False
    if deed.lemma_.lower() not in _SUSPECT_DEEDS or is_negated(deed):
        return False
    if deed.lemma_.lower() in _MOVING_MONEY and not any(
            t.lemma_.lower() in _MONEY for c in deed.children if c.dep_ == "dobj"
            for t in c.subtree):
        return False  # 'moved his savings abroad', not 'moved the debate to a bigger studio'
    if not view.in_content(deed.i) or not _doer(_deed_subject(deed)):
        return False
    if not _measured_span(before, deed):
        return False
    return _reckoning(clause)


# --- accusation 1.25.0 (round 10, seventh step): deals with a party tied to the doer ---
_DEALING = _W.dealing
_FIRMS = _W.firms
_KIN = _W.kin | _W.backers
_SELF = frozenset({"own", "themselves", "himself", "herself", "itself"})


def _tie(mod: Token) -> bool:
    """The modifier of the counterparty ties it to the doer: kin or an office of someone
    possessed ('the chairman's daughter', 'his cousin', 'the minister's re-election
    campaign'), 'its own advisers', or backers ('party donors')."""
    sub = list(mod.subtree)
    if any(t.lower_ in _SELF for t in sub) or any(t.lemma_.lower() in _W.backers for t in sub):
        return True
    return any((t.lemma_.lower() in _KIN or t.lower_ in _KIN or t.lemma_.lower() == "campaign")
               and any(c.dep_ == "poss" and c.lower_ not in ("our", "my") for c in t.children)
               for t in sub)


def deal_with_tied_party(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A party's deal (a sale, a lease, a contract, a hire) with a firm tied to the doer or
    its people: 'sold the car park to a developer that employs the chairman's daughter',
    'bought the land from a company run by the mayor's brother-in-law', 'a betting firm
    controlled by its own president'. Not 'a firm run by a former player', not 'a company
    based in the capital', not our own deal."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb) or not _doer(_deed_subject(verb)):
        return False
    for t in verb.subtree:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in _FIRMS or t is verb:
            continue
        for mod in t.children:
            if mod.dep_ in ("acl", "relcl") and _tie(mod):
                return True
    return False
