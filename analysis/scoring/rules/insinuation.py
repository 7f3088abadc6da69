"""Accusation 1.6.0 (round 3): general ways of accusing without an accusing word.

Written from classes of misses on the dev batch f856-f1005 (not single sentences), each
checked first on blind probes (tests/test_accusation_motives_and_insinuation.py):

- a self-serving motive imputed to a deed: a purpose clause with a selfish end ('to save his
  own skin', 'to protect one man's business empire', 'to cash in on the election', 'to squeeze
  money out of fans'), a pretence of virtue ('while pretending to protect it'), misplaced
  priorities ('they care more about headlines than about ...');
- rhetorical insinuation: a challenge to explain ('the minister might like to explain why'),
  disbelief in an excuse ('who do they expect to believe ...?', 'If it was an accident, why
  ...?', 'Is it really a coincidence that ...?');
- sarcasm and double standards aimed at someone ('That's rich coming from ...', 'Of course
  the bonuses went up while the branches closed', 'fine for councillors but not for the rest
  of us', 'one rule for them and another for us');
- neglect of a duty by an actor ('has not paid its players since October', 'nobody bothered
  to read the warnings').
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...accusation_words import load_accusation_words
from ..grammar import clause_subject, first_person_subject, human_noun, is_actor, is_negated
from ..view import StatementView

_W = load_accusation_words()

_FIRST = frozenset({"i", "we", "me", "us", "my", "our", "myself", "ourselves"})


def _doer_ok(verb: Token) -> bool:
    """Not negated; the doer, if named, is not the speaker."""
    if is_negated(verb):
        return False
    subj = clause_subject(verb)
    return subj is None or subj.dep_ == "nsubjpass" or not first_person_subject(subj)


def _purpose_head(verb: Token) -> Token | None:
    """The deed a purpose infinitive ('... to save his own skin') hangs on, or None when
    ``verb`` is not a purpose infinitive."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if head is verb:
        return None
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "pobj"):
        head = head.head  # 'closed the library to pay for ...' (the parser hangs it on the noun)
        if head.pos_ == "ADP":
            head = head.head
    elif verb.dep_ not in ("advcl", "xcomp", "conj"):
        return None
    if head.pos_ not in ("VERB", "AUX"):
        return None
    if verb.dep_ == "xcomp" and head.lemma_.lower() in _WANTING:
        return None  # 'wants to protect his own business' is a wish, not an imputed motive
    return head


_WANTING = _W.wanting

# Ends that are selfish whoever's they are ('his skin', 'one man's business empire').
_SELFISH_ENDS = _W.selfish_ends
# Ends that are selfish when they are the doer's 'own' ('its own election campaign').
_OWN_ENDS = _SELFISH_ENDS | _W.own_ends_extra


def _noun_words(noun: Token) -> set[str]:
    return {t.lemma_.lower() for t in noun.subtree if t.pos_ in ("NOUN", "PROPN")} | {
        t.lower_ for t in noun.subtree}


def selfish_purpose(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A selfish end given as the purpose of someone's deed: 'threw his staff under the bus to
    save his own skin', 'called the strike to boost its own election campaign', 'negotiated to
    protect one man's business empire' (not the speaker's own deed, not a wish, not
    negated; 'to spend time with his own children' is no selfish end)."""
    tok = doc[i]
    noun = tok.head if tok.lemma_.lower() == "own" and tok.dep_ == "amod" else tok
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    words = _noun_words(noun)
    if tok is not noun:
        if not words & _OWN_ENDS:
            return False
    else:
        if not any(c.dep_ == "poss" for c in noun.children) or noun.lemma_.lower() not in (
                _SELFISH_ENDS | {"interest", "business"}):
            return False
        if noun.lemma_.lower() in ("interest", "business") and not any(
                c.dep_ == "poss" and (c.lemma_.lower() in _SELFISH_ENDS | {"man", "friend", "family"})
                for c in noun.children):
            return False  # 'his donors' interests', 'one man's business'
    cur = noun
    for _ in range(3):  # up from 'for his own adverts' / 'his own skin' to the verb
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            break
    if cur.pos_ != "VERB" or is_negated(cur):
        return False
    head = _purpose_head(cur)
    if head is None or not _doer_ok(head):
        return False
    return view.in_content(head.i)


_PEOPLE = _W.people


def squeezes_people(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Money squeezed out of people: 'to squeeze every last penny out of loyal fans', 'squeezing
    more from tenants' (not 'squeezed the lemon', not the speaker's own)."""
    verb = doc[i]
    if verb.pos_ != "VERB" or not _doer_ok(verb):
        return False
    for t in verb.subtree:
        if t.dep_ == "pobj" and t.head.lower_ in ("of", "from") and (
                t.lemma_.lower() in _PEOPLE or human_noun(t)):
            return True
    return False


_EXPLOITED = _W.exploited


def cashes_in(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'to cash in on the election', 'cashing in on the tragedy': profiting from an event put
    as someone's purpose or from a misfortune (not 'investors cashed in on the rally')."""
    verb = doc[i]
    if verb.pos_ != "VERB" or not _doer_ok(verb):
        return False
    if _purpose_head(verb) is not None:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _EXPLOITED for g in c.children)
        for c in verb.children)


