"""Experts, parties, envoys and people named again after their introduction (issue 4).
Every sentence is invented; none of the names is registered."""

from __future__ import annotations

import pytest

from tests.support import speaker_actor

actor_of = speaker_actor


@pytest.mark.parametrize("who", [
    "Pablo Rojas, an independent mining consultant",
    "Ana Soto, a former central bank official who now lectures at the University of Chile",
    "Luis Vera, a former navy officer now at the Institute for Andean Studies",
])
def test_consultants_and_former_officials_now_in_research_are_experts(nlp, who):
    ref = actor_of(nlp, f"SANTIAGO, Chile — Copper fell. \"Demand is weak,\" said {who}.",
                   "Demand is weak")
    assert (ref.group, ref.group_type) == ("Chilean experts", "person")


@pytest.mark.parametrize("text, arg, expected_group", [
    pytest.param("SANTIAGO, Chile — \"The border is calm,\" said Luis Vera, a navy "
                 "officer.", "The border is calm", "Chilean military",
                 id="a_serving_officer_stays_military"),
    pytest.param("NEW DELHI — The opposition Congress party accused the government of "
                 "lying about the floods.", "lying about the floods", "Congress",
                 id="a_named_opposition_party_beats_a_legislature_word"),
    pytest.param("Hala Nasser, Syrian ambassador to the United Nations, said the vote "
                 "was illegal.", "the vote was illegal", "Syrian government",
                 id="an_envoy_to_an_international_body_speaks_for_his_country"),
])
def test_actor_of_group(nlp, text, arg, expected_group):
    ref = actor_of(nlp, text, arg)
    assert ref.group == expected_group


GHANA = ("ACCRA, Ghana — The count ended on Sunday with 51 percent for the ruling People's "
         "Union and 47 percent for Kofi Mensah of the opposition Freedom Party. ")


@pytest.mark.parametrize("speaker,group", [
    ("The opposition Freedom Party", "Freedom Party"),
    ("Ghana's main opposition party", "Freedom Party"),
    ("The ruling party's spokesman", "People's Union"),
    ("The opposition", "Freedom Party"),
])
def test_a_party_by_its_side_is_the_party_the_text_names(nlp, speaker, group):
    ref = actor_of(nlp, GHANA + f"{speaker} said the result was final.", "result was final")
    assert (ref.group, ref.group_type) == (group, "organisation")


def test_the_opposition_as_a_bloc_is_the_countrys_opposition_not_the_government(nlp):
    # gold README reading (heldout6 batch): '"the opposition" as a bloc with no party named ->
    # `Slovak opposition` (organisation)'; this test asked for `unknown` before that reading
    ref = actor_of(nlp, "NAIROBI, Kenya — The budget passed. The opposition said the taxes "
                        "were cruel.", "taxes were cruel")
    assert (ref.group, ref.group_type) == ("Kenyan opposition", "organisation")


@pytest.mark.parametrize("text, arg, expected_group", [
    pytest.param("Major General Wang Lei, a spokesman for China's defence ministry, said the drills "
                 "were routine. \"We will continue,\" Wang said.", "We will continue",
                 "Chinese military",
                 id="a_surname_first_name_is_the_person_introduced_earlier"),
    pytest.param("GENEVA, Switzerland — The water was clean, according to the cantonal chemist, "
                 "Dr. Rosa Keller. \"There is no danger,\" Keller said.", "There is no danger",
                 "Swiss government",
                 id="a_surname_introduced_with_a_leading_role_takes_that_role"),
    pytest.param("LIMA, Peru — The mine paid Pedro Diaz, a farmer, and Maria Diaz, a senator. "
                 "Diaz said the river was dirty.", "river was dirty", "unknown",
                 id="a_surname_shared_by_two_people_stays_unplaced"),
    pytest.param("NAIROBI, Kenya — The court's ruling Monday angered the government. The ruling "
                 "party said it would appeal.", "it would appeal", "unknown",
                 id="a_court_ruling_is_no_ruling_party"),
    pytest.param("NAIROBI, Kenya — The opposition Orange Democratic Movement called rallies. "
                 "Opposition leader Raila Odinga said the vote was stolen.", "the vote was stolen",
                 "Orange Democratic Movement",
                 id="an_opposition_leader_speaks_for_the_one_opposition_party_named"),
])
def test_actor_of_group_2(nlp, text, arg, expected_group):
    assert actor_of(nlp, text, arg).group == expected_group


