"""Accusation 1.4.0 (wrongdoing imputed by construction) and denial 1.2.0 (whose denial it
is, rebuttal without a denial word), on sentences written for these tests.

Each rule has positives and negatives; every expectation was decided by reading the sentence
against the definitions in benchmarks/gold/FRAMING_README.md before running it. Each positive
also checks the rule id of the cue and that the cue's offsets give back its text.
"""

from __future__ import annotations

import pytest

from tests.support import scored_bare


def _frame(nlp, frame: str, content: str, verb: str = "said"):
    return getattr(scored_bare(nlp, content, verb), frame)


@pytest.mark.parametrize(("content", "rule", "cue"), [
    # a hostile act put down to a perpetrator
    ("The sabotage of the pipeline bears the hallmarks of agents working for Moscow",
     "acc.hallmarks_of", "hallmarks"),
    ("The bombing of the market was orchestrated by the militia", "acc.orchestrate", "orchestrated"),
    ("The assassination was masterminded by the intelligence service", "acc.mastermind",
     "masterminded"),
    # force turned on people who cannot be lawful targets
    ("Riot police used tear gas against peaceful protesters outside the parliament",
     "acc.use_force_on", "used"),
    # a manipulative aim imputed to an actor's act
    ("The ministry's announcement was timed to overshadow the opposition's rally",
     "acc.overshadow", "overshadow"),
    # a claim put down to a named party's imagination
    ("These massacres exist only in the imagination of the regime's spokesmen",
     "acc.imagination_of", "imagination"),
    # sarcasm aimed at an actor
    ("What a surprise that the regulator cleared the bank that funds it", "acc.what_a_surprise",
     "What a surprise"),
    # falsified accounts in the passive
    ("The laboratory's results were cooked to win the contract", "acc.cook_accounts", "cooked"),
    # knowledge of a thing marked harmful
    ("The company knew about the faulty brakes for months and did nothing", "acc.knew_of_harm",
     "knew"),
    # a second main clause after a colon does not negate the first
    ("The smugglers are lying: they never paid the fishermen", "acc.lie_verb", "lying"),
])
def test_accusation_by_construction(nlp, content, rule, cue):
    score = _frame(nlp, "accusation", content)
    assert (cue, rule) in [(c.text, c.rule) for c in score.cues]


@pytest.mark.parametrize(("content", "rule"), [
    ("Hamas bears full responsibility for the deaths of these children", "acc.responsibility_lies"),
    ("The regime has been lying to its own people for years", "acc.lie_verb"),
    ("Israel's aggression against Lebanon must stop", "acc.aggression"),
    ("The occupiers are shelling residential areas every night", "acc.attack_shell"),
    ("The regime gassed its own people", "acc.gas"),
    ("The minister has blood on his hands", "acc.blood_on_hands"),
    ("The security forces opened fire on unarmed protesters", "acc.open_fire_on"),
    ("Tehran is arming the rebels in Yemen", "acc.arm_group"),
    ("The Kremlin is waging a hybrid war against Europe", "acc.waging_war"),
    ("Moscow is peddling falsehoods about the downing of the airliner", "acc.peddle"),
    ("The junta has jailed hundreds of journalists on trumped-up charges", "acc.trumped_up"),
    ("The opposition is in the pay of foreign governments", "acc.in_the_pay_of"),
    ("The attack was an act of terror", "acc.act_of_terror"),
    ("The regulator was asleep at the wheel while the bank collapsed", "acc.asleep_at_the_wheel"),
    ("The invaders deported thousands of children to camps across the border", "acc.attack_deport"),
    ("The military junta shot dead dozens of protesters", "acc.attack_shoot"),
    ("Western sanctions are killing ordinary Iranians", "acc.attack_kill"),
    ("The regime starved the besieged city into submission", "acc.attack_starve"),
    ("The soldiers raped women in the occupied villages", "acc.raped"),
    ("The embassy was spying on dissidents living abroad", "acc.spy_on"),
    ("The warlord used refugees as bargaining chips", "acc.use_as_cover"),
    ("The governor handed lucrative contracts to his campaign donors", "acc.hand_to_kin"),
    ("The tobacco industry targeted children with its advertising", "acc.attack_target"),
])
def test_accusation_classes_1_4(nlp, content, rule):
    assert rule in [c.rule for c in _frame(nlp, "accusation", content).cues]


