"""Speaker resolution and actor placement on speakers the registry does not list.

Every speaker here is invented or placed by rule: the tests check that a country word plus an
institution noun, a role, or the article's dateline places a speaker, that pronouns and
definite descriptions find their antecedent, and that anonymity follows the convention.
"""

from __future__ import annotations

import pytest

from analysis.registry import load_registry
from analysis.statements import extract_statements
from tests.support import speaker_actor, statement_with

# ----------------------------------------------------------------------------- unseen speakers


@pytest.mark.parametrize("text,needle,group,country,gtype,anonymous", [
    ("Turkish officials said the talks would continue.", "the talks",
     "Turkish government", "TR", "government", True),
    ("A senior Turkish military commander said the operation was over.", "the operation",
     "Turkish military", "TR", "military", True),
    ("Kenyan police said six people had been arrested.", "six people",
     "Kenyan government", "KE", "government", False),
    ("Brazil's environment ministry said the fires were under control.", "the fires",
     "Brazilian government", "BR", "government", False),
    ("Indian defence officials said the drone was shot down.", "the drone",
     "Indian military", "IN", "military", True),
    ("India's NDTV television reported that the drone was shot down.", "the drone",
     "Indian media", "IN", "media", False),
    ("Two eyewitnesses said the car exploded near the market.", "the car exploded",
     "Public", None, "public", True),
    ("Brazilian analysts said the currency would recover.", "the currency",
     "Brazilian experts", "BR", "person", True),
    ("Residents of Lokoja, Nigeria, said the water rose within an hour.", "the water rose",
     "Nigerian public", "NG", "public", True),
])
def test_unseen_speaker_placed_by_rule(nlp, text, needle, group, country, gtype, anonymous):
    a = statement_with(nlp, text, needle).speaker.actor
    assert (a.group, a.group_country, a.group_type, a.anonymous) == (group, country, gtype, anonymous)
    assert a.source == "rule"


@pytest.mark.parametrize("text, needle, expected_resolved_text, expected_group, expected_anonymous", [
    pytest.param("Jane Wanjiru, a spokeswoman for the Kenyan interior ministry, said the curfew "
                 "would end on Friday.", "the curfew", "Jane Wanjiru", "Kenyan government", False,
                 id="person_takes_the_group_of_their_role"),
    pytest.param('"We lost the harvest," said Olu Adebayo, 58, a farmer near Lokoja in Nigeria.',
                 "We lost the harvest", "Olu Adebayo", "Nigerian public", False,
                 id="named_person_with_age_is_public"),
])
def test_statement_with_resolved_text(nlp, text, needle, expected_resolved_text, expected_group, expected_anonymous):
    s = statement_with(nlp, text, needle)
    assert s.speaker.resolved_text == expected_resolved_text
    assert s.speaker.actor.group == expected_group
    assert s.speaker.actor.anonymous is expected_anonymous


def test_regional_authority_spokeswoman_takes_dateline_country(nlp):
    text = ("NAIROBI — A spokeswoman for the regional water authority said rationing would "
            "start next week.")
    a = statement_with(nlp, text, "rationing").speaker.actor
    assert a.group == "Kenyan government"
    assert a.anonymous is False  # a spokeswoman speaks for her institution


def test_what_cannot_be_placed_is_unknown(nlp):
    a = statement_with(nlp, "Someone familiar with the plan said it would be delayed.",
                  "it would be delayed").speaker.actor
    assert a.group == "unknown" and a.group_type == "unknown" and a.group_country is None


@pytest.mark.parametrize("text, needle, expected_group", [
    pytest.param("Helen Marsh, a Russia specialist at King's College London, said the launch was "
                 "a show of force.", "the launch", "British experts",
                 id="topic_country_is_not_the_speaker_country"),
    pytest.param("Doctors found Klebsiella bacteria in two wards, the hospital said.",
                 "Doctors found", "unknown",
                 id="the_hospital_does_not_take_a_name_that_is_no_subject"),
])
def test_statement_with_group(nlp, text, needle, expected_group):
    a = statement_with(nlp, text, needle).speaker.actor
    assert a.group == expected_group


def test_unnamed_organisation_is_its_own_group(nlp):
    text = "Consumer group Foodwatch Nederland accused the regulator of acting too slowly."
    s = statement_with(nlp, text, "the regulator")
    assert s.speaker.actor.group_type == "organisation"
    assert s.speaker.actor.group == "Foodwatch Nederland"


