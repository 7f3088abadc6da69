"""Short names for the noun phrases that denial and accusation targets point at."""

from __future__ import annotations

from spacy.tokens import Token

_SOURCE_ENT_TYPES = frozenset({"ORG", "NORP", "GPE", "PERSON", "FAC", "LOC"})


_SOURCE_NOUNS = frozenset({
    "media", "medium", "press", "government", "official", "ministry", "intelligence",
    "pentagon", "military", "army", "state", "agency", "outlet", "newspaper", "network",
})


_NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "nummod", "det", "case"})


def np_text(tok: Token) -> str | None:
    """A short name for the noun phrase headed by ``tok`` ('the Pentagon', 'Western media')."""
    doc = tok.doc
    if tok.pos_ == "PRON" and tok.lower_ not in ("nobody", "everyone"):
        return None
    if tok.ent_type_:
        for ent in doc.ents:
            if ent.start <= tok.i < ent.end and ent.label_ in _SOURCE_ENT_TYPES:
                return strip_det(ent.text)
    start = tok.i
    for c in tok.children:
        if c.dep_ in _NP_DEPS and c.i < tok.i:
            start = min(start, c.left_edge.i)
    return strip_det(doc[start:tok.i + 1].text)


def strip_det(text: str) -> str:
    for det in ("the ", "The ", "a ", "an ", "A ", "An ", "these ", "These ", "those ", "this "):
        if text.startswith(det):
            return text[len(det):]
    return text


def named_source(noun: Token) -> str | None:
    """Whose claim a noun is: possessor, 'by/from X', or a naming modifier ('CNN reports')."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ != "PRON" and c.ent_type_ not in ("DATE", "TIME"):
            return np_text(c)
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
            for g in c.children:
                if g.dep_ == "pobj" and (c.lower_ == "by" and g.pos_ in ("NOUN", "PROPN")
                                         or g.ent_type_ in _SOURCE_ENT_TYPES or g.lemma_.lower() in _SOURCE_NOUNS
                                         or any(x.ent_type_ in _SOURCE_ENT_TYPES for x in g.children)):
                    return np_text(g)
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    if mods and any(m.ent_type_ in _SOURCE_ENT_TYPES or m.lemma_.lower() in _SOURCE_NOUNS for m in mods):
        doc = noun.doc
        last = max(mods, key=lambda m: m.i)
        return strip_det(doc[min(m.left_edge.i for m in mods):last.i + 1].text)
    return None
