"""The rule that turns a speaker's words into a group: country words plus institution nouns, media
and military words.
"""

from __future__ import annotations

import re

from analysis.attribution.mention import Mention
from analysis.attribution.names import (
    _at_a_firm,
    _country_named_body,
    _drop_former_office,
    _english_state_name,
    _marine_field,
    _members_body,
    _members_named_for_service,
    _named_state_body,
    _national_body,
    _of_body,
    _phrases,
    _sourcing_verb,
    _student_body,
    _us_party_congress,
)
from analysis.attribution.spans import _inside_name, _join_given_name, _joined_name_word
from analysis.attribution.words import (
    _BLOC_WORDS,
    _BODY_NOUNS,
    _BODY_WORDS,
    _BRACKETED_SHORT,
    _CHAMBER_PHRASES,
    _CIVIL,
    _COMMERCIAL_AGENCIES,
    _COMPANY_NOUNS,
    _CONTINENTAL_BODY,
    _CORPORATE_ROLES,
    _COUNSEL_WORDS,
    _EXPERT_PLURALS,
    _FIGHTING_GROUPS,
    _FIRM_HEADS,
    _FREE_JOURNALISTS,
    _GENERAL_ADJ_OF,
    _HYPHENED_GIVEN_NAME,
    _INDUSTRY_SOURCE_WORDS,
    _INSTITUTION_WORDS,
    _KEEP_PREPS,
    _LANGUAGE_WORD_RE,
    _LEGISLATIVE,
    _LOCAL,
    _LOCATIVE_PREPS,
    _MEDICAL_STAFF,
    _MEMBER_ROLES,
    _MEMBERSHIP_WORDS,
    _MILITARY_RANKS,
    _MISSING,
    _NAMED_BODY_HEADS,
    _NATIONAL_OFFICE_WORDS,
    _OWN_VOICE_INSTITUTIONS,
    _OWNER_CLAUSE,
    _PARTITIVES,
    _PARTY_CREED_WORDS,
    _PLAIN_OFFICER_WORDS,
    _PRESS_OFFICE_NOUNS,
    _REGIME_NOUNS,
    _REGIME_PARTICIPLES,
    _REGION_WORDS,
    _REGIONAL_BODY_HEADS,
    _REGULATOR_HEADS,
    _RULER_ADJECTIVES,
    _SPORT_PEOPLE,
    _SPORT_WORDS,
    _STATE_OWNER_PHRASES,
    _STATE_QUALIFIERS,
    _STATELESS_WORDS,
    _STUDENT_BODY_HEADS,
    _TITLE_ABBREV,
    _TITLE_WORDS,
    _UNNAMED_BODY_HEADS,
    _WEAK_TITLES,
)
from analysis.entities import surname_key
from analysis.registry import Tok, tokenize


def _body_before_role(pre: list[Tok], role_start: int, body_nouns: frozenset[str]) -> bool:
    """A body's common noun stands right before the role ("the state rail company's
    chairman", "union president X") or before one or two lower-case words that name the
    role's field ("the group's campaign director", "the charity's policy director"). Not a
    campaign's own officer ("his campaign spokesman" speaks for the candidate)."""
    for j in range(role_start - 1, max(-1, role_start - 4), -1):
        if pre[j].norm in body_nouns - {"campaign"}:
            return True
        if not pre[j].shape[:1].islower() or pre[j].norm in ("the", "a", "an", "his", "her",
                                                           "its", "their", "s"):
            return False
    return False


