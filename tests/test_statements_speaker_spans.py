"""Clause limits and speaker spans (sentences written for these tests, invented names)."""

from __future__ import annotations

import pytest

from analysis.statements import extract_statements


def test_a_past_predicate_after_but_is_the_speakers_not_the_clause(nlp):
    sts = extract_statements(nlp("A spokeswoman for the port said the terminal would \"stay open\" "
                                 "for freight, but advised drivers to expect long delays."))
    contents = [s.content_text for s in sts]
    assert 'the terminal would "stay open" for freight' in contents
    assert "drivers to expect long delays" in contents


def test_same_tense_conjunct_stays_in_the_clause(nlp):
    sts = extract_statements(nlp("The minister said the army had withdrawn and the border had "
                                 "reopened."))
    assert any("the border had reopened" in s.content_text for s in sts)


def test_medium_clause_when_the_parser_reads_that_as_a_relative_pronoun(nlp):
    sts = extract_statements(nlp('The Global Times said in an editorial that India was "playing '
                                 'with fire" by inviting reporters.'))
    assert [s.content_text for s in sts] == ['India was "playing with fire" by inviting reporters']
    # a real relative clause on the medium noun is not a claim
    assert extract_statements(nlp("The party said in a statement that it had issued on Friday.")) == []


@pytest.mark.parametrize("text,shown", [
    ("Delta Watch Ghana, a coalition of church groups that sent 300 monitors, said the count had "
     "been \"broadly credible\".", "Delta Watch Ghana"),
])
def test_an_organisation_name_is_shown_without_its_description(nlp, text, shown):
    sts = extract_statements(nlp(text))
    assert sts and sts[0].speaker is not None and sts[0].speaker.resolved_text == shown


def test_a_persons_job_stays_with_the_name(nlp):
    sts = extract_statements(nlp("Nermeen Salem, a senior adviser to the Egyptian president, said "
                                 "the talks had stalled."))
    assert sts[0].speaker is not None and "adviser" in sts[0].speaker.resolved_text


def test_according_to_a_role_then_the_name(nlp):
    sts = extract_statements(nlp("The water was contaminated by sewage, according to the regional "
                                 "health officer, Dr. Jean-Marc Aubry."))
    assert sts[0].speaker is not None and "Aubry" in sts[0].speaker.resolved_text
    sts = extract_statements(nlp("The fire started in the kitchen, according to the fire brigade, "
                                 "which sent 12 engines."))
    assert sts[0].content_text == "The fire started in the kitchen"


def test_colon_lead_in_after_speaking_to_reporters(nlp):
    sts = extract_statements(nlp("Amina Yusuf, a teacher who organised the petition, spoke to "
                                 "reporters outside the school in Kano: \"We will not stop until "
                                 "the classrooms are safe.\""))
    assert len(sts) == 1 and sts[0].kind == "direct"
    assert sts[0].speaker is not None and "Amina Yusuf" in sts[0].speaker.resolved_text
    assert extract_statements(nlp("He spoke about his childhood for an hour.")) == []


@pytest.mark.parametrize("text,content", [
    ("The Supreme Court ruled that the election law was unconstitutional.",
     "the election law was unconstitutional"),
    ("The appeals court overturned the conviction, ruling that the evidence had been obtained "
     "illegally.", "the evidence had been obtained illegally"),
])
def test_a_court_ruling_that(nlp, text, content):
    assert [s.content_text for s in extract_statements(nlp(text))] == [content]


@pytest.mark.parametrize("text", ["The party has ruled the country since 1994.",
                                  "The judge ruled out a retrial."])
def test_rule_without_a_clause(nlp, text):
    assert extract_statements(nlp(text)) == []


@pytest.mark.parametrize("text,speaker,content", [
    ("Union: Heathrow strike ‘will go ahead’ after talks collapse", "Union",
     "Heathrow strike ‘will go ahead’ after talks collapse"),
    ("Report: one in five bridges needs urgent repair", "Report",
     "one in five bridges needs urgent repair"),
])
def test_headline_speaker_noun_before_a_colon(nlp, text, speaker, content):
    sts = extract_statements(nlp(text))
    assert [(s.content_text, s.speaker.text) for s in sts] == [(content, speaker)]


@pytest.mark.parametrize("text", ["Analysis: why the deal may not last",
                                  "Watch: the moment the bridge collapsed",
                                  "Update: roads reopen after storm"])
def test_headline_section_labels_are_not_speakers(nlp, text):
    assert extract_statements(nlp(text)) == []


def test_second_that_clause_read_as_a_determiner(nlp):
    sts = extract_statements(nlp('Vitesse said in a statement that the bid had been "impossible to '
                                 'refuse" for a club of its size and that part of the fee would go '
                                 "to its youth academy."))
    contents = [s.content_text for s in sts]
    assert "part of the fee would go to its youth academy" in contents
    assert len(contents) == 2


def test_according_to_a_source_with_a_relative_clause(nlp):
    sts = extract_statements(nlp("According to a senior official at the ministry, who asked not to "
                                 "be named because he was not authorised to speak to the press, the "
                                 "decision was taken last week."))
    assert [s.content_text for s in sts] == ["the decision was taken last week"]


def test_temporal_while_clause_belongs_to_the_claim(nlp):
    sts = extract_statements(nlp("The foreign secretary said Britain would 'not stand idly by' while "
                                 "Russia's forces massed on the border."))
    assert sts[0].content_text.endswith("massed on the border")
    # a contrasting voice after a comma is not part of it
    sts = extract_statements(nlp("The army said the town had been retaken, while Ukrainian officials "
                                 "said fighting continued."))
    assert "the town had been retaken" in [s.content_text for s in sts]


@pytest.mark.parametrize("text,content", [
    ("According to Cochilco, the state copper commission, prices averaged $3.85 a pound in August.",
     "prices averaged $3.85 a pound in August"),
    ("According to Eurostat, the EU statistics agency, inflation fell to 2.1% in May.",
     "inflation fell to 2.1% in May"),
    ("According to the report, the bridge, which opened in 1990, needs repairs.",
     "the bridge, which opened in 1990, needs repairs"),
])
def test_according_to_source_with_an_appositive(nlp, text, content):
    assert [s.content_text for s in extract_statements(nlp(text))] == [content]


def test_participle_quoting_x_as_saying(nlp):
    sts = extract_statements(nlp("State television aired the speech, quoting the president as saying "
                                 "the war would end soon."))
    by = {s.content_text: s for s in sts}
    inner = by["the war would end soon"]
    assert inner.speaker is not None and inner.speaker.text == "the president"
    outer = by["the president as saying the war would end soon"]
    assert outer.cue == "quoting" and outer.speaker.text == "State television"
    assert inner.parent == outer.content


def test_conjoined_quoted_x_as_saying(nlp):
    sts = extract_statements(nlp("State broadcaster NHK showed footage of engineers applauding in the "
                                 "control room and quoted the mission's chief engineer, Sato Ken, as "
                                 "saying the probe would 'fill a gap' in Japanese observations."))
    inner = [s for s in sts if s.content_text.startswith("the probe would")]
    assert inner and inner[0].speaker is not None and "Sato Ken" in inner[0].speaker.resolved_text
