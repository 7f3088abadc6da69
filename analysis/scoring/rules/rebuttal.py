"""Context rules of denial 1.2.0: whose denial it is, and rebuttal without a denial word.

A denial verb in the content is the speaker's only when the speaker (or no one else) is its
subject: "We reject the allegation" denies, "The opposition has rejected the results" reports
someone else's rejection, and "rejected the defence's request" refuses a request rather than a
claim. Without a denial word, a rebuttal shows in its construction: a negation followed by the
correction ("The dam did not burst; engineers opened the spillway"), the speaker's own side
denying a past deed ("Our forces did not target civilians"), the other side's view waved away
("whatever the home fans think"), the speaker's own side declared compliant ("Our guards acted
in accordance with the agreement"), or the claim put down to imagination ("exist only in the
imagination of CNN's sources").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..grammar import is_negated, subject
from ..view import StatementView
from .common import not_negated

# Objects that make deny/reject a refusal, not the rejection of a claim.
_REQUESTS = frozenset({
    "request", "appeal", "application", "bid", "offer", "proposal", "plea", "motion", "petition",
    "access", "entry", "visa", "bail", "permission", "asylum", "demand", "invitation",
    "nomination", "candidate", "candidacy", "amendment", "bill", "budget", "plan", "deal",
    "resignation", "loan", "licence", "license", "permit", "transfer", "extradition",
})
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
_OWN = frozenset({"my", "our"})


def own_side(tok: Token | None) -> bool:
    """'we', 'I', or a noun the speaker owns ('our border guards', 'my client')."""
    if tok is None:
        return False
    if tok.lower_ in _FIRST_PERSON:
        return True
    return any(c.dep_ == "poss" and c.lower_ in _OWN for c in tok.children)


def _neither_nor(tok: Token) -> bool:
    """'neither confirmed nor denied': both verbs are negated by the correlative pair."""
    if any(c.lower_ in ("neither", "nor") and c.dep_ in ("preconj", "cc", "dep") for c in tok.children):
        return True
    if tok.dep_ == "conj":
        return any(c.lower_ in ("neither", "nor") for c in tok.head.children) or any(
            c.lower_ == "nor" for c in tok.head.children if c.dep_ == "cc")
    return False


def speaker_denies(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """deny/reject/refute/rebut as the speaker's own denial of a claim."""
    tok = doc[i]
    if not not_negated(doc, i, j, view) or _neither_nor(tok):
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(o.lemma_.lower() in _REQUESTS for o in objs):
        return False  # 'rejected the defence's request', 'denied bail'
    if view.in_content(i) and tok.pos_ == "VERB":
        subj = subject(tok)
        if subj is not None and subj.dep_ == "nsubj" and not own_side(subj) and not _own_voice(tok, objs):
            return False  # 'The opposition has rejected the results': someone else's denial
    return True


_CATEGORICAL = frozenset({"categorically", "firmly", "strongly", "flatly", "vehemently",
                          "emphatically", "totally", "completely", "utterly", "resolutely",
                          "unequivocally", "strenuously"})


def _own_voice(verb: Token, objs: list[Token]) -> bool:
    """An institution denying in its own voice: present tense with a categorical adverb or a
    'these/such' object ('The ministry categorically rejects these accusations'); a past or
    perfect denial by a named party is a report ('The opposition has rejected the results')."""
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ == "aux" for c in verb.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _CATEGORICAL for c in verb.children):
        return True
    return any(d.dep_ in ("det", "predet", "amod") and d.lower_ in ("these", "such", "those", "this")
               for o in objs for d in o.children)


def _modal_or_future(verb: Token) -> bool:
    """'will not', 'could not', 'is not going to', 'does not intend to': not a rebuttal of a
    past event."""
    if any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lower_ in ("going", "gon"))
           for c in verb.children):
        return True
    return verb.lemma_.lower() in ("go", "intend", "plan", "want", "expect", "allow", "yet") or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("go", "intend", "plan", "want"))


def _past(verb: Token) -> bool:
    if verb.tag_ in ("VBD", "VBN"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_.lower() == "have")
               for c in verb.children)


