"""Unmarked state roles ("the interior minister", "the electoral authority") in stories with no
dateline and no outlet country: the country the story is about, or unknown if it names two."""

from __future__ import annotations

import pytest

from analysis.statements import extract_statements
from tests.support import speaker_actor

actor_of = speaker_actor


@pytest.mark.parametrize("text,needle", [
    ("Peru's Congress debated the bill on Monday. Protests continued across Peru. "
     "The interior minister said 40 people had been detained.", "40 people"),
    ("Officials in Peru said the vote would go ahead. The electoral authority said turnout "
     "was 70 percent.", "turnout"),
])
def test_an_unmarked_state_role_takes_the_country_the_story_names(nlp, text, needle):
    ref = actor_of(nlp, text, needle)
    assert (ref.group, ref.group_country) == ("Peruvian government", "PE")


def test_two_countries_named_once_each_leave_the_role_unplaced(nlp):
    ref = actor_of(nlp, "Chile and Peru signed the deal. The interior minister said 40 people "
                        "had been detained.", "40 people")
    assert ref.group == "unknown"


def test_the_outlet_country_still_comes_before_the_story_country(nlp):
    ref = actor_of(nlp, "Peru's Congress debated the bill. The defence secretary said the navy "
                        "was ready.", "the navy", country="GB")
    assert ref.group_country == "GB"


@pytest.mark.parametrize("text,needle,group", [
    ("Warsaw said the drone had entered Polish airspace.", "the drone", "Polish government"),
    ("London has rejected the claim, saying it was baseless.", "it was baseless",
     "British government"),
    ("Beijing said the rocket stage posed no danger.", "the rocket stage", "Chinese government"),
])
def test_a_capital_as_the_whole_speaker_is_its_government(nlp, text, needle, group):
    assert actor_of(nlp, text, needle).group == group


def test_a_capital_as_a_place_is_not_the_government(nlp):
    ref = actor_of(nlp, "Residents of Warsaw said the drone was loud.", "the drone")
    assert (ref.group, ref.group_type) == ("Polish public", "public")


def test_a_national_chamber_is_not_a_local_council(nlp):
    # the text names the U.S. most, but a senator of the Federation Council is the outlet's own
    text = ("American networks and American papers ran the U.S. story all day. "
            "Senator Oleg Danilchuk, deputy head of the Federation Council's defence committee, "
            "called the reports a fake.")
    ref = actor_of(nlp, text, "the reports", country="RU")
    assert ref.group == "Russian government"


def test_a_name_parsed_as_a_second_subject_belongs_to_the_mention(nlp):
    st = [s for s in extract_statements(nlp("State news agency SANA quoted a military source "
                                             "as saying the raids had ended."))
          if s.speaker is not None and "SANA" in s.speaker.text]
    assert st and st[0].speaker.actor.group == "Syrian media"


def test_a_bloc_word_leaves_the_state_open(nlp):
    text = ("TEHRAN — Western media reports alleging that missiles crashed in Iran are false, "
            "an informed source said.")
    hits = [s for s in extract_statements(nlp(text), outlet_country="IR")
            if s.content_text == "missiles crashed in Iran"]
    assert len(hits) == 1
    ref = hits[0].speaker.actor
    assert ref.group == "unknown"


def test_officials_at_a_named_institution_belong_to_it(nlp):
    ref = actor_of(nlp, "At the Pentagon, officials said talks with the Russian military had "
                        "been professional.", "talks with", country="US")
    assert (ref.group, ref.anonymous) == ("U.S. military", True)


def test_a_state_outlets_unnamed_source_is_of_its_state(nlp):
    text = ("Syria's state news agency Dimashq quoted a military source as saying the raids had "
            "ended.")
    hits = [s for s in extract_statements(nlp(text), outlet_country="QA")
            if s.content_text == "the raids had ended"]
    assert len(hits) == 1
    ref = hits[0].speaker.actor
    assert (ref.group, ref.anonymous) == ("Syrian military", True)  # not the Qatari outlet's


def test_a_story_about_another_country_places_its_unmarked_ministers_there(nlp):
    text = ("Peru's Congress debated the bill. Protests spread across Peru, and Peru's currency "
            "fell. The interior minister said 40 people had been detained.")
    assert actor_of(nlp, text, "40 people", country="GB").group == "Peruvian government"
    # the outlet's own country named once keeps its officials its own
    text2 = text.replace("The interior minister", "In Britain, the interior minister")
    assert actor_of(nlp, text2, "40 people", country="GB").group == "British government"


def test_a_bloc_word_inside_a_name_is_not_a_bloc(nlp):
    ref = actor_of(nlp, "RIYADH — Gulf Courier reported that the talks had failed.", "the talks",
                   country="SA")
    assert ref.group != "unknown"


@pytest.mark.parametrize("where,group", [("in Beijing", "Chinese government"),
                                         ("in Manila", "Philippine government")])
def test_a_ministry_briefing_in_a_capital_places_an_unmarked_spokesman(nlp, where, group):
    text = ("MANILA — Chinese and Philippine vessels collided near the shoal on Monday. "
            f"At a regular briefing {where}, foreign ministry spokesman Lin Qiao said the other "
            "side had caused the collision.")
    got = [s.speaker.actor for s in extract_statements(nlp(text)) if "caused" in s.content_text]
    assert got[0].group == group
