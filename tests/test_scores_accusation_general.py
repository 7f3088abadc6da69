"""Accusation rules of lexicon 1.5.0, on sentences written for these tests.

The rules come from an error-type review of the tuning splits (dev, heldout, heldout2); every
sentence here is new (other topics, other actors, other wordings than the gold items), and
each expectation was decided by reading the sentence against the definitions in
benchmarks/gold/FRAMING_README.md before running it. Each class has positives and hard
negatives.
"""

from __future__ import annotations

import pytest

from analysis.scores import score_text
from tests.support import accuses


@pytest.mark.parametrize("content", [
    # fabrication by particle verbs
    "The whole story about the poisoned well is made up",
    "The report is a fake cooked up by opposition bloggers",
    "The prosecutors concocted the charges against my client",
    "Officials simply dreamed up the number of attendees",
    # prejudice adjectives
    "These accusations are nothing but Islamophobic nonsense",
    "The ministry's new rules are openly xenophobic",
    # hostility on a deed
    "The expulsion of our diplomats is an unfriendly act",
    "Closing the border crossing without notice was a hostile act",
    # perpetration of a violent or covert deed
    "The defendant planned the attack for months",
    "The colonel personally ordered the shelling of the village",
    "The separatists organised the bombing of the rail bridge",
    "There is no question that the militia carried out the ambush",
    # a hostile designation as the doer
    "The enemy is massing troops along the northern border",
    "The occupiers are moving heavy artillery into the city",
    # self-dealing and public money in partisan hands
    "The president did not win the vote; he awarded it to himself",
    "The senator's campaign used state funds to pay for its rallies",
    "The mayor channelled aid money to his son's company",
    # an innocent explanation rejected with 'hardly'
    "The timing of the raid is hardly a coincidence",
    # insinuation formula, conflict of interest, hidden hand
    "The referee was appointed by the federation that is suing our club; draw your own conclusions",
    "The study was funded by the same firm that sells the drug",
    "The judge was appointed by the interior minister's brother",
    "The riots were financed by a foreign spy agency",
    # a definite harm not passed on
    "The hospital did not report the outbreak for two weeks",
    "We were not told about the contamination until journalists called us",
    "The company did not disclose the defect to regulators",
    # crimes whoever commits them; wrongs to a person
    "The landlord defrauded hundreds of elderly tenants",
    "Security agents coerced the witnesses into signing false statements",
    "The governor's allies vandalised the opposition's offices overnight",
    "The ruling party bought off the local media before the vote",
    "Hackers working for the regime broke into the ministry's email servers",
    "The militia threatened the election officials and seized the ballot boxes",
    "The producer sexually assaulted several young actresses",
    "The navy rammed our fishing boat in international waters",
    "The police arrested the journalist for reporting on the protest",
    "The government is using the pandemic as an excuse to ban protests",
])
def test_accusation_classes_1_5(nlp, content):
    assert accuses(nlp, content), content


@pytest.mark.parametrize("content", [
    # 'make up' and 'cook up' in their other senses
    "The team is made up of veterans from three clubs",
    "Exports make up forty percent of the economy",
    "The club hopes to make up for last week's defeat",
    "The chef cooked up a feast for the visiting delegation",
    # phobias that are not prejudice; hostility not on a deed
    "The patient was claustrophobic during the scan",
    "The hostile takeover bid was rejected by the board",
    # plans that are no deed; the speaker's own side; a setback
    "The ministry planned the conference for months",
    "We planned the operation carefully",
    "The army launched strikes on militant positions overnight",
    "The enemy retreated after heavy losses",
    "The enemy of progress is complacency",
    # sponsorship with no conflict; giving to oneself as a joke
    "The new stadium was paid for by the city council",
    "The judge was appointed by the president in 2019",
    "The festival was funded by foreign donors and local businesses",
    "The coach gave the award to himself as a joke at the party",
    "The ministry used state funds to pay for its new hospital wing",
    "The foundation channels donations to rural schools",
    # 'hardly' on something that is no excuse; insinuation words in a plain instruction
    "The victory was hardly a surprise",
    "Read the report and draw your own conclusions about the weather",
    # nothing definite withheld
    "The ministry did not report any casualties",
    "The electoral commission did not publish results until after midnight",
    # threats from things, seizures of things
    "The drought threatens the harvest in the south",
    "Police seized two tonnes of cocaine at the port",
    "Police arrested three men after a brawl outside a bar",
    "The rain was a good excuse to stay at home",
])
def test_not_accusations_1_5(nlp, content):
    assert not accuses(nlp, content), content


