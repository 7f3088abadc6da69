"""Framing scores, rule by rule, on sentences written for these tests.

Every expectation was decided by reading the sentence, before running the scorer.
"""

from __future__ import annotations

import random

import pytest

from analysis.scores import score_statement, score_text
from analysis.sentiment import analyzer, compound, vader_compound, vader_valences
from analysis.types import Statement
from tests.support import accusation, boosted, denial, hedged


def statement_in(nlp, text: str, content: str, cue: str | None = None,
                 kind: str = "reported"):
    """Parse ``text`` once and build the Statement whose content is ``content``."""
    doc = nlp(text)
    a = text.index(content)
    b = a + len(content)
    sent = next(s for s in doc.sents if s.start_char <= a < s.end_char)
    last = next(s for s in doc.sents if s.start_char < b <= s.end_char)
    cue_span = None
    if cue is not None:
        c = text.index(cue)
        cue_span = (c, c + len(cue))
    st = Statement(
        content=(a, b), content_text=content, kind=kind, cue=cue, cue_span=cue_span,
        speaker=None, sentence=(sent.start_char, last.end_char), method="test",
    )
    return st, doc


# --- hedging -------------------------------------------------------------------------------


@pytest.mark.parametrize("content", [
    "The missiles may have crashed in Iran",
    "The minister may resign next week",
    "The storm may not reach the coast",
    "The strikes could escalate the conflict",
    "The new strain might spread more easily",
])
def test_epistemic_modals_hedge(nlp, content):
    assert hedged(nlp, content)


@pytest.mark.parametrize("content", [
    "Voters may bring a companion to the polling station",
    "Residents may return to their homes only after noon",
    "Defendants may not leave the country",
    "The court may impose a fine on the company",
    "Applicants may be required to show identification",
    "Shops may open on Sundays under the new law",
    "The factory could produce 400 cars a day in the 1990s",
    "Rescuers could not reach the village",
])
def test_deontic_and_ability_modals_do_not_hedge(nlp, content):
    assert not hedged(nlp, content)


def test_at_least_with_and_without_number(nlp):
    assert hedged(nlp, "At least four missiles crashed in Iran")
    assert not hedged(nlp, "Russia has at least shown that it is willing to talk")
    assert hedged(nlp, "Up to 10,000 people fled the fighting")
    assert not hedged(nlp, "It is up to the court to decide")
    assert hedged(nlp, "As many as four of the missiles went astray")
    scores = score_text("The ministry published as many photographs as it could find", "said", nlp=nlp)
    assert "hedge.as_many_as_num" not in {c.rule for c in scores.hedging.cues}


def test_hedge_words_and_cues(nlp):
    scores = score_text("The missiles reportedly fell in a sparsely populated area", "said", nlp=nlp)
    assert [c.text for c in scores.hedging.cues] == ["reportedly"]
    assert scores.hedging.value == 1.0 and scores.hedged
    assert hedged(nlp, "It is unclear whether the missiles caused any damage")
    assert hedged(nlp, "Some of the missiles are believed to have come down near the border")
    assert hedged(nlp, "The ceasefire appears to be holding")
    assert not hedged(nlp, "The minister appeared on television on Monday")
    assert hedged(nlp, "The reports cannot be independently verified")
    assert not hedged(nlp, "The missiles hit their targets")


def test_hedging_counts_every_cue(nlp):
    scores = score_text("Perhaps as many as four missiles may have crashed", "said", nlp=nlp)
    assert scores.hedging.value == 3.0
    assert {c.rule for c in scores.hedging.cues} == {
        "hedge.perhaps", "hedge.as_many_as_num", "hedge.modal_may"}


def test_hedge_adverb_on_the_reporting_verb_counts(nlp):
    st, doc = statement_in(nlp, "Iran reportedly said that the blast came from a quarry.",
                           "the blast came from a quarry", cue="said")
    scores = score_statement(st, doc)
    assert [c.text for c in scores.hedging.cues] == ["reportedly"]


# --- boosting ------------------------------------------------------------------------------


def test_emphatic_all_only(nlp):
    assert boosted(nlp, "All rockets found their targets")
    assert boosted(nlp, "All of the missiles hit their targets")
    assert not boosted(nlp, "The radar was switched on all of the time")
    assert not boosted(nlp, "The ministry did not comment at all")


