"""Round 12 (ac): accusations in rival-claims copy that never say 'accuse'.

Classes from the misses of invented rival-claims articles (wire, broadcaster, state agency,
national outlets) and of the realistic tuning split dev6: a deed presupposed rather than
asserted (rules/presupposed.py), a refusal to answer another's provocations (endorsement), an
actor that bears responsibility, a manner clause 'as if' that supposes nothing, a foreign
force's incursion or attack told by a voice of another country (context_accusation.py). Each
class has near misses that must not fire. Every sentence and article is this project's own
invention.

(Formerly tests/test_accusation_round12_ac.py.)"""

from __future__ import annotations

import pytest

from analysis.pipeline import analyse_statements
from tests.support import accusation_rules, accuses, assert_cues_in_sentence, find_scored

# --- a refusal to be coerced presupposes the coercion (defied_coercion) ---

@pytest.mark.parametrize("content", [
    "We will not be bullied out of our own fishing grounds",
    "The union would not be intimidated into silence",
    "Lisbon won't be blackmailed by a supplier's price list",
    "The council refuses to be pressured by the developers",
    "Our reporters will not be silenced",
])
def test_a_refusal_to_be_coerced_accuses(nlp, content):
    assert any(r.startswith("acc.defied_") for r in accusation_rules(nlp, content))


@pytest.mark.parametrize("content", [
    "The witness was not intimidated by the crowd",
    "The vote will not be held on Sunday",
    "The deadline will not be pushed back",
    "Players were pressured into signing, the report found",
])
def test_a_past_state_or_a_plain_passive_does_not(nlp, content):
    assert not any(r.startswith("acc.defied_") for r in accusation_rules(nlp, content))


# --- a named party urged to stop a deed going on (urged_to_cease) ---

def _article(*sentences: str) -> str:
    return "Talks stall\n\nTARSA - " + "\n\n".join(sentences) + "\n"


@pytest.mark.parametrize("sentence, words", [
    ("The foreign minister urged Moscow to stop targeting the moderate opposition.",
     "stop targeting"),
    ('"We urge the Norvan side to immediately stop its infringement and provocation," '
     "spokesman Li Deming said.", "stop its infringement"),
    ("The league called on the army to cease its incursions into the valley.",
     "cease its incursions"),
    ("The envoy urged the federal government to stop treating Tigray as a buffer zone.",
     "stop treating"),
])
def test_a_named_party_urged_to_stop_a_deed_accuses(nlp, sentence, words):
    doc = nlp(_article(sentence))
    st, sc = find_scored(analyse_statements(doc), words)
    assert any(c.rule.startswith("acc.urged_to_") for c in sc.accusation.cues)
    assert_cues_in_sentence(doc, st, sc.accusation)


@pytest.mark.parametrize("sentence, words", [
    ("The UN called on all parties to stop attacks on civilians.", "stop attacks"),
    ("The mayor urged residents to stop using tap water until Friday.", "stop using"),
    ("The union urged the central bank to stop raising interest rates.", "stop raising"),
    ('The bloc urged Venezuela to "refrain from any act that could escalate tensions."',
     "refrain from"),
    ("The ministers called on both sides to stop the fighting.", "stop the fighting"),
])
def test_an_appeal_to_all_the_public_a_policy_or_a_precaution_does_not(nlp, sentence, words):
    st, sc = find_scored(analyse_statements(nlp(_article(sentence))), words)
    assert not any(c.rule.startswith("acc.urged_to_") for c in sc.accusation.cues)


# --- a deed named 'an act of' a hostile kind (act_of_hostility) ---

@pytest.mark.parametrize("content", [
    "This was a clear act of intimidation against a fishing boat",
    "The seizure of the tanker was an act of state piracy",
    "The drone strike on the power station was another act of energy terror",
])
def test_an_act_of_a_hostile_kind_accuses(nlp, content):
    assert "acc.act_of_hostility" in accusation_rules(nlp, content)


@pytest.mark.parametrize("content", [
    "Closing the strait would be an act of war",
    "Returning the wallet was an act of kindness",
    "Any act of aggression will be met with force",
])
def test_a_supposed_or_kind_act_does_not(nlp, content):
    assert "acc.act_of_hostility" not in accusation_rules(nlp, content)


# --- a refused response presupposes the hostile act (endorsement _refused_response) ---

@pytest.mark.parametrize("content", [
    "The government would not respond to provocations and remained committed to the talks",
    "We will not give in to blackmail",
])
def test_a_refused_response_to_a_hostile_act_accuses(nlp, content):
    assert accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "There was no provocation of any kind",
    "It is not true that the army shelled the village",
])
def test_a_negated_hostile_act_still_does_not(nlp, content):
    assert not accuses(nlp, content)


# --- an actor that bears responsibility (owned_fault, 1.32.0) ---

@pytest.mark.parametrize("member, content", [
    pytest.param("acc.responsibility_lies",
                 "The militia bears full responsibility for the escalation",
                 id="an_actor_bearing_responsibility_accuses"),
    pytest.param("acc.deed_attack",
                 "The Tarsan regime continues its terrorist attacks against peaceful residents",
                 id="attacks_named_as_a_noun_with_their_doer_on_protected_people_accuse"),
])
def test_accusation_rules(nlp, member, content):
    assert member in accusation_rules(nlp, content)