@pytest.mark.parametrize("content", [
    # 'the accused' names a defendant
    "The accused was released on bail after a brief hearing",
    "The accused officers will appear in court next month",
    # a negative quantifier phrase negates the clause
    "The company has at no time dumped waste into the river",
    "The airline at no point cut corners on safety checks",
    "The army in no way targeted civilians during the operation",
    # involvement denied
    "The militia had no role in the massacre at the market",
    "Our ministry had no involvement in the bribery scheme",
    # an open condition supposes the wrong
    "If the reports of torture are confirmed, those responsible must be held to account",
    "If the footage is genuine, the officers should face justice",
    # a verdict reported
    "The court found the former governor guilty of taking bribes",
    "The jury convicted the two managers of fraud on Tuesday",
    # blame not yet laid; harm denied
    "It would be premature to assign blame before the investigation ends",
    "It is too early to apportion blame for the collapse",
    "If shells did land near the village, they appear to have caused no damage",
])
def test_wrongs_not_charged_by_the_speaker(nlp, content):
    assert not accuses(nlp, content), content


@pytest.mark.parametrize("content", [
    "The militia carried out the massacre at the market",
    "Those responsible for the torture of detainees must be held to account",
    "The former governor took bribes from construction firms for a decade",
    "The blame lies squarely with the regional council",
    "The fire could have been prevented if the owners had installed alarms",
    "The evidence leaves no doubt that the defendant planned the attack for months",
])
def test_the_charge_itself_still_counts(nlp, content):
    assert accuses(nlp, content), content


@pytest.mark.parametrize("content", [
    # Levin (1993) hit/destroy/murder verbs against protected people or 'our' side
    "Enemy artillery pounded our positions overnight",
    "The developer bulldozed the homes while families were still inside",
    "Those men were paid to disrupt our rally",
    "Police threw opposition observers out of polling stations",
    "Border police are pushing migrants back into the sea",
    # staged fiction as a label; figures misstated; abandonment; civic acts blocked
    "This is a script written in Washington, and the whole world knows it",
    "The company inflated its revenue by booking sales that never happened",
    "Coast guard officers left the migrants to drown",
    "The authorities cut off the internet to stop people organising",
    "Management locked out the workers to break the strike",
    "The firm has been paying its drivers below the minimum wage for years",
    "The neighbouring state is sending armed groups across the frontier",
    "This cyberattack bears all the hallmarks of a state actor",
    # perpetrators tied to someone
    "Russian hackers stole data from the hospital",
    "Hackers working for the regime stole data from the hospital",
])
def test_accusation_classes_1_5_more(nlp, content):
    assert accuses(nlp, content), content


@pytest.mark.parametrize("content", [
    # unnamed perpetrators: a harm with no actor
    "Hackers stole data from a hospital, but it is not yet known who they are",
    "Unidentified gunmen opened fire on a bus carrying pilgrims",
    "Someone set fire to the mosque overnight",
    "Armed men threatened the election officials and seized the ballot boxes",
    "Thieves looted the museum during the blackout",
    # the same verbs on things or in other senses
    "The commission pushed the vote back by a week",
    "The factory fired two hundred workers last year",
    "The airline hit passengers with new baggage fees",
    "The court threw out the case against the mayor",
    "Fans stormed the pitch after the final whistle",
    "The new regulations will hammer small businesses",
    "The film's script was rewritten three times",
    "Strong demand inflated prices over the summer",
    "The vaccine campaign aims to stop people getting sick",
])
def test_not_accusations_1_5_more(nlp, content):
    assert not accuses(nlp, content), content


