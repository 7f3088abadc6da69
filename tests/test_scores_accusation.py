"""Accusation rules of lexicon 1.3.0, on sentences written for these tests.

Each construction has positives and negatives: blame for harm, bad intent, rule-breaking,
deceit, harm with agency, evaluative predicates on deeds, and accusations the speaker only
reports, supposes, denies or lays on no one. Every expectation was decided by reading the
sentence (against the definitions in benchmarks/gold/FRAMING_README.md) before running it.
"""

from __future__ import annotations

import pytest

from tests.support import accusation, accuses


@pytest.mark.parametrize("content", [
    # blame for a harm
    "The government is to blame for the shortages",
    "Responsibility for the deaths lies with the army commanders",
    "It was the driver's fault that the bus overturned",
    "Dozens of patients died because of the hospital's negligence",
    "Thousands of children went hungry because of the government's decision to cut school meals",
    "The flooding was caused by the company's failure to maintain the levees",
    "The protesters suffered terrible abuse at the hands of the police",
    "The officers must be held to account for the killing",
    "The ministry's incompetence cost hundreds of lives",
    "The fire could have been prevented if the owners had installed alarms",
    # bad intent and motive
    "The regime wants to muzzle the independent press",
    "The authorities are using the emergency to stifle dissent",
    "The company tried to bury the safety report",
    "Officials are shielding the commander from prosecution",
    "The board tried to avoid scrutiny by delaying the report",
    "State television is simply parroting the Kremlin's talking points",
    "The ruling party changed the electoral law to keep itself in power",
    "The timing of the raid was no coincidence",
    # rule-breaking
    "The militia has repeatedly defied the court order",
    "The government reneged on its promise to raise wages",
    "The exporters circumvented the sanctions through shell companies",
    "The landlord disregarded the court's ruling",
    "The junta has jailed hundreds of opposition activists without trial",
    # deceit
    "The minister twisted my words",
    "The agency massaged the unemployment figures",
    "The ministry falsely claimed that the water was safe",
    "The guards tampered with the evidence",
    "Police officers planted drugs on the suspects",
    # harm with agency, corruption
    "The airline put passengers' lives at risk",
    "The police failed to protect the victims",
    "The mine owners knew about the danger and did nothing",
    "Speculators are profiting from the war",
    "Party officials handed out cash to voters outside polling stations",
    "The mayor awarded the contract to a firm owned by his brother-in-law",
    "The prison authorities are denying detainees access to lawyers",
    "The army is using schools as military bases",
    "The factory has been dumping toxic waste into the lake for years",
    # evaluative predicate on a deed or an agent
    "The arrests were arbitrary and unlawful",
    "The police used excessive force against the demonstrators",
    "This was a cowardly attack on unarmed civilians",
])
def test_accusations_without_the_usual_keywords(nlp, content):
    assert accuses(nlp, content)


@pytest.mark.parametrize("content", [
    # harm with no one to blame
    "Three people died because of the heatwave",
    "The delay was caused by a technical fault",
    "The team suffered a 3-0 defeat at the hands of their rivals",
    "The storm put the harvest at risk",
    "The rocket failed to reach orbit",
    "Customers were overcharged because of a software error",
    "Farmers put the blame on the dry weather",
    "It is nobody's fault that the rain came early",
    "Responsibility for the schools lies with the regional government",
    "We failed to qualify for the final",
    # the same verbs with innocent objects or agents
    "The rescuers buried the dead in a nearby field",
    "The new drug suppresses the immune response",
    "The firefighters tried to stifle the flames",
    "The athlete defied the odds to win gold",
    "The novelist invented a new genre",
    "Volunteers planted trees along the river",
    "The champion beat her rival in straight sets",
    "The charity gave food parcels to families in need",
    "The suspect was released without charge",
    "Commentators echoed the coach's view that the team had improved",
    "Officials are aware of the problem and are working to fix it",
    "We have always put patient safety first",
    "Residents of low-lying areas were told to leave",
    "The crash was an accident",
    # policy criticism, not blame for wrongdoing
    "The new law is clearly unconstitutional",
    "The reform is a disaster for small businesses",
    "The weather was appalling for the runners",
])
def test_no_accusation_without_an_accused_wrong(nlp, content):
    assert not accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "The opposition has accused the government of corruption",
    "Critics say the government is trying to silence the press",
    "The minister rejected allegations that he had taken bribes",
    "We reject the allegation that we fixed prices",
    "Police are investigating claims that the files were doctored",
    "Prosecutors dropped the fraud charges against the mayor",
    "The report found no evidence that officials had lied",
    "The court acquitted the former minister of fraud",
    "The inquiry cleared the minister of any wrongdoing",
    "The minister denied lying to parliament",
    "If the company lied to regulators, it will face heavy fines",
    "Any use of chemical weapons would be a war crime",
    "The new rules will make it harder for companies to hide losses",
    "The court ruled that the strike was illegal",
])
def test_reported_supposed_or_denied_accusations_are_not_the_speakers(nlp, content):
    assert not accuses(nlp, content)


def test_blaming_someone_for_ones_own_failures_is_an_accusation(nlp):
    assert accuses(nlp, "The insurer is blaming patients for its own failures")
    assert not accuses(nlp, "The insurer is blaming patients for the delays")


def test_lying_is_deceit_but_lying_somewhere_is_not(nlp):
    acc = accusation(nlp, "The minister lied to parliament about the contract")
    assert [c.rule for c in acc.cues] == ["acc.lie_verb"]
    acc = accusation(nlp, "The blame lies squarely with the ministry")
    assert "acc.lie_verb" not in {c.rule for c in acc.cues}
    assert acc.value == 1.0 and acc.target == "ministry"


@pytest.mark.parametrize("content,target", [
    # the accused is the cause, not the victims who are the clause's subject
    ("Dozens of patients died because of the hospital's negligence", "hospital"),
    ("The protesters suffered terrible abuse at the hands of the police", "police"),
    ("The collapse was the fault of the building's owners", "building's owners"),
    ("The flooding was caused by the company's failure to maintain the levees", "company"),
    ("The government is to blame for the shortages", "government"),
    # an agent, not the thing done to
    ("The mayor's allies rigged the vote count in three districts", "mayor's allies"),
    ("The landlord disregarded the court's ruling", "landlord"),
    ("The company's conduct was unethical", "company"),
])
def test_target_is_the_accused_party(nlp, content, target):
    assert accusation(nlp, content).target == target


@pytest.mark.parametrize("content", [
    "The vote count was rigged in three districts",
    "People died because of it",
])
def test_no_target_when_the_accused_is_not_named(nlp, content):
    acc = accusation(nlp, content)
    assert acc.value > 0 and acc.target is None
