"""Provenance phrases: 'according to X', 'per X', a report's source named in a phrase.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.statements.candidates import _Cand
from analysis.statements.words import _RATE_WORDS


class Provenance:
    """Provenance phrases: 'according to X', 'per X', a report's source named in a phrase. Mixed
    into :class:`analysis.statements.extractor._Extractor`.
    """

    # ------------------------------------------------------------------ pass 3
    def _provenance(self, pobj: Token, head: Token) -> bool:
        """"X warned in a letter that Y, according to a copy seen by AFP": the phrase says how
        the outlet knows the speaker's words (a copy, a draft, a document it saw), not a second
        speaker, when the clause's reporting verb with a subject of its own gave a statement."""
        seen_copy = pobj.lemma_.lower() in ("copy", "draft", "document", "text", "transcript",
                                            "recording", "version") and any(
            c.dep_ == "acl" and c.lemma_.lower() in ("see", "obtain", "review", "view")
            for c in self.doc.kids(pobj))
        # "Sobyanin said there was no damage, according to preliminary information": the
        # speaker's own hedge on his words, no source of its own (not "according to U.N.
        # figures", "according to the ministry's data": someone's)
        bare_data = pobj.lemma_.lower() in ("information", "data", "estimate", "finding",
                                            "indication", "assessment") and not any(
            c.dep_ in ("poss", "compound", "prep", "nmod") or c.pos_ == "PROPN"
            or c.ent_type_ in ("NORP", "GPE", "ORG") for c in self.doc.kids(pobj))
        if not (seen_copy or bare_data):
            return False
        verb = head
        while verb.dep_ not in ("ROOT",) and verb.head.i != verb.i \
                and verb.lemma_.lower() not in self.verbs.frames:
            verb = verb.head
        return verb.lemma_.lower() in self.verbs.frames and any(
            c.dep_ == "nsubj" for c in self.doc.kids(verb)) \
            and any(c.verb == verb.i for c in self.cands)  # that verb's statement was found

    def according_to(self) -> None:
        d = self.doc
        for t in d:
            if self.in_quote[t.i]:
                continue
            low = t.lower_
            if low == "according" and t.i + 1 < self.n and d[t.i + 1].lower_ == "to":
                to = d[t.i + 1]
                pobj = next((c for c in self.doc.kids(to) if c.dep_ == "pobj"), None)
                if pobj is None:
                    pobj = next((c for c in self.doc.kids(t) if c.dep_ == "pobj"), None)
                cue = (t.i, t.i + 2)
            elif low == "per" and (t.i == 0 or d[t.i - 1].text in (",", "(", "—", "–")
                                   or t.is_sent_start):
                # "..., per the airport operator"; "per cent", "per day" are rates
                pobj = next((c for c in self.doc.kids(t) if c.dep_ == "pobj"), None)
                if pobj is None and t.i + 1 < self.n:
                    e = t.i + 1
                    while e < self.n and e < t.i + 12 and not d[e].is_punct:
                        e += 1
                    nxt = d[t.i + 1:e]
                    pobj = nxt.root if len(nxt) and nxt.root.pos_ in ("NOUN", "PROPN") else None
                if pobj is None or pobj.lemma_.lower() in _RATE_WORDS or pobj.pos_ not in ("NOUN", "PROPN"):
                    continue
                cue = (t.i, t.i + 1)
            else:
                continue
            if pobj is None:
                continue
            head = t.head if t.head.i != t.i else None
            if head is None:
                continue
            if head.i in self.tight_verb.values() and cue[0] > head.i:
                continue  # '"X," she told investigators, according to the report': the quote's
                # attribution is the report's; only the quote is labelled
            if self._provenance(pobj, head):
                continue
            # climb from a noun attachment to its clause
            while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and head.dep_ != "ROOT":
                head = head.head
            # "According to an official, who asked not to be named, the decision was taken": the
            # parser may hang the cue on the source's relative clause; the claim is the main clause
            for _ in range(3):
                if head.dep_ == "ROOT" or head.head.i == head.i or not any(
                        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in self.doc.kids(head)):
                    break
                head = head.head
                while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and head.dep_ != "ROOT":
                    head = head.head
            a, b = head.left_edge.i, head.right_edge.i + 1
            pa, pb = t.left_edge.i, max(t.right_edge.i, pobj.right_edge.i) + 1
            pa = min(pa, cue[0])
            b = max(b, pb)
            while b > pb and (d[b - 1].is_space or d[b - 1].is_punct):
                b -= 1  # the final period and paragraph break are not part of the clause
            if pa <= a + 1:
                a = pb
                if a + 1 < b and d[a].text == "," and d[a + 1].tag_ in ("WP", "WDT") \
                        and d[a + 1].head.right_edge.i + 1 < b:
                    a = d[a + 1].head.right_edge.i + 1  # ", who asked not to be named,"
                elif a + 1 < b and d[a].text == "," and d[a + 1].pos_ in ("DET", "PROPN", "ADJ", "NOUN"):
                    # "According to Cochilco, the state copper commission, prices ...": the
                    # source's appositive, a noun phrase closed by a second comma
                    k = a + 1
                    while k < b and k - a <= 10 and d[k].pos_ in ("DET", "PROPN", "ADJ", "NOUN", "PART", "ADP",
                                                                 "NUM", "CCONJ") and d[k].text != ",":
                        k += 1
                    if k < b - 2 and d[k].text == "," and self._speakerish(d[a + 1:k].root):
                        a = k + 1
            elif pb >= b - 1:
                b = pa
            elif self.sent_of[pa] == self.sent_of[a]:
                pass  # in the middle: keep the whole clause
            i, j = self._trim(a, b)
            if j - i < 2:
                continue
            content = self.tok_span(i, j)
            kind, content, quotes = self._kind(content)
            # "according to the cantonal doctor, Dr. Anne Perret.": the name after the comma
            # is the speaker's appositive when the sentence ends there
            limit = None
            e = pobj.right_edge.i + 1
            if e + 1 < self.n and d[e].text == "," and not self.in_quote[e]:
                k = e + 1
                while k < self.n and self.sent_of[k] == self.sent_of[e] and k - e <= 12 and (
                        d[k].text == "-" or not d[k].is_punct
                        and (d[k].pos_ in ("PROPN", "DET", "ADJ", "NOUN", "PART")
                             or d[k].lower_ in ("of", "at", "for", "in") and k > e + 1)):
                    # (", a professor of computer science at KU Leuven.": the role's own
                    # prepositions)
                    k += 1
                if k > e + 1 and (k >= self.n or d[k].text in (".", "!", "?", ";")
                                  or self.sent_of[k] != self.sent_of[e]) \
                        and any(d[x].pos_ == "PROPN" for x in range(e + 1, k)):
                    limit = k
            self.cands.append(_Cand(content, kind, "reported.according_to",
                                    cue=self.tok_span(*cue), speaker_range=(pobj.left_edge.i,
                                                                            pobj.right_edge.i + 1),
                                    speaker_limit=limit, quotes=quotes))
