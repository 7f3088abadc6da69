"""An organisation nobody registered, whose name gives no country, is placed where the text
ties it ("<Country>'s X", "the mill's Finnish operator, X", "X, the Toronto-listed company",
"X, which is based in New Jersey"), else, in a story datelined in one country, in that country
(gold: a national organisation keeps its country; a company is placed by its seat, owner or
listing). A regional or world body keeps none. Also: a name NER calls an organisation, set off
by an office written with no article ("X, director of the Lands Commission"), is a person's.
Invented bodies and people only; none is in the registry or the gold."""

from __future__ import annotations

import pytest


def _first_actor(nlp, text: str, needle: str):
    from analysis.statements import extract_statements

    hits = [s.speaker.actor for s in extract_statements(nlp(text))
            if s.speaker is not None and needle in s.content_text]
    assert hits, (needle, text)
    return hits[0]


@pytest.mark.parametrize("text,needle,country", [
    ("ACCRA — The count dragged on. The New Patriotic Front said its agents had been locked "
     "out of collation centres.", "locked out", "GH"),
    ("WELLINGTON, New Zealand — Fees rose. Pulsewave said it would refund customers who "
     "had been overcharged.", "refund customers", "NZ"),
    ("PUERTO MONTT, Chile (Reuters) - Fish died. The Asociación de Salmonicultores del Sur "
     "said farmers had asked for a vaccine for years.", "vaccine for years", "CL"),
])
def test_a_local_body_is_of_the_datelined_country(nlp, text, needle, country):
    assert _first_actor(nlp, text, needle).group_country == country


@pytest.mark.parametrize("text,needle,country", [
    ("MONTEVIDEO, Uruguay — Fish died in the river. The mill's Finnish operator, Norrpulp Oy, "
     "said emissions had exceeded its permit.", "emissions had exceeded", "FI"),
    ("LUSAKA, Zambia — Miners walked out. Kestrel Mining, the Toronto-listed company that owns "
     "the mine, said the offer was fair.", "offer was fair", "CA"),
    ("TALLINN, Estonia — Prosecutors widened a probe into the local arm of Denmark's Aalborg "
     "Sparbank. Aalborg Sparbank said it was cooperating fully.", "cooperating fully", "DK"),
    ("LJUBLJANA, Slovenia — The insurer refused the price. Halmont Pharma, which is based in "
     "New Jersey, said the price reflected years of research.", "years of research", "US"),
])
def test_a_body_the_text_ties_to_another_country_is_of_that_country(nlp, text, needle, country):
    assert _first_actor(nlp, text, needle).group_country == country


def test_a_regional_body_keeps_no_country(nlp):
    text = ("ACCRA — Catches fell. The West Africa Fisheries Alliance said trawlers had emptied "
            "the shelf.")
    assert _first_actor(nlp, text, "emptied the shelf").group_country is None


def test_a_name_set_off_by_an_office_is_a_persons(nlp):
    text = ("ACCRA, Dec 3 (Reuters) - Land titles were cancelled. Ama Owusu, director of the "
            "Lands Commission, said the titles had been issued in error.")
    actor = _first_actor(nlp, text, "issued in error")
    assert (actor.group_type, actor.group_country) == ("government", "GH")
