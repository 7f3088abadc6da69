"""Assembling the statements: quote continuations, merging candidates, resolving speakers in text
order, building the records.
"""

from __future__ import annotations

import bisect

from analysis.attribution import Mention, Resolved
from analysis.quotes import Quote
from analysis.statements.candidates import _Cand
from analysis.statements.shared import _display_span, _one_country_per_organisation
from analysis.statements.words import _NEWSROOM_ROLES, _OUTLET_WORDS, _QUOTE_CHARS
from analysis.types import Span, Speaker, Statement


class Assembly:
    """Assembling the statements: quote continuations, merging candidates, resolving speakers in
    text order, building the records. Mixed into
    :class:`analysis.statements.extractor._Extractor`.
    """

    # ------------------------------------------------------------------ pass 4
    def continuations(self) -> None:
        used: set[int] = set()
        for c in self.cands:
            used.update(c.quotes)
        by_para: dict[int, list[_Cand]] = {}
        for c in self.cands:
            k = bisect.bisect_right(self.starts, c.content[0]) - 1
            by_para.setdefault(self.para_of[max(k, 0)], []).append(c)
        for lst in by_para.values():
            lst.sort(key=lambda c: c.content[0])
        for q, qu in enumerate(self.quotes):
            if q in used or self.q_tokens[q][0] < 0:
                continue
            content = self.quote_content(q)
            words = sum(1 for w in self.text[content[0]:content[1]].split() if any(ch.isalpha() for ch in w))
            inner = self.text[content[0]:content[1]]
            # a short quote is a whole sentence when it opens with a capital and ends with its
            # own full stop ("The bombing continues."); otherwise it may be a scare quote
            sentence = words >= 2 and inner[:1].isupper() and inner.rstrip()[-1:] in (".", "!", "?")
            if (words < 4 and not sentence) or not self._starts_sentence(qu):
                continue
            qs = self.q_tokens[q][0]
            para = self.para_of[qs]
            src = None
            own = [c for c in by_para.get(para, []) if c.kind != "reported" or c.method.startswith("quote")]
            prev = [c for c in by_para.get(para, []) if c.content[0] < qu.open]
            nxt = [c for c in own if c.content[0] > qu.open]
            others = {self._speaker_key(c) for c in by_para.get(para, [])}
            if prev:
                src = prev[-1]
            elif nxt and len(others) == 1:
                src = nxt[0]
            elif not by_para.get(para) and not self._para_has_cue(para):
                pp = para - 1
                if by_para.get(pp):
                    src = by_para[pp][-1]
            if src is None:
                continue
            cand = _Cand(content, "direct", "quote.continuation", cue=src.cue, verb=src.verb,
                         inherit=src, quotes=(q,))
            self.cands.append(cand)
            by_para.setdefault(para, []).append(cand)
            by_para[para].sort(key=lambda c: c.content[0])

    def _speaker_key(self, c: _Cand) -> object:
        while c.inherit is not None:
            c = c.inherit
        return c.speaker_head if c.speaker_head is not None else c.speaker_range

    def _starts_sentence(self, qu: Quote) -> bool:
        k = qu.open - 1
        t = self.text
        while k >= 0 and t[k] in " \t\r":
            k -= 1
        return k < 0 or t[k] in "\n.!?:" or t[k] in _QUOTE_CHARS

    def _para_has_cue(self, para: int) -> bool:
        ps, pe = self.paragraphs[para]
        k = bisect.bisect_left(self.starts, ps)
        while k < self.n and self.starts[k] < pe:
            t = self.doc[k]
            if not self.in_quote[k] and t.lemma_.lower() in self.verbs.frames and t.pos_ == "VERB":
                return True
            k += 1
        return False

    # ------------------------------------------------------------------ merging
    def _verbless(self, span: Span) -> bool:
        """No verb or auxiliary in the span's tokens (a bare name or title, not a clause)."""
        toks = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        return toks is not None and not any(t.pos_ in ("VERB", "AUX") for t in toks)

    def _subjunctive_content(self, c: _Cand) -> bool:
        """The candidate's content is its verb's that-clause in a subjunctive the tagger read
        as nouns ("demanded that Chile halt work"): a claim, though it shows no verb."""
        if c.verb is None:
            return False
        v = self.doc[c.verb]
        return any(k.dep_ == "ccomp" and self._nominal_subjunctive(k, v)
                   and c.content[0] <= k.idx < c.content[1] for k in self.doc.kids(v))

    def merge(self) -> list[_Cand]:
        """Drop duplicates: a quote claimed by both a tight attribution and a reported clause."""
        direct_by_quote = {q: c for q, c in self.quote_cand.items()}
        keep: list[_Cand] = []
        # '... were "completely baseless," a commander told Fars': the report covers the
        # quoted words and more, so it is one mixed statement, not a bare quote
        replaced = {id(self.quote_cand[q]) for c in self.cands if c.kind == "mixed"
                    and not c.method.startswith("quote.") for q in c.quotes
                    if q in self.quote_cand and self.tight_verb.get(q) == c.verb}
        for c in self.cands:
            if c.method == "reported.ccomp" and c.kind == "reported" and self._verbless(c.content) \
                    and not self._subjunctive_content(c):
                # "... landed in Iran instead, says U.S. - Action News" (a page title): a
                # reported clause with no verb in it is no claim, whatever the parse
                continue
            if c.method.startswith("quote."):
                if id(c) not in replaced:
                    keep.append(c)
                continue
            if c.kind == "direct":
                q = c.quotes[0]
                if q in direct_by_quote:
                    continue  # the quote pass has it already
                keep.append(c)
                direct_by_quote[q] = c
                continue
            keep.append(c)
        # a quote inside a kept mixed statement is not a statement of its own
        absorbed = {q for c in keep if c.kind == "mixed" for q in c.quotes}
        keep = [c for c in keep if not (c.method.startswith("quote.") and c.method != "quote.continuation"
                                        and c.quotes and c.quotes[0] in absorbed
                                        and self.tight_verb.get(c.quotes[0]) is None)]
        for q in absorbed:
            self.quote_cand.pop(q, None)
        # identical content spans: keep the first (most specific pass)
        seen: set[Span] = set()
        out = []
        for c in keep:
            if c.content in seen:
                continue
            seen.add(c.content)
            out.append(c)
        return out

    # ------------------------------------------------------------------ pass 5: speakers
    def speakers(self, cands: list[_Cand]) -> None:
        d = self.doc
        events: list[tuple[int, int, object]] = []  # (char pos, order, payload)
        for t in d:
            if t.dep_ in ("nsubj", "nsubjpass") and not self.in_quote[t.i] and \
                    t.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
                events.append((t.idx, 0, t))
        for c in cands:
            if c.speaker_head is not None:
                events.append((d[c.speaker_head].idx, 1, c))
            elif c.speaker_range is not None:
                events.append((d[c.speaker_range[0]].idx, 1, c))
        events.sort(key=lambda e: (e[0], e[1]))
        done: dict[int, Resolved] = {}
        for pos, order, payload in events:
            if order == 0:
                tok = payload
                if tok.i in done:
                    continue
                m = self.attr.mention_at(tok)
                r = self.attr.resolved(m, pos)
                done[tok.i] = r
                self.attr.note(r, tok)
            else:
                c = payload
                if c.speaker_head is not None:
                    tok = d[c.speaker_head]
                    r = done.get(tok.i)
                    if r is None:
                        m = self.attr.mention_at(tok)
                        r = self.attr.resolved(m, pos)
                        done[tok.i] = r
                        self.attr.note(r, tok)
                else:
                    m = self.attr.mention_range(*c.speaker_range, limit=c.speaker_limit)
                    r = self.attr.resolved(m, pos)
                    self.attr.note(r, d[m.head])
                c.resolved = r
        for c in cands:
            src = c
            seen = 0
            while src.inherit is not None and seen < 50:
                src = src.inherit
                seen += 1
            if src is not c:
                c.resolved = src.resolved

    # ------------------------------------------------------------------ output
    def sentence_span(self, *spans: Span | None) -> Span:
        lo = min(s[0] for s in spans if s)
        hi = max(s[1] for s in spans if s)
        k0 = max(0, bisect.bisect_right(self.starts, lo) - 1)
        k1 = max(0, bisect.bisect_right(self.starts, max(lo, hi - 1)) - 1)
        a = self.sents[self.sent_of[k0]][0]
        b = self.sents[self.sent_of[k1]][1]
        s, e = self.tok_span(a, b)
        s, e = min(s, lo), max(e, hi)
        while e > s and self.text[e - 1].isspace():
            e -= 1
        return (s, e)

    def _shown_span(self, a: Mention) -> Span:
        """What to show as the speaker: a proper name stands alone ('ElectWatch Nigeria', not
        'ElectWatch Nigeria, a coalition of civil society groups that deployed 600 observers');
        a common noun keeps its description ('Another traveller, a student from Cologne')."""
        sp = _display_span(a)
        h = self.doc[a.head]
        if a.appos is not None and a.display is not None and a.name is None \
                and a.appos[0] >= a.end and h.pos_ == "PROPN" \
                and (a.is_org or h.ent_type_ in ("ORG", "NORP", "FAC")):
            ap = self.doc.doc.char_span(a.appos[0], a.appos[1], alignment_mode="expand")
            # only a description of a body ("a coalition of ...", "a tabloid published by ..."):
            # a person's job ("Karim Nassar, an analyst at X") stays, the name may be unknown
            # to the tagger and the role tells who speaks
            r = self.reg.rules
            low = ap.root.lemma_.lower() if ap is not None else ""
            if low in r.organisation or low in _OUTLET_WORDS or low in r.media and low not in _NEWSROOM_ROLES:
                return a.span
        return sp

    def build(self, cands: list[_Cand]) -> list[Statement]:
        out: list[Statement] = []
        # nested attribution: a report whose cue sits inside another report's content
        reported = [c for c in cands if c.verb is not None and not c.method.startswith("quote.")]
        for c in reported:
            vpos = self.starts[c.verb]
            for o in reported:
                if o is c:
                    continue
                inside = o.content[0] <= vpos < o.content[1] and o.content[0] <= c.content[0] \
                    and c.content[1] <= o.content[1]
                if inside and (c.parent is None
                               or (o.content[1] - o.content[0]) < (c.parent[1] - c.parent[0])):
                    c.parent = o.content
        for c in cands:
            s, e = c.content
            if e <= s:
                continue
            speaker = None
            r = c.resolved
            if r is not None:
                m: Mention = r.mention
                a: Mention = r.antecedent
                shown = self._shown_span(a)
                speaker = Speaker(text=m.text, span=m.span, resolved_text=self.text[shown[0]:shown[1]],
                                  resolved_span=shown, actor=r.actor)
            sent = self.sentence_span(c.content, c.cue if c.inherit is None else None)
            cue_text = self.text[c.cue[0]:c.cue[1]] if c.cue else None
            out.append(Statement(content=(s, e), content_text=self.text[s:e], kind=c.kind,
                                 cue=cue_text, cue_span=c.cue, speaker=speaker, sentence=sent,
                                 method=c.method, parent=c.parent))
        out.sort(key=lambda st: (st.content[0], st.content[1]))
        return _one_country_per_organisation(out)
