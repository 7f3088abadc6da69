"""Context rules of denial cues: negation that rebuts, discredited claims, rebuttal cues."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ...denial_words import load_denial_words
from ...sentiment import vader_lexicon
from ..grammar import CLAIM_NOUNS, has_perfect_aux, in_condition, is_negated
from ..view import StatementView
from .common import not_negated
from .rebuttal import (
    _CERTAINTY_NOUNS,
    _modal_or_future,
    clause_subject,
    content_universal,
    speakers_side,
)

_W = load_denial_words()


def dismiss_claim(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    tok = doc[i]
    if not not_negated(doc, i, j, view):
        return False
    if view.cue[0] <= i < view.cue[1]:
        return True
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
        return True
    return any(o.lemma_.lower() in CLAIM_NOUNS for o in objs)


_NEG_DETS = frozenset({"no", "neither"})
_NATURAL_FORCES = _W.natural_forces
_DISOWNED = _W.disowned  # 1.14.0 (round 6)
_COURSES = _W.courses_of_action  # 1.14.0 (round 6)


_NEG_SUBJECTS = frozenset({"nothing", "nobody", "none", "neither", "noone"})


def negated_event(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    tok = doc[i]
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    verb = tok
    if _describing_clause(verb):
        return False
    # denial 1.3.0: a negation under an epistemic modal, 'seem' or 'if' is a hedged or supposed
    # negative fact ('may not have caused any damage', 'seem to have caused no casualties').
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) or in_condition(verb) or (
            verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("seem", "appear")):
        return False
    # 'The strike did not take place because the union called it off' gives the reason of a
    # plain negative fact; 'The storm did not hit the coast' has a natural force as subject.
    if any(c.dep_ in ("advcl", "prep") and any(g.lower_ == "because" for g in c.subtree)
           for c in verb.children):
        return False
    subj = clause_subject(verb)
    if subj is not None and subj.lemma_.lower() in _NATURAL_FORCES:
        return False
    # 1.14.0 (round 6): a negated degree comparison denies the degree, not the event
    # ('Unemployment did not fall as fast as economists expected').
    # 'as far as we know', 'as soon as', 'as long as' are idioms, not degrees.
    if any(c.dep_ == "advmod" and c.lower_ not in ("far", "soon", "long", "well") and any(
            g.dep_ == "advmod" and g.lower_ in ("as", "so") for g in c.children)
           for c in verb.children):
        return False
    if any((c.dep_ == "neg" and not _not_just(c)) or c.lower_ == "never" for c in verb.children):
        return True
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj"):
            if c.lower_ in _NEG_SUBJECTS:
                return True
            if any(d.dep_ == "det" and d.lower_ in _NEG_DETS for d in c.children):
                return True
            if any(d.dep_ == "neg" and not _not_just(d) for d in c.children):  # "not a single missile fell"
                return True
    return False


def _not_just(neg) -> bool:
    """'not just Turkey', 'not only the economy': 'not' adds, it does not negate (1.3.0)."""
    doc = neg.doc
    return neg.i + 1 < len(doc) and doc[neg.i + 1].lower_ in ("just", "only", "merely", "simply")


def no_object(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    return not any(c.dep_ == "dobj" for c in doc[i].children)


_NOT_DENIAL_PREDICATES = _W.not_denial_predicates


def copular_negation(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    neg = doc[i]
    if neg.dep_ != "neg":
        return False
    cop = neg.head
    if cop.pos_ == "ADJ" and any(c.dep_ in ("auxpass", "cop") and c.lemma_.lower() == "be"
                                 for c in cop.children):
        # 1.3.0: the parser made the adjective the head ('was not understaffed')
        p = cop
        low = p.lower_
        return low not in _NOT_DENIAL_PREDICATES and low not in _LITOTES and _charge_adjective(p)
    if cop.lemma_.lower() != "be" or cop.pos_ not in ("AUX", "VERB"):
        return False
    preds = [c for c in cop.children if c.dep_ in ("attr", "acomp")]
    if not preds or any(c.dep_ == "expl" for c in cop.children):
        return False  # 1.3.0: existential 'There was not enough water' is a plain fact
    # "would not be unusual", "cannot be a coincidence": modal judgements, not rebuttals.
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in cop.children):
        return False
    for p in preds:
        low = p.lower_
        if low in _NOT_DENIAL_PREDICATES or low in ("something", "anything", "everything"):
            return False
        if low in _LITOTES:
            return False  # litotes: "not unusual", "not impossible"
        if low in _DISOWNED:
            # 1.14.0 (round 6): 'The missile was not ours' disowns a deed, also when a charge
            # against another side follows ('...; it was fired by the other side'); not 'not
            # ours to decide' (a duty, not a deed)
            return not any(c.dep_ in ("xcomp", "ccomp", "advcl", "relcl")
                           for t in (p, cop) for c in t.children)
        if p.pos_ == "ADJ" and not _charge_adjective(p):
            return False  # 1.3.0: "not popular", "not full", "not open": no charge rebutted
        if any(c.lower_ in ("first", "last", "only") for c in p.children):
            return False  # "This is not the first time the river has flooded"
        if p.pos_ == "NOUN" and p.lemma_.lower() in _GENERIC_NOUNS:
            return False  # 1.3.0: "that is not a good place to be", "not the way forward"
    return not _recharged(doc, cop, view)


def _recharged(doc, cop, view: StatementView) -> bool:
    """'That is not diplomacy, that is intimidation', 'This is not a negotiation; it is
    blackmail': the negated label is replaced by a charge, so the sentence accuses rather than
    denies (1.4.0). 'It was not an attack, it was an accident' replaces a charge with an
    innocent account and stays a denial."""
    from .rebuttal import _INNOCENT_CAUSES, _charged

    end = view.content[1]
    # the correction: '(,|;|—) that/it/this is|was Y' right after the negated predicate
    for m in range(cop.i + 1, min(end - 2, cop.i + 12)):
        if doc[m].text in (",", ";", "—", "–", ":") and doc[m + 1].lower_ in (
                "that", "it", "this", "they", "these") and doc[m + 2].lemma_.lower() == "be":
            second = doc[m + 2]
            if any(c.dep_ == "neg" for c in second.children):
                return False
            window = range(m + 3, min(end, m + 7))
            if any(doc[x].lemma_.lower() in _INNOCENT_CAUSES for x in window):
                return False  # '..., it was an accident': an innocent account, a denial
            return _charged(view, m + 3, min(end, m + 7))
    return False


_GENERIC_NOUNS = _W.generic_nouns


# Adjectives of truth, guilt and responsibility: negating them rebuts a charge ('not
# responsible', 'not guilty', 'not true'); other adjectives count only when they carry a
# negative charge themselves ('not hostile', 'not corrupt', 'not dangerous': VADER -1 or below).
_CHARGE_ADJECTIVES = _W.charge_adjectives


# 'not unusual', 'not impossible': a double negative that grants a possibility (1.3.0: a
# closed class instead of every un-/im- word, so 'not understaffed', 'not unsafe' count).
_LITOTES = _W.litotes


def _charge_adjective(adj) -> bool:
    low = adj.lower_
    if low in _CHARGE_ADJECTIVES:
        return True
    vader = vader_lexicon()
    if vader.get(low, 0.0) <= -1.0:
        return True
    # a deficient state: 'understaffed', 'overcrowded', 'unsafe', 'unfair' (1.3.0)
    if low.startswith(("under", "over")) and len(low) > 7 and adj.tag_ in ("JJ", "VBN"):
        return True
    for prefix in ("un", "in", "im", "il", "ir"):
        if low.startswith(prefix) and vader.get(low[len(prefix):], 0.0) > 0:
            return True
    return False


def negated_subject(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    det = doc[i]
    noun = det.head
    if not (det.dep_ == "det" and noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("nsubj", "nsubjpass")):
        return False
    pred = noun.head
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in pred.children):
        return False  # 1.3.0: 'No country would accept this' (a modal judgement)
    if any(c.dep_ in ("advcl", "prep") and any(g.lower_ == "because" for g in c.subtree)
           for c in pred.children):
        return False  # 1.5.0: 'No trains ran on Sunday because of the works' (as negated_event)
    if pred.lemma_.lower() == "be" and not any(c.dep_ in ("acomp", "attr") for c in pred.children):
        return False  # 1.3.0: 'No passengers were on board' (where things were: a plain fact)
    # denial 1.3.0: a generic present 'No weapon is perfect', 'No system is foolproof' is a
    # truism, not a rebuttal.
    if pred.lemma_.lower() == "be" and pred.tag_ in ("VBZ", "VBP") and any(
            c.dep_ in ("acomp", "attr") for c in pred.children):
        return False
    # 1.19.0 (round 9): what did not happen to or with people ('No one came to the meeting')
    # and a plain state ('No shops were open on the holiday') rebut nothing; a charge
    # adjective still does ('No driver was drunk').
    if pred.lemma_.lower() in _UNDERGONE and not any(
            c.dep_ in ("acomp", "oprd", "xcomp", "advcl") for c in pred.children):
        return False  # but 'No money went missing' still disputes a loss
    if pred.lemma_.lower() == "be" and any(
            c.dep_ == "acomp" and c.pos_ == "ADJ" and not _charge_adjective(c)
            for c in pred.children):
        return False
    # "No deaths had been reported", "No decision has been taken": absence of information or
    # of progress, not a rebuttal.
    return pred.lemma_.lower() not in _REPORT_PREDICATES


_REPORT_PREDICATES = _W.report_predicates
_MISHAP = _W.mishap  # 1.19.1 (round 9): shared with rebuttal.corrected_absence


# Verbs of change of state and experience: 'He never recovered from the injury', 'The ship
# never arrived' report what did not happen to someone, they rebut no charge (1.3.0).
_UNDERGONE = _W.undergone


def _describing_clause(verb) -> bool:
    """``verb`` heads a relative clause that describes the noun it hangs on, as a charge does
    ('approved payments for work that was never carried out'): its negation rebuts nothing;
    'claims that were never proven' still rebuts a claim (round 13 probes)."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.lemma_.lower() in CLAIM_NOUNS:
        return False
    # a cleft is the statement itself ('It was our own air defence that hit the radar, not a
    # drone'): 'it' + 'be' + the noun the clause hangs on
    noun = verb.head
    return not (noun.dep_ == "attr" and noun.head.lemma_.lower() == "be" and any(
        c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in noun.head.children))


