"""Round 7 (probe H: technology and cybersecurity, energy and climate talks, aviation,
culture and entertainment, consumer recalls, food prices, space): general classes of
speaker-to-group errors seen on invented articles. Every sentence here is invented for these
tests.

(Formerly tests/test_attribution_round7_h.py.)"""

from __future__ import annotations

import pytest

from tests.support import speaker_actor

# --- "a firm that sources its goods from X" is no anonymous source ------------------------

@pytest.mark.parametrize("text, needle, expected_group_type, expected_group", [
    pytest.param("PERTH (AAP) - Solar kettles sold online are being recalled, the watchdog said. "
                 "KettleCo, a Perth-based importer that sources its kettles from a plant in Ningbo, "
                 "said it would refund every buyer.", "refund every buyer", "organisation",
                 "KettleCo",
                 id="sources_as_a_verb_does_not_make_a_company_the_state"),
    pytest.param("LYON, France (AFP) - A dairy recalled its cheese on Tuesday.\n\n"
                 "\"Every crisis brings calls to ban raw milk,\" said Odile Ferrand, who chairs the "
                 "association of Jura cheese producers.", "calls to ban raw milk", "organisation",
                 "association of Jura cheese producers",
                 id="the_chair_of_an_unnamed_producers_association_speaks_for_it"),
])
def test_speaker_actor_group_type(nlp, text, needle, expected_group_type, expected_group):
    actor = speaker_actor(nlp, text, needle)
    assert actor.group_type == expected_group_type
    assert actor.group == expected_group


@pytest.mark.parametrize("text, needle, expected_group_type", [
    pytest.param("LIMA (Reuters) - The minister will resign on Friday, government sources said.",
                 "will resign", "government",
                 id="sources_as_a_noun_still_marks_an_anonymous_source"),
    pytest.param("OSLO (Reuters) - Norway's national cybersecurity agency said on Monday that hackers "
                 "had reached the billing systems of a ferry operator.\n\n"
                 "\"Ferries will sail as normal,\" the Coastal Ferry Owners Forum said.",
                 "Ferries will sail", "organisation",
                 id="a_named_body_sharing_no_field_word_with_the_agency_keeps_its_own_name"),
    pytest.param("VIENNA (AP) - \"My client is innocent,\" defence lawyer Jonas Berger said.",
                 "My client is innocent", "public",
                 id="a_defence_lawyer_stays_the_public"),
    pytest.param("BENGALURU, India (Reuters) - Indian space startup Meghdoot Space said on Thursday it "
                 "had lost contact with its first weather satellite.", "lost contact",
                 "organisation",
                 id="a_name_after_a_company_role_word_is_the_company"),
])
def test_speaker_actor_group_type_2(nlp, text, needle, expected_group_type):
    actor = speaker_actor(nlp, text, needle)
    assert actor.group_type == expected_group_type


# --- a company described by its trade in apposition ---------------------------------------

@pytest.mark.parametrize("trade", ["importer", "distributor", "drugmaker", "startup"])
def test_a_name_described_as_a_trading_firm_is_that_firm(nlp, trade):
    text = ("DUBLIN (Reuters) - Greenmill, a Cork-based " + trade + ", said it had halted all "
            "deliveries while the tests were run.")
    actor = speaker_actor(nlp, text, "halted all deliveries")
    assert (actor.group, actor.group_type) == ("Greenmill", "organisation")


# --- a company called by the first word of its full name (NER: a person) --------------------

def test_first_word_of_a_company_named_in_full_is_the_company(nlp):
    # (NER takes the lone "Jisoo" for a person)
    text = ("SEOUL (Yonhap) - South Korea's privacy regulator on Thursday fined Jisoo Games, the "
            "maker of a popular puzzle app, for losing the data of 2 million players.\n\n"
            "Jisoo said it accepted the decision and had rebuilt its systems. \"We apologise to "
            "every player,\" its chief executive, Han Yu-jin, said in a statement.")
    actor = speaker_actor(nlp, text, "accepted the decision")
    assert (actor.group, actor.group_type) == ("Jisoo Games", "organisation")
    ceo = speaker_actor(nlp, text, "We apologise")
    assert ceo.group == "Jisoo Games"


def test_a_surname_shared_with_a_company_stays_the_person(nlp):
    text = ("SEOUL (Yonhap) - Lawmakers questioned Gautam Varela about Varela Logistics on "
            "Monday.\n\nVarela said he had done nothing wrong.")
    actor = speaker_actor(nlp, text, "done nothing wrong")
    assert actor.group_type != "organisation"