class GroupRules:
    """The rule that turns a speaker's words into a group: country words plus institution nouns,
    media and military words. Mixed into
    :class:`analysis.attribution.attributor.Attributor`.
    """

    def _rule(self, text: str) -> tuple[str, str | None, bool, bool] | None:
        hit = self._rule_cache.get(text, _MISSING)
        if hit is _MISSING:
            hit = self._rule_cache[text] = self._rule_uncached(text)
        return hit

    def _rule_uncached(self, text: str) -> tuple[str, str | None, bool, bool] | None:
        """(group_type, country, decided by the head noun, country named in the text) for a
        speaker's context text by the word lists, or None. Parts are separated by " ; "."""
        text = _HYPHENED_GIVEN_NAME.sub(_join_given_name, text)
        # "the local Serbian-language portal", "an Arabic-language channel": a language says
        # whom an outlet writes for, not where it is (Serbian is spoken in Kosovo and Bosnia)
        text = _LANGUAGE_WORD_RE.sub("language", text)
        # "Companhia Paulista de Águas (CPA)": the bracketed short form adds nothing to the
        # name before it, and a short one would read as a title ("CEO") that ends the name
        text = _BRACKETED_SHORT.sub("", text)
        # "the Instituto Nacional de Defensa Civil": a state body named in its own language
        text = _english_state_name(text)
        text = _drop_former_office(text, self.registry)
        # "Mopani Copper Mines ; owned by the state investment company ZCCM": the part that
        # names the owner describes the owner, not the speaker (a state-owned company is a
        # company, the gold's reading), so it says nothing of the speaker's kind
        text = " ; ".join(p for p in text.split(" ; ") if not _OWNER_CLAUSE.match(p)) or text
        part_texts = text.split(" ; ")
        parts = [tokenize(p) for p in part_texts]
        toks = [t for p in parts for t in p]
        # (the folds are remembered by text: "fold(toks)" of every part's tokens is the fold
        # of the whole text's, since " ; " ends a word and starts none)
        folded, _ = self.registry.countries.fold_text(text)
        norms = [t.norm for t in folded]
        # "open-source" (investigators, software) is no anonymous "source"
        norms = [n for k, n in enumerate(norms)
                 if not (n in ("source", "sources") and k and norms[k - 1] == "open")
                 and not _sourcing_verb(norms, k)]
        phrases = _phrases(norms)
        r = self.rules
        heads = set()
        own_head: str | None = None  # the head of the mention itself (the first part)
        own_named = False  # ... and it is capitalised ("the Argentine Chamber of ...")
        suspended = False
        in_name: set[str] = set()  # heads that are words of a name ("Doctors Without Borders")
        for p, p_text in zip(parts, part_texts, strict=True):
            # the head (last word before a preposition) and the role word right before a
            # trailing name ("Military expert Pavel Gromov", "nurse Petra Kühn")
            fp = self.registry.countries.fold_text(p_text)[0]
            pre: list[Tok] = []
            for t in fp:
                if t.norm in _KEEP_PREPS or t.norm in ("by", "who", "which", "that"):
                    if pre and t.shape[:1].isupper() and t.norm in _KEEP_PREPS:
                        # "Doctors Without Borders": a capitalised preposition runs on a name,
                        # so its first word is no doctor of the public
                        in_name.add(pre[-1].norm)
                    break
                pre.append(t)
            if p is parts[0] and len(pre) == 1 and pre[0].norm in _PARTITIVES and len(fp) > 2 \
                    and fp[1].norm == "of":
                # "One of the migrants", "two of the nurses": the group's noun is the head (of
                # the speaker's own phrase; "X, one of the groups that ..." is X)
                pre = []
                for t in fp[2:]:
                    if t.norm in _KEEP_PREPS or t.norm in ("by", "who", "which", "that"):
                        break
                    if t.norm not in ("the", "these", "those"):
                        pre.append(t)
            if own_head is None:
                own_head = pre[-1].norm if pre else ""
                own_named = bool(pre) and pre[-1].shape[:1].isupper()
                # "Suspended mayor X", "the suspended judge": an office-holder barred from
                # office speaks for himself (gold heldout6: a suspended mayor at his trial)
                suspended = any(t.norm == "suspended" for t in pre[:-1])
            if not pre:
                continue
            heads.add(pre[-1].norm)
            n = len(pre)
            if n + 1 < len(fp) and fp[n].norm == "of" and pre[-1].norm in ("head", "director"):
                heads.add(f"{pre[-1].norm} of {fp[n + 1].norm}")  # "head of research at X"
            if len(pre) > 1:
                heads.add(pre[-2].norm + " " + pre[-1].norm)
            heads.update(pre[x - 1].norm for x in range(1, len(pre)) if pre[x].norm == "and")
            k = len(pre)
            while k > 0 and (pre[k - 1].shape[:1].isupper() and not (
                    pre[k - 1].shape.isupper() and len(pre[k - 1].shape) <= 3) and not (
                    len(parts) == 1 and k < len(pre) and pre[k - 1].norm in _TITLE_WORDS)
                    or _inside_name(pre, k)):
                # the trailing name; "MP", "CEO" are titles, not names, and so is a
                # capitalised title before it when it is all the role the text gives
                # ("Professor Park Soo-min of ... department"; not "The president of the
                # university, Professor X", whose role is the first part)
                k -= 1
            if 1 < k < len(pre) and pre[k - 1].shape.startswith("#") \
                    and pre[k - 2].norm in _FIRM_HEADS | _COMPANY_NOUNS:
                k -= 1  # "state-owned distributor Kenya Power": a country's name opens the firm's
            role_at = k if 0 < k < len(pre) else len(pre)
            # (a two-word role: "the state-owned utility's managing director")
            role_len = 2 if role_at > 2 and " ".join(
                t.norm for t in pre[role_at - 2:role_at]) in _CORPORATE_ROLES | _MEMBER_ROLES else 1
            if " ".join(t.norm for t in pre[role_at - role_len:role_at]) \
                    in _CORPORATE_ROLES | _MEMBER_ROLES and _body_before_role(
                        pre, role_at - role_len, _FIRM_HEADS | _COMPANY_NOUNS | _BODY_NOUNS):
                # "the state rail company's chairman", "union president X": an officer of a
                # firm or a body the text calls so by a common noun, whatever "state" or
                # "president" says; the owner rules find the firm or the body (not "his campaign
                # spokesman", who speaks for the candidate)
                return None
            if 0 < k < len(pre):
                heads.add(pre[k - 1].norm)
                if k > 1:
                    heads.add(pre[k - 2].norm + " " + pre[k - 1].norm)
                    q = k - 1
                    while q > 0 and pre[q].norm in ("dr", "doctor") \
                            and pre[q - 1].norm in _TITLE_WORDS | _TITLE_ABBREV.keys():
                        q -= 1  # "hydrologist Prof Dr X": a run of academic titles
                    if pre[q].norm in ("dr", "doctor", "prof", "professor") and q > 0 \
                            and pre[q - 1].shape.islower():
                        # "marine biologist Dr X": the trade before the courtesy title is
                        # the role (the title says only that she holds a doctorate)
                        heads.add(pre[q - 1].norm)
                if pre[k - 1].norm in _FIRM_HEADS | _COMPANY_NOUNS:
                    # "U.S. artificial intelligence company Halvorsen Labs", "state oil company
                    # Petrocaribe": a firm the text names, whatever words describe its trade
                    # or its owner, is no state body; the organisation rules place it
                    return None
            if k == len(pre) > 1 and pre[-1].shape.isupper() and pre[-1].shape.isalpha() \
                    and pre[-2].norm in _FIRM_HEADS | _COMPANY_NOUNS:
                # "the state rail operator NS", "state oil company YPF": initials after a
                # company noun name the firm (they are no title, as "MP" or "CEO" is)
                return None
        if own_head and own_head not in _BODY_NOUNS | _STUDENT_BODY_HEADS \
                and _student_body(norms):
            # "The chair of the student representative council", "the student senate's
            # president": a student leader speaks as one of the students (gold heldout4:
            # a student-council chair -> public), not as the state's council or senate
            heads.add("student")
        if heads & _OWN_VOICE_INSTITUTIONS and any(
                t.shape[:1].isupper() and t.norm in _OWN_VOICE_INSTITUTIONS for t in folded) \
                and not heads & (r.person | r.public) \
                and not heads & {"minister", "ministry"} \
                and not any(h.endswith(("ologist", "ologists")) for h in heads):
            # "the Lagos State University Teaching Hospital", "Ohio State University": a named
            # hospital or university speaks in its own name, whoever owns it (the gold's
            # state-owned company reading); the organisation rules place it (its experts and
            # students keep their own place); a minister's portfolio is no institution ("School and
            # Mass Education Minister X": "School" is a head only by the coordination)
            return None
        if set(norms) & _SPORT_WORDS and heads & (r.organisation | _BODY_WORDS | {"club"}):
            # "the Jharkhand State Cricket Association", "the National Football League": a
            # body that runs a sport speaks in its own name, whatever "state" or "national"
            # says; the organisation rules place it
            return None
        if _members_named_for_service(parts, phrases, r.military | _CIVIL):
            # "the German Armed Forces Association", "the Police Federation": soldiers' or
            # officers' own body speaks in its own name, not as the army or the police; the
            # organisation rules place it
            return None
        if heads & _BODY_NOUNS and phrases & r.government == {"state"} \
                and self._state_qualified_name(folded):
            # "the Maharashtra State Co-operative Sugar Factories Federation", "the Lagos
            # State Traders' Association": "State" names the state it works in, as a region
            # word; a members' body in its own name, left to the organisation rules
            return None
        capitalised = frozenset(t.norm for t in folded if t.shape[:1].isupper()
                                and t.norm not in ("the", "a", "an"))
        if _of_body(norms, capitalised) and heads & _WEAK_TITLES and phrases & r.organisation \
                and not heads & (r.person | r.public | r.military):
            # "The National President of the Association of Nigerian Licensed Customs Agents":
            # an officer of a body speaks for it, whatever trade ("customs") its name gives
            return None
        if set(norms) & {"student", "students", "youth"} \
                and heads & {"parliament", "council", "senate", "assembly"}:
            # "the student parliament", "a youth council": a members' body, not the state's
            # legislature; the organisation rules place it
            return None
        if phrases & _CHAMBER_PHRASES and phrases & r.government <= _LOCAL | {"state"}:
            # "the provincial chamber of commerce", "the regional chamber of mines": a business
            # body of a province, not its administration; the organisation rules place it
            return None
        if any(t.norm == "congress" and t.shape[:1].isupper() and any(
                folded[j].norm in _PARTY_CREED_WORDS
                and all(x.shape[:1].isupper() for x in folded[j:k]) for j in range(max(0, k - 3), k)
                if not _us_party_congress(folded, j, k))
               for k, t in enumerate(folded)):
            # "the National Democratic Congress's communications director", "All Progressives
            # Congress": a party named as a congress, not the legislature; the party and
            # organisation rules place it
            return None
        named_state = _country_named_body(folded)
        if named_state is not None:
            # "Statistics Lithuania said", "Statistics Canada data": a national statistics
            # office named for its country is that country's state
            return "government", named_state, False, True
        gtype: str | None = None
        by_head = False
        unnamed = heads & _UNNAMED_BODY_HEADS
        # (the head's own words say nothing more: "agencies" of "aid agencies" is no outlet)
        if unnamed and not any(
                t.shape[:1].isupper() and not t.norm.startswith("#") and t.norm != "the"
                for t in folded[1:]) and not (phrases - {w for h in unnamed for w in h.split()}) \
                & (r.government | r.military | r.media | _CIVIL | _LEGISLATIVE):
            # "a local rights group", "Environmental groups": bodies the text does not name
            # are no single organisation and not the public either (gold README readings)
            return None
        if any(h.endswith(("ologist", "ologists")) for h in heads):
            heads.add("expert")  # seismologist, epidemiologist, hydrologist: experts
            if any(h.endswith("ologists") for h in heads):
                heads.add("experts")  # "Hydrologists say": unplaced, as "Experts say"
        heads -= in_name & r.public
        if own_head in _INSTITUTION_WORDS:
            # "The Finance Ministry, the largest shareholder": an institution is no shareholder
            # of the public, whatever its appositive says
            heads -= (r.public | r.person) - {own_head}
        if "partner" in heads and any(n == "partner" and norms[k + 1:k + 2] == ["at"]
                                      for k, n in enumerate(norms)):
            # "a partner at Vértice Energia": a consultancy's or law firm's partner comments
            # as an expert (not "her partner", a relative)
            heads = heads | {"expert"}
        if heads & _COUNSEL_WORDS and _at_a_firm(norms):
            # "a trade lawyer at a Stellenbosch firm", "a partner at law firm X": counsel
            # the text gives no client comments as an expert (gold: a lawyer at a Singapore
            # firm commenting on a case), not as the public
            heads = (heads - _COUNSEL_WORDS) | {"expert"}
        if {h for h in heads if " " in h} & r.government \
                and not (phrases & r.military and self._is_military(norms, phrases)):
            # (not "the Military Intelligence and Security Service": the armed forces' own)
            gtype = "government"  # "Crown attorney", "district attorney"
        elif {h for h in heads if " " in h} & r.person:
            # "a media lawyer in Zurich", "competition lawyer X", "a structural engineer":
            # a specialist commenting, not counsel for a client or a worker on the job
            gtype, by_head = "person", True
        elif heads & r.public and not ("groups" in heads and set(norms) & _FIGHTING_GROUPS) \
                and not (heads & r.person and heads & _SPORT_PEOPLE) \
                and not (heads & r.public <= _MEDICAL_STAFF and any(
                    h.split()[0] in _LOCAL | _STATE_QUALIFIERS | {"state", "chief", "national"}
                    for h in heads if " " in h and h.split()[1] in _MEDICAL_STAFF)):
            # (not "the cantonal doctor", "the state pathologist": a medical office of the state)
            # ("Former sprinter and TV analyst X" speaks as the analyst)
            gtype, by_head = "public", True  # not "armed groups", "opposition groups"
        elif heads & r.person:
            gtype, by_head = "person", True
        elif "retired" in phrases and (phrases & r.military or phrases & r.government):
            gtype = "person"  # "a retired Air Force general" comments as an expert
        elif phrases & {"former", "ex"} and phrases & r.person and (
                phrases & r.military or phrases & r.government or phrases & _CIVIL):
            # ("a former accident investigator who now teaches aviation safety")
            # "a former Royal Navy weapons officer now at the Institute for Defence Studies":
            # the past office is history, the present post is an expert's
            gtype = "person"
        elif phrases & _CIVIL and "military police" not in phrases \
                and not _members_body(heads, norms):
            # (not "the Association of Nigerian Licensed Customs Agents": its members' trade)
            gtype = "government"  # police and fire officers are civil servants
        elif phrases & _LEGISLATIVE or any(
                t.norm == "speaker" and t.shape[:1].isupper() for t in toks):
            # "the Federation Council's defence committee": lawmakers; "Speaker Mike
            # Johnson", "Lok Sabha Speaker": the chair of a legislature, written with a capital
            gtype = "government"
        elif phrases & r.media and self._is_media(phrases) and not heads & _REGULATOR_HEADS:
            gtype = "media"  # not "the media regulator": the state regulates the media
        elif phrases & r.military and self._is_military(norms, phrases):
            gtype = "military"
        elif (phrases & _STATE_OWNER_PHRASES and (heads & _FIRM_HEADS or heads & _STATE_OWNER_PHRASES)
              or "state" in norms and heads & _FIRM_HEADS and "central" not in norms) and any(
                    t.shape[:1].isupper() and not t.norm.startswith("#") and t.norm != "the"
                    for t in folded):
            # "the state-owned Kuwait Oil Company", "the state-owned Petrolera Andina" (the
            # qualifier right before the name), "Ecopetrol, Colombia's state oil company": a
            # company, named; not the state (a central bank is the state's)
            return None
        elif _national_body(norms, heads) or self._regional_body(folded):
            gtype = "government"  # "the national geology and mining service", "the state
            # copper commission": a public body whatever its field; "the Minnesota Bureau
            # of Criminal Apprehension": a federal state's
        elif _named_state_body(folded, heads, _SPORT_WORDS):
            # "The Revenue Directorate said", "the Fisheries Service": a state agency named
            # as one though no "national" says so (gold: state agencies and regulators are the
            # government of their country; the name's country, else the story's home)
            gtype = "government"
        elif (phrases & r.government or phrases & {"agency", "agencies"}
              and not (phrases & _COMMERCIAL_AGENCIES
                       and not phrases & (r.non_media_agency - {"development"}))
              and not self._firm_called_agency(folded)) and not (
                    # (not "the Environmental Management Agency", "the Disaster Management
                    # Agency": a state field before "management agency", not a talent firm's)
                    # (a members' body needs a body word: "the UK trade agency" is the state's)
                phrases & r.government and phrases & r.government <= _BODY_WORDS
                and phrases & _MEMBERSHIP_WORDS) and not (
                    # "secretary of a residents' association": an officer of a members' body;
                    # "The National President of the Association of Nigerian Licensed Customs
                    # Agents": a body named by its head noun needs no members' word
                    phrases & r.government <= _WEAK_TITLES
                    and (phrases & _MEMBERSHIP_WORDS or _of_body(norms))
                    and phrases & r.organisation) and not (
                    set(norms) & {"international", "world", "global"}
                    and phrases & r.government <= _BODY_WORDS | {"agency", "court", "tribunal"}):
            # ("the International Testing Agency", "the World Health Organization's
            # commission": bodies of many states, left to the organisation rules)
            gtype = "government"  # a state agency that is not a news agency; "the Maritime
            # Employers Council", "the Danish Refugee Council" are associations, not the state
        elif phrases & r.person:
            gtype = "person"
        elif phrases & r.public and not ("groups" in heads and set(norms) & _FIGHTING_GROUPS) \
                and not (own_named and own_head in _NAMED_BODY_HEADS) \
                and not (_members_body(heads, norms) and not any(
                    t.shape[:1].isupper() and not t.norm.startswith("#") and t.norm != "the"
                    for t in folded)):
            # (an unnamed "union of train drivers" is no public; a named one, "the National
            # Union of Students of the Philippines", is left to the named-body rules)
            # (nor "The Argentine Chamber of Fishing Ship Owners": a body named for its members)
            gtype = "public"
        if suspended and gtype == "government":
            gtype, by_head = "public", True
        if gtype in ("government", "military") and (body := _CONTINENTAL_BODY.search(text)) \
                and not set(body.group(0).lower().split()) & _NATIONAL_OFFICE_WORDS:
            # "the Council of Europe", "the Organisation of African Unity", "the Development
            # Bank of Latin America": a body of many states, left to the organisation rules
            return None
        country = self._country(toks, gtype in ("person", "public", None))
        if gtype in ("media", "government", "military") and country is None \
                and any(t.norm in _BLOC_WORDS and (k + 1 == len(toks) or toks[k + 1].shape.islower()
                                                   or toks[k + 1].norm == "american")
                        and not _joined_name_word(toks, k)
                        for k, t in enumerate(toks)) and not heads & {"minister", "ministry"}:
            # ("Arab News", "Gulf Times" are names, not blocs; nor is "the ministry's Asian and
            # Oceanian Affairs Bureau", a unit of the ministry; "a Latin American delegate" is)
            # "Western media reports", "Arab officials", "European diplomats": a bloc, no state
            return gtype, None, by_head, True
        if heads & {"diplomat", "diplomats"} and gtype == "government":
            # "a Western diplomat", "a diplomat in Nairobi": a region or a posting, not a state
            # (marked as decided, so no nearby state or default country places them)
            if set(norms) & _REGION_WORDS:
                return gtype, None, by_head, True
            if country is not None and not any(
                    kind != "city" and not (pos > 0 and toks[pos - 1].norm in _LOCATIVE_PREPS)
                    for pos, _n, _c, kind in self.registry.countries.scan(toks)):
                return gtype, None, by_head, True
        if gtype is None:
            # a bare country word as speaker ("Turkey said", "the French") is its government
            if country and all(n.startswith("#") or n in ("the", "s") for n in norms):
                return "government", country, False, True
            capital = self.registry.countries.capital(toks)
            if capital:
                return "government", capital, False, True  # "Warsaw said"
            region = self._whole_region(toks)
            if region:
                return "government", region, False, True  # "Texas sued", "Bavaria said"
            return None
        if gtype == "public" and set(norms) & _STATELESS_WORDS:
            # "A Rohingya refugee", "a stateless man": the public of no state (gold heldout3),
            # whatever country the camp or the dateline is in
            return gtype, None, by_head, True
        explicit = country is not None
        if country is None and gtype == "person" and heads & _EXPERT_PLURALS \
                and not set(norms) & _LOCATIVE_PREPS \
                and not any(t.shape[:1].isupper() for t in toks[1:]):
            # ("Goldman Sachs economists" name their employer: the outlet's own, below)
            # "Some economists warned", "Analysts said": unplaced experts have no country
            # (design.md; "analysts in Yerevan" are placed by the place)
            return gtype, None, by_head, True
        if country is None and not (heads & {"diplomat", "diplomats", "diplomatic"}):
            if gtype == "public" or phrases & _LOCAL and not phrases & (_LEGISLATIVE - {"assembly"}):
                # people and local officials: where the story is ("the Federation Council" is
                # a national chamber, not a local council)
                country = self.home_country
            elif gtype == "government" and phrases & r.government \
                    and phrases & r.government <= {"source", "sources"} \
                    and not phrases & _STATE_QUALIFIERS:
                # "a source close to the investigation" could be police, prosecutors, the
                # defence or the firm: unplaced, even in a local story (the gold convention);
                # a plain "informed source" in a local story is the state's, by the dateline
                close = re.search(r"\b(?:close to|familiar with|with knowledge of|briefed on)\b",
                                  " ".join(norms)) or any(
                    n in ("source", "sources") and k and norms[k - 1] in _INDUSTRY_SOURCE_WORDS
                    for k, n in enumerate(norms))
                # ("A shipping source": someone in the trade, unplaced, gold heldout7)
                country = None if close else self.dateline
            else:
                # an unmarked state role or expert is the outlet's own (dateline first)
                country = self.default_country
                if country is None or self._story_abroad():
                    # no dateline, no outlet: the country the story is about ("The interior
                    # minister said" in a story that names only Peru); so too when the outlet
                    # reports on a country it names again and again and never names its own
                    country = self.home_country
        return gtype, country, by_head, explicit

    def _firm_called_agency(self, folded: list[Tok]) -> bool:
        """"the Rosa Associati agency": a lower-case "agency" after a capitalised name that
        holds no country and no state word (nor follows a country's name) is a firm's trade (a sports or talent agency), not
        a state agency, which writes "Agency" in its own name."""
        for k, t in enumerate(folded):
            if t.norm != "agency" or not t.shape.islower() or k == 0:
                continue
            j = k
            while j > 0 and folded[j - 1].shape[:1].isupper():
                j -= 1
            run = [x.norm for x in folded[j:k] if x.norm not in ("the", "a", "an")]
            if j > 0 and folded[j - 1].shape.startswith("#"):
                continue  # "the Kenya Revenue agency": a country's own
            if run and not _phrases(run) & (self.rules.government | self.rules.media
                                            | self.rules.non_media_agency):
                return True
        return False

    def _regional_body(self, folded: list[Tok]) -> bool:
        """A capitalised state, province or city name right before a state body's head noun
        opens the name ("Minnesota Bureau of ...", "Bavarian State Office" aside): that
        state's or city's own body. Not "the Chicago Bureau of Reuters" (a bureau of)."""
        for k in range(1, min(len(folded), 4)):
            if folded[k].norm in _REGIONAL_BODY_HEADS and folded[k].shape[:1].isupper() \
                    and all(t.norm == "the" for t in folded[:k - 1]) \
                    and self._whole_region([folded[k - 1]]) \
                    and not (k + 2 < len(folded) and folded[k + 1].norm == "of"
                             and self.registry.match(folded[k + 2].shape) is not None):
                return True
        return False

    def _whole_region(self, toks: list[Tok]) -> str | None:
        """The country of the state, province or city ``toks`` name and nothing else (a
        leading "the" aside), capitalised as a name: a federal state or a city that sues,
        rules or says something speaks through its government. Not a world body's seat."""
        kept = [t for t in toks if t.norm != "the"]
        if not kept or not all(t.shape[:1].isupper() for t in kept):
            return None
        if " ".join(t.norm for t in kept) in self.registry.countries.hubs:
            return None
        person = self.entities.people.get(surname_key(" ".join(t.shape for t in kept)))
        if person is not None and any(" " in n for n in person.full_names):
            return None  # "Medina said" after "Rosa Medina": a surname, not the city
        return self.registry.countries.whole_city(kept)

    def _state_qualified_name(self, folded: list[Tok]) -> bool:
        """A proper name with "State" right after a place ("Lagos State ...", "Maharashtra
        State ..."): the sub-national state the body works in."""
        for k in range(1, len(folded)):
            if folded[k].shape == "State" and (folded[k - 1].norm.startswith("#") or (
                    folded[k - 1].shape[:1].isupper()
                    and self.registry.countries.find(folded[k - 1].shape))):
                return True
        return False

    def _free_journalist(self, m: Mention, context: str) -> bool:
        """The speaker is "a/an/the (local) journalist/reporter/blogger" (the mention or its
        role) with no outlet in sight: no other media word, no registered outlet, no employer
        named after at/for/with/of."""
        heads = []
        for sp in (m.span, m.role, m.appos):
            if sp is None:
                continue
            span = self.doc.char_span(sp[0], sp[1], alignment_mode="expand")
            if span is None:
                continue
            root = span.root if sp != m.span else self.doc[m.head]
            if root.lower_ in ("journalist", "reporter", "blogger") and root.tag_ == "NN" \
                    and span[0].lower_ in ("a", "an", "the"):
                heads.append(root)
        if not heads:
            return False
        norms = [t.norm for t in tokenize(context)]
        return not (_phrases(norms) & self.rules.media) - _FREE_JOURNALISTS \
            and self.registry.match(context) is None and not self._employer_named(context)

    def _employer_named(self, text: str) -> bool:
        """A capitalised name after "at", "for", "with" or "of" that is no place ("a journalist
        at Le Monde", not "a journalist from Tabriz")."""
        for mt in re.finditer(r"\b(?:at|for|with|of)\s+(?:the\s+)?((?:[A-Z][\w'’&-]*\s?)+)", text):
            if not self.registry.countries.find(mt.group(1).strip()):
                return True
        return False

    def _is_media(self, phrases: frozenset[str]) -> bool:
        hits = phrases & self.rules.media
        if hits <= {"media", "press service"} and any(
                f"media {w}" in phrases or f"press {w}" in phrases
                for w in _PRESS_OFFICE_NOUNS | self.rules.spokesperson_heads):
            # "the military's media wing", "the party's media cell", "the navy's media
            # spokesman": the body's own press office speaks for the body, it is no outlet
            return False
        if hits <= {"network", "networks"} and any(
                f"{w} network" in phrases or f"{w} networks" in phrases for w in self.rules.public):
            # "The Sudan Doctors Network", "a farmers' network": a body of the people it is
            # named for, not a broadcaster
            return False
        if hits <= {"agency", "agencies", "news"} or hits & {"agency", "agencies"} \
                and hits <= {"agency", "agencies", "network", "networks"}:
            # "agency" is a news agency only when the text says so; bare plural "Russian
            # agencies" in wire copy means news agencies ("the Federal Network Agency" runs
            # a network, it broadcasts none)
            # ("Kavkaz News Service reported": a state agency's name as often as "Agency")
            if phrases & {"news agency", "press agency", "news agencies", "state news",
                          "news service"}:
                return True
            return "agencies" in hits and not phrases & self.rules.non_media_agency \
                and not phrases & self.rules.government
        return True

    def _is_military(self, norms: list[str], phrases: frozenset[str]) -> bool:
        if any((n in ("military", "army") or n in _RULER_ADJECTIVES) and (
                k + 1 < len(norms) and norms[k + 1] in _REGIME_NOUNS
                or k + 2 < len(norms) and norms[k + 1] in _REGIME_PARTICIPLES
                and norms[k + 2] in _REGIME_NOUNS)
               for k, n in enumerate(norms)):
            # (also "a spokesman for the ruling council", "the transitional council": Colonel X
            # speaks for the junta that rules, a government)
            # "a spokesman for Myanmar's military government", "the army-backed junta": the
            # state run by soldiers speaks as a government, whatever rank its spokesman holds
            return False
        if any(n == "government" and k + 1 < len(norms) and norms[k + 1] in (
                "spokesman", "spokeswoman", "spokesperson") for k, n in enumerate(norms)):
            # "government spokesman Colonel X": he speaks for the government, in uniform
            return False
        if {"opposition", "shadow"} & set(norms) and not phrases & {"armed opposition"}:
            # "opposition defence spokesman X", "the shadow defence secretary": a politician
            # who speaks on defence, not the armed forces
            return False
        hits = phrases & self.rules.military
        if hits <= {"defence", "defense"} and any(
                n in ("defence", "defense") and k + 1 < len(norms) and norms[k + 1] == "of"
                for k, n in enumerate(norms)):
            # "the Permanent Committee for the Defense of Human Rights", "a lawyer for the
            # defence of X": defending a cause or a client, not the armed forces
            return False
        if hits and all(h.split()[-1].rstrip(".") in _MILITARY_RANKS for h in hits) \
                and {"director", "head", "chief", "administrator", "spokesperson", "spokesman",
                     "spokeswoman"} & set(norms) \
                and {"agency", "service", "institute", "office", "authority", "bureau",
                     "directorate"} & set(norms):
            # "the agency's director, Colonel X" (the prison agency): an officer heading a
            # civil body speaks for it (placement_words military_ranks: the office decides);
            # so does its spokesperson in uniform ("the directorate's spokesperson, Lieutenant
            # Colonel X" of a disaster-management directorate)
            return False
        if hits and all(h.split()[-1].rstrip(".") in _MILITARY_RANKS for h in hits) \
                and {"minister", "ministers", "governor", "mayor", "prefect", "regent"} \
                & set(norms):
            # "Niger's interior minister, General X": a civil minister in uniform speaks for
            # the government ("defence minister, General X" has "defence" and stays military);
            # so does a province's governor ("The governor of Ouaddai province, General X")
            return False
        if hits <= {"general", "gen"}:
            for k, n in enumerate(norms):
                if n in ("general", "gen") and k > 0 and norms[k - 1] in self.rules.civil_general:
                    return False
                if n == "general" and k + 1 < len(norms) and norms[k + 1] in _GENERAL_ADJ_OF:
                    return False  # "general manager", "general secretary": no rank
        if hits <= {"marine"} and _marine_field(norms):
            return False  # "marine biologist Dr X", "the marine park authority": a field
        if hits <= {"officer", "officers"}:
            # "an officer", "a senior officer", "two Russian officers" are soldiers; a word
            # naming a civil function makes another office ("the state returning officer",
            # "a health officer", "the chief information officer")
            for k, n in enumerate(norms):
                if n in ("officer", "officers") and k > 0 and not (
                        norms[k - 1].startswith("#") or norms[k - 1] in _PLAIN_OFFICER_WORDS
                        or norms[k - 1].isdigit()):
                    return False
        return True
