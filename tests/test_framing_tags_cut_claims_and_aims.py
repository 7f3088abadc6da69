"""Denial and accusation round 5: blind probes for general classes of construction that the
rules missed on the tuning items (dev without its check half f1006-f1155, heldout, heldout2,
heldout3). Written before the rules for each class, on topics and wordings of our own (not
the gold items): positives and near-miss negatives. Every expectation was decided by reading
the sentence against the definitions in benchmarks/gold/FRAMING_README.md before running it.

(Formerly tests/test_scores_round5.py.)"""

from __future__ import annotations

import pytest

from tests.support import denial_and_accusation

# Class P: a persistence tag on the speaker's side's present state ('X is, and always has
# been, Y'; 'there is no X, and there never has been'): the 'always/never has been' answers
# a claim that it was ever otherwise, so a positive-phrased or negated rebuttal.
P_POS = [
    "Our coffee is, and always has been, bought at a fair price from the growers",
    "There is no secret slush fund at our club, and there never has been",
    "Our software does not store customer passwords, and it never has",
    "Our ferry is safe to sail, and always has been",
    "The deal with the union is, and always has been, available for anyone to read on our website",
]
P_NEG = [
    "Our festival has always been held in the second week of August",   # no rebuttal tag
    "The old mill is and always will be the heart of this village",     # future, sentiment
    "Rents in the city have risen again, and they always have",         # past trend
    "The weather on the coast is cold in March, and always has been",    # no own side
]

# Class K: a knowing tag on a charge ('..., and the council knows it'): the speaker says a
# third party is aware of the wrong or the falsehood, so acts in bad faith.
K_POS = [
    "The bridge has not been safe for years, and the council knows it",
    "The water in those flats is contaminated, and the landlord knows it",
    "Those growth figures do not add up, and the finance ministry knows it",
    "The shells came from their side of the river, and they know it",
]
K_NEG = [
    "We played badly today, and we know it",             # the speaker's own side
    "The story is absurd, and everybody knows it",       # common knowledge, no party
    "The stadium is sold out, and the fans know it",     # nothing wrong at issue
    "The new stadium is a triumph, and the council knows it",
]

# Class R: a harm put on a party as its agent: a passive of making worse or doing damage
# with a 'by' party, or 'the (direct) result/consequence of' a party's deed.
R_POS = [
    "The flooding was made much worse by builders who paved over the marsh",
    "Most of the damage to the school was done by their artillery",
    "The power cuts are the direct result of the operator skipping maintenance for a decade",
    "The medicine shortages are a direct consequence of the ministry cancelling the contract",
]
R_NEG = [
    "Most of the damage was done by the storm overnight",
    "The repairs were made by local builders within a week",
    "Our growth this year is the direct result of our staff working harder",
    "The delays are the result of heavy snow on the line",
    "The flooding was made worse by high tides and a blocked culvert",
]


@pytest.mark.parametrize("content", P_POS)
def test_persistence_tag_denies(nlp, content):
    assert denial_and_accusation(nlp, content)[0] is True, content


@pytest.mark.parametrize("content", P_NEG)
def test_persistence_tag_near_misses(nlp, content):
    assert denial_and_accusation(nlp, content)[0] is False, content


@pytest.mark.parametrize("content", K_POS)
def test_knowing_tag_accuses(nlp, content):
    assert denial_and_accusation(nlp, content)[1] is True, content


@pytest.mark.parametrize("content", K_NEG)
def test_knowing_tag_near_misses(nlp, content):
    assert denial_and_accusation(nlp, content)[1] is False, content


@pytest.mark.parametrize("content", R_POS)
def test_harm_by_party_accuses(nlp, content):
    assert denial_and_accusation(nlp, content)[1] is True, content


@pytest.mark.parametrize("content", R_NEG)
def test_harm_by_party_near_misses(nlp, content):
    assert denial_and_accusation(nlp, content)[1] is False, content


