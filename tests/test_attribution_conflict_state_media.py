"""Round 9 (probe N: conflict and state-media copy: wars and military incidents, state agencies
quoting ministries, armed groups, military spokesmen, UN bodies, live blogs): general classes
of speaker-to-group errors seen on invented articles. Every sentence here is invented for these
tests.

(Formerly tests/test_attribution_round9_n.py.)"""

from __future__ import annotations

import pytest

from tests.support import contents_and_groups, speaker_actor

# --- agency copy's class nouns and pronouns for the person just named --------------------------

_BRIEFING = ("MOSCOW, March 3. /Vostok News/. Moscow will respond to any deployment of foreign "
             "troops near its borders, Russian Foreign Ministry Spokeswoman Maria Volkova said "
             "at a briefing on Tuesday.\n\n\"The West keeps moving closer. We keep warning it,\" "
             "the diplomat stressed.\n\nAccording to her, the talks in Vienna have stalled.\n\n"
             "Pavel Rudin, a senior research fellow at the Centre for Baltic Studies in St. "
             "Petersburg, said the deployment was symbolic. \"It is a signal, not an army,\" the "
             "expert noted.")


@pytest.mark.parametrize("needle, expected_actor, expected_group", [
    pytest.param("keeps moving closer", "Maria Volkova", "Russian government",
                 id="the_diplomat_is_the_spokeswoman_just_named"),
    pytest.param("talks in Vienna", "Maria Volkova", "Russian government",
                 id="according_to_her_is_resolved_like_she_said"),
])
def test_speaker_actor_actor(nlp, needle, expected_actor, expected_group):
    a = speaker_actor(nlp, _BRIEFING, needle)
    assert a.actor == expected_actor
    assert a.group == expected_group


def test_the_expert_is_the_researcher_just_named(nlp):
    a = speaker_actor(nlp, _BRIEFING, "a signal, not an army")
    assert a.actor == "Pavel Rudin"
    assert a.group_type == "person"
    assert not a.anonymous


@pytest.mark.parametrize("text, needle, expected_group", [
    pytest.param("VIENNA — Talks on the prisoner exchange stalled on Friday.\n\n\"Nobody wants to move "
                 "first,\" the diplomat said.", "Nobody wants", "unknown",
                 id="an_unqualified_diplomat_with_no_envoy_named_stays_unplaced"),
    pytest.param("Kaohsiung, Oct. 9 (Island Wire) The coast guard said Thursday it had tracked 14 "
                 "Chinese ships.", "14 Chinese ships", "Taiwanese government",
                 id="a_wire_dateline_of_a_two_word_agency_places_the_story"),
    pytest.param("GAZA CITY (AP) — Hamas official Bassem Naim accused Israel of stalling and said the "
                 "group remained committed to the talks. \"We have given the mediators everything "
                 "they asked for,\" he told reporters by phone.", "given the mediators", "Hamas",
                 id="he_after_a_role_word_and_a_name_ner_took_for_a_place"),
    pytest.param("Pyongyang, May 3 (Korean Central Agency) -- Vice Marshal Pak Yong Chol inspected an "
                 "artillery unit on Friday.\n\nPak said the unit must be ready to fire at any moment.",
                 "ready to fire", "North Korean military",
                 id="a_marshal_is_a_military_voice"),
    pytest.param("Pyongyang, May 3 (Korean Central Agency) -- The Joint Chiefs of Staff of the ROK "
                 "claimed that the drills were defensive.", "drills were defensive",
                 "South Korean military",
                 id="rok_is_south_korea"),
    pytest.param("GENEVA (AFP) - The UN refugee agency UNHCR said 50,000 people had fled. \"The camps "
                 "are full,\" said Hanna Okafor, the agency's representative in Nouakchott.",
                 "camps are full", "United Nations",
                 id="an_agencys_representative_posted_in_a_capital_speaks_for_the_agency"),
])
def test_speaker_actor_group(nlp, text, needle, expected_group):
    assert speaker_actor(nlp, text, needle).group == expected_group


