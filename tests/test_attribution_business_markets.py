"""Round 8 (probe M: business and markets wire copy: earnings, M&A, markets reports, analysts,
ratings agencies, regulators, labour disputes at companies): general classes of speaker-to-group
errors seen on invented articles. Every sentence here is invented for these tests.

(Formerly tests/test_attribution_round8_m.py.)"""

from __future__ import annotations

import pytest

from tests.support import speaker_actor

# --- a firm described only by its seat, and "the company" after a union or an agency -----------


_PLANT = ("SALTILLO, Mexico (AP) — Workers stopped the lines on Tuesday at a seat factory owned "
          "by Ohio-based Brantley Interiors.\n\nThe independent union Frente Obrero de la "
          "Industria, known as FOI, said it spoke for most of the workforce.\n\nBrantley said "
          "the two dismissed workers had broken safety rules. The company said it would keep "
          "talking to staff.")


def test_a_seat_adjective_makes_a_name_a_firm(nlp):
    a = speaker_actor(nlp, _PLANT, "broken safety rules")
    assert a.group_type == "organisation"
    assert a.group == "Brantley Interiors"
    assert a.group_country == "US"  # placed by its seat, not by where the factory is


def test_the_company_is_not_the_union_named_before(nlp):
    assert speaker_actor(nlp, _PLANT, "keep talking to staff").group == "Brantley Interiors"


@pytest.mark.parametrize("text, needle, expected_group", [
    pytest.param("RECIFE, Brazil (Reuters) - Brazil's environmental agency Ibama fined textile maker "
                 "Tecelagem Marabá 12 million reais on Friday over a dye spill.\n\nIbama said the "
                 "company had ignored two warnings.\n\nTecelagem Marabá, a unit of Milan-listed "
                 "Gruppo Ferrante, said it would appeal. In a statement, the company said the spill "
                 "had been contained within an hour.", "contained within an hour",
                 "Tecelagem Marabá",
                 id="the_company_in_an_agencys_account_is_the_firm_it_fined"),
    pytest.param("NAIROBI — Shambapay, a Kenyan startup that lends to farmers through a phone app, has "
                 "raised $12 million, the company said on Monday. Earlier backers including "
                 "Johannesburg's Kopje Ventures also took part.\n\n\"Farmers repay when the loan "
                 "fits the harvest,\" co-founder and chief executive Wanjiku Mbugua said in an "
                 "interview.", "Farmers repay", "Shambapay",
                 id="a_founder_and_chief_executive_speaks_for_the_startup"),
    pytest.param("Straitline Engineering won the award, the contractor said. \"We expect to be paid,\" "
                 "Straitline chief executive Daniel Goh said.", "expect to be paid",
                 "Straitline Engineering",
                 id="a_firm_named_before_the_title_is_not_overridden"),
    pytest.param("The union has asked Washington to act. A USTR spokesperson said the office had "
                 "received the petition.", "received the petition", "U.S. government",
                 id="a_ustr_spokesperson_is_the_us_government"),
    pytest.param("The 2031 bond fell 2 cents on the dollar, according to Tradeweb data.",
                 "bond fell", "Tradeweb",
                 id="bond_price_data_is_the_provider_behind_it"),
])
def test_speaker_actor_group(nlp, text, needle, expected_group):
    assert speaker_actor(nlp, text, needle).group == expected_group


# --- a company officer's title with no firm in it speaks for the firm the story has speak ------


def test_a_bare_cfo_title_speaks_for_the_company(nlp):
    text = ("OSLO, March 4 (Bloomberg) -- Fjellmark ASA, the Norwegian salmon farmer, cut its "
            "harvest forecast on Tuesday, the company said in a statement.\n\n"
            "Chief Financial Officer Ingrid Solbakken told analysts that sea lice treatments "
            "had cost more than planned.")
    a = speaker_actor(nlp, text, "sea lice treatments")
    assert a.group_type == "organisation"
    assert a.group.startswith("Fjellmark")


# --- a name written family name first: the family name alone is the same person --------------


def test_a_korean_family_name_alone_is_the_governor(nlp):
    text = ("SEOUL, May 2 (Yonhap) -- South Korea's central bank held its policy rate at 2.75 "
            "percent on Friday.\n\nGovernor Kwon Tae-seok told reporters after the meeting that "
            "three of the seven board members had said they favoured a cut. \"We are watching the "
            "won closely,\" Kwon said.")
    a = speaker_actor(nlp, text, "watching the won")
    assert a.actor == "Kwon Tae-seok"  # the person named in full before, not a new "Kwon"
    assert a.group == "South Korean government"


def test_a_western_given_name_first_is_not_taken_for_a_family_name(nlp):
    text = ("Analyst Maria Lopez-Vidal said rates would fall. \"Maria is wrong,\" said Tom "
            "Baker, a trader.")
    assert speaker_actor(nlp, text, "is wrong").actor == "Tom Baker"


# --- "a spokesperson for the company" after a firm spoke; research and strategy desks ---------


def test_a_spokesperson_for_the_company_is_the_firm_that_just_spoke(nlp):
    text = ("PUNE — A tribunal has ordered Deccan Turbines Ltd to pay Harbourline Engineering Pte "
            "$40 million, the Singapore contractor said on Monday.\n\n\"We expect to be paid "
            "promptly,\" Harbourline chief executive Daniel Goh said in a statement.\n\nDeccan, "
            "which is controlled by the Pune-based Joshi family, said it would challenge the award "
            "in the Bombay High Court. A spokesperson for the company said the tribunal had "
            "misread the contract.")
    assert speaker_actor(nlp, text, "misread the contract").group.startswith("Deccan Turbines")


def test_a_head_of_macro_strategy_is_an_expert_where_he_works(nlp):
    text = ("Some economists are calmer. Piet Ostendorp, head of macro strategy at Grachtwater "
            "Partners in Amsterdam, said the debt was manageable.")
    a = speaker_actor(nlp, text, "debt was manageable")
    assert a.group == "Dutch experts"


def test_a_manager_at_the_company_is_not_the_chamber_that_spoke_last(nlp):
    text = ("Kestrel Copper, the Toronto-listed company that owns the mine, said the offer was "
            "fair.\n\nThe Zambia Chamber of Mines warned that a long stoppage would hurt output.\n\n"
            "A senior manager at the company said the board would not go above 12%.")
    # (the chamber, a members' body, spoke last; it is no "company")
    assert speaker_actor(nlp, text, "not go above 12%").group != "Zambia Chamber of Mines"


# --- regulators that business copy names bare (registry 1.12) ----------------------------------


def test_the_head_of_a_bare_named_regulator_speaks_for_its_state(nlp):
    text = ("\"The spill was avoidable,\" Ibama president Helena Castro said on Tuesday. "
            "Bundeskartellamt chief Jonas Weber said the merger review would take months.")
    assert speaker_actor(nlp, text, "spill was avoidable").group == "Brazilian government"
    assert speaker_actor(nlp, text, "review would take months").group == "German government"


