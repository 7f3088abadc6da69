"""Verbs whose content is a noun phrase or an object plus a complement: "warned of X",
"alleging X", "attributed X to Y" (sentences written for these tests)."""

from __future__ import annotations

import pytest

from analysis.statements import extract_statements


@pytest.mark.parametrize("text,content", [
    ("The finance minister warned of a sharp slowdown in exports next year.",
     "a sharp slowdown in exports next year"),
    # the parser hangs "of" on the date
    ("Health officials in the northern province warned on Tuesday of outbreaks of measles among "
     "children in camps.", "outbreaks of measles among children in camps"),
    ("The petition, filed on Monday, alleges systematic discrimination against women in promotions.",
     "systematic discrimination against women in promotions"),
    # "to" inside the object's relative clause
    ("Canadian investigators attributed a blaze that destroyed a warehouse in Halifax to an "
     "electrical fault.", "a blaze that destroyed a warehouse in Halifax to an electrical fault"),
])
def test_object_frames(nlp, text, content):
    sts = extract_statements(nlp(text))
    assert [s.content_text for s in sts] == [content]
    assert sts[0].speaker is not None


@pytest.mark.parametrize("text", [
    "The coach was warned of the risks before the match.",  # the addressee, passive
    "The quote was wrongly attributed to Churchill.",  # passive, no claim
    "The senator declined to comment on the allegations of fraud.",
])
def test_object_frames_negative(nlp, text):
    assert extract_statements(nlp(text)) == []


@pytest.mark.parametrize("text,content", [
    # the object is the relative pronoun before the verb: the content follows the verb
    ('The governor rejected what she called "a smear campaign" run by rival parties.',
     '"a smear campaign" run by rival parties'),
    # the quoted label hangs inside the object's prepositional phrase
    ('The watchdog called the fine of 2 million euros "a joke" for a company of that size.',
     'the fine of 2 million euros "a joke" for a company of that size'),
])
def test_call_x_y_when_the_parser_misplaces_the_parts(nlp, text, content):
    sts = extract_statements(nlp(text))
    assert content in [s.content_text for s in sts]


def test_accuse_content_runs_to_the_end_of_the_verb_phrase(nlp):
    sts = extract_statements(nlp('The opposition accused the government of "betrayal" after what it '
                                 "called a secret deal with the lenders."))
    assert sts[0].cue == "accused"
    assert sts[0].content_text.startswith('the government of "betrayal" after what it called')


def test_closing_comment_in_another_voice_is_cut(nlp):
    sts = extract_statements(nlp("Officials in Tirana accused Belgrade on Monday of arming the "
                                 "militia that seized the pass, an accusation Serbian diplomats "
                                 "denied."))
    acc = [s for s in sts if s.cue == "accused"]
    assert acc and acc[0].content_text.endswith("seized the pass")
    sts = extract_statements(nlp('Moscow says it is targeting "other terrorists", a term it has used '
                                 "for a range of armed factions."))
    assert sts[0].content_text == 'it is targeting "other terrorists"'


@pytest.mark.parametrize("text,content", [
    ("The minister called for the Russian strikes to concentrate on the Islamic State group.",
     "the Russian strikes to concentrate on the Islamic State group"),
    ("Protesters called for the mayor to resign.", "the mayor to resign"),
])
def test_call_for_x_to_y(nlp, text, content):
    assert [s.content_text for s in extract_statements(nlp(text))] == [content]


@pytest.mark.parametrize("text", ["The minister called for calm.",
                                  "The union called for a general strike on Monday.",
                                  "The coach called off the training session."])
def test_call_for_without_a_proposition(nlp, text):
    assert extract_statements(nlp(text)) == []


def test_told_the_addressee_that_x_parsed_as_a_relative_clause(nlp):
    sts = extract_statements(nlp("In Kerman, a local official told the provincial news site that the "
                                 "blast heard by residents on Wednesday had been caused by quarry work."))
    assert [s.content_text for s in sts] == ["the blast heard by residents on Wednesday had been "
                                             "caused by quarry work"]
    assert extract_statements(nlp("The reporter called the official that he had interviewed.")) == []


def test_yes_and_no_are_what_was_said(nlp):
    sts = extract_statements(nlp("Washington says yes, Moscow says no, and Tehran says the question "
                                 "itself is a provocation."))
    assert [s.content_text for s in sts] == ["the question itself is a provocation"]
    sts = extract_statements(nlp("She acknowledged, however, that the budget had no room for it."))
    assert [s.content_text for s in sts] == ["the budget had no room for it"]


@pytest.mark.parametrize("text,cue", [
    ("A French diplomat confided that Paris had no independent confirmation of the claims.", "confided"),
    ("Critics countered that the plan would raise rents.", "countered"),
])
def test_more_reporting_verbs(nlp, text, cue):
    sts = extract_statements(nlp(text))
    assert len(sts) == 1 and sts[0].cue == cue


def test_told_addressee_then_a_clause_without_that(nlp):
    sts = extract_statements(nlp('One developer, who testified under immunity, told the court he had '
                                 'paid because "that was how things worked".'))
    assert [s.content_text for s in sts] == ['he had paid because "that was how things worked"']
    assert sts[0].speaker is not None and sts[0].speaker.text == "One developer"
    # the object of "told" is what was told, not an addressee
    assert extract_statements(nlp("She told the story she had heard from her grandmother.")) == []


def test_told_addressee_that_x_parsed_as_a_clause_of_the_addressee(nlp):
    sts = extract_statements(nlp("The Tasnim news agency reported that Iranian officials had told "
                                 "Russian counterparts that the route over Iran had been approved "
                                 "“for this operation only.”"))
    inner = [s for s in sts if s.cue == "told"]
    assert inner and inner[0].content_text == "the route over Iran had been approved “for this operation only.”"
    assert inner[0].parent is not None


def test_passive_warned_by_x_that_y(nlp):
    sts = extract_statements(nlp("She told RTÉ that she had been warned by a senior colleague that "
                                 "pursuing it would “end your career here.”"))
    inner = [s for s in sts if s.cue == "warned"]
    assert inner and inner[0].content_text == "pursuing it would “end your career here.”"
    assert inner[0].speaker is not None and inner[0].speaker.text == "a senior colleague"
    assert extract_statements(nlp("The plan was rejected by a panel that met on Monday.")) == []