# --- state bodies whose names hold a registered body's name ------------------------------------


@pytest.mark.parametrize("text, needle, expected_group", [
    pytest.param("WASHINGTON (AP) — The White House said on Monday it was watching the strait.\n\n"
                 "National Security Council spokeswoman Dana Pruitt said the administration was "
                 "talking to shipping companies.", "talking to shipping companies",
                 "U.S. government",
                 id="a_national_security_council_is_no_un_organ"),
    pytest.param("SEOUL, June 4 (Hanbit News Agency) -- North Korea fired two missiles on Wednesday, "
                 "the South's military said.\n\n\"They are testing our radar,\" said Choi Min-seo, a "
                 "professor of North Korean studies at Daewon University.", "testing our radar",
                 "South Korean experts",
                 id="a_field_of_study_is_not_the_scholars_country"),
    pytest.param("SEOUL, June 4 (Hanbit News Agency) -- North Korea fired two missiles on Wednesday, "
                 "South Korea's Joint Chiefs of Staff said.\n\nA spokesperson for the North's "
                 "defense ministry said the launch was a routine test.", "routine test",
                 "North Korean military",
                 id="the_norths_ministry_in_korean_copy_is_north_koreas"),
    pytest.param("YANGON, Feb 2 — The information office of the Ministry of Information said the "
                 "rebel group had shelled a police post. One officer was killed and two were hurt, "
                 "it said.", "One officer was killed", "Myanmar government",
                 id="it_is_the_body_that_reported_not_the_one_in_its_report"),
    pytest.param("SITTWE, Myanmar — The Arakan Army, in a statement on its Telegram channel, said its "
                 "fighters had taken a second town. \"We will go on,\" the group's spokesman, Khaing "
                 "Thura, told reporters.", "We will go on", "Arakan Army",
                 id="a_platform_is_where_the_group_spoke_not_the_group"),
    pytest.param("Live: strikes in the south\n\n12:45 GMT - Residents of Nabatieh told a local "
                 "radio station that families were leaving for the north.", "families were leaving",
                 "Lebanese public",
                 id="a_front_line_town_places_residents_in_a_live_blog"),
    pytest.param("GENEVA (Reuters) - Fighting closed the road, OCHA said.\n\n\"People in the city are "
                 "running out of everything: food, water, medicine,\" Clara Jensen, the U.N.'s "
                 "humanitarian coordinator for Sudan, told reporters in Geneva.",
                 "running out of everything", "United Nations",
                 id="a_role_after_a_name_the_parser_hung_on_the_quote"),
    pytest.param("Taipei, Oct. 9 (Island Wire) Taiwan's Ministry of National Defense (MND) said "
                 "Thursday it had tracked 14 Chinese aircraft near the island.",
                 "tracked 14 Chinese aircraft", "Taiwanese military",
                 id="a_wire_dateline_with_an_agency_bracket_and_no_dash"),
    pytest.param("NIAMEY (AFP) - A statement read on state television by Colonel Issa Garba, a "
                 "spokesman for the ruling council, accused the mission of interference.",
                 "the mission of interference", "Nigerien government",
                 id="a_statement_read_by_a_juntas_spokesman_is_the_government"),
])
def test_speaker_actor_group_2(nlp, text, needle, expected_group):
    a = speaker_actor(nlp, text, needle)
    assert a.group == expected_group


