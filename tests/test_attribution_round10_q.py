"""Round 10, probe Q: multi-country stories of state actors (border rows, ports, migrant boats,
delimitation talks). Every sentence here is invented for these tests."""

from __future__ import annotations

import pytest

from analysis.nlp import load_nlp
from analysis.statements import extract_statements


def _speakers(text: str) -> list[tuple[str, str, str]]:
    out = []
    for s in extract_statements(load_nlp()(text)):
        a = s.speaker.actor
        out.append((a.actor, a.group, s.content_text))
    return out


def _group_of(text: str, content_start: str) -> str:
    for _, group, content in _speakers(text):
        if content.removeprefix("that ").startswith(content_start):
            return group
    raise AssertionError(f"no statement starting {content_start!r}: {_speakers(text)}")


# --- countries.yaml 1.8: border regions and towns -------------------------------------------

@pytest.mark.parametrize("text,group", [
    ("OSH, Kyrgyzstan — Talks stalled again. The governor of Sughd region, Anvar Sharipov, "
     "said the canal would stay closed.", "Tajik government"),
    ("DAKAR — The boat was found at dawn. A fisherman from Nouadhibou, Ely Ould Salem, said the "
     "engine had failed.", "Mauritanian public"),
    ("ADDIS ABABA — Ten bodies were found. A survivor from Obock, Houssein Ali, said the boat "
     "had been overloaded.", "Djiboutian public"),
    ("LA PAZ — Trucks waited for days. The governor of Arica y Parinacota, Rosa Vera, said "
     "the border would reopen on Friday.", "Chilean government"),
])
def test_border_regions_and_towns_place_their_people(text, group):
    assert _group_of(text, "the ") == group

