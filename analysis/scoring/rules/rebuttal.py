"""Context rules of denial 1.2.0: whose denial it is, and rebuttal without a denial word.

A denial verb in the content is the speaker's only when the speaker (or no one else) is its
subject: "We reject the allegation" denies, "The opposition has rejected the results" reports
someone else's rejection, and "rejected the defence's request" refuses a request rather than a
claim. Without a denial word, a rebuttal shows in its construction: a negation followed by the
correction ("The dam did not burst; engineers opened the spillway"), the speaker's own side
denying a past deed ("Our forces did not target civilians"), the other side's view waved away
("whatever the home fans think"), the speaker's own side declared compliant ("Our guards acted
in accordance with the agreement"), or the claim put down to imagination ("exist only in the
imagination of CNN's sources").

Denial 1.3.0 adds general rebuttal constructions, each written for a convention of official
statements rather than a wording: corrections ("X, not Y", "rather than"), alibis (absent
from the scene, far away, a routine activity), emphatic negation ("absolutely no shortage"),
positive rebuttals (a universal record of duty, conduct by the book, emphatic legitimacy),
wrongdoing verbs negated, claims, proceedings and evidence discredited (dismissive labels,
"flawed", "forged", "old"), blame placed elsewhere, and the precision rules that keep plain
negative facts, intentions, no-knowledge and the journalist's own caveats out. The rules
are registered through :data:`REBUTTAL_1_3`.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ...denial_words import load_denial_words
from ..grammar import is_negated, subject
from ..view import StatementView
from .common import not_negated

_W = load_denial_words()

# Objects that make deny/reject a refusal, not the rejection of a claim.
_REQUESTS = _W.requests
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
_OWN = frozenset({"my", "our"})


def own_side(tok: Token | None) -> bool:
    """'we', 'I', or a noun the speaker owns ('our border guards', 'my client')."""
    if tok is None:
        return False
    if tok.lower_ in _FIRST_PERSON:
        return True
    return any(c.dep_ == "poss" and c.lower_ in _OWN for c in tok.children)


@lru_cache(maxsize=1)
def _country_words() -> dict[str, str]:
    """Country names, demonyms and adjectives (lower case) -> ISO code, from the registry's
    country table (analysis/data/countries.yaml)."""
    from ...registry import load_registry

    out: dict[str, str] = {}
    for code, c in load_registry().countries.countries.items():
        for form in (*c.names, *c.demonyms, c.adjective):
            out.setdefault(form.lower(), code)
    return out


def speakers_side(tok: Token | None, view: StatementView) -> bool:
    """:func:`own_side`, or a subject named by the speaker's own country ('Egyptian forces',
    'Egypt', 'Russia's air force' said by an Egyptian or Russian official): officials speak of
    their own state in the third person (denial 1.3.0)."""
    if own_side(tok):
        return True
    speaker = view.statement.speaker
    code = speaker.actor.group_country if speaker is not None else None
    if tok is None or not code:
        return False
    words = _country_words()
    for t in (tok, *[c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod")]):
        if words.get(t.lower_) == code or words.get(t.text.lower().rstrip("'s")) == code:
            return True
    return False


def _neither_nor(tok: Token) -> bool:
    """'neither confirmed nor denied': both verbs are negated by the correlative pair."""
    if any(c.lower_ in ("neither", "nor") and c.dep_ in ("preconj", "cc", "dep") for c in tok.children):
        return True
    if tok.dep_ == "conj":
        return any(c.lower_ in ("neither", "nor") for c in tok.head.children) or any(
            c.lower_ == "nor" for c in tok.head.children if c.dep_ == "cc")
    return False


def speaker_denies(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """deny/reject/refute/rebut as the speaker's own denial of a claim."""
    tok = doc[i]
    if not not_negated(doc, i, j, view) or _neither_nor(tok):
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(o.lemma_.lower() in _REQUESTS for o in objs):
        return False  # 'rejected the defence's request', 'denied bail'
    if view.in_content(i) and tok.pos_ == "VERB":
        subj = subject(tok)
        if subj is not None and subj.dep_ == "nsubj" and not speakers_side(subj, view) \
                and not _own_voice(tok, objs):
            return False  # 'The opposition has rejected the results': someone else's denial
    return True


_CATEGORICAL = _W.categorical


def _own_voice(verb: Token, objs: list[Token]) -> bool:
    """An institution denying in its own voice: present tense with a categorical adverb or a
    'these/such' object ('The ministry categorically rejects these accusations'); a past or
    perfect denial by a named party is a report ('The opposition has rejected the results')."""
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ == "aux" for c in verb.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _CATEGORICAL for c in verb.children):
        return True
    # 1.3.0: present tense on a claim ('The government rejects the characterisation of the law
    # as anti-democratic'); 'The opposition rejects the results' stays a report.
    if any(o.lemma_.lower() in _CHARGES_AGAINST for o in objs):
        return True
    return any(d.dep_ in ("det", "predet", "amod") and d.lower_ in ("these", "such", "those", "this")
               for o in objs for d in o.children)


# Claims made against someone: rejected in the present tense, they are the speaker's own
# rebuttal; 'Prosecutors dispute the defence's account' reports a dispute.
_CHARGES_AGAINST = _W.charges_against
_CLAIMS_RICH = _W.claims_rich


def _modal_or_future(verb: Token) -> bool:
    """'will not', 'could not', 'is not going to', 'does not intend to': not a rebuttal of a
    past event."""
    if any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lower_ in ("going", "gon"))
           for c in verb.children):
        return True
    return verb.lemma_.lower() in ("go", "intend", "plan", "want", "expect", "allow", "yet") or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("go", "intend", "plan", "want"))


def _past(verb: Token) -> bool:
    if verb.tag_ in ("VBD", "VBN"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_.lower() == "have")
               for c in verb.children)


def _corrected(verb: Token, view: StatementView) -> bool:
    """The negated clause is followed by its correction: '...; Y', 'not X but Y', 'rather',
    'instead'."""
    doc = view.doc
    for c in verb.children:
        if c.dep_ == "cc" and c.lower_ == "but" and c.i > verb.i:
            return True
        if c.dep_ == "advmod" and c.lower_ in ("instead", "rather"):
            return True
    # A semicolon or colon after the negated clause, then another clause in the content.
    end = verb.right_edge.i
    for k in range(verb.i + 1, min(view.content[1], end + 2)):
        if doc[k].text in (";", ":") and any(
                doc[m].pos_ in ("VERB", "AUX") for m in range(k + 1, view.content[1])):
            return True
    return False


