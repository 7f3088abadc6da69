"""The resolved speaker: anonymity, issuers, joint sources, document authors, the entity table's
profile.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from analysis.attribution.mention import Mention, Resolved
from analysis.attribution.names import _phrases, _strip_det
from analysis.attribution.spans import _seen_by, _words, bisect_tok
from analysis.attribution.words import (
    _AUTHOR_PARTICIPLES,
    _COMPANY_NOUNS,
    _DOC_NOUNS,
    _EU_OFFICE_WORDS,
    _EU_STORY,
    _INDEFINITE_DETS,
    _INSTITUTION_KINDS,
    _LABOUR_WORDS,
    _MEMBERS_BODY_NOUNS,
    _OWNER_NOUNS,
    _POLL_NOUNS,
    _UNNAMED_BODY_HEADS,
    _WITHHELD_RE,
)
from analysis.registry import tokenize
from analysis.scoring.grammar import in_condition
from analysis.types import ActorRef


class Sources:
    """The resolved speaker: anonymity, issuers, joint sources, document authors, the entity
    table's profile. Mixed into :class:`analysis.attribution.attributor.Attributor`.
    """

    def _anonymous(self, m: Mention) -> bool:
        if m.name is not None:
            return False
        if m.kind == "pronoun":
            return False
        words = _words(m.text)
        r = self.rules
        head = m.head_lemma
        surface = self.doc[m.head].lower_
        if surface in r.spokesperson_heads or words & {"spokesman", "spokeswoman", "spokesperson"}:
            return False  # an unnamed spokesperson is the institution's own voice
        if m.kind == "name" and head not in r.anonymous_heads and surface not in r.anonymous_heads \
                and self.doc[m.head].pos_ == "PROPN" and surface not in r.public:
            return False  # a name, not "a trader in Akure" (a common noun and a place)
        if self._partly_named(m):
            return False  # "who gave her name only as Anja": identified, if only in part
        if self._withheld_name(m):
            return True  # "an Iranian journalist who asked not to be named"
        if head in r.anonymous_heads or surface in r.anonymous_heads:
            return True
        if surface in _UNNAMED_BODY_HEADS and (surface.endswith("s") or any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "one", "another")
                for c in self.doc.kids(self.doc[m.head]))):
            return True  # "a local rights group", "aid organisations": bodies left unnamed
        # an unnamed ordinary person ("a reader", "another traveller", "patients waiting ...";
        # "Fishermen in Zambales said", which the tagger may call a proper noun)
        return (self.doc[m.head].pos_ == "NOUN" or surface in r.public) \
            and (head in r.public or surface in r.public)

    def _withheld_name(self, m: Mention) -> bool:
        """The text says the speaker's name is withheld: "who asked not to be named", "who
        did not want her name used", "speaking on condition of anonymity"."""
        doc = self.doc
        h = doc[m.head]
        end = min(len(doc), h.right_edge.i + 1, h.i + 30)
        text = " ".join(doc[k].lower_ for k in range(h.i + 1, end) if not self.in_quote[k])
        return bool(_WITHHELD_RE.search(text))

    def _partly_named(self, m: Mention) -> bool:
        doc = self.doc
        h = doc[m.head]
        end = min(len(doc), h.right_edge.i + 1, h.i + 25)
        for k in range(h.i + 1, end - 1):
            if doc[k].lower_ == "as" and doc[k + 1].pos_ == "PROPN" and any(
                    doc[x].lemma_.lower() in ("name", "identify", "call", "know")
                    for x in range(max(h.i, k - 4), k)):
                return True
            if doc[k].lower_ in ("name", "surname", "nickname") and not self.in_quote[k]:
                # "who gave only his first name, Joseph": named, if only in part
                nxt = k + 2 if doc[k + 1].text == "," and k + 2 < len(doc) else k + 1
                if nxt < len(doc) and doc[nxt].pos_ == "PROPN" and doc[nxt].text[:1].isupper():
                    return True
        return False

    def _issuer(self, m: Mention, before: int) -> Resolved | None:
        """For "the statement said": the latest institution or named speaker before it."""
        if m.kind != "definite" and any(_seen_by(c) for c in self.doc.kids(self.doc[m.head])):
            # "letters seen by Reuters": someone's letters, not the last speaker's ("The
            # letter, seen by AFP," is the one the story has told of)
            return None
        para = self.paragraph_of[m.head]
        found: Resolved | None = None
        for r in reversed(self.history):
            if r.mention.start >= before or r.mention.start >= m.start:
                continue
            if para - self.paragraph_of[r.mention.head] > 3:
                break
            a = r.antecedent
            if a.head_lemma in _DOC_NOUNS or r.actor.group_type == "unknown":
                continue
            if in_condition(self.doc[r.mention.head]):
                continue  # "... if the government continues to interfere": supposed, no issuer
            if a.is_org or a.name is not None or r.actor.source == "registry" \
                    or a.head_lemma in self.rules.spokesperson_heads \
                    or self.paragraph_of[r.mention.head] == para and self._reports(r.mention) \
                    and r.actor.group_type in ("government", "military"):
                # ("A spokesman for the Foreign Ministry released a press statement": the
                # institution's voice on the record issued it; "The Tajik border troops said
                # X. '...,' the statement said": a state's forces that reported in the
                # paragraph, though no body's name)
                if found is not None and self.paragraph_of[r.mention.head] < para:
                    break  # (a reporter of the paragraph before is no better than it)
                if self._reports(r.mention) and r.actor.group_type != "public":
                    # "In a statement, ISPR alleged that Indian forces had targeted civilians
                    # ... Pakistani troops, the statement said, had ...": the subjects inside
                    # what the paragraph's speaker reported are no issuer; that speaker is
                    return r
                if found is None:
                    found = r
        return found

    def _reports(self, mention: Mention) -> bool:
        """The mention is the subject of a reporting verb outside quotes ("ISPR alleged")."""
        h = self.doc[mention.head]
        return h.dep_ in ("nsubj", "nsubjpass") and not self.in_quote[h.i] \
            and h.head.lemma_.lower() in self.report_lemmas

    def resolved(self, m: Mention, before: int) -> Resolved:
        r = self._resolved(m, before)
        r = self._as_named_before(r)
        r = replace(r, actor=self._local_institution_home(r.actor))
        joint = self._joint_source(m, r.actor, before)
        return replace(r, actor=joint) if joint is not None else r

    def _joint_source(self, m: Mention, actor: ActorRef, before: int) -> ActorRef | None:
        """``unknown`` for a subject of two coordinated speakers of different groups ("Police
        and the state water company said", "Farmalink and Savapharm confirmed"): no single
        country or organisation fits (gold dev3 and heldout6 readings). Two of one group
        ("Police and prosecutors said") keep it."""
        if m.kind == "pronoun" or actor.group == "unknown":
            return None
        h = self.doc[m.head]
        first = h.head if h.dep_ == "conj" and h.head.pos_ in ("NOUN", "PROPN") else h
        if first.dep_ not in ("nsubj", "nsubjpass") or self.in_quote[first.i]:
            return None
        # (the "and" after the first subject's head: not "the geology and mining service",
        # "Trinidad and Tobago's prime minister", coordinations inside one speaker's words)
        others = [c for c in self.doc.kids(first) if c.dep_ == "conj" and c.i > first.i
                  and c.pos_ in ("NOUN", "PROPN") and not self.in_quote[c.i]]
        if not others or not any(c.dep_ == "cc" and c.lower_ == "and" and c.i > first.i
                                 for c in self.doc.kids(first)):
            return None
        r = self.rules
        voices = r.government | r.military | r.public | r.person | r.organisation | _COMPANY_NOUNS
        if not all(t.lemma_.lower() in voices or t.lower_ in voices
                   or t.pos_ == "PROPN" and t.ent_type_ in ("ORG", "PERSON", "NORP")
                   for t in (first, *others)):
            return None  # ("the national geology and mining service": one body's trade words)
        span = self.doc[first.left_edge.i:max(c.right_edge.i for c in others) + 1]
        if all(t.text[:1].isupper() or t.lower_ in ("and", "of", "the", "'s", "’s", "&")
               or not t.is_alpha for t in span):
            # ("Trinidad and Tobago's prime minister", "the Department of Environment and
            # Natural Resources": an "and" inside one name)
            return None
        groups = set()
        for t in [first, *others]:
            tm = self.mention_at(t)
            ref = self.actor(self.resolve(tm, before)) if t.i != m.head else actor
            # (a company beside a state body is another voice even where "state" makes the
            # unnamed "state water company" the state's: gold dev3, "police and the state
            # railway company" -> unknown)
            groups.add("#firm" if t.lemma_.lower() in _COMPANY_NOUNS and tm.name is None
                       else ref.group)
        if len(groups) < 2:
            return None
        text = self.doc[first.left_edge.i:max(c.right_edge.i for c in others) + 1].text
        return ActorRef(_strip_det(text), "unknown", None, "unknown", actor.anonymous, "rule")

    def _body_name(self, m: Mention) -> str | None:
        """The proper name of a body a name mention is headed by ("ABS-CBN" in "Broadcaster
        ABS-CBN", "Ofcom"), as the entity table keys organisations; None for people."""
        if m.kind != "name" or m.name is not None:
            return None
        head = self.doc[m.head]
        if head.pos_ != "PROPN" or head.i in self._person_ents:
            return None
        k = bisect.bisect_right(self._ent_starts, head.idx) - 1
        if k >= 0 and self.ents[k].start <= head.i < self.ents[k].end \
                and self.ents[k].label_ in ("ORG", "GPE", "FAC", "WORK_OF_ART"):
            text = self.ents[k].text
        else:
            text = m.text
        return _strip_det(text).replace("’s", "").replace("'s", "").strip() or None

    def _as_named_before(self, r: Resolved) -> Resolved:
        """One body, one placement per article: "ABS-CBN said" after "ABS-CBN, the country's
        largest broadcaster, reported" is the outlet that description placed, not a new
        organisation of that name. A mention that only names the body takes the placement of
        its first mention with words around the name (an appositive, a describing noun),
        when that says more: a state body or an outlet, or anything where the bare name
        places nothing."""
        m = r.antecedent
        name = self._body_name(m)
        if name is None:
            return r
        bare = _strip_det(m.text).replace("’s", "").replace("'s", "").strip()
        described = bare != name or m.role is not None or m.appos is not None
        known = self._named_bodies.get(name)
        if described:
            if known is None and r.actor.group_type != "unknown":
                self._named_bodies[name] = r.actor
            return r
        if known is None or known.group == r.actor.group:
            return r
        if r.actor.group_type == "unknown" or r.actor.group_type == "organisation" \
                and r.actor.source == "rule" and known.group_type in ("government", "military",
                                                                       "media"):
            return Resolved(r.mention, r.antecedent, replace(known, actor=r.actor.actor
                                                             if r.actor.actor != "unknown"
                                                             else known.actor))
        return r

    def _resolved(self, m: Mention, before: int) -> Resolved:
        first = self.doc[bisect_tok(self.doc, m.start)]
        if first.lower_ == "whose" and m.kind != "pronoun":
            # "Senator X, whose Y bloc holds 14 seats, called the deal ...": the parser made
            # the clause's subject the speaker; the speaker is the person the clause describes
            prev = self.doc[first.i - 2] if first.i >= 2 else None
            if prev is not None and self.doc[first.i - 1].text == "," \
                    and prev.pos_ in ("PROPN", "NOUN") and not self.in_quote[prev.i]:
                return self._resolved(self.mention_at(prev), before)
        if m.kind in ("definite", "np") and m.head_lemma in _DOC_NOUNS:
            # the document stays the speaker as written; its actor is whoever issued it,
            # unless it names its source ("documents filed with the court")
            if self._rule(self.context_text(m)) is not None:
                return Resolved(m, m, self.actor(m))
            author = self._document_author(m)
            if author is not None:
                return Resolved(m, m, author)
            issuer = self._issuer(m, before)
            if issuer is not None:
                return Resolved(m, m, issuer.actor)
            return Resolved(m, m, self.actor(m))
        ante = self.resolve(m, before)
        if ante is not m and m.kind == "pronoun" or ante is not m:
            actor = self.actor(ante)
        else:
            actor = self.actor(m)
        if actor.group_type == "unknown" and m.kind in ("definite", "np") and m.name is None \
                and m.head_lemma in _OWNER_NOUNS and not m.plural:
            # "..., the hospital said" after "The Centre Hospitalier Saint-Rémy has closed":
            # the institution the story just named, and the same one for every later
            # "the hospital"
            hit = self._desc_orgs.get(m.head_lemma) or self._subject_org_before(m)
            if hit is not None:
                self._desc_orgs.setdefault(m.head_lemma, hit)
                return Resolved(m, ante, hit[1])  # the speaker stays as written
            # "..., their union said" in a lead that names "The Aviation Workers' Union" next:
            # the body of that kind the text names (the last before, else the first after)
            ref = self._institution_named(m.head_lemma, m.start)
            if ref is not None and ref.group_type == "organisation":
                return Resolved(m, ante, ref)
            if m.head_lemma in _COMPANY_NOUNS and first.lower_ not in _INDEFINITE_DETS:
                # ("One crane operator", "a delivery operator": someone of a trade, no firm
                # the text named)
                # "Ibama said the company had failed" after "fined chemicals maker Quimivale":
                # the last firm the text named, when no company spoke before
                ref = self._body_just_named(m.start)  # the firm that spoke just before
                if ref is None or ref.group_type != "organisation" \
                        or self._named_non_firm(ref.actor):
                    ref = self._last_company(m.start)
                if ref is not None:
                    return Resolved(m, ante, ref)
        if actor.group_type == "unknown":
            known = self._profile(ante)
            if known is not None:
                return Resolved(m, ante, known)
        return Resolved(m, ante, actor)

    def _document_author(self, m: Mention) -> ActorRef | None:
        """"A report by the Washington-based Institute of International Finance said", "a
        study from the University of X found": the body the document names as its author,
        not the last speaker before it."""
        h = self.doc[m.head]
        # "a statement read on state television by Colonel X, a spokesman for the ruling
        # council": the agent of the participle that presents the document is its author too
        presenters = [p for p in self.doc.kids(h) if p.dep_ == "acl" and p.tag_ == "VBN"
                      and p.i > h.i and p.lemma_.lower() in _AUTHOR_PARTICIPLES]
        if h.dep_ == "nsubj" and h.head.tag_ == "VBN" and h.head.i > h.i \
                and h.head.lemma_.lower() in _AUTHOR_PARTICIPLES:
            presenters.append(h.head)  # (the parser may make "read" the verb of "statement")
        preps = [c for c in self.doc.kids(h)] + [
            a for p in presenters for a in self.doc.kids(p) if a.dep_ == "agent"]
        for c in preps:
            if c.dep_ not in ("prep", "agent") or c.lower_ not in ("by", "from") or c.i < h.i \
                    or self.in_quote[c.i]:
                continue
            pobj = next((x for x in self.doc.kids(c) if x.dep_ == "pobj"), None)
            if pobj is None or pobj.pos_ != "PROPN" and not (
                    pobj.pos_ == "NOUN" and any(x.dep_ == "compound" and x.pos_ == "PROPN"
                                                and x.text[:1].isupper() for x in self.doc.kids(pobj))):
                continue  # (also "a survey by the IBRiS institute": a named body's noun)
            pm = self.mention_at(pobj)
            if h.lemma_.lower() in _POLL_NOUNS and pobj.pos_ == "NOUN":
                # "a survey by the IBRiS institute for the daily Rzeczpospolita": the pollster
                # the words before the noun name, not the paper that commissioned it
                nm = _strip_det(self.doc[pobj.left_edge.i:pobj.i + 1].text)
                hit = self.registry.match(nm)
                if hit is None and not self._rule(nm):
                    # (its group is the name, without the kind noun: "IBRiS", not "IBRiS institute")
                    short = self._org_group(re.sub(r"(?:\s+[a-z]+)+$", "", nm) or nm)
                    return ActorRef(nm, short, self._name_country(nm) or self.home_country,
                                    "organisation", False, "rule")
            ref = self.actor(pm)
            if ref.group_type == "public" and h.lemma_.lower() in _POLL_NOUNS and not (
                    pm.role or pm.appos or pm.age):
                # "A survey by Ipsos Peru found": a poll's author is a pollster, whatever NER
                # made of the name (a person with no job is no author of a poll)
                nm = _strip_det(self.text[pm.start:pm.end])
                return ActorRef(nm, self._org_group(nm), self._name_country(nm) or self.home_country,
                                "organisation", False, "rule")
            if ref.group_type != "unknown":
                return ref
        return None

    def _profile(self, m: Mention) -> ActorRef | None:
        """A named person whose speaker mention says nothing of them ("Reindl said"), placed
        by how the article describes that person anywhere else, before or after: "leaving
        Chancellor Markus Reindl without a majority", "Markus Reindl, the chancellor, ...".
        News copy describes a person once and then uses the surname; the description need
        not sit where the person speaks. Only when one person in the text has that name."""
        if m.kind == "pronoun":
            return None
        word = self._last_name(m)
        bare = _strip_det(m.text)
        if word is None and " " not in bare and bare[:1].isupper() and bare[1:].islower():
            word = bare.lower()  # the parser tags a surname that opens a sentence as a noun
        if word is None:
            return None
        person = self.entities.people.get(word)
        if person is None:
            return None
        ents = [e for e in person.mentions if not (e.start_char < m.end and m.start < e.end_char)]
        own = self.text[m.name[0]:m.name[1]] if m.name else bare
        fuller = {e.text for e in ents if len(e) >= 2}
        if len(fuller) == 1 and not (len(own.split()) >= 2 and own not in fuller
                                     and not any(own in f for f in fuller)):
            # (not "Shirin Akter" for "Kalpona Akter": a full name of her own is someone else)
            # the one fuller name elsewhere (beside the speaker's own mention)
            for ent in ents:
                other = self.mention_at(ent.root)
                if other.span == m.span or other.kind == "pronoun":
                    continue
                ref = self.actor(other)
                if ref.group_type != "unknown" and ref.source != "unknown":
                    return replace(ref, anonymous=False)
        if len(person.full_names) != 1:
            return None  # two people of that surname: no stated role is surely this one's
        # "Anna Lindqvist is chief executive of Nordvatten": a role the article states in a
        # clause of its own, placed as if it stood beside the name
        full = next((e for e in person.mentions if len(e) >= 2), None)
        for span in person.descriptions if full is not None else ():
            base = self.mention_at(full.root)
            if base.name is None:
                continue
            described = replace(base, role=span, appos=None, display=None, age=False)
            described.words = _words(self.context_text(described))
            ref = self._place(described)
            if ref.group_type != "unknown" and ref.source != "unknown":
                return replace(ref, actor=self.text[base.name[0]:base.name[1]], anonymous=False)
        return None

    def _subject_org_before(self, m: Mention) -> tuple[Mention, ActorRef] | None:
        """The last organisation or facility named as a clause subject before ``m``, in the
        same sentence or the previous one, outside quotes, that no rule makes a state body
        or an outlet."""
        doc = self.doc
        sent = doc[m.head].sent
        lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        k = bisect.bisect_left(self._ent_starts, m.start)
        for ent in reversed(self.ents[max(0, k - 30):k]):
            if ent.start < lo:
                break
            if ent.label_ not in ("ORG", "FAC") or self.in_quote[ent.start] \
                    or ent.root.dep_ not in ("nsubj", "nsubjpass") or ent.end_char > m.start:
                continue
            if self.registry.match(ent.text) is not None or self._rule(ent.text) is not None:
                continue
            if m.head_lemma in _COMPANY_NOUNS and self._named_non_firm(ent.text):
                continue  # "Ibama said the company had failed", after "the agency Ibama"
            if m.head_lemma in _MEMBERS_BODY_NOUNS \
                    and not _words(ent.text) & (_MEMBERS_BODY_NOUNS | _LABOUR_WORDS):
                continue  # "Kestrel Motors said ... the union said": a firm is no union
            kinds = _words(ent.text) & _INSTITUTION_KINDS
            if m.head_lemma in _INSTITUTION_KINDS and kinds and m.head_lemma not in kinds:
                continue  # "The Football Association said ... the club": no club
            name = _strip_det(ent.text)
            ante = self.mention_at(ent.root)
            return ante, ActorRef(name, self._org_group(name), self._name_country(name), "organisation", False, "rule")
        return None

    def _eu_office(self, m: Mention) -> ActorRef | None:
        """"Dutch Green MEP X", "a member of the European Parliament", "The Council's rotating
        presidency", "Budget Commissioner X" in a story that names the European Commission:
        an office of the EU's institutions is the European Union's voice (gold: an MEP ->
        `European Union`), whatever country or party word stands beside the title."""
        if m.kind == "pronoun":
            return None
        texts = [self.text[sp[0]:sp[1]] for sp in (m.span, m.name, m.role, m.appos) if sp]
        norms = [t.norm for x in texts for t in tokenize(x)]
        hit = bool(_phrases(norms) & _EU_OFFICE_WORDS)
        if self._eu_story is None:
            self._eu_story = bool(_EU_STORY.search(self.text))
        if not hit and self._eu_story:
            # "Budget Commissioner X", "Commission spokesperson X" in a story about the EU's
            # institutions: a portfolio title of the Commission, or its bare capitalised name
            # (not a national one the words place: "Slovakia's Information Commissioner", nor
            # "the Election Commission")
            hit = any((re.search(r"\b[A-Z][a-z]+ Commissioner\b|\bCommissioner for [A-Z]", x)
                       or re.search(r"(?:^|(?:^|\s)(?:[Tt]he|[Aa]n?)\s)Commission (?:spokes|official)", x))
                      and not self.registry.countries.find(x, cities=False) for x in texts)
        if not hit:
            return None
        e = self.registry.match("European Union")
        if e is None:
            return None
        eu = e[0]
        name = self.text[m.name[0]:m.name[1]] if m.name else self._appos_person_name(m)
        return ActorRef(name or _strip_det(m.text), eu.group, eu.group_country, eu.group_type,
                        self._anonymous(m), "registry")
