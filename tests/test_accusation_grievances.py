"""Round 11 (framing11a): accusations told as grievances in realistic copy.

Classes grouped from the missed accusations of the realistic tuning split dev6 (statements of
whole articles labelled in their articles), each written as a rule over the parse and checked
first on invented probe articles. Each class has near misses that must not fire. Every sentence
and article is this project's own invention.

(Formerly tests/test_scores_round11_a.py.)"""

from __future__ import annotations

import pytest

from analysis.pipeline import analyse_statements
from tests.support import accusation_rules, accuses, assert_cues_in_sentence, find_scored

# --- an appeal to a body, repeated or unanswered (rules/unheeded.py) ---

@pytest.mark.parametrize("content", [
    "We wrote to the housing department four times about the mould in the flats",
    "The nurses had warned the hospital board repeatedly about the broken lifts",
    "The fishermen complained to the port authority on several occasions about the dumping",
    "She phoned the insurer every week for three months and nobody came",
    "The club contacted the federation twice and received no reply",
    "We raised the leak with the landlord again and again",
])
def test_repeated_or_unanswered_appeal_to_a_body_accuses(nlp, content):
    assert any(r.startswith("acc.unheeded_") for r in accusation_rules(nlp, content))


@pytest.mark.parametrize("content", [
    "We have reminded passengers twice today to keep their bags with them",
    "The lifeguards warned swimmers repeatedly about the currents",
    "The weather service issued storm warnings repeatedly on Sunday",
    "We will write to the housing department again next week",
    "The nurses wrote to the hospital board in March",
    "The club did not contact the federation twice",
])
def test_warning_the_public_or_a_single_letter_does_not(nlp, content):
    assert not any(r.startswith("acc.unheeded_") for r in accusation_rules(nlp, content))


def test_unheeded_warning_in_an_article(nlp) -> None:
    text = ("Tenants say warnings ignored before ceiling fell\n\n"
            "LEEDS - Part of a ceiling collapsed in a council block on Tuesday, injuring two "
            "people.\n\n"
            "The tenants' association said it had written to the council three times since "
            "January about water coming through the roof.\n\n"
            "The council said it had sent a surveyor to the block in February.\n")
    doc = nlp(text)
    pairs = analyse_statements(doc)
    st, sc = find_scored(pairs, "written to the council three times")
    assert sc.accusation.value > 0
    assert_cues_in_sentence(doc, st, sc.accusation)
    assert find_scored(pairs, "sent a surveyor")[1].accusation.value == 0


# --- a police report of arrests is no charge (rules/accusation.py attack_on_protected) ---

@pytest.mark.parametrize("content", [
    "Officers detained 27 people after the derby",
    "Police arrested nine men after fighting broke out at the fairground",
    "The police had arrested 40 people by midnight",
])
def test_arrests_of_a_crowd_count_are_a_report(nlp, content):
    assert not accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "Police arrested two reporters who were covering the strike",
    "Soldiers detained peaceful marchers outside the court",
    "The militia arrested a doctor for treating wounded fighters",
])
def test_arrests_of_people_who_are_no_lawful_target_still_accuse(nlp, content):
    assert accuses(nlp, content)


# --- a party that knew and told nobody (rules/unheeded.py told_nobody) ---

@pytest.mark.parametrize("content", [
    "The airline knew about the faulty sensor for months and told nobody",
    "The owners found the asbestos in 2019 and told no one",
    "They said nothing to the pupils' parents",
    "The files were on an open server for three weeks before the firm told a single patient",
    "The mine had been leaking for a month before the company said a word",
])
def test_a_party_that_told_nobody_accuses(nlp, content):
    assert any(r.startswith("acc.silent_") for r in accusation_rules(nlp, content))


@pytest.mark.parametrize("content", [
    "We said nothing to the press until the families had been told",
    "The minister said nothing about the report",
    "The airline informed all passengers by text message",
    "The firm checked every record before it told the regulator",
    "Nobody was hurt and no one was told to leave",
    "The company will tell no one before the vote",
])
def test_own_silence_or_ordinary_telling_does_not(nlp, content):
    assert not any(r.startswith("acc.silent_") for r in accusation_rules(nlp, content))


# --- an inquiry obstructed by another party (rules/scrutiny.py), a rewritten past ---

@pytest.mark.parametrize("content", [
    "The port authority blocked the inquiry into the crane collapse",
    "The club's owners have hampered the league's investigation for months",
    "The governor's office stalled the audit of the road fund",
    "Management thwarted the safety inspectors at every turn",
])
def test_another_party_obstructing_scrutiny_accuses(nlp, content):
    assert any(r.startswith("acc.obstruct_scrutiny_") for r in accusation_rules(nlp, content))