@pytest.mark.parametrize("speaker", [
    "A baker in Kumasi, who did not want her name used,",
    "A nurse who asked not to be named",
    "A teacher in Tamale",
])
def test_an_unnamed_person_with_a_place_or_a_withheld_name_is_anonymous(nlp, speaker):
    ref = actor_of(nlp, f"ACCRA, Ghana — {speaker} said prices had doubled.", "prices had doubled")
    assert ref.anonymous and ref.group == "Ghanaian public"


def test_a_named_person_is_not_anonymous_whatever_the_clause_says(nlp):
    ref = actor_of(nlp, "ACCRA, Ghana — Ama Owusu, a baker who asked that her shop not be named, "
                        "said prices had doubled.", "prices had doubled")
    assert not ref.anonymous


@pytest.mark.parametrize("text, arg, expected_group", [
    pytest.param("ACCRA, Ghana — The club signed the Kenyan midfielder Daniel Wekesa on Monday. "
                 "Wekesa said he was proud.", "he was proud", "Kenyan public",
                 id="a_surname_after_a_nationality_description_takes_that_country"),
    # the parser tags "Lechner" opening this sentence as a common noun; "he" must still find
    # the chancellor the lead named
    pytest.param("VIENNA — The vote left Chancellor Markus Lechner without a majority.\n\n"
                 "Lechner accused NEOS of putting party tactics first. \"Austria needs a government "
                 "that works,\" he said.", "government that works", "Austrian government",
                 id="a_surname_the_parser_takes_for_a_noun_is_still_the_person_for_later_pronouns"),
])
def test_a_surname(nlp, text, arg, expected_group):
    ref = actor_of(nlp, text, arg)
    assert ref.group == expected_group


@pytest.mark.parametrize("speaker", ["Consumer groups", "Rights groups", "Armed groups",
                                     "Opposition groups", "A local rights group",
                                     "Aid organisations"])
def test_unnamed_groups_are_anonymous_and_no_single_body(nlp, speaker):
    # gold README (dev2 reading): several unnamed organisations, or one the text leaves
    # unnamed, are no single organisation and not the public: unknown
    ref = actor_of(nlp, f"NAIROBI, Kenya — {speaker} said the fines were too low.",
                   "fines were too low")
    assert ref.anonymous and ref.group == "unknown"


def test_a_named_group_is_still_its_own_organisation(nlp):
    ref = actor_of(nlp, "NAIROBI, Kenya — Consumer group Haki Watch said the fines were too low.",
                   "fines were too low")
    assert ref.group == "Haki Watch" and ref.group_type == "organisation"


@pytest.mark.parametrize("who", ["Gustavo Lagos, a mining expert", "Ana Kaya, a mining expert"])
def test_a_place_inside_a_persons_name_is_not_his_country(nlp, who):
    ref = actor_of(nlp, f"SANTIAGO, Chile — {who} at the Catholic University, said prices "
                        "would rise.", "prices would rise")
    assert ref.group == "Chilean experts"


def test_a_council_of_peoples_is_an_association_not_the_state(nlp):
    ref = actor_of(nlp, "SANTIAGO, Chile — Sergio Cubillos, president of the Council of "
                        "Atacameño Peoples, said they had not been consulted.", "not been consulted")
    assert ref.group_type == "organisation"