def test_boosters(nlp):
    assert boosted(nlp, "The new law is clearly unconstitutional")
    assert boosted(nlp, "Of course the factory will open on schedule")
    assert boosted(nlp, "The fact remains that the missiles hit their targets")
    assert boosted(nlp, "This was a blatant violation of the truce")
    # boosters 1.8.0: a plain "never" is a flat denial, only a reinforced one is emphasis
    assert not boosted(nlp, "I never promised to cut pensions")
    assert boosted(nlp, "I never once promised to cut pensions")
    assert not boosted(nlp, "The incumbent has never lost an election in this district")
    assert not boosted(nlp, "The coalition will almost certainly survive the vote")
    assert hedged(nlp, "The coalition will almost certainly survive the vote")
    assert not boosted(nlp, "The Kalibr is a very accurate weapon")


# --- denial --------------------------------------------------------------------------------


@pytest.mark.parametrize("content", [
    "No missile fell on Iranian soil",
    "Not a single missile landed in Iran",
    "Nothing of the kind happened",
    "The report is baseless",
    "The story is a lie",
    "The company is not responsible for the leak",
    "I never took any money from the contractor",
    "There is no evidence that any missile reached Iran",
])
def test_denials(nlp, content):
    assert denial(nlp, content).value > 0


@pytest.mark.parametrize("content", [
    "Nobody was hurt in the explosion",
    "Russia does not intend to send ground troops",
    "The commission did not publish results until after midnight",
    "We have no information about the missiles",
    "The judge did not give reasons for the delay",
])
def test_plain_negation_is_not_denial(nlp, content):
    assert denial(nlp, content).value == 0


def test_denial_verb_as_reporting_cue_counts_and_lies_outside_the_content(nlp):
    st, doc = statement_in(nlp, "Iran denied that any of its missiles went off course.",
                           "any of its missiles went off course", cue="denied")
    scores = score_statement(st, doc)
    assert scores.denial.value == 1.0
    (cue,) = scores.denial.cues
    assert cue.text == "denied" and cue.rule == "denial.deny"
    assert not (st.content[0] <= cue.span[0] < st.content[1])


def test_negated_denial_verb_is_not_a_denial(nlp):
    assert denial(nlp, "The ministry did not deny the reports").value == 0


def test_denial_target(nlp):
    st, doc = statement_in(
        nlp, "The ministry flatly denied Western media reports that its missiles had crashed.",
        "its missiles had crashed", cue="denied")
    assert score_statement(st, doc).denial.target == "Western media"
    assert denial(nlp, "These claims are a product of the imagination of Pentagon officials"
                  ).target == "Pentagon officials"


# --- accusation ----------------------------------------------------------------------------


def test_accusations_and_targets(nlp):
    acc = accusation(nlp, "Washington is spreading lies about the strikes")
    assert acc.value > 0 and acc.target == "Washington"
    acc = accusation(nlp, "The Pentagon is lying about the missiles")
    assert acc.value > 0 and acc.target == "Pentagon"
    acc = accusation(nlp, "The reports are American propaganda")
    assert acc.value > 0 and acc.target == "American"
    acc = accusation(nlp, "The doping allegations are a malicious campaign by our rivals")
    assert acc.value > 0 and acc.target == "our rivals"
    assert accusation(nlp, "Government forces shelled residential areas overnight").value > 0


def test_accused_object_is_the_target(nlp):
    st, doc = statement_in(nlp, "The minister accused Washington of spreading misinformation.",
                           "spreading misinformation", cue="accused")
    acc = score_statement(st, doc).accusation
    assert acc.target == "Washington"
    assert "accused" in [c.text for c in acc.cues]


@pytest.mark.parametrize("content", [
    "Iranian media have labelled the reports psychological warfare",
    "It is not true that the government ignored the court's order",
    "Observers found no evidence of systematic fraud",
    "At least 11 civilians have been killed in air raids",
    "The new law is a mistake",
])
def test_reported_negated_or_agentless_is_not_accusation(nlp, content):
    assert accusation(nlp, content).value == 0


