"""One label per organisation name in an article.

The small English model labels the same company differently from sentence to sentence:
"Stellantis" is ORG in "Stellantis shares", LOC in "A Stellantis spokesperson" and nothing at
all at the start of the headline and the lead ("Stellantis cut its forecast"). A reader knows
it is one company throughout ("one sense per discourse"), and the attribution rules need it
to be one: a spokesperson of a place, or an "It" whose antecedent is no body, are placed
wrongly. :func:`consistent_organisations` returns a copy of the parsed article in which a
name the model labels ORG at least twice, and more often than anything else, is ORG
everywhere it is written as a proper noun, unless it is a country or city (``is_place``).
People are never relabelled: a surname can also be a company's name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

# labels a company name is mistaken for; PERSON is left alone (see the module note)
_RELABEL = frozenset({"LOC", "GPE", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})


def _key(span: TokenSpan) -> str:
    words = [t.text for t in span]
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words)


# words of an amount the model sometimes runs into a name ("EU fines Apple 1.8 billion euros"
# gives the organisation "Apple 1.8 billion")
_AMOUNT_WORDS = frozenset({"million", "billion", "trillion", "bn", "mn"})


def _trimmed(ent: TokenSpan) -> TokenSpan:
    """An ORG span without the amount the model ran into it."""
    end = ent.end
    while end > ent.start + 1 and (ent.doc[end - 1].like_num
                                   or ent.doc[end - 1].lower_ in _AMOUNT_WORDS):
        end -= 1
    if not any(t.lower_ in _AMOUNT_WORDS for t in ent.doc[end:ent.end]):
        return ent  # a number is part of a name ("Cesko 2030", "France 24") unless an amount
    return TokenSpan(ent.doc, ent.start, end, label=ent.label_)


def consistent_organisations(doc: Doc, is_place: Callable[[str], bool]) -> Doc:
    """``doc`` itself when its organisation labels agree, else a copy whose entities give
    each organisation name one label (see the module note) and no organisation name ends in
    an amount. Offsets are unchanged."""
    ents0 = list(doc.ents)
    trimmed = [_trimmed(e) if e.label_ == "ORG" else e for e in ents0]
    labels: dict[str, Counter] = {}
    for ent in trimmed:
        labels.setdefault(_key(ent), Counter())[ent.label_] += 1
    orgs = {}
    for key, c in labels.items():
        n_org = c.get("ORG", 0)
        if key and n_org >= 2 and n_org > sum(c.values()) - n_org and not is_place(key):
            orgs[key] = tuple(key.split(" "))
    ents = trimmed
    changed = any(a.end != b.end for a, b in zip(trimmed, ents0, strict=True))
    if not orgs and not changed:
        return doc
    out: list[TokenSpan] = []
    for ent in ents:
        if ent.label_ in _RELABEL and _key(ent) in orgs:
            out.append(TokenSpan(doc, ent.start, ent.end, label="ORG"))
            changed = True
        else:
            out.append(ent)
    taken = {k for e in out for k in range(e.start, e.end)}
    firsts: dict[str, list[tuple[str, ...]]] = {}
    for words in orgs.values():
        firsts.setdefault(words[0], []).append(words)
    for t in doc:
        if t.i in taken or t.pos_ != "PROPN" or t.text not in firsts:
            continue
        for words in sorted(firsts[t.text], key=len, reverse=True):
            end = t.i + len(words)
            if end <= len(doc) and tuple(x.text for x in doc[t.i:end]) == words \
                    and not any(k in taken for k in range(t.i, end)):
                out.append(TokenSpan(doc, t.i, end, label="ORG"))
                taken.update(range(t.i, end))
                changed = True
                break
    if not changed:
        return doc
    copy = doc.copy()
    copy.ents = sorted((TokenSpan(copy, e.start, e.end, label=e.label_) for e in out),
                       key=lambda e: e.start)
    return copy
