"""Round 6 (probe D: human rights and migration, environment and energy, transport, labour
and consumer news): general classes of speaker-to-group errors seen on invented articles.
Every sentence here is invented for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_actor

# --- UN-system agencies are the United Nations --------------------------------------------

@pytest.mark.parametrize("text,needle", [
    ("SFAX, Tunisia (Reuters) - The International Organization for Migration said it was "
     "alarmed by the number of deaths at sea this month.", "alarmed by the number"),
    ("GENEVA (AP) - The International Labour Organization said domestic workers in the region "
     "still had no weekly day off.", "domestic workers in the region"),
    ("ROME (AFP) - The FAO said locust swarms had reached three more provinces.",
     "locust swarms had reached"),
])
def test_un_system_agencies_are_grouped_as_the_united_nations(nlp, text, needle):
    actor = speaker_actor(nlp, text, needle)
    assert (actor.group, actor.group_type) == ("United Nations", "organisation")


# --- "marine" before a field is no soldier -------------------------------------------------

def test_a_marine_biologist_is_an_expert_not_the_military(nlp):
    text = ("SUVA, Fiji (AP) - Fiji's government backed the fishing ban on Monday.\n\n"
            '"The reef needs ten quiet years," said marine biologist Dr Ana Tikoisuva.')
    actor = speaker_actor(nlp, text, "reef needs ten quiet years")
    assert actor.group_type == "person"
    assert actor.group != "Fijian military"


def test_a_marine_commander_stays_military(nlp):
    text = ("MANILA (AP) - A marine commander said the troops had been moved to the island "
            "on Sunday.")
    actor = speaker_actor(nlp, text, "troops had been moved")
    assert actor.group_type == "military"


# --- "its president" after "Consumer group X": the group's officer -------------------------

def test_its_president_after_a_typed_group_name_speaks_for_the_group(nlp):
    text = ("BUCHAREST - Consumer group ProtectCons urged passengers to keep their tickets. "
            '"Every passenger is owed a refund," said its president, Dorin Talpes.')
    actor = speaker_actor(nlp, text, "owed a refund")
    assert actor.group_type == "organisation"
    assert actor.group == "ProtectCons"
