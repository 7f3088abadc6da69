"""Denial 1.16.0 (round 9): a counter-explanation set against the one in circulation.

The speaker gives the reason, purpose, cause or figure and names the rival one only to
reject it, which disputes the other side's account (benchmarks/gold/FRAMING_README.md:
"X, not Y" disputing a stated explanation or aim; disputing a figure in circulation):

- a rival figure or account that someone else put about: 'around five percent, not the
  fifteen percent the opposition has been claiming' (the rejected phrase carries its own
  verb of claiming, so even a forecast disputes it);
- a purpose or a cause replaced: 'We closed the road to repair the bridge, not to stop the
  march', 'shut for the ice on the hills, and not because of the strike', 'The dispute is
  about rotas, not about pay';
- any alternative explanation waved away: 'most likely a rounding error rather than any
  attempt to hide money', 'reflects the wet summer rather than a real problem', 'down to a
  staff shortage, not to anything on our side', 'more likely killed by the heat than by
  anything from the plant';
- a plain account set against a charge: 'a nurse who was visiting her mother, not a spy'.

Not a preference or a choice ('We chose the train rather than the plane', 'Families want
homes, not promises'), a plan, a modal or an imperative ('The city should invest in buses
rather than in a motorway', 'Bring water, not juice'), nor 'likely to' of a forecast ('more
likely to back the mayor than her rival'). The word classes are data
(denial_words.yaml explanation_verbs, claim_verbs; genuine and preference shared with
rules/rebuttal.py).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...denial_words import load_denial_words
from ..view import StatementView

_W = load_denial_words()
_CLAIM_VERBS = _W.claim_verbs
_EXPLANATION_VERBS = _W.explanation_verbs
_GENUINE = _W.genuine
_PREFERENCE = _W.preference
_NOT_CONTRAST_AFTER = _W.contrast_not_after
_BREAK = frozenset({",", ";", ":", ".", "—", "–", "?", "!", "(", ")", '"', "“", "”"})
_ANY = frozenset({"any", "anything", "anyone", "anybody"})
_NON_EPISTEMIC = frozenset({"will", "would", "should", "must", "shall", "can", "could", "'ll",
                            "wo", "ca", "need", "ought"})
# 'for X, not for Y', 'to do X, not to do Y': the kind of adjunct the rejected phrase opens
# with, and the words that open the matching adjunct before the contrast.
_PURPOSE_OPENERS = {
    "to": frozenset({"to", "for"}),
    "for": frozenset({"to", "for", "because", "after", "over"}),
    "because": frozenset({"to", "for", "because", "after", "over", "due", "owing"}),
    "about": frozenset({"about", "over"}),
    "over": frozenset({"about", "over"}),
}


def _tail(doc: Doc, j: int, view: StatementView) -> list[Token]:
    end = min(view.content[1], view.sentence[1])
    out: list[Token] = []
    k = j
    while k < end and doc[k].text not in _BREAK and len(out) < 16:
        out.append(doc[k])
        k += 1
    return out


def _clause_verb(tok: Token, view: StatementView) -> Token | None:
    """The finite verb the contrast hangs on, raised over conjuncts to the first one and
    over infinitives of purpose ('suspended the deal to save money, not to ...')."""
    cur = tok
    for _ in range(10):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("aux", "auxpass") and not (
                cur.dep_ in ("advcl", "acl", "xcomp") and cur.tag_ == "VB"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)):
            break
        if cur.head is cur:
            return None
        cur = cur.head
    else:
        return None
    while cur.dep_ == "conj" and view.in_content(cur.head.i):
        cur = cur.head
    return cur if view.in_content(cur.i) else None


def _modal_plan_or_choice(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in _PREFERENCE or lemma in ("plan", "intend", "go", "expect", "aim", "hope"):
        return True
    if verb.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass")
                                     for c in verb.children):
        return True  # an imperative ('Bring water, not juice')
    return any(c.dep_ in ("aux", "auxpass") and (c.lower_ in _NON_EPISTEMIC
                                                 or c.lower_ in ("going", "gon", "to"))
               for c in verb.children)


def _claimed_in_tail(tail: list[Token]) -> bool:
    """'the fifteen percent the opposition has been claiming': the rejected phrase is what
    someone else said (a claiming verb with its own subject inside the phrase)."""
    for t in tail:
        if t.pos_ != "VERB" or t.lemma_.lower() not in _CLAIM_VERBS:
            continue
        # the subject may sit on a governing verb ('the opposition keeps quoting')
        for v in (t, t.head if t.dep_ == "xcomp" else t):
            if any(c.dep_ == "nsubj" and c.lower_ not in ("i", "we") for c in v.children):
                return True
    return False


def _marker_ok(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    low = doc[i:j].text.lower()
    if low in ("rather than", "instead of"):
        return True
    if low == "not":
        if i < 2 or not view.in_content(i - 1):
            return False
        prev = doc[i - 1]
        if prev.lower_ == "and" and doc[i - 2].text in (",", ";"):
            prev = doc[i - 2]
        if prev.text not in (",", ";", "—", "–"):
            return False
        if j + 1 < len(doc) and doc[j].lower_ == "to":
            return doc[j + 1].lower_ not in ("mention", "say", "speak")  # 'not to mention'
        return j < len(doc) and doc[j].lower_ not in _NOT_CONTRAST_AFTER
    return False


def explanation_contrast(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'X rather than / instead of / , not Y' where Y is a rival figure, purpose, cause or
    explanation (see the module docstring)."""
    if not view.in_content(i) or not _marker_ok(doc, i, j, view):
        return False
    tail = _tail(doc, j, view)
    if not tail:
        return False
    if _claimed_in_tail(tail):
        return True
    verb = _clause_verb(doc[i - 1] if doc[i].lower_ == "not" else doc[i], view)
    if verb is None or _modal_plan_or_choice(verb):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # 'did not close it for X, not for Y' is no account of one's own
    before = [doc[k] for k in range(max(view.content[0], verb.left_edge.i), i)]
    first = tail[0].lower_
    if first == "to" and doc[i].lower_ != "not" and len(tail) > 1 and tail[1].tag_ == "VB":
        return False  # 'to show off a weapon rather than to hit anything': an imputed aim
    if first in _PURPOSE_OPENERS:
        opened = _PURPOSE_OPENERS[first]
        if first == "to" and not (len(tail) > 1 and tail[1].tag_ == "VB"):
            pass  # 'to' as a preposition ('down to X, not to anything we did'): below
        elif any(t.lower_ in opened for t in before) and _account(verb):
            return True
    words = [t.lower_ for t in tail[:3]]
    rival = words[0] in _ANY or (len(words) > 1 and (
        words[1] in _ANY or (words[0] in ("a", "an") and words[1] in _GENUINE)))
    if rival and (_explains(verb) or _account(verb)):
        return True
    if verb.lemma_.lower() in _EXPLANATION_VERBS and any(t.pos_ in ("NOUN", "PROPN")
                                                           for t in tail):
        return True  # 'Conditions reflect the number of arrivals, not a policy of deterrence'
    if verb.lemma_.lower() == "be" and any(c.dep_ == "attr" for c in verb.children):
        from .rebuttal import _charged

        return _charged(view, j, j + len(tail))  # 'a nurse visiting her mother, not a spy'
    return False


