"""Hedges and boosters 1.3.0 on sentences written for these tests (not gold wordings).

Every expectation was decided by reading the sentence against the definitions in
benchmarks/gold/FRAMING_README.md before running it.
"""

from __future__ import annotations

import pytest

from analysis.scores import score_statement, score_text
from analysis.scoring.bare import bare_statement
from tests.support import boosted, scored_bare


def _scores(nlp, content: str, verb: str = "said"):
    statement, doc = bare_statement(content, verb, nlp)
    return score_statement(statement, doc)


@pytest.mark.parametrize("content", [
    # 'up to' as a legal or contractual limit
    "The driver faces up to ten years in prison",
    "The regulator may impose a fine of up to two million dollars",
    "Passengers can claim up to 600 euros in compensation",
    "Nurses may work from home up to two days a week under the new scheme",
    # suggestions, not hedges
    "Perhaps the ministry should check its own figures before lecturing others",
    "Maybe the mayor could explain why the contract went to his cousin",
    "We suggest they spend less time on slogans and more time on the budget",
    # the condition of a permission held by a person
    "Patients may bring one relative into the ward if they need help",
    # past ability
    "Fishermen could sail past the reef in the past, but the channel is now closed",
    "Under the previous rules, students could resit an exam twice",
    "Before the new law, landlords could evict tenants without notice",
    # opening rules
    "Bars may open at 6 p.m. in the old town",
    # concessive 'may ..., but', no longer able, past belief, 'every possible'
    "It may look like a bargain, but it will cost more in the long run",
    "The council could no longer ignore the complaints",
    "At first we thought it was fireworks",
    "We took every possible step to warn residents",
    "The ferry will leave as soon as possible",
    "There are not enough beds in the hospital",
    # rhetorical incredulity, permission to take, the noun 'suspect', active 'feared'
    "It is difficult to imagine how the bridge could have survived",
    "How could anyone believe that?",
    "Passengers may take one bag on board",
    "Suspects were questioned overnight",
    "Residents feared the worst",
    "If you look at the history, this pattern is not new",
    "Students could apply until the end of March under the old system",
    "He could speak four languages by the age of ten",
    "Officials believed the storm would miss the city",
    "Voters believe in change",
    "The defendant may be released on bail if she surrenders her passport",
    "Suspects may be held for up to 48 hours without charge",
    "Fans think the coach should go",
    # feasibility, not epistemic possibility
    "Tracing the money is hard, but it is not impossible",
    # a negated 'rule out' that is not negated
    "Police ruled out foul play",
])
def test_not_hedged(nlp, content):
    h = _scores(nlp, content).hedging
    assert h.value == 0, [(c.text, c.rule) for c in h.cues]


@pytest.mark.parametrize(("content", "rule"), [
    ("Up to 40 people may have been trapped in the mine", "hedge.up_to_num"),
    ("The storm could dump up to 20 centimetres of snow", "hedge.up_to_num"),
    ("Perhaps the fire started in the kitchen", "hedge.perhaps"),
    ("The early figures suggest that turnout fell", "hedge.suggest"),
    ("If the leaked memo is genuine, the minister must resign", "hedge.if_conditional"),
    ("It would be premature to name a cause before the inspection ends", "hedge.premature_to"),
    ("It is not impossible that the samples were switched", "hedge.not_impossible"),
    ("Sabotage cannot be ruled out", "hedge.not_rule_out"),
    ("As far as we know, no files were copied", "hedge.as_far_as_we_know"),
    ("To our knowledge, the dam is holding", "hedge.to_our_knowledge"),
    ("It is not yet clear who fired the first shot", "hedge.not_clear_neg"),
    ("We simply don't have enough data yet to say", "hedge.not_enough_to_say"),
    ("We simply don\u2019t have enough reliable data yet to say", "hedge.not_enough_to_say"),
    ("If you ask me, the deal is dead", "hedge.if_conditional"),
    ("Investigators believe the pilot was trying to land on the motorway",
     "hedge.authority_believe"),
    ("More protesters may be detained in the coming days", "hedge.modal_may"),
    ("I think the talks will collapse", "hedge.first_person_think"),
    ("Inflation may ease, but wages will take longer to recover", "hedge.modal_may"),
    ("A possible gas leak is being investigated", "hedge.possible"),
    ("There is a chance the final will be postponed", "hedge.there_is_a_chance"),
    ("Early indications are that turnout was high", "hedge.indications_are"),
    ("Dozens of miners are feared dead", "hedge.feared"),
    ("Turnout was somewhere between 40 and 45 percent", "hedge.somewhere_between"),
    ("Officials suspect sabotage", "hedge.suspect"),
    ("The rebels could have withdrawn overnight", "hedge.modal_could"),
    ("Investigators have yet to determine what caused the blast", "hedge.yet_to_know"),
    ("There are indications that the levee was weakened by earlier storms", "hedge.indications_that"),
])
def test_hedged(nlp, content, rule):
    h = _scores(nlp, content).hedging
    assert rule in [c.rule for c in h.cues], [(c.text, c.rule) for c in h.cues]