# Class N: an innocent explanation negated with 'no' after a pronoun that points back at
# what was described ('..., and that is no coincidence', 'It is no accident that ...'):
# disputes the explanation in circulation, so a denial (README, heldout3: "that is no
# accident"). With a full noun subject ('The crash was no accident') the project's earlier
# reading stands (tests/test_scores_denial_general.py: not a denial, only a charge of intent),
# so those are near misses here; this probe set was revised to it after the first run.
N_POS = [
    "Three fires in one week at the same depot, and that is no coincidence",
    "It is no accident that the inspectors were turned away at the gate",
    "The pages were removed the night before the audit. This was no oversight",
    "That is no accident; someone wanted the files gone",
]
N_NEG = [
    "The new coach is no stranger to pressure",
    "There was no accident on the motorway this morning",   # existential: a plain fact
    "That is no excuse for the delays",
    "That fire was no accident",                             # full noun subject (see above)
    "The timing of the announcement is no coincidence",
]

# Class D: a claim cut down to size ('nothing more than', 'little more than', ', nothing
# more') when the subject is a claim, a document or a pronoun standing for one.
D_POS = [
    "The report is nothing more than a hit piece paid for by our rivals",
    "This so-called investigation is little more than a fishing expedition",
    "Their dossier is no more than a collection of old newspaper cuttings",
    "It is a publicity stunt, nothing more",
]
D_NEG = [
    "The minister is nothing more than a puppet of the banks",   # a person: a charge only
    "The fee is no more than 20 euros",
    "The new stadium will be little more than a mile from the old one",
]

# Class C: information kept from the people it concerns ('the results were kept from the
# parents', 'the report, hidden from residents for a year'): concealment by an implied actor.
C_POS = [
    "The test results were kept from the parents for weeks",
    "The inspection report, hidden from residents for a year, found asbestos in the walls",
    "The safety warnings were withheld from the crew until after the crash",
]
C_NEG = [
    "The children were kept from the road by a fence",
    "The medicines are kept from direct sunlight",
]

# Class H: a harmful aim imputed to an act ('was published to drive down our share price',
# 'was timed to hurt the government'): a purpose clause whose verb harms a party or its
# interest.
H_POS = [
    "The article was published to drive down our share price",
    "The strike was timed to hurt the government before the vote",
    "The rumours were spread to damage the candidate's reputation",
    "The raid was staged to intimidate local journalists",
]
H_NEG = [
    "The central bank raised rates to drive down inflation",
    "The vaccine was designed to damage the virus's outer shell",
    "Sandbags were piled up to protect the town",
]


@pytest.mark.parametrize("content", N_POS)
def test_innocent_explanation_negated_denies(nlp, content):
    assert denial_and_accusation(nlp, content)[0] is True, content


@pytest.mark.parametrize("content", N_NEG)
def test_innocent_explanation_near_misses(nlp, content):
    assert denial_and_accusation(nlp, content)[0] is False, content


@pytest.mark.parametrize("content", D_POS)
def test_claim_cut_down_denies(nlp, content):
    assert denial_and_accusation(nlp, content)[0] is True, content


@pytest.mark.parametrize("content", D_NEG)
def test_claim_cut_down_near_misses(nlp, content):
    assert denial_and_accusation(nlp, content)[0] is False, content


@pytest.mark.parametrize("content", C_POS)
def test_kept_from_people_accuses(nlp, content):
    assert denial_and_accusation(nlp, content)[1] is True, content


@pytest.mark.parametrize("content", C_NEG)
def test_kept_from_people_near_misses(nlp, content):
    assert denial_and_accusation(nlp, content)[1] is False, content


@pytest.mark.parametrize("content", H_POS)
def test_harmful_aim_accuses(nlp, content):
    assert denial_and_accusation(nlp, content)[1] is True, content


@pytest.mark.parametrize("content", H_NEG)
def test_harmful_aim_near_misses(nlp, content):
    assert denial_and_accusation(nlp, content)[1] is False, content


