"""Accusation 1.8.0 (round 5): a party put in the wrong by the shape of the clause.

Written from classes of misses on the tuning items (dev without its check half f1006-f1155,
heldout, heldout2, heldout3), not from single sentences, and checked first on blind probes
(tests/test_framing_tags_cut_claims_and_aims.py, classes K and R):

- a knowing tag on a wrong: '..., and the council knows it', '..., and they know it' (a third
  party is said to be aware of the wrong or the falsehood, so to act in bad faith)
  (:func:`knowing_tag`);
- a harm with a party as its agent: a passive of making a harm worse or doing damage with a
  'by' party ('The flooding was made worse by builders who ...', 'the damage was done by their
  artillery') (:func:`harm_by_party`);
- a harm put down to a party's deed by an outcome noun: 'The shortages are the direct result
  of the ministry cancelling the tender', '... a consequence of the board's decision to ...',
  '... the direct result of decisions the carmakers took' (:func:`outcome_of_deed`);
- a party's deed followed by ', and now <harm>': 'The operator skipped the safety checks for
  years, and now a man is dead' (:func:`harm_ensued`; added after the check half f1006-f1155
  was measured).

The word classes (damage nouns, worsening words, outcome and disruption nouns) are data:
analysis/data/construction_words.yaml.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...construction_words import load_construction_words
from ..grammar import first_person_subject, is_negated
from ..view import StatementView
from .blame import _HARM_STATES, _HARM_VERBS, _harmful, vader_lexicon
from .culpability import _party

# Who may be said to know: not the speaker's side, not everybody (an appeal to common
# knowledge: 'The story is absurd, and everybody knows it').
_NOT_KNOWERS = frozenset({"i", "we", "you", "everybody", "everyone", "anybody", "anyone",
                          "nobody", "all", "people", "world"})
_KNOWER_PRONOUNS = frozenset({"he", "she", "they", "it"})
_KNOWN = frozenset({"it", "this", "that"})
_OWN_POSS = frozenset({"our", "my"})
_THIRD_POSS = frozenset({"their", "his", "her", "its"})


def _third_party(tok: Token) -> bool:
    """A party that is not the speaker's side: a named or role noun, 'they/he/she', or a
    weapon or unit owned by another ('their artillery')."""
    low = tok.lower_
    if low in _NOT_KNOWERS or first_person_subject(tok):
        return False
    if any(c.dep_ == "poss" and c.lower_ in _OWN_POSS for c in tok.children):
        return False
    if low in _KNOWER_PRONOUNS:
        return True
    return _party(tok)


def _wrong_before(doc: Doc, start: int, end: int) -> bool:
    """The clause before the tag states a wrong: a negation ('has not been safe', 'do not add
    up') or a negative word (by the VADER lexicon or the harm words of rules/blame.py, or a defect state of
    construction_words.yaml: 'contaminated', 'unsafe')."""
    lex = vader_lexicon()
    states = load_construction_words().wrong_states
    for t in doc[start:end]:
        if t.dep_ == "neg" or _harmful(t) or lex.get(t.lower_, 0.0) <= -1.0 \
                or t.lower_ in states:
            return True
    return False


def knowing_tag(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'The water is contaminated, and the landlord knows it'; '... fired from their positions,
    and they know it'. Not the speaker's side ('and we know it'), not common knowledge ('and
    everybody knows it'), not a clause with nothing wrong in it ('The stadium is sold out, and
    the fans know it')."""
    know = doc[i]
    if know.lemma_.lower() != "know" or is_negated(know) or not view.in_content(know.i):
        return False
    if not any(c.dep_ == "dobj" and c.lower_ in _KNOWN for c in know.children):
        return False
    subj = next((c for c in know.children if c.dep_ == "nsubj"), None)
    if subj is None or not _third_party(subj):
        return False
    # The tag is coordinated after a clause: '<clause>, and <party> knows it'. The parser
    # hangs 'knows' on that clause or, with the reporting verb after it, on 'said'; the
    # surface 'and' before the knower is what both readings share.
    cc = subj.left_edge.i - 1
    if cc <= view.content[0] + 2 or doc[cc].lower_ != "and":
        return False
    return _wrong_before(doc, view.content[0], cc)


def _harm_noun(tok: Token) -> bool:
    words = load_construction_words()
    return _harmful(tok) or tok.lemma_.lower() in words.disruption_nouns


