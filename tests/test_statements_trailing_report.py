"""A report closing the sentence after a comma ("X said A, the agency reports") is the outer
statement of a nested attribution, even when the parser hangs it on the inner verb."""

from __future__ import annotations

import pytest

from analysis.statements import extract_statements


@pytest.mark.parametrize("text,outer_speaker", [
    ("Lakeland police said the suspects had fled, the agency reports.", "agency"),
    ("Lakeland police said the suspects had fled, the agency reported.", "agency"),
    ("The Lakeland army said six soldiers died, state television reported.", "television"),
])
def test_trailing_report_is_the_outer_statement(nlp, text, outer_speaker):
    sts = extract_statements(nlp(text))
    contents = {s.content_text: s for s in sts}
    inner = next(s for c, s in contents.items() if c.endswith(("had fled", "soldiers died"))
                 and " said " not in c)
    outer = next(s for c, s in contents.items() if " said " in c)
    assert "," not in inner.content_text  # the closing report is not part of the claim
    assert outer.content_text.startswith(("Lakeland police said", "The Lakeland army said"))
    assert outer_speaker in outer.speaker.text
    assert inner.parent == outer.content
    assert "Lakeland" in inner.speaker.text


def test_a_list_of_that_clauses_is_one_statement_per_claim(nlp):
    sts = extract_statements(nlp("The Lakeland nurses' union said wages had fallen, that staff "
                                 "were leaving and that patients were waiting longer."))
    assert [s.content_text for s in sts] == ["wages had fallen", "staff were leaving",
                                             "patients were waiting longer"]
    assert len({s.speaker.text for s in sts}) == 1


def test_a_report_the_parser_made_a_clause_of_its_subject_keeps_the_speaker(nlp):
    sts = extract_statements(nlp("Lakeland Rights Watch's executive director, Faith Omondi, "
                                 "called on the government to withdraw riot units."))
    assert len(sts) == 1 and sts[0].speaker is not None
    assert sts[0].speaker.resolved_text == "Faith Omondi"
