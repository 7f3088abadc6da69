"""Round 10, lead's probe (Nigerian and Indian press copy): a possessed body noun, an opening
participle the parser takes for the subject, a hyphened surname."""

from __future__ import annotations

import pytest

from analysis.nlp import load_nlp
from analysis.statements import extract_statements


def _speakers(text: str) -> list[tuple[str, str, str, str]]:
    out = []
    for s in extract_statements(load_nlp()(text)):
        a = s.speaker.actor
        out.append((s.speaker.text, a.actor, a.group, a.group_type))
    return out


@pytest.mark.parametrize("text,name,group,gtype", [
    ("The Kano State Police Command has denied the claims. The command's spokesperson, Musa "
     "Garba, said the suspect collapsed in the cell.", "Musa Garba", "Nigerian government",
     "government"),
    # a defence ministry's spokeswoman stays military
    ("Armenia's Defence Ministry said the border was calm. The ministry's spokeswoman, Anna "
     "Hakobyan, said two soldiers were wounded.", "Anna Hakobyan", "Armenian military", "military"),
])
def test_possessed_body_noun_takes_the_named_bodys_placement(text, name, group, gtype):
    # "command" alone reads as military; the body the text named with that noun decides
    assert _speakers(text)[-1][1:] == (name, group, gtype)


@pytest.mark.parametrize("opener", ["Reacting", "Responding"])
def test_opening_participle_is_not_the_speaker(opener):
    [(text, actor, group, _)] = _speakers(
        f"{opener}, Ogun State Governor Dapo Adeyemi, through his spokesman, Kunle Bello, said "
        "the state would ensure that justice was served.")
    assert text == "Ogun State Governor Dapo Adeyemi"
    assert group == "Nigerian government"


def test_participle_with_its_own_subject_is_untouched():
    [(text, _, _, _)] = _speakers("Speaking in Abuja, the minister said the state would pay.")
    assert text == "the minister"


def test_hyphened_surname_hung_as_appositive_stays_whole():
    [(text, _, _, _)] = _speakers(
        "Reacting, Lagos State Governor Babajide Sanwo-Olu, through his press secretary, said "
        "the state government would ensure that justice was served.")
    assert text == "Lagos State Governor Babajide Sanwo-Olu"
