"""Article-level accusations (scoring/context_accusation.py), accusation_words 1.21: an attack
told with its doer as the passive 'by' agent, by one side of a rival that denied it; a foreign
force keeping people 'from' doing something, told by a voice of another country. Near misses:
the side's own deed, a force that merely stopped somewhere. Every article is this project's own
invention.
"""

from __future__ import annotations

from analysis.pipeline import analyse_statements


def _find(pairs, words: str):
    hits = [(st, sc) for st, sc in pairs if words in st.content_text]
    assert hits, f"no statement containing {words!r}: {[st.content_text for st, _ in pairs]}"
    return hits[0]


def _rules(pairs, words: str) -> set[str]:
    return {c.rule for c in _find(pairs, words)[1].accusation.cues}


def test_a_passive_attack_by_a_rival_that_denied_it_accuses(nlp):
    text = ("Market shelled\n\n"
            "KADUGLI - The Norvani army said the shells were fired by the Sabre Brigade from "
            "positions west of the town.\n\n"
            "The Sabre Brigade denied any involvement, saying its fighters had not fired on "
            "the town.\n\n"
            "The army said its own aircraft had struck Sabre Brigade supply lines.\n")
    doc = nlp(text)
    pairs = analyse_statements(doc)
    assert "context.rival_deed" in _rules(pairs, "fired by the Sabre Brigade")
    st, sc = _find(pairs, "fired by the Sabre Brigade")
    for c in sc.accusation.cues:
        assert doc.text[c.span[0]:c.span[1]] == c.text
    assert _find(pairs, "its own aircraft")[1].accusation.value == 0


def test_a_foreign_force_keeping_people_from_their_land_accuses(nlp):
    text = ("Herders turned back\n\n"
            "LEH - Chinese troops stopped the herders from taking their yaks to the winter "
            "pastures, Indian officials said on Monday.\n\n"
            "Chinese ships stopped near the reef on Sunday, Philippine officials said.\n\n"
            "Indian officials said their own patrols had stopped two smugglers from crossing.\n")
    pairs = analyse_statements(nlp(text))
    assert "context.foreign_deed" in _rules(pairs, "stopped the herders")
    assert "context.foreign_deed" not in _rules(pairs, "stopped near the reef")
    assert "context.foreign_deed" not in _rules(pairs, "their own patrols")
