"""Round 8 (probe M: business and markets wire copy: earnings, M&A, markets reports, analysts,
ratings agencies, regulators, labour disputes at companies): general classes of speaker-to-group
errors seen on invented articles. Every sentence here is invented for these tests."""

from __future__ import annotations

from tests.conftest import speaker_actor

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


def test_the_company_in_an_agencys_account_is_the_firm_it_fined(nlp):
    text = ("RECIFE, Brazil (Reuters) - Brazil's environmental agency Ibama fined textile maker "
            "Tecelagem Marabá 12 million reais on Friday over a dye spill.\n\nIbama said the "
            "company had ignored two warnings.\n\nTecelagem Marabá, a unit of Milan-listed "
            "Gruppo Ferrante, said it would appeal. In a statement, the company said the spill "
            "had been contained within an hour.")
    assert speaker_actor(nlp, text, "contained within an hour").group == "Tecelagem Marabá"
