"""The accusation frame: cues of blame the speaker makes, and whom they blame."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..accusation_words import load_accusation_words
from ..types import CueHit, FrameScore, Statement
from .endorsement import endorsed
from .grammar import CLAIM_NOUNS, human_noun, is_actor, subject
from .matching import cue_matches, lexicon, lexicon_cues
from .phrases import named_source, np_text
from .rules.accusation import CONDUCT
from .view import StatementView, make_cue, make_view, token_at, total

_W = load_accusation_words()


def accusation_score(statement: Statement, doc: Doc) -> FrameScore:
    """Accusation cues in the content, plus an accusing verb used as the reporting cue.

    ``target`` is whom the accusation is about, when the text names them, in this order: the
    accused object of "accuse"/"blame" ("accused Washington of ..."); the subject of an
    accusing predicate ("the Pentagon is lying", "X is responsible for"); the possessor or
    naming modifier of an accusing noun ("Washington's propaganda", "U.S. psychological
    warfare"); its 'by X' agent; last, its 'against X' object (which can name the victim
    rather than the accused: it is used only when nothing else names anyone). For blame for a
    harm the target is the cause ("died because of the hospital's negligence" -> "hospital");
    a passive subject ("the vote count was rigged") and the subject of suffer/face are never
    the accused.
    """
    return accusation_frame(make_view(statement, doc))


def accusation_frame(view: StatementView) -> FrameScore:
    doc = view.doc
    lex = lexicon("accusation")
    cues = [c for c in lexicon_cues("accusation", "accusation", view)
            if (c.rule in _OPENER_CHARGES or endorsed(
                view, token_at(doc, c.span[0]), negation_ok=c.rule in _NEGATION_CHARGES))
            and speaker_charges(view, token_at(doc, c.span[0]), c.rule)]
    for e, i, j in cue_matches(lex, view):
        if e.id in ("acc.accuse", "acc.blame", "acc.condemn", "acc.charge_cue") and (
                _cue_charge_holds(view, e.id)):
            cues.append(make_cue("accusation", doc, i, j, e))
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
    return FrameScore("accusation", total(cues_t), cues_t, target=target)


# 1.23.0 (round 10): a response too slow is criticism, not a charge (FRAMING_README: "criticism
# of a slow response"): '[accused] the authorities of reacting too slowly'.
_SLOW = _W.slowness


def _cue_charge_holds(view: StatementView, entry_id: str) -> bool:
    """An accusing reporting cue ('[blamed]', '[accused]') is the speaker's charge unless the
    content lays the blame on no party ('[blamed] the cuts on slowing demand', '[blamed] the
    speed of the fire on extreme conditions') or the charge is only of slowness ('[accused]
    the authorities of reacting too slowly', '[accused] of moving slowly')."""
    doc = view.doc
    c0, c1 = view.content
    toks = [doc[k] for k in range(c0, c1)]
    if entry_id == "acc.blame":
        for t in toks:
            if t.lower_ != "on" or t.dep_ != "prep":
                continue
            obj = next((g for g in t.children if g.dep_ == "pobj"), None)
            if obj is None:
                continue
            return (is_actor(obj) or human_noun(obj) or obj.pos_ in ("PROPN", "PRON")
                    or obj.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
                    or any(c.dep_ == "poss" for c in obj.children)
                    or obj.lemma_.lower() in _CONDUCT_CAUSES)
        return True
    if entry_id == "acc.accuse":
        return not any(t.lower_ in _SLOW and t.dep_ in ("advmod", "acomp") and t.head.pos_ == "VERB"
                       for t in toks)
    return True


def _accusation_target(view: StatementView, cue: CueHit, allow_against: bool) -> str | None:
    doc = view.doc
    if cue.rule in _NO_SUBJECT_TARGET:
        return None  # 'How many more children have to die ...': the subject is the victim
    tok = token_at(doc, cue.span[0])
    end_tok = token_at(doc, cue.span[1] - 1)
    head_tok = end_tok if end_tok.pos_ in ("NOUN", "PROPN") else tok
    if head_tok.dep_ == "amod" and head_tok.head.pos_ in ("NOUN", "PROPN"):
        head_tok = head_tok.head  # "a malicious campaign by our rivals"
    if tok.lemma_.lower() in ("accuse", "blame", "condemn") and tok.pos_ == "VERB":
        for c in tok.children:
            if c.dep_ in ("dobj", "nsubjpass") and view.in_sentence(c.i):
                return np_text(c)
        if tok.dep_ in ("xcomp", "acomp") and tok.head.lemma_.lower() == "be":
            subj = subject(tok.head)  # "the government is to blame"
            if subj is not None and view.in_content(subj.i) and subj.pos_ != "PRON":
                return np_text(subj)
        return None
    if cue.rule in _CAUSE_CUES or (cue.rule == "acc.blame" and tok.pos_ == "NOUN"):
        # The blamed party is the cause, never the clause's subject (the victims in
        # "patients died because of the hospital's negligence").
        return None if allow_against else _blamed_cause(view, tok, end_tok)
    ok = view.in_content
    if allow_against:
        for t in (head_tok, head_tok.head):
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "against":
                    for g in c.children:
                        if g.dep_ == "pobj" and ok(g.i):
                            return np_text(g)
        return None
    if head_tok.pos_ in ("NOUN", "PROPN"):
        # "Washington's propaganda", "U.S. psychological warfare", "lies by the ministry"
        src = named_source(head_tok)
        if src:
            return src
    # The subject of the clause the cue predicates: "X is lying", "X is responsible for",
    # "X deliberately misled", "X's claims are part of a psychological war" (-> X).
    pred = _clause_of(head_tok if head_tok.pos_ in ("NOUN", "PROPN") else tok)
    subj = subject(pred) if pred is not None and ok(pred.i) else None
    if subj is not None and ok(subj.i) and subj.pos_ != "PRON" and subj.ent_type_ not in ("DATE", "TIME"):
        if subj.lemma_.lower() in CLAIM_NOUNS or (
                subj.lemma_.lower() in CONDUCT and not is_actor(subj)):
            return named_source(subj)  # "the company's conduct was unethical" -> company
        if subj.dep_ == "nsubjpass":
            # A passive subject is what was done to ("the vote count was rigged"); the
            # accused is the 'by' agent when there is one.
            return _agent_of(pred, ok)
        if pred.lemma_.lower() in _EXPERIENCER_VERBS:
            return None  # "the protesters suffered abuse": the subject is the victim
        return np_text(subj) if _can_be_accused(subj) else None
    return None


# 1.5.0 cues whose clause subject is not the accused (victims, a dummy 'it', the speaker).
_NO_SUBJECT_TARGET = frozenset({"acc.rq_how_many_more", "acc.rq_since_when", "acc.not_by_us",
                                "acc.and_now_harm"})  # 1.11.0: 'and now a man is dead'
# 1.11.0 (round 5): cues whose clause subject is the victim ('..., and now a man is dead'),
# not an unnamed doer.
_VICTIM_SUBJECT_CHARGES = frozenset({"acc.and_now_harm"})

# Verbs whose subject undergoes what the object names.
_EXPERIENCER_VERBS = _W.experiencer_verbs
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "ee")


