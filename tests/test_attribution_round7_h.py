"""Round 7 (probe H: technology and cybersecurity, energy and climate talks, aviation,
culture and entertainment, consumer recalls, food prices, space): general classes of
speaker-to-group errors seen on invented articles. Every sentence here is invented for these
tests."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_actor

# --- "a firm that sources its goods from X" is no anonymous source ------------------------

def test_sources_as_a_verb_does_not_make_a_company_the_state(nlp):
    text = ("PERTH (AAP) - Solar kettles sold online are being recalled, the watchdog said. "
            "KettleCo, a Perth-based importer that sources its kettles from a plant in Ningbo, "
            "said it would refund every buyer.")
    actor = speaker_actor(nlp, text, "refund every buyer")
    assert actor.group_type == "organisation"
    assert actor.group == "KettleCo"


def test_sources_as_a_noun_still_marks_an_anonymous_source(nlp):
    text = ("LIMA (Reuters) - The minister will resign on Friday, government sources said.")
    actor = speaker_actor(nlp, text, "will resign")
    assert actor.group_type == "government"


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
