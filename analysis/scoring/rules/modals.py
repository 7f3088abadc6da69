"""The epistemic reading of may/might/could (a hedge) against deontic and ability readings.

"The missiles may have crashed" hedges; "Voters may bring a companion" (permission), "The
court may impose a fine" (legal power), "Defendants may not leave" (prohibition) and "could
produce 400 cars a day in the 1990s" (past ability) do not.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ...certainty_words import load_certainty_words
from ..grammar import human_noun, subject
from ..view import StatementView

_W = load_certainty_words()

# The modal rules' word lists are read from analysis/data/certainty_words.yaml; the grammar
# they read (pronouns, adverbs of scope, prepositions) stays here.
_DEONTIC_PASSIVE = _W.deontic_passive


_ANIMATE_PRONOUNS = frozenset({"i", "you", "we", "they", "he", "she", "anyone", "anybody",
                               "everyone", "everybody", "nobody", "no one", "someone", "one"})


_PERMISSION_ADVERBS = frozenset({"only", "now", "also", "still", "freely", "not", "no", "longer"})


_PERMISSION_SCOPE = frozenset({"with", "without", "until", "between", "by", "at", "under"})


def _is_animate(tok: Token | None) -> bool:
    if tok is None:
        return False
    if tok.lower_ in _ANIMATE_PRONOUNS:
        return True
    if tok.ent_type_ in ("PERSON", "NORP"):
        return True
    # Plural human nouns ("residents", "voters", "players") are the usual permission holders;
    # 1.3.0: also collective ones in the singular ("Staff may work from home").
    if tok.lower_ in _COLLECTIVE_HUMAN:
        return True
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and human_noun(tok)


_COLLECTIVE_HUMAN = _W.collective_human


def _perfect_or_progressive(modal: Token) -> bool:
    """'may have crashed', 'might be hiding': epistemic by form."""
    nxt = modal.doc[modal.i + 1] if modal.i + 1 < len(modal.doc) else None
    if nxt is not None and nxt.lower_ == "not" and nxt.i + 1 < len(modal.doc):
        nxt = modal.doc[nxt.i + 1]
    if nxt is None:
        return False
    if nxt.lower_ == "have" and nxt.i + 1 < len(modal.doc) and modal.doc[nxt.i + 1].tag_ == "VBN":
        return True
    return nxt.lower_ == "be" and nxt.i + 1 < len(modal.doc) and modal.doc[nxt.i + 1].tag_ == "VBG"


def epistemic_modal(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    modal = doc[i]
    if modal.tag_ != "MD":
        return False
    verb = modal.head
    if verb.dep_ == "relcl" and _negatively_quantified(verb.head):
        # 'nothing that could change the outcome', 'no one who might object': the negation
        # rules the possibility out rather than hedging a claim (hedges 1.2.0).
        return False
    if _incredulous(verb):
        # 1.3.0: 'It is hard to see how anyone could have mistaken a bus for a tank' says it
        # could not have happened; the modal hedges nothing (see gold f229's note).
        return False
    if _perfect_or_progressive(modal):
        return True
    word = modal.lower_
    # Concessive "however unwelcome it may be", "whatever they may say", "even if it may".
    for k in range(max(view.sentence[0], verb.left_edge.i, i - 12), i):
        if doc[k].lower_ in ("however", "whatever", "whoever", "whichever") or (
            doc[k].lower_ == "if" and k > 0 and doc[k - 1].lower_ == "even"
        ):
            return False
    aux_pass = any(c.dep_ == "auxpass" for c in verb.children)
    if aux_pass and verb.lemma_.lower() in _DEONTIC_PASSIVE:
        return False  # "may be required to", "may be allowed"
    subj = subject(verb)
    advs = {c.lower_ for c in verb.children if c.dep_ in ("advmod", "neg")}
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if word == "may":
        if _concessive_but(verb):
            return False  # 1.3.0: 'It may look like strength, but it reveals weakness'
        if modal.i == view.sentence[0] and subj is not None and subj.i > modal.i:
            return False  # optative "May God ..."
        if nxt == "not" and _is_animate(subj):
            return False  # prohibition: "Defendants may not be tried twice"
        if _is_animate(subj) and (advs & _PERMISSION_ADVERBS or _scoped(verb)):
            return False  # permission: "Patients may visit ... without an appointment"
        if _under_rules(verb):
            return False  # "may stay open under the emergency rules"
        if verb.lemma_.lower() in _OPERATING and _scoped(verb):
            return False  # 1.3.0: 'Polling stations may open at 7 a.m.' (opening rules)
        if aux_pass and verb.lemma_.lower() in _LEGAL_PASSIVE and _legal_terms(verb):
            return False  # 1.3.0: 'The accused may be released on bail if he surrenders ...'

        if _is_animate(subj) and verb.lemma_.lower() in _PERMISSION_VERBS:
            return False
        if subj is not None and (subj.ent_type_ in ("ORG", "GPE") or subj.lower_ in _AUTHORITIES) \
                and verb.lemma_.lower() in _POWER_VERBS:
            return False  # legal power: "Parliament may override the veto"
        return not (advs & {"only"} or _only_scoped(verb))
    if suggestion(verb):
        return False  # 'Perhaps the minister could explain why ...': a request, not a hedge
    if word == "could" and nxt == "no" and i + 2 < len(doc) and doc[i + 2].lower_ == "longer":
        return False  # 1.3.0: 'could no longer remain silent' (no longer able)
    if word == "could":
        if nxt in ("not", "n't", "never") or any(c.dep_ == "neg" for c in verb.children):
            return False  # inability ("could not prevent") or certainty ("could not be")
        if any(c.dep_ == "mark" and c.lower_ in ("if", "before", "until", "so") for c in verb.children):
            return False
        if subj is not None and (subj.lower_ in _NEGATIVE_SUBJECTS
                                 or any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children)):
            return False  # 1.7.0: 'Nobody could ask a question' (no one was able), not a hedge
        if any(c.lower_ in ("what", "whatever") and c.dep_ == "dobj" for c in verb.children):
            return False  # 1.7.0: 'with only what they could carry' (the limit of ability)
        if verb.dep_ == "relcl" and any(c.dep_ == "det" and c.lower_ == "any"
                                        for c in verb.head.children):
            return False  # 1.7.0: 'refrain from any act that could escalate': a class, no claim
        # Past ability: "could turn out 400 cars a day in the 1990s".
        return not _past_time(verb, view)
    return True  # might


_PERMISSION_VERBS = _W.permission_verbs

# Subjects that negate the whole clause: with them 'could' states an inability.
_NEGATIVE_SUBJECTS = _W.negative_subjects


_POWER_VERBS = _W.power_verbs


_AUTHORITIES = _W.authorities


def _only_scoped(verb: Token) -> bool:
    """'may cross ... only with approval', 'may enter only between 8 a.m. and noon'.

    Read on tokens, not on the parse, which often misattaches 'only'.
    """
    doc = verb.doc
    for t in verb.subtree:
        if t.lower_ == "only" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in _ONLY_SCOPES:
            return True
    return False


_ONLY_SCOPES = frozenset({"with", "without", "between", "until", "after", "before", "during",
                          "on", "at", "under", "by", "through", "via", "within", "from"})


def _under_rules(verb: Token) -> bool:
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("under", "by") and any(
            g.lemma_.lower() in _RULE_NOUNS for g in c.children if g.dep_ == "pobj"
        ):
            return True
    return False


_RULE_NOUNS = _W.rule_nouns


_HABITUAL_TIMES = _W.habitual_times


def _scoped(verb: Token) -> bool:
    """A permission scoped by a condition: 'only with approval', 'until Friday', 'at any time',
    or by a habitual time ('on Fridays', 'at weekends')."""
    for c in verb.children:
        if c.dep_ == "prep" and any(g.lower_ in _HABITUAL_TIMES for g in c.children):
            return True
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in _PERMISSION_SCOPE:
            for g in c.children:
                if c.lower_ == "under" and g.lemma_.lower() in ("rule", "law", "regulation", "agreement",
                                                                  "treaty", "constitution", "act", "order"):
                    return True
                if c.lower_ == "at" and (g.lower_ in ("a.m.", "p.m.", "am", "pm", "midnight", "dawn")
                                         or any(d.dep_ == "nummod" for d in g.children)):
                    return True  # 'at 7 a.m.': a clock time scopes an opening rule (1.3.0)
                if g.lower_ in ("approval", "permission", "appointment", "consent", "time",
                                "friday", "monday", "tuesday", "wednesday", "thursday",
                                "saturday", "sunday", "noon") or g.ent_type_ in ("DATE", "TIME"):
                    return True
    return False


_OPERATING = _W.operating

# Verbs of the ironic or polite request 'Perhaps X could explain / check / tell us ...'.
_REQUEST_VERBS = _W.request_verbs


def suggestion(verb: Token) -> bool:
    """'Perhaps our colleagues should check their own satellites', 'Maybe the minister could
    explain why ...': 'perhaps/maybe' with 'should', or with 'could' and a verb of request on
    a person, makes a suggestion (often a sarcastic jab), not a hedge on a claim (hedges 1.3.0)."""
    kids = list(verb.children)
    if not any(c.lower_ in ("perhaps", "maybe") for c in kids) and not (
            verb.i > 0 and verb.doc[max(0, verb.left_edge.i)].lower_ in ("perhaps", "maybe")):
        return False
    modals = {c.lower_ for c in kids if c.dep_ == "aux"}
    if modals & {"should", "ought"}:
        return True
    # hedges 1.4.0: 'Perhaps the police would like to explain why ...', 'Maybe the council would
    # care to explain ...': a mock-polite request, as 'could explain'
    if modals & {"would", "might", "may"} and verb.lemma_.lower() in ("like", "care", "want",
                                                                      "wish") and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in _REQUEST_VERBS for c in kids):
        return True
    if "could" in modals and "have" not in modals and verb.lemma_.lower() in _REQUEST_VERBS:
        subj = subject(verb)
        return subj is not None and (_is_animate(subj) or subj.ent_type_ in ("ORG", "GPE", "NORP")
                                     or human_noun(subj) or subj.pos_ in ("PROPN", "NOUN"))
    return False


_INCREDULITY = _W.incredulity


def _incredulous(verb: Token) -> bool:
    """The modal's clause is the object of 'hard/difficult/impossible to see/imagine/believe
    how ...' (rhetorical incredulity)."""
    cur = verb
    for _ in range(4):
        if cur.head is cur:
            return False
        head = cur.head
        if head.lemma_.lower() in _INCREDULITY and head.dep_ == "xcomp":
            gov = head.head
            if gov.lower_ in _HARD or any(c.dep_ == "acomp" and c.lower_ in _HARD for c in gov.children):
                return True
        cur = head
    # 'How could anyone believe that?': a rhetorical question
    doc = verb.doc
    return any(c.lower_ == "how" for c in verb.children) and any(
        t.text == "?" for t in doc[verb.i:verb.sent.end])


