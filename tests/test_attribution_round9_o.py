"""Round 9 (probe O: domestic politics and elections outside the U.S. and UK, EU institutions,
long features with many voices): general classes of speaker-to-group errors seen on invented
articles about coalition talks, no-confidence votes, court rulings on election law and polls.
Every sentence here is invented for these tests."""

from __future__ import annotations

from tests.support import contents_of, speaker_actor

# --- a party's role owned by a name the text treats as a party -------------------------------


def test_a_partys_spokeswoman_in_a_regional_parliament_is_the_party(nlp):
    text = ("BILBAO, Spain (Reuters) - The Basque budget fell on Tuesday after the Basque "
            "Nationalist Left (EHN) abstained.\n\nEHN's spokeswoman in the regional "
            "parliament, Ane Goñi, told reporters that the party could not support cuts to rural "
            "clinics.")
    a = speaker_actor(nlp, text, "rural clinics")
    assert a.group == "EHN"  # not the Spanish government by "parliament"
    assert a.group_type == "organisation"


def test_a_names_top_candidate_in_election_copy_is_the_party(nlp):
    text = ("Voters in Brabant elect a new provincial council on Sunday. The NVP's top "
            "candidate, Lotte Maes, said the vote was a referendum on farm rules.")
    a = speaker_actor(nlp, text, "referendum on farm rules")
    assert a.group == "NVP"
    assert a.group_type == "organisation"


def test_a_party_introduced_by_its_possessor_keeps_its_voice_after_a_former_office(nlp):
    text = ("Board defends Rivas West tally as opposition cries foul\n\nThe Independent "
            "Electoral Board (IEB) on Monday dismissed claims that results from last week's Rivas "
            "West by-election had been altered, saying every form had been scanned.\n\nBoard "
            "chairperson Rosa Mena told a press briefing that the system had worked \"without a "
            "single interruption\".\n\nThe winner, Tomas Vidal of the ruling Civic Alliance, "
            "took 51 percent of the vote against 46 percent for the Popular Unity Movement's Ana "
            "Duarte.\n\nPUM secretary-general Jorge Salas accused the board of \"sitting on\" "
            "forms for two days. He said the party had filed a petition at the High Court in "
            "Rivas.\n\nDuarte, a former county executive, said her agents had been locked out "
            "of two tallying centres.")
    a = speaker_actor(nlp, text, "locked out")
    assert a.group == "Popular Unity Movement"  # a past office does not make her the state's


def test_a_party_named_with_the_word_party_is_no_state_body(nlp):
    text = ("KUALA LUMPUR - The Malaysian Progressive Party, the largest party outside the "
            "cabinet, welcomed the ruling on Friday.\n\nIts spokesman, Faizal Rahim, said the "
            "decision would help smaller states.")
    a = speaker_actor(nlp, text, "help smaller states")
    assert a.group_type == "organisation"
    assert "Progressive Party" in a.group


def test_a_party_officer_after_the_party_spoke(nlp):
    text = ("WARSAW - Poland's opposition Poland Together said the new media law was unlawful."
            "\n\n\"We will take it to every court we can,\" party chairman Piotr Lis wrote on "
            "social media.")
    a = speaker_actor(nlp, text, "every court we can")
    assert a.group == "Poland Together"  # (a party name with a country word in it)


def test_the_partys_leader_after_a_lead_that_names_the_party(nlp):
    text = ("OSLO, May 3 (Reuters) - Coalition talks collapsed on Monday when the Coastal "
            "Farmers Movement (KBR-F) walked out.\n\nThe party's leader, Siri Haugen, told "
            "reporters that the fuel tax had been the last straw.")
    a = speaker_actor(nlp, text, "last straw")
    assert a.group == "Coastal Farmers Movement"


def test_a_party_name_before_a_legislator_is_the_party(nlp):
    text = ("A Sakura Union lawmaker who asked not to be named said the bill would not pass "
            "the upper house.")
    a = speaker_actor(nlp, text, "would not pass")
    assert a.group == "Sakura Union"
    assert a.anonymous


def test_an_organisation_name_before_a_legislator_is_his_party(nlp):
    text = ("JAKARTA - Lawmakers reacted angrily to the ruling. A Perindo legislator who asked "
            "not to be named said the court had overstepped.")
    a = speaker_actor(nlp, text, "court had overstepped")
    assert a.group == "Perindo"  # not the Indonesian government by "legislator"
    assert a.group_type == "organisation"


