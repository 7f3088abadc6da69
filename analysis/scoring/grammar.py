"""Grammar shared by the context rules and the scorers: subjects, negation, claim nouns.

Word classes here are grammar, not cue lists, so they live in code rather than in
``analysis/data``.
"""

from __future__ import annotations

from spacy.tokens import Token

CLAIM_NOUNS = frozenset({
    "claim", "report", "allegation", "accusation", "rumour", "rumor", "story", "suggestion",
    "speculation", "notion", "idea", "charge", "statement", "assertion", "account", "video",
    "footage", "evidence", "photo", "image", "picture", "theory", "version", "figure",
    "finding", "conclusion", "criticism", "concern", "assessment", "information", "news",
})


def subject(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c
    # In a relative or participial clause the subject is the noun the clause hangs on.
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return verb.head
    if verb.dep_ == "conj":
        return subject(verb.head)
    return None


_HUMAN_SUFFIXES = ("ers", "ors", "ents", "ans", "ists", "ees", "ians", "holders", "people",
                   "men", "women", "children", "aries", "ants")


def human_noun(tok: Token) -> bool:
    low = tok.lower_
    return low in ("people", "users", "citizens", "patients", "voters", "shareholders",
                   "players", "visitors", "residents", "members", "staff", "students",
                   "journalists", "convoys", "defendants", "applicants", "fans", "aircraft",
                   "ships", "vehicles", "pilots", "troops", "forces") or low.endswith(_HUMAN_SUFFIXES)


def is_negated(tok: Token) -> bool:
    """The token's clause carries 'not', "n't", 'never' (on it, its auxiliaries or its head)."""
    heads = [tok]
    if tok.dep_ in ("acomp", "attr", "xcomp", "oprd", "auxpass", "aux"):
        heads.append(tok.head)
    return any(c.dep_ == "neg" or c.lower_ == "never" for h in heads for c in h.children)


def has_perfect_aux(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