# Class Q: the speaker's account of what was done, certified by a norm or by independent
# checkers ('..., exactly as the guidelines require', '..., as independent observers
# confirmed'): a positive-phrased rebuttal (README), not a rule stated for the future.
Q_POS = [
    "Every patient was screened on arrival, as the guidelines require",
    "The count was conducted in public, as independent observers confirmed",
    "Our drivers rested for eleven hours, exactly as the law requires",
    "The samples were stored at minus 80 degrees, as the protocol requires",
]
Q_NEG = [
    "Residents must leave their homes by noon, as the law requires",   # an obligation
    "The minister resigned on Friday, as the BBC confirmed",            # a news source
    "The plant will close in May, as the contract requires",            # a plan
    "Inflation rose in March, as economists predicted",
]

# Class O: an outcome fixed before the process that should decide it ('The result was
# decided before a single vote was cast'): charges those who fixed it with rigging.
O_POS = [
    "The result was decided long before a single vote was cast",
    "The winner of the tender was chosen before the bids were even opened",
    "The inquiry's conclusions were drafted before a single witness was heard",
    "The sentence was agreed before the hearing started",
]
O_NEG = [
    "The results were announced before midnight",
    "The decision was taken before the storm began",
    "The final score was recorded before the rain started",
    "The ballots were printed before the campaign began",
]


@pytest.mark.parametrize("content", Q_POS)
def test_certified_conduct_denies(nlp, content):
    assert denial_and_accusation(nlp, content)[0] is True, content


@pytest.mark.parametrize("content", Q_NEG)
def test_certified_conduct_near_misses(nlp, content):
    assert denial_and_accusation(nlp, content)[0] is False, content


@pytest.mark.parametrize("content", O_POS)
def test_outcome_fixed_before_process_accuses(nlp, content):
    assert denial_and_accusation(nlp, content)[1] is True, content


@pytest.mark.parametrize("content", O_NEG)
def test_outcome_fixed_before_process_near_misses(nlp, content):
    assert denial_and_accusation(nlp, content)[1] is False, content


# Class X (written after the check half f1006-f1155 was measured, from the misses of all
# tuning items): 'X, not Y' on the subject of a past deed ('The drought, not the new
# reservoir, lowered the water table'): who or what did it is corrected, so a denial of the
# account in circulation, as 'caused by X, not Y' already is.
X_POS = [
    "The drought, not the new reservoir, lowered the water table",
    "Heavy rain, not our construction work, caused the landslide",
    "A faulty valve, not the night shift, started the leak",
    "The evidence shows that the referee, not our captain, pushed the player first",
]
X_NEG = [
    "The mayor, not her deputy, will open the festival on Saturday",   # a plan
    "Children, not adults, are most at risk from the virus",           # a copular fact
    "The coach, not the players, should take the blame",               # a modal judgement
]

# Class E (as class X): a party's deed followed by ', and now <harm>' ('The board ignored the
# warnings for years, and now a man is dead'): the harm is laid at the party's door.
E_POS = [
    "The landlord left the boiler broken all winter, and now the children are ill",
    "The operator skipped the safety checks for years, and now a man is dead",
    "The council sold off the shelter, and now forty families are homeless",
]
E_NEG = [
    "We moved house in May, and now the children are ill",             # the speaker's side
    "The storm hit the coast overnight, and now thousands are homeless",  # no party
    "The club sold its best striker, and now the fans are angry",      # no harm to people
]

# Class R2 (as class X): the outcome noun's deed named by a relative clause ('the direct result
# of decisions the operator took', 'a result of cuts the council made').
R2_POS = [
    "The delays are the direct result of decisions the operator took last year",
    "The ward closures are a direct result of cuts the council made in 2019",
]
R2_NEG = [
    "The delays are the direct result of changes the weather forced on us",
    "Our growth is the direct result of choices our staff made",
]


