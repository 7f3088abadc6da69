"""Round 12, probe cm: people the text places by where they work or live, which the tool left
with no country (a think tank described after its name, a capital before "consultancy", a
university named in its own language, a home of one's own) or placed by a second place it
read as the only one ("diplomats in Washington and Beijing").

(Formerly tests/test_attribution_round12_cm.py.)"""

from __future__ import annotations

from functools import partial

import pytest

from tests.support import statement_rows

# Each statement of a text as a row of the fields named (tests.support.statement_rows).
_groups = partial(statement_rows, fields=("group", "group_country", "group_type"))

# a story between two countries, with no dateline: nothing but the speaker's own words
# places an expert
_LEAD = ("Ethiopia and Egypt traded accusations on Monday over the dam, with Cairo saying the "
         "move broke international law and Addis Ababa saying Egypt wanted a monopoly.\n\n")


def _last(text: str) -> tuple[str, str | None, str]:
    return _groups(text)[-1]


@pytest.mark.parametrize("sentence, country", [
    ('"Talks are dead," said Mark Jenner, chief economist at Amman consultancy Al-Qimma.', "JO"),
    ('"Talks are dead," said Mark Jenner, a researcher at a Nairobi think tank.', "KE"),
])
def test_capital_before_a_workplace_word_places_the_expert(sentence, country):
    # a capital's name before "consultancy" or "think tank" says where the workplace is; it
    # was read like "a Russia specialist" (a field) and the expert was left unplaced
    assert _last(_LEAD + sentence)[1:] == (country, "person")


def test_country_named_before_specialist_is_still_a_field():
    found = _last(_LEAD + '"Talks are dead," said Lucy Brown, a Russia specialist.')
    assert found[1] != "RU"


@pytest.mark.parametrize("value, expected", [
    pytest.param('"Both sides use hunger as a weapon," said Amal Idris, founding '
                 'director of Nilewise Advisory, a Sudanese think tank.',
                 ("Sudanese experts", "SD", "person"),
                 id="think_tank_described_after_its_name_gives_an_expert_of_its_country"),
    pytest.param('"Talks are dead," said Mark Jenner, chief economist at Al-Qimma, an '
                 'Amman consultancy.', ("Jordanian experts", "JO", "person"),
                 id="consultancy_described_after_the_employer_places_the_expert"),
])
def test_last(value, expected):
    found = _last(_LEAD + value)
    assert found == expected


def test_body_described_as_a_charity_still_speaks_for_itself():
    # only a think tank or the like makes its people experts; a charity's spokeswoman speaks
    # for the charity
    found = _last(_LEAD + '"Aid is not reaching anyone," said Jo Bell, a spokeswoman for '
                          'Wellbrook Relief, a British charity.')
    assert found[2] == "organisation"


@pytest.mark.parametrize("sentence", [
    '"The data is mixed," said Prof. Arief Rahmanto of Universitas Pelita.',
    '"The data is mixed," said Dr. Karl Hubmer of the Universität Lenzing.',
])
def test_university_named_in_its_own_language_is_an_experts_workplace(sentence):
    assert _last(_LEAD + sentence)[2] == "person"


def test_second_place_of_a_pair_counts_as_a_location_too():
    # "diplomats in Washington and Beijing": two places, so neither alone is where a shopkeeper
    # in an unlisted town is (he was the U.S. public)
    text = ("India and Pakistan traded artillery fire overnight, each accusing the other of "
            "starting it, as diplomats in Washington and Beijing urged restraint.\n\n"
            '"The shells fell all night," said Bashir Ahmed, 45, a shopkeeper in Uriwala.')
    assert _last(text)[1] != "US"
    assert _last(text)[2] == "public"


@pytest.mark.parametrize("text, expected", [
    pytest.param("KATHMANDU, Nepal (AP) - Floods swept through the Terai on Sunday.\n\n"
                 '"Nobody warned us," said Hari Thapa, whose house in Gaurpura lost its roof.',
                 ("Nepali public", "NP", "public"),
                 id="whose_house_introduces_a_person_of_the_public"),
    # "a sales manager from Durban" went to the union that spoke before
    pytest.param("JOHANNESBURG (News24) - The High Court on Friday set aside the sale of the airline."
                 "\n\nThe Metalworkers' Union of Azania, which brought the case, said workers had "
                 'been "vindicated".\n\nPassengers were unconcerned. "I just want cheaper flights," '
                 "said Sipho Dlamini, a sales manager from Durban.",
                 ("South African public", "ZA", "public"),
                 id="role_with_a_place_is_the_public_there_not_the_last_body"),
])
def test_last_2(text, expected):
    assert _last(text) == expected


def test_place_name_before_village_is_no_body():
    # "the headman of Vunidogoloa village" spoke for a body "Vunidogoloa" of no country
    text = ("Rising seas forced the relocation of another village in Fiji this year, officials "
            'said.\n\n"Our grandparents are under the water now," said Sailosi Ramatu, the '
            "headman of Naviqoloa village, which moved inland.")
    found = _last(text)
    assert found[2] != "organisation" and found[1] == "FJ"


_LIMA = "LIMA, July 3 (Reuters) - Floods killed 12 people in northern Peru on Wednesday.\n\n"


@pytest.mark.parametrize("sentence", [
    "The Instituto Nacional de Defensa Civil said 4,000 homes were damaged.",
    "The Ministerio de Salud said clinics were open.",
    "The Autoridad Nacional del Agua said reservoirs were full.",
    "The Servicio Nacional de Meteorología e Hidrología said more rain was coming.",
    '"We are working day and night," said Carlos Ruiz, head of the Instituto Nacional de '
    "Defensa Civil.",
])
def test_state_body_named_in_its_own_language_is_the_government(sentence):
    assert _last(_LIMA + sentence) == ("Peruvian government", "PE", "government")