# ----------------------------------------------------------------------------- anaphora


@pytest.mark.parametrize("text, needle, expected_text, expected_resolved_text, expected_group", [
    pytest.param("Peter Okafor, the Nigerian agriculture minister, visited the flooded farms. "
                 "He said the harvest was lost.", "the harvest", "He", "Peter Okafor",
                 "Nigerian government",
                 id="pronoun_resolves_to_last_named_person"),
    pytest.param("Turkey's defence ministry released video of the strikes. The ministry said all "
                 "targets had been destroyed.", "all targets", "The ministry",
                 "Turkey's defence ministry", "Turkish military",
                 id="definite_description_resolves_to_institution"),
])
def test_statement_with_text(nlp, text, needle, expected_text, expected_resolved_text, expected_group):
    s = statement_with(nlp, text, needle)
    assert s.speaker.text == expected_text
    assert s.speaker.resolved_text == expected_resolved_text
    assert s.speaker.actor.group == expected_group


def test_she_skips_a_man_named_later(nlp):
    text = ("Lucia Ferreira, a Brazilian senator, met the governor, Mr. Paulo Santos. "
            "She said the budget would be cut.")
    s = statement_with(nlp, text, "the budget")
    assert s.speaker.resolved_text == "Lucia Ferreira"


def test_they_resolves_to_plural_officials(nlp):
    text = ("Two Indian officials briefed reporters on Monday. They said the dam had been "
            "inspected.")
    s = statement_with(nlp, text, "the dam")
    assert s.speaker.text == "They"
    assert s.speaker.resolved_text == "Two Indian officials"
    assert s.speaker.actor.anonymous is True


@pytest.mark.parametrize("text, needle, member, expected_group", [
    pytest.param("Maj. Gen. Tomas Varga of the Hungarian army inspected the base. The general "
                 "noted that the fence had been repaired.", "the fence", "Tomas Varga",
                 "Hungarian military",
                 id="title_description_resolves_to_person"),
    pytest.param("LOKOJA, Nigeria — The National Emergency Management Agency (NEMA) said 40,000 "
                 "people had fled. NEMA said the toll would rise.", "the toll",
                 "National Emergency Management Agency", "Nigerian government",
                 id="acronym_resolves_to_spelled_out_name"),
])
def test_statement_with(nlp, text, needle, member, expected_group):
    s = statement_with(nlp, text, needle)
    assert member in s.speaker.resolved_text
    assert s.speaker.actor.group == expected_group


def test_bare_quote_paragraph_carries_speaker_only_without_other_speaker(nlp):
    text = ('"The water is still rising," said Kofi Mensah, a Ghanaian fisherman.\n\n'
            '"We have moved the boats twice already."\n\n'
            '"We will reopen the bridge," said the district engineer. '
            '"The inspection is complete."')
    sts = extract_statements(nlp(text))
    moved = next(s for s in sts if "moved the boats" in s.content_text)
    assert moved.speaker.resolved_text == "Kofi Mensah"
    insp = next(s for s in sts if "inspection is complete" in s.content_text)
    assert insp.speaker.text == "the district engineer"


@pytest.mark.parametrize("text, needle, expected_text, expected_group", [
    pytest.param("The Kenyan health ministry published new figures on Monday. The statement said "
                 "cases had fallen by half.", "cases had fallen", "The statement",
                 "Kenyan government",
                 id="statement_document_speaks_for_its_issuer"),
    pytest.param("Kenya's interior minister, Ruth Kamau, visited the camp on Sunday. Aid would "
                 "arrive within days, her office said.", "Aid would arrive", "her office",
                 "Kenyan government",
                 id="possessive_pronoun_office_takes_owner_group"),
])
def test_statement_with_text_2(nlp, text, needle, expected_text, expected_group):
    s = statement_with(nlp, text, needle)
    assert s.speaker.text == expected_text
    assert s.speaker.actor.group == expected_group


def test_registry_and_rules_agree_on_group_names():
    reg = load_registry()
    assert reg.lookup("Pentagon").group == "U.S. military"
    assert reg.countries.adjective("TR") == "Turkish"


