"""Round 7 of group attribution, probe E: stories about two or more countries at once, where
each side's officials speak (trade rows, extraditions, expulsions, summits, prisoner swaps,
dam disputes, national teams, migration deals). Invented text; the people and most bodies are
unregistered.

(Formerly tests/test_attribution_round7_e.py.)"""

from __future__ import annotations

import pytest

from tests.support import speaker_actor


def test_a_minister_run_together_with_her_name_keeps_her_country(nlp):
    # the tagger makes every word of the title a proper noun and NER sees no person: the name
    # is the last words, and "Bolivian" in the role places her, not the Paraguayan dateline
    text = ("ASUNCIÓN — Paraguay's federation filed a complaint on Wednesday.\n\n"
            "Bolivian Sports Minister Ana Choque went further, saying La Paz was \"the home of "
            "millions of Bolivians\" and would not be banned.")
    ref = speaker_actor(nlp, text, "the home of")
    assert ref.group == "Bolivian government"
    assert ref.actor == "Ana Choque"


@pytest.mark.parametrize("text, needle, expected_group, needle_2, expected_group_2", [
    # the appositive says what Spain is to the EU; it does not make Spain the EU, nor "its"
    # ministry the bloc's
    pytest.param("JOHANNESBURG — Spain, the EU's largest citrus producer, said the rules were fair. "
                 "Its agriculture ministry said in Madrid that growers had a right to protection.",
                 "rules were fair", "Spanish government", "right to protection",
                 "Spanish government",
                 id="a_country_described_by_a_bloc_speaks_as_itself"),
    # the parser hangs the name on "for"; the surname alone later is the same commissioner
    pytest.param("NOUAKCHOTT — Spanish Interior Minister Javier Solano, who flew in with European "
                 "Commissioner for Migration Helena Virtanen, said the deal would save lives.\n\n"
                 "Virtanen said the EU would add 100 million euros.", "100 million euros",
                 "European Union", "deal would save lives", "Spanish government",
                 id="a_commissioner_named_after_the_portfolio_is_the_eus_later_too"),
    pytest.param("CAIRO — Egypt walked out of the dam talks on Sunday.\n\n"
                 "\"The canal reached our fields two weeks late,\" said Mahmoud Abdel-Aziz, who grows "
                 "rice near Kafr el-Sheikh.\n\n"
                 "\"I have tomatoes rotting in my van,\" said Claudine Uwase, who sells vegetables in "
                 "Bujumbura's central market.", "two weeks late", "Egyptian public",
                 "tomatoes rotting", "Burundian public",
                 id="a_person_given_only_a_trade_is_the_public_of_the_place"),
    pytest.param("DAR ES SALAAM — Tanzania banned Kenyan milk. The East African Community secretariat "
                 "in Arusha said both measures appeared to breach the common market protocol. A "
                 "spokesman said the secretary general had written to both governments.",
                 "appeared to breach", "East African Community", "had written",
                 "East African Community",
                 id="a_regional_bloc_and_its_unnamed_spokesman"),
])
def test_speaker_actor_group(nlp, text, needle, expected_group, needle_2, expected_group_2):
    assert speaker_actor(nlp, text, needle).group == expected_group
    assert speaker_actor(nlp, text, needle_2).group == expected_group_2


