"""Round 10, lead's probe (Nigerian and Indian press copy): a possessed body noun, an opening
participle the parser takes for the subject, a hyphened surname.

(Formerly tests/test_attribution_round10_lead.py.)"""

from __future__ import annotations

from functools import partial

import pytest

from analysis.nlp import load_nlp
from analysis.statements import extract_statements
from tests.support import statement_rows

# Each statement of a text as a row of the fields named (tests.support.statement_rows).
_speakers = partial(statement_rows, fields=("speaker", "actor", "group", "group_type"))
_groups = partial(statement_rows, fields=("actor", "group"))


@pytest.mark.parametrize("text,name,group,gtype", [
    ("The Kano State Police Command has denied the claims. The command's spokesperson, Musa "
     "Garba, said the suspect collapsed in the cell.", "Musa Garba", "Nigerian government",
     "government"),
    # a defence ministry's spokeswoman stays military
    ("Armenia's Defence Ministry said the border was calm. The ministry's spokeswoman, Anna "
     "Hakobyan, said two soldiers were wounded.", "Anna Hakobyan", "Armenian military", "military"),
])
def test_possessed_body_noun_takes_the_named_bodys_placement(text, name, group, gtype):
    # "command" alone reads as military; the body the text named with that noun decides
    assert _speakers(text)[-1][1:] == (name, group, gtype)


@pytest.mark.parametrize("opener", ["Reacting", "Responding"])
def test_opening_participle_is_not_the_speaker(opener):
    [(text, actor, group, _)] = _speakers(
        f"{opener}, Ogun State Governor Dapo Adeyemi, through his spokesman, Kunle Bello, said "
        "the state would ensure that justice was served.")
    assert text == "Ogun State Governor Dapo Adeyemi"
    assert group == "Nigerian government"


def test_participle_with_its_own_subject_is_untouched():
    [(text, _, _, _)] = _speakers("Speaking in Abuja, the minister said the state would pay.")
    assert text == "the minister"


def test_hyphened_surname_hung_as_appositive_stays_whole():
    [(text, _, _, _)] = _speakers(
        "Reacting, Lagos State Governor Babajide Sanwo-Olu, through his press secretary, said "
        "the state government would ensure that justice was served.")
    assert text == "Lagos State Governor Babajide Sanwo-Olu"


def test_title_cased_short_name_spelling_its_initials_is_the_bodys():
    # "(Ntuwu)" is read as a word but spells its name's initials: the officer is the union's
    groups = _groups("PRETORIA - The National Transport Union of Workers (Ntuwu) has rejected the "
                     "offer, saying it was an insult. Ntuwu general secretary Sipho Dlamini said "
                     "members would strike.")
    assert groups[-1] in (("Sipho Dlamini", "Ntuwu"),
                          ("Sipho Dlamini", "National Transport Union of Workers"))


def test_bracketed_word_that_spells_nothing_is_no_short_name():
    from analysis.attribution.names import _initials_spell
    assert _initials_spell("Cosatu", ["Congress", "of", "South", "African", "Trade", "Unions"])
    assert not _initials_spell("Reuters", ["The", "report", "was", "published"])
    assert not _initials_spell("Labour", ["Cllr", "Niamh", "Conaire"])


@pytest.mark.parametrize("text, expected", [
    # the tagger reads a sentence-opening "Tshwane" as a common noun; the text writes it
    # capitalised mid-sentence elsewhere
    pytest.param("Workers at Kelvane walked out on Monday. Kelvane spokesperson Thandi "
                 "Nkosi said the company had made a fair offer.", "Kelvane",
                 id="capitalised_word_the_text_uses_as_a_name_is_the_officers_body"),
    pytest.param("WASHINGTON (AP) — The Congressional Budget Office estimated the "
                 "package would cost $19.6 billion over five years.", "U.S. government",
                 id="congressional_office_is_the_state"),
    pytest.param("DHAKA - Foreign Adviser Karim Hossain told reporters the killings were "
                 "unacceptable.", "Bangladeshi government",
                 id="an_interim_governments_adviser_holds_a_portfolio"),
    pytest.param("COLOMBO - Colombo is trying to balance two giants, said Ruwan Perera, an "
                 "economist and former deputy foreign minister.", "Sri Lankan experts",
                 id="present_role_beside_a_past_office_in_one_appositive"),
])
def test_groups(text, expected):
    [(_, group)] = _groups(text)
    assert group == expected


def test_capitalised_word_seen_only_at_a_sentence_start_is_not_taken_for_a_name():
    # nothing shows that "Kelvane" is a name rather than a word capitalised by its place
    [(_, group)] = _groups("Workers walked out on Monday. Kelvane spokesperson Thandi Nkosi said "
                           "the company had made a fair offer.")
    assert group != "Kelvane"


