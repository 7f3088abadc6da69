"""Which clause is content: subjunctive and that-noun clauses, clauses read as objects, interposed
reports, the trimmed content span.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.scoring.grammar import CLAIM_NOUNS
from analysis.statements.candidates import _Cand
from analysis.statements.words import (
    _ADDRESSEE_VERBS,
    _AUDIENCE_NOUNS,
    _FINITE,
    _MEDIUM_NOUNS,
    _QUOTE_CHARS,
    _TOPIC_PREPS,
)


class Clauses:
    """Which clause is content: subjunctive and that-noun clauses, clauses read as objects,
    interposed reports, the trimmed content span. Mixed into
    :class:`analysis.statements.extractor._Extractor`.
    """

    def _nominal_subjunctive(self, c: Token, v: Token) -> bool:
        """"demanded that Chile halt work at the mine": a mandative subjunctive the tagger read
        as nouns ("halt work" a compound); its "that" still marks a clause after the verb."""
        return c.i > v.i and c.pos_ in ("NOUN", "PROPN") and any(
            k.dep_ == "mark" and k.lower_ == "that" for k in self.doc.kids(c))

    def _is_clause(self, c: Token, v: Token) -> bool:
        """A complement that is a clause next to its verb: it has a verb, and a content left
        of the verb is not cut off from it by a colon or semicolon ("Economists were more
        cautious: Dr X said ...")."""
        if not any(t.pos_ in ("VERB", "AUX") for t in c.subtree) and not (
                c.i > v.i and c.right_edge.i > c.left_edge.i and self._is_headline(v.i)) \
                and not self._nominal_subjunctive(c, v):
            return False  # a headline's claim may have no verb: "X says talks 'pointless'"
        if c.i < v.i:
            for k in range(c.right_edge.i + 1, v.i):
                if self.doc[k].text in (":", ";") or "\n" in self.doc[k].text:
                    return False
        return True

    def _clause_on_medium(self, v: Token) -> tuple[int, int] | None:
        """'said in a statement that X', 'told clients in a note that X': the parser hangs the
        that-clause on the medium noun; it is the verb's complement."""
        for c in self.doc.kids(v):
            if c.dep_ != "prep" or c.i < v.i:
                continue
            pobj = next((p for p in self.doc.kids(c) if p.dep_ == "pobj"), None)
            if pobj is None:
                continue
            if c.lower_ not in ("in", "on", "during", "via", "through") \
                    or pobj.lemma_.lower() not in _MEDIUM_NOUNS:
                # "told reporters outside the courthouse that his client ...": a clause with
                # a complementiser "that" and a subject of its own is no relative clause,
                # whatever noun the parser hung it on
                if c.lower_ in _TOPIC_PREPS and not (c.lower_ == "on" and pobj.ent_type_ in (
                        "DATE", "TIME")) or pobj.lemma_.lower() in CLAIM_NOUNS:
                    continue  # "said about reports that X": the clause is the reports'
                x = next((x for x in self.doc.kids(pobj) if x.dep_ in ("acl", "relcl")
                          and x.i > pobj.i and self._complementiser_clause(x)), None)
                if x is not None and not self.in_quote[x.left_edge.i]:
                    return (x.left_edge.i, x.right_edge.i + 1)
                continue
            for x in self.doc.kids(pobj):
                if x.dep_ in ("acl", "relcl") and x.i > pobj.i and any(
                        m.dep_ == "mark" and m.lower_ == "that" and m.i == x.left_edge.i
                        for m in self.doc.kids(x)):
                    return (x.left_edge.i, x.right_edge.i + 1)
                if x.dep_ == "acl" and x.tag_ == "VBN" and x.i > pobj.i:
                    # "found in a survey released Friday that X": the clause on the medium's
                    # participle
                    y = next((y for y in self.doc.kids(x) if y.dep_ == "ccomp" and any(
                        m.dep_ == "mark" and m.lower_ == "that" and m.i == y.left_edge.i
                        for m in self.doc.kids(y))), None)
                    if y is not None and not self.in_quote[y.left_edge.i]:
                        return (y.left_edge.i, y.right_edge.i + 1)
                if x.dep_ == "relcl" and x.i > pobj.i and self._complement_not_relative(x):
                    return (x.left_edge.i, x.right_edge.i + 1)
        return None

    def _that_noun_clause(self, v: Token) -> tuple[int, int] | None:
        """"found that 78 percent disapprove of Congress": the tagger took the clause's verb
        for a noun, so the parser made it the verb's object, with the complementiser "that"
        as its mark; a clause all the same."""
        for c in self.doc.kids(v):
            if c.dep_ == "dobj" and c.i > v.i and not self.in_quote[c.i] and any(
                    m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i
                    for m in self.doc.kids(c)):
                return (c.left_edge.i, c.right_edge.i + 1)
        return None

    def _clause_read_as_object(self, v: Token) -> tuple[int, int] | None:
        """"said the depot supplied fuel to Russian units": the parser read the clause's
        past-tense verb as an adjective inside one long object ("the depot-supplied fuel").
        A noun, then a past form, then the object's own noun is a clause's subject, verb and
        object; a participle straight after the article ("said the proposed law ...") is not."""
        obj = next((c for c in self.doc.kids(v) if c.dep_ == "dobj" and c.i > v.i), None)
        if obj is None or self.in_quote[obj.i] or obj.left_edge.i != v.i + 1:
            return None
        for x in self.doc[obj.left_edge.i + 1:obj.i]:
            prev = self.doc[x.i - 1]
            if x.tag_ in ("VBD", "VBN") and x.dep_ == "amod" and x.is_lower and x.is_alpha \
                    and prev.pos_ in ("NOUN", "PROPN") and prev.i > obj.left_edge.i \
                    and self.doc[obj.left_edge.i].pos_ == "DET":
                return (obj.left_edge.i, obj.right_edge.i + 1)
        prev = self.doc[obj.i - 1] if obj.i > 0 else None
        if obj.tag_ == "NN" and obj.is_lower and prev is not None and prev.tag_ == "NNS" \
                and prev.dep_ == "compound" and any(c.dep_ == "nummod" for c in self.doc.kids(prev)) \
                and any(c.dep_ == "prep" and c.i > obj.i for c in self.doc.kids(obj)):
            # "said more than 300 miners work in the area": a counted plural noun, then a
            # present-tense verb the parser took for the object's own noun ("miners' work")
            return (obj.left_edge.i, obj.right_edge.i + 1)
        return None

    def _complementiser_clause(self, x: Token) -> bool:
        """Clause ``x`` opens with a complementiser "that" (a mark, not a relative pronoun) right
        after its noun and has a subject of its own."""
        le = x.left_edge
        return le.lower_ == "that" and le.dep_ == "mark" and le.head.i == x.i \
            and le.i > x.head.i and not any(t.is_punct for t in self.doc[x.head.i + 1:le.i]) \
            and any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in self.doc.kids(x))

    def _complement_not_relative(self, x: Token) -> bool:
        """'said in an editorial that India was playing with fire': the parser read "that" as a
        relative pronoun. A relative clause leaves a gap for "that" to fill; a complement
        clause is whole: its own subject, and "that" neither subject nor the object of a verb
        that needs one ('a statement that it posted')."""
        le = x.left_edge
        if le.lower_ != "that" or le.head.i != x.i and le.head.head.i != x.i:
            return False
        kids = self.doc.kids(x)
        subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass") and c.i != le.i), None)
        if subj is None or le.dep_ in ("nsubj", "nsubjpass"):
            return False
        if any(c.dep_ in ("dobj", "obj") and c.i != le.i for c in kids):
            return True  # "that" is not the object either
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in kids):
            return True  # a passive has no object for "that" to be
        return x.tag_ in ("VBG",) or any(c.dep_ in ("aux", "auxpass") for c in kids) and x.lemma_.lower() in (
            "be", "have") or x.lemma_.lower() == "be" or le.dep_ not in ("dobj", "obj", "pobj")

    def _told_audience_that(self, x: Token, o: Token, v: Token) -> bool:
        """'told a parliamentary hearing that the crew had asked to return': after a verb of
        telling, a gathering and a clause that opens with "that" and has a subject of its own
        is what was told, though the parser made "that" the object of a relative clause."""
        if v.lemma_.lower() not in _ADDRESSEE_VERBS or o.dep_ != "dobj" \
                or o.lemma_.lower() not in _AUDIENCE_NOUNS:
            return False
        first = x.left_edge
        if first.lower_ != "that" or first.i != o.right_edge.i + 1 and first.i - o.i > 4:
            return False
        return any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > first.i
                   for c in self.doc.kids(x))

    def _contact_clause(self, x: Token, o: Token, v: Token) -> bool:
        """'told the court he had paid': a clause without "that" after an addressee (a body or
        a person who can be told), which the parser took for a relative clause of it. Not
        'told the story he had heard' (the story is what was told)."""
        if v.lemma_.lower() not in _ADDRESSEE_VERBS or not self._speakerish(o):
            return False
        if x.left_edge.tag_ in ("WP", "WDT", "WP$", "WRB") or x.left_edge.lower_ == "that":
            return False
        subj = next((c for c in self.doc.kids(x) if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subj is not None and subj.i == x.left_edge.i and subj.pos_ in ("PRON", "PROPN", "NOUN")

    def _says_x(self, v: Token) -> tuple[int, int] | None:
        """'X is the real story, says Y' when the parser gave the verb no complement: the
        clause before the comma, from the sentence start."""
        d = self.doc
        if v.i < 2 or d[v.i - 1].text != "," and not (d[v.i - 1].text in _QUOTE_CHARS
                                                        and d[v.i - 2].text == ","):
            return None
        # the subject after the verb (the parser may give the fronted claim's noun as a second one)
        subj = next((c for c in self.doc.kids(v) if c.dep_ in ("nsubj", "nsubjpass") and c.i > v.i), None)
        if subj is None:
            return None
        a = self.sents[self.sent_of[v.i]][0]
        b = v.i - 1
        if b - a < 3 or any(self.in_quote[k] for k in (a, b - 1)) and self.quote_of[a] == self.quote_of[b - 1] >= 0:
            return None
        if not any(d[k].tag_ in _FINITE for k in range(a, b)):
            # "Its chief executive, Tony Burnett, said clubs needed to ...": what stands before
            # the comma is the speaker (a noun phrase and its appositive), not a claim
            return None
        return (a, b)

    def _clause_subject_after(self, v: Token) -> Token | None:
        """The subject of the reported clause when the parser made it a second subject of the
        reporting verb: "Its chief executive, Tony Burnett, said clubs needed to work with
        police" (nsubj "executive" before the verb, nsubj "clubs" after it with "needed" as
        its clause). Only when what stands before the verb is a noun phrase (no finite
        verb), so "Prices will keep rising, says the central bank" keeps its speaker."""
        kids = self.doc.kids(v)
        left = [c for c in kids if c.dep_ == "nsubj" and c.i < v.i]
        right = next((c for c in kids if c.dep_ == "nsubj" and c.i > v.i), None)
        if not left or right is None or right.pos_ == "PROPN" or right.i != v.i + 1:
            return None
        if not any(c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX") and c.i > right.i
                   and not any(k.tag_ in ("WP", "WDT") for k in self.doc.kids(c))
                   for c in self.doc.kids(right)):
            return None
        a = self.sents[self.sent_of[v.i]][0]
        if any(self.doc[k].tag_ in _FINITE for k in range(a, v.i)):
            return None
        return right

    def _conjoined_that_clauses(self, v: Token) -> list[Token]:
        """Conjuncts of the reporting verb that open with "that" and have a subject of their
        own ("said Russia had launched 86 drones, and that air defences had shot down 71")."""
        out = []
        for c in self.doc.kids(v):
            if c.dep_ != "conj" or c.i < v.i or self.in_quote[c.i]:
                continue
            first = c.left_edge
            if first.lower_ == "that" and first.dep_ == "mark" and first.head.i == c.i \
                    and any(x.dep_ in ("nsubj", "nsubjpass", "expl") and x.i > first.i
                            for x in self.doc.kids(c)) \
                    and self.doc[first.i - 1].lower_ in ("and", "but"):
                out.append(c)
        return out

    def _purpose_infinitive(self, c: Token) -> bool:
        """'called the ambassadors to press for X': a to-infinitive after the object says what
        they were summoned for; it is no label of the object ("deemed the vote to be fair"
        still is)."""
        return c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() != "be" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in self.doc.kids(c))

    def _object_infinitive(self, v: Token) -> tuple[int, int] | None:
        """'urged Moscow to stop X', 'called on both countries to show restraint'."""
        obj = next((c for c in self.doc.kids(v) if c.dep_ in ("dobj", "obj")), None)
        if obj is not None and v.lemma_.lower() == "call":
            obj = None  # "called the ambassadors to press for X": a summons, not "called on"
        if obj is None:
            # "called for the mayor to resign": the parser makes "for" the mark of a clause
            for c in self.doc.kids(v):
                if c.dep_ in ("advcl", "ccomp", "xcomp") and c.i > v.i and any(
                        m.dep_ == "mark" and m.lower_ == "for" for m in self.doc.kids(c)) and any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in self.doc.kids(c)):
                    return (c.left_edge.i + 1, c.right_edge.i + 1)
            # (the parser may tag "on" a particle: "called on all parties to protect civilians")
            # (after the verb: "On Monday, the ministry called on X to Y" fronts a date)
            prep = next((c for c in self.doc.kids(v) if c.dep_ in ("prep", "prt")
                         and c.lower_ in ("on", "to", "upon", "for") and c.i > v.i), None)
            obj = next((p for p in self.doc.kids(prep) if p.dep_ == "pobj"), None) if prep else None
        if obj is None:
            return None
        xc = next((c for c in (*self.doc.kids(v), *self.doc.kids(obj)) if c.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl")
                   and c.i > obj.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in self.doc.kids(c))), None)
        if xc is None:
            return None
        return (obj.left_edge.i, xc.right_edge.i + 1)

    def _is_question(self, c: Token) -> bool:
        le = c.left_edge
        if le.lower_ in self.verbs.never_content:
            return True
        return any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in self.doc.kids(c))

    def _first_word(self, i: int, j: int) -> int | None:
        while i < j and self.doc[i].is_punct:
            i += 1
        return i if i < j else None

    def _split_that_conj(self, c: Token) -> list[tuple[int, int]]:
        """A complement clause, split at "and that ..." into one range per claim."""
        a, b = c.left_edge.i, c.right_edge.i + 1
        for x in self.doc.kids(c):
            if x.dep_ == "parataxis" and x.lemma_.lower() in self.verbs.frames and x.i > c.i:
                k = x.left_edge.i
                while k > a and self.doc[k - 1].is_punct:
                    k -= 1
                b = min(b, k)  # "they had not decided, a councillor told this newspaper"
                continue
            # "... would inflame the situation and urged Moscow to ...": a second report hung
            # on the clause by the parser ends the clause; so does ", and he took a swipe at"
            if x.dep_ == "advcl" and any(y.dep_ == "mark" and y.lower_ in ("while", "whereas")
                                         and (y.lower_ == "whereas" or self.doc[y.i - 1].text in (",", ";", "—")
                                              or not any(z.dep_ in ("nsubj", "nsubjpass") for z in self.doc.kids(x)))
                                         for y in self.doc.kids(x)) and x.i > c.i:
                k = x.left_edge.i
                while k > a and self.doc[k - 1].is_punct:
                    k -= 1
                b = min(b, k)  # "..., while Iran's Fars agency described ...": another voice
                continue
            narrative = x.dep_ == "conj" and any(
                y.dep_ == "nsubj" and y.lower_ in ("he", "she") for y in self.doc.kids(x)) and not any(
                y.dep_ == "mark" for y in self.doc.kids(x))
            after_quote = x.dep_ == "conj" and x.tag_ == "VBD" and self.doc[x.left_edge.i - 1].dep_ == "cc" \
                and x.left_edge.i >= 2 and self.doc[x.left_edge.i - 2].text in _QUOTE_CHARS \
                and not any(y.dep_ in ("nsubj", "aux", "mark") for y in self.doc.kids(x))
            # 'said the airport would do X, but advised Y': a past-tense predicate after ", but"
            # does not continue a clause in another tense ("would", "had"): it is the speaker's
            k = x.left_edge.i
            shift = x.dep_ == "conj" and x.tag_ == "VBD" and k >= 2 and self.doc[k - 1].dep_ == "cc" \
                and self.doc[k - 2].text == "," and not any(
                    y.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for y in self.doc.kids(x)) \
                and (c.tag_ in ("VB", "VBN") or any(y.dep_ == "aux" for y in self.doc.kids(c)))
            if narrative or after_quote or shift or x.dep_ == "conj" and x.tag_ == "VBD" \
                    and x.lemma_.lower() in self.verbs.frames and not any(
                    y.dep_ in ("nsubj", "nsubjpass") for y in self.doc.kids(x)):
                k = x.left_edge.i
                while k > a and (self.doc[k - 1].dep_ == "cc" or self.doc[k - 1].is_punct):
                    k -= 1
                b = min(b, k)
        conj = [x for x in self.doc.kids(c) if x.dep_ == "conj" and x.i < b
                and (any(m.dep_ == "mark" and m.lower_ == "that" for m in self.doc.kids(x))
                     or self._det_that(x))]
        if not conj:
            return [(a, b)]
        out = []
        cur = a
        for x in conj:
            cut = x.left_edge.i
            # drop the "and" / "," before the conjunct
            k = cut - 1
            while k > cur and (self.doc[k].dep_ == "cc" or self.doc[k].is_punct):
                k -= 1
            out.append((cur, k + 1))
            cur = cut
        out.append((cur, b))
        return [(i + 1 if self.doc[i].lower_ == "that" and self._det_that_tok(i) else i, j) for i, j in out]

    def _det_that_tok(self, k: int) -> bool:
        d = self.doc
        return d[k].lower_ == "that" and d[k].dep_ == "det" and k > 0 and d[k - 1].dep_ == "cc" \
            and not self.in_quote[k]

    def _det_that(self, x: Token) -> bool:
        """'... and that part of the money would be invested': the parser read the second
        complementiser as a determiner of the next noun."""
        return self._det_that_tok(x.left_edge.i) and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in self.doc.kids(x))

    def _quoting_verb(self, v: Token) -> Token | None:
        """The "quote" verb that ``v`` ("saying") depends on ('quoting X as saying'), if any."""
        h = v
        for _ in range(4):
            if h.head.i == h.i:
                return None
            h = h.head
            if h.lemma_.lower() == "quote" and h.pos_ == "VERB":
                return h
            if h.pos_ == "VERB" and h.dep_ not in ("pcomp", "prep", "advcl", "xcomp"):
                return None
        return None

    def _quoted_outer(self, v: Token, carrier: Token, obj: Token) -> None:
        """'Interfax quoted Iran's ambassador as saying X': the outlet's own statement is
        "Iran's ambassador as saying X" (the ambassador's is X)."""
        subj = next((c for c in self.doc.kids(carrier) if c.dep_ == "nsubj"), None)
        i, j = obj.left_edge.i, v.right_edge.i + 1
        i, j = self._trim(i, j)
        if j - i < 3:
            return
        kind, content, quotes = self._kind(self.tok_span(i, j))
        self.cands.append(_Cand(content, kind, "reported.ccomp", cue=self.tok_span(carrier.i, carrier.i + 1),
                                verb=carrier.i, quotes=quotes,
                                speaker_head=subj.i if subj is not None else None,
                                no_speaker=subj is None))

    def _interposed(self, v: Token) -> tuple[int, int] | None:
        """'X, he said, Y' / 'X, he said.': the clause around the attribution."""
        h = v.head
        if h.dep_ in ("aux", "auxpass") and h.head.i != h.i:
            h = h.head  # 'troops, the statement said, had silenced': the parser hung it on "had"
        a, b = h.left_edge.i, h.right_edge.i + 1
        va, vb = v.left_edge.i, v.right_edge.i + 1
        while b > vb and (self.doc[b - 1].is_space or self.doc[b - 1].is_punct):
            b -= 1
        if vb >= b - 1:  # attribution at the end: the whole sentence before it
            b = va
            a = min(a, self.sents[self.sent_of[v.i]][0])
        elif va <= a:  # attribution at the start
            a = vb
        else:
            k = vb
            while k < b and self.doc[k].is_punct:
                k += 1
            if k < b and self.doc[k].dep_ == "cc":
                b = va  # "X condemned the strike, his office said, and called on ...": X's part
        if b - a < 3:
            return None
        return (a, b)

    def _skip_medium_phrase(self, v: Token, i: int, j: int) -> int:
        """"The board said in a statement it would ..." / "said on Monday it had ...": with no
        "that", the parser can hang the medium or time phrase on the reported clause; it
        belongs to the report, so the content starts after it (at the clause's subject)."""
        d = self.doc
        k = i
        if k < j and d[k].lower_ in ("late", "early") and d[k].dep_ == "advmod":
            k += 1  # "said late on Sunday its troops had ..."
        t = d[k] if k < j else None
        if t is None or t.dep_ != "prep" or i != v.i + 1 or t.head.i == v.i or self.in_quote[k]:
            return i
        pobj = next((c for c in d.kids(t) if c.dep_ == "pobj"), None)
        after = t.right_edge.i + 1
        # the medium ("in a statement") or the day ("on Monday") of the report, not of the claim
        if pobj is None or after >= j - 1 or not (
                pobj.lemma_.lower() in _MEDIUM_NOUNS or pobj.ent_type_ in ("DATE", "TIME")):
            return i
        if d[after].dep_ in ("nsubj", "nsubjpass") or d[after].left_edge.i == after and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == after for c in d.kids(d[after].head)):
            return after
        return i

    def _trim(self, i: int, j: int) -> tuple[int, int]:
        d = self.doc.toks
        while i < j and (d[i].is_space or d[i].text in (",", ";", ":", "—", "–", "-")
                         or d[i].text in _QUOTE_CHARS and not self.in_quote[i]  # a stray mark
                         or (d[i].lower_ == "that" and (d[i].dep_ == "mark" or d[i].tag_ in ("IN", "WDT")
                                                         and i + 1 < j and not d[i + 1].is_punct))):
            i += 1
        while j > i and (d[j - 1].is_space or d[j - 1].text in (",", ";", ":", "—", "–", "-", ".")):
            j -= 1
        return i, j
