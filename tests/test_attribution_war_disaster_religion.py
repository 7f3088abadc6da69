"""Round 6 of group attribution, probe C: errors seen running the tool on invented war,
disaster and religion/education articles (a Sahel wire, a Central Asian state agency, an
Andean regional daily, a Balkan rail crash, a Philippine agency, an Indonesian air crash).
Invented text; the people and most bodies are unregistered.

(Formerly tests/test_attribution_round6_c.py.)"""

from __future__ import annotations

import pytest

from analysis.statements import extract_statements
from tests.support import speaker_actor


def test_a_body_with_a_word_cased_short_name_keeps_its_state_placement(nlp):
    # "(Indeci)" is the body's short name, not a person's party as in "X (Labour)"
    text = ("LIMA — At least 23 people died, the National Civil Defence Institute (Indeci) said. "
            "Indeci said 1,400 homes had collapsed.")
    first = speaker_actor(nlp, text, "23 people died")
    later = speaker_actor(nlp, text, "1,400 homes")
    assert first.group == "Peruvian government"
    assert later.group == "Peruvian government"


@pytest.mark.parametrize("text, needle, expected_group", [
    pytest.param("DUBLIN — Cllr Niamh Ó Conaire (Labour) said the budget was unfair.",
                 "budget was unfair", "Labour",
                 id="a_person_with_a_party_in_brackets_still_goes_to_the_party"),
    pytest.param("BELGRADE — Residents of the town said the water was dirty.", "water was dirty",
                 "Serbian public",
                 id="residents_of_a_town_stay_the_public"),
    pytest.param("JAKARTA — A priest in the village, Father Yosef Dumatubun, said the community was "
                 "in mourning.", "in mourning", "Indonesian public",
                 id="a_priest_of_no_named_body_stays_the_public"),
    pytest.param("MANILA — Malacañang said the President had asked the department for a report.",
                 "asked the department", "Philippine government",
                 id="the_philippine_presidential_palace_is_the_government"),
    pytest.param("NIAMEY — Niger's interior minister, General Salifou Mody, told state radio that "
                 "the government would not negotiate.", "not negotiate", "Nigerien government",
                 id="a_civil_minister_in_uniform_speaks_for_the_government"),
    pytest.param("NIAMEY — Niger's defence minister, General Salifou Mody, said the army would not "
                 "negotiate.", "not negotiate", "Nigerien military",
                 id="a_defence_minister_in_uniform_stays_the_military"),
    pytest.param("ANTWERP — The club's largest supporters' association, the Blue Wall, accused the "
                 "board of selling out.", "selling out", "Blue Wall",
                 id="a_members_body_named_in_apposition_keeps_that_name"),
    pytest.param("BISHKEK — A guard was killed, the Border Service of the State Committee for National "
                 "Security (GKNB) said. According to the Border Service, Tajik servicemen opened fire.",
                 "opened fire", "Kyrgyz government",
                 id="a_state_body_called_by_the_start_of_its_spelled_out_name_stays_the_state"),
    pytest.param("MANILA — The bishops urged the Department of Education to reverse an order. "
                 "Education Secretary Sonny Angara said the order concerned only schools that had "
                 "failed to renew their permits.", "renew their permits", "Philippine government",
                 id="a_portfolio_before_a_ministers_title_is_no_organisation"),
    pytest.param("BISHKEK — The Kyrgyz Foreign Ministry protested. Dushanbe rejected the protest. "
                 "Foreign ministry spokesman Shahrom Samadov said Tajikistan remained committed to "
                 "talks.", "remained committed", "Tajik government",
                 id="a_capital_as_the_subject_before_places_the_ministry_spokesman"),
    pytest.param("BISHKEK — The Kyrgyz Foreign Ministry protested. Foreign ministry spokesman Aibek "
                 "Usenov said talks would continue.", "talks would continue", "Kyrgyz government",
                 id="without_the_other_capital_the_spokesman_stays_home"),
    pytest.param("SARAJEVO — The local community said it was ready to help.", "ready to help",
                 "Bosnian public",
                 id="a_local_community_stays_the_public"),
])
def test_speaker_actor_group(nlp, text, needle, expected_group):
    assert speaker_actor(nlp, text, needle).group == expected_group


def test_a_union_named_for_its_members_is_not_the_public(nlp):
    for body in ("The union of train drivers", "The train drivers' union"):
        text = f"BELGRADE — {body} said drivers had complained for months."
        assert speaker_actor(nlp, text, "complained for months").group_type != "public"


def test_a_centre_whose_noun_leads_its_name_owns_its_director(nlp):
    text = ("BELGRADE — Minister Ana Petrović said the Centre for Investigation of Accidents in "
            "Transport had taken the logbook. The centre's director, Dragan Kovačević, said a "
            "report would follow. Doctors at the Niš Clinical Centre said 14 were hurt.")
    ref = speaker_actor(nlp, text, "report would follow")
    assert "Investigation" in ref.group and "Niš" not in ref.group