@pytest.mark.parametrize("text, needle, expected_group", [
    pytest.param("OSLO — Norway, a NATO member since 1949, said it would send two frigates.",
                 "two frigates", "Norwegian government",
                 id="a_country_described_as_a_member_is_not_the_alliance"),
    # "to South Africa" is where he is posted; "The EU's" says whose envoy he is
    pytest.param("JOHANNESBURG — South Africa will go to the WTO, Trade Minister Sipho Ndlovu said.\n\n"
                 "The EU's ambassador to South Africa, Karl Vermeulen, struck a softer note. Speaking "
                 "in Cape Town, he said the two sides were partners.", "two sides were partners",
                 "European Union",
                 id="a_blocs_own_ambassador_speaks_for_the_bloc"),
    pytest.param("NEW YORK — Russia's deputy U.N. ambassador said the report was a lie.",
                 "report was a lie", "Russian government",
                 id="a_states_envoy_to_a_body_stays_with_the_state"),
    # Pakistan's foreign ministry is called the Foreign Office too; the story never names
    # Britain
    pytest.param("PESHAWAR: The Torkham crossing reopened on Saturday.\n\n"
                 "Foreign Office spokesperson Saima Rafiq Durrani told the weekly briefing in "
                 "Islamabad that the reopening followed assurances from the Afghan side.",
                 "reopening followed", "Pakistani government",
                 id="a_generic_office_name_abroad_is_the_datelines_state"),
    pytest.param("KABUL — Britain closed its consulate. The Foreign Office said the envoy had been "
                 "summoned.", "envoy had been summoned", "British government",
                 id="the_foreign_office_in_a_story_that_names_britain_stays_british"),
    pytest.param("ASUNCIÓN — The Paraguayan Football Association (APF) said it had filed a complaint."
                 "\n\nBolivia's federation, the FBF, called the complaint \"the excuse of a bad loser.\""
                 " Its spokesman, Marcelo Quiroga, said visiting teams had known the venue for "
                 "decades.", "visiting teams", "FBF",
                 id="its_spokesman_after_the_second_federation_is_that_federations"),
    pytest.param("KIGALI — Rwanda closed its main border crossing on Monday, days after Gitega "
                 "accused Kigali of training rebels.", "training rebels", "Burundian government",
                 id="a_capital_the_tagger_calls_a_person_is_its_government"),
    pytest.param("WARSAW — The opposition Law and Justice party said the prime minister had come "
                 "home with empty hands.", "empty hands", "Law and Justice",
                 id="a_party_name_with_and_is_kept_whole"),
    # Geneva in the paragraph before is where the WTO sits, not where the lawyer is
    pytest.param("JOHANNESBURG — Pretoria has already asked for consultations in Geneva, the trade "
                 "ministry said.\n\n"
                 "Frans de Wet, a trade lawyer at a Stellenbosch firm, said South Africa had a "
                 "reasonable case.", "reasonable case", "South African experts",
                 id="a_lawyer_at_a_firm_commenting_is_an_expert_of_the_story"),
    pytest.param("ASUNCIÓN — \"That era is over,\" Foreign Minister Rubén Ortiz told reporters after "
                 "meeting his Brazilian counterpart, Helena Matos, at the dam.\n\n"
                 "Matos said Brasília was ready to discuss a fair tariff.", "ready to discuss",
                 "Brazilian government",
                 id="a_ministers_counterpart_is_her_states_government"),
    pytest.param("QUITO — Ecuador's prisons service SNAI said it had regained control of the "
                 "penitentiary.", "regained control", "Ecuadorian government",
                 id="a_prisons_service_is_the_state"),
    pytest.param("SYDNEY — China lifted its wine tariffs.\n\nIn the Barossa Valley, a grape grower "
                 "said many growers had pulled out vines during the dispute.", "pulled out vines",
                 "Australian public",
                 id="a_grower_is_the_public"),
    # (no German ministry named just before: the city is the only sign)
    pytest.param("NIAMEY (AFP) - An aid worker kidnapped in Niger last year has been released. He "
                 "was handed over to diplomats on Saturday.\n\n"
                 "\"We are relieved that this ordeal is over,\" Foreign Minister Annette Kruse said "
                 "in Berlin.", "ordeal is over", "German government",
                 id="a_minister_speaking_in_her_capital_is_of_that_state"),
    pytest.param("NIAMEY (AFP) - Niger's junta released a German hostage on Sunday.\n\n"
                 "\"This is a good day,\" Foreign Minister Bakary Yaou said in Berlin during a visit.",
                 "good day", "Nigerien government",
                 id="a_minister_on_a_visit_is_not_of_the_city_she_visits"),
    pytest.param("NIAMEY (AFP) - Klaus Berger, who worked for the charity Hilfe ohne Grenzen, was "
                 "freed on Saturday.\n\nThe charity said in a statement that Berger was tired but in "
                 "good spirits.", "good spirits", "Hilfe ohne Grenzen",
                 id="the_charity_is_the_charity_the_text_named_before"),
    pytest.param("ASUNCIÓN — The opposition Authentic Radical Liberal Party accused the government "
                 "of negotiating in secret. Senator Marta Villalba, a Liberal, said Congress had not "
                 "seen a single draft.", "single draft", "Authentic Radical Liberal Party",
                 id="a_senator_called_by_one_word_of_the_party_named_before"),
    pytest.param("MADRID (AP) — Spain summoned Morocco's ambassador after thousands swam into the "
                 "Spanish enclave of Ceuta.\n\nCeuta's regional president, Juan Carlos Benítez, said "
                 "the city's services were overwhelmed.", "services were overwhelmed",
                 "Spanish government",
                 id="a_regional_president_named_by_his_city_is_the_state"),
    pytest.param("MADRID (AP) — Thousands swam into Ceuta.\n\nOn the beach at Tarajal, Youssef, 17, "
                 "who swam across from the Moroccan town of Fnideq, said he had been told the border "
                 "was open.", "told the border", "Moroccan public",
                 id="a_migrant_who_swam_from_a_town_of_one_country_is_its_public"),
    pytest.param("DAR ES SALAAM — Tanzania has suspended imports of Kenyan milk, the agriculture "
                 "ministry said.\n\nKenya's trade ministry said the maize restrictions were a health "
                 "measure. Principal Secretary Alfred Kemboi said Nairobi had shared the results.",
                 "shared the results", "Kenyan government",
                 id="a_principal_secretary_after_his_ministry_is_of_its_state"),
])
def test_speaker_actor_group_2(nlp, text, needle, expected_group):
    assert speaker_actor(nlp, text, needle).group == expected_group


