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
