"""Article-level accusation: one side's account of the other side's deed in a story of rival
claims.

Read alone, "Northline locked the crew out of the ships at six in the morning" or "Ostrian
soldiers had crossed into the valley overnight" are deeds told flatly; in an article where
Northline or the Ostrian army answers the charge (a statement of theirs that the rules or the
article-level denial pass read as a denial, or a narrative charge naming them), they are one
side's charges against the other, which the gold definitions count as accusations (the
speaker attributes wrongdoing or aggression to another actor). :func:`with_accusation_context`
reads a whole article's statements after the per-statement rules and the article-level denial
pass (:mod:`analysis.scoring.context`) and flags such a statement as an accusation when

1. the statement's content has a clause whose subject names a *rival*: the party of another
   statement of the article, not the speaker's own party (party words and countries as in
   :mod:`analysis.scoring.context`);
2. that rival is challenged in the article: one of its statements is a denial, or the
   narrative charges it before ("residents accused the firm of ..."); and
3. the clause tells a deed of a contested kind (crossing or entering ground, moving forces up,
   seizing, raiding, expelling, locking out, replacing, dumping, altering, repeating another's
   line: data, accusation_words.yaml ``contested_deeds``), in the past, the perfect or the
   progressive, not negated, under no modal, and the statement is no plan, question, regret
   or request (the denial pass's own filter).

Measured on the tuning articles (dev6) against a weaker condition 2 (the rival merely has a
voice in the article): that one found one charge more and three deeds told flatly more
('the Eritrean unit withdrew', 'the Chinese ships left'), so the rival must be challenged.

The cue is the deed's verb, rule ``context.rival_deed``; ``target`` is the rival's words.
Pure: the same statements, doc and scores give the same result.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..accusation_words import load_accusation_words
from ..context_words import load_context_words
from ..imputation_words import load_imputation_words
from ..types import CueHit, FrameScore, Statement, StatementScores
from .context import _Article, _countries, _learned, _subject
from .grammar import MODAL_AUX, is_negated
from .view import total

_DEED_TAGS = frozenset({"VBD", "VBN", "VBG", "VBZ"})
# deeds that charge when one side tells them of the other (accusation_words.yaml 1.18)
_CONTESTED = load_accusation_words().contested_deeds
# what one enters or crosses that is no ground: a time, a phase ('entering a new era')
_TIMES = frozenset({"era", "phase", "stage", "period", "year", "season", "decade", "age",
                    "chapter", "round", "week", "month", "day", "threshold", "mark", "milestone"})
_MODALS = MODAL_AUX | {"wo"}  # ("won't" too: a refusal is no deed)
_INCURSIONS = load_accusation_words().incursion_deeds
_FORCES = load_accusation_words().force_nouns
_ATTACKS = load_accusation_words().attack_deeds
_OBSTRUCTIONS = load_accusation_words().obstruction_deeds
_FORCE_MEANS = load_imputation_words().force
# subordinators of a clause that dates the statement's event by another one
_BACKGROUND = frozenset({"after", "before", "since", "until", "till"})


def with_accusation_context(statements: list[Statement], doc: Doc,
                            scores: list[StatementScores]) -> list[StatementScores]:
    """``scores`` with the article-level accusations added (see the module note)."""
    if not statements or len(doc) == 0 or not doc.has_annotation("SENT_START") \
            or next(iter(doc.sents)).end == len(doc):
        return scores
    article = _Article(statements, doc, scores, load_context_words())
    challenged = [_challenged(article, j) for j in range(len(statements))]
    out = list(scores)
    parents = {st.parent for st in statements if st.parent is not None}
    for i, (st, sc) in enumerate(zip(statements, scores, strict=True)):
        if sc.accusation.value > 0 or st.speaker is None or st.content in parents:
            continue
        frame = _rival_deed(article, i, challenged) if any(challenged) else None
        if frame is None:
            frame = _foreign_deed(article, i)
        if frame is not None:
            out[i] = replace(sc, accusation=frame)
    return out


def _challenged(article: _Article, j: int) -> bool:
    """Statement ``j``'s party answers a charge in the article: ``j`` is a denial (by the rules
    or the article-level pass), or the narrative charges its party before it."""
    if article.st[j].speaker is None or article.st[j].speaker.actor.actor == "unknown":
        return False
    den = article.sc[j].denial
    if den.value > 0 and not _learned(den):
        return True
    k = article.sent_of[j]
    c0 = article.st[j].content[0]
    return any(article._narrative_charge(kk, j, c0 if kk == k else None) is not None
               for kk in range(k + 1))


def _rival_deed(article: _Article, i: int, challenged: list[bool]) -> FrameScore | None:
    if article._not_rebuttal(i):
        return None  # plans, regrets, requests, questions, modals, plain negative facts
    rivals = [j for j in range(len(article.st)) if challenged[j] and j != i
              and not article._same_party(i, j)]
    if not rivals:
        return None
    for tok in article._content_tokens(i):
        if tok.pos_ != "VERB" or tok.tag_ not in _DEED_TAGS or is_negated(tok):
            continue
        lemma = tok.lemma_.lower()
        if lemma not in _CONTESTED or tok.dep_ in (
                "amod", "compound", "acl", "relcl"):
            continue
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in tok.children):
            continue
        if any(c.dep_ in ("dobj", "attr") and c.lemma_.lower() in _TIMES for c in tok.children):
            continue  # 'Greece was entering a new era of mega-fires': no ground entered
        # 1.33.0 (round 13): an attack may name its doer as the passive 'by' agent ('the shells
        # were fired by the paramilitary Rapid Support Forces', said the army of a rival that
        # denied firing)
        subj = _doer(tok, lemma in _ATTACKS)
        if subj is None or subj.dep_ == "nsubjpass" or subj.lower_ in ("i", "we", "you"):
            continue
        words = list(subj.subtree)
        if article._names_party(words, i):
            continue  # the speaker's own side
        for j in rivals:
            if article._names_party(words, j):
                return _frame(article, tok, j)
    return None


def _foreign_deed(article: _Article, i: int) -> FrameScore | None:
    """1.32.0 (round 12): a foreign force's incursion or attack told by a voice of another country
    ('Chinese ships had been chasing Filipino fishing boats away', said a Philippine fishermen's
    group; 'a Venezuelan navy patrol boat had entered Guyana's exclusive economic zone', said
    the Guyanese army; 'Russian forces shelled the town overnight', said Ukrainian officials):
    the rival need not speak in the article, the doer names its country.
    Not the speaker's own country's force, not a speaker of no country (the UN, the IAEA), not
    a deed outside data ``incursion_deeds`` ('Chinese ships left the area'), not an office
    holder ('the Chinese president flew to Moscow')."""
    sp = article.st[i].speaker
    own = sp.actor.group_country if sp is not None else None
    if not own or article._not_rebuttal(i):
        return None
    for tok in article._content_tokens(i):
        if tok.pos_ != "VERB" or tok.tag_ not in _DEED_TAGS or is_negated(tok):
            continue
        lemma = tok.lemma_.lower()
        if _force_turned_on(tok):
            lemma = "attack"  # 'used its water cannon at close range on BFAR 3003'
        elif lemma in _OBSTRUCTIONS and any(c.dep_ == "prep" and c.lower_ == "from"
                                            for c in tok.children):
            lemma = "block"  # 1.33.0 (round 13): 'Chinese troops stopped them from grazing'
        if lemma not in _INCURSIONS and lemma not in _ATTACKS or tok.dep_ in (
                "amod", "compound", "acl", "relcl"):
            continue
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in tok.children):
            continue
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _BACKGROUND
                                       for c in tok.children):
            continue  # 'hours after Russian warships fired cruise missiles': a time given
        subj = _doer(tok, lemma in _ATTACKS)
        if subj is None or not (_force(subj) or subj.ent_type_ == "GPE"):
            continue
        countries = _countries(" ".join(t.text for t in subj.subtree))
        if countries and own not in countries:
            cue = CueHit(score="accusation", text=tok.text, span=(tok.idx, tok.idx + len(tok.text)),
                         weight=1.0, rule="context.foreign_deed")
            return FrameScore("accusation", total((cue,)), (cue,),
                              target=" ".join(t.text for t in subj.subtree))
    return None


def _force_turned_on(verb: Token) -> bool:
    """'used (turned, trained) its water cannon on a vessel': a means of force (imputation_words
    ``force``) turned on or against something."""
    if verb.lemma_.lower() not in ("use", "turn", "train", "direct", "aim", "deploy"):
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _FORCE_MEANS for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("on", "against", "at") for c in verb.children)


def _force(tok: Token) -> bool:
    """A force noun, also a proper noun's plural ('Iran's Revolutionary Guards')."""
    low = tok.lower_
    return tok.lemma_.lower() in _FORCES or low in _FORCES or (low.endswith("s") and low[:-1] in _FORCES)


def _doer(verb: Token, passive_ok: bool) -> Token | None:
    """Who does the deed: the active subject, or for an attack the passive 'by' agent
    ('Kharkiv was shelled by Russian forces')."""
    subj = _subject(verb)
    if subj is not None and subj.dep_ == "nsubj":
        return subj
    if not passive_ok:
        return None
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children
                 if g.dep_ == "pobj"), None)


def _frame(article: _Article, verb: Token, j: int) -> FrameScore:
    sp = article.st[j].speaker
    cue = CueHit(score="accusation", text=verb.text, span=(verb.idx, verb.idx + len(verb.text)),
                 weight=1.0, rule="context.rival_deed")
    return FrameScore("accusation", total((cue,)), (cue,),
                      target=sp.resolved_text if sp is not None else None)
