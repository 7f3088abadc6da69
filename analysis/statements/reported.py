"""Reported speech: a reporting verb outside quotes takes its content from the parse tree
(complement clauses, objects, cited and medium clauses).
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.statements.shared import _two_phrases
from analysis.statements.words import _ADDRESSEE_VERBS, _SOURCING_PARTICIPLES


class ReportedSpeech:
    """Reported speech: a reporting verb outside quotes takes its content from the parse tree
    (complement clauses, objects, cited and medium clauses). Mixed into
    :class:`analysis.statements.extractor._Extractor`.
    """

    # ------------------------------------------------------------------ pass 2: reported
    def reported(self) -> None:
        d = self.doc
        for t in d:
            if self.in_quote[t.i]:
                continue
            lemma = t.lemma_.lower()
            if lemma not in self.verbs.frames:
                continue
            if not any(self.is_cue(t, f) for f in ("clause", "object_as", "object_complement",
                                                    "np_content", "accuse", "object_infinitive",
                                                    "of_object", "np_object")):
                continue
            if self._headline_noun(t):
                continue
            if lemma in self.verbs.own_act and self._inside_a_report(t):
                continue
            for content, method in self._contents(t):
                self._add_reported(t, content, method)

    def _inside_a_report(self, v: Token) -> bool:
        """Whether verb ``v`` stands inside another report: in the complement of a reporting
        verb above it ("said her office had ordered X to Y"), or with a closing report hung on
        it ("France has ordered X to Y, the foreign ministry said"). A report beside it ("said
        X and ordered Y to Z") does not count."""
        x = v
        if v.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in self.doc.kids(v)) \
                and v.head.dep_ == "ccomp" and v.head.head.lemma_.lower() in self.verbs.frames:
            # "said the rule was unfair and ordered X to Y": the parser may hang the second
            # predicate on the reported clause; with no subject of its own it is the speaker's
            x = v.head.head
        while x.head.i != x.i:
            if x.dep_ in ("ccomp", "xcomp", "advcl", "parataxis") \
                    and x.head.lemma_.lower() in self.verbs.frames:
                return True
            x = x.head
        return any(c.dep_ in ("ccomp", "parataxis") and c.i > v.i
                   and c.lemma_.lower() in self.verbs.frames for c in self.doc.kids(v))

    def _subject_taken_for_object(self, v: Token, c: Token,
                                  rng: tuple[int, int]) -> tuple[int, int]:
        """"said water shortages during summer made the intake 'the most sensitive ...'": the
        parser can take the clause's subject for the reporting verb's object and leave the
        clause with none; the object (with what follows it up to the clause) opens the claim.
        Not for a hearer ("told reporters ...", "warned them ...") nor for a clause with a
        subject of its own."""
        d = self.doc
        if v.lemma_.lower() not in ("say", "add", "insist", "argue", "claim", "believe",
                                    "estimate", "note", "stress", "predict", "suggest") \
                or any(x.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark")
                       for x in d.kids(c)) or d[rng[0]].lower_ == "that":
            return rng
        obj = next((x for x in d.kids(v) if x.dep_ == "dobj" and v.i < x.i < rng[0]), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN") or self.in_quote[obj.i]:
            return rng
        between = range(obj.right_edge.i + 1, rng[0])
        if any(d[k].is_punct or d[k].head.i != v.i and not any(
                a.i in between for a in d[k].ancestors) for k in between):
            return rng  # only phrases hung on the verb ("during summer") may sit between
        return (obj.left_edge.i, rng[1])

    def _contents(self, v: Token) -> list[tuple[tuple[int, int], str]]:
        out: list[tuple[tuple[int, int], str]] = []
        lemma = v.lemma_.lower()
        if self.verbs.has(lemma, "clause"):
            for c in (*self.doc.kids(v), *self._medium_that_clauses(v), *self._cited_clauses(v)):
                if c.i == v.i or c.dep_ != "ccomp" and not self._that_advcl(c, v) \
                        and not self._medium_that_clause(c, v):
                    continue
                tail = self._trailing_report(c, v)
                if tail is not None:
                    # "X said A, the agency reports": the parser hung the agency's report on
                    # "said"; A (if the report holds it) is X's, "X said A" the agency's
                    comma, subj = tail
                    if c.left_edge.i < comma:
                        out.append(((c.left_edge.i, comma), ""))
                    self._add_trailing(c, subj, (v.left_edge.i, comma))
                    continue
                if self._is_question(c) or not self._is_clause(c, v):
                    continue
                if c.i < v.i and self._headline_verb(v):
                    continue  # 'Opposition rejects result, alleges fraud': two predicates
                if c.i < v.i:
                    vs = next((x for x in self.doc.kids(v) if x.dep_ in ("nsubj", "nsubjpass")
                               and x.i > c.right_edge.i), None)
                    if vs is not None and _two_phrases(self.doc, vs.left_edge.i, v.i):
                        continue  # 'X said A, a charge police denied': a comment, not a report of A
                if c.i < v.i and self._is_headline(v.i) and (any(
                        x.dep_ == "ccomp" and x.i > v.i for x in self.doc.kids(v))
                        or self._headline_claim_subject(v) is not None):
                    continue  # 'Bank holds rate, says inflation fight far from over': the
                    # headline's claim follows the verb, the clause before is news
                if c.i < v.i and self.in_quote[c.i] and self.tight_verb.get(self.quote_of[c.i]) == v.i \
                        and c.right_edge.i > self.q_tokens[self.quote_of[c.i]][1]:
                    continue  # '"X," one of them, who ..., told Y': the quote pass has X; the
                    # parser let the clause run over the speaker
                fw = self._first_word(c.left_edge.i, c.i + 1)
                if c.i > v.i and fw is not None and self.doc[fw - 1].text == "," and any(
                        (x.dep_ == "intj" or x.pos_ == "INTJ") and v.i < x.i < fw - 1
                        for x in self.doc.kids(v)):
                    continue  # 'Washington says yes, Moscow says no': v said "yes", not the rest
                rngs = self._split_that_conj(c)
                if rngs and c.i > v.i:
                    rngs[0] = self._past_citing(rngs[0], c)
                    rngs[0] = self._subject_taken_for_object(v, c, rngs[0])
                lead = self._first_word(*rngs[0]) if rngs else None
                if out and lead is not None and self.doc[lead].lower_ == "that" \
                        and self.doc[lead - 1].text == "," and out[-1][0][0] > v.i:
                    # "said wages had fallen, that staff were leaving and that ...": a list of
                    # claims, each with its own "that" (which the parser may call a determiner)
                    rngs[0] = (lead + 1, rngs[0][1])
                elif out and rngs and 0 <= rngs[0][0] - out[-1][0][1] <= 1 and out[-1][0][0] > v.i:
                    # two complements side by side are one clause the parser broke in two
                    out[-1] = ((out[-1][0][0], rngs[0][1]), "")
                    rngs = rngs[1:]
                out.extend((rng, "") for rng in rngs)
            if out:
                # "said X, and that Y": the parser may join the second that-clause to the
                # verb itself; it is a second claim of the same speaker (gold reading)
                out.extend(((c.left_edge.i, c.right_edge.i + 1), "")
                           for c in self._conjoined_that_clauses(v))
            if not out:
                rng = self._clause_on_medium(v)
                if rng:
                    out.append((rng, ""))
            if not out:
                # "told the news site that the blast had been caused by X": the parser made the
                # clause a relative clause of the addressee
                objs = list(self.doc.kids(v))
                for ag in self.doc.kids(v):  # "had been warned by a colleague that X"
                    if ag.dep_ == "agent":
                        objs.extend(p for p in self.doc.kids(ag) if p.dep_ == "pobj")
                for o in objs:
                    if o.dep_ in ("dobj", "dative", "pobj") and o.i > v.i:
                        x = next((x for x in self.doc.kids(o) if x.dep_ == "relcl" and x.i > o.i
                                  and (self._complement_not_relative(x) or self._contact_clause(x, o, v)
                                       or self._told_audience_that(x, o, v))),
                                 None)
                        if x is None and (v.lemma_.lower() in _ADDRESSEE_VERBS
                                          or o.dep_ == "pobj"):
                            # "told Russian counterparts that X": the clause hung on the addressee
                            x = next((x for x in self.doc.kids(o) if x.dep_ == "acl" and x.i > o.i and any(
                                m.dep_ == "mark" and m.lower_ == "that" and m.i == x.left_edge.i
                                for m in self.doc.kids(x))), None)
                        if x is not None:
                            end = x.right_edge.i + 1
                            for y in self.doc.kids(v):  # "... he had paid because X": the
                                # parser hangs the clause's own adverbial on the verb
                                if y.i >= end and y.dep_ == "advcl" and any(
                                        m.dep_ == "mark" and m.lower_ in ("because", "since", "although",
                                                                          "though", "unless", "if", "until")
                                        for m in self.doc.kids(y)):
                                    end = y.right_edge.i + 1
                            out.append(((x.left_edge.i, end), ""))
                            if o.dep_ == "pobj":  # the agent speaks; its phrase stops at the clause
                                self.speaker_override[v.i] = (o.left_edge.i, x.left_edge.i)
                            break
            if not out and v.dep_ == "parataxis" and v.head.i != v.i and any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in self.doc.kids(v)):
                rng = self._interposed(v)
                if rng:
                    out.append((rng, "reported.interposed"))
            if not out:
                rng = self._headline_said_tail(v)
                if rng:  # (its own method: a headline's claim may have no verb the tagger saw)
                    out.append((rng, "reported.headline_tail"))
            if not out:
                rng = self._headline_says_rest(v)
                if rng:  # "PM says no early election": a headline drops the clause's verb
                    out.append((rng, "reported.headline_rest"))
            if not out:
                post = self._headline_claim_subject(v)
                if post is not None:
                    out.append(((post.left_edge.i, post.right_edge.i + 1), ""))
            if not out:
                rng = self._says_x(v)
                if rng:
                    out.append((rng, "reported.says_x"))
            if not out:
                clause_subject = self._clause_subject_after(v)
                if clause_subject is not None:
                    out.append(((clause_subject.i, clause_subject.right_edge.i + 1),
                                "reported.clause_subject_after"))
            if not out:
                rng = self._that_noun_clause(v)
                if rng:  # (its verb is tagged a noun: no verbless check)
                    out.append((rng, "reported.that_noun"))
            if not out:
                rng = self._clause_read_as_object(v)
                if rng:
                    out.append((rng, "reported.clause_as_object"))
            if not out:
                rng = self._object_then_stray_predicate(v)
                if rng:
                    out.append((rng, ""))

        if out:
            return out
        if self.verbs.has(lemma, "object_infinitive"):
            rng = self._object_infinitive(v)
            if rng:
                return [(rng, "reported.object_infinitive")]
        if self.verbs.has(lemma, "of_object"):
            # "warned of a proportionate response": the noun phrase is what was said
            of = next((c for c in self.doc.kids(v) if c.dep_ == "prep" and c.lower_ == "of" and c.i > v.i), None)
            if of is None:  # "warned on Wednesday of X": the parser hangs "of" on the date
                of = next((x for c in self.doc.kids(v) if c.dep_ in ("prep", "npadvmod") and c.i > v.i
                           for p in (c, *self.doc.kids(c)) if p.ent_type_ in ("DATE", "TIME")
                           for x in self.doc.kids(p) if x.dep_ == "prep" and x.lower_ == "of"), None)
            pobj = next((p for p in self.doc.kids(of) if p.dep_ == "pobj"), None) if of is not None else None
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in self.doc.kids(v))
            if pobj is not None and pobj.right_edge.i - pobj.left_edge.i >= 1 and not passive:
                # everything after the verb: "of X among Y, two weeks after Z", up to a second
                # predicate ("and called for ...")
                end = max(v.right_edge.i, pobj.right_edge.i) + 1
                for c in self.doc.kids(v):
                    if c.i > of.i and c.dep_ in ("conj", "cc", "parataxis", "ccomp"):
                        end = min(end, c.left_edge.i)
                return [((pobj.left_edge.i, max(end, pobj.right_edge.i + 1)), "reported.object_complement")]
        dobjs = [c for c in v.children if c.dep_ in ("dobj", "obj")]
        if not dobjs:
            return out
        obj = dobjs[0]
        # "rejected what he called X": the object is the relative pronoun before the verb; the
        # content is what follows the verb
        o_start = v.i + 1 if obj.tag_ in ("WP", "WDT") and obj.i < v.i else obj.left_edge.i
        if self.verbs.has(lemma, "np_object") and obj.pos_ == "NOUN" and obj.i > v.i \
                and obj.right_edge.i - obj.left_edge.i >= 1 and not self.in_quote[obj.i]:
            # "alleging widespread vote buying": the allegation is the noun phrase itself
            return [((obj.left_edge.i, obj.right_edge.i + 1), "reported.object_complement")]
        if self.verbs.has(lemma, "object_as"):
            # "as" is a preposition, or the parser hangs it on the adjective ("as baseless")
            as_tok = next((c for c in (*v.children, *obj.children) if c.i > obj.i and (
                c.dep_ == "prep" and c.lower_ == "as" or c.left_edge.lower_ == "as"
                and c.dep_ in ("advcl", "acomp", "oprd", "xcomp", "advmod", "amod"))), None)
            if as_tok is not None:
                return [((o_start, as_tok.right_edge.i + 1), "reported.object_as")]
        if self.verbs.has(lemma, "object_complement"):
            comp = [c for c in v.children if c.i > obj.i and (
                c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp") or (c.dep_ == "dobj" and c is not obj))
                and not self._purpose_infinitive(c)]
            if not comp and self.quote_of[obj.i] < 0 and obj.right_edge.i > obj.i and obj.i > v.i and any(
                    self.in_quote[k] for k in range(obj.i + 1, obj.right_edge.i + 1)):
                # 'called the handling of the dispute "a slow-motion disaster" (for X)': the
                # parser made the quoted label an appositive inside the object
                return [((obj.left_edge.i, obj.right_edge.i + 1), "reported.object_complement")]
            if comp:
                end = max(c.right_edge.i for c in comp) + 1
                # a trailing "by X" belongs to the characterisation ("called them X by Washington")
                for c in v.children:
                    if c.dep_ == "prep" and c.lower_ == "by" and c.i >= end:
                        end = c.right_edge.i + 1
                return [((o_start, end), "reported.object_complement")]
        if self.verbs.has(lemma, "accuse"):
            # (every object: the parser splits a hyphenated one, "the centre-right of X", into
            # two, and hangs "of" on the second)
            of = next((c for c in (*v.children, *(x for d in dobjs for x in d.children))
                       if c.dep_ == "prep" and c.lower_ in ("of", "for", "on", "to") and c.i > obj.i), None)
            if of is None:
                # "attributed a cyberattack that disrupted X to Y": the parser hangs "to" inside
                # the object's relative clause ("to" never starts a part of "accuse X of Y")
                of = next((c for c in obj.subtree if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                           and c.i > obj.i and not self.in_quote[c.i]), None)
            if of is not None:
                end = max(of.right_edge.i, obj.right_edge.i) + 1
                # everything after the verb ("of X after what he described as Y"), up to a
                # second predicate or another voice
                for c in self.doc.kids(v):
                    if c.i > of.i and c.dep_ in ("prep", "npadvmod") and not self.in_quote[c.i] \
                            and self.doc[c.i - 1].text not in (",", ";", "—", "–"):
                        end = max(end, c.right_edge.i + 1)
                return [((obj.left_edge.i, end), "reported.accuse")]
        if self.verbs.has(lemma, "np_content") and any(
                c.dep_ in ("acl", "ccomp", "relcl")
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                for c in obj.children):
            return [((obj.left_edge.i, obj.right_edge.i + 1), "reported.np_object")]
        return out

    def _object_then_stray_predicate(self, v: Token) -> tuple[int, int] | None:
        """'quoted a commander as saying the crew of 18, mostly Indian nationals, had been
        detained': after an appositive inside the clause's subject the parser can make that
        subject the object of "saying" and hang the clause's verb ("had been detained") on the
        verb above as a conjunct with no subject of its own. The object and that predicate are
        one claim. Only for "say", only for a predicate with an auxiliary, no subject and no
        coordinator, and only with nothing but a comma between the two."""
        d = self.doc
        if v.lemma_.lower() != "say":
            return None
        obj = next((c for c in d.kids(v) if c.dep_ == "dobj" and c.i > v.i), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN") or self.in_quote[obj.i]:
            return None
        holders = [v]
        h = v
        while h.dep_ in ("pcomp", "prep", "pobj") and h.head.i != h.i:
            h = h.head
            holders.append(h)
        for holder in holders:
            for x in d.kids(holder):
                if x.dep_ != "conj" or x.i <= obj.right_edge.i or x.pos_ not in ("VERB", "AUX"):
                    continue
                kids = list(d.kids(x))
                if any(k.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for k in kids) \
                        or not any(k.dep_ in ("aux", "auxpass") and k.i < x.i for k in kids):
                    return None
                gap = range(obj.right_edge.i + 1, x.left_edge.i)
                if any(d[k].text != "," for k in gap) or any(
                        d[k].dep_ == "cc" for k in range(obj.right_edge.i + 1, x.i)):
                    return None
                return (obj.left_edge.i, x.right_edge.i + 1)
        return None

    def _cited_clauses(self, v: Token) -> list[Token]:
        """'Tasnim reported, citing an informed source, that X': the parser may hang the
        that-clause on the sourcing participle; it is still the reporting verb's content (one
        statement by the outlet, gold heldout3 reading)."""
        return [c for p in self.doc.kids(v)
                if p.dep_ == "advcl" and p.i > v.i and p.lower_ in _SOURCING_PARTICIPLES
                for c in self.doc.kids(p)
                if c.dep_ == "ccomp" and c.i > p.i and c.left_edge.lower_ == "that"]

    def _past_citing(self, rng: tuple[int, int], c: Token) -> tuple[int, int]:
        """'reported, citing a military source, that two drones had been downed': the parser
        may put the sourcing participle inside the clause; the content starts at "that"."""
        first = self.doc[rng[0]]
        if first.lower_ not in _SOURCING_PARTICIPLES:
            return rng
        mark = next((m for m in self.doc.kids(c) if m.dep_ == "mark" and m.lower_ == "that"
                     and m.i > first.i and self.doc[m.i - 1].text == ","), None)
        return (mark.i, rng[1]) if mark is not None else rng

    def _medium_that_clauses(self, v: Token) -> list[Token]:
        """'said in a statement that help had reached ...': the parser may hang the that-clause
        on the medium noun as a relative clause, with "that" as its subject; see
        :meth:`_medium_that_clause`."""
        out = []
        for prep in self.doc.kids(v):
            if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i > v.i:
                for pobj in self.doc.kids(prep):
                    if pobj.dep_ == "pobj":
                        out.extend(c for c in self.doc.kids(pobj) if c.dep_ in ("relcl", "acl"))
                        # "said in a report to trustees that ...": on the addressee after it
                        for to in self.doc.kids(pobj):
                            if to.dep_ == "prep" and to.lower_ in ("to", "for"):
                                for who in self.doc.kids(to):
                                    if who.dep_ == "pobj":
                                        out.extend(c for c in self.doc.kids(who)
                                                   if c.dep_ in ("relcl", "acl"))
        return [c for c in out if self._medium_that_clause(c, v)]

    def _medium_that_clause(self, c: Token, v: Token) -> bool:
        """A relative clause of the noun after "<verb> in" that opens with "that" and has a
        subject of its own besides it: no relative clause can have two subjects, so "that"
        is the complementiser of the verb's content ("said in a statement that X")."""
        if c.dep_ not in ("relcl", "acl") or c.i < v.i or c.head.dep_ != "pobj":
            return False
        prep = c.head.head
        if prep.lower_ in ("to", "for") and prep.head.dep_ == "pobj":
            prep = prep.head.head  # "in a report to trustees that X": the medium's "in"
        if prep.lower_ != "in" or prep.head.i != v.i:
            return False
        kids = list(self.doc.kids(c))
        first = c.left_edge
        if first.lower_ != "that" or first.dep_ not in ("nsubj", "nsubjpass", "mark") \
                or first.i - v.i > 8:
            return False  # "a statement that it had received": "that" is the object
        return any(x.dep_ in ("nsubj", "nsubjpass", "expl") and x.i != first.i and x.i > first.i
                   for x in kids)

    def _that_advcl(self, c: Token, v: Token) -> bool:
        """'wrote on Twitter that ministers were ...': a that-clause the parser made an adverbial
        clause of the reporting verb is its complement ('so that', 'now that' are not)."""
        if c.dep_ != "advcl" or c.i < v.i:
            return False
        m = next((m for m in self.doc.kids(c) if m.dep_ == "mark" and m.lower_ == "that"), None)
        if m is None or m.i == 0 or self.doc[m.i - 1].lower_ in ("so", "such", "order", "now", "given"):
            return False
        if m.i - v.i > 7 or any(self.doc[k].text in (",", ";", ":") for k in range(v.i + 1, m.i)):
            return False  # "responding to reports, citing officials, that X": the reports' clause
        return any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in self.doc.kids(c))
