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
    # evidence, not a speaker: the animate-subject check still applies
    sts = extract_statements(nlp("The failure rate suggested that the test was flawed."))
    assert sts == []


def test_a_quoted_label_parsed_inside_the_object_is_one_mixed_statement(nlp):
    text = ("The Harbour Party has called the government's handling of the dispute \"a slow-motion "
            "disaster,\" while the Greens have warned that any bill would face a fight.")
    sts = extract_statements(nlp(text))
    label = [s for s in sts if "slow-motion disaster" in s.content_text]
    assert len(label) == 1
    assert label[0].kind == "mixed" and label[0].content_text.startswith("the government's handling")
    assert "Harbour Party" in label[0].speaker.text  # not the Greens after "while"
    assert any(s.content_text == "any bill would face a fight" and "Greens" in s.speaker.text
               for s in sts)


def test_a_that_clause_hung_on_the_addressee_after_the_medium_is_the_content(nlp):
    # round 8, probe J: "said in a report to trustees that X" (the parser hangs the clause on
    # "trustees") gave no statement at all
    from analysis.statements import extract_statements

    text = ("Director of education Priya Raman said in a report to trustees that the board "
            "faces a $3.2-million shortfall and that the ministry had refused to fund repairs.")
    contents = [s.content_text for s in extract_statements(nlp(text))]
    assert any(c.startswith("the board faces") for c in contents)
    assert any(c.startswith("the ministry had refused") for c in contents)


def test_a_body_noun_can_confirm(nlp):
    # round 8, probe J: "confirm" reports only with a subject that can speak; a board can
    from analysis.statements import extract_statements

    contents = [s.content_text for s in extract_statements(
        nlp("The review board confirmed it had received the request on Monday."))]
    assert any(c.startswith("it had received the request") for c in contents)
    assert not extract_statements(nlp("The failure rate confirmed the model was wrong."))


@pytest.mark.parametrize("text,content", [
    ("The Halvard energy ministry said on Monday it had restored power to the port.",
     "it had restored power to the port"),
    ("The Norland army said late on Sunday its troops had withdrawn from the ridge.",
     "its troops had withdrawn from the ridge"),
    ("The Ostrava Union party said on Friday it would not accept the count.",
     "it would not accept the count"),
])
def test_the_day_of_the_report_is_not_part_of_the_claim(nlp, text, content):
    # round 12, lead: with no "that", the parser hangs "on Monday" on the reported clause; the
    # day is when it was said, so the content starts at the clause's subject
    assert content in [s.content_text for s in extract_statements(nlp(text))]


def test_a_time_phrase_after_that_stays_in_the_claim(nlp):
    text = "The Norland army said that on Sunday its troops had withdrawn from the ridge."
    assert "on Sunday its troops had withdrawn from the ridge" in [
        s.content_text for s in extract_statements(nlp(text))]