@pytest.mark.parametrize("content", X_POS)
def test_subject_contrast_denies(nlp, content):
    assert denial_and_accusation(nlp, content)[0] is True, content


@pytest.mark.parametrize("content", X_NEG)
def test_subject_contrast_near_misses(nlp, content):
    assert denial_and_accusation(nlp, content)[0] is False, content


@pytest.mark.parametrize("content", E_POS)
def test_harm_ensued_accuses(nlp, content):
    assert denial_and_accusation(nlp, content)[1] is True, content


@pytest.mark.parametrize("content", E_NEG)
def test_harm_ensued_near_misses(nlp, content):
    assert denial_and_accusation(nlp, content)[1] is False, content


@pytest.mark.parametrize("content", R2_POS)
def test_outcome_of_named_decisions_accuses(nlp, content):
    assert denial_and_accusation(nlp, content)[1] is True, content


@pytest.mark.parametrize("content", R2_NEG)
def test_outcome_of_named_decisions_near_misses(nlp, content):
    assert denial_and_accusation(nlp, content)[1] is False, content


# Class B (as class X): a claim that nobody believes ('Surely nobody believes the ministry's
# story that ...', 'Who still believes the army's version of events?'): the speaker disputes
# the account, a denial. Not a forecast nobody believes in ('Nobody believes the economy will
# recover'), not belief affirmed.
B_POS = [
    "Surely nobody believes the ministry's story that the files went missing by accident",
    "Nobody seriously believes the company's account of the fire",
    "Who still believes the army's version of events?",
]
B_NEG = [
    "Nobody believes the economy will recover this year",
    "Nobody believed the goalkeeper would save it",
    "We believe the company's account of the fire",
]


@pytest.mark.parametrize("content", B_POS)
def test_claim_disbelieved_denies(nlp, content):
    assert denial_and_accusation(nlp, content)[0] is True, content


@pytest.mark.parametrize("content", B_NEG)
def test_claim_disbelieved_near_misses(nlp, content):
    assert denial_and_accusation(nlp, content)[0] is False, content


# 'starve' with an actor as its subject (accusation 1.11.0), not a natural cause or the
# victims' state.
@pytest.mark.parametrize("content, accuses", [
    ("The militia is starving the town into surrender", True),
    ("The drought is starving the crops of water", False),
    ("Patients are starving on the wards", False),
])
def test_starving_by_an_actor(nlp, content, accuses):
    assert denial_and_accusation(nlp, content)[1] is accuses, content


# Class L (as class X): a deceit label pointed at the claims in circulation ('This smear
# campaign is being run from ...', 'The allegations amount to a smear'): the label says the
# claims are false, a denial as well as an accusation (README: "smear campaign").
L_POS = [
    "This smear campaign is being run out of my rival's office",
    "This whole witch hunt was started by a sacked employee",
    "The allegations amount to a smear",
    "These stories amount to psychological warfare against our farmers",
]
L_NEG = [
    "This propaganda film was shown in every school in 1938",
    "The disinformation unit was set up in 2019",
    "The ministry's budget for propaganda has doubled",
]


@pytest.mark.parametrize("content", L_POS)
def test_label_of_current_claims_denies(nlp, content):
    assert denial_and_accusation(nlp, content)[0] is True, content


@pytest.mark.parametrize("content", L_NEG)
def test_label_of_current_claims_near_misses(nlp, content):
    assert denial_and_accusation(nlp, content)[0] is False, content


# Accusation 1.11.0 (precision): an existential 'There was no accident' states a fact; it
# rejects no innocent explanation, so it imputes no intent ('That fire was no accident' does).
@pytest.mark.parametrize("content, accuses", [
    ("There was no accident on the motorway this morning", False),
    ("That fire was no accident", True),
])
def test_existential_no_accident_is_no_charge(nlp, content, accuses):
    assert denial_and_accusation(nlp, content)[1] is accuses, content

