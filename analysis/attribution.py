"""Who said it: speaker mentions, a light anaphora resolver, and actor/group placement.

Three steps, all linear in the document:

1. ``mention_at(head)`` turns a subject token into a :class:`Mention`: the noun phrase as
   written (cut before a comma, so relative clauses stay out), the person's name (a PERSON
   entity inside it or in an appositive) and the role phrase that places the person
   ("Jane Doe, a spokeswoman for the Kenyan interior ministry").
2. ``Attributor.resolve`` maps pronouns ("he", "they", "it", "one of them") and definite
   descriptions ("the ministry", "the general", "the officials") to the most recent compatible
   mention before them: gender from titles, role words and earlier pronouns; number from the
   tag; organisations answer to "it"/"they". Anything that does not resolve stays as written.
3. ``Attributor.actor`` places the resolved mention: the registry first (an alias anywhere in
   name or role), then rules: a country word (name, demonym, possessive, "Tehran-based", or
   the article's dateline) plus an institution noun gives ``<Adjective> government|military|
   media``; analysts give experts, residents give public. What cannot be placed is unknown.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from analysis.registry import ActorRegistry, Tok, tokenize
from analysis.types import UNKNOWN_ACTOR, ActorRef, Span

PRONOUNS_M = frozenset({"he", "him", "his"})
PRONOUNS_F = frozenset({"she", "her", "hers"})
PRONOUNS_PL = frozenset({"they", "them", "their"})
PRONOUNS_IT = frozenset({"it", "its"})
PRONOUNS_1ST = frozenset({"i", "we", "me", "us", "you"})
_FEMALE_WORDS = frozenset({
    "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "woman", "mrs", "ms", "miss",
    "madam", "lady", "queen", "princess", "actress", "mother", "daughter", "sister", "wife",
    "grandmother", "policewoman", "councilwoman", "anchorwoman", "dame",
})
_MALE_WORDS = frozenset({
    "spokesman", "chairman", "congressman", "businessman", "man", "mr", "sir", "lord", "king",
    "prince", "father", "son", "brother", "husband", "grandfather", "policeman", "councilman",
    "ayatollah", "sheikh",
})
# abbreviated titles, so "the general" finds "Maj. Gen. Igor Konashenkov"
_TITLE_ABBREV = {
    "gen": "general", "col": "colonel", "lt": "lieutenant", "maj": "major", "adm": "admiral",
    "sgt": "sergeant", "capt": "captain", "gov": "governor", "sen": "senator",
    "rep": "representative", "pres": "president", "cmdr": "commander", "brig": "brigadier",
    "amb": "ambassador", "prof": "professor", "dr": "doctor",
}
_OUTLET_HEADS = frozenset({"agency", "newspaper", "broadcaster", "channel", "network", "outlet",
                           "daily", "station", "paper", "website", "television", "tv", "radio"})
_ORG_HEADS = frozenset({"ministry", "government", "agency", "department", "embassy", "office",
                        "military", "army", "navy", "council", "commission", "committee",
                        "administration", "authority", "authorities", "company", "group",
                        "organization", "organisation", "party", "coalition", "alliance",
                        "kremlin", "pentagon", "parliament", "cabinet", "regime", "command",
                        "force", "forces", "service", "services", "media", "statement",
                        "court", "police", "union", "institute", "newspaper", "broadcaster",
                        "channel", "network", "outlet", "daily", "station", "website"})
_DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those"})
_MENTION_DEPS = frozenset({"nsubj", "nsubjpass"})
_CUT_DEPS = frozenset({"appos", "relcl", "acl", "punct", "advmod", "cc", "conj", "parataxis"})
_KEEP_PREPS = frozenset({"for", "of", "at", "with", "from", "in", "to", "on"})


@dataclass
class Mention:
    """A speaker mention as written, with its name and role if the sentence gives them."""

    start: int
    end: int
    head: int  # token index of the head
    text: str
    kind: str  # 'pronoun' | 'definite' | 'name' | 'np'
    name: Span | None = None  # a PERSON name inside the mention or in its appositive
    role: Span | None = None  # the role phrase ("a spokeswoman for the Kenyan interior ministry")
    plural: bool = False
    gender: str | None = None
    is_org: bool = False
    head_lemma: str = ""
    words: frozenset[str] = field(default_factory=frozenset)

    @property
    def span(self) -> Span:
        return (self.start, self.end)


@dataclass
class Resolved:
    """A mention and what it refers to (``antecedent`` is ``mention`` when nothing resolves)."""

    mention: Mention
    antecedent: Mention
    actor: ActorRef


def _words(text: str) -> frozenset[str]:
    out = set()
    for t in tokenize(text):
        out.add(t.norm)
        out.add(_TITLE_ABBREV.get(t.norm, t.norm))
        if t.norm.endswith("s") and len(t.norm) > 3:
            out.add(t.norm[:-1])
    return frozenset(out)


def _trim_span(doc: Doc, i: int, j: int) -> tuple[int, int]:
    """Token range [i, j) without leading/trailing punctuation, quotes and spaces."""
    while i < j and (doc[i].is_punct or doc[i].is_space) and doc[i].text not in ("(",):
        i += 1
    while j > i and (doc[j - 1].is_punct or doc[j - 1].is_space) and doc[j - 1].text != ".":
        j -= 1
    # a lone trailing period belongs to an abbreviation only ("Jr.", "Gen."): keep it then
    if j > i and doc[j - 1].text == "." and (j - 1 == i or doc[j - 1].whitespace_ == ""
                                             and not doc[j - 2].text.isupper()):
        j -= 1
    return i, j


def np_token_range(doc: Doc, head: Token) -> tuple[int, int]:
    """The noun phrase of ``head`` as a token range, cut before commas/relative clauses."""
    start = head.i
    # "The Iranian news agency IRNA reported": two adjacent subjects are one phrase
    for sib in head.head.children:
        if sib.dep_ == head.dep_ and sib.i < head.i and sib.right_edge.i == head.left_edge.i - 1 \
                and head.dep_ in ("nsubj", "nsubjpass"):
            start = sib.left_edge.i
    for child in head.lefts:
        if child.dep_ in ("punct", "cc", "preconj") and child.i == head.left_edge.i:
            continue
        start = min(start, child.left_edge.i)
    end = head.i + 1
    for child in head.rights:
        if child.dep_ == "appos" and child.left_edge.i == head.i + 1 and child.pos_ == "PROPN":
            end = max(end, child.right_edge.i + 1)  # "the Iranian news agency IRNA"
            continue
        if child.dep_ in _CUT_DEPS or child.is_punct:
            break
        if child.dep_ == "prep" and child.lower_ not in _KEEP_PREPS:
            break
        end = max(end, child.right_edge.i + 1)
    # never run across a comma inside the phrase
    for k in range(head.i + 1, end):
        if doc[k].text in (",", ";", "(", "—", "–") or "\n" in doc[k].text:
            end = k
            break
    for k in range(head.i - 1, start - 1, -1):
        if doc[k].text in (",", ";", ")", "—", "–", '"', "“", "”") or "\n" in doc[k].text:
            start = k + 1
            break
    return _trim_span(doc, start, end)


def _person_entity(doc: Doc, i: int, j: int) -> Span | None:
    for ent in doc.ents:  # few entities per doc; callers pass short ranges
        if ent.label_ == "PERSON" and ent.start >= i and ent.end <= j:
            return (ent.start_char, ent.end_char)
    return None


class Attributor:
    """Speaker mentions, their antecedents and actors for one document."""

    def __init__(self, doc: Doc, registry: ActorRegistry, in_quote: list[bool],
                 paragraph_of: list[int], default_country: str | None = None) -> None:
        self.doc = doc
        self.registry = registry
        self.rules = registry.rules
        self.in_quote = in_quote
        self.paragraph_of = paragraph_of
        self.default_country = default_country
        self._person_ents: dict[int, tuple[int, int, int, int]] = {}  # token -> ent range
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                for k in range(ent.start, ent.end):
                    self._person_ents[k] = (ent.start, ent.end, ent.start_char, ent.end_char)
        self._org_ent_tokens: set[int] = set()
        for ent in doc.ents:
            if ent.label_ in ("ORG", "NORP", "GPE", "FAC"):
                self._org_ent_tokens.update(range(ent.start, ent.end))
        self._mentions: dict[int, Mention] = {}
        self.history: list[Resolved] = []  # resolved subject mentions in text order
        self._names: dict[str, Resolved] = {}  # last name -> the fullest mention of that person
        self._gender: dict[str, str] = {}  # last name -> learned gender
        self._actor_cache: dict[tuple[int, int], ActorRef] = {}

    # ---------------------------------------------------------------- mentions
    def mention_at(self, head: Token) -> Mention:
        """The mention headed by ``head`` (cached)."""
        m = self._mentions.get(head.i)
        if m is None:
            m = self._build_mention(head)
            self._mentions[head.i] = m
        return m

    def mention_range(self, i: int, j: int) -> Mention:
        """A mention over an explicit token range (dash and colon attributions)."""
        i, j = _trim_span(self.doc, i, j)
        if j <= i:
            j = i + 1
        span = self.doc[i:j]
        return self.mention_at(span.root)

    def _build_mention(self, head: Token) -> Mention:
        doc = self.doc
        low = head.lower_
        if head.pos_ == "PRON" or low in PRONOUNS_M | PRONOUNS_F | PRONOUNS_PL | PRONOUNS_IT:
            # "one of them": the pronoun inside decides
            i, j = head.i, head.i + 1
            if low in ("one", "some", "many", "several", "two", "three", "each", "both",
                       "none", "most", "all"):
                i, j = np_token_range(doc, head)
            return self._finish(Mention(doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text), head.i,
                                        doc[i:j].text, "pronoun", plural=low in PRONOUNS_PL,
                                        gender="m" if low in PRONOUNS_M else
                                        "f" if low in PRONOUNS_F else None,
                                        head_lemma=low), i, j, head)
        i, j = np_token_range(doc, head)
        if head.lower_ in ("one", "some", "two", "three", "several", "many", "each") \
                and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            kind = "pronoun"
        elif any(t.pos_ == "PROPN" or t.i in self._person_ents or t.i in self._org_ent_tokens
                 for t in doc[i:j]):
            kind = "name"
        elif doc[i].lower_ in _DEFINITE_DETS and not self.registry.countries.find(doc[i:j].text):
            kind = "definite"
        else:
            kind = "np"
        m = Mention(doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text), head.i, doc[i:j].text, kind,
                    plural=head.tag_ in ("NNS", "NNPS"), head_lemma=head.lemma_.lower())
        return self._finish(m, i, j, head)

    def _finish(self, m: Mention, i: int, j: int, head: Token) -> Mention:
        doc = self.doc
        # name: a PERSON inside, else in an appositive; role: the rest / the appositive
        name = None
        for k in range(i, j):
            if k in self._person_ents:
                s, e, cs, ce = self._person_ents[k]
                name = (cs, ce)
                break
        if name is None and head.pos_ == "PROPN" and head.i < j:
            # "Foreign Ministry spokeswoman Leila Moradi": a capitalised run after a role noun
            # is a name even when NER calls it an organisation
            a = head.i
            while a - 1 >= i and doc[a - 1].pos_ == "PROPN":
                a -= 1
            if a - 1 >= i and doc[a - 1].pos_ == "NOUN" and doc[a - 1].text.islower() \
                    and head.ent_type_ not in ("GPE", "NORP") \
                    and self.registry.match(doc[a:head.i + 1].text) is None:
                name = (doc[a].idx, head.idx + len(head.text))
        role: Span | None = None
        appos = [c for c in head.children if c.dep_ == "appos"]
        if not appos and j < len(doc) and doc[j].text == ",":
            # "the governor of Takab county, Mohammad Reza Ebrahimi": the parser often hangs the
            # appositive on the last noun of the phrase
            appos = [c for k in range(i, j) for c in doc[k].children
                     if c.dep_ == "appos" and c.left_edge.i == j + 1]
        if not appos and head.dep_ == "appos":
            appos = [head.head]
        for a in appos:
            ai, aj = np_token_range(doc, a) if a.dep_ == "appos" else (a.i, a.i + 1)
            if a.dep_ == "appos":
                # the whole appositive phrase up to the next comma
                aj = a.right_edge.i + 1
                for k in range(a.i + 1, aj):
                    if doc[k].text in (",", ";") or "\n" in doc[k].text:
                        aj = k
                        break
                ai, aj = _trim_span(doc, a.left_edge.i, aj)
            if aj <= ai:
                continue
            ap_name = next((self._person_ents[k] for k in range(ai, aj) if k in self._person_ents),
                           None)
            if name is None and ap_name is not None:
                name = (ap_name[2], ap_name[3])
                role = (m.start, m.end)
            elif name is not None and ap_name is None:
                role = (doc[ai].idx, doc[aj - 1].idx + len(doc[aj - 1].text))
            break
        if name is not None and role is None and (name[0] > m.start or name[1] < m.end):
            role = (m.start, m.end)  # "Foreign Ministry spokeswoman Marzieh Afkham"
        m.name = name
        m.role = role
        text_all = m.text + (" " + doc.text[role[0]:role[1]] if role else "")
        m.words = _words(text_all)
        if m.gender is None:
            if m.words & _FEMALE_WORDS:
                m.gender = "f"
            elif m.words & _MALE_WORDS:
                m.gender = "m"
        m.is_org = (name is None and (m.head_lemma in _ORG_HEADS or (
            head.ent_type_ in ("ORG", "GPE", "NORP") and head.pos_ == "PROPN")))
        if m.kind == "name" and name is None and head.tag_ == "NNPS":
            m.plural = True
        return m

    # ---------------------------------------------------------------- resolution
    def _last_name(self, m: Mention) -> str | None:
        if m.name is None:
            head = self.doc[m.head]
            if m.kind == "name" and head.pos_ == "PROPN" and not m.is_org \
                    and head.ent_type_ not in ("GPE", "NORP", "ORG"):
                return head.lower_
            return None
        toks = tokenize(self.doc.text[m.name[0]:m.name[1]])
        return toks[-1].norm if toks else None

    def note(self, r: Resolved, head: Token) -> None:
        """Remember a resolved subject mention as a candidate antecedent."""
        if self.in_quote[head.i]:
            return
        self.history.append(r)
        ln = self._last_name(r.antecedent)
        if ln:
            prev = self._names.get(ln)
            if prev is None or (r.antecedent.role and not prev.antecedent.role):
                self._names[ln] = r
            if r.mention.gender and r.mention.kind == "pronoun":
                self._gender.setdefault(ln, r.mention.gender)
            elif r.antecedent.gender:
                self._gender.setdefault(ln, r.antecedent.gender)

    def _gender_of(self, m: Mention) -> str | None:
        ln = self._last_name(m)
        if ln and ln in self._gender:
            return self._gender[ln]
        return m.gender

    def _is_person(self, m: Mention) -> bool:
        if m.name is not None:
            return True
        if m.is_org or m.plural:
            return False
        return m.head_lemma not in _ORG_HEADS and (m.words & (
            self.rules.anonymous_heads | self.rules.spokesperson_heads | self.rules.person
            | self.rules.public | {"minister", "president", "governor", "general", "commander",
                                   "secretary", "mayor", "envoy", "ambassador", "chief", "head",
                                   "director", "leader", "premier", "senator", "officer"})
            != frozenset())

    def resolve(self, m: Mention, before: int) -> Mention:
        """The antecedent of ``m`` among mentions noted before char offset ``before``."""
        if m.kind == "name":
            ln = self._last_name(m)
            if ln and ln in self._names:
                prev = self._names[ln].antecedent
                if prev.start < m.start and (prev.role or prev.name and len(prev.text) > len(m.text)):
                    return prev
            return m
        if m.kind not in ("pronoun", "definite"):
            return m
        low = m.head_lemma
        if m.kind == "pronoun" and self.doc[m.head].lower_ in PRONOUNS_1ST:
            return m
        want_person = low in PRONOUNS_M | PRONOUNS_F
        want_gender = "m" if low in PRONOUNS_M else "f" if low in PRONOUNS_F else None
        want_plural_or_org = m.kind == "pronoun" and not want_person
        # "one of them" -> look for "them"
        if m.kind == "pronoun" and low not in PRONOUNS_M | PRONOUNS_F | PRONOUNS_PL | PRONOUNS_IT:
            want_plural_or_org = True
        para = self.paragraph_of[m.head]
        for r in reversed(self.history):
            a = r.antecedent
            if r.mention.start >= before or r.mention.start >= m.start:
                continue
            if para - self.paragraph_of[r.mention.head] > 4:
                break
            if a.kind == "pronoun" and a is r.mention:
                continue  # an unresolved pronoun is no antecedent
            if m.kind == "definite":
                if self._description_matches(m, a):
                    return a
                continue
            if want_person:
                if not self._is_person(a):
                    continue
                g = self._gender_of(a)
                if g and g != want_gender:
                    continue
                return a
            if low in PRONOUNS_IT:
                if a.is_org and not a.plural:
                    return a
                continue
            if want_plural_or_org and (a.plural or a.is_org) and a.name is None:
                return a
        return m

    def _description_matches(self, m: Mention, a: Mention) -> bool:
        if a is m or a.kind == "pronoun":
            return False
        head = m.head_lemma
        if head in ("statement", "report"):
            return a.kind != "definite" or a.is_org
        if head in _ORG_HEADS:
            # an institution noun refers to an institution, never to its spokesman
            if a.name is not None:
                return False
            if a.head_lemma == head or (a.is_org and head in a.words):
                return True
        elif head in a.words or head.rstrip("s") in a.words:
            return True
        if head in _OUTLET_HEADS:
            hit = self.registry.match(a.text)
            return hit is not None and hit[0].kind == "outlet"
        if head in ("ministry", "department", "government", "military", "army"):
            hit = self.registry.match(a.text)
            return hit is not None and hit[0].kind in ("institution", "state") \
                and head in _words(hit[0].actor)
        return False

    # ---------------------------------------------------------------- placement
    def actor(self, m: Mention) -> ActorRef:
        key = (m.start, m.end)
        ref = self._actor_cache.get(key)
        if ref is None:
            ref = self._place(m)
            self._actor_cache[key] = ref
        return ref

    def _place(self, m: Mention) -> ActorRef:
        doc_text = self.doc.text
        reg = self.registry
        name = doc_text[m.name[0]:m.name[1]] if m.name else None
        role = doc_text[m.role[0]:m.role[1]] if m.role else None
        if m.kind == "pronoun" and self.doc[m.head].lower_ in PRONOUNS_1ST:
            return UNKNOWN_ACTOR
        anonymous = self._anonymous(m)
        # a known person's registry entry wins
        for text in (name, m.text):
            if not text:
                continue
            hit = reg.match(text)
            if hit and (hit[0].kind == "person" or text is m.text):
                e = hit[0]
                actor = name if (name and e.kind != "person") else e.actor
                if e.kind != "person" and name is None and m.head_lemma in self.rules.anonymous_heads:
                    actor = _strip_det(m.text)  # "a State Department official", not the department
                if e.kind == "person" or name is None or not role:
                    return ActorRef(actor, e.group, e.group_country, e.group_type,
                                    e.anonymous or anonymous, "registry")
                break
        if role:
            hit = reg.match(role)
            if hit:
                e = hit[0]
                placed = self._rule(role + " " + m.text)
                if placed and placed[0] in ("person", "public") and e.kind != "outlet":
                    pass  # "an analyst at the Brookline Institute": the role, not the employer
                else:
                    return ActorRef(name or e.actor, e.group, e.group_country, e.group_type,
                                    e.anonymous or anonymous, "registry")
        text = (role + " " + m.text) if role else m.text
        placed = self._rule(text)
        if placed is None:
            if m.kind == "name" and name is None and self.doc[m.head].ent_type_ == "ORG":
                org = self._organisation(m)
                if org:
                    return org
            return ActorRef(name or m.text, "unknown", None, "unknown", anonymous, "unknown") \
                if (name or m.kind != "pronoun") else UNKNOWN_ACTOR
        gtype, country = placed
        actor = name or _strip_det(m.text)
        return self._make(actor, gtype, country, anonymous)

    def _make(self, actor: str, gtype: str, country: str | None, anonymous: bool) -> ActorRef:
        adj = self.registry.countries.adjective(country)
        if gtype in ("person", "public"):
            noun = "experts" if gtype == "person" else "public"
            group = f"{adj} {noun}" if adj else noun.capitalize()
            return ActorRef(actor, group, country if adj else None, gtype, anonymous, "rule")
        if adj is None:
            return ActorRef(actor, "unknown", None, "unknown", anonymous, "rule")
        return ActorRef(actor, f"{adj} {gtype}", country, gtype, anonymous, "rule")

    def _organisation(self, m: Mention) -> ActorRef | None:
        words = _words(m.text)
        if words & self.rules.organisation:
            return ActorRef(_strip_det(m.text), _strip_det(m.text), None, "organisation",
                            False, "rule")
        return None

    def _rule(self, text: str) -> tuple[str, str | None] | None:
        """(group_type, country) for a mention/role text by the word lists, or None."""
        raw = tokenize(text)
        toks, codes = self.registry.countries.fold(raw)
        country = codes[0] if codes else None
        if country is None:
            country = self.registry.countries.city(text)  # "a Tehran-based analyst"
        norms = [t.norm for t in toks]
        phrases = _phrases(norms)
        r = self.rules
        head = _head_word(norms)
        gtype: str | None = None
        if head in r.person:
            gtype = "person"
        elif head in r.public:
            gtype = "public"
        elif phrases & r.media and self._is_media(phrases):
            gtype = "media"
        elif phrases & r.military and self._is_military(norms, phrases):
            gtype = "military"
        elif phrases & r.government:
            gtype = "government"
        elif phrases & r.person:
            gtype = "person"
        elif phrases & r.public:
            gtype = "public"
        if gtype is None:
            # a bare country word as speaker ("Turkey said", "the French") is its government
            if country and all(n.startswith("#") or n in ("the", "s") for n in norms):
                return "government", country
            return None
        if country is None and gtype in ("government", "military", "media"):
            country = self.default_country
        if country is None and gtype in ("person", "public"):
            country = self.default_country
        return gtype, country

    def _is_media(self, phrases: frozenset[str]) -> bool:
        hits = phrases & self.rules.media
        if hits <= {"agency", "agencies"} and phrases & self.rules.non_media_agency:
            return False
        return not (hits <= {"news"} and not phrases & {"agency", "outlet", "site"})

    def _is_military(self, norms: list[str], phrases: frozenset[str]) -> bool:
        hits = phrases & self.rules.military
        if hits <= {"general", "gen"}:
            for k, n in enumerate(norms):
                if n in ("general", "gen") and k > 0 and norms[k - 1] in self.rules.civil_general:
                    return False
        return True

    def _anonymous(self, m: Mention) -> bool:
        if m.name is not None:
            return False
        if m.kind == "pronoun":
            return False
        words = _words(m.text)
        r = self.rules
        head = m.head_lemma
        if head in r.spokesperson_heads or words & {"spokesman", "spokeswoman", "spokesperson"}:
            return False
        if m.kind == "name" and head not in r.anonymous_heads:
            return False
        return head in r.anonymous_heads or self.doc[m.head].lower_ in r.anonymous_heads

    def resolved(self, m: Mention, before: int) -> Resolved:
        ante = self.resolve(m, before)
        if ante is not m and m.kind == "pronoun" or ante is not m:
            actor = self.actor(ante)
        else:
            actor = self.actor(m)
        return Resolved(m, ante, actor)


def _strip_det(text: str) -> str:
    low = text.lower()
    for det in ("the ", "a ", "an "):
        if low.startswith(det):
            return text[len(det):]
    return text


def _phrases(norms: list[str]) -> frozenset[str]:
    """Unigrams, bigrams and trigrams of the normalised words."""
    out = set(norms)
    for k in range(len(norms) - 1):
        out.add(norms[k] + " " + norms[k + 1])
        if k + 2 < len(norms):
            out.add(norms[k] + " " + norms[k + 1] + " " + norms[k + 2])
    return frozenset(out)


def _head_word(norms: list[str]) -> str | None:
    """The head noun of a phrase: the last word before a preposition."""
    head = None
    for n in norms:
        if n in _KEEP_PREPS or n in ("by", "who", "which"):
            break
        head = n
    return head


def default_country(registry: ActorRegistry, text: str, paragraphs: list[Span]) -> str | None:
    """The country of the article's dateline ("NAIROBI —", "TEHRAN (Fars) -"), if any."""
    from analysis.nlp import _DATELINE

    for s, _e in paragraphs[:4]:
        m = _DATELINE.match(text, s)
        if m:
            code = registry.countries.city(text[s:m.end()])
            if code:
                return code
    return None


__all__ = ["Attributor", "Mention", "Resolved", "default_country", "np_token_range", "Tok"]
