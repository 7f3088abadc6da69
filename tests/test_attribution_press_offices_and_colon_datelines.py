"""Round 12, lead's probe (South Asian, Ukrainian and other national papers' English copy): a
name the parser makes the subject of an interposed participle, colon datelines, a body's own
press office, the paper's "It is learnt that" sourcing.

(Formerly tests/test_attribution_round12_lead.py.)"""

from __future__ import annotations

from functools import partial

import pytest

from tests.support import statement_rows

# Each statement of a text as a row of the fields named (tests.support.statement_rows).
_statements = partial(statement_rows, fields=("resolved", "group", "group_type", "group_country", "content"),
                      no_speaker_as_unknown=True)


@pytest.mark.parametrize("text,speaker", [
    ("Norland foreign ministry spokesperson Eli Varga, asked about the reports at a regular "
     "briefing, said he was not aware of the situation.", "Norland foreign ministry spokesperson Eli Varga"),
    ("Tamsin Orro, pressed on the figures, said they were not aware of the situation.", "Tamsin Orro"),
])
def test_name_before_an_interposed_participle_is_the_speaker(text, speaker):
    # the parser reads "asked" as a past-tense verb with the name as its subject, leaving the
    # report with no subject
    found = _statements(text)
    assert len(found) == 1 and found[0][0] == speaker


def test_a_clause_after_the_participle_keeps_its_own_subject():
    found = _statements("The company, founded in 1990, said it would appeal the ruling.")
    assert found[0][0] == "The company" and found[0][4] == "it would appeal the ruling"


@pytest.mark.parametrize("dateline", ["RAWALPINDI:", "NEW DELHI:"])
def test_colon_dateline_is_not_part_of_the_content(dateline):
    found = _statements(f"{dateline} Two soldiers were killed on Tuesday when troops opened fire "
                        "across the line, the army said.")
    assert [s[4] for s in found] == ["Two soldiers were killed on Tuesday when troops opened fire "
                                     "across the line"]


def test_a_headline_colon_attribution_keeps_its_speaker():
    found = _statements("Kremlin: strikes hit all targets")
    assert found and found[0][4] == "strikes hit all targets"


@pytest.mark.parametrize("office", ["media wing", "media cell", "press office", "media directorate"])
def test_an_armys_own_press_office_speaks_for_the_army(office):
    found = _statements(f"RAWALPINDI: The talks will resume next week, the army's {office} said.")
    assert found[0][1:4] == ("Pakistani military", "military", "PK")


def test_a_state_broadcaster_is_still_media():
    found = _statements("ISLAMABAD: The talks will resume next week, the state broadcaster said.")
    assert found[0][2] == "media"


@pytest.mark.parametrize("text,content,speaker", [
    ("It is learnt that the firing continued for nearly three hours.",
     "the firing continued for nearly three hours", None),
    ("It was learned that the talks had failed.", "the talks had failed", None),
    ("The newspaper has learnt that the minister will resign on Friday.",
     "the minister will resign on Friday", "The newspaper"),
])
def test_learnt_as_the_papers_sourcing_is_a_statement(text, content, speaker):
    found = _statements(text)
    assert [(s[4], s[0]) for s in found] == [(content, speaker)]


@pytest.mark.parametrize("text", [
    "She learned that her son had died in the crash.",
    "Officials learned that the bridge had collapsed.",
    "He has learnt that hard work pays.",
])
def test_learning_news_is_no_statement(text):
    assert _statements(text) == []


@pytest.mark.parametrize("text,group,group_type", [
    ("The UK trade agency said the ship had been hit.", "British government", "government"),
    ("Human rights lobby Haki Uhuru said the killing was unlawful.", "Haki Uhuru", "organisation"),
])
def test_state_agency_and_named_lobby(text, group, group_type):
    found = _statements(text)
    assert found[0][1:3] == (group, group_type)


@pytest.mark.parametrize("text,group", [
    ("NEW DELHI: Congress leader Rakesh Verma accused the government of hiding the facts.",
     "Indian National Congress"),
    ("ISLAMABAD: PTI leader Omar Baig said the government had failed.", "Pakistan Tehreek-e-Insaf"),
    ("NEW DELHI: The talks failed, PTI reported.", "Indian media"),  # the agency, at home
    ("WASHINGTON — Congress said the bill would fail.", "U.S. government"),
    ("LAHORE: PPP chairman Ali Shah said the budget was unfair.", "Pakistan Peoples Party"),
])
def test_a_name_that_means_a_party_only_at_home(text, group):
    assert _statements(text)[0][1] == group


def test_home_aliases_need_a_country(tmp_path):
    from analysis.registry import RegistryError, _load_actors

    bad = tmp_path / "actors.yaml"
    bad.write_text("meta: {version: '1'}\nactors:\n  - {actor: X Party, group: X Party, "
                   "group_type: organisation, home_aliases: [XP]}\n", encoding="utf-8")
    with pytest.raises(RegistryError, match="home_aliases need a group_country"):
        _load_actors(bad)


def test_a_counted_plural_before_a_present_verb_is_a_clause():
    found = _statements("The Miners Association said more than 300 miners work in the area.")
    assert [s[4] for s in found] == ["more than 300 miners work in the area"]


def test_a_name_cut_at_its_and_is_one_body():
    found = _statements("According to the Tamar Gold and Diamond Miners Association, more than "
                        "300 miners work in the area.")
    assert found[0][1] == "Tamar Gold and Diamond Miners Association"


@pytest.mark.parametrize("first,anaphor,group", [
    ("The Israel Defense Forces said on Thursday that troops fired warning shots.",
     "The military", "Israeli military"),
    ("The People's Liberation Army said its drills were routine.", "The army", "Chinese military"),
])
def test_the_military_after_a_registered_armed_force(first, anaphor, group):
    # no dateline: the anaphor must find the armed force the registry knows by its own name
    found = _statements(f"{first}\n\n{anaphor} said it was aware of reports of casualties.")
    assert found[-1][1] == group


def test_the_military_after_a_ministry_stays_unplaced_without_a_home():
    found = _statements("The Pentagon said the drills were routine.\n\n"
                        "The military said the ships had left.")
    assert found[-1][1] == "unknown"
