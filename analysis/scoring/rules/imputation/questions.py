"""Insinuation by question, tag or irony.

'Who benefits from ballots going missing?', 'Why did the ministry wait three weeks before
telling anyone?', 'How many more children have to die before the company recalls the
heaters?', 'Since when is it legal to detain journalists?', '...; draw your own conclusions',
'What a surprise that the inquiry cleared the minister who appointed it'. Nothing is asserted,
but the form invites the reader to infer a wrong by a named actor.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ....imputation_words import load_imputation_words
from ...grammar import clause_subject, human_noun, is_actor, is_negated
from ...view import StatementView

# The word lists: analysis/data/imputation_words.yaml (what each is for is commented
# there), read once at import by analysis.imputation_words.
_W = load_imputation_words()
_INFORMING = _W.informing


def cui_bono(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'Who benefits from ballots going missing?': the question insinuates that the one who
    gains did it."""
    # The tagger often reads 'benefits' in 'Who benefits ...?' as a noun; the subject decides.
    subj = clause_subject(doc[i])
    if subj is None or subj.lower_ not in ("who", "whom"):
        return False
    c0, c1 = view.content
    text = view.chars(doc[c0].idx, doc[c1 - 1].idx + len(doc[c1 - 1].text)) if c1 > c0 else ""
    return text.rstrip().endswith("?")


def ironic_at_actor(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A formulaic ironic exclamation ('What a surprise that the inquiry cleared the minister
    who appointed it', 'So much for the ministry's promises') aimed at an actor named in the
    content: sarcasm that imputes bad faith. Irony at a thing ('so much for the weather')
    accuses no one."""
    c0, c1 = view.content
    if not view.in_content(i):
        return False
    for k in range(j, c1):
        t = doc[k]
        if t.pos_ in ("NOUN", "PROPN") and (is_actor(t) or t.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")):
            return True
    return False


def insinuation_tag(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """An off-record invitation to infer a wrong after a stated fact ('...; draw your own
    conclusions', '..., you do the math'): it closes a clause, after punctuation."""
    return i > view.content[0] and doc[i - 1].text in (";", ":", ",", ".", "-", "—", "–")


# Conduct a 'why' question asks an actor to justify: delay, inaction, concealment.
_QUESTIONED = _W.questioned


def rhetorical_why(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A rhetorical 'why' question that asks an actor to justify a delay, an omission or a
    concealment ('Why did the ministry wait three weeks before telling anyone?', 'Why didn't
    the police act?'); not 'Why did the bridge collapse?' and not 'Why did the minister
    resign?'. The statement ends with a question mark."""
    if doc[i].i != view.content[0] or doc[view.content[1] - 1].text != "?":
        return False
    verb = doc[i].head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    subj = clause_subject(verb)
    if subj is None or subj.lower_ in ("i", "we", "you") or not (is_actor(subj) or human_noun(subj)
                                                                 or subj.pos_ == "PROPN"):
        return False
    lemma = verb.lemma_.lower()
    if is_negated(verb):
        # 'Why didn't they warn us?' (a duty to tell or protect); 'Why didn't the council act
        # sooner?' is criticism of a slow response, not a charge.
        return lemma in _INFORMING or lemma in ("protect", "stop", "prevent", "disclose")
    if lemma in ("wait", "delay", "take"):
        # A delay charges concealment only when what was delayed is telling: 'wait three weeks
        # before telling anyone'; 'why did it take so long to evacuate' criticises slowness.
        return any(t.lemma_.lower() in _INFORMING for t in verb.subtree if t.i > verb.i)
    return lemma in _QUESTIONED


def how_many_more(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'How many more children have to die before the company recalls the heaters?': the
    harm goes on because someone does not act."""
    end = view.content[1]
    if not any(t.lemma_.lower() in ("die", "suffer", "drown", "starve", "perish", "lose", "kill")
               for t in doc[j:end]):
        return False
    # The one who has not acted is named: 'before the company recalls the heaters' (not
    # 'before the world acts', an appeal to no one in particular).
    for t in doc[j:end]:
        if t.lower_ in ("before", "until"):
            return any(s.dep_ == "nsubj" and (is_actor(s) or s.ent_type_ in ("ORG", "GPE", "PERSON"))
                       for s in doc[t.i:end])
    return False


def since_when(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'Since when is it legal to detain journalists?' (a question that calls an act a wrong)."""
    return i == view.content[0] and doc[view.content[1] - 1].text == "?"
