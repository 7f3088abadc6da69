"""Round 12 (engineer dn): the denial flag on realistic rival-claim copy.

Every article and sentence here was written for these tests (invented places, bodies and
people). Positives are the shapes of a rival account the rules missed on invented probe
articles and on the dev6 misses; the near misses are the plain statements next to them.

(Formerly tests/test_scores_round12_dn.py.)"""

from __future__ import annotations

import pytest

from tests.support import analyse, assert_cues_in_sentence, find_scored


def _denial(nlp, text: str, words: str):
    """The denial frame of the statement of ``text`` holding ``words``; its cues must be words
    of the statement's own sentence."""
    doc, pairs = analyse(nlp, text)
    st, sc = find_scored(pairs, words)
    assert_cues_in_sentence(doc, st, sc.denial)
    return sc.denial


# ---------------------------------------------------------------- rules/rival.py, one sentence

RIVAL = [
    ('A spokeswoman for the Brenholt tax office said the errors were "human, not systemic".',
     "human", "not"),
    ("The dockers' union said the dispute was about scheduling, not pay.", "scheduling", "not"),
    ("The Varnak foreign ministry said Varnak \"does not accept lessons\" on its courts.",
     "lessons", "accept"),
    ("Opposition leader Mira Stolt said her party was refusing to accept the results.",
     "results", "accept"),
    ("Campaigner Ilse Dorn said she did not believe the company's figures.", "figures",
     "believe"),
    ("The alliance said it had no indication that the Tollen depot had been deliberately "
     "targeted.", "indication", "no indication"),
    ('Dr Ana Vell said there was "no signal in our data that links these events to the '
     'vaccine."', "signal", "no signal"),
    ('Quillmart said it "strongly disagrees" with the decision of the competition board.',
     "decision", "disagrees"),
    ('The ministry said the reports of a second launch were "far from the truth."', "truth",
     "far from the truth"),
    ('The council said the explanation "raises more questions than it answers."', "questions",
     "more questions than"),
    ('Nordhal\'s medical director said the rate of seizures was "no higher than you would '
     'expect."', "seizures", "no higher than"),
    ('The Tessan health ministry said the rifles shown in the army\'s video had been "planted".',
     "rifles", "planted"),
    ('Coast guard spokesperson Wen Dao said the other side was "hyping the incident".',
     "hyping", "hyping"),
]


@pytest.mark.parametrize("text,words,cue", RIVAL)
def test_rival_account_shapes_are_denials(nlp, text, words, cue):
    frame = _denial(nlp, text, words)
    assert frame.value > 0
    assert cue in [c.text for c in frame.cues]


PLAIN = [
    ("Voters want a cabinet, not a court drama, the Brenholt mayor said.", "cabinet"),
    ("The finance minister said a deal was still possible within weeks, not months.", "deal"),
    ('"We will not accept a result cooked in a back room," opposition leader Tam Orr said.',
     "result"),
    ("The central bank said inflation must be no higher than 2 percent next year.", "inflation"),
    ("Rescuers said there was no sign of survivors in the Kelmar mine.", "survivors"),
    ("The board said it had accepted the findings of the audit.", "findings"),
    ("The minister said the Kelby council had rejected the revised offer.", "offer"),
    ("Police in Arnholt said a bomb had been planted under the mayor's car.", "bomb"),
    ("We should not exaggerate the risk, the Tessan health minister said.", "risk"),
]


@pytest.mark.parametrize("text,words", PLAIN)
def test_near_misses_are_no_denials(nlp, text, words):
    assert _denial(nlp, text, words).value == 0


# ----------------------------------------------------- analysis/scoring/context.py, articles

TRAILING = (
    "The army of Morvel said on Tuesday that an overnight strike near Tassin had destroyed an "
    "ammunition depot, rejecting reports from residents that a clinic had been hit.\n\n"
    "The health ministry of neighbouring Ostrel said it had received 14 wounded people.")


def test_rebuttal_participle_after_the_content_frames_it(nlp):
    frame = _denial(nlp, TRAILING, "ammunition depot")
    assert frame.value > 0 and frame.cues[0].rule == "context.after_rebuttal"
    assert frame.target == "reports"
    assert _denial(nlp, TRAILING, "14 wounded").value == 0


