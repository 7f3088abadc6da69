"""Whom a person speaks for: employers, members, officers, envoys, chapters of bodies.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from analysis.attribution.mention import Mention
from analysis.attribution.names import _strip_det
from analysis.attribution.spans import (
    _body_of_place_role,
    _name_start,
    _role_start,
    _words,
    bisect_tok,
    np_token_range,
)
from analysis.attribution.words import (
    _BODY_NOUNS,
    _ENVOY_WORDS,
    _EXECUTIVE_OFFICES,
    _GENDER_TITLES,
    _GENERIC_OFFICE_WORDS,
    _GIVEN_NAME_AS,
    _HEAD_OFFICES,
    _MANY_STATES_RE,
    _NAME_LINKS,
    _ORG_HEADS,
    _PARTY_NAME_WORDS,
    _PARTY_SIDES,
    _PERSON_TITLE_WORDS,
    _PERSONAL_ROLES,
    _SEATED_NAME_RE,
    _STAFF_NOUNS,
    _TITLE_ABBREV,
    _TITLE_WORDS,
    _UNIVERSITY_WORDS,
    _WEAK_TITLES,
    _WHOSE_BODIES,
    _WORKPLACE_RE,
)
from analysis.entities import surname_key
from analysis.registry import ActorEntry, tokenize
from analysis.types import ActorRef, Span


class Affiliation:
    """Whom a person speaks for: employers, members, officers, envoys, chapters of bodies. Mixed
    into :class:`analysis.attribution.attributor.Attributor`.
    """

    def _staff_of_short_name(self, m: Mention) -> str | None:
        """The full name of the body a staff noun's "for"/"of" object or possessor shortens
        ("a spokeswoman for Mbeki Ridge", "Lawyers for Rift Steam", "Odra's management
        board"): the object is the first words of a longer capitalised name the text gave
        before, which the registry does not know."""
        if m.name is not None or m.kind == "pronoun":
            return None
        h = self.doc[m.head]
        if h.lemma_.lower() not in _STAFF_NOUNS:
            return None
        obj = next((c for c in self.doc.kids(h) if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if obj is None:
            prep = next((c for c in self.doc.kids(h) if c.dep_ == "prep"
                         and c.lower_ in ("for", "of", "at")), None)
            obj = next((c for c in self.doc.kids(prep) if c.dep_ == "pobj"), None) if prep else None
        if obj is None or obj.pos_ != "PROPN":
            return None
        i, j = np_token_range(self.doc, obj)
        short = _strip_det(self.doc[i:j].text).removesuffix("'s").removesuffix("’s").strip()
        if not short or self.registry.match(short) is not None or self._is_country_word(short) \
                or self.registry.countries.find(short) is not None:
            return None
        for mt in re.finditer(rf"\b{re.escape(short)}((?:\s+(?:[A-Z][\w&-]*|of|de|du|do|da))+)",
                              self.text[:m.start]):
            longer = mt.group(0).rstrip()
            while longer.split()[-1] in ("of", "de", "du", "do", "da"):
                longer = longer.rsplit(None, 1)[0]
            if longer == short or self.in_quote[bisect_tok(self.doc, mt.start())]:
                continue
            k = bisect_tok(self.doc, mt.start())
            last = longer.split()[-1]
            if self.doc[k].ent_type_ == "ORG" or self._seat_before(k) \
                    or _words(longer) & (self.rules.organisation | _ORG_HEADS) \
                    or last.isupper() and len(last) >= 2:  # "Odra AGD" (NER: a person)
                return longer
        return None

    def _seated_firm_in_apposition(self, m: Mention) -> str | None:
        """The firm a description's appositive names with its seat or listing ("The tug's
        owner, Johor-based Selat Marine Services", "the mine's operator, Toronto-listed X"):
        the description is that company speaking, not an owner of the public."""
        if m.kind not in ("definite", "np") or m.name is not None or m.appos is None:
            return None
        mt = _SEATED_NAME_RE.fullmatch(self.text[m.appos[0]:m.appos[1]].strip())
        if mt is None or self._is_country_word(mt.group(1)) \
                or self.registry.match(mt.group(1)) is not None:
            return None  # (a registered body is placed by the registry below)
        return mt.group(1)

    def _party_adjective_title(self, m: Mention, name: str | None) -> ActorRef | None:
        """"The Conservative shadow foreign secretary, X", "Labour shadow chancellor X": a
        registered party's adjective opening a shadow minister's title (gold: an opposition
        front-bencher introduced by the party goes to the party). The adjective W stands for
        the party the registry knows as "W Party" (or "Ws": "Conservatives"). Only "shadow":
        a legislator introduced by party ("Democratic Senator X") is the party only in
        opposition, which the title does not say."""
        if m.kind == "pronoun" or name is None or not m.role:
            return None
        words = _strip_det(self.text[m.role[0]:m.role[1]]).split()
        if len(words) < 2 or not words[0][:1].isupper() or self.in_quote[self.doc[m.head].i]:
            return None
        rest = {w.lower().rstrip(".") for w in words[1:]}
        if "shadow" not in rest:
            return None
        for alias in (f"{words[0]} Party", f"{words[0]}s"):
            hit = self.registry.match(alias)
            if hit is None or hit[1] != (0, len(alias.split())):
                continue
            e = hit[0]
            if e.group_type == "organisation" and e.group == e.actor:
                return ActorRef(name, e.group, e.group_country, "organisation", False, "registry")
        return None

    def _employer_phrase(self, m: Mention) -> ActorRef | None:
        """The body a person's own words say she is "of" or "at" ("of the Washington-based
        Arms Control Association", "at the Konrad Adenauer Foundation in Bamako"): its name,
        placed by its name or by the city its "-based" gives."""
        text = self.text[m.start:m.end] + " " + (
            self.text[m.appos[0]:m.appos[1]] if m.appos else "")
        mt = re.search(r"\b(?:of|at)\s+(?:the\s+)?(?:([A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*)?)-based\s+)?"
                       r"((?:[A-Z][\w'’.-]*\s+)(?:(?:of|for|and|on)\s+)?(?:[A-Z][\w'’.-]*\s*)+)",
                       text)
        if mt is None:
            return None
        nm = mt.group(2).strip()
        if len(nm.split()) < 2 or self.registry.countries.find(nm, cities=False):
            return None
        seat = self.registry.countries.city(mt.group(1)) if mt.group(1) else None
        return ActorRef(nm, self._org_group(nm), self._name_country(nm) or seat,
                        "organisation", False, "rule")

    def _world_ngo_employer(self, context: str) -> ActorEntry | None:
        """The registered international non-governmental body of no country (Human Rights
        Watch, Amnesty International, MSF) that an expert's own words say he works "at" or
        is "of" ("a Sudan researcher at Human Rights Watch"), if exactly one."""
        found = {}
        for mt in re.finditer(r"\b(?:at|of|with)\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})",
                              context):
            hit = self.registry.match(mt.group(1))
            if hit is None or hit[1][0] != 0:
                continue
            e = hit[0]
            if e.kind == "institution" and e.group_type == "organisation" \
                    and e.group_country is None and e.group == e.actor:
                found[e.actor] = e
        return next(iter(found.values())) if len(found) == 1 else None

    def _workplace_country(self, context: str) -> str | None:
        """The country of the university or city an expert is said to work at ("working at
        the University of Toronto", "a lecturer at Makerere University", "based in Nairobi"),
        when the words give exactly one."""
        codes = set()
        countries = self.registry.countries
        for mt in _WORKPLACE_RE.finditer(context):
            place = mt.group(1)
            named = countries.find(place, cities=False)
            if named is not None and place not in countries.countries[named].names:
                continue  # a nationality names a field: "University of North Korean Studies"
            code = named or countries.city(place)
            if code is not None:
                codes.add(code)
        for mt in re.finditer(r"\bat\s+(?:the\s+)?([A-Z][A-Za-z]{1,8})\b", context):
            # "an oceanographer at UABC" after "the Autonomous University of Baja California
            # (UABC)": the place in what the acronym stands for
            long = self._acr_long.get(mt.group(1))
            code = countries.find(long) if long and _UNIVERSITY_WORDS & _words(long) else None
            if code is not None:
                codes.add(code)
        if not codes:
            # "a senior fellow at Chatham House", "a professor at the University of Notre
            # Dame": a listed think tank or university whose name gives no place
            seat = countries.expert_seat(context)
            if seat is not None:
                codes.add(seat)
        return codes.pop() if len(codes) == 1 else None

    def _many_state_body(self, m: Mention) -> str | None:
        """The name of a body its appositive calls a body of many states ("The Niger Basin
        Authority, the nine-country body that manages the river", "a 15-nation bloc", "an
        intergovernmental agency"): an international organisation in its own name and of no
        country, whatever country or state noun its name holds."""
        if m.kind != "name" or m.name is not None or m.appos is None \
                or self.doc[m.head].pos_ != "PROPN" or self.registry.match(m.text) is not None:
            return None
        appos = self.text[m.appos[0]:m.appos[1]]
        if not _MANY_STATES_RE.match(appos):
            return None
        return _strip_det(self.text[m.start:m.appos[0]].rstrip(" ,(—-"))

    def _generic_alias_abroad(self, e: ActorEntry, text: str, at: tuple[int, int]) -> bool:
        """Whether a registered state body was matched by a generic office name ("Foreign
        Office", "Home Office": words any state uses) in a story datelined in another country
        that never names the registered one: "PESHAWAR: Foreign Office spokesperson X told the
        weekly briefing in Islamabad" is Pakistan's Foreign Office, not Britain's (so is "the
        foreign office in Islamabad", in lower case)."""
        if e.kind != "institution" or e.group_type not in ("government", "military") \
                or self.dateline in (None, e.group_country):
            return False
        toks, _ = self.registry.countries.fold_text(text)
        alias = toks[at[0]:at[1]]
        r = self.rules
        if not alias or not all(t.norm in r.government | r.military | _GENERIC_OFFICE_WORDS
                                for t in alias) \
                or not any(t.norm in _GENERIC_OFFICE_WORDS - {"office", "department", "of", "the"}
                           for t in alias):
            return False  # ("State Department" is no portfolio any state has: the U.S.'s)
        named = getattr(self, "_codes_named", None)
        if named is None:
            named = {code for _p, _n, code, _k in self.registry.countries.scan(tokenize(self.text))}
            self._codes_named = named
        return e.group_country not in named

    def _registered_initials(self, text: str) -> tuple[ActorEntry, tuple[int, int]] | None:
        """A registered body that ``text`` names by initials the registry does not list: "AU
        envoy X", "an AU Commission spokesman" after "The African Union urged ...". The text
        named the body in full before the initials' first use, so they are its own."""
        toks, _ = self.registry.countries.fold_text(text)
        for k, t in enumerate(toks):
            if not re.fullmatch(r"[A-Z]{2,6}", t.shape):
                continue
            long = self._implied_long(t.shape)
            hit = self.registry.match(long) if long else None
            if hit is not None and hit[0].kind == "institution" \
                    and hit[1] == (0, len(tokenize(long))):
                return hit[0], (k, k + 1)
        return None

    def _body_named_after(self, m: Mention) -> str | None:
        """The name a body noun takes in apposition with no comma ("the industry body
        Australian Grape and Wine", "the charity Hilfe ohne Grenzen"), when the registry and
        the country table know no such name; else None."""
        doc = self.doc
        h = doc[m.head]
        if m.name is not None or h.pos_ != "NOUN" or not h.text.islower() \
                or h.lemma_.lower() not in _BODY_NOUNS | {"body", "group", "charity", "ngo"}:
            return None
        for c in doc.kids(h):
            if c.dep_ != "appos" or c.pos_ != "PROPN" or c.i < h.i or self.in_quote[c.i] \
                    or any(doc[x].is_punct for x in range(h.i + 1, c.left_edge.i)):
                continue
            a, b = c.left_edge.i, c.right_edge.i + 1
            b = next((k for k in range(a, b) if doc[k].text == "("), b)  # not "(CPS)"
            while b > a and (doc[b - 1].is_punct or not doc[b - 1].text[:1].isupper()):
                b -= 1
            name = doc[a:b].text
            # (a name in another language may hold its own short particles: "Hilfe ohne Grenzen")
            if b - a < 1 or not all(w[:1].isupper() or w.lower() in _NAME_LINKS or len(w) <= 4
                                    for w in name.split()) or not name[:1].isupper() \
                    or self.registry.match(name) is not None \
                    or self._is_country_word(name):
                return None
            if b - a <= 3 and all(doc[x].ent_type_ == "PERSON" for x in range(a, b)) \
                    and not self._org_like_name(a, b, h.i):
                return None  # "the company founder Ann Lee": a person
            return name
        return None

    def _country_described(self, m: Mention, sp: Span) -> bool:
        """Whether ``sp`` is only a description of a country that speaks as itself: "Spain,
        the EU's largest citrus producer, said" and "Norway, a NATO member" are the states,
        not the bodies their appositive names."""
        return sp == m.appos and m.name is None and self._is_country_word(_strip_det(m.text))

    def _bare_everywhere(self, name: str) -> bool:
        """Whether every occurrence of the full ``name`` stands bare: no comma, bracket or
        role word right after it, and before it only a sentence start, a comma, a quote mark
        or a reporting word ("Kafayat Lawal said", ", said Kafayat Lawal."); "X, a spokesman
        for ...", "Foreign Minister X" describe the person somewhere."""
        text = self.text
        found = False
        for hit in re.finditer(re.escape(name), text):
            found = True
            after = text[hit.end():hit.end() + 2].lstrip(" ")[:1]
            if after in (",", "(", "—", "-", "–") or after.isupper():
                return False
            before = text[max(0, hit.start() - 30):hit.start()].rstrip(" ")
            word = re.search(r"([\w’'.-]+)$", before)
            if not before or before[-1] in ",.\n\"“”‘’'":
                continue
            if word is None or word.group(1).lower() not in ("said", "says", "to", "and", "told",
                                                             "by", "asked", "added"):
                return False
        return found

    def _personal_associate(self, m: Mention) -> bool:
        """The role is a personal one held for a person the text names or a pronoun refers
        to: "Blake's coach", "her agent", "the sprinter's lawyer" (not "the club's coach")."""
        doc = self.doc
        for sp in (m.role, m.appos):
            span = doc.char_span(sp[0], sp[1], alignment_mode="expand") if sp else None
            for t in span or ():
                if t.dep_ != "poss" or t.head.lemma_.lower() not in _PERSONAL_ROLES:
                    continue
                if t.lower_ in ("his", "her") or t.ent_type_ == "PERSON" \
                        or t.pos_ == "PROPN" and self._surname_of_someone(t) \
                        or self._noted_person_word(t) \
                        or t.pos_ == "NOUN" and t.lemma_.lower() in self.rules.public:
                    return True
        return False

    def _noted_person_word(self, t: Token) -> bool:
        """``t`` is the surname of a person a speaker mention already named ("Reyes's agent"
        after "the filmmaker Camila Reyes", whom NER called an organisation)."""
        toks = tokenize(t.text) if t.text[:1].isupper() else []
        r = self._names.get(toks[-1].norm) if toks else None
        return r is not None and r.antecedent.name is not None and r.antecedent.start < t.idx

    def _surname_of_someone(self, t: Token) -> bool:
        """A proper noun NER left untagged that the text elsewhere gives with a first name
        ("Blake's" after "sprinter Shanice Blake"), and that is no registered actor, country
        or organisation."""
        if surname_key(t.text) in self.entities.surnames:
            return True  # (NER may call the possessive an ORG: "Rowe's coach")
        if t.ent_type_ not in ("", "PERSON") or self.registry.match(t.text) is not None \
                or self._is_country_word(t.text):
            return False
        for mt in re.finditer(rf"\b[A-Z][a-z]+ {re.escape(t.text)}\b", self.text):
            if mt.end() == t.idx + len(t.text):
                continue  # the possessive itself
            first = self.doc.char_span(mt.start(), mt.start() + 1, alignment_mode="expand")
            if first is not None and first[0].pos_ == "PROPN":
                return True
        return False

    def _registered_here(self, e: ActorEntry, name: str) -> bool:
        """Whether the person the article calls ``name`` is the registered person ``e`` the
        name matched: not when the article's full name for that surname gives another first
        name ("Denise Carter, a spokeswoman for Transport Canada ... Carter said" is not
        the registered "Ashton Carter"). A title or an initial before the surname
        ("President Putin", "Vladimir V. Putin") is no other first name."""
        key = surname_key(name)
        person = self.entities.person(key) if key else None
        fulls = person.full_names if person is not None else set()
        if not fulls and " " in name.strip():
            fulls = {name}
        alias_words = {t.norm for alias in e.aliases for t in tokenize(alias)}
        r = self.rules
        not_given = _TITLE_WORDS | _GENDER_TITLES | _WEAK_TITLES | r.government | r.military \
            | r.person | r.public | set(_TITLE_ABBREV)
        for full in fulls:
            toks = tokenize(full)
            at = max((k for k, t in enumerate(toks) if t.norm == key), default=-1)
            if at < 1:
                continue
            before = toks[at - 1]
            if before.shape[:1].isupper() and len(before.norm) > 1 and before.norm.isalpha() \
                    and before.norm not in alias_words and before.norm not in not_given:
                return False
        return True

    def _national_chapter(self, e, text: str) -> tuple[str, str] | None:
        """(group, country) of a national chapter of an international body: "Transparency
        International Lithuania", "Greenpeace Brazil" are organisations of their own, with
        the country their name carries; the international body itself has none."""
        if e.group_type != "organisation" or e.group_country is not None or e.kind == "person":
            return None
        for alias in sorted(e.aliases, key=len, reverse=True):
            if alias not in text:
                continue  # (both patterns below need it; each alias's own pattern is compiled anew)
            hit = re.search(rf"\b{re.escape(alias)}\s+((?:[A-Z][\w-]+\s?){{1,3}})", text)
            if hit is None:
                # "Transparency International's Peruvian chapter": a demonym before a chapter
                # word names the country
                own = re.search(rf"\b{re.escape(alias)}['’]s\s+((?:[A-Z][\w-]+\s?){{1,3}})"
                                rf"(?:chapter|section|branch)\b", text)
                code = self.registry.countries.find(own.group(1), cities=False) if own else None
                if own is None:
                    # "the Kenyan chapter of the International Commission of Jurists", "WWF's
                    # Kenya office": the country's unit of the body, named before it
                    own = re.search(rf"\b((?:[A-Z][\w.-]+\s?){{1,3}})(?:national\s+)?"
                                    rf"(?:chapter|section|branch|office|affiliate)\s+of\s+(?:the\s+)?"
                                    rf"{re.escape(alias)}\b", text)
                    code = self.registry.countries.find(own.group(1), cities=False) if own else None
                if code is not None:
                    c = self.registry.countries.countries[code]
                    return f"{alias} {c.names[0]}", code
                continue
            words = hit.group(1).split()
            for k in range(len(words), 0, -1):
                tail = " ".join(words[:k])
                code = self.registry.countries.find(tail, cities=False)
                if code is not None and tail in self.registry.countries.countries[code].names:
                    return f"{alias} {tail}", code
            return None
        return self._national_society(e, text)

    def _national_society(self, e, text: str) -> tuple[str, str] | None:
        """(group, country) of a national society named by its country before the
        international body's name: "the Kenya Red Cross", "the German Red Cross" are national
        societies of their own. A demonym counts only before a name of several words ("a
        Russian UN envoy" is Russia's envoy to the UN)."""
        for alias in sorted(e.aliases, key=len, reverse=True):
            hit = re.search(rf"((?:[A-Z][\w.-]+\s){{1,3}}){re.escape(alias)}\b", text)
            if hit is None:
                continue
            words = hit.group(1).split()
            for k in range(len(words)):
                head = " ".join(words[k:])
                code = self.registry.countries.find(head, cities=False)
                if code is None:
                    continue
                c = self.registry.countries.countries[code]
                if head in c.names or " " in alias and head in c.demonyms:
                    return f"{head} {alias}", code
            return None
        return None

    def _of_party(self, m: Mention) -> ActorRef | None:
        """"Senator X, of the opposition Authentic Radical Liberal Party, said", "Deputy X of
        the ruling Unity Party": a politician introduced by the party named right after the
        name speaks for it (gold: an opposition lawmaker introduced by her party goes to the
        party), whatever the title says. Read on the surface: the parser attaches the party
        to the name, to "opposition" or to the verb."""
        doc = self.doc
        n = len(doc)
        k = m.head + 1
        if k < n and doc[k].text == ",":
            k += 1
        if k + 2 >= n or doc[k].lower_ not in ("of", "from") or self.in_quote[k]:
            return None
        k += 1
        if doc[k].lower_ == "the":
            k += 1
        side = k < n and doc[k].lower_ in _PARTY_SIDES
        if side:
            k += 1
        while k < n and doc[k].lower_ in ("main", "largest", "biggest"):
            k += 1
        j = k
        while j < n and (doc[j].text[:1].isupper() or doc[j].lower_ in ("of", "for", "and")
                         and j + 1 < n and doc[j + 1].text[:1].isupper()) \
                and not self.in_quote[j]:
            j += 1
        if j <= k or not (side or doc[j - 1].lower_ == "party") \
                or doc[j - 1].lower_ not in _PARTY_NAME_WORDS:
            return None  # "of the Workers' Union": not a party by these words
        nm = doc[k:j].text
        return ActorRef(nm, nm, None, "organisation", False, "rule")

    def _whose_body(self, m: Mention) -> ActorRef | None:
        """"Senator X, whose Green Union party left the coalition": the party, bloc or
        faction a relative clause gives a legislator or party figure speaks for him. A
        minister, president or mayor so described still speaks for the state."""
        doc = self.doc
        h = doc[m.head]
        if _words(self.context_text(m)) & _EXECUTIVE_OFFICES:
            return None
        # by the surface, as the parser often makes "whose Y bloc holds" the main clause
        k = h.i + 1
        while k < len(doc) and doc[k].idx < m.end:
            k += 1
        if not (k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "whose") \
                or self.in_quote[k + 1]:
            return None
        a = b = k + 2
        while b < len(doc) and b - a < 6 and doc[b].text[:1].isupper() \
                and doc[b].lemma_.lower() not in _WHOSE_BODIES:
            b += 1
        if b >= len(doc) or doc[b].lemma_.lower() not in _WHOSE_BODIES:
            return None
        if doc[b].text[:1].isupper():
            b += 1  # "whose Reform Party": the kind word is part of the name
        if a >= b or not doc[a].text[:1].isupper():
            return None
        nm = doc[a:b].text
        if self.registry.countries.find(nm, cities=False):
            return None
        hit = self.registry.match(nm)
        if hit is not None:
            e0 = hit[0]
            if e0.group_type != "organisation":
                return None
            return ActorRef(e0.actor, e0.group, e0.group_country, e0.group_type, False, "registry")
        return ActorRef(nm, nm, None, "organisation", False, "rule")

    def _described_body(self, m: Mention) -> ActorRef | None:
        """'ElectWatch Nigeria, a coalition of civil society groups', 'Syndicat Santé Vaud, a
        union representing hospital staff': a name put in apposition to an indefinite
        organisation noun is that organisation, whatever words follow the noun."""
        if m.kind != "name":
            return None
        doc = self.doc
        spans = [m.appos, m.role]
        cut = self.text.find(", a", m.start, m.end)  # the appositive inside the mention
        if cut > m.start:
            spans.append((cut + 2, m.end))
        for sp in spans:
            if sp is None or sp[0] < m.end and sp[0] != cut + 2:
                continue
            span = doc.char_span(sp[0], sp[1], alignment_mode="expand")
            if span is None or not len(span) or span[0].lower_ not in ("a", "an"):
                continue
            root = span.root
            lemma = root.lemma_.lower()
            if root.pos_ != "NOUN" or lemma not in _BODY_NOUNS:
                continue
            name = _strip_det(self.text[m.start:min(m.end, sp[0])].rstrip(", "))
            name = name.replace("’s", "").replace("'s", "").strip()
            if not name or self._is_country_word(name):
                continue
            rule = self._rule(name)
            if rule is not None and rule[0] in ("government", "military", "media"):
                continue
            group = self._org_group(name)
            return ActorRef(name, group, None, "organisation", False, "rule")
        return None

    def _name_given_only(self, m: Mention) -> ActorRef | None:
        """A name the text gives as a person's own word for it ("a vendor who gave her name
        only as X", "a driver identified only as X"): that person, placed by the noun the clause
        describes, else the public of the place."""
        if m.kind != "name" or m.start < 2:
            return None
        before = self.text[max(0, m.start - 60):m.start]
        if not _GIVEN_NAME_AS.search(before):
            return None
        name = _strip_det(m.text)
        head = self.doc[m.head]
        described = None
        for t in head.ancestors:
            if t.pos_ in ("NOUN", "PROPN") and t.i < head.i:
                described = t
                break
        if described is not None:
            i, j = np_token_range(self.doc, described)
            rule = self._rule(self.doc[i:described.i + 1].text)
            if rule is not None and rule[0] != "media":
                country = rule[1] if rule[3] else self._place_named_near(m) or rule[1]
                return self._make(name, rule[0], country, False)
        return self._public_here(name, m)

    def _role_named_next(self, m: Mention) -> ActorRef | None:
        """"Iran's Foreign Ministry spokesman has rejected ... Speaking at his weekly press
        conference, Nasser Rahimi said": agency copy introduces an official by his office and
        names him in the next sentence or paragraph without repeating it. A full name the text
        never describes is the holder of the office last quoted unnamed just before it, when
        no other person was quoted in between (otherwise it is the public, as before)."""
        if m.name is None or len(_strip_det(m.text).split()) < 2:
            return None
        para = self.paragraph_of[m.head]
        for r in reversed(self.history):
            a = r.mention
            if a.start >= m.start:
                continue
            if para - self.paragraph_of[a.head] > 1:
                return None
            if a.kind == "pronoun":
                continue
            if a.name is not None or self._is_person(r.antecedent) and r.antecedent.name is not None:
                return None  # another named person spoke in between
            if not self._is_person(a) or a.plural or self.doc[bisect_tok(self.doc, a.start)].lower_ in (
                    "a", "an", "one", "two", "three", "several", "some"):
                continue  # a body or an indefinite voice ("a spokesman") names no one office
            if not a.words & _PERSON_TITLE_WORDS:
                continue
            actor = r.actor
            if actor.group_type in ("government", "military", "organisation"):
                return actor
            return None
        return None

    def _public_here(self, name: str, m: Mention) -> ActorRef:
        """A named person speaking for nobody but themselves: the public of the place the
        text puts them in, else of where the story happens."""
        return self._make(name, "public", self._place_named_near(m) or self.home_country, False)

    def _undescribed_person(self, name: str) -> bool:
        """The one person of that surname, whom the text never gives a title, role or
        description ("Prime Minister X" elsewhere, "X, a senator", a who-clause)."""
        key = surname_key(name)
        p = self.entities.person(key) if key else None
        if p is None or p.descriptions:
            return False
        doc = self.doc
        for e in p.mentions:
            before = doc[e.start - 1] if e.start > 0 else None
            after = doc[e.end] if e.end < len(doc) else None
            if before is not None and (before.is_title and not before.is_sent_start
                                       or before.pos_ == "NOUN" or before.lower_ in ("'s", "’s")):
                return False  # "Prime Minister X", "farmer X", "the minister's aide X"
            if after is not None and after.text == "," and e.end + 1 < len(doc) \
                    and doc[e.end + 1].lower_ in ("a", "an", "the", "who", "whose") \
                    and not self._who_reported(e.end + 1):
                return False  # "X, a senator", "X, who heads ..."
        return True

    def _who_reported(self, k: int) -> bool:
        """Token ``k`` opens "who said ...", "who told ...": a clause that reports what the
        person said, not who she is ("Fatima Nasser, who said she lost two nephews")."""
        doc = self.doc
        if doc[k].lower_ != "who" or k + 1 >= len(doc):
            return False
        verb = doc[k].head
        return verb.i > k and verb.lemma_.lower() in self.report_lemmas

    def _acronym_member(self, m: Mention, anonymous: bool) -> ActorRef | None:
        """"An NIS official", "an FCA spokesperson": an unnamed member of a body the text
        spelled out and already placed speaks as that body (anonymous as the mention is)."""
        if m.name is not None or m.head_lemma not in (
                self.rules.anonymous_heads | self.rules.spokesperson_heads):
            return None
        acrs = [w for w in re.findall(r"\b[A-Z]{2,9}\b", m.text) if w in self._acr_long]
        if len(acrs) != 1:
            return self._acronym_speaker_member(m, anonymous)
        acr = acrs[0]
        long = _strip_det(self._acr_long[acr])
        for r in reversed(self.history):
            if r.mention.start >= m.start:
                continue
            said = _strip_det(r.antecedent.text)
            if (said == acr or said.startswith(long)) and r.actor.group != "unknown":
                a = r.actor
                return ActorRef(_strip_det(m.text), a.group, a.group_country, a.group_type,
                                anonymous, "rule")
        return None

    def _capitalised_name_word(self, word: str) -> bool:
        """``word`` is written capitalised inside a sentence somewhere in the text (not after a
        quote mark or colon, where any word may be) and never in lower case: a name."""
        cached = self._name_word_cache.get(word)
        if cached is not None:
            return cached
        doc = self.doc
        lower = word.lower()
        inside = False
        for t in doc:
            if t.lower_ != lower:
                continue
            if t.text == lower:
                inside = False
                break
            if t.text == word and t.i > 0 and not t.is_sent_start and not doc[t.i - 1].is_punct:
                inside = True
        self._name_word_cache[word] = inside
        return inside

    def _officer_of_body(self, m: Mention, name: str | None) -> ActorRef | None:
        """"Law Society of Kenya president Faith Odhiambo said": the parser made the body the
        subject and hung "Kenya president Faith Odhiambo" on its "of"; the role is the body's
        (a place before "president" would make her the state's voice)."""
        doc = self.doc
        head = doc[m.head]
        body = _body_of_place_role(doc, head, doc.kids) if name is not None else None
        if body is None:
            return None
        a = _name_start(doc, body.i, max(0, body.i - 8))
        role = next(c for c in doc.kids(head) if c.dep_ == "compound" and c.pos_ == "NOUN")
        text = doc[a:_role_start(role)].text
        short = re.search(r"\(([A-Z][A-Za-z]{1,9})\)\s*$", text)
        if short is not None:
            text = text[:short.start()].rstrip()  # the full name, not its bracketed short one
        hit = self.registry.match(text)
        if hit is not None:
            e = hit[0]
            return ActorRef(name, e.group, e.group_country, e.group_type, False, "registry")
        rule = self._rule(text)
        if rule is not None and rule[0] in ("government", "military", "media"):
            return self._make(name, rule[0], rule[1], False)
        short = self._org_group(text)
        return ActorRef(name, short, self._name_country(text), "organisation", False, "rule")

    def _lead_office_holder(self, m: Mention) -> ActorRef | None:
        """"The Taoiseach has rejected claims ... Speaking in the Dáil, Micheál Martin said":
        news copy names a head of government by office in the lead and by name in the next
        paragraph. A bare full name whose first mention is this one, right after (within two
        paragraphs) the only unnamed head of state or government that spoke, is its holder."""
        at = self.paragraph_of[m.head]
        offices = [r for r in self.history if r.mention.start < m.start
                   and r.antecedent.name is None and r.antecedent.kind in ("definite", "name")
                   and self.doc[r.antecedent.head].i > 0
                   and self.doc[r.antecedent.head - 1].lower_ == "the"
                   and r.actor.group_type == "government"
                   and (r.antecedent.head_lemma in _HEAD_OFFICES
                        or r.antecedent.head_lemma == "minister"
                        and self.doc[r.antecedent.head - 1].lower_ == "prime")]
        if len({o.antecedent.head_lemma for o in offices}) != 1 \
                or not 0 < at - self.paragraph_of[offices[-1].antecedent.head] <= 2:
            return None
        # (a head of state or government only: "The mayor said ... John Smith said" is
        # anyone's)
        named_before = any(r.antecedent.name is not None and r.mention.start < m.start
                           for r in self.history)
        return None if named_before else offices[-1].actor

    def _short_name_officer(self, m: Mention, name: str | None) -> ActorRef | None:
        """"Cosatu spokesman Sizwe Pamla" after "The Congress of South African Trade Unions
        (Cosatu) said": a named officer whose role is headed by the short name the text
        defined in brackets speaks for that body as the text placed it (the role word alone,
        "spokesman", "general secretary", would make him a state voice)."""
        if name is None or not self._acr_long:
            return None
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand") or ()
        for t in span:
            if t.text not in self._acr_long or t.dep_ not in ("compound", "nmod", "amod") \
                    or not self._role_noun(t.head) \
                    or m.name[0] <= t.idx < m.name[1]:
                continue
            long = _strip_det(self._acr_long[t.text])
            for r in reversed(self.history):
                said = _strip_det(r.antecedent.text)
                if r.mention.start < m.start and (said == t.text or said.startswith(long)) \
                        and r.actor.group != "unknown":
                    a = r.actor
                    return ActorRef(name, a.group, a.group_country, a.group_type, False, "rule")
        return None

    def _acronym_speaker_member(self, m: Mention, anonymous: bool) -> ActorRef | None:
        """"A CONMEBOL official" after "CONMEBOL said ...": an unnamed member of a body the
        text never spelled out but already quoted under that one word speaks as that body,
        not as the dateline's state (an "official" of a sports body is no civil servant)."""
        acrs = set(re.findall(r"\b[A-Z]{3,9}\b", m.text))
        if len(acrs) != 1:
            return None
        acr = acrs.pop()
        for r in reversed(self.history):
            if r.mention.start >= m.start:
                continue
            if _strip_det(r.antecedent.text) == acr and r.actor.group_type == "organisation" \
                    and r.actor.group == acr:
                a = r.actor
                return ActorRef(_strip_det(m.text), a.group, a.group_country, a.group_type,
                                anonymous, "rule")
        return None

    def _spelled_out_registered(self, m: Mention, anonymous: bool) -> ActorRef | None:
        """"Sudan's RSF", "The RSF" after "the Rapid Support Forces (RSF)": an acronym the text
        spells out as a registered body is that body, even when the same letters are another
        registered body's (Reporters Without Borders) or the rules would read the long form's
        words ("Forces": the state's military)."""
        if m.kind == "pronoun" or m.name is not None:
            return None
        bare = re.sub(r"^[A-Z][\w.-]*['’]s\s+", "", _strip_det(m.text))
        long = self._acr_long.get(bare)
        if long is None:
            return None
        hit = self.registry.match(long)
        if hit is None or hit[0].kind not in ("institution", "outlet"):
            return None
        e = hit[0]
        return ActorRef(e.actor, e.group, e.group_country, e.group_type, anonymous, "registry")

    def _registered_group_member(self, m: Mention, name: str | None,
                                 anonymous: bool) -> ActorRef | None:
        """"The Houthis' military spokesman", "an RSF commander" (RSF spelled out as the Rapid
        Support Forces): a person role owned by a registered organisation, by a possessive or
        a name before the role noun, speaks for that organisation. Without this the role word
        ("military", "commander") made the speaker the army of the story's country, the very
        army the group fights."""
        if m.kind == "pronoun" or self._is_country_word(self.doc[m.head].text):
            return None  # "Norway, a NATO member since 1949, said": the state, described
        heads = self.rules.anonymous_heads | self.rules.spokesperson_heads
        for sp in (m.span, m.role, m.appos):
            for t in (self.doc.char_span(sp[0], sp[1], alignment_mode="expand") or ()) if sp else ():
                if t.dep_ not in ("poss", "compound", "nmod") or t.pos_ != "PROPN" \
                        or self.in_quote[t.i] or t.head.lower_ not in heads \
                        or t.head.pos_ != "NOUN":
                    continue
                words = self.doc[t.left_edge.i:t.i + 1].text
                hit = self.registry.match(self._acr_long.get(t.text, words))
                if hit is None:
                    continue
                e = hit[0]
                if e.kind == "institution" and e.group_type == "organisation":
                    if t.head.lemma_.lower() in self.rules.person and e.group_country:
                        # "Goldman Sachs economists": a firm's analysts comment as experts
                        # of its country (gold: brokerage analysts are experts)
                        return self._make(name or _strip_det(m.text), "person",
                                          e.group_country, anonymous)
                    return ActorRef(name or _strip_det(m.text), e.group, e.group_country,
                                    e.group_type, anonymous, "registry")
        return None

    def _compass_country(self, context: str) -> str:
        """"a spokesperson for the North's defense ministry" in Korean copy: "the North" and
        "the South" stand for the one country the text names "North ..." or "South ..."
        (North Korea, South Sudan); the context reads with that name so the country rules
        place it (it was the dateline's South Korea)."""
        if "the North" not in context and "the South" not in context:
            return context

        def full(mt: re.Match[str]) -> str:
            found = {n: self.registry.countries.find(n, cities=False)
                     for n in set(re.findall(rf"\b{mt.group(1)} [A-Z][a-z]+\b", self.text))}
            codes = {c for c in found.values() if c}
            if len(codes) != 1:
                return mt.group(0)
            return min((n for n, c in found.items() if c), key=len)
        return re.sub(r"\bthe (North|South)(?=['’]s\b)", full, context)

    def _state_envoy(self, m: Mention, name: str | None, anonymous: bool) -> ActorRef | None:
        """"Iran's mission to the United Nations", "the Ukrainian delegation to the OSCE": an
        envoy noun posted "to"/"at" a body, owned by one state, is that state's government
        voice (the body it is posted to was skipped as its speaker, and "mission" or
        "delegation" alone places nobody)."""
        if m.kind == "pronoun" or m.head_lemma not in _ENVOY_WORDS:
            return None
        h = self.doc[m.head]
        if not any(c.dep_ == "prep" and c.lower_ in ("to", "at") for c in self.doc.kids(h)):
            return None
        toks, _ = self.registry.countries.fold_text(self.text[m.start:h.idx])
        codes = {t.norm[1:] for t in toks if t.norm.startswith("#") and len(t.norm) > 1}
        if len(codes) != 1:
            return None
        return self._make(name or _strip_det(m.text), "government", codes.pop(), anonymous)

    def _accredited_to(self, text: str, i: int, j: int | None = None) -> bool:
        """The registered body at folded tokens ``i:j`` of ``text`` is where an envoy is posted
        ("ambassador to the United Nations", "envoy to NATO", "Russia's deputy U.N.
        ambassador", "Sudan's U.N. envoy"), not whom he speaks for."""
        toks, _ = self.registry.countries.fold_text(text)
        k = i - 1 if i > 0 and toks[i - 1].norm == "the" else i
        if k >= 2 and toks[k - 1].norm in ("to", "at") and toks[k - 2].norm in _ENVOY_WORDS:
            return True
        if j is None:
            return False
        after = [t.norm for t in toks[j:j + 3]]
        while after and after[0] in ("deputy", "permanent", "acting", "former", "new"):
            after = after[1:]
        if not after or after[0] not in _ENVOY_WORDS:
            return False
        if re.search(rf"(?<![\w.]){re.escape(toks[j - 1].shape)}['’]s\b", text.replace(".", "")):
            return False  # "The EU's ambassador to South Africa", "the AU's envoy": its own
        # the body has no ambassadors of its own; its envoys are its own unless a state's
        # ("the U.N. envoy for Syria" speaks for the U.N.)
        return after[0] in ("ambassador", "ambassadors") \
            or any(t.norm.startswith("#") for t in toks[:i])

    def _sentence_before_quote(self, start: int) -> int:
        """The first token of the sentence before the one that opens at ``start``, passing
        over sentences wholly inside quote marks: in '"The dam will regulate the river. In dry
        years it will release more," Energy Minister X told RTG.' the sentence before the
        speaker's own is the quote's first, and the narrative that names his ministry
        ("Guinea's energy ministry dismissed the findings") is the one before that."""
        doc = self.doc
        lo = start
        for _ in range(4):  # a quote of more sentences than that is a statement of its own
            if lo == 0:
                break
            prev = doc[lo - 1].sent
            lo = prev.start
            if any(doc[k].is_alpha and not self.in_quote[k] for k in range(prev.start, prev.end)):
                break
        return lo

    def _ents_before(self, m: Mention, hi: int) -> Iterator[TokenSpan]:
        """Entities outside quotes from the start of the sentence before the speaker's up to
        token ``hi`` (the mention's first token): where the text places an unmarked voice."""
        doc = self.doc
        lo = self._sentence_before_quote(doc[m.head].sent.start)
        k0 = bisect.bisect_left(self._ent_starts, doc[lo].idx)
        for ent in self.ents[k0:]:
            if ent.start >= hi:
                break
            if not self.in_quote[ent.start]:
                yield ent

    def _untagged_countries_before(self, m: Mention, hi: int) -> list[TokenSpan]:
        """Country names the tagger left untagged in the sentence before the speaker's and
        before him in his own ("Tuvalu's government says ...": small states NER does not
        know), as one-token spans, for the rules that read the entities."""
        doc = self.doc
        lo = self._sentence_before_quote(doc[m.head].sent.start)
        tagged = {k for ent in self.ents for k in range(ent.start, ent.end)}
        out = []
        for k in range(lo, hi):
            t = doc[k]
            if k in tagged or self.in_quote[k] or not t.text[:1].isupper() or t.dep_ != "poss":
                continue
            hit = self.registry.countries.scan(tokenize(t.text))
            if len(hit) == 1 and hit[0][3] == "name":
                out.append(doc.doc[k:k + 1])
        return out