def _can_be_accused(tok: Token) -> bool:
    """A person, group or institution, not a thing ('the referendum was a sham' names the
    organisers only by implication, so no target)."""
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or is_actor(tok) or human_noun(tok):
        return True
    return tok.pos_ == "NOUN" and tok.lemma_.lower().endswith(_AGENT_SUFFIXES)


_CONDUCT_CAUSES = _W.conduct_causes
# Cues whose accused party is the cause of a harm, read by _blamed_cause.
_CAUSE_CUES = _W.cause_cues


def _agent_of(verb: Token, ok) -> str | None:
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj" and ok(g.i):
                    return _owner_or_self(g)
    return None


def _owner_or_self(tok: Token) -> str | None:
    """'the police' -> 'police'; 'the hospital's negligence' -> 'hospital'; 'it' -> None."""
    if is_actor(tok) or human_noun(tok):
        return np_text(tok)
    for c in tok.children:
        if c.dep_ == "poss":
            return np_text(c)
    return named_source(tok) if tok.pos_ in ("NOUN", "PROPN") else None


def _blamed_cause(view: StatementView, tok: Token, end_tok: Token) -> str | None:
    """Who a blame-for-harm cue names as the cause: the object of 'because of'/'due to', the
    agent of 'caused by', X in 'at the hands of X', 'X's fault', 'the fault of X',
    'responsibility lies with X', 'X's failure to act'."""
    doc = view.doc
    ok = view.in_content
    if tok.lemma_.lower() == "cause" and tok.pos_ == "VERB":
        found = _agent_of(tok, ok)
        if found:
            return found
        subj = subject(tok)
        return _owner_or_self(subj) if subj is not None and subj.dep_ == "nsubj" and ok(subj.i) else None
    noun = end_tok if end_tok.pos_ == "NOUN" else tok
    if noun.lemma_.lower() in ("fault", "responsibility", "failure", "blame"):
        for c in noun.children:
            if c.dep_ == "poss":
                return np_text(c)
        preps = list(noun.children) + (list(noun.head.children) if noun.dep_ == "nsubj" else [])
        for c in preps:
            if c.dep_ == "prep" and c.lower_ in ("of", "with", "on"):
                for g in c.children:
                    if g.dep_ == "pobj" and ok(g.i) and (c.lower_ != "of" or is_actor(g)):
                        return _owner_or_self(g)
        return None
    # 'because of X', 'due to X', 'at the hands of X': the object after the cue's last word.
    causes = [g for k in range(tok.i, end_tok.i + 1) for g in doc[k].children
              if g.dep_ == "pobj" and g.i > end_tok.i and ok(g.i)]
    return _owner_or_self(causes[0]) if causes else None


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


