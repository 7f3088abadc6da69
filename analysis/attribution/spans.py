"""Token and span helpers the rules share: names' extents, noun-phrase ranges, offsets.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from analysis.attribution.mention import DocTokens
from analysis.attribution.words import (
    _CLAUSE_DEPS,
    _CUT_DEPS,
    _FIELD_NOUNS,
    _HYPHEN_WORD_TAILS,
    _KEEP_PREPS,
    _NAME_PARTICLES,
    _NAME_PARTICLES_INNER,
    _NAME_POSSESSIVES,
    _NAME_PREPOSITIONS,
    _POSTING_HEADS,
    _POSTING_MEDIUM_NOUNS,
    _SEEN_BY_PARTICIPLES,
    _STATE_BODY_HEADS,
    _TITLE_ABBREV,
)
from analysis.registry import Tok, tokenize


@lru_cache(maxsize=32768)
def _words(text: str) -> frozenset[str]:
    out = set()
    for t in tokenize(text):
        out.add(t.norm)
        out.add(_TITLE_ABBREV.get(t.norm, t.norm))
        if t.norm.endswith("s") and len(t.norm) > 3:
            out.add(t.norm[:-1])
    return frozenset(out)


def _join_given_name(m: re.Match[str]) -> str:
    return m.group(0) if m.group(2) in _HYPHEN_WORD_TAILS else m.group(1) + m.group(2)


def _name_hyphen(doc: Doc, k: int) -> bool:
    """Token ``k`` is a hyphen joining two parts of one name, with no space on either side."""
    return doc[k].text == "-" and k > 0 and not doc[k - 1].whitespace_ \
        and not doc[k].whitespace_ and doc[k - 1].is_alpha and doc[k - 1].text[:1].isupper()


def _trim_span(doc: Doc, i: int, j: int) -> tuple[int, int]:
    """Token range [i, j) without leading/trailing punctuation, quotes and spaces."""
    doc = doc.toks if isinstance(doc, DocTokens) else doc
    while i < j and (doc[i].is_punct or doc[i].is_space) and doc[i].text not in ("(",):
        i += 1
    while j > i and (doc[j - 1].is_punct or doc[j - 1].is_space) and doc[j - 1].text != "." \
            and not (doc[j - 1].text == ")" and any(doc[k].text == "(" for k in range(i, j))):
        j -= 1
    # a lone trailing period belongs to an abbreviation only ("Jr.", "Gen."): keep it then
    if j > i and doc[j - 1].text == "." and (j - 1 == i or doc[j - 1].whitespace_ == ""
                                             and not doc[j - 2].text.isupper()):
        j -= 1
    return i, j


def _bracketed_role_start(doc: DocTokens, i: int, head: Token) -> int | None:
    """The start of the role a short bracket cut from a name: "Human Rights Commission of
    Pakistan (HRCP) chairperson X said", "MACC deputy chief commissioner (operations) X said"
    leave the mention at "chairperson X" / "X", the parser making the body before the bracket
    a second subject or an adverb of the verb. The mention keeps its span (the speaker is the
    person); the role is read from here. A bracket of at most four words, no comma, no verb."""
    if i < 3 or doc[i - 1].text != ")" or head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for o in range(i - 2, max(0, i - 6), -1):
        if doc[o].text == "(":
            if any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in doc[o + 1:i - 1]) or o == i - 2:
                return None
            break
    else:
        return None
    for sib in doc.kids(doc[head.head.i]):
        if sib.i < head.i and sib.right_edge.i == i - 1 and sib.dep_ in (head.dep_, "npadvmod") \
                and sib.pos_ in ("NOUN", "PROPN"):
            return sib.left_edge.i
    # "State Civil Defence Force (APM) director Kol X": the body hangs on the role inside
    for k in range(i, head.i):
        for c in doc.kids(doc[k]):
            if c.i < i - 1 and c.right_edge.i == i - 1 and c.dep_ in ("nmod", "compound", "poss") \
                    and c.pos_ in ("NOUN", "PROPN"):
                return c.left_edge.i
    return None


def _seen_by(t: Token) -> bool:
    """``t`` is a participle saying who saw a document, not who wrote it ("letters seen by
    Reuters", "a memo reviewed by AP")."""
    return t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_.lower() in _SEEN_BY_PARTICIPLES


def _role_start(role: Token) -> int:
    """The first lower-case noun of a role's words ("executive director" in "(Home)
    executive director")."""
    return min(t.i for t in role.subtree if t.pos_ == "NOUN" and t.text.islower())


def _body_of_place_role(doc: Doc, head: Token, kids) -> Token | None:
    """"Law Society of Kenya president Faith Odhiambo said": the parser can make the body the
    subject and hang "Kenya president Faith Odhiambo" on its "of"; for the person's name
    ``head`` (a proper noun with a lower-case role noun before it) that body, else None."""
    of = head.head
    if head.dep_ != "pobj" or head.pos_ != "PROPN" or of.lower_ not in ("of", "for") \
            or of.head.dep_ not in ("nsubj", "nsubjpass") or of.head.pos_ != "PROPN":
        return None
    role = [c for c in kids(head) if c.dep_ == "compound" and c.pos_ == "NOUN" and c.text.islower()]
    if not role:
        return None
    # ("Humanitarian Organisation for Migration Economics (Home) executive director X": the
    # body's name may end in its bracketed short name)
    start = _role_start(role[0])
    inside = [doc[k] for k in range(of.i + 1, start)]
    if not inside or not all(t.pos_ == "PROPN" or t.text in ("(", ")") or t.text[:1].isupper()
                             and t.i > 0 and doc[t.i - 1].text == "(" for t in inside):
        return None
    return of.head


def _title_case_line(doc: Doc, t: Token) -> bool:
    """``t``'s sentence capitalises its small words too: a headline in title case."""
    sent = t.sent
    small = [x for x in sent if x.is_alpha and x.pos_ in ("ADP", "DET", "CCONJ") and x.i != sent.start]
    return bool(small) and all(x.text[:1].isupper() for x in small)


def np_token_range(doc: Doc, head: Token, stop_lemmas: frozenset[str] = frozenset()) -> tuple[int, int]:
    """The noun phrase of ``head`` as a token range, cut before commas/relative clauses and
    before a clause whose verb is in ``stop_lemmas`` ("a senator saying X": not the name)."""
    start = head.i
    kids = doc.kids if isinstance(doc, DocTokens) else (lambda t: list(t.children))
    siblings = kids(doc[head.head.i])
    # "The Iranian news agency IRNA reported": two adjacent subjects are one phrase
    left = head.left_edge.i
    for sib in sorted(siblings, key=lambda x: -x.i):
        if sib.dep_ == head.dep_ and sib.i < head.i and sib.right_edge.i == left - 1 \
                and head.dep_ in ("nsubj", "nsubjpass"):
            start = sib.left_edge.i
            if not (sib.text == "-" and not sib.whitespace_ and sib.i > 0
                    and not doc[sib.i - 1].whitespace_):
                break
            # "The company's vice-president, X": the parser made "vice", "-" and "president"
            # three subjects; the hyphened word and its possessor are one phrase
            left = start
    children = kids(head)
    for child in children:
        if child.i > head.i:
            break
        if child.dep_ in ("punct", "cc", "preconj") and child.i == head.left_edge.i:
            continue
        start = min(start, child.left_edge.i)
    end = head.i + 1
    # "State news agency SANA quoted": the name parsed as a second subject right after
    for sib in siblings:
        if sib.dep_ == head.dep_ and sib.i > head.i and sib.left_edge.i == head.i + 1 \
                and sib.pos_ == "PROPN" and head.dep_ in ("nsubj", "nsubjpass") \
                and head.pos_ == "NOUN":
            end = sib.right_edge.i + 1
    for child in children:
        if child.i < head.i:
            continue
        if child.dep_ == "appos" and child.left_edge.i == head.i + 1 and child.pos_ == "PROPN":
            end = max(end, child.right_edge.i + 1)  # "the Iranian news agency IRNA"
            continue
        if child.text == "-" and child.i == end and not doc[child.i - 1].whitespace_ \
                and not child.whitespace_ and child.i + 1 < len(doc) \
                and doc[child.i + 1].pos_ == "PROPN" and doc[child.i + 1].head.i == head.i:
            # "Babajide Sanwo-Olu": the parser can hang a hyphened surname's second half on
            # the first as an appositive
            end = doc[child.i + 1].right_edge.i + 1
            continue
        if child.dep_ == "cc" and child.lower_ in ("and", "&") and child.i == end \
                and head.text[:1].isupper() and head.pos_ == "PROPN":
            conj = next((c for c in children if c.dep_ == "conj" and c.i > child.i), None)
            if conj is not None and conj.lower_ in _STATE_BODY_HEADS \
                    and conj.left_edge.i == child.i + 1 \
                    and all(doc[x].text[:1].isupper() or doc[x].text == "-"
                            for x in range(child.i + 1, conj.i + 1)):
                # "The Ethics and Anti-Corruption Commission said": one body's name over its
                # "and", which the parser reads as two subjects
                end = conj.i + 1
                break
        if child.dep_ in _CUT_DEPS or child.is_punct:
            break
        if _seen_by(child):
            break  # "letters seen by Reuters": the outlet saw them; it did not write them
        if child.dep_ in _CLAUSE_DEPS and (doc[child.left_edge.i - 1].text in (",", "(", "—", "–")
                                           or child.lemma_.lower() in stop_lemmas):
            break  # a non-restrictive clause, or the report itself, is not part of the name
        if child.dep_ == "prep" and child.lower_ not in _KEEP_PREPS and not (
                child.i == end and child.lower_ in _NAME_PREPOSITIONS and child.text[:1].isupper()
                and head.text[:1].isupper()
                and not _title_case_line(doc, child)):
            break  # (a capitalised one is the name's: "Surfers Against Sewage said")
        end = max(end, child.right_edge.i + 1)
    # never run across a comma (or a spaced hyphen: "says U.S. - Action News") inside it
    doc = doc.toks if isinstance(doc, DocTokens) else doc  # plain indexing from here on
    if end < len(doc) and end - 1 > head.i and doc[end - 1].text == "-" \
            and not doc[end - 2].whitespace_ and not doc[end - 1].whitespace_ \
            and doc[end].is_alpha:
        end += 1  # "Security and Co-operation": the parser left the hyphened word's tail out
    for k in range(head.i + 1, end):
        if doc[k].text in (",", ";", "(", "—", "–") or "\n" in doc[k].text \
                or doc[k].text == "-" and doc[k - 1].whitespace_:
            end = k
            break
    for k in range(head.i - 1, start - 1, -1):
        if doc[k].text in (",", ";", ")", "—", "–", '"', "“", "”", ":") or "\n" in doc[k].text:
            start = k + 1
            break
    if start > 0 and doc[start - 1].lower_ == "shadow" and "\n" not in doc[start - 1].whitespace_:
        start -= 1  # "Shadow chancellor X said": the parser may cut the title word off alone
    # "the National Emergency Management Agency (NEMA)": the acronym belongs to the name
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
            and doc[end + 1].text.isupper() and doc[end + 1].is_alpha:
        end += 3
    return _trim_span(doc, start, end)


def _inside_name(pre: list[Tok], k: int) -> bool:
    """``pre[k - 1]`` is a linking word or a folded country word inside a capitalised name
    ("Nacional del Paraguay", "Companhia Paulista de Águas"): a capitalised word stands before
    the run of such words, and a linking word never ends the name."""
    t = pre[k - 1]
    if not (t.norm in _NAME_PARTICLES_INNER and k < len(pre) or t.norm.startswith("#")):
        return False
    j = k - 1
    while j > 0 and (pre[j - 1].norm in _NAME_PARTICLES_INNER or pre[j - 1].norm.startswith("#")):
        j -= 1
    return j > 0 and pre[j - 1].shape[:1].isupper()


def _medium_of_posting(t: Token) -> bool:
    """``t`` names where something was posted, not a body: a modifier of a channel or account
    noun ("its Telegram channel", "the ministry's WeChat account") or the object of "on" after
    a posting verb or a statement ("said on Telegram", "a post on X")."""
    if t.dep_ in ("compound", "poss", "nmod") and t.head.lemma_.lower() in _POSTING_MEDIUM_NOUNS:
        return True
    return t.dep_ == "pobj" and t.head.lower_ == "on" \
        and t.head.head.lemma_.lower() in _POSTING_HEADS


def _field_of_study(toks: list[Tok], k: int) -> bool:
    """The capitalised name running on from ``toks[k]`` ends in "Studies": the country word
    before it names a field ("Institute of Southeast Asian Studies", "University of North
    Korean Studies"), not where the speaker is from. So does a lower-case field noun right
    after the country word ("a professor of North Korean studies", "an expert on Russian
    affairs"): the subject a scholar works on, not his country."""
    start = k
    while k < len(toks) and (toks[k].shape[:1].isupper() or toks[k].norm in ("and", "&")):
        if toks[k].norm == "studies":
            return True
        k += 1
    return k == start and k < len(toks) and toks[k].norm in _FIELD_NOUNS


def _joined_name_word(toks: list[Tok], k: int) -> bool:
    """``toks[k]`` is joined by "and" to a capitalised name that runs on ("Asian and Oceanian
    Affairs Bureau"): a word of that name, not a word standing alone."""
    return k + 3 < len(toks) and toks[k].shape[:1].isupper() and toks[k + 1].norm in ("and", "&") \
        and toks[k + 2].shape[:1].isupper() and toks[k + 3].shape[:1].isupper()


def _name_start(doc: Doc, end: int, lower: int) -> int:
    """Start of the capitalised name ending at token ``end``, not before token ``lower``:
    over proper nouns, joining hyphens ("Azur-Ventoux") and particles ("Van der Berg Kaas",
    "Save Our Libraries")."""
    a = end
    while a - 1 >= lower:
        t = doc[a - 1]
        joiner = (t.text in ("-", "&") and not t.whitespace_ or t.lower_ in _NAME_PARTICLES
                  or t.text in ("'", "’") and a - 2 >= lower and doc[a - 2].text.endswith(("s", "S"))
                  and not doc[a - 2].whitespace_) \
            and a - 2 >= lower and doc[a - 2].text[:1].isupper()  # "Seafarers' Union"
        if not joiner and _possessive_in_name(doc, a - 1, lower):
            joiner = True  # "Covenant Children's Hospital", "St Mary's Hospital"
        if t.is_sent_start and t.pos_ in ("ADP", "SCONJ", "CCONJ", "ADV", "PRON"):
            break  # "At Kilembe Mines Hospital, staff said": a capital that only opens the sentence
        if t.pos_ == "PROPN" or t.text[:1].isupper() and t.is_alpha and t.pos_ != "DET" or joiner:
            a -= 1
        else:
            break
    while a < end and (doc[a].lower_ in _NAME_PARTICLES and doc[a].text.islower() or doc[a].pos_ == "DET"):
        a += 1
    return a


def _product_name(ent: TokenSpan) -> bool:
    """NER's ORG is the name of a thing ("The vaccine, known as VTB-7", "a drug sold as
    Cerelta"), the object of "as" after "known", "sold", "marketed", "branded": no company
    for "the company said" to mean."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ == "as" \
        and root.head.head.lemma_.lower() in ("know", "sell", "market", "brand")


def _possessive_in_name(doc: Doc, k: int, lower: int) -> bool:
    """Token ``k`` is the "'s" of a possessive that is part of an institution's name
    ("Children's Hospital", "Women's College", "St Mary's Hospital"), not a possessor before a
    name ("Nigeria's Health Ministry"): the word before it is one of the plural people nouns
    that name such institutions, or a saint's name."""
    t = doc[k]
    if t.lower_ not in ("'s", "’s") or k - 1 < lower or doc[k - 1].whitespace_ \
            or not doc[k - 1].text[:1].isupper():
        return False
    if doc[k - 1].lower_ in _NAME_POSSESSIVES:
        return True
    return k - 2 >= lower and doc[k - 2].lower_.rstrip(".") in ("st", "saint")


def bisect_tok(doc: Doc, char: int) -> int:
    """Index of the token that starts at or after ``char``."""
    if isinstance(doc, DocTokens):
        return bisect.bisect_left(doc.starts(), char)  # the same search over the offsets, read once
    lo, hi = 0, len(doc)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc[mid].idx < char:
            lo = mid + 1
        else:
            hi = mid
    return lo