@pytest.mark.parametrize("content,expected", [
    ("The army broke the ceasefire twice overnight", True),
    ("The storm broke records across the region", False),
    ("We hold Moscow responsible for the attack", True),
    ("The bank is responsible for half of all mortgages in the country", False),
    ("The authorities are stoking tensions ahead of the vote", True),
    ("The plan could undermine confidence in the currency", False),
    ("The police used brutal force against peaceful protesters", True),
    ("The weather was brutal for the runners", False),
    ("Data breaches have become more common", False),
    ("A mortar shell hit a house in the village", False),
])
def test_accusation_needs_an_actor_or_a_wrong(nlp, content, expected):
    assert (accusation(nlp, content).value > 0) is expected


# --- verb stance ---------------------------------------------------------------------------


@pytest.mark.parametrize("verb,value,label", [
    ("said", 0.0, "neutral"),
    ("told reporters", 0.0, "neutral"),
    ("confirmed", 1.0, "endorsing"),
    ("revealed", 1.0, "endorsing"),
    ("claimed", -1.0, "distancing"),
    ("alleged", -1.0, "distancing"),
    ("insisted", -1.0, "distancing"),
    ("admitted", -1.5, "disparaging"),
    ("conceded", -1.5, "disparaging"),
])
def test_verb_stance_grades(nlp, verb, value, label):
    vs = score_text("The strikes hit their targets", verb, nlp=nlp).verb_stance
    assert (vs.value, vs.label) == (value, label)
    assert vs.cues[0].text == verb.split()[0]


def test_verb_stance_particle_verb_and_non_verb_cue(nlp):
    st, doc = statement_in(nlp, "The general pointed out that the ships fired 26 missiles.",
                           "the ships fired 26 missiles", cue="pointed")
    vs = score_statement(st, doc).verb_stance
    assert (vs.value, vs.label, vs.cues[0].text) == (1.0, "endorsing", "pointed out")
    st, doc = statement_in(nlp, "According to the ministry, the ships fired 26 missiles.",
                           "the ships fired 26 missiles", cue="According to")
    vs = score_statement(st, doc).verb_stance
    assert (vs.value, vs.label) == (0.0, "neutral")


def test_unknown_or_missing_verb_has_no_label(nlp):
    vs = score_text("The strikes hit their targets", "whispered", nlp=nlp).verb_stance
    assert (vs.value, vs.label, vs.cues) == (0.0, None, ())
    vs = score_text("The strikes hit their targets", None, nlp=nlp).verb_stance
    assert (vs.value, vs.label) == (0.0, None)


# --- scare quotes and sarcasm --------------------------------------------------------------


def test_scare_quote_in_the_journalists_sentence(nlp):
    text = ("The ministry described the reports as “psychological warfare” and said its "
            "missiles hit their targets.")
    st, doc = statement_in(nlp, text, "its missiles hit their targets", cue="said")
    sq = score_statement(st, doc).scare_quotes
    assert sq.value == 1.0
    assert [c.text for c in sq.cues] == ["“psychological warfare”"]


def test_the_statements_own_quote_marks_and_apostrophes_are_not_scare_quotes(nlp):
    text = "“We do not rely on anonymous sources,” Russia’s spokesman told journalists."
    st, doc = statement_in(nlp, text, "We do not rely on anonymous sources", cue="told",
                           kind="direct")
    assert score_statement(st, doc).scare_quotes.value == 0
    text = "He said the ‘strike’ was a test, while Russia’s ministry said nothing."
    st, doc = statement_in(nlp, text, "the ‘strike’ was a test", cue="said")
    sq = score_statement(st, doc).scare_quotes
    assert [c.text for c in sq.cues] == ["‘strike’"]


def test_long_quotes_are_not_scare_quotes_but_so_called_is(nlp):
    text = 'He said the "missiles had all hit their designated targets on time" yesterday.'
    st, doc = statement_in(nlp, text, 'the "missiles had all hit their designated targets on time" yesterday',
                           cue="said", kind="mixed")
    assert score_statement(st, doc).scare_quotes.value == 0
    text = "He said the so-called experts had been wrong all along."
    st, doc = statement_in(nlp, text, "the so-called experts had been wrong all along", cue="said")
    scores = score_statement(st, doc)
    assert scores.scare_quotes.value == 1.0
    assert scores.scare_quotes.cues[0].text.startswith("so-called")
    assert scores.sarcasm.value == 1.0


