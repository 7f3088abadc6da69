"""Statement extraction, one construction per test, on sentences written for these tests.

Each test asserts the content span text, kind, cue, resolved speaker and group, so a change in
any rule shows up here with the construction it broke.
"""

from __future__ import annotations

import pytest

from analysis.statements import extract_statements, load_reporting_verbs
from tests.support import statements_of, the_statement


def check_spans(text: str, statements) -> None:
    for s in statements:
        assert text[s.content[0]:s.content[1]] == s.content_text
        assert s.sentence[0] <= s.content[0] and s.content[1] <= s.sentence[1]
        if s.cue_span:
            assert text[s.cue_span[0]:s.cue_span[1]] == s.cue
        if s.speaker:
            assert text[s.speaker.span[0]:s.speaker.span[1]] == s.speaker.text


# ----------------------------------------------------------------------------- direct quotes


def test_quote_with_verb_after_and_named_speaker(nlp):
    text = ("KISUMU, Kenya — “We will rebuild the bridge before the rains,” said Amina Yusuf, "
            "the county's roads commissioner.")
    sts = statements_of(nlp, text)
    check_spans(text, sts)
    s = the_statement(sts, "rebuild the bridge")
    assert s.content_text == "We will rebuild the bridge before the rains"  # no trailing comma
    assert s.kind == "direct"
    assert s.cue == "said"
    assert s.method == "quote.verb_after"
    assert s.speaker.resolved_text == "Amina Yusuf"
    assert s.speaker.actor.group == "Kenyan government"
    assert s.speaker.actor.anonymous is False


def test_split_quote_gives_two_statements_with_one_speaker(nlp):
    text = ('Marta Lindqvist, a hydrologist at Uppsala University, studied the river for years. '
            '"If the rain continues," she added, "the river will flood the lower town."')
    sts = statements_of(nlp, text)
    check_spans(text, sts)
    first = the_statement(sts, "If the rain continues")
    second = the_statement(sts, "the river will flood")
    assert first.content_text == "If the rain continues"
    assert second.content_text == "the river will flood the lower town."
    assert first.kind == second.kind == "direct"
    assert first.cue == second.cue == "added"
    assert first.speaker.resolved_text == second.speaker.resolved_text == "Marta Lindqvist"
    assert first.speaker.text == "she"
    assert first.speaker.actor.group_type == "person"


def test_multi_sentence_quote_is_one_statement(nlp):
    text = ('"The pumps failed at midnight. By dawn the cellar was full. Nobody came," '
            'said Tomás Herrera, a shop owner.')
    sts = statements_of(nlp, text)
    s = the_statement(sts, "The pumps failed")
    assert s.content_text == "The pumps failed at midnight. By dawn the cellar was full. Nobody came"
    assert len(sts) == 1


def test_dash_attribution(nlp):
    text = "“Nothing about the tender was hidden from the public.” — Commissioner Ingrid Holm"
    sts = statements_of(nlp, text)
    check_spans(text, sts)
    s = the_statement(sts, "Nothing about the tender")
    assert s.method == "quote.dash"
    assert s.kind == "direct"
    assert "Ingrid Holm" in s.speaker.resolved_text


def test_colon_lead_in(nlp):
    text = "From the Brazilian health ministry: “Every child will be vaccinated by March.”"
    sts = statements_of(nlp, text)
    check_spans(text, sts)
    s = the_statement(sts, "Every child will be vaccinated")
    assert s.method == "quote.colon"
    assert s.cue == ":"
    assert s.speaker.text == "the Brazilian health ministry"
    assert s.speaker.actor.group == "Brazilian government"


def test_verb_before_quote(nlp):
    text = 'The Indian home minister told reporters: "The border is calm and will stay calm."'
    s = the_statement(statements_of(nlp, text), "The border is calm")
    assert s.method == "quote.verb_before"
    assert s.cue == "told"
    assert s.speaker.actor.group == "Indian government"


def test_continuation_paragraph_takes_last_speaker(nlp):
    text = ('"We lost everything in one night," said Grace Mwangi, a farmer near Kisumu.\n\n'
            '"The water came through the walls and took the goats with it."\n\n'
            'Officials said relief trucks would arrive on Friday.')
    sts = statements_of(nlp, text)
    s = the_statement(sts, "The water came through")
    assert s.method == "quote.continuation"
    assert s.speaker.resolved_text == "Grace Mwangi"
    assert s.kind == "direct"


def test_several_speakers_in_one_paragraph(nlp):
    text = ('"The fare rise is unavoidable," said transport secretary Olu Bankole. '
            '"It is daylight robbery," said commuter Ada Eze.')
    sts = statements_of(nlp, text)
    assert the_statement(sts, "fare rise").speaker.resolved_text == "transport secretary Olu Bankole"
    assert the_statement(sts, "daylight robbery").speaker.resolved_text == "commuter Ada Eze"
    assert the_statement(sts, "daylight robbery").speaker.actor.group_type == "public"