# Cues whose negation is the charge itself ('the fire was not an accident').
_DENIED_EXCUSES = frozenset({"acc.no_accident", "acc.not_accidental", "acc.no_coincidence",
                             "acc.no_mistake", "acc.no_error", "acc.no_oversight"})
# Cues whose rule itself requires the negation ('did not report the outbreak', 1.5.0).
_NEGATION_CHARGES = _DENIED_EXCUSES | frozenset({
    "acc.withheld_report", "acc.withheld_tell", "acc.withheld_disclose", "acc.withheld_inform",
    "acc.withheld_notify", "acc.withheld_warn", "acc.withheld_reveal", "acc.withheld_mention",
    "acc.not_by_us", "acc.rq_why", "acc.rq_why_detail",
    "acc.shifted_blame",  # 1.7.0 (round 4): reads its own negation ('it was X, not me')
    # 1.6.0 (round 3): rules that read negation themselves ('not to help the drivers' beside a
    # selfish end; 'has not paid its players'; 'nobody bothered to'; 'but not for the rest of us')
    "acc.selfish_own", "acc.selfish_skin", "acc.selfish_neck", "acc.selfish_empire",
    "acc.selfish_career", "acc.selfish_interest", "acc.selfish_business", "acc.unpaid",
    "acc.bother_duty", "acc.rest_of_us", "acc.excuse_why",
    # 1.8.0 (round 5): the knowing tag reads the negation of the clause it tags ('do not add
    # up, and management knows it')
    "acc.knowing_tag",
    # 1.13.0 (round 6): the 'not' of 'to protect X, not Y' is the cue itself
    "acc.serves_one_party",
    # 1.14.0 (round 9): rules/ulterior.py reads its own negation ('so that nobody could
    # see', 'penalties he knew were not fouls')
    "acc.blocking_purpose", "acc.knowing_wrong", "acc.purpose_against_reason",
    # 1.16.0 (round 9): 'had not been consulted', 'not warned in time' (left_uninformed)
    "acc.uninformed_consult", "acc.uninformed_warn", "acc.uninformed_inform",
    "acc.uninformed_notify", "acc.uninformed_tell", "acc.uninformed_brief",
    "acc.uninformed_alert",
    # 1.19.0 (round 10): an omission blames as a deed does ('flooded because the county never
    # cleared the culverts'); adverse_from_deed reads the negation of the outcome itself
    "acc.adverse_because_deed",
    # 1.34.0 (round 13): 'There was no reason to shoot' (force_without_reason reads the 'no')
    "acc.no_reason_for_force", "acc.no_justification_for_force", "acc.no_need_for_force",
    "acc.no_cause_for_force"}) | frozenset(
    # 1.32.0 (round 12): the refusal to be coerced is itself negated ('will not be bullied')
    f"acc.defied_{w.replace('-', '_')}" for w in (
        "bully", "intimidate", "blackmail", "coerce", "cow", "browbeat", "bulldoze", "pressure",
        "pressurise", "pressurize", "silence", "muzzle", "gag", "threaten", "terrorise",
        "terrorize", "bludgeon", "frighten", "scare", "dictate", "strong-arm",
        "railroad"))
# 1.20.0 (round 10): sarcastic praise that opens the statement ('Brilliant: the regulator that
# approved the dam now says ...'): the rule holds it to the content's first words, so it is the
# speaker's own; the parser often hangs the bare opener under a later verb ('says'), and the
# endorsement walk would read it as that verb's reported content.
_OPENER_CHARGES = frozenset(f"acc.sarcastic_{w}" for w in (
    "nice", "good", "kind", "generous", "thoughtful", "lovely", "touching", "brilliant", "great",
    "wonderful", "considerate", "gracious", "heartwarming", "reassuring", "charming", "splendid",
    "marvellous", "decent", "sweet", "comforting", "noble", "fantastic", "helpful"))