def _corrected(verb: Token, view: StatementView) -> bool:
    """The negated clause is followed by its correction: '...; Y', 'not X but Y', 'rather',
    'instead'."""
    doc = view.doc
    for c in verb.children:
        if c.dep_ == "cc" and c.lower_ == "but" and c.i > verb.i:
            return True
        if c.dep_ == "advmod" and c.lower_ in ("instead", "rather"):
            return True
    # A semicolon or colon after the negated clause, then another clause in the content.
    end = verb.right_edge.i
    for k in range(verb.i + 1, min(view.content[1], end + 2)):
        if doc[k].text in (";", ":") and any(
                doc[m].pos_ in ("VERB", "AUX") for m in range(k + 1, view.content[1])):
            return True
    return False


def corrected_negation(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A negated past deed or event that the speaker corrects, or that the speaker's own side
    is said not to have done: 'The dam did not burst; engineers opened the spillway', 'The
    minister did not meet his counterpart but spoke with him by phone', 'Our forces did not
    target civilians'. Not plans, modals or a plain negative record ('The commission did not
    publish results until midnight', 'We will not allow ...')."""
    neg = doc[i]
    if neg.dep_ != "neg":
        return False
    verb = neg.head
    if verb.pos_ not in ("VERB", "AUX") or _modal_or_future(verb):
        return False
    if verb.lemma_.lower() == "be" and any(c.dep_ in ("attr", "acomp") for c in verb.children):
        return False  # 'X is not Y' is read by copular_negation
    if any(c.lower_ == "yet" for c in verb.children):
        return False  # 'has not yet said'
    if not _past(verb):
        return False
    if _corrected(verb, view):
        return True
    # The own side's record of experience ('I have never seen anything like it', 'my children
    # haven't slept') is testimony, not the denial of a deed.
    return verb.lemma_.lower() not in _EXPERIENCE and own_side(subject(verb))


_EXPERIENCE = frozenset({"see", "hear", "feel", "sleep", "eat", "experience", "witness", "know",
                         "think", "imagine", "expect", "face", "encounter", "live", "get",
                         "have", "be", "go", "come", "believe", "understand", "forget", "stop",
                         "lose", "win", "find", "learn", "realise", "realize", "notice"})


_VIEW_VERBS = frozenset({"think", "say", "claim", "believe", "suggest", "allege", "insist",
                         "argue", "write", "report", "tweet", "shout", "chant"})


def dismissed_view(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'whatever the unions say', 'no matter what the critics claim', 'regardless of what
    others think': the other side's view waved aside."""
    tok = doc[i]
    heads = [tok.head, tok.head.head]
    for h in heads:
        if h.lemma_.lower() in _VIEW_VERBS and h.i > tok.i:
            return True
    # A parse that hangs the view verb elsewhere: the next verb within five tokens.
    for k in range(tok.i + 1, min(view.content[1], tok.i + 6)):
        if doc[k].pos_ == "VERB":
            return doc[k].lemma_.lower() in _VIEW_VERBS
    return False


def own_compliance(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'Our border guards acted in accordance with the agreement', 'We complied with every
    regulation': the speaker's own side declared compliant (answering a charge). Not
    promises ('we will comply'), not others ('the company complied')."""
    tok = doc[i]
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or is_negated(verb) or _modal_or_future(verb):
        return False
    return own_side(subject(verb))


def imagined(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'exist only in the imagination of', 'a figment of their imagination', 'the product of
    someone's imagination': a claim put down to invention (not 'captured the imagination')."""
    tok = doc[i]
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "in":
        return any(c.lower_ == "only" for c in head.children) or any(
            doc[k].lower_ == "only" for k in range(max(view.content[0], head.i - 2), head.i))
    if tok.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lemma_.lower() in ("product", "figment", "creation", "invention")
    return False


def no_wrongdoing(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'There was no cover-up', 'We found no fraud', 'no collusion': 'no' on a noun that the
    accusation lexicon reads as wrongdoing, so the wrongdoing itself is denied."""
    from ..matching import lexicon, matches

    det = doc[i]
    noun = det.head
    if det.dep_ != "det" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    start = noun.left_edge.i if noun.left_edge.i > i else i + 1
    lex = lexicon("accusation")
    return any(a <= noun.i < b for _e, a, b in matches(lex, doc, max(start, view.sentence[0]),
                                                        min(noun.i + 1, view.sentence[1]), view))