@pytest.mark.parametrize("content", [
    # rhetorical questions that presuppose a wrong
    "Why did the ministry wait three weeks before telling anyone about the leak?",
    "Why didn't the company warn residents about the leak?",
    "Why did the ministry hide the inspection report?",
    "How many more children have to die before the company recalls the heaters?",
    "Since when is it legal to detain journalists for doing their jobs?",
    # blame shifted by contrast; tentative attribution of a hostile act
    "That decision was taken by the previous management, not by us",
    "The smoke came from tear gas fired by the police, not from our flares",
    "The blackout was caused by a cyberattack that appears to originate from Russian territory",
    "The malware bears the signature of a group linked to Chinese military intelligence",
    "The drone was launched from their side of the border",
    # people forced out; labels; sarcasm formula
    "The landlord is trying to force the tenants out by cutting off their heating",
    "The generals sent untrained conscripts to the front as cannon fodder",
    "Their so-called peacekeepers are an occupation army",
    "The embassy's statement is a shameless attempt to rewrite what happened",
    "Funny how the inspectors always find problems only at opposition-run factories",
    "The electoral roll was padded with thousands of dead voters",
])
def test_accusation_forms_1_5(nlp, content):
    assert accuses(nlp, content), content


@pytest.mark.parametrize("content", [
    "How many more people have to die before the world acts?",
    "Why did the bridge collapse?",
    "Why did the minister resign on Friday?",
    "Why didn't the council act sooner?",
    "Why did it take the government so long to evacuate the town?",
    "The prize was chosen by the jury, not by us",
    "Up to four of the missiles launched from Russian warships went down in a field",
    "The charity is linked to the local church",
    "The fire appears to have originated in the kitchen",
    "The firefighters forced the door open",
    "Human rights groups have accused the army of bombing hospitals",
    "The government needed six months to notice the spy ring; truly impressive work",
    "The athlete's sample tested positive and she has been provisionally suspended",
    "Nobody knows where the missing aid money went",
])
def test_not_accusation_forms_1_5(nlp, content):
    assert not accuses(nlp, content), content


@pytest.mark.parametrize("content", [
    "The authorities left flood victims without food or water for a week",
    "The dam operator opened the floodgates without warning the villages downstream",
    "The hospital turned away uninsured patients in the middle of the outbreak",
    "The federation fixed the draw so that the host nation would avoid the favourites",
    "The police extracted the confession under duress",
    "The short-seller's report is a hit job paid for by rival funds",
    "The ministry spent the earthquake relief funds on luxury cars",
    "The supermarket chains are gouging shoppers while farmers go bankrupt",
])
def test_accusation_round_4(nlp, content):
    assert accuses(nlp, content), content


@pytest.mark.parametrize("content", [
    "The Russian navy fired the missiles without informing the neighbouring capital",
    "The mechanic fixed the roof before the storm",
    "The federation will hold the draw on Friday",
    "The ministry has spent most of the relief funds on temporary housing",
    "The regulator is investigating whether the firms colluded",
    "The hospital is struggling to cope with the number of patients",
])
def test_not_accusation_round_4(nlp, content):
    assert not accuses(nlp, content), content


@pytest.mark.parametrize("content", [
    # procedural reports and proceedings named
    "The rider returned an adverse finding for a banned drug in an out-of-competition test",
    "The court rejected the appeal against the fraud conviction",
    # a threat or rule about whoever does it
    "Those who break the ceasefire will be held responsible",
    "Anyone who tampers with the ballots will be prosecuted",
    # awareness, ignorance, plain negative facts
    "We are aware of reports that soldiers looted shops in the town",
    "We do not yet know who was behind the attack",
    "There were no arrests after the clashes",
])
def test_procedural_and_generic_not_accusations(nlp, content):
    assert not accuses(nlp, content), content


