"""Round 10 (framing10a): accusations carried by consequence, sarcasm, timing and questions.

Classes grouped from the missed accusations of the tuning splits (dev4, dev5, dev6), each
written as a rule over the parse and checked on invented probe statements first. Each class
has near misses that must not fire: a cause that is no party, the speaker's own deed, a good
outcome, thanks that are meant. Every sentence is this project's own invention.

(Formerly tests/test_scores_round10_a.py.)"""

from __future__ import annotations

import pytest

from tests.support import accusation_rules, accuses

# --- blame by consequence (rules/consequence.py) ---

@pytest.mark.parametrize("content", [
    "The sports hall flooded in March because the district never repaired the gutters",
    "The ticket site crashed on opening day because the promoter hired the cheapest host it "
    "could find",
    "The apples rotted in the warehouse because the cooperative sold its cold store",
    "Water bills went up by a fifth because the utility paid out its reserves to shareholders",
    "The residents spent a week without electricity because the landlord stopped paying the "
    "supplier",
    "Diphtheria is back in the valley because the health board closed the village clinics",
    "The blood samples arrived spoiled because the courier left them in a van over the weekend",
])
def test_adverse_outcome_because_of_party_deed(nlp, content):
    assert "acc.adverse_because_deed" in accusation_rules(nlp, content)


def test_thanks_to_party_conduct_before_adverse_outcome(nlp):
    content = "Thanks to the mayor's delay, the families on the hill still have no running water"
    assert "acc.adverse_thanks_to" in accusation_rules(nlp, content)


@pytest.mark.parametrize("content", [
    "The sports hall flooded in March because the river rose over its banks",
    "The ticket site crashed because of a power cut at the data centre",
    "Water bills went up because energy prices doubled over the winter",
    "The bridge reopened because the engineers finished the repairs early",
    "The lane was closed because the council is relaying the pipes",
    "We closed the ward because the roof was unsafe",
    "Thanks to the volunteers' work, the families on the hill now have running water",
    "The sports hall did not flood because the district repaired the gutters in time",
])
def test_no_party_or_no_harm_does_not_accuse(nlp, content):
    assert not accuses(nlp, content)


# --- sarcastic praise aimed at an actor's deed (rules/sarcasm.py) ---

@pytest.mark.parametrize("content", [
    "Nice of the energy firm to mention the price rise after the switching window closed",
    "How generous of the university to freeze fees a year after students were priced out",
    "Lovely to see the mayor open a skate park in the same month he closed the youth centre",
    "How thoughtful of the owner to send flowers to the families he is suing",
    "Brilliant: the agency that lost the files now wants us to trust it with our health data",
    "Kind of the embassy to answer our letters once the detainee had been deported",
])
def test_sarcastic_praise_with_a_sting_accuses(nlp, content):
    assert any(r.startswith("acc.sarcastic_") for r in accusation_rules(nlp, content))


@pytest.mark.parametrize("content", [
    "Nice of the lifeguards to stay late so the children could finish their swim",
    "Lovely to see the harbour full of fishing boats again",
    "How kind of our neighbours to feed the cat while we were away",
    "Brilliant: the youth team won the regional cup on penalties",
    "It was good of the council to fix the streetlights after the storm",
    "Good news for commuters: the bridge reopens on Monday",
])
def test_meant_praise_does_not_accuse(nlp, content):
    assert not accuses(nlp, content)


# --- timing that implies a kickback or a cover-up (rules/timing.py) ---

@pytest.mark.parametrize("content", [
    "The licensing panel renewed the casino's permit a week after its chairman accepted a "
    "luxury holiday from the owners",
    "The transport ministry awarded the bus contract after two of its advisers were given "
    "shares in the winning firm",
    "The county signed off the landfill after its planning chief joined the operator's payroll",
])
def test_decision_after_own_benefit_accuses(nlp, content):
    assert "acc.favour_after_benefit" in accusation_rules(nlp, content)


@pytest.mark.parametrize("content", [
    "The fund manager moved the pension money offshore the day before the firm collapsed",
    "The authorities shut the opposition newspaper three days before the referendum",
    "The water board signed the pipeline deal a week before the tender closed",
    "The developer bulldozed the old orchard months before any permit had been granted",
])
def test_deed_timed_before_reckoning_accuses(nlp, content):
    assert "acc.timed_before_event" in accusation_rules(nlp, content)


@pytest.mark.parametrize("content", [
    "The licensing panel renewed the casino's permit a week after the owners installed new "
    "fire doors",
    "The transport ministry awarded the bus contract after the winning firm lowered its price",
    "The electoral office published the polling station list two days before the vote",
    "The museum closed its cafe three days before the new year",
    "The broadcaster moved the debate to a larger hall two days before the election",
    "We signed the lease a week before the deadline",
    "Our fund moved the pension money into bonds the day before the firm collapsed",
])
def test_ordinary_sequence_does_not_accuse(nlp, content):
    assert not accuses(nlp, content)


