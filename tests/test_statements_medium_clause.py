"""'said in a statement that X', 'told clients in a note that X': the parser hangs the clause on
the medium noun, but it is the report's content. An institution's sub-body ("the court's third
chamber") can find and conclude like the institution."""

from __future__ import annotations

import pytest

from analysis.statements import extract_statements


@pytest.mark.parametrize("text,content,speaker", [
    ("Lakeland Space Command said in a statement that it was tracking the stage.",
     "it was tracking the stage", "Lakeland Space Command"),
    ("Tomas Reyko, chief economist at Halvard Capital, told clients in a note that he expected "
     "the first cut in the second quarter.", "he expected the first cut in the second quarter",
     "Tomas Reyko"),
    ("In a 4-1 decision, the court's third chamber found that regulators had approved the "
     "expansion without a proper study.", "regulators had approved the expansion without a "
     "proper study", "the court's third chamber"),
])
def test_clause_hung_on_the_medium_is_the_content(nlp, text, content, speaker):
    sts = [s for s in extract_statements(nlp(text)) if s.content_text == content]
    assert len(sts) == 1
    assert sts[0].speaker is not None and speaker in (sts[0].speaker.resolved_text or "")


def test_a_statement_about_a_note_is_not_a_report(nlp):
    # the that-clause belongs to the noun ("the note that he wrote") when it is a relative one
    sts = extract_statements(nlp("The failure rate suggested that the test was flawed."))
    assert sts == []