def test_anyone_who_claims_otherwise_is_accused(nlp):
    # a generic subject in the present tense accuses whoever claims it; with 'will' it threatens
    assert accuses(nlp, "Anyone who claims otherwise is spreading lies")
    assert not accuses(nlp, "Anyone who breaks the law in our waters will face the consequences")


@pytest.mark.parametrize("content", [
    "The shelling of residential areas by government forces must stop",
    "The detention of journalists by the security services is unacceptable",
    "The regime's persecution of religious minorities continues",
    "The company's exploitation of migrant workers is a scandal",
    "The junta's crackdown has left hundreds dead",
    "The ongoing theft of our natural resources by foreign companies must end",
])
def test_deeds_named_as_nouns_with_their_doer(nlp, content):
    assert accuses(nlp, content), content


@pytest.mark.parametrize("content", [
    "The bombing of the bridge in 1944 destroyed the old town",
    "The killing of the wolf by a farmer sparked debate about protected species",
    "The detention centre will be closed next year",
    "The company's exploitation of the oil field began in 2010",
    "The blockade was lifted on Monday",
])
def test_deed_nouns_without_a_doer_or_a_victim(nlp, content):
    assert not accuses(nlp, content), content


@pytest.mark.parametrize("content, expected", [
    ("The company kept quiet about the defects for years", True),
    ("The bishop remained silent about the abuse while it was going on", True),
    ("The minister remained silent during the debate", False),
    ("The company said nothing about its plans for the new factory", False),
    ("Moscow lectures others about democracy while its own opponents sit in prison", True),
    ("The club will build its own stadium after years of renting", False),
    ("Each region sets its own rules for schools", False),
])
def test_silence_and_hypocrisy(nlp, content, expected):
    assert accuses(nlp, content) is expected, content


@pytest.mark.parametrize("content, expected", [
    ("The club's president has been skimming money from ticket sales for years", True),
    ("The guards forced detainees to sign confessions", True),
    ("The coach forced the players to run extra laps after the loss", False),
    ("The storm forced residents to flee their homes", False),
    ("The authorities are jamming independent radio stations near the border", True),
    ("The pharmaceutical company paid doctors to prescribe its painkillers", True),
    ("The company paid builders to finish the roof", False),
    ("The secret police are following dissidents' families", True),
    ("The police followed the suspect's car for an hour", False),
    ("The president pardoned his own campaign manager", True),
    ("The president pardoned 300 prisoners for the holiday", False),
    ("The army is recruiting teenagers from refugee camps", True),
    ("The army is recruiting engineers and doctors", False),
    ("The factory has been releasing toxic fumes at night", True),
    ("The factory has been releasing fewer fumes since the upgrade", False),
    ("The firm dumped thousands of tonnes of waste in the river", True),
    ("The mayor used the city's snowploughs to clear his own driveway", True),
    ("The intelligence service tapped the phones of opposition politicians", True),
    ("The network paid protesters to pose as victims", True),
])
def test_round_6_classes(nlp, content, expected):
    assert accuses(nlp, content) is expected, content


@pytest.mark.parametrize("content, expected", [
    ("The school board punished teachers who spoke to the press", True),
    ("The club sacked the manager who lost five games in a row", False),
    ("The border guards shot at a boat full of refugees", True),
    ("The commission ignored thousands of complaints about voting irregularities", True),
    ("The commission received thousands of complaints about long queues", False),
    ("The manufacturer knew the airbags could explode and sold them anyway", True),
    ("The regime is using hunger as a weapon against rebel areas", True),
    ("The military is blocking journalists from reaching the front line", True),
    ("The rebels are holding aid workers as bargaining chips", True),
    ("The ruling party is handing out food parcels in exchange for votes", True),
    ("The ruling party is distributing leaflets ahead of the vote", False),
    ("The developers set fire to the forest to build holiday homes", True),
    ("The health minister awarded the mask contracts to companies run by party donors", True),
    ("The health minister signed the mask contracts in public", False),
    ("The border guards rescued a boat full of refugees", False),
])
def test_round_7_classes(nlp, content, expected):
    assert accuses(nlp, content) is expected, content


