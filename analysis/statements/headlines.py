"""Headlines: 'Speaker: claim', 'X says Y' and a headline's claim subject.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from analysis.nlp import DATELINE_RE
from analysis.statements.candidates import _Cand
from analysis.statements.words import _FINITE, _GENRE_LABELS, _QUOTE_CHARS


class Headlines:
    """Headlines: 'Speaker: claim', 'X says Y' and a headline's claim subject. Mixed into
    :class:`analysis.statements.extractor._Extractor`.
    """

    def _headline_claim_subject(self, v: Token) -> Token | None:
        """Headline 'Bank holds rate, says inflation fight far from over': the noun after "says"
        starts the claim (it is no short name closing the line, as in 'Strike on, says union');
        the speaker is the subject of the clause before the comma."""
        if v.dep_ != "ROOT" or not self._is_headline(v.i):
            return None
        post = next((c for c in self.doc.kids(v) if c.dep_ in ("nsubj", "nsubjpass") and c.i > v.i), None)
        left = next((c for c in self.doc.kids(v) if c.dep_ == "ccomp" and c.i < v.i), None)
        if post is None or left is None:
            return None
        lsubj = next((c for c in self.doc.kids(left) if c.dep_ == "nsubj"), None)
        if lsubj is None or lsubj.pos_ not in ("NOUN", "PROPN"):
            return None
        short = post.right_edge.i - post.left_edge.i < 3 and post.i == post.right_edge.i \
            and self._speakerish(post)
        return None if short else post

    def _headline_verb(self, v: Token) -> bool:
        """A verb with no subject anywhere before it ('X rejects Y, alleges Z'): the clause
        before it is a second predicate of the same subject, not what it reports (a fronted
        report has its speaker between: 'X, officials said')."""
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "agent") for c in self.doc.kids(v)):
            return False
        if not self._is_headline(v.i):
            return False  # "X, argued Shalev": an inverted report in running text
        return self._comma_np_before(v) is None and v.dep_ in ("ROOT", "conj")

    def _headline_said_tail(self, v: Token) -> tuple[int, int] | None:
        """'Shelling cuts power line to plant, IAEA says', 'Forces repel attacks, says
        information team': a headline that ends in its source after a comma. Its claim is all
        before the comma, however the parser read it (a gerund it made an adverbial clause, a
        verb it took for a noun); the subject after or right before "says" is the speaker."""
        if v.dep_ != "ROOT" or not self._is_headline(v.i) or self.in_quote[v.i]:
            return None
        doc = self.doc
        para = self.para_of[v.i]
        first = v.i
        while first > 0 and self.para_of[first - 1] == para and not doc[first - 1].is_space:
            first -= 1
        last = v.i
        while last + 1 < len(doc) and self.para_of[last + 1] == para \
                and not doc[last + 1].is_space:
            last += 1
        if doc[v.i - 1].text == "," and 1 <= last - v.i <= 5 \
                and doc[last].pos_ in ("NOUN", "PROPN") and v.i - first >= 4 \
                and all(doc[k].head.i == v.i or v.i < doc[k].head.i <= last
                        for k in range(v.i + 1, last + 1)):
            # "..., says information team": the source closes the line (the parser may not
            # call it the subject)
            comma = v.i - 1
            if comma <= first + 2:
                return None
            self.speaker_override[v.i] = (v.i + 1, last + 1)
            return (first, comma)
        subj = next((c for c in reversed(list(doc.kids(v))) if c.dep_ == "nsubj"), None)
        if subj is None or subj.i > v.i:
            return None
        else:  # "..., IAEA says": nothing after the verb
            comma = subj.left_edge.i - 1
            if v.i < last or subj.i < first + 3 or v.i - subj.left_edge.i > 5:
                return None
        if comma <= first + 2 or doc[comma].text != ",":
            return None
        return (first, comma)

    def _headline_says_rest(self, v: Token) -> tuple[int, int] | None:
        """'PM says no early election', 'Kremlin says no plans for talks': a headline's "says"
        with a subject before it and a verbless claim after it, to the end of the line."""
        if v.lemma_.lower() != "say" or not self._is_headline(v.i) or self.in_quote[v.i]:
            return None
        doc = self.doc
        if not any(c.dep_ == "nsubj" and c.i < v.i for c in doc.kids(v)):
            return None
        para = self.para_of[v.i]
        last = v.i
        while last + 1 < len(doc) and self.para_of[last + 1] == para \
                and not doc[last + 1].is_space:
            last += 1
        if last - v.i < 2 or any(doc[k].pos_ in ("VERB", "AUX") and doc[k].tag_ in _FINITE
                                 or self.in_quote[k] for k in range(v.i + 1, last + 1)):
            return None  # (a clause with its own verb is the parser's to find, a quote the
            # quote rules')
        return (v.i + 1, last + 1)

    def _is_headline(self, k: int) -> bool:
        """Token ``k`` sits in a short paragraph without final punctuation (a headline)."""
        ps, pe = self.paragraphs[self.para_of[k]]
        line = self.text[ps:pe].rstrip().rstrip(_QUOTE_CHARS)
        return bool(line) and line[-1] not in ".!?:;," and len(line.split()) <= 20

    def headline_colon(self) -> None:
        d = self.doc
        for ps, pe in self.paragraphs:
            k0 = bisect.bisect_left(self.starts, ps)
            k1 = bisect.bisect_left(self.starts, pe)
            dl = DATELINE_RE.match(self.text, ps)
            if dl and dl.end() < pe and self.text[dl.start()].isdigit():
                k0 = bisect.bisect_left(self.starts, dl.end())  # "09:20 — Coast Guard: ..."
            if k1 - k0 > 40 or k1 - k0 < 4:
                continue
            colon = next((k for k in range(k0, min(k1, k0 + 7)) if d[k].text == ":"
                          and not self.in_quote[k]), None)
            if colon is None:
                self._headline_source_after(k0, k1)
            if colon is None or colon == k0:
                continue
            left = range(k0, colon)
            if any(d[k].pos_ in ("VERB", "AUX") for k in left):
                continue
            right = [k for k in range(colon + 1, k1) if not d[k].is_space]
            if len(right) < 3:
                continue
            if self._colon_dateline(k0, colon):
                continue  # "ISLAMABAD: The party on Sunday rejected ...": a colon dateline
            ltext = self.text[d[k0].idx:d[colon].idx]
            hit = self.reg.match(ltext)
            root = d[k0:colon].root
            speakerish = (hit is not None and hit[0].kind != "state") \
                or root.ent_type_ == "PERSON" or self.attr._rule(ltext) is not None \
                or root.lemma_.lower() in self.speaker_nouns  # "Union: strike will go ahead"
            if colon - k0 == 1 and root.lower_ in _GENRE_LABELS:
                continue  # "Analysis: why the deal may not last": a section label
            if d[colon + 1].lower_ in self.verbs.never_content:
                continue  # a question, not a claim
            if not speakerish or (hit is not None and hit[0].kind == "state"):
                continue
            if all(d[k].ent_type_ in ("GPE", "LOC") for k in left if not d[k].is_punct):
                continue
            i, j = self._trim(right[0], right[-1] + 1)
            # a headline has no final period, keep a quote's closing mark
            content = self.tok_span(i, j)
            kind, content, quotes = self._kind(content)
            if kind == "direct":
                continue  # the quote pass handles 'X: "..."'
            self.cands.append(_Cand(content, kind, "reported.headline_colon",
                                    cue=self.tok_span(colon, colon + 1), speaker_range=(k0, colon),
                                    quotes=quotes))

    def _headline_source_after(self, k0: int, k1: int) -> None:
        """"N. Korea fires ballistic missile into East Sea: JCS", "(LEAD) ... troops to
        Russia: NIS": Korean and Japanese agencies put a headline's source last, after a
        colon. The source must be a speaker the registry or the rules know (an agency's
        acronym, "official", "sources"), and the claim before it a clause."""
        d = self.doc
        if not self._is_headline(k0):
            return
        end = k1
        while end > k0 and d[end - 1].is_space:
            end -= 1
        colon = next((k for k in range(end - 1, max(k0, end - 5), -1) if d[k].text == ":"
                      and not self.in_quote[k]), None)
        if colon is None or end - colon - 1 < 1:
            return
        start = k0
        if d[start].text == "(":  # "(LEAD)", "(URGENT)": the agency's tag, not the claim
            close = next((k for k in range(start, min(colon, start + 4)) if d[k].text == ")"), None)
            start = close + 1 if close is not None else start
        if colon - start < 4 or not any(d[k].pos_ in ("VERB", "AUX") for k in range(start, colon)):
            return
        src = self.text[d[colon + 1].idx:d[end - 1].idx + len(d[end - 1].text)]
        hit = self.reg.match(src)
        speakerish = hit is not None and hit[0].kind != "state" or src.isupper() and len(src) <= 8 \
            or self.attr._rule(src) is not None
        if not speakerish:
            return
        i, j = self._trim(start, colon)
        content = self.tok_span(i, j)
        kind, content, quotes = self._kind(content)
        if kind == "direct":
            return
        self.cands.append(_Cand(content, kind, "reported.headline_colon",
                                cue=self.tok_span(colon, colon + 1), speaker_range=(colon + 1, end),
                                quotes=quotes))