def test_unnamed_reader_is_anonymous_public(nlp):
    text = "A reader who lives near the port wrote in to say that the sirens sounded twice."
    s = statement_with(nlp, text, "the sirens sounded")
    assert s.speaker.actor.group_type == "public"
    assert s.speaker.actor.anonymous is True


# ------------------------------------------------- outlet country and the story's country


def test_unmarked_state_role_is_the_outlets_own(nlp):
    text = ("The defence secretary, Tobias Wrenfield, said the patrols would be doubled. "
            "Moscow denied sending the ships.")
    a = speaker_actor(nlp, text, "the patrols", "GB")
    assert (a.group, a.group_type) == ("British military", "military")
    # without an outlet country nothing says whose defence secretary he is
    assert speaker_actor(nlp, text, "the patrols", None).group == "unknown"


def test_unmarked_senator_takes_outlet_country(nlp):
    a = speaker_actor(nlp, "Sen. Harriet Colquist said the vote was a mistake.", "the vote", "US")
    assert a.group == "U.S. government"


def test_ordinary_people_belong_to_the_story_not_the_outlet(nlp):
    text = ("French police searched the team's hotel in Lyon. French riders were questioned in France. "
            "Former rider Matthieu Drouel said the culture had not changed.")
    a = speaker_actor(nlp, text, "the culture", "CH")
    assert a.group == "French public"


@pytest.mark.parametrize("text, needle, country, expected_group", [
    pytest.param("French prosecutors opened an inquiry in France. "
                 "A source close to the inquiry said that documents had been seized.",
                 "documents had been seized", "CH", "unknown",
                 id="vague_source_is_not_given_the_outlet_country"),
    pytest.param("The outbreak was contained, the country's public health institute NIPH said on "
                 "Monday. \"Nobody should panic,\" said Dr. Ingrid Solvang, who heads the "
                 "institute's vaccine unit.", "Nobody should panic", "NO", "Norwegian government",
                 id="role_clause_with_possessive_owner_places_the_person"),
    pytest.param("Russia's defence ministry denied the report. The defence secretary, Tobias "
                 "Wrenfield, said the ships had been tracked.", "the ships", "GB",
                 "British military",
                 id="own_official_after_a_foreign_body_keeps_the_outlet_country"),
])
def test_speaker_actor_group(nlp, text, needle, country, expected_group):
    assert speaker_actor(nlp, text, needle, country).group == expected_group


def test_state_role_takes_the_state_named_just_before(nlp):
    text = ("Zambia's government rejected the findings. Information minister Chileshe Mwansa "
            "said the report was biased.")
    a = speaker_actor(nlp, text, "the report was biased", "GB")  # beats the outlet's own country
    assert (a.group, a.group_type) == ("Zambian government", "government")


@pytest.mark.parametrize("text, needle, expected_group", [
    pytest.param("Peru's foreign ministry summoned the Chilean ambassador in Lima. Foreign ministry "
                 "spokesman Aurelio Quispe said the incursion was unacceptable.", "the incursion",
                 "Peruvian government",
                 id="state_role_prefers_the_body_with_its_own_role_noun"),
    pytest.param("Peru's navy and Chile's navy exchanged warnings at sea. A naval spokesman "
                 "said the patrol would continue.", "the patrol", "unknown",
                 id="two_states_named_before_an_unmarked_role_leave_it_unplaced"),
    pytest.param("Shelling hit the border overnight. In the Moldovan village of Cantemir, residents "
                 "said the windows had shaken.", "the windows", "Moldovan public",
                 id="residents_take_the_country_of_the_place_named_before_them"),
    pytest.param("Russian jets bombed the valley overnight. Residents said the windows had shaken.",
                 "the windows", "Public",
                 id="a_country_as_actor_is_not_where_residents_are"),
    pytest.param("In the Moldovan village of Cantemir, residents said the windows had shaken. "
                 "\"We ran to the cellar. The children cried,\" said Ilinca Roibu, a mother of two.",
                 "We ran to the cellar", "Moldovan public",
                 id="next_ordinary_voice_in_the_paragraph_shares_the_place"),
    pytest.param("A spokeswoman said the Kestrel Dairy Group had recalled its cheeses.",
                 "recalled its cheeses", "unknown",
                 id="spokesperson_before_the_claim_is_not_its_subject"),
    pytest.param("TBILISI — Two soldiers were wounded.\n\n\"We will respond,\" ministry spokeswoman "
                 "Nino Beridze said.", "We will respond", "Georgian government",
                 id="bare_ministry_with_no_ministry_before_stays_government"),
])
def test_speaker_actor_group_2(nlp, text, needle, expected_group):
    assert speaker_actor(nlp, text, needle, None).group == expected_group