def test_a_partys_education_minister_stays_the_government(nlp):
    text = ("MADRID - The Catalan Green Left (ICV) joined the regional cabinet in May. ICV's "
            "education minister, Laia Puig, said schools would reopen on Monday.")
    a = speaker_actor(nlp, text, "schools would reopen")
    assert a.group_type == "government"  # an office that speaks for the state


# --- offices of the EU institutions ----------------------------------------------------------


def test_an_mep_is_the_european_union_whatever_her_country_and_party(nlp):
    text = ("BRUSSELS - Swedish Liberal MEP Anna Berglund said the proposal would not survive a "
            "vote in committee.")
    assert speaker_actor(nlp, text, "survive a vote").group == "European Union"


def test_the_councils_rotating_presidency_is_the_european_union(nlp):
    text = ("BRUSSELS - The European Commission proposed new fishing limits on Tuesday. The "
            "Council's rotating presidency, held by Cyprus, said ministers would vote in June.")
    a = speaker_actor(nlp, text, "ministers would vote")
    assert a.group == "European Union"
    assert a.group_type == "organisation"


def test_a_portfolio_commissioner_in_a_commission_story(nlp):
    text = ("BRUSSELS - The European Commission proposed a freeze of farm funds on Monday. "
            "Budget Commissioner Ilse Dorn said the ministry had misled auditors.")
    assert speaker_actor(nlp, text, "misled auditors").group == "European Union"  # not "Budget"


# --- pollsters ----------------------------------------------------------------------------------


def test_its_director_after_a_poll_published_by_a_pollster(nlp):
    text = ("A poll published by Mirador on Sunday showed the ruling party losing ground in "
            "the south. Its director, Carla Venn, said voters were tired of scandals.")
    a = speaker_actor(nlp, text, "tired of scandals")
    assert a.group == "Mirador"
    assert a.group_type == "organisation"


def test_who_directs_the_survey_speaks_for_the_pollster(nlp):
    text = ("A survey by Datanorte published on Friday put the mayor's approval at 31 percent."
            "\n\nRaúl Ibarra, who directs the survey, said the drop was sharpest among young "
            "voters.")
    a = speaker_actor(nlp, text, "sharpest among young")
    assert a.group == "Datanorte"  # not the government by "directs"


# --- coalition-talks offices and a president's communications office ----------------------------


def test_an_informateur_is_the_government(nlp):
    text = ("THE HAGUE, Jan 9 (Reuters) - Talks on a new Dutch cabinet stalled again on "
            "Thursday.\n\nHendrik Mol, the informateur appointed by the lower house, said in a "
            "report that two parties still disagreed on pensions.")
    a = speaker_actor(nlp, text, "disagreed on pensions")
    assert a.group == "Dutch government"


def test_a_presidential_communications_chief_is_the_government(nlp):
    text = ("MANILA - Presidential communications chief Rosa Dela Cruz said the president would "
            "sign the budget next week.")
    a = speaker_actor(nlp, text, "sign the budget")
    assert a.group_type == "government"


# --- a leadership contender, a party's own name, a source that names its issuer ----------------


def test_a_contender_for_a_partys_leadership_speaks_for_the_party(nlp):
    text = ("Mika Sorvari, the former transport minister now running to lead the Centre "
            "Alliance, has spent the spring telling members that the party has lost the "
            "countryside.\n\n\"We stopped listening,\" Sorvari says.")
    assert speaker_actor(nlp, text, "We stopped listening").group == "Centre Alliance"


def test_a_sitting_minister_running_for_the_leadership_stays_the_government(nlp):
    text = ("HELSINKI, Finland - Finance Minister Mika Sorvari, who is running to lead the Centre "
            "Alliance, said the budget would balance by 2028.")
    assert speaker_actor(nlp, text, "balance by 2028").group_type == "government"


def test_a_result_published_by_an_official_is_not_the_headlines_result(nlp):
    text = ("Thuringia votes: what the result means for the coalition\n\nERFURT, Germany - "
            "The Greens took 9.1 "
            "percent, according to the preliminary result published by the state returning "
            "officer overnight. State Premier Karl Brandt said voters had chosen stability.")
    a = speaker_actor(nlp, text, "The Greens took 9.1 percent")
    assert a.group_type == "government"  # the returning officer, not an unplaced "result"


def test_the_peoples_party_keeps_its_possessive(nlp):
    text = ("MADRID - Opposition leader Alberto Gil of the People's Party said the deal was a "
            "bribe to the separatists.")
    assert speaker_actor(nlp, text, "bribe to the separatists").group == "People's Party"