def _by_party(verb: Token) -> bool:
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(_third_party(a) or any(c.dep_ == "poss" and c.lower_ in _THIRD_POSS
                                      for c in a.children) for a in agents)


def harm_by_party(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'The flooding was made much worse by builders who paved over the marsh'; 'Most of the
    damage was done by their artillery'. Not 'made worse by high tides', 'done by the storm'
    (no party), not 'The repairs were made by local builders' (no harm)."""
    verb = doc[i]
    if verb.pos_ not in ("VERB", "AUX") or is_negated(verb) or not any(
            c.dep_ == "auxpass" for c in verb.children):
        return False
    if not _by_party(verb):
        return False
    words = load_construction_words()
    lemma = verb.lemma_.lower()
    if lemma == "make":
        return any(c.dep_ in ("oprd", "acomp") and c.lower_ in words.worsening_words
                   for c in verb.children)
    if lemma == "do":
        subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
        return any(t.lemma_.lower() in words.damage_nouns for s in subj for t in s.subtree
                   if t.i < verb.i)
    return False


def _deed_by_party(of: Token) -> Token | None:
    """The party whose deed follows 'of': 'of the ministry cancelling ...' (the party as the
    gerund's subject, or parsed as the object of 'of' before it), 'of the ministry's decision'."""
    for c in of.children:
        if c.dep_ == "pcomp" and c.tag_ == "VBG":
            subj = next((s for s in c.children if s.dep_ in ("nsubj", "poss")), None)
            if subj is None:
                subj = next((s for s in of.children if s.dep_ == "pobj" and s.i < c.i), None)
            if subj is not None:
                return subj
        if c.dep_ == "pobj" and c.pos_ == "NOUN":
            poss = next((s for s in c.children if s.dep_ == "poss"), None)
            if poss is not None:
                return poss
            # 'of decisions the carmakers took', 'of cuts the council made' (round 5, after
            # the check half): the deed's doer is the relative clause's subject
            for rel in c.children:
                if rel.dep_ == "relcl":
                    subj = next((s for s in rel.children if s.dep_ == "nsubj"), None)
                    if subj is not None:
                        return subj
                # the same read as 'cuts [the council] [made ...]' with the doer as an object
                if rel.dep_ in ("dobj", "appos") and any(
                        v.dep_ in ("acl", "relcl") and v.pos_ == "VERB" for v in rel.children):
                    return rel
    return None


def outcome_of_deed(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'The power cuts are the direct result of the operator skipping maintenance'; 'The
    shortages are a consequence of the ministry's decision to cancel the contract'. Not
    'the result of heavy snow' (no party), not 'Our growth is the result of our staff working
    harder' (no harm; the speaker's side)."""
    noun = doc[i]
    if noun.dep_ != "attr" or noun.head.lemma_.lower() != "be" or is_negated(noun.head):
        return False
    subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if subj is None or not any(_harm_noun(t) for t in subj.subtree if t.i <= subj.i):
        return False
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return False
    party = _deed_by_party(of)
    return party is not None and (_third_party(party) or party.lower_ in _THIRD_POSS)


def _harm_state(clause: Token) -> bool:
    """'a man is dead', 'the children are ill', 'forty families are homeless', 'two workers
    died': a harm to people (the harm states and verbs of rules/blame.py)."""
    if clause.lemma_.lower() in _HARM_VERBS:
        return True
    return any(c.dep_ in ("acomp", "attr") and c.lower_ in _HARM_STATES for c in clause.children)


def harm_ensued(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'<party> <deed>, and now <harm to people>': the harm is laid at the party's door. Not
    the speaker's side ('We moved house, and now the children are ill'), not a storm or other
    non-party ('The storm hit the coast, and now thousands are homeless'), not a mood ('and
    now the fans are angry')."""
    now = doc[i]
    if i < view.content[0] + 3 or doc[i - 1].lower_ != "and":
        return False
    clause = now.head
    for _ in range(3):  # 'now forty families are ...': the parser may hang 'now' on a number
        if clause.pos_ in ("VERB", "AUX") or clause.head is clause:
            break
        clause = clause.head
    if not view.in_content(clause.i) or clause.i < i or not _harm_state(clause):
        return False
    # The deed: the clause before ', and now', with a party as its active subject.
    for t in doc[view.content[0]:i - 1]:
        if t.pos_ == "VERB" and t.dep_ in ("ROOT", "ccomp", "conj") and not is_negated(t):
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is not None and _third_party(subj):
                return True
    return False