def test_role_and_name_parsed_as_two_subjects_stay_one_speaker():
    [(actor, group)] = _groups("CAPE TOWN - The Freedom Front Plus's spokesperson on energy, "
                               "Wynand Boshoff, said the plan had failed.")
    assert actor == "Wynand Boshoff"
    assert group == "Freedom Front Plus"


@pytest.mark.parametrize("abbr", ["CM", "PM"])
def test_headline_office_abbreviation_is_the_government(abbr):
    [(_, group)] = _groups(f"NEW DELHI - {abbr} says state short-changed in flood relief.")
    assert group == "Indian government"


@pytest.mark.parametrize("text, expected", [
    pytest.param("Ramos orders audit of ports\n\nMANILA - President Fidel Ramos Jr. on Monday "
                 "ordered an audit. In a video message, Ramos said some contractors were paid "
                 "for work never done.", ("Fidel Ramos Jr.", "Philippine government"),
                 id="generational_suffix_is_no_surname"),
    pytest.param("NAIROBI - Appearing before the Senate Finance Committee, Treasury Secretary "
                 "John Mbadi blamed the Kenya Revenue Authority (KRA) for the shortfall. But "
                 "committee chairman Ali Roba dismissed the explanation, saying the Treasury "
                 "had found money for other projects.", ("Ali Roba", "Kenyan government"),
                 id="committee_chairman_is_the_committees_not_the_last_body_named"),
    # only a head of state or government is named by office in the lead and by name next
    pytest.param("LONDON - The mayor said the park would close.\n\nJohn Smith said it was "
                 "a shame.", ("John Smith", "British public"),
                 id="a_bare_name_after_a_mayor_stays_a_member_of_the_public"),
])
def test_groups_2(text, expected):
    groups = _groups(text)
    assert groups[-1] == expected


def test_portfolio_of_two_words_before_secretary_is_no_organisation():
    [(_, group)] = _groups("MANILA - The Department of Public Works and Highways (DPWH) was told to "
                           "act. Public Works Secretary Ana Cruz said the department would "
                           "cooperate.")[-1:]
    assert group == "Philippine government"


@pytest.mark.parametrize("text, value", [
    pytest.param("NEW DELHI, Nov 14 (PTI) Karnataka Chief Minister Siddaramaiah on Thursday "
                 "accused the Centre of neglect. Siddaramaiah, who met the prime minister "
                 "here, told reporters that the state had been cheated.",
                 [("Siddaramaiah", "Indian government")],
                 id="name_parsed_as_the_offices_appositive_is_a_name"),
    pytest.param("KINGSTON, Jamaica — Opposition Leader Mark Dunbar has called on the Government "
                 "to explain the contract. Speaking at the party's headquarters, Dunbar said the "
                 "contract breached the rules.", [("Mark Dunbar", "Jamaican opposition")],
                 id="capitalised_opposition_leader_is_the_opposition"),
    pytest.param("SINGAPORE - Manpower Minister Tan Wei Ming told Parliament that most agencies "
                 "complied with the law. Dr Tan replied that the names would be published.",
                 [("Tan Wei Ming", "Singaporean government")],
                 id="courtesy_title_with_a_family_name_written_first"),
])
def test_groups_3(text, value):
    groups = _groups(text)
    assert groups == value * 2


@pytest.mark.parametrize("text, unexpected_text", [
    # "ISLAMABAD:" opens South Asian and Malaysian copy as "ISLAMABAD —" opens wire copy
    pytest.param("LAHORE: The provincial assembly on Monday passed the budget, terming it a relief for "
                 "farmers.", "LAHORE",
                 id="colon_dateline_is_no_speaker"),
    pytest.param("Q&A: 'The ban will not save a single fish'\n\nThe minister defended the ban on Monday.",
                 "Q&A",
                 id="a_section_label_before_a_headline_quote_is_no_speaker"),
])
def test_extract_statements(text, unexpected_text):
    statements = extract_statements(load_nlp()(text))
    assert all(s.speaker.text != unexpected_text for s in statements)


def test_agency_headline_colon_still_gives_a_statement():
    [(text, _, _, _)] = _speakers("NATO: Russian jets violated Estonian airspace")
    assert text == "NATO"


@pytest.mark.parametrize("text,group", [
    ("NAIROBI - Law Society of Kenya president Amina Odera said the arrests were unlawful.",
     "Law Society of Kenya"),
    ("KOTA KINABALU: Consumers Association of Sabah president Ling Mei said the bills must be "
     "waived.", "Consumers Association of Sabah"),
])
def test_officer_hung_on_the_bodys_of_speaks_for_the_body(text, group):
    # the parser makes the body the subject and the place before "president" the officer's
    [(_, actor, got, gtype)] = _speakers(text)
    assert (got, gtype) == (group, "organisation")
    assert actor in ("Amina Odera", "Ling Mei")


