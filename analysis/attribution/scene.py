"""Where a voice is: capitals of briefings, cities, scenes of paragraphs, sides of a line, nearby
states.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from analysis.attribution.home import _side_of_state
from analysis.attribution.mention import Mention, Resolved
from analysis.attribution.spans import _words, bisect_tok, np_token_range
from analysis.attribution.words import (
    _BRIEFING_NOUNS,
    _CIVIL,
    _CROSSING_RE,
    _ENVOY_ROLES,
    _FLED_FROM_RE,
    _GOVERNMENT_VOICE_ROLES,
    _LEGISLATIVE,
    _LOCAL_OFFICE_RE,
    _LOCAL_OFFICE_WORDS,
    _LOCATIVE_PREPS,
    _MISSING,
    _NAMED_SIDE_RE,
    _NATIONAL_REFUGEES_RE,
    _OUTLET_BACK_NOUNS,
    _PLACED_TOWN_RE,
    _PORTFOLIO_GENERIC,
    _SCENE_MORE_RE,
    _SCENE_OPENER_RE,
    _SETTLEMENT_REF_RE,
    _SETTLERS,
    _SETTLERS_RE,
    _SIDE_FILLER_WORDS,
    _STAFF_OF_THE_RE,
    _VISIT_WORDS,
)
from analysis.registry import tokenize
from analysis.types import ActorRef


class Scene:
    """Where a voice is: capitals of briefings, cities, scenes of paragraphs, sides of a line,
    nearby states. Mixed into :class:`analysis.attribution.attributor.Attributor`.
    """

    def _briefing_capital(self, m: Mention) -> str | None:
        """The country whose capital the speaker's sentence sets a briefing in ("At a regular
        briefing in Beijing, foreign ministry spokesman X said", "told a news conference in
        Manila"): in a story about two states, where a ministry briefs says whose it is."""
        doc = self.doc
        toks = doc.toks
        sent = toks[m.head].sent
        for t in toks[sent.start:sent.end]:
            if t.lemma_.lower() not in _BRIEFING_NOUNS or self.in_quote[t.i]:
                continue
            for prep in self.doc.kids(t):
                if prep.lower_ != "in":
                    continue
                for place in self.doc.kids(prep):
                    if place.dep_ == "pobj" and place.pos_ == "PROPN" and not any(
                            c.dep_ == "compound" for c in self.doc.kids(place)):
                        code = self.registry.countries.capital(tokenize(place.text)) \
                            or self.registry.countries.find(place.text, cities=False)
                        if code is not None:
                            return code
        return None

    def _spoken_in_city(self, m: Mention) -> str | None:
        """The country of the city the speaker's own verb sets the words in ("Foreign
        Minister X said in Berlin", "President X, speaking in Cartagena, said"): in a story
        datelined in another state, an unmarked minister speaking at home. Not on a visit
        ("said in Washington during a visit"), and not in a world body's seat."""
        doc = self.doc
        h = doc[m.head]
        if h.dep_ not in ("nsubj", "nsubjpass"):
            return None
        sent = h.sent
        if any(t.lemma_.lower() in _VISIT_WORDS for t in doc.toks[sent.start:sent.end]):
            return None
        verbs = [h.head] if h.head.lemma_ in self.report_lemmas else []
        verbs += [c for c in doc.kids(h) if c.dep_ in ("acl", "advcl") and c.lemma_.lower() == "speak"]
        verbs += [c for c in doc.kids(h.head) if c.dep_ == "advcl" and c.lemma_.lower() == "speak"]
        for v in verbs:
            if self.in_quote[v.i]:
                continue
            # "told reporters in Moscow": the place may hang on the audience, not the verb
            hearers = [o for o in doc.kids(v) if o.dep_ in ("dobj", "dative", "pobj")
                       and o.lemma_.lower() in ("reporter", "journalist", "briefing",
                                                "conference", "correspondent")]
            # ("accused the military authorities in Niamey of ...": a place after the object
            # of an accusation is the object's, not where the accuser spoke)
            heard = {o.i for o in hearers}
            objects = [o.i for o in doc.kids(v) if o.dep_ == "dobj" and o.i not in heard]
            for prep in [c for x in [v, *hearers] for c in doc.kids(x)]:
                if prep.dep_ != "prep" or prep.lower_ != "in" \
                        or prep.head.i == v.i and any(k < prep.i for k in objects):
                    continue
                place = next((x for x in doc.kids(prep) if x.dep_ == "pobj"), None)
                if place is None or place.pos_ != "PROPN" \
                        or place.text.lower() in self.registry.countries.hubs:
                    continue
                i, j = np_token_range(doc, place)
                named = self.registry.countries.find(doc[i:j].text, cities=False)
                if named and doc[i:j].text not in self.registry.countries.countries[named].cities:
                    continue  # "in Iran" names a country, not the city she speaks in
                code = self.registry.countries.city(doc[i:j].text)
                if code is not None:
                    return code
        return None

    def _fronted_city(self, m: Mention) -> str | None:
        """The country of a city that opens the speaker's sentence as its setting ("In Moscow,
        foreign ministry spokeswoman X said"; "In Belmopan, the minister said"): in a story
        about two states a wire moves between capitals this way, and the city says whose
        ministry speaks."""
        h = self.doc[m.head]
        sent = h.sent
        first = self.doc.toks[sent.start]
        if first.lower_ != "in" or first.i >= h.i or self.in_quote[first.i]:
            return None
        pobj = next((x for x in self.doc.kids(first) if x.dep_ == "pobj"), None)
        if pobj is None or pobj.pos_ != "PROPN":
            return None
        i, j = np_token_range(self.doc, pobj)
        if j >= m.head or self.doc.toks[j].text != ",":
            return None  # "In Goma, X said" sets the scene; the parser may hang X on "Goma"
        return self.registry.countries.city(self.doc[i:j].text)

    def _nearby_state_country(self, m: Mention) -> str | None:
        """The country of a state body named in the previous sentence or before the speaker
        in the same one, outside quotes ("Burkina Faso's government", "The Israeli
        military"): the one with the speaker's own role noun if any, else the only one."""
        hi = bisect_tok(self.doc, m.start)
        found: list[tuple[str, str]] = []  # (country, head lemma of the state noun)
        for ent in [*self._ents_before(m, hi), *self._untagged_countries_before(m, hi)]:
            if ent.root.dep_ == "nsubj" and ent.root.head.dep_ == "ROOT" \
                    and not self.in_quote[ent.root.i]:
                # "Dushanbe rejected the protest. Foreign ministry spokesman X said": a capital
                # that acts as the subject of the sentence before speaks as its government
                cap = self.registry.countries.capital(tokenize(ent.text))
                if cap is not None:
                    found.append((cap, "government", set()))
                    continue
            if ent.label_ not in ("GPE", "NORP") and not self._is_country_word(ent.text):
                continue  # NER calls "Burkina Faso's" a PERSON at times
            root = ent.root
            if root.dep_ not in ("poss", "amod", "compound", "nmod"):
                continue
            head = root.head
            if head.i >= hi or self.in_quote[head.i] or head.i < ent.end:
                continue
            if self._in_reported_clause(head):
                # "The Royal Thai Army said Cambodian soldiers had opened fire. ... army
                # spokesman X said": the side a claim accuses is no voice of the story
                continue
            code = self.registry.countries.find(ent.text)
            if code and _side_of_state(head):
                found.append((code, "government", set()))
                continue
            rule = self._rule(head.lemma_.lower()) if code else None
            if rule is None or rule[0] not in ("government", "military"):
                continue
            # the portfolio: "environment" in "Uruguay's environment ministry"
            portfolio = {c.lower_ for c in self.doc.kids(head) if c.dep_ in ("compound", "amod")
                         and c.i not in range(ent.start, ent.end) and c.is_alpha}
            found.append((code, head.lemma_.lower(), portfolio))
        if not found:
            return None
        same = [c for c, lemma, portfolio in found if lemma in m.words or lemma == "government"
                and m.words & (_GOVERNMENT_VOICE_ROLES | {"president", "premier"})
                # (its head: "Vice President X said")
                or lemma == "ministry" and "minister" in m.words and portfolio & m.words
                or lemma == "ministry" and "secretary" in m.words
                and m.words & {"principal", "permanent"}  # a ministry's civil-service head
                or m.words & _ENVOY_ROLES.get(lemma, frozenset())]
        # ("Nepal's embassy in Doha said ... Ambassador X said": the embassy's head, of
        # Nepal, whatever the dateline)
        # ("Uruguay's environment ministry said ... Environment Minister X said": the minister
        # of that ministry, whatever the dateline)
        if same:
            return same[-1]
        if self.default_country is not None:
            # a story with a home (dateline, outlet): its own officials carry no country word,
            # so only a body with the same role noun (or a government and its minister or
            # spokesman) outweighs it ("Russia's defence ministry
            # denied it. The defence secretary, X, said" in a British paper: British)
            return None
        codes = {c for c, _, _ in found}
        return codes.pop() if len(codes) == 1 else None

    def _in_reported_clause(self, tok: Token) -> bool:
        """Token ``tok`` stands in the content of a report ("X said [Cambodian soldiers had
        opened fire]"): a clause that is the complement of a reporting verb."""
        k = tok
        while k.head.i != k.i:
            if k.dep_ == "ccomp" and k.head.lemma_.lower() in self.report_lemmas:
                return True
            k = k.head
        return False

    def _local_office_place(self, m: Mention) -> str | None:
        """The country of the town a local official holds office in ("Göd's mayor", "the mayor
        of Kouroussa"), when the tables know the town or the text placed it where it first
        named it ("the plant in Göd, north of Budapest"; "Kolda, in southern Senegal"): a
        town's mayor is of its country, not of a foreign dateline's."""
        if not m.words & _LOCAL_OFFICE_WORDS:
            return None
        mt = _LOCAL_OFFICE_RE.search(self.text[m.start:m.end])
        if mt is None:
            return None
        town = mt.group(1) or mt.group(2)
        code = self.registry.countries.find(town)
        if code is not None:
            return code
        for first in re.finditer(rf"\b{re.escape(town)}\b", self.text[:m.start]):
            if self.in_quote[bisect_tok(self.doc, first.start())]:
                continue
            near = _PLACED_TOWN_RE.match(self.text, first.end())
            if near is not None:
                return self.registry.countries.find(near.group(1))
        return None

    def _the_towns_office(self, m: Mention) -> str | None:
        """The country of the last town the text named before "the city's mayor", "the head
        of the city's military administration", "the region's governor": the office is that
        place's, whatever country the story names most (a Kyiv live blog names Russia in every
        line)."""
        span = self.text[m.start:m.end] + (self.text[m.appos[0]:m.appos[1]] if m.appos else "")
        if not re.search(r"\bthe (?:city|town|region|province|oblast)['’]s\b", span, re.I):
            return None
        # (the table's towns, not NER's places: NER may call "Odesa" a person)
        plain = " ".join(t.text for t in self.doc.toks
                         if t.idx < m.start and not self.in_quote[t.i])
        toks = tokenize(plain)
        towns = [code for pos, n, code, kind in self.registry.countries.scan(toks)
                 if kind == "city" or self.registry.countries.city(
                     " ".join(t.shape for t in toks[pos:pos + n])) == code]
        # (a capital the table lists among the country's names, "Kyiv", is a town too)
        return towns[-1] if towns else None

    def _paragraph_state_voice(self, m: Mention) -> str | None:
        """The country of the state body that spoke last in the speaker's own paragraph, when
        the text placed it in another country than the story's ("Across the border, Congo's
        health ministry said ... The minister said" in a Zambian story; "Norway's Food Safety
        Authority said ... The ministry of fisheries said"): a paragraph of copy keeps to one
        side, so its unmarked officials are that side's. Only a voice of the sentence before
        (or of the quote that ends it) and only when no official of the story's own country
        spoke between."""
        if self.default_country is None or m.kind == "pronoun" or "secretary" in m.words:
            return None  # (a British paper's "defence secretary" is Britain's own, as above)
        para = self.paragraph_of[m.head]
        lo = self._sentence_before_quote(self.doc[m.head].sent.start)
        for r in reversed(self.history):
            h = r.mention.head
            if h >= m.head or self.in_quote[h]:
                continue
            if self.paragraph_of[h] != para or h < lo:
                return None
            if self.doc[h].head.lemma_.lower() not in self.report_lemmas:
                continue  # only a speaker: "the outbreak in Congo's province" is none
            a = r.actor
            if a.group_type not in ("government", "military"):
                continue
            if a.group_country is None or a.group_country == self.default_country:
                return None
            return a.group_country
        return None

    def _national_title_country(self, m: Mention) -> str | None:
        """The one state named in the text whose own office title the speaker holds ("The
        foreign secretary, X" in a story naming Britain and Russia: Britain; countries.yaml
        ``national_titles``): only a few states name an office so, and a reader places its
        unmarked holder among them by the states the story is about."""
        if m.kind == "pronoun":
            return None
        span = m.role or (m.start, m.end)
        codes = self.registry.countries.title_countries(self.text[span[0]:span[1]])
        if not codes:
            return None
        named = {c for c in codes if self._country_counts.get(c)
                 or c in (self.default_country, self.outlet_country)}
        return named.pop() if len(named) == 1 else None

    def _two_dateline_side(self, m: Mention) -> str | None:
        """In a story filed from both sides ("MOSCOW/KYIV (Reuters) -"), the side of the
        state voice that spoke last in this paragraph or the one before: the wire gives
        each side a run of paragraphs, and an unmarked "Energy Minister X" or "President X"
        after "In Ukraine, the air force said ..." is of that side, not of the country the
        text happens to name most (a war story names the attacker's country in every line).
        Only a voice of one of the dateline's countries counts, and one of the paragraph
        before only when that paragraph opens on its side ("In Ukraine, ...") or the voice
        shares the speaker's own office words ("Ukraine's air force" / "Air force
        spokesman X"): a bare
        "Portugal said it was not to blame" closing the paragraph before "The energy minister
        said" in a MADRID/LISBON story is no switch of sides. An undated story or live blog
        ("Russia-Ukraine war live: ...") has the same runs of paragraphs, of any state."""
        if self.default_country is not None or m.kind == "pronoun":
            return None
        codes: set[str] | None = set(self._dateline_codes())
        if not codes and self.dateline is None:
            codes = None
        elif len(codes) < 2:
            return None
        para = self.paragraph_of[m.head]
        for r in reversed(self.history):
            h = r.mention.head
            if h >= m.head or self.in_quote[h]:
                continue
            if para - self.paragraph_of[h] > 1:
                return None
            if self.doc[h].head.lemma_.lower() not in self.report_lemmas:
                continue  # only a speaker: "the air force said Russia had launched ..."
            a = r.actor
            if a.group_type in ("government", "military") and a.group_country is not None \
                    and (codes is None or a.group_country in codes):
                own = (r.antecedent or r.mention).words  # ("It said": the body it stands for)
                if self.paragraph_of[h] != para \
                        and self._paragraph_scene(h) != a.group_country \
                        and not (m.words & own) - _SIDE_FILLER_WORDS:
                    # (nor a voice of another office: "Colombia's President X said" before
                    # "Democratic Senator Y said" in an undated story; "Air force spokesman
                    # X" after "Ukraine's air force said" shares the body's own words)
                    continue
                return a.group_country
        return None

    def _paragraph_scene(self, k: int) -> str | None:
        """The country of the place that opens token ``k``'s paragraph as its scene ("In
        Ukraine, the air force said ...", "In Moscow, ...")."""
        para = self.paragraph_of[k]
        first = k
        while first > 0 and self.paragraph_of[first - 1] == para:
            first -= 1
        mt = re.match(r"In\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*),", self.text[self.doc[first].idx:])
        return self.registry.countries.find(mt.group(1)) if mt else None

    def _portfolio_voice_before(self, m: Mention) -> str | None:
        """The country of the ministry of the minister's own portfolio that spoke in the
        sentence before ("In Brasília, the Ministry of Justice said it welcomed the ruling.
        '...,' Justice Minister X said"): the text placed that ministry already (by a city, a
        possessive), and its minister is of the same state, whatever the dateline."""
        if "minister" not in m.words:
            return None  # (a "defence secretary" in a British paper is Britain's own)
        portfolio = m.words - _PORTFOLIO_GENERIC
        if not portfolio:
            return None
        lo = self._sentence_before_quote(self.doc[m.head].sent.start)
        for r in reversed(self.history):
            h = r.mention.head
            if h >= m.head or self.in_quote[h]:
                continue
            if h < lo:
                break
            if r.actor.group_type in ("government", "military") and r.actor.group_country \
                    and r.mention.words & {"ministry", "department"} \
                    and portfolio & r.mention.words:
                return r.actor.group_country
        return None

    def _scene_country(self, m: Mention) -> str | None:
        """The country of the scene the speaker's paragraph opens on ("On the Haitian side,
        Radio X reported ... One trader told the station"; "Back in Battambang province,
        families said"): a paragraph of foreign-correspondent copy keeps the scene it sets, so
        its ordinary voices and its unplaced local outlets are of that side. Searched from the
        speaker's sentence back to the paragraph's first."""
        para = self.paragraph_of[m.head]
        sent = self.doc[m.head].sent
        while True:
            code = self._scene_of_sentence(sent)
            if code is not None:
                return code
            if sent.start == 0 or self.paragraph_of[sent.start - 1] != para:
                return None
            sent = self.doc[sent.start - 1].sent

    def _scene_of_sentence(self, sent: TokenSpan) -> str | None:
        """The country a sentence's scene opener names: its own words (a country word, a town
        the tables know: "Across the border in Desaguadero, on the Peruvian side of the
        bridge,"); for "across/over the border" with no place, the first country word of the
        rest of the sentence outside quotes ("Over the frontier, Cambodian provincial radio
        said"): the other side is the one the sentence then names."""
        k = sent.start
        while k < sent.end and self.doc[k].is_space:
            k += 1
        if k >= sent.end or self.in_quote[k]:
            return None
        start = self.doc[k].idx
        text = self.text[start:sent.end_char]
        if _SCENE_OPENER_RE.match(text) is None:
            return None
        chunks = text.split(",")
        fronted = chunks[0]
        for chunk in chunks[1:-1]:
            if _SCENE_MORE_RE.match(chunk) is None:
                break
            fronted += "," + chunk
        side = _NAMED_SIDE_RE.search(fronted)
        if side is not None:
            # "In San Pedro Sula, on the Bolivian side,": the side says whose town it is,
            # whatever country the town's name is also a city of
            code = self._country(tokenize(side.group(1)), False)
            if code is not None:
                return code
        code = self._country(tokenize(fronted), False)
        crossing = _CROSSING_RE.search(fronted)
        if code is not None or crossing is None:
            return code
        rest = " ".join(t.text for t in self.doc[k:sent.end]
                        if t.idx >= start + len(fronted) and not self.in_quote[t.i])
        # ("In Ivangorod, across the river, local officials told RIA Novosti ...": no place the
        # tables know and no country word after it; the side over the border from the story's
        # own is the one other country its lead names)
        return self._country(tokenize(rest), False) or self._other_side_of_story()

    def _other_side_of_story(self) -> str | None:
        """The one country other than the story's home (its dateline's, else the home the
        text gives) that the headline and the first two paragraphs name outside quotes; None
        with no home or with two others."""
        home = self.dateline or self.home_country
        if home is None:
            return None
        lead = [t for t in self.doc.toks if self.paragraph_of[t.i] <= 2 and not self.in_quote[t.i]]
        if not lead:
            return None
        words = tokenize(self.text[lead[0].idx:lead[-1].idx + len(lead[-1].text)])
        others = {code for _, _, code, _ in self.registry.countries.scan(words) if code != home}
        return others.pop() if len(others) == 1 else None

    def _refugee_origin(self, m: Mention) -> str | None:
        """The country refugees named by no nationality of their own come from: the one the
        text says they fled, in the mention itself or the last time before it ("Refugees in
        the Palabek settlement" near "families fleeing fighting in South Sudan", up to the end
        of the mention's sentence). None when
        the mention gives their nationality before the head ("Ugandan refugees", "a Rohingya
        refugee": the rules place those). With no "fled", the nationality the text last gave
        its refugees ("12,000 Syrian refugees ... many refugees said")."""
        h = self.doc[m.head]
        own = tokenize(self.text[m.start:h.idx])
        if any(kind != "city" for _p, _n, _c, kind in self.registry.countries.scan(own)):
            return None
        found = None
        for mt in _FLED_FROM_RE.finditer(self.text, 0, h.sent.end_char):
            if self.in_quote[bisect_tok(self.doc, mt.start())]:
                continue
            code = self._country(tokenize(mt.group(1)), False)
            if code is not None:
                found = code
        if found is None:
            # "about 12,000 Syrian refugees had registered ... many refugees said": the
            # nationality the text gave its refugees last, before this mention
            for mt in _NATIONAL_REFUGEES_RE.finditer(self.text, 0, m.start):
                if self.in_quote[bisect_tok(self.doc, mt.start())]:
                    continue
                hits = self.registry.countries.scan(tokenize(mt.group(1)))
                if hits and hits[-1][3] == "demonym":
                    found = hits[-1][2]
        return found

    def _staff_of_the_body(self, m: Mention) -> ActorRef | None:
        """The organisation a speaker's role says he works "for"/"with"/"at" by a body noun
        with "the" ("a researcher for the group", "its coordinator with the charity") when
        that organisation spoke in this paragraph or the one before: the noun is copy's
        anaphor for the body just quoted."""
        if m.kind == "pronoun":
            return None
        spans = [sp for sp in (m.role, m.appos) if sp]
        mt = next((x for a, b in spans if (x := _STAFF_OF_THE_RE.search(self.text[a:b]))), None)
        if mt is None:
            return None
        return next((r.actor for r in self._voices_near(m) if r.actor.group_type == "organisation"
                     and r.mention.kind != "pronoun"), None)

    def _told_outlet_country(self, m: Mention) -> str | None:
        """The country of the local outlet a person "told" just after the text named it ("Radio
        X reported ... A farmer, Y, told the station that ..."): someone interviewed by a local
        station is of the place it serves. Only an outlet the text placed itself (not a
        registered one: telling AFP or the BBC makes no one French or British), and only one
        quoted in this paragraph or the one before."""
        h = self.doc[m.head]
        v = h.head
        if h.dep_ != "nsubj" or v.lemma_.lower() != "tell":
            return None
        if not any(c.dep_ in ("dobj", "dative") and c.lemma_.lower() in _OUTLET_BACK_NOUNS
                   and any(d.lower_ == "the" for d in self.doc.kids(c))
                   for c in self.doc.kids(v)):
            return None
        outlet = next((r for r in self._voices_near(m) if r.actor.group_type == "media"), None)
        if outlet is None or self.registry.match(outlet.mention.text) is not None:
            return None
        return outlet.actor.group_country

    def _voices_near(self, m: Mention) -> Iterator[Resolved]:
        """The voices noted before ``m``, latest first, in its paragraph and the one before."""
        para = self.paragraph_of[m.head]
        for r in reversed(self.history):
            if r.mention.start >= m.start:
                continue
            if para - self.paragraph_of[r.mention.head] > 1:
                return
            yield r

    def _place_named_near(self, m: Mention) -> str | None:
        """The country of a place named just before an ordinary speaker, as a location ("in
        the Israeli town of Shlomi", "near Mosul"), in the same or the previous sentence and
        outside quotes; only if one country is named so. "Russian jets bombed the town" is
        no location. A scene the paragraph opens on, or a local outlet the speaker told, comes
        first (_scene_country, _told_outlet_country)."""
        h = self.doc[m.head]
        side = None if self.in_quote[h.i] else _NAMED_SIDE_RE.search(
            self.text, h.left_edge.idx, h.right_edge.idx + len(h.right_edge.text))
        if side is not None and (code := self._country(tokenize(side.group(1)), False)):
            return code  # "Villagers on the Pakistani side of the line said"
        scene = self._told_outlet_country(m) or self._scene_country(m) \
            or self._settlement_described_before(m) or self._the_towns_office(m)
        if scene is not None:
            # ("Doctors at the town's main hospital" after "fled toward Goma": the town's
            # people, whatever the dateline's side)
            return scene
        codes = set()
        for ent in self._ents_before(m, bisect_tok(self.doc, m.start)):
            if ent.label_ not in ("GPE", "NORP", "LOC", "FAC") \
                    and not self._is_country_word(ent.text):
                continue
            if ent.text.lower() in self.registry.countries.hubs:
                continue  # "consultations in Geneva": the seat of a world body, not a home
            t = ent.root
            if self._reported_or_destination(t):
                continue  # "said the group was based in North Korea", "travelling to Madrid"
            if t.sent.start != self.doc[m.head].sent.start and self._official_spoke_in(t.sent):
                continue  # "In Moscow, a spokeswoman told a briefing ...": her place, not his
            for _ in range(4):
                if t.dep_ == "pobj" and t.head.lower_ in _LOCATIVE_PREPS:
                    code = self.registry.countries.find(ent.text) or self._text_placed(ent.text)
                    if code:
                        codes.add(code)
                    break
                if t.dep_ not in ("amod", "compound", "poss", "pobj", "prep", "nmod", "appos",
                                  "conj") or t.head is t:
                    # ("diplomats in Washington and Beijing": the second place is as much a
                    # location as the first, so neither alone says where the speaker is)
                    break
                t = t.head
        if len(codes) == 1:
            return codes.pop()
        if codes:
            return None
        # the ordinary voice just before, in the same paragraph ("residents said ...
        # said Yael Ben-David, a mother of three"): the same place; not across a sentence
        # that moves the scene over the border ("Across the LoC, residents of Poonch said")
        if self._crosses_over(m):
            return None
        para = self.paragraph_of[m.head]
        for r in reversed(self.history):
            if r.mention.start >= m.start:
                continue
            if self.paragraph_of[r.mention.head] != para:
                break
            if r.actor.group_type == "public" and r.actor.group_country:
                return r.actor.group_country
        return None

    def _settlement_described_before(self, m: Mention) -> str | None:
        """"Residents of the village said" after "an air strike on a village in southern
        Lebanon": "the village" is the one the text placed when it first named it, however
        far back; only when the text placed its villages (or towns, camps) in one country."""
        mt = _SETTLEMENT_REF_RE.search(self.text, m.start, m.end)
        if mt is None:
            # "The villagers said": the people of the village the text placed
            mt = _SETTLERS_RE.match(self.text, m.start, m.end)
            if mt is None:
                return None
        noun = mt.group(1).lower()
        noun = _SETTLERS.get(noun, noun)
        codes = set()
        for first in re.finditer(rf"\b(?:a|an|the)\s+(?:\w+\s+)?{noun}\s+(?:in|near|outside)\s+"
                                 r"((?:[\w-]+\s+){0,2}[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)",
                                 self.text[:m.start], re.IGNORECASE):
            if self.in_quote[bisect_tok(self.doc, first.start())]:
                continue
            # ("a village near Qamishli in northeast Syria": a town the tables do not know,
            # placed by the text itself)
            code = self.registry.countries.find(first.group(1)) \
                or self._text_placed(first.group(1).split()[-1])
            if code:
                codes.add(code)
        return codes.pop() if len(codes) == 1 else None

    def _crosses_over(self, m: Mention) -> bool:
        """The speaker's sentence opens on the other side of a border or line ("Across the
        LoC, ...", "Over the border, ..."), outside quotes."""
        sent = self.doc[m.head].sent
        k = sent.start
        while k < sent.end and self.doc[k].is_space:
            k += 1
        if k >= sent.end or self.in_quote[k]:
            return False
        opener = _SCENE_OPENER_RE.match(self.text, self.doc[k].idx)
        return opener is not None and _CROSSING_RE.search(opener.group(0)) is not None

    def _text_placed(self, place: str) -> str | None:
        """The country the text itself puts a place in that the tables do not know: "Qamishli
        in northeast Syria", "Qamishli, in Syria", "the Syrian town of Qamishli" (outside
        quotes, anywhere in the text); None when it puts it in none or in two."""
        if not place[:1].isupper():
            return None
        hit = self._text_places.get(place, _MISSING)
        if hit is not _MISSING:
            return hit
        codes = set()
        esc = re.escape(place)
        for mt in re.finditer(
                rf"\b{esc},?\s+in\s+(?:(?:the\s+)?(?:north|south|east|west|central)\w*(?:-\w+)?\s+)?"
                r"([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
                rf"|\bthe\s+([A-Z][\w'-]+)\s+(?:\w+\s+)?(?:town|city|village|province|region"
                rf"|district|border town)\s+of\s+{esc}\b", self.text):
            if self.in_quote[bisect_tok(self.doc, mt.start())]:
                continue
            words = mt.group(1) or mt.group(2)
            if self._is_country_word(words) or self._is_country_word(words.split()[0]):
                code = self.registry.countries.find(words, cities=False)
                if code:
                    codes.add(code)
        hit = self._text_places[place] = codes.pop() if len(codes) == 1 else None
        return hit

    def _official_spoke_in(self, sent: TokenSpan) -> bool:
        """The sentence's own speaker (the subject of its reporting verb) is placed as no
        ordinary person: a place in it is where that official spoke ("In Moscow, a ministry
        spokeswoman told a briefing"), not the scene the next ordinary voice shares ("In the
        border district of X, residents said")."""
        root = sent.root
        if root.lemma_.lower() not in self.report_lemmas:
            return False
        subj = next((c for c in self.doc.kids(root) if c.dep_ == "nsubj"), None)
        if subj is None:
            return False
        r = next((r for r in self.history if r.mention.head == subj.i), None)
        return r is not None and r.actor.group_type not in ("public", "unknown")

    def _reported_by_other(self, k: int, speaker: int) -> bool:
        """Token ``k`` sits in a clause that another speaker than the one at token ``speaker``
        reports ("the ministry said Australia had provoked it. Spokesperson X told ...");
        not in the clause X's own verb reports ("China's ministry 'firmly opposes' it, a
        spokesman said": the spokesman's own body)."""
        own = self.doc[speaker].head.i
        for a in self.doc[k].ancestors:
            if a.dep_ == "ccomp" and a.head.lemma_.lower() in self.report_lemmas:
                return a.head.i != own
        return False

    def _reported_or_destination(self, t: Token) -> bool:
        """``t`` sits in a clause someone reports ("said the group was likely based in North
        Korea") or in where someone is going ("a salesman travelling to a fair in Madrid"):
        neither says where the next speaker is."""
        for a in t.ancestors:
            if a.dep_ == "ccomp" and a.head.lemma_.lower() in self.report_lemmas:
                return True
            if a.lower_ == "to" and a.dep_ in ("prep", "dative") and a.head.lemma_.lower() in (
                    "travel", "fly", "go", "head", "move", "return", "come", "drive", "sail"):
                return True
        return False

    def _is_country_word(self, text: str) -> bool:
        toks = tokenize(text)
        hits = self.registry.countries.scan(toks)
        return len(hits) == 1 and hits[0][1] == len(toks) and hits[0][3] != "city"

    def _bare_ministry(self, m: Mention, context: str) -> tuple[str, str | None] | None:
        """A role that names only "ministry" takes the type and country of the last ministry
        the text named in full, in the last three paragraphs."""
        r = self.rules
        words = _words(context)
        # ("agency spokesman X" after "Ukraine's military intelligence agency said": the
        # agency, as a bare ministry is the ministry)
        noun = "ministry" if "ministry" in words else "agency" if "agency" in words else None
        if noun is None or (words & (r.government | r.military | _LEGISLATIVE | _CIVIL)) \
                - {noun, "official", "officials", "deputy", "source", "sources"}:
            return None
        doc = self.doc
        para = self.paragraph_of[m.head]
        # "The foreign ministry said" is no defence ministry named before: the portfolio
        # words the mention gives its own noun must be the earlier one's too
        portfolio = {c.lower_ for t in doc.char_span(m.start, m.end, alignment_mode="expand") or ()
                     if t.lemma_.lower() == noun
                     for c in doc.kids(t) if c.dep_ in ("amod", "compound") and c.is_lower}
        for k in range(bisect_tok(doc, m.start) - 1, max(-1, bisect_tok(doc, m.start) - 600), -1):
            t = doc[k]
            if para - self.paragraph_of[k] > 3:
                break
            if t.lemma_.lower() != noun or self.in_quote[k] or m.start <= t.idx < m.end:
                continue
            i, j = np_token_range(doc, t)
            if portfolio and not portfolio <= _words(doc[i:j].text):
                continue
            rule = self._rule(doc[i:j].text)
            if rule is not None and rule[3] and rule[0] in ("government", "military"):
                return rule[0], rule[1]
        return None

    def _other_country_in_sentence(self, m: Mention, country: str) -> bool:
        sent = self.doc[m.head].sent
        k0 = bisect.bisect_left(self._ent_starts, sent.start_char)
        for ent in self.ents[k0:]:
            if ent.start >= sent.end:
                break
            if ent.label_ in ("GPE", "NORP") and not (m.start <= ent.start_char < m.end):
                code = self.registry.countries.find(ent.text)
                if code and code != country:
                    return True
        return False

    def _both_sides(self, m: Mention) -> bool:
        """'Officials on both sides', 'diplomats from all three countries': no one country.
        So too two named parties speaking jointly ("Kyrgyzstan and Tajikistan accused each
        other", "Colombia's government and the ELN rebel group agreed ..., the two
        delegations said"): gold gives a joint voice of two sides no group."""
        h = self.doc[m.head]
        if m.kind != "pronoun" and not self.in_quote[h.i] and h.dep_ in ("nsubj", "nsubjpass"):
            def named(t: Token) -> bool:
                return t.ent_type_ in ("GPE", "ORG", "NORP") or any(
                    c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP") for c in self.doc.kids(t))
            if named(h) and any(c.dep_ == "conj" and named(c) and not any(
                    p.dep_ == "prep" and h.i < p.i < c.i for p in self.doc.kids(h))
                    for c in self.doc.kids(h)) \
                    and any(c.dep_ == "cc" and c.lower_ == "and" for c in self.doc.kids(h)):
                # (not "the Bishops Conference of Papua New Guinea and Solomon Islands": an
                # "and" after the name's "of" joins places inside one body's name)
                return True
            if h.tag_ == "NNS" and h.lemma_.lower() in ("delegation", "side", "government",
                                                         "army", "country") \
                    and any(c.lower_ in ("two", "both") for c in self.doc.kids(h)):
                return True
        for c in self.doc.kids(h):
            if c.dep_ == "prep" and c.lower_ in ("on", "from", "of", "in"):
                words = {t.lower_ for t in c.subtree}
                if words & {"both", "either", "all"} and words & {
                        "sides", "side", "countries", "parties", "governments", "camps", "nations"}:
                    return True
                obj = next((o for o in self.doc.kids(c) if o.dep_ == "pobj"), None)
                if c.lower_ in ("from", "of") and obj is not None and obj.tag_ == "NNS" \
                        and obj.text in ("states", "countries", "nations", "governments") \
                        and not any(t.ent_type_ == "GPE" for t in obj.subtree):
                    # "Negotiators from small island states", "diplomats from several Gulf
                    # countries": several states the text does not name, no one country
                    return True
        return False

    def _voice_of_subject(self, m: Mention) -> ActorRef | None:
        """'Pakistan's Foreign Office summoned the envoy, a spokeswoman said': a bare
        spokesperson after the claim speaks for the institution that is its subject."""
        doc = self.doc
        h = doc[m.head]
        if m.name is not None or m.role or m.appos or h.lemma_.lower() not in self.rules.spokesperson_heads \
                or any(c.dep_ in ("prep", "poss", "compound", "amod") for c in self.doc.kids(h)):
            return None
        verb = h.head
        for c in self.doc.kids(verb):
            if c.dep_ != "ccomp" or c.i > h.i or self.in_quote[c.i]:
                continue
            subj = next((x for x in self.doc.kids(c) if x.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.pos_ == "PRON":
                return None
            sm = self.mention_at(subj)
            if sm.name is not None or not sm.is_org:
                return None
            ref = self.actor(sm)
            return ref if ref.group_type in ("government", "military", "media", "organisation") \
                else None
        return None

    def _own_nationality(self, m: Mention) -> str | None:
        """The country a nationality word among the mention's own modifiers names ("their
        Indian counterparts", "its Kenyan subsidiary"): a word outside quotes before the head."""
        doc = self.doc
        h = doc[m.head]
        for c in doc.kids(h):
            if c.i < h.i and c.dep_ in ("amod", "compound") and not self.in_quote[c.i] \
                    and c.text[:1].isupper() and self._is_country_word(c.text):
                return self.registry.countries.find(c.text, cities=False)
        return None
