"""Round 7, probe F: the type of a speaker's group (state body, state-owned company,
armed forces, members' association, expert or public), from errors seen running the tool on
invented articles about regulators, utilities, central banks, armed forces and public
services. Invented text; the people and most bodies are unregistered."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_actor

# --- a state-owned company named in Spanish or Portuguese is a company --------------------


@pytest.mark.parametrize("text,needle,groups", [
    ("ASUNCION, May 2 (Wire) - The regulator fined the state-owned power company Energía "
     "Nacional del Molinar (ENAMO) on Tuesday. ENAMO said it would appeal. A company "
     "spokeswoman, Rosa Vera, said the fine was unfair.", "the fine was unfair", {"ENAMO"}),
    ("ASUNCION, May 2 (Wire) - The regulator fined the state-owned power company Energía "
     "Nacional del Molinar (ENAMO) on Tuesday. ENAMO said it would appeal.", "it would appeal",
     {"ENAMO"}),
    ("SÃO PAULO (Wire) - Taps ran dry on Wednesday, as the state-controlled water company "
     "Companhia Paulista de Saneamento (CPS) blamed a drought. The company said rationing "
     "would continue.", "rationing would continue",
     {"CPS", "Companhia Paulista de Saneamento"}),
])
def test_a_state_owned_company_with_a_linking_word_in_its_name_is_a_company(
        nlp, text, needle, groups):
    # "del", "de" inside the name (and the country's own name in it) cut the name short, so
    # "state-owned" made the firm the state; "Paulista" (also a town) made the name a place
    ref = speaker_actor(nlp, text, needle)
    assert ref.group in groups and ref.group_type == "organisation"