_VIRTUES = _W.virtues


def pretends_virtue(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A pretence of good intent: 'collects your data while pretending to protect it', 'they
    only pretend to care' (not 'pretended to be asleep', not the speaker's)."""
    verb = doc[i]
    if verb.pos_ != "VERB" or not _doer_ok(verb):
        return False
    return any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _VIRTUES for c in verb.children)


def misplaced_priorities(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'they care more about headlines than about the ambulances', 'the board is more
    interested in its bonuses than in safety': a doer's priorities put in the wrong order
    (not 'I care more about ...')."""
    tok = doc[i]
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if is_negated(verb) or is_negated(tok):
        return False
    has_more = any(c.lower_ == "more" for c in tok.children)
    has_than = any(t.lower_ == "than" for t in tok.subtree) or any(
        t.lower_ == "than" for t in verb.children)
    if not (has_more and has_than):
        return False
    subj = clause_subject(verb)
    if subj is None or first_person_subject(subj) or subj.lower_ in ("you",):
        return False
    return subj.pos_ == "PRON" or is_actor(subj) or human_noun(subj)


_CHALLENGING = _W.challenging
_WH = frozenset({"why", "where", "how", "what", "who", "whom", "whose", "which", "when"})


def challenge_to_explain(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A challenge that implies there is no innocent answer: 'Perhaps the police would like to
    explain why the witness was never interviewed', 'the council might care to explain where
    the money went' (not 'asked the pupils to explain why the sky is blue')."""
    verb = doc[i]
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in _CHALLENGING:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("would", "might", "may", "could") for c in head.children):
        return False
    subj = clause_subject(head)
    if subj is None or first_person_subject(subj):
        return False
    return any(c.dep_ in ("ccomp", "dobj", "xcomp") and any(
        t.lower_ in _WH for t in c.subtree if t.i <= c.i) for c in verb.children)


def _sentence(tok: Token) -> Span:
    return tok.sent


def _question(tok: Token) -> bool:
    s = _sentence(tok)
    return any(t.text == "?" for t in s)


_DISBELIEF = _W.disbelief


