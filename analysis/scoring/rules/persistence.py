"""Denial 1.7.0 (round 5): a persistence tag on the speaker's side's present state.

'Our milk is, and always has been, sourced from local farms'; 'There is no back door in our
encryption, and there never has been'; 'Our software does not store passwords, and it never
has'. The elliptical 'and always/never has been' adds nothing to the state but that it was
never otherwise, which only answers a claim that it was: a positive-phrased or negated
rebuttal (README: positive-phrased rebuttals). Written from the class of misses on the tuning
items, checked first on blind probes (tests/test_framing_tags_cut_claims_and_aims.py, class P).

Not a plain habit or trend ('Our festival has always been held in August', 'Rents have risen,
and they always have'), not the future ('is and always will be the heart of this village'),
and not a state with no side of the speaker's in it ('The coast is cold in March, and always
has been').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..view import StatementView

_OWN = frozenset({"our", "my", "we", "i", "us", "me", "ours"})
_PERFECT = frozenset({"has", "have", "'s", "'ve"})
# What may stand between 'and' and the adverb: the repeated subject ('and it never has').
_TAG_SUBJECTS = frozenset({"there", "it", "they", "we", "he", "she", "this", "that"})
_CLAUSE_ENDS = frozenset({",", ";", ".", "—", "–", ":", "!", "and", "but"})


def _ellipsis_end(doc: Doc, k: int, view: StatementView) -> bool:
    """The tag stops at ``k``: the end of the content or a clause boundary, so the verb
    phrase of the tag is the one of the clause before."""
    return k >= view.content[1] or doc[k].lower_ in _CLAUSE_ENDS


def _antecedent(doc: Doc, i: int, view: StatementView) -> Token | None:
    """The verb of the clause the tag is coordinated with: the head of the 'and' before the
    tag, when it lies before the tag in the content."""
    k = i - 1
    if k >= view.content[0] and doc[k].lower_ in _TAG_SUBJECTS:
        k -= 1
    if k < view.content[0] or doc[k].lower_ != "and":
        return None
    head = doc[k].head
    if head.i >= k or not view.in_content(head.i):
        return None
    return head


def _present(verb: Token) -> bool:
    """A present-tense clause: the verb, or its auxiliary ('does not store', 'is sourced')."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") and c.lower_ not in _PERFECT
               for c in verb.children)


def persistence_tag(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'..., and always has been', '..., and there never has been', '..., and it never has'
    after a present state of the speaker's side or a negated present state."""
    k = j
    if k >= view.content[1] or doc[k].lower_ not in _PERFECT:
        return False
    k += 1
    if k < view.content[1] and doc[k].lower_ == "been":
        k += 1
    if not _ellipsis_end(doc, k, view):
        return False
    verb = _antecedent(doc, i, view)
    if verb is None or not _present(verb):
        return False
    # The state's clause (with the complement the tag shares: '... available on our website').
    clause = [t for t in verb.subtree if view.in_content(t.i) and t.i != i]
    own = any(t.lower_ in _OWN for t in clause)
    negated = any(t.i < i and (t.dep_ == "neg" or (t.dep_ == "det" and t.lower_ == "no"))
                  for t in clause)
    return own or negated
