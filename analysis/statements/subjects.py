"""The speaker of a reporting verb: its subject, inverted and fronted subjects, participle openers,
officers and sources named around the verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.attribution.spans import _body_of_place_role
from analysis.statements.words import _FRONTED_PLACE_NOUNS, _OUTLET_WORDS, _QUOTE_CHARS


class Subjects:
    """The speaker of a reporting verb: its subject, inverted and fronted subjects, participle
    openers, officers and sources named around the verb. Mixed into
    :class:`analysis.statements.extractor._Extractor`.
    """

    def subject_of(self, v: Token) -> tuple[Token | None, Token]:
        """(speaker head, the verb carrying the subject) for a reporting verb."""
        subj, carrier = self._subject(v)
        if subj is not None and subj.tag_ in ("WP", "WDT") and carrier.dep_ == "relcl":
            who = subj.lower_ in ("who", "whom")
            subj = carrier.head  # "a reader who says he lives near Takab"
            while who and subj.dep_ == "pobj" and subj.ent_type_ in ("GPE", "LOC", "FAC") \
                    and subj.head.dep_ == "prep" and subj.head.head.pos_ in ("NOUN", "PROPN"):
                # "a retired engineer from Leeds who said": "who" is a person, so the clause
                # belongs to the noun the place hangs on, not to the place
                subj = subj.head.head
        return subj, carrier

    def _inverted_subject(self, v: Token) -> Token | None:
        """'X, argued Shalev.': a name or noun phrase after a report that follows a comma and
        closes the sentence, which the parser took for an object."""
        d = self.doc
        if v.i < 2 or not (d[v.i - 1].text == "," or d[v.i - 1].text in _QUOTE_CHARS and d[v.i - 2].text == ","):
            return None
        e = self.sents[self.sent_of[v.i]][1]
        for c in self.doc.kids(v):
            if c.i <= v.i or c.dep_ not in ("dobj", "npadvmod", "attr", "oprd", "appos", "nsubj", "dative"):
                continue
            if c.pos_ not in ("PROPN", "NOUN") or self.in_quote[c.i]:
                return None
            if all(d[k].is_punct or d[k].is_space for k in range(c.right_edge.i + 1, e)) \
                    and (self._speakerish(c) or c.text[:1].isupper()):
                return c  # a capitalised word the tagger did not know is a name
            return None
        return None

    def _source_phrase(self, v: Token) -> Token | None:
        """'It was reported on Rossiya-24 television that ...': the outlet in a prepositional
        phrase of an impersonal report."""
        for c in self.doc.kids(v):
            if c.dep_ in ("prep", "agent") and c.lower_ in ("on", "by", "in", "from"):
                pobj = next((p for p in self.doc.kids(c) if p.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                text = self.doc[pobj.left_edge.i:pobj.i + 1].text
                hit = self.reg.match(text)
                if hit is not None and hit[0].kind == "outlet":
                    return pobj
                words = {t.lower_ for t in pobj.subtree}
                if words & _OUTLET_WORDS:
                    return pobj
        return None

    def _fronted_place_subject(self, v: Token) -> Token | None:
        """"In Alexandria, shopkeeper Samir Fawzy, 51, said: ...": after a fronted place the
        parser can hang the speaker on the place as its appositive and leave the verb with no
        subject; the appositive that runs up to the verb is the speaker."""
        for c in self._fronted_preps(v):
            pobjs = [p for p in self.doc.kids(c) if p.dep_ == "pobj"]
            # "At a taco stand in downtown Monterrey, Jorge Salas, 52, said": the place may be
            # the object of a preposition inside the fronted phrase, and an age may follow
            pobjs += [q for p in pobjs for r in self.doc.kids(p) if r.dep_ == "prep"
                      for q in self.doc.kids(r) if q.dep_ == "pobj"]
            for pobj in pobjs:
                # ("In the camp at Palabek, Mary Akello Lagu, a mother of five, said": the
                # parser may make the speaker a conjunct of the place, with no "and" between)
                joined = not any(k.dep_ == "cc" for k in self.doc.kids(pobj))
                for ap in self.doc.kids(pobj):
                    if not (ap.dep_ == "appos" or ap.dep_ == "conj" and joined) or not all(
                            t.is_punct or t.like_num and t.dep_ == "appos"
                            for t in self.doc[ap.right_edge.i + 1:v.i]):
                        continue
                    # "In Alexandria, Egypt's second city, shopkeeper X": the last conjunct
                    while (nxt := [k for k in self.doc.kids(ap) if k.dep_ == "conj"]):
                        ap = nxt[-1]
                    if ap.ent_type_ in ("PERSON", "ORG", "NORP") or ap.pos_ == "NOUN" \
                            and ap.lemma_.lower() not in _FRONTED_PLACE_NOUNS and not ap.ent_type_:
                        return ap
        return None

    def _officer_of_subject(self, c: Token) -> Token | None:
        """"Law Society of Kenya president Faith Odhiambo said": the parser made the body the
        subject and hung the officer on its "of"; the officer (a person's name with a
        lower-case role noun before it) is the speaker."""
        if c.pos_ != "PROPN":
            return None
        for of in self.doc.kids(c):
            if of.dep_ != "prep" or of.lower_ not in ("of", "for"):
                continue
            for p in self.doc.kids(of):
                if p.dep_ == "pobj" and p.pos_ == "PROPN" and p.ent_type_ == "PERSON" \
                        and getattr(_body_of_place_role(self.doc, p, self.doc.kids), "i", -1) == c.i:
                    return p
        return None

    def _participle_opener_subject(self, c: Token) -> Token | None:
        """"Reacting, Lagos State Governor X, through his spokesman, said": the parser can make
        the opening participle the subject and hang the name after its comma on it; the
        phrase after the comma is the speaker."""
        d = self.doc
        if c.tag_ != "VBG" or c.i + 1 >= len(d) or d[c.i + 1].text != "," \
                or c.i != self.sents[self.sent_of[c.i]][0]:
            return None
        return next((k for k in d.kids(c) if k.i > c.i + 1 and k.pos_ in ("PROPN", "NOUN")
                     and k.dep_ in ("npadvmod", "appos", "nsubj", "dobj")), None)

    def _interposed_participle_subject(self, c: Token, v: Token) -> Token | None:
        """"Spokesperson Lin Jian, asked about the reports at a briefing, said X": the parser
        reads the participle between commas as a past-tense verb with the name as its subject
        and leaves the report with none; the name before the first comma is the speaker."""
        d = self.doc
        if c.tag_ not in ("VBD", "VBN") or c.i == 0 or d[c.i - 1].text != "," \
                or d[c.right_edge.i + 1].text != "," or c.right_edge.i + 2 != v.i:
            return None
        return next((k for k in d.kids(c) if k.dep_ == "nsubj" and k.i < c.i - 1
                     and k.pos_ in ("PROPN", "NOUN")), None)

    def _fronted_preps(self, v: Token) -> list[Token]:
        """The prepositions fronted before a reporting verb: its own ("In Alexandria, ...") and
        those of a fronted participle ("Speaking at a news conference in Djibouti City, the
        minister of infrastructure, X, said": the parser hangs the speaker on the city)."""
        out = []
        for c in self.doc.kids(v):
            if c.i > v.i:
                continue
            if c.dep_ == "prep":
                out.append(c)
            elif c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < v.i:
                out += [p for p in self.doc.kids(c) if p.dep_ == "prep"]
            elif c.dep_ == "advmod" and c.i < v.i and c.lower_ in ("back", "home", "over", "out"):
                # "Back in the village of Lamjung, his father, a retired soldier, said"
                out += [p for p in self.doc.kids(c) if p.dep_ == "prep"]
        return out

    def _relative_clause_owner(self, h: Token) -> Token | None:
        """The verbless sentence's root noun whose relative clause holds ``h`` ("Kayhan
        newspaper, whose editor is appointed by X"), if ``h`` sits in such a clause."""
        k = h
        for _ in range(8):
            if k.dep_ == "relcl":
                root = k.head
                if root.dep_ == "ROOT" and root.pos_ in ("NOUN", "PROPN") and root.i < k.i \
                        and not self.in_quote[root.i]:
                    return root
                return None
            if k.head is k:
                return None
            k = k.head
        return None

    def _subject(self, v: Token) -> tuple[Token | None, Token]:
        if self._headline_claim_subject(v) is not None:
            left = next(c for c in self.doc.kids(v) if c.dep_ == "ccomp" and c.i < v.i)
            return next(c for c in self.doc.kids(left) if c.dep_ == "nsubj"), v
        subjects = [c for c in self.doc.kids(v) if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        expl = any(c.dep_ == "expl" for c in self.doc.kids(v))
        if subjects:
            c = subjects[-1]
            if len(subjects) > 1 and self._clause_subject_after(v) is c:
                # "X, Y, said clubs needed to ...": "clubs" opens the claim; X speaks
                c = subjects[-2]
            if expl or c.dep_ == "nsubjpass" and c.lower_ in ("it", "this"):
                return self._source_phrase(v), v
            if c.dep_ == "nsubjpass" and v.lemma_.lower() != "quote":
                # "X was told that": X is the addressee; look for an agent
                ag = next((a for a in self.doc.kids(v) if a.dep_ == "agent"), None)
                pobj = next((p for p in self.doc.kids(ag) if p.dep_ == "pobj"), None) if ag else None
                return pobj or self._source_phrase(v), v
            return self._participle_opener_subject(c) or self._officer_of_subject(c) or c, v
        if expl:
            return self._source_phrase(v), v
        for c in self.doc.kids(v):
            if c.dep_ == "advcl" and c.i < v.i:
                opener = self._participle_opener_subject(c) or self._interposed_participle_subject(c, v)
                if opener is not None:
                    return opener, v  # (the participle as a clause of the report)
        for c in self.doc.kids(v):
            if c.dep_ == "agent":
                pobj = next((p for p in self.doc.kids(c) if p.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj, v
        h = v.head
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in self.doc.kids(v)) and h is not v:
            # "X is alleged to have told ...": the raised subject of the passive
            subj = next((c for c in self.doc.kids(h) if c.dep_ in ("nsubjpass", "nsubj")), None)
            if subj is not None and subj.lower_ not in ("it",):
                return subj, h
        if v.dep_ == "acl" and v.i > 0 and self.doc[v.i - 1].text == ",":
            outer = self._relative_clause_owner(h)
            if outer is not None:
                # "Kayhan, whose editor is appointed by Ayatollah X, called on ...": the
                # parser hung the report on the last name of the relative clause; the noun the
                # clause describes (the sentence has no other verb) speaks
                return outer, v
        if v.dep_ == "acl" and (h.pos_ == "PROPN" or h.pos_ == "NOUN" and v.tag_ == "VBD"
                                and h.dep_ == "ROOT") and v.i > 0 and self.doc[v.i - 1].text == ",":
            # "Russia, which has peacekeepers there, called on ..."; "X's executive director,
            # Faith O., called on ...": the parser made the report a clause of the subject
            return h, v
        if v.dep_ == "acl" and v.tag_ == "VBG" and h.pos_ == "NOUN" and h.dep_ == "ROOT" \
                and v.i > 0 and self.doc[v.i - 1].text == ",":
            # "Negotiations ... stalled as developing countries rejected a deal, saying X": the
            # parser made the sentence's first noun its root and the verbs its clauses; the
            # nearest clause's subject before the comma says X
            subj = next((k for k in reversed(self.doc.toks[h.i + 1:v.i]) if k.dep_ == "nsubj"
                         and k.head.pos_ in ("VERB", "AUX") and not self.in_quote[k.i]), None)
            if subj is not None:
                return subj, v
        if v.dep_ == "acl" and v.tag_ == "VBG" and h.pos_ in ("NOUN", "PROPN"):
            return h, v  # "reports alleging that X", "a statement saying X"
        if v.dep_ == "ROOT" and self._is_headline(v.i):
            # headline "Ministry confirms outbreak, says schools will stay open": the parser
            # makes the first predicate a clause of the second; its subject speaks
            left = [c for c in self.doc.kids(v) if c.i < v.i and c.dep_ in ("ccomp", "conj", "advcl")
                    and c.pos_ in ("VERB", "AUX")]
            subj = next((c for c in self.doc.kids(left[-1]) if c.dep_ == "nsubj"), None) if left else None
            if subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.lemma_.lower() not in self.verbs.frames:
                return subj, v
        inv = self._inverted_subject(v)
        if inv is not None:
            return inv, v
        fronted = self._fronted_place_subject(v)
        if fronted is not None:
            return fronted, v
        if v.dep_ == "conj" and h.dep_ == "ccomp" and h.head.lemma_.lower() in self.verbs.frames:
            # "told reporters that X and urged Moscow to ...": the parser hung the second report
            # on the first one's clause; the speaker is the first report's
            return self._subject(h.head)
        if v.dep_ == "conj" and h.dep_ == "relcl":
            # "said the patrol was in waters that belong to Venezuela and accused Georgetown of
            # ...": hung on a relative clause deeper in the first report's clause, the second
            # report is still the first reporter's (a relative clause does not accuse)
            k = h
            for _ in range(8):
                if k.dep_ == "ccomp" and k.head.lemma_.lower() in self.verbs.frames:
                    return self._subject(k.head)
                if k.head is k:
                    break
                k = k.head
        # participles, conjuncts, "quoted as saying": walk up to a verb with a subject
        fallback: tuple[Token | None, Token] | None = None
        h = v
        participle = v.tag_ == "VBG"
        for _ in range(7):
            if h.dep_ not in ("conj", "xcomp", "advcl", "pcomp", "prep", "acl", "dobj", "pobj",
                              "relcl", "ccomp") or h.head is h:
                break
            if h.dep_ == "ccomp" and not participle:
                break
            h = h.head
            if h.pos_ not in ("VERB", "AUX"):
                continue
            subj = next((c for c in self.doc.kids(h) if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                continue
            if h.lemma_.lower() in self.verbs.frames:
                if subj.lower_ in ("it",) and subj.dep_ == "nsubjpass":
                    return self._source_phrase(h), h
                return subj, h
            if fallback is None:
                fallback = (subj, h)
                if not participle:
                    break
        return fallback if fallback else (None, v)
