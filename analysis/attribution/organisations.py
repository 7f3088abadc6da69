"""Organisation names: group and country of a named body, acronyms and fuller names, state-
qualified names.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from analysis.attribution.home import _whole_place
from analysis.attribution.mention import Mention
from analysis.attribution.names import _foreign_name, _proper_name, _spells, _strip_det
from analysis.attribution.spans import _field_of_study, _name_start, bisect_tok
from analysis.attribution.words import (
    _ADVOCATE_ROLES,
    _BODY_NOUNS,
    _BODY_NOUNS_ALL,
    _CAPITALISED_RUN,
    _CORPORATE_ROLES,
    _COUNSEL_WORDS,
    _COUNTRY_UNIT_NOUNS,
    _LOCAL,
    _LOWER_GROUP_NOUNS,
    _NAME_LINKS,
    _NAME_PREPOSITIONS,
    _ORG_HEADS,
    _PLACE_NAME_HEADS,
    _POSSESSED_STATE_HEADS,
    _RESEARCH_BODY_HEADS,
    _SETTLEMENT_NOUNS,
    _STATE_DESCRIPTION_NOUNS,
    _TITLE_WORDS,
    _WORKPLACE_PLACE_WORDS,
)
from analysis.entities import surname_key
from analysis.registry import Tok, tokenize
from analysis.types import ActorRef


class Organisations:
    """Organisation names: group and country of a named body, acronyms and fuller names, state-
    qualified names. Mixed into :class:`analysis.attribution.attributor.Attributor`.
    """

    def _organisation(self, m: Mention, allow_head: bool = True) -> ActorRef | None:
        """A named organisation nobody registered, in the mention or its role: its own short
        name (the acronym if it has one) is its group. A state body named so ("the National
        Emergency Management Agency") is left to the rules."""
        doc = self.doc
        spans = [m.span] + [sp for sp in (m.role, m.appos, self._role_clause(m)) if sp]
        cands: list[tuple[int, int]] = []  # token ranges of organisation names
        lo = min(a for a, _ in spans)
        hi = max(b for _, b in spans)
        k0 = bisect.bisect_left(self._ent_starts, lo)
        k1 = bisect.bisect_right(self._ent_starts, hi)
        for ent in self.ents[k0:k1]:
            if (ent.label_ not in ("ORG", "PERSON") and not self._voiced_unknown_place(ent)) \
                    or not any(a <= ent.start_char and ent.end_char <= b for a, b in spans):
                continue
            if m.name and ent.start_char < m.name[1] and m.name[0] < ent.end_char:
                continue  # the speaker's own name
            if ent.label_ == "PERSON" and not self._org_like_name(ent.start, ent.end, ent.start - 1) \
                    and not (len(ent) == 1 and ent.root.dep_ == "poss"
                             and self._firm_by_first_word(ent.text, ent.start)):
                # ("Aurora's chief technology officer" after "Finnish company Aurora Orbital")
                continue
            if len(ent) == 1 and ent.root.dep_ == "poss" and surname_key(ent.root.text) in self.entities.surnames:
                continue  # "Rowe's coach" after "Tamika Rowe": NER's ORG is a person's surname
            if len(ent) == 1 and ent.root.is_sent_start and (
                    ent.root.lemma_.lower() in self.rules.public | self.rules.person
                    or ent.root.lower_ in self.rules.public | self.rules.person):
                continue  # "Fisherman's leader X" opening a sentence: people, not a name
            if ent.label_ == "ORG" and ent.start > 0 and doc[ent.start - 1].lower_ in _TITLE_WORDS \
                    and doc[ent.start - 1].text[:1].isupper() and ent.root.dep_ == "poss":
                continue  # "President Natalia Cojocaru's office": NER's ORG is a titled person
            if self._modifier_of_people(ent.root):
                continue  # "the association of Normandy cheese producers": a region, not a body
            if len(ent) == 1 and ent.root.dep_ in ("compound", "nmod") and ent.end < len(doc) \
                    and doc[ent.end].lower_ in _PLACE_NAME_HEADS and doc[ent.end].text.islower():
                # "the headman of Vunidogoloa village", "the Cutipa community council": the
                # name of a place, not of a body of its own
                continue
            place = ent.root if ent.root.dep_ == "pobj" else ent.root.head \
                if ent.root.dep_ == "compound" and ent.root.head.dep_ == "pobj" \
                and (ent.root.head.head.lower_ in ("near", "outside")
                     or ent.root.head.lemma_.lower() in _SETTLEMENT_NOUNS) else ent.root
            # ("Refugee leaders in the Farchana camp": the camp is where they are)
            # ("queuing outside the Maasvlakte terminals": the name of a place's part)
            if place.dep_ == "pobj" and (
                    place.head.lower_ in ("in", "near", "outside")
                    or place.head.lower_ in ("at", "from") and place.head.head.pos_ == "VERB"
                    or place.head.lower_ == "from" and len(ent) == 1
                    and place.head.head.pos_ == "NOUN" and place.head.head.lower_ in (
                        self.rules.public | self.rules.person | _ADVOCATE_ROLES)) \
                    and not {t.lower_ for t in ent} & (self.rules.organisation | _ORG_HEADS
                                                      | self.rules.org_name_words):
                # ("Truck drivers waiting at Landi Kotal": where they wait, not an employer)
                continue  # "Doctors in Gulu": NER's ORG is a place
            cands.append((ent.start, ent.end))
        cands = self._joined_by_and(cands)
        # "A Halden Wind Alliance spokeswoman", "who heads the Nordic Fisheries Union": a
        # capitalised name ending in an organisation word, which NER may miss
        for sp in spans:
            for t in doc.char_span(sp[0], sp[1], alignment_mode="expand") or ():
                if (t.lower_ in self.rules.organisation or self._continent_tail(t)) \
                        and t.text[:1].isupper() and t.i > 0:
                    a = _name_start(doc, t.i, bisect_tok(doc, sp[0]))
                    if a < t.i and not any(x <= a < y or x < t.i + 1 <= y for x, y in cands) \
                            and not (m.name and m.name[0] <= doc[a].idx < m.name[1]):
                        cands.append((a, t.i + 1))
        # "who founded the Save Our Thames group": a capitalised name before a lower-case
        # group noun is the group's name
        for sp in spans:
            for t in doc.char_span(sp[0], sp[1], alignment_mode="expand") or ():
                if t.lower_ in _LOWER_GROUP_NOUNS and t.text.islower() and t.i > 1 \
                        and doc[t.i - 1].text[:1].isupper() and doc[t.i - 1].is_alpha \
                        and not doc[t.i - 1].is_sent_start:
                    a, lo = t.i - 1, bisect_tok(doc, sp[0])
                    while a > lo and doc[a - 1].text[:1].isupper() and doc[a - 1].is_alpha \
                            and not doc[a - 1].is_sent_start:
                        a -= 1
                    if doc[a].lower_ != "the" and not self._is_country_word(doc[a:t.i].text) \
                            and not any(x <= a < y for x, y in cands):
                        cands.append((a, t.i))
        # "A spokesman for Transnet": a name NER tags as nothing, that a spokesperson speaks
        # for, is a body's (a person or a place is left to their rules)
        for sp in spans:
            for t in doc.char_span(sp[0], sp[1], alignment_mode="expand") or ():
                if t.pos_ != "PROPN" or self.in_quote[t.i] or not self._voiced_by_officer(t) \
                        or t.ent_type_ and not (t.ent_type_ == "PERSON" and t.ent_iob_ == "B"
                                                and (t.i + 1 >= len(doc) or doc[t.i + 1].ent_iob_ != "I")
                                                and t.dep_ == "poss" and self._company_office(t)):
                    continue  # (NER's one-word "person" owning a company office is a firm)
                a = _name_start(doc, t.i, bisect_tok(doc, sp[0]))
                words = tokenize(doc[a:t.i + 1].text)
                if any(x <= a < y for x, y in cands) or self.registry.countries.scan(words) \
                        or doc[a].lower_ in self.rules.female_first_names | self.rules.male_first_names \
                        or not t.ent_type_ and surname_key(t.text) in self.entities.surnames \
                        or any(e.label_ == "PERSON" and e.text.split()[-1] == t.text
                               and (len(e) > 1 or not t.ent_type_) for e in self.ents):
                    continue  # ("A spokesman for Smith" after "Smith was charged")
                cands.append((a, t.i + 1))
        # "head of the Dravana railway workers' union": a capitalised name before the members'
        # trade and possessive names the body, whatever NER calls the name (a person here);
        # not a place ("the Bucharest health workers' union", "the Kenyan teachers' union")
        for sp in spans:
            for t in doc.char_span(sp[0], sp[1], alignment_mode="expand") or ():
                members = next((c for c in doc.kids(t) if c.dep_ == "poss" and c.pos_ == "NOUN"
                                and c.text.islower()
                                and any(x.dep_ == "case" for x in doc.kids(c))), None) \
                    if t.lower_ in _BODY_NOUNS and t.text.islower() else None
                if members is None:
                    continue
                b, lo = members.i, bisect_tok(doc, sp[0])
                while b > lo and b > members.i - 3 and doc[b - 1].text.islower() \
                        and doc[b - 1].is_alpha:
                    b -= 1  # "railway", "health": the members' trade
                a = b
                while a > lo and doc[a - 1].text[:1].isupper() and doc[a - 1].is_alpha \
                        and not doc[a - 1].is_sent_start:
                    a -= 1
                if a < b and not any(x <= a < y for x, y in cands) \
                        and not (m.name and m.name[0] <= doc[a].idx < m.name[1]) \
                        and not self._only_places(doc[a:b].text):
                    cands.append((a, b))
        # "Surfers Against Sewage said": a capitalised preposition inside a name makes it a
        # campaign's or charity's, which NER misses
        for sp in spans:
            toks = doc.char_span(sp[0], sp[1], alignment_mode="expand") or ()
            for t in toks:
                if t.lower_ in _NAME_PREPOSITIONS and t.text[:1].isupper() and 0 < t.i < len(doc) - 1 \
                        and self._org_like_name(t.i - 1, t.i + 2, None):
                    a, lo = t.i - 1, bisect_tok(doc, sp[0])
                    while a > lo and doc[a - 1].text[:1].isupper() and doc[a - 1].is_alpha:
                        a -= 1  # (not across "of": "Jane Smith of Mothers Against X")
                    b = t.i + 1
                    while b < len(doc) and doc[b].idx < sp[1] and doc[b].text[:1].isupper():
                        b += 1
                    if not any(x <= a < y for x, y in cands):
                        cands.append((a, b))
        # "X, whose Česko 2030 movement won": the name before the body noun "whose" owns
        clause = self._role_clause(m)
        if clause is not None and m.start < clause[0] and self.text[:clause[0]].rstrip().endswith(
                "whose"):
            a = b = bisect_tok(doc, clause[0])
            while b < len(doc) and doc[b].idx < clause[1] and (
                    doc[b].text[:1].isupper() or doc[b].like_num and b > a):
                b += 1
            if a < b < len(doc) and doc[b].idx < clause[1]:
                cands.append((a, b))
        # "GDL chairman Jens Lohmann", "An M23 spokesman": a bare acronym in the role
        for sp in spans:
            for t in doc.char_span(sp[0], sp[1], alignment_mode="expand") or ():
                if (re.fullmatch(r"[A-Z]{2,}|[A-Z]{1,4}[0-9]{1,3}", t.text)
                        or t.text.istitle() and t.text in self._acr_long) and (
                        t.pos_ == "PROPN" or t.dep_ == "compound" and self._role_noun(t.head)) \
                        and t.lower_.rstrip("s") not in _BODY_NOUNS \
                        and (t.i, t.i + 1) not in cands and not (m.name and m.name[0] <= t.idx < m.name[1]):
                    # (not "a Bogor-based NGO": the kind of body, no body's initials)
                    cands.append((t.i, t.i + 1))
        # "Eskom spokesperson X" where the tagger took "Eskom" for a common noun: a capitalised
        # modifier of the role that the text writes capitalised mid-sentence elsewhere and
        # never in lower case is a name
        for sp in spans:
            for t in doc.char_span(sp[0], sp[1], alignment_mode="expand") or ():
                if t.dep_ in ("compound", "nmod", "amod") and t.text.istitle() and t.is_alpha \
                        and len(t.text) > 2 and self._role_noun(t.head) \
                        and (t.head.text.islower() or t.head.text.isupper()
                             and t.head.lower_ in _CORPORATE_ROLES) \
                        and not (t.i > 0 and doc[t.i - 1].text[:1].isupper() and not t.is_sent_start) \
                        and (t.i, t.i + 1) not in cands \
                        and not (m.name and m.name[0] <= t.idx < m.name[1]) \
                        and t.lower_ not in self.rules.organisation | _ORG_HEADS | _BODY_NOUNS_ALL \
                        and self._rule(t.text) is None and self._capitalised_name_word(t.text):
                    cands.append((t.i, t.i + 1))
        if allow_head and m.name is None and m.kind == "name" and doc[m.head].pos_ == "PROPN":
            # (a common-noun head names nothing: "State oil company Petronova" is Petronova)
            h = doc[m.head]
            a = h.i
            while a - 1 >= 0 and doc[a - 1].pos_ == "PROPN" and doc[a - 1].idx >= m.start:
                a -= 1
            end = h.i if h.text.isupper() and h.lower_ in _CORPORATE_ROLES and a < h.i else h.i + 1
            # ("The Boeing CEO": the firm is the name before the title)
            if h.ent_type_ == "ORG" or doc[a].ent_type_ == "ORG" and end == h.i \
                    or self._org_like_name(a, h.i + 1, a - 1) or h.lower_ in self._appos_orgs:
                cands.append((a, end))
        if allow_head and m.kind == "name" and m.name is None and cands and \
                doc[m.head].pos_ == "PROPN" and any(a <= m.head < b for a, b in cands) \
                and not (doc[m.head].text.isupper() and doc[m.head].lower_ in _CORPORATE_ROLES):
            # "Van der Berg Kaas": NER kept only part of the name; the mention is the name
            hs = m.head
            a = _name_start(doc, hs, bisect_tok(doc, m.start))
            cands.insert(0, (a, hs + 1))
        lo_tok = bisect_tok(doc, lo)
        cands = [(self._name_over_and(a, lo_tok, m), b) for a, b in cands]
        for a, b in cands:
            if b - a <= 3 and all(doc[x].text.istitle() or doc[x].lower_ in ("and", "of", "&")
                                  for x in range(a, b)) and b < len(doc) \
                    and doc[b].lower_ in ("minister", "secretary"):
                # "Education Secretary X", "Interior Minister Y": a portfolio, not a body's
                # name (NER's ORG after "the Department of Education"); an acronym ("GMB
                # secretary") still names one
                continue
            a, b = self._whole_acronym_name(a, b)
            b = self._country_name_tail(a, b)
            text = doc[a:b].text
            if self.registry.match(text) is not None:
                continue
            name = _strip_det(text).replace("’s", "").replace("'s", "").strip()
            if not name or self.registry.countries.find(name, cities=False) and len(name.split()) == 1:
                continue
            if b < len(doc) and doc[b].lower_ in _LOCAL and doc[b].text.islower() \
                    and _whole_place(self.registry, tokenize(name)) is not None:
                continue  # "Northland district manager X": the region he serves, no body
            acr = self._acronyms.get(name)
            long_name = acr.text if acr is not None else self._acr_long.get(name, name)
            lr = self._rule(long_name)
            if lr is not None and lr[0] in ("government", "military", "media") \
                    and not self._called_a_firm(name):
                continue  # "Foreign Ministry", "Kenyan police": not an organisation of its own
            # (a long form that only repeats the acronym, "An FCA spokesperson", spells nothing)
            implied = self._implied_long(name) if name in long_name.split() else None
            ir = self._rule(implied) if implied else None
            if ir is not None and ir[0] in ("government", "military", "media"):
                # "An FCA spokesperson" after "The Financial Conduct Authority": the initials
                # of a state body the text named before (never spelled out in brackets), as
                # the text placed it when it spoke ("In New Delhi, the Ministry of External
                # Affairs said ... MEA spokesperson X" in a Dhaka story is India's)
                spoke = next((r.actor for r in reversed(self.history)
                              if r.mention.start < m.start and r.actor.group_country
                              and _strip_det(r.antecedent.text) == implied), None)
                if spoke is not None and spoke.group_type == ir[0]:
                    return replace(spoke, actor=implied, anonymous=self._anonymous(m))
                return self._make(implied, ir[0], ir[1] or self.default_country or self.home_country,
                                  self._anonymous(m))
            state = self._possessing_state(a, b)
            if state is not None:
                # "China's Taiwan Affairs Office", "Germany's Federal Cartel Office": a state
                # body the text gives to its country is that country's government
                return self._make(name, "government", state, self._anonymous(m))
            full = self._full_org_name(name)
            if full == name and " " not in name:
                full = self._firm_by_first_word(name, a) or name
            short = self._org_group(full)
            fr = self._rule(short) if short != name and " " not in name else None
            if fr is not None and fr[0] in ("government", "military") \
                    and not self._called_a_firm(name):
                # "A Corps spokeswoman" after "The U.S. Army Corps of Engineers": the state
                # body the text named in full, called by one word of its name
                return self._make(short, fr[0], fr[1] or self.default_country or self.home_country,
                                  self._anonymous(m))
            sr = self._acronym_state(short)
            if sr is not None:
                # "the Border Service" after "the Border Service of the State Committee for
                # National Security (GKNB)": the body the text spelled out, a state body
                return self._make(short, sr[0], sr[1] or self.default_country or self.home_country,
                                  self._anonymous(m))
            state_home = self._named_as_state_body(short)
            if state_home is not None:
                # "its Estonian counterpart, Finantsinspektsioon ... A spokesman for
                # Finantsinspektsioon said": the text introduced the name as a state body's
                return self._make(short, "government", state_home, self._anonymous(m))
            unit = self._country_unit_before(a)
            if unit is not None:
                # "The Kenyan chapter of the International Commission of Jurists": the
                # country's own unit, an organisation of its own with that country (gold dev2:
                # "Amnesty International's Tunisia section" -> Amnesty International Tunisia)
                c = self.registry.countries.countries[unit]
                return ActorRef(f"{short} {c.names[0]}", f"{short} {c.names[0]}", unit,
                                "organisation", self._anonymous(m), "rule")
            after_country, research, _ = self._description_after(b)
            if research and m.name is not None:
                # "X, founding director of Confluence Advisory, a Sudanese think tank": a think
                # tank's people comment as experts (design.md), placed where the description
                # puts it
                return self._make(self.text[m.name[0]:m.name[1]], "person",
                                  after_country or self._name_country(short)
                                  or self.default_country or self.home_country,
                                  self._anonymous(m))
            return ActorRef(short, short, self._name_country(short) or self._described_country(a)
                            or after_country, "organisation", self._anonymous(m), "rule")
        return None

    def _advocated_body(self, m: Mention) -> ActorRef | None:
        """The organisation an advocate's role names after "with", "at" or "for" ("a
        campaigner with Friends of the Earth", "a lawyer for Greenpeace"): a registered
        organisation or a capitalised name NER or an organisation word marks as a body, not
        a person ("a lawyer for Cano"), a place or a state body; else None."""
        doc = self.doc
        spans = [sp for sp in (m.span, m.role, m.appos, self._role_clause(m)) if sp]
        for sp in spans:
            for t in doc.char_span(sp[0], sp[1], alignment_mode="expand") or ():
                if t.lower_ not in _ADVOCATE_ROLES or t.i + 2 >= len(doc) \
                        or doc[t.i + 1].lower_ not in ("with", "at", "for"):
                    continue
                if t.lower_ in _COUNSEL_WORDS and doc[t.i + 1].lower_ != "for":
                    continue  # "a lawyer at Clifford Chance" comments; "a lawyer for X" acts
                obj = next((c for c in doc.kids(doc[t.i + 1]) if c.dep_ == "pobj"), None)
                if obj is None or obj.idx >= sp[1]:
                    continue
                a, b = obj.left_edge.i, obj.i + 1
                while a < b and doc[a].lower_ in ("the", "a", "an"):
                    a += 1
                while b - a > 1 and doc[b - 1].text.islower() and doc[b - 1].lower_ in (
                        _LOWER_GROUP_NOUNS | _BODY_NOUNS | self.rules.organisation):
                    b -= 1  # "the Durban Harbour Watch campaign": the name before the noun
                run = doc[a:b]
                if not len(run) or not run[0].text[:1].isupper() or any(
                        x.ent_type_ == "PERSON" for x in run) or not all(
                        x.text[:1].isupper() or x.lower_ in ("of", "and", "&", "for", "the")
                        for x in run):
                    continue
                text = run.text
                hit = self.registry.match(text)
                if hit is not None:
                    e = hit[0]  # ("a lawyer for the Home Office": the state's own counsel)
                    return ActorRef(e.actor, e.group, e.group_country, e.group_type, False,
                                    "registry")
                toks = tokenize(text)
                if self.registry.countries.scan(toks) and self._is_country_word(text) \
                        or self._only_places(text) or self._whole_region(toks) is not None:
                    return None
                if not (any(x.ent_type_ == "ORG" for x in run)
                        or run[-1].lower_ in self.rules.organisation | _ORG_HEADS
                        | self.rules.org_name_words):
                    return None
                lr = self._rule(text)
                if lr is not None and lr[0] in ("government", "military", "media"):
                    return self._make(text, lr[0], lr[1] or self.default_country
                                      or self.home_country, False)
                short = self._org_group(text)
                return ActorRef(short, short, self._name_country(short), "organisation", False,
                                "rule")
        return None

    def _voiced_by_officer(self, t: Token) -> bool:
        """``t`` is what a spokesperson speaks for ("A spokesman for Transnet") or owns a
        company office ("Transnet's chief operating officer")."""
        if t.dep_ == "pobj" and t.head.lower_ == "for":
            return t.head.head.lower_ in self.rules.spokesperson_heads
        if t.dep_ == "poss" and t.head.i > t.i + 1:
            return self._company_office(t) or t.head.lower_ in self.rules.spokesperson_heads
        return False

    def _company_office(self, t: Token) -> bool:
        """The possessive ``t`` owns a company office ("X's chief operating officer")."""
        return t.head.i > t.i + 1 \
            and self.doc[t.i + 2:t.head.i + 1].text.lower() in _CORPORATE_ROLES - {"owner"}

    def _voiced_unknown_place(self, ent: TokenSpan) -> bool:
        """"A spokeswoman for Baltic Hub" where NER took the name for a place: a name that a
        spokesperson speaks for and that no country, region or city list knows is a body's
        (a place has no spokesperson; "a spokesman for Kenya" is found by the place rules)."""
        root = ent.root
        if ent.label_ not in ("LOC", "FAC", "GPE") or root.dep_ != "pobj" \
                or root.head.lower_ != "for" or len(ent) < 2:
            return False
        role = root.head.head
        if role.lemma_.lower() not in self.rules.spokesperson_heads \
                and role.lower_ not in self.rules.spokesperson_heads:
            return False
        toks = tokenize(ent.text)
        return not self.registry.countries.scan(toks) and self._whole_region(toks) is None

    def _long_with_owner(self, long: str) -> str:
        """An acronym's spelled-out name with the state the text gave it as owner, if it did
        ("Bolivia's Directorate General of Civil Aviation (DGAC)"): "DGAC director X" is then
        Bolivia's, not the dateline's."""
        for mt in re.finditer(r"([A-Z][\w.]*(?: [A-Z][\w.]*)?)['’]s (?:the )?" + re.escape(long),
                              self.text):
            code = self.registry.countries.find(mt.group(1), cities=False)
            if code is not None and mt.group(1) in self.registry.countries.countries[code].names:
                return mt.group(0)
        return long

    def _acronym_state(self, short: str) -> tuple[str, str | None] | None:
        """(group type, country) when ``short`` is an acronym the text spelled out as a state
        body, a military or an outlet by the rules; else None (also when the text calls the
        body a company: "the state electricity company, the Federal Electricity Commission")."""
        long = self._acr_long.get(short)
        if long and self._called_a_firm(short):
            return None
        lr = self._rule(long) if long else None
        if lr is not None and lr[0] in ("government", "military", "media"):
            return lr[0], lr[1]
        if long and long.split()[-1].lower() in _POSSESSED_STATE_HEADS:
            # "KNKT chief X" after "Indonesia's National Transportation Safety Committee
            # (KNKT)": the state the text gave the body to
            for mt in re.finditer(r"([A-Z][\w.]*(?: [A-Z][\w.]*)?)['’]s (?:the )?" + re.escape(long),
                                  self.text):
                code = self.registry.countries.find(mt.group(1), cities=False)
                if code is not None and mt.group(1) in self.registry.countries.countries[code].names:
                    return "government", code
        return None

    def _described_country(self, a: int) -> str | None:
        """The country of the lower-case description right before a name ("Nigeria's state
        oil company NNPC", "the Kenyan dairy cooperative Maziwa"), else None."""
        doc = self.doc
        k = a - 1
        while k >= 0 and a - k <= 6 and (doc[k].text.islower() and doc[k].pos_ in ("NOUN", "ADJ")
                                         or doc[k].ent_type_ == "NORP"):
            if doc[k].ent_type_ == "NORP":
                return self.registry.countries.find(doc[k].text, cities=False)
            k -= 1
        if k >= 1 and k < a - 1 and doc[k].text in ("'s", "’s") and not self.in_quote[k]:
            return self.registry.countries.find(doc[k - 1].text, cities=False)
        return None

    def _body_named_with_of(self, m: Mention, org: ActorRef) -> ActorRef | None:
        """The whole name of a body that speaks itself and whose name has "of" in it ("The
        Confederation of Indigenous Nationalities of Ecuador", "the Movement of People
        Affected by Dams"), when the organisation rules took only its first words; with "of
        <country>" NER left out of the mention. None for a person's mention."""
        if m.name is not None or m.kind != "name":
            return None
        body_words = {w.lower() for w in org.group.split()} \
            & (self.rules.organisation | _ORG_HEADS | _BODY_NOUNS_ALL)
        nm = _strip_det(m.text)
        if not body_words or not nm.startswith(org.group + " of ") or not _proper_name(nm):
            return None
        a, b = bisect_tok(self.doc, m.start), bisect_tok(self.doc, m.end)
        b = self._country_name_tail(a, b)
        nm = _strip_det(self.doc[a:b].text)
        return ActorRef(nm, self._org_group(nm), self._name_country(nm), "organisation",
                        org.anonymous, "rule")

    def _name_over_and(self, a: int, lower: int, m: Mention) -> int:
        """The start of a body's name that runs on over "and" before token ``a``: NER tags
        only "Migrant Service" in "the Jesuit Refugee and Migrant Service" (not over a
        person's own name, nor before ``lower``)."""
        doc = self.doc
        while a - 2 >= lower and doc[a - 1].lower_ in ("and", "&") and doc[a].text[:1].isupper() \
                and doc[a - 2].text[:1].isupper() and doc[a - 2].is_alpha \
                and doc[a - 2].ent_type_ not in ("PERSON", "GPE") \
                and not (m.name and m.name[0] <= doc[a - 2].idx < m.name[1]):
            start = _name_start(doc, a - 2, lower)
            if start > a - 2 or doc[start].ent_type_ in ("PERSON", "GPE"):
                break
            a = start
        return a

    def _named_as_state_body(self, name: str) -> str | None:
        """The country of the state body the text introduces ``name`` as, by a noun right
        before it: "its Estonian counterpart, Finantsinspektsioon", "the Kenyan regulator
        Sokoni", "the competition watchdog CCCS" (the story's country when no country word
        comes with the noun); None if the text does not."""
        if not name or not name[:1].isupper():
            return None
        heads = "|".join(sorted(_STATE_DESCRIPTION_NOUNS))
        rx = re.compile(rf"\b(?:its|their|the|a|an)\s+((?:[A-Z][\w.-]+\s+)?)(?:[a-z-]+\s+){{0,2}}"
                        rf"(?:{heads}),?\s+(?:the\s+)?{re.escape(name)}\b")
        for mt in rx.finditer(self.text):
            if self.in_quote[bisect_tok(self.doc, mt.start())]:
                continue
            own = mt.group(1).strip()
            code = self.registry.countries.find(own, cities=False) if own else None
            if own and code is None:
                continue  # "the Fitch regulator ...": a name, not a country, before the noun
            if "counterpart" in mt.group(0):
                # only a state body's counterpart is one ("Vale and its Australian counterpart,
                # BHP" is a firm): the clause before must name a state body
                k = bisect_tok(self.doc, mt.start())
                before = self.text[self.doc[k].sent.start_char:mt.start()]
                rule = self._rule(before) if before.strip() else None
                if rule is None or rule[0] not in ("government", "military"):
                    continue
            return code or self.default_country or self.home_country
        return None

    def _country_name_tail(self, a: int, b: int) -> int:
        """The end of a body's name that NER cut before "of <country>": "The Law Society of
        Kenya", "the National Council of Churches of Kenya" are named for their country (the
        tagger keeps "Kenya" apart as a place)."""
        doc = self.doc
        if b + 1 >= len(doc) or b - a < 2 or doc[b].lower_ != "of" or not doc[b - 1].text[:1].isupper():
            return b
        k = b + 1
        if doc[k].lower_ == "the" and k + 1 < len(doc):
            k += 1
        e = k
        while e < len(doc) and doc[e].text[:1].isupper() and doc[e].is_alpha and e - k < 3:
            e += 1
        place = doc[k:e].text
        code = self.registry.countries.find(place, cities=False) if e > k else None
        if code is None or place not in self.registry.countries.countries[code].names:
            return b
        return e

    def _country_unit_before(self, a: int) -> str | None:
        """The country of the unit named right before a body's name that starts at token
        ``a``: "the Kenyan chapter of", "the Brazil office of the" -> KE, BR."""
        doc = self.doc
        k = a - 1
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        if k < 2 or doc[k].lower_ != "of" or doc[k - 1].lower_ not in _COUNTRY_UNIT_NOUNS:
            return None
        j = k - 2
        if j >= 0 and doc[j].lower_ == "national":
            j -= 1
        if j < 0 or not doc[j].text[:1].isupper():
            return None
        return self.registry.countries.find(doc[j].text, cities=False)

    def _employer_described_country(self, m: Mention) -> str | None:
        """The country of the description right after the speaker's role or appositive, which
        ends with the employer's name ("X, chief economist at Al-Masar, an Amman consultancy")."""
        for sp in (m.appos, m.role):
            if sp is None or sp[1] <= m.start:
                continue
            b = bisect_tok(self.doc, sp[1])
            if 0 < b < len(self.doc) and self.doc[b - 1].pos_ == "PROPN":
                country = self._description_after(b)[0]
                if country is not None:
                    return country
        return None

    def _description_after(self, b: int) -> tuple[str | None, bool, int]:
        """The appositive description right after a body's name that ends at token ``b``
        ("Confluence Advisory, a Sudanese think tank", "Al-Masar, an Amman consultancy", "X, a
        Lagos-based advocacy group"): (the country its words give, whether it calls the body a
        think tank or the like, the description's end offset); (None, False, -1) if none."""
        doc = self.doc
        if b + 2 >= len(doc) or doc[b].text != "," or doc[b + 1].lower_ not in ("a", "an") \
                or self.in_quote[b]:
            return None, False, -1
        k = b + 2
        while k < len(doc) and k - b <= 8 and (
                doc[k].pos_ in ("ADJ", "NOUN", "PROPN") or doc[k].text == "-"
                or doc[k].lower_ == "based" or doc[k].ent_type_ in ("NORP", "GPE")):
            k += 1
        if k == b + 2 or k < len(doc) and doc[k].text not in (",", ".", ";", ")"):
            return None, False, -1  # ("a think tank that ...": more than a description)
        words = [t.lower_ for t in doc[b + 2:k]]
        research = " ".join(words[-2:]) in _RESEARCH_BODY_HEADS or words[-1] in _RESEARCH_BODY_HEADS
        country = self._country(tokenize(doc[b + 2:k].text), False)
        return country, research, doc[k - 1].idx + len(doc[k - 1].text)

    def _whole_acronym_name(self, a: int, b: int) -> tuple[int, int]:
        """The name an entity belongs to when it sits before the acronym the text defines
        for that name: NER splits "The Public Agency for Medicinal Products (JAZMP)" into two
        organisations and keeps the bracket ("Medicinal Products ("); the body is the whole
        name the acronym spells out."""
        doc = self.doc
        cut = next((k for k in range(a + 1, b) if doc[k].text == "("), None)
        if cut is not None:
            b = cut  # "Food Safety (AHV": the entity ran into the bracket
        while b > a + 1 and doc[b - 1].is_punct:
            b -= 1
        if b + 2 < len(doc) and doc[b].text == "(" and doc[b + 2].text == ")":
            long = self._acr_long.get(doc[b + 1].text)
            start = self.text.rfind(long, 0, doc[b].idx) if long else -1
            if start >= 0 and not self.text[start + len(long):doc[b].idx].strip() \
                    and start <= doc[a].idx:
                span = doc.char_span(start, start + len(long), alignment_mode="expand")
                if span is not None:
                    return span.start, span.end
        return a, b

    def _implied_long(self, acr: str) -> str | None:
        """The organisation named before an acronym's first use whose initials it is ("the
        Financial Conduct Authority" for "FCA"), when the text never spells it out in brackets."""
        if not re.fullmatch(r"[A-Z]{2,6}", acr):
            return None
        first = next((t.i for t in self.doc.with_text(acr)), None)
        if first is None:
            return None
        for e in self.ents:
            if e.label_ == "ORG" and len(e) >= 2 and e.end <= first \
                    and _spells(acr, _strip_det(e.text)):
                return _strip_det(e.text)
        # NER may cut a long name in two ("The Australian Competition and" + "Consumer
        # Commission"): the capitalised words as written, linking words allowed between them
        cut = self.doc[first].idx
        for mt in _CAPITALISED_RUN.finditer(self.text, 0, cut):
            long = _strip_det(mt.group(0))
            if len(long.split()) >= len(acr) and _spells(acr, long):
                return long
        return None

    def _name_country(self, name: str) -> str | None:
        """The country an organisation's own name carries ("Kenya Running Union", "Slovenian
        Leukaemia Patients' Association"), else None: a national body keeps its country (the
        group naming convention); one whose name says none is not guessed. An acronym the
        text spelled out carries the country of its long form ("AMDH" after "the Malian
        Association for Human Rights (AMDH)")."""
        code = self._country(tokenize(name), False)
        if code is None and (long := self._acr_long.get(_strip_det(name).strip())):
            code = self._country(tokenize(long), False)
        if code is None and name and _strip_det(name) in self.text:
            # "Ohio-based Brantley Interiors", "Toronto-listed Andes Pacific": the seat or
            # listing the text gives the firm (gold: companies are placed by seat or listing)
            # (the name must be in the text: a regex search of the whole text otherwise)
            seat = re.search(r"([\w.]+(?:\s[A-Z][\w.]+)?)-(?:based|listed|headquartered)\s+"
                             + re.escape(_strip_det(name)), self.text)
            if seat is not None:
                code = self._country(tokenize(seat.group(1) + "-based"), False)
        return code

    def _possessing_state(self, a: int, b: int) -> str | None:
        """The country of "<Country>'s <Name> Office/Agency/Authority/...", or None."""
        doc = self.doc
        if b - 1 >= len(doc) or doc[b - 1].lower_ not in _POSSESSED_STATE_HEADS:
            return None
        k = a - 1
        while k >= 0 and a - k < 8 and (doc[k].text[:1].isupper() and doc[k].text not in ("'s", "’s")
                                        or doc[k].lower_ in ("and", "of", "for")):
            k -= 1
        if k < 1 or doc[k].text not in ("'s", "’s") or self.in_quote[k]:
            return None
        j = k - 1
        while j - 1 >= 0 and doc[j - 1].text[:1].isupper() and k - j < 3:
            j -= 1
        for x in range(j, k):
            code = self.registry.countries.find(doc[x:k].text, cities=False)
            if code is not None and doc[x:k].text in self.registry.countries.countries[code].names:
                return code
        return None

    def _org_group(self, name: str) -> str:
        """The group of an organisation nobody registered: the full name the text introduced.
        "AWU" after "The Aviation Workers' Union (AWU)" and "Aviation Workers' Union (AWU)"
        itself are "Aviation Workers' Union"; "Scheldeland" after "the Belgian side KV
        Scheldeland" is "KV Scheldeland". Typographic apostrophes are straightened, so one
        body is one group whatever the typesetting."""
        nm = re.sub(r"\s*\([^()]*\)?\s*$", "", _strip_det(name.strip())) or name.strip()
        words = nm.split()
        if not _proper_name(nm):
            # "The GMB union", "Germany's train drivers' union GDL": the name proper is the
            # last run of capitalised words
            def named(k: int) -> bool:  # "Česko 2030": a number after a name is in it
                return words[k][:1].isupper() or words[k].isdigit() and k > 0 \
                    and words[k - 1][:1].isupper()

            k = len(words)
            while k > 0 and not named(k - 1):
                k -= 1
            j = k
            while j > 0 and (named(j - 1) or words[j - 1].lower() in _NAME_LINKS
                             or words[j - 1] == "by" and j > 1 and named(j - 2)):
                # ("the Movement of People Affected by Dams": "by" after a capitalised
                # participle is inside the name, not its end)
                j -= 1
            if k and not self.registry.countries.find(" ".join(words[j:k]), cities=False):
                nm = " ".join(words[j:k])
        for acr, long in self._acr_long.items():
            long = _strip_det(long)
            if long.startswith(nm + " ") and _proper_name(long):
                # "National Federation" of "the National Federation of Mine Workers of Peru
                # (FNTMP)": the body the text spelled out
                nm = long if _spells(acr, long) and not _foreign_name(long) else acr
                break
        own = self._own_acronym.get(nm)
        if own is None and _foreign_name(nm):
            own = next((acr for acr, long in self._acr_long.items()
                        if _strip_det(long) == nm and _spells(acr, nm)), None)
        if own is not None:
            nm = own  # "International Cycling Union" that the text calls "UCI"
        if nm.isupper() and " " not in nm:
            long = self._acr_long.get(nm)
            if long is None and nm in self._acronyms:
                long = re.sub(r"\s*\([^()]*\)?\s*$", "", _strip_det(self._acronyms[nm].text))
            if long is not None and _proper_name(long) and _spells(nm, long) \
                    and not _foreign_name(long):
                # (English copy calls a body with a name in another language by its initials:
                # "YLB" for "Yacimientos de Litio Bolivianos", "APF")
                # an acronym of the name's own initials; "UCI" for "International Cycling
                # Union" is a name in its own right (French), as are FIFA, MSF
                nm = _strip_det(long)
        else:
            nm = self._fuller_name(nm)
        return nm.replace("’", "'")

    def _fuller_name(self, name: str) -> str:
        """The first fuller form of ``name`` in the text, outside quotes: more proper nouns
        before it ("KV Scheldeland" for "Scheldeland") or after it ("Tallwood Systems")."""
        full = self._full_org_name(name)
        if full != name:
            return full
        for mt in re.finditer(r"((?:[A-Z][\w'’&-]*\s+){1,5})" + re.escape(name) + r"\b", self.text):
            a = mt.start(1)
            span = self.doc.char_span(a, mt.end(), alignment_mode="expand")
            if span is None or self.in_quote[span.start]:
                continue
            k = span.start
            cut = mt.start(1) + len(mt.group(1))  # where ``name`` starts
            while k < span.end and span.doc[k].idx < cut and (
                    span.doc[k].pos_ in ("DET", "ADP", "ADV", "PRON", "VERB", "AUX", "SCONJ",
                                         "CCONJ")
                    or span.doc[k].lower_ == "the"  # (tagged a name after a dateline dash)
                    or span.doc[k].ent_type_ in ("NORP", "DATE")
                    or span.doc[k].ent_type_ == "GPE" and span.doc[k].pos_ == "PROPN"
                    and (k + 1 >= span.end or span.doc[k + 1].idx >= cut)):
                k += 1  # "The", "In", "Belgian", "Lagos Scheldeland": not part of the name
            for x in range(k, span.end):
                if x >= 2 and span.doc[x - 2].text in ("St", "St.", "Saint", "Ste"):
                    continue  # "St Finbarr's General Hospital": a saint's name, no owner
                if span.doc[x].idx < cut and (span.doc[x].lower_ in ("'s", "’s") or (
                        span.doc[x].text in ("'", "’") and span.doc[x].tag_ == "POS" and x > k
                        and span.doc[x - 1].lower_.endswith("s")
                        and not span.doc[x - 1].whitespace_)):
                    # ("Federated Farmers' Northland president": a plural owner's apostrophe)
                    k = x + 1  # "Qatar's Al-Mirqab": the owner is no part of the name
            extra = self.text[span.doc[k].idx:cut].strip() if k < span.end else ""
            if extra and all(w[:1].isupper() for w in extra.split()) \
                    and all(span.doc[x].pos_ in ("PROPN", "ADJ", "NOUN") for x in range(k, span.end)
                            if span.doc[x].idx < cut and span.doc[x].is_alpha):
                return f"{extra} {name}"
        return name

    def _full_org_name(self, name: str) -> str:
        """'Tallwood' -> 'Tallwood Systems': news copy names a company in full once and then
        by its first word ("A Tallwood spokeswoman"); the group is the full name. The first
        organisation the text names that starts with ``name`` and says more."""
        full = self._org_names_by_first.get(name.split(" ", 1)[0]) if name else None
        if not full:
            return name
        for cand in full:
            cand = re.sub(r"\s*\([^()]*\)?\s*$", "", cand)  # not its bracketed acronym
            if len(cand) > len(name) and cand.startswith(name + " ") and self._rule(cand) is None:
                return cand
        return name

    def _country(self, toks: list[Tok], person_like: bool) -> str | None:
        """The speaker's country: the first country word, skipping a country named as a
        topic ("a Russia specialist at King's College London" is British)."""
        r = self.rules
        for pos, n, code, kind in self.registry.countries.scan(toks):
            if person_like and kind == "name" and pos + n < len(toks):
                nxt = toks[pos + n].norm
                if (nxt in r.person or nxt in r.public or nxt in ("specialist", "expert", "watcher")) \
                        and nxt not in _WORKPLACE_PLACE_WORDS:
                    # ("an Amman consultancy", "a Nairobi think tank": where the workplace is)
                    continue
            if _field_of_study(toks, pos + n):
                continue  # "the University of North Korean Studies" is in Seoul
            if kind == "demonym" and pos + n + 1 < len(toks) \
                    and toks[pos + n].norm in ("university", "college") \
                    and toks[pos + n].shape[:1].isupper() \
                    and toks[pos + n + 1].norm in ("of", "in"):
                # "the American University of Central Asia in Bishkek": a university named
                # for a tradition, placed by where it is
                continue
            return code
        return None
