"""Boosting 1.4.0: adjectives of totality on evaluative nouns, on sentences written for this
test before the rule (blind run: none of the positives flagged, none of the negatives).

(Formerly tests/test_scores_certainty_round2.py.)"""

from __future__ import annotations

import pytest

from analysis.scores import score_statement
from analysis.scoring.bare import bare_statement


def _boost(nlp, content: str):
    statement, doc = bare_statement(content, "said", nlp)
    score = score_statement(statement, doc).boosting
    for c in score.cues:
        assert doc.text[c.span[0]:c.span[1]] == c.text
    return score


@pytest.mark.parametrize(("content", "rule"), [
    ("The referees acted with complete integrity throughout the tournament",
     "boost.complete_evaluative"),
    ("The allegations are total nonsense", "boost.total_evaluative"),
    ("We have absolute confidence in our engineers", "boost.absolute_evaluative"),
    ("The launch was a complete failure", "boost.complete_evaluative"),
    ("The evacuation was an utter disaster", "boost.utter_evaluative"),
    ("Voters have shown complete trust in the new mayor", "boost.complete_evaluative"),
])
def test_emphatic_evaluation(nlp, content, rule):
    assert rule in [c.rule for c in _boost(nlp, content).cues]


@pytest.mark.parametrize("content", [
    "The complete list of candidates will be published on Monday",
    "The total cost of the bridge was $3 million",
    "The party won an absolute majority in parliament",
    "A complete set of records was handed over to the court",
    "Total revenue rose by four percent last year",
])
def test_emphatic_evaluation_quantities(nlp, content):
    assert not _boost(nlp, content).cues