def test_sarcasm_needs_a_mark(nlp):
    text = ("He suggested, with evident sarcasm, that American officials should spend less "
            "time watching television.")
    content = "American officials should spend less time watching television"
    st, doc = statement_in(nlp, text, content, cue="suggested")
    sarc = score_statement(st, doc).sarcasm
    assert sarc.value == 1.0 and sarc.cues[0].text == "sarcasm"
    st, doc = statement_in(nlp, f"He suggested that {content}.", content, cue="suggested")
    assert score_statement(st, doc).sarcasm.value == 0
    # Irony without a lexical mark is out of reach, by design.
    assert score_text("Another brilliant idea from the ministry", "said", nlp=nlp).sarcasm.value == 0
    assert score_text("What a surprise that the inquiry cleared the minister", "said",
                      nlp=nlp).sarcasm.value == 1.0


def test_scare_quoted_evaluative_word_in_a_direct_quote_is_irony(nlp):
    text = "“Every missile found its target, however ‘unexpected’ that may be,” he said."
    content = "Every missile found its target, however ‘unexpected’ that may be,"
    st, doc = statement_in(nlp, text, content, cue="said", kind="direct")
    sarc = score_statement(st, doc).sarcasm
    assert [c.text for c in sarc.cues] == ["‘unexpected’"]


# --- sentiment -----------------------------------------------------------------------------


def test_sentiment_is_on_the_content_not_the_reporting_frame(nlp):
    content = "the talks went well"
    framed = score_text(content, "denied", nlp=nlp).sentiment
    assert framed.value == vader_compound(content) > 0
    assert all(c.text != "denied" for c in framed.cues)
    # 'denied' alone is negative for VADER: it must not leak in.
    assert vader_compound(f"{content}, officials denied.") != framed.value


def test_sentiment_cue_offsets_point_into_the_article(nlp):
    text = "Officials said the strikes were a great success. Nobody disputed it."
    st, doc = statement_in(nlp, text, "the strikes were a great success", cue="said")
    sent = score_statement(st, doc).sentiment
    assert sent.value > 0.05
    for c in sent.cues:
        assert text[c.span[0]:c.span[1]] == c.text
    assert {c.text for c in sent.cues} >= {"great", "success"}


VADER_EXAMPLES = [
    "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
    "The plot was good, but the characters are uncompelling and the dialog is not great.",
    "At least it isn't a horrible book.",
    "Today only kinda sux! But I'll get by, lol",
    "Not bad at all", "Without a doubt, an excellent idea.", "kind of good",
    "Roger Dodger is one of the least compelling variations on this theme.",
    "Catch utf-8 emoji such as 💘 and 💋 and 😁", "no no good bad but bad good good",
    "It was not a scandal ?? Really ?!", "The  missiles   hit   their targets!",
    "", "   ", "!!!", "good😁ok!!",
]


def test_vader_reimplementation_matches_polarity_scores():
    sia = analyzer()
    words = ["good", "bad", "not", "never", "no", "but", "kind", "of", "very", "extremely", "least", "at", "the", "missiles", "failed", "success", "great", "horrible", "GREAT", "BAD", "!", "?", ":)", "without", "doubt", "so", "this", "hardly", "lie", "liar", "fake", "terrible", "love", "war", "peace", "killed", "destroyed", "crashed", "safe"]
    rnd = random.Random(7)
    texts = list(VADER_EXAMPLES)
    for _ in range(400):
        texts.append(" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 18))))
    for t in texts:
        assert vader_compound(t) == sia.polarity_scores(t)["compound"], t


def test_vader_cue_weights_recompute_compound():
    for t in VADER_EXAMPLES:
        vals = vader_valences(t, offset=10)
        assert compound([v.weight for v in vals]) == analyzer().polarity_scores(t)["compound"]
        for v in vals:
            assert t[v.span[0] - 10:v.span[1] - 10] == v.text


# --- score_text ----------------------------------------------------------------------------


def test_score_text_parses_once_and_builds_the_frame(nlp):
    calls = []

    def counting(text):
        calls.append(text)
        return nlp(text)

    scores = score_text("The missiles may have crashed", "claimed", nlp=counting)
    assert len(calls) == 1
    assert scores.verb_stance.label == "distancing"
    assert scores.hedged
    scores = score_text("The ships fired 26 missiles", "according to", nlp=counting)
    assert scores.verb_stance.label == "neutral"
