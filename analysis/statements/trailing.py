"""Reports that close their sentence ('X, health officials said') and subjectless reports whose
speaker the parser hung elsewhere.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from analysis.statements.candidates import _Cand
from analysis.statements.shared import _two_phrases
from analysis.statements.words import (
    _BARE_ADDRESSEE_VERBS,
    _DASHES,
    _FINITE,
    _QUOTE_CHARS,
    _STRIP_PUNCT,
)
from analysis.types import Span


class TrailingReports:
    """Reports that close their sentence ('X, health officials said') and subjectless reports whose
    speaker the parser hung elsewhere. Mixed into
    :class:`analysis.statements.extractor._Extractor`.
    """

    def _trailing_report(self, c: Token, v: Token) -> tuple[int, int] | None:
        """(comma, speaker head) when complement ``c`` of ``v`` is really a report closing the
        sentence after a comma (", the agency reports", ", state television reported"): a
        reporting verb whose subject sits between that comma and it, with nothing after it."""
        if c.i <= v.i or c.lemma_.lower() not in self.verbs.frames or self.in_quote[c.i]:
            return None
        if any(x.i > c.i and not x.is_punct for x in self.doc.kids(c)):
            return None
        comma = next((x.i for x in self.doc.kids(c) if x.text == "," and x.i < c.i), None)
        if comma is None or comma <= v.i:
            return None
        subj = [x for x in self.doc.kids(c) if comma < x.i < c.i and x.dep_ in ("nsubj", "compound")
                and x.pos_ in ("NOUN", "PROPN")]
        if not subj or any(self.doc[k].pos_ in ("VERB", "AUX") for k in range(comma + 1, c.i)):
            return None
        if _two_phrases(self.doc, comma + 1, c.i):
            return None  # ", a charge police denied": a comment on the claim, not its source
        return comma, subj[-1].i

    def _add_trailing(self, c: Token, subj: int, rng: tuple[int, int]) -> None:
        i, j = self._trim(*rng)
        if j - i < 3 or self.para_of[i] != self.para_of[j - 1]:
            return
        kind, content, quotes = self._kind(self.tok_span(i, j))
        self.cands.append(_Cand(content, kind, "reported.says_x", cue=self.tok_span(c.i, c.i + 1),
                                verb=c.i, quotes=quotes, speaker_head=subj))

    def _add_reported(self, v: Token, rng: tuple[int, int], method: str) -> None:
        i, j = self._trim(*rng)
        if i == self.sents[self.sent_of[v.i]][0]:
            i = min(max(i, self._content_start(v)), j)  # never the dateline ('GDANSK, May 6 —')
        i = self._skip_medium_phrase(v, i, j)
        if (j - i < 2 or i <= v.i < j) and not (j - i >= 2 and method == "reported.interposed"):
            return
        # the content stops at a nested participle report after a comma (", calling them X")
        for k in range(i + 1, j):
            t = self.doc[k]
            if t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp", "conj") and self.doc[k - 1].text == "," \
                    and t.lemma_.lower() in self.verbs.frames and not self.in_quote[k]:
                j = k - 1
                break
        i, j = self._trim(i, j)
        if j - i < 2:
            return
        # '..., an accusation Saudi officials denied' / ', a figure the union disputes': a
        # closing comment on the claim in another voice is not part of it
        for k in range(i + 2, j - 2):
            t = self.doc[k]
            if self.doc[k - 1].text == "," and t.lower_ in ("a", "an") and not self.in_quote[k]:
                n = t.head
                if n.pos_ == "NOUN" and n.i == k + 1 and any(
                        c.dep_ == "relcl" and any(x.dep_ in ("nsubj", "nsubjpass") for x in self.doc.kids(c))
                        and c.right_edge.i >= j - 1 for c in self.doc.kids(n)):
                    j = k - 1
                    break
        # never across a paragraph
        if self.para_of[i] != self.para_of[j - 1]:
            para_end = self.paragraphs[self.para_of[i]][1]
            while j > i and self.starts[j - 1] >= para_end:
                j -= 1
            if j - i < 2:
                return
        content = self.tok_span(i, j)
        if method == "reported.interposed" and self.in_quote[i] and self.in_quote[j - 1] \
                and self.quote_of[i] != self.quote_of[j - 1]:
            return  # '"A," she added, "B."': a split quote, handled by the quote pass
        subj, carrier = self.subject_of(v)
        cue = self.tok_span(v.i, v.i + 1)
        qv = self._quoting_verb(v)
        if qv is not None and qv.i != carrier.i and not any(c.dep_ == "auxpass" for c in self.doc.kids(qv)):
            # ", quoting a union official as saying X": the participle has no subject of its
            # own; the walk up found the outlet's report, but the speaker is the quoted official
            obj = next((c for c in self.doc.kids(qv) if c.dep_ == "dobj"), None)
            if obj is not None:
                own, _ = self._subject(qv)  # the outlet that quotes
                if own is not None and own.i != obj.i and not self.in_quote[own.i]:
                    subj = own
                i, j = self._trim(obj.left_edge.i, v.right_edge.i + 1)
                if j - i >= 3:
                    kind, oc, quotes = self._kind(self.tok_span(i, j))
                    self.cands.append(_Cand(oc, kind, "reported.participle" if qv.tag_ == "VBG" else "reported.ccomp",
                                            cue=self.tok_span(qv.i, qv.i + 1),
                                            verb=qv.i, quotes=quotes,
                                            speaker_head=subj.i if subj is not None else None,
                                            no_speaker=subj is None))
                subj, carrier = obj, qv
        if carrier.lemma_.lower() == "quote" and carrier.i != v.i:
            obj = next((c for c in self.doc.kids(carrier) if c.dep_ == "dobj"), None)
            if obj is not None and not any(c.dep_ == "auxpass" for c in self.doc.kids(carrier)):
                self._quoted_outer(v, carrier, obj)  # active: "Y quoted X as saying"
                subj = obj
        if not method:
            passive = any(c.dep_ == "auxpass" for c in self.doc.kids(carrier))
            if carrier.lemma_.lower() == "quote" and carrier.i != v.i and passive:
                method = "reported.passive"  # cue "quoted (by Y) as saying"
                lo, hi = sorted((carrier.i, v.i))
                cue = self.tok_span(lo, hi + 1)
            elif v.tag_ == "VBG" and v.dep_ != "ROOT":
                method = "reported.participle"
            elif subj is None and any(c.dep_ == "auxpass" for c in self.doc.kids(v)):
                method = "reported.passive"
            elif subj is not None and subj.i > v.i and content[1] <= v.idx:
                method = "reported.says_x"
            else:
                method = "reported.ccomp"
        kind, content, quotes = self._kind(content)
        cand = _Cand(content, kind, method, cue=cue, verb=v.i, quotes=quotes,
                     speaker_head=subj.i if subj is not None else None,
                     no_speaker=subj is None)
        if v.i in self.speaker_override:
            cand.speaker_head, cand.speaker_range = None, self.speaker_override[v.i]
            cand.no_speaker = False
        self.cands.append(cand)

    def _kind(self, content: Span) -> tuple[str, Span, tuple[int, ...]]:
        """direct / mixed / reported for a content span, and the quotes it holds."""
        s, e = content
        starts = [q.open for q in self.quotes]
        k = max(0, bisect.bisect_right(starts, s) - 1)
        hit: list[int] = []
        while k < len(self.quotes) and self.quotes[k].open < e:
            qo = self.quotes[k].outer
            if qo[1] > s and qo[0] < e:
                hit.append(k)
            k += 1
        if not hit:
            return "reported", content, ()
        if len(hit) == 1:
            qo = self.quotes[hit[0]].outer
            inner = self.quote_content(hit[0])
            outside = self.text[s:max(s, qo[0])] + self.text[min(e, qo[1]):e]
            if not outside.strip(_STRIP_PUNCT + ".!?" + _QUOTE_CHARS):
                return "direct", inner, tuple(hit)
        # a mixed content keeps whole quotes: extend to the marks the tree left out
        lo = min(s, min(self.quotes[k].outer[0] for k in hit))
        hi = max(e, max(self.quotes[k].outer[1] for k in hit))
        return "mixed", (lo, hi), tuple(hit)

    # ------------------------------------------------------------------ pass 2b
    def _comma_np_before(self, v: Token) -> tuple[int, int] | None:
        """'..., health authorities in the canton of Vaud said': the token range of a noun
        phrase between a comma and the verb (no finite verb inside), or None."""
        d = self.doc
        s0 = self.sents[self.sent_of[v.i]][0]
        k = v.i - 1
        while k > s0 and v.i - k <= 16:
            t = d[k]
            if t.text == ",":
                break
            if self.in_quote[k] or "\n" in t.text or t.text in (";", ":") \
                    or t.text in _DASHES and t.tag_ != "HYPH":
                return None
            if t.pos_ in ("VERB", "AUX") and t.tag_ in _FINITE and not (
                    t.dep_ == "relcl" and t.left_edge.tag_ in ("WP", "WDT") and t.head.i < t.left_edge.i):
                return None  # a finite verb, unless in the phrase's relative clause ("who asked ...")
            k -= 1
        else:
            return None
        a = k + 1
        if d[k].text == "," and a == v.i:
            return self._comma_np_with_name_before(v)
        if d[k].text != "," or a >= v.i:
            return None
        if not any(d[x].pos_ in ("NOUN", "PROPN", "PRON") for x in range(a, v.i)):
            return None
        if d[a].pos_ in ("ADP", "SCONJ", "CCONJ", "ADV") or d[a].lower_ in ("which", "who", "that"):
            return None  # ", after which officials said", ", and police said": not a subject
        if _two_phrases(d, a, v.i):
            return None  # ", a charge police denied": two phrases, a comment on the claim
        return a, v.i

    def _participle_after(self, v: Token) -> Token | None:
        """'..., his economy chief, X, told Catalan radio, adding that Y.': a reporting
        participle right after the conjoined verb's own words that runs to the sentence end,
        hung by the parser on the sentence's first verb; the participle, or None."""
        d = self.doc
        e = self.sents[self.sent_of[v.i]][1]
        k = v.right_edge.i + 1
        if d[k - 1].text != ",":  # (the parser may end the verb's phrase on the comma)
            if k + 1 >= e or d[k].text != ",":
                return None
            k += 1
        if k >= e:
            return None
        p = d[k]
        if p.tag_ != "VBG" or p.dep_ != "advcl" or p.head.i != v.head.i \
                or p.lemma_.lower() not in self.verbs.frames or self.in_quote[p.i]:
            return None
        if not all(d[x].is_punct or d[x].is_space for x in range(p.right_edge.i + 1, e)):
            return None
        return p

    def _comma_np_with_name_before(self, v: Token) -> tuple[int, int] | None:
        """'His government will extend the budget, his economy chief, Núria Ferrer, told
        Catalan radio': a role and its name in apposition, each between commas, right before
        the verb; the range of both (without the last comma), or None."""
        d = self.doc
        if v.dep_ == "ROOT":
            return None  # the sentence's own verb: what stands before it is no content of it
        s0 = self.sents[self.sent_of[v.i]][0]
        ends = v.i - 1  # the comma before the verb
        k = ends - 1
        while k > s0 and d[k].text != "," and d[k].pos_ == "PROPN" and ends - k <= 4:
            k -= 1
        if d[k].text != "," or k == ends - 1 or self.in_quote[k]:
            return None  # the name: capitalised words only, between two commas
        name_end = k
        k -= 1
        while k > s0 and d[k].text != "," and ends - k <= 12:
            t = d[k]
            if self.in_quote[k] or t.pos_ in ("VERB", "AUX") or t.text in (";", ":"):
                return None
            k -= 1
        if d[k].text != "," or k + 1 >= name_end:
            return None
        a = k + 1
        if d[a].lower_ not in ("his", "her", "its", "their", "the", "a", "an") \
                or not any(d[x].pos_ == "NOUN" for x in range(a, name_end)):
            return None  # a role noun phrase ("his economy chief"), not a clause or a list
        return a, ends

    def _headline_noun(self, v: Token) -> bool:
        """'..., tsunami warning lifted': in a headline a bare -ing form with no auxiliary
        whose subject cannot speak is a noun ("warning", "ruling"), not a report."""
        if v.tag_ != "VBG" or not self._is_headline(v.i) \
                or any(c.dep_ in ("aux", "auxpass") for c in self.doc.kids(v)):
            return False
        subj = next((c for c in self.doc.kids(v) if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subj is not None and not self._speakerish(subj)

    def _speakerish(self, t: Token) -> bool:
        """A noun that can head a speaker: a name, an organisation, a person or body noun."""
        if t.pos_ in ("PRON", "PROPN") or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
            return True
        r = self.reg.rules
        low = t.lemma_.lower()
        return low in self.speaker_nouns or low in r.anonymous_heads or low in r.person \
            or low in r.public or low in r.government or low in r.military or low in r.media

    def _right_is_bare(self, v: Token) -> bool:
        """Nothing but time, place, medium or a participle after the verb, up to the sentence end."""
        d = self.doc
        addressee = v.lemma_.lower() in _BARE_ADDRESSEE_VERBS
        for c in self.doc.kids(v):
            if c.i > v.i and c.dep_ in ("dobj", "dative") and addressee and c.right_edge.i - c.i <= 3:
                continue  # ", a councillor told this newspaper"
            if c.i > v.i and c.dep_ not in ("prep", "npadvmod", "advmod", "advcl", "punct", "agent"):
                return False
            if c.i > v.i and c.dep_ == "advcl" and c.tag_ != "VBG" and not any(
                    m.dep_ == "mark" and m.lower_ in ("after", "before", "as", "when", "while", "since", "until")
                    for m in self.doc.kids(c)):
                return False  # ", hours after rockets were fired": time, not content
        e = self.sents[self.sent_of[v.i]][1]
        return all(d[k].is_punct or d[k].is_space for k in range(v.right_edge.i + 1, e))

    def _content_start(self, v: Token) -> int:
        """Start of the sentence of ``v``, after a dateline ('LAUSANNE —')."""
        d = self.doc
        a = self.sents[self.sent_of[v.i]][0]
        for k in range(a, min(a + 10, v.i)):
            if d[k].text in _DASHES:
                # 'SZOLNOK, Hungary, Nov 6 —': place names, a date, punctuation
                if all(d[x].text.isupper() or d[x].pos_ == "PROPN" or d[x].is_punct
                       or d[x].like_num for x in range(a, k)):
                    return k + 1
                break
            if d[k].text == ":" and k > a:
                return k + 1 if self._colon_dateline(a, k) else a
        return a

    def _colon_dateline(self, a: int, colon: int) -> bool:
        """Tokens ``a``..``colon`` are a colon dateline ('RAWALPINDI:', 'NEW DELHI:', South Asian
        papers): a place the tables know, in capitals."""
        place = self.text[self.doc[a].idx:self.doc[colon].idx]
        return place.isupper() and len(place) > 3 and self.reg.countries.find(place.title()) is not None

    def _cut_before_closing_report(self, comma: int, v: Token) -> None:
        """The other reports of the sentence stop before a closing one ('Councillors said A, a
        councillor told this newspaper': "said" reports A only)."""
        cut_at = self.starts[comma]
        for c in self.cands:
            if c.content[0] < cut_at < c.content[1] and c.verb is not None and c.verb < comma \
                    and c.verb != v.i and c.content[1] >= self.starts[v.i]:
                ks = bisect.bisect_right(self.starts, c.content[0]) - 1
                ci, cj = self._trim(ks, comma)
                if cj - ci >= 2:
                    c.kind, c.content, c.quotes = self._kind(self.tok_span(ci, cj))

    def trailing_attributions(self) -> None:
        """A report closing its sentence after a comma, 'X, the ministry said in a statement.',
        when the parser hung the verb on X (conjunct, clause of a noun) or the speaker on X
        (an appositive): the content is X, the speaker the noun phrase after the comma.
        Also a subjectless report whose subject the parser took for an appositive of the
        phrase before it ('In Strasbourg, a spokesperson for X said ...')."""
        d = self.doc
        by_verb: dict[int, list[_Cand]] = {}
        for c in self.cands:
            if c.verb is not None and not c.method.startswith("quote."):
                by_verb.setdefault(c.verb, []).append(c)
        for v in d:
            if self.in_quote[v.i] or v.dep_ == "relcl" or v.lemma_.lower() not in self.verbs.frames:
                continue
            if v.dep_ == "ccomp" and not self._right_is_bare(v):
                continue  # a report inside a clause only when it closes the sentence
            # ', both companies announced on Monday': the tagger may take the verb for a
            # participle of the noun before it; a speaker noun there makes it a report
            acl = v.tag_ == "VBN" and v.dep_ == "acl" and self._speakerish(v.head)
            # ', Senate President X announced on Tuesday, ending ...': the tagger may call a
            # past tense with a subject of its own and no auxiliary a participle
            finite = v.tag_ in ("VBD", "VBZ", "VBP") or v.tag_ == "VBN" and v.dep_ == "advcl" \
                and any(c.dep_ == "nsubj" for c in self.doc.kids(v)) \
                and not any(c.dep_ in ("aux", "auxpass") for c in self.doc.kids(v))
            if not acl and (not finite or not self.is_cue(v, "clause")):
                continue
            np = self._comma_np_before(v)
            if np is None:
                continue
            a, b = np
            if acl and not (a <= v.head.i < b and v.head.i == b - 1):
                continue
            comma = a - 1
            kids = self.doc.kids(v)
            # (a dateline the parser made the verb's subject is none: 'SZOLNOK, Hungary, Nov 6
            # — A train ploughed into ..., police and the railway company said')
            start = self._content_start(v)
            has_subj = any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "agent") and c.i >= start
                           for c in kids)
            subj_in = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass") and a <= c.i < b), None)
            if subj_in is not None and subj_in.lower_ in ("it", "this", "that"):
                continue
            cands = by_verb.get(v.i, [])
            if cands:
                if has_subj and subj_in is None:
                    continue
                if subj_in is not None and self._right_is_bare(v) and comma - self.sents[self.sent_of[v.i]][0] >= 3:
                    self._cut_before_closing_report(comma, v)
                    # the closing report covers the whole sentence before it ("Residents said X")
                    i, j = self._trim(self._content_start(v), comma)
                    if j - i >= 3 and self.para_of[i] == self.para_of[v.i]:
                        for c in cands:
                            if c.content[1] <= self.starts[comma] + 1:
                                c.kind, c.content, c.quotes = self._kind(self.tok_span(i, j))
                if not has_subj:  # 'a spokesperson said X and urged Y': the conjoined report too
                    # (the parser may hang the second report on the first one's clause)
                    for x in (*kids, *(y for c in kids if c.dep_ == "ccomp" for y in self.doc.kids(c))):
                        if x.dep_ == "conj" and x.i > v.i and not any(
                                y.dep_ in ("nsubj", "nsubjpass") for y in self.doc.kids(x)):
                            cands = cands + [c for c in by_verb.get(x.i, []) if c.speaker_head is None]
                for c in cands:
                    if c.speaker_head is not None and a <= c.speaker_head < b:
                        continue
                    if c.speaker_head is not None and not has_subj:
                        continue
                    ks = bisect.bisect_right(self.starts, c.content[0]) - 1
                    ke = bisect.bisect_right(self.starts, c.content[1] - 1) - 1
                    if ks < a <= ke:
                        i, j = self._trim(ks, comma)
                        if j - i < 3:
                            continue
                        c.kind, c.content, c.quotes = self._kind(self.tok_span(i, j))
                    elif ks >= b and has_subj:
                        continue
                    c.speaker_head = subj_in.i if subj_in is not None else None
                    c.speaker_range = None if subj_in is not None else (a, b)
                    c.no_speaker = False
                continue
            tail_part = self._participle_after(v) if v.dep_ == "conj" and not has_subj else None
            if not (self._right_is_bare(v) or tail_part is not None) \
                    or comma - self.sents[self.sent_of[v.i]][0] < 3:
                continue
            if has_subj and subj_in is None:
                continue
            i, j = self._trim(self._content_start(v), comma)
            if j - i < 3 or self.para_of[i] != self.para_of[v.i]:
                continue
            if any(c.dep_ == "ccomp" for c in kids):
                continue
            kind, content, quotes = self._kind(self.tok_span(i, j))
            if kind == "direct":
                continue  # '"X", he said': the quote pass has it
            self._cut_before_closing_report(comma, v)
            self.cands.append(_Cand(content, kind, "reported.says_x", cue=self.tok_span(v.i, v.i + 1),
                                    verb=v.i, quotes=quotes,
                                    speaker_head=subj_in.i if subj_in is not None else None,
                                    speaker_range=None if subj_in is not None else (a, b)))
            if tail_part is not None:
                # ", adding that Y": the participle the parser hung on the first clause's verb
                # continues the closing reporter, not that clause's subject
                for c in by_verb.get(tail_part.i, []):
                    c.speaker_head = subj_in.i if subj_in is not None else None
                    c.speaker_range = None if subj_in is not None else (a, b)
                    c.no_speaker = False
