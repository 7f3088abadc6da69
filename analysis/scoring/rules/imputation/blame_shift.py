"""Blame put on another party, or retribution demanded for a wrong.

'That decision was taken by the previous management, not by us', 'the smoke came from flares
thrown by the protesters' (in a statement that also denies), 'they will pay for their
crimes'. The speaker names another doer, or demands payment for a harm done.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ....imputation_words import load_imputation_words
from ....sentiment import vader_lexicon
from ...grammar import human_noun, is_actor, is_negated
from ...view import StatementView
from .parties import _person

# The word lists: analysis/data/imputation_words.yaml (what each is for is commented
# there), read once at import by analysis.imputation_words.
_W = load_imputation_words()


def pays_for_harm(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'The company must pay for the damage it caused', 'they will pay for their crimes'
    (retribution for a wrong or a harm they did; not 'pay for the tickets', not the
    insurer's 'will pay for the damage')."""
    from ..blame import _harmful

    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    prep = doc[j - 1]
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    for o in objs:
        if o.lemma_.lower() in ("crime", "aggression", "sin", "atrocity", "betrayal", "lie"):
            return True  # 'will pay for their crimes'
        # A harm the payer did: 'the damage it caused' (not the insurer's 'pay for the damage').
        if (_harmful(o) or o.lemma_.lower() == "damage") and any(
                c.dep_ == "relcl" and c.lemma_.lower() in ("cause", "do", "inflict", "wreak")
                for c in o.children):
            return True
    return False


_DECISIONS = _W.decisions


def not_by_us(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Blame shifted by contrast: 'that decision was taken by the previous management, not by
    us', 'the smoke came from tear gas fired by the police, not from our flares' (another
    actor named as the doer, the speaker's side negated)."""
    if doc[i].lower_ != "not" or i == 0 or doc[i - 1].text not in (",", ";", "-", "—", "–"):
        return False  # the contrast is set off: '..., not by us' (not 'didn't tell us')
    rest = [t.lower_ for t in doc[j:min(j + 3, view.content[1])]]
    if not any(w in ("us", "we", "our", "ours", "me", "my", "mine") for w in rest):
        return False
    # What was done is a decision or something harmful ('the prize was chosen by the jury,
    # not by us' deflects nothing).
    lex = vader_lexicon()
    if not any(t.lemma_.lower() in _DECISIONS or lex.get(t.lower_, 0.0) < 0
               for t in doc[view.content[0]:view.content[1]]):
        return False
    # Another doer named before: a 'by X' agent or an actor's possession, not the speaker.
    for t in doc[view.content[0]:i]:
        if t.dep_ == "pobj" and t.head.lower_ == "by" and t.lower_ not in ("us", "me") and (
                is_actor(t) or human_noun(t) or t.pos_ == "PROPN" or t.ent_type_):
            return True
    return False


def counter_blame(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A counter-explanation that puts the harm on another party: 'Police did not use tear gas;
    the smoke came from flares thrown by the protesters' (a participle with a 'by' doer, in a
    statement that also denies something; not 'a ball thrown by the goalkeeper')."""
    verb = doc[i]
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or is_negated(verb):
        return False
    if verb.dep_ != "acl" and not any(c.dep_ == "auxpass" for c in verb.children):
        return False  # a participle or a passive: 'flares thrown by', 'the shells were fired by'
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not any(_person(a) and a.lower_ not in ("us", "me") and not any(
            c.dep_ == "poss" and c.lower_ in ("our", "my") for c in a.children) for a in agents):
        return False
    # The statement denies something in another clause ('did not use tear gas; ...').
    return any(t.dep_ == "neg" and t.head is not verb and t.head.i < verb.i
               for t in doc[view.content[0]:view.content[1]])