def test_unnamed_opposition_legislators_are_the_anonymous_opposition_bloc(nlp):
    # gold heldout7/heldout8 readings: unnamed "opposition lawmakers" with no party named ->
    # `<Adjective> opposition`, anonymous (heldout2/heldout3 had them as state legislators;
    # the later batches refine that, round 9 probe P)
    ref = actor_of(nlp, "SANTIAGO, Chile — Opposition senators said they would ask the "
                        "comptroller to review the contract.", "would ask the")
    assert (ref.group, ref.anonymous) == ("Chilean opposition", True)


def test_a_named_centre_is_no_person(nlp):
    ref = actor_of(nlp, "TAIPEI — Two people died, the island's Central Emergency Operation "
                        "Center said.", "Two people died")
    assert ref.group_type != "public"


def test_she_after_a_fronted_for_x_is_x_not_the_earlier_subject(nlp):
    text = ("PARIS — The agency quoted a military official as saying the reports were false.\n\n"
            "For Claire Dubois, a researcher at the Institute for Defence Policy in Paris, the "
            "episode is about the message. \"Moscow wanted to be seen,\" she explains.")
    ref = actor_of(nlp, text, "Moscow wanted to be seen")
    assert ref.group == "French experts" and not ref.anonymous


def test_he_after_a_subject_and_an_object_in_one_sentence_stays_the_subject(nlp):
    text = ("LIMA, Peru — Interior Minister Juan Perez criticised the mayor, Carlos Ruiz, on "
            "Monday. \"The police will stay,\" he said.")
    ref = actor_of(nlp, text, "The police will stay")
    assert ref.actor == "Juan Perez"


@pytest.mark.parametrize("text,needle,group", [
    ("PARIS — An Iranian journalist who lives in the suburbs said she had been followed.",
     "had been followed", "Iranian public"),
    ("PARIS — Marie Dupont, a journalist at Le Monde, said the embassy had refused to comment.",
     "refused to comment", "French media"),
    ("PARIS — A BBC reporter said the border was closed.", "border was closed", "British media"),
    ("PARIS — The official told reporters, who asked for details, that talks would go on.",
     "talks would go on", "French government"),
])
def test_a_journalist_with_no_outlet_speaks_as_a_person(nlp, text, needle, group):
    assert actor_of(nlp, text, needle).group == group


@pytest.mark.parametrize("speaker,group", [
    ("Some economists", "Experts"),
    ("Analysts", "Experts"),
    ("Analysts in Nairobi", "Kenyan experts"),
    ("Kenyan analysts", "Kenyan experts"),
])
def test_unplaced_unnamed_experts_have_no_country(nlp, speaker, group):
    ref = actor_of(nlp, f"NAIROBI, Kenya — Tea prices fell. {speaker} said the shilling would "
                        "recover.", "the shilling would recover")
    assert ref.group == group


@pytest.mark.parametrize("text", [
    # described before, as no speaker; the surname opens the sentence that reports
    "OSLO — The vote left Prime Minister Eirik Halvorsrud without a majority. Halvorsrud said "
    "he would stay on until a new cabinet was formed.",
    # described only after the statement
    "OSLO — Halvorsrud said he would stay on until a new cabinet was formed. Prime Minister "
    "Eirik Halvorsrud lost the vote on Tuesday.",
])
def test_a_surname_takes_the_description_the_article_gives_the_person_elsewhere(nlp, text):
    ref = actor_of(nlp, text, "stay on")
    assert (ref.group, ref.group_type, ref.anonymous) == ("Norwegian government", "government",
                                                          False)


def test_a_surname_two_people_share_takes_neither_description(nlp):
    ref = actor_of(nlp, "OSLO — The vote left Prime Minister Eirik Halvorsrud without a majority "
                        "and his cousin, the singer Marte Halvorsrud, on tour. Halvorsrud said he "
                        "would stay on until a new cabinet was formed.", "stay on")
    assert ref.group != "Norwegian government"


