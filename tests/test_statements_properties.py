"""Properties of extract_statements on generated articles: it never crashes and every span it
returns points into the text (quotes nested or unbalanced, long sentences, other scripts)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.quotes import find_quotes
from analysis.statements import extract_statements

SPEAKERS = ["he", "she", "they", "the ministry", "a spokesman", "Turkish officials",
            "Maria Santos, a Brazilian senator,", "the agency", "two eyewitnesses", "Kerry"]
VERBS = ["said", "added", "told reporters", "warned", "insisted", "claimed", "noted"]
WORDS = ["the", "missiles", "landed", "in", "Iran", "Russia's", "don't", "'90s", "O'Brien",
         "talks", "would", "resume", "on", "Monday", "نحن", "мы", "我们", "🚀", "ça", "Zürich",
         "peace", "plan", "—", "a", "so-called"]
MARKS = ['"', "“", "”", "‘", "’", "'", "«", "»", "„"]


@st.composite
def clause(draw) -> str:
    return " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40)))


@st.composite
def piece(draw) -> str:
    kind = draw(st.sampled_from(["quote_after", "quote_before", "reported", "nested", "split",
                                 "stray", "plain", "long"]))
    sp, verb, c = draw(st.sampled_from(SPEAKERS)), draw(st.sampled_from(VERBS)), draw(clause())
    o, cl = draw(st.sampled_from(MARKS)), draw(st.sampled_from(MARKS))
    if kind == "quote_after":
        return f"{o}{c},{cl} {sp} {verb}."
    if kind == "quote_before":
        return f"{sp.capitalize()} {verb}: {o}{c}{cl}"
    if kind == "reported":
        return f"{sp.capitalize()} {verb} that {c}."
    if kind == "nested":
        inner = draw(clause())
        return f'{sp.capitalize()} {verb} "{c} \'{inner}\' {c}."'
    if kind == "split":
        return f"{o}{c},{cl} {sp} {verb}, {o}{draw(clause())}.{cl}"
    if kind == "stray":
        return f"{c} {o} {c}"
    if kind == "long":
        return ", and ".join(draw(clause()) for _ in range(draw(st.integers(5, 15)))) + "."
    return c + "."


@st.composite
def article(draw) -> str:
    paras = draw(st.lists(st.lists(piece(), min_size=1, max_size=4), min_size=1, max_size=5))
    sep = draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n"]))
    return sep.join(" ".join(p) for p in paras)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=article())
def test_spans_stay_in_text(nlp, text):
    doc = nlp(text)
    for s in extract_statements(doc):
        a, b = s.content
        assert 0 <= a < b <= len(text)
        assert text[a:b] == s.content_text
        assert s.content_text.strip()
        assert s.sentence[0] <= a and b <= s.sentence[1] <= len(text)
        assert s.kind in ("direct", "reported", "mixed")
        if s.cue_span is not None:
            assert text[s.cue_span[0]:s.cue_span[1]] == s.cue
        if s.speaker is not None:
            ss, se = s.speaker.span
            assert text[ss:se] == s.speaker.text
            rs, re_ = s.speaker.resolved_span
            assert text[rs:re_] == s.speaker.resolved_text
        if s.parent is not None:
            assert s.parent[0] <= a and b <= s.parent[1]


@settings(max_examples=100, deadline=None)
@given(text=st.lists(st.sampled_from(list("ab c.\n'\"“”‘’«»„") + ["don't"]), max_size=120).map("".join))
def test_quote_pairing_never_crashes_and_pairs_in_order(text):
    quotes = find_quotes(text, nested=True)
    for q in quotes:
        assert 0 <= q.open < q.inner[0] <= q.inner[1] <= len(text)
        assert q.close >= q.inner[1]
    tops = [q for q in quotes if q.depth == 0]
    for x, y in zip(tops, tops[1:], strict=False):
        assert x.outer[1] <= y.open  # top-level quotes never overlap


def test_a_dash_at_the_very_end_of_the_text_is_no_crash(nlp):
    # found by hypothesis: a dash attribution with nothing after it, at the end of the text
    from analysis.statements import extract_statements

    text = '"the," he said. He said: "the" — " —'
    for found in extract_statements(nlp(text)):
        assert 0 <= found.content[0] <= found.content[1] <= len(text)