_HARD = _W.hard


_LEGAL_PASSIVE = _W.legal_passive


def _legal_terms(verb: Token) -> bool:
    """The terms of a legal power: a condition on the person ('if he surrenders his
    passport'), bail, a time limit ('for up to 48 hours'), 'without charge'."""
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "provided")
                                     for m in c.children) and is_animate(subject(c)):
            return True
        if c.dep_ == "prep" and c.lower_ in ("on", "without", "for", "under") and any(
                g.lower_ in ("bail", "charge", "licence", "license", "parole", "condition",
                             "conditions", "hours", "days") for g in c.subtree):
            return True
    return False


def _concessive_but(verb: Token) -> bool:
    """'It may look like a show of strength, but it also reveals weakness': the may-clause
    grants a point that a following 'but' clause overrides (concessive, not a hedge). Only a
    characterising verb (be, look, seem, sound): 'Inflation may ease, but wages will lag'
    predicts, and stays a hedge."""
    if verb.lemma_.lower() not in ("be", "look", "seem", "sound", "appear", "feel"):
        return False
    for c in verb.children:
        if c.dep_ == "cc" and c.lower_ == "but" and c.i > verb.i:
            # the parser may hang the 'but' clause elsewhere: any verb after 'but' will do
            return any(t.pos_ in ("VERB", "AUX") and t.dep_ != "aux" for t in verb.doc[c.i + 1:c.sent.end])
    return False