# --- a state body described in the lead and named later -----------------------------------

def test_a_body_named_after_its_description_as_a_state_agency_is_the_state(nlp):
    text = ("OSLO (Reuters) - Norway's national cybersecurity agency said on Monday that hackers "
            "had reached the billing systems of a ferry operator.\n\n"
            "\"No ship was at risk,\" the Cybersecurity Centre of Norway (CCN) said in a "
            "statement.\n\n"
            "The CCN's director, Kari Brekke, said the attack had come through a supplier.")
    actor = speaker_actor(nlp, text, "No ship was at risk")
    assert (actor.group, actor.group_type) == ("Norwegian government", "government")
    director = speaker_actor(nlp, text, "come through a supplier")
    assert director.group == "Norwegian government"


# --- an acronym of a state body NER split, or spelled with "&" ----------------------------

@pytest.mark.parametrize("text, needle, expected", [
    pytest.param("CANBERRA (AAP) - The Australian Competition and Consumer Commission said on Friday "
                 "that 9,000 heaters were being recalled.\n\n"
                 "\"Stop using them now,\" ACCC deputy chair Nora Bell said.",
                 "Stop using them now", ("Australian government", "government"),
                 id="an_acronym_of_a_state_body_spelled_out_without_brackets"),
    pytest.param("SEOUL (Yonhap) - The Korea Internet & Security Agency (KISA) said the hackers had "
                 "used a stolen password.\n\n"
                 "A KISA official said the group was likely based in North Korea.",
                 "likely based in North Korea", ("South Korean government", "government"),
                 id="an_official_of_an_acronym_spelled_with_an_ampersand"),
    pytest.param("VIENNA (AP) - An opera house cancelled a premiere after a composer's heirs "
                 "threatened to sue. A media lawyer in Vienna said the claim looked weak.",
                 "the claim looked weak", ("Austrian experts", "person"),
                 id="a_lawyer_named_by_a_field_of_law_is_an_expert"),
    pytest.param("MANILA (AP) - A stage collapsed at a concert on Saturday. A structural engineer who "
                 "saw the frame said two towers had been set on soft ground.",
                 "two towers had been set", ("Philippine experts", "person"),
                 id="a_structural_engineer_comments_as_an_expert"),
    pytest.param("OSLO (AP) - A plane slid off the runway on Sunday. \"Ice is a hard problem,\" said "
                 "Per Lund, a former accident investigator who now teaches aviation safety at the "
                 "University of Bergen.", "Ice is a hard problem", ("Norwegian experts", "person"),
                 id="a_former_investigator_who_now_teaches_is_an_expert"),
    pytest.param("ANDØYA, Norway (AFP) - A rocket broke apart 40 seconds after launch on Saturday. It "
                 "carried a satellite built by Finnish company Aurora Orbital to watch sea ice.\n\n"
                 "\"It was insured,\" said Aurora's chief technology officer, Mikko Lahtinen.",
                 "It was insured", ("Aurora Orbital", "organisation"),
                 id="an_officer_of_a_firm_called_by_its_first_word_speaks_for_the_firm"),
    pytest.param("BONN, Germany (AFP) - \"We did not come here to close our oil fields,\" a member of "
                 "the Kuwaiti delegation told reporters.", "close our oil fields",
                 ("Kuwaiti government", "government"),
                 id="a_member_of_a_national_delegation_speaks_for_its_government"),
    pytest.param("GHENT, Belgium (Reuters) - Hackers encrypted a water company's billing data.\n\n"
                 "\"Security is always the first thing to be cut,\" according to Wim Peeters, a "
                 "professor of computer science at Ghent University.", "first thing to be cut",
                 ("Belgian experts", "person"),
                 id="the_appositive_after_according_to_places_the_speaker"),
    pytest.param("SYDNEY (AAP) - Assistant Treasurer Tom Ellery said the government would consult on "
                 "mandatory battery rules.", "would consult",
                 ("Australian government", "government"),
                 id="an_assistant_treasurer_is_the_government"),
    pytest.param("ACCRA (AFP) - Cocoa farmers counted losses after a dry spell. The weather service "
                 "said rain would return later in the month.", "rain would return",
                 ("Ghanaian government", "government"),
                 id="a_weather_service_is_the_state"),
])
def test_speaker_actor_group_and_group_type(nlp, text, needle, expected):
    actor = speaker_actor(nlp, text, needle)
    assert (actor.group, actor.group_type) == expected


