"""One label per organisation name (analysis/entity_labels.py). Invented text."""

from __future__ import annotations

import pytest

from analysis.entity_labels import consistent_organisations
from tests.support import speaker_actor

_CARMAKER = ("Stellantis cuts outlook as sales slump\n\nMILAN, Sept 30 (Reuters) - Stellantis cut its "
             "profit forecast on Monday. It also said free cash flow would be negative this "
             "year.\n\nThe union said Stellantis had mismanaged its plants. Stellantis shares fell 12% "
             "and Stellantis bonds slid.\n\nA Stellantis spokesperson said the group remained "
             "committed to its Italian plants.")


def test_a_name_labelled_org_twice_is_org_everywhere(nlp):
    doc = nlp(_CARMAKER)
    fixed = consistent_organisations(doc, lambda text: False)
    labels = {e.label_ for e in fixed.ents if e.text == "Stellantis"}
    assert labels == {"ORG"}
    assert len([e for e in fixed.ents if e.text == "Stellantis"]) == _CARMAKER.count("Stellantis")
    assert fixed.text == doc.text


def test_the_callers_parse_is_left_as_it_was(nlp):
    doc = nlp(_CARMAKER)
    before = [(e.start, e.end, e.label_) for e in doc.ents]
    consistent_organisations(doc, lambda text: False)
    assert [(e.start, e.end, e.label_) for e in doc.ents] == before


def test_places_and_people_keep_their_labels(nlp):
    doc = nlp("Officials in Paris met. Paris said no. Paris Hilton arrived. Paris agreed.")
    fixed = consistent_organisations(doc, lambda text: text == "Paris")
    assert [(e.text, e.label_) for e in fixed.ents] == [(e.text, e.label_) for e in doc.ents]


def test_a_company_spokesperson_and_it_speak_for_the_company(nlp):
    assert speaker_actor(nlp, _CARMAKER, "remained committed").group == "Stellantis"
    assert speaker_actor(nlp, _CARMAKER, "free cash flow").group == "Stellantis"


def test_a_fund_manager_is_an_expert_not_the_company(nlp):
    text = _CARMAKER + ("\n\n\"They squeezed suppliers too hard,\" one Milan-based fund manager "
                        "said, asking not to be named.")
    ref = speaker_actor(nlp, text, "squeezed suppliers")
    assert ref.group_type == "person" and ref.group_country == "IT" and ref.anonymous


def test_the_union_is_no_company_named_before(nlp):
    ref = speaker_actor(nlp, _CARMAKER, "mismanaged its plants")
    assert ref.group != "Stellantis"


@pytest.mark.parametrize("text, needle, expected_group", [
    pytest.param("SEOUL, Nov 18 (AFP) - FIFA has warned the football association that it could face "
                 "suspension if the government continues to interfere, the association said.\n\n"
                 "The letter, seen by AFP, said FIFA was \"closely monitoring\" the situation.",
                 "closely monitoring", "FIFA",
                 id="a_letter_is_not_issued_by_a_body_only_supposed"),
    pytest.param("EU fines Apple 1.8 billion euros over music streaming rules\n\nBRUSSELS, March 4 "
                 "(Reuters) - Apple said it would appeal.", "would appeal", "Apple",
                 id="an_amount_run_into_an_organisation_name_is_cut"),
    pytest.param("PRAGUE — The court ordered a recount. Tomas Kadlec, whose Cesko 2030 movement won "
                 "the most seats, said it risked delaying the formation of a government.",
                 "risked delaying", "Cesko 2030",
                 id="a_number_in_a_name_stays"),
])
def test_speaker_actor_group(nlp, text, needle, expected_group):
    assert speaker_actor(nlp, text, needle).group == expected_group


def test_an_article_whose_labels_agree_is_not_copied(nlp):
    doc = nlp("Officials in Paris met on Monday.")
    assert consistent_organisations(doc, lambda text: False) is doc


