"""Properties of the framing scores on generated news-like sentences (hypothesis).

- every cue points at its own text, inside the statement's sentence;
- scoring is deterministic and values stay in range;
- each value is recomputed exactly from its cues;
- empty, one-word and odd statements never crash.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.scores import score_statement, score_text
from analysis.sentiment import compound
from analysis.types import Statement, StatementScores

WORDS = ["the", "missiles", "may", "might", "could", "have", "crashed", "in", "Iran", "at", "least", "four", "up", "to", "10", "all", "every", "never", "not", "no", "nothing", "denied", "rejected", "claimed", "said", "admitted", "confirmed", "baseless", "lie", "lies", "lying", "propaganda", "psychological", "warfare", "accused", "Washington", "of", "clearly", "of", "course", "reportedly", "unclear", "appears", "to", "be", "believed", "so-called", "sarcasm", "good", "bad", "great", "terrible", "success", "failure", "Russia's", "Pentagon", "officials", "said", "that", "hit", "their", "targets", "did", "n't", "happen", "fake", "war", "crimes", "responsible", "for", "deliberately", "deceptive", "probably", "perhaps", "if", ",", ".", "!", "?", ";", ":", "—", "(", ")", "26", "1990s"]
MARKS = ["“", "”", "‘", "’", '"', "'", "«", "»"]

PROFILE = settings(deadline=None, max_examples=60,
                   suppress_health_check=[HealthCheck.function_scoped_fixture])

token = st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKS),
                  st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=6))
texts = st.lists(token, min_size=1, max_size=30).map(" ".join)


@st.composite
def statements(draw, nlp):
    text = draw(texts)
    doc = nlp(text)
    if len(doc) == 0:
        return text, doc, None
    i = draw(st.integers(0, len(doc) - 1))
    j = draw(st.integers(i, len(doc)))
    a = doc[i].idx
    b = doc[j - 1].idx + len(doc[j - 1].text) if j > i else a
    s0 = doc[i].sent.start_char
    s1 = (doc[j - 1].sent if j > i else doc[i].sent).end_char
    cue_span = None
    cue = None
    if draw(st.booleans()):
        k = draw(st.integers(doc[i].sent.start, max(doc[i].sent.start, doc[i].sent.end - 1)))
        cue_span = (doc[k].idx, doc[k].idx + len(doc[k].text))
        cue = doc[k].text
    kind = draw(st.sampled_from(["direct", "reported", "mixed"]))
    stmt = Statement(content=(a, b), content_text=text[a:b], kind=kind, cue=cue,
                     cue_span=cue_span, speaker=None, sentence=(s0, s1), method="property")
    return text, doc, stmt


def check_invariants(text: str, stmt: Statement, scores: StatementScores) -> None:
    s0, s1 = stmt.sentence
    for frame in scores.all():
        for c in frame.cues:
            assert c.score == frame.frame
            assert text[c.span[0]:c.span[1]] == c.text, (frame.frame, c)
            assert s0 <= c.span[0] < c.span[1] <= s1, (frame.frame, c, stmt.sentence)
    # values recomputed from cues
    assert scores.sentiment.value == compound([c.weight for c in scores.sentiment.cues])
    for frame in (scores.hedging, scores.boosting, scores.denial, scores.accusation,
                  scores.scare_quotes, scores.sarcasm, scores.verb_stance):
        total = 0.0
        for c in frame.cues:
            total += c.weight
        assert frame.value == total, frame
    # ranges
    assert -1.0 <= scores.sentiment.value <= 1.0
    for frame in (scores.hedging, scores.boosting, scores.denial, scores.accusation,
                  scores.scare_quotes, scores.sarcasm):
        assert frame.value >= 0
        assert all(c.weight > 0 for c in frame.cues)
    assert scores.verb_stance.value in (0.0, 1.0, -1.0, -1.5)
    assert len(scores.verb_stance.cues) <= 1
    assert scores.verb_stance.label in (None, "neutral", "endorsing", "distancing", "disparaging")
    assert scores.hedged == (scores.hedging.value > 0)


@given(data=st.data())
@PROFILE
def test_cues_point_at_their_text_and_values_recompute(nlp, data):
    text, doc, stmt = data.draw(statements(nlp))
    if stmt is None:
        return
    scores = score_statement(stmt, doc)
    check_invariants(text, stmt, scores)


@given(data=st.data())
@PROFILE
def test_scoring_is_deterministic(nlp, data):
    text, doc, stmt = data.draw(statements(nlp))
    if stmt is None:
        return
    assert score_statement(stmt, doc) == score_statement(stmt, doc)
    assert score_statement(stmt, nlp(text)) == score_statement(stmt, doc)


@given(content=st.one_of(st.just(""), st.just(" "), token, texts),
       verb=st.one_of(st.none(), st.sampled_from(["said", "denied", "pointed out", "according to",
                                                   "claimed", "", "told reporters"])))
@PROFILE
def test_score_text_never_crashes(nlp, content, verb):
    scores = score_text(content, verb, nlp=nlp)
    assert isinstance(scores, StatementScores)
    assert -1.0 <= scores.sentiment.value <= 1.0


def test_empty_content_span_scores_zero(nlp):
    text = "Officials said nothing."
    doc = nlp(text)
    stmt = Statement(content=(15, 15), content_text="", kind="reported", cue="said",
                     cue_span=(10, 14), speaker=None, sentence=(0, len(text)), method="property")
    scores = score_statement(stmt, doc)
    for frame in scores.all():
        if frame.frame != "verb_stance":
            assert frame.value == 0
    assert scores.verb_stance.label == "neutral"