def test_initials_of_a_registered_body_named_before_are_that_body(nlp):
    # "AU" is not a registered alias, but the text named the African Union first
    text = ("CAIRO — Egypt said it was leaving the talks. The African Union said it regretted "
            "the walkout. AU envoy Olusegun Adeyemi said the door remained open.")
    ref = speaker_actor(nlp, text, "door remained open")
    assert ref.group == "African Union" and ref.actor == "Olusegun Adeyemi"


@pytest.mark.parametrize("text, needle, expected_group", [
    pytest.param("ASUNCIÓN — CONMEBOL said it had received the complaint. A CONMEBOL official, "
                 "speaking on condition of anonymity, said a ban was very unlikely.",
                 "ban was very unlikely", "CONMEBOL",
                 id="an_official_of_a_body_quoted_by_its_initials_speaks_for_it"),
    pytest.param("PESHAWAR: The Torkham crossing reopened on Saturday.\n\nTruck drivers waiting at "
                 "Landi Kotal said they had run out of money for food.", "run out of money",
                 "Pakistani public",
                 id="people_waiting_at_a_place_ner_calls_an_org_are_the_public"),
])
def test_speaker_actor(nlp, text, needle, expected_group):
    ref = speaker_actor(nlp, text, needle)
    assert ref.group == expected_group and ref.anonymous


def test_a_spanish_name_spelled_out_before_its_acronym_is_one_group(nlp):
    # "de" links the words of the name: the acronym and the full name are one body, called by
    # its initials as English copy calls a body named in another language
    text = ("ASUNCIÓN — The Asociación Paraguaya de Fútbol (APF) said the match should not "
            "have been played. APF president Ramón Giménez said the doctor had feared for two "
            "defenders.")
    first = speaker_actor(nlp, text, "should not")
    later = speaker_actor(nlp, text, "doctor had feared")
    assert first.group == later.group == "APF"


def test_a_region_places_its_own_administration(nlp):
    # a region of one country in a story datelined in another
    text = ("NOUAKCHOTT — Spain and Mauritania signed a migration deal on Thursday. The regional "
            "government of the Canary Islands welcomed the deal but said Madrid had moved too "
            "slowly.")
    assert speaker_actor(nlp, text, "moved too slowly").group == "Spanish government"
    text = ("NAIROBI — Kenya expelled Somalia's envoy. Jubaland's regional administration said "
            "the meetings had been about security.")
    assert speaker_actor(nlp, text, "about security").group == "Somali government"


def test_a_members_body_named_for_a_state_of_a_country_is_an_organisation(nlp):
    # "State" after a region names where the federation works, not the state that speaks
    text = ("LAGOS — The Lagos State Traders' Association said prices would rise. The Kaduna "
            "State Emergency Management Agency said two people had died.")
    traders = speaker_actor(nlp, text, "prices would rise")
    assert traders.group_type == "organisation" and traders.group_country == "NG"
    assert speaker_actor(nlp, text, "two people had died").group == "Nigerian government"