# 1.8.0 (round 5): 'the direct result of X doing Y' is an outcome noun, not a test result.
_OUTCOME_CHARGES = frozenset({"acc.result_of_deed", "acc.consequence_of_deed"})

# 1.6.0: cues whose 'if' clause is part of the charge ('If this was an accident, why ...?').
# 1.7.0: 'If anyone misled the committee, it was X, not me' charges X (round 4)
_CONDITION_CHARGES = frozenset({"acc.excuse_why", "acc.shifted_blame"})


# 1.5.0: negative tests that keep a wrong from being the speaker's own charge (read here, not
# in the shared endorsement check, because only this frame needs them).
# Adjudicators whose finding the statement reports ('the court found him guilty of fraud').
_ADJUDICATORS = _W.adjudicators
_VERDICT_VERBS = _W.verdict_verbs
# Nouns of involvement that 'no' denies ('had no role in the massacre').
_INVOLVEMENT = _W.involvement
# Negative quantifier phrases on a clause ('at no time', 'in no way', 'by no means').
_NO_PHRASE_HEADS = _W.no_phrase_heads


def speaker_charges(view: StatementView, tok: Token, rule: str | None = None) -> bool:
    """False when a matched wrong is not charged by the speaker (1.5.0):

    - a reported verdict: under find/convict/sentence with a court, jury or judge as subject,
      or "convicted of"/"sentenced for" in the passive ("The court found the mayor guilty of
      taking bribes": a procedural report, not the speaker's charge);
    - involvement denied: under "no role/part/involvement in" ("The militia had no role in
      the massacre");
    - a clause negated by a negative quantifier phrase ("has at no time cut corners", "in no
      way targeted civilians", "by no means");
    - the consequent of a condition ("If the reports are true, those responsible must be held
      to account");
    - 'the accused' naming a defendant, not an accusing act.
    """
    if tok.lower_ in ("accused", "accuser", "accusers") and (
            tok.pos_ != "VERB" or tok.dep_ == "amod"
            or any(c.dep_ == "det" for c in tok.children)):
        return False  # 'the accused was released', 'the accused officers'
    if rule not in _NEGATION_CHARGES and _no_phrase_before(view, tok):
        return False
    if rule not in _VICTIM_SUBJECT_CHARGES and _unnamed_doer(tok):
        return False
    if tok.dep_ == "compound" and tok.pos_ in ("NOUN", "PROPN") and (
            tok.head.lemma_.lower() in _PROCEEDINGS):
        # 'the fraud conviction', 'a torture inquiry': a proceeding is named (an adjective is
        # the speaker's verdict on it: 'trumped-up charges')
        return False
    cur = tok
    for _ in range(8):
        if rule not in _NEGATION_CHARGES and _no_phrase(cur):
            return False
        if cur.pos_ == "NOUN" and cur.lemma_.lower() in _INVOLVEMENT and any(
                c.dep_ == "det" and c.lower_ in ("no", "neither") for c in cur.children):
            return False
        if cur.lower_ == "nothing" and any(c.lemma_.lower() == "do" for c in cur.children):
            return False  # 'had nothing to do with the bombing'
        if cur.lemma_.lower() in _TESTS and not (cur is tok and rule in _OUTCOME_CHARGES) and not (
                cur is tok and rule == "acc.fired_from_control"):  # 1.14.0: 'controlled by X'
            return False  # 'tested positive for a banned drug', 'an adverse finding for ...'
        if cur.dep_ == "relcl" and cur.head.lower_ in _GENERIC_HEADS and cur.tag_ in (
                "VB", "VBP", "VBZ"):
            # 'those who break the ceasefire will be ...' (a rule about whoever does it; 'those
            # who shelled the village' names a deed done)
            return False
        if cur.pos_ in ("VERB", "AUX"):
            if _verdict(cur):
                return False
            subj = subject(cur)
            if subj is not None and subj.lower_ in _GENERIC_HEADS and any(
                    c.dep_ == "relcl" and c.tag_ not in ("VBD", "VBN") for c in subj.children) and any(
                    c.dep_ == "aux" and c.lower_ in _THREAT_MODALS for c in cur.children):
                # 'Anyone who ... will be held responsible' threatens; 'anyone who claims
                # otherwise is spreading lies' accuses those who claim it; 1.12.0 (round 6):
                # 'Those who ordered the crackdown must answer for ...' names a deed done (a
                # past relative clause), so it charges them
                return False
            if rule not in _CONDITION_CHARGES and any(
                    c.dep_ == "advcl" and _open_condition(c) for c in cur.children) and (
                    not view.in_content(cur.head.i) or cur.head is cur):
                return False
        head = cur.head
        if head is cur or not view.in_content(head.i):
            break
        cur = head
    return True