def test_a_cleric_of_a_named_church_speaks_for_the_church(nlp):
    text = ("JAKARTA — Church leaders held a service; Rev. Dora Balubun of the Evangelical "
            "Christian Church in Papua said the community was in mourning.")
    ref = speaker_actor(nlp, text, "in mourning")
    assert ref.group_type == "organisation" and "Church" in ref.group


def test_an_archdiocese_is_an_organisation(nlp):
    text = "MANILA — The Archdiocese of Davao said 41 of its schools were affected."
    ref = speaker_actor(nlp, text, "41 of its schools")
    assert ref.group_type == "organisation"


def test_its_after_a_reporting_verb_with_no_statement_is_that_subject(nlp):
    # "disputed that" carries no statement, so no speaker was noted for the union: "Its" is
    # still the union, not the company quoted before
    text = ("BELGRADE — Serbian Railways Infrastructure, the state company that manages the "
            "tracks, said the signal box had been under repair since May. The union of train "
            "drivers disputed that. Its president, Zoran Ilić, said drivers had complained.")
    ref = speaker_actor(nlp, text, "drivers had complained")
    assert "Railways" not in ref.group


def test_the_statements_are_found(nlp):
    text = "LIMA — At least 23 people died, the National Civil Defence Institute (Indeci) said."
    assert len(extract_statements(nlp(text))) == 1


def test_an_unnamed_members_union_is_an_organisation_its_officers_speak_for(nlp):
    text = ("BELGRADE — The union of train drivers said drivers had complained for months. Its "
            "president, Zoran Ilić, said pay was low.")
    body = speaker_actor(nlp, text, "complained for months")
    officer = speaker_actor(nlp, text, "pay was low")
    assert body.group_type == "organisation" and body.group_country == "RS"
    assert officer.group == body.group


def test_a_named_members_union_keeps_its_full_name(nlp):
    text = "MANILA — The National Union of Students of the Philippines said it would join a protest."
    ref = speaker_actor(nlp, text, "join a protest")
    assert ref.group == "National Union of Students of the Philippines"


def test_the_front_is_the_front_the_text_named_though_never_as_a_speaker(nlp):
    text = ("NIAMEY — The army killed 40 fighters of the Front for the Liberation of the Azawagh, "
            "the defence ministry said. The front said it had lost only two men. \"The drones "
            "struck civilians,\" its spokesman, Ahmed ag Bilal, said.")
    body = speaker_actor(nlp, text, "lost only two men")
    officer = speaker_actor(nlp, text, "struck civilians")
    assert body.group == "Front for the Liberation of the Azawagh" == officer.group


def test_a_herder_is_the_public(nlp):
    text = ("NIAMEY — One herder, who asked not to be named for fear of reprisals, said at least "
            "six people had been buried in the village.")
    ref = speaker_actor(nlp, text, "six people")
    assert ref.group == "Nigerien public" and ref.anonymous


def test_a_committee_a_state_possesses_and_its_acronym_are_that_state(nlp):
    text = ("JAKARTA — The pilots reported a fire, Indonesia's National Transportation Safety "
            "Committee (KNKT) said. KNKT chief Soerjanto Tjahjono said the crew had asked to "
            "return.")
    assert speaker_actor(nlp, text, "reported a fire").group == "Indonesian government"
    assert speaker_actor(nlp, text, "asked to return").group == "Indonesian government"


def test_a_city_in_a_persons_own_name_does_not_place_him(nlp):
    text = ("LIMA — The Archbishop of Ayacucho, Salvador Piñeiro, called on parishes to open "
            "their churches to families.")
    assert speaker_actor(nlp, text, "open their churches").group_country == "PE"


@pytest.mark.parametrize("text, needle, expected_group_type, expected_group_country", [
    pytest.param("BELGRADE — Students at the University of Niš held a vigil. The student parliament said it "
                 "would organise blood donations.", "blood donations", "organisation", "RS",
                 id="a_student_parliament_is_no_state_legislature"),
    pytest.param("SARAJEVO — The National Museum of Bosnia and Herzegovina said it was ready to help.",
                 "ready to help", "organisation", "BA",
                 id="a_named_museum_speaks_as_itself_with_its_country"),
])
def test_speaker_actor(nlp, text, needle, expected_group_type, expected_group_country):
    ref = speaker_actor(nlp, text, needle)
    assert ref.group_type == expected_group_type and ref.group_country == expected_group_country


def test_told_a_hearing_that_is_a_report(nlp):
    text = ("JAKARTA — KNKT chief Soerjanto Tjahjono told a parliamentary hearing that the crew "
            "had asked to return to Jayapura four minutes into the flight.")
    contents = [s.content_text for s in extract_statements(nlp(text))]
    assert contents == ["the crew had asked to return to Jayapura four minutes into the flight"]


def test_told_the_story_that_he_had_heard_is_no_report(nlp):
    text = "LONDON — He told the story that he had heard from his father."
    assert extract_statements(nlp(text)) == []


