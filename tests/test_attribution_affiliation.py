"""A named person whose description gives the party, union, front or association he belongs
to speaks for that body, whatever the role noun alone would suggest (issue 4, round 2).
Invented speakers and bodies only; none is in the registry or the gold."""

from __future__ import annotations

import pytest

from tests.support import first_speaker_group

group_of = first_speaker_group


@pytest.mark.parametrize("text,needle,group", [
    # "a lawmaker from": the role alone would make him the government
    ("OSLO, Norway — Taxes will rise. Per Holm, a lawmaker from the Centre Party, said "
     "farmers would suffer.", "farmers would suffer", "Centre Party"),
    # "Forces" in the party's name must not make him a soldier
    ("SOFIA, Bulgaria — Protests spread. Opposition leader Ivan Petkov of the Union of "
     "Democratic Forces said the police had overreacted.", "police had overreacted",
     "Union of Democratic Forces"),
    # "a commander of" an armed front: the front, not the country's military
    ("DHAKA, Bangladesh — Clashes continued. Hasan Ali, a commander of the Chittagong "
     "Liberation Front, said its fighters had withdrawn.", "fighters had withdrawn",
     "Chittagong Liberation Front"),
    # a lower-case "party" after the name is no part of it
    ("TBILISI, Georgia — Crowds grew. Levan Abashidze of the Civic Renewal party said the "
     "vote had been rigged.", "vote had been rigged", "Civic Renewal"),
    ("LISBON — The vote was close. Rui Matos of the Left Bloc said the result was a warning.",
     "result was a warning", "Left Bloc"),
    ("NAIROBI, Kenya — Fuel prices rose again. Jane Wanjiru, a spokeswoman for the Matatu "
     "Owners Association, said drivers could not cope.", "drivers could not cope",
     "Matatu Owners Association"),
])
def test_a_named_membership_body_is_the_speakers_group(nlp, text, needle, group):
    assert group_of(nlp, text, needle) == group


@pytest.mark.parametrize("text,needle,group", [
    # a place, not a body
    ("LISBON — The vote was close. Rui Matos of Porto said the result was a warning.",
     "result was a warning", "Portuguese public"),
    ("OSLO, Norway — Prices rose. Per Holm, a farmer from Hamar, said costs were unbearable.",
     "costs were unbearable", "Norwegian public"),
    # a think tank's researcher is an expert (gold convention), not a member
    ("YEREVAN, Armenia — Talks stalled. Aram Sargsyan of the Caucasus Security Forum said "
     "the ceasefire would not hold.", "ceasefire would not hold", "Armenian experts"),
    ("ZAGREB, Croatia — Health minister Vili Beros said hospitals were ready.",
     "hospitals were ready", "Croatian government"),
])
def test_places_think_tanks_and_offices_are_no_membership(nlp, text, needle, group):
    assert group_of(nlp, text, needle) == group


@pytest.mark.parametrize("text,needle,group", [
    # the mention starts at the role; the bracketed acronym before it names the body
    ("LILONGWE, Malawi — Counting resumed. United Democratic Front (UDF) secretary general "
     "Kondwani Phiri said the party would go to court.", "party would go to court",
     "United Democratic Front"),
    # an acronym that is not the initials is the body's own name (existing convention)
    ("HARARE, Zimbabwe — Teachers stayed home. Progressive Teachers Union (PTUZ) president "
     "Takavafira Zhou said members had not been paid.", "members had not been paid", "PTUZ"),
    # an acronym before a leader's title, whatever the tagger calls it
    ("PRAGUE — The liberal STAN quit the cabinet on Monday. STAN leader Vit Rakusan said the "
     "coalition had failed.", "coalition had failed", "STAN"),
    ("BRATISLAVA, Slovakia — The opposition PSD walked out of parliament. PSD chairman Michal "
     "Simecka said the bill was unconstitutional.", "bill was unconstitutional", "PSD"),
])
def test_a_body_named_before_the_role_is_the_speakers_group(nlp, text, needle, group):
    assert group_of(nlp, text, needle) == group