def test_guillemets_and_low_quotes(nlp):
    text = ("« Nous ne reculerons pas », a déclaré the French minister. "
            "The mayor said „the road stays closed“ until Monday.")
    sts = statements_of(nlp, text)
    check_spans(text, sts)
    assert any("the road stays closed" in s.content_text for s in sts)


def test_british_single_quotes_with_apostrophes(nlp):
    text = ("The union's general secretary said the offer was 'an insult to every nurse', "
            "adding that members' patience had run out since the '90s.")
    sts = statements_of(nlp, text)
    check_spans(text, sts)
    s = the_statement(sts, "the offer was")
    assert s.kind == "mixed"
    assert "'an insult to every nurse'" in s.content_text
    # the apostrophes (union's, members', '90s) are not quote marks
    p = the_statement(sts, "patience had run out")
    assert p.kind == "reported"
    assert p.method == "reported.participle"


# ----------------------------------------------------------------------------- reported speech


def test_reported_clause_that_is_stripped(nlp):
    text = "Turkish officials said that the border crossing would reopen on Monday."
    s = the_statement(statements_of(nlp, text), "border crossing")
    assert s.content_text == "the border crossing would reopen on Monday"
    assert s.kind == "reported"
    assert s.cue == "said"
    assert s.method == "reported.ccomp"
    assert s.speaker.actor.group == "Turkish government"
    assert s.speaker.actor.anonymous is True


def test_mixed_statement_keeps_quoted_words(nlp):
    text = 'The Kenyan interior ministry said the protests were "organised and paid for."'
    s = the_statement(statements_of(nlp, text), "the protests were")
    assert s.kind == "mixed"
    assert s.content_text.startswith("the protests were")
    assert "organised and paid for" in s.content_text


def test_says_x_inversion(nlp):
    text = "The dam is safe and will hold, says chief engineer Rahul Mehta."
    s = the_statement(statements_of(nlp, text), "The dam is safe")
    assert s.content_text == "The dam is safe and will hold"
    assert s.method == "reported.says_x"
    assert s.speaker.resolved_text == "chief engineer Rahul Mehta"


@pytest.mark.parametrize("text, needle, expected_method, expected_cue, expected_text, expected_group", [
    pytest.param("The Brazilian environment agency fined the company, saying that the spill had "
                 "reached three villages.", "the spill had reached", "reported.participle",
                 "saying", "The Brazilian environment agency", "Brazilian government",
                 id="participle_report"),
    pytest.param("Kenyan police: curfew in Kisumu will be lifted on Friday\n\nBody text follows here.",
                 "curfew in Kisumu", "reported.headline_colon", ":", "Kenyan police",
                 "Kenyan government",
                 id="headline_colon"),
])
def test_the_statement_method(nlp, text, needle, expected_method, expected_cue, expected_text, expected_group):
    s = the_statement(statements_of(nlp, text), needle)
    assert s.method == expected_method
    assert s.cue == expected_cue
    assert s.speaker.text == expected_text
    assert s.speaker.actor.group == expected_group


def test_passive_quoted_as_saying(nlp):
    text = ("A spokesman for the Indian foreign ministry was quoted by local media as saying "
            "that talks would resume in May.")
    s = the_statement(statements_of(nlp, text), "talks would resume")
    assert s.method == "reported.passive"
    assert s.cue.startswith("quoted") and s.cue.endswith("saying")
    assert s.speaker.text == "A spokesman for the Indian foreign ministry"
    assert s.speaker.actor.group == "Indian government"
    assert s.speaker.actor.anonymous is False  # a spokesman speaks for the institution


def test_impersonal_passive_has_no_speaker(nlp):
    text = "It was reported that the factory would close in June."
    s = the_statement(statements_of(nlp, text), "the factory would close")
    assert s.method == "reported.passive"
    assert s.speaker is None


def test_according_to(nlp):
    text = "According to the regional water authority, reservoirs are at 31 percent of capacity."
    s = the_statement(statements_of(nlp, text), "reservoirs are at")
    assert s.content_text == "reservoirs are at 31 percent of capacity"
    assert s.method == "reported.according_to"
    assert s.cue == "According to"
    assert s.speaker.text == "the regional water authority"


def test_per_source(nlp):
    text = "Twelve flights were cancelled on Sunday, per the airport operator."
    s = the_statement(statements_of(nlp, text), "Twelve flights were cancelled")
    assert s.cue == "per"
    assert s.speaker.text == "the airport operator"


def test_nested_attribution_sets_parent(nlp):
    text = ("The Tasnim news agency reported that a provincial governor said the blast was "
            "caused by a gas leak.")
    sts = statements_of(nlp, text)
    outer = the_statement(sts, "a provincial governor said")
    inner = [s for s in sts if s.content_text == "the blast was caused by a gas leak"]
    assert len(inner) == 1
    assert outer.speaker.actor.group == "Iranian media"
    assert inner[0].parent == outer.content
    assert outer.parent is None
    assert inner[0].speaker.text == "a provincial governor"