def test_general_manager_is_no_military_rank(nlp):
    text = ("LIMA, Peru — Andesita Mining Group said the tunnel had been inspected in May. The "
            "company's general manager, Tomas Varga, said the shift had been evacuated.")
    a = speaker_actor(nlp, text, "the shift", None)
    assert a.group_type != "military"
    assert a.group == "Andesita Mining Group"
    rank = speaker_actor(nlp, "General Ruslan Oblov said the shelling had stopped.", "the shelling", "RU")
    assert rank.group == "Russian military"


def test_the_hospital_is_the_institution_just_named_and_stays_so(nlp):
    text = ("GHENT — The Sint-Aldegonde Kliniek in Ghent has closed a ward after an outbreak, "
            "the hospital said on Monday.\n\n"
            "\"We are taking no risks,\" medical director Dr. Els Verhoest told reporters.\n\n"
            "A union said staff had been cut. A hospital spokesman said the contracts had been "
            "reorganised.")
    doc = nlp(text)
    sts = extract_statements(doc)
    groups = {s.content_text[:12]: s.speaker.actor.group for s in sts}
    want = "Sint-Aldegonde Kliniek"
    assert groups["The Sint-Ald"] == want
    assert groups["We are takin"] == want  # the unnamed employer of the medical director
    assert groups["the contract"] == want  # every later mention: the same group


def test_company_director_does_not_join_the_state_body_that_spoke_last(nlp):
    text = ("Fjordhavn Fisk Group said it had stopped production. Norway's food authority said "
            "inspectors had visited the plant. The company's director, Leif Brattli, said he "
            "was devastated.")
    a = speaker_actor(nlp, text, "he was devastated", "NO")
    assert a.group_type != "government"
    assert a.group == "Fjordhavn Fisk Group"


@pytest.mark.parametrize("text, needle, expected", [
    pytest.param("Indian forces fired across the line overnight. Nepal's Foreign Office summoned the "
                 "Indian envoy to lodge a protest, a spokeswoman said.", "summoned the",
                 ("Nepali government", "government"),
                 id="bare_spokesperson_after_the_claim_speaks_for_its_subject"),
    pytest.param("COPENHAGEN — The dairy said it was cooperating with the food safety authority DVFA. "
                 "The DVFA confirmed that inspectors had visited the plant.",
                 "inspectors had visited", ("Danish government", "government"),
                 id="acronym_after_the_is_still_the_spelled_out_state_body"),
    pytest.param("Two Georgian soldiers were wounded on the border, Georgia's Defence Ministry said.\n\n"
                 "\"Our units responded proportionately,\" ministry spokeswoman Nino Beridze wrote "
                 "on Facebook.", "Our units", ("Georgian military", "military"),
                 id="bare_ministry_role_is_the_ministry_named_before"),
])
def test_speaker_actor_group_and_group_type(nlp, text, needle, expected):
    a = speaker_actor(nlp, text, needle, None)
    assert (a.group, a.group_type) == expected


def test_company_director_is_not_placed_by_a_court_named_before(nlp):
    text = ("The Manitoba Court of Appeal heard the case on Monday. "
            "The company's former finance director, Devan Pillai, said he had warned the board.")
    assert speaker_actor(nlp, text, "he had warned", "CA").group_type != "government"


def test_officials_on_both_sides_stay_unknown_even_with_an_outlet_country(nlp):
    text = "Officials on both sides said the ceasefire was holding."
    assert speaker_actor(nlp, text, "the ceasefire", "GB").group == "unknown"
    assert speaker_actor(nlp, "Officials said the ceasefire was holding.", "the ceasefire", "GB").group \
        == "British government"


def test_who_heads_names_the_organisation_and_the_surname_keeps_it(nlp):
    text = ("Tomas Brenner, who heads the Halden Wind Alliance, said the turbines were safe. "
            "Brenner said later that the permits were valid.")
    sts = extract_statements(nlp(text))
    assert [s.speaker.actor.group for s in sts] == ["Halden Wind Alliance"] * 2


