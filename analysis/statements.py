"""Statement extraction: direct quotes and reported speech, with cue, speaker and actor.

``extract_statements(doc)`` works on one parsed document and never parses again. The passes,
each linear in the document:

1. quotes (analysis/quotes.py) paired by context; every top-level quote looks for a tight
   attribution right after it ('"X," he said', '"X" — Commissioner Y', '"X," according to Y')
   or right before it ('Y said: "X"', 'From the ministry: "X"');
2. every reporting verb outside quotes (analysis/data/reporting_verbs.yaml) takes its content
   from the tree: a complement clause ("said that X"), an object ("described X as Y", "called
   X Y", "denied reports that X", "accused X of Y"), the clause it interrupts ("X, he said,
   Y"), with passives and participles ("was quoted as saying X", ", saying X");
   2b. a report closing its sentence after a comma ("X, health officials in Y said") when
   the parser hung the verb or its speaker inside X, and a subjectless report whose speaker
   the parser made an appositive ("In Lima, a spokesperson for Y said ...");
3. "according to X" / "per X", and headline "Speaker: claim";
4. a bare quote that opens a sentence continues the last speaker of its paragraph, or of the
   previous paragraph when its own paragraph names no one else;
5. speakers are resolved in text order (analysis/attribution/) and placed as actors.

A reported clause that contains quoted words is one ``mixed`` statement; content wholly inside
quote marks is ``direct``. Nested reports keep ``parent`` = the enclosing content span.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from analysis.attribution import (
    VENUE,
    Attributor,
    DocTokens,
    Mention,
    Resolved,
    default_country,
)
from analysis.attribution.spans import _body_of_place_role
from analysis.entity_labels import consistent_organisations
from analysis.nlp import DATELINE_RE
from analysis.quotes import Quote, find_quotes, paragraph_spans
from analysis.registry import ActorRegistry, load_registry
from analysis.reporting_verbs import (  # noqa: F401 - FRAMES, VERBS_PATH: re-exported
    FRAMES,
    VERBS_PATH,
    VerbLexicon,
    load_reporting_verbs,
)
from analysis.scoring.grammar import CLAIM_NOUNS
from analysis.statement_words import load_statement_words
from analysis.types import Span, Speaker, Statement

_DASHES = frozenset({"—", "–", "-", "--", "―"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_QUOTE_CHARS = "\"'“”„‟‘’‚‛«»‹›"
_STRIP_PUNCT = " \t\r\n,;:"
_SENT_END = frozenset({".", "!", "?"})
_MAX_STRETCH = 30

# The statement words: analysis/data/statement_words.yaml (what each list is for is commented
# there), read once at import by analysis.statement_words.
_W = load_statement_words()
_RATE_WORDS = _W.rate_words
_OUTLET_WORDS = _W.outlet_words
_SPEAKER_NOUNS = _W.speaker_nouns
_RAISING = _W.raising_verbs  # "X is alleged to have told": the passive raises the speaker
_PURPOSE_HEADS = _W.purpose_heads  # "wrote in to say": the infinitive is the report itself
_PURPOSE_REPORTS = _W.purpose_report_verbs
_SOURCING_PARTICIPLES = _W.sourcing_participles  # "reported, citing a source, that X"
_GENRE_LABELS = _W.genre_labels
_MEDIUM_NOUNS = _W.medium_nouns
_TOPIC_PREPS = _W.topic_preps
_FRONTED_PLACE_NOUNS = _W.fronted_place_nouns
_ADDRESSEE_VERBS = _W.addressee_verbs
_BARE_ADDRESSEE_VERBS = _W.bare_addressee_verbs
_NEWSROOM_ROLES = _W.newsroom_roles
_AUDIENCE_NOUNS = _W.audience_nouns


def _sentence_ranges(doc: Doc, toks: list[Token]) -> list[tuple[int, int]]:
    """``doc.sents`` as token ranges, read from the tokens already built (``doc.sents`` builds
    every token again to check that sentence starts are set)."""
    flags = [t.is_sent_start for t in toks]
    if not any(f is not None for f in flags) or doc.user_hooks.get("sents"):
        return [(s.start, s.end) for s in doc.sents]  # no sentence annotation: raises as before
    out: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(toks)):
        if flags[i]:
            out.append((start, i))
            start = i
    if start != len(toks):
        out.append((start, len(toks)))
    return out


@dataclass
class _Cand:
    """A statement before its speaker is resolved."""

    content: Span
    kind: str
    method: str
    cue: Span | None = None
    speaker_head: int | None = None  # token index of the speaker mention's head
    speaker_range: tuple[int, int] | None = None  # explicit token range (dash/colon/according)
    speaker_limit: int | None = None  # how far an appositive of that speaker may run
    verb: int | None = None  # token index of the cue verb
    quotes: tuple[int, ...] = ()
    parent: Span | None = None
    inherit: _Cand | None = None  # continuation: take this statement's speaker
    resolved: Resolved | None = None
    no_speaker: bool = False  # "it was reported that": a report without a source
    extra: dict = field(default_factory=dict)


class _Extractor:
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
        return (a, b)

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


def _one_country_per_organisation(statements: list[Statement]) -> list[Statement]:
    """An organisation is one group with one country in an article: where one mention placed
    it ("Nigeria's state oil company NNPC Ltd") and another could not ("NNPC spokesman X"),
    the unplaced ones take the country the others agree on."""
    seen: dict[str, set[str]] = {}
    for st in statements:
        a = st.speaker.actor if st.speaker else None
        if a is not None and a.group_type == "organisation" and a.group_country:
            seen.setdefault(a.group, set()).add(a.group_country)
    out = []
    for st in statements:
        a = st.speaker.actor if st.speaker else None
        codes = seen.get(a.group, set()) if a is not None and a.group_type == "organisation" else set()
        if a is not None and not a.group_country and len(codes) == 1:
            actor = replace(a, group_country=next(iter(codes)))
            st = replace(st, speaker=replace(st.speaker, actor=actor))
        out.append(st)
    return out


def _two_phrases(d, a: int, b: int) -> bool:
    """Tokens [a, b) hold two noun phrases run together ('a charge police', 'a figure the
    union'): an indefinite article before a plural head, or a second determiner that no
    preposition or possessive introduces."""
    toks = []
    for k in range(a, b):
        if d[k].tag_ in ("WP", "WDT", "WP$") or d[k].pos_ == "ADP":
            break  # a relative clause or a prepositional phrase of the first phrase
        if not d[k].is_punct:
            toks.append(d[k])
    if not toks or toks[0].lower_ not in ("a", "an"):
        return False
    if toks[-1].tag_ in ("NNS", "NNPS") and toks[-1].lower_ not in ("news",):
        return True
    return any(t.tag_ == "DT" and t.lower_ not in ("a", "an") and toks[k - 1].pos_ not in ("ADP", "PART")
               for k, t in enumerate(toks) if k > 0)


def _display_span(m: Mention) -> Span:
    return m.display or m.span


def _display(text: str, m: Mention) -> str:
    s, e = _display_span(m)
    return text[s:e]


def extract_statements(doc: Doc, *, registry: ActorRegistry | None = None,
                       verbs: VerbLexicon | None = None,
                       outlet_country: str | None = None) -> list[Statement]:
    """Statements in ``doc`` (parsed by ``analysis.nlp.load_nlp()``), in text order.

    Spans index ``doc.text``. ``outlet_country`` (ISO alpha-2 of the article's outlet, if
    known) places local voices that name no country when the text has no dateline ("Senator
    X" in a Russian outlet). Never raises on odd input (unbalanced quotes, empty text).
    """
    if len(doc) == 0 or all(t.is_space for t in doc):
        return []
    registry = registry or load_registry()
    # one label per company name ("Stellantis" is ORG, LOC and nothing in one article); a copy,
    # so the caller's parse is left as it was
    doc = consistent_organisations(doc, lambda text: registry.countries.find(text) is not None)
    ex = _Extractor(doc, registry, verbs or load_reporting_verbs(), outlet_country)
    ex.direct_quotes()
    ex.reported()
    ex.trailing_attributions()
    ex.according_to()
    ex.headline_colon()
    ex.cands = ex.merge()
    ex.continuations()
    cands = ex.cands
    ex.speakers(cands)
    return ex.build(cands)