def _explains(verb: Token) -> bool:
    """A verb that gives a cause or a reading: 'be' ('is down to', 'is an error'),
    'reflect', 'stem', 'result', 'mean'."""
    return verb.lemma_.lower() == "be" or verb.lemma_.lower() in _EXPLANATION_VERBS


def _account(verb: Token) -> bool:
    """A past or passive deed, or a present copula ('The dispute is about rotas'), the
    speaker's account of what happened and why."""
    if verb.lemma_.lower() == "be":
        return True
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return verb.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and c.tag_ == "VBD"
                                              for c in verb.children)


def likelier_than(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'more likely poisoned by pesticides than harmed by the turbines', 'is likelier a
    software fault than sabotage': two explanations weighed, the rival one set aside. Not a
    forecast ('more likely to back the mayor than her rival')."""
    if not view.in_content(i) or j >= view.content[1]:
        return False
    k = j
    while k < view.content[1] and doc[k].text not in _BREAK and doc[k].lower_ != "than":
        k += 1
    if k >= view.content[1] or doc[k].lower_ != "than" or doc[j].lower_ == "to":
        return False
    if k + 1 < len(doc) and doc[k + 1].lower_ == "not":
        return False  # 'more likely than not' is a plain estimate
    if not any(doc[m].tag_ == "VBN" or doc[m].pos_ in ("NOUN", "PROPN") for m in range(j, k)):
        return False  # 'Rain is more likely than snow': two outcomes, no explanation weighed
    verb = _clause_verb(doc[i], view)
    if verb is None or _modal_plan_or_choice(verb):
        return False
    return any(c.dep_ == "auxpass" for c in verb.children) or _explains(verb)