# --- he/she after a person the text just made its subject ---------------------------------------


def test_she_after_a_sentence_about_the_president_is_the_president(nlp):
    text = ("LIMA - A motion to remove President Ana Ramos failed on Thursday.\n\nCongresswoman "
            "Rosa Vilca said the president had misled the chamber.\n\nRamos, 58, did not attend "
            "the session. In a televised address, she said the vote showed that the institutions "
            "still work.")
    a = speaker_actor(nlp, text, "institutions still work")
    assert a.actor == "Ana Ramos"  # the subject just before, not the lawmaker quoted earlier


def test_he_after_an_anonymous_legislator_is_the_legislator(nlp):
    text = ("JAKARTA - Titi Anggraini, a researcher at a Jakarta think tank, said the ruling was "
            "historic.\n\nA Perindo legislator who asked not to be named said smaller parties "
            "lacked money. \"Lowering the bar does not build a ladder,\" he said.")
    a = speaker_actor(nlp, text, "build a ladder")
    assert a.group == "Perindo"  # not the researcher a paragraph before
    assert a.anonymous


def test_she_after_a_councillor_the_tagger_takes_for_a_body(nlp):
    text = ("PRETORIA - ANC regional chairperson Sipho Nkosi said the city had stopped "
            "collecting rubbish.\n\nMahlangu, a Democratic Alliance councillor, said the vote "
            "was a hostile takeover. \"They could not win at the ballot box,\" she told "
            "journalists.")
    a = speaker_actor(nlp, text, "win at the ballot box")
    assert a.actor != "Sipho Nkosi"


# --- second batch (written after the first fixes): EU copy without "European Commission" ------


def test_a_rapporteur_named_with_the_mep_title_is_the_european_union(nlp):
    text = ("STRASBOURG - The European Parliament backed new rail rules on Wednesday.\n\nThe "
            "rapporteur, Danish centre-left MEP Jens Holm, said the vote showed that the "
            "centre could still deliver.")
    assert speaker_actor(nlp, text, "centre could still deliver").group == "European Union"


def test_a_commission_spokesperson_in_a_parliament_story(nlp):
    text = ("STRASBOURG - MEPs approved the regulation by 312 votes to 289. In Budapest, the "
            "Hungarian government called it too weak.\n\nCommission spokesperson Markus "
            "Lehtonen said the executive welcomed the vote.")
    a = speaker_actor(nlp, text, "executive welcomed the vote")
    assert a.group == "European Union"  # not the Hungarian government named before


def test_an_election_commission_spokesperson_stays_national(nlp):
    text = ("BANGKOK, Thailand - The European Union said it was concerned about the ruling. "
            "Election Commission spokesperson Somchai Dee said the party would be deregistered "
            "by Friday.")
    assert speaker_actor(nlp, text, "deregistered by Friday").group == "Thai government"


def test_a_diplomat_from_one_of_the_member_states_is_unplaced(nlp):
    text = ("BRUSSELS - The Polish Council presidency said it hoped for a deal by June. A diplomat "
            "from one of the larger member states said several capitals still had doubts.")
    a = speaker_actor(nlp, text, "capitals still had doubts")
    assert a.group == "unknown"
    assert a.anonymous


def test_the_partys_publicity_secretary_is_the_one_party_named_before(nlp):
    text = ("Adeyemi is the front-runner for the All Progressives Congress ticket.\n\nWithin his "
            "party, not everyone is convinced. Senator Musa Garba said the north deserved a turn."
            " The party's national publicity secretary, Felix Morah, said the primaries would be "
            "open.")
    a = speaker_actor(nlp, text, "primaries would be open")
    assert a.group == "All Progressives Congress"


def test_his_spokeswoman_speaks_for_the_vice_president(nlp):
    text = ("MANILA, Feb 4 (AFP) - The House of Representatives impeached Vice President Ramon "
            "Dizon in December.\n\nDizon has denied wrongdoing. His spokeswoman, Trixie Lualhati, "
            "said the vice-president welcomed the chance to be heard.")
    a = speaker_actor(nlp, text, "welcomed the chance")
    assert a.group == "Philippine government"  # not the House named before


def test_mayors_in_the_plural_are_the_state(nlp):
    text = ("BRATISLAVA - Mayors of several Slovak towns that depend on cohesion money said "
            "projects were already at risk.")
    assert speaker_actor(nlp, text, "already at risk").group == "Slovak government"