@pytest.mark.parametrize("content", [
    "Referees almost always miss that kind of foul",
    "We may never find out who leaked the memo",
    "Thieves could have copied every file on the server",
    "All parties should return to the negotiating table",
    "As far as we know, the bridge is safe",
    "The cause of the outage is not entirely clear",
    "We urge all parties to return to the table",
    "I have lived here all my life",
    "Investors are not confident about the recovery",
    "The operation will continue until all its goals are met",
])
def test_not_boosted(nlp, content):
    b = _scores(nlp, content).boosting
    assert b.value == 0, [(c.text, c.rule) for c in b.cues]


@pytest.mark.parametrize(("content", "rule"), [
    ("The referee got it wrong, full stop", "boost.full_stop"),
    ("That was a robbery, pure and simple", "boost.pure_and_simple"),
    ("This striker is, without any question, the best in the league", "boost.without_any_question"),
    ("The airline has at no time skipped a safety check", "boost.at_no_time"),
    ("Under no circumstances will we pay the ransom", "boost.under_no_circumstances"),
    ("Every single ballot was counted", "boost.every"),
    ("We have never, ever paid a ransom", "boost.never_comma_ever"),
    ("The sales figures speak for themselves", "boost.speak_for_themselves"),
    ("This was a flagrant breach of the truce", "boost.flagrant"),
    ("There is simply no truth in these rumours", "boost.simply_no"),
    ("It is beyond dispute that the vote was fair", "boost.beyond_dispute"),
    ("We are confident the dam will hold", "boost.confident"),
])
def test_boosted(nlp, content, rule):
    b = _scores(nlp, content).boosting
    assert rule in [c.rule for c in b.cues], [(c.text, c.rule) for c in b.cues]


# ------------------------------------------------------------------------------------------
# Boosting 1.4.0: adjectives of totality on evaluative nouns, on sentences written for this
# test before the rule (blind run: none of the positives flagged, none of the negatives).
#
# (Formerly tests/test_scores_certainty_round2.py.)
# ------------------------------------------------------------------------------------------

def _boost(nlp, content: str):
    statement, doc = bare_statement(content, "said", nlp)
    score = score_statement(statement, doc).boosting
    for c in score.cues:
        assert doc.text[c.span[0]:c.span[1]] == c.text
    return score


@pytest.mark.parametrize(("content", "rule"), [
    ("The referees acted with complete integrity throughout the tournament",
     "boost.complete_evaluative"),
    ("The allegations are total nonsense", "boost.total_evaluative"),
    ("We have absolute confidence in our engineers", "boost.absolute_evaluative"),
    ("The launch was a complete failure", "boost.complete_evaluative"),
    ("The evacuation was an utter disaster", "boost.utter_evaluative"),
    ("Voters have shown complete trust in the new mayor", "boost.complete_evaluative"),
])
def test_emphatic_evaluation(nlp, content, rule):
    assert rule in [c.rule for c in _boost(nlp, content).cues]


@pytest.mark.parametrize("content", [
    "The complete list of candidates will be published on Monday",
    "The total cost of the bridge was $3 million",
    "The party won an absolute majority in parliament",
    "A complete set of records was handed over to the court",
    "Total revenue rose by four percent last year",
])
def test_emphatic_evaluation_quantities(nlp, content):
    assert not _boost(nlp, content).cues


