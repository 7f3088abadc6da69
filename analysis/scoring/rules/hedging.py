"""Context rules of hedges other than modals: approximators, raising verbs, 'whether'."""

from __future__ import annotations

from spacy.tokens import Doc

from ...certainty_words import load_certainty_words
from ..grammar import is_negated, subject
from ..view import StatementView
from .modals import deontic_modal, is_animate

_W = load_certainty_words()

_WHETHER_GOVERNORS = _W.whether_governors


def before_number(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    k = j
    if k < len(doc) and doc[k].tag_ == "$":
        k += 1
    if k >= len(doc) or not view.in_sentence(k):
        return False
    tok = doc[k]
    if tok.like_num or tok.tag_ == "CD":
        return True
    # "about half an hour", "around a dozen", "some two thirds"
    return tok.lower_ in ("half", "a", "dozen", "dozens", "hundreds", "thousands", "twice") and (
        tok.lower_ != "a" or (k + 1 < len(doc) and doc[k + 1].lower_ in ("dozen", "hundred", "thousand", "million", "third", "quarter", "half"))
    )


def raising_verb(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    tok = doc[i]
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("xcomp", "ccomp", "acomp", "attr", "oprd", "expl") for c in tok.children):
        return True
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return nxt in ("to", "that", "as", "like")


def passive_raising(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    return doc[i].tag_ == "VBN" and j < len(doc) and doc[j].tag_ == "VB"


def uncertainty_whether(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    tok = doc[i]
    clause = tok.head
    gov = clause.head if clause.dep_ in ("ccomp", "advcl", "csubj", "xcomp", "pcomp") else clause
    if gov.lemma_.lower() not in _WHETHER_GOVERNORS:
        return False
    if gov.lemma_.lower() in ("unclear", "investigate", "determine", "check", "examine",
                              "assess", "wonder", "verify", "study", "review"):
        return True
    # "not clear whether", "do not know whether", "has not said whether": only the first two
    # are uncertainty; a statement that someone is silent is a flat report.
    negated = any(c.dep_ == "neg" for c in gov.children) or any(
        c.dep_ == "neg" for c in gov.head.children if gov.dep_ in ("acomp",))
    return negated and gov.lemma_.lower() in ("clear", "know", "confirm", "see")


def conditional(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    tok = doc[i]
    prev = doc[i - 1].lower_ if i > view.sentence[0] else ""
    if tok.dep_ != "mark" or prev in ("even", "as", "what", "only", "of"):
        return False
    # 1.3.0: the condition of a permission or rule ('Voters may bring a companion if they need
    # assistance') sets its terms; it does not leave an event open.
    # A condition on an event ('If the reports are true, those responsible must ...') still hedges.
    clause = tok.head
    if subject(clause) is not None and subject(clause).lower_ == "you" and (
            clause.lemma_.lower() in _DISCOURSE_VERBS
            or any(doc[k].lower_ in ("you", "your") for k in range(clause.right_edge.i + 1,
                                                                    view.sentence[1]))):
        # 1.3.0: 'If you look at the history, ...' frames a remark, not an event; 1.6.0: a
        # generic 'you' taken up again after the condition ('if you had the permit, you had
        # the water') states a rule. 'If you ask me, ...' (an opinion marker) still hedges.
        return False
    if clause.dep_ == "advcl" and clause.head.i < i:
        # 1.6.0: a condition placed after its main clause ('would call a strike if the
        # government raised prices', 'docked pay if they are late back', 'faces 20 years if
        # convicted') sets the terms of a plan, threat or rule. Conditional framing of a
        # disputed event comes first ('If the reports are true, ...'); a postposed one was a
        # hedge on its own in none of the tuning items, and wrong 9 times (dev, dev4-dev6).
        return False
    if clause.dep_ == "advcl" and deontic_modal(clause.head) and is_animate(subject(clause)):
        return False
    if clause.dep_ == "advcl" and (_rhetorical_question(clause.head, view)
                                   or _future_contingency(clause, clause.head)):
        return False
    # 'if any' / 'if necessary' are not conditional framing of an event.
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return nxt not in ("any", "anything", "necessary", "needed", "so", "not")


_WH_WORDS = frozenset({"why", "how", "who", "what", "where", "when", "whom", "which"})


def _rhetorical_question(main, view: StatementView) -> bool:
    """'If this was an accident, why were the cameras switched off?': the 'if' clause sets up a
    challenge, the wh-question answers it; nothing is left open (hedges 1.4.0)."""
    doc = main.doc
    if not any(doc[k].text == "?" for k in range(main.i, view.sentence[1])):
        return False
    return any(c.lower_ in _WH_WORDS and c.dep_ in ("advmod", "nsubj", "nsubjpass", "dobj", "attr")
               for c in main.children)


def _future_contingency(cond, main) -> bool:
    """'The union will call more strikes if the offer is not improved', 'We will close the
    bridge if the repairs are delayed': a plain 'will' forecast or threat on a future
    contingency in the present tense states the speaker's plan; it frames no disputed event
    (hedges 1.4.0). 'If the figures are accurate, the bank will ...' (a state put in doubt)
    and 'If the tanker did break the embargo, ...' (a past event) still hedge."""
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in main.children):
        return False
    if cond.lemma_.lower() == "be" and any(c.dep_ in ("attr", "acomp") for c in cond.children):
        return False
    tags = {cond.tag_} | {c.tag_ for c in cond.children if c.dep_ in ("aux", "auxpass")}
    if cond.tag_ == "VBN":
        tags.discard("VBN")
    if tags & {"VBD", "MD"} or any(c.lower_ in ("did", "had", "was", "were", "has", "have")
                                   for c in cond.children if c.dep_ in ("aux", "auxpass")):
        return False
    return bool(tags & {"VBZ", "VBP"})


def before_participle_of_knowing(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'has yet to be confirmed/determined/established/verified'."""
    return j < len(doc) and doc[j].lemma_.lower() in (
        "confirm", "determine", "establish", "verify", "know", "clarify", "prove", "identify")


def after_number(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    k = i - 1
    if k < view.sentence[0]:
        return False
    prev = doc[k]
    return prev.like_num or prev.tag_ == "CD" or (
        k - 1 >= view.sentence[0] and doc[k - 1].like_num)  # "30 missiles or so"


def passive_that(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    tok = doc[i]
    return tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children)


def negated_certainty(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'attribution is never certain', 'we are not sure': certainty denied is uncertainty."""
    tok = doc[i]
    return tok.dep_ != "amod" and tok.pos_ in ("ADJ", "VERB") and is_negated(tok)


# --- hedges 1.3.0 ------------------------------------------------------------------------

_LIMIT_VERBS = _W.limit_verbs
_PENALTY_NOUNS = _W.penalty_nouns
_LEGAL_VERBS = _W.legal_verbs


_DISCOURSE_VERBS = _W.discourse_verbs


def estimate_bound(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'up to N' as the upper bound of an estimate ('up to 30 people may have died'), not as
    a legal or contractual limit: 'faces up to ten years in prison', 'a fine of up to 10,000
    euros', 'Staff may work from home up to three days a week' (under a permission)."""
    if not before_number(doc, i, j, view):
        return False
    cur = doc[i]
    for _ in range(8):  # 1.5.0: 8 steps ('order the seizure of assets worth up to N')
        if cur.lemma_.lower() in _PENALTY_NOUNS and cur.i != i:
            return False
        if cur.pos_ in ("VERB", "AUX"):
            break
        if cur.head is cur:
            break
        cur = cur.head
    if cur.pos_ in ("VERB", "AUX"):
        if cur.lemma_.lower() in _LIMIT_VERBS or deontic_modal(cur):
            return False
        if any(g.lemma_.lower() in _PENALTY_NOUNS for c in cur.children for g in [c, *c.children]
               if c.dep_ in ("dobj", "prep", "attr", "npadvmod")):
            return False
    return True


def estimate_floor(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'at least N' as an estimate ('at least 40 people were killed'), not a statutory floor
    inside a penalty or a legal power ('fines of at least 500 euros apply', 'face a prison
    term of at least five years') (hedges 1.5.0, round 4)."""
    if not before_number(doc, i, j, view):
        return False
    cur = doc[i]
    for _ in range(8):
        if cur.lemma_.lower() in _PENALTY_NOUNS and cur.i != i:
            return False
        if cur.pos_ in ("VERB", "AUX"):
            return cur.lemma_.lower() not in _LEGAL_VERBS and not any(
                g.lemma_.lower() in _PENALTY_NOUNS for c in cur.children for g in [c, *c.children]
                if c.dep_ in ("dobj", "attr", "nsubj", "nsubjpass"))
        if cur.head is cur:
            break
        cur = cur.head
    return True


def not_advice(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'suggest' as a tentative claim ('the data suggest that ...'), not the speaker's advice
    ('we suggest they spend less time inventing stories', 'I suggest you read the report')."""
    tok = doc[i]
    subj = subject(tok)
    if subj is None or subj.lower_ not in ("i", "we"):
        return True
    for c in tok.children:
        if c.dep_ == "ccomp":
            # 'we suggest the missiles came from ...' is a claim; 'we suggest they spend' advice
            return c.tag_ == "VBD" or any(a.dep_ == "aux" and a.lower_ in ("may", "might", "could")
                                          for a in c.children)
    return True


def not_suggestion(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'perhaps'/'maybe' as a hedge, not in a suggestion ('Perhaps our colleagues should check
    their own satellites', 'Maybe the minister could explain why ...'); see
    :func:`.modals.suggestion`."""
    from .modals import suggestion

    head = doc[i].head
    return not (head.pos_ in ("VERB", "AUX") and suggestion(head))


def first_person_present(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'we believe', 'I think', 'I don't think': the speaker's present belief hedges the claim;
    a past one narrates ('At first we thought it was thunder') (hedges 1.3.0)."""
    from .common import first_person

    tok = doc[i]
    if not first_person(doc, i, j, view):
        return False
    if tok.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" and c.lemma_.lower() != "do"
                                for c in tok.children):
        return False
    return not any(c.dep_ == "aux" and c.lower_ == "did" for c in tok.children)


_NOT_TENTATIVE_BEFORE = _W.not_tentative_before


def tentative_possible(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'possible' as a hedge ('it is possible that', 'a possible chemical attack'), not as
    'every possible measure', 'the best possible outcome', 'as soon as possible', 'where
    possible' (hedges 1.3.0)."""
    k = i - 1
    while k >= view.sentence[0] and k > i - 3 and doc[k].pos_ in ("ADJ", "ADV") \
            and doc[k].lower_ not in _NOT_TENTATIVE_BEFORE:
        k -= 1
    if k >= view.sentence[0] and doc[k].lower_ in _NOT_TENTATIVE_BEFORE:
        return False
    return not (i >= 1 and doc[i - 1].lower_ == "as") and not (
        k >= view.sentence[0] and doc[k].lower_ == "as")


_JUDGE_VERBS = _W.judge_verbs


def insufficient_to_judge(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'We simply don't have enough reliable data yet to say', 'There is not enough evidence to
    conclude': too little to judge is uncertainty (hedges 1.3.0). Not 'not enough beds'."""
    lo, hi = min(view.sentence[0], view.content[0]), max(view.sentence[1], view.content[1])
    negated = any(doc[k].lower_ in ("not", "n't", "n’t", "no", "never") or doc[k].dep_ == "neg"
                  for k in range(max(lo, i - 4), i))
    if not negated:
        return False
    for k in range(i + 1, min(hi, i + 8)):
        if doc[k].lower_ == "to" and k + 1 < len(doc) and doc[k + 1].lemma_.lower() in _JUDGE_VERBS:
            return True
    return False


def judging_complement(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'too early to say/tell/judge' (hedges 1.4.0): not 'sent patients home too early to free
    up beds', where 'too early' means prematurely."""
    return j < len(doc) and doc[j].lemma_.lower() in _JUDGE_VERBS | {
        "speculate", "predict", "know", "draw", "call", "quantify", "estimate", "gauge",
        "evaluate", "rule", "single", "attribute", "blame"}


def not_negated_noun(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'there are signs that ...' hedges; 'The delay is not a sign that ...', 'no sign that'
    rejects the inference (hedges 1.4.0)."""
    tok = doc[i]
    if any((c.dep_ == "det" and c.lower_ == "no") or c.dep_ == "neg" for c in tok.children):
        return False
    if any(doc[k].lower_ in ("not", "no", "never") for k in range(max(view.sentence[0], i - 2), i)):
        return False  # ', not a sign that' (the parser hangs 'not' on the first conjunct)
    return not (tok.dep_ in ("attr", "dobj", "nsubj") and is_negated(tok.head))


def not_noun(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'suspect' as a verb or participle ('officials suspect', 'the suspected strike'), not the
    noun ('Suspects may be held')."""
    return doc[i].pos_ not in ("NOUN", "PROPN")


_AUTHORITIES = _W.hedging_authorities


def authority_belief(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'Investigators believe the pilot was trying to land', 'Police think the fire was
    started deliberately': the current belief of those who investigate, given as the state of
    knowledge (a hedge, 1.3.0). Not a past belief, not 'they believe in ...' (conviction)."""
    tok = doc[i]
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBP", "VBZ") or is_negated(tok):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "in" for c in tok.children):
        return False
    subj = subject(tok)
    return subj is not None and subj.lower_ in _AUTHORITIES and any(
        c.dep_ in ("ccomp",) for c in tok.children)


# Registered in rules/__init__.py as one entry.
HEDGING_1_3 = {
    "authority_belief": authority_belief,
    "not_noun": not_noun,
    "insufficient_to_judge": insufficient_to_judge,
    "first_person_present": first_person_present,
    "tentative_possible": tentative_possible,
    "estimate_bound": estimate_bound,
    "estimate_floor": estimate_floor,  # hedges 1.5.0 (round 4)
    "not_advice": not_advice,
    "not_suggestion": not_suggestion,
    "judging_complement": judging_complement,
    "not_negated_noun": not_negated_noun,
}
