"""A quoted phrase inside someone's clause is not a quotation of its own (sentences written
for these tests): the tight attribution of the quote pass must not take a verb that reports
something else, or a verb whose clause the phrase only sits in."""

from __future__ import annotations

import pytest

from analysis.statements import extract_statements


@pytest.mark.parametrize("text,fragment", [
    # a phrase that is not the verb's object
    ('The union said drivers had complained about broken heaters in the cabs "for months" before '
     "the strike began.", "for months"),
    # an object the sentence goes on to modify
    ('A spokesman said Quito rejected "any interference in its affairs" coming from abroad and had '
     "recalled its envoy.", "any interference in its affairs"),
    # the verb after the quote has its own object and infinitive
    ('The minister dismissed the report as "fiction," calling on journalists to check their sources.',
     "fiction"),
    # '"X," and that Y had been charged': a second claim, not the quote's attribution
    ('Prosecutors said an inquiry had been opened into "organised fraud on a large scale," and that '
     "two bankers had been charged.", "organised fraud on a large scale"),
])
def test_scare_quote_in_a_clause_is_not_a_direct_statement(nlp, text, fragment):
    sts = extract_statements(nlp(text))
    assert not any(s.kind == "direct" and s.content_text == fragment for s in sts), \
        [(s.kind, s.content_text, s.cue) for s in sts]
    assert sts  # the surrounding report is still found


@pytest.mark.parametrize("text,content", [
    ('The Red Cross urged "maximum restraint." Its director flew to the border on Monday.',
     "maximum restraint."),
    ('The chief executive acknowledged "a serious failure" but insisted that no savings had been lost.',
     "a serious failure"),
    ('"We will rebuild," she said.', "We will rebuild"),
])
def test_a_quoted_object_or_a_quote_that_ends_the_sentence_stays_direct(nlp, text, content):
    sts = extract_statements(nlp(text))
    assert any(s.kind == "direct" and s.content_text == content for s in sts), \
        [(s.kind, s.content_text, s.cue) for s in sts]


def test_an_inquiry_that_finds_is_a_source(nlp):
    sts = extract_statements(nlp("The ministry said an internal audit had found that the funds "
                                 "were moved without approval."))
    inner = [s for s in sts if s.content_text == "the funds were moved without approval"]
    assert inner and inner[0].cue == "found" and inner[0].parent is not None


def test_a_short_full_sentence_quote_continues_the_speaker(nlp):
    sts = extract_statements(nlp('"There is no ceasefire," a militia commander told Reuters. '
                                 '"The shelling continues."'))
    assert [s.content_text for s in sts] == ["There is no ceasefire", "The shelling continues."]
    assert sts[1].speaker is not None and sts[1].speaker.text == sts[0].speaker.text
    # a short quote that is not a sentence of its own stays out
    assert extract_statements(nlp('The hashtag "Stop the War." trended overnight.')) == []


@pytest.mark.parametrize("text,fragment", [
    # a time phrase of the verb, not what was said
    ('She argued that the first complaints had been reported "more than a month ago."',
     "more than a month ago."),
    # the quote is the predicate of a clause around the verb, not its complement
    ('A senior officer warned that anyone found looting shops "will face the full force of the law."',
     "will face the full force of the law."),
])
def test_quote_that_is_not_the_complement_of_the_verb_before_it(nlp, text, fragment):
    sts = extract_statements(nlp(text))
    assert not any(s.kind == "direct" and s.content_text == fragment for s in sts), \
        [(s.kind, s.content_text, s.cue) for s in sts]
    assert sts


@pytest.mark.parametrize("text,content", [
    ('He told reporters "We will win this fight."', "We will win this fight."),
    ('Officials insisted "the water is safe to drink".', "the water is safe to drink"),
    ('The spokesman told AFP "no decision has been taken yet".', "no decision has been taken yet"),
])
def test_quote_as_complement_of_the_verb_before_it(nlp, text, content):
    sts = extract_statements(nlp(text))
    assert [(s.kind, s.content_text) for s in sts] == [("direct", content)]


def test_quote_attributed_past_a_relative_clause_in_the_speakers_phrase(nlp):
    sts = extract_statements(nlp("‘We were told the pills were vitamins,’ one of the cyclists, who "
                                 "raced at the last world championships, told the UCI investigators, "
                                 "according to the report."))
    assert [(s.kind, s.content_text, s.cue) for s in sts] == [
        ("direct", "We were told the pills were vitamins", "told")]
    assert sts[0].speaker is not None and sts[0].speaker.text == "one of the cyclists"


def test_inverted_name_when_the_parser_hangs_the_verb_inside_the_quote(nlp):
    sts = extract_statements(nlp('"Everything is more expensive now. Everything," stressed Bassam.'))
    assert sts[0].speaker is not None and sts[0].speaker.text == "Bassam"