NEGATION = (
    "Rebels in the Orsk valley accused the army of moving tanks into the valley in breach of "
    "the truce.\n\n"
    "The army rejected the accusation. A spokesman said later that the tanks had been in the "
    "valley for a month and had not moved since the truce began.\n\n"
    "The army said it had not yet received the monitors' report on the tanks.")


def test_accused_partys_negated_account_on_the_charge_is_a_denial(nlp):
    frame = _denial(nlp, NEGATION, "had not moved")
    assert frame.value > 0
    # 'not yet received' is an open question, not a counter-account
    assert _denial(nlp, NEGATION, "not yet received").value == 0


OFF_TOPIC_NEGATION = (
    "Residents of Harl accused the water board of ignoring warnings about the dam.\n\n"
    "The board said its engineers had not taken any holidays this summer.\n\n"
    "The board said staff did not know the cause of the flooding.")


def test_negation_off_the_charge_or_of_knowledge_is_no_denial(nlp):
    assert _denial(nlp, OFF_TOPIC_NEGATION, "holidays").value == 0
    assert _denial(nlp, OFF_TOPIC_NEGATION, "did not know").value == 0


COUNTER_VERSION = (
    "The Tessan army said its soldiers had stopped Varnak troops who tried to cross the "
    "border near Olm.\n\n"
    "Varnak's defence ministry gave a very different version. A spokesman said the Tessan "
    "troops had illegally crossed the line and attacked a Varnak patrol.\n\n"
    "Satellite images showed new roads close to the area, analysts said.")


def test_counter_charge_after_a_counter_account_stays_an_accusation(nlp):
    # (on dev6 the annotators read such counter-charges as accusations, not denials)
    assert _denial(nlp, COUNTER_VERSION, "illegally crossed").value == 0
    assert _denial(nlp, COUNTER_VERSION, "new roads").value == 0


ACCIDENT = (
    "The Pentagon said the Varnak airship had carried cameras for spying.\n\n"
    "Varnak's foreign ministry rejected the claims. \"The airship entered our neighbour's "
    "airspace entirely by accident. The facts are clear,\" a ministry spokeswoman said.\n\n"
    "\"There is no doubt about what it was for,\" a Pentagon official said.")


def test_explanation_at_the_end_of_a_sentence_is_no_timetable(nlp):
    # ('by accident.' then 'The facts': the word after the phrase opens a new sentence)
    frame = _denial(nlp, ACCIDENT, "by accident")
    assert [c.text for c in frame.cues] == ["by accident"]


def test_there_is_no_doubt_is_certainty_not_a_rebuttal(nlp):
    assert _denial(nlp, ACCIDENT, "no doubt").value == 0


HIDING = (
    "Opposition parties accused the Tessan government of hiding the scale of the border "
    "clash.\n\n"
    "A government spokesperson said parliament had been informed as soon as the facts were "
    "established.")


def test_a_charge_of_hiding_is_answered_by_notice_given(nlp):
    assert _denial(nlp, HIDING, "informed").value > 0


FIRM_REBUTS = (
    "Tailings spill in Brazil: miner says river is safe\n\n"
    "A Brazilian mining company, Serra Ouro, has rejected claims that a leak from its dam "
    "contaminated the Rio Claro.\n\n"
    "Brazilian federal officials said tests had found iron levels 12 times above the legal "
    "limit downstream of the dam.")


def test_a_firm_named_by_its_country_is_not_the_state_body_quoted_next(nlp):
    # the officials are the accusers: 'Brazilian' on the firm does not make them its voice
    assert _denial(nlp, FIRM_REBUTS, "iron levels").value == 0


STATE_REBUTS = (
    "Drone downed near Olm\n\n"
    "Russia's defence ministry rejected the claims.\n\n"
    "Russian officials said the drone had been on a routine flight.")


def test_a_state_body_named_by_its_country_still_frames_its_officials(nlp):
    assert _denial(nlp, STATE_REBUTS, "routine flight").value > 0
