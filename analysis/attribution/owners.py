"""Owners and possessors: the body a role or pronoun belongs to, bodies named just before or after.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from analysis.attribution.home import _whole_place
from analysis.attribution.mention import Mention
from analysis.attribution.names import _phrases, _strip_det
from analysis.attribution.spans import _medium_of_posting, _name_start, _product_name, bisect_tok
from analysis.attribution.words import (
    _ACADEMIC_HEADS,
    _ASSET_NOUNS,
    _BODY_NOUNS,
    _BODY_NOUNS_ALL,
    _BRACKETED_SHORT,
    _BRANCH_WORDS,
    _CHURCH_BODY_NOUNS,
    _CHURCH_WORDS,
    _CLUB_NAME_TAILS,
    _COMPANY_NOUNS,
    _COMPASS_WORDS,
    _CONTINENT_NAME_TAILS,
    _FIRM_HEADS,
    _GENERIC_ORG,
    _HEAD_OF_UNIVERSITY_RE,
    _LEAD_BODY_NOUNS,
    _MEMBER_ROLES,
    _NAMED_OWNER_NOUNS,
    _ORG_HEADS,
    _REGION_WORDS,
    _SPORT_ROLES,
    _STATE_BODY_HEADS,
    _UNIT_HEAD,
)
from analysis.entities import appositive_noun, surname_key
from analysis.registry import tokenize
from analysis.types import ActorRef


class Owners:
    """Owners and possessors: the body a role or pronoun belongs to, bodies named just before or
    after. Mixed into :class:`analysis.attribution.attributor.Attributor`.
    """

    def _pronoun_owner(self, m: Mention) -> ActorRef | None:
        """'his office said', 'her spokesman': the actor of whoever the pronoun refers to."""
        doc = self.doc
        h = doc[m.head]
        poss = next((c for c in self.doc.kids(h) if c.dep_ == "poss" and c.lower_ in
                     ("his", "her", "its", "their")), None)
        if poss is None or m.name is not None and poss.lower_ not in ("its", "their"):
            return None  # "his aide, X" is X; "its director, X" is the institution's
        pm = Mention(poss.idx, poss.idx + len(poss.text), poss.i, poss.text, "pronoun",
                     plural=poss.lower_ == "their",
                     gender="m" if poss.lower_ == "his" else "f" if poss.lower_ == "her" else None,
                     head_lemma={"his": "he", "her": "she", "its": "it", "their": "they"}[poss.lower_])
        if poss.lower_ == "its":
            # "Shipping data compiled by the Ukrainian Grain Association showed ... Its head,
            # X, said": the body the sentence before named, not the last body that spoke
            # paragraphs ago; "The employers' association, Deltalinqs, rejected that account.
            # Its chairwoman": a body that said nothing reportable is still the one just named
            body = self._coordinated_subject_body(h) or self._body_just_named(m.start)
            if body is None and not self._noted_just_before(m.start):
                body = self._last_body(m.start, back=1)
            if body is None and m.head_lemma in _MEMBER_ROLES | {"director", "head", "chief"}:
                # "A poll published by Peilpunt showed ... Its director, X": the pollster
                body = self._poll_issuer(m.start, back=1)
            if body is not None:
                return body
        ante = self.resolve(pm, m.start)
        if ante is pm:
            return None
        ref = self.actor(ante)
        return ref if ref.group_type != "unknown" else None

    def _coordinated_subject_body(self, h: Token) -> ActorRef | None:
        """The body that is the subject of the first of two coordinated clauses whose second
        has "its X" as subject ("The diocese said its kitchens served 9,000 meals, and its
        bishop, X, urged ..."): "its" is that body, in the same sentence."""
        v = h.head
        if h.dep_ != "nsubj" or v.dep_ != "conj" or self.in_quote[h.i]:
            return None
        first = v.head
        subj = next((c for c in self.doc.kids(first) if c.dep_ == "nsubj"), None)
        if subj is not None and first.dep_ == "ccomp" and any(
                c.dep_ == "poss" and c.lower_ == "its" for c in self.doc.kids(subj)):
            # "The diocese said its kitchens served ..., and its bishop urged": both clauses
            # sit in what the diocese said; its subject is the "its"
            subj = next((c for c in self.doc.kids(first.head) if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON" or self.in_quote[subj.i]:
            return None
        sm = self.mention_at(subj)
        ref = self.actor(self.resolve(sm, sm.start))
        return ref if ref.group_type in ("organisation", "government", "military", "media") \
            else None

    def _country_word_inside_body_name(self, m: Mention) -> bool:
        """A capitalised name whose appositive calls it a body ("the All India Drug Action
        Network, a patient advocacy group") and which holds a country word only as one word
        of several, never as its head: a body named after its country, not the state."""
        head = self.doc[m.head]
        if appositive_noun(head) not in _BODY_NOUNS or self.registry.countries.find(
                head.text) is not None:
            return False
        words = [t for t in tokenize(_strip_det(m.text)) if t.norm not in ("of", "for", "and")]
        return len(words) >= 3 and all(t.shape[:1].isupper() for t in words)

    def _continent_tail(self, t: Token) -> bool:
        """``t`` is "Europe", "International" ... closing a body's name ("Alzheimer Europe",
        "Insurance Europe"): the capitalised word before it is no place, direction or
        demonym ("Eastern Europe", "South Africa", "Central Asia" are places)."""
        if t.lower_ not in _CONTINENT_NAME_TAILS or t.i == 0:
            return False
        p = self.doc[t.i - 1]
        return p.is_alpha and p.text[:1].isupper() and not p.is_sent_start \
            and p.lower_ not in _COMPASS_WORDS and p.lower_ not in _REGION_WORDS \
            and self.registry.countries.find(p.text) is None

    def _agency_owner(self, m: Mention, name: str | None) -> ActorRef | None:
        """"A spokesman for the agency", "the agency's director" right after a registered
        state agency spoke ("NASA said ... A spokesman for the agency said"): that agency,
        not the dateline's government ("agency" alone is a state word). Only a registered
        state body named in this sentence or the one before, as a sentence subject."""
        norms = [t.norm for t in tokenize(m.text)]
        if m.kind == "pronoun" or not ({"for the agency", "the agency"} & _phrases(norms)) \
                or m.head_lemma == "agency":
            return None
        k = bisect.bisect_left(self._ent_starts, m.start)
        lo = self._sentence_start(m.start, 1)
        for ent in reversed(self.ents[max(0, k - 20):k]):
            if ent.start < lo:
                break
            if self.in_quote[ent.start] or ent.root.dep_ not in ("nsubj", "nsubjpass"):
                continue
            hit = self.registry.match(ent.text)
            if hit is not None and hit[0].kind == "institution" \
                    and hit[0].group_type == "government":
                e = hit[0]
                return ActorRef(name or e.actor, e.group, e.group_country, e.group_type, False,
                                "registry")
        return None

    def _academic_head(self, m: Mention, name: str | None) -> ActorRef | None:
        """The university or college a head of one speaks for ("Curtin's vice-chancellor,
        Professor X", "president and vice-chancellor Dr X", "the provost", "the rector"): the
        one the text names, never the state ("chancellor" and "president" are state words
        elsewhere, so such heads were their country's government). None when no such
        institution is named or the words make the speaker a minister."""
        doc_text = self.text
        texts = [m.text, *(doc_text[sp[0]:sp[1]] for sp in (m.role, m.appos) if sp)]
        if m.name is not None and m.start < m.name[0]:
            # "president and vice-chancellor Dr. X": the coordinated title before the name
            texts.append(doc_text[m.start:m.name[0]])
        norms = [t.norm for x in texts for t in tokenize(x)]
        if m.kind in ("definite", "np") and m.name is None and not m.plural and m.appos is None \
                and m.head_lemma in ("university", "college") \
                and self.doc[m.head].lower_ == m.head_lemma:
            # "The university says ...": the one the story names speaks, not its experts
            ref = self._institution_named(m.head_lemma, m.start)
            if ref is not None and ref.group_type == "organisation":
                return ActorRef(ref.actor, ref.group, ref.group_country or self.home_country,
                                "organisation", False, ref.source)
            return None
        for x in texts[1:]:
            head_of = _HEAD_OF_UNIVERSITY_RE.search(x)
            if head_of is not None:
                # "Yang Moo-jin, president of the University of North Korean Studies in Seoul":
                # the university the role names, not the state ("president") nor its subject
                nm = head_of.group(1)
                seat = re.match(r"\s+in\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)", x[head_of.end():])
                country = (self.registry.countries.find(seat.group(1)) if seat else None) \
                    or self._name_country(nm) or self.home_country
                return ActorRef(name or nm, nm, country, "organisation", False, "rule")
        if not _ACADEMIC_HEADS & (set(norms) | _phrases(norms)) \
                or {"minister", "ministry", "ministers", "secretary", "government"} & set(norms):
            return None
        for noun in ("university", "college", "polytechnic"):
            ref = self._institution_named(noun, m.start)
            if ref is not None and ref.group_type == "organisation":
                return ActorRef(name or ref.actor, ref.group, ref.group_country or self.home_country,
                                "organisation", False, ref.source)
        return None

    def _named_owner(self, m: Mention) -> ActorRef | None:
        """The institution a speaker's role names by a common noun only ("union" in "union
        president X", "the university's president", "a hospital spokesman", "a spokeswoman
        for the hospital"): the capitalised name ending in that noun that the text gives, the
        last one before the speaker, else the first one after (a headline before the story)."""
        doc = self.doc
        toks = doc.toks
        h = toks[m.head]
        if m.name is None and m.appos is not None and h.lower_ in ("one", "some", "two", "three") \
                and any(t.ent_type_ == "ORG"
                        for t in doc.char_span(*m.appos, alignment_mode="expand") or ()):
            return None  # "One of the companies, Pra Valley Resources,": the appositive names it
        if m.name is None and h.pos_ == "NOUN" and m.head_lemma in _COMPANY_NOUNS and not m.plural \
                and any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in self.doc.kids(h)):
            named = next((c for c in self.doc.kids(h) if c.dep_ == "appos" and c.pos_ == "PROPN"),
                         None)
            if named is not None:
                # "PesaLink Go's parent company, Savanna Fintech": the company it names
                ref = self._company_ref(_name_start(doc, named.i, h.i + 1), named.i + 1)
                if ref is not None:
                    return ref
            ref = self._last_company(m.start, ahead=True)  # "the mine's operator said"
            if ref is not None:
                return ref
        for a, b in [m.span] + [sp for sp in (m.role, m.appos) if sp]:
            k = bisect_tok(doc, a)
            while k < len(toks) and toks[k].idx < b:
                t = toks[k]
                k += 1
                first = t.i == 0 or t.is_sent_start or "\n" in toks[t.i - 1].text
                if t.i == m.head or t.pos_ not in ("NOUN", "PROPN") or not (
                        t.text.islower() or first and t.pos_ == "NOUN" or first and t.text.istitle()
                        and t.i + 1 < len(toks) and toks[t.i + 1].text.islower()):
                    continue  # "University president: ..." in a headline; not "Tallwood"
                if t.dep_ == "compound" and t.head.i == m.head and m.name is None \
                        and toks[m.head].pos_ == "PROPN" and toks[m.head].text[:1].isupper():
                    continue  # "Farmworkers' union Csaawu": the noun describes the named body
                noun = t.lemma_.lower()
                generic = noun in _GENERIC_ORG and t.dep_ == "poss" and self._person_role(m)
                if noun not in _NAMED_OWNER_NOUNS and not generic:
                    continue
                if not (t.dep_ in ("poss", "compound") or t.dep_ == "pobj" and t.head.lower_ in (
                        "for", "of", "at") and self._definite_body(t)):
                    continue
                if t.dep_ in ("poss", "compound") and (a, b) == m.span \
                        and self._inside_modifier_clause(t, m.head):
                    continue  # "migrants waiting at the hospital gate": where, not whose
                named = next((c for c in doc.kids(t) if c.dep_ == "appos" and c.i == t.i + 1
                              and c.pos_ == "PROPN" and not self.in_quote[c.i]), None)
                if named is not None and noun in _COMPANY_NOUNS:
                    # "a senior vice president at the cybersecurity firm CrowdStrike": the
                    # firm the phrase names, not the last one that spoke
                    ref = self._company_ref(named.i, self._name_run(named.i))
                    if ref is not None:
                        return ref
                ref = self._institution_named(noun, m.start)
                if ref is None and noun == "club":
                    # "The club's chairman" after "Dundalk Rovers have sacked ...": the last
                    # club the report named by a club's name, whatever NER made of it
                    club = self._club_named_last(m.start)
                    if club is not None:
                        ref = ActorRef(club, club, self.home_country, "organisation", False,
                                       "rule")
                if ref is None and noun in _COMPANY_NOUNS and t.dep_ == "poss":
                    # "the company's president": the last thing the text called a company
                    # ("AI company Halvorsen Labs"), else the last company it named
                    ref = self._possessor_org(m)
                    if ref is None or ref.group_type != "organisation":
                        ref = self._last_company(m.start)
                if ref is None and noun in _COMPANY_NOUNS and t.dep_ == "pobj":
                    # "a spokeswoman for the company": the firm the sentence before had speak
                    # ("Sahyadri said it would appeal. A spokesperson for the company said"),
                    # else the last firm named
                    ref = self._firm_just_named(m.start) or self._last_company(m.start)
                if ref is None and generic and t.dep_ == "poss" and not self._possessive_ahead(t):
                    # "MSF said its beds were full. '...,' said X, the group's medical
                    # coordinator": the body the sentence before had speak, before any body
                    # NER tagged further back (the WHO of the paragraph before)
                    just = self._body_just_named(m.start)
                    ref = just if just is not None and just.group_type == "organisation" else None
                if ref is None and generic and not self._possessive_ahead(t):
                    # "Grace Wanjiru, the organisation's secretary general" after "The Kenya
                    # Nurses Association called a strike": the body the text just named
                    ref = self._last_body(m.start)
                if ref is None and generic and not self._body_ahead(t):
                    # "Human Rights Watch accused ... The group's Gulf researcher, X, said":
                    # the body last quoted, when NER tagged it as nothing
                    ref = self._last_speaking_body(m.start)
                if ref is not None:
                    return ref
        return None

    def _definite_body(self, t: Token) -> bool:
        """``t`` is "the" body ("of the union"), or the body "the" people own ("of the
        teachers' union": the article belongs to the members' possessive, not the noun)."""
        kids = self.doc.kids(t)
        return any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(
            c.dep_ == "poss" and c.pos_ == "NOUN" and c.text.islower()
            and any(x.dep_ == "case" for x in self.doc.kids(c))
            and any(x.dep_ == "det" and x.lower_ == "the" for x in self.doc.kids(c))
            for c in kids)

    def _civil_acronym_office(self, m: Mention) -> bool:
        """"BNPB head Lt. Gen. X" after "the National Disaster Management Agency (BNPB)": the
        officer heads a civil state body the text spelled out, and speaks for it, not for the
        army his rank comes from (placement_words military_ranks: the office decides)."""
        if m.role is None:
            return False
        for t in self.doc.char_span(m.role[0], m.role[1], alignment_mode="expand") or ():
            long = self._acr_long.get(t.text) if t.text.isupper() and len(t.text) > 1 else None
            if long and t.i + 1 < len(self.doc) \
                    and self.doc[t.i + 1].lower_ in ("head", "chief", "director", "chairman",
                                                     "chairwoman", "administrator"):
                rule = self._rule(long)
                return rule is not None and rule[0] == "government"
        return False

    def _church_voice(self, m: Mention) -> ActorRef | None:
        """A church body the mention names or a see its (arch)bishop holds: "the Bolivian
        Episcopal Conference" (a church word, then a body noun ending the capitalised name) is
        an organisation, whatever its "council" or its country word alone would make it;
        "The Archbishop of Cusco, Monsignor X" speaks for the Archdiocese of Cusco. The country
        is the one the name gives, else the story's."""
        for sp in (m.span, m.role, m.appos):
            if sp is None or self.in_quote[bisect_tok(self.doc, sp[0])]:
                continue
            # (a bracketed short form ends the name: "... Responsible Voting (PPCRV)")
            toks = tokenize(_BRACKETED_SHORT.sub("", self.text[sp[0]:sp[1]]))
            for k, t in enumerate(toks):
                if t.norm in ("bishop", "archbishop", "diocese", "archdiocese") \
                        and k + 2 < len(toks) \
                        and toks[k + 1].norm == "of" and toks[k + 2].shape[:1].isupper():
                    j = k + 2
                    while j < len(toks) and toks[j].shape[:1].isupper():
                        j += 1
                    place = " ".join(x.shape for x in toks[k + 2:j])
                    see = ("Archdiocese of " if t.norm.startswith("arch") else "Diocese of ") + place
                    country = self.registry.countries.find(place) or self.home_country
                    return ActorRef(see, see, country, "organisation", False, "rule")
                if t.norm not in _CHURCH_WORDS or not t.shape[:1].isupper():
                    continue
                a = k
                while a > 0 and toks[a - 1].shape[:1].isupper() and toks[a - 1].norm != "the":
                    a -= 1
                j = k + 1
                while j < len(toks) and toks[j].shape[:1].isupper():
                    j += 1
                if j > k + 1 and toks[j - 1].norm in _CHURCH_BODY_NOUNS:
                    # "... Church in the Land of Papua": the name runs on through its links
                    while j + 1 < len(toks) and toks[j].norm in ("in", "of", "for", "and") and (
                            toks[j + 1].shape[:1].isupper()
                            or toks[j + 1].norm == "the" and j + 2 < len(toks)
                            and toks[j + 2].shape[:1].isupper()):
                        j += 2 if toks[j + 1].norm != "the" else 3
                        while j < len(toks) and toks[j].shape[:1].isupper():
                            j += 1
                    nm = self._org_group(" ".join(x.shape for x in toks[a:j]))
                    country = self._name_country(nm) or self.home_country
                    return ActorRef(nm, nm, country, "organisation", False, "rule")
        return None

    def _body_named_next(self, m: Mention) -> ActorRef | None:
        """The organisation the next sentence opens with, for "a ... group" in a story's first
        paragraphs (wire copy names the group in the lead and its name a sentence later)."""
        doc = self.doc
        h = doc[m.head]
        if self.in_quote[h.i] or self.paragraph_of[h.i] > 3 \
                or h.lemma_.lower() not in _LEAD_BODY_NOUNS \
                or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in doc.kids(h)):
            return None
        end = h.sent.end
        if end >= len(doc):
            return None
        first = next((t for t in doc.toks[end:end + 4] if not t.is_space), None)
        if first is None or first.pos_ != "PROPN" or first.ent_type_ not in ("ORG", "") \
                or self.in_quote[first.i]:
            return None
        k = first.i
        while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN":
            k += 1
        root = doc[k]
        if root.dep_ != "nsubj" or self._person_ents.get(root.i) is not None:
            return None
        name = doc[first.i:k + 1].text
        hit = self.registry.match(name)
        if hit is not None:
            e = hit[0]
            return ActorRef(e.actor, e.group, e.group_country, e.group_type, False, "registry")
        if self._is_country_word(name) or self._rule(name) is not None:
            return None
        group = self._org_group(name)
        country = self._name_country(group) or self._country(tokenize(m.text), False)
        return ActorRef(group, group, country, "organisation", False, "rule")

    def _unit_head_title(self, m: Mention) -> bool:
        """The role is a capitalised unit head's title ("Head of Health Protection Dr X",
        "Director of Vector Control Y") naming no body of its own (no organisation word)."""
        sp = m.role or m.appos
        if sp is None:
            return False
        got = _UNIT_HEAD.match(self.text, sp[0], sp[1])
        if got is None:
            return False
        unit = {t.norm for t in tokenize(got.group(1))}
        return not unit & (self.rules.organisation | _ORG_HEADS | _BODY_NOUNS_ALL
                           | self.rules.org_name_words)

    def _bare_general_secretary(self, m: Mention) -> bool:
        """The mention's role is a general secretary's title and nothing else ("General
        secretary X", "its secretary-general, X")."""
        sp = m.role or m.appos
        if sp is None:
            return False
        words = [t.norm for t in tokenize(self.text[sp[0]:sp[1]])]
        if m.name is not None:
            name = {t.norm for t in tokenize(self.text[m.name[0]:m.name[1]])}
            words = [w for w in words if w not in name]
        return {"general", "secretary"} <= set(words) \
            and set(words) <= {"general", "secretary", "the", "its", "deputy", "assistant"}

    def _talks_party(self, m: Mention) -> ActorRef | None:
        """"The ELN's delegation", "Its chief negotiator" (after the ELN's delegation spoke):
        a rebel group, a union or a party has negotiators and delegations too; the role word
        makes a state's voice only when no organisation owns it."""
        h = self.doc[m.head]
        for c in self.doc.kids(h):
            if c.dep_ != "poss" or self.in_quote[c.i]:
                continue
            if c.pos_ == "PROPN" and (c.ent_type_ == "ORG" or c.text in self._acr_long):
                name = self._acr_long.get(c.text, c.text)
                if self._is_country_word(c.text) or self.registry.match(c.text) is not None:
                    return None
                rule = self._rule(name)
                if rule is not None and (rule[0] != "military" or rule[3]):
                    # a state body's ("the Interior Ministry's delegation"); an "army" of no
                    # country is a rebel one ("the National Liberation Army (ELN)")
                    return None
                group = self._org_group(c.text)
                return ActorRef(group, group, self._name_country(group), "organisation", False,
                                "rule")
            if c.lower_ in ("its", "their"):
                owner = self._pronoun_owner(m)
                return owner if owner is not None and owner.group_type == "organisation" else None
        return None

    def _registered_possessor(self, m: Mention) -> ActorRef | None:
        """"The court's president" after "the International Court of Justice": a role the text
        gives by a common noun ("the court's", "the tribunal's", "the commission's") to a
        registered body of no country it named in full before. The state noun would otherwise
        make the speaker the government of a country the role never names."""
        for t in self._possessed_body_nouns(m):
            ref = self._institution_named(t.lemma_.lower(), m.start)
            if ref is not None and ref.source == "registry" and ref.group_country is None:
                return ref
        # "the mission's deputy head" after "The UN stabilisation mission in Congo, MONUSCO":
        # the body a lower-case noun named, when it is a registered one of no country
        ref = self._possessor_org(m)
        if ref is not None and ref.source == "registry" and ref.group_country is None \
                and ref.group_type == "organisation":
            return ref
        return self._world_body_just_heard(m)

    def _world_body_just_heard(self, m: Mention) -> ActorRef | None:
        """"The International Organization for Migration said ... '...,' said Maria Holm, the
        agency's chief of mission in Djibouti": "the agency's" with no phrase that calls a body
        an agency is the body that spoke last, when that is a registered world body (of no
        country); the place is only her posting."""
        nouns = {"agency", "organisation", "organization", "body", "mission", "programme",
                 "program", "fund"}
        for sp in (m.role, m.appos, m.span):
            span = self.doc.char_span(sp[0], sp[1], alignment_mode="expand") if sp else None
            if span is None or not any(
                    (t.dep_ == "poss" or self._for_the_body(t)) and t.lemma_.lower() in nouns
                    and t.text.islower()
                    and any(c.lower_ == "the" for c in self.doc.kids(t)) for t in span):
                continue
            last = next((r for r in reversed(self.history) if r.mention.start < m.start
                         and r.actor.group_type != "unknown"), None)
            if last is not None and last.actor.source == "registry" \
                    and last.actor.group_country is None \
                    and last.actor.group_type == "organisation" \
                    and self.paragraph_of[m.head] - self.paragraph_of[last.mention.head] <= 1:
                return replace(last.actor, anonymous=False)
            return None
        return None

    def _possessor_institution(self, m: Mention) -> ActorRef | None:
        """"The command's spokesperson" after "The Lagos State Police Command": the state body
        the text named in full with that noun owns the role, and its own words place it (a
        police command is no army's, though "command" alone reads as military)."""
        for t in self._possessed_body_nouns(m):
            ref = self._institution_named(t.lemma_.lower(), m.start)
            if ref is not None and ref.group_type in ("government", "military"):
                return ref
        return None

    def _possessed_body_nouns(self, m: Mention) -> Iterator[Token]:
        """The lower-case nouns that own a mention's role with "the" ("the court's",
        "the command's"), in its role, appositive and span, outside quotes."""
        for sp in (m.role, m.appos, m.span):
            for t in (self.doc.char_span(sp[0], sp[1], alignment_mode="expand") or ()) if sp else ():
                if (t.dep_ == "poss" or self._for_the_body(t)) and t.pos_ == "NOUN" \
                        and t.text.islower() and not self.in_quote[t.i] \
                        and any(c.dep_ == "det" and c.lower_ == "the" for c in self.doc.kids(t)):
                    yield t

    def _for_the_body(self, t: Token) -> bool:
        """"A spokesman for the command", "a spokeswoman for the ministry": the noun after a
        spokesperson's "for" owns the role as a possessive would ("the command's spokesman")."""
        p = t.head
        return t.dep_ == "pobj" and p.lower_ == "for" and p.dep_ == "prep" \
            and p.head.lemma_.lower() in self.rules.spokesperson_heads

    def _owned_asset(self, m: Mention) -> bool:
        """The mention's head is possessed by "the" works or vessel ("the mine's owner")."""
        return any(c.dep_ == "poss" and c.pos_ == "NOUN" and c.text.islower()
                   and c.lemma_.lower() in _ASSET_NOUNS
                   and any(x.dep_ == "det" and x.lower_ == "the" for x in self.doc.kids(c))
                   for c in self.doc.kids(self.doc[m.head]))

    def _body_possessed_role(self, m: Mention) -> bool:
        """A role the text gives to a private body by a common noun: "the organisation's
        secretary general", "the group's founder", "the union's president". The owner decides
        whose voice it is, whatever the role word alone suggests (a secretary general is the
        state's only in a state body)."""
        if not self._person_role(m):
            return False  # "The Red Devils, the national team's supporters' group": a body
        private = _GENERIC_ORG - _STATE_BODY_HEADS - {"agency", "authority", "council", "party"}
        for sp in (m.role, m.appos):
            if sp is None:
                continue
            for t in self.doc.char_span(sp[0], sp[1], alignment_mode="expand") or ():
                if t.dep_ == "poss" and t.pos_ == "NOUN" and t.lemma_.lower() in private \
                        and t.text.islower() and not self.in_quote[t.i] \
                        and any(c.dep_ == "det" and c.lower_ == "the" for c in self.doc.kids(t)):
                    return True
        return False

    def _person_role(self, m: Mention) -> bool:
        """A person's mention: named, or headed by a role noun ("The commission's
        chairperson"), not a body's ("The Red Devils, the team's supporters' group")."""
        return m.name is not None or self._role_noun(self.doc[m.head])

    def _short_named_org(self, m: Mention) -> ActorRef | None:
        """The organisation a one-word proper modifier of a member's role stands for
        ("Dortmund chief executive X", "Legia coach Y"): an organisation the text named
        before in full with that word in its name ("Borussia Dortmund"), if no rule makes it
        a state body or an outlet."""
        doc = self.doc
        sp = m.role
        for t in doc.char_span(sp[0], sp[1], alignment_mode="expand") or ():
            # (the parser may call a club's city a noun or an adjective: "Dortmund chief
            # executive"; the full name the text gave is the evidence)
            if t.pos_ not in ("PROPN", "NOUN", "ADJ") or t.dep_ not in ("compound", "nmod", "poss", "amod") \
                    or not t.text[:1].isupper() or self.in_quote[t.i] \
                    or m.name and m.name[0] <= t.idx < m.name[1]:
                continue
            # the word leads the role and a member's role word follows it in lower case,
            # before the name ("Dortmund chief executive"; not "National Police Service
            # spokeswoman", not a country's word: "Greek foreign ministry spokesman"; a club
            # is often called by its city)
            first = bisect_tok(doc, sp[0])
            if any(x.text[:1].isupper() and x.pos_ != "DET" for x in doc[first:t.i]) \
                    or self.registry.countries.find(t.text, cities=False) is not None:
                continue
            end = bisect_tok(doc, m.name[0]) if m.name else m.head + 1
            k = t.i + 1
            while k < end and doc[k].text.islower() and not (doc[k].pos_ == "NOUN" and (
                    doc[k].lemma_.lower() in _MEMBER_ROLES
                    or f"{doc[k - 1].lower_} {doc[k].lower_}" in _MEMBER_ROLES)):
                k += 1
            if not (k < end and doc[k].text.islower()):
                continue
            for ent in self.ents:
                if ent.start_char >= m.start:
                    break
                if len(ent) < 2 or self.in_quote[ent.start] or t.text not in {x.text for x in ent} \
                        or not (ent.label_ == "ORG" or self._org_like_name(ent.start, ent.end, None)):
                    continue
                hit = self.registry.match(ent.text)
                if hit is not None:
                    e = hit[0]
                    if e.group_type != "organisation":
                        return None
                    return ActorRef(e.actor, e.group, e.group_country, e.group_type, False,
                                    "registry")
                rule = self._rule(ent.text)
                if rule is not None and rule[0] in ("government", "military", "media"):
                    return None
                nm = _strip_det(ent.text).replace("’s", "").replace("'s", "").strip()
                short = self._org_group(nm)
                return ActorRef(short, short, self._name_country(nm), "organisation", False,
                                "rule")
            club = self._club_named_before(t.text, m.start)
            if club is not None and doc[k].lemma_.lower() in _SPORT_ROLES:
                return ActorRef(club, club, self.home_country, "organisation", False, "rule")
            if doc[k].lemma_.lower() in ("manager", "boss", "coach", "chairman", "chairwoman") \
                    and (t.pos_ == "PROPN" or t.pos_ == "NOUN" and t.text[:1].isupper()
                         and t.text.lower() not in self.text) \
                    and t.ent_type_ not in ("PERSON", "GPE", "NORP", "LOC") \
                    and len(re.findall(rf"\b{re.escape(t.text)}\b", self.text)) >= 2 \
                    and surname_key(t.text) not in self.entities.surnames and not t.text.isupper() \
                    and self.registry.countries.find(t.text) is None \
                    and self.registry.match(t.text) is None and self._rule(t.text) is None:
                # "Kilbrack manager X", "Highlanders coach Y": a team the report calls by one
                # word (a GAA club by its parish, a franchise by its nickname) employs him; the
                # report names it more than once ("Longtime rival coach X" names no team), and
                # it is nobody's surname ("Blake's coach" is the sprinter's); acronyms ("JADCO
                # chairman") are left to the rules that read what they stand for
                nm = self._fuller_name(t.text)
                return ActorRef(nm, nm, self.home_country, "organisation", False, "rule")
        return None

    def _club_named_before(self, word: str, before: int) -> str | None:
        """The club's full name a match report gave before ``before`` that starts with
        ``word`` and ends in a club word ("Hatherley Town", "Brackwell Rovers", "Kilmore
        Athletic"), whatever NER made of it (it often tags "X Town" a place)."""
        for mt in re.finditer(rf"\b{re.escape(word)}((?: [A-Z][\w'’-]+){{1,2}})\b",
                              self.text[:before]):
            last = mt.group(1).split()[-1].lower()
            if last in _CLUB_NAME_TAILS and not self.in_quote[bisect_tok(self.doc, mt.start())]:
                return mt.group(0)
        return None

    def _club_named_last(self, before: int) -> str | None:
        """The last club name outside quotes before ``before``: one or two capitalised words
        and a club word ("Dundalk Rovers", "Kilmore Athletic", "Derry City"), not run on by a
        further capitalised word ("Cork County Council"), nor a known place ("Mexico City")."""
        found = None
        for mt in re.finditer(r"\b[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}\b(?! [A-Z])",
                              self.text[:before]):
            name = _strip_det(mt.group(0))
            if name.split()[-1].lower() in _CLUB_NAME_TAILS and " " in name \
                    and not self.in_quote[bisect_tok(self.doc, mt.start())] \
                    and _whole_place(self.registry, tokenize(name)) is None \
                    and not (name.split()[-1].lower() in ("city", "town", "county")
                             and self.registry.countries.find(name.rsplit(" ", 1)[0])):
                found = name  # ("Mexico City" is a place before it is a club)
        return found

    def _branch_role(self, m: Mention) -> bool:
        """The speaker's role names a body's local unit by a common noun ("the branch
        president", "Kisumu branch executive secretary"), not the body itself."""
        if not self._person_role(m):
            return False
        for sp in (m.role, m.appos, m.span):
            if sp is None:
                continue
            for t in self.doc.char_span(sp[0], sp[1], alignment_mode="expand") or ():
                if t.lower_ in _BRANCH_WORDS and t.i != m.head and not self.in_quote[t.i] \
                        and t.dep_ in ("compound", "poss", "nmod", "amod"):
                    return True
        return False

    def _last_body(self, before: int, back: int = 1) -> ActorRef | None:
        """The last organisation named before char ``before`` (outside quotes and datelines),
        in that sentence or the ``back`` ones before, if no rule makes it a state body or an
        outlet: a body named for its members ("The Kenya Nurses Association") counts, unlike
        for ``_last_company``."""
        k = bisect.bisect_left(self._ent_starts, before)
        lo = self._sentence_start(before, back)
        for ent in reversed(self.ents[max(0, k - 40):k]):
            if ent.start < lo:
                break  # this sentence and the one before only
            if ent.end_char > before or self.in_quote[ent.start] or self._in_dateline(ent.start) \
                    or not (ent.label_ == "ORG" or ent.text in self.entities.company_names):
                continue
            if _medium_of_posting(ent.root):
                continue  # "in a statement on its Telegram channel": where it spoke, not who
            hit = self.registry.match(ent.text)
            if hit is not None and hit[0].kind in ("institution", "outlet"):
                e = hit[0]
                if e.group_type == "organisation":
                    return ActorRef(e.actor, e.group, e.group_country, e.group_type, False,
                                    "registry")
                continue  # a registered state body or outlet
            rule = self._rule(ent.text)
            if rule is not None and rule[0] in ("government", "military", "media"):
                return None  # the nearest body is the state's or an outlet: not "the group"
            name = _strip_det(ent.text).replace("’s", "").replace("'s", "").strip()
            if name and not self._is_country_word(name):
                return ActorRef(name, self._org_group(name), self._name_country(name),
                                "organisation", False, "rule")
        return None

    def _sentence_start(self, before: int, back: int = 0) -> int:
        """The first token of the sentence holding char ``before``, or of the ``back``-th
        sentence before it (never before the text's start)."""
        doc = self.doc
        lo = doc[bisect_tok(doc, before)].sent.start
        for _ in range(back):
            lo = doc[lo - 1].sent.start if lo > 0 else lo
        return lo

    def _noted_just_before(self, before: int) -> bool:
        """Whether any mention was noted in the sentence before char ``before``."""
        lo, cur = self._sentence_start(before, 1), self._sentence_start(before)
        return any(lo <= r.mention.head < cur for r in self.history)

    def _body_just_named(self, before: int) -> ActorRef | None:
        """The actor of the first mention noted in the sentence before char ``before`` (its
        subject, not one inside what it reported: "Te Tai Moana said the government had
        failed. Its chair ..."), when that mention is a body, not a person or people."""
        cur = self._sentence_start(before)
        if cur == 0:
            return None
        lo = self._sentence_start(before, 1)
        for r in self.history:
            if not lo <= r.mention.head < cur:
                continue
            if r.actor.group_type == "unknown" and r.mention.head_lemma in _BODY_NOUNS_ALL:
                # "The employers' association, Deltalinqs, rejected that account": the body
                # the description names in apposition (NER may call the name a person)
                name = next((c for c in self.doc.kids(self.doc[r.mention.head])
                             if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
                if name is not None:
                    text = self.doc[name.left_edge.i:name.right_edge.i + 1].text
                    return ActorRef(text, text, self._name_country(text), "organisation",
                                    False, "rule")
            if r.actor.group_type in ("unknown", "public", "person") or self._is_person(r.antecedent) \
                    or r.actor.anonymous:
                return None  # ("officials", "residents": people, not one body)
            return r.actor
        return None

    def _last_speaking_body(self, before: int) -> ActorRef | None:
        """The organisation last noted as a speaker in this sentence or the one before
        ("Human Rights Watch accused ... The group's Gulf researcher, X, said"), for a body NER
        tagged as nothing."""
        lo = self._sentence_start(before, 1)
        for r in reversed(self.history):
            if r.mention.start >= before:
                continue
            if r.mention.head < lo:
                break
            if r.actor.group_type == "organisation" and r.antecedent.name is None:
                return r.actor
        return None

    def _possessive_ahead(self, t: Token) -> bool:
        """Whether "the group's" is followed by a name in apposition ("the group's leader,
        X" is fine; "the group's parent, Y Holdings" names another body)."""
        return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in self.doc.kids(t.head))

    def _body_ahead(self, t: Token) -> bool:
        """Like ``_possessive_ahead``, for a name in apposition that is no person's ("the
        group's parent, Y Holdings"; not "the group's researcher, Hiba Zayadin")."""
        return any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ != "PERSON"
                   and c.i not in self._person_ents for c in self.doc.kids(t.head))

    def _last_company(self, before: int, ahead: bool = False) -> ActorRef | None:
        """The last organisation name before char ``before``, outside quotes, that is neither
        registered nor made a state body or an outlet by the rules ("The operator, Fjordlink");
        with ``ahead``, if there is none, the first one in the next two paragraphs (a lead's
        "the mine's operator said" names the company later)."""
        doc = self.doc
        toks = doc.toks
        cands: list[tuple[int, int]] = []  # token ranges of names
        k = bisect.bisect_left(self._ent_starts, before)
        for ent in self.ents[max(0, k - 30):k]:
            # (NER may call a firm's name a person: "Holmvig Pharma said", as ahead below;
            # or "owned by Michigan-based Torrence Automotive", by its seat)
            if (ent.label_ == "ORG" or ent.text in self.entities.company_names
                    or ent.label_ == "PERSON" and len(ent) > 1
                    and self._org_like_name(ent.start, ent.end, ent.start - 1)
                    or ent.label_ == "PERSON" and self._seat_before(ent.start)) \
                    and ent.end_char <= before and not self.in_quote[ent.start] \
                    and not self._place_object(ent) and not _product_name(ent):
                # (a name's particles NER left out: "Van der Berg Kaas")
                a = min(ent.start, _name_start(doc, ent.end - 1, max(0, ent.start - 4))) \
                    if ent.label_ == "PERSON" else ent.start
                cands.append((a, ent.end))
        # "The operator, Fjordlink": a name in apposition to a company noun, whatever NER says
        for t in toks[:bisect_tok(doc, before)]:
            if t.lemma_.lower() in _COMPANY_NOUNS and t.pos_ == "NOUN" and not self.in_quote[t.i]:
                for c in self.doc.kids(t):
                    if c.dep_ == "appos" and c.pos_ == "PROPN" and c.idx < before:
                        cands.append((_name_start(doc, c.i, t.i + 1), c.i + 1))
            firm = t.lemma_.lower() in _FIRM_HEADS or t.i > 0 and (
                toks[t.i - 1].lower_ + " " + t.lower_) in _FIRM_HEADS  # "shipping line Maersk"
            if firm and t.dep_ == "compound" and t.pos_ == "NOUN" \
                    and t.head.pos_ == "PROPN" and t.head.i > t.i and t.head.idx < before \
                    and not self.in_quote[t.i]:
                cands.append((t.i + 1, t.head.i + 1))  # "consultancy SBM Intelligence"
        for a, b in sorted(cands, reverse=True):
            if self._named_non_firm(doc[a:b].text):
                continue  # "the union SINTTIA", "the agency Ibama": no company
            ref = self._company_ref(a, b)
            if ref is not None:
                return ref
        if ahead:
            para = self.paragraph_of[bisect_tok(doc, before)]
            for ent in self.ents[k:k + 30]:
                org = ent.label_ == "ORG" or ent.label_ == "PERSON" and self._org_like_name(
                    ent.start, ent.end, ent.start - 1)  # "Minera Altiplano"
                if org and not self.in_quote[ent.start] \
                        and ent.start_char > before and self.paragraph_of[ent.start] - para <= 2:
                    ref = self._company_ref(ent.start, ent.end)
                    if ref is not None:
                        return ref
        return None