# --- a lawyer named by a field of law, a structural engineer: experts ---------------------

# --- an artist NER takes for an organisation ---------------------------------------------

_FILM = ("VENICE, Italy (Reuters) - The Venice Biennale withdrew a film about a shipping magnate "
         "from its programme on Monday after lawyers threatened to sue.\n\n"
         "The film, \"Iron Tides\", follows the family firm through ten years of deals. Its "
         "director, the Franco-Chilean filmmaker Camila Reyes, called the withdrawal \"a gift to "
         "the powerful\".\n\n"
         "\"I have been threatened before,\" Reyes told Reuters by phone.\n\n"
         "Reyes's agent, Paul Marchetti, said two other festivals had asked for the film.")


@pytest.mark.parametrize("needle, expected_group_type", [
    pytest.param("a gift to", "public", id="a_filmmaker_speaks_as_the_public_not_for_the_festival"),
    pytest.param("two other festivals", "public", id="an_artists_agent_speaks_as_the_public"),
])
def test_speaker_actor_group_type_3(nlp, needle, expected_group_type):
    actor = speaker_actor(nlp, _FILM, needle)
    assert actor.group_type == expected_group_type


def test_a_bare_surname_of_a_named_artist_is_that_person(nlp):
    actor = speaker_actor(nlp, _FILM, "threatened before")
    assert actor.group_type == "public"
    assert actor.actor == "Camila Reyes"


# --- a name a person gave of themselves; "she" then refers to them -------------------------

_MARKET = ("MANILA (Reuters) - Onion prices doubled in a month, government data showed.\n\n"
           "\"Demand will ease by June,\" said Ana Reyes-Cruz, chief economist at Metro Harbour "
           "Bank.\n\n"
           "At a market in Pasig, a vendor who gave her name only as Aling Rosing said "
           "customers were buying one onion at a time. \"People still cook. They cook less,\" "
           "she said.\n\n"
           "The central bank said it was watching food prices closely.")


@pytest.mark.parametrize("needle, expected", [
    pytest.param("one onion at a time", ("Philippine public", "public"),
                 id="a_name_given_only_as_is_the_person_the_clause_describes"),
    pytest.param("watching food prices", ("Philippine government", "government"),
                 id="the_central_bank_is_no_commercial_bank_named_before"),
])
def test_speaker_actor_group_and_group_type_2(nlp, needle, expected):
    actor = speaker_actor(nlp, _MARKET, needle)
    assert (actor.group, actor.group_type) == expected


def test_she_refers_to_the_person_who_gave_her_name(nlp):
    actor = speaker_actor(nlp, _MARKET, "People still cook")
    assert actor.group_type == "public"


# --- an officer of a confederation whose "which" clause is the body's ---------------------

def test_the_president_of_a_confederation_speaks_for_it(nlp):
    text = ("MANILA (Reuters) - \"Nobody is hiding onions,\" said Lito Ramos, president of the "
            "Vegetable Traders Confederation of Luzon, which groups about 900 stalls.")
    actor = speaker_actor(nlp, text, "Nobody is hiding onions")
    assert actor.group_type == "organisation"
    assert actor.group.startswith("Vegetable Traders Confederation")


# --- international space, energy and aviation bodies are no state of the dateline --------

@pytest.mark.parametrize("text,needle,group", [
    ("KIRUNA, Sweden (AFP) - The European Space Agency said failures were part of the path "
     "for new rockets.", "failures were part", "European Space Agency"),
    ("BONN, Germany (AFP) - OPEC's secretary general warned in a letter that pressure on "
     "fossil fuels risked energy poverty.", "risked energy poverty", "OPEC"),
    ("MONTREAL (Reuters) - The International Civil Aviation Organization said airlines must "
     "report near misses within 72 hours.", "must report near misses", "United Nations"),
    ("TOKYO (Kyodo) - JAXA said the lander had lost power after sunset.",
     "lost power after sunset", "Japanese government"),
])
def test_registered_space_energy_and_aviation_bodies(nlp, text, needle, group):
    assert speaker_actor(nlp, text, needle).group == group


# --- "Aurora's chief technology officer" after "Finnish company Aurora Orbital" ------------

# --- entertainment firms: a promoter with a company's name, a management agency ----------

_CONCERT = ("JAKARTA (AP) - Two concerts were cancelled on Saturday; promoter and police traded "
            "blame.\n\n"
            "The promoter, Gemilang Live, said the stage had been approved on Thursday. \"We "
            "were told on Saturday morning,\" its director, Rizky Pratama, told reporters.\n\n"
            "The band's management agency, Seoul-based Orbit Entertainment, said the members "
            "were heartbroken.\n\n"
            "The tourism and creative economy minister said the cancellation was a lesson for "
            "everyone.")


