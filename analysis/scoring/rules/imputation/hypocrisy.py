"""Hypocrisy: words set against deeds.

'Lectures others about democracy while its own opponents sit in prison', 'Washington talks
about dialogue while it sends more warships'. A professed value and a contrary deed of the
same doer, joined by a contrast clause, charge bad faith.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ....imputation_words import load_imputation_words
from ...grammar import clause_subject
from ...view import StatementView
from .parties import _other_doer

# The word lists: analysis/data/imputation_words.yaml (what each is for is commented
# there), read once at import by analysis.imputation_words.
_W = load_imputation_words()

_CONTRAST_MARKS = frozenset({"while", "when", "after", "although", "though", "whereas", "as"})


def hypocrisy_record(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Hypocrisy: another actor's 'own' deeds set against what it says or demands ('lectures
    others about democracy while its own opponents sit in prison', 'given what its own drones
    have done'); not 'will build its own stadium', not 'our own problems'."""
    own = doc[i]
    noun = own.head
    if own.dep_ != "amod" or not any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her")
                                     for c in noun.children):
        return False
    cur = noun
    for _ in range(4):
        head = cur.head
        if head is cur:
            return False
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS
                                       for c in cur.children):
            return True
        if head.lower_ in ("given", "considering", "despite"):
            return True
        cur = head
    return False


# Words against deeds (2.0, round 2): the hypocrisy contrast of heldout3 ('talks about dialogue
# while it sends more warships'), read as a structure: a verb of talking or preaching with its
# topic, and a contrast clause ('while', 'whilst', 'even as', 'whereas') whose finite verb has
# the same doer (a matching pronoun, or an arm of the doer: 'his police', 'its troops').
_PREACHING = _W.preaching
_WORDS_MARKS = frozenset({"while", "whilst", "whereas"})
# Professed values and aims a doer can be said to betray by its deeds (the talk side of the
# contrast; preach/lecture/moralise carry it in the verb itself).
_PROFESSED = _W.professed
# The doer's arms and agents ('his police', 'its warships'), not 'his rival'.
_ARMS = _W.arms
_SAME_DOER = {"it": ("it", "its"), "they": ("they", "their"), "he": ("he", "his"),
              "she": ("she", "her")}


def words_against_deeds(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'Washington talks about dialogue while it sends more warships', 'preaches austerity
    whilst it hands its ministers pay rises', 'speaks of reconciliation even as his police
    arrest opposition leaders'; not 'talked about the budget while visiting a school' (no
    finite clause), 'while the band set up' or 'while his rival focused on health' (another
    doer), not 'we talk about peace while we prepare'."""
    verb = doc[i]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _PREACHING or not _other_doer(verb):
        return False
    if not any(c.dep_ in ("dobj", "prep") for c in verb.children):
        return False  # a topic: 'talks about dialogue', 'preaches austerity'
    if verb.lemma_.lower() in ("talk", "speak", "harp") and not any(
            t.lemma_.lower() in _PROFESSED for c in verb.children if c.dep_ in ("dobj", "prep")
            for t in c.subtree):
        return False  # 'speaks about tactics while he watches the video': no professed value
    if verb.tag_ not in ("VBZ", "VBP"):
        return False  # habitual present; 'talked about the war while he toured' is a time
    subj = clause_subject(verb)
    if subj is None:  # 'Beijing talks about ...' parsed with 'Beijing' a compound of 'talks'
        subj = next((c for c in verb.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    elif subj.dep_ != "nsubj":
        return False
    if subj is None:
        return False
    if subj.pos_ == "PRON":
        forms = _SAME_DOER.get(subj.lower_)
    else:
        forms = ("they", "their") if subj.tag_ in ("NNS", "NNPS") else ("it", "its", "they",
                                                                      "their", "he", "his",
                                                                      "she", "her")
    if not forms:
        return False
    for cl in verb.children:
        if cl.dep_ != "advcl":  # (any tag: 'even as his police arrest' tags 'arrest' a noun)
            continue
        marks = [c for c in cl.children if c.dep_ == "mark"]
        if not marks or not (marks[0].lower_ in _WORDS_MARKS or (
                marks[0].lower_ == "as" and doc[max(marks[0].i - 1, 0)].lower_ == "even")):
            continue
        if cl.lemma_.lower() == "be" or cl.tag_ == "VBG" or not any(
                c.dep_ == "dobj" for c in cl.children):
            continue  # 'while he is in Kyiv', 'while he travels': a time, not a deed done
        doer = clause_subject(cl)
        if doer is None or doer.dep_ != "nsubj":
            continue
        if doer.lower_ in forms:
            return True
        if any(c.dep_ == "poss" and c.lower_ in forms for c in doer.children) and (
                doer.lemma_.lower() in _ARMS):
            return True
    return False