def expect_to_believe(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Disbelief in someone's excuse: 'who do they expect to believe that the convoy got lost?',
    'do they really expect us to swallow that?' (not 'we expect investors to believe in the
    plan')."""
    verb = doc[i]
    if not any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _DISBELIEF for c in verb.children):
        return False
    subj = clause_subject(verb)
    if subj is not None and first_person_subject(subj):
        return False
    if _question(verb):
        return True
    return any(c.lower_ in ("really", "seriously", "honestly") for c in verb.children)


_EXCUSES = _W.excuses


def excuse_doubted_why(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'If this was an accident, why were the cameras switched off an hour before?', 'If they
    have nothing to hide, why ...?': a question that weighs an excuse against a suspicious fact
    (not 'If the weather improves, why not play on Sunday?')."""
    tok = doc[i]
    if not _question(tok):
        return False
    s = _sentence(tok)
    for t in s:
        if t.lower_ in ("if", "unless") and t.dep_ == "mark" and t.i < tok.i:
            clause = t.head
            if any(w.lemma_.lower() in _EXCUSES for w in clause.subtree):
                return True
    return False


_MERELY = _W.merely


def coincidence_questioned(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'Is it really a coincidence that the inspection was cancelled the week ...?': a
    rhetorical question that doubts the innocent reading (not a plain 'Is it a coincidence
    that two comets passed?')."""
    tok = doc[i]
    if not _question(tok):
        return False
    window = doc[max(tok.sent.start, i - 3):i]
    return any(t.lower_ in _MERELY for t in window)


def tu_quoque(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'That's rich coming from a party that took money from an oligarch' (not 'that cake is
    rich, coming from a bakery')."""
    tok = doc[i]
    nxt = [t.lower_ for t in doc[i + 1:i + 4] if not t.is_punct]
    if nxt[:2] != ["coming", "from"] and nxt[:1] != ["from"]:
        return False
    head = tok.head if tok.dep_ in ("acomp", "attr") else tok
    subj = clause_subject(head) if head.pos_ in ("VERB", "AUX") else None
    return subj is None or subj.lower_ in ("that", "this", "it", "which")


_CONTRASTS = frozenset({"but", "while", "whereas", "except", "another", "unlike", "yet"})


def double_standard(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'fine for councillors to park on double yellows, but not for the rest of us', 'one rule
    for them and another for the rest of us': a privilege set against 'the rest of us'."""
    nxt = [t.lower_ for t in doc[i + 1:i + 3]]
    if nxt != ["of", "us"]:
        return False
    s = _sentence(doc[i])
    return any(t.lower_ in _CONTRASTS and t.i < i for t in s)


def one_rule_for(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'one rule for the bosses and another for the rest of us' (not 'one rule for all')."""
    s = _sentence(doc[i])
    return any(t.lower_ == "another" and t.i > i for t in s)


def ironic_contrast(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A sarcastic 'Of course' / 'Naturally' opening a contrast that favours some actor: 'Of
    course the bank's bonuses went up again while branches closed', 'Of course the potholes
    only get fixed in the streets where councillors live' (not 'Of course the museum will stay
    open', not the speaker's own 'of course we ...')."""
    s = _sentence(doc[i])
    start = s.start
    while start < i and doc[start].lower_ in ("oh", "and", "but", "so", ",", "well", "yes"):
        start += 1
    if doc[i].lower_ == "course":
        if not (i - 1 == start and doc[i - 1].lower_ == "of"):
            return False
    elif i != start:
        return False
    if not view.in_content(i):
        return False
    root = s.root
    subj = clause_subject(root) if root.pos_ in ("VERB", "AUX") else None
    if subj is not None and subj.lower_ in _FIRST:
        return False
    rest = doc[i + 1:s.end]
    if any(t.dep_ == "neg" for t in rest):
        return False  # 'of course not', 'naturally they did not ...' (often a denial)
    contrast = any(t.lower_ in ("while", "whereas") and t.dep_ == "mark" for t in rest) or any(
        t.lower_ == "only" and t.dep_ == "advmod" for t in rest)
    if not contrast:
        return False
    return any(t.pos_ in ("NOUN", "PROPN") and (is_actor(t) or human_noun(t)) for t in rest)


_PAYEES = _W.payees


def unpaid(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """An actor that has not paid the people it owes: 'The club has not paid its players since
    October', 'the trust has not paid its cleaners for three months' (not 'I have not paid my
    phone bill')."""
    verb = doc[i]
    if verb.pos_ != "VERB" or not is_negated(verb):
        return False
    subj = clause_subject(verb)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return False  # a named payer ('the club', 'the hospital trust'), not 'I' or 'we'
    objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if not any(o.lemma_.lower() in _PAYEES and o.lemma_.lower() != "bill" for o in objs):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("since", "for", "in") for c in verb.children) or any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


_DUTIES = _W.duties


def neglected_duty(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'Nobody at the ministry bothered to read the engineers' warnings', 'the landlord never
    bothered to fix the boiler' (a duty not done; not 'nobody bothered to bring an umbrella',
    not the speaker's own)."""
    verb = doc[i]
    if verb.pos_ != "VERB":
        return False
    subj = clause_subject(verb)
    negated = is_negated(verb) or (subj is not None and subj.lower_ in ("nobody", "no", "none"))
    if subj is not None and subj.lower_ == "one" and any(c.lower_ == "no" for c in subj.children):
        negated = True
    if not negated or (subj is not None and subj.lower_ in _FIRST):
        return False
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in _DUTIES for c in verb.children)
