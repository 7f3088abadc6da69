"""Round 11, lead's conflict probes: the conduct and hostility words rival-claims copy puts in
quotes ('calling it "unsafe and unprofessional"', '"with hostile intent"').

(Formerly tests/test_scores_round11_lead.py.)"""

from __future__ import annotations

import pytest

from analysis.nlp import load_nlp
from analysis.scores import score_statements
from analysis.statements import extract_statements


def _flags(text: str) -> list[tuple[str, bool, list[str]]]:
    doc = load_nlp()(text)
    sts = extract_statements(doc)
    return [(s.content_text, x.accusation.value > 0, [c.text for c in x.accusation.cues])
            for s, x in zip(sts, score_statements(sts, doc), strict=True)]


@pytest.mark.parametrize("text,cue", [
    ("The minister said a fighter jet had dropped flares near the helicopter, calling it "
     "\"unsafe and unprofessional\".", "unprofessional"),
    ("The military said the helicopter had flown close to its airspace \"with hostile "
     "intent\".", "hostile intent"),
    ("The spokesman said Canberra was stirring up trouble in the region.", "stirring up trouble"),
    ("Peskov said the attacks showed the \"terrorist nature\" of the government in Kyiv.",
     "terrorist nature"),
])
def test_conduct_and_hostility_words_are_accusations(text, cue):
    assert any(flag and cue in cues for _, flag, cues in _flags(text))


@pytest.mark.parametrize("text", [
    "The spokesman said the pilots had shown no hostile behaviour and the flight was routine.",
    "The minister said the talks on trouble spots in the region would resume on Monday.",
])
def test_near_misses_are_no_accusations(text):
    assert not any(flag for _, flag, _ in _flags(text))