@pytest.mark.parametrize("content", [
    "Rebels have been trained in neighbouring camps for years",
    "The rebels were armed with rifles and grenades",
    "The government has funded new schools in the region",
    "We take full responsibility for the delays",
    "The referee has no responsibility for crowd control",
    "Troops opened fire during a training exercise",
    "The union is waging a campaign for higher wages",
    "The bank supplies loans to farmers and fishermen",
    "Police used a helicopter to search for the missing hikers",
    "The opposition accused the government of lying about the figures",
    "The storm killed twelve people and destroyed hundreds of homes",
    "Police evacuated thousands of residents from the flooded district",
    "The ministry deported two diplomats for espionage",
    "Officials used the stadium as a shelter for displaced families",
    "The drought is killing livestock across the region",
    "Rescuers pulled dozens of people from the rubble",
    "The company used volunteers as guides during the festival",
    "Human rights groups say the army raped women in the occupied villages",
])
def test_no_accusation_1_4(nlp, content):
    assert _frame(nlp, "accusation", content).value == 0


@pytest.mark.parametrize("arg, text, arg_2, expected", [
    pytest.param("accusation",
                 "Who benefits from the archive burning down the night before the audit?", "asked",
                 ["acc.cui_bono_benefit"],
                 id="cui_bono_question_accuses"),
    # the reporting verb's subject is the speaker: 'officials denied' is their own denial
    pytest.param("denial", "the troops had crossed the border", "denied", ["denial.deny"],
                 id="denial_verb_as_the_reporting_cue_still_counts"),
])
def test_frame(nlp, arg, text, arg_2, expected):
    score = _frame(nlp, arg, text, arg_2)
    assert [c.rule for c in score.cues] == expected


@pytest.mark.parametrize("content", [
    "The storm overshadowed the opening ceremony",
    "The survey was carried out by university researchers",
    "Firefighters used water cannon on the burning warehouse",
    "The museum's new wing captured the imagination of visitors",
    "Who benefits most from the new tax credit remains unclear",
    "So much for the weather forecast",
    "The attack does not bear the hallmarks of the group",
])
def test_no_accusation(nlp, content):
    assert _frame(nlp, "accusation", content).value == 0


@pytest.mark.parametrize(("content", "rule"), [
    ("The bridge did not collapse; crews closed it as a precaution", "denial.corrected_negation"),
    ("The envoy was not expelled but recalled for consultations", "denial.corrected_negation"),
    ("Our soldiers did not loot the village", "denial.corrected_negation"),
    ("We have never shared voter data with the campaign", "denial.corrected_never"),
    ("The decision was correct, whatever the critics say", "denial.whatever_they_say"),
    ("Our inspectors acted in accordance with the safety code", "denial.in_accordance_with"),
    ("The complaint is without foundation", "denial.without_foundation"),
    ("We firmly reject the allegation", "denial.reject"),
    ("My client denies every charge", "denial.deny"),
    ("These massacres exist only in the imagination of the regime's spokesmen", "denial.imagined"),
    ("The ministry categorically rejects these accusations", "denial.reject"),
    ("At no point did our aircraft cross the border", "denial.at_no_point"),
    ("Our troops were nowhere near the village at the time", "denial.nowhere_near"),
    ("That is simply not what happened", "denial.not_what_happened"),
    ("Our officers acted lawfully and with restraint", "denial.lawfully"),
])
def test_denial_by_construction(nlp, content, rule):
    score = _frame(nlp, "denial", content)
    assert rule in [c.rule for c in score.cues]


@pytest.mark.parametrize("content", [
    # someone else's rejection, a refused request, neither/nor
    "The opposition has rejected the budget figures",
    "The court rejected the appeal",
    "The ministry has neither confirmed nor denied the report",
    # experience, plans, a plain negative record
    "I have never seen anything like it",
    "Our children have not slept for days",
    "The company will comply with the ruling",
    "We will not allow the talks to collapse",
    "The council did not publish the minutes until Friday",
    "The rebels deny that they have lost ground",
    "Voters rejected the referendum by a wide margin",
    "The ministry denied journalists access to the camp",
    "Investors were not happy with the results",
    "The storm did not reach the coast until Tuesday",
])
def test_no_denial(nlp, content):
    assert _frame(nlp, "denial", content, "noted").value == 0