def test_person_name_with_da_is_not_read_as_a_body():
    from analysis.attribution.names import _english_state_name
    assert _english_state_name("Luiz Inácio da Silva said") == "Luiz Inácio da Silva said"
    assert _english_state_name("the Instituto Nacional de Defensa Civil") \
        == "the National Institute of Defensa Civil"


_NAIROBI = "NAIROBI, Kenya (AP) - Police fired tear gas at protesters in Nairobi on Tuesday.\n\n"


@pytest.mark.parametrize("sentence, group", [
    ("The Kenyan chapter of the Commission of Jurists for Africa said the arrests were illegal.",
     "Commission of Jurists for Africa Kenya"),
    ('"It was chaos," said Mary Wanjiku of the Kenyan chapter of the Coalition for Open Justice.',
     "Coalition for Open Justice Kenya"),
    ('"It was chaos," said Peter Otieno of the Kenyan branch of Amnesty International.',
     "Amnesty International Kenya"),
])
def test_country_unit_of_an_international_body_is_its_own_organisation(sentence, group):
    assert _last(_NAIROBI + sentence) == (group, "KE", "organisation")


@pytest.mark.parametrize("value, expected", [
    # NER cut "The Law Society of Kenya" before "of Kenya": "Law Society", no country
    pytest.param("The Lawyers' Guild of Kenya said lawyers would strike.",
                 ("Lawyers' Guild of Kenya", "KE", "organisation"),
                 id="body_named_for_its_country_keeps_the_country_in_its_name"),
    # the parser reads "The Ethics and Anti-Corruption Commission" as two subjects; the
    # speaker was "The Ethics", unplaced
    pytest.param("The Integrity and Anti-Fraud Commission said officials were held.",
                 ("Kenyan government", "KE", "government"),
                 id="state_body_named_over_and_is_one_speaker"),
])
def test_last_3(value, expected):
    found = _last(_NAIROBI + value)
    assert found == expected


_COPENHAGEN = ("COPENHAGEN (Reuters) - Danish and Estonian regulators opened inquiries into a bank on "
               "Monday.\n\n")


def test_name_introduced_as_a_state_bodys_counterpart_is_that_state():
    text = (_COPENHAGEN + "The Danish Financial Supervisory Authority said it was in contact with "
            "its Estonian counterpart, Kontrollamet. A spokesman for Kontrollamet said the "
            "regulator had ordered an audit.")
    assert _last(text) == ("Estonian government", "EE", "government")


def test_a_firms_counterpart_stays_a_firm():
    text = ("SAO PAULO (Reuters) - Iron ore prices fell on Monday.\n\nMinas Ferro and its "
            'Australian counterpart, Pilbara Ore, cut output. "Demand is weak," said a '
            "spokeswoman for Pilbara Ore.")
    assert _last(text)[2] == "organisation"


_QUITO = "QUITO, Ecuador (AP) - An oil spill polluted a river in the Amazon on Monday.\n\n"


@pytest.mark.parametrize("sentence, group, country", [
    # the body's name runs on over its "of"s (was "Indigenous Nationalities", no country)
    ("The Confederation of Amazon Peoples of Ecuador said communities had no water.",
     "Confederation of Amazon Peoples of Ecuador", "EC"),
    # "by" after a capitalised participle is inside the name (was "Dams"); a body that nothing
    # else places is of the one-country dateline's country (round 13: was no country)
    ("The Movement of People Affected by Dams said the amount was too low.",
     "Movement of People Affected by Dams", "EC"),
    # one name over its "and", which NER tags only in part (was "Migrant Service")
    ('"Every crisis is a pretext," said Ana Dume of the Jesuit Refugee and Migrant Service.',
     "Jesuit Refugee and Migrant Service", "EC"),
])
def test_body_name_kept_whole(sentence, group, country):
    assert _last(_QUITO + sentence) == (group, country, "organisation")


def test_two_bodies_joined_by_and_stay_apart():
    found = _last(_QUITO + '"Aid is late," said Tom Hill of Oxfam and Save the Children.')
    assert found[0] != "Oxfam and Save the Children"


@pytest.mark.parametrize("sentence, country", [
    ("The Union of Oil Workers said pipelines were old.", "EC"),
    ("The Association of Relatives of the Detained said families wanted answers.", "EC"),
    # a regional or worldwide name is no one country's
    ("The Latin American Mining Federation said the spill was serious.", None),
])
def test_members_body_of_a_datelined_story_is_of_that_country(sentence, country):
    assert _last(_QUITO + sentence)[1:] == (country, "organisation")


def test_members_body_without_dateline_is_not_guessed():
    text = ("Ecuador and Peru traded accusations over an oil spill on Monday.\n\n"
            "The Union of Oil Workers said pipelines were old.")
    assert _last(text)[1] is None


def test_two_bodies_as_subjects_stay_two():
    found = _groups(_NAIROBI + "Oxfam and Save the Children said aid was needed.")
    assert all(g[0] != "Oxfam and Save the Children" for g in found)


def test_secretaria_is_a_ministry():
    # a Latin American secretaría is a ministry: the state, not an organisation of no country
    text = ("MEXICO CITY (Reuters) - Mexico's Supreme Court on Thursday struck down a law on "
            "public housing.\n\nThe Secretaría de Desarrollo Agrario said it would respect the "
            "ruling.")
    assert _last(text)[1:] == ("MX", "government")
