"""The extractor of one parsed document: the passes' mixins composed over the document's
tokens, quotes and paragraphs (see the package docstring for the passes)."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from analysis.attribution import VENUE, Attributor, DocTokens, default_country
from analysis.quotes import Quote, find_quotes, paragraph_spans
from analysis.registry import ActorRegistry
from analysis.reporting_verbs import VerbLexicon
from analysis.statements.assembly import Assembly
from analysis.statements.candidates import _Cand
from analysis.statements.clauses import Clauses
from analysis.statements.direct import DirectQuotes
from analysis.statements.headlines import Headlines
from analysis.statements.provenance import Provenance
from analysis.statements.reported import ReportedSpeech
from analysis.statements.shared import _sentence_ranges
from analysis.statements.subjects import Subjects
from analysis.statements.trailing import TrailingReports
from analysis.statements.words import (
    _MAX_STRETCH,
    _PURPOSE_HEADS,
    _PURPOSE_REPORTS,
    _RAISING,
    _SENT_END,
    _SPEAKER_NOUNS,
    _STRIP_PUNCT,
)
from analysis.types import Span


class _Extractor(Subjects, DirectQuotes, ReportedSpeech, Headlines, Clauses,
                 TrailingReports, Provenance, Assembly):
    """The passes over one parsed document, sharing its tokens, quotes and paragraphs."""
    def __init__(self, doc: Doc, registry: ActorRegistry, verbs: VerbLexicon,
                 outlet_country: str | None = None) -> None:
        self.doc = DocTokens(doc)  # tokens built once, indexed many times
        self.text = "".join(t.text_with_ws for t in self.doc.toks)  # = doc.text, without
        # building every token again
        self.reg = registry
        self.verbs = verbs
        toks = self.doc.toks
        n = len(toks)
        self.n = n
        self.starts = [t.idx for t in toks]
        self.paragraphs = paragraph_spans(self.text)
        para_starts = [s for s, _ in self.paragraphs]
        self.para_of = [max(0, bisect.bisect_right(para_starts, i) - 1) for i in self.starts]
        self.quotes: list[Quote] = find_quotes(self.text)
        self.quote_of = [-1] * n
        outers = [qu.outer for qu in self.quotes]
        nq = len(outers)
        qi = 0
        for k, start in enumerate(self.starts):
            while qi < nq and outers[qi][1] <= start:
                qi += 1
            if qi < nq and outers[qi][0] <= start < outers[qi][1]:
                self.quote_of[k] = qi
        self.in_quote = [q >= 0 for q in self.quote_of]
        self.q_tokens: list[tuple[int, int]] = [(-1, -1)] * len(self.quotes)
        for k, q in enumerate(self.quote_of):
            if q >= 0:
                a, b = self.q_tokens[q]
                self.q_tokens[q] = (k if a < 0 else a, k)
        # sentences, split at line breaks too (the boundary component does it when present)
        self.sent_of = [0] * n
        self.sents: list[tuple[int, int]] = []  # token ranges
        for s_start, s_end in _sentence_ranges(doc, toks):
            a = s_start
            for k in range(s_start, s_end):
                if "\n" in toks[k].text and k + 1 < s_end:
                    self.sents.append((a, k + 1))
                    a = k + 1
            self.sents.append((a, s_end))
        for si, (a, b) in enumerate(self.sents):
            for k in range(a, b):
                self.sent_of[k] = si
        dateline = default_country(registry, self.text, self.paragraphs)
        if outlet_country not in registry.countries.countries:
            outlet_country = None
        home = None if dateline == VENUE else dateline or outlet_country
        self.attr = Attributor(self.doc, registry, self.in_quote, self.para_of, home,
                               report_lemmas=frozenset(verbs.frames), text=self.text,
                               dateline=dateline, outlet_country=outlet_country)
        self.speaker_nouns = _SPEAKER_NOUNS
        self.cands: list[_Cand] = []
        self.quote_cand: dict[int, _Cand] = {}  # quote index -> its direct statement
        self.tight_verb: dict[int, int] = {}  # quote index -> verb token used as attribution
        self.speaker_override: dict[int, tuple[int, int]] = {}  # verb -> speaker token range

    # ------------------------------------------------------------------ helpers
    def tok_span(self, i: int, j: int) -> Span:
        """Char span of tokens [i, j)."""
        d = self.doc.toks
        return (d[i].idx, d[j - 1].idx + len(d[j - 1].text))

    def is_cue(self, t: Token, frame: str) -> bool:
        if t.pos_ not in ("VERB", "AUX") and not (t.lower_ in ("says", "said") and t.pos_ == "NOUN"):
            return False
        lemma = t.lemma_.lower()
        if not self.verbs.has(lemma, frame):
            return False
        part = self.verbs.particles.get(lemma)
        if part and not any(c.dep_ == "prt" and c.lower_ == part for c in self.doc.kids(t)):
            return False
        if lemma == "put":
            return any(c.dep_ == "dobj" and c.lower_ == "it" for c in self.doc.kids(t))
        if lemma == "call":
            # (only after the verb: "In a statement, the ministry called on X to Y" is a call)
            if any(c.dep_ in ("prep", "prt") and c.lower_ in ("for", "off", "up", "in")
                   and c.i > t.i for c in self.doc.kids(t)) and not (frame == "object_infinitive" and self._call_for_to(t)):
                return False  # "called for calm", "called off the strike"; not "called for X to Y"
            if t.i >= 2 and self.doc[t.i - 1].text == "-" and self.doc[t.i - 2].lower_ == "so":
                return False  # "so-called"
        if t.tag_ == "VBN" and t.dep_ in ("acl", "amod") and not (
                t.head.pos_ == "PROPN" and t.i > 0 and self.doc[t.i - 1].text == ","):
            return False  # "a film called X", "reports published by": a description, not a report
        if t.is_sent_start and t.text[:1].isupper() and not any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in self.doc.kids(t)):
            return False  # "Reports that X have revived concern": a noun the tagger took for a verb
        if any(c.dep_ == "nsubj" and c.lower_ in ("nobody", "none", "nothing") or
               c.dep_ == "nsubj" and c.lower_ == "one" and any(x.lower_ == "no" for x in self.doc.kids(c))
               for c in self.doc.kids(t)):
            return False  # "nobody asks you to", "no one said": nothing was said
        if lemma in self.verbs.animate and not self._animate_subject(t):
            return False  # "the failure rate suggested": evidence, not a speaker
        if lemma in self.verbs.sourcing_only and not self._sourcing_subject(t):
            return False  # "she learned that her son had died": news to her, no statement
        return not self._no_content_form(t)

    def _call_for_to(self, t: Token) -> bool:
        """'called for the strikes to concentrate on X': "for" + noun + to-infinitive, a
        proposition (unlike "called for calm")."""
        prep = next((c for c in self.doc.kids(t) if c.dep_ == "prep" and c.lower_ == "for"), None)
        pobj = next((p for p in self.doc.kids(prep) if p.dep_ == "pobj"), None) if prep else None
        if pobj is None:
            return False
        return any(c.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl") and c.i > pobj.i and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in self.doc.kids(c))
            for c in (*self.doc.kids(t), *self.doc.kids(pobj), *self.doc.kids(prep)))

    def _animate_subject(self, t: Token) -> bool:
        subj = next((c for c in self.doc.kids(t) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return True  # participles and conjuncts: the governing subject was checked
        if subj.pos_ in ("PRON", "PROPN") or subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
            return True
        r = self.reg.rules
        # the subject's head, or its owner ("the court's third chamber")
        for w in (subj, *(c for c in self.doc.kids(subj) if c.dep_ == "poss")):
            low = w.lemma_.lower()
            if low in self.speaker_nouns or low in r.anonymous_heads or low in r.person \
                    or low in r.public or low in r.government or low in r.military or low in r.media:
                return True
        return False

    def _sourcing_subject(self, t: Token) -> bool:
        """"It is learnt that X" (the paper's unnamed sources) or "Dawn has learnt that X" (an
        outlet with the perfect): the verb reports a claim only as such sourcing."""
        kids = self.doc.kids(t)
        if any(c.dep_ == "nsubjpass" and c.lower_ == "it" or c.dep_ == "expl" for c in kids):
            return True
        subj = next((c for c in kids if c.dep_ == "nsubj"), None)
        return subj is not None and subj.pos_ in ("PROPN", "NOUN") and any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids) and (
            subj.pos_ == "PROPN" or subj.lemma_.lower() in self.reg.rules.media)

    def _no_content_form(self, t: Token) -> bool:
        # infinitives ("declined to say", "refused to confirm") and negations report nothing,
        # except raising passives ("is alleged to have told") and purpose ("wrote in to say")
        for c in self.doc.kids(t):
            if c.dep_ == "neg":
                return True
            if c.dep_ == "aux" and c.lower_ == "to":
                h = t.head
                if h is t:
                    return True
                hl = h.lemma_.lower()
                if hl in _RAISING and any(x.dep_ == "auxpass" for x in self.doc.kids(h)):
                    return False
                return not (hl in _PURPOSE_HEADS and t.lemma_.lower() in _PURPOSE_REPORTS)
        return False

    def quote_stretch_after(self, q: int) -> list[int]:
        _, qe = self.q_tokens[q]
        out: list[int] = []
        k = qe + 1
        para = self.para_of[qe]
        while k < self.n and len(out) < _MAX_STRETCH:
            t = self.doc[k]
            if self.para_of[k] != para or self.in_quote[k] or "\n" in t.text:
                break
            if t.text in _SENT_END and t.tag_ == ".":
                break
            out.append(k)
            k += 1
        return out

    def quote_stretch_before(self, q: int) -> list[int]:
        qs, _ = self.q_tokens[q]
        out: list[int] = []
        k = qs - 1
        para = self.para_of[qs]
        while k >= 0 and len(out) < _MAX_STRETCH:
            t = self.doc[k]
            if self.para_of[k] != para or self.in_quote[k] or "\n" in t.text:
                break
            if t.text in _SENT_END and t.tag_ == ".":
                break
            out.append(k)
            k -= 1
        out.reverse()
        return out

    def quote_content(self, q: int) -> Span:
        """The quote's inner text without edge spaces and a trailing comma/colon."""
        qu = self.quotes[q]
        s, e = qu.inner
        t = self.text
        while s < e and t[s].isspace():
            s += 1
        while e > s and t[e - 1] in _STRIP_PUNCT:
            e -= 1
        return (s, e)