@pytest.mark.parametrize(("content", "frame", "expected"), [
    # certainty denied is a hedge, not a booster
    ("The cause of the blaze is never certain in such cases", "hedging", True),
    ("The cause of the blaze is never certain in such cases", "boosting", False),
    ("Investigators are not sure what started the fire", "hedging", True),
    ("Investigators are not sure what started the fire", "boosting", False),
    ("We are certain that the bridge is safe", "boosting", True),
    # a booster inside a supposition
    ("If the ship was indeed Iranian, the navy will respond", "boosting", False),
    ("The ship was indeed Iranian", "boosting", True),
    # concessive 'of course'
    ("Mistakes were made, of course, but none that endangered patients", "boosting", False),
    ("Of course the bridge will reopen on time", "boosting", True),
    # a modal in a clause that a negative quantifier rules out
    ("There was nothing that could have stopped the flood", "hedging", False),
    ("The flood could reach the town by Friday", "hedging", True),
    # emphatic negative-polarity phrase
    ("We have never, at any point, shared passenger lists with the police", "boosting", True),
])
def test_certainty_rules_1_2(nlp, content, frame, expected):
    assert (_frame(nlp, frame, content).value > 0) is expected


@pytest.mark.parametrize(("content", "rule"), [
    ("Moscow wants to divide Europe", "acc.aim_divide"),
    ("Tehran's real aim is to dominate the region", "acc.aim_dominate"),
    ("The government is trying to rewrite history", "acc.aim_rewrite"),
    ("The president is using the war to postpone elections indefinitely", "acc.aim_postpone"),
    ("Washington is pouring weapons into the conflict to prolong it", "acc.aim_prolong"),
    ("The junta is exploiting the crisis to tighten its grip on power", "acc.aim_tighten_grip"),
    ("The airline is holding passengers hostage to force the union's hand", "acc.hostage"),
    ("The authorities are punishing the families of dissidents", "acc.punish_protected"),
    ("The ministry is playing politics with children's lives", "acc.play_politics"),
])
def test_hostile_aims(nlp, content, rule):
    assert rule in [c.rule for c in _frame(nlp, "accusation", content).cues]


@pytest.mark.parametrize("content", [
    "The committee wants to divide the budget between the two projects",
    "The council plans to rewrite the zoning rules",
    "The company aims to dominate the electric-car market by 2030",
    "The government wants to prolong the tax break for farmers",
    "The president will try to crush inflation this year",
    "The firm is using the new software to tighten security",
    "We want to divide the work fairly",
    "The hostages were freed after three weeks",
    "Doctors are trying to prolong the patient's life",
    "The league decided to postpone the final because of the storm",
])
def test_no_hostile_aim(nlp, content):
    assert _frame(nlp, "accusation", content).value == 0


@pytest.mark.parametrize(("content", "rule"), [
    ("The referee was clearly paid off", "acc.pay_off"),
    ("The club doped its athletes systematically", "acc.dope"),
    ("The rival team spied on our training sessions", "acc.spy_on"),
    ("Officials sat on the evacuation order for six hours", "acc.sit_on"),
    ("The authorities were warned and did nothing", "acc.did_nothing"),
    ("The app secretly harvests users' location data", "acc.secretly"),
    ("The hackers are working on behalf of the Russian government", "acc.on_behalf_of"),
    ("The judge was in the pocket of the ruling party", "acc.in_the_pocket_of"),
    ("Ballot boxes were stuffed in opposition strongholds by ruling party officials",
     "acc.stuff_ballot_boxes"),
    ("The electoral commission is doing the government's bidding", "acc.bidding"),
    ("The enemy is massing troops on the border in preparation for an invasion", "acc.invasion"),
    ("Security forces dragged peaceful protesters from their homes at night", "acc.attack_drag"),
])
def test_wrongs_read_from_object_or_agent(nlp, content, rule):
    assert rule in [c.rule for c in _frame(nlp, "accusation", content).cues]


@pytest.mark.parametrize("content", [
    "The club paid off its debts last year",
    "We did nothing wrong",
    "The couple secretly married in Paris",
    "I secretly hoped we would win",
    "The lawyer acted on behalf of the family",
    "Volunteers stuffed envelopes for the campaign",
    "The invasion began in February 2022",
    "Residents fear an invasion of locusts this summer",
    "The auction house opened the bidding at ten million",
    "The ministry was warned and acted quickly",
])
def test_no_wrong_without_its_object_or_agent(nlp, content):
    assert _frame(nlp, "accusation", content).value == 0