def corrected_negation(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A negated past deed or event that the speaker corrects, or that the speaker's own side
    is said not to have done: 'The dam did not burst; engineers opened the spillway', 'The
    minister did not meet his counterpart but spoke with him by phone', 'Our forces did not
    target civilians'. Not plans, modals or a plain negative record ('The commission did not
    publish results until midnight', 'We will not allow ...')."""
    neg = doc[i]
    if neg.dep_ != "neg":
        return False
    verb = neg.head
    if verb.pos_ not in ("VERB", "AUX") or _modal_or_future(verb):
        return False
    if verb.lemma_.lower() == "be" and any(c.dep_ in ("attr", "acomp") for c in verb.children):
        return False  # 'X is not Y' is read by copular_negation
    if any(c.lower_ == "yet" for c in verb.children):
        return False  # 'has not yet said'
    if any(c.dep_ in ("prep", "mark") and c.lower_ in ("until", "till", "before") for c in verb.children):
        return False  # 'did not publish results until midnight', 'were not told until ...'
    if not _past(verb):
        return False
    if verb.lemma_.lower() in _VERIFY:
        return False  # 1.4.0: 'We have not independently verified the footage, but ...'
    if _corrected(verb, view):
        return True
    # The own side's record of experience ('I have never seen anything like it', 'my children
    # haven't slept') is testimony, not the denial of a deed.
    if verb.lemma_.lower() in _UNDECIDED or (
            verb.lemma_.lower() in _TOLD and any(c.dep_ == "auxpass" for c in verb.children)):
        return False
    if verb.lemma_.lower() in _SAID_NOTHING:
        return False  # the journalist's 'but did not say how / elaborate'; 'did not need
    return verb.lemma_.lower() not in _EXPERIENCE and speakers_side(clause_subject(verb), view)


# 'We have not ruled out other explanations', 'we have not decided': no decision or knowledge
# yet, not the denial of a deed. 'We were not told / consulted': a complaint.
_UNDECIDED = _W.undecided
# Verbs of verification: negated they report the state of the speaker's knowledge ('have not
# confirmed', 'could not verify'), even when a 'but' clause follows (1.4.0).
_VERIFY = _W.verify
_SAID_NOTHING = _W.said_nothing
_TOLD = _W.told


_EXPERIENCE = _W.experience


_VIEW_VERBS = _W.view_verbs


def dismissed_view(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'whatever the unions say', 'no matter what the critics claim', 'regardless of what
    others think': the other side's view waved aside."""
    tok = doc[i]
    heads = [tok.head, tok.head.head]
    for h in heads:
        if h.lemma_.lower() in _VIEW_VERBS and h.i > tok.i:
            return True
    # A parse that hangs the view verb elsewhere: the next verb within five tokens.
    for k in range(tok.i + 1, min(view.content[1], tok.i + 6)):
        if doc[k].pos_ == "VERB":
            return doc[k].lemma_.lower() in _VIEW_VERBS
    return False


def own_compliance(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'Our border guards acted in accordance with the agreement', 'We complied with every
    regulation': the speaker's own side declared compliant (answering a charge). Not
    promises ('we will comply'), not others ('the company complied')."""
    tok = doc[i]
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or is_negated(verb) or _modal_or_future(verb):
        return False
    if verb.lemma_.lower() in ("cooperate", "co-operate") and verb.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children):
        return False  # 1.19.1: 'is cooperating fully with the regulator', a stock pledge
    if speakers_side(clause_subject(verb), view):
        return True
    # denial 1.3.0: any party's compliance made universal ('The company has at all times
    # complied with the law', 'has always acted in accordance with ...') answers a charge.
    return _universal_adverbial(verb)


def _universal_adverbial(verb: Token) -> bool:
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in ("always", "fully", "strictly", "scrupulously"):
            return True
        if c.dep_ == "prep" and c.lower_ == "at" and any(
                g.lower_ == "times" and any(d.lower_ == "all" for d in g.children) for g in c.children):
            return True
    return False


def imagined(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'exist only in the imagination of', 'a figment of their imagination', 'the product of
    someone's imagination': a claim put down to invention (not 'captured the imagination')."""
    tok = doc[i]
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "in":
        return any(c.lower_ == "only" for c in head.children) or any(
            doc[k].lower_ == "only" for k in range(max(view.content[0], head.i - 2), head.i))
    if tok.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lemma_.lower() in ("product", "figment", "creation", "invention")
    return False


_INNOCENT_CAUSES = _W.innocent_causes


def no_wrongdoing(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'There was no cover-up', 'We found no fraud', 'no collusion': 'no' on a noun that the
    accusation lexicon reads as wrongdoing, so the wrongdoing itself is denied."""
    from ..matching import lexicon, matches

    det = doc[i]
    noun = det.head
    if det.dep_ != "det" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.lemma_.lower() in _INNOCENT_CAUSES:
        return False  # 1.3.0: 'The crash was no accident' accuses, it denies nothing
    start = noun.left_edge.i if noun.left_edge.i > i else i + 1
    lex = lexicon("accusation")
    return any(a <= noun.i < b for _e, a, b in matches(lex, doc, max(start, view.sentence[0]),
                                                        min(noun.i + 1, view.sentence[1]), view))


# --- denial 1.3.0: corrections, alibis, emphatic negation, positive rebuttals ---------------

def clause_subject(verb: Token) -> Token | None:
    """The subject of ``verb``, also when the parser hangs it on an auxiliary ('Our staff were
    not engaged': 'staff' under 'were')."""
    subj = subject(verb)
    if subj is not None:
        return subj
    for c in verb.children:
        if c.dep_ in ("aux", "auxpass"):
            for g in c.children:
                if g.dep_ in ("nsubj", "nsubjpass"):
                    return g
    return None


# Verbs of wanting and choosing: 'We want jobs, not promises' states a preference, not a
# correction of a claim.
_PREFERENCE = _W.preference
_NON_EPISTEMIC_MODALS = frozenset({"will", "would", "should", "must", "shall", "can", "'ll", "wo",
                                   "ca"})


def _main_clause_verb(tok: Token, view: StatementView) -> tuple[Token | None, set[str]]:
    """The verb of the content's main clause (or a clause coordinated with it) that ``tok``
    belongs to through arguments and prepositions only, with the relations and prepositions
    on the way; None if ``tok`` sits inside a relative or participial clause ('areas held by
    rebels rather than ...')."""
    cur = tok
    path: set[str] = set()
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX"):
            break
        if cur.dep_ not in ("pobj", "prep", "agent", "dobj", "attr", "acomp", "appos", "conj",
                            "nsubj", "nsubjpass", "npadvmod", "pcomp", "oprd", "advmod", "cc"):
            return None, path
        path.add(cur.dep_)
        if cur.dep_ in ("prep", "agent"):
            path.add(cur.lower_)
        cur = cur.head
    if cur.pos_ not in ("VERB", "AUX"):
        return None, path
    root = cur
    while root.dep_ == "conj" and view.in_content(root.head.i):
        root = root.head
    if view.in_content(root.head.i) and root.head.i != root.i and root.dep_ not in ("ccomp",):
        return None, path  # a subordinate clause
    return cur, path


# The account a correction replaces: who or what caused it ('by', 'from', causal verbs) or
# what it was (a copular predicate). 'answered with sarcasm instead of data' (manner) and
# 'spend on bonuses rather than safety' (choice) are complaints, not corrections.
_CAUSAL_VERBS = _W.causal_verbs
# 'brought the building down', 'took the systems down/offline/out': a causal verb only with its
# particle (1.4.0)
_CAUSAL_PARTICLE_VERBS = _W.causal_particle_verbs
_CAUSAL_PARTICLES = frozenset({"down", "out", "offline", "up", "over"})


def _causal(verb: Token) -> bool:
    low = verb.lemma_.lower()
    if low in _CAUSAL_VERBS:
        return True
    return low in _CAUSAL_PARTICLE_VERBS and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in _CAUSAL_PARTICLES for c in verb.children)


def _pseudo_cleft_cause(verb: Token) -> bool:
    """'What sank the ferry was a freak wave': 'be' whose subject is a 'what' clause with a
    causal verb in the past, i.e. the sentence names a cause (1.4.0). 'What surprised me was
    the turnout' and 'What we need is ...' name no cause."""
    if verb.lemma_.lower() != "be":
        return False
    for c in verb.children:
        if c.dep_ == "csubj" and c.tag_ == "VBD" and _causal(c) and any(
                g.dep_ == "nsubj" and g.lower_ == "what" for g in c.children):
            return True
    return False


def _corrects_account(verb: Token, path: set[str], rejected: tuple[int, int],
                      view: StatementView) -> bool:
    subj = clause_subject(verb)
    if subj is not None and subj.lemma_.lower() in _ARTEFACTS and path & {"dobj", "attr"}:
        return True  # 'The footage shows a drill from last year, not yesterday's clash' (1.3.0)
    if path & {"for", "as"} and verb.tag_ == "VBN" and any(
            c.dep_ == "auxpass" for c in verb.children):
        return True  # 'were used for water treatment, not weapons' (1.3.0)
    if _pseudo_cleft_cause(verb):
        return True  # 'What sank the ferry was a freak wave, not the captain' (1.4.0)
    if subj is not None and subj.lemma_.lower() in _ARTEFACTS and verb.lemma_.lower() == "be" \
            and any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
        return True  # 'Those photos are from last year's strike, not this week' (1.5.0)
    if path & {"attr", "acomp", "oprd"} and verb.lemma_.lower() in ("be", "remain", "become"):
        # 'The money was a loan, not a bribe', 'It was an accident, not an attack': the
        # rejected label is a charge; 'a political decision, not a military one' only classifies.
        return _charged(view, *rejected)
    if path & {"agent", "by", "from"}:
        return True
    if not _causal(verb):
        return False
    if path & {"agent", "by"}:
        return True
    # 1.4.0: on the object ('The snow collapsed the roof, not the builders') the contrast is a
    # correction of who caused it only if the rejected phrase can be an agent; 'The storm
    # flooded the lower town, not the harbour' just says what was hit.
    return "dobj" in path and _agent_like(view, *rejected)


# Nouns of human agents and bodies that can be blamed (1.4.0): agentive suffixes plus the
# common collective nouns of people and institutions.
_AGENT_SUFFIXES = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants")
_AGENT_NOUNS = _W.agent_nouns


def _agent_like(view: StatementView, start: int, end: int) -> bool:
    doc = view.doc
    for k in range(start, min(end, view.content[1])):
        t = doc[k]
        if t.text in (",", ";", ".") or t.pos_ in ("VERB", "AUX", "ADP"):
            break
        if t.lower_ in ("our", "my", "us", "me") or t.ent_type_ in ("PERSON", "ORG", "NORP",
                                                                   "GPE"):
            return True
        if t.pos_ in ("NOUN", "PROPN") and (t.lower_ in _AGENT_NOUNS or (
                t.lower_.endswith(_AGENT_SUFFIXES) and len(t) > 5)):
            return True
    return _charged(view, start, end)


def _correction_clause_ok_cleft(verb: Token) -> bool:
    """As _correction_clause_ok, for a copula whose own 'not' is the contrast marker."""
    if verb.lemma_.lower() in _PREFERENCE:
        return False
    return not any(c.dep_ == "aux" and c.lower_ in _NON_EPISTEMIC_MODALS for c in verb.children)


def _correction_clause_ok(verb: Token) -> bool:
    if verb.lemma_.lower() in _PREFERENCE:
        return False
    if any(c.dep_ == "aux" and c.lower_ in _NON_EPISTEMIC_MODALS for c in verb.children):
        return False
    return not any(c.dep_ == "neg" for c in verb.children)


_PROVENANCE = _W.provenance


def _parallel(doc: Doc, k: int, view: StatementView) -> Token | None:
    """'... by an old mine left over from the 1990s rather than by a new attack': the
    preposition after the contrast repeats an earlier one, which anchors the contrast."""
    if k >= view.content[1] or doc[k].pos_ != "ADP":
        return None
    for m in range(k - 2, view.content[0] - 1, -1):
        if doc[m].lower_ == doc[k].lower_:
            return doc[m]
    # 'fired warning shots into the air, not at the migrants': another preposition of the
    # same verb (the nearest one before the contrast)
    for m in range(k - 2, view.content[0] - 1, -1):
        if doc[m].dep_ == "prep" and doc[m].head.pos_ == "VERB" and doc[m].lower_ not in ("of",):
            return doc[m]
    return None


def contrast_correction(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'X, not Y', 'X rather than Y', 'X instead of Y' on who did it or what it was, in the
    content's main clause: the speaker puts the right account in place of a wrong one ('The
    outage was caused by a faulty update, not a cyberattack', 'The money was a loan, not a
    bribe', 'The blast was caused by an old mine rather than by a new attack'). Not
    preferences ('We want jobs, not promises'), plans or modals ('will meet on Monday rather
    than Friday'), alternatives of action ('rather than raising taxes'), complaints about
    manner ('answered with sarcasm instead of data'), nor a contrast buried in a relative
    clause ('areas held by rebels rather than IS')."""
    tok = doc[i]
    low = tok.lower_
    if low == "not":
        if tok.dep_ == "neg" and _pseudo_cleft_cause(tok.head) and i > 0 \
                and doc[i - 1].text in (",", ";", "—", "–") and view.in_content(tok.head.i) \
                and j < view.content[1] and doc[j].pos_ in ("NOUN", "PROPN", "PRON", "DET",
                                                            "ADJ", "NUM"):
            # the parser hangs 'not' on the copula: 'What took the systems down was a bad
            # file, not hackers' (1.4.0)
            return _correction_clause_ok_cleft(tok.head)
        if tok.dep_ == "neg" and i > 0 and doc[i - 1].text in (",", ";", "—", "–") and (
                _purpose_contrast(tok, view) or _genuine_contrast(doc, i, j, view)):
            return True
        if tok.dep_ != "neg" or tok.head.pos_ in ("VERB", "AUX"):
            return False
        prev = doc[i - 1] if i > 0 else None
        after_comma = prev is not None and prev.text in (",", ";", "—", "-", "–")
        if prev is None or not (after_comma or (
                prev.lower_ in ("and", "but") and i > 1 and doc[i - 2].text != ",")):
            return False
        if j < view.content[1] and doc[j].lower_ in ("because", "due"):
            anchor = tok.head  # 'shut down for maintenance, not because of a leak'
            verb, _path = _main_clause_verb(anchor, view)
            return verb is not None and _correction_clause_ok(verb) and _past(verb)
        parallel = _parallel(doc, j, view)
        anchor = parallel or tok.head
        if parallel is not None and after_comma:
            # 'filmed in Syria in 2013, not in Gaza': where a piece of evidence comes from
            verb, _path = _main_clause_verb(anchor, view)
            if verb is not None and _correction_clause_ok(verb) and _past(verb) \
                    and verb.lemma_.lower() in _PROVENANCE:
                return True
    elif low in ("rather", "instead"):
        nxt = doc[j] if j < view.content[1] else None
        if nxt is None or nxt.tag_ in ("VBG", "VB"):
            return False  # 'rather than raising taxes'
        anchor = _parallel(doc, j, view) or doc[j - 1].head
    else:
        return False
    if not view.in_content(anchor.i):
        return False
    verb, path = _main_clause_verb(anchor, view)
    rejected = (j, min(view.content[1], j + 6))
    return verb is not None and _correction_clause_ok(verb) and _corrects_account(
        verb, path, rejected, view)


def _purpose_contrast(neg: Token, view: StatementView) -> bool:
    """'The strike was called to boost the leadership's campaign, not to help the drivers',
    'The audit was ordered to check the accounts, not to punish the treasurer': the speaker
    puts the real purpose of a past act in place of the one in circulation (denial 1.5.0).
    Not preferences or plans ('We want to build, not to destroy', 'will meet to talk, not to
    negotiate')."""
    rejected = neg.head
    if rejected.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                        for c in rejected.children):
        return False
    purpose = rejected.head
    if purpose is rejected or purpose.tag_ != "VB" or purpose.dep_ not in ("advcl", "xcomp") \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in purpose.children):
        return False
    act = purpose.head
    if not view.in_content(act.i) or act.pos_ not in ("VERB", "AUX"):
        return False
    passive = any(c.dep_ == "auxpass" for c in act.children)  # 'was called', not 'call for'
    return (passive or _correction_clause_ok(act)) and not any(
        c.dep_ == "neg" for c in act.children) and _past(act) and not _modal_or_future(act)


_GENUINE = _W.genuine


def _genuine_contrast(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'The ballots in the canal were sample papers, not real votes': after a copular account
    of what something was, ', not real/genuine/actual Y' denies that it was the thing claimed
    (denial 1.5.0). Not a plan or a modal ('will be a replica, not the real trophy' is a
    plan, left out)."""
    if j >= view.content[1] or doc[j].lower_ not in _GENUINE:
        return False
    for k in range(view.content[0], i):
        v = doc[k]
        if v.lemma_.lower() == "be" and v.pos_ in ("AUX", "VERB") and any(
                c.dep_ == "attr" and c.i < i for c in v.children):
            return _past(v) or v.tag_ in ("VBZ", "VBP") and not _modal_or_future(v)
    return False


def _charged(view: StatementView, start: int, end: int) -> bool:
    """A negative word (VADER valence -1 or below) or an accusation/denial cue in [start, end)."""
    from ...sentiment import vader_lexicon
    from .denial import _negatively_characterised

    vader = vader_lexicon()
    doc = view.doc
    for k in range(start, min(end, view.content[1])):
        if doc[k].text in (",", ";", "."):
            break
        if vader.get(doc[k].lower_, 0.0) <= -1.0:
            return True
    return _negatively_characterised(view, start, end)


_LOCATIVE = frozenset({"in", "at", "near", "inside", "aboard", "on", "within", "anywhere"})


def absent_from_scene(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """An alibi: 'The defendant was not in the city that night', 'Our ships were never in
    those waters': a past 'be' negated, with a place and no predicate noun or adjective.
    Not 'there was no ...' (existential) nor present states ('the minister is not in the
    office today' reports a whereabouts, not a rebuttal)."""
    neg = doc[i]
    if neg.dep_ != "neg" and neg.lower_ != "never":
        return False
    verb = neg.head
    if verb.lemma_.lower() != "be" or verb.tag_ != "VBD":
        return False
    kids = list(verb.children)
    if any(c.dep_ in ("attr", "acomp", "expl", "xcomp") for c in kids):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in kids):
        return False
    if not any(c.dep_ == "prep" and c.lower_ in _LOCATIVE and any(g.dep_ == "pobj" for g in c.children)
               for c in kids):
        return False
    return clause_subject(verb) is not None


# Nouns after an emphatic 'no' that say what the speaker lacks or plans, or that intensify
# certainty: 'absolutely no idea' (no knowledge), 'no plans' (intention), 'no doubt' (booster).
_NOT_REBUTTED = _W.not_rebutted


def emphatic_no(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'There is absolutely no shortage of insulin', 'no pressure whatsoever', 'no
    interference of any kind': a negation made emphatic rebuts a claim that the thing exists
    ('no casualties' stays a plain fact: the emphasis is what marks the rebuttal). Not
    knowledge, plans or certainty ('absolutely no idea', 'no plans at all', 'no doubt')."""
    det = doc[i]
    noun = det.head
    if det.dep_ != "det" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.lemma_.lower() in _NOT_REBUTTED:
        return False
    emphatic = any(doc[k].lower_ in ("absolutely", "simply", "categorically", "utterly")
                   for k in range(max(view.content[0], i - 2), i))
    end = min(view.content[1], noun.right_edge.i + 3)
    for k in range(noun.i + 1, end):
        if doc[k].lower_ == "whatsoever" or (doc[k].lower_ == "at" and k + 1 < len(doc)
                                              and doc[k + 1].lower_ == "all"):
            emphatic = True
        if doc[k].lower_ == "of" and k + 2 < len(doc) and doc[k + 1].lower_ == "any" \
                and doc[k + 2].lower_ in ("kind", "sort"):
            emphatic = True
    return emphatic


_UNIVERSAL_DETS = frozenset({"all", "every", "each"})


def content_universal(view: StatementView) -> bool:
    """The content's main clause makes a universal claim about what was done: 'All missiles hit
    their targets', 'Every single missile was accounted for', 'Each vote was counted', 'has
    always ...', 'at all times'. Not a modal or future main clause ('all sides should exercise
    restraint') nor a universal in a subordinate clause ('until all its goals are met')."""
    doc = view.doc
    for k in range(*view.content):
        root = doc[k]
        if root.pos_ not in ("VERB", "AUX") or (view.in_content(root.head.i) and root.head.i != k):
            continue
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in root.children):
            continue
        for c in root.children:
            if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in _UNIVERSAL_DETS or any(
                    d.dep_ in ("det", "predet") and d.lower_ in _UNIVERSAL_DETS for d in c.children)):
                return True
        if _universal_adverbial(root):
            return True
    return False


_DUTY_VERBS = _W.duty_verbs


def own_record(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'We have always put patient safety first', 'Our officers have at all times respected
    the ceasefire': the speaker's own side claims a spotless record of duty, answering a charge.
    Only verbs of duty or conduct ('We have always loved this city' is no rebuttal), in the
    perfect or present, not negated."""
    tok = doc[i]
    verb = tok.head
    for _ in range(2):
        if verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _DUTY_VERBS:
        return False
    if is_negated(verb) or _modal_or_future(verb):
        return False
    if speakers_side(clause_subject(verb), view):
        return True
    # 1.3.0: any party's record of a legal duty ('The senator has always paid her taxes')
    return verb.lemma_.lower() in _LEGAL_DUTY_VERBS


_LEGAL_DUTY_VERBS = _W.legal_duty_verbs


_PERCEPTION = _W.perception


def counterfactual_any(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'Our air defence would have detected any missile', 'We would certainly have noticed any
    irregularity': a counterfactual of perception over 'any X' says there was none."""
    det = doc[i]
    noun = det.head
    if det.dep_ != "det":
        return False
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "nsubj" and noun.head.dep_ in ("ccomp", "xcomp"):
        verb = noun.head.head  # 'would have detected any missile falling on ...'
    else:
        return False
    if verb.lemma_.lower() not in _PERCEPTION:
        return False
    kids = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return any(m in kids for m in ("would", "'d")) and "have" in kids


def disputed_then_answered(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'The government claims the protesters were armed; we saw umbrellas and banners', 'Our
    critics allege a cover-up, but the records show otherwise': another party's claim, named
    by a distancing verb, then the speaker's answer after ';' or 'but'."""
    verb = doc[i]
    if verb.pos_ != "VERB" or not view.in_content(i) or is_negated(verb):
        return False
    subj = clause_subject(verb)
    if subj is None or own_side(subj) or subj.lower_ in ("it", "this", "that"):
        return False
    end = view.content[1]
    for k in range(i + 1, end):
        if doc[k].text == ";" or (doc[k].lower_ == "but" and doc[k].dep_ == "cc"):
            return any(doc[m].pos_ in ("VERB", "AUX") for m in range(k + 1, end))
    return False


def speaker_disputes(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'dispute'/'contest' as a verb, as the speaker's own denial (see :func:`speaker_denies`):
    not 'a description the organisers dispute' (someone else's)."""
    tok = doc[i]
    if any(c.dep_ == "auxpass" for c in tok.children):
        return False  # 'though that account has been disputed': a report of someone's dispute
    if tok.dep_ in ("amod", "compound"):
        return False  # 1.4.0: 'the disputed territory/election': a matter under dispute, a label
    return tok.pos_ == "VERB" and speaker_denies(doc, i, j, view)


_CORE_WRONGDOING = _W.core_wrongdoing


def negated_wrongdoing(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A wrongdoing verb negated: 'The election was not rigged', 'The data were not
    manipulated', 'We did not mislead investors', 'The minister never lied to parliament'. The
    act is a core wrongdoing verb that the accusation lexicon also names.
    Not failures or harm ('Flood defences did not fail'), plans or modals ('will not
    tolerate'), nor suppositions ('if they did not cheat')."""
    from ..matching import lexicon

    neg = doc[i]
    if neg.dep_ != "neg" and neg.lower_ != "never":
        return False
    verb = neg.head
    if verb.pos_ not in ("VERB", "AUX") or _modal_or_future(verb):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) or _in_if(verb):
        return False
    lemma = verb.lemma_.lower()
    if lemma == "cover" and not any(c.lower_ == "up" for c in verb.children):
        return False
    if lemma == "fix" and not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in (
            "match", "game", "race", "result", "election", "vote", "price") for c in verb.children):
        return False
    # A verb of wrongdoing (not of failure or harm: 'Flood defences did not fail' is a plain
    # negative fact) that the accusation lexicon also names.
    return lemma in _CORE_WRONGDOING and lemma in _accusation_words(lexicon("accusation"))


def _in_if(tok: Token) -> bool:
    cur = tok
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in cur.children):
            return True
        if cur.head is cur:
            return False
        cur = cur.head
    return False


def _accusation_words(lex) -> frozenset[str]:
    """The single-word patterns of the accusation lexicon (built once per loaded lexicon)."""
    return lex.derived("accusation_words", lambda lx: frozenset(
        e.pattern for e in lx.entries if " " not in e.pattern) | {"cover"})


_QUANTITY_NOUNS = _W.quantity_nouns


def negated_evidence(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Evidence said to be absent, emphatically: 'not a shred of evidence', 'not a single
    piece of proof', 'no evidence whatsoever' ('no evidence' and 'no proof' have their own
    entries). A plain 'has not released any evidence' or 'without offering any evidence' is
    left alone: in news it is as often a reporter's sourcing caveat as a rebuttal (see
    benchmarks/gold/FRAMING_README.md)."""
    noun = doc[i]
    if noun.pos_ not in ("NOUN", "PROPN") or _not_yet(doc, i, view):
        return False
    if not (noun.dep_ == "pobj" and noun.head.lower_ == "of"
            and noun.head.head.lower_ in _QUANTITY_NOUNS):
        return False
    head = noun.head.head
    if any(doc[k].lower_ in ("no", "not", "without", "never", "nor")
           for k in range(max(view.content[0], head.i - 3), head.i)):
        return True
    verb = head.head  # 'has not produced a single piece of evidence'
    return head.dep_ in ("dobj", "attr") and verb.pos_ in ("VERB", "AUX") and is_negated(verb)


_BOUNDS = _W.bounds


def _not_yet(doc: Doc, i: int, view: StatementView) -> bool:
    """'no evidence yet', 'no evidence so far': the inquiry is open (no knowledge yet)."""
    for k in range(i + 1, min(view.content[1], i + 3)):
        if doc[k].lower_ == "yet" or (doc[k].lower_ == "so" and k + 1 < len(doc)
                                      and doc[k + 1].lower_ == "far"):
            return True
    return False


_GIVE_EVIDENCE = _W.give_evidence


def evidence_against_claim(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'no evidence/proof (that ...)' as a rebuttal; not 'no evidence yet' (see _not_yet), and
    not the journalist's sourcing caveat tacked onto a report ('..., though no evidence was
    provided', '... but offered no evidence'; see benchmarks/gold/FRAMING_README.md)."""
    if _not_yet(doc, j - 1, view):
        return False
    noun = doc[j - 1]
    verb = noun.head
    if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _GIVE_EVIDENCE:
        if any(c.dep_ == "mark" and c.lower_ in ("though", "although", "while") for c in verb.children):
            return False
        if verb.dep_ == "conj" and any(c.lower_ == "but" for c in verb.head.children if c.dep_ == "cc"):
            return False
    return True


def within_bounds(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'The minister acted entirely within her powers', 'The police stayed within the rules',
    'within its mandate': an act declared inside the bounds it is charged with leaving (as
    'within the law'). Not plans or negations ('will remain within the budget')."""
    prep = doc[i]
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lemma_.lower() not in _BOUNDS and pobj.lower_ not in _BOUNDS:
        return False
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or is_negated(verb) or _modal_or_future(verb):
        return False
    return verb.lemma_.lower() in ("act", "operate", "stay", "remain", "be", "work", "behave")


_ARTEFACTS = _W.artefacts


def discredited_artefact(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A piece of evidence said to be faked: 'The photographs were staged', 'The letter is
    forged', 'the recording was doctored'. Only evidence artefacts (photos, videos,
    documents, messages); 'the election was rigged' or 'the data were manipulated' accuse,
    they do not rebut a piece of evidence."""
    tok = doc[i]
    if tok.tag_ not in ("VBN", "JJ") or is_negated(tok):
        return False
    subj = clause_subject(tok) if tok.pos_ in ("VERB", "AUX") else None
    if subj is None and tok.dep_ in ("acomp", "attr"):
        subj = clause_subject(tok.head)
    if subj is None and tok.dep_ == "amod":
        subj = tok.head
    return subj is not None and subj.lemma_.lower() in _ARTEFACTS


def past_knowledge_denied(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'The minister had no knowledge of the payments', 'We were not aware of any
    irregularities at the time': past awareness of a deed denied (complicity refused). Not
    the present lack of information ('We have no information on the hostages')."""
    tok = doc[i]
    verb = tok.head if tok.pos_ not in ("VERB", "AUX") else tok
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and verb.tag_ == "VBD"


def past_knowledge_denied_neg(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'We were not aware of any irregularities': negated past awareness (see
    :func:`past_knowledge_denied`); 'We are not aware of any casualties' is no-knowledge."""
    tok = doc[i]
    subj = clause_subject(tok.head) if tok.dep_ == "acomp" else None
    neg_subj = subj is not None and any(c.lower_ in ("neither", "no", "none") for c in subj.children)
    return (is_negated(tok) or neg_subj) and past_knowledge_denied(doc, i, j, view)


# What a dismissive label can be pinned on: a claim (grammar.CLAIM_NOUNS) or a proceeding.
_PROCEEDINGS = _W.proceedings
_DEMONSTRATIVES = frozenset({"it", "this", "that", "these", "those", "they", "all", "everything"})


def dismissive_label(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A claim or a proceeding labelled as invention, pretext or persecution: 'The charges are
    a fig leaf for a purge', 'It's a witch hunt', 'The whole investigation is a script written
    in advance', 'These are nothing but fairy tales'. The label must be predicated of a claim
    or proceeding noun (or a pronoun standing for one): 'the film's script' is no rebuttal."""
    from ..grammar import CLAIM_NOUNS

    tok = doc[j - 1] if doc[j - 1].pos_ in ("NOUN", "PROPN") else doc[i]
    cur = tok
    # 'nothing but fairy tales', 'a fig leaf': climb to the predicate noun
    for _ in range(3):
        if cur.dep_ in ("attr", "appos", "oprd") or cur.dep_ == "pobj" and cur.head.lower_ == "as":
            break
        if cur.dep_ in ("compound", "pobj", "prep", "amod") and cur.head is not cur:
            cur = cur.head
        else:
            break
    if cur.dep_ == "pobj" and cur.head.lower_ == "as":  # 'dismissed the charges as a witch hunt'
        verb = cur.head.head
        objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        return any(o.lemma_.lower() in CLAIM_NOUNS | _PROCEEDINGS or o.lower_ in _DEMONSTRATIVES
                   for o in objs)
    if cur.dep_ == "appos":
        subj = cur.head
    elif cur.dep_ in ("attr", "oprd"):
        subj = clause_subject(cur.head)
        if cur.head.dep_ == "relcl":
            return False  # 1.17.0: 'after a review that was a sham' describes, rebuts nothing
    else:
        return False
    if subj is None or is_negated(cur.head):
        return False
    return subj.lemma_.lower() in CLAIM_NOUNS | _PROCEEDINGS or subj.lower_ in _DEMONSTRATIVES


def blame_shifted(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'Responsibility for the collapse lies entirely with the previous owners', 'The blame
    rests with the contractor': responsibility placed on another party, so refused. Not the
    own side ('responsibility lies with us') and not a plan ('will rest with the council')."""
    noun = doc[i]
    if noun.dep_ != "nsubj":
        return False
    verb = noun.head
    if verb.lemma_.lower() not in ("lie", "rest", "belong", "sit") or is_negated(verb):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    if noun.lemma_.lower() == "responsibility":
        # 'Responsibility for the project lies with the ministry' is a remit, not blame: it
        # needs a harm ('for the collapse') or a sole-blame adverb ('lies entirely with').
        harm = any(c.dep_ == "prep" and c.lower_ == "for" and _charged(
            view, c.i + 1, c.right_edge.i + 1) for c in noun.children)
        sole = any(c.dep_ == "advmod" and c.lower_ in ("entirely", "solely", "squarely", "wholly",
                                                       "only", "fully")
                   for c in verb.children)
        if not (harm or sole):
            return False
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("with", "to"):
            objs = [g for g in c.children if g.dep_ == "pobj"]
            return bool(objs) and not any(g.lower_ in ("us", "me") or own_side(g) for g in objs)
    return False


_RULE_OBJECTS = _W.rule_objects


def followed_rules(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'We followed every procedure to the letter', 'The airline followed all the safety
    rules', 'Our staff respected the protocol': the conduct answered is declared by the book,
    by the own side or universally. Not duties ('Drivers must follow the rules'), plans, or a
    third party's plain conduct ('Police followed the protocol')."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb) or _modal_or_future(verb):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
             for g in c.children if g.dep_ == "pobj"]
    rules = [o for o in objs if o.lemma_.lower() in _RULE_OBJECTS]
    if not rules:
        return False
    if speakers_side(clause_subject(verb), view):
        return True
    universal = any(d.lower_ in ("every", "all", "each") for o in rules for d in o.children) or \
        _universal_adverbial(verb) or any(
            doc[k].lower_ == "letter" and doc[k - 1].lower_ == "the" and doc[k - 2].lower_ == "to"
            for k in range(verb.i + 3, min(view.content[1], verb.right_edge.i + 1)))
    return universal


_EMPHATIC_DEGREE = _W.emphatic_degree


def emphatic_legitimacy(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'which is entirely legal', 'The strikes were completely justified', 'perfectly lawful':
    an act declared emphatically legitimate answers a charge of wrongdoing. Without the
    emphasis ('Cannabis is legal in Canada') it is a plain fact; negated it is a charge."""
    tok = doc[i]
    if tok.dep_ == "amod" or is_negated(tok):
        return False
    return any(doc[k].lower_ in _EMPHATIC_DEGREE for k in range(max(view.content[0], i - 2), i))


_PREDICATE_VERBS = frozenset({"be", "remain", "stay"})


def innocence_claim(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Innocence or ignorance predicated of someone as the answer to a charge (denial 1.4.0):
    'My client is innocent', 'We are blameless', 'The directors were completely unaware of the
    transfers'. The predicate must sit on 'be'/'remain', unnegated, outside a condition ('if
    he is innocent') or a principle ('innocent until proven guilty'), and its subject must be
    the speaker's own side ('we', 'my client', 'our officers') or the claim must be emphatic
    and about the past ('was completely unaware'). Not 'innocent civilians' (attributive),
    'Many voters are unaware of the rules' (no defence of anyone's conduct)."""
    tok = doc[i]
    if tok.dep_ not in ("acomp", "oprd") or is_negated(tok):
        return False
    verb = tok.head
    if verb.lemma_.lower() not in _PREDICATE_VERBS or is_negated(verb):
        return False
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether")
                                    for c in verb.children):
        return False
    if j < view.content[1] and doc[j].lower_ == "until":
        return False  # 'innocent until proven guilty': a principle
    subj = clause_subject(verb)
    if subj is None or not view.in_content(subj.i):
        return False
    ignorance = tok.lemma_.lower() in _IGNORANCE
    if ignorance and not _past(verb):
        return False  # 'We are unaware of where the hostages are held': no knowledge now
    if speakers_side(subj, view):
        return True
    if not ignorance:
        return False  # 'The victims were completely innocent' is said by their side
    if not (subj.ent_type_ in ("ORG", "PERSON") or subj.lemma_.lower() in _ANSWERABLE):
        return False  # 'Most residents were completely unaware of the order': a complaint
    emphatic = any(doc[k].lower_ in _EMPHATIC_DEGREE
                   for k in range(max(view.content[0], i - 2), i))
    return emphatic and _past(verb)


_IGNORANCE = _W.ignorance
# Those who answer for an organisation's conduct (1.4.0): its bodies and office-holders.
_ANSWERABLE = _W.answerable


def falsity_label(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'fake' rebuts a claim when it is said of one ('The video is fake', 'fake news', 'a fake
    report'), not when it describes counterfeit things ('fake passports', 'fake medicines',
    'fake accounts' on a platform): attributive use counts only on claim-like nouns
    (denial 1.4.0)."""
    tok = doc[i]
    cur = tok
    for _ in range(3):
        cur = cur.head
        if cur.lemma_.lower() == "know" and cur.pos_ == "VERB" and not is_negated(cur):
            subj = clause_subject(cur)
            if subj is None or subj.lower_ not in _FIRST_PERSON:
                # 1.19.1: 'a man who knew the numbers were fake' charges a third party's
                # knowledge (an accusation), it rebuts no claim
                return False
        if cur.head is cur:
            break
    if tok.dep_ != "amod":
        return True
    head = tok.head.lemma_.lower()
    return (head in _CLAIMLIKE or head in ("news", "narrative", "headline")) and head not in (
        "account", "post", "signature")


def not_in_relative_clause(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A reassurance ('posed no threat') that is the speaker's own claim, not a relative clause
    describing other people ('fired on marchers who posed no threat': said of victims, it is
    part of an accusation) (denial 1.4.0)."""
    verb = doc[i]
    return not (verb.dep_ == "relcl" or (verb.dep_ == "conj" and verb.head.dep_ == "relcl"))


def _conditional(verb: Token) -> bool:
    """The clause of ``verb`` (or one it hangs in) is a condition: 'if the data were changed'."""
    cur = verb
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in cur.children):
            return True
        if cur.head is cur:
            break
        cur = cur.head
    return False


def negated_in_any_way(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'in any way', 'in any shape or form' under a negated verb: the emphatic negation of a
    past or present deed rebuts a claim that it happened ('The samples have not been altered in
    any way', 'did not benefit in any shape or form') (denial 1.4.0, the verb counterpart of
    emphatic_no). Not modal or future ('We cannot help in any way', 'will not affect ... in any
    way': a refusal or a forecast) nor a condition ('if the data were changed in any way')."""
    prep = doc[i]
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
        return False
    negated = is_negated(verb) or any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("nobody", "no one", "nothing", "none")
        for c in verb.children)
    return negated and not _modal_or_future(verb) and not _conditional(verb)


def nothing_to_suggest(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'There is nothing to suggest ...', 'We have seen nothing to indicate ...': no evidence for
    a claim, as 'no evidence' (denial 1.4.0). 'nothing' must carry the evidential infinitive
    ('nothing to eat', 'nothing to announce' are other verbs) outside a condition."""
    tok = doc[i]
    inf = next((c for c in tok.children if c.dep_ in ("relcl", "acl") and c.tag_ == "VB"), None)
    if inf is None or inf.lemma_.lower() not in _EVIDENTIAL:
        return False
    return not _conditional(tok.head)


# Verbs that present evidence for a claim (cf. the evidential 'suggest/indicate/show' of the
# hedging lexicon): 'nothing to suggest/indicate/show/support/link/connect ...'.
_EVIDENTIAL = _W.evidential


# Charges made against a presence or deployment (denial 1.4.0): 'not there to occupy/
# destabilise/plunder ...'.
_PRESENCE_CHARGES = _W.presence_charges


def denied_purpose(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """The own side's presence denied a hostile purpose: 'Our ships are not there to intimidate
    anyone', 'We are not here to cause trouble', 'Our soldiers are not in the country to occupy
    it' (denial 1.4.0). A negated 'be' with a 'to'-purpose clause whose verb is a wrongdoing or
    hostile act, or whose words carry a charge (VADER -1 or below, accusation cue); the subject
    is the speaker's side. Not 'We are not here to talk about the budget' (no charge), nor
    others ('The rebels are not there to ...': a claim about them)."""
    neg = doc[i]
    cop = neg.head
    if neg.dep_ != "neg" or cop.lemma_.lower() != "be" or _modal_or_future(cop):
        return False
    purpose = next((c for c in cop.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB"
                    and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
    if purpose is None or not speakers_side(clause_subject(cop), view):
        return False
    low = purpose.lemma_.lower()
    if low in _CORE_WRONGDOING or low in _PRESENCE_CHARGES or low in (
            "attack", "provoke", "bomb", "shell", "kill", "shoot", "violate", "breach"):
        return True
    end = min(view.content[1], purpose.right_edge.i + 1)
    return _charged(view, purpose.i, end)


def concession_minimised(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'There were irregularities, of course, but nothing that could change the outcome',
    'Mistakes were made, yes, but none that broke the law': a point granted, then its weight
    denied by 'but nothing/none'. Only after an existential or explicitly conceded clause;
    'We searched all night but found nothing' is a plain fact."""
    tok = doc[i]
    if i == 0 or doc[i - 1].lower_ != "but" or not view.in_content(i - 1):
        return False
    before = doc[view.content[0]:i - 1]
    conceded = any(t.lower_ in ("course", "admittedly", "granted", "yes", "true", "sure")
                   for t in before)
    existential = any(t.dep_ == "expl" for t in before) or any(
        t.dep_ == "auxpass" and t.head.lemma_.lower() in ("make", "commit") for t in before)
    return (conceded or existential) and tok.dep_ not in ("dobj",)


def stale_artefact(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'The video is old', 'The photo appears to be an old image of a crashed drone', 'recycled
    footage': a piece of evidence said to come from another time or event (the usual debunk of
    a viral image). Only for evidence artefacts (see :func:`discredited_artefact`)."""
    tok = doc[i]
    if is_negated(tok) or (tok.head is not tok and is_negated(tok.head)):
        return False
    if tok.dep_ == "acomp" or (tok.tag_ == "VBN" and tok.pos_ == "VERB"):
        subj = clause_subject(tok.head if tok.dep_ == "acomp" else tok)
        return subj is not None and subj.lemma_.lower() in _ARTEFACTS
    if tok.dep_ == "amod":
        noun = tok.head
        if noun.lemma_.lower() not in _ARTEFACTS:
            return False
        if noun.dep_ in ("attr",):
            subj = clause_subject(noun.head)
            if subj is None and noun.head.dep_ == "xcomp":
                subj = clause_subject(noun.head.head)  # 'appears to be an old image'
            return subj is not None and subj.lemma_.lower() in _ARTEFACTS
    return False


_CLAIMLIKE = _CLAIMS_RICH | _PROCEEDINGS | _ARTEFACTS | _W.claimlike_extra


def of_a_claim(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A judgement of falsity or weakness that counts only of a claim, report or piece of
    evidence: 'The report's conclusions are flawed', 'These documents prove nothing', 'The
    allegations do not reflect the facts', 'Suggestions that ... are wide of the mark'. 'The
    system is flawed' criticises, it rebuts no claim."""
    tok = doc[i]
    cur = tok
    for _ in range(4):
        if cur.pos_ in ("VERB", "AUX") or cur.head is cur:
            break
        cur = cur.head
    subj = clause_subject(cur)
    if subj is None:
        return False
    return subj.lemma_.lower() in _CLAIMLIKE or subj.lower_ in ("these", "those", "this", "that", "it")


_WRONG_ADJ = _W.wrong_adj


def nothing_wrong(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'The minister did nothing improper', 'Nothing illegal happened', 'nothing untoward': a
    wrongdoing adjective on 'nothing' (1.3.0, the class of 'nothing wrong')."""
    return j < view.content[1] and doc[j].lower_ in _WRONG_ADJ


def anything_wrong(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'Nobody here has done anything wrong', 'We did not do anything illegal': 'anything' + a
    wrongdoing adjective in a negated clause (1.3.0, as 'nothing wrong')."""
    if not (j < view.content[1] and doc[j].lower_ in _WRONG_ADJ):
        return False
    verb = doc[i].head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if is_negated(verb):
        return True
    subj = clause_subject(verb)
    return subj is not None and (subj.lower_ in ("nobody", "none", "noone") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subj.children) or (
        subj.lower_ == "one" and subj.i > 0 and doc[subj.i - 1].lower_ == "no"))


def no_ill_intent(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'There was no intention to mislead anyone', 'no attempt to hide the figures': malicious
    intent denied (a core wrongdoing verb after 'no intention/attempt to'); 'no intention to
    raise taxes' is a negative intention, not a denial."""
    for k in range(j, min(view.content[1], j + 3)):
        if doc[k].lemma_.lower() in _CORE_WRONGDOING | {"harm", "offend", "hurt", "deceive"}:
            return True
    return False


def mere_accident(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'The fire was an accident', 'It was a tragic accident': a harmful event put down to
    chance, so intent denied. Not negated ('was no accident' accuses), not 'an accident
    happened' (a report), not 'accident and emergency'."""
    tok = doc[i]
    if tok.dep_ not in ("attr",) or is_negated(tok.head):
        return False
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return False
    if in_question(doc, i, view) and not any(c.dep_ == "mark" and c.lower_ == "if"
                                             for c in tok.head.children):
        # 1.5.0: 'Is it really a coincidence that ...?' insinuates; 'If this was an accident,
        # why were the cameras switched off?' still disputes the innocent account
        return False
    if any(doc[k].lower_ in ("hardly", "scarcely", "barely", "no", "not", "never", "far")
           for k in range(max(view.content[0], i - 4), i)):
        return False  # 'is hardly a coincidence', 'far from an accident' accuse
    return clause_subject(tok.head) is not None


def nobody_at_fault(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'Nobody was at fault', 'No one is to blame', 'The pilots were not at fault':
    responsibility denied."""
    tok = doc[i]
    verb = tok.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    subj = clause_subject(verb)
    if is_negated(verb):
        return True
    return subj is not None and (subj.lower_ in ("nobody", "none", "noone") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subj.children))


_ATTACK_VERBS = _W.attack_verbs


def only_legitimate_targets(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'Our forces targeted only military installations', 'The strikes were aimed exclusively at
    military infrastructure': the own side's force restricted to lawful targets (a denial of
    hitting civilians). Own side, or a passive with an attack noun as subject."""
    tok = doc[i]
    verb = tok.head
    for _ in range(3):
        if verb.pos_ == "VERB" or verb.head is verb:
            break
        verb = verb.head
    if verb.lemma_.lower() not in _ATTACK_VERBS or is_negated(verb) or _modal_or_future(verb):
        return False
    subj = clause_subject(verb)
    if speakers_side(subj, view):
        return True
    return subj is not None and subj.lemma_.lower() in ("strike", "attack", "raid", "operation",
                                                         "bombing", "shelling", "missile", "rocket")


_ROUTINE_ACTIVITIES = _W.routine_activities


def routine_activity(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'The aircraft was on a routine training flight', 'It was a routine exercise', 'The
    plant was closed for routine maintenance': an innocent activity offered as the account of
    an incident (a counter-explanation). Only with 'be' or a passive of the main clause,
    in the past."""
    tok = doc[i]
    noun = tok.head
    if tok.dep_ != "amod" or noun.lemma_.lower() not in _ROUTINE_ACTIVITIES:
        return False
    cur = noun
    for _ in range(3):
        if cur.pos_ in ("VERB", "AUX") or cur.head is cur:
            break
        cur = cur.head
    if cur.pos_ not in ("VERB", "AUX") or is_negated(cur) or _modal_or_future(cur):
        return False
    if not _past(cur):
        return False
    passive = any(c.dep_ == "auxpass" for c in cur.children)
    return cur.lemma_.lower() == "be" or passive


_DISTANCE_UNITS = _W.distance_units


def far_away(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """An alibi by distance: 'At the time of the attack, our unit was stationed 200 kilometres
    away', 'Our ships were 40 miles from the coast': the own side placed far from the scene,
    in the past."""
    tok = doc[i]
    unit = tok if tok.lemma_.lower() in _DISTANCE_UNITS else None
    if unit is None:
        return False
    if not any(doc[k].lower_ in ("away", "from") for k in range(i + 1, min(view.content[1], i + 3))):
        return False
    cur = unit
    for _ in range(4):
        if cur.pos_ in ("VERB", "AUX") or cur.head is cur:
            break
        cur = cur.head
    if cur.pos_ not in ("VERB", "AUX") or is_negated(cur) or not _past(cur):
        return False
    return speakers_side(clause_subject(cur), view)


_HOSTILE_ACTS = _W.hostile_acts


def cleft_blame(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'It was the other side that opened fire', 'It was the rebels who broke the truce': a
    cleft that puts a hostile act on another party (so not on the speaker's side). Not an
    anecdote ('It was the coach who spotted him')."""
    tok = doc[i]
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "expl"):
        return False
    verb = tok.head
    if verb.lemma_.lower() != "be" or is_negated(verb):
        return False
    focus = next((c for c in verb.children if c.dep_ == "attr"), None)
    if focus is None or speakers_side(focus, view) or focus.lower_ in ("we", "us", "i", "me"):
        return False
    rel = next((c for c in focus.children if c.dep_ == "relcl"), None)
    if rel is None:
        rel = next((c for c in verb.children if c.dep_ in ("relcl", "ccomp", "advcl")
                    and c.i > focus.i), None)
    return rel is not None and rel.lemma_.lower() in _HOSTILE_ACTS


def knew_nothing_of(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'Nobody at the ministry knew about the transfers at the time', 'I did not know of the
    payments': past awareness of a deed denied. Not 'we did not know what caused the fire'
    (a wh-clause: no knowledge) nor the present."""
    verb = doc[i]
    if verb.pos_ != "VERB" or not _past(verb):
        return False
    if not any(c.dep_ == "prep" and c.lower_ in ("about", "of") for c in verb.children):
        return False
    if any(c.lower_ in ("until", "till", "before") for c in verb.children):
        return False  # 'did not know about the party until Friday'
    if is_negated(verb):
        return True
    subj = clause_subject(verb)
    return subj is not None and (subj.lower_ in ("nobody", "none", "noone") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subj.children))


def negated_of_a_claim(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """As :func:`of_a_claim`, for a support or truth word that is negated: 'do not reflect the
    facts', 'not credible', 'not borne out', 'not supported by the data'."""
    tok = doc[i]
    return is_negated(tok) and of_a_claim(doc, i, j, view)


_OTHERS = _W.others
_ANSWER_MARKERS = ("in fact", "actually", "the truth is", "the reality is", "in reality",
                   "but the", "however")


def they_say_in_fact(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'They say we cut the budget. In fact, spending has gone up every year', 'Critics say the
    plan will fail; the reality is ...': the other side's saying, then the speaker's
    correction introduced by 'in fact', 'actually', 'the truth/reality is'."""
    verb = doc[i]
    if verb.pos_ != "VERB" or not view.in_content(i) or is_negated(verb):
        return False
    subj = clause_subject(verb)
    if subj is None or subj.lower_ not in _OTHERS:
        return False
    rest = view.chars(doc[i].idx, doc[view.content[1] - 1].idx + len(doc[view.content[1] - 1])).lower()
    return any(m in rest for m in _ANSWER_MARKERS)


def far_from_contrast(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'Far from causing the crisis, our policies have softened it', 'Far from being a
    cover-up, the report is ...': a claim named to be turned round (at the head of the
    content, with its comma). Not distance ('The village is far from the city')."""
    if i != view.content[0] and doc[i - 1].text not in (",", ";", ":"):
        return False
    return any(doc[k].text == "," for k in range(j, min(view.content[1], j + 12)))


_EXONERATE = _W.exonerate


def exonerated(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'The minister has been completely cleared by the ethics committee', 'was cleared of all
    charges', 'has been exonerated': innocence established. Not 'cleared the way', 'cleared
    the roads'."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb) or _modal_or_future(verb) or not _past(verb):
        return False  # 'will decide whether to acquit him' is not an acquittal
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if verb.lemma_.lower() in _EXONERATE:
        return True
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.lemma_.lower() in ("charge", "wrongdoing", "allegation", "accusation", "suspicion",
                                 "misconduct", "blame", "responsibility") for g in c.subtree)
           for c in verb.children):
        return True
    if not passive:
        return False
    subj = clause_subject(verb)
    from ..grammar import human_noun

    return subj is not None and (subj.ent_type_ in ("PERSON", "ORG") or human_noun(subj)
                                 or own_side(subj) or subj.lower_ in ("i", "we", "he", "she")
                                 or subj.lemma_.lower() in _PARTIES_LITE)


_PARTIES_LITE = _W.parties_lite


def never_existed(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'There has never been any pressure on the central bank', 'There was never any plan to
    close the hospital': existence denied emphatically (as :func:`emphatic_no`); not
    knowledge, plans of one's own or certainty nouns ('never any doubt')."""
    tok = doc[i]
    verb = tok.head
    if verb.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ in ("attr", "nsubj") and c.pos_ in ("NOUN", "PROPN") and any(
                d.lower_ == "any" for d in c.children if d.dep_ == "det"):
            return c.lemma_.lower() not in _CERTAINTY_NOUNS
    return False


# 'There was never any doubt / question': certainty (a booster), not a denial. A past plan is
# different: 'There was never any plan to close the hospital' denies a claimed plan.
_CERTAINTY_NOUNS = _W.certainty_nouns


def reframed_label(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'What the opposition calls a power grab is a routine constitutional reform', 'What
    critics describe as censorship is ...': another party's label named in a free relative,
    then replaced by the speaker's own."""
    verb = doc[i]
    if verb.pos_ != "VERB" or not any(c.lower_ == "what" for c in verb.children):
        return False
    subj = clause_subject(verb)
    if subj is None or speakers_side(subj, view):
        return False
    head = verb.head
    return verb.dep_ in ("csubj", "nsubj") and head.lemma_.lower() == "be" and any(
        c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN") for c in head.children)


# Registered in rules/__init__.py as one entry.
# What happens to people by mishap: 'Nobody was hurt; the building had been evacuated' is a
# plain negative fact (README), also with an account after it.
_MISHAP = _W.mishap
# The toll of an event: 'X opened fire; there were no casualties on our side' is a plain fact.
_TOLL_NOUNS = _W.toll_nouns
# Process nouns: 'No decision was taken; ministers met for three hours' reports no progress.
_PROCESS_NOUNS = _W.process_nouns


# 'No deaths were reported; ...', 'Nobody knew; ...': the state of information, not a deed.
_INFORMATION_VERBS = _W.information_verbs


def corrected_absence(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A negated event or existence set against the speaker's account of what did happen, across
    ';' or ':' (denial 1.5.0): 'No customer data was taken in the breach; the attackers only
    reached a test server', 'Nobody was sacked for joining the union; the dismissals were for
    absence', 'Our troops withdrew in good order; there was no rout'. The negative is the
    rebuttal, the other clause the counter-account. Not mishaps ('Nobody was hurt; ...'), not a
    background explanation in the pluperfect ('...; the building had been evacuated'), not
    process nouns ('No decision was taken; ...'), not plans or modals, not two negatives."""
    tok = doc[i]
    if tok.lower_ == "no":
        if tok.dep_ != "det":
            return False
        noun = tok.head
    else:
        noun = tok
    if noun.lemma_.lower() in _PROCESS_NOUNS | _TOLL_NOUNS:
        return False
    verb = noun.head
    if noun.dep_ == "attr":
        if not any(c.dep_ == "expl" for c in verb.children):
            return False
    elif noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if verb.pos_ not in ("VERB", "AUX") or not view.in_content(verb.i):
        return False
    low = verb.lemma_.lower()
    if low in _MISHAP or low in _INFORMATION_VERBS:
        return False
    if _modal_or_future(verb) or not _past(verb) or any(
            c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return False
    start, end = view.content
    for k in range(start, end):
        if doc[k].text not in (";", ":"):
            continue
        other = range(k + 1, end) if verb.i < k else range(start, k)
        if verb.i < k and any(doc[m].text in (";", ":") for m in range(start, k)
                              if m > verb.i):
            continue
        if doc[other.start].lower_ in ("because", "as", "so", "since", "which"):
            return False
        finite = [doc[m] for m in other if doc[m].pos_ in ("VERB", "AUX")
                  and doc[m].dep_ not in ("aux", "auxpass", "amod", "acl", "relcl")]
        if not finite:
            return False
        main = finite[0]
        if any(c.dep_ == "neg" or c.lower_ == "never" for c in main.children) or any(
                doc[m].lower_ in ("no", "nobody", "nothing", "none") for m in other):
            return False
        if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "had") for c in main.children):
            return False
        return main.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                         for c in main.children)
    return False


def not_once_own(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'Not once in my whole career have I taken anything banned', 'Not once in thirty years has
    this firm paid a bribe': an emphatic negation of the speaker's own past deed (denial 1.5.0).
    'Not once did the minister visit the towns' says it of another party: a charge, not a
    denial. Not plans or modals."""
    verb = doc[i].head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or _modal_or_future(verb) or not _past(verb):
        return False
    subj = clause_subject(verb)
    return speakers_side(subj, view) or (subj is not None and any(
        c.dep_ == "det" and c.lower_ == "this" for c in subj.children))


_TEMPORAL_MARKS = frozenset({"after", "when", "before", "until", "once", "while", "since"})


def universal_without_exception(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'Every single ward meets the national hygiene standard, without exception': a universal
    claim of compliance or soundness made categorical, the positive-phrased rebuttal of a
    charge that some fall short (denial 1.5.0). Not a report tied to an occasion ('Every ward
    was cleaned, without exception, after the outbreak was declared'), not plans or modals."""
    if not view.in_content(i) or not content_universal(view):
        return False
    for k in range(*view.content):
        t = doc[k]
        if t.dep_ in ("mark", "advmod", "prep") and t.lower_ in _TEMPORAL_MARKS and t.i != i:
            return False
        if t.dep_ == "aux" and (t.tag_ == "MD" or t.lower_ in ("will", "'ll")):
            return False
    return True


def in_question(doc: Doc, i: int, view: StatementView) -> bool:
    """``i`` lies in a sentence that ends with '?' (a rhetorical question)."""
    end = min(view.sentence[1], len(doc))
    return any(doc[k].text == "?" for k in range(i, end))


_WASTE_VERBS = _W.waste_verbs


def dismissive_noun(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'rubbish' as a verdict on a claim ('That is rubbish', 'Rubbish!', 'talking rubbish'), not
    waste ('did not collect rubbish', 'rubbish is piling up', 'rubbish bins') (denial 1.5.0)."""
    tok = doc[i]
    if tok.dep_ in ("compound", "amod"):
        return False
    head = tok.head
    if tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "conj"):
        gov = head.head if tok.dep_ == "pobj" else head
        if gov.lemma_.lower() in _WASTE_VERBS or (
                tok.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() != "be"):
            return False
    return True


REBUTTAL_1_3 = {
    "not_once_own": not_once_own,
    "universal_without_exception": universal_without_exception,
    "dismissive_noun": dismissive_noun,
    "corrected_absence": corrected_absence,
    "never_existed": never_existed,
    "reframed_label": reframed_label,
    "they_say_in_fact": they_say_in_fact,
    "far_from_contrast": far_from_contrast,
    "exonerated": exonerated,
    "negated_of_a_claim": negated_of_a_claim,
    "knew_nothing_of": knew_nothing_of,
    "routine_activity": routine_activity,
    "far_away": far_away,
    "cleft_blame": cleft_blame,
    "anything_wrong": anything_wrong,
    "of_a_claim": of_a_claim,
    "nothing_wrong": nothing_wrong,
    "no_ill_intent": no_ill_intent,
    "mere_accident": mere_accident,
    "nobody_at_fault": nobody_at_fault,
    "only_legitimate_targets": only_legitimate_targets,
    "emphatic_legitimacy": emphatic_legitimacy,
    "concession_minimised": concession_minimised,
    "stale_artefact": stale_artefact,
    "dismissive_label": dismissive_label,
    "blame_shifted": blame_shifted,
    "followed_rules": followed_rules,
    "evidence_against_claim": evidence_against_claim,
    "past_knowledge_denied_neg": past_knowledge_denied_neg,
    "negated_wrongdoing": negated_wrongdoing,
    "negated_evidence": negated_evidence,
    "within_bounds": within_bounds,
    "discredited_artefact": discredited_artefact,
    "past_knowledge_denied": past_knowledge_denied,
    "contrast_correction": contrast_correction,
    "innocence_claim": innocence_claim,
    "denied_purpose": denied_purpose,
    "negated_in_any_way": negated_in_any_way,
    "nothing_to_suggest": nothing_to_suggest,
    "falsity_label": falsity_label,
    "not_in_relative_clause": not_in_relative_clause,
    "absent_from_scene": absent_from_scene,
    "emphatic_no": emphatic_no,
    "own_record": own_record,
    "counterfactual_any": counterfactual_any,
    "disputed_then_answered": disputed_then_answered,
    "speaker_disputes": speaker_disputes,
}
