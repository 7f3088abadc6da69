"""Round 9 (framing9a): accusations imputed by construction, without a wrong-word.

Classes grouped from the missed accusations of the tuning splits (dev4-dev6): a purpose set
against the official reason, a purpose of keeping people from seeing or taking part, ulterior
aims on another party's deed, labels that cast an act as a wrong, knowing wrongdoing, attacks
traced to the ground they came from, deeds done without telling those they concern. Each class
has near misses that must not fire: a deed with no agent, the speaker's own deed, a benign
purpose, a place called a trap, a factual 'without'. Every sentence is this project's own
invention.

(Formerly tests/test_scores_round9_a.py.)"""

from __future__ import annotations

import pytest

from tests.support import accusation_rules, accuses


@pytest.mark.parametrize("content, rule", [
    ("The ferry operator cancelled the winter crossings to sell the second boat, "
     "not because of the weather", "acc.purpose_against_reason"),
    ("The cameras on the square were put up to watch the union hall, not to stop theft",
     "acc.purpose_against_reason"),
    ("The county moved the count to a sports hall so that no observers could watch it",
     "acc.blocking_purpose"),
    ("The utility sent out the price rise on Christmas Eve so that nobody would notice it",
     "acc.blocking_purpose"),
    ("The committee delayed the vote to please its donors", "acc.ulterior_please"),
    ("Their negotiators raised a new border demand on the last night to derail the accord",
     "acc.ulterior_derail"),
    ("The agency reclassified the backlog as closed cases to flatter the figures",
     "acc.ulterior_flatter"),
    ("The chain signed exclusive leases with every landlord in town to squeeze rival bakers out",
     "acc.ulterior_squeeze"),
])
def test_imputed_purposes_accuse(nlp, content, rule):
    assert rule in accusation_rules(nlp, content)


@pytest.mark.parametrize("content", [
    "The council closed the footbridge to replace the rotten planks",
    "The central bank raised rates to cool the housing market",
    "We cancelled the winter crossings to keep the summer timetable, not because of the weather",
    "The ferry operator cancelled the crossings to repair the ramp, not to annoy the islanders",
    "The school moved the concert so that more parents could come",
    "The county moved the count to a sports hall so that the observers could see every table",
    "The band played an extra song to please the fans",
    "The cyclist attacked on the last climb to break the record",
    "The bakery cut its prices to win back customers",
])
def test_benign_or_own_purposes_do_not_accuse(nlp, content):
    assert not accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "The suspension of our coach is a vendetta by the league's disciplinary chief",
    "That hearing was a travesty of justice",
    "The promised amnesty is a trap",
    "The chairman's sudden retirement is a cover story",
    "The dope test was a setup",
    "The airline's apology is crocodile tears",
    "The detention of our engineers is hostage diplomacy",
])
def test_labels_of_an_act_accuse(nlp, content):
    assert accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "The old quarry road is a trap for cyclists in the rain",
    "The final was a travesty for the neutrals after three red cards",
    "The novel tells the story of a vendetta between two fishing families",
    "The offer is not a trap",
])
def test_labels_of_places_or_stories_do_not_accuse(nlp, content):
    assert not accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "The hotel served fish it knew was spoiled",
    "The promoter sold seats he knew had no view of the stage at all, and never said so",
    "The trainer raced a horse he knew was injured",
    "The contractor filled the dam knowing full well the wall was cracked",
    "The importer knew the toys were toxic and kept selling them",
    "The militia shelled the quarter knowing civilians were sheltering in the school",
])
def test_knowing_wrongdoing_accuses(nlp, content):
    assert accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "The hotel served fish it knew was fresh that morning",
    "The trainer raced a horse he knew was in top form",
    "We opened the shelter knowing it would be full by midnight",
    "The growers knew the frost was coming and picked early",
])
def test_knowledge_without_a_wrong_does_not_accuse(nlp, content):
    assert not accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "The rockets that hit the depot were fired from orchards held by the militia",
    "The drones came from an airfield controlled by the junta",
    "The shells came from ridges the rebels occupy",
    "Our border post came under fire from separatist fighters at dawn",
])
def test_attacks_traced_to_held_ground_accuse(nlp, content):
    assert accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "The rockets were fired from orchards near the river",
    "The lorries came from an airfield the army retook in May",
    "The smoke was traced to a bakery near the station",
])
def test_origins_without_a_holder_do_not_accuse(nlp, content):
    assert not accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "The landlord changed the locks without telling any of the families",
    "The ministry rerouted the pipeline through the farms without consulting the owners",
    "The board cut the pensions without any notice",
    "The bank closed the charity's account without any legal basis",
])
def test_deeds_without_telling_those_concerned_accuse(nlp, content):
    assert accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "The choir sang the whole mass without a conductor",
    "The marathon passed without incident",
    "The crew worked through the storm without a break",
    "We rebuilt the bridge without any help from the province",
    "The navy fired the test missile without informing Ankara",
])
def test_factual_without_does_not_accuse(nlp, content):
    assert not accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "The ferry company doubled the island fares while paying its directors a record bonus",
    "The trust closed the night clinic while its managers flew business class to a summit",
    "The coastguard cutters stayed in port while the fishermen drowned",
    "The soldiers sat in their trucks while the market was looted",
])
def test_costs_against_largesse_and_standing_by_accuse(nlp, content):
    assert accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "The ferry company raised its fares while adding a second daily sailing",
    "The trust closed the night clinic while opening a larger one in the town centre",
    "The cutters stayed in port while the gale blew itself out",
    "The club paid its players a bonus while topping the table",
])
def test_plain_while_clauses_do_not_accuse(nlp, content):
    assert not accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "A clerk at the port warned the traffickers before the search",
    "Somebody in the ministry tipped off the dealers days before the raid",
    "The depot fire was set by the tenant to claim the insurance",
    "The blazes on the ridge were started by loggers clearing the slope",
    "The patrol boat pushed the raft back and left thirty people to drift",
])
def test_tip_offs_fires_set_and_people_set_adrift_accuse(nlp, content):
    assert accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "The weather service warned the fishermen before the gale",
    "The manager tipped off the reporters about the new stadium",
    "The fire was started by a spark from a faulty heater",
    "The blaze was set by wardens as a controlled burn",
    "The current left the raft stuck on a reef",
])
def test_warnings_accidental_fires_and_stranded_boats_do_not_accuse(nlp, content):
    assert not accuses(nlp, content)