@pytest.mark.parametrize(("content", "accuses"), [
    ("The president is a war criminal", True),
    ("These people are murderers", True),
    ("The puppet government in Kyiv does what it is told", True),
    ("They are traitors to the nation", True),
    ("We are not murderers", False),
    ("The children enjoyed the puppet show", False),
    ("The butcher on the corner sells lamb", False),
])
def test_pejorative_labels(nlp, content, accuses):
    assert (_frame(nlp, "accusation", content).value > 0) is accuses


def test_charge_as_the_reporting_verb_accuses(nlp):
    score = _frame(nlp, "accusation", "the minister took the money", "charged")
    assert [(c.text, c.rule) for c in score.cues] == [("charged", "acc.charge_cue")]


def test_charge_inside_the_content_is_not_the_speakers_accusation(nlp):
    score = _frame(nlp, "accusation", "the bill was charged to the wrong account", "noted")
    assert score.value == 0


@pytest.mark.parametrize(("content", "denies"), [
    ("The footage has been doctored", True),
    ("Such claims are laughable", True),
    ("The report is riddled with errors", True),
    ("The allegations do not stand up to scrutiny", True),
    ("There was no cover-up", True),
    ("The minister has nothing to hide", True),
    ("Nothing could be further from the truth", True),
    ("There was no rain in April", False),
    ("The video was filmed on Tuesday", False),
    ("The company's accounts were cooked to hide the losses", False),
])
def test_denial_phrases_and_discredited_claims(nlp, content, denies):
    assert (_frame(nlp, "denial", content).value > 0) is denies


@pytest.mark.parametrize("content", [
    "There was no cover-up",
    "There has been no interference in the election",
    "No crime was committed",
    "The inquiry found no wrongdoing",
])
def test_a_wrong_with_no_is_denied_not_charged(nlp, content):
    assert _frame(nlp, "accusation", content).value == 0


def test_no_coincidence_still_accuses(nlp):
    # 'no' on an excuse is the charge itself (the _DENIED_EXCUSES cues)
    assert _frame(nlp, "accusation", "The timing of the fire was no coincidence").value > 0


@pytest.mark.parametrize("content", [
    "If the army shelled the village, that would be a war crime",
    "The war crimes tribunal opened in The Hague",
    "The president warned that traitors would be punished",
    "The government denied arming the rebels",
    "Human rights groups accuse the junta of jailing journalists",
    "Observers found no sign that the ballot boxes had been stuffed",
])
def test_supposed_named_or_reported_wrongs_do_not_accuse(nlp, content):
    assert _frame(nlp, "accusation", content).value == 0


@pytest.mark.parametrize(("content", "accuses"), [
    ("Those responsible must be brought to justice", True),
    ("The generals will have to answer for what happened in the town", True),
    ("The company must pay for the damage it caused to the river", True),
    ("The insurer will pay for the damage", False),
    ("Fans will have to pay for the tickets in advance", False),
    ("He was brought to the hospital", False),
])
def test_demands_for_justice(nlp, content, accuses):
    assert (_frame(nlp, "accusation", content).value > 0) is accuses


@pytest.mark.parametrize(("content", "accuses"), [
    ("Why did the ministry delete the emails the day before the inquiry?", True),
    ("The police wiped the footage from the station cameras", True),
    ("I deleted the app from my phone", False),
    ("Staff wiped the tables after lunch", False),
    ("Users may delete their accounts at any time", False),
])
def test_destroyed_records(nlp, content, accuses):
    assert (_frame(nlp, "accusation", content).value > 0) is accuses


@pytest.mark.parametrize(("content", "accuses"), [
    ("Executives awarded themselves bonuses while the company went bust", True),
    ("The manufacturer knew the implants were faulty and kept selling them", True),
    ("Enemy snipers are picking off civilians trying to flee", True),
    ("Officials gave themselves until Friday to decide", False),
    ("The jury awarded the family damages", False),
    ("The minister knew the road was closed", False),
])
def test_self_dealing_knowledge_and_sniping(nlp, content, accuses):
    assert (_frame(nlp, "accusation", content).value > 0) is accuses


@pytest.mark.parametrize(("content", "accuses"), [
    ("The speaker blocked the bill to protect his donors", True),
    ("The governor changed the rules to reward his backers", True),
    ("The government acted to protect its citizens", False),
    ("The charity works to help their families", False),
    ("Parents moved abroad to help their children", False),
])
def test_purpose_serving_backers(nlp, content, accuses):
    assert (_frame(nlp, "accusation", content).value > 0) is accuses
