"""Placing a resolved mention: the registry first, then the rules (``actor``, ``_place``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from analysis.attribution.home import _side_of_state
from analysis.attribution.mention import Mention
from analysis.attribution.names import _opposition_office, _phrases, _proper_name, _strip_det
from analysis.attribution.spans import _words, bisect_tok
from analysis.attribution.words import (
    _ARMED_FORCE_HEADS,
    _BODY_NOUNS,
    _BODY_NOUNS_ALL,
    _CHAMBER_PHRASES,
    _CLERGY_WORDS,
    _COMPANY_NOUNS,
    _COUNSEL_WORDS,
    _COUNTERPART,
    _DELEGATION_LEAD_VERBS,
    _DELEGATION_NOUNS,
    _DESTINATION,
    _EMPLOYEE_WORDS,
    _FLED_TO_RE,
    _INSIDE_ACCESS,
    _INTERNATIONAL_NAME_WORDS,
    _LOCAL,
    _LOCAL_INSTITUTION_WORDS,
    _NAME_LINKS,
    _NAMED_BODY_HEADS,
    _OWNER_NOUNS,
    _PEER_NOUNS,
    _PREMIER_LEAGUE_RE,
    _PUBLISHED_IN_RE,
    _REFUGEE_HEADS,
    _STATE_OWNER_PHRASES,
    _STATE_QUALIFIERS,
    _STUDY_NOUNS,
    _TALKS_ROLES,
    PRONOUNS_1ST,
)
from analysis.entities import appositive_noun, relative_pronoun
from analysis.registry import tokenize
from analysis.types import UNKNOWN_ACTOR, ActorRef


class Placement:
    """Placing a resolved mention: the registry first, then the rules (``actor``, ``_place``).
    Mixed into :class:`analysis.attribution.attributor.Attributor`.
    """

    def _inside_modifier_clause(self, t: Token, head: int) -> bool:
        """``t`` hangs on the speaker's head through a clause or a preposition ("migrants
        waiting at the hospital gate"): it describes where they are, not whose they are."""
        k = t
        for _ in range(8):
            if k.i == head or k.head is k:
                return False
            if k.dep_ in ("acl", "relcl", "prep", "advcl"):
                return True
            k = k.head
        return False

    def _local_institution_home(self, ref: ActorRef) -> ActorRef:
        """A hospital, clinic, school or diocese in its own name that no word places ("The
        Mae Tao Clinic said", "the Erasmo Meoz University Hospital") serves the place where
        it is, so it is of the story's home (gold: hospitals and churches keep their country),
        unlike an international body, which has none; any other body so named (a firm, a
        union) is of the dateline's country when the story is datelined at home."""
        if ref.group_type != "organisation" or ref.group_country is not None \
                or self.home_country is None:
            return ref
        words = set(ref.group.lower().replace("’", " ").replace("'", " ").split())
        if words & {"international", "world", "global"} or self.registry.match(ref.group) is not None:
            return ref
        if words & _LOCAL_INSTITUTION_WORDS:
            return replace(ref, group_country=self.home_country)
        if words & _INTERNATIONAL_NAME_WORDS:
            return ref  # a regional or world body ("Climate Action Network Europe")
        tied = self._text_tied_country(ref.group)
        if tied is not None:
            # "The mill's Finnish operator, Nordpulp Oy", "Copperbelt Resources, the
            # Toronto-listed company", "Denmark's Nordvik Bank", "Halvorsen, which is based
            # in New Jersey": the country the text itself ties the body to (gold: a company
            # is placed by its seat, owner or listing, not by where the story happens)
            return replace(ref, group_country=tied)
        if self.dateline is not None and self.dateline == self.home_country:
            # "the Union of Oil Workers", "Pulsebay", "the New Patriotic Front" in a story
            # datelined in that country, that the text ties to no other: a national body is
            # of the country it works in (gold: a national organisation keeps its country)
            return replace(ref, group_country=self.home_country)
        return ref

    def _text_tied_country(self, name: str) -> str | None:
        """The country the text ties a body's name to, wherever the name (or its first word,
        as later mentions shorten it) appears: "<Country>'s NAME", "<Adjective> <noun>,
        NAME", "NAME, the/a <description naming a place>", "NAME, which is based in
        <place>"; None when the text ties it to none or to two."""
        cached = self._text_places.get("tied:" + name, "")
        if cached != "":
            return cached
        forms = [re.escape(name)]
        first = name.split()[0]
        if " " in name and len(first) >= 4 and first[:1].isupper() \
                and first.lower() not in self.rules.organisation:
            forms.append(re.escape(first))
        named = "(?:" + "|".join(forms) + r")\b"
        countries = self.registry.countries
        codes: set[str] = set()
        for mt in re.finditer(r"\b([A-Z][\w.]*(?: [A-Z][\w.]*)?)['’]s (?:[a-z][\w-]* ){0,3}"
                              + named, self.text):
            code = countries.find(mt.group(1), cities=False)
            if code is not None and mt.group(1) in countries.countries[code].names:
                codes.add(code)  # "Denmark's Nordvik Bank"
        for mt in re.finditer(r"\b([A-Z][\w.-]*) (?:[a-z][\w-]* ){0,3}?[a-z][\w-]*, " + named,
                              self.text):
            tok = tokenize(mt.group(1))
            hits = countries.scan(tok)
            if hits and hits[0][3] == "demonym":
                codes.add(hits[0][2])  # "The mill's Finnish operator, Nordpulp Oy"
        for mt in re.finditer(named + r",? (?:the|a|an) ([^,.;:()\"“”]{3,80})[,.;]", self.text):
            code = self._country(tokenize(mt.group(1)), False)
            if code is not None:
                codes.add(code)  # "X, the Toronto-listed company", "X, a Lagos-based group"
        for mt in re.finditer(named + r",? which is (?:based|headquartered|registered|listed) "
                              r"in ([^,.;:()]{3,40})", self.text):
            code = self._country(tokenize(mt.group(1)), False)
            if code is not None:
                codes.add(code)  # "Halvorsen, which is based in New Jersey"
        tied = codes.pop() if len(codes) == 1 else None
        self._text_places["tied:" + name] = tied
        return tied

    def _delegation_side(self, m: Mention, ref: ActorRef) -> ActorRef:
        """A named official whose mention gives no country, whom the text names elsewhere as
        the head of one side's delegation: "The Azerbaijani delegation was headed by Deputy
        Prime Minister X, ... and the Armenian delegation by Deputy Prime Minister Y" (then
        "Y said ..." in a Baku agency's copy is Armenian, not the dateline's)."""
        if ref.group_type not in ("government", "military") or m.name is None \
                or self.registry.countries.scan(tokenize(self.context_text(m))):
            return ref
        doc = self.doc
        name = self.text[m.name[0]:m.name[1]]
        codes = set()
        for hit in re.finditer(re.escape(name), self.text):
            k = bisect_tok(doc, hit.end()) - 1
            if k < 0 or self.in_quote[k]:
                continue
            t = doc[k]
            if t.dep_ != "pobj" or t.head.lower_ != "by":
                continue
            by = t.head
            if by.head.pos_ == "VERB" and by.head.lemma_.lower() in _DELEGATION_LEAD_VERBS:
                side = next((c for c in doc.kids(by.head) if c.dep_ == "nsubjpass"), None)
            else:
                side = by.head
            if side is None or side.lemma_.lower() not in _DELEGATION_NOUNS:
                continue
            for c in doc.kids(side):
                if c.dep_ in ("amod", "compound", "poss") and c.i < side.i:
                    code = self.registry.countries.find(c.text, cities=False)
                    if code:
                        codes.add(code)
        if len(codes) != 1:
            return ref
        code = codes.pop()
        if code == ref.group_country:
            return ref
        return replace(self._make(ref.actor, ref.group_type, code, ref.anonymous),
                       source=ref.source)

    def _counterpart_side(self, m: Mention, ref: ActorRef) -> ActorRef:
        """"X said at a joint press conference with his Cambodian counterpart": X is the other
        side's, whatever the dateline says ("Phnom Penh (VNS) -" over a Vietnamese minister).
        Only when the speaker's own sentence gives the counterpart the very country the rules
        chose, and the headline and lead name exactly one other country."""
        if ref.group_type not in ("government", "military") or ref.group_country is None \
                or m.kind == "pronoun":
            return ref
        doc = self.doc
        sent = doc[m.head].sent
        counterpart = None
        for hit in _COUNTERPART.finditer(self.text, sent.start_char, sent.end_char):
            if not self.in_quote[bisect_tok(doc, hit.start())]:
                counterpart = self.registry.countries.find(hit.group(1), cities=False)
        if counterpart != ref.group_country:
            return ref
        lead = [t for t in doc.toks if self.paragraph_of[t.i] <= 2 and not self.in_quote[t.i]]
        if not lead:
            return ref
        words = tokenize(self.text[lead[0].idx:lead[-1].idx + len(lead[-1].text)])
        others = {code for _, _, code, kind in self.registry.countries.scan(words)
                  if kind != "city" and code != counterpart}
        if len(others) != 1:
            return ref
        return replace(self._make(ref.actor, ref.group_type, others.pop(), ref.anonymous),
                       source=ref.source)

    def _described_seat(self, m: Mention, ref: ActorRef) -> ActorRef:
        """"The Institute for the Study of War, a US-based think tank", "DeepState, a Ukrainian
        monitoring group": an organisation the rules left with no country takes the one its
        appositive gives (its seat or its nationality), when it gives exactly one."""
        if ref.group_type != "organisation" or ref.group_country is not None \
                or ref.source == "registry" or m.appos is None:
            return ref
        toks = tokenize(self.text[m.appos[0]:m.appos[1]])
        codes = {code for _, _, code, _ in self.registry.countries.scan(toks)}
        return replace(ref, group_country=codes.pop()) if len(codes) == 1 else ref

    def _place(self, m: Mention) -> ActorRef:
        doc_text = self.text
        reg = self.registry
        name = doc_text[m.name[0]:m.name[1]] if m.name else None
        if m.kind == "pronoun" and self.doc[m.head].lower_ in PRONOUNS_1ST:
            return UNKNOWN_ACTOR
        anonymous = self._anonymous(m)
        given = self._name_given_only(m)
        if given is not None:
            # "a vendor who gave her name only as Aling Nena" (NER: an organisation): the
            # person the noun describes, placed by that noun
            return given
        if self._both_sides(m):
            return ActorRef(name or _strip_det(m.text), "unknown", None, "unknown", anonymous,
                            "unknown")
        short_state = self._state_body_by_last_word(m)
        if short_state is not None:
            return replace(short_state, actor=_strip_det(m.text), anonymous=anonymous)
        if m.kind != "pronoun" and m.name is None and self.doc[m.head].tag_ == "NN" \
                and _side_of_state(self.doc[m.head]) \
                and (side := self._own_nationality(m)) is not None:
            # "The Indian side said it would host the next round": a state's side at talks
            # or in a dispute speaks as its government (as "Djibouti's government")
            return self._make(_strip_det(m.text), "government", side, False)
        if name is not None and name == _strip_det(m.text) and self._country_not_surname(name):
            # "Armenia said" that NER took for a person's name: the state speaks
            code = reg.countries.find(name, cities=False)
            if code is not None:
                return self._make(name, "government", code, False)
        eu = self._eu_office(m)
        if eu is not None:
            return eu
        if m.kind != "pronoun" and m.name is None and anonymous \
                and re.search(r"\bone of the (?:\w+ )?member (?:states|countries)\b", m.text):
            # "A diplomat from one of the larger member states": a state the text will not
            # name, so no single country (gold: "a Western diplomat" -> unknown)
            return ActorRef(_strip_det(m.text), "unknown", None, "unknown", anonymous, "unknown")
        officer = self._officer_of_body(m, name)
        if officer is not None:
            return officer
        sided = self._sided_party_in_role(m)
        if sided is not None:
            return replace(sided, actor=name or sided.actor, anonymous=anonymous)
        member = self._acronym_member(m, anonymous) or self._short_name_officer(m, name)
        if member is not None:
            return member
        many = self._many_state_body(m)
        if many is not None:
            return ActorRef(many, self._org_group(many), None, "organisation", anonymous, "rule")
        short_org = self._staff_of_short_name(m)
        if short_org is not None:
            # "A spokeswoman for Mbeki Ridge" after "Mbeki Ridge Resources"; "Lawyers for Rift
            # Steam"; "Odra's management board" after "the maker Odra AGD": the body the text
            # named in full, called by the first words of its name
            return ActorRef(_strip_det(m.text) if anonymous else short_org,
                            self._org_group(short_org), self._name_country(short_org),
                            "organisation", anonymous, "rule")
        seated = self._seated_firm_in_apposition(m)
        if seated is not None:
            return ActorRef(seated, self._org_group(seated), self._name_country(seated)
                            or self._country(tokenize(self.text[m.appos[0]:m.appos[1]]), False),
                            "organisation", False, "rule")
        envoy = self._state_envoy(m, name, anonymous)
        if envoy is not None:
            return envoy
        owner = self._registered_group_member(m, name, anonymous)
        if owner is not None:
            return owner
        spelled = self._spelled_out_registered(m, anonymous)
        if spelled is not None:
            return spelled
        branch = self._regional_branch_owner(m)
        if branch is not None:
            return ActorRef(name or branch[0], branch[0], branch[1], "organisation", anonymous,
                            "rule")
        sport_body = self._national_sport_body(m)
        if sport_body is not None:
            return ActorRef(name or sport_body[0], sport_body[0], sport_body[1], "organisation",
                            anonymous, "rule")
        if m.head_lemma == "opposition" and m.kind != "pronoun":
            # "Venezuela's opposition said": the opposition itself, as a bloc
            bloc = self._opposition_bloc(m)
            if bloc is not None:
                return replace(bloc, anonymous=False)
        context = self._compass_country(self.context_text(m))
        # "Egyptian Premier League club Al-Nour": a league's name, no head of government
        context = _PREMIER_LEAGUE_RE.sub(r"\1", context)
        # "a resident of Ber who fled to Mauritania": where she fled is not whose she is
        context = _FLED_TO_RE.sub("", context)
        if m.head_lemma in _STUDY_NOUNS:
            # "a study published Thursday in the journal Water Research": the journal is where
            # the study came out, not who speaks through it
            context = _PUBLISHED_IN_RE.sub("", context)
        bare = _strip_det(m.text)
        if m.appos and self._country_described(m, m.appos):
            context = bare  # "Spain, the EU's largest producer": the state, as "Spain said"
        elif m.name is None and self._role_clause(m) and self._is_country_word(bare):
            # "Djibouti, whose port handles most of Ethiopia's trade, said": what the clause
            # says the state does; the country it names there is not whose voice this is
            context = bare
        if bare in self._acr_long and self._acr_long[bare] not in context:
            context += " ; " + self._acr_long[bare]  # "The OAIC" -> what OAIC stands for
        rule = self._rule(context)
        if rule is None:
            # "A JADCO disciplinary panel": an acronym the text spelled out, as a modifier
            # (or a one-word name the text described: "an Ofcom spokesperson" after "the
            # media regulator Ofcom")
            longs = [self._long_with_owner(self._acr_long[w])
                     for w in re.findall(r"\b[A-Z][A-Za-z]{1,8}\b", bare)
                     if w != bare and w in self._acr_long and self._acr_long[w] not in context]
            widened = self._rule(context + " ; " + " ; ".join(longs)) if longs else None
            if widened is not None and widened[0] in ("government", "military", "media") \
                    and not any(self._called_a_firm(w) for w in re.findall(r"\b[A-Z]\w+\b", bare)):
                # (not "CFE director X" after "the state electricity company, the Federal
                # Electricity Commission (CFE)": a firm, whatever its name's words)
                # (a body the acronym names as a state body or an outlet; other bodies are
                # organisations of their own, placed below)
                context += " ; " + " ; ".join(longs)
                rule = widened
        if name and len(name) > 2 and rule is not None:
            # a person's own name says nothing of his country or job ("Gustavo Lagos", "Israel
            # Katz", "Tim Cook", "Anna Fisher"): only the words around it do
            ntoks = tokenize(name)
            placey = {ntoks[pos + x].shape for pos, n, _c, _k in self.registry.countries.scan(ntoks)
                      for x in range(n)} if rule[1] is not None else set()
            r = self.rules
            placey |= {t.shape for t in ntoks[-2:] if t.shape[:1].isupper() and t.norm in (
                r.public | r.person) and len(ntoks) > 1 and rule[0] != "media"}
            if placey:
                bare = name
                for w in placey:
                    bare = re.sub(rf"\b{re.escape(w)}\b", "Name", bare)
                context = context.replace(name, bare)
                rule = self._rule(context)
        if rule is None and m.kind in ("np", "definite", "name") and m.name is None:
            # "Nicaraguan journalists living in exile in Costa Rica": the modifier after the
            # head names where they are, the adjective before it whose they are; the words up
            # to the head alone place them
            h = self.doc[m.head]
            own = self.text[m.start:h.idx + len(h.text)]
            if own != m.text and self._country(tokenize(own), False) is not None:
                rule = self._rule(own)
                if rule is not None:
                    context = own
        if rule is not None and rule[0] == "public" and m.head_lemma in _PEER_NOUNS and m.appos:
            # "Her colleague Mark Feldman, a professor of public health": the appositive's job,
            # not the relation to the last speaker, says what he speaks as
            job = self._rule(self.text[m.appos[0]:m.appos[1]])
            if job is not None and job[0] == "person":
                rule = job
        if rule is not None and rule[0] == "person" and not rule[3]:
            seat = self._employer_described_country(m)
            if seat is not None:
                # "chief economist at Al-Masar, an Amman consultancy": placed by where the
                # description puts the employer
                rule = (rule[0], seat, rule[2], True)
        if rule is not None and rule[0] == "person":
            work = self._workplace_country(context)
            if work is not None and work != rule[1]:
                # "an Afghan epidemiologist now working at the University of Toronto": experts
                # are placed by where they work (gold), not by the nationality word
                rule = (rule[0], work, *rule[2:])
        if rule is not None and rule[0] == "person" and m.kind != "pronoun":
            ngo = self._world_ngo_employer(context)
            if ngo is not None:
                # "X, a Sudan researcher at Human Rights Watch": the international body's
                # researcher speaks for it (gold: an NGO's staff go to the NGO), not as an
                # expert of the country he covers
                return ActorRef(name or _strip_det(m.text), ngo.group, None, "organisation",
                                anonymous, "registry")
        if rule is not None and rule[0] == "public" and m.kind != "pronoun":
            cause = self._advocated_body(m)
            if cause is not None:
                # "Sofie Lund, a campaigner with Friends of the Earth", "a lawyer for
                # Greenpeace": she speaks for the named body's cause (gold: an NGO's lawyer
                # goes to the NGO), not as one of the public
                return replace(cause, actor=name or _strip_det(m.text), anonymous=anonymous)
        if rule is not None and rule[0] == "media" and self._free_journalist(m, context):
            # "an Iranian journalist who lives in the suburbs", "a local journalist from
            # Frankfurt": a journalist with no outlet speaks as a person, not as the media
            rule = ("public", self._country(tokenize(context), True) or rule[1], True, rule[3])
        by_head = rule is not None and rule[2]
        if rule is not None and rule[0] in ("public", "person") and anonymous and not name \
                and _phrases([t.norm for t in tokenize(context)]) & _INSIDE_ACCESS:
            # "two people familiar with the talks": insiders of either side, not the public
            return ActorRef(_strip_det(m.text), "unknown", None, "unknown", anonymous, "unknown")
        if rule is None and m.kind in ("definite", "name") and m.name is None and not m.plural \
                and _strip_det(m.text).islower() \
                and _phrases([t.norm for t in tokenize(m.text)]) & _CHAMBER_PHRASES:
            # "In Jalalabad, the provincial chamber of commerce said": one business body the
            # text describes but does not name, of the place it is set in
            nm = _strip_det(m.text)
            return ActorRef(nm, nm, self._place_named_near(m) or self.home_country,
                            "organisation", anonymous, "rule")
        represents = self._represents_clause(m)
        if (rule is None or represents and rule[0] in ("public", "person")) \
                and m.kind == "definite" and m.name is None and not m.plural \
                and (m.head_lemma in _BODY_NOUNS - _COMPANY_NOUNS
                     and (self._members_described(m) or represents)
                     or m.head_lemma in ("parliament", "council", "senate", "assembly")
                     and m.words & {"student", "students", "youth"}) \
                and m.appos is None and not any(
                    c.dep_ == "appos" for c in self.doc.kids(self.doc[m.head])):
            # (not "the club's largest supporters' association, the Blue Wall": named there)
            # "The union of train drivers said", "the teachers' union": one body the text
            # describes by its members but does not name; an organisation where the story is
            # (its officers, "Its president, X", speak for it), not its members
            nm = _strip_det(m.text)
            return ActorRef(nm, nm, self.default_country or self.home_country, "organisation",
                            anonymous, "rule")
        if rule is not None and rule[0] == "person" and m.name is None and m.kind == "name" \
                and m.head_lemma in ("university", "college") and self.doc[m.head].pos_ == "PROPN" \
                and reg.match(m.text) is None:
            # "Lee Valley University said": the institution itself, not one of its experts
            nm = _strip_det(m.text)
            return ActorRef(nm, self._org_group(nm), self._name_country(nm), "organisation",
                            anonymous, "rule")
        head = self.doc[m.head]
        if m.kind == "name" and m.name is None and head.pos_ == "PROPN" \
                and (relative_pronoun(head) == "which" or appositive_noun(head) in _BODY_NOUNS_ALL
                     or self._body_appositive(head)) and not self._titled_person(head) \
                and (rule is None or rule[0] in ("public", "person")
                     or rule[0] == "media" and appositive_noun(head) in _BODY_NOUNS) \
                and reg.match(m.text) is None and (not reg.countries.find(m.text)
                                                   or self._country_word_inside_body_name(m)):
            # ("Climate Action Network, a coalition of environmental groups": a network that
            # is a coalition is no broadcaster)
            # "Kaimoana Tahi, which represents quota owners, said", "Te Waka Ika, the trust that
            # manages fisheries assets, said": a body (a "which", a body noun) in its own name,
            # not the people it represents
            nm = _strip_det(self.text[self.doc[m.head].left_edge.idx:head.idx + len(head.text)])
            whole = _strip_det(m.text)
            if len(whole) > len(nm) and whole.startswith(nm) and all(
                    w[:1].isupper() or w[:1].isdigit() or w in _NAME_LINKS
                    for w in whole[len(nm):].split()):
                nm = whole  # "The International Association of Machinists ... District 751"
            body = self._which_body_of_person(head)
            if body is not None:
                # "said Joy Villanueva of Nanay Muna, which campaigns on ...": the parser hangs
                # the "which" on the person; the body is the one she is "of", her employer
                return ActorRef(nm, self._org_group(body), self._name_country(body),
                                "organisation", anonymous, "rule")
            return ActorRef(nm, self._org_group(nm), self._name_country(nm), "organisation",
                            anonymous, "rule")
        if m.name is not None and rule is None and self.doc[m.head].pos_ == "PROPN" \
                and _phrases([t.norm for t in tokenize(context)]) & _STATE_OWNER_PHRASES \
                and reg.match(m.text) is None:
            # "The state-owned Petrolera Andina said" (NER: a person): only a firm is
            # state-owned; it speaks in its own name
            nm = doc_text[m.name[0]:m.name[1]]
            return ActorRef(nm, self._org_group(nm), self._name_country(nm), "organisation",
                            anonymous, "rule")
        if rule is not None and rule[0] in ("person", "public") and m.kind == "name" \
                and (m.name is None or self.doc[m.head].ent_type_ == "ORG") \
                and self.doc[m.head].pos_ == "PROPN" \
                and self.doc[m.head].text[:1].isupper() \
                and m.head_lemma in self.rules.organisation | _NAMED_BODY_HEADS \
                and reg.match(m.text) is None:
            # "The Marathwada Farmers' Forum said", "the Kibera Residents' Association": a body
            # named for its members or its field speaks as itself, not as farmers or experts;
            # "Seoul National University Hospital said" is the hospital, not a professor
            nm = _strip_det(m.text).replace("’s", "").replace("'s", "").strip()
            return ActorRef(nm, self._org_group(nm), self._name_country(nm), "organisation",
                            anonymous, "rule")
        named_group = self._name_before_group_noun(m)
        if named_group is not None:
            return ActorRef(named_group, named_group, self._name_country(named_group)
                            or self.home_country, "organisation", anonymous, "rule")
        described = self._body_named_after(m)
        if described is not None:
            # "The industry body Australian Grape and Wine said", "the charity Hilfe ohne
            # Grenzen": a body the description names right after its noun
            group = self._org_group(described) if _proper_name(described) else described
            return ActorRef(described, group, self._name_country(described)
                            or self._country(tokenize(m.text), False), "organisation",
                            anonymous, "rule")
        if m.kind == "definite" and m.head_lemma in self.rules.organisation and m.name is None:
            # "The mine's workers' union, Sintrazinc, said": the body the description names
            # in apposition, not the workers and not the mine
            for c in self.doc.kids(self.doc[m.head]):
                if c.dep_ == "appos" and c.pos_ == "PROPN" and c.text[:1].isupper() \
                        and c.ent_type_ != "PERSON" and not self.in_quote[c.i] \
                        and not any(x.dep_ in ("prep", "nummod") for x in self.doc.kids(c)):
                    # ("Local 1657 of the Canadian Longshore Union" is a branch: left to the
                    # rules, which take the body it belongs to)
                    a = min(x.i for x in c.subtree if x.dep_ == "compound" or x is c)
                    nm = _strip_det(self.doc[a:c.i + 1].text)
                    # (a name that is a country's alone is the state, not a body; a country
                    # word inside a body's name is its home: "the Nepali Seafarers' Families
                    # Forum")
                    if reg.match(nm) is None and not self._is_country_word(nm):
                        short = self._org_group(nm)
                        return ActorRef(short, short, self._name_country(short), "organisation", anonymous, "rule")
        # 1. a registered person
        if name:
            hit = reg.match(name)
            if hit and hit[0].kind == "person" and self._registered_here(hit[0], name):
                e = hit[0]
                return ActorRef(e.actor, e.group, e.group_country, e.group_type, False, "registry")
        by_party = self._party_adjective_title(m, name)
        if by_party is not None:
            return by_party
        if m.party and not reg.countries.find(m.party, cities=False) \
                and not (m.is_org and m.name is None and m.head_lemma in _ARMED_FORCE_HEADS):
            # ("The Malian Armed Forces (FAMa) said": an army's own acronym in brackets, not
            # the party of a politician's "(PTI)")
            return ActorRef(name or m.party, m.party, None, "organisation", False, "rule")
        academic = self._academic_head(m, name) or self._agency_owner(m, name)
        if academic is not None:
            return academic
        if m.kind != "pronoun" and (span := self.doc.char_span(
                m.start, m.end, alignment_mode="expand")) is not None \
                and (firm := self._counsel_for_the_firm(span, m.start)) is not None:
            return replace(firm, actor=name or firm.actor, anonymous=False)
        party_voice = self._party_possessor(m) or self._party_word_owner(m) \
            or self._party_by_name(m) or self._poll_officer(m) or self._introduced_by_party(m) \
            or self._party_contender(m) or self._principal_of_spokesperson(m) \
            or self._pollster_subject(m)
        if party_voice is not None:
            return replace(party_voice, actor=name or (_strip_det(m.text) if m.kind == "name" else
                                                       party_voice.actor), anonymous=anonymous)
        named_party = self._party_named_in_role(m)
        if named_party is not None:
            return ActorRef(name or named_party[0], named_party[0], named_party[1],
                            "organisation", anonymous, "rule")
        member = self._affiliated_body(m)
        if member is not None:
            return ActorRef(name or member.actor, member.group, member.group_country,
                            member.group_type, anonymous, member.source)
        party = self._party(m) or (self._whose_body(m) or self._of_party(m)
                                   or self._party_word_role(m) if name else None)
        if party is not None:
            return ActorRef(name or party.actor, party.group, party.group_country,
                            party.group_type, anonymous, party.source)
        # 2. a registered institution/outlet named in the mention, role or appositive
        for text in (m.text, *(doc_text[sp[0]:sp[1]] for sp in (m.role, m.appos)
                               if sp and not self._country_described(m, sp))):
            hit = reg.match(text) or self._registered_initials(text)
            if not hit:
                continue
            e = hit[0]
            if self._office_over_whose_party(m, text, e):
                continue  # "Chief Minister X, whose party governs with the BJP": the state's
            if e.kind != "person" and self._alias_in_person_name(text, e, name):
                continue  # "public defender Nolan Fitch" is no rating agency
            if self._alias_opens_longer_name(text, hit[1]):
                continue  # "the state Department of Environmental Quality" is no State Department
            if e.kind not in ("person", "outlet") and self._alias_closes_longer_name(text, hit[1]):
                continue  # "The Social Debt Observatory" is no (Syrian) "Observatory"
            if self._alias_backs_regime(text, hit[1]):
                continue  # "Sudan's army-backed government" is the government, not the army
            longer = self._short_for_article_name(m, e) if text == m.text else None
            if longer is not None:
                # "Anadolu said" after "Istanbul-based Anadolu Beyaz Eşya's offer": that firm
                return ActorRef(name or longer, self._org_group(longer), self._name_country(longer),
                                "organisation", anonymous, "rule")
            if e.kind == "person" and name and not self._registered_here(e, name):
                continue  # "Denise Carter" is not the registered Ashton Carter
            if self._generic_alias_abroad(e, text, hit[1]):
                continue  # Pakistan's "Foreign Office" is not the British one
            own = self._namesake_in_text(e, text, hit[1], m.start)
            if own is not None:
                # "the observatory's director" after "the Catholic University of Argentina's
                # Social Debt Observatory": the body the text named, not the registered
                # Syrian Observatory that one lower-case word of an alias matched
                return ActorRef(name or own.actor, own.group, own.group_country,
                                own.group_type, anonymous, own.source)
            if e.group_type == "organisation" and self._accredited_to(text, hit[1][0], hit[1][1]):
                continue  # "Lebanese ambassador to the United Nations": Lebanon's envoy
            if by_head and rule[0] in ("person", "public") and e.kind != "outlet" \
                    and not (rule[0] == "public" and m.words & _EMPLOYEE_WORDS) \
                    and not (text == m.text and hit[1][1] - hit[1][0] == len(
                        reg.countries.fold_text(_strip_det(text))[0])):
                # (unless the registered name is the whole mention: "the Irish Nurses and
                # Midwives Organisation said" is the union, whatever "nurses" says)
                break  # "an analyst at the Brookline Institute": the role, not the employer
            if e.kind not in ("outlet", "person") and m.head_lemma in self.rules.media \
                    and m.head_lemma not in ("agency", "agencies") \
                    and hit[1][1] - hit[1][0] < len(tokenize(re.sub(
                        r"^[\w-]+-based\s+|\s*\([^()]*\)\s*$", "", _strip_det(text)))):
                # (unless the registered body is the whole mention: "Reporters Without Borders",
                # "Paris-based Reporters Without Borders (RSF)")
                # "a Hezbollah-affiliated television channel": an outlet, of that country
                return self._make(name or _strip_det(m.text), "media",
                                  e.group_country or self.default_country, anonymous)
            actor = name or e.actor
            if e.kind != "person" and name is None and m.head_lemma in self.rules.anonymous_heads:
                actor = _strip_det(m.text)  # "a State Department official", not the department
            here = self._local_namesake(e, text, hit[1])
            if here is not None:
                # "The Environmental Protection Agency said" in a story from Accra that never
                # names the United States: Ghana's agency of that name, not the registered one
                return self._make(actor, e.group_type, here, e.anonymous or anonymous)
            chapter = self._national_chapter(e, text)
            if chapter is not None and m.appos and text == m.text:
                # "Transparency International's Peruvian chapter, Proética": its own name
                own = _strip_det(doc_text[m.appos[0]:m.appos[1]])
                if _proper_name(own) and reg.match(own) is None and len(own.split()) <= 4:
                    chapter = (own, chapter[1])
            if chapter is not None:
                if actor == e.actor:
                    actor = chapter[0]  # "the Kenya Red Cross" is not the ICRC itself
                return ActorRef(actor, chapter[0], chapter[1], "organisation",
                                e.anonymous or anonymous, "rule")
            return ActorRef(actor, e.group, e.group_country, e.group_type,
                            e.anonymous or anonymous, "registry")
        body = self._described_body(m)
        if body is not None:
            return body
        staff = self._staff_of_the_body(m) if rule is not None and rule[0] in (
            "person", "public") else None
        if staff is not None:
            # "said Tyler Moss, a researcher for the group in Mexico City" after "Human Rights
            # Watch said": the group's own staff speak for it, not as experts of the city
            return ActorRef(name or _strip_det(m.text), staff.group, staff.group_country,
                            staff.group_type, anonymous, staff.source)
        # "his office", "her spokesman": the owner's group
        owner = self._pronoun_owner(m)
        if owner is not None and m.name is None and m.head_lemma in _OWNER_NOUNS \
                and owner.group_type in ("public", "person"):
            owner = None  # "their union" of the drivers is the union, not the drivers
        if owner is not None and owner.group_country is not None \
                and owner.group_type in ("government", "military") \
                and self._own_nationality(m) not in (None, owner.group_country):
            owner = None  # "Pakistani officials said X. Their Indian counterparts said Y"
        if owner is not None and (not by_head or rule[0] == "person" and owner.group_type in (
                "organisation", "government", "military", "media")
                or rule[0] == "public" and m.words & _CLERGY_WORDS
                and owner.group_type == "organisation"):
            # ("The diocese said ..., and its bishop, X, urged": the church's own cleric
            # speaks for it, as a moderator for his church in the gold)
            # "Its chief economist, X" after "The Y Federation welcomed the move": the
            # federation's own expert speaks for it
            return ActorRef(name or _strip_det(m.text), owner.group, owner.group_country,
                            owner.group_type, anonymous, owner.source)
        if m.kind != "pronoun" and (office := _opposition_office(self.text[m.start:m.end])):
            # "Leader of the Opposition Stanley Kuper": the tagger makes "the Opposition
            # Stanley Kuper" one body; the title says whose voice it is
            bloc = self._opposition_bloc(m)
            if bloc is not None:
                return replace(bloc, actor=name or self.text[m.start + office:m.end].strip(),
                               anonymous=anonymous)
        if rule is None and name and m.kind != "pronoun" and self._unit_head_title(m):
            # "The Ministry of Health ... has warned ... Head of Health Protection Dr X said":
            # the head of a unit the text gives no body of its own works for the body the
            # sentence before has speak
            body = self._body_just_named(m.start)
            if body is not None and body.group_type in ("government", "military"):
                return replace(body, actor=name, anonymous=anonymous)
        ahead = self._body_named_next(m) if m.kind == "np" else None
        if ahead is not None:
            # "..., a Salvadoran human rights group said. Cristosal, which has documented ...,
            # said in a report": the lead's unnamed group is the body the next sentence names
            return replace(ahead, actor=_strip_det(m.text), anonymous=False)
        church = self._church_voice(m) if m.kind != "pronoun" else None
        if church is not None:
            return replace(church, actor=name or church.actor, anonymous=anonymous)
        if by_head and rule[0] == "public" and m.words & (_EMPLOYEE_WORDS | _COUNSEL_WORDS
                                                         | _CLERGY_WORDS):
            # (a cleric of a named church speaks for it: "Rev. X of the Evangelical Christian
            # Church in Papua"; "a priest in the village" names none and stays public)
            # (also "a lawyer for the Centre for Environmental Rights": counsel of a named body
            # speaks for it; "a lawyer for the family" names none and stays public)
            # "a staff member of the Norwegian Refugee Council": staff of a named body speak
            # for it; "two employees" with no employer named are ordinary people
            org = self._organisation(m, allow_head=False)
            if org is not None:
                return replace(org, actor=name) if name else org  # the person speaks for it
        # (not a state office its place word makes explicit: "Ceuta's regional president")
        club = self._short_named_org(m) if m.kind != "pronoun" and m.role and not (
            rule is not None and rule[0] in ("government", "military") and rule[3]) else None
        if club is not None:
            # "Dortmund chief executive Lars Ricken" after "Borussia Dortmund": a body the
            # text named in full, called in the role by one word of its name
            return ActorRef(name or club.actor, club.group, club.group_country,
                            club.group_type, anonymous, club.source)
        if m.kind != "pronoun" and self._branch_role(m):
            # "the branch president, Dr X" after "the Lagos branch of the Nigerian Association
            # of Resident Doctors": the officer of a body's local unit speaks for that body
            # (a quote of two sentences may stand between: three sentences back)
            body = self._last_body(m.start, back=3)
            if body is not None:
                return ActorRef(name or body.actor, body.group, body.group_country,
                                body.group_type, anonymous, body.source)
        if m.kind in ("definite", "np") and m.head_lemma == "owner" and not m.plural \
                and self._owned_asset(m):
            # "the mine's owner said" in a lead whose next paragraph names Mopani Copper
            # Mines: the firm that owns the works, not a person of the public
            firm = self._last_company(m.start, ahead=True)
            if firm is not None:
                return replace(firm, anonymous=False)
        # 2b. "union president X", "the university's president", "a hospital spokesman": staff
        #     of an institution the text names in full elsewhere ("the Canadian Longshore
        #     Union"), unless the words make the speaker a state voice of their own
        if not by_head and not (rule is not None and rule[0] in ("government", "military", "media")
                                and (rule[3] or self._strong_state(context))) \
                or self._body_possessed_role(m):
            owner_ref = self._named_owner(m)
            if owner_ref is not None:
                return ActorRef(name or owner_ref.actor, owner_ref.group, owner_ref.group_country,
                                owner_ref.group_type, anonymous, owner_ref.source)
        # 3. an organisation named in the role ("UCI president Henri Lamarque"), unless the
        #    words already place the speaker as an outlet or as a state voice of a named country
        if not by_head and not (rule is not None and (
                rule[0] in ("media", "person") or rule[0] in ("government", "military") and (
                    rule[3] or self._strong_state(context)))):
            org = self._organisation(m, allow_head=rule is None) \
                if not (name and rule is None and self._personal_associate(m)) else None
            if org is not None and org.group.lower() in _BODY_NOUNS_ALL | self.rules.organisation:
                # "Party spokesman X" opening a sentence: the capital is the sentence's, not a
                # name's; the party is the body the text just named ("Movement for Socialism")
                org = self._last_body(m.start, back=2) or org
            whole = self._body_named_with_of(m, org) if org is not None else None
            if whole is not None:
                # "The Confederation of Indigenous Nationalities of Ecuador said": the body's
                # own name runs on over its "of"s; it is no person "of" an employer
                org = whole
            elif org is not None and (name and org.group == name or re.match(
                    rf"{re.escape(org.group)}\s+(?:of|at)\s", _strip_det(m.text))):
                # "Kelsey D. of the Washington-based Arms Control Association": the person's own
                # name (which NER may leave untagged) is no body; the body is the one she is
                # "of" or "at"
                employer = self._employer_phrase(m)
                if employer is not None:
                    return replace(employer, actor=name or org.group)
            if org is not None:
                org = self._described_state_body(org, m) or (
                    org.group_type == "organisation"
                    and self._state_voice_named(org.actor, m.start)) or org
                return replace(org, actor=name) if name else org  # the person speaks for it
        if name is None and rule is not None and rule[0] in ("government", "military") \
                and not rule[3] and m.head_lemma in self.rules.anonymous_heads:
            at = self._fronted_institution(m)
            if at is not None:
                # "At the Pentagon, officials said": the institution the clause is set in
                return ActorRef(_strip_det(m.text), at.group, at.group_country, at.group_type,
                                anonymous, "registry")
        if m.kind != "pronoun" and not (rule is not None and rule[3]):
            # "A Commission spokesperson, Lena H.", "a Ministry official" after "The European
            # Commission", "Kenya's Ministry of Health": the one institution of that word the
            # text names in full
            inst = self._capitalised_institution(m)
            if inst is not None:
                return ActorRef(name or _strip_det(m.text), inst.group, inst.group_country,
                                inst.group_type, anonymous, inst.source)
        bloc = self._opposition_bloc(m) if m.kind != "pronoun" else None
        if bloc is not None:
            return replace(bloc, actor=name or bloc.actor, anonymous=anonymous)
        # 4. rules: country word + institution noun
        if rule is not None and rule[0] == "government" and not rule[3] and m.kind != "pronoun" \
                and self._bare_general_secretary(m):
            # "The Fiji Nurses Association said ... General secretary X said": the officer of
            # the body just named; a state's secretary-general is named with his ministry
            body = self._last_body(m.start, back=1)
            if body is not None:
                return replace(body, actor=name or body.actor, anonymous=anonymous)
        if rule is not None and rule[0] == "government" and not rule[3] and m.kind != "pronoun" \
                and m.head_lemma in _TALKS_ROLES:
            talks = self._talks_party(m)
            if talks is not None:
                return replace(talks, actor=name or _strip_det(m.text), anonymous=anonymous)
        if rule is not None and rule[0] == "government" and m.kind != "pronoun":
            # (a place in the role is where the body's officer is posted: "Hanna Okafor, the
            # agency's representative in Nouakchott" after "The UN refugee agency UNHCR")
            body = self._registered_possessor(m)
            if body is not None:
                return replace(body, actor=name or body.actor, anonymous=anonymous)
        if (rule is None or rule[0] in ("government", "military")) and m.kind != "pronoun":
            owner = self._possessor_institution(m)
            if owner is not None:
                return replace(owner, actor=name or owner.actor, anonymous=anonymous)
        if rule is not None and rule[0] == "military" and m.kind != "pronoun" \
                and self._civil_acronym_office(m):
            rule = ("government", *rule[1:])
        if rule is not None:
            gtype, country, _, explicit = rule
            if gtype == "government" and not explicit:
                # "ministry spokeswoman X" after "Armenia's Defence Ministry said": that ministry
                bare = self._bare_ministry(m, context)
                if bare is not None:
                    gtype, country = bare
                    explicit = country is not None and country != self.default_country
                elif self.default_country is None and (
                        self._spoken_in_city(m)
                        or not self._dateline_codes() and self._nearby_state_country(m)
                        or self._two_dateline_side(m)) or self._national_title_country(m) \
                        or self._the_towns_office(m):
                    # (with no dateline the rule's country is only the story's: "Foreign
                    # Ministry spokeswoman X told reporters in Moscow" in a Bishkek/Dushanbe
                    # story is Russia's, by the city she speaks in; "Tuvalu's government says
                    # ... Foreign Minister X told RNZ" in an undated story is Tuvalu's; a hub
                    # dateline the text names most, "BRUSSELS", still places its ministers)
                    explicit = False
                else:
                    explicit = country is not None and country != self.default_country
            vague = _words(context) & (self.rules.government | self.rules.military | _STATE_QUALIFIERS)
            # ("In Baku, presidential aide X said": an office named by a phrase only, whose
            # single words are no state word, still takes the capital that sets the scene)
            scene = self._fronted_city(m) if gtype in ("government", "military") \
                and not explicit and not vague else None
            if scene is None and gtype in ("government", "military") and not explicit \
                    and not vague:
                # ("Air force spokesman X" after "Ukraine's air force said" in a story from
                # both sides: a phrase ("air force") is no single state word either)
                scene = self._two_dateline_side(m)
            if gtype in ("government", "military") and not explicit \
                    and (not vague <= {"source", "sources"} or scene is not None):
                # "Iraq's foreign ministry condemned the raids. Foreign ministry spokesman X
                # said": the state just named, before the outlet's or the dateline's
                near = self._national_title_country(m) \
                    or self._briefing_capital(m) or self._fronted_city(m) \
                    or (self._scene_country(m) if _words(context) & _LOCAL else None) \
                    or self._spoken_in_city(m) or self._nearby_state_country(m) \
                    or self._portfolio_voice_before(m) or self._local_office_place(m) \
                    or self._the_towns_office(m) \
                    or self._paragraph_state_voice(m) or self._two_dateline_side(m)
                if near is None and anonymous and name is None and country is not None \
                        and country == self.default_country and self._other_country_in_sentence(m, country) \
                        and not _words(context) & {"local", "municipal", "provincial", "regional"}:
                    # ("according to local health officials": local to the dateline's place)
                    # "Pakistani troops fired first, officials said" in a story from Delhi:
                    # whose officials is not clear
                    country = None
                country = near or country
                if anonymous and name is None:
                    # "State news agency SANA quoted a military source as saying": a state
                    # outlet's unnamed official source is of the outlet's state
                    country = self._quoting_state_outlet(m) or country
            elif gtype == "public" and m.head_lemma in _REFUGEE_HEADS \
                    and (origin := self._refugee_origin(m)) is not None:
                # "Refugees in the Palabek settlement said" in a story of families "fleeing
                # fighting in South Sudan": of the country they fled, not of the camp's
                country = origin
            elif gtype == "public" and not explicit:
                # "In the Israeli town of Shlomi, residents said": where they are
                country = self._place_named_near(m) or country
            elif gtype == "media" and not explicit and name is None:
                # "On the Haitian side, Radio Télé Métropole reported": an outlet the text
                # gives no country is of the side the paragraph is set on; "In Baku, the state
                # news agency AZERTAC said": of the city that sets the sentence's scene
                country = self._scene_country(m) or self._fronted_city(m) \
                    or self._state_outlet_before(m) or country
            return self._make(name or _strip_det(m.text), gtype, country, anonymous)
        if name and rule is None and m.kind == "name" and self.doc[m.head].text[:1].isupper() \
                and m.head_lemma in _NAMED_BODY_HEADS and name.split()[-1].lower() in _NAMED_BODY_HEADS \
                and reg.match(m.text) is None:
            # "The National Museum of Bosnia and Herzegovina said" (NER: a person): a name
            # ending in a body's noun is that body, not a person of the public
            nm = _strip_det(m.text).replace("’s", "").replace("'s", "").strip()
            return ActorRef(nm, self._org_group(nm), self._name_country(nm), "organisation",
                            anonymous, "rule")
        if name and rule is None and self._seat_only_firm(m):
            # "owned by Michigan-based Torrence Automotive" (NER: a person): a name the text
            # describes only by its seat or listing is a firm's (people get a job noun too:
            # "London-based analyst X")
            return ActorRef(name, self._org_group(name), self._name_country(name)
                            or self._country(tokenize(self.text[m.start:m.end]), False),
                            "organisation", anonymous, "rule")
        if name and rule is None and self._firm_officer_title(m):
            # "Chief Financial Officer Anders Holm", "co-founder and chief executive Tolu Ade
            # said": a company officer the text gives no firm is the firm's voice, the firm
            # the story has speak (the last one that spoke, else the last one named)
            firm = self._speaking_firm(m.start) or self._last_company(m.start)
            if firm is not None:
                return replace(firm, actor=name, anonymous=False)
        if name and m.role and rule is None and self._opposition_title(m, self.doc[m.head]):
            # "Opposition Leader Mark Golding": a capitalised opposition title is no ordinary
            # role (the lower-case one is placed by the opposition rules further down)
            bloc = self._party(m) or self._opposition_bloc(m)
            country = self._country(tokenize(context), False) or self.home_country
            adj = self.registry.countries.adjective(country) if country else None
            if bloc is None and adj is not None:
                # (a party the text names elsewhere is not said to be his)
                bloc = ActorRef(name, f"{adj} opposition", country, "organisation", False, "rule")
            if bloc is not None:
                return replace(bloc, actor=name, anonymous=False)
        if name and (m.age or m.role or m.appos) and rule is None and not self._org_words(context):
            # a named person described only by an ordinary role or an age: the public, of the
            # country the role names ("Former British lifter Dan O'Connell") or where he is
            # (not the person's own name: "Salvador Piñeiro" is no Brazilian by the city; nor
            # where he is going: "a salesman travelling to a trade fair in Madrid")
            own = self._country(tokenize(_DESTINATION.sub("", context.replace(name, "Name"))), True) \
                or self._livelihood_country(m)  # "Youssef, 17, who swam across from Fnideq"
            return self._make(name, "public", own or self._place_named_near(m) or self.home_country,
                              False)
        body = self._chaired_unnamed_body(m) if name and rule is None else None
        if body is not None:
            # "Valérie Morin, who chairs the association of Normandy cheese producers": the
            # officer of a body the text describes but does not name speaks for it
            return ActorRef(name, body, self.default_country or self.home_country,
                            "organisation", anonymous, "rule")
        if name and rule is None and self._firm_by_role_word(m):
            # "Indian space startup Meghdoot Space said" (NER: a person; the mention begins at
            # the name): the company role word right before it makes the name a firm's
            return ActorRef(name, self._org_group(name), self._name_country(name),
                            "organisation", anonymous, "rule")
        if name and rule is None and self._firm_in_apposition(m):
            # "KettleCo, a Perth-based importer that sources ...", "Halden, a Geneva trading
            # company" (NER: a person): the firm the apposition says it is
            return ActorRef(name, self._org_group(name), self._name_country(name),
                            "organisation", anonymous, "rule")
        full = self._short_of_named_org(m, name) if name and rule is None else None
        if full is not None:
            # "Hanbit said" after "fined Hanbit Mobile" (NER: a person): the company, called
            # by the first word of the name the text gave it in full
            return ActorRef(full, self._org_group(full), self._name_country(full),
                            "organisation", anonymous, "rule")
        if name and rule is None and self._own_business(m):
            # "Nadia B., who runs an import business in Laval": a trader speaking for herself
            return self._public_here(name, m)
        body = self._body_a_member_of(m) if name and rule is None else None
        if body is not None:
            # "Farhatullah Afridi, a senior member of the Pakistan-Afghanistan Joint Chamber of
            # Commerce": a member of a body the role names in full speaks for it
            return ActorRef(name, self._org_group(body), self._name_country(body),
                            "organisation", anonymous, "rule")
        if name and rule is None and self._livelihood_clause(m):
            # "said Mahmoud Abdel-Aziz, who grows rice near Kafr el-Sheikh", "Claudine Uwase,
            # who sells vegetables in Bujumbura's central market": a person the text gives
            # only a trade of her own speaks for herself, as the public of the place it names
            return self._livelihood_public(name, m)
        if name and rule is None and self._kin_clause(m):
            # "said Rosa Caal, whose brother was among those detained": a relative speaks
            # for herself, as the public of the place
            return self._public_here(name, m)
        if name and rule is None and self._personal_associate(m):
            # "Blake's coach, Leon Fraser": someone's own coach, lawyer or relative speaks for
            # that person's side as the public, not for the last organisation the text named;
            # of the country the words give ("Her manager, the Dutch agent X"), else where
            # (not the person's own name: "Salvador Piñeiro" is no Brazilian by the city)
            own = self._country(tokenize(context.replace(name, "Name")), True)
            return self._make(name, "public", own or self._place_named_near(m) or self.home_country,
                              False)
        if name and m.kind == "name" and rule is None and not (m.role or m.appos or m.age) \
                and self._role_clause(m) is None and self._bare_everywhere(name):
            holder = self._role_named_next(m)
            if holder is not None:
                return replace(holder, actor=name, anonymous=False)
        if name and m.kind == "name" and rule is None and not (m.role or m.appos or m.age) \
                and self._role_clause(m) is None and self.home_country \
                and len(name.split()) >= 2 and not self._org_words(context) \
                and m.head in self._person_ents and self._bare_everywhere(name) \
                and not self._described_in_next_sentence(name):
            # "At the General Hospital, Kafayat Lawal said she had waited since dawn": a full
            # name the text gives no office, employer or title anywhere is an ordinary person
            # of where the story is (news copy never names an official bare)
            holder = self._lead_office_holder(m)
            if holder is not None:
                return replace(holder, actor=name, anonymous=False)
            return self._public_here(name, m)
        voice = self._voice_of_subject(m)
        if voice is not None:
            return ActorRef(name or voice.actor, voice.group, voice.group_country,
                            voice.group_type, anonymous, voice.source)
        member = self._member_of(m, context)
        if member is not None:
            return ActorRef(name or member.actor, member.group, member.group_country,
                            member.group_type, anonymous, "rule")
        if self._local_office_role(m) and (home := self._place_named_near(m) or self.home_country):
            # "village chairman X": a local office holder (gold: local officials -> the
            # government), of the place the text just set, else of the story's country
            return self._make(name or _strip_det(m.text), "government", home, anonymous)
        if name and rule is None and self.home_country and self.doc[m.head].ent_type_ == "PERSON" \
                and not self._org_words(context) and self._undescribed_person(name):
            # a person the text names and gives no office, body or trade: an ordinary person
            # where the story happens (gold README: role-less speakers get the group a careful
            # reader gives them from the dateline and context)
            return self._public_here(name, m)
        full = self._short_of_org(m, head) if m.kind == "name" and m.name is None else None
        if full is not None:
            # "Al Rimal said" after "Al Rimal Contracting": the company, by its full name
            return ActorRef(full, self._org_group(full), self._name_country(full),
                            "organisation", anonymous, "rule")
        if name or m.kind != "pronoun":
            return ActorRef(name or _strip_det(m.text), "unknown", None, "unknown", anonymous,
                            "unknown")
        return UNKNOWN_ACTOR
