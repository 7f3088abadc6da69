"""Direct quotes: the tight attribution right after or right before each top-level quote.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.nlp import DATELINE_RE
from analysis.statements.candidates import _Cand
from analysis.statements.words import _DASHES, _FINITE, _GENRE_LABELS, _QUOTE_CHARS
from analysis.types import Span


class DirectQuotes:
    """Direct quotes: the tight attribution right after or right before each top-level quote. Mixed
    into :class:`analysis.statements.extractor._Extractor`.
    """

    # ------------------------------------------------------------------ pass 1: quotes
    def direct_quotes(self) -> None:
        for q in range(len(self.quotes)):
            qs, qe = self.q_tokens[q]
            if qs < 0:
                continue
            content = self.quote_content(q)
            if content[1] <= content[0]:
                continue
            cand = self._after(q, content) or self._before(q, content)
            if cand is not None:
                cand.quotes = (q,)
                self.cands.append(cand)
                self.quote_cand[q] = cand

    def _after(self, q: int, content: Span) -> _Cand | None:
        stretch = self.quote_stretch_after(q)
        if not stretch:
            return None
        d = self.doc
        first = d[stretch[0]]
        inner_last = self.text[self.quotes[q].inner[0]:self.quotes[q].inner[1]].rstrip()[-1:]
        if first.text in _DASHES:
            rng = self._np_after(stretch[1:])
            if rng:
                return _Cand(content, "direct", "quote.dash", cue=self.tok_span(first.i, first.i + 1),
                             speaker_range=rng, speaker_limit=stretch[-1] + 1)
            return None
        if not (first.text == "," or inner_last in (",", "?", "!", "—", "–")):
            return None
        lead = d[stretch[1]] if first.text == "," and len(stretch) > 1 else first
        if lead.lower_ in ("while", "whereas", "although", "though", "because", "but", "and", "or"):
            return None  # '"X," while the Democrats warned that Y': a new clause, not "X"'s source
        # '"X," one of the lifters, who competed at the games, told investigators': a relative
        # clause inside the speaker's phrase is skipped (its verb is not the attribution)
        rel: set[int] = set()
        for k in stretch:
            t = d[k]
            if t.dep_ == "relcl" and d[t.left_edge.i - 1].text == "," and t.left_edge.tag_ in ("WP", "WDT", "WP$"):
                rel.update(range(t.left_edge.i, t.right_edge.i + 1))
        pos = -1
        for k in stretch:
            t = d[k]
            if k in rel:
                continue
            pos += 1
            if t.lower_ == "according" and k + 1 < self.n and d[k + 1].lower_ == "to":
                rng = self._np_after([x for x in stretch if x > k + 1])
                if rng:
                    # (the speaker's appositive runs to the end of the attribution:
                    # '"X," according to Pieter Goossens, a professor at KU Leuven.')
                    return _Cand(content, "direct", "quote.according_to",
                                 cue=self.tok_span(k, k + 2), speaker_range=rng,
                                 speaker_limit=stretch[-1] + 1)
                return None
            if self.is_cue(t, "quote") or self.is_cue(t, "clause"):
                if self._own_content_after(t):
                    return None  # '"baseless," calling on the region to X': its own content
                subj, _ = self.subject_of(t)
                self.tight_verb[q] = k
                rng = None
                if subj is None or self.in_quote[subj.i]:
                    # the parser hung the verb on a verb inside the quote: the speaker is the
                    # noun phrase between the quote and the verb
                    toks = [x for x in stretch if x < k]
                    while toks and d[toks[0]].is_punct:
                        toks = toks[1:]
                    rng = self._np_after(toks) if any(
                        d[x].pos_ in ("NOUN", "PROPN", "PRON", "NUM") for x in toks) else None
                    if not toks:  # '"X," stressed Bassam.': the name after the verb
                        rng = self._np_after([x for x in stretch if x > k and not d[x].is_punct])
                    subj = None
                return _Cand(content, "direct", "quote.verb_after", cue=self.tok_span(k, k + 1),
                             speaker_head=subj.i if subj is not None else None, speaker_range=rng,
                             verb=k)
            if t.pos_ in ("VERB", "AUX") and t.tag_ in _FINITE and t.dep_ not in ("aux", "auxpass"):
                return None
            if pos > 14:
                return None
        return None

    def _own_content_after(self, t: Token) -> bool:
        """The verb after a quote reports something else: a clause, an infinitive or an
        object-and-infinitive of its own after it, outside quote marks."""
        for c in self.doc.kids(t):
            if c.i > t.i and not self.in_quote[c.i] and c.dep_ in ("ccomp", "xcomp") and any(
                    x.pos_ in ("VERB", "AUX") and not self.in_quote[x.i] for x in c.subtree):
                return True
        return self.verbs.has(t.lemma_.lower(), "object_infinitive") and \
            self._object_infinitive(t) is not None

    def _fragment_mid_clause(self, q: int) -> bool:
        """A quoted phrase without a verb that is only part of the verb's clause: a phrase
        that is not its object ('complained about the water "for weeks" before X'), or an
        object the sentence goes on to modify ('rejected "any aggression" launched from its
        soil'). A scare quote inside a clause, not a quotation the verb introduces."""
        qs, qe = self.q_tokens[q]
        d = self.doc
        if any(d[k].pos_ in ("VERB", "AUX") for k in range(qs, qe + 1)):
            return False
        inner = self.text[self.quotes[q].inner[0]:self.quotes[q].inner[1]].rstrip()
        if inner[-1:] in (".", "!", "?"):
            return False  # 'urged "maximum restraint."': the sentence ends with the quote
        roots = [d[k] for k in range(qs, qe + 1) if not d[k].is_punct and not qs <= d[k].head.i <= qe]
        if any(r.dep_ not in ("dobj", "obj", "ccomp", "xcomp", "attr", "oprd", "appos", "parataxis",
                              "npadvmod", "conj") for r in roots):
            return True
        k = qe + 1
        while k < self.n and (d[k].is_space or d[k].text in _QUOTE_CHARS):
            k += 1
        return k < self.n and self.para_of[k] == self.para_of[qe] and not d[k].is_punct \
            and qs <= d[k].head.i <= qe

    def _quote_hangs_on(self, q: int, verb: Token) -> bool:
        """The quote right after ``verb`` is its complement: a part of it attaches to the verb
        (or to the verb's addressee). 'anyone found inciting violence "will face ..."': the
        quote's predicate belongs to the clause around "found", not to "found"."""
        qs, qe = self.q_tokens[q]
        d = self.doc
        roots = [d[k] for k in range(qs, qe + 1) if not d[k].is_punct and not qs <= d[k].head.i <= qe]
        if not roots:
            return True  # the quote is a sentence of its own
        near = {verb.i, *(c.i for c in self.doc.kids(verb))}
        # 'had been reported "more than three weeks ago"': a time or manner phrase of the verb
        # is not what was said
        return any(r.head.i in near and not (r.head.i == verb.i and r.dep_ in (
            "advmod", "npadvmod", "prep", "agent")) for r in roots)

    def _quoted_as_saying(self, verb: Token) -> Token | None:
        """The object of "quote" in "X quoted Y as saying ...", when ``verb`` is that "saying"."""
        if verb.lower_ != "saying" or verb.dep_ != "pcomp" or verb.head.lower_ != "as":
            return None
        quote = verb.head.head
        if quote.lemma_.lower() != "quote":
            return None
        return next((c for c in self.doc.kids(quote) if c.dep_ == "dobj"), None)

    def _np_after(self, toks: list[int]) -> tuple[int, int] | None:
        if not toks:
            return None
        d = self.doc
        end = toks[0]
        for k in toks:
            if d[k].text in (",", ";", "(") and k > toks[0]:
                break
            end = k + 1
        return (toks[0], end) if end > toks[0] else None

    def _before(self, q: int, content: Span) -> _Cand | None:
        stretch = self.quote_stretch_before(q)
        if not stretch:
            return None
        d = self.doc
        last = d[stretch[-1]]
        verb = None
        for k in reversed(stretch):
            t = d[k]
            if self.is_cue(t, "quote") or self.is_cue(t, "clause"):
                verb = t
                break
        if verb is not None and verb.tag_ == "VBN" and verb.lemma_.lower() != "quote" and not any(
                c.dep_ == "aux" for c in self.doc.kids(verb)):
            verb = None  # "had been reported", "anyone found inciting": not an attribution
        if verb is not None:
            between = [k for k in stretch if k > verb.i]
            if len(between) > 10 or any(d[k].pos_ in ("VERB", "AUX") and d[k].tag_ in _FINITE for k in between):
                verb = None
            elif any(c.dep_ in ("ccomp",) and not self.in_quote[c.i] for c in self.doc.kids(verb)):
                verb = None  # the verb has its own clause: a reported/mixed statement
            elif any(c.dep_ == "xcomp" and c.i < self.q_tokens[q][0] and not self.in_quote[c.i]
                     for c in self.doc.kids(verb)):
                verb = None  # "would continue to act against the group "X"": no report
            elif (self.verbs.has(verb.lemma_.lower(), "object_complement")
                  or self.verbs.has(verb.lemma_.lower(), "object_as")) and \
                    any(c.dep_ == "dobj" and not self.in_quote[c.i] for c in self.doc.kids(verb)):
                verb = None  # 'called them "X"': the quote is the complement, a mixed report
            elif last.text not in (":", ",", "that") and last.i != verb.i and \
                    last.dep_ not in ("dobj", "pobj", "dative", "npadvmod"):
                verb = None
        if verb is not None and last.text not in (":", ",") and (
                self._fragment_mid_clause(q) or not self._quote_hangs_on(q, verb)):
            verb = None
        if verb is not None and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.verbs.frames \
                and not self._animate_subject(verb):
            verb = None  # 'he said attacks would continue "until ..."': the report's own words
        if verb is not None:
            subj, _ = self.subject_of(verb)
            quoted = self._quoted_as_saying(verb)
            if quoted is not None:
                # 'Khovar quoted a border official as saying that "..."': the quote is the
                # official's (the outlet's report of it is the outer, reported statement)
                subj = quoted
            self.tight_verb[q] = verb.i
            return _Cand(content, "direct", "quote.verb_before", cue=self.tok_span(verb.i, verb.i + 1),
                         speaker_head=subj.i if subj is not None else None, verb=verb.i)
        if last.text == ":" and len(stretch) >= 2:
            toks = stretch[:-1]
            after = self.quote_stretch_after(q)
            if any(not self.doc[k].is_punct for k in after):
                return None  # 'Ministry: "X" fell in Iran': the quote is part of a claim
            if any(d[k].pos_ in ("VERB", "AUX") and (d[k].tag_ in _FINITE or d[k].tag_ in ("VBN", "VBG")
                                                     and d[k].dep_ not in ("amod", "compound"))
                   for k in toks):
                return None
            # drop a leading preposition: "From the ministry:"; stop at a comma: "From the
            # Pentagon, in a written statement:"
            i = toks[0]
            dl = DATELINE_RE.match(self.text, d[i].idx)
            if dl and self.text[dl.start()].isdigit():
                # "10:30 — Sen. X on X:": a live blog's timestamp is no part of the speaker
                while i < toks[-1] and d[i].idx < dl.end():
                    i += 1
            while i < toks[-1] and d[i].pos_ in ("ADP", "PUNCT", "CCONJ"):
                i += 1
            j = next((k for k in range(i, toks[-1] + 1) if d[k].text == ","), toks[-1] + 1)
            if not any(d[k].pos_ in ("PROPN", "NOUN", "PRON") for k in range(i, j)):
                return None
            if j - i == 1 and d[i].text.islower():
                return None  # "title: ...", "byline: ...": a field, not a speaker
            if self.text[d[i].idx:d[j - 1].idx + len(d[j - 1].text)].lower() in _GENRE_LABELS:
                return None  # "Q&A: 'The ban will not save a single fish'": a section label
            return _Cand(content, "direct", "quote.colon", cue=self.tok_span(last.i, last.i + 1),
                         speaker_range=(i, j))
        return None
