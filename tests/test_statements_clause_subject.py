"""A reported clause whose subject the parser made a second subject of the reporting verb
("Its chief executive, X, said clubs needed to ..."): the clause is the content and the noun
phrase before the verb the speaker; a claim before the verb ("..., says Y") keeps its reading."""

from __future__ import annotations

import pytest

from tests.support import statements_of


@pytest.mark.parametrize(("text", "content", "speaker_start"), [
    ("Its chief executive, Tony Burnett, said clubs needed to work with police to prosecute "
     "offenders.", "clubs needed to work with police to prosecute offenders", "Its chief"),
    ("The charity's director, Ama Owusu, said families needed more time to apply.",
     "families needed more time to apply", "The charity's director"),
], ids=["possessive-role-appositive", "charity-director"])
def test_second_subject_after_the_verb_opens_the_content(nlp, text, content, speaker_start):
    found = [(s.content_text, s.speaker.text if s.speaker else None) for s in statements_of(nlp, text)]
    assert len(found) == 1, found
    got_content, got_speaker = found[0]
    assert got_content == content
    assert got_speaker is not None and got_speaker.startswith(speaker_start)


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("The real story is the debt, says Maria Lopez, an economist at the bank.",
     "The real story is the debt", "Maria Lopez"),
    ("Prices will keep rising, says the central bank.", "Prices will keep rising",
     "the central bank"),
], ids=["says-named-person", "says-institution"])
def test_claim_before_says_keeps_its_speaker_after_the_verb(nlp, text, content, speaker):
    found = [(s.content_text, s.speaker.text if s.speaker else None) for s in statements_of(nlp, text)]
    assert found == [(content, speaker)]