# --- why-questions that insinuate by a detail (rules/insinuating.py) ---

@pytest.mark.parametrize("content", [
    "Why did the county clerk quietly remove the voter rolls from the website?",
    "Why did the ministry pay the consultants through a shell company in Malta?",
    "Why did the board meet behind closed doors to approve the merger?",
    "Why did the patrol switch off its radio minutes before the shooting?",
    "Why did the commission move the count to a hall with no observers the night before the "
    "result?",
])
def test_why_question_with_suspicious_detail_accuses(nlp, content):
    assert "acc.rq_why_detail" in accusation_rules(nlp, content)


@pytest.mark.parametrize("content", [
    "Why did the county clerk move the voter rolls to a new website?",
    "Why did the board approve the merger?",
    "Why do owls hunt at night?",
    "Why did the storm knock the power off across the valley?",
    "Why did we move the count to a bigger hall? Because there were more ballots",
    "The board met behind closed doors to approve the merger.",
])
def test_plain_why_question_does_not_accuse(nlp, content):
    assert not accuses(nlp, content)


# --- evaluative verbs of an actor's deed (rules/evaluative.py) ---

@pytest.mark.parametrize("content, rule", [
    ("The state government has abandoned the mining towns in the west", "acc.abandon_communities"),
    ("The trust gutted the children's ward to balance the books", "acc.gutted_public_good"),
    ("The party hijacked the funeral to campaign for the by-election", "acc.hijack"),
    ("The landlords have been dragging their feet on the repairs for two years",
     "acc.drag_their_feet"),
    ("The company is playing for time while the river stays polluted", "acc.play_for_time"),
])
def test_evaluative_verb_of_actor_deed_accuses(nlp, content, rule):
    assert rule in accusation_rules(nlp, content)


@pytest.mark.parametrize("content", [
    "The crew abandoned the lighthouse in 1962 when the lamp was automated",
    "A lightning fire gutted the old cinema on Friday night",
    "The winger exploited the space behind the full-back",
    "The scouts whitewashed the wall of the clubhouse",
    "The grandmaster played for time in a lost position",
])
def test_literal_sense_does_not_accuse(nlp, content):
    assert not accuses(nlp, content)


# --- accusing reporting cues that blame no party or charge only slowness ---

@pytest.mark.parametrize("verb, content", [
    ("blamed", "the power cuts on the grid operator's failure to maintain its lines"),
    ("blamed", "the outbreak on the catering firm"),
    ("accused", "the minister of lying to parliament"),
])
def test_accusing_cue_with_a_party_accuses(nlp, verb, content):
    assert accuses(nlp, content, verb)


@pytest.mark.parametrize("verb, content", [
    ("blamed", "the late trains on ice on the overhead lines"),
    ("blamed", "the drop in sales on a cold spring"),
    ("accused", "the county of reacting too slowly to the landslide"),
    ("accused", "the agency of moving slowly after the first storm"),
])
def test_accusing_cue_without_a_party_or_only_slowness_does_not_accuse(nlp, verb, content):
    assert not accuses(nlp, content, verb)


def test_exploited_software_flaw_is_no_charge(nlp):
    assert not accuses(nlp, "the attackers had exploited a vulnerability in the booking system")


# --- deals with a party tied to the doer (rules/timing.py deal_with_tied_party) ---

@pytest.mark.parametrize("content", [
    "The port authority leased the quay to a shipping firm run by the harbour master's nephew",
    "The university hired a consultancy whose director is the vice-chancellor's husband",
    "The league sold its media rights to a company controlled by its own chairman",
])
def test_deal_with_tied_firm_accuses(nlp, content):
    assert any(r.startswith("acc.tied_deal_") for r in accusation_rules(nlp, content))


@pytest.mark.parametrize("content", [
    "The port authority leased the quay to a shipping firm based in Rotterdam",
    "The university hired a consultancy that specialises in student housing",
    "We sold our media rights to a company run by a former broadcaster",
])
def test_deal_with_untied_firm_does_not_accuse(nlp, content):
    assert not accuses(nlp, content)


# --- a deed done without the check it owed (rules/ulterior.py without_telling) ---

@pytest.mark.parametrize("content", [
    "The agency licensed the incinerator without a proper study of the air quality",
    "The grievances were dismissed without any investigation",
    "The city handed the bus routes to a private operator without a tender",
])
def test_deed_without_owed_check_accuses(nlp, content):
    assert "acc.without_telling" in accusation_rules(nlp, content)


@pytest.mark.parametrize("content", [
    "The train left without any delay",
    "The runners finished the race without a single stop",
    "We adopted the minutes without a vote because nobody objected",
])
def test_without_no_owed_check_does_not_accuse(nlp, content):
    assert not accuses(nlp, content)