def test_the_former_minister_is_the_person_just_quoted(nlp):
    text = ("LIMA - The motion failed on Thursday.\n\nHer prime minister, Luis Cárdenas, told RPP "
            "radio that the cabinet had never doubted the outcome. The former economy minister "
            "said Congress should now turn to the budget.")
    assert speaker_actor(nlp, text, "turn to the budget").actor == "Luis Cárdenas"


# --- statements the parser hid: a past tense tagged a participle, a hyphenated object, a clause
#     whose verb was tagged a noun, a clause hung on a survey's participle --------------------


def test_a_closing_report_the_tagger_called_a_participle(nlp):
    text = ("MANILA, Feb 4 (AFP) - The Senate will open the trial on March 3, Senate President "
            "Carmelita Reyes announced on Tuesday, ending weeks of delay.")
    a = speaker_actor(nlp, text, "open the trial on March 3")
    assert a.actor == "Carmelita Reyes"


def test_accused_a_hyphenated_object_of(nlp):
    text = ("STRASBOURG - Its leader, Iratxe Molina, accused the centre-right of borrowing the "
            "far right's vocabulary and said her group would fight.")
    assert any(c.startswith("the centre-right of borrowing") for c in contents_of(nlp, text))


def test_found_that_with_the_clause_verb_tagged_a_noun(nlp):
    text = ("LIMA - A survey by Ipsos Peru published on Sunday found that 78 percent disapprove "
            "of Congress and 69 percent disapprove of the president.")
    a = speaker_actor(nlp, text, "78 percent disapprove")
    assert a.group_type == "organisation"  # the pollster, not a person of the public


def test_found_in_a_survey_released_friday_that(nlp):
    text = ("BUSAN, South Korea (AP) - Gallup Korea found in a survey released Friday that the "
            "two candidates were within the margin of error.")
    a = speaker_actor(nlp, text, "within the margin of error")
    assert a.group == "Gallup Korea"
    assert a.group_type == "organisation"


# --- third batch (written after the second round of fixes) -------------------------------------


def test_an_electoral_institute_councilor_is_no_party(nlp):
    text = ("MONTERREY, Mexico (AP) - The National Electoral Institute (INE) approved 6,800 "
            "polling stations. INE councilor Arturo Mena told reporters that violence had forced "
            "the relocation of 14 stations.")
    a = speaker_actor(nlp, text, "forced the relocation")
    assert a.group == "Mexican government"  # a state body, not a party "INE"


def test_a_candidate_named_with_his_party_keeps_it_by_surname(nlp):
    text = ("MONTERREY, Mexico (AP) - Clara Garza had 38% support against 34% for Samuel Treviño "
            "of the Citizens' Movement, which has governed the state since 2021.\n\nTreviño, 41, "
            "said the poll missed younger voters.")
    a = speaker_actor(nlp, text, "missed younger voters")
    assert a.group == "Citizens' Movement"


def test_a_speaker_after_a_fronted_place_and_an_age(nlp):
    text = ("MONTERREY, Mexico (AP) - At a taco stand in downtown Monterrey, Jorge Salas, 52, said "
            "he was tired of the fighting.")
    a = speaker_actor(nlp, text, "tired of the fighting")
    assert a.actor == "Jorge Salas"
    assert a.group == "Mexican public"


def test_the_palace_is_the_head_of_states_office(nlp):
    text = ("BRUSSELS, Oct 14 (Reuters) - Belgium's coalition talks collapsed again on Monday.\n\n"
            "The palace said in a short statement that the king had accepted the resignation.")
    assert speaker_actor(nlp, text, "accepted the resignation").group == "Belgian government"


def test_a_pollster_is_an_expert(nlp):
    text = ("MONTERREY, Mexico (AP) - \"If the suburbs vote, Treviño wins,\" said Lorena Becerra, "
            "a pollster who advises several newspapers.")
    assert speaker_actor(nlp, text, "suburbs vote").group_type == "person"


def test_he_after_a_surname_with_an_age(nlp):
    text = ("MONTERREY, Mexico (AP) - Clara Garza had 38% against 34% for Samuel Treviño of the "
            "Citizens' Movement.\n\nTreviño, 41, said the poll missed younger voters. \"The only "
            "survey that counts is on June 1,\" he said.")
    assert speaker_actor(nlp, text, "only survey that counts").group == "Citizens' Movement"


