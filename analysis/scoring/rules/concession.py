"""Denial 1.7.0: a counter-claim opened by a concession to the other side.

"However unwelcome it may be for our colleagues at the Pentagon, every one of our missiles
found its target", "Much as our critics would like to believe otherwise, the reactor is
safe": the speaker grants that another party will not like what follows, and what follows
answers that party's account. The concession is the cue. Official rebuttals use this form
when they deny with sarcasm rather than with a denial word (the Russian Defence Ministry's
answer to the U.S. missile reports is the textbook case).

Not a denial: a concession to hardship ("however difficult it may be for families, the rules
apply": no displeasure at what is true), a concession with no party ("however long it
takes"), and a concession with nothing after it in the statement.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...denial_words import load_denial_words
from ..view import StatementView

_W = load_denial_words()

# What the other side feels about the truth that follows: displeasure or surprise, not
# hardship ('difficult', 'hard' and 'costly' concede a burden, not a claim).
_UNWELCOME = _W.unwelcome
_WISH_VERBS = _W.wish_verbs
_MODALS = frozenset({"would", "might", "may", "could"})
_SPAN = 40  # tokens from the concession word to the comma that closes it (the seed story: 35)


def _closing_comma(doc: Doc, start: int, view: StatementView) -> int | None:
    """The comma that closes the concessive clause, with a clause of the statement after it."""
    end = min(view.content[1], start + _SPAN)
    for k in range(start + 1, end):
        if doc[k].text == ",":
            rest = [t for t in doc[k + 1:view.content[1]] if t.is_alpha]
            return k if len(rest) >= 3 else None
    return None


def _however_unwelcome(doc: Doc, i: int, view: StatementView) -> bool:
    comma = _closing_comma(doc, i, view)
    if comma is None:
        return False
    words = [t for t in doc[i + 1:comma]]
    if not any(t.lower_.strip("'\u2018\u2019\"") in _UNWELCOME for t in words[:4]):
        return False
    # "... it may be for our colleagues at the Pentagon": the party it is unwelcome to
    return any(t.lower_ == "for" and any(c.dep_ == "pobj" for c in t.children) for t in words)


def _much_as_they_wish(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    comma = _closing_comma(doc, i, view)
    if comma is None:
        return False
    words = list(doc[j:comma])
    modal = next((k for k, t in enumerate(words) if t.lower_ in _MODALS), None)
    return modal is not None and modal >= 1 and any(
        t.lemma_.lower() in _WISH_VERBS for t in words[modal + 1:modal + 3])


def concession_to_opponent(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'However unwelcome it may be for X, Y' and 'Much as X would like to believe otherwise,
    Y': a concession to a party that will dislike Y, opening the statement's counter-claim."""
    tok: Token = doc[i]
    if tok.i > view.content[0] + 2:
        return False  # the concession opens the statement (after a quote mark at most)
    if tok.lower_ == "however":
        return _however_unwelcome(doc, i, view)
    if tok.lower_ == "much":
        return _much_as_they_wish(doc, i, j, view)
    return False