@pytest.mark.parametrize("text,needle,group", [
    ("ISLAMABAD — Prices rose. Finance Ministry spokesman Qamar Abbasi said inflation would "
     "ease.", "inflation would ease", "Pakistani government"),
    ("KYIV, Ukraine — Drones struck overnight. Air Force spokesman Yuriy Ihnat said 40 drones "
     "were downed.", "40 drones were downed", "Ukrainian military"),
    ("NAIROBI, Kenya — Fuel prices rose. Senate leader Aaron Cheruiyot said the tax would stay.",
     "tax would stay", "Kenyan government"),
])
def test_a_state_body_before_the_role_stays_the_state(nlp, text, needle, group):
    assert group_of(nlp, text, needle) == group


@pytest.mark.parametrize("text,needle,group", [
    ("COLOMBO, Sri Lanka — Reserves fell. IMF spokeswoman Julie Kozack said talks had been "
     "constructive.", "talks had been constructive", "IMF"),
    # the possessive body, not the dateline's government
    ("ACCRA, Ghana — Cocoa prices fell. The IMF's resident representative said the programme "
     "was on track.", "programme was on track", "IMF"),
    ("JUBA, South Sudan — MSF said cholera cases had doubled.", "cholera cases had doubled",
     "Médecins Sans Frontières"),
    ("KIGALI, Rwanda — The Development Bank of Rwanda said loans had grown.", "loans had grown",
     "Development Bank of Rwanda"),
])
def test_registered_bodies_speak_under_their_full_names(nlp, text, needle, group):
    assert group_of(nlp, text, needle) == group


@pytest.mark.parametrize("text,needle,group", [
    # the tokenizer ends a sentence at "Cmdr." / "Sgt.": the role before the rank still counts
    ("DHAKA, Bangladesh — A ferry sank. Coast guard spokesman Lt. Cmdr. Harun Talukder said "
     "rescuers had pulled 30 people from the water.", "rescuers had pulled",
     "Bangladeshi government"),
    ("NAIROBI, Kenya — Police spokesman Sgt. Peter Kamau said two suspects had been arrested.",
     "suspects had been arrested", "Kenyan government"),
    ("JAKARTA, Indonesia — A plane went missing. Air force spokesman Col. Agung Sasongko said "
     "the search would resume at dawn.", "search would resume", "Indonesian military"),
    # a title with no role before it adds nothing
    ("LAGOS, Nigeria — Dr. Ngozi Okafor, a doctor at a city clinic, said patients were "
     "arriving.", "patients were arriving", "Nigerian public"),
])
def test_a_role_before_an_abbreviated_rank_places_the_speaker(nlp, text, needle, group):
    assert group_of(nlp, text, needle) == group


@pytest.mark.parametrize("text,needle,group", [
    # a description that names its body in apposition introduces that body
    ("LIMA, Peru — Zinc Andino Corp. suspended output. The mine's workers' union, Sintrazinc, "
     "said it feared for jobs.", "feared for jobs", "Sintrazinc"),
    ("SANTIAGO, Chile — Cobre Norte halted shipments. The company's largest union, Sindicato "
     "Uno, said members would strike.", "members would strike", "Sindicato Uno"),
    # with no name in apposition the description is the company's own voice
    ("LIMA, Peru — Zinc Andino Corp. suspended output. The mine's operator said it feared for "
     "jobs.", "feared for jobs", "Zinc Andino Corp."),
    ("OSLO, Norway — Fjordkraft cut 300 jobs. The firm's chief executive, Kari Lund, said the "
     "cuts were needed.", "cuts were needed", "Fjordkraft"),
])
def test_a_body_named_in_apposition_is_not_its_owner(nlp, text, needle, group):
    assert group_of(nlp, text, needle) == group
