"""Anaphora: pronouns and definite descriptions resolved to their antecedent in the article.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from analysis.attribution.home import _whole_place
from analysis.attribution.mention import Mention
from analysis.attribution.names import _inside_words, _party_name_run, _strip_det
from analysis.attribution.spans import _name_start, _product_name, _words, bisect_tok
from analysis.attribution.words import (
    _AGE_ANAPHOR,
    _ALIAS_VERBS,
    _ARMED_FORCE_HEADS,
    _BARE_OFFICE_HEADS,
    _BODY_NOUNS,
    _CIVIL,
    _COMPANY_NOUNS,
    _DEFINITE_DETS,
    _DIPLOMAT_ANAPHORS,
    _DIPLOMAT_WORDS,
    _DOC_NOUNS,
    _EPITHET_HEADS,
    _EXPERT_ANAPHORS,
    _FIRM_AGENCY_KINDS,
    _FIRM_HEADS,
    _FIRM_SITE_NOUNS,
    _FORMER_ANAPHOR,
    _GENDER_TITLES,
    _GENERIC_ORG,
    _GENERIC_QUALIFIERS,
    _HOLDERS_OF_BODY,
    _LABOUR_WORDS,
    _MEMBER_OF_RE,
    _MEMBERS_BODY_NOUNS,
    _NAME_LINKS,
    _NON_FIRM_HEADS,
    _OFFICE_PREFIXES,
    _OFFICE_TITLES,
    _ORG_HEADS,
    _OUTLET_HEADS,
    _PARTY_ADJECTIVES,
    _PARTY_BLIND_OFFICES,
    _PARTY_NAMES,
    _PARTY_ROLES,
    _PERSON_TITLE_WORDS,
    _PERSONAL_ROLES,
    _PLAIN_EPITHETS,
    _REGIME_NOUNS,
    _REGIME_PARTICIPLES,
    _SPORT_WORDS,
    _STATE_ANAPHOR_NOUNS,
    _TITLE_ABBREV,
    _TITLE_WORDS,
    PRONOUNS_1ST,
    PRONOUNS_F,
    PRONOUNS_IT,
    PRONOUNS_M,
    PRONOUNS_PL,
)
from analysis.registry import ActorEntry, tokenize
from analysis.types import ActorRef, Span


class Anaphora:
    """Anaphora: pronouns and definite descriptions resolved to their antecedent in the article.
    Mixed into :class:`analysis.attribution.attributor.Attributor`.
    """

    def resolve(self, m: Mention, before: int) -> Mention:
        """The antecedent of ``m`` among mentions noted before char offset ``before``."""
        if m.kind in ("definite", "name") and m.name is None:
            person = self._titled_last_speaker(m, before)
            if person is not None:
                return person
        if m.kind == "name":
            bare = _strip_det(m.text)
            prev_acr = self._acronyms.get(bare)
            if prev_acr is not None and prev_acr.start < m.start:
                return prev_acr  # "The OAIC" -> "the Office of the ... Commissioner (OAIC)"
            ln = self._last_name(m)
            if ln and ln in self._names:
                prev = self._names[ln].antecedent
                if prev.start < m.start and (prev.role or prev.name and len(prev.text) > len(m.text)) \
                        and not self._other_given_name(m, prev):
                    if not prev.appos and prev.name is not None and (
                            prev.role is None or prev.role != prev.span
                            or prev.end - prev.start - (prev.name[1] - prev.name[0]) <= 6):
                        # a role before the name ("the cantonal chemist, Dr. Rosa Keller")
                        # says more than a title or a misparsed one; not when the role is
                        # already a body's ("Its secretary, Vikram Rathod": the body's)
                        intro = self._introduced(m, lead_only=True)
                        if intro is not m and not self._owned_role(prev):
                            return intro
                    return prev
            first = self._titled_family_name(m, ln)
            if first is not None:
                return first
            intro = self._introduced(m)
            if intro is m and m.name is None and self._lower_description(m):
                # "the coast guard" (tagged as a name): a description, as "the ministry"
                acting = self._nearer_acting_body(m, self.actor(m).group_country, 0)
                if acting is not None:
                    return acting
            return intro
        if m.kind == "np":
            return self._surname_named_before(m) or self._epithet_antecedent(m) or m
        if m.kind not in ("pronoun", "definite"):
            return m
        low = m.head_lemma
        if m.kind == "pronoun" and self.doc[m.head].lower_ in PRONOUNS_1ST:
            return m
        if m.kind == "pronoun" and self.doc[m.head].lower_ == "who":
            before_comma = self._phrase_before_relative(m)
            if before_comma is not None:
                return before_comma
        want_person = low in PRONOUNS_M | PRONOUNS_F
        want_gender = "m" if low in PRONOUNS_M else "f" if low in PRONOUNS_F else None
        want_plural_or_org = m.kind == "pronoun" and not want_person
        # "one of them" -> look for "them": people, so a plural antecedent
        partitive = m.kind == "pronoun" and low not in PRONOUNS_M | PRONOUNS_F | PRONOUNS_PL | PRONOUNS_IT
        if partitive:
            want_plural_or_org = True
        para = self.paragraph_of[m.head]
        if m.kind == "definite" and any(
                c.dep_ == "appos" and c.pos_ == "PROPN" and c.text[:1].isupper()
                and (c.ent_type_ != "PERSON" or c.lower_ in self._appos_orgs
                     or self._org_like_name(c.left_edge.i, c.i + 1, None))
                and not self.in_quote[c.i]
                for c in self.doc.kids(self.doc[m.head])):
            # "The mine's workers' union, Sintrazinc, said": a description that names its
            # body in apposition introduces that body; it is no later mention of the mine
            # (also when NER takes the company's name for a person: "The developer, Sowa Labs")
            return m
        if m.kind == "definite" and self._names_own_source(m):
            return m  # "the preliminary result published by the state returning officer"
        if m.kind == "definite" and m.appos is None and _FORMER_ANAPHOR.match(m.text):
            # "Her prime minister, X, told RPP radio ... The former economy minister said":
            # a past office as the next sentence's subject is the copy's anaphor for the
            # person just named, in that paragraph or the one before
            person = self._last_person(m, before)
            if person is not None and self.paragraph_of[m.head] - self.paragraph_of[person.head] <= 1:
                return person
        if m.kind == "definite" and _AGE_ANAPHOR.match(m.text):
            # "the 29-year-old said": news copy's anaphor for the person just named
            person = self._last_person(m, before)
            if person is not None:
                return person
        if m.kind == "definite":
            epithet = self._epithet_antecedent(m)
            if epithet is not None:
                return epithet
        if m.kind == "definite":
            # the same head noun first ("the union" -> "the train drivers' union GDL"), then
            # looser matches ("the company" -> the last named organisation)
            found: list[Mention] = []
            # "In Niamey, the military-led government said": a capital that sets the scene
            # names whose government it is; an earlier "The government" of the other capital
            # is no antecedent
            scene = self._fronted_city(m) if m.kind == "definite" else None
            for strict in (True, False):
                for r in reversed(self.history):
                    a = r.antecedent
                    if r.mention.start >= before or r.mention.start >= m.start:
                        continue
                    if para - self.paragraph_of[r.mention.head] > 6:
                        break
                    if scene is not None and self.actor(a).group_country not in (None, scene):
                        continue
                    if a is r.mention and a.kind == "definite" and r.actor.group_type == "unknown":
                        continue  # an earlier "the company" nobody was found for is no antecedent
                    if self._description_matches(m, a, strict):
                        found.append(a)
                        break
                if found and not (low == "agency" and strict):
                    break
            if len(found) == 2 and found[1].start > found[0].start \
                    and self.actor(found[0]).group_type == "media" \
                    and self.actor(found[1]).group_type != "media":
                # "... Xinhua reported ... according to the space administration. The agency
                # said": a news agency and a state agency share the noun; the nearer one
                return found[1]
            if len(found) == 2 and found[1].start > found[0].start \
                    and _strip_det(m.text).lower() == low \
                    and self.paragraph_of[found[1].head] == para \
                    and self.paragraph_of[found[0].head] < para \
                    and self._state_body_phrase(found[1]):
                # "The Indonesian Maritime Security Agency said X. ... The Philippines' coast
                # guard said Y. The agency said Z": the state body that spoke just before in
                # the paragraph, not the other state's agency by its name's word
                return found[1]
            if found:
                newer = self._company_in_sentence_before(m, found[0]) \
                    if m.head_lemma in _COMPANY_NOUNS else None
                return newer or self._office_holder_since(m, found[0], before) \
                    or self._nearer_acting_body(m, self.actor(found[0]).group_country, found[0].end) \
                    or found[0]
            person = self._role_anaphor_person(m, before)
            if person is not None:
                return person
            return self._earlier_phrase(m)
        subject = self._fresh_subject(m, before, want_person, want_gender,
                                      "they" if partitive else low)
        if subject is not None:
            return subject
        if want_person:
            person = self._fresh_person_subject(m, before, want_gender)
            if person is not None:
                return person
        for r in reversed(self.history):
            a = r.antecedent
            if r.mention.start >= before or r.mention.start >= m.start:
                continue
            if para - self.paragraph_of[r.mention.head] > 4:
                break
            if a.kind == "pronoun" and a is r.mention:
                continue  # an unresolved pronoun is no antecedent
            if want_person:
                if not self._is_person(a):
                    continue
                if self._in_question(r.mention.head, m.head):
                    continue  # "Pressed on whether X had been briefed, he said": the briefer
                g = self._gender_of(a)
                if g and g != want_gender:
                    continue
                if self._reported_by_person(r.mention, want_gender):
                    continue  # the reporter's own subject, not the reported one, goes on
                return self._named_since(a, m, want_gender) or a
            if low in PRONOUNS_IT:
                if (a.is_org or self._named_as_body(a)) and not a.plural:
                    reporter = self._reporting_body(r.mention.head, m.head)
                    if reporter is not None:
                        # "The team said the AA group had used drones. ..., it said": the
                        # body that reported, not the one inside what it reported
                        return reporter
                    return a
                continue
            if want_plural_or_org and (a.plural or a.is_org and not partitive) \
                    and a.name is None and self._can_speak(a):
                return a
        return m

    def _office_holder_since(self, m: Mention, found: Mention, before: int) -> Mention | None:
        """"Venezuela's interior ministry said X. ... Colombia's foreign minister said Y. The
        ministry said Z": a state body noun after a minister of another country who spoke
        since the body named before is that minister's ministry (the office word names its
        holder: ministry -> minister), in the paragraph or the one before; not when the
        minister is of the same state (then the earlier body is as good)."""
        holders = _HOLDERS_OF_BODY.get(m.head_lemma)
        if not holders:
            return None
        para = self.paragraph_of[m.head]
        was = self.actor(found).group_country
        for r in reversed(self.history):
            a = r.antecedent
            if r.mention.start >= before or r.mention.start >= m.start:
                continue
            if r.mention.start <= found.start or para - self.paragraph_of[r.mention.head] > 1:
                return None
            if a.kind == "pronoun" or self.doc[a.head].lemma_.lower() not in holders:
                continue
            ref = self.actor(a)
            if ref.group_type in ("government", "military") and ref.group_country \
                    and was and ref.group_country != was:
                return a
            return None
        return None

    def _nearer_acting_body(self, m: Mention, was: str | None, since: int) -> Mention | None:
        """"The Philippine Coast Guard said X. ... China's coast guard has issued its own
        account. Y, the coast guard said": a body the narrative made the subject of its own
        sentence after the voice found (though it was no speaker yet), named with the same
        head noun and placed in another country, is the nearer antecedent; the paragraph has
        turned to that side. Only the subject of a sentence's main clause (not "X said
        China's coast guard fired", which is X's account), in the paragraph of ``m`` or the
        one before. ``was`` is the country the antecedent found (or the bare placement) gives,
        ``since`` the char offset after which the narrative's body counts."""
        if was is None:
            return None
        toks = self.doc.toks
        idx = self._noun_lemma_index().get(m.head_lemma, ())
        para = self.paragraph_of[m.head]
        for p in range(bisect.bisect_left(idx, m.head) - 1, -1, -1):
            k = idx[p]
            if toks[k].idx < since or para - self.paragraph_of[k] > 1:
                return None
            tok = toks[k]
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ not in ("ROOT", "conj") \
                    or tok.head.dep_ == "conj" and tok.head.head.dep_ != "ROOT":
                continue
            cand = self.mention_at(tok)
            if cand.kind in ("definite", "pronoun") or cand.start >= m.start \
                    or self._other_branch(m, cand) or self._other_kind_of_body(m, cand):
                continue  # (not "Lithuania's defence ministry" for "the foreign ministry")
            ref = self.actor(cand)
            if ref.group_country not in (None, was) \
                    and ref.group_type in ("government", "military"):
                return cand
        return None

    def _lower_description(self, m: Mention) -> bool:
        """"the coast guard", "the border guard": a determiner and lower-case words only."""
        words = m.text.split()
        return len(words) >= 2 and words[0].lower() in _DEFINITE_DETS \
            and all(w.islower() for w in words[1:])

    def _phrase_before_relative(self, m: Mention) -> Mention | None:
        """", according to a U.S. official familiar with the matter, who said X": the parser
        made "who said" the sentence's root; "who" is still the person whose phrase ends at
        the comma before it."""
        doc = self.doc
        k = m.head
        if k < 2 or doc.toks[k - 1].text != ",":
            return None
        end = doc.toks[k - 2]
        top = None
        for t in (end, *end.ancestors):
            if t.i > end.i or t.right_edge.i != end.i:
                break
            if t.pos_ in ("NOUN", "PROPN") and not self.in_quote[t.i]:
                top = t
        if top is None or top.lemma_.lower() not in self.rules.anonymous_heads | _PERSONAL_ROLES \
                and top.ent_type_ != "PERSON":
            return None  # only a person's phrase: "the findings of the panel, who" is unclear
        return self.mention_at(top)

    def _epithet_antecedent(self, m: Mention) -> Mention | None:
        """"The RSF denied it. ... the paramilitary group said" after "the paramilitary Rapid
        Support Forces": news copy names a body once with an epithet before its name and then
        calls it by the epithet and a plain noun. The last name outside quotes that the text
        gave the same epithet ("paramilitary", "Iran-backed", "militant") is meant, before any
        other "group" that spoke."""
        doc = self.doc
        h = doc.toks[m.head]
        if m.head_lemma not in _GENERIC_ORG | _EPITHET_HEADS or m.plural:
            return None
        det = next((c for c in doc.kids(h) if c.dep_ == "det" and c.lower_ == "the"), None)
        if det is None or det.i + 1 >= h.i:
            return None
        epithet = self.text[doc.toks[det.i + 1].idx:h.idx].strip()
        if " " in epithet or epithet.lower() in _PLAIN_EPITHETS \
                or not (epithet.islower() or "-" in epithet) or not epithet.replace("-", "").isalpha():
            return None  # one word, lower-case or hyphened ("paramilitary", "Iran-backed")
        last = None
        for mt in re.finditer(rf"\b{re.escape(epithet)}\s+(?=[A-Z])", self.text[:m.start]):
            k = bisect_tok(doc, mt.end())
            if k < len(doc) and doc.toks[k].pos_ == "PROPN" and not self.in_quote[k]:
                last = k
        if last is None:
            return None
        j = last
        while j + 1 < len(doc) and doc.toks[j + 1].text[:1].isupper() \
                and doc.toks[j + 1].pos_ == "PROPN":
            j += 1
        return self.mention_at(doc.toks[j])

    def _company_in_sentence_before(self, m: Mention, found: Mention) -> Mention | None:
        """"Shares in Australian-listed distributor Pacific Infant Nutrition fell 6%. The
        company said ...": a firm the sentence before names (though not as a speaker) is
        the company meant, rather than an earlier speaker the noun would fit too."""
        doc = self.doc
        sent = doc[m.head].sent
        if sent.start == 0:
            return None
        prev = doc[sent.start - 1].sent
        if found.start >= doc[prev.start].idx:
            return None  # the speaker found is as near
        k0 = bisect.bisect_left(self._ent_starts, doc[prev.start].idx)
        for ent in reversed([e for e in self.ents[k0:] if e.end <= prev.end]):
            if ent.label_ != "ORG" or self.in_quote[ent.start] or self._place_object(ent) \
                    or self._named_non_firm(ent.text) or _product_name(ent):
                continue  # (nor "the pill, sold as Cerelta": a product's name)
            ref = self._company_ref(ent.start, ent.end)
            if ref is not None and ref.group_type == "organisation":
                return self.mention_at(doc[ent.end - 1])
        return None

    def _in_question(self, k: int, pron: int) -> bool:
        """Token ``k`` is inside the question put to the speaker of the pronoun ``pron`` in the
        same sentence ("Asked whether the president had been briefed, he said", "Pressed on
        whether Iran had supplied the drones, she said"): who the question is about is not
        who answers it (the briefer, Q&A copy of a briefing)."""
        doc = self.doc
        if doc[k].sent.start != doc[pron].sent.start or k > pron:
            return False
        t = doc[k]
        marked = False
        while t.head.i != t.i:
            if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in doc.kids(t)):
                marked = True
            t = t.head
            if marked and t.lemma_.lower() in ("ask", "press", "question") and t.i < pron:
                return True
        return False

    def _reporting_body(self, k: int, pron: int) -> Mention | None:
        """When token ``k`` is inside a clause that a reporting verb governs and that verb's
        subject, named before it, is a single body ("The information team said the AA group
        had ..."): what that subject was resolved to. None otherwise ("The union has warned
        that ..., its leader said": the reporting verb's subject comes after), and for a
        pronoun ``pron`` inside that same clause ("said ... as Beijing staged what it called")."""
        t = self.doc[k]
        while t.head.i != t.i:
            if t.dep_ == "ccomp" and t.head.lemma_ in self.report_lemmas:
                if t.left_edge.i <= pron <= t.right_edge.i:
                    return None
                subj = next((c for c in self.doc.kids(t.head) if c.dep_ == "nsubj"), None)
                if subj is None or subj.i >= k:
                    return None
                said = next((r for r in self.history if r.mention.head == subj.i), None)
                if said is None:
                    return None
                a = said.antecedent
                if (a.is_org or self._named_as_body(a)) and not a.plural:
                    return a
                return None
            t = t.head
        return None

    def _other_given_name(self, m: Mention, prev: Mention) -> bool:
        """Both mentions give a full name and the given names differ ("Kalpona Akter" after
        "Shirin Akter"): two people who share a surname, not one named twice."""
        if m.name is None or prev.name is None:
            return False
        a = self.text[m.name[0]:m.name[1]].split()
        b = self.text[prev.name[0]:prev.name[1]].split()
        if len(a) < len(b) and [w.lower() for w in b[-len(a):]] == [w.lower() for w in a]:
            return False  # "Van Dam" opening a sentence: "Marieke van Dam" by her surname
        if len(a) >= 2 and len(b) >= 2 and a[-1] != b[-1] and "-" in a[-1] + b[-1]:
            # "John Kiko-Ramo" after "Ishmael Haomae-Ramo": two double surnames that end
            # alike (the last-word key joins them) are two families
            return True
        return len(a) >= 2 and len(b) >= 2 and a[0].rstrip(".") != b[0].rstrip(".") \
            and a[-1] == b[-1] and len(a[0]) > 2 and len(b[0]) > 2

    def _body_a_member_of(self, m: Mention) -> str | None:
        """The capitalised body a "(senior) member of the X" role names in full, if the
        registry and the country table do not know it as a state or another body."""
        for sp in (m.role, m.appos):
            if not sp:
                continue
            hit = _MEMBER_OF_RE.search(self.text[sp[0]:sp[1]])
            if hit is None:
                continue
            body = hit.group(1).strip()
            if len(body.split()) >= 2 and self.registry.match(body) is None \
                    and not self._is_country_word(body) \
                    and self._org_words(body):
                return body
        return None

    def _party_word_role(self, m: Mention) -> ActorRef | None:
        """"Senator Marta Villalba, a Liberal": a role that is one capitalised word of the one
        party the text named ("the opposition Authentic Radical Liberal Party") is a member
        of that party."""
        for sp in (m.role, m.appos):
            if not sp:
                continue
            words = self.text[sp[0]:sp[1]].split()
            if len(words) != 2 or words[0].lower() not in ("a", "an") \
                    or not words[1][:1].isupper() or self.registry.countries.find(words[1]):
                continue
            parties = {p for names in self._parties.values() for p in names
                       if words[1] in p.split()}
            if len(parties) == 1:
                nm = parties.pop()
                return ActorRef(nm, nm, None, "organisation", False, "rule")
        return None

    def _party_named_in_role(self, m: Mention) -> tuple[str, str | None] | None:
        """(party, country) for a speaker a party name describes with no "party" word:
        "Local Sinn Féin TD X", "Plaid Cymru's education spokesperson", "X, a Greens member",
        "Conservative group leader X", or the party as the whole speaker ("The Welsh
        Conservatives said"). Local and national copy in English-speaking democracies names
        an opposition politician's party so; the role noun alone ("TD", "councillor") would
        make her the government. A minister's or mayor's party does not count."""
        doc = self.doc
        clause = self._role_clause(m)
        if clause is not None and re.search(r"\b(?:chairs?|heads?|leads?|runs?)\b.*\b(?:committee|"
                                            r"council|cabinet|board|authority)\b",
                                            self.text[clause[0]:clause[1]]):
            # "Fianna Fáil's Cllr X, who chairs the finance committee": an office of the
            # council, on the governing side (the gold reading), not the party's voice
            return None
        # (the parser's appositive too: "X, a Sinn Féin TD" may be read as a name of its own)
        parsed = [(c.left_edge.idx, c.idx + len(c.text)) for c in doc.kids(doc[m.head])
                  if c.dep_ == "appos" and c.i > m.head]
        for sp in [m.span] + [sp for sp in (m.role, m.appos) if sp] + parsed:
            toks = list(doc.char_span(sp[0], sp[1], alignment_mode="expand") or ())
            low = [t.lower_ for t in toks]
            if set(low) & _PARTY_BLIND_OFFICES and "shadow" not in low:
                continue
            for i, t in enumerate(toks):
                if not t.text[:1].isupper() or self.in_quote[t.i]:
                    continue
                n = next((n for n in (3, 2, 1) if i + n <= len(toks)
                          and " ".join(low[i:i + n]) in _PARTY_NAMES
                          and all(x.text[:1].isupper() for x in toks[i:i + n])), 0)
                if not n and sp == m.span:
                    n = _party_name_run(toks, i)  # "Candlelight Party senator X"
                if not n or n == 1 and t.ent_type_ == "PERSON":
                    continue  # (NER may call "Fianna Fáil" a person; a lone "Green" may be one)
                k = i + n
                # (not a singular "Green" or "Liberal" alone: a surname or an adjective)
                whole = k == len(toks) and sp == m.span and all(
                    x.lower_ == "the" or self.registry.countries.find(x.text, cities=False)
                    for x in toks[:i]) and " ".join(low[i:k]) not in _PARTY_ADJECTIVES \
                    and low[k - 1] not in self._names
                if not whole:
                    if k < len(toks) and toks[k].lower_ in ("'s", "’s"):
                        k += 1  # "Plaid Cymru's education spokesperson"
                    j = k
                    while j < len(toks) and j - k < 2 and toks[j].text.islower() \
                            and toks[j].lower_ not in _PARTY_ROLES:
                        j += 1
                    if not (j < len(toks) and (toks[j].lower_ in _PARTY_ROLES or j + 1 < len(toks)
                            and f"{toks[j].lower_} {toks[j + 1].lower_}" in _PARTY_ROLES)):
                        continue
                words = " ".join(x.text for x in toks[i:i + n])
                key = " ".join(low[i:i + n])
                party = "Conservative Party" if key in ("tory", "tories") else \
                    f"{words} Party" if key in _PARTY_ADJECTIVES else words
                country = None
                if i > 0 and toks[i - 1].text[:1].isupper():
                    country = self.registry.countries.find(toks[i - 1].text, cities=False)
                    if country is not None:  # "the Welsh Conservatives", "Scottish Labour"
                        party = f"{toks[i - 1].text} {party}"
                return party, country or self.home_country
        return None

    def _namesake_in_text(self, e: ActorEntry, text: str, rng: tuple[int, int],
                          before: int) -> ActorRef | None:
        """When the registered alias at token range ``rng`` of ``text`` is one common noun
        written in lower case ("the observatory"), the body of that kind the text names
        itself ("Social Debt Observatory"), if it is another one; else None."""
        toks = self.registry.countries.fold_text(text)[0]
        if rng[1] - rng[0] != 1 or not toks[rng[0]].shape.islower():
            return None
        own = self._institution_named(toks[rng[0]].norm, before, whole=True)
        return None if own is None or own.group == e.group else own

    def _alias_closes_longer_name(self, text: str, rng: tuple[int, int]) -> bool:
        """Whether the registered one-word alias at token range ``rng`` of ``text`` only ends
        a longer capitalised name ("Social Debt Observatory"): the word before it is written
        capitalised and is no place, title or determiner."""
        toks = self.registry.countries.fold_text(text)[0]
        k = rng[0]
        if rng[1] - k != 1 or k == 0:
            return False
        prev = toks[k - 1]
        return prev.shape[:1].isupper() and prev.shape.isalpha() and not prev.norm.startswith("#") \
            and prev.norm not in _TITLE_WORDS and prev.norm not in ("the", "a", "an") \
            and self.registry.countries.find(prev.shape) is None

    def _alias_opens_longer_name(self, text: str, rng: tuple[int, int]) -> bool:
        """Whether the registered alias at token range ``rng`` of ``text`` only opens a longer
        name that goes on with "of" and a capitalised word that is no place ("the state
        Department of Environmental Quality", "the Home Office of the Lagos State Police"
        would name other bodies; "the Ministry of Defence of Russia" is still the ministry)."""
        toks = self.registry.countries.fold_text(text)[0]
        k = rng[1]
        if k + 1 >= len(toks) or toks[k].norm != "of":
            return False
        nxt = toks[k + 2] if toks[k + 1].norm == "the" and k + 2 < len(toks) else toks[k + 1]
        return nxt.shape[:1].isupper() and not nxt.norm.startswith("#") \
            and self.registry.countries.find(nxt.shape) is None

    def _short_for_article_name(self, m: Mention, e: ActorEntry) -> str | None:
        """A one-word mention the registry knows as an alias ("Anadolu": the news agency) that
        the text, before it, used as the first word of a longer name the registry does not
        give to that body ("Istanbul-based Anadolu Beyaz Eşya's offer"): the copy's short
        name for the body it introduced, not the registered namesake."""
        word = _strip_det(m.text)
        if " " in word or not word[:1].isupper():
            return None
        for mt in re.finditer(rf"\b{re.escape(word)}((?:\s+[A-Z][\w-]*)+)", self.text[:m.start]):
            longer = mt.group(0)
            if self.in_quote[bisect_tok(self.doc, mt.start())]:
                continue
            before = self.text[max(0, mt.start() - 40):mt.start()].split()
            if not before or not (re.search(r"\w-(?:based|listed|owned|headquartered)$", before[-1])
                                  or before[-1].lower() in _COMPANY_NOUNS | _FIRM_HEADS):
                continue  # only a name the text introduces as a firm ("Istanbul-based X")
            hit = self.registry.match(longer)
            if hit is None or hit[0] is not e \
                    or hit[1][1] - hit[1][0] < len(self.registry.countries.fold_text(longer)[0]):
                return longer  # (the registry finds its alias inside the name, not the name)
        return None

    def _alias_backs_regime(self, text: str, rng: tuple[int, int]) -> bool:
        """Whether the registered alias at token range ``rng`` of ``text`` only qualifies a
        regime noun after it ("Sudan's army-backed government", "the military-led
        administration"): the government that soldiers back or lead, which speaks as a
        government (gold: the spokesman of a military-led government -> government)."""
        toks = self.registry.countries.fold_text(text)[0]
        k = rng[1]
        return k + 1 < len(toks) and toks[k].norm in _REGIME_PARTICIPLES \
            and toks[k + 1].norm in _REGIME_NOUNS

    def _alias_in_person_name(self, text: str, entry: object, name: str | None) -> bool:
        """Whether the registered body found in ``text`` (a mention, role or appositive) is
        found there only inside a person's name: "Nolan Fitch" holds the alias "Fitch" of the
        rating agency, "Jane Reuters" would hold Reuters'. With the people NER names in the
        text blanked out (and the speaker's own name), the registry no longer finds that body."""
        people = {ent.text for ent in self.ents if ent.label_ == "PERSON" and " " in ent.text}
        if name and " " in name.strip():
            people.add(name.strip())
        hidden = text
        whole = self.registry.match(text)
        fold = self.registry.countries.fold_text
        alias = [t.norm for t in fold(text)[0][whole[1][0]:whole[1][1]]] if whole else []
        for p in people:
            own = self.registry.match(_strip_det(p))
            if own is not None and own[1][0] == 0:
                # NER's "person" "Fitch Ratings", "Greenpeace Aotearoa" starts with the
                # registered name: the body (or its chapter), not a person's surname
                continue
            if _inside_words([t.norm for t in fold(p)[0]], alias):
                # NER's "person" "Sans Frontières" is a piece of the registered name
                # "Médecins Sans Frontières": the body's name, not a person holding it
                continue
            if p in hidden:
                hidden = hidden.replace(p, "Somebody")
        if hidden == text:
            return False
        hit = self.registry.match(hidden) or self._registered_initials(hidden)
        return hit is None or hit[0] is not entry

    def _name_before_group_noun(self, m: Mention) -> str | None:
        """The name of a campaign the text calls "the <Name> group" ("The Save Tannery Lane
        group said", "the Keep Our Library campaign"): the capitalised words before a
        lower-case group noun are the body's name (NER often leaves them untagged, and
        "group" alone names nobody)."""
        doc = self.doc
        h = doc[m.head]
        if h.lower_ not in ("group", "campaign", "coalition", "alliance", "network") \
                or not h.text.islower() or m.name is not None and m.name[1] > h.idx:
            return None
        a = bisect_tok(doc, m.start)
        if a < h.i and doc[a].lower_ in ("the", "a"):
            a += 1
        words = doc[a:h.i]
        if len(words) < 2 or not all(t.text[:1].isupper() or t.lower_ in ("of", "the", "and")
                                     for t in words) or not words[0].text[:1].isupper() \
                or any(self.registry.countries.find(t.text) for t in words) \
                or self.registry.match(words.text) is not None:
            return None  # "the Australian group", "the G7 group" name no campaign
        return words.text

    def _regional_branch_owner(self, m: Mention) -> tuple[str, str | None] | None:
        """(body, country) for an officer of a body's regional branch, the body named as
        the owner of a place and a role: "Federated Farmers' Northland president X", "Unite's
        Wales secretary X". The place says which branch, not that the office is the region's
        government; the officer speaks for the body."""
        doc = self.doc
        for sp in [m.span] + [sp for sp in (m.role,) if sp]:
            toks = list(doc.char_span(sp[0], sp[1], alignment_mode="expand") or ())
            for x, t in enumerate(toks):
                if t.tag_ != "POS" or x == 0 or self.in_quote[t.i]:
                    continue
                a = x
                while a > 0 and toks[a - 1].text[:1].isupper() and toks[a - 1].ent_type_ != "PERSON":
                    a -= 1
                e = x + 1
                while e < len(toks) and toks[e].text[:1].isupper() and toks[e].ent_type_ != "PERSON":
                    e += 1
                if a == x or e == x + 1 or e >= len(toks) or not toks[e].text.islower():
                    continue
                place = doc[toks[x + 1].i:toks[e].i].text
                code = _whole_place(self.registry, tokenize(place))
                owner = doc[toks[a].i:toks[x].i].text
                if code is None or self.registry.countries.find(owner) \
                        or self.registry.countries.find(place, cities=False):
                    continue  # (a country's section is a national chapter, named as such)
                hit = self.registry.match(owner)
                if hit is not None:
                    if hit[0].group_type != "organisation":
                        continue
                    return hit[0].group, hit[0].group_country or code
                lr = self._rule(owner)
                if lr is not None and lr[0] in ("government", "military", "media"):
                    continue  # "the ministry's Kaduna office"
                return self._org_group(owner), code
        return None

    def _national_sport_body(self, m: Mention) -> tuple[str, str] | None:
        """(name, country) of a national sport body named by its sport and its country
        ("Swimming Australia said", "Hockey Canada's chief executive, X", "Netball New
        Zealand"): a federation, in its own name, which NER often leaves untagged (only the
        country a place). Its officers speak for it."""
        for sp in [m.span] + [sp for sp in (m.role, m.appos) if sp]:
            toks = tokenize(self.text[sp[0]:sp[1]])
            for pos, n, code, kind in self.registry.countries.scan(toks):
                if kind != "name" or pos == 0 or toks[pos - 1].norm not in _SPORT_WORDS \
                        or not toks[pos - 1].shape[:1].isupper():
                    continue
                if pos + n < len(toks) and toks[pos + n].shape[:1].isupper() \
                        and toks[pos + n].norm not in ("'s", "’s"):
                    continue  # "Rugby Australia Sevens Cup" is no body of this form
                return " ".join(t.shape for t in toks[pos - 1:pos + n]), code
        return None

    def _owned_role(self, m: Mention) -> bool:
        """The mention's role is a body's post by a possessive pronoun ("Its secretary",
        "Their spokesman"): placed by the body "its" refers to."""
        if not m.role:
            return False
        return self.text[m.role[0]:m.role[1]].split(" ", 1)[0].lower() in ("its", "their")

    def _reported_by_person(self, m: Mention, gender: str | None) -> bool:
        """Whether ``m`` is the subject of a clause another person reports ("Barrister X told
        the court that his client's husband, Hamza Raza, had been picked up"): the reporter,
        of the pronoun's gender, is who a following '"...," he said' continues, not the
        person the report is about."""
        t = self.doc[m.head]
        if t.dep_ not in ("nsubj", "nsubjpass") or t.head.dep_ != "ccomp":
            return False
        verb = t.head.head
        if verb.lemma_ not in self.report_lemmas:
            return False
        outer = next((c for c in self.doc.kids(verb) if c.dep_ == "nsubj"), None)
        if outer is None or self.in_quote[outer.i]:
            return False
        o = self.mention_at(outer)
        og = self._gender_of(o)
        return self._is_person(o) and o.kind != "pronoun" and (og is None or og == gender)

    def _surname_named_before(self, m: Mention) -> Mention | None:
        """A lone capitalised word the parser took for a common noun ("Reyes told Reuters")
        that is the surname of a person already named ("the filmmaker Camila Reyes"): that
        person."""
        bare = _strip_det(m.text)
        if " " in bare or not bare[:1].isupper() or not bare.isalpha() or bare.isupper() \
                or self.in_quote[m.head]:
            return None
        toks = tokenize(bare)
        prev = self._names.get(toks[-1].norm) if toks else None
        if prev is None or prev.antecedent.name is None or prev.antecedent.start >= m.start:
            return None
        return prev.antecedent

    def _named_as_body(self, a: Mention) -> bool:
        """``a`` is a name NER took for a person that the rules placed as an organisation
        speaking in its own name ("Hanbit said" after "Hanbit Mobile"): "it" may refer to it."""
        if a.kind != "name" or a.name is None or a.role or a.appos:
            return False
        ref = self.actor(a)
        return ref.group_type == "organisation" and ref.actor == ref.group

    def _recent_antecedents(self, m: Mention, before: int) -> Iterator[tuple[Mention, Mention]]:
        """(mention, antecedent) of the speakers noted before ``m``, latest first, within four
        paragraphs: how far back a class noun or an age may reach for its person."""
        para = self.paragraph_of[m.head]
        for r in reversed(self.history):
            if r.mention.start >= before or r.mention.start >= m.start:
                continue
            if para - self.paragraph_of[r.mention.head] > 4:
                return
            yield r.mention, r.antecedent

    def _last_person(self, m: Mention, before: int) -> Mention | None:
        """The last person noted before ``m`` within four paragraphs (for "the 29-year-old")."""
        for mention, a in self._recent_antecedents(m, before):
            if a.kind == "pronoun" and a is mention:
                continue
            if a.name is not None and self._is_person(a):
                return a
        return None

    def _titled_last_speaker(self, m: Mention, before: int) -> Mention | None:
        """"Samir Guliyev said ... '...,' the deputy prime minister stressed": a bare office
        right after a named speaker in the same paragraph is that speaker when the text gives
        them that office anywhere ("Deputy Prime Minister Samir Guliyev" two paragraphs up),
        though another holder of the office ("Deputy Prime Minister Artur Hovhannisyan", the
        other side's) was named later. Only the last speaker noted, and only the whole office
        ("the prime minister" is not a "Deputy Prime Minister")."""
        doc = self.doc
        if m.appos is not None or not m.text.lower().startswith("the ") \
                or self._proper_modifiers(m):
            return None
        words = _strip_det(m.text).lower().split()
        if not words or len(words) > 4 or not all(w.replace("-", "").isalpha() for w in words) \
                or words[-1] not in _BARE_OFFICE_HEADS:
            return None
        a = None
        for r in reversed(self.history):
            if r.mention.start >= min(before, m.start):
                continue
            if self.paragraph_of[r.mention.head] != self.paragraph_of[m.head]:
                return None
            if r.antecedent.name is not None and self._is_person(r.antecedent):
                a = r.antecedent  # (subjects inside what was reported, "the sides", pass)
                break
            if self._person_role(r.antecedent):
                return None  # another person spoke last
        if a is None or a.name is None:
            return None
        name = self.text[a.name[0]:a.name[1]]
        office = re.compile(r"(?<![\w-])(?:(\w+)[ -])?" + r"[ -]".join(map(re.escape, words))
                            + r"(?![\w-])", re.I)
        for k in [mm.start() for mm in re.finditer(re.escape(name), self.text)]:
            sent = doc[bisect_tok(doc, k)].sent
            window = self.text[max(sent.start_char, k - 60):min(sent.end_char, k + len(name) + 90)]
            for hit in office.finditer(window):
                if hit.group(1) is None or hit.group(1).lower() not in _OFFICE_PREFIXES:
                    return a
        return None

    def _role_anaphor_person(self, m: Mention, before: int) -> Mention | None:
        """"the diplomat stressed", "the expert noted": agency copy (TASS, Xinhua style) names a
        person once and then refers to them by a class noun that is in none of their words. The
        noun picks the last named person of the matching kind within four paragraphs: a
        diplomat is a foreign-service voice of a government, an expert is a person placed as
        experts. A bare mention only ("the diplomat", not "a Western diplomat", "the diplomat in
        Kyiv")."""
        kind = "diplomat" if m.head_lemma in _DIPLOMAT_ANAPHORS else \
            "person" if m.head_lemma in _EXPERT_ANAPHORS else None
        if kind is None or _strip_det(m.text).lower() != m.head_lemma:
            return None
        for _, a in self._recent_antecedents(m, before):
            if not (a.name is not None and self._is_person(a) or self._person_role(a)
                    or a.words & _PERSON_TITLE_WORDS):
                continue  # (a spokeswoman whose name NER missed is still a person)
            actor = self.actor(a)
            if kind == "person":
                if actor.group_type == "person":
                    return a
                continue
            if actor.group_type == "government" and _words(self.context_text(a).lower()) & _DIPLOMAT_WORDS:
                return a
        return None

    def _fresh_subject(self, m: Mention, before: int, want_person: bool,
                       want_gender: str | None, low: str) -> Mention | None:
        """For "it"/"they": the subject of the sentence before the pronoun's (or of its own
        clause before it) when that subject is a body that can speak and came after the last
        speaker noted: "China's coast guard gave the opposite account. In a statement, it
        said ..." is China's, not the Philippine coast guard quoted a paragraph earlier. The
        subject is the most salient entity of the previous utterance (centering theory)."""
        if want_person or low not in PRONOUNS_IT | PRONOUNS_PL:
            return None
        doc = self.doc
        toks = doc.toks
        sent = toks[m.head].sent
        prev_start = toks[sent.start - 1].sent.start if sent.start > 0 else sent.start
        # Subjects noted inside another clause of an earlier sentence ("warned it would
        # strike if the government raised prices") rank below that sentence's own subject:
        # they do not make it stale. In the pronoun's own sentence every noted subject counts
        # ("The union has warned that crews are stretched, its leader said").
        last_noted = max((r.mention.start for r in self.history
                          if r.mention.start < min(before, m.start)
                          and (toks[r.mention.head].head.dep_ == "ROOT"
                               or r.mention.head >= sent.start)), default=-1)
        for k in range(m.head - 1, prev_start - 1, -1):
            t = toks[k]
            if t.dep_ not in ("nsubj", "nsubjpass") or t.head.dep_ != "ROOT" or self.in_quote[k] \
                    or t.idx < last_noted or t.pos_ not in ("NOUN", "PROPN"):
                continue
            a = self.mention_at(t)
            if t.head.lemma_ in self.report_lemmas and a.start != last_noted \
                    and any(r.mention.start == a.start for r in self.history):
                return None  # a speaker of its own: the history has it
            # (a reporting verb with no statement, "The union disputed that.", noted nobody:
            # its subject is still the one "its" refers to)
            if t.dep_ == "nsubjpass" and low in PRONOUNS_IT and not a.is_org:
                # "The complaint was filed by the drivers' union (AIPDU). Its general
                # secretary said": the body that acted, not the thing acted on
                agent = self._passive_agent_body(t.head)
                if agent is not None:
                    return agent
            if a.start >= m.start or not self._can_speak(a):
                return None
            body = a.is_org or self.actor(a).group_type in (
                "government", "military", "media", "organisation") and (
                a.name is None or self.doc[a.head].ent_type_ != "PERSON") \
                or self._named_as_body(a)
            if low in PRONOUNS_IT and body and not a.plural or \
                    low in PRONOUNS_PL and (a.plural and a.name is None or body):
                # a bare description noted already ("the company" for Halvorsen) stands for
                # what it was resolved to; one that names its body ("The party, Civic
                # Alliance") stands for itself
                if a.kind in ("definite", "pronoun") and a.name is None and a.appos is None:
                    return next((r.antecedent for r in reversed(self.history)
                                 if r.mention.start == a.start), a)
                return a
            return None  # the nearest subject is no body that speaks: leave it to the history
        return None

    def _passive_agent_body(self, verb: Token) -> Mention | None:
        """The organisation in a passive verb's "by" phrase, if it names one."""
        for c in self.doc.kids(verb):
            if c.dep_ != "agent":
                continue
            pobj = next((x for x in self.doc.kids(c) if x.dep_ == "pobj"), None)
            if pobj is not None and not self.in_quote[pobj.i]:
                am = self.mention_at(pobj)
                if am.is_org and not am.plural:
                    return am
        return None

    def _named_since(self, a: Mention, m: Mention, gender: str | None) -> Mention | None:
        """A person named outside quotes in a later sentence than antecedent ``a`` and before
        pronoun ``m``, in the pronoun's paragraph, of no other gender: "... quoted a military
        official. For Élise Marchand, researcher at X, the episode matters less. '...', she
        explains" -> Marchand (a fronted "For X," or "According to X" is no subject)."""
        doc = self.doc
        a_end = doc[a.head].sent.end
        para = self.paragraph_of[m.head]
        best = None
        k0 = bisect.bisect_left(self._ent_starts, doc[a_end].idx if a_end < len(doc) else m.start)
        for ent in self.ents[k0:]:
            if ent.end_char > m.start:
                break
            if self.paragraph_of[ent.start] != para or self.in_quote[ent.start] or len(ent) < 2 \
                    or not (ent.label_ == "PERSON" or ent.label_ == "ORG"
                            and self._described_person(ent)):
                continue
            cand = self.mention_at(ent.root)
            if cand.name is None and ent.label_ == "PERSON":
                continue
            ln = self._last_name(cand)
            if ln is not None and ln == self._last_name(a):
                continue  # the same person again ("Al-Nuaimi added" after "Faisal al-Nuaimi")
            g = self._gender_of(cand)
            if g and g != gender:
                continue
            if self._in_question(ent.root.i, m.head):
                continue  # "Asked whether General X had approved it, she said": not X
            best = cand
        return best

    def _described_person(self, ent: TokenSpan) -> bool:
        """An entity NER calls an organisation that the text describes as a person: "Élise
        Marchand, researcher at the Foundation for Strategic Research"."""
        doc = self.doc
        k = ent.end
        if k + 1 >= len(doc) or doc[k].text != "," or self._org_like_name(ent.start, ent.end, None):
            return False
        k += 1
        if doc[k].lower_ in ("a", "an", "the"):
            k += 1
        r = self.rules
        while k < len(doc) and doc[k].pos_ in ("ADJ", "NOUN", "PROPN") and doc[k].text.islower():
            if doc[k].lower_ in r.person | r.public or self._role_noun(doc[k]):
                return True
            k += 1
        return False

    def _introduced(self, m: Mention, lead_only: bool = False) -> Mention:
        """'Adewale said' after "... against 241,902 for Kehinde Adewale of the opposition
        Progressive Alliance" (not a speaker then), "Zhang said" after "Senior Colonel Zhang
        Hui, a spokesman for ...": a one-word name that is a word of exactly one fuller
        person name introduced earlier outside quotes, with a role, is that person."""
        if m.role or m.appos:
            return m
        if m.name is not None:
            a, b = m.name
        elif m.kind == "name" and self.doc[m.head].pos_ == "PROPN" \
                and _strip_det(m.text) == self.doc[m.head].text \
                and self.registry.match(m.text) is None \
                and not self.registry.countries.find(m.text):
            a, b = m.start, m.end  # "Wang said": NER may call a lone surname an ORG
        else:
            return m
        if " " in self.text[a:b]:
            return m
        word = self.text[a:b].lower()
        found: dict[str, TokenSpan] = {}
        for ent in self.entities.full_persons:
            if ent.end_char > m.start:
                break
            if word not in {t.lower_ for t in ent}:
                continue
            if m.name is None and (any(t.is_upper and len(t.text) <= 4 for t in ent)
                                   or self._org_like_name(ent.start, ent.end, ent.start - 1)):
                return m  # "Scheldeland" after "KV Scheldeland": a club, not a surname
            found.setdefault(ent.text, ent)
        if len(found) != 1:
            return m
        ent = next(iter(found.values()))
        prev = self.mention_at(ent.root)
        if prev.name is None:
            return m
        lead = self._leading_role(ent) if not prev.appos else None
        if lead is not None:
            # "according to the cantonal doctor, Dr. Anne-Laure Perret": the role before the
            # name (the parser often hangs the name elsewhere)
            prev = replace(prev, start=lead[0], text=self.text[lead[0]:prev.end], role=lead)
            prev.words = _words(self.context_text(prev))
        elif lead_only or not prev.appos and (prev.role is None or prev.role == prev.span
                                               and not self._role_words_before_name(prev)):
            return m  # no role, or only a title ("Dr. Rosa Keller")
        return prev

    def _role_words_before_name(self, m: Mention) -> bool:
        """Whether the words of ``m`` before its name say more than a title: "Chinese Foreign
        Ministry spokesperson Liu Jiangtao" (so "Liu said" is the spokesperson), not "Dr. Rosa
        Keller" or "Mr Tan"."""
        if m.name is None or m.name[0] <= m.start:
            return False
        titles = _TITLE_WORDS | _GENDER_TITLES | set(_TITLE_ABBREV)
        return any(t.norm.isalpha() and t.norm not in titles
                   for t in tokenize(self.text[m.start:m.name[0]]))

    def _leading_role(self, ent: TokenSpan) -> Span | None:
        """'the cantonal doctor' in "the cantonal doctor, Dr. Anne-Laure Perret": a definite
        role noun phrase just before the name and its titles, after a comma."""
        doc = self.doc
        portfolio = self._portfolio_title(ent)
        if portfolio is not None:
            return portfolio
        k = ent.start - 1
        while k > 0 and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and ent.start - k <= 2:
            k -= 1  # "Dr.", "Prof."
        if k >= 0 and doc[k].pos_ == "NOUN" and doc[k].text.islower() and not self.in_quote[k]:
            k += 1  # "the Nigerian striker Chidi Anyanwu": no comma
        elif k < 1 or doc[k].text != "," or doc[k - 1].pos_ != "NOUN" or self.in_quote[k - 1]:
            return None
        noun = doc[k - 1]
        i = noun.i
        while i > 0 and noun.i - i < 5 and not self.in_quote[i - 1] and (
                doc[i - 1].pos_ in ("ADJ", "NOUN", "NUM") or doc[i - 1].ent_type_ == "NORP"
                or doc[i - 1].dep_ == "case" or doc[i - 1].dep_ == "poss"):
            i -= 1
        if i == 0 or not (doc[i - 1].lower_ == "the" or doc[i].dep_ == "poss"
                          or doc[i - 1].dep_ == "poss"):
            return None  # a definite description only: "the cantonal doctor", "its director"
        if doc[i - 1].dep_ == "poss" and doc[i - 1].pos_ == "PROPN":
            i = _name_start(doc, i - 1, max(0, i - 8))  # "the Federation Council's ..."
            i -= 1 if i > 0 and doc[i - 1].lower_ == "the" else 0
        elif doc[i - 1].lower_ == "the" or doc[i - 1].dep_ == "poss":
            i -= 1
        if i >= noun.i:
            return None
        span = (doc[i].idx, noun.idx + len(noun.text))
        rule = self._rule(self.text[span[0]:span[1]])
        own = any(doc[x].ent_type_ == "NORP" for x in range(i, noun.i))
        if not (self._role_noun(noun) or own or rule is not None and rule[0] in (
                "government", "military", "person", "public")):
            return None  # "the whole neighbourhood, Yuriy Shevchuk", "its website, X"
        return span

    def _portfolio_title(self, ent: TokenSpan) -> Span | None:
        """'European Commissioner for Migration' in "European Commissioner for Migration
        Helena Virtanen", "Minister of State for Trade X": an office whose portfolio the
        parser hangs the name on (the name is the object of "for"/"of"); the title and its
        capitalised words before are the role."""
        doc = self.doc
        prep = ent.root.head
        if ent.root.dep_ != "pobj" or prep.lower_ not in ("for", "of") or self.in_quote[prep.i]:
            return None
        title = prep.head
        if title.lower_ not in _OFFICE_TITLES or not title.text[:1].isupper() \
                or any(doc[x].pos_ not in ("PROPN", "NOUN", "ADJ") and doc[x].lower_ != "and"
                       for x in range(prep.i + 1, ent.start)):
            return None
        i = title.i
        while i > 0 and not self.in_quote[i - 1] and doc[i - 1].text[:1].isupper() \
                and doc[i - 1].pos_ in ("PROPN", "ADJ", "NOUN"):
            i -= 1
        return doc[i].idx, ent.end_char

    def _earlier_phrase(self, m: Mention) -> Mention:
        """'the ministry' when no subject introduced it: the last earlier phrase with the same
        head noun that says more (a country, a name), e.g. "the official spokesman of the
        Russian Defence Ministry" for "the ministry"."""
        toks = self.doc.toks
        hi = m.head
        stop = max(-1, hi - 800)
        idx = self._noun_lemma_index().get(m.head_lemma, ())
        own = self._proper_modifiers(m)
        for p in range(bisect.bisect_left(idx, hi) - 1, -1, -1):
            k = idx[p]
            if k <= stop:
                break
            cand = self.mention_at(toks[k])
            if cand.kind == "definite" or cand.start >= m.start or own and not own <= cand.words \
                    or self._other_branch(m, cand):
                continue
            if self._other_kind_of_body(m, cand):
                continue
            if self.registry.match(cand.text) is not None or self.registry.countries.find(cand.text):
                return cand
            if not own and self._body_named_after(cand) is not None:
                return cand  # "The charity said" after "worked for the charity Hilfe ohne Grenzen"
            if cand.kind == "name" and cand.name is None and toks[k].pos_ == "PROPN" \
                    and len(want := _words(_strip_det(m.text)) - _DEFINITE_DETS) >= 3 \
                    and want <= cand.words:
                return cand  # "the employers' council" -> "the Maritime Employers Council"
            if cand.kind == "name" and cand.name is None and toks[k].text[:1].isupper() \
                    and not own and m.head_lemma in _BODY_NOUNS | self.rules.organisation \
                    and (len(_words(cand.text)) >= 3 or toks[k].ent_type_ == "ORG"):
                # "The front said" after "fighters of the Front for the Liberation of the
                # Azawagh": a body the text named with the noun, though never as a speaker
                return cand
        return m

    def _noun_lemma_index(self) -> dict[str, list[int]]:
        """Lower-cased lemma -> indices (ascending) of the nouns outside quotes, built once."""
        if self._noun_lemmas is None:
            out: dict[str, list[int]] = {}
            in_quote = self.in_quote
            for t in self.doc.toks:
                if t.pos_ in ("NOUN", "PROPN") and not in_quote[t.i]:
                    out.setdefault(t.lemma_.lower(), []).append(t.i)
            self._noun_lemmas = out
        return self._noun_lemmas

    def _names_company_in_apposition(self, head: Token) -> bool:
        """"The developer, Kraków-based Sowa Labs": a company noun ("developer", "operator")
        that could name a person's job names a body when a company's name stands in
        apposition to it; "it" and "its" then refer to it."""
        return head.pos_ == "NOUN" and any(
            c.dep_ == "appos" and c.pos_ == "PROPN" and c.lower_ in self._appos_orgs
            for c in self.doc.kids(head))

    def _can_speak(self, a: Mention) -> bool:
        """People, institutions, outlets and documents speak; "the weapons" do not."""
        if a.is_org or a.kind == "name":
            return True
        r = self.rules
        words = a.words
        return bool(words & (r.anonymous_heads | r.public | r.person | r.government | r.military
                             | r.media | r.spokesperson_heads | _DOC_NOUNS | _ORG_HEADS))

    def _description_matches(self, m: Mention, a: Mention, strict: bool = False) -> bool:
        if a is m or a.kind == "pronoun" and a.name is None:
            return False
        own = self._proper_modifiers(m)
        if own and not own & self._span_words(a.start, a.end):
            return False  # "the governor of Belgorod region" is not the governor of Kharkiv
        if self._other_branch(m, a):
            return False  # "the enclave's health ministry" is not "Egypt's foreign ministry"
        head = m.head_lemma
        if not strict and head in _STATE_ANAPHOR_NOUNS and _strip_det(m.text).lower() == head \
                and self._state_body_phrase(a):
            return True  # "South Korea's coast guard said X. The agency said Y"
        if head in _ORG_HEADS:
            # an institution noun refers to an institution, never to its spokesman
            seat_firm = head in _COMPANY_NOUNS and self._seat_only_firm(a)
            if a.name is not None and not seat_firm:
                return False
            if self._other_kind_of_body(m, a):
                return False  # "the central bank" is no commercial bank named before
            if a.head_lemma == head or (a.is_org and head in a.words):
                return True
            if strict:
                return False
            if head not in _COMPANY_NOUNS and self._members_described(m):
                return False  # "the union of train drivers" is no other name for the company
            if head == "union" and a.kind == "name" and self.actor(a).group_type == "organisation" \
                    and _words(a.text) & _LABOUR_WORDS:
                return True  # "the union" -> "the International Association of Machinists"
            if head in _MEMBERS_BODY_NOUNS:
                return False  # "The union said Stellantis had ...": a union is no company
                # (one that names itself a union was matched above by its own word)
            if head in _COMPANY_NOUNS and self._not_a_firm(a):
                return False  # "The company said" after "the union SINTTIA" or "the agency Ibama"
            if head in _COMPANY_NOUNS and self._world_body(a):
                return False  # "The European Commission opened a probe into X ... the company said"
            if head in _GENERIC_ORG and a.kind == "name" and (a.is_org and (
                    self.doc[a.head].ent_type_ in ("ORG", "PERSON")
                    or self.actor(a).group_type == "organisation")
                    or seat_firm
                    or head in _COMPANY_NOUNS and self._own_name_firm(a)) \
                    and not (head in _COMPANY_NOUNS and self.actor(a).group_type in (
                        "media", "government", "military")):
                return True  # "the company" -> "Tallis Ceramics", not the broadcaster before it
        elif (head in a.words or head.rstrip("s") in a.words) and not self._only_modifies_a_thing(a, head):
            return True
        if strict:
            return False
        if head in _OUTLET_HEADS:
            hit = self.registry.match(a.text)
            return hit is not None and hit[0].kind == "outlet"
        if head in ("ministry", "department", "government", "military", "army"):
            hit = self.registry.match(a.text)
            return hit is not None and hit[0].kind in ("institution", "state") and (
                head in _words(hit[0].actor)
                # "The military said" after "The Israel Defense Forces said": an armed force
                # the registry knows by a name without the word
                or head in ("military", "army") and hit[0].group_type == "military"
                and bool(_words(hit[0].actor) & _ARMED_FORCE_HEADS))
        return False

    def _only_modifies_a_thing(self, a: Mention, head: str) -> bool:
        """"two Chinese coast guard ships", "the army's trucks": the noun of a body stands in
        ``a`` only as a modifier of a head that is no speaker (a vessel, a vehicle), so ``a``
        is no antecedent for "the coast guard"."""
        own = self.doc[a.head]
        if own.lemma_.lower() == head or own.pos_ == "PROPN":
            return False
        if not any(t.lemma_.lower() == head and t.dep_ == "compound"
                   for t in self.doc.toks[own.left_edge.i:own.i]):
            return False
        r = self.rules
        word = own.lower_
        return word not in (r.anonymous_heads | r.public | r.person | r.government | r.military
                            | r.media | r.spokesperson_heads | _DOC_NOUNS | _ORG_HEADS) \
            and own.lemma_.lower() not in (r.person | r.government | r.military | _ORG_HEADS)

    def _state_body_phrase(self, a: Mention) -> bool:
        """``a`` is a state body described, not named ("South Korea's coast guard", "the
        border police"): a generic agency noun or a civil service's two words end it and it
        places as the government or the military (NER sometimes takes the country in it for
        a name)."""
        if a.kind == "pronoun" or self._is_person(a) and a.name is not None \
                and self.doc[a.head].ent_type_ == "PERSON":
            return False
        low = a.text.lower()
        if not (a.head_lemma in _STATE_ANAPHOR_NOUNS
                or any(" " in w and (low == w or low.endswith(" " + w)) for w in _CIVIL)):
            return False  # (a service of two words: "coast guard", "border police"; not "police")
        return self.actor(a).group_type in ("government", "military")

    def _world_body(self, a: Mention) -> bool:
        """``a`` names a registered institution of no one country (the European Commission,
        the World Bank, NATO): a body that regulates, lends to or sanctions firms, never one."""
        hit = self.registry.match(a.text)
        return hit is not None and hit[0].kind == "institution" and hit[0].group_country is None

    def _own_name_firm(self, a: Mention) -> bool:
        """A speaker the rules placed as an organisation in its own name whose name is a bare
        acronym ("TAO said the report was premature", NER: a person) or holds a firm's word
        ("Riverside Water said", NER: nothing): a company the next "the company said" may
        mean, as much as a name NER tagged as an organisation."""
        ref = self.actor(a)
        return a.name is None and ref.group_type == "organisation" and ref.group == ref.actor \
            and (_strip_det(a.text).isupper() or _words(a.text) & self.rules.org_name_words) \
            and not self._not_a_firm(a)

    def _named_non_firm(self, name: str) -> bool:
        """Somewhere the text puts a noun for something no company is right before the name
        ``name`` ("the independent union X", "environmental agency Ibama"), or before the
        full name it is an alias of ("..., known as SINTTIA", "... (SINTTIA)")."""
        doc = self.doc
        words = name.split()
        if not words:
            return False
        for t in doc.toks:
            if t.text != words[0] or self.text[t.idx:t.idx + len(name)] != name:
                continue
            k, lo = t.i - 1, t.sent.start
            if k - 1 >= lo and doc[k].lower_ == "as" and doc[k - 1].lower_ in _ALIAS_VERBS \
                    or k >= lo and doc[k].text == "(":
                k -= 2 if doc[k].lower_ == "as" else 1
                while k >= lo and (doc[k].text == "," or doc[k].pos_ in ("PROPN", "X")
                                   or doc[k].lower_ in _NAME_LINKS):
                    k -= 1  # back over the full name the alias stands for
            if k >= lo and doc[k].pos_ == "NOUN" and doc[k].lemma_.lower() in _NON_FIRM_HEADS \
                    and not (k > lo and doc[k - 1].lower_ in _FIRM_AGENCY_KINDS):
                return True
        return False

    def _not_a_firm(self, a: Mention) -> bool:
        """The text calls the body ``a`` names something no company is: a union or
        association ("the union SINTTIA"), a state agency ("Brazil's environmental agency
        Ibama") or a mine ("the Cerro Alcaparrosa mine"): no antecedent of "the company"."""
        name = self.actor(a).actor
        spans = [(a.start, a.end)] + [
            (r.mention.start, r.mention.end) for r in self.history
            if r.actor.actor == name and r.mention.kind == "name"]  # "SINTTIA" after "the union SINTTIA"
        words = {t.lemma_.lower() for i, j in spans
                 for t in self.doc[bisect_tok(self.doc, i):bisect_tok(self.doc, j - 1) + 1]
                 if t.pos_ == "NOUN"}
        return bool(words & (_NON_FIRM_HEADS | _FIRM_SITE_NOUNS)) \
            and not words & (_COMPANY_NOUNS | _FIRM_HEADS | _FIRM_AGENCY_KINDS) \
            or self._named_non_firm(name)

    def _other_branch(self, m: Mention, a: Mention) -> bool:
        """``m`` names a branch of its head noun in lower case ("the health ministry", "the
        appeals court") that ``a`` does not share while naming a branch of its own ("the
        foreign ministry"): two bodies of one kind, not a second mention of one."""
        mine = self._branch_words(m.head)
        if not mine or mine & a.words:
            return False
        return bool(a.kind != "pronoun" and self._branch_words(a.head) - m.words)

    def _branch_words(self, head: int) -> frozenset[str]:
        # (asked for every pair of mentions resolve compares: read once per head token)
        got = self._branch_cache.get(head)
        if got is None:
            got = self._branch_cache[head] = frozenset(
                c.lower_ for c in self.doc.kids(self.doc[head])
                if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ")
                and c.text.islower() and c.lower_ not in _GENERIC_QUALIFIERS)
        return got

    def _other_kind_of_body(self, m: Mention, a: Mention) -> bool:
        """``m`` is a state body's own description ("the central bank", "the commission")
        whose words ``a`` lacks: no anaphor for "Bank of the Philippine Islands" or for a firm
        named before (a state noun is not a loose "the company")."""
        bare = _strip_det(m.text).lower()
        return bare in self.rules.government \
            and not all(w in a.text.lower() for w in bare.split())

    def _represents_clause(self, m: Mention) -> bool:
        """A body noun with a "which represents ..." clause ("The faculty association, which
        represents 1,100 professors", "the union, which speaks for 5,000 lecturers"): the
        members the clause names are whom the body speaks for, not the speaker's kind."""
        h = self.doc[m.head]
        if m.head_lemma not in _BODY_NOUNS:
            return False
        for c in self.doc.kids(h):
            if c.dep_ == "relcl" and c.i > h.i and c.lemma_.lower() in ("represent", "speak") \
                    and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("which", "that")
                            for g in self.doc.kids(c)):
                return True
        return False

    def _members_described(self, m: Mention) -> bool:
        """A body description that says whose body it is in lower case ("the union of train
        drivers", "the teachers' union"): a body of its own, not a loose anaphor."""
        h = self.doc[m.head]
        for c in self.doc.kids(h):
            if c.dep_ in ("poss", "compound") and c.pos_ == "NOUN" and c.text.islower():
                return True
            if c.dep_ == "prep" and c.lower_ == "of" and any(
                    x.dep_ == "pobj" and x.pos_ == "NOUN" and x.text.islower()
                    for x in self.doc.kids(c)):
                return True
        return False

    def _registered_body(self, a: Mention) -> bool:
        """The mention is, whole, a registered organisation ("Fitch Ratings", "Moody's"):
        a body whatever NER made of it, so "the agency" and "it" can refer to it."""
        hit = self.registry.match(a.text)
        return hit is not None and hit[0].kind == "institution" \
            and hit[0].group_type == "organisation" and hit[1] == (0, len(tokenize(a.text)))

    def _span_words(self, start: int, end: int) -> frozenset[str]:
        """The lower-cased words of the text between two character offsets (cached: the
        antecedent search asks it of the same mentions again and again)."""
        key = (start, end)
        words = self._span_words_cache.get(key)
        if words is None:
            doc = self.doc
            words = frozenset(t.lower_ for t in doc[bisect_tok(doc, start):bisect_tok(doc, end)])
            self._span_words_cache[key] = words
        return words

    def _proper_modifiers(self, m: Mention) -> set[str]:
        """Capitalised words that single out a description's referent ("Belgorod" in "the
        governor of Belgorod region"), outside any name the mention gives."""
        key = (m.start, m.end, m.head, m.name)
        cached = self._proper_cache.get(key)
        if cached is not None:
            return cached
        out = self._proper_modifiers_uncached(m)
        self._proper_cache[key] = out
        return out

    def _proper_modifiers_uncached(self, m: Mention) -> set[str]:
        doc = self.doc
        out = set()
        for t in doc[bisect_tok(doc, m.start):bisect_tok(doc, m.end)]:
            if t.i == m.head or not t.text[:1].isupper() or t.pos_ not in ("PROPN", "ADJ") \
                    or t.i == bisect_tok(doc, m.start) and t.lower_ in _DEFINITE_DETS \
                    or m.name and m.name[0] <= t.idx < m.name[1]:
                continue
            if t.dep_ == "pobj" or t.head.dep_ == "pobj" and t.dep_ == "compound":
                out.add(t.lower_)
        return out

    # ---------------------------------------------------------------- placement
    def actor(self, m: Mention) -> ActorRef:
        key = (m.start, m.end)
        ref = self._actor_cache.get(key)
        if ref is None:
            ref = self._counterpart_side(m, self._described_seat(m, self._place(m)))
            ref = self._local_institution_home(self._delegation_side(m, ref))
            self._actor_cache[key] = ref
        return ref
