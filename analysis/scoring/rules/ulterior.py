"""Accusation 1.14.0 (round 9): wrongs imputed by construction, without a wrong-word.

Five families, each grouped from the missed accusations of the tuning splits and checked on
invented probe statements first:

- a purpose set against the official reason ('closed the plant to break the union, not
  because orders fell'), a purpose of keeping people from seeing or acting ('published the
  figures at midnight so that nobody would notice'), and an ulterior aim on another party's
  deed ('banned our team to please its sponsors', 'tabled new demands to wreck the deal');
- a label that casts an act or a proceeding as a wrong ('the doping case is a vendetta', 'the
  amnesty is a trap', 'the apology is crocodile tears');
- knowing wrongdoing: a deed done on something the doer knew was bad ('a trawler he knew was
  unseaworthy'), 'knowing full well' that people would be hurt, and 'knew ... and kept
  selling' / '... anyway';
- an attack put on a party by where it came from ('fired from positions held by government
  troops', 'came under fire from rebel units');
- a deed done 'without' telling, consulting or crediting the people it concerns;
- (1.15.0) a cost put on the public set against the doer's largesse ('put up bills while
  paying its chief executive a record bonus'), standing by while people suffer ('stayed in
  their base while the village burned'), a tip-off before a raid, a fire set by a party;
- (1.16.0) people left uninformed ('had not been consulted', 'not warned in time'), nobody
  responding ('Nobody listened'), and a label given by the reporting cue itself
  ('[dismissed] the warnings as scaremongering');
- (1.17.0) a law, power or tool turned on people who are no lawful target ('the protest law
  is being used to jail students', 'a weapon against the independent press');
- (1.18.0) bodily harm to people in custody with the custodian implied ('detainees were
  beaten and kept awake', 'the confession was beaten out of him').

Every rule keeps the speaker's own side out (I, we, our), and a deed that is negated. The word
lists are in analysis/data/accusation_words.yaml (1.1-1.3).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...accusation_words import load_accusation_words
from ..grammar import clause_subject, human_noun, is_actor, is_negated
from ..view import StatementView
from .accusation import PROTECTED

_W = load_accusation_words()
# the word lists of accusation_words.yaml 1.1 (what each is for is commented there)
_NOT_DEEDS = _W.not_deeds
_HARM_AIMS = _W.harm_aims
_CIVIC_SEEING = _W.civic_seeing
_PATRON_AIMS = _W.patron_aims
_PATRONS = _W.patrons
_SPOILING_AIMS = _W.spoiling_aims
_SPOILED = _W.spoiled
_INFLATING_AIMS = _W.inflating_aims
_INFLATED = _W.inflated
_EXCLUDING_AIMS = _W.excluding_aims
_LABELLED_ACTS = _W.labelled_acts
_KNOWN_BAD = _W.known_bad
_GOING_ON = _W.going_on
_ATTACK_THINGS = _W.attack_things
_OWED_ACTS = _W.owed_acts
_OWED_NOTICE = _W.owed_notice
_CONCERNED_PEOPLE = _W.concerned_people
_RAISING = _W.raising
_COSTS = _W.costs
_CUTTING = _W.cutting
_PROVISIONS = _W.provisions
_LARGESSE = _W.largesse
_TIME_SPANS = _W.time_spans
_SUFFERING = _W.suffering
_IDLING = _W.idling
_ENFORCEMENT = _W.enforcement
_FIRES = _W.fires
_ESCAPING = _W.escaping
_KNOWN_FALSE = _W.known_false
_OFFENDERS = _W.offenders
_CIVIC_TARGETS = _W.civic_targets
_REPRESSING = _W.repressing
_IN_CUSTODY = _W.in_custody
_EXTRACTED = _W.extracted
_CONTESTS = _W.contests
_LABELLING = _W.labelling
_TIMELY = _W.timely
_HELPING = _W.helping
_DUE_CHECKS = _W.due_checks
_DUE_ALWAYS = _W.due_always
_DUE_MARKS = _W.due_marks
_SCRAPS = _W.scraps
_DEED_BODIES = _W.deed_bodies

_OWN = ("i", "we", "us", "me")


def _own_side(tok: Token | None) -> bool:
    """The speaker or the speaker's side ('we', 'our forces')."""
    if tok is None:
        return False
    return tok.lower_ in _OWN or any(
        c.dep_ == "poss" and c.lower_ in ("our", "my") for c in tok.children)