@pytest.mark.parametrize("content, expected", [
    ("The army dropped cluster bombs on a crowded market", True),
    ("The army cleared unexploded bombs from the market", False),
    ("The colonel ordered his men to burn the crops", True),
    ("The colonel ordered his men to rest", False),
    ("The tobacco company marketed cigarettes to children", True),
    ("The tax authority leaked the journalist's private records", True),
    ("The cartel bought the loyalty of half the police force", True),
    ("The family bought a house near the coast", False),
    ("The ministry sacked the scientist who warned about the virus", True),
    ("The ministry hired the scientist who warned about the virus", False),
    ("The government stripped critics of their citizenship", True),
    ("The security forces disappeared dozens of student activists", True),
    ("The navy boarded our ship in international waters and detained the crew", True),
    ("The navy escorted our ship through international waters", False),
    ("The regime rounded up hundreds of opposition supporters overnight", True),
    ("The police left the injured protester lying in the street for hours", True),
    ("The police took the injured protester to hospital", False),
])
def test_round_8_classes(nlp, content, expected):
    assert accuses(nlp, content) is expected, content


@pytest.mark.parametrize("content, expected", [
    ("The armed forces carpet-bombed the rebel-held suburbs", True),
    ("The regulator is in the industry's pocket", True),
    ("He kept the keys in his pocket", False),
    ("The network's owners pressured editors to drop the story", True),
    ("The minister leaned on the judge to dismiss the case", True),
    ("The party pressured the minister to resign", False),
])
def test_round_9_classes(nlp, content, expected):
    assert accuses(nlp, content) is expected, content


@pytest.mark.parametrize("content", [
    # the ordinary senses of the 1.5.0 trigger verbs (a negative set written after round 9)
    "The ministry is monitoring patients who returned from the region",
    "Doctors are tracking children born during the epidemic",
    "The coast guard boarded the vessel for a routine safety inspection",
    "The storm left thousands of residents without power",
    "The general ordered his troops to withdraw from the town",
    "Parents pressured the school to reopen",
    "Why did the central bank raise interest rates again?",
    "The team will be led by the captain, not the coach",
    "The police disappeared into the crowd",
    "The club recruited three youth players from local schools",
    "The singer sold tickets to teenagers at a discount",
    "The newspaper published the minister's private letters with her permission",
    "The company knew the market could collapse and hedged its bets",
    "Our forces shot down two drones over the capital",
    "The drones came from the east, witnesses said",
])
def test_ordinary_senses_of_new_triggers(nlp, content):
    assert not accuses(nlp, content), content


def test_victims_are_not_targets(nlp):
    a = score_text("How many more children have to die before the company recalls the heaters?",
                   "asked", nlp=nlp).accusation
    assert a.value > 0 and a.target is None
    a = score_text("Coast guard officers left the migrants to drown", "said", nlp=nlp).accusation
    assert a.value > 0 and a.target is not None and "officers" in a.target


@pytest.mark.parametrize("content, expected", [
    ("Our convoy was ambushed by their special forces inside the ceasefire zone", True),
    ("The junta is conscripting schoolboys at gunpoint", True),
    ("The mine's owners dynamited the village well to force families off the land", True),
    ("The electoral commission quietly removed 40,000 voters from the rolls in opposition districts", True),
    ("The electoral commission removed 40,000 deceased voters from the rolls after an audit", False),
    ("Our convoy reached the town safely", False),
])
def test_round_10_classes(nlp, content, expected):
    assert accuses(nlp, content) is expected, content


@pytest.mark.parametrize("content, expected", [
    ("Our troops did not fire on the village; the shells were fired by the rebels themselves", True),
    ("The ball thrown by the goalkeeper reached the halfway line", False),
    ("We did not expect the award, which was presented by the mayor", False),
    ("The mayor was on vacation while the river flooded the old town", True),
    ("The governor was on holiday in August", False),
    ("They will call it a lie, of course; they deny everything", True),
])
def test_round_11_classes(nlp, content, expected):
    assert accuses(nlp, content) is expected, content
