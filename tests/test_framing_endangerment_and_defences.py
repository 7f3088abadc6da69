"""Denial and accusation round 6: rules fixed on the first half of 208 invented probe
statements (kept outside the repository), the second half only measured. Each class below has
positives and near-miss negatives written for these tests, on topics and wordings of our own
(not the probe sentences and not the gold items). Every expectation was decided by reading the
sentence against the definitions in benchmarks/gold/FRAMING_README.md before running it.

(Formerly tests/test_scores_round6.py.)"""

from __future__ import annotations

import pytest

from analysis.scores import score_text
from tests.support import accuses, denial_and_accusation, denies

# Class E (accusation, rules/endangerment.py): harm done to people by a party without a
# wrong-word: exposed to a danger, killed by a party's conduct, behind people's backs, people
# sold out, acting on what one knew to be false, confidential data leaked.
E_POS = [
    "The landlord exposed dozens of tenants to black mould for years",
    "The mine operator exposed its workers to silica dust without masks",
    "The shipping firm's greed killed eleven sailors",
    "The hospital trust's cost-cutting killed that patient",
    "The ministry's negligence poisoned an entire village",
    "The board approved the merger behind the shareholders' backs",
    "The federation changed the rules behind our backs",
    "The party leadership sold out the farmers for a trade deal",
    "The mayor signed off figures he knew to be false",
    "The agency published a safety rating it knew was wrong",
    "The police chief leaked classified files to a friendly newspaper",
    "The insurer's greed destroyed the savings of thousands of pensioners",
    "The health board's delays left hundreds of children without treatment",
    "The occupying army left the villages without water for a month",
]
E_NEG = [
    "Workers who were exposed to asbestos in the 1970s are still entitled to compensation",
    "The report exposed the weaknesses of the new timetable",
    "The storm killed eleven sailors off the coast",
    "The shelling killed three people in the village",   # harm with no actor
    "Our decision to close the road saved lives",
    "The goalkeeper hurt his back in training",
    "Tickets for the cup final sold out within an hour",
    "The band sold out the arena twice",
    "We knew the first estimate was wrong and corrected it the same day",
    "The documents were leaked to the press on Friday",  # no doer named
    "The minister leaked nothing, a spokesman said",
    "The floods destroyed the homes of thousands of families",      # no party
    "The blizzard left thousands of households without power",      # no party
    "Our decision left a few passengers without seats",             # the speaker's side
]

# Class V (accusation): rules that read who a charge is about.
V_POS = [
    "Those who gave the order to fire must answer for the deaths of the miners",
]
V_NEG = [
    "Anyone who breaks the truce will answer for it",    # a threat about whoever does it
    "The court denied bail to the two suspects",          # a ruling, not a wrong
    "The judge denied the defendants access to the case files",
    "The fire was caused by lightning, not by any fault in the wiring",  # rules a party out
]

# Class D (denial, rules/diligence.py and rules/counterclaims.py): conduct defended as all
# one could do; present counter-explanations 'due to X, not Y'; illicit deeds negated;
# 'despite what X claims'; disowning a deed with 'not ours'.
D_POS = [
    "The lifeguards did everything they could to save the swimmer",
    "Our staff have done everything in their power to keep the ward open",
    "The crew did all they could before the ship went down",
    "The shortage of nurses is due to the pandemic, not to any cuts",
    "The drop in ticket sales is down to the weather, not the new prices",
    "The cyclist has never taken a banned substance in his career",
    "The councillor did not accept a bribe from the developer",
    "Despite what the opposition says, the hospital will stay open",
    "The drone that crashed near the airport was not ours",
]
D_NEG = [
    "We will do everything we can to find the missing climbers",       # a promise
    "The government must do everything in its power to end the strike",  # a demand
    "She did everything herself",                                       # no bound
    "We want fair wages, not promises",                                 # a preference
    "The player will never take painkillers before a match again",     # a resolution
    "That decision was not ours to make",                               # a duty, not a deed
    "The strategy was wrong from the start, and we should change course",  # criticism
    "Unemployment did not fall as fast as economists had expected",     # degree, not event
    "The prosecutors built their case on testimony they knew to be false",  # an accusation
]


@pytest.mark.parametrize("content", E_POS)
def test_harm_done_by_party_accuses(nlp, content):
    assert accuses(nlp, content)


@pytest.mark.parametrize("content", E_NEG)
def test_harm_done_near_misses(nlp, content):
    assert not accuses(nlp, content)


@pytest.mark.parametrize("content", V_POS)
def test_past_deed_of_those_who_accuses(nlp, content):
    assert accuses(nlp, content)


@pytest.mark.parametrize("content", V_NEG)
def test_threats_rulings_and_ruled_out_causes_do_not_accuse(nlp, content):
    assert not accuses(nlp, content)


@pytest.mark.parametrize("content", D_POS)
def test_defences_and_counter_explanations_deny(nlp, content):
    assert denies(nlp, content)


@pytest.mark.parametrize("content", D_NEG)
def test_denial_near_misses(nlp, content):
    assert not denies(nlp, content)


def test_knowing_falsity_accuses_without_denying(nlp):
    assert denial_and_accusation(nlp, "The prosecutors built their case on testimony they knew to be false") == (
        False, True)


def test_new_cues_keep_exact_offsets(nlp):
    """Every new cue's span points at its own text in the parsed statement."""
    from analysis.scoring.bare import bare_statement

    for content in E_POS + D_POS:
        statement, doc = bare_statement(content, "said", nlp)
        s = score_text(content, "said", nlp=nlp)
        for cue in s.denial.cues + s.accusation.cues:
            assert doc.text[cue.span[0]:cue.span[1]] == cue.text


# Class S (accusation 1.13.0, rules/partiality.py): a purpose that serves one party set
# against the people it should serve; property burned or razed by people; pressure on
# vulnerable people (coerces_people).
S_POS = [
    "The zoning plan was drawn up to enrich the developers, not the residents",
    "The pension reform was designed to shield the bankers, not the savers",
    "The club's directors changed the statutes to protect themselves, not the members",
    "Soldiers torched dozens of homes in the border village",
    "Militiamen burned the village mosque during the night",
    "The manager pressured sick employees to come in for the night shift",
]
S_NEG = [
    "We drafted the code to protect children, not to punish parents",    # own purpose
    "We want investment, not promises",                                   # no purpose
    "Farmers burned the stubble after the harvest",                       # work
    "The villagers burned their own fields to stop the locusts",          # own property
    "Supporters pressured the coach to resign after the defeat",          # not vulnerable
    "Parents pressured the hospital to reopen the maternity ward",        # lobbying
    "The minister helped the pensioners, not the banks, with the new law",  # no purpose
]


@pytest.mark.parametrize("content", S_POS)
def test_partiality_and_destruction_accuse(nlp, content):
    assert accuses(nlp, content)


@pytest.mark.parametrize("content", S_NEG)
def test_partiality_and_destruction_near_misses(nlp, content):
    assert not accuses(nlp, content)


def test_own_people_stay_victims_while_own_property_does_not(nlp):
    assert accuses(nlp, "The junta shelled its own citizens in the capital")
    assert not accuses(nlp, "The villagers burned their own fields to stop the locusts")
