"""Stories with two national sides: which side an unmarked voice is on. Invented sentences: a
description ("the coast guard", "the river police") takes the other side's body that the
narrative has just made the subject of its sentence; a state noun inside the content of one
side's claim ("said Cambodian soldiers had opened fire") is no voice that places the next
role-only speaker; a demonym's spelling variants mark their side ("the Ecuadorean side"); a
body's noun that only modifies a thing ("coast guard ships") is no antecedent; a scene set
across the border ("In Ivangorod, across the river, local officials said") is the other
side's, also for local officials and towns no table knows."""

from __future__ import annotations

from tests.support import group_and_country_starting


def _country_of(text: str, content_start: str) -> str | None:
    return group_and_country_starting(text, content_start)[1]


# --- a description after the other side's body acted in the narrative


def test_the_coast_guard_after_the_other_states_coast_guard_took_the_story():
    text = ("MANILA — The Philippine Coast Guard said a Chinese vessel fired a water cannon.\n\n"
            "China's coast guard has issued its own account. The boat intruded into its "
            "waters, the coast guard said.\n")
    assert _country_of(text, "The boat intruded") == "CN"


def test_the_border_guard_after_the_other_states_border_guard_rejected_the_account():
    text = ("HANOI — Vietnam's border guard said a fishing boat was seized on Sunday.\n\n"
            "Cambodia's border guard rejected the account on Monday. The Vietnamese boat had "
            "entered its waters, the border guard said.\n")
    assert _country_of(text, "The Vietnamese boat") == "KH"


def test_a_body_noun_no_registry_knows_follows_the_side_that_acted():
    text = ("LIMA — Peru's river police said a barge was seized near Santa Rosa.\n\n"
            "Brazil's river police gave a different version on Tuesday. The barge was in "
            "Brazilian waters, the river police said.\n")
    assert _country_of(text, "The barge was in") == "BR"


def test_the_same_states_body_again_keeps_its_country():
    text = ("SEOUL — South Korea's coast guard said a fishing boat sank off Jeju. The coast "
            "guard said six crew were rescued.\n")
    assert _country_of(text, "six crew") == "KR"


def test_the_other_states_body_inside_a_claim_does_not_take_the_description():
    # "the border service" is the one that spoke; the Armenian ministry only rejected
    text = ("BAKU — Azerbaijan's border service said shots were fired at two posts. Armenia's "
            "defence ministry rejected the claim. The border service said two posts were hit.\n")
    assert _country_of(text, "two posts were hit") == "AZ"


# --- the side a claim accuses is no voice of the story


def test_army_spokesman_after_a_claim_against_the_other_sides_soldiers():
    text = ("BANGKOK/PHNOM PENH — Thai and Cambodian troops exchanged fire on Wednesday.\n\n"
            "The Royal Thai Army said Cambodian soldiers had opened fire first on a patrol.\n\n"
            "\"Our troops acted in self-defence,\" army spokesman Maj. Gen. Anan Sirikul told "
            "reporters.\n")
    assert _country_of(text, "Our troops acted") == "TH"


def test_spokesman_after_a_claim_about_the_other_sides_guards():
    text = ("TASHKENT/BISHKEK — Uzbek and Kyrgyz guards traded fire at a water intake.\n\n"
            "The Uzbek border service said Kyrgyz guards had crossed the canal at night.\n\n"
            "\"We only answered,\" border service spokesman Rustam Aliyev said.\n")
    assert _country_of(text, "We only answered") == "UZ"


def test_a_state_named_as_the_sentences_subject_still_places_its_spokesman():
    text = ("Iraq's foreign ministry condemned the raids on Tuesday. Foreign ministry "
            "spokesman Ahmed Karim said Baghdad would complain to the Security Council.\n")
    assert _country_of(text, "Baghdad would complain") == "IQ"


# --- demonym spelling variants mark a side


def test_ecuadorean_side_in_a_bogota_story():
    text = ("BOGOTÁ — Colombia's trade minister said the tariff was illegal. Truckers on the "
            "Ecuadorean side of the bridge said queues stretched for kilometres.\n")
    assert _country_of(text, "queues stretched") == "EC"


def test_tajikistani_and_salvadorean_spellings():
    text = ("BISHKEK — Kyrgyzstan's border service said the road was shut. Villagers on the "
            "Tajikistani side said they had no water.\n")
    assert _country_of(text, "they had no water") == "TJ"
    text = ("GUATEMALA CITY — Guatemala's migration institute said 300 people had crossed. "
            "Families on the Salvadorean side said buses had stopped running.\n")
    assert _country_of(text, "buses had stopped") == "SV"


# --- a body's noun that only modifies a thing is no antecedent


def test_the_coast_guard_is_not_the_other_states_coast_guard_ships():
    text = ("TOKYO — The Japan Coast Guard said two Chinese coast guard ships stayed for 92 "
            "hours. Fishermen said they were told to keep away. The coast guard said its boats "
            "had shadowed the ships.\n")
    assert _country_of(text, "its boats had shadowed") == "JP"


def test_the_border_police_is_not_the_other_sides_border_police_trucks():
    text = ("SKOPJE — North Macedonia's border police said three Serbian border police trucks "
            "had crossed the line. Villagers said they heard engines. The border police said "
            "the trucks turned back.\n")
    assert _country_of(text, "the trucks turned back") == "MK"


# --- a scene set across the border from the story's own side


def test_local_officials_in_a_town_across_the_river():
    text = ("NARVA, Estonia — Estonia's border board said a drone crossed from the Russian "
            "side. Moscow called it a provocation.\n\n"
            "In Ivangorod, across the river, local officials told RIA Novosti that residents "
            "were frightened.\n")
    assert _country_of(text, "residents were frightened") == "RU"


def test_residents_across_the_river_with_no_town():
    text = ("NARVA, Estonia — Estonia's border board said a drone crossed from Russia.\n\n"
            "Across the river, residents told reporters they had seen searchlights.\n")
    assert _country_of(text, "they had seen searchlights") == "RU"


def test_district_officials_in_an_unknown_town_across_the_border():
    text = ("PESHAWAR: Pakistan's army said Afghan forces fired first.\n\n"
            "In Lalpura, across the border, district officials said two shops were hit.\n")
    assert _country_of(text, "two shops were hit") == "AF"


def test_local_officials_of_the_datelines_side_stay_there():
    text = ("NARVA, Estonia — Estonia's border board said a drone crossed from Russia.\n\n"
            "Local officials in Narva said the river patrols would be doubled.\n")
    assert _country_of(text, "the river patrols") == "EE"
