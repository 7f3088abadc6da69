"""Speaker mentions: the noun phrase a subject token heads, its name and role, cut where the
mention ends.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from analysis.attribution.mention import Mention, Resolved
from analysis.attribution.names import _acronym, _strip_det
from analysis.attribution.spans import (
    _bracketed_role_start,
    _name_hyphen,
    _seen_by,
    _trim_span,
    _words,
    bisect_tok,
    np_token_range,
)
from analysis.attribution.words import (
    _BODY_APPOSITIVES,
    _BODY_NOUNS_ALL,
    _COMPANY_NOUNS,
    _CORPORATE_ROLES,
    _DEFINITE_DETS,
    _FEMALE_WORDS,
    _FIRM_HEADS,
    _FIRM_OFFICER_RE,
    _GENDER_TITLES,
    _GIVEN_NAME_AS,
    _KEEP_PREPS,
    _KIN_WORDS,
    _LEGISLATOR_ROLES,
    _MALE_WORDS,
    _MEMBER_BODY_WORDS,
    _MEMBER_ROLES,
    _MISSING,
    _NAME_LINKS,
    _NAME_PREPOSITIONS,
    _NON_FIRM_NAME_WORDS,
    _NON_PERSON_HEADS,
    _OFFICE_TITLES,
    _ORG_HEADS,
    _PERSONAL_ROLES,
    _PLAIN_FIRM_NOUNS,
    _POST_NOMINALS,
    _REGULATOR_HEADS,
    _ROLE_VERBS,
    _SEAT_WORD,
    _STATE_BODY_HEADS,
    _TITLE_ABBREV,
    _TITLE_WORDS,
    _WEAK_TITLES,
    PRONOUNS_F,
    PRONOUNS_IT,
    PRONOUNS_M,
    PRONOUNS_PL,
)
from analysis.entities import relative_pronoun, surname_key
from analysis.registry import tokenize
from analysis.types import ActorRef, Span


class Mentions:
    """Speaker mentions: the noun phrase a subject token heads, its name and role, cut where the
    mention ends. Mixed into :class:`analysis.attribution.attributor.Attributor`.
    """

    # ---------------------------------------------------------------- mentions
    def mention_at(self, head: Token) -> Mention:
        """The mention headed by ``head`` (cached)."""
        m = self._mentions.get(head.i)
        if m is None:
            m = self._build_mention(head)
            role = self._fronted_role(head, m)
            if role is not None:
                m = replace(m, start=role[0], text=self.text[role[0]:m.end], role=role)
                m.words = _words(self.context_text(m))
            self._mentions[head.i] = m
        return m

    def _fronted_role(self, head: Token, m: Mention) -> Span | None:
        """"In Dodoma, Tanzania's minister for fisheries, Abdallah Msuya, said": after a
        fronted place the parser can hang the speaker's role on the place as its appositive
        and leave the name alone as the subject. The role that runs up to the comma before the
        name is the name's own, as in the same sentence without the place."""
        doc = self.doc
        k = head.left_edge.i - 1
        if head.ent_type_ != "PERSON" or head.dep_ not in ("nsubj", "nsubjpass") \
                or m.role is not None or m.appos or k < 1 or doc[k].text != ",":
            return None
        for c in doc.kids(head.head):
            if c.dep_ == "nsubj" and c.i < head.i and c.pos_ == "NOUN" \
                    and c.right_edge.i == k - 1 and not c.ent_type_ and self._role_noun(c):
                # "The Democratic Alliance's spokesperson on electricity, Kevin Mileham, said":
                # the parser made the role and the name two subjects of the verb
                return (c.left_edge.idx, doc[k - 1].idx + len(doc[k - 1].text))
            if c.dep_ != "prep" or c.i > head.i:
                continue
            for pobj in (p for p in doc.kids(c) if p.dep_ == "pobj"):
                for ap in doc.kids(pobj):
                    if ap.dep_ == "appos" and ap.pos_ == "NOUN" and ap.right_edge.i == k - 1 \
                            and not ap.ent_type_ and self._role_noun(ap):
                        first = ap.left_edge
                        return (first.idx, doc[k - 1].idx + len(doc[k - 1].text))
        return None

    def mention_range(self, i: int, j: int, limit: int | None = None) -> Mention:
        """A mention over an explicit token range (dash and colon attributions); an
        appositive may follow up to token ``limit`` ("— Maria Oikonomou, deputy governor")."""
        i, j = _trim_span(self.doc, i, j)
        n = len(self.doc)
        i = min(i, n - 1)  # a dash or colon at the very end of the text has nothing after it
        j = min(max(j, i + 1), n)
        root = self.doc[i:j].root
        if root.i in self._mentions:
            return self._mentions[root.i]
        if j == i + 1 and root.lower_ in PRONOUNS_M | PRONOUNS_F | PRONOUNS_PL | PRONOUNS_IT:
            # "According to her, ...": a range that is one personal pronoun is that pronoun,
            # resolved like "she said" (as an np it stayed "her", unplaced)
            return self.mention_at(root)
        doc = self.doc
        shown_end = doc[j - 1].idx + len(doc[j - 1].text)
        for c in doc.kids(root):
            if _seen_by(c) and i < c.left_edge.i < j:
                j = c.left_edge.i  # "letters seen by Reuters": the outlet is not who wrote them
        m = Mention(doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text), root.i, doc[i:j].text,
                    "name" if any(t.pos_ == "PROPN" for t in doc[i:j]) else "np",
                    plural=root.tag_ in ("NNS", "NNPS"), head_lemma=root.lemma_.lower())
        if m.kind == "np" and doc[i].lower_ in _DEFINITE_DETS:
            m.kind = "definite"
        # a person's name the range stops at, with a comma and an appositive the parser hung
        # on it ('"...," Jane Doe, the U.N.'s coordinator for Sudan, told'), keeps its role
        # even when the parser made the name itself an appositive of something in the quote
        person_appos = root.ent_type_ == "PERSON" and j < n and doc[j].text == "," and any(
            c.dep_ == "appos" and c.i > j for c in doc.kids(root))
        m = self._finish(m, i, j, root, appos=limit is not None or person_appos, limit=limit)
        if shown_end > m.end:
            m.display = ((m.display or m.span)[0], max(shown_end, (m.display or m.span)[1]))
        self._mentions[root.i] = m
        return m

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
        office = self._coordinated_office(head)
        if office is not None:
            # "The tourism and creative economy minister said": the parser heads the subject
            # with the first field and hangs the office on it as a conjunct; one minister
            m = self._build_mention(office)
            start = doc[np_token_range(doc, head, self.report_lemmas)[0]].idx
            m.start, m.text = start, self.text[start:m.end]
            return self._finish(m, bisect_tok(doc, start), bisect_tok(doc, m.end - 1) + 1, office)
        i, j = np_token_range(doc, head, self.report_lemmas)
        ent = self._person_ents.get(head.i)
        if ent is not None and ent[0] < i and head.i > 0 and doc[head.i - 1].text in ("-", "‐") \
                and doc[head.i - 1].idx + 1 == head.idx:
            # "Commissioner Gideon Lolo-Sanga said": the parser splits a double surname at its
            # hyphen into two subjects; the person's name (and its title) is the whole run
            i = np_token_range(doc, doc[head.i - 2], self.report_lemmas)[0] \
                if doc[head.i - 2].i >= ent[0] else ent[0]
        j = self._registered_conjunct_end(head, i, j)
        j = self._second_role_name_end(head, j)
        if i == head.i == j - 1 and head.pos_ == "NOUN" and head.text.istitle() \
                and surname_key(head.text) in self.entities.surnames:
            # "Reindl accused NEOS ...": the parser tags a surname that opens a sentence as a
            # common noun; the text named the person in full before or after
            m = self._finish(Mention(head.idx, head.idx + len(head.text), head.i, head.text,
                                     "name", head_lemma=head.lower_), i, j, head)
            if m.name is None and m.role is None:
                m.name = m.span
            return m
        if head.lower_ in ("one", "some", "two", "three", "several", "many", "each") \
                and any(c.dep_ == "prep" and c.lower_ == "of" for c in self.doc.kids(head)) \
                and not any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in self.doc.kids(head)) \
                and not self._of_described_group(head):
            # (not "One of the companies, Pra Valley Resources,": the appositive names it)
            kind = "pronoun"
        elif head.pos_ == "PROPN" or any(t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "GPE")
                                         or t.i in self._person_ents for t in doc[i:j]):
            kind = "name"  # a demonym alone ("Turkish officials") does not name the speaker
        elif doc[i].lower_ in _DEFINITE_DETS and not self.registry.countries.find(doc[i:j].text):
            kind = "definite"
        else:
            kind = "np"
        m = Mention(doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text), head.i, doc[i:j].text, kind,
                    plural=head.tag_ in ("NNS", "NNPS"), head_lemma=head.lemma_.lower())
        m = self._finish(m, i, j, head)
        given = _GIVEN_NAME_AS.search(self.text[max(0, m.start - 60):m.start]) \
            if kind == "name" and m.name is None else None
        if given is not None:
            # "a vendor who gave her name only as Aling Nena" (NER: an organisation): a person,
            # whom "she" may refer to
            m.name, m.is_org = m.span, False
            m.gender = "f" if "her" in given.group(0).split() else \
                "m" if "his" in given.group(0).split() else m.gender
        if (m.role is None or m.role[0] >= m.start) and m.name is not None and kind == "name":
            p = self._cut_title_start(i)
            if p is None:
                p = _bracketed_role_start(doc, i, head)
            if p is not None:
                m.role = (doc[p].idx, m.end)  # "Coast guard spokesman Lt. Cmdr. | Harun X"
        return m

    def _second_role_name_end(self, head: Token, j: int) -> int:
        """The end of "Former Tipperary hurler and RTÉ analyst Eoin Kennedy said": one person
        with two roles, the name after the second; the parser heads the subject with the first
        role noun and hangs the rest on it as a conjunct. Else ``j``."""
        doc = self.doc
        if not (head.pos_ == "NOUN" and head.text.islower() and j < len(doc)
                and doc[j].lower_ == "and" and doc[j].head.i == head.i):
            return j
        conj = next((c for c in doc.kids(head) if c.dep_ == "conj" and c.i > j), None)
        if conj is None or conj.pos_ != "PROPN" or conj.ent_type_ != "PERSON" \
                or any(t.pos_ in ("VERB", "AUX") or t.text in (",", ";")
                       for t in doc[j:conj.i + 1]):
            return j
        return conj.i + 1

    def _registered_conjunct_end(self, head: Token, i: int, j: int) -> int:
        """The end of a registered body whose name the parser split at its "and" ("Fire and
        Emergency said": "Fire" the subject, "Emergency" a conjunct): the conjunct belongs to
        the name when the whole is a registered name; else ``j`` (two bodies side by side,
        "Farmalink and Savapharm", stay two)."""
        doc = self.doc
        if not (j < len(doc) and doc[j].lower_ == "and" and doc[j].head.i == head.i
                and head.text[:1].isupper()):
            return j
        conj = next((c for c in doc.kids(head) if c.dep_ == "conj" and c.i > j), None)
        if conj is None or not conj.text[:1].isupper():
            return j
        e = conj.right_edge.i + 1
        whole = _strip_det(doc[i:e].text)
        hit = self.registry.match(whole)
        if hit is not None and hit[1][0] == 0 and hit[1][1] == len(tokenize(whole)):
            return e
        return j

    def _of_described_group(self, head: Token) -> bool:
        """'One of the migrants, a 29-year-old Afghan who gave his name as Ahmad, said': a
        member of a group the phrase describes, with an appositive of its own, is a new
        speaker, not an anaphor of the last one ('one of them' still is)."""
        of = next((c for c in self.doc.kids(head) if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in self.doc.kids(of) if c.dep_ == "pobj"), None) if of else None
        return obj is not None and obj.pos_ == "NOUN" and any(
            c.dep_ == "appos" for c in self.doc.kids(head))

    def _coordinated_office(self, head: Token) -> Token | None:
        """The office noun coordinated with a field noun that heads a subject ("tourism" in
        "The tourism and creative economy minister"), with no determiner of its own."""
        if head.pos_ != "NOUN" or self._role_noun(head) or self.in_quote[head.i]:
            return None
        for c in self.doc.kids(head):
            if c.dep_ == "conj" and c.i > head.i and c.pos_ in ("NOUN", "PROPN") \
                    and c.lemma_.lower() in ("minister", "secretary", "ministry", "commissioner") \
                    and not any(d.dep_ in ("det", "poss") for d in self.doc.kids(c)):
                return c
        return None

    def _cut_title_start(self, i: int) -> int | None:
        """Where the role starts when the parser cut a name from its rank: the tokenizer
        splits "Cmdr." and "Sgt." and ends a sentence there, so "Coast guard spokesman Lt.
        Cmdr. Harun X said" leaves the mention "Harun X". Walk back over abbreviated titles
        and their periods, then over the role words before them (lower-case nouns and
        capitalised compounds, no verb, no comma) to the sentence start."""
        doc = self.doc
        k = i
        while k >= 1:
            if k >= 2 and doc[k - 1].text == "." and doc[k - 2].lower_ in _TITLE_ABBREV:
                k -= 2
            elif doc[k - 1].text.endswith(".") and doc[k - 1].lower_[:-1] in _TITLE_ABBREV:
                k -= 1  # "Lt." kept whole (statement_words.yaml, title_abbreviations)
            else:
                break
        titles = k
        if titles == i and k >= 1 and doc[k - 1].text.istitle() and not self.in_quote[k - 1] \
                and doc[k - 1].lower_ in _TITLE_WORDS | self.rules.government | self.rules.military \
                and doc[k - 1].ent_type_ != "PERSON":
            # "..., Oceans and Fisheries Minister Rachel Hōne said": the parser hung the title
            # on another phrase; a capitalised title right before the name is its role, with
            # the capitalised words (and "and", "of") before it
            k -= 1
            while k >= 1 and not self.in_quote[k - 1] and (
                    doc[k - 1].text.istitle() and doc[k - 1].pos_ in ("NOUN", "PROPN", "ADJ")
                    or doc[k - 1].lower_ in ("and", "of", "for", "&") and k >= 2
                    and doc[k - 2].text.istitle()):
                k -= 1
            return k if doc[k].text.istitle() else None
        while k >= 1 and doc[k - 1].is_alpha and doc[k - 1].pos_ in ("NOUN", "PROPN", "ADJ") \
                and not self.in_quote[k - 1]:
            k -= 1
        if k == titles < i and all(doc[x].lower_.rstrip(".") in ("coun", "cllr", "supt", "insp")
                                   for x in range(titles, i) if doc[x].text != "."):
            # "Coun. Doug Ferris said" (Canadian papers), "Supt. X": an office on its own
            # is the role that places him
            return titles
        return k if k < titles < i else None  # titles alone ("Sgt. X") add nothing

    def _name_in(self, i: int, j: int, head: Token) -> Span | None:
        """The person name a phrase [i, j) is headed by, if any.

        A PERSON entity counts only if it holds the head ("Analysts in Yerevan" is not a
        person); a capitalised run ending at the head counts when the registry does not know
        it as an institution ("Foreign Ministry spokeswoman Leila Moradi", NER said ORG).
        """
        doc = self.doc
        if not (i <= head.i < j) or head.pos_ != "PROPN" and head.i not in self._person_ents:
            return None
        low = head.lower_
        if head.text.isupper() and low in _CORPORATE_ROLES and head.i not in self._person_ents:
            return None  # "The Boeing CEO said": a title in capitals, no surname
        r = self.rules
        if low in _OFFICE_TITLES and head.text[:1].isupper():
            # "Karnataka Chief Minister Siddaramaiah on Thursday accused": the parser may make
            # the office the head and the name right after it its appositive
            nm = next((c for c in doc.kids(head) if c.dep_ == "appos" and c.pos_ == "PROPN"
                       and c.left_edge.i == head.i + 1 and c.right_edge.i < j
                       and all(doc[x].text[:1].isupper() or _name_hyphen(doc, x)
                               for x in range(c.left_edge.i, c.right_edge.i + 1))), None)
            if nm is not None and self.registry.match(doc[nm.left_edge.i:nm.right_edge.i + 1].text) is None \
                    and nm.ent_type_ not in ("GPE", "NORP", "ORG", "LOC"):
                return (nm.left_edge.idx, nm.right_edge.idx + len(nm.right_edge.text))
        if low in _ORG_HEADS or low in r.government or low in r.military or low in r.media \
                or low in self._appos_orgs:
            return None  # "Azerbaijan's Defence Ministry" is no person
        if head.i not in self._person_ents and (low in _MEMBER_ROLES or low in {"member", "manager"}) \
                and any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > head.i
                        for c in doc.kids(head)):
            return None  # "The Ranking Member on the Energy Committee, John Jinapor": a title
        a = head.i
        while a - 1 >= i and (doc[a - 1].pos_ == "PROPN" and doc[a - 1].dep_ != "poss"
                              and doc[a - 1].tag_ != "POS"
                              or _name_hyphen(doc, a - 1) and a - 2 >= i):
            a -= 1  # ("Lee Jun-ho", "Walid al-Hassan": a hyphen inside the name)
        a = self._after_office_title(a, head.i)
        run = doc[a:head.i + 1]
        if run.start == i and run.end == j and self.registry.countries.capital(tokenize(run.text)):
            return None  # "days after Gitega accused Kigali": a capital speaking (NER: a person)
        if run.start == i and run.end == j and self._whole_region(tokenize(run.text)) \
                and run.text.lower() not in self.rules.female_first_names | self.rules.male_first_names:
            return None  # "Bavaria said" (NER: a person): a state speaking; not "Victoria said"
        if self._org_like_name(run.start, run.end, a - 1 if a - 1 >= i else None):
            return None
        hit = self.registry.match(run.text)
        if hit is not None:
            return (run.start_char, run.end_char) if hit[0].kind == "person" else None
        if head.i in self._person_ents:
            s, e, _, _ = self._person_ents[head.i]
            s, e = max(s, a, i), min(e, j)
            while e > s and doc[e - 1].pos_ != "PROPN" and not (
                    e - 2 > s and _name_hyphen(doc, e - 2) and doc[e - 1].is_alpha):
                # "Brendan O'Hara told": NER ran over the verb; but "Kim Ji-hoon", "Park
                # Soo-min" end in a hyphened part the tagger may call a common noun
                e -= 1
            if e > s:
                return (doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text))
            return None
        if head.ent_type_ in ("GPE", "NORP", "LOC", "FAC", "DATE", "CARDINAL"):
            return None
        if len(run) >= 3 and run[-1].lower_.rstrip(".") in _POST_NOMINALS \
                and all(x.text[:1].isupper() and x.is_alpha for x in run[:-1]):
            # "Philip Boulten SC", "Ama Mensah MP": a person with the letters after her name
            # (NER may call the run an organisation)
            return (run.start_char, run.end_char)
        titled = [k for k in range(a, head.i) if doc[k].lower_.rstrip(".") in _GENDER_TITLES]
        if titled:
            # "Kendrapara District Collector Smt. Ritika Mohanty" (NER: one organisation): a
            # courtesy title marks the person's name after it, whatever NER says
            return (doc[titled[-1] + 1].idx, head.idx + len(head.text))
        prev = doc[a - 1] if a - 1 >= i else None
        role_before = prev is not None and (prev.pos_ == "NOUN" and prev.text.islower()
                                            or prev.tag_ == "POS"
                                            or self._nationality_before_name(prev, head, run))
        if head.ent_type_ == "ORG" and not role_before:
            return None
        if role_before or len(run) >= 2:
            return (run.start_char, run.end_char)
        return None

    def _which_body_of_person(self, head: Token) -> str | None:
        """The name in "X of Y, which ..." when X is a person's two- or three-word name (NER,
        or capitalised words with no body noun) and Y a proper name: a person is no "which",
        so the clause and the voice are Y's (his or her body)."""
        if relative_pronoun(head) != "which":
            return None
        of = next((c for c in self.doc.kids(head) if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in self.doc.kids(of) if c.dep_ == "pobj"), None) if of else None
        if obj is None or obj.pos_ != "PROPN":
            return None
        first = head.left_edge
        person = self.doc[first.i:head.i + 1]
        if not 2 <= len(person) <= 3 or not all(t.pos_ == "PROPN" and t.text[:1].isupper()
                                                for t in person) \
                or head.lower_ in _ORG_HEADS \
                or head.ent_type_ != "PERSON" and head.i not in self._person_ents:
            return None
        i, j = np_token_range(self.doc, obj)
        return _strip_det(self.doc[i:j].text)

    def _nationality_before_name(self, prev: Token, head: Token, run: Span) -> bool:
        """"Asamoah's agent, the Belgian Jan Peeters" (NER: an organisation): a nationality
        word before a two- or three-word name in apposition to someone's personal role
        (agent, lawyer, coach) marks a person of that country, not a Belgian body."""
        return prev.dep_ == "amod" and 2 <= len(run) <= 3 and head.dep_ == "appos" \
            and head.head.lemma_.lower() in _PERSONAL_ROLES \
            and self.registry.countries.find(prev.text, cities=False) is not None

    def _after_office_title(self, a: int, h: int) -> int:
        """Where a person's name starts in a run of proper nouns [a, h]: after the last
        capitalised office in it. The tagger can make every word of "Bolivian Sports Minister
        Ana Choque" a proper noun; the name is "Ana Choque" and the rest is the role, whose
        country word then places her (a name never holds "Minister" or "Ambassador")."""
        doc = self.doc
        for k in range(h - 1, a - 1, -1):
            if doc[k].lower_ in _OFFICE_TITLES and doc[k].text[:1].isupper() \
                    and doc[k + 1].text[:1].isupper():
                return k + 1
        return a

    def _org_like_name(self, a: int, b: int, role_tok: int | None) -> bool:
        """A capitalised run [a, b) that names a company or group, not a person:
        "Tallis Ceramics", "Supermarket chain Albert Heijn", "GDL"."""
        doc = self.doc
        r = self.rules
        if any(doc[k].lower_.rstrip(".") in r.org_name_words for k in range(a, b)):
            return True
        if any(doc[k].lower_ in _NAME_PREPOSITIONS and doc[k].text[:1].isupper()
               and doc[k - 1].text[:1].isupper()
               and doc[k + 1].text[:1].isupper() for k in range(a + 1, b - 1)):
            return True  # "Surfers Against Sewage", "Mothers Without Borders": no person's name
        if role_tok is not None and role_tok >= 0:
            t = doc[role_tok]
            two = (doc[role_tok - 1].lower_ + " " + t.lower_) if role_tok > 0 else ""
            if t.lower_ in r.company_roles or two in r.company_roles:
                return True
        if b - a > 1 and doc[b - 1].lower_ in getattr(self, "_appos_orgs", ()):
            return True  # "the main supplier, Nutrimais Alimentos": a company by apposition
        return b - a == 1 and doc[a].text.isupper() and len(doc[a].text) >= 2 and doc[a].is_alpha

    def _appositive(self, i: int, j: int, head: Token) -> tuple[int, int, Token] | None:
        doc = self.doc
        appos = [c for c in self.doc.kids(head) if c.dep_ == "appos" and c.i >= j]
        if not appos and j < len(doc) and doc[j].text == ",":
            # "the governor of Takab county, Mohammad Reza Ebrahimi": the parser often hangs the
            # appositive on the last noun of the phrase
            appos = [c for k in range(i, j) for c in doc[k].children
                     if c.dep_ == "appos" and c.left_edge.i == j + 1]
        if not appos and head.dep_ == "appos" and head.head.i < i:
            h = head.head
            hi, hj = np_token_range(doc, h)
            return (hi, hj, h) if hj <= i else None
        if not appos:
            return None
        a = appos[0]
        aj = a.right_edge.i + 1
        for k in range(a.i + 1, aj):
            if doc[k].text in (",", ";", "(") or "\n" in doc[k].text:
                aj = k
                break
        ai, aj = _trim_span(doc, a.left_edge.i, aj)
        return (ai, aj, a) if aj > ai else None

    def _age_then_role(self, j: int, limit: int | None = None) -> tuple[bool, tuple[int, int, Token] | None]:
        """'Gary Pickering, 47, a kiln operator': an age after the name (news copy gives ages
        for ordinary people) and the description after it, if any."""
        doc = self.doc
        n = len(doc) if limit is None else limit
        if not (j + 2 < n and doc[j].text == "," and doc[j + 1].like_num and doc[j + 2].text in (",", ".")):
            return False, None
        k = j + 3
        if doc[j + 2].text != "," or k >= n or doc[k].pos_ not in ("DET", "ADJ", "NOUN"):
            return True, None
        e = k
        while e < n and doc[e].text not in (",", ";", ".", "(", ")") and "\n" not in doc[e].text:
            e += 1
        if e > k:
            root = doc[k:e].root
            return True, (k, e, root)
        return True, None

    def _finish(self, m: Mention, i: int, j: int, head: Token, appos: bool = True,
                limit: int | None = None) -> Mention:
        doc = self.doc
        name = self._name_in(i, j, head) if m.kind != "pronoun" else None
        role: Span | None = None
        ap = self._appositive(i, j, head) if appos else None
        if ap is not None and limit is not None and ap[1] > limit:
            ap = None
        if ap is None and limit is not None and j + 1 < limit and doc[j].text == ",":
            k = j + 1
            e = next((x for x in range(k, limit) if doc[x].text in (",", ";", "(")), limit)
            ap = _trim_span(doc, k, e) + (doc[k:e].root,) if e > k else None
        if ap is not None and limit is not None and ap[1] + 1 < limit and doc[ap[1]].text == ",":
            # "— Farah Naz, field coordinator, Save the Children.": the employer after the role
            # belongs to the role
            e = ap[1]
            f = e + 1
            while f < limit and (doc[f].text[:1].isupper() or doc[f].lower_ in _NAME_LINKS
                                 or doc[f].text in ("-", "'", "’")):
                f += 1
            end = _trim_span(doc, e + 1, f)[1]
            if f > e + 1 and end >= limit - 1 and doc[e + 1].text[:1].isupper():
                ap = (ap[0], end, ap[2])
        if appos and m.kind != "pronoun":
            age, role_np = self._age_then_role(j, limit)
            if age:
                m.age = True
                if ap is None or ap[0] == j + 1:
                    ap = role_np
        if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" \
                and doc[j + 1].pos_ == "PROPN" and doc[j + 1].text[:1].isupper() \
                and not self._body_head(head):
            # (not "the National Civil Defence Institute (Indeci)": a body's bracket is its
            # acronym, however it is cased, and the body keeps its own placement)
            m.party = doc[j + 1].text  # "Cllr Niamh Ó Conaire (Labour)"
        if ap is not None:
            ai, aj, a = ap
            ap_span = (doc[ai].idx, doc[aj - 1].idx + len(doc[aj - 1].text))
            ap_name = self._name_in(ai, aj, a)
            if ap_name is None and name is None and self._role_noun(head) and 2 <= aj - ai <= 4 \
                    and all(doc[x].pos_ == "PROPN" and doc[x].text[:1].isupper() for x in range(ai, aj)) \
                    and not self._org_like_name(ai, aj, None) and self.registry.match(doc[ai:aj].text) is None \
                    and doc[aj - 1].lower_ not in self._appos_orgs:
                # "The agency's director, Femi Adeyemi": NER may call the name an ORG (not
                # "A lawyer for the main supplier, Nutrimais Alimentos": the supplier's name)
                ap_name = (doc[ai].idx, doc[aj - 1].idx + len(doc[aj - 1].text))
            if ap_name is not None and self._is_country_word(self.text[ap_name[0]:ap_name[1]]):
                ap_name = None  # "In Niger, an official at the prefecture" (NER: a person)
            if name is None and ap_name is not None:
                name = ap_name
                role = (m.start, m.end)
                m.display = ap_span
            elif name is not None and ap_name is None:
                role = ap_span
            elif name is None:
                # "Another traveller, a student from Cologne": keep the description
                m.appos = ap_span
                m.display = (min(m.start, ap_span[0]), max(m.end, ap_span[1]))
        if name is not None and role is None and (name[0] > m.start or name[1] < m.end):
            role = (m.start, m.end)  # "Foreign Ministry spokeswoman Leila Moradi"
        m.name = name
        m.role = role
        if name is not None and m.kind in ("definite", "np", "pronoun"):
            m.kind = "name"  # "The defence secretary, Richard Holloway" needs no antecedent
        m.words = _words(self.context_text(m))
        if m.gender is None:
            g = self._gender_words(m)
            first = self._first_name(m)
            if g & _FEMALE_WORDS or first in self.rules.female_first_names:
                m.gender = "f"
            elif g & _MALE_WORDS or first in self.rules.male_first_names:
                m.gender = "m"
        m.is_org = (name is None and (m.head_lemma in _ORG_HEADS or (
            head.ent_type_ in ("ORG", "GPE", "NORP") and head.pos_ == "PROPN")
            or head.pos_ == "PROPN" and head.lower_ in self._appos_orgs
            or self._names_company_in_apposition(head) or self._typed_body_name(head))) \
            or m.kind == "name" and self._registered_body(m)  # "Fitch Ratings": NER saw no ORG
        acr = _acronym(m.text)
        # "The NVWA" spells nothing out; "KFA president Park Sung-woo" names a person, not
        # what KFA stands for
        if acr and len(_strip_det(m.text)) > len(acr) + 3 and name is None:
            m.acronym = acr
            self._acronyms.setdefault(acr, m)
        if m.kind == "name" and self._body_appositive(head):
            # "The Chhattisgarh Bachao Andolan, a coalition of local groups, said": a body,
            # though NER calls the name a person's
            m.name = None
            m.is_org = True
        if m.kind == "name" and m.name == m.span and m.role is None and m.appos is None \
                and self._short_of_org(m, head):
            # "Al Rimal said" after "an inquiry into Al Rimal Contracting": the company by the
            # first words of its name, not a person NER never tagged
            m.name = None
            m.is_org = True
        if m.kind == "name" and name is None and head.tag_ == "NNPS":
            # ("Consumer group InfoCons": the singular noun before it says one body, whatever
            # the tagger makes of a name ending in -s)
            m.plural = not self._typed_body_name(head)
        return m

    def _titled_person(self, head: Token) -> bool:
        """A person's name with an office in apposition ("Lorna Sy, president of the Grains
        Retailers Confederation, which groups ..."): the "which" is the body's, not hers."""
        return head.ent_type_ == "PERSON" and any(
            c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > head.i
            and c.lower_ in _WEAK_TITLES | _CORPORATE_ROLES for c in self.doc.kids(head))

    def _body_appositive(self, head: Token) -> bool:
        """A proper name with a body noun in apposition after it ("X, a coalition of local
        groups", "Y, a subsidiary of Z"): placement_words' body_appositives."""
        return head.pos_ == "PROPN" and not self.in_quote[head.i] and any(
            c.dep_ == "appos" and (c.pos_ == "NOUN" or c.text.isupper()) and c.i > head.i
            and (c.lemma_.lower() in _BODY_APPOSITIVES or c.lower_.rstrip("s") in _BODY_APPOSITIVES)
            # ("a Bogor-based NGO": the tagger calls the initials a proper noun)
            and any(d.dep_ == "det" and d.lower_ in ("a", "an", "the") or d.dep_ == "poss"
                    for d in self.doc.kids(c))  # ("X, the iwi's governance entity")
            for c in self.doc.kids(head))

    def _short_of_org(self, m: Mention, head: Token) -> str | None:
        """The full name of the organisation the text named before whose first words
        ``m`` is ("Al Rimal" after "Al Rimal Contracting"), when NER tags ``m`` as no
        person; else None."""
        if head.pos_ != "PROPN" or self.in_quote[head.i]:
            return None
        bare = _strip_det(m.text)
        if head.ent_type_ not in ("", "ORG") and not (
                head.ent_type_ == "PERSON" and " " in bare and not any(
                    e.text != bare for e in getattr(self.entities.people.get(
                        surname_key(head.text)), "mentions", ()))):
            # (NER calls "Al Sahwa" a person; a surname someone else in the text bears, as
            # in "Gautam Adani" and "Adani Group", is left to the person rules)
            return None
        full = self._full_org_name(bare)
        if full == bare or self.text.find(full) < 0 or self.text.find(full) >= m.start:
            return None
        return full

    def _firm_by_role_word(self, m: Mention) -> bool:
        """The speaker's name, as the whole mention, follows a company role word ("space
        startup Meghdoot Space", "carmaker Hoshino Motors") that the mention left out."""
        if m.kind != "name" or m.name is None or m.role or m.appos or m.name != m.span:
            return False
        a = bisect_tok(self.doc, m.name[0])
        b = bisect_tok(self.doc, m.name[1] - 1) + 1
        return a > 0 and self.doc[a - 1].lower_ in self.rules.company_roles \
            and self._org_like_name(a, b, a - 1)

    def _firm_officer_title(self, m: Mention) -> bool:
        """A company officer's title stands right before the name, with no body of its own
        ("Chief Financial Officer X", "co-founder and chief executive X"; not "Straits chief
        executive X" or "the bank's CFO X", which name the firm and go by other rules)."""
        if m.name is None:
            return False
        lo = self.doc[bisect_tok(self.doc, m.start)].sent.start_char
        before = self.text[max(lo, m.name[0] - 80):m.name[0]]
        hit = _FIRM_OFFICER_RE.search(before)
        if hit is None:
            return False
        ahead = before[:hit.start()].rstrip()
        return not ahead or not (ahead[-1:].isalnum() and ahead.split()[-1][:1].isupper()
                                 and ahead.split()[-1].lower() not in ("the", "its", "said")) \
            and not ahead.endswith(("'s", "’s"))

    def _firm_just_named(self, before: int) -> ActorRef | None:
        """The organisation the sentence before char ``before`` has speak as its subject,
        unless the text calls it a union, an agency or the like."""
        ref = self._body_just_named(before)
        if ref is None or ref.group_type != "organisation" or self._named_non_firm(ref.actor) \
                or _words(ref.actor) & _NON_FIRM_NAME_WORDS:
            return None  # (nor a body its own name calls a chamber or a union)
        return ref

    def _speaking_firm(self, before: int) -> ActorRef | None:
        """The organisation that last spoke before char ``before`` (within six paragraphs),
        unless the text calls it a union, an agency or the like."""
        para = self.paragraph_of[bisect_tok(self.doc, before)]
        for r in reversed(self.history):
            if r.mention.start >= before:
                continue
            if para - self.paragraph_of[r.mention.head] > 6:
                break
            a = r.actor
            if a.group_type == "organisation" and a.group == a.actor \
                    and not self._named_non_firm(a.actor) \
                    and not _words(a.actor) & _NON_FIRM_NAME_WORDS:
                return a
        return None

    def _seat_before(self, k: int) -> bool:
        """A seat or listing adjective stands right before token ``k`` ("Michigan-based X")."""
        doc = self.doc
        return k > 0 and (bool(_SEAT_WORD.search(doc[k - 1].text))
                          or k > 1 and doc[k - 1].lower_ in ("based", "listed", "headquartered")
                          and doc[k - 2].text == "-")

    def _seat_only_firm(self, m: Mention) -> bool:
        """The mention is a name and, before it, only a seat or listing adjective
        ("Michigan-based Torrence Automotive", "the Toronto-listed Andes Pacific"): words that
        describe companies; a person's description adds a job noun ("London-based analyst X")."""
        if m.kind != "name" or m.name is None or m.appos or m.age:
            return False
        a = bisect_tok(self.doc, m.start)
        b = bisect_tok(self.doc, m.name[0])
        pre = [t for t in self.doc[a:b] if not t.is_punct and t.lower_ not in ("the", "a", "an")]
        return bool(pre) and all(_SEAT_WORD.search(t.text) or t.text in ("-", "based", "listed")
                                 or t.ent_type_ in ("GPE", "LOC") for t in pre) \
            and any(_SEAT_WORD.search(t.text) or t.lower_ in ("based", "listed") for t in pre)

    def _firm_in_apposition(self, m: Mention) -> bool:
        """A name NER took for a person that the next words call a firm: "X, a Perth-based
        importer", "X, an airline that ...", "X, a Geneva company". A trade noun that also
        names a person's job ("X, a wine importer") counts only with a seat ("-based") or a
        "that"/"which" clause; people take "who"."""
        head = self.doc[m.head]
        if m.kind != "name" or head.ent_type_ != "PERSON" or head.pos_ != "PROPN":
            return False
        for c in self.doc.kids(head):
            if c.dep_ != "appos" or c.pos_ != "NOUN" or c.i < head.i \
                    or c.lemma_.lower() not in _FIRM_HEADS | _COMPANY_NOUNS:
                continue
            kids = self.doc.kids(c)
            if not any(d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in kids):
                continue
            if c.lemma_.lower() in _PLAIN_FIRM_NOUNS:
                return True
            words = {self.doc[k].lower_ for k in range(c.left_edge.i, c.i)}
            if "based" in words or any(x.dep_ == "relcl" and any(
                    y.lower_ in ("that", "which") for y in self.doc.kids(x)) for x in kids):
                return True
        return False

    def _described_state_body(self, org: ActorRef, m: Mention) -> ActorRef | None:
        """The state body an earlier speaker's description made of the organisation ``org``
        names: "Belgium's national cybersecurity agency said ..." in the lead, then "the Centre
        for Cybersecurity Belgium (CCB) said" (wire copy describes a body first and names it
        later). The description must be a state body's ("agency", "regulator", "watchdog")
        placed as the government of the organisation's own country, and share a field word
        with its name."""
        if org.group_type != "organisation" or self.registry.match(org.group) is not None:
            return None
        generic = _STATE_BODY_HEADS | _BODY_NOUNS_ALL | _NAME_LINKS | {"national", "watchdog"}
        named = {w for w in re.findall(r"[a-z]{4,}", org.group.lower()) if w not in generic
                 and not self._is_country_word(w.title())}
        if not named:
            return None
        for r in reversed(self.history):
            a = r.mention
            if a.start >= m.start or a.kind not in ("np", "definite") or a.name is not None:
                continue
            if r.actor.group_type != "government" or a.head_lemma not in (
                    _STATE_BODY_HEADS | _REGULATOR_HEADS | {"watchdog"}) \
                    or org.group_country not in (None, r.actor.group_country):
                continue
            shared = named & {w for w in re.findall(r"[a-z]{4,}", a.text.lower())}
            if shared and not self._description_named_otherwise(shared, a.head_lemma, org.actor):
                return replace(r.actor, actor=org.actor, anonymous=org.anonymous)
        return None

    def _description_named_otherwise(self, fields: set[str], head: str, name: str) -> bool:
        """The text names the body a description means, and it is not ``name``: "The water
        regulator Ofwat fined Riverside Water": "water regulator" is Ofwat, not the firm."""
        first = name.split()[0]
        for w in fields:
            for mt in re.finditer(rf"\b{re.escape(w)}\s+{re.escape(head)}\w*\s+([A-Z][\w'’-]*)",
                                  self.text, re.IGNORECASE):
                if mt.group(1) != first and mt.group(1)[:1].isupper():
                    return True
        return False

    def _short_of_named_org(self, m: Mention, name: str) -> str | None:
        """The organisation ``m`` names by the first word of its full name, when NER took that
        one word for a person: "Hanbit said" after "Hanbit Mobile"; None when anybody in the
        text bears the word as a surname ("Gautam Adani" beside "Adani Group") or when the
        mention gives a role or an age (a person, described)."""
        if m.kind != "name" or " " in name or m.role or m.appos or m.age:
            return None
        head = self.doc[m.head]
        if head.ent_type_ != "PERSON" or head.pos_ != "PROPN" or self.in_quote[head.i]:
            return None
        person = self.entities.people.get(surname_key(head.text))
        if person is not None and any(e.text != name for e in person.mentions):
            return None
        full = self._full_org_name(name)
        at = self.text.find(full)
        if full == name or at < 0 or at >= m.start:
            return None
        return full

    def _typed_body_name(self, head: Token) -> bool:
        """A name after the common noun for a body ("Consumer group InfoCons", "rights group
        Alarm Phone", "mining company Kanker"), whatever NER calls it: a body, so "its
        president" after it is that body's."""
        return head.pos_ == "PROPN" and any(
            c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < head.i and c.text.islower()
            and c.lemma_.lower() in _ORG_HEADS and not self.in_quote[c.i]
            for c in self.doc.kids(head))

    def _role_noun(self, head: Token) -> bool:
        """A noun for a person's job ("director", "spokesman", "minister")."""
        low = head.lemma_.lower()
        r = self.rules
        return head.pos_ == "NOUN" and (low in _MEMBER_ROLES or low in r.spokesperson_heads or low in {
            "minister", "secretary", "governor", "mayor", "commander", "official", "officer",
            "manager", "chief", "head", "leader", "editor", "analyst", "lawyer", "prosecutor",
            # the heads of an Indonesian regency and of a French or West African prefecture
            "regent", "prefect"})

    def _first_name(self, m: Mention) -> str | None:
        if m.name is None:
            return None
        toks = [t for t in tokenize(self.text[m.name[0]:m.name[1]])
                if t.norm not in _TITLE_ABBREV and t.norm not in _GENDER_TITLES
                and t.norm not in _TITLE_WORDS]
        return toks[0].norm if len(toks) >= 2 else None

    def _gender_words(self, m: Mention) -> set[str]:
        """Role and title words that tell gender: lower-case words before a preposition, and
        titles (Mr, Mrs, Ms); "King's College" says nothing about the speaker."""
        t = self.text
        out: set[str] = set()
        for sp in ((m.start, m.end), m.role, m.appos):
            if not sp:
                continue
            for tok in tokenize(t[sp[0]:sp[1]]):
                if tok.norm in _KEEP_PREPS:
                    break
                if tok.shape[:1].islower() or tok.norm in _GENDER_TITLES:
                    out.add(tok.norm)
        return out

    def context_text(self, m: Mention) -> str:
        """Mention, role and appositive: everything the sentence says about the speaker."""
        t = self.text
        parts = [m.text]
        for sp in (m.role, m.appos, m.display, self._role_clause(m), self._name_origin(m)):
            if sp and t[sp[0]:sp[1]] not in parts:
                parts.append(t[sp[0]:sp[1]])
        return " ; ".join(parts)

    def _name_origin(self, m: Mention) -> Span | None:
        """'One of them, Moustapha Diallo, 24, from Thiès, said': where the appositive name
        comes from, which the parser hangs on the name outside the mention ("from Thiès")."""
        if m.name is None or m.name[1] <= m.end:
            return None
        doc = self.doc
        name = doc[bisect_tok(doc, m.name[1]) - 1]
        for c in doc.kids(name):
            if c.dep_ == "prep" and c.lower_ == "from" and c.i > name.i and not self.in_quote[c.i]:
                pobj = next((p for p in doc.kids(c) if p.dep_ == "pobj"), None)
                if pobj is not None and pobj.ent_type_ in ("GPE", "LOC"):
                    return (c.idx, pobj.idx + len(pobj.text))
        return None

    def _role_clause(self, m: Mention) -> Span | None:
        """', who heads the institute's infectious disease unit': a relative clause that
        states the speaker's job (cached by head: asked for every placement)."""
        hit = self._role_clauses.get(m.head, _MISSING)
        if hit is _MISSING:
            hit = self._role_clauses[m.head] = self._role_clause_uncached(m)
        return hit

    def _role_clause_uncached(self, m: Mention) -> Span | None:
        doc = self.doc
        h = doc[m.head]
        k = h.i + 2
        if k < len(doc) and doc[k - 1].text == "," and doc[k].lower_ == "whose" \
                and not self.in_quote[k] and doc[k].head.pos_ == "NOUN" and doc[k].head.i > k \
                and doc[k].head.lemma_.lower() in _BODY_NOUNS_ALL | _MEMBER_BODY_WORDS:
            # "Tomáš Kadlec, whose Česko 2030 movement won the most seats": the body the
            # clause says is the speaker's (the phrase "whose" owns, not what it did; the
            # parser often makes the clause's verb the name's)
            owned = doc[k].head
            return (doc[k + 1].idx, owned.idx + len(owned.text))
        if k < len(doc) and doc[k - 1].text == "," and doc[k].lower_ == "whose" \
                and not self.in_quote[k] and doc[k].head.i > k \
                and doc[k].head.lower_ in _KIN_WORDS and doc[k].head.dep_ in ("nsubj", "nsubjpass"):
            # "Claudia H., whose father died in the home": a relative of someone the story is
            # about; the kin word is what the sentence says of her (she speaks as the public)
            kin = doc[k].head
            return (doc[k + 1].idx, kin.idx + len(kin.text))
        for c in self.doc.kids(h):
            if c.dep_ == "relcl" and c.lemma_.lower() in _ROLE_VERBS and c.i > h.i:
                end = c.right_edge
                return (c.idx, end.idx + len(end.text))  # "studies migration at ... in The Hague"
            if c.dep_ == "prep" and c.lower_ in ("from", "of", "at", "with") and c.i > h.i + 1 \
                    and self.doc[c.i - 1].text == "," and not self.in_quote[c.i]:
                # "Ahmed Saleh, from the Egyptian health ministry, said"
                end = c.right_edge
                return (c.idx, end.idx + len(end.text))
        return None

    # ---------------------------------------------------------------- resolution
    def _last_name(self, m: Mention) -> str | None:
        if m.name is None:
            head = self.doc[m.head]
            if m.kind == "name" and head.pos_ == "PROPN" and head.ent_type_ not in ("GPE", "NORP") \
                    and self.registry.match(head.text) is None:
                return surname_key(head.text)  # NER sometimes calls a surname an ORG
            return None
        return surname_key(self.text[m.name[0]:m.name[1]])

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
        family = self._family_name_first(r.antecedent)
        if family:
            # "Governor Rhee Chang-yong ... Rhee said": the family name comes first
            self._names.setdefault(family, r)

    def _titled_family_name(self, m: Mention, ln: str | None) -> Mention | None:
        """"Dr Tan replied" after "Manpower Minister Tan See Leng": a courtesy title with the
        first word of one earlier three-word name (a family name written first, as Chinese
        names are) is that person, when no one else bears the word as a surname."""
        if not ln or ln in self._names:
            return None
        words = _strip_det(m.text).split()
        if len(words) != 2 or words[0].lower().rstrip(".") not in _GENDER_TITLES | {"dr", "prof", "professor"}:
            return None
        hits = {id(r.antecedent): r.antecedent for r in self.history
                if r.antecedent.name is not None and r.mention.start < m.start
                and len(names := self.text[r.antecedent.name[0]:r.antecedent.name[1]].split()) == 3
                and names[0].lower() == ln}
        return next(iter(hits.values())) if len(hits) == 1 else None

    def _family_name_first(self, m: Mention) -> str | None:
        """The family name of a name written family name first with a hyphenated given
        name, as Korean names are romanised ("Rhee Chang-yong", "Park Sang-hyun")."""
        if m.name is None:
            return None
        words = self.text[m.name[0]:m.name[1]].split()
        if len(words) != 2 or "-" not in words[1].strip("-") or not words[1][:1].isupper() \
                or not words[0].isalpha() or not words[1].split("-")[1][:1].islower():
            return None
        toks = tokenize(words[0])
        return toks[0].norm if toks else None

    def _gender_of(self, m: Mention) -> str | None:
        ln = self._last_name(m)
        if ln and ln in self._gender:
            return self._gender[ln]
        return m.gender

    def _country_not_surname(self, name: str) -> bool:
        """``name`` is a country's name and no person in the text bears it ("Armenia" that NER
        took for a person; not "Jordan" after "Michael Jordan", nor "Chad" after "Chad Ellis")."""
        if not self._is_country_word(name) or self.registry.countries.find(name, cities=False) is None:
            return False
        word = name.lower()
        person = self.entities.people.get(word)
        if person is not None and person.full_names:
            return False
        return not any(word in {t.lower_ for t in ent} for ent in self.entities.full_persons)

    def _is_person(self, m: Mention) -> bool:
        if m.name is not None and m.head_lemma in _NON_PERSON_HEADS \
                and self.text[m.start:m.end].lower().startswith("the "):
            return False  # "the Air Pollutant Index", which the tagger took for a person
        if m.name is not None and self._country_not_surname(self.text[m.name[0]:m.name[1]]):
            return False  # "a humanitarian step by Azerbaijan" that NER took for a person
        if m.name is not None:
            return True
        if m.kind == "name" and m.age and not m.plural:
            return True  # "Treviño, 41, said" (NER saw no person): only people have an age
        if self._appos_person_name(m) is not None:
            return True  # "The rapporteur, Swedish centre-right MEP Karl Engström": a person
        if m.kind == "name" and m.appos and not m.plural:
            # "Mahlangu, a Democratic Alliance councillor" (NER took the surname for a body):
            # an appositive whose head is a person's office or job
            words = self.text[m.appos[0]:m.appos[1]].lower().split()
            if len(words) > 1 and words[0] in ("a", "an") \
                    and words[-1] in _LEGISLATOR_ROLES | self.rules.person | self.rules.public \
                    | self.rules.spokesperson_heads:
                return True
        people = self.rules.anonymous_heads | self.rules.spokesperson_heads | self.rules.person \
            | self.rules.public | {"minister", "president", "governor", "general", "commander",
                                   "secretary", "mayor", "envoy", "ambassador", "chief", "head",
                                   "director", "leader", "premier", "senator", "officer"}
        if self._titled_name_head(m, people):
            return True  # "Hamas official Bassem Naim" (NER: a place): a role word, then a name
        if m.is_org or m.plural:
            return False
        if m.head_lemma in _NON_PERSON_HEADS:
            return False  # "local demand", "the Air Pollutant Index": a public word modifies a thing
        people = people | _LEGISLATOR_ROLES  # "A Golkar legislator who asked not to be named"
        return m.head_lemma not in _ORG_HEADS and (m.words & people) != frozenset()

    def _titled_name_head(self, m: Mention, people: frozenset[str]) -> bool:
        """The mention ends in a run of two or more capitalised proper nouns right after a
        lower-case person word ("Hamas official Bassem Naim", "militia commander Abu Khaled"):
        a named person, whatever label NER gave the name."""
        doc = self.doc
        h = doc[m.head]
        if h.pos_ != "PROPN" or not h.text[:1].isupper() or h.idx + len(h.text) != m.end:
            return False
        k = h.i
        while k - 1 >= 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper() \
                and doc[k - 1].idx >= m.start:
            k -= 1
        if h.i - k < 1 or k - 1 < 0 or doc[k - 1].idx < m.start:
            return False
        role = doc[k - 1]
        return role.text.islower() and role.pos_ in ("NOUN", "ADJ") and role.lower_ in people