def test_a_fire_started_by_a_weapon_names_no_party(nlp):
    assert not accuses(nlp, "The depot fire was apparently started by a drone")


@pytest.mark.parametrize("content", [
    "The growers' association had not been consulted about the water cuts",
    "The villages downstream were not warned in time",
    "The harbour master had not been informed in advance of the drill",
    "The operator did not notify the coastguard as the licence requires",
    "Nobody told the tenants until the scaffolding went up",
    "We wrote to the board in January and again in March. Nobody replied",
    "Nobody came to help the old couple when the river rose",
])
def test_people_left_uninformed_or_unanswered_accuse(nlp, content):
    assert accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "The next of kin have not yet been informed",
    "Nobody was injured when the roof gave way",
    "We have not been told the venue yet",
    "Nobody came to the open day",
    "The club has not been asked to comment",
])
def test_routine_not_yet_and_plain_nobody_do_not_accuse(nlp, content):
    assert not accuses(nlp, content)


def test_a_label_given_by_the_reporting_verb_is_the_speakers(nlp):
    assert accuses(nlp, "the audit as a vendetta by the old board", "dismissed")
    assert accuses(nlp, "the safety warnings as scaremongering", "dismissed")


def test_a_label_given_inside_the_content_is_reported(nlp):
    assert not accuses(nlp, "The ferry company dismissed the safety warnings as scaremongering")
    assert not accuses(nlp, "the audit as a fair process", "described")


@pytest.mark.parametrize("content", [
    "The club sacked the kit man so that the manager who ordered the cover-up would walk free",
    "The chemist knew the certificates were forged",
    "The brewer knew full well that the kegs were leaking and kept shipping them",
    "The mayor cut the bus subsidy while his deputies dined at the city's expense",
    "The chain used long leases to squeeze independent grocers out of the high street",
    "The league fined our club to please its broadcasters, not because of any rule",
])
def test_fourth_step_constructions_accuse(nlp, content):
    assert accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "The club changed its kit so that the players would stay cool",
    "Nobody knew the certificates were forged",
    "We knew the figures were false and said so at the time",
    "The chemist knew the certificates were valid",
])
def test_fourth_step_near_misses_do_not_accuse(nlp, content):
    assert not accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "The public order act is being used to jail pensioners who sit in the road",
    "The libel law is used against anyone who reports on the port contracts",
    "The licensing rules have become a weapon against independent broadcasters",
])
def test_laws_turned_on_people_accuse(nlp, content):
    assert accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "The new law is being used to jail smugglers who bring in counterfeit pills",
    "The grant is used to train midwives",
    "The register has become a tool against money laundering",
])
def test_laws_used_on_lawful_targets_do_not_accuse(nlp, content):
    assert not accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "The hunger strikers at the prison were beaten with rubber hoses",
    "Detainees at the airport holding centre were abused during questioning",
    "The confession was beaten out of the driver in a cell",
])
def test_harm_in_custody_accuses(nlp, content):
    assert accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "The defending champion was beaten in the final",
    "The detainees were moved to the city jail",
    "The prisoners were visited by their families",
])
def test_custody_without_harm_or_a_defeat_does_not_accuse(nlp, content):
    assert not accuses(nlp, content)