@pytest.mark.parametrize("content", [
    "We bear full responsibility for the escalation",
    "The region has responsibility for the schools",
])
def test_own_responsibility_or_a_duty_does_not(nlp, content):
    assert "acc.responsibility_lies" not in accusation_rules(nlp, content)


# --- 'as if' compares a manner; the clause root is no head of itself ---

@pytest.mark.parametrize("content", [
    pytest.param("Israel is killing our people on the roads as if there were no ceasefire at all",
                 id="a_deed_with_an_as_if_clause_still_accuses"),
    pytest.param("The government was terrorising the Serb population",
                 id="terrorising_in_british_spelling_accuses"),
])
def test_accuses(nlp, content):
    assert accuses(nlp, content)


def test_an_open_condition_still_supposes(nlp):
    assert not accuses(nlp, "If the army shelled the village, that would be a war crime", None)


def test_an_ongoing_aggression_that_must_stop_accuses(nlp):
    assert accuses(nlp, "Russia's aggression must stop", None)


# --- a foreign force's deed told by a voice of another country (context_accusation) ---

_SHOAL = ("Coast guard says foreign ships chased fishing boats\n\n"
          "MANILA - Chinese ships had been chasing Filipino fishing boats away from the shoal "
          "for months, Philippine navy spokesman Rey Dalisay said on Saturday.\n\n"
          "The Philippine Coast Guard said its own vessels had escorted the boats back to port.\n\n"
          "The United Nations said it was following the reports.\n")


def test_a_foreign_forces_incursion_told_by_another_country_accuses(nlp):
    doc = nlp(_SHOAL)
    pairs = analyse_statements(doc)
    st, sc = find_scored(pairs, "Chinese ships had been chasing")
    assert "context.foreign_deed" in {c.rule for c in sc.accusation.cues}
    assert_cues_in_sentence(doc, st, sc.accusation)
    assert find_scored(pairs, "escorted the boats")[1].accusation.value == 0


def test_own_forces_deed_no_country_or_a_plain_deed_does_not(nlp):
    text = ("Ships return\n\n"
            "MANILA - Philippine ships had been chasing foreign fishing boats away from the "
            "shoal, the Philippine Coast Guard said.\n\n"
            "Chinese ships left the area on Sunday, the coast guard said.\n\n"
            "The United Nations said Chinese ships had entered the area on Friday.\n\n"
            "Ukrainian officials said the blast came hours after Russian warships fired cruise "
            "missiles towards Syria.\n")
    pairs = analyse_statements(nlp(text))
    for words in ("Philippine ships had been chasing", "Chinese ships left",
                  "Chinese ships had entered", "hours after Russian warships"):
        st, sc = find_scored(pairs, words)
        assert "context.foreign_deed" not in {c.rule for c in sc.accusation.cues}, words


def test_a_foreign_attack_on_a_place_told_by_the_other_side_accuses(nlp):
    text = ("Overnight shelling\n\n"
            "KYIV - Russian forces shelled the town of Vovchansk overnight, Ukrainian "
            "officials said on Sunday.\n\n"
            "Russia's defence ministry said its forces had struck military targets.\n")
    pairs = analyse_statements(nlp(text))
    assert "context.foreign_deed" in {c.rule for c in find_scored(pairs, "shelled the town")[1].accusation.cues}
    assert find_scored(pairs, "struck military targets")[1].accusation.value == 0


# --- second step (after the second probe batch) ---

@pytest.mark.parametrize("content", [
    "The army's attack on the rebel base began at dawn",
    "The attacks on peaceful residents must be investigated",
])
def test_an_attack_on_a_military_target_or_with_no_doer_is_no_deed_nominal(nlp, content):
    assert "acc.deed_attack" not in accusation_rules(nlp, content)


def test_a_second_conjunct_urged_to_stop_accuses(nlp):
    doc = nlp(_article("The envoy urged Norvan to withdraw its forces and stop supporting the "
                       "rebels."))
    st, sc = find_scored(analyse_statements(doc), "stop supporting")
    assert "acc.urged_to_stop" in {c.rule for c in sc.accusation.cues}
    assert_cues_in_sentence(doc, st, sc.accusation)


def test_a_plural_force_name_and_force_turned_on_a_vessel_are_foreign_deeds(nlp):
    text = ("Tanker seized\n\n"
            "DUBAI - Iran's Revolutionary Guards seized a tanker in the Strait of Hormuz on "
            "Thursday, the U.S. Navy said.\n\n"
            "The Chinese coast guard used its water cannon at close range on a supply boat, "
            "the Philippine Coast Guard said.\n")
    pairs = analyse_statements(nlp(text))
    for words in ("Revolutionary Guards seized", "used its water cannon"):
        assert "context.foreign_deed" in {c.rule for c in find_scored(pairs, words)[1].accusation.cues}, words


@pytest.mark.parametrize("content, expected", [
    ("a 17-year-old was shot dead by Israeli settlers in the village", True),
    ("Police arrested a 40-year-old on Friday", False),
])
def test_a_person_named_by_age_is_protected_but_an_arrest_stays_a_report(nlp, content, expected):
    assert accuses(nlp, content) is expected