def is_animate(tok: Token | None) -> bool:
    """A person or group that can hold a permission ('voters', 'he', 'staff')."""
    return _is_animate(tok) or (tok is not None and human_noun(tok))


def deontic_modal(verb: Token) -> bool:
    """The verb carries may/can/could/must read as permission, obligation, legal power or past
    ability (not as a hedge): 'Voters may bring a companion', 'The court may impose a fine'."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ == "aux" and c.tag_ == "MD":
            if c.lower_ in ("must", "can", "shall", "ca"):
                return True
            if c.lower_ in ("may", "could"):
                return _deontic_reading(doc, c)
    return False


def _deontic_reading(doc: Doc, modal: Token) -> bool:
    view = _SentenceView(doc, modal)
    return not epistemic_modal(doc, modal.i, modal.i + 1, view)  # type: ignore[arg-type]


class _SentenceView:
    """The bits of a StatementView that :func:`epistemic_modal` reads: the sentence span."""

    def __init__(self, doc: Doc, tok: Token) -> None:
        sent = tok.sent
        self.sentence = (sent.start, sent.end)
        self.content = (sent.start, sent.end)


_PAST_PHRASES = _W.past_phrases
_FORMER = _W.former


def _past_time(verb: Token, view: StatementView) -> bool:
    # 1.3.0: 'in the past', 'under the old rules', 'before the new rules', 'at the time'
    doc = verb.doc
    for t in verb.subtree:
        if t.lower_ == "in" and t.i + 2 < len(doc) and doc[t.i + 1].lower_ in ("the", "those") \
                and doc[t.i + 2].lower_ in _PAST_PHRASES:
            return True  # the parser may hang 'in the past' on the object
        if t.lower_ in ("under", "during") and t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "the" \
                and doc[t.i + 2].lower_ in _FORMER:
            return True  # 'until the end of March under the old system'
        if t.lower_ == "by" and t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "the" \
                and doc[t.i + 2].lower_ in ("age", "time"):
            return True  # 'could speak four languages by the age of ten'
        if t.lower_ == "as" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("a", "an") \
                and t.i + 2 < len(doc) and doc[t.i + 2].lower_ in ("child", "boy", "girl", "teenager",
                                                                  "student", "youngster"):
            return True  # 'As a child, she could swim for hours
    for c in verb.children:
        if c.dep_ != "prep":
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            if c.lower_ == "in" and g.lower_ in _PAST_PHRASES and any(
                    d.lower_ in ("the", "those", "previous", "earlier", "past") for d in g.children):
                return True
            if c.lower_ in ("under", "in", "during") and any(d.lower_ in _FORMER for d in g.children):
                return True
            if c.lower_ == "before" and g.pos_ in ("NOUN", "PROPN"):
                return True
            if c.lower_ == "at" and g.lower_ == "time" and any(d.lower_ == "the" for d in g.children):
                return True
    for c in verb.subtree:
        if c.ent_type_ == "DATE" and re.search(r"\b(1[89]\d\d|20[0-2]\d)s?\b|\bago\b|\blast\b", c.text):
            return True
        if c.lower_ in ("then", "ago", "formerly", "once") and c.dep_ == "advmod":
            return True
    return False


def _negatively_quantified(noun: Token) -> bool:
    """'nothing', 'nobody', 'none', or a noun with 'no' ('no evidence that could ...')."""
    return noun.lower_ in ("nothing", "nobody", "none", "noone") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