# ------------------------------------------------------------------------------------------
# Round 8: boosting on statements as real articles mix them (dev6).
#
# A universal before a number is a count, not emphasis; "fully" in the stock pledge of
# compliance ("cooperating fully") is not emphasis. Sentences are this project's own.
#
# (Formerly tests/test_scores_round8.py.)
# ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("content", [
    "The strikes had destroyed all 11 designated targets",
    "All 131 passengers and 12 crew were taken off by lifeboats",
    "The ferry company has cancelled all four evening crossings",
    "We will cooperate fully with the investigators",
    "The bank was cooperating fully with the regulator",
    "The government would comply fully with the court's order",
])
def test_counts_and_stock_pledges_are_not_boosted(nlp, content):
    assert not boosted(nlp, content)


@pytest.mark.parametrize("content", [
    "All the rockets found their targets",
    "Every single missile hit its target",
    "We fully reject these accusations",
    "The company is fully responsible for the spill",
])
def test_emphatic_universals_and_fully_stay_boosted(nlp, content):
    assert boosted(nlp, content)


@pytest.mark.parametrize("verb", ["insisted", "denied", "retorted"])
def test_a_counted_universal_in_a_rebuttal_stays_emphatic(nlp, verb):
    assert score_text("all 26 missiles struck their targets", verb, nlp=nlp).boosting.value > 0
    assert score_text("all 26 missiles struck their targets", "reported", nlp=nlp).boosting.value == 0


# ------------------------------------------------------------------------------------------
# Hedged/boosted round 3: non-epistemic senses of hedge cues and non-emphatic senses of
# booster cues, on sentences written for these tests before the rules (topics and wordings not
# taken from the gold set). Expectations were decided by reading each sentence against
# benchmarks/gold/FRAMING_README.md.
#
# (Formerly tests/test_scores_certainty_round3.py.)
# ------------------------------------------------------------------------------------------

# Not hedged: 'too early' as 'prematurely', an 'if' on a rhetorical wh-question, an 'if' that
# sets a future contingency of a plain 'will' forecast or threat, 'up to' as a capacity,
# 'perhaps X would like to explain' (a sarcastic suggestion), a negated 'sign that'.
@pytest.mark.parametrize("content", [
    "The ferry left the harbour too early to pick up the last passengers",
    "The referee blew the whistle too early to give the visitors a fair chance",
    "If the fire was an accident, why did the owners move the stock out the day before?",
    "If the vote was fair, how did a village of 300 people cast 900 ballots?",
    "The nurses will walk out again if the pay offer is not raised",
    "We will close the bridge to lorries if the repairs are delayed",
    "The new stadium will seat up to 40,000 spectators",
    "The shelter can house up to 120 families in winter",
    "Perhaps the regulator would like to explain why the warnings were ignored",
    "Maybe the council would care to explain where the money went",
    "The delay is not a sign that the project is in trouble",
])
def test_round3_not_hedged(nlp, content):
    s = scored_bare(nlp, content)
    assert s.hedging.value == 0, [c.text + "/" + c.rule for c in s.hedging.cues]


# Still hedged: near misses of the classes above.
@pytest.mark.parametrize("content", [
    "It is too early to say whether the treatment works",
    "It is still too early to tell how many homes were lost",
    "If the leaked figures are accurate, the bank will have to raise fresh capital",
    "If the tanker did break the embargo, the insurers will pull its cover",
    "Up to 300 workers may lose their jobs at the plant",
    "As many as 2,000 people could be affected, up to half of them children",
    "Perhaps the drop in sales reflects the warm winter",
    "There are signs that the outbreak is slowing",
    "The storm could reach the coast by Friday if the winds shift",
])
def test_round3_still_hedged(nlp, content):
    s = scored_bare(nlp, content)
    assert s.hedging.value > 0


# Not boosted: 'not one' as the number in an 'X, not Y' contrast.
@pytest.mark.parametrize("content", [
    "The figures cover three seasons, not one",
    "The contract runs for two years, not one",
])
def test_round3_not_boosted(nlp, content):
    s = scored_bare(nlp, content)
    assert s.boosting.value == 0, [c.text + "/" + c.rule for c in s.boosting.cues]


@pytest.mark.parametrize("content", [
    "Not one resident was left behind during the evacuation",
    "We did not lose one vote in the capital, not one",
    "Not one of the engines failed during the test flight",
])
def test_round3_still_boosted(nlp, content):
    s = scored_bare(nlp, content)
    assert s.boosting.value > 0