def test_ordered_x_to_y_on_its_own_and_beside_a_report(nlp):
    text = ("JAKARTA - Chief Justice Anwar Saldi said the threshold deprived voters of a choice "
            "and ordered the General Elections Commission to apply a sliding scale.")
    contents = contents_of(nlp, text)
    assert any(c.startswith("the General Elections Commission to apply") for c in contents)


def test_ordered_inside_the_speakers_own_report_is_no_second_statement(nlp):
    text = ("NAIROBI - The commissioner said her office had ordered the company to notify every "
            "customer within seven days.")
    contents = contents_of(nlp, text)
    assert not any(c.startswith("the company to notify") for c in contents)
    assert any("had ordered the company" in c for c in contents)


def test_a_closing_reporter_named_in_apposition_and_his_participle(nlp):
    text = ("BARCELONA - His government will extend last year's budget, his economy chief, Núria "
            "Ferrer, told Catalan public radio, adding that salaries would be paid as normal.")
    a = speaker_actor(nlp, text, "extend last year's budget")
    assert "Ferrer" in a.actor
    b = speaker_actor(nlp, text, "salaries would be paid")
    assert "Ferrer" in b.actor  # not "His government", the clause's subject


# --- fourth batch ----------------------------------------------------------------------------


def test_a_chief_minister_whose_party_is_named_stays_the_state(nlp):
    text = ("PATNA, India - Chief Minister Nitin Prasad, whose Janata Dal (United) governs with "
            "the Bharatiya Janata Party, told a rally in Gaya that his government had created "
            "400,000 posts.")
    assert speaker_actor(nlp, text, "created 400,000 posts").group == "Indian government"


def test_its_leader_after_a_party_with_a_bracketed_short_name(nlp):
    text = ("WARSAW, July 9 (Reuters) - The opposition Law and Justice (PiS) party welcomed the "
            "decision. Its parliamentary leader, Mariusz Wrona, said the president had "
            "protected the constitution.")
    a = speaker_actor(nlp, text, "protected the constitution")
    assert a.group == "Law and Justice"


def test_a_survey_by_an_institute_for_a_daily_is_the_pollster(nlp):
    text = ("WARSAW, July 9 (Reuters) - Ewa Kruk, a former judge, said the veto was unwise. A "
            "survey by the IBRiS institute for the daily Rzeczpospolita found that 61 percent of "
            "Poles believed the two sides should negotiate.")
    a = speaker_actor(nlp, text, "61 percent of Poles")
    assert a.group_type == "organisation"  # the pollster, not the paper, not the judge
    assert "IBRiS" in a.group


def test_a_feature_names_the_person_then_gives_the_title_in_the_next_sentence(nlp):
    text = ("The governor who wants the big chair\n\nBabatunde Adeyemi likes to say he learned "
            "politics in a market. The two-term governor of Ogun State, now the front-runner for "
            "the party's presidential ticket, still visits the Kuto market in Abeokuta on "
            "Saturdays.\n\n\"If you cannot sell tomatoes, you cannot sell a budget,\" the "
            "61-year-old told this magazine. Nigeria votes next year.")
    a = speaker_actor(nlp, text, "sell a budget")
    assert a.group == "Nigerian government"  # a sitting governor, not a person of the public


def test_a_next_sentence_with_no_title_gives_the_name_no_office(nlp):
    text = ("Babatunde Adeyemi likes to say he learned politics in a market. The market opens at "
            "dawn.\n\n\"If you cannot sell tomatoes, you cannot sell anything,\" Adeyemi told "
            "this magazine. Nigeria votes next year.")
    # ("The market" is no title for him: nothing makes him the state's)
    assert speaker_actor(nlp, text, "sell anything").group_type != "government"


def test_he_after_an_mep_named_in_a_descriptions_appositive(nlp):
    text = ("STRASBOURG - The European Parliament backed the regulation.\n\nThe rapporteur, "
            "Swedish centre-right MEP Karl Engström, said the vote showed that the centre could "
            "deliver. He told journalists that talks could conclude before the summer.")
    a = speaker_actor(nlp, text, "talks could conclude")
    assert a.group == "European Union"  # the rapporteur, not unplaced
    assert "Engström" in a.actor


def test_stray_guillemet_mention_never_crashes():
    # found by the property test: a quote mark the parser made a name gave an empty mention
    from analysis.nlp import load_nlp
    from analysis.statements import extract_statements

    doc = load_nlp()('"the," he said. »would," the ministry told reporters.')
    statements = extract_statements(doc)
    assert statements
    for s in statements:
        a, b = s.content
        assert doc.text[a:b] == s.content_text