@pytest.mark.parametrize("text, needle, expected_group, expected_group_type", [
    # "union" describes Csaawu; it is not the one Union the text named in full
    pytest.param("JOHANNESBURG — The European Union tightened its citrus rules. Farmworkers' union "
                 "Csaawu warned that seasonal workers would be the first to lose their jobs.",
                 "seasonal workers", "Csaawu", "organisation",
                 id="a_union_named_after_its_description_is_not_the_eu"),
    pytest.param("CARACAS — The Venezuelan opposition coalition, the Unitary Platform, said the deal "
                 "rewarded hostage diplomacy.", "hostage diplomacy", "Unitary Platform",
                 "organisation",
                 id="an_opposition_bloc_named_in_apposition_is_that_bloc"),
])
def test_speaker_actor_2(nlp, text, needle, expected_group, expected_group_type):
    ref = speaker_actor(nlp, text, needle)
    assert ref.group == expected_group and ref.group_type == expected_group_type


def test_a_national_chapter_named_by_a_demonym_is_the_chapter(nlp):
    text = ("LIMA — Transparency International's Peruvian chapter, Proética, said the ruling "
            "sent a message. Amnesty International's Tunisian section said the verdict was "
            "unjust.")
    chapter = speaker_actor(nlp, text, "sent a message")
    assert (chapter.group, chapter.group_country) == ("Proética", "PE")
    section = speaker_actor(nlp, text, "verdict was unjust")
    assert (section.group, section.group_country) == ("Amnesty International Tunisia", "TN")


def test_a_trade_for_a_named_body_is_not_a_private_trade(nlp):
    text = ("CAIRO — \"We wait,\" said Amal Fathy, who sells bread for the Cairo Bakers Union.")
    assert speaker_actor(nlp, text, "We wait").group_type != "public"


def test_unqualified_specialists_in_ology_are_experts_without_a_country(nlp):
    text = ("CAIRO — Egypt walked out of the talks. Hydrologists say the impact depends on how "
            "fast the reservoir is filled.")
    ref = speaker_actor(nlp, text, "impact depends")
    assert ref.group == "Experts" and ref.group_country is None


def test_a_lawyer_for_a_client_is_still_not_an_expert(nlp):
    text = ("JOHANNESBURG — Sipho Dlamini, a lawyer for the family, said the police had lied.")
    assert speaker_actor(nlp, text, "police had lied").group_type == "public"


def test_a_body_named_right_after_its_noun_is_that_body(nlp):
    text = ("SYDNEY — China lifted its tariffs. The industry body Australian Grape and Wine said "
            "the tariffs had cost producers a billion dollars a year. Its chief executive, Tom "
            "Ashby, warned that it would take years to rebuild brands in China.")
    body = speaker_actor(nlp, text, "cost producers")
    assert (body.group, body.group_country) == ("Australian Grape and Wine", "AU")
    assert speaker_actor(nlp, text, "rebuild brands").group == "Australian Grape and Wine"


def test_a_surname_later_keeps_the_body_its_role_was_given(nlp):
    text = ("KARACHI: Pakistan's team will travel to India, the Pakistan Cricket Board said.\n\n"
            "The Board of Control for Cricket in India (BCCI) welcomed the decision. Its "
            "secretary, Vikram Rathod, said the team would be given full security. \"Cricket "
            "has always been a bridge,\" Rathod said in Mumbai.")
    assert speaker_actor(nlp, text, "full security").group == speaker_actor(
        nlp, text, "always been a bridge").group


def test_a_partner_at_a_firm_is_an_expert_and_a_partner_of_a_person_is_not(nlp):
    text = ("ASUNCIÓN — Ricardo Fonseca, a partner at Vértice Energia, estimated that a market "
            "price would cost distributors a billion dollars a year.")
    assert speaker_actor(nlp, text, "market price").group_type == "person"
    text = ("LONDON — Ana Lopes, whose partner was killed in the crash, said the airline had "
            "lied.")
    assert speaker_actor(nlp, text, "airline had lied").group_type == "public"


def test_a_member_of_a_named_chamber_speaks_for_it(nlp):
    text = ("PESHAWAR: Torkham reopened on Saturday.\n\nFarhatullah Afridi, a senior member of "
            "the Pakistan-Afghanistan Joint Chamber of Commerce, said traders had lost about $1 "
            "million a day.")
    ref = speaker_actor(nlp, text, "traders had lost")
    assert ref.group == "Pakistan-Afghanistan Joint Chamber of Commerce"
    assert ref.group_type == "organisation"