def test_object_as_and_call_x_y(nlp):
    text = ('The council dismissed the complaints as baseless. The nurses\' union called the '
            'offer "an insult to every nurse."')
    sts = statements_of(nlp, text)
    a = the_statement(sts, "the complaints as baseless")
    assert a.method == "reported.object_as"
    assert a.cue == "dismissed"
    b = the_statement(sts, "the offer")
    assert b.method == "reported.object_complement"
    assert b.kind == "mixed"
    assert b.cue == "called"


def test_coordinated_that_clauses_split(nlp):
    text = ("The mayor said the water was safe to drink and that the tanker trucks would stay "
            "until Sunday.")
    sts = statements_of(nlp, text)
    assert the_statement(sts, "the water was safe").content_text == "the water was safe to drink"
    assert the_statement(sts, "tanker trucks").content_text == "the tanker trucks would stay until Sunday"


def test_other_reporting_verbs(nlp):
    text = ("The minister denied that troops had crossed the river. She insisted the patrols "
            "were routine and warned that any provocation would be answered.")
    sts = statements_of(nlp, text)
    assert the_statement(sts, "troops had crossed").cue == "denied"
    assert the_statement(sts, "patrols were routine").cue == "insisted"
    assert the_statement(sts, "any provocation").cue == "warned"


# ----------------------------------------------------------------------------- not statements


@pytest.mark.parametrize("text", [
    "The Russian embassy declined to comment on the report.",
    "The company could not be reached for comment on Tuesday.",
    "She did not say where the missiles came down.",
    "He asked whether the talks would resume.",
])
def test_reporting_verb_without_content_is_not_a_statement(nlp, text):
    assert statements_of(nlp, text) == []


@pytest.mark.parametrize("text", [
    'Critics mocked the so-called "peace plan" on Monday.',
    'Thousands queued to watch a film called "Dune" at the festival.',
    "Residents of the 'safe zone' were moved overnight.",
])
def test_scare_quotes_and_titles_are_not_statements(nlp, text):
    assert statements_of(nlp, text) == []


def test_unbalanced_quotes_do_not_crash_and_keep_what_is_well_formed(nlp):
    text = ('The minister said "the roads are open.\n\n'
            '"We expect traffic to return to normal by Friday," a police spokesman said.\n\n'
            'Another " stray mark here.')
    sts = statements_of(nlp, text)
    check_spans(text, sts)
    s = the_statement(sts, "We expect traffic")
    assert s.kind == "direct"
    assert s.content_text == "We expect traffic to return to normal by Friday"


def test_empty_and_whitespace_text(nlp):
    assert statements_of(nlp, "") == []
    assert statements_of(nlp, "   \n\n  ") == []


def test_reporting_verb_lexicon_loads_with_frames():
    lex = load_reporting_verbs()
    assert lex.has("say", "clause") and lex.has("say", "quote")
    assert lex.has("describe", "object_as")
    assert lex.has("quote", "quoted_as")
    assert not lex.has("comment", "clause")  # "declined to comment" must never carry content


def test_quote_inside_a_clause_with_attribution_after_is_mixed(nlp):
    text = ('The new figures, first published by the county, were "simply wrong," a senior '
            'Kenyan police officer told reporters.')
    sts = statements_of(nlp, text)
    assert len(sts) == 1
    s = sts[0]
    assert s.kind == "mixed"
    assert s.content_text.startswith("The new figures")
    assert '"simply wrong,"' in s.content_text
    assert s.cue == "told"
    assert s.speaker.actor.group == "Kenyan government"


def test_object_infinitive_report(nlp):
    text = "The Indian foreign ministry urged Pakistan to release the fishermen."
    s = the_statement(statements_of(nlp, text), "to release the fishermen")
    assert s.content_text == "Pakistan to release the fishermen"
    assert s.method == "reported.object_infinitive"
    assert s.cue == "urged"


def test_attribution_at_the_end_of_a_sentence_with_its_own_subject(nlp):
    text = ("The rescue teams reached the village on Tuesday night, a Brazilian civil defence "
            "spokesman said.")
    s = the_statement(statements_of(nlp, text), "The rescue teams reached")
    assert s.content_text == "The rescue teams reached the village on Tuesday night"
    assert s.speaker.text == "a Brazilian civil defence spokesman"
    assert s.speaker.actor.group == "Brazilian government"  # civil defence is not the army


@pytest.mark.parametrize("text", [
    pytest.param("The failure rate suggested that the software had been rushed.",
                 id="inanimate_subject_does_not_report"),
    pytest.param("The former manager is expected to testify that he warned the board.",
                 id="future_testimony_is_not_a_statement"),
])
def test_statements_of(nlp, text):
    assert statements_of(nlp, text) == []


def test_a_page_title_with_the_site_name_gives_no_verbless_statement(nlp):
    # scraped text often opens with "<headline>, says X - <Site name>" and a menu line
    text = ("Drones aimed at the port hit a village instead, says Ukraine - City Herald\n"
            "Home Login Weather | Odesa |\n\nDrones aimed at the port hit a village instead, "
            "officials said.")
    contents = [s.content_text for s in extract_statements(nlp(text))]
    assert "Ukraine - City Herald" not in contents, contents
    assert "Drones aimed at the port hit a village instead" in contents