@pytest.mark.parametrize("text, needle, expected_group, expected_group_type", [
    pytest.param("NEW YORK (Reuters) - Drones struck two tankers off the coast on Sunday.\n\n"
                 "Iran's mission to the United Nations said Tehran had no part in the attacks.",
                 "no part in the attacks", "Iranian government", "government",
                 id="a_states_mission_to_the_un_is_its_government"),
    pytest.param("ADEN, Yemen (AP) — Missiles hit a cargo ship in the Red Sea on Monday.\n\n"
                 "The Houthis' military spokesman, Brig. Gen. Saleh Qassem, said in a televised "
                 "statement that the group had fired the missiles.", "fired the missiles",
                 "Houthis", "organisation",
                 id="an_armed_groups_military_spokesman_with_a_rank_speaks_for_the_group"),
])
def test_speaker_actor_group_3(nlp, text, needle, expected_group, expected_group_type):
    a = speaker_actor(nlp, text, needle)
    assert a.group == expected_group
    assert a.group_type == expected_group_type


# --- an armed group's spokesman and commander speak for the group, not the army ---------------


def test_an_acronym_spelled_out_as_an_armed_group_is_that_group(nlp):
    text = ("Sudan's RSF says it took a fuel depot\n\nKHARTOUM, May 2 (Reuters) - Sudan's "
            "paramilitary Rapid Support Forces (RSF) said on Friday they had seized a fuel depot "
            "south of the city.\n\nAn RSF commander said his men had taken 40 prisoners.\n\n"
            "The RSF accuses the army of shelling a market.")
    for needle in ("took a fuel depot", "40 prisoners", "shelling a market"):
        a = speaker_actor(nlp, text, needle)
        assert a.group == "Rapid Support Forces", needle
        assert a.group_type == "organisation", needle


@pytest.mark.parametrize("text", [
    pytest.param("Navy spokesman Lt. Cmdr. Rafael Ortega said two sailors were missing.",
                 id="a_rank_abbreviation_ends_no_sentence"),
    pytest.param("Cllr Aoife Brennan (Labour) said the budget was unfair.",
                 id="a_name_and_party_in_brackets_is_no_dateline"),
])
def test_nlp(nlp, text):
    doc = nlp(text)
    assert len(list(doc.sents)) == 1


# --- placing people and bodies in two-country stories -------------------------------------------


def test_registered_outlets_and_offices_of_war_copy(nlp):
    text = ("MOSCOW, Nov 5. /Vostok News/. Finland's foreign ministry rejected the warning, the "
            "Yle broadcaster reported.\n\nAt a briefing in Beijing, Taiwan Affairs Office "
            "spokeswoman Wen Lihua said the drills were a warning to separatists.")
    assert speaker_actor(nlp, text, "foreign ministry rejected").group == "Finnish media"
    assert speaker_actor(nlp, text, "warning to separatists").group == "Chinese government"


# --- statements and speakers the parse hid ------------------------------------------------------


@pytest.mark.parametrize("text, member, member_2", [
    pytest.param("TEHRAN — Iran's Mehr news agency, which is close to the judiciary, reported, citing "
                 "an informed source, that two tankers had been stopped in the Gulf.\n\n"
                 "Fars reported, citing a military source, that a drone had been shot down near Bushehr.",
                 ("two tankers had been stopped in the Gulf", "Iranian media"),
                 ("a drone had been shot down near Bushehr", "Iranian media"),
                 id="an_outlet_citing_a_source_before_its_that_clause"),
    pytest.param("KYIV (Reuters) - Ukraine's air force said Russia had launched 40 drones at the south "
                 "overnight, and that air defences had shot down 31 of them.",
                 ("Russia had launched 40 drones at the south overnight", "Ukrainian military"),
                 ("air defences had shot down 31 of them", "Ukrainian military"),
                 id="a_second_that_clause_the_parser_joined_to_the_verb"),
])
def test_contents_and_groups(nlp, text, member, member_2):
    got = contents_and_groups(nlp, text)
    assert member in got
    assert member_2 in got


def test_a_headline_that_ends_in_its_source_after_a_comma(nlp):
    text = ("Shelling cuts power line to Enerhodar substation, IAEA says\n\nKYIV (Reuters) - The "
            "substation lost power on Monday, the agency said.")
    got = contents_and_groups(nlp, text)
    assert ("Shelling cuts power line to Enerhodar substation", "IAEA") in got