def never_past(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    verb = doc[i].head
    if verb.pos_ not in ("VERB", "AUX") or has_perfect_aux(verb):
        return False
    if _describing_clause(verb):
        return False
    if verb.lemma_.lower() in _UNDERGONE and not speakers_side(clause_subject(verb), view):
        return False
    if any(c.dep_ == "expl" for c in verb.children) and any(
            c.dep_ == "attr" and c.lemma_.lower() in _CERTAINTY_NOUNS for c in verb.children):
        return False  # 1.3.0: 'There was never any doubt about the result' (certainty)
    if verb.tag_ == "VBD":
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def counter_reference(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    tok = doc[i]
    if tok.pos_ != "VERB" or not view.in_content(i):
        return False
    for k in range(max(view.content[0], i - 4), i):
        if doc[k].lower_ in ("as", "than") and doc[k].dep_ in ("mark", "prep", "advmod"):
            return True
    return False


def discredited_claim(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    noun = doc[i]
    if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    pred = noun.head
    targets = [c for c in pred.children if c.dep_ in ("attr", "acomp", "oprd", "xcomp")]
    for c in pred.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "as"):  # 'amount to', 'serve as'
            targets.extend(g for g in c.children if g.dep_ == "pobj")
    if pred.pos_ == "VERB" and pred.lemma_.lower() not in ("be", "amount", "serve", "constitute", "represent"):
        # A full verb: only the verb itself characterises the claim ("were fabricated").
        return _negatively_characterised(view, pred.i, pred.i + 1)
    return any(_negatively_characterised(view, p.left_edge.i, p.right_edge.i + 1) for p in targets)


def _negatively_characterised(view: StatementView, start: int, end: int) -> bool:
    """Tokens ``[start, end)`` hold an accusation or denial cue, or a strongly negative word."""
    # Imported here: matching imports the rule registry, which imports this module.
    from ..matching import lexicon, matches

    start, end = max(start, view.content[0]), min(end, view.content[1])
    doc = view.doc
    strong = strong_negative()
    if any(doc[k].lower_ in strong for k in range(start, end)):
        return True
    for name in ("accusation", "denial"):
        lex = lexicon(name)
        for e, _i, _j in matches(lex, doc, start, end, view):
            if e.rule != "discredited_claim":
                return True
    return False


@lru_cache(maxsize=1)
def strong_negative() -> frozenset[str]:
    """VADER words with a valence of -1.5 or below ('malicious', 'ridiculous')."""
    return frozenset(w for w, v in vader_lexicon().items() if v <= -1.5)


def reporting_cue(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    return view.cue[0] <= i < view.cue[1] and not view.in_content(i)


def _content_negated(view: StatementView) -> bool:
    """A negation in the content that can carry a rebuttal (1.3.0): not an intention or a modal
    ('would not negotiate under pressure'), not the journalist's 'did not elaborate', not a
    negated non-charge adjective ('this pattern is not new')."""
    doc = view.doc
    for k in range(*view.content):
        t = doc[k]
        if t.dep_ == "neg" or t.lower_ in ("never", "nothing", "none", "nobody") or (
            t.lower_ == "no" and t.dep_ == "det"
        ):
            verb = t.head
            for _ in range(3):
                if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
                    break
                verb = verb.head
            if t.head.lemma_.lower() in _INTENT_NOUNS:
                continue  # 'had no intention of escalating': a negative intention
            if verb.pos_ in ("VERB", "AUX"):
                if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) or \
                        _modal_or_future(verb) or verb.lemma_.lower() in _JOURNALIST_NEGATIONS:
                    continue
                preds = [c for c in verb.children if c.dep_ == "acomp" and c.pos_ == "ADJ"]
                if verb.lemma_.lower() == "be" and preds and not any(_charge_adjective(p) for p in preds):
                    continue
            return True
    return False


_INTENT_NOUNS = _W.intent_nouns
# What the journalist adds to a reported statement: 'but did not elaborate'.
_JOURNALIST_NEGATIONS = _W.journalist_negations


def rebuttal_cue(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'insisted'/'maintained' with a negated content, or (1.3.0) a universal one: 'All
    missiles hit their targets,' the ministry insisted; 'Every vote was counted,' ... maintained.
    The journalist's verb marks the counter-claim; the universal makes it the rebuttal."""
    return reporting_cue(doc, i, j, view) and (_content_negated(view) or content_universal(view))


def passive_or_adjectival(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    tok = doc[i]
    return tok.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in tok.children)


def denial_verb(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    return doc[i].pos_ == "VERB" and not is_negated(doc[i])


def negated_subject_pronoun(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    tok = doc[i]
    if tok.head.lemma_.lower() in _MISHAP:
        return False  # 1.19.1: 'none of its crew had been hurt' is a plain fact, as 'nobody was hurt'
    return tok.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ == "of" for c in tok.children)


def predicative_claim(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'the conclusions are wrong' (predicative, 1.14.0: not said of a course of action, 'The
    strategy was wrong from the start', which criticises a choice and rebuts no claim)."""
    tok = doc[i]
    if tok.dep_ == "amod" or tok.pos_ not in ("ADJ", "VERB"):
        return False
    subj = clause_subject(tok.head if tok.dep_ in ("acomp", "attr") else tok)
    return subj is None or subj.lemma_.lower() not in _COURSES
