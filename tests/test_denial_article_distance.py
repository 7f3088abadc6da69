"""Article-level denial (analysis/scoring/context.py) and distance: a party's defensive words
answer its own rebuttal or the charge against it when they are near it (two sentences) or on
its topic. A plain boast or explanation far from the party's rebuttal and off its topic is no
denial; a guess or an estimate right after the narrative's rebuttal, with no rebuttal words,
is the party's next fact. Every article was written for these tests."""

from __future__ import annotations

from analysis.pipeline import analyse_statements


def _pairs(nlp, text: str):
    doc = nlp(text)
    return doc, analyse_statements(doc)


def _find(pairs, words: str):
    hits = [(st, sc) for st, sc in pairs if words in st.content_text]
    assert hits, f"no statement containing {words!r}: {[st.content_text for st, _ in pairs]}"
    return hits[0]


FAR_BOAST = (
    "Harbour authority rejects pollution claims\n\n"
    "Fishermen in Port Calder said on Monday that oil from the harbour had fouled their nets.\n\n"
    "The Port Calder Harbour Authority denied that any oil had leaked from its tanks.\n\n"
    "The fishermen's association said it would take samples of its own.\n\n"
    "The town council said it was following the dispute closely.\n\n"
    "A local hotel owner said bookings had fallen since the spring.\n\n"
    "Tourism in the region has grown for five years in a row.\n\n"
    "The Port Calder Harbour Authority said all 40 new cranes had been delivered on schedule.\n"
)


def test_a_boast_far_from_the_partys_rebuttal_and_off_its_topic_is_no_denial(nlp) -> None:
    _, pairs = _pairs(nlp, FAR_BOAST)
    _, sc = _find(pairs, "all 40 new cranes")
    assert sc.denial.value == 0


NEAR_BOAST = (
    "Harbour authority rejects pollution claims\n\n"
    "Fishermen in Port Calder said on Monday that oil from the harbour had fouled their nets.\n\n"
    "The Port Calder Harbour Authority denied that any oil had leaked from its tanks. "
    "The authority said all of its tanks had passed their pressure tests in May.\n"
)


def test_a_universal_account_next_to_the_rebuttal_is_still_a_denial(nlp) -> None:
    doc, pairs = _pairs(nlp, NEAR_BOAST)
    st, sc = _find(pairs, "all of its tanks had passed")
    assert sc.denial.value > 0
    assert sc.denial.cues[0].rule.startswith("context.")
    for c in sc.denial.cues:
        assert doc.text[c.span[0]:c.span[1]] == c.text
        assert st.content[0] <= c.span[0] < c.span[1] <= st.content[1]


HEDGED_NEXT = (
    "Airline rejects union's staffing claims\n\n"
    "The cabin crew union said Skylane had cut the number of attendants on its long flights.\n\n"
    "Skylane rejected the claim. About 300 new attendants would probably be hired this year, "
    "the airline said.\n"
)


def test_a_hedged_estimate_after_the_narrative_rebuttal_is_the_partys_next_fact(nlp) -> None:
    _, pairs = _pairs(nlp, HEDGED_NEXT)
    _, sc = _find(pairs, "300 new attendants")
    assert sc.denial.value == 0
