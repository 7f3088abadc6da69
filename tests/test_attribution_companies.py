"""Companies as speakers: large firms the registry knows by their headquarters' country, a firm
the text names without placing it in a one-country dateline story, and a registered body whose
name NER cuts into a "person" ("Sans Frontières")."""

from __future__ import annotations

import pytest

from tests.support import speaker_actor


@pytest.mark.parametrize(("text", "needle", "group", "country"), [
    # a registered company keeps its own country in another country's dateline
    ("BRUSSELS (Reuters) - Google said on Tuesday it would appeal the fine.",
     "appeal the fine", "Google", "US"),
    ("NAIROBI - A spokesperson for Huawei said the contract had been signed lawfully.",
     "signed lawfully", "Huawei", "CN"),
    ("Gazprom said gas flows through the pipeline had fallen by a third.",
     "fallen by a third", "Gazprom", "RU"),
    # a brand speaks for the company behind it
    ("LONDON - Instagram said it had removed the accounts within hours.",
     "removed the accounts", "Meta", "US"),
    # the longer form of a name that is also a common word
    ("LAGOS - Shell plc said the leak at the Bonny terminal had been contained.",
     "had been contained", "Shell", "GB"),
], ids=["google-in-brussels", "role-for-huawei", "no-dateline", "brand-of-meta", "shell-plc"])
def test_registered_companies_keep_their_country(nlp, text, needle, group, country):
    actor = speaker_actor(nlp, text, needle)
    assert (actor.group, actor.group_country, actor.group_type) == (group, country,
                                                                    "organisation")


@pytest.mark.parametrize("text", [
    "An apple farmer, Ade Bello, said the spill had ruined his orchard.",
    "Intel officials in the region said the convoy had been tracked for days.",
], ids=["apple-farmer", "intel-officials"])
def test_common_words_that_name_companies_do_not_make_speakers_companies(nlp, text):
    actor = speaker_actor(nlp, text, "had")
    assert actor.group not in ("Apple", "Intel")
    assert actor.group_type != "organisation"


@pytest.mark.parametrize(("text", "needle", "group", "country"), [
    ("OSLO, Nov 3 (Reuters) - Vardholm Shipping lowered its profit forecast on Tuesday, saying "
     "longer routes had added 12 days to each round trip.", "longer routes", "Vardholm Shipping",
     "NO"),
    ("MANILA - Kalinaw Foods said it would raise the price of canned sardines from March.",
     "raise the price", "Kalinaw Foods", "PH"),
], ids=["shipping-line-oslo", "food-maker-manila"])
def test_unplaced_firm_in_a_one_country_dateline_story_is_of_that_country(nlp, text, needle,
                                                                          group, country):
    actor = speaker_actor(nlp, text, needle)
    assert (actor.group, actor.group_country) == (group, country)


def test_international_name_keeps_no_country_in_a_dateline_story(nlp):
    text = ("OSLO - The Global Alliance for Ocean Shipping said the new rules would apply to every "
            "port in the region.")
    assert speaker_actor(nlp, text, "new rules").group_country is None


def test_registered_body_whose_name_ner_cuts_into_a_person_is_the_body(nlp):
    text = ("GENEVA - Aid groups painted a bleaker picture. Médecins Sans Frontières said its "
            "clinic in Girba had received 60 patients a day last week.")
    actor = speaker_actor(nlp, text, "its clinic")
    assert (actor.group, actor.group_type) == ("Médecins Sans Frontières", "organisation")


def test_the_club_is_not_an_association_named_before(nlp):
    text = (
        "Club fined after fans' chants halt derby for 10 minutes\n\nLONDON — Millwall were fined "
        "£60,000 on Wednesday after a derby against Charlton was halted for 10 minutes because of "
        "discriminatory chanting, the Football Association said.\n\nAn independent regulatory "
        "commission found the club had failed to ensure its supporters \"refrain from improper "
        "behaviour,\" the FA said in a statement. Millwall said it was disappointed by the size "
        "of the fine but would not appeal.\n\n\"We have banned 14 people for life and we will ban "
        "more,\" club chairman John Berylson said.")
    assert speaker_actor(nlp, text, "banned 14 people").group == "Millwall"


def test_a_club_officer_is_not_the_association_that_spoke_last(nlp):
    # the club itself is named only where NER takes it for a person: better unplaced than the
    # association that fined it
    text = ("LONDON - Dunmore Athletic were fined on Wednesday after a derby was halted for 10 "
            "minutes, the Football Association said.\n\nAn independent commission found the club "
            "had failed to control its supporters, the FA said in a statement. Dunmore said it "
            "would not appeal.\n\n"
            '"We have banned 14 people for life," club chairman Peter Vane said.')
    assert speaker_actor(nlp, text, "banned 14 people").group not in ("FA", "Football Association")