def test_a_commissioner_general_is_no_general():
    [(_, _, group, _)] = _speakers("NAIROBI - Revenue Authority Commissioner-General Otieno Kamau "
                                   "said collections were up.")
    assert group == "Kenyan government"


def test_head_of_government_named_by_office_in_the_lead_then_by_name():
    groups = _groups("The Taoiseach has rejected claims that the housing targets were dropped.\n\n"
                     "Speaking in the Dáil, Niamh Brennan said 33,000 homes had been built.")
    assert groups == [("Taoiseach", "Irish government"), ("Niamh Brennan", "Irish government")]


def test_capitalised_title_before_an_appositive_name_is_no_name():
    groups = _groups("ACCRA - The Minority has dismissed the explanation. The Ranking Member on the "
                     "Energy Committee, John Jinapor, said the government had failed to pay. "
                     "\"There is no money,\" Mr Jinapor told journalists.")
    assert groups[-2:] == [("John Jinapor", "Ghanaian government")] * 2


def test_officer_after_a_bodys_bracketed_short_name():
    groups = _groups("Humanitarian Organisation for Migration Economics (Home) executive director "
                     "Anita Rao said the changes were overdue. \"Fee caps mean nothing,\" she said.")
    assert [a for a, _ in groups] == ["Anita Rao", "Anita Rao"]
    assert groups[0][1] in ("Home", "Humanitarian Organisation for Migration Economics")


def test_medium_phrase_before_a_clause_without_that_is_not_content():
    [s] = extract_statements(load_nlp()("The board said in a statement it would try to keep a "
                                        "mobile service running."))
    assert s.content_text == "it would try to keep a mobile service running"


@pytest.mark.parametrize("text, expected", [
    pytest.param("Downing Street has denied reports of a rift with the Treasury. The prime "
                 "minister's official spokesman told reporters the two were in complete "
                 "agreement. Shadow chancellor Jo Marsh said the government was at war with "
                 "itself.",
                 [("prime minister's official spokesman", "British government"),
                 ("Jo Marsh", "British opposition")],
                 id="undated_westminster_copy_is_british"),
    pytest.param("DHAKA - Bangladesh summoned India's envoy. In New Delhi, the Ministry of "
                 "External Affairs said the guards had acted in self-defence. MEA spokesperson "
                 "Ravi Kumar said India remained committed to a crime-free border.",
                 [("Ministry of External Affairs", "Indian government"),
                 ("Ravi Kumar", "Indian government")],
                 id="acronym_of_a_state_body_placed_by_its_city_keeps_that_country"),
])
def test_groups_4(text, expected):
    groups = _groups(text)
    assert groups[-2:] == expected


def test_a_people_noun_opening_a_sentence_is_no_organisation():
    # NER calls a sentence-opening "Fisherman" an organisation
    groups = _groups("The minister defended the ban. Fisherman's leader Dorothy Akinyi says it "
                     "will ruin families.")
    assert groups[-1][0] == "Dorothy Akinyi"
    assert "Fisherman" not in groups[-1][1]


# ------------------------------------------------------------------------------------------
# Round 9, lead's probe: a role the parser hung on a fronted place stays the name's own.
#
# (Formerly tests/test_attribution_round9_lead.py.)
# ------------------------------------------------------------------------------------------

# Each statement of a text as a row of the fields named (tests.support.statement_rows).
_actors = partial(statement_rows, fields=("actor", "group", "content"))


@pytest.mark.parametrize("text", [
    "In Dodoma, Tanzania's minister for livestock and fisheries, Abdallah Msuya, said the "
    "dispute was serious. He urged both governments to talk.",
    "On the island, Tanzania's deputy minister for fisheries, Abdallah Msuya, said the dispute "
    "was serious. He urged both governments to talk.",
])
def test_role_hung_on_a_fronted_place_is_the_names(text):
    (actor, group, _), (actor2, group2, _) = _actors(text)
    assert (actor, group) == ("Abdallah Msuya", "Tanzanian government")
    assert (actor2, group2) == ("Abdallah Msuya", "Tanzanian government")  # "He" follows


def test_a_place_described_before_the_name_gives_no_role():
    # the appositive describes the place, not the speaker: she stays a member of the public
    [(actor, group, _)] = _actors("In Kisumu, the town's biggest market, Grace Achieng said "
                                    "prices had doubled.")
    assert (actor, group) == ("Grace Achieng", "Kenyan public")


@pytest.mark.parametrize("text,content", [
    ("Argentina's environment ministry on Monday demanded that Chile halt work at the mine.",
     "Chile halt work at the mine"),
    ("The regulator demanded that the operator halt production at the plant.",
     "the operator halt production at the plant"),
])
def test_subjunctive_read_as_nouns_is_still_a_claim(text, content):
    # the tagger reads "halt work" as a compound noun: the clause has no verb, but its "that"
    # marks it as the demand's content
    statements = extract_statements(load_nlp()(text))
    assert [s.content_text for s in statements] == [content]