def _has_to(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _deed_of_other(head: Token) -> bool:
    """``head`` is a deed, not negated, whose doer (if named) is another party: an actor, a
    person or an agent noun as subject, or a passive ('the cameras were installed')."""
    if head.pos_ not in ("VERB", "AUX") or is_negated(head):
        return False
    if head.lemma_.lower() in _NOT_DEEDS:
        return False  # 'wants to', 'tried to': an intention, read by the aim rules
    subj = clause_subject(head)
    if subj is None:
        return any(c.dep_ == "auxpass" for c in head.children) or head.tag_ == "VBN"
    if subj.dep_ == "nsubjpass":
        return True
    # A purpose or a knowing deed needs an agent, so any named doer is one ('the county',
    # 'the chain'), but not the speaker's side or an indefinite 'you', 'nobody'.
    return not (_own_side(subj) or subj.lower_ in ("you", "nobody", "everyone", "everybody"))


def _purpose_of(goal: Token) -> Token | None:
    """The deed a purpose infinitive hangs on ('closed the plant to break ...' -> closed)."""
    if goal.pos_ != "VERB" or not _has_to(goal):
        return None
    if goal.dep_ == "acl" and goal.head.dep_ == "dobj" and not any(
            c.dep_ == "nsubj" for c in goal.children):
        return goal.head.head  # 'delayed the vote to please its donors' (parsed on the noun)
    if goal.dep_ not in ("advcl", "xcomp"):
        return None
    return goal.head


def purpose_against_reason(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """The 'to' of a purpose infinitive on another party's deed that a following ', not
    because ...' / ', not for ...' / ', not to ...' sets against the official reason: the
    real aim is imputed ('closed the plant in March to break the union, not because orders
    fell'; 'were installed to watch opposition offices, not to fight crime'). A negated
    alternative that is itself a wrong ('not to annoy drivers') is a defence, not a charge.
    The cue is the purpose, so that the deed it hangs on is what the speaker must endorse."""
    goal = doc[i].head
    if doc[i].dep_ != "aux" or _purpose_of(goal) is None or is_negated(goal):
        return False
    if not _deed_of_other(goal.head):
        return False
    end = view.content[1]
    for k in range(goal.i + 1, end - 1):
        t = doc[k]
        if t.lower_ != "not" or doc[k - 1].text not in (",", ";", "\u2014", "\u2013"):
            continue
        if doc[k + 1].lower_ not in ("because", "for", "to"):
            return False
        alt_words = {x.lemma_.lower() for x in doc[k + 1:min(k + 8, end)]}
        return not (alt_words & _HARM_AIMS)
    return False


def blocking_purpose(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'so that nobody would notice', 'so that parliament could not see the price', 'so that
    fewer farmworkers could vote': a deed of another party aimed at keeping people from
    seeing, checking or taking part (not 'so that pupils could finish the syllabus')."""
    so = doc[i]
    act = so.head
    if so.dep_ != "mark" or act.pos_ != "VERB" or act.dep_ != "advcl":
        return False
    if act.lemma_.lower() in _ESCAPING and not is_negated(act):
        # 'so that the commander who gave the order would walk free'
        return (act.lemma_.lower() != "walk" or any(c.lower_ == "free" for c in act.children)) and (
            _deed_of_other(act.head))
    if act.lemma_.lower() not in _CIVIC_SEEING:
        return False
    subj = next((c for c in act.children if c.dep_ == "nsubj"), None)
    kept = is_negated(act) or (subj is not None and (
        subj.lower_ in ("nobody", "no", "none") or any(
            c.lower_ in ("no", "fewer", "few") for c in subj.children)))
    if not kept:
        return False
    return _deed_of_other(act.head)


def ulterior_aim(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A purpose infinitive on another party's deed whose aim serves the doer's patrons,
    spoils a process or inflates figures: 'banned our team to please its sponsors', 'tabled
    new demands to wreck the deal', 'moved jobseekers onto schemes to flatter the figures',
    'used exclusivity deals to squeeze rivals out' (not 'acted to please the fans', not
    'cut staff to balance the books')."""
    goal = doc[i]
    head = _purpose_of(goal)
    if head is None or is_negated(goal) or not _deed_of_other(head):
        return False
    lemma = goal.lemma_.lower()
    objs = [c for c in goal.children if c.dep_ in ("dobj", "nsubj")]
    if lemma in _PATRON_AIMS:
        return any(o.lemma_.lower() in _PATRONS or o.lower_ in _PATRONS for o in objs)
    if lemma in _SPOILING_AIMS:
        return any(o.lemma_.lower() in _SPOILED for o in objs)
    if lemma in _INFLATING_AIMS:
        return any(o.lemma_.lower() in _INFLATED for o in objs)
    if lemma in _EXCLUDING_AIMS:
        # 'to squeeze rivals out', 'to shut out every firm', 'to keep the protesters away'
        if not any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in ("out", "away", "off")
                   for c in goal.children):  # ('squeeze rivals out of the market': a prep)
            return False
        return any(human_noun(o) or is_actor(o) or o.lemma_.lower() in PROTECTED
                   or o.lemma_.lower() in _PATRONS for o in objs)
    return False


def act_label(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A label that casts an act or a proceeding as a wrong, as its predicate: 'the doping
    case is a vendetta', 'the amnesty is a trap', 'the trial was a travesty of justice', 'the
    apology is crocodile tears'. The thing labelled is a deed, a proceeding, an offer or a
    claim, or is owned by a party (not 'the mountain pass is a trap for drivers'); 'of
    justice' or a 'by' agent on the label makes it a charge whatever it is said of."""
    tok = doc[j - 1]
    if tok.pos_ not in ("NOUN", "PROPN", "VERB") or is_negated(tok) or is_negated(tok.head):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        return _labelled_by_cue(tok.head, view)
    if any(c.dep_ == "prep" and c.lower_ in ("of", "by") and any(
            g.lemma_.lower() in ("justice", "democracy", "fairness") or is_actor(g) or human_noun(g)
            for g in c.children) for c in tok.children):
        return tok.dep_ in ("attr", "oprd", "appos", "ROOT", "dobj")
    if tok.dep_ not in ("attr", "oprd", "appos"):
        return False
    labelled = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if tok.dep_ == "appos":
        labelled = tok.head
    if tok.dep_ == "oprd":  # 'called the apology crocodile tears'
        labelled = next((c for c in tok.head.children if c.dep_ == "dobj"), labelled)
    if labelled is None:
        return False
    low = labelled.lemma_.lower()
    if labelled.pos_ == "PRON":
        return labelled.lower_ in ("this", "that", "it")
    if low in _LABELLED_ACTS or low.endswith(("tion", "sion", "ment", "ure")):
        return True
    return any(c.dep_ == "poss" and c.lower_ not in ("our", "my") for c in labelled.children)


def _bad_content(toks: list[Token], people: bool = False) -> bool:
    """What the doer knew is bad: a defect or harm word, a negation ('were not fouls') or,
    with ``people``, protected people or places ('crowded with civilians')."""
    return any(t.lower_ in _KNOWN_BAD or t.lemma_.lower() in _KNOWN_BAD
               or (people and t.lemma_.lower() in PROTECTED) or t.dep_ == "neg"
               or t.lower_ == "never" for t in toks)


def knowing_wrong(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Knowing wrongdoing by another party: a deed on something the doer knew was bad ('a
    trawler he knew was unseaworthy', 'penalties he knew were not fouls'), a deed done
    'knowing full well' that it would hurt people ('knowing the shells would land on homes'),
    a doer who knew of harm to people ('troops who knew families lived there'), and 'knew ...
    and kept selling them' / '... anyway'. Not the speaker's side, not 'flats he knew were
    popular'."""
    know = doc[i]
    if know.pos_ != "VERB" or is_negated(know):
        return False
    end = view.content[1]
    # the clause after 'know' up to the next clause break
    after: list[Token] = []
    for t in doc[i + 1:end]:
        if t.text in (";", ":") or (t.text == "," and after):
            break
        after.append(t)
    subj = clause_subject(know)
    if know.tag_ == "VBG" and know.dep_ in ("advcl", "acl", "xcomp", "conj", "ccomp"):
        deed = know.head
        while deed.pos_ not in ("VERB", "AUX") and deed.head is not deed:
            deed = deed.head
        return _deed_of_other(deed) and _bad_content(after, people=True)
    if _own_side(subj) or (subj is not None and subj.lower_ in ("you", "nobody", "everyone")):
        return False
    # object relative: '<noun> he knew was unseaworthy' (the noun is what the clause is about)
    prev = doc[i - 1] if i > 0 else None
    rel = prev is not None and prev.pos_ == "PRON" and i > 1 and doc[i - 2].pos_ in ("NOUN", "PROPN")
    if (know.dep_ == "relcl" or rel) and _bad_content(after):
        return True
    if know.dep_ == "relcl" and know.head.pos_ in ("NOUN", "PROPN") and (
            is_actor(know.head) or human_noun(know.head)):
        return any(t.lemma_.lower() in PROTECTED for t in after)
    # 'knew ... and kept selling them anyway'
    # the known clause may hang on an adverb ('knew perfectly well that ...'): read the
    # coordinated verbs anywhere under 'know'
    for c in know.subtree:
        if c.dep_ == "conj" and c.head is not know.head and c.pos_ == "VERB" and not is_negated(c) and (
                c.lemma_.lower() in _GOING_ON or any(
                    g.lower_ in ("anyway", "regardless", "still") for g in c.children)):
            return subj is not None  # (the speaker's side was ruled out above)
    # 'X knew the numbers were fake': knowing deceit by a named party
    return subj is not None and subj.lower_ not in ("nobody", "no", "who") and any(
        t.lower_ in _KNOWN_FALSE for t in after)


def fired_from_held(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """An attack put on a party by the ground it came from: 'fired from positions held by
    government troops', 'launched from territory the rebels hold', 'traced to servers run by
    a military intelligence unit' (the holder an actor, not the speaker's side; not
    'positions near the river', not a convoy)."""
    hold = doc[i]
    if hold.pos_ != "VERB" or is_negated(hold) or hold.dep_ not in ("acl", "relcl"):
        return False
    place = hold.head
    if place.dep_ != "pobj" or place.head.lower_ not in ("from", "to"):
        return False
    holder = next((g for c in hold.children if c.dep_ == "agent" for g in c.children
                   if g.dep_ == "pobj"), None)
    if holder is None and hold.dep_ == "relcl":
        holder = next((c for c in hold.children if c.dep_ == "nsubj"), None)
    if holder is None or _own_side(holder) or not (is_actor(holder) or human_noun(holder)):
        return False
    # what came from there: an attack verb or thing in the clause the place hangs on
    cur = place.head.head
    clause = [cur] + list(cur.children) + [g for c in cur.children for g in c.children]
    if cur.head is not cur:
        clause += [cur.head] + list(cur.head.children)
    return any(t.lemma_.lower() in _ATTACK_THINGS for t in clause)


def under_fire_from(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'came under fire from Armenian units', 'were shelled from rebel positions' (the firing
    party an actor, not the speaker's side)."""
    for t in doc[j:min(j + 3, view.content[1])]:
        if t.lower_ == "from":
            for g in t.children:
                if g.dep_ == "pobj" and not _own_side(g) and (is_actor(g) or human_noun(g)):
                    return not is_negated(doc[i].head)
    return False


def without_telling(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A deed done 'without telling/consulting/crediting' the people it concerns, or
    'without any notice/consultation/legal basis', by another party ('raised the rent
    without telling any of the tenants', 'sold the forest without consulting the villages',
    'froze our accounts without any legal basis'); not 'finished without a goalkeeper', not
    'worked without a break'."""
    prep = doc[i]
    verb = prep.head
    if not _deed_of_other(verb):
        return False
    subj = clause_subject(verb)
    if subj is not None and subj.dep_ == "nsubj" and not (
            is_actor(subj) or human_noun(subj) or subj.lemma_.lower() in _DEED_BODIES):
        return False  # (1.26.0: or a body of accusation_words' deed_bodies, 'the city')
    for g in prep.children:
        if g.dep_ == "pcomp" and g.lemma_.lower() in _OWED_ACTS:
            # the people the deed concerns, not a state skipped as a courtesy ('fired the
            # missiles without informing Baghdad' is no charge in the gold readings)
            told = [c for c in g.children if c.dep_ in ("dobj", "dative")]
            return any(_concerned(c) for c in told) or (
                not told and any(c.dep_ in ("ccomp", "xcomp", "prep") for c in g.children))
        if g.dep_ == "pobj" and g.lemma_.lower() in _OWED_NOTICE:
            if g.lemma_.lower() == "basis":
                return any(c.lower_ in ("legal", "lawful") for c in g.children)
            return True
        if g.dep_ == "pobj" and _owed_check(g):
            return True
    return False


def _owed_check(noun: Token) -> bool:
    """1.26.0 (round 10): the check a deed owed and skipped: 'without a proper assessment',
    'without any investigation', 'without a public tender', 'without a shred of evidence'
    (not 'without any delay', not 'without a break')."""
    low = noun.lemma_.lower()
    if low in _SCRAPS:  # 'a shred of evidence', 'a scrap of proof'
        return any(g.dep_ == "pobj" and g.lemma_.lower() in _DUE_CHECKS
                   for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children)
    if low not in _DUE_CHECKS:
        return False
    return low in _DUE_ALWAYS or any(c.lower_ in _DUE_MARKS for c in noun.children)


def _concerned(tok: Token) -> bool:
    """People a deed concerns ('any of the tenants', 'the villages', 'us', 'anybody'), not a
    state or a capital."""
    if tok.ent_type_ in ("GPE", "ORG", "NORP"):
        return False
    if tok.pos_ == "PRON":
        if tok.lower_ in ("any", "some", "all", "none", "each"):  # 'any of the tenants'
            return any(_concerned(g) for c in tok.children if c.dep_ == "prep" for g in c.children)
        return tok.lower_ not in ("it", "this", "that")
    low = tok.lemma_.lower()
    return (human_noun(tok) or low in PROTECTED or low in _CONCERNED_PEOPLE
            or tok.ent_type_ == "PERSON" or low.endswith(("er", "or", "ant", "ent", "ist")))


def _clause_words(verb: Token) -> set[str]:
    """Lemmas and forms of ``verb``'s clause, without its own subordinate clauses."""
    out: set[str] = set()
    stack = [verb]
    while stack:
        t = stack.pop()
        out |= {t.lemma_.lower(), t.lower_}
        stack.extend(c for c in t.children if c.dep_ not in ("advcl", "conj", "ccomp", "relcl")
                     or c.head is verb and c.dep_ == "conj" and c.pos_ != "VERB")
    return out


def _burden(verb: Token) -> bool:
    """A cost put on the public: prices, bills or fares raised; pay, services or jobs cut."""
    lemma = verb.lemma_.lower()
    objs = {o.lemma_.lower() for o in verb.children if o.dep_ in ("dobj", "nsubjpass")}
    objs |= {g.lemma_.lower() for o in verb.children if o.dep_ in ("dobj", "nsubjpass")
             for g in o.children if g.dep_ in ("compound", "poss")}
    up = lemma in _RAISING or (lemma == "put" and any(c.lower_ == "up" for c in verb.children))
    if up and objs & _COSTS:
        return True
    return lemma in _CUTTING and bool(objs & _PROVISIONS)


def burden_while_largesse(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """The 'while' (or 'in the same month/year ...') that sets a cost put on the public
    against the doer's own largesse: 'put up bills by a fifth while paying its chief executive
    a record bonus', 'froze lecturers' wages in the same year it spent millions on a new logo'
    (not 'raised its prices while keeping the loaf the same size', not 'cut its prices while
    its rivals raised theirs')."""
    tok = doc[i]
    if tok.lower_ == "while":
        sub = tok.head
        if tok.dep_ != "mark" or sub.dep_ != "advcl":
            return False
        main = sub.head
    else:  # 'in the same month it froze our pay': 'same' on the time noun of a preposition
        noun = tok.head
        if noun.dep_ != "pobj" or noun.lemma_.lower() not in _TIME_SPANS:
            return False
        sub = next((c for c in noun.children if c.dep_ in ("relcl", "acl")), None)
        main = noun.head.head
        if sub is None or main.pos_ not in ("VERB", "AUX"):
            return False
    if is_negated(main) or is_negated(sub) or not _deed_of_other(main):
        return False
    return any(_burden(a) and bool(_clause_words(b) & _LARGESSE)
               for a, b in ((main, sub), (sub, main)))


def idle_during_harm(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """The 'while' of 'the rescue boats stayed in the harbour while the migrants drowned',
    'the peacekeepers stayed in their base while the village burned': a party that stood by
    while people came to harm (not 'stayed in the station while the storm passed')."""
    tok = doc[i]
    sub = tok.head
    if tok.dep_ != "mark" or sub.dep_ != "advcl" or sub.lemma_.lower() not in _SUFFERING:
        return False
    main = sub.head
    if main.pos_ != "VERB" or main.lemma_.lower() not in _IDLING or is_negated(main):
        return False
    subj = clause_subject(main)
    return subj is not None and not _own_side(subj) and subj.lower_ not in ("nobody", "you")


def tipped_off(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'warned the dealers before the raids', 'tipped off the cartel hours before the search':
    a warning that reaches the targets ahead of an enforcement action (not 'warned the farmers
    before the storm', not 'tipped off the press about the signing')."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    subj = clause_subject(verb)
    if _own_side(subj):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "before" and any(
        g.lemma_.lower() in _ENFORCEMENT for g in c.children if g.dep_ == "pobj")
        for c in verb.children)


def fire_set_by(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A fire 'set/started/lit by' a party or for a purpose: 'the warehouse fire was set by
    the owner to collect the insurance', 'the fires were started by ranchers clearing land',
    'it was set to clear land for the resort' (not 'started by a faulty cable', not a
    controlled burn)."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    fire = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if fire is None or not (fire.lemma_.lower() in _FIRES or fire.lower_ == "it"):
        return False
    if any(t.lower_ in ("controlled", "prescribed") for t in verb.subtree):
        return False
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children
                  if g.dep_ == "pobj"), None)
    if agent is not None:
        if agent.lemma_.lower() in _ATTACK_THINGS or agent.lemma_.lower() in _FIRES:
            return False  # 'started by a drone': a weapon, its owner not named
        return not _own_side(agent) and (is_actor(agent) or human_noun(agent) or (
            agent.lemma_.lower().endswith(("er", "or", "ist", "ant", "ent"))))
    if fire.lower_ == "it" and not any(
            t.lemma_.lower() in _FIRES for t in doc[view.content[0]:verb.i]):
        return False
    return any(c.dep_ in ("advcl", "xcomp") and _has_to(c) for c in verb.children)


def _labelled_by_cue(as_: Token, view: StatementView) -> bool:
    """'[dismissed] the warnings as scaremongering': the labelling verb is the statement's own
    reporting cue, so the label is the speaker's; a labelling verb inside the content ('the
    association dismissed the warnings as ...') reports someone else's label."""
    cur = as_.head
    for _ in range(4):
        if not view.in_content(cur.i):
            return cur.lemma_.lower() in _LABELLING and cur.i in range(*view.cue)
        if cur.head is cur:
            return False
        cur = cur.head
    return False


def left_uninformed(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """People kept uninformed by whoever owed them word: 'it had not been consulted', 'had
    not been warned in time', 'was not informed in advance', 'had not notified the shipping
    lines as the regulations require', 'Nobody told the parents'. Not a routine 'not yet'
    ('the families have not yet been informed'), not 'has not been asked to comment'."""
    verb = doc[i]
    if verb.pos_ != "VERB":
        return False
    words = {t.lower_ for t in verb.subtree}
    if "yet" in words or "comment" in words:
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("nobody", "no") or (
            subj is not None and any(c.lower_ == "no" for c in subj.children)):
        # 'Nobody told the parents', 'no one warned us'
        return subj.dep_ == "nsubj" and any(
            c.dep_ in ("dobj", "dative") and (_concerned(c) or c.pos_ == "PRON")
            for c in verb.children)
    if not is_negated(verb):
        return False
    timely = bool(words & _TIMELY) or any(
        t.lemma_.lower() == "require" for t in doc[verb.i:view.content[1]])
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if passive:
        return timely or verb.lemma_.lower() == "consult"
    return timely and subj is not None and not _own_side(subj)


def nobody_helped(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'Nobody listened', 'nobody came to help us move', 'no one answered': the people who
    should have responded did not (not 'Nobody was hurt', not 'nobody came to the meeting')."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.lower_ in ("nobody", "none") or (
            subj.lower_ == "one" and any(c.lower_ == "no" for c in subj.children))):
        return False
    if verb.lemma_.lower() in ("come", "bother", "lift", "step"):
        return any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in _HELPING
                   for c in verb.children)
    return True


def _civic_target(tok: Token) -> bool:
    """People or civic life that are no lawful target: critics, the press, students, anyone
    (not smugglers, drunk drivers or money laundering)."""
    low = tok.lemma_.lower()
    words = {low, tok.lower_} | {c.lemma_.lower() for c in tok.children if c.dep_ in (
        "amod", "compound", "poss")}
    if words & _OFFENDERS:
        return False
    if tok.lower_ in ("anyone", "anybody", "everyone", "everybody", "us", "them"):
        return True
    return bool(words & _CIVIC_TARGETS) or human_noun(tok) or low in PROTECTED


def turned_on_people(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A law, power or tool turned on people who are no lawful target: 'the protest law is
    being used to jail students', 'the decree is used against anyone who criticises the
    governor', 'the emergency powers have become a weapon against the independent press' (not
    'used to jail drunk drivers', not 'a tool against money laundering')."""
    tok = doc[i]
    if is_negated(tok) or is_negated(tok.head):
        return False
    if tok.pos_ == "VERB":  # 'is used against / to jail'
        if tok.lemma_.lower() != "use" or not any(c.dep_ == "auxpass" for c in tok.children):
            return False
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is None or _own_side(subj) or human_noun(subj):
            return False
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "against" and any(
                    _civic_target(g) for g in c.children if g.dep_ == "pobj"):
                return True
        # 'used to jail students' (also when the parser reads 'jail' as a noun)
        if j < len(doc) - 2 and doc[j].lower_ == "to" and doc[j + 1].lemma_.lower() in _REPRESSING:
            target = next((t for t in doc[j + 2:min(j + 6, view.content[1])]
                           if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
            return target is not None and _civic_target(target)
        return False
    # 'a weapon against the independent press'
    if tok.dep_ not in ("attr", "oprd", "appos"):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "against" and any(
        _civic_target(g) for g in c.children if g.dep_ == "pobj") for c in tok.children)


def harmed_in_custody(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Bodily harm to people in someone's custody, in the passive with no doer named: the
    custodian is implied ('Detainees were beaten and kept awake for days', 'inmates were
    beaten with batons'), and a confession or statement 'beaten out of' a person (not 'the
    suspect was beaten in the chess semi-final', not 'the prisoners were released')."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    cur = verb
    while cur.dep_ == "conj" and cur.head is not cur:
        cur = cur.head  # 'were kicked and punched': the subject is on the first verb
    if not any(c.dep_ == "auxpass" for c in cur.children):
        return False
    subj = next((c for c in cur.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return False
    if any(t.lemma_.lower() in _CONTESTS for t in verb.sent):
        return False
    words = {subj.lemma_.lower(), subj.lower_} | {
        c.lemma_.lower() for c in subj.children if c.dep_ in ("amod", "compound")} | {
        g.lemma_.lower() for c in subj.children if c.dep_ == "prep" and c.lower_ in ("at", "in")
        for g in c.children if g.dep_ == "pobj"}  # 'the hunger strikers at the prison'
    if words & _IN_CUSTODY:
        return True
    # 'the confession was beaten out of him'
    return subj.lemma_.lower() in _EXTRACTED and any(
        c.lower_ == "out" for c in verb.children if c.dep_ in ("prt", "prep", "advmod"))
