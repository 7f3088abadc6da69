"""Political parties: the parties an article names, party words in roles, opposition blocs, a
person introduced by their party.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Token

from analysis.attribution.mention import Mention
from analysis.attribution.names import _opposition_office, _strip_det
from analysis.attribution.spans import _name_start, bisect_tok
from analysis.attribution.words import (
    _CONTENDER_RE,
    _DIRECT_VERBS,
    _LEGISLATOR_ROLES,
    _MEMBER_BODY_WORDS,
    _MEMBER_ROLES,
    _OPPOSITION_ROLES,
    _PARTY_BLIND_OFFICES,
    _PARTY_HEADS,
    _PARTY_MARKERS,
    _PARTY_NAME_WORDS,
    _PARTY_QUALIFIERS,
    _PARTY_ROLES,
    _PARTY_SIDES,
    _POLL_NOUNS,
)
from analysis.entities import surname_key
from analysis.registry import ActorEntry, tokenize
from analysis.types import ActorRef


class Parties:
    """Political parties: the parties an article names, party words in roles, opposition blocs, a
    person introduced by their party. Mixed into
    :class:`analysis.attribution.attributor.Attributor`.
    """

    def _scan_parties(self) -> dict[str, list[str]]:
        """Party names the text gives with their side, outside quotes: "the ruling National
        Unity Congress candidate", "of the opposition Progressive Alliance", "The opposition
        Congress party" -> {"ruling": [...], "opposition": [...]}, in text order."""
        doc = self.doc
        out: dict[str, list[str]] = {}
        n = len(doc)
        for t in doc.toks:
            side = _PARTY_SIDES.get(t.lower_)
            if side is None or self.in_quote[t.i] or t.pos_ == "NOUN" and t.lower_ != "opposition":
                continue  # "the court's ruling Monday" is no ruling party
            if t.i >= 3 and doc[t.i - 1].lower_ == "the" and doc[t.i - 2].lower_ == "of" \
                    and doc[t.i - 3].lemma_.lower() in _OPPOSITION_ROLES:
                continue  # "Leader of the Opposition Stanley Kuper": his name, no party's
            k = t.i + 1
            while k < n and doc[k].lower_ in ("main", "largest", "biggest", "former", "new"):
                k += 1
            if k + 1 < n and doc[k].lower_ == "party" and doc[k + 1].pos_ == "PROPN":
                k += 1  # "the opposition party Renamo"
            e = self._name_run(k)
            if e == k or any(doc[x].ent_type_ in ("DATE", "TIME", "GPE", "NORP") or doc[x].pos_ != "PROPN"
                             and doc[x].text[:1].isupper() and doc[x].pos_ not in ("NOUN", "ADJ")
                             for x in range(k, e)):
                continue
            name = doc[k:e].text
            if self.registry.countries.find(name, cities=False) or self._rule(name) is not None \
                    and self._rule(name)[0] in ("government", "military", "media") \
                    and not (set(name.lower().split()) & _PARTY_NAME_WORDS):
                continue  # "the ruling Kremlin", "opposition Senate"; "Congress" is a party here
            out.setdefault(side, []).append(name)
        return out

    def _name_run(self, k: int) -> int:
        """End of the run of capitalised words from token ``k`` ("National Unity Congress",
        "People's Union", "Party of Regions"), outside quotes."""
        doc = self.doc
        n = len(doc)
        e = k
        while e < n and not self.in_quote[e] and (
                doc[e].text[:1].isupper() and doc[e].is_alpha
                or doc[e].lower_ in ("of", "for", "and") and e > k and e + 1 < n
                and doc[e + 1].text[:1].isupper()
                or doc[e].text in ("-", "'", "’") and e > k and not doc[e].whitespace_
                or doc[e].lower_ in ("'s", "’s") and e > k and e + 1 < n
                and doc[e + 1].text[:1].isupper()):
            e += 1
        return e

    def _party(self, m: Mention) -> ActorRef | None:
        """A party by its side: "The opposition Congress party" is Congress, "Nigeria's main
        opposition party" or "The ruling party's state chairman" the one party the text puts
        on that side; with none or two, unknown, never the government."""
        doc = self.doc
        h = doc[m.head]
        toks = [h] + [c for c in self.doc.kids(h) if c.dep_ == "poss"
                      or c.dep_ == "compound" and c.pos_ == "NOUN" and h.pos_ == "PROPN"]
        for x in toks:
            if self.in_quote[x.i]:
                continue
            marker = next((c for c in self.doc.kids(x) if c.lower_ in _PARTY_SIDES and c.i < x.i),
                          None)
            side = _PARTY_SIDES[marker.lower_] if marker is not None else None
            if side is None and x.lemma_.lower() == "opposition" and x.pos_ == "NOUN":
                side = "opposition"  # "the opposition said"
            if side is None:
                named_party = self._named_party_noun(x) if x is h else None
                if named_party is not None:
                    return named_party
                continue
            if marker is not None and x.pos_ == "PROPN" and x.text[:1].isupper():
                # "The ruling People's Union", "the opposition Freedom Party": the name itself
                k = marker.i + 1
                while k < x.i and doc[k].lower_ in ("main", "largest", "biggest"):
                    k += 1
                nm = doc[k:max(x.i + 1, self._name_run(k))].text
                return ActorRef(nm, nm, None, "organisation", False, "rule")
            if x.lemma_.lower() not in _PARTY_HEADS:
                names = list(dict.fromkeys(self._parties.get(side, ())))
                if marker is not None and len(names) == 1 and self._role_noun(x):
                    # "Opposition leader X" when the text names one opposition party
                    return ActorRef(_strip_det(m.text), names[0], None, "organisation", False,
                                    "rule")
                continue
            if x is not h and h.pos_ == "PROPN" and x.dep_ == "compound" and x.i < h.i:
                # "Opposition party Renamo", "the ruling party Frelimo": the name after the noun
                nm = doc[x.i + 1:max(h.i + 1, self._name_run(x.i + 1))].text
                return ActorRef(nm, nm, None, "organisation", False, "rule")
            named = [c for c in self.doc.kids(x) if c.i < x.i and c.dep_ in ("compound", "amod", "nmod")
                     and c.text[:1].isupper() and c.lower_ not in _PARTY_SIDES
                     and not self.registry.countries.find(c.text, cities=False)]
            if named:
                lo = marker.i + 1 if marker is not None else named[0].i
                a = _name_start(doc, named[-1].i, min(lo, named[0].i))
                # "The opposition Law and Justice party": the name's conjoined words too
                end = max((c.right_edge.i for c in named if c.right_edge.i < x.i), default=named[-1].i)
                nm = doc[min(a, named[0].i):end + 1].text
                return ActorRef(nm, nm, None, "organisation", False, "rule")
            called = next((c for c in self.doc.kids(x) if c.dep_ == "appos" and c.i > x.i
                           and c.pos_ == "PROPN" and c.text[:1].isupper()
                           and not self.in_quote[c.i]), None)
            if called is not None:
                # "The Venezuelan opposition coalition, the Unitary Platform, said": the bloc
                # the description names in apposition
                nm = _strip_det(doc[_name_start(doc, called.i, x.i + 1):called.i + 1].text)
                return ActorRef(nm, nm, None, "organisation", False, "rule")
            names = list(dict.fromkeys(self._parties.get(side, ())))
            actor = name_or = _strip_det(m.text)
            if len(names) == 1:
                return ActorRef(actor, names[0], None, "organisation", False, "rule")
            if x is not h and not names and self._role_noun(h):
                return None  # "The opposition's defence spokesman": the bloc's (below)
            return ActorRef(name_or, "unknown", None, "unknown", False, "unknown")
        return None

    def _sided_party_in_role(self, m: Mention) -> ActorRef | None:
        """"Congress general secretary Jairam Ramesh" in a text that called Congress "the
        opposition Congress party": a capitalised role modifier that the text gives as a
        party on a side is that party, not a legislature of the same word."""
        parties = {p for names in self._parties.values() for p in names}
        if not parties or m.role is None:
            return None
        for t in self.doc.char_span(m.role[0], m.role[1], alignment_mode="expand") or ():
            if t.dep_ in ("compound", "nmod") and t.text[:1].isupper() and self._role_noun(t.head) \
                    and not self.in_quote[t.i]:
                a = t.i
                while a > 0 and self.doc[a - 1].dep_ in ("compound", "nmod") \
                        and self.doc[a - 1].text[:1].isupper():
                    a -= 1
                nm = self.doc[a:t.i + 1].text
                if nm in parties:
                    return self._own_org(nm)
        return None

    def _named_party_noun(self, h: Token) -> ActorRef | None:
        """"The Congress party said", "the Labour Party accused": a party the words name
        before the noun "party" is that party, not the legislature or the government a word of
        its name may also mean."""
        if h.pos_ != "NOUN" or h.lemma_.lower() != "party" or h.tag_ != "NN" or self.in_quote[h.i]:
            return None
        named = [c for c in self.doc.kids(h) if c.i < h.i and c.dep_ == "compound"
                 and c.pos_ == "PROPN" and c.text[:1].isupper()]
        if not named or any(c.dep_ in ("poss", "amod") for c in self.doc.kids(h)):
            return None  # ("Russia's ruling party", "the main opposition party": the sides)
        a = min(c.left_edge.i for c in named)
        if any(not (t.text[:1].isupper() or t.lower_ in ("of", "and", "for", "'s", "’s"))
               for t in self.doc[a:h.i]):
            return None
        nm = self.doc[a:h.i].text  # "the Progressive Slovakia party": the whole name
        if self.registry.countries.find(nm, cities=False) and len(nm.split()) == 1:
            return None  # "the Slovakia party" is no name
        return ActorRef(nm, nm, None, "organisation", False, "rule")

    def _opposition_title(self, m: Mention, h: Token) -> bool:
        """'Opposition leader Rahul Mehra', 'opposition lawmaker X': the opposition role is a
        title before the person's name (the head is the name, not the role noun). West African
        and Kenyan parliaments call the opposition side 'the Minority': "The Minority in
        Parliament", "Minority Leader X", "the Minority Caucus"."""
        if h.text == "Minority" and not self.in_quote[h.i] or h.text in ("Caucus", "Leader") \
                and h.i > 0 and self.doc[h.i - 1].text == "Minority":
            return True
        if h.pos_ != "PROPN" or m.name is None:
            return False
        toks = self.doc[bisect_tok(self.doc, m.start):h.i]
        at = next((k for k, t in enumerate(toks) if t.lower_ == "opposition"
                   or t.text == "Minority"), None)
        if at is not None and at >= 3 and toks[at - 2].lower_ == "of" \
                and toks[at - 1].lower_ == "the" and toks[at - 3].lemma_.lower() in _OPPOSITION_ROLES:
            return True  # "Leader of the Opposition X": Westminster's title, the role first
        return at is not None and any(
            t.lemma_.lower() in _OPPOSITION_ROLES and t.text[:1].isalpha() for t in toks[at + 1:])

    def _opposition_bloc(self, m: Mention) -> ActorRef | None:
        """"Tonga's opposition leader, X" in a text that names no opposition party: the
        country's opposition as a bloc (gold: an opposition figure with no party named ->
        `Venezuelan opposition`, organisation), of the country the words give, else where the
        story is. Asked only after the party and organisation rules found no body of the
        person's own ("opposition MP X of the Freedom Party")."""
        if self._parties.get("opposition"):
            return None  # the text names an opposition party: _party's business
        h = self.doc[m.head]
        if not self._role_noun(h) and h.pos_ == "PROPN":
            # "Opposition defence spokesman Florian Hahn": the role noun before the name
            h = next((c for c in self.doc.kids(h) if c.i < h.i and c.pos_ == "NOUN"
                      and self._role_noun(c)), h)
        # (also "opposition defence spokesman": a modifier of the portfolio word)
        mods = {c.lower_ for c in h.subtree
                if c.i < h.i and (c.dep_ in ("compound", "amod", "nmod")
                                  # "The opposition's defence spokesman": the bloc's too
                                  or c.dep_ == "poss" and c.lower_ == "opposition")}
        if self.in_quote[h.i] or not (
                h.lemma_.lower() == "opposition" and h.pos_ == "NOUN"  # "Venezuela's opposition"
                # "The Opposition has called on the Government": the bloc, capitalised
                or h.text == "Opposition" and any(c.dep_ == "det" and c.lower_ == "the"
                                                  for c in self.doc.kids(h))
                or "opposition" in mods and (self._role_noun(h)
                                             or h.lemma_.lower() in _OPPOSITION_ROLES)
                # ("Opposition lawmakers said": no party named, the bloc; gold heldout7/8)
                # "the shadow chancellor": Westminster's opposition front bench
                or "shadow" in mods and (self._role_noun(h) or h.lemma_.lower() == "chancellor")
                or re.match(r"(?i)(?:the )?shadow (?:\w+ )?(?:chancellor|secretary|minister|"
                            r"spokes\w+|attorney|leader)\b", self.text[m.start:m.end])
                # "Opposition leader Rahul Mehra", "The Minority in Parliament"
                or self._opposition_title(m, self.doc[m.head])
                or _opposition_office(self.text[m.start:m.end])):
            return None
        # ("In Yerevan, opposition lawmakers accused the government": the city that sets
        # the sentence's scene, before the dateline's third country of a summit)
        country = self._country(tokenize(self.context_text(m)), False) \
            or self._fronted_city(m) or self.home_country
        adj = self.registry.countries.adjective(country) if country else None
        if adj is None:
            return None
        return ActorRef(_strip_det(m.text), f"{adj} opposition", country, "organisation",
                        False, "rule")

    def _affiliated_body(self, m: Mention) -> ActorRef | None:
        """The party, union, front or association a speaker's description says he belongs
        to: "X, a lawmaker from the Centre Party", "Opposition leader X of the Union of
        Democratic Forces", "X, a commander of the Y Liberation Front", "X of the Z party".
        News copy names the body a person speaks for this way; the explicit membership beats
        what the role noun alone suggests ("lawmaker" -> government, "commander" ->
        military). Only a capitalised name that carries a membership-body word counts, so
        "a farmer from Hamar" or "Rui Matos of Porto" stay with the rules."""
        doc = self.doc
        n = len(doc)
        a = bisect_tok(doc, m.start)
        if a + 1 < n and a >= 3 and doc[a - 1].text == ")" and doc[a - 3].text == "(" \
                and doc[a].text.islower() and doc[a - 2].text in self._acr_long and (
                    self._role_noun(doc[a]) or doc[a].lower_ in self.rules.spokesperson_heads
                    or f"{doc[a].lower_} {doc[a + 1].lower_}" in _MEMBER_ROLES):
            # (the tagger often calls "secretary general" after a name PROPN)
            # "Alliance for Democratic Renewal (ADR) secretary general X": the mention starts
            # at the role; the body the brackets close is the speaker's
            long = self._acr_long[doc[a - 2].text]
            lr = self._rule(long)
            if {w.lower() for w in long.split()} & (self.rules.organisation | _MEMBER_BODY_WORDS) \
                    and not (lr is not None and lr[0] in ("government", "military", "media")) \
                    and self.registry.match(long) is None:
                short = self._org_group(doc[a - 2].text)
                return ActorRef(short, short, self._name_country(short), "organisation", False, "rule")
        for sp in [m.span] + [sp for sp in (m.role, m.appos) if sp]:
            for t in doc.char_span(sp[0], sp[1], alignment_mode="expand") or ():
                if t.lower_ not in ("of", "from", "for") or self.in_quote[t.i] \
                        or t.head.pos_ not in ("NOUN", "PROPN") or not t.head.idx >= sp[0]:
                    continue
                k = t.i + 1
                if k < n and doc[k].lower_ == "the":
                    k += 1
                q0 = k
                while k < n and doc[k].text.islower() and doc[k].lower_ in _PARTY_QUALIFIERS:
                    k += 1  # "of the main opposition Democratic Party"
                # "an MP for the opposition Umbrella for Democratic Change": the text itself
                # says the name is an opposition body, whatever words the name has
                opposition = any(doc[x].lower_ == "opposition" for x in range(q0, k))
                e = self._name_run(k)
                if e <= k or doc[e - 1].idx + len(doc[e - 1]) > sp[1]:
                    continue
                words = {doc[x].lower_ for x in range(k, e)}
                tail = e < n and doc[e].lower_ in ("party", "union", "movement", "front") \
                    and doc[e].idx < sp[1]
                if not (words & _MEMBER_BODY_WORDS or tail or opposition) \
                        or words == {"congress"} or words == {"union"}:
                    continue  # "a member of Congress" is the legislature
                nm = doc[k:e].text
                hit = self.registry.match(nm)
                unit = self._country_unit_before(q0)
                if hit is not None:
                    e0 = hit[0]
                    if e0.group_type != "organisation" or e0.kind == "person":
                        continue
                    if unit is not None and e0.group_country is None:
                        # "X of the Kenyan chapter of Amnesty International": the chapter
                        name = f"{e0.group} {self.registry.countries.countries[unit].names[0]}"
                        return ActorRef(name, name, unit, "organisation", False, "rule")
                    return ActorRef(e0.actor, e0.group, e0.group_country, e0.group_type, False,
                                    "registry")
                # (only a possessive ending goes: "the People's Party" keeps its "'s")
                nm = re.sub(r"['’]s$", "", _strip_det(nm)).strip()
                lr = self._rule(nm)
                if not nm or lr is not None and lr[0] in ("government", "military", "media") \
                        and not words & _MEMBER_BODY_WORDS - {"association", "federation"}:
                    continue
                # "the Civic Renewal party" is Civic Renewal (a lower-case kind word is no
                # part of the name, whatever NER kept)
                short = re.sub(r" (party|union|movement|front)$", "", self._org_group(nm))
                if unit is not None and self._name_country(short) is None:
                    # "X of the Kenyan chapter of the Coalition for Open Justice"
                    short = f"{short} {self.registry.countries.countries[unit].names[0]}"
                    return ActorRef(short, short, unit, "organisation", False, "rule")
                return ActorRef(short, short, self._name_country(short), "organisation", False, "rule")
        return None

    def _partyish(self, name: str) -> bool:
        """Whether the text treats the proper name ``name`` as a political party: its words
        (or those of the name its acronym stands for) hold a party word ("Catalan Republican
        Left", "Sahra Wagenknecht Alliance"), the text puts it on a side or gives it an
        orientation ("the far-right X", "the opposition X"), or calls it a party ("the X
        party")."""
        long = self._acr_long.get(name, "")
        words = {w.lower() for w in re.findall(r"[\w-]+", f"{name} {long}")}
        if words & (_PARTY_NAME_WORDS | _PARTY_MARKERS) - {"ruling", "governing", "opposition"}:
            return True
        if any(name in p or long and long in p for names in self._parties.values() for p in names):
            return True
        for full in {name, long} - {""}:
            for hit in re.finditer(re.escape(full), self.text):
                before = self.text[max(0, hit.start() - 40):hit.start()].lower().split()[-3:]
                after = self.text[hit.end():hit.end() + 8].lower().split()[:1]
                if set(before) & _PARTY_MARKERS or after == ["party"]:
                    return True
        return False

    def _party_possessor(self, m: Mention) -> ActorRef | None:
        """"ERC's spokeswoman in the regional parliament", "The AfD's top candidate in
        Saxony": a party role (``party_roles``) owned by a proper name the text treats as a
        party is that party's voice, not the legislature's or the government's the role words
        ("parliament", "candidate") would give. A candidate of a name is a party's in any
        election copy; other roles need the text to mark the name as a party. Offices that
        speak for the state whatever the party ("ERC's education minister") do not count."""
        if m.kind == "pronoun":
            return None
        doc = self.doc
        for sp in [m.span] + [sp for sp in (m.role, m.appos) if sp]:
            span = doc.char_span(sp[0], sp[1], alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                if t.dep_ not in ("poss", "compound") or not t.text[:1].isupper() \
                        or self.in_quote[t.i] or t.head.i <= t.i or not (
                            t.pos_ == "PROPN" or any(c.isupper() for c in t.text[1:])):
                    continue  # (the tagger may call a short name a noun: "The AfD's")
                h = t.head
                if t.dep_ == "compound" and (h.lower_ not in _LEGISLATOR_ROLES or any(
                        c.dep_ == "compound" and c.i > t.i for c in doc.kids(h))):
                    continue  # "A Golkar legislator" (not "Microsoft spokesman X")
                between = {x.lower_ for x in doc[t.i + 1:h.i + 1]}
                if between & _PARTY_BLIND_OFFICES:
                    continue
                two = f"{doc[h.i - 1].lower_} {h.lower_}"
                if not ({h.lower_, h.lemma_.lower(), two} & (_PARTY_ROLES | _LEGISLATOR_ROLES)):
                    continue
                a = _name_start(doc, t.i, span.start)
                name = _strip_det(doc[a:t.i + 1].text)
                if not name or self._is_country_word(name) or self.registry.match(name) is not None \
                        or doc[a].lower_ in self.rules.female_first_names | self.rules.male_first_names \
                        or a == t.i and doc[a].ent_type_ == "PERSON":
                    continue
                if t.dep_ == "compound" and not (t.ent_type_ == "ORG" or self._partyish(name)):
                    continue  # ("Kisumu MP X": a seat, not a party)
                lr = self._rule(self._acr_long.get(name, name)) if t.dep_ == "compound" else None
                if lr is not None and lr[0] in ("government", "military", "media"):
                    continue  # "INE councilor X": a state body the text spelled out
                candidate = h.lemma_.lower() == "candidate" and re.search(
                    r"\belect(?:ion|ions|oral)\b|\bvot(?:e|es|ers|ing)\b", self.text)
                if not (candidate or self._partyish(name)
                        or t.dep_ == "compound" and t.ent_type_ == "ORG"):
                    continue  # (a legislator's organisation is his party)
                return ActorRef(name, name, self._name_country(name) or self.home_country,
                                "organisation", False, "rule")
        return None

    def _poll_issuer(self, before: int, back: int = 1) -> ActorRef | None:
        """The body that issued the last poll or survey named in this sentence or the
        ``back`` ones before char ``before`` ("A poll published by Peilpunt", "a survey by
        Ipsos Peru"), as an organisation unless the registry or the rules place it."""
        doc = self.doc
        lo = self._sentence_start(before, back)
        hi = bisect_tok(doc, before)
        found: ActorRef | None = None
        for t in doc[lo:hi]:
            if t.pos_ != "NOUN" or self.in_quote[t.i] or not (
                    t.lower_ in _POLL_NOUNS or f"{doc[t.i - 1].lower_} {t.lower_}" in _POLL_NOUNS):
                continue
            heads = [t] + [c for c in doc.kids(t) if c.dep_ == "acl"]
            by = next((c for x in heads for c in doc.kids(x) if c.lower_ == "by"
                       and c.dep_ in ("prep", "agent")), None)
            obj = next((c for c in doc.kids(by) if c.dep_ == "pobj"), None) if by else None
            if obj is None or obj.pos_ != "PROPN" or not obj.text[:1].isupper():
                continue
            a = min((c.i for c in obj.subtree if c.i <= obj.i and c.dep_ in ("compound", "det")),
                    default=obj.i)
            nm = _strip_det(doc[a:obj.i + 1].text)
            hit = self.registry.match(nm)
            if hit is not None:
                e = hit[0]
                found = ActorRef(e.actor, e.group, e.group_country, e.group_type, False, "registry")
                continue
            rule = self._rule(nm)
            if rule is not None and rule[0] in ("government", "military", "media"):
                found = self._make(nm, rule[0], rule[1], False)
                continue
            found = self._own_org(nm)
        return found

    def _poll_officer(self, m: Mention) -> ActorRef | None:
        """"X, who directs the survey" after "A survey by Ipsos Peru ...": the officer of a
        poll named with its issuer speaks for the issuer, not for the state a "director"
        might suggest."""
        if m.kind == "pronoun" or m.name is None:
            return None
        clause = self._role_clause(m)
        if clause is None:
            return None
        words = [t.norm for t in tokenize(self.text[clause[0]:clause[1]])]
        if not any(w.rstrip("s") in _DIRECT_VERBS or w in _DIRECT_VERBS for w in words[:3]) \
                or not set(words) & _POLL_NOUNS:
            return None
        return self._poll_issuer(m.start, back=2)

    def _party_by_name(self, m: Mention) -> ActorRef | None:
        """"The Indonesian Democratic Party of Struggle (PDI-P), the largest party outside the
        cabinet": a capitalised name with the word "Party" in it is that party, whatever
        country word it holds or state word its description has."""
        h = self.doc[m.head]
        if h.lower_ == "party" and h.pos_ == "NOUN" and m.kind != "pronoun" and not self.in_quote[h.i]:
            # "The opposition Law and Justice (PiS) party": the capitalised name before the
            # noun, after its side word, without the bracketed short form
            a = min(bisect_tok(self.doc, m.start), h.left_edge.i)
            words = [t for t in self.doc[a:h.i] if t.lower_ not in ("the", "'s", "’s")
                     and t.lower_ not in _PARTY_SIDES and t.lower_ not in _PARTY_QUALIFIERS]
            inner = re.sub(r"\s*\([^()]*\)", "", " ".join(t.text for t in words)).strip()
            if inner and inner.split()[0][:1].isupper() and all(
                    w[:1].isupper() or w in ("of", "for", "and") for w in inner.split()) \
                    and not self._is_country_word(inner) and self.registry.match(inner) is None:
                return ActorRef(inner, inner, self._name_country(inner) or self.home_country,
                                "organisation", False, "rule")
            return None
        if m.kind != "name" or m.name is not None or h.pos_ != "PROPN":
            return None
        nm = re.sub(r"\s*\(.*$", "", _strip_det(self.text[m.start:m.end])).replace("’s", "").replace("'s", "")
        words = nm.split()
        if "Party" not in words[1:] or not all(w[:1].isupper() or w in ("of", "for", "and")
                                               for w in words) \
                or self.registry.match(nm) is not None:
            return None
        return self._own_org(nm)

    def _introduced_by_party(self, m: Mention) -> ActorRef | None:
        """"the Orange Democratic Movement's Beatrice Auma ... Auma, a former county
        executive, said": a person the text introduces as a party's own ("X's Name", X a
        party) speaks for it when her description gives no present state office (gold: a
        challenger introduced by her party goes to the party)."""
        if m.kind == "pronoun" or m.name is None and m.kind != "name":
            return None
        if set(self.context_text(m).lower().replace(";", " ").split()) & _PARTY_BLIND_OFFICES \
                and "former" not in self.context_text(m).lower():
            return None
        # (a surname NER did not tag as a person is still the mention's last word: "Treviño")
        words = (self.text[m.name[0]:m.name[1]] if m.name else _strip_det(m.text)).split()
        if not words:
            return None  # an empty mention (a stray quote mark the parser made a name)
        last = words[-1]
        doc = self.doc
        for x in doc.with_text(last):
            if self.in_quote[x.i] or x.idx >= m.start:
                continue
            for c in doc.kids(x):
                if c.dep_ == "prep" and c.lower_ in ("of", "from") and c.i == x.i + 1:
                    # "Samuel Treviño of the Citizens' Movement": the party after the name
                    c = next((y for y in doc.kids(c) if y.dep_ == "pobj" and y.pos_ == "PROPN"), c)
                    if c.dep_ != "pobj":
                        continue
                    nm = _strip_det(doc[c.left_edge.i:c.i + 1].text)
                    nm = re.sub(r"['’]s$", "", nm).strip()
                    if not self._party_name(nm):
                        continue
                    return self._own_org(nm)
                if c.dep_ != "poss" or c.pos_ != "PROPN" or not c.text[:1].isupper():
                    continue
                a = _name_start(doc, c.i, max(0, c.i - 8))
                nm = _strip_det(doc[a:c.i + 1].text)
                if not self._party_name(nm):
                    continue
                return self._own_org(nm)
        return None

    def _party_name(self, nm: str) -> bool:
        """``nm`` may name a party: no country, no registered actor, and party-like."""
        return not self._is_country_word(nm) and self.registry.match(nm) is None \
            and self._partyish(nm)

    def _own_org(self, nm: str) -> ActorRef:
        """An organisation named ``nm``, its own short name its group, placed by its name or
        where the story is."""
        short = self._org_group(nm)
        return ActorRef(short, short, self._name_country(nm) or self.home_country,
                        "organisation", False, "rule")

    def _names_own_source(self, m: Mention) -> bool:
        """"according to the preliminary result published by the state returning officer":
        a description that names who issued it ("published by X", "issued by X") introduces
        its own source; it is no later mention of "the result" a headline named."""
        h = self.doc[m.head]
        for c in self.doc.kids(h):
            if c.dep_ == "acl" and c.tag_ == "VBN" and any(
                    x.dep_ == "agent" and any(y.dep_ == "pobj" for y in self.doc.kids(x))
                    for x in self.doc.kids(c)):
                return True
        return False

    def _party_contender(self, m: Mention) -> ActorRef | None:
        """"Yoko Hanada, the former digital minister now running to lead the Liberal
        Democratic Party": a contender for a party's leadership speaks for that party (gold: a
        challenger or a not-yet-appointed leader goes to the party), unless her description
        gives her a present state office."""
        if m.kind == "pronoun" or m.name is None:
            return None
        parts = [self.text[sp[0]:sp[1]] for sp in (m.role, m.appos, self._role_clause(m)) if sp]
        for part in parts:
            hit = _CONTENDER_RE.search(part)
            if hit is None:
                continue
            for other in parts:
                words = (other[:hit.start()] if other is part else other).lower().split()
                if set(words) & _PARTY_BLIND_OFFICES and "former" not in words:
                    return None  # "Finance Minister X, who is running to lead ...": the state's
            nm = re.sub(r"['’]s$", "", hit.group(1)).strip()
            if not self._party_name(nm):
                continue
            return self._own_org(nm)
        return None

    def _fresh_person_subject(self, m: Mention, before: int, gender: str | None) -> Mention | None:
        """For "he"/"she": the named person who is the main subject of the sentence right
        before the pronoun's, in its paragraph, when no speaker was noted since ("Ramos, 58,
        did not attend the session. In a televised address, she said ..." is Ramos, not the
        lawmaker quoted a paragraph earlier): the most salient entity of the previous
        utterance, as ``_fresh_subject`` for bodies."""
        doc = self.doc
        toks = doc.toks
        sent = toks[m.head].sent
        if sent.start == 0 or any(t.i < m.head and t.dep_ in ("nsubj", "nsubjpass")
                                  and t.pos_ in ("NOUN", "PROPN") and not self.in_quote[t.i]
                                  for t in sent):
            return None  # the pronoun's own sentence has a subject of its own before it
        prev = toks[sent.start - 1].sent
        if self.paragraph_of[prev.start] != self.paragraph_of[m.head]:
            return None
        root = prev.root
        subj = next((c for c in doc.kids(root) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if any(prev.start <= r.mention.head < m.head and (subj is None or r.mention.head != subj.i)
               for r in self.history if r.mention.start < min(before, m.start)):
            return None  # a speaker noted since: the history decides
        if subj is None or subj.pos_ != "PROPN" or self.in_quote[subj.i] \
                or self._is_country_word(subj.text):
            return None
        aged = any(c.dep_ == "appos" and c.like_num for c in doc.kids(subj))  # "Ramos, 58,"
        a = self.resolve(self.mention_at(subj), subj.idx)
        if not (aged or subj.ent_type_ == "PERSON" or a.name is not None) \
                or not (aged or self._is_person(a)):
            return None  # (NER may call a surname a place: "Ramos, 58,")
        g = self._gender_of(a)
        return a if g is None or g == gender else None

    def _principal_of_spokesperson(self, m: Mention) -> ActorRef | None:
        """"Dizon has denied wrongdoing. His spokeswoman, Trixie Lualhati, said ...": a named
        spokesperson of a person speaks for that person's side (the vice-president's office),
        not for the last body the text named ("The House of Representatives impeached
        Dizon")."""
        doc = self.doc
        h = doc[m.head]
        if m.name is None or m.kind == "pronoun":
            return None
        role = h if h.lemma_.lower() in self.rules.spokesperson_heads else next(
            (c for c in doc.kids(h) if c.dep_ in ("appos", "compound")
             and c.lemma_.lower() in self.rules.spokesperson_heads), None)
        if role is None and m.role:
            span = doc.char_span(m.role[0], m.role[1], alignment_mode="expand")
            role = next((t for t in span or () if t.lemma_.lower() in self.rules.spokesperson_heads), None)
        if role is None:
            return None
        poss = next((c for c in doc.kids(role) if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if poss is None:
            return None
        pm = Mention(poss.idx, poss.idx + len(poss.text), poss.i, poss.text, "pronoun",
                     gender="m" if poss.lower_ == "his" else "f",
                     head_lemma="he" if poss.lower_ == "his" else "she")
        ante = self.resolve(pm, m.start)
        if ante is pm or not self._is_person(ante):
            return None
        ref = self.actor(ante)
        return ref if ref.group_type in ("government", "military", "organisation") else None

    def _pollster_subject(self, m: Mention) -> ActorRef | None:
        """"Gallup Korea found in a survey released Friday that X": a name that finds or shows
        something in a survey or poll of its own is a pollster, not a person of the public."""
        if m.kind != "name" or m.role or m.appos or m.age:
            return None
        h = self.doc[m.head]
        if h.dep_ != "nsubj" or h.pos_ != "PROPN":
            return None
        v = h.head
        if not any(c.dep_ == "prep" and c.lower_ == "in" and any(
                x.dep_ == "pobj" and x.lower_ in _POLL_NOUNS for x in self.doc.kids(c))
                for c in self.doc.kids(v)):
            return None
        nm = _strip_det(self.text[m.start:m.end])
        if self.registry.match(nm) is not None or self._is_country_word(nm):
            return None
        return ActorRef(nm, self._org_group(nm), self._name_country(nm) or self.home_country,
                        "organisation", False, "rule")

    def _office_over_whose_party(self, m: Mention, text: str, e: ActorEntry) -> bool:
        """"Chief Minister Nitin Prasad, whose Janata Dal (United) governs with the Bharatiya
        Janata Party": a party the "whose" clause names is no voice of a speaker the mention
        gives a state office (gold: a sitting minister whose party is named speaks for the
        government)."""
        if e.group_type != "organisation" or not text.lstrip().lower().startswith("whose "):
            return False
        own = {w.lower() for w in re.findall(r"[\w-]+", self.text[m.start:m.end])}
        return bool(own & _PARTY_BLIND_OFFICES)

    def _described_in_next_sentence(self, name: str) -> bool:
        """Whether the entity table has a title for the person of ``name`` ("Babatunde
        Adeyemi likes to say ... The two-term governor of Ogun State, now ..."): a name that
        stands bare everywhere is then still no ordinary person's; ``_profile`` places it by
        that title."""
        key = surname_key(name)
        p = self.entities.person(key) if key else None
        return p is not None and bool(p.descriptions)

    def _appos_person_name(self, m: Mention) -> str | None:
        """The person's name that closes a description's appositive ("The rapporteur, Swedish
        centre-right MEP Karl Engström", "Its leader, Spanish MEP Iratxe Molina") when the
        mention itself names no one (a registered title such as "MEP" may keep NER's person
        out of the mention's name)."""
        if m.name is not None or not m.appos or m.plural:
            return None
        span = self.doc.char_span(m.appos[0], m.appos[1], alignment_mode="expand")
        if span is None:
            return None
        toks = [t for t in span if t.ent_type_ == "PERSON" and not self.in_quote[t.i]]
        if not toks or toks[-1].i != span[-1].i or len(toks) < 2:
            return None
        return " ".join(t.text for t in toks)

    def _party_word_owner(self, m: Mention) -> ActorRef | None:
        """"party chairman X" after "Slovakia's opposition Progressive Slovakia said ...": a
        role the word "party" qualifies, with no party named in it, belongs to the party that
        last spoke in this sentence or the two before (one put on a side or named as a party),
        not to the last institution of any kind."""
        if m.kind == "pronoun" or m.role is None:
            return None
        toks = tokenize(self.text[m.role[0]:m.role[1]])
        low = [t.norm for t in toks]
        if "party" not in low[:-1]:
            return None
        k = low.index("party") + 1
        if k > 1 and toks[k - 2].shape[:1].isupper() and low[k - 2] != "the":
            return None  # "Constitutional Democratic Party leader X": the name is in the role
        roles = _PARTY_ROLES | _MEMBER_ROLES | {"chairman", "chairwoman", "chair", "chairperson",
                                                "president", "secretary", "treasurer"}
        if low[k] in ("'s", "’s") and k + 1 < len(low):
            k += 1  # "The party's leader, X"
        # "The party's national publicity secretary": up to three lower-case words before the
        # role noun
        while k + 1 < len(low) and k < low.index("party") + 4 and low[k] not in roles \
                and toks[k].shape.islower():
            k += 1
        if low[k] not in roles:
            return None
        lo = self._sentence_start(m.start, 2)
        for r in reversed(self.history):
            if r.mention.start >= m.start or r.mention.kind == "pronoun":
                continue
            if r.mention.head < lo:
                break
            if r.actor.group_type != "organisation":
                continue
            said = self.text[r.antecedent.start:r.antecedent.end].lower().split()
            if set(said) & (_PARTY_MARKERS | _PARTY_NAME_WORDS) or self._partyish(r.actor.group):
                return r.actor
        # no party spoke: the last one the text named ("the Rural Citizens Movement (BBB-R)
        # walked out ... The party's leader, X, told reporters")
        k = bisect.bisect_left(self._ent_starts, m.start)
        for ent in reversed(self.ents[max(0, k - 40):k]):
            if ent.start < lo:
                break
            if ent.label_ != "ORG" or ent.end_char > m.start or self.in_quote[ent.start]:
                continue
            nm = _strip_det(ent.text)
            if self._party_name(nm):
                return self._own_org(nm)
        # none in those sentences: the one party the text named before, if only one
        named = {_strip_det(e.text) for e in self.ents[:k] if e.label_ == "ORG"
                 and e.end_char <= m.start and not self.in_quote[e.start]
                 and self.registry.match(_strip_det(e.text)) is None
                 and self._partyish(_strip_det(e.text))}
        if len(named) == 1:
            nm = named.pop()
            return self._own_org(nm)
        return None
