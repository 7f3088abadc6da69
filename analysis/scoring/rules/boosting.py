"""Context rules of boosters: emphatic all/every/never, not downtoned, first person."""

from __future__ import annotations

from spacy.tokens import Doc

from ...certainty_words import load_certainty_words
from ..grammar import is_negated
from ..view import StatementView
from .common import first_person

_W = load_certainty_words()

_TIME_NOUNS = _W.time_nouns
# Verbs of appeal: 'We urge all parties to step back' addresses everyone, it asserts nothing.
_DIRECTIVES = _W.directives


_NOT_EMPHATIC_BEFORE = frozenset({"at", "after", "above", "not", "of", "in", "for", "once"})


_NOT_EMPHATIC_AFTER = frozenset({"but", "over", "along", "around", "too", "-", "in", "right",
                                 "the", "that"})


_SCOPING_MODALS = frozenset({"may", "might", "could", "should", "must", "can", "ought"})


def _under_modal(tok) -> bool:
    """The clause of ``tok`` carries a modal of possibility or obligation: 'Hackers could have
    read every email', 'All sides should exercise restraint', 'We may never know' state a
    possibility or a duty, not the speaker's certainty (boosters 1.3.0)."""
    cur = tok
    for _ in range(4):
        if cur.pos_ in ("VERB", "AUX"):
            return any(c.dep_ == "aux" and c.lower_ in _SCOPING_MODALS for c in cur.children)
        if cur.head is cur:
            return False
        cur = cur.head
    return False


def _in_temporal_clause(tok) -> bool:
    """``tok`` lies in a clause opened by until/unless/before/after/once/when."""
    cur = tok
    for _ in range(5):
        # 'as' (boosters 1.8.0): a comparison clause ('as there are in every election', 'as it
        # does all national rulings') likens, it asserts no universal of its own.
        if any(c.dep_ == "mark" and c.lower_ in ("until", "unless", "before", "after", "once", "when",
                                                  "till", "as")
               for c in cur.children):
            return True
        if cur.head is cur:
            return False
        cur = cur.head
    return False


def emphatic_universal(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    tok = doc[i]
    if _under_modal(tok):
        return False
    if _in_temporal_clause(tok):
        return False  # 1.3.0: 'would continue until all its goals are met'
    noun = tok.head if tok.dep_ in ("det", "predet") else tok
    gov = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun is not tok and noun.lemma_.lower() in _FULL_MEASURE:
        # 1.8.0: 'explored every option', 'take all necessary measures', 'reserves all its
        # rights': the stock phrase of a full range of means, not a claim about a set.
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "to") and noun.head.head.pos_ == "NOUN":
        # 1.8.0: inside a noun phrase ('video of every strike', 'a message to every journalist')
        # the universal names what the noun covers; it asserts nothing about the set.
        return False
    if (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.tag_ in ("VBZ", "VBP")
            and not any(c.dep_ in ("aux", "auxpass", "neg") for c in noun.head.children)):
        # 1.8.0: a generic present ('Every radio warning goes into a file', 'Every crisis
        # becomes a reason') states a habit or a rule, not the speaker's certainty.
        return False
    if noun.dep_ in ("dobj", "pobj") and gov.lemma_.lower() in _DIRECTIVES:
        return False  # 1.3.0: an appeal ('We urge all parties to step back')
    prev = doc[i - 1].lower_ if i > view.sentence[0] else ""
    nxt = doc[i + 1].lower_ if i + 1 < view.sentence[1] else ""
    if i + 1 < view.sentence[1] and doc[i + 1].like_num and not _rebuttal_cue(view):
        # 1.7.0: a count ('all 11 targets', 'All 131 passengers'), not emphasis, unless the
        # journalist frames the statement as a rebuttal ('insisting that all 26 missiles ...')
        return False
    if tok.lower_ == "all" and prev in _NOT_EMPHATIC_BEFORE:
        return False
    if tok.lower_ == "every" and prev in ("not", "almost", "nearly"):
        return False
    if prev == "if" or (i > 1 and doc[i - 2].lower_ == "even" and prev == "if"):
        return False
    # Inside a concessive clause ("even if every missile hit") the universal is not asserted.
    for k in range(max(view.sentence[0], i - 4), i):
        if doc[k].lower_ == "if":
            return False
    if tok.lower_ == "all":
        if nxt in _NOT_EMPHATIC_AFTER and nxt not in ("the", "that"):
            return False
        if nxt in ("of",):
            # "all of the missiles", not "all of the time"
            k = i + 2
            while k < len(doc) and doc[k].pos_ in ("DET", "PRON", "ADJ", "NUM"):
                k += 1
            return k < len(doc) and doc[k].lower_ not in _TIME_NOUNS
        if nxt == "the" and i + 2 < len(doc) and doc[i + 2].lower_ in _TIME_NOUNS:
            return False
        head = tok.head
        if tok.dep_ in ("det", "predet", "nsubj", "nsubjpass", "dobj", "appos", "advmod", "quantmod"):
            target = head if tok.dep_ in ("det", "predet") else None
            return not (target is not None and target.lower_ in _TIME_NOUNS)
        return False
    # every: determiner of a non-time noun; "every single" is emphatic.
    if nxt == "single" or nxt == "one":
        return True
    head = tok.head
    if head.lower_ in _TIME_NOUNS:
        return False
    if head.lemma_.lower() in _FULL_MEASURE:
        return False  # 1.6.0 (round 4): 'has every reason to lie', 'every right to feel let down'
    # Distributive "every week of bombing means more..." has a time noun; "every region" is
    # emphatic in a claim of universality.
    return tok.dep_ == "det"


