"""Accusation 1.7.0 / denial 1.6.0 (round 4): general ways of putting a wrong on someone
else without an accusing word.

Written from classes of misses on the tuning half f1006-f1080 of the dev7 batch (not single
sentences), each checked first on blind probes (tests/test_framing_shifted_blame_knowledge_harm.py):

- blame shifted to a named other party: a cleft 'it was X, not me' ('If anyone leaked the
  papers, it was the director, not us') or a rejected share of the fault followed by another
  actor's deed ('not our doing; the other side shut two lanes'); both a denial and an
  accusation (:func:`shifted_blame`);
- knowledge acted against: a third party knew of something and hid it, pretended otherwise,
  or went ahead with a deal or a sign-off when what it knew was harmful
  (:func:`knowledge_acted_against`);
- a harm to people put down to an actor's deed by a causal clause: '... fell ill because the
  landlord ignored the mould', '... and four children were hurt as a result'
  (:func:`harm_from_deed`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...accusation_words import load_accusation_words
from ..grammar import clause_subject, first_person_subject, human_noun, is_actor, is_negated
from ..view import StatementView
from .blame import _HARM_NOUNS, _HARM_STATES, _HARM_VERBS, _harmful, vader_lexicon

_W = load_accusation_words()

_FIRST_OBJ = frozenset({"me", "us", "myself", "ourselves"})
_FIRST_POSS = frozenset({"our", "my"})
# What one can disown: 'not our fault/doing/decision/call/responsibility'.
_SHARES = _W.shares
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent")
_NOT_AGENTS = _W.not_agents


def _party(tok: Token) -> bool:
    """A person, group or institution that can be blamed (also a role noun such as
    'treasurer', 'landlord', 'builders'); not the speaker, not a storm or a cable."""
    if tok.lower_ in ("i", "we", "me", "us", "you"):
        return False
    if is_actor(tok) or human_noun(tok):
        return True
    low = tok.lemma_.lower()
    return (tok.pos_ == "NOUN" and len(low) > 5 and low.endswith(_AGENT_SUFFIXES)
            and low not in _NOT_AGENTS)


def _content_tokens(doc: Doc, view: StatementView):
    return doc[view.content[0]:view.content[1]]


def _wrong_in(doc: Doc, view: StatementView) -> bool:
    """Something negative is at issue in the statement (a harm or wrong, by the VADER
    lexicon or the harm words of rules/blame.py), or the deed is put as a charge ('If anyone
    ...', 'Whoever ...')."""
    lex = vader_lexicon()
    toks = list(_content_tokens(doc, view))
    if any(lex.get(t.lower_, 0.0) <= -1.0 or t.lemma_.lower() in _HARM_VERBS
           or t.lemma_.lower() in _HARM_NOUNS for t in toks):
        return True
    low = [t.lower_ for t in toks]
    return "whoever" in low or any(a == "if" and b in ("anyone", "anybody", "someone", "somebody")
                                   for a, b in zip(low, low[1:], strict=False))


def shifted_blame(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'If anyone misled the committee, it was the chief of staff, not me'; 'It was the
    landlord, not me, who cut off the heating'; 'The delays are not our doing; the other side
    shut two lanes' (the speaker's part negated and another party named as the doer). Not
    'It was my sister, not me, who won the prize' (nothing wrong at issue), not 'not our
    fault; heavy snow closed the pass' (no other party)."""
    if doc[i].lower_ != "not" or j >= view.content[1]:
        return False
    nxt = doc[j]
    if nxt.lower_ in _FIRST_OBJ:
        # Contrast with a cleft 'it was X': X a party, set off by ',' / 'and' / 'but'.
        if doc[i - 1].text not in (",", ";", "—", "–", "-") and doc[i - 1].lower_ not in ("and", "but"):
            return False
        for t in _content_tokens(doc, view):
            if t.lemma_ == "be" and t.i < i and any(
                    c.dep_ in ("nsubj", "expl") and c.lower_ in ("it", "that") for c in t.children
            ) and any(c.dep_ == "attr" and _party(c) for c in t.children):
                return _wrong_in(doc, view)
        return False
    if nxt.lower_ in _FIRST_POSS and j + 1 < view.content[1] and (
            doc[j + 1].lemma_.lower() in _SHARES or doc[j + 1].lower_ in _SHARES):
        # 'not our doing; the other side shut two of its lanes': another party's deed follows.
        share = doc[j + 1]
        for t in doc[share.i + 1:view.content[1]]:
            if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj", "parataxis", "ccomp") \
                    and not is_negated(t) and not any(c.dep_ == "auxpass" for c in t.children):
                subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                if subj is not None and subj.i > share.i and _party(subj):
                    return True
        return False
    return False


# A third party acts against what it knew: hides it, pretends otherwise, keeps quiet.
_CONCEAL = _W.conceal
_TELL = _W.tell
_GO_AHEAD = _W.go_ahead
_KNOWERS = frozenset({"he", "she", "it", "they"})


def _conceals(v: Token) -> bool:
    lem = v.lemma_.lower()
    if lem in _CONCEAL:
        return True
    if lem == "keep" and any(c.dep_ in ("prep", "acomp", "oprd", "xcomp") and c.lower_ in
                             ("from", "quiet", "secret", "hidden", "silent") for c in v.children):
        return True
    return lem in _TELL and (is_negated(v) or any(
        c.dep_ == "dobj" and c.lower_ in ("nothing", "nobody", "no one") for c in v.children))


def knowledge_acted_against(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'The mayor knew about the overspend; he simply chose to keep it from the council',
    'The prosecutor knows perfectly well my client was in Lyon and is pretending otherwise',
    'the ministry knew that would happen when it signed them off' (the closures had made
    waiting times worse). Not 'We knew about the shortfall and told the board', not 'The
    coach knew the pitch would be wet and chose a heavier team'."""
    know = doc[i]
    if know.pos_ not in ("VERB", "AUX") or is_negated(know):
        return False
    knower = clause_subject(know)
    if knower is None or first_person_subject(knower) or not _party(knower):
        return False
    for v in doc[know.i + 1:view.content[1]]:
        if v.pos_ not in ("VERB", "AUX"):
            continue
        subj = clause_subject(v)
        shared = subj is None or subj is knower or subj.lower_ in _KNOWERS
        if subj is not None and subj is not knower and subj.lower_ not in _KNOWERS:
            # a conjunct hanging on the known clause ('knows X was in Lyon and is
            # pretending'): parsed with the known clause's subject, it is the knower's
            shared = v.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
        if not shared:
            continue
        if _conceals(v):
            return True
        if (v.lemma_.lower() in _GO_AHEAD and v.dep_ == "advcl"
                and any(c.lower_ in ("when", "before", "while") for c in v.children)
                and not is_negated(v) and _wrong_in(doc, view)):
            return True  # went ahead knowing: 'knew the land would flood when it sold ...'
    return False


_DURATIONS = _W.durations


def _harm_clause(v: Token) -> bool:
    """A clause saying people came to harm: died, were hurt, fell ill, lost their homes,
    waited months."""
    lem = v.lemma_.lower()
    if lem in _HARM_VERBS and not is_negated(v):
        return True
    if lem == "wait" and any(c.lemma_.lower() in _DURATIONS for c in v.subtree):
        return True
    for c in v.children:
        if c.dep_ in ("acomp", "oprd") and (c.lower_ in _HARM_STATES or c.lemma_.lower() in ("ill", "sick")):
            return True
    subj = clause_subject(v)
    return subj is not None and subj.dep_ != "nsubjpass" and _harmful(subj) and subj.pos_ == "NOUN"


def _deed_by_party(v: Token) -> bool:
    if v.pos_ not in ("VERB", "AUX") or any(c.dep_ == "auxpass" for c in v.children):
        return False
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    return subj is not None and not first_person_subject(subj) and _party(subj)


def harm_from_deed(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'Thousands of patients waited months ... because the health board spent the money on
    consultants'; 'The contractor left the site unfenced, and four children were hurt as a
    result'. Not 'fell ill because the heating broke down' (no party), not 'We closed the
    ward because ...' (no harm), not '... were delighted because the club signed ...'."""
    cue = doc[i]
    if cue.lower_ == "because":
        if cue.dep_ != "mark" or (j < len(doc) and doc[j].lower_ == "of"):
            return False
        deed = cue.head
        main = deed.head
        if deed is main or not _deed_by_party(deed):
            return False
        msubj = clause_subject(main)
        if msubj is not None and first_person_subject(msubj):
            return False
        return _harm_clause(main)
    # '..., and four children were hurt as a result' (not 'as a result of')
    if j < view.content[1] and doc[j].lower_ == "of":
        return False
    harm = cue.head
    for _ in range(2):
        if harm.pos_ in ("VERB", "AUX"):
            break
        harm = harm.head
    if not _harm_clause(harm):
        return False
    # The deed is an earlier main clause joined to the harm ('X did Y, and N were hurt').
    for v in doc[view.content[0]:harm.i]:
        if v.dep_ in ("ROOT", "conj", "ccomp", "parataxis") and v not in list(harm.subtree) \
                and not is_negated(v) and _deed_by_party(v):
            return True
    return False