@pytest.mark.parametrize("content", [
    "The High Court blocked the inquiry until the appeal is heard",
    "We stalled the audit until the new accountants arrived",
    "Fallen trees blocked the road to the village",
    "The regulator blocked the merger of the two banks",
])
def test_a_court_ruling_own_delay_or_other_objects_do_not(nlp, content):
    assert not any(r.startswith("acc.obstruct_scrutiny_") for r in accusation_rules(nlp, content))


def test_trying_to_rewrite_what_happened_accuses(nlp):
    assert "acc.aim_rewrite" in accusation_rules(nlp, "The ministry is trying to rewrite what happened at "
                                             "the border crossing")
    assert not accuses(nlp, "The author spent a year trying to understand what happened at the "
                             "border crossing")


def test_a_document_that_says_nothing_different_is_no_silence(nlp):
    content = "We put safety first, and the auditors' report says nothing different"
    assert not any(r.startswith("acc.silent_") for r in accusation_rules(nlp, content))


# --- one side's account of a challenged rival's deed (scoring/context_accusation.py) ---

_BORDER = ("Norvan says Castellan patrol crossed the line\n\n"
           "VELDA - Norvan's interior ministry said on Friday that a Castellan patrol had "
           "crossed into the Merin valley and seized two shepherds.\n\n"
           "The Castellan army denied the charge and said its patrol had never left its own "
           "side of the line.\n\n"
           "A Norvan police spokesman said the shepherds' families had been told.\n")


def test_a_challenged_rivals_contested_deed_accuses(nlp) -> None:
    doc = nlp(_BORDER)
    pairs = analyse_statements(doc)
    st, sc = find_scored(pairs, "crossed into the Merin valley")
    assert sc.accusation.value > 0
    assert_cues_in_sentence(doc, st, sc.accusation)
    assert find_scored(pairs, "shepherds' families had been told")[1].accusation.value == 0


def test_no_rival_challenged_no_charge(nlp) -> None:
    text = ("Patrols resume on the border\n\n"
            "VELDA - Norvan's interior ministry said on Friday that a Castellan patrol had "
            "crossed into the Merin valley as agreed under the joint patrol plan.\n\n"
            "The Castellan army said its patrols would continue every week.\n")
    pairs = analyse_statements(nlp(text))
    assert find_scored(pairs, "crossed into the Merin valley")[1].accusation.value == 0


def test_entering_a_time_is_no_contested_deed(nlp) -> None:
    text = ("Fire season\n\n"
            "ATHENS - Opposition leader Nikos Varda accused the government of cutting the fire "
            "service budget.\n\n"
            "The government rejected the charge and said the budget had grown.\n\n"
            "Varda said the government was entering a new era of crisis.\n")
    pairs = analyse_statements(nlp(text))
    st, sc = find_scored(pairs, "entering a new era")
    assert "context.rival_deed" not in {c.rule for c in sc.accusation.cues}


# --- a purpose 'to pressure' or 'to force' a party (rules/aims.py harmful_aim, 1.29.0) ---

@pytest.mark.parametrize("content", [
    "The port closure was meant to pressure Belvia ahead of the fishing talks",
    "The landlord cut the heating to force the tenants to leave",
    "The embargo was designed to squeeze the island's farmers",
])
def test_a_purpose_of_pressure_on_a_party_accuses(nlp, content):
    assert any(r.startswith("acc.aim_to_") for r in accusation_rules(nlp, content))


@pytest.mark.parametrize("content", [
    "Engineers opened the valve to force air out of the pipe",
    "The central bank raised rates to force down inflation",
    "The crew lowered the pressure to pressure-test the seals",
])
def test_a_purpose_aimed_at_a_thing_does_not(nlp, content):
    assert not any(r.startswith("acc.aim_to_") for r in accusation_rules(nlp, content))


# --- what people live on cut off by an armed or ruling party (rules/scrutiny.py, 1.30.0) ---

@pytest.mark.parametrize("content", [
    "The rebels have cut off water to the northern districts",
    "The army blocked the aid convoys at the bridge for a week",
    "The junta shut off electricity to the protest camp",
    "The militia's drones hit the maternity ward",
])
def test_lifelines_cut_by_an_armed_or_ruling_party_accuse(nlp, content):
    assert accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "The water company cut off supply to two streets to repair a leaking pipe",
    "The storm cut power to the northern districts",
    "We shut off the gas to the building after the leak was found",
    "Engineers restored electricity to the protest camp",
])
def test_service_cuts_weather_or_own_side_do_not(nlp, content):
    assert not accuses(nlp, content)