# 'every' meaning 'all possible' before a noun of grounds or entitlement: an idiom, not a
# claim about each member of a set (boosters 1.6.0, round 4).
_FULL_MEASURE = _W.full_measure


_REBUTTAL_CUES = _W.rebuttal_cues


def _rebuttal_cue(view: StatementView) -> bool:
    a, b = view.cue
    return any(view.doc[k].lemma_.lower() in _REBUTTAL_CUES for k in range(a, b))


def not_downtoned(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    prev = doc[i - 1].lower_ if i > view.sentence[0] else ""
    return prev not in ("almost", "nearly", "not", "hardly", "less")


_FORMULAIC_FULLY = _W.formulaic_fully


def emphatic_fully(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'fully' as emphasis, not in the stock pledge 'cooperating fully' / 'will comply fully'."""
    return not_downtoned(doc, i, j, view) and doc[i].head.lemma_.lower() not in _FORMULAIC_FULLY


def after_negation(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    for k in range(max(view.sentence[0], i - 6), i):
        if doc[k].dep_ == "neg" or doc[k].lower_ in ("never", "without", "no"):
            return True
    return False


_CERTAINTY_PREDICATES = _W.certainty_predicates


def affirmed_predicative(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'we are certain' (predicative, as before), not 'is never certain', 'not sure'."""
    tok = doc[i]
    if tok.dep_ == "amod" or tok.pos_ not in ("ADJ", "VERB"):
        return False
    return not is_negated(tok)


def emphatic_never(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    if _under_modal(doc[i]):
        return False
    if doc[i].head.lower_ in _CERTAINTY_PREDICATES or any(
            c.dep_ in ("acomp", "attr") and c.lower_ in _CERTAINTY_PREDICATES for c in doc[i].head.children):
        return False  # 'attribution is never certain' denies certainty (a hedge)
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    # 1.8.0: only reinforced 'never' ('never once', 'never ever', 'never ... any') is emphasis. A plain 'never'
    # states a record ('has never lost') or a flat denial ('We never sold anyone's data'); on
    # the tuning splits it was right 9 times and wrong 28 (dev, dev4, dev5, dev6).
    if nxt in ("once", "ever"):
        return True
    # A 'never' reinforced in its own clause by a negative-polarity 'any' or 'not even' ('We
    # never received any payment', 'never entered their airspace, not even for a second') is
    # emphatic negation.
    verb = doc[i].head
    clause_end = min(view.sentence[1], verb.right_edge.i + 1)
    return any(doc[k].lower_ == "any" or (doc[k].lower_ == "not" and k + 1 < clause_end
                                          and doc[k + 1].lower_ == "even")
               for k in range(i + 1, clause_end))


def emphatic_always(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'We have always put safety first' (a claim of constancy), not downtoned, and not
    'always' on a progressive ('We are always running', 'were always going to fall short'),
    which describes a habit or a foregone outcome (boosters 1.8.0)."""
    return not_downtoned(doc, i, j, view) and doc[i].head.tag_ != "VBG"


_BELIEF_VERBS = _W.belief_verbs


def firm_belief(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'firmly' on a verb of belief ('we firmly believe'), not the stock diplomatic 'firmly
    opposes', 'stood firmly behind', 'acted quickly and firmly' (boosters 1.8.0: 0 right, 3
    wrong on dev6's realistic statements)."""
    return doc[i].head.lemma_.lower() in _BELIEF_VERBS


def first_person_affirmative(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    # 1.3.0: 'as far as we know' limits knowledge (a hedge), it does not assert it.
    if i >= 4 and doc[i - 4].lower_ == "as" and doc[i - 3].lower_ == "far":
        return False
    return first_person(doc, i, j, view) and not is_negated(doc[i])


def not_concessive(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'Of course the factory will open on schedule' (certainty), not the concessive 'There
    were irregularities, of course, but nothing ...' that grants a point before a 'but'."""
    return not any(doc[k].lower_ in ("but", "yet", "although", "though")
                   for k in range(j, view.content[1] if view.in_content(i) else view.sentence[1]))


def emphatic_evaluation(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'complete integrity', 'total nonsense', 'absolute confidence', 'an utter disaster': an
    adjective of totality intensifying an evaluative noun (boosting 1.4.0), the adjectival
    counterpart of completely/totally/absolutely. The noun must carry an evaluation (VADER
    valence of 1 or more either way, as VADER's own intensifiers need a valenced word), so
    'the complete list', 'the total cost', 'an absolute majority' are quantities, not emphasis.
    Not negated ('not a complete failure')."""
    from ...sentiment import vader_lexicon

    tok = doc[i]
    if tok.dep_ != "amod" or tok.head.pos_ != "NOUN":
        return False
    noun = tok.head
    if is_negated(noun.head) or any(c.dep_ == "neg" for c in noun.children):
        return False
    vader = vader_lexicon()
    return abs(vader.get(noun.lower_, vader.get(noun.lemma_.lower(), 0.0))) >= 1.0


def not_number_contrast(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'not one missile' (emphatic), not the number in an 'X, not Y' contrast ('the rise covers
    five years, not one'): ', not one' closing the clause after another cardinal (boosters
    1.5.0)."""
    closing = j >= view.sentence[1] or doc[j].is_punct
    if not (closing and i > view.sentence[0] and doc[i - 1].text in (",", ";", "—", "–")):
        return True
    return not any((doc[k].tag_ == "CD" or doc[k].like_num) and doc[k].lower_ not in ("one", "1")
                   for k in range(view.sentence[0], i - 1))
