"""Round 9, lead's probe: a role the parser hung on a fronted place stays the name's own.

(Formerly tests/test_attribution_round9_lead.py.)"""

from __future__ import annotations

from functools import partial

import pytest

from analysis.nlp import load_nlp
from analysis.statements import extract_statements
from tests.support import statement_rows

# Each statement of a text as a row of the fields named (tests.support.statement_rows).
_speakers = partial(statement_rows, fields=("actor", "group", "content"))


@pytest.mark.parametrize("text", [
    "In Dodoma, Tanzania's minister for livestock and fisheries, Abdallah Msuya, said the "
    "dispute was serious. He urged both governments to talk.",
    "On the island, Tanzania's deputy minister for fisheries, Abdallah Msuya, said the dispute "
    "was serious. He urged both governments to talk.",
])
def test_role_hung_on_a_fronted_place_is_the_names(text):
    (actor, group, _), (actor2, group2, _) = _speakers(text)
    assert (actor, group) == ("Abdallah Msuya", "Tanzanian government")
    assert (actor2, group2) == ("Abdallah Msuya", "Tanzanian government")  # "He" follows


def test_a_place_described_before_the_name_gives_no_role():
    # the appositive describes the place, not the speaker: she stays a member of the public
    [(actor, group, _)] = _speakers("In Kisumu, the town's biggest market, Grace Achieng said "
                                    "prices had doubled.")
    assert (actor, group) == ("Grace Achieng", "Kenyan public")


@pytest.mark.parametrize("text,content", [
    ("Argentina's environment ministry on Monday demanded that Chile halt work at the mine.",
     "Chile halt work at the mine"),
    ("The regulator demanded that the operator halt production at the plant.",
     "the operator halt production at the plant"),
])
def test_subjunctive_read_as_nouns_is_still_a_claim(text, content):
    # the tagger reads "halt work" as a compound noun: the clause has no verb, but its "that"
    # marks it as the demand's content
    statements = extract_statements(load_nlp()(text))
    assert [s.content_text for s in statements] == [content]

