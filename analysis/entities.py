"""The people of one article: every name the text gives a person, merged by identity.

News copy names a person in full once, usually with a description ("Mwila Banda, who heads
the Zambia National Farmers Union", "Anna Lindqvist is chief executive of Nordvatten"), and
afterwards by surname alone ("Banda said"). Where a speaker's own words place nobody, the
placement rules ask this table what the article says about that person anywhere else.

One pass over the named entities builds it (outside quotes only: a quoted name is the
speaker's, not the article's), so every rule that asks "who else in the text has this name"
uses one key (:func:`surname_key`) and one notion of who counts as a person:

- a PERSON entity;
- an entity NER labels ORG but the article itself treats as a person: a ``who`` clause
  hangs on it ("Mwila Banda, who heads ..."), or the same words are labelled PERSON elsewhere;
- but not a name the article shows to be a body's: it owns what only a company has
  ("Ledgerline's revenue"), a "which" clause or a definite body noun in apposition hangs on
  it ("Kaimoana Tahi, which represents quota owners", "Te Waka Ika, the trust that ...");
  those are in ``companies``.

For each identity the table keeps the mentions (text order) and the descriptions the
article states in a clause of their own rather than next to a speaker: "X is/was/became
(the) ROLE of Y", "X serves as ROLE". Placement of a description stays with the attribution
rules (``Attributor._profile``); this module only finds the words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from analysis.registry import tokenize
from analysis.types import Span

# verbs that state what a person is: "X is the chief executive of Y", "X became mayor in 2019"
_COPULAS = frozenset({"be", "become", "remain"})
_PERSON_RELATIVES = frozenset({"who", "whom"})
_BODY_RELATIVES = frozenset({"which"})


def surname_key(text: str) -> str | None:
    """The identity key of a person name: its last word, normalised as the registry does
    ("Hossein Rahimi-Nejad" and "Rahimi-Nejad" both -> "nejad"; "Dr. Keller" -> "keller")."""
    toks = tokenize(text)
    while len(toks) > 1 and toks[-1].norm.rstrip(".") in _NAME_SUFFIXES:
        toks = toks[:-1]  # "Ferdinand Marcos Jr." is Marcos
    return toks[-1].norm if toks else None


# generational suffixes after a surname
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def relative_pronoun(head: Token) -> str | None:
    """The relative pronoun of a non-restrictive clause on ``head`` ("X, which/who ...")."""
    for c in head.children:
        if c.dep_ == "relcl" and c.i > head.i:
            for g in c.children:
                if g.dep_ in ("nsubj", "nsubjpass") and g.tag_ in ("WDT", "WP"):
                    return g.lower_
    return None


def appositive_noun(head: Token) -> str | None:
    """The lemma of a common noun in apposition with an article ("the trust" in "Te Waka Ika,
    the trust that manages ...", "a coalition" in "Climate Action Network, a coalition of
    ..."), or None."""
    for c in head.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > head.i and any(
                d.dep_ == "det" and (d.lower_ == "the" or d.lower_ in ("a", "an")
                                     and head.ent_type_ != "PERSON")
                for d in _determiners_of(c)):
            # ("Gary Pickering, 47, a kiln operator": a person with a job, not a body)
            return c.lemma_.lower()
    return None


def _determiners_of(noun: Token) -> list[Token]:
    """The noun's own articles, or those of the members' possessive before it ("the" of "the
    passengers' association" belongs to "passengers'")."""
    dets = [d for d in noun.children if d.dep_ == "det"]
    for p in noun.children:
        if p.dep_ == "poss" and p.pos_ == "NOUN" and any(x.dep_ == "case" for x in p.children):
            dets += [d for d in p.children if d.dep_ == "det"]
    return dets


def _owned_words(noun: Token) -> set[str]:
    """The lemmas of what a possessor owns: "sales figures" -> {"figure", "sale"}."""
    return {noun.lemma_.lower()} | {c.lemma_.lower() for c in noun.children if c.dep_ == "compound"}


@dataclass
class PersonEntity:
    """One person the article names: the entity mentions (text order) and the descriptions
    the article states about them in clauses of their own (character spans)."""

    key: str
    mentions: list[TokenSpan] = field(default_factory=list)
    descriptions: list[Span] = field(default_factory=list)

    @property
    def full_names(self) -> set[str]:
        """The spellings of two words or more ("Anna Lindqvist"; not "Lindqvist")."""
        return {e.text for e in self.mentions if len(e) >= 2}


class EntityTable:
    """The people of one Doc, by :func:`surname_key`, built in one pass.

    ``in_quote[i]`` tells whether token ``i`` is inside a quotation; ``ents`` is the Doc's
    entity list (passed in, as spaCy builds new spans on every ``doc.ents``).
    """

    def __init__(self, doc: Doc, ents: list[TokenSpan], in_quote: list[bool],
                 toks: list[Token] | None = None,
                 company_possessions: frozenset[str] = frozenset(),
                 body_nouns: frozenset[str] = frozenset(),
                 is_place: Callable[[str], bool] = lambda text: False,
                 org_like: Callable[[TokenSpan], bool] = lambda ent: False,
                 titles: frozenset[str] = frozenset(),
                 office_nouns: frozenset[str] = frozenset()) -> None:
        toks = list(doc) if toks is None else toks
        # names NER labels a person or a place that the article shows to be a body's: they
        # own what only a company has ("Ledgerline's revenue", "Brenwick's shareholders"),
        # a "which" clause hangs on them ("Kaimoana Tahi, which represents quota owners"), or
        # a definite body noun stands in apposition ("Te Waka Ika, the trust that ...")
        self.company_names: set[str] = {
            e.text for e in ents
            if e.label_ in ("PERSON", "GPE") and not in_quote[e.start] and not is_place(e.text)
            and (e.root.dep_ == "poss" and _owned_words(e.root.head) & company_possessions
                 or relative_pronoun(e.root) in _BODY_RELATIVES
                 or appositive_noun(e.root) in body_nouns)}
        self.companies: list[TokenSpan] = [e for e in ents if e.text in self.company_names
                                           and not in_quote[e.start]]
        person_words = {e.text for e in ents if e.label_ == "PERSON"}
        org_starts = {e.start: e for e in ents if e.label_ == "ORG"}
        self.people: dict[str, PersonEntity] = {}
        self.person_ents: list[TokenSpan] = []  # text order, outside quotes
        for ent in ents:
            if in_quote[ent.start] or ent.text in self.company_names \
                    or not self._is_person(ent, toks, person_words, org_starts, org_like, titles,
                                           office_nouns):
                continue
            key = surname_key(ent.text)
            if key is None:
                continue
            self.person_ents.append(ent)
            self.people.setdefault(key, PersonEntity(key)).mentions.append(ent)
        # family name first: a lone "Park" with no full name of its own is the one person
        # whose full name starts with it and ends in a hyphenated given name ("Park
        # Sung-woo", the romanised Korean order); both keys name one entity. (A lone first
        # name, "Karen" for "Karen Harrington", is left alone: in the generated corpus it
        # carried the full mention's misplacements more often than it helped.)
        for key, lone in list(self.people.items()):
            if lone.full_names:
                continue
            firsts = {id(p): p for p in self.people.values() if any(
                len(e) >= 2 and "-" in e.text.split()[-1] and (t := tokenize(e.text))
                and t[0].norm == key for e in p.mentions)}
            if len(firsts) == 1:
                owner = next(iter(firsts.values()))
                owner.mentions = sorted(owner.mentions + lone.mentions, key=lambda e: e.start)
                self.people[key] = owner
        # entities NER labelled otherwise that the article shows to be people
        self.relabelled: list[TokenSpan] = [e for e in self.person_ents if e.label_ != "PERSON"]
        self.full_persons: list[TokenSpan] = [e for e in self.person_ents if len(e) >= 2]
        self.surnames: frozenset[str] = frozenset(
            k for k, p in self.people.items() if any(len(e) >= 2 for e in p.mentions))
        for person in {id(p): p for p in self.people.values()}.values():  # one per identity
            for ent in person.mentions:
                span = self._stated_role(ent, toks, in_quote)
                if span is not None:
                    person.descriptions.append(span)
            if person.mentions:
                span = self._next_sentence_role(person.mentions[0], doc, toks, in_quote, titles)
                if span is not None:
                    person.descriptions.append(span)

    @staticmethod
    def _is_person(ent: TokenSpan, toks: list[Token], person_words: set[str],
                   org_starts: dict[int, TokenSpan], org_like: Callable[[TokenSpan], bool],
                   titles: frozenset[str] = frozenset(),
                   office_nouns: frozenset[str] = frozenset()) -> bool:
        if ent.label_ == "PERSON":
            return True
        if ent.label_ != "ORG" or not 2 <= len(ent) <= 4 \
                or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in ent):
            return False  # "the Zambia National Farmers Union", "NEMA": no person's name
        if ent.text in person_words:
            return True  # "Mwila Banda" is labelled PERSON elsewhere in the text
        if org_like(ent):
            return False  # "Tallis Ceramics", "KV Scheldeland"
        if ent.start > 0 and toks[ent.start - 1].text[:1].isupper() \
                and toks[ent.start - 1].lower_.rstrip(".") in titles:
            return True  # "Governor Shaktikanta Das": a capitalised title heads a person's name
        k = ent.end
        if k + 1 < len(toks) and toks[k].lower_ in ("of", "from") and ent.root.i == ent.end - 1:
            k += 1
            k += toks[k].lower_ == "the"
            while k < len(toks) and toks[k].pos_ == "ADJ" and toks[k].text.islower():
                k += 1  # "of the opposition Progressive Alliance"
            while k < len(toks) and toks[k].pos_ == "NOUN" and toks[k].text.islower():
                k += 1
            if k in org_starts or k - 1 in org_starts and toks[k - 1].lower_ == "the":
                # "Kehinde Adewale of the opposition Progressive Alliance": a name of two
                # plain words "of" a named body is a member of it, not a second body
                return True
        if ent.end + 1 < len(toks) and toks[ent.end].text == "," and any(
                c.dep_ == "appos" and c.i == ent.end + 1 and c.lower_ in office_nouns
                and c.pos_ == "NOUN" and not any(d.dep_ in ("det", "poss") for d in c.children)
                for c in ent.root.children):
            # "Ama Owusu, director of the Lands Commission": an office written with no
            # article right after the name is a person's post (a body is "X, the regulator")
            return True
        # "Mwila Banda, who heads the union": only a person is a "who"
        return relative_pronoun(ent.root) in _PERSON_RELATIVES and ent.end < len(toks) \
            and toks[ent.end].text == ","

    @staticmethod
    def _stated_role(ent: TokenSpan, toks: list[Token], in_quote: list[bool]) -> Span | None:
        """'chief executive of Nordvatten' in "Anna Lindqvist is chief executive of
        Nordvatten": the predicate noun phrase of a copula whose subject is the name."""
        root = ent.root
        verb = root.head
        if root.dep_ != "nsubj" or verb.lemma_.lower() not in _COPULAS or in_quote[verb.i]:
            return None
        attr = next((c for c in verb.children if c.dep_ == "attr" and c.i > verb.i
                     and c.pos_ == "NOUN"), None)
        if attr is None:
            return None
        a = attr.left_edge.i
        b = attr.right_edge.i + 1
        for k in range(attr.i + 1, b):
            if toks[k].text in (",", ";", "(", "—", "–") or in_quote[k]:
                b = k  # the role, not what the sentence adds about the employer
                break
        return (toks[a].idx, toks[b - 1].idx + len(toks[b - 1].text))

    @staticmethod
    def _next_sentence_role(ent: TokenSpan, doc: Doc, toks: list[Token], in_quote: list[bool],
                            titles: frozenset[str]) -> Span | None:
        """'two-term governor of Ogun State' in "Babatunde Adeyemi likes to say he learned
        politics in a market. The two-term governor of Ogun State, now the front-runner ...,
        still visits ...": a feature names a person as the subject of one sentence and opens
        the next with a definite title noun phrase for her (elegant variation); the title, up
        to its first comma, when the person's first mention is a subject and names no role."""
        root = ent.root
        if root.dep_ != "nsubj" or root.head.dep_ != "ROOT" or in_quote[ent.start] \
                or ent.end < len(toks) and toks[ent.end].text == ",":
            return None  # (a name with an appositive has its role there)
        sent = toks[ent.start].sent
        if sent.end >= len(toks):
            return None
        nxt = toks[sent.end].sent
        first = toks[nxt.start]
        subj = next((c for c in nxt.root.children if c.dep_ == "nsubj"), None)
        if first.text != "The" or subj is None or subj.pos_ != "NOUN" \
                or subj.left_edge.i != nxt.start or in_quote[nxt.start] \
                or "\n" in doc.text[toks[sent.end - 1].idx:first.idx]:
            return None  # (the next sentence of the same paragraph only)
        b = nxt.start + 1
        while b < nxt.end and toks[b].text not in (",", ";", "(", "—", "–") and b <= subj.right_edge.i:
            b += 1
        span = toks[nxt.start + 1:b]
        if not span or not any(t.lower_ in titles for t in span) \
                or any(t.ent_type_ == "PERSON" for t in span):
            return None
        return (span[0].idx, span[-1].idx + len(span[-1].text))

    def person(self, key: str) -> PersonEntity | None:
        """The one person of that surname, or None when the text names none or two."""
        p = self.people.get(key)
        if p is None or len(p.full_names) > 1:
            return None
        return p