# Doers that name no one unless something ties them to someone ('Hackers stole data from a
# hospital': harm with no actor; 'hackers working for the regime' names one).
_UNNAMED = _W.unnamed


def _unnamed_doer(tok: Token) -> bool:
    """The cue's doer is an unnamed perpetrator ('Hackers stole data', 'unidentified gunmen
    opened fire', 'someone set the warehouse on fire'): a harm with no actor (1.5.0)."""
    verb = tok
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    doers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not doers:
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not doers:
        return False
    d = doers[0]
    if d.lemma_.lower() not in _UNNAMED and d.lower_ not in _UNNAMED:
        return False
    for c in d.children:
        if c.dep_ in ("poss", "prep", "acl", "relcl", "appos"):
            return False  # 'the regime's hackers', 'hackers linked to X', 'men who work for X'
        if c.dep_ in ("compound", "amod", "nmod") and (c.ent_type_ in ("NORP", "GPE", "ORG")
                                                      or c.pos_ == "PROPN" or is_actor(c)):
            return False  # 'Russian hackers', 'Hamas gunmen'
        if c.dep_ == "det" and c.lower_ in ("the", "these", "those", "their", "this", "that"):
            return False  # 'the hackers' point back at someone already named
    return True


def _open_condition(clause: Token) -> bool:
    """An if/unless clause that supposes ('if the reports are true'), not a counterfactual
    about the past that charges an omission ('could have been prevented if the owners had
    installed alarms')."""
    marks = [m for m in clause.children if m.dep_ == "mark" and m.lower_ in ("if", "unless")]
    if not marks:
        return False
    if marks[0].i > 0 and clause.doc[marks[0].i - 1].lower_ in ("as", "even"):
        # 1.32.0 (round 12): 'as if there were no ceasefire' compares a manner and 'even if'
        # concedes; neither supposes the deed it hangs on ('Israel is killing our people on
        # the roads as if there were no ceasefire at all')
        return False
    return not any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children)


# Proceedings a wrong can name without charging anyone ('the fraud conviction').
_PROCEEDINGS = _W.proceedings
# Test results are procedural reports ('tested positive for a banned substance').
_TESTS = _W.tests
# Generic heads of a relative clause: a threat or a rule about whoever does it, not a charge.
_GENERIC_HEADS = frozenset({"those", "anyone", "anybody", "whoever", "everyone", "all",
                            "whomever"})


_THREAT_MODALS = frozenset({"will", "would", "shall", "must", "should", "can", "may", "'ll"})


def _no_phrase_before(view: StatementView, tok: Token) -> bool:
    """'at no point cut corners' as a word sequence (the parser often misreads the phrase):
    'at/in/by/under no time/point/way/means' earlier in the same clause."""
    doc = tok.doc
    start = view.content[0]
    for k in range(tok.i - 1, start + 1, -1):
        if doc[k].text in (";", ":", "but") or doc[k].lower_ == "but":
            return False
        if doc[k - 1].lower_ == "no" and doc[k].lemma_.lower() in _NO_PHRASE_HEADS and (
                doc[k - 2].lower_ in ("at", "in", "by", "under")):
            return True
    return False


def _no_phrase(tok: Token) -> bool:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("at", "in", "by", "under"):
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in _NO_PHRASE_HEADS and any(
                        d.dep_ == "det" and d.lower_ == "no" for d in g.children):
                    return True
    return False


def _verdict(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma not in _VERDICT_VERBS:
        return False
    subj = subject(verb)
    if subj is not None and subj.dep_ == "nsubj":
        return subj.lemma_.lower() in _ADJUDICATORS
    # Passive: 'was convicted of fraud', 'was found guilty by a jury'.
    if lemma in ("convict", "sentence", "acquit"):
        return True
    return any(g.lemma_.lower() in _ADJUDICATORS for c in verb.children if c.dep_ == "agent"
               for g in c.children)