def test_an_inverted_headline_source_is_the_speaker_not_the_claims_subject(nlp):
    from analysis.statements import extract_statements

    text = ("Border guards repel smugglers near Ruma crossing, says interior ministry\n\n"
            "BELGRADE — Border guards stopped a convoy overnight, the ministry said.")
    heads = [s for s in extract_statements(nlp(text)) if s.content_text.startswith("Border guards repel")]
    assert len(heads) == 1
    assert heads[0].speaker.text == "interior ministry"


def test_an_office_quoted_first_and_named_next_is_one_official(nlp):
    text = ("TEHRAN, Sept. 8 (Gulf Wire) -- Iran's Foreign Ministry spokesman has rejected a "
            "statement by three European states, describing it as baseless.\n\nSpeaking at his "
            "weekly news conference, Kamran Jafari said the Europeans had broken their "
            "commitments.")
    a = speaker_actor(nlp, text, "broken their commitments")
    assert a.group == "Iranian government"
    assert a.actor == "Kamran Jafari"


def test_a_bare_name_after_an_indefinite_spokesman_stays_the_public(nlp):
    text = ("ODESA, Ukraine — A spokesman for the port said the terminal had reopened.\n\n"
            "Andriy Melnyk said the queues of lorries had grown overnight.")
    assert speaker_actor(nlp, text, "queues of lorries").group_type == "public"


def test_calling_ambassadors_in_to_press_a_case_is_no_statement_of_theirs(nlp):
    text = ("BEIRUT — The prime minister's office said he had called the British and Italian "
            "ambassadors to press for an end to the shelling.")
    got = [c for c, _ in contents_and_groups(nlp, text)]
    assert got == ["he had called the British and Italian ambassadors to press for an end to "
                   "the shelling"]


def test_calling_on_parties_to_act_is_still_a_statement(nlp):
    text = "GENEVA — The envoy called on both sides to return to the talks."
    assert [c for c, _ in contents_and_groups(nlp, text)] == ["both sides to return to the talks"]


def test_an_unregistered_group_takes_the_country_its_appositive_gives(nlp):
    text = ("KYIV (Reuters) - FrontWatch, a Ukrainian open-source monitoring group, said Russian "
            "troops had advanced two kilometres.\n\nThe Halden Institute, a US-based think tank, "
            "said the push was stalling.")
    assert speaker_actor(nlp, text, "two kilometres").group_country == "UA"
    assert speaker_actor(nlp, text, "push was stalling").group_country == "US"


def test_called_on_with_on_tagged_a_particle_is_still_a_statement(nlp):
    text = ("GENEVA - Rosalind Ferreira said reports of airstrikes were alarming and called on all "
            "parties to protect civilians.")
    assert "all parties to protect civilians" in [c for c, _ in contents_and_groups(nlp, text)]


def test_a_country_after_in_is_no_officials_name(nlp):
    text = ("Sahel: what we know\n\n08:30 GMT — Mali's army said it had killed ten militants.\n\n"
            "11:20 GMT — In Niger, an official at the prefecture of Tillaberi told AFP that "
            "gunmen had attacked a market.")
    a = speaker_actor(nlp, text, "attacked a market")
    assert a.group == "Nigerien government"
    assert a.anonymous


# --- briefings in question-and-answer form ------------------------------------------------------


def test_the_person_a_briefing_question_is_about_does_not_answer_it(nlp):
    text = ("WASHINGTON (AP) — Pentagon spokeswoman Dana Whitcomb said the strikes were over. "
            "Asked whether General Miles Porter had approved the plan, she said the review was "
            "ongoing.\n\nAt the White House, spokesman Tom Reyes said the talks had ended. "
            "Pressed on whether President-elect Warren had been briefed, he said the transition "
            "team had the same information.")
    assert speaker_actor(nlp, text, "review was ongoing").actor == "Dana Whitcomb"
    assert speaker_actor(nlp, text, "same information").actor == "Tom Reyes"