def test_a_promoter_with_a_company_name_is_the_company(nlp):
    actor = speaker_actor(nlp, _CONCERT, "approved on Thursday")
    assert (actor.group, actor.group_type) == ("Gemilang Live", "organisation")
    assert speaker_actor(nlp, _CONCERT, "told on Saturday").group == "Gemilang Live"


def test_a_management_agency_is_a_firm_not_a_state_agency(nlp):
    actor = speaker_actor(nlp, _CONCERT, "heartbroken")
    assert actor.group_type == "organisation"


def test_a_minister_of_two_coordinated_fields_is_one_speaker(nlp):
    actor = speaker_actor(nlp, _CONCERT, "a lesson for everyone")
    assert (actor.group, actor.group_type) == ("Indonesian government", "government")


# --- "according to a copy seen by AFP" is provenance; a state's delegation ---------------

def test_a_copy_seen_by_an_outlet_is_no_second_speaker(nlp):
    from analysis.statements import extract_statements

    text = ("BONN, Germany (AFP) - Talks on cutting fossil fuel use ran past their deadline on "
            "Thursday.\n\n"
            "The oil major Norvia Energy said in a statement that it supported an orderly "
            "transition.\n\n"
            "OPEC's secretary general warned in a letter to member states last week that \"undue "
            "pressure\" on fossil fuels risked energy poverty, according to a copy seen by AFP.")
    statements = extract_statements(nlp(text))
    hits = [s for s in statements if "energy poverty" in s.content_text]
    assert len(hits) == 1
    assert hits[0].speaker.actor.group == "OPEC"


def test_according_to_a_document_with_no_other_speaker_still_counts(nlp):
    from analysis.statements import extract_statements

    text = ("BONN, Germany (AFP) - The draft text drops any mention of coal, according to a copy "
            "seen by AFP.")
    assert any("drops any mention" in s.content_text for s in extract_statements(nlp(text)))


# --- the chair of a body described in lower case; a region before a plural noun ---------

def test_who_leads_the_federation_named_before_is_left_to_the_named_body(nlp):
    text = ("POTOSÍ, Bolivia (Reuters) - The Federation of Salt Workers of Uyuni warned it would "
            "block roads. \"They take the water,\" said Ana Quispe, who leads the federation.")
    actor = speaker_actor(nlp, text, "They take the water")
    assert actor.group != "federation"


# --- a place inside someone's reported claim, or a Moscow briefing, places nobody else ----

@pytest.mark.parametrize("text, needle, expected_group", [
    pytest.param("SEOUL (Yonhap) - A regulator fined a chat app maker on Thursday.\n\n"
                 "A KISA official said the hackers were likely based in North Korea. Lawyer Kim "
                 "Min-seo, who represents 1,200 users, said the fine was too small.",
                 "the fine was too small", "South Korean public",
                 id="a_place_in_a_reported_claim_does_not_place_the_next_speaker"),
    pytest.param("TBILISI, Georgia (AP) - Police broke up a protest overnight.\n\n"
                 "In Moscow, a Russian foreign ministry spokeswoman told a briefing that the West was "
                 "stirring unrest in Georgia.\n\n"
                 "A 20-year-old student who gave her name only as Nino said police had beaten "
                 "protesters.", "police had beaten protesters", "Georgian public",
                 id="the_city_of_an_official_briefing_does_not_place_a_witness"),
])
def test_speaker_actor_group(nlp, text, needle, expected_group):
    actor = speaker_actor(nlp, text, needle)
    assert actor.group == expected_group


# --- "At X airport, NAME, a salesman travelling to Y, said": speaker and place ------------

def test_a_name_after_a_fronted_place_is_the_subject_and_his_destination_no_home(nlp):
    text = ("ROME (Reuters) - A cabin crew strike grounded 400 flights on Friday.\n\n"
            "At Milan's Linate airport, Roberto Gallo, a salesman travelling to a trade fair in "
            "Madrid, said he had slept on a bench.")
    actor = speaker_actor(nlp, text, "slept on a bench")
    assert actor.actor == "Roberto Gallo"
    assert actor.group == "Italian public"


# --- "according to X, a professor of Y at Z" after a quote; an assistant treasurer -------

# --- "Indian space startup Meghdoot Space said" (NER: a person) -----------------------------