def test_unregistered_organisation_before_spokeswoman(nlp):
    a = speaker_actor(nlp, "A Halden Wind Alliance spokeswoman said the turbines were safe.", "turbines", None)
    assert (a.group, a.group_type) == ("Halden Wind Alliance", "organisation")


def test_generic_official_takes_the_outlet_country_only_when_no_other_is_in_the_sentence(nlp):
    a = speaker_actor(nlp, "A defense official said the drills would continue.", "the drills", "US")
    assert a.group == "U.S. military"
    text = "A defense official said Venezuelan troops had crossed the river."
    assert speaker_actor(nlp, text, "Venezuelan troops", "US").group == "unknown"
    # a named defence secretary is the outlet's own whatever the sentence names
    text = "The defense secretary, Paul Ardmore, said Venezuelan troops had crossed the river."
    assert speaker_actor(nlp, text, "Venezuelan troops", "US").group == "U.S. military"


@pytest.mark.parametrize("title", ["Gen.", "Lt. Gen.", "Col.", "Adm."])
def test_abbreviated_rank_before_a_name_is_military(nlp, title):
    text = f"{title} Tomasz Wrona told reporters that the brigade was ready."
    a = speaker_actor(nlp, text, "the brigade", "PL")
    assert (a.group, a.group_type) == ("Polish military", "military")


def test_person_name_after_a_role_is_no_organisation_even_if_ner_says_org(nlp):
    a = speaker_actor(nlp, "The agency's director, Femi Adeyemi, said the dam would hold.", "the dam", "NG")
    assert a.group != "Femi Adeyemi" and a.group_type != "organisation"
    assert a.group == "Nigerian government"


def test_a_place_after_in_is_not_an_organisation(nlp):
    a = speaker_actor(nlp, "Doctors in Gulu said beds were running out.", "beds were", None)
    assert a.group_type != "organisation"


@pytest.mark.parametrize("speaker", ["A Western diplomat", "A Gulf diplomat", "A diplomat in Nairobi",
                                     "A Western diplomat in Nairobi"])
def test_regional_or_posted_diplomats_stay_unknown(nlp, speaker):
    text = f"Kenya's foreign ministry said the vote was fair. {speaker} said the vote was flawed."
    assert speaker_actor(nlp, text, "the vote was flawed", "KE").group == "unknown"


def test_a_diplomat_with_a_nationality_is_placed(nlp):
    assert speaker_actor(nlp, "A Kenyan diplomat said the vote was flawed.", "flawed", None).group \
        == "Kenyan government"


def test_affiliation_after_a_comma_places_the_speaker(nlp):
    text = "Ahmed Saleh, from the Egyptian health ministry, said cases were falling."
    assert speaker_actor(nlp, text, "cases were falling", None).group == "Egyptian government"
    text = "Ingrid Solberg, of the Fjordline Pilots Union, said the strike would go ahead."
    assert speaker_actor(nlp, text, "the strike", None).group == "Fjordline Pilots Union"


def test_security_sources_take_the_home_country(nlp):
    assert speaker_actor(nlp, "Security sources said two militants were killed.", "two militants", "PK").group \
        == "Pakistani government"


def test_it_after_a_new_subject_is_that_subject_not_the_last_speaker(nlp):
    text = ("HANOI, May 3 — Vietnam and China accused each other on Monday of causing a "
            "collision between patrol ships.\n\nThe Vietnam Coast Guard said one of its ships "
            "was rammed by a Chinese vessel. Nobody was hurt, it said.\n\n\"This was a reckless "
            "act,\" spokesman Nguyen Van Long told reporters.\n\nChina’s coast guard gave a "
            "different account. In a statement posted online, it said the Vietnamese ship had "
            "sailed into Chinese waters.")
    got = [s.speaker.actor for s in extract_statements(nlp(text)) if "sailed" in s.content_text]
    assert got[0].group_country == "CN"


def test_it_after_a_subject_that_cannot_speak_stays_with_the_last_speaker(nlp):
    text = ("HANOI — The Vietnamese navy said its ship was rammed on Monday. The hull was "
            "dented, it said.")
    got = [s.speaker.actor for s in extract_statements(nlp(text)) if "dented" in s.content_text]
    assert got[0].group == "Vietnamese military"
