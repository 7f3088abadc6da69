"""Round 10 (engineer C): denial in its article, and the framing evaluator scoring realistic
items in their articles.

Every article and sentence here was written for these tests. The article-level pass
(:mod:`analysis.scoring.context`) flags a rebuttal that only its article shows to be one; the
near misses are the accused party's other statements (regrets, plans, promises, no comment),
the same defensive words in an article that charges nobody, and a rejected offer.

(Formerly tests/test_scores_round10_c.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.support import analyse, assert_cues_in_sentence, find_scored

# --------------------------------------------------------------------------- helpers


# --------------------------------------------------------------------------- positives

REJECTED_THEN_TIMELY = (
    "Clinic accused of slow response to gas leak\n\n"
    "HARROGATE — Patients' relatives accused the Dalebrook Clinic on Monday of leaving a gas "
    "leak unreported for a whole afternoon.\n\n"
    "The clinic rejected the accusation. The building had been cleared within twenty minutes "
    "of the alarm, a clinic spokesman said.\n\n"
    "The clinic said it was sorry for the worry caused to families. It will hold an open "
    "meeting for relatives next week, the spokesman said.\n"
)


def test_a_positive_rebuttal_after_the_narrative_rejection_is_a_denial(nlp) -> None:
    doc, pairs = analyse(nlp, REJECTED_THEN_TIMELY)
    st, sc = find_scored(pairs, "had been cleared within twenty minutes")
    assert sc.denial.value > 0
    assert any(c.rule.startswith("context.") for c in sc.denial.cues)
    assert sc.denial.target == "the accusation"
    assert_cues_in_sentence(doc, st, sc.denial, value_is_cue_sum=True)


def test_the_accused_partys_regret_and_plan_are_not_denials(nlp) -> None:
    _, pairs = analyse(nlp, REJECTED_THEN_TIMELY)
    assert find_scored(pairs, "sorry for the worry")[1].denial.value == 0
    assert find_scored(pairs, "hold an open meeting")[1].denial.value == 0


# round 11: the charge names the notice the account answers (an account of notice given
# rebuts a charge about notice; 'blamed for an oil slick' alone is not answered by it)
ACCUSED_THEN_NOTICE = (
    "Shipping firm blamed for oil slick\n\n"
    "VARNA — Fishermen blamed the shipping firm Pontus Lines for an oil slick that reached "
    "three beaches on Sunday, and for failing to notify the port authority for two days.\n\n"
    "Pontus Lines said it had notified the port authority the same day. The firm said it would "
    "pay for the clean-up.\n\n"
    "Pontus Lines declined to comment on the size of the spill.\n"
)


def test_an_accused_partys_account_of_notice_given_is_a_denial(nlp) -> None:
    doc, pairs = analyse(nlp, ACCUSED_THEN_NOTICE)
    st, sc = find_scored(pairs, "had notified the port authority the same day")
    assert sc.denial.value > 0
    rules = {c.rule for c in sc.denial.cues}
    assert any(r.startswith("context.party_accused.") for r in rules), rules
    assert sc.denial.target == "Fishermen"
    assert_cues_in_sentence(doc, st, sc.denial, value_is_cue_sum=True)
    assert find_scored(pairs, "would pay for the clean-up")[1].denial.value == 0


def test_only_after_in_a_disputed_account_is_a_denial(nlp) -> None:
    text = ("Protest organisers accuse police over baton charge\n\n"
            "LIMA — March organisers accused the city police of charging peaceful marchers.\n\n"
            "The police chief, Rosa Vidal, disputed that account. Officers had advanced only "
            "after a group of marchers threw bottles, she said.\n")
    doc, pairs = analyse(nlp, text)
    st, sc = find_scored(pairs, "only after a group of marchers threw bottles")
    assert sc.denial.value > 0
    assert any(c.text == "only after" for c in sc.denial.cues)
    assert_cues_in_sentence(doc, st, sc.denial, value_is_cue_sum=True)


@pytest.mark.parametrize("text, words, words_2", [
    pytest.param("Regulator fines energy retailer\n\n"
                 "OSLO — The energy regulator fined the retailer Nordkraft 2 million crowns on "
                 "Tuesday, saying it had overcharged customers.\n\n"
                 "Nordkraft said it strongly disagreed with the decision. Nordkraft said it was "
                 "studying the ruling with its lawyers and would consider its options.\n",
                 "strongly disagreed with the decision", "studying the ruling",
                 id="a_penalised_company_disagreeing_is_a_denial"),
    pytest.param("Professor denies faking lab results\n\n"
                 "GALWAY — An inquiry found that Prof. Aidan Burke had altered data in four papers.\n\n"
                 "Burke denied any wrongdoing. In a statement he said he had never intended to "
                 "deceive anyone and that he intends to appeal the finding.\n",
                 "had never intended to deceive anyone", "intends to appeal the finding",
                 id="a_past_intention_denied_is_a_denial_a_present_plan_is_not"),
])
def test_analyse_value(nlp, text, words, words_2):
    _, pairs = analyse(nlp, text)
    assert find_scored(pairs, words)[1].denial.value > 0
    assert find_scored(pairs, words_2)[1].denial.value == 0


# --------------------------------------------------------------------------- near misses


def test_the_same_defensive_words_in_an_article_that_charges_nobody_are_no_denial(nlp) -> None:
    text = ("Town opens new flood barrier\n\n"
            "HEXHAM — The town council opened a new flood barrier on the river on Friday.\n\n"
            "The council said it had informed residents of the works within two days of the "
            "contract being signed. The barrier had passed every test, the council said.\n")
    _, pairs = analyse(nlp, text)
    assert find_scored(pairs, "had informed residents")[1].denial.value == 0
    assert find_scored(pairs, "had passed every test")[1].denial.value == 0


@pytest.mark.parametrize("text, words", [
    pytest.param("Dockers reject pay offer\n\n"
                 "ROTTERDAM — The dockers' union rejected a revised pay offer from the port employers "
                 "on Monday. The offer fell far short of inflation, the union said.\n",
                 "fell far short of inflation",
                 id="rejecting_an_offer_frames_no_rebuttal"),
    pytest.param("Airport denies radar failure caused delays\n\n"
                 "MALAGA — The airport operator denied reports that a radar failure had caused "
                 "Saturday's delays. No injuries had been reported, the operator said.\n",
                 "No injuries had been reported",
                 id="a_plain_negative_fact_of_a_rebutting_party_stays_plain"),
    pytest.param("Rail operator blamed for derailment\n\n"
                 "BRNO — Passengers blamed the rail operator Moravia Rail for a derailment that "
                 "injured six people on Friday.\n\n"
                 "Moravia Rail said it had sent four engineers to the site.\n",
                 "had sent four engineers",
                 id="sending_people_is_no_notice_given"),
])
def test_analyse_value_2(nlp, text, words):
    _, pairs = analyse(nlp, text)
    assert find_scored(pairs, words)[1].denial.value == 0


def test_a_single_statement_is_scored_as_before(nlp) -> None:
    # the isolated path (score_text: one statement, no article) never reads the context pass
    from analysis.scores import score_text

    sc = score_text("the company had notified the regulator within 72 hours", "said", nlp=nlp)
    assert sc.denial.value == 0


def test_the_context_words_file_loads_with_a_version() -> None:
    from analysis.context_words import (
        LIST_NAMES,
        load_context_words,
    )

    words = load_context_words()
    assert words.version
    assert "reject" in words.rebuttal_verbs and "offer" not in words.rebuttal_verbs
    assert len(LIST_NAMES) >= 10


def test_a_context_words_file_missing_a_list_is_an_error(tmp_path: Path) -> None:
    from analysis.context_words import CONTEXT_WORDS_PATH, ContextWordsError, build_context_words

    data = yaml.safe_load(CONTEXT_WORDS_PATH.read_text(encoding="utf-8"))
    del data["lists"]["sequence"]
    bad = tmp_path / "context_words.yaml"
    bad.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(ContextWordsError, match="sequence"):
        build_context_words(bad)


def test_there_were_no_and_no_reason_to_doubt_rebut_a_charge(nlp) -> None:
    text = ("Navy accused of entering fishing zone\n\n"
            "MANILA — Fishermen accused the Coral Sea navy of entering a protected fishing "
            "zone on Sunday.\n\n"
            "The Coral Sea navy said there were no restricted waters in the area. The Coral Sea "
            "navy said it saw no reason to doubt the position logs of its ships.\n")
    _, pairs = analyse(nlp, text)
    assert find_scored(pairs, "there were no restricted waters")[1].denial.value > 0
    assert find_scored(pairs, "no reason to doubt the position logs")[1].denial.value > 0


def test_a_counter_charge_after_a_different_version_stays_an_accusation(nlp) -> None:
    text = ("Border guards trade fire\n\n"
            "TBILISI — The Georgian border police said guards from across the line fired on "
            "a patrol near Kazbegi.\n\n"
            "The other side's border service gave a very different version. It said Georgian "
            "guards had deliberately fired on its observation post first.\n")
    _, pairs = analyse(nlp, text)
    _, sc = find_scored(pairs, "had deliberately fired on its observation post")
    assert sc.accusation.value > 0
    assert not any(c.rule.startswith("context.") for c in sc.denial.cues)


def test_an_account_another_party_disputes_right_after_is_a_rebuttal(nlp) -> None:
    base = ("Chemical firm reports leak at river plant\n\n"
            "RUSE — The chemical maker Danubia Chem said on Monday that it had informed the "
            "river authority within 48 hours of the leak.\n\n")
    disputed = base + "A local fishermen's association disputed that account.\n"
    _, pairs = analyse(nlp, disputed)
    _, sc = find_scored(pairs, "had informed the river authority within 48 hours")
    assert sc.denial.value > 0 and sc.denial.target == "A local fishermen's association"
    _, pairs = analyse(nlp, base + "The plant employs 300 people.\n")
    assert find_scored(pairs, "had informed the river authority")[1].denial.value == 0


def test_a_challenged_party_insisting_holds_its_account(nlp) -> None:
    text = ("Council criticised over snow clearing\n\n"
            "YORK — Residents accused the city council of leaving side streets uncleared for "
            "a week after the storm.\n\n"
            "The council insisted its gritting crews were on the roads every night.\n")
    _, pairs = analyse(nlp, text)
    assert find_scored(pairs, "gritting crews were on the roads")[1].denial.value > 0
    calm = ("Council prepares for snow\n\n"
            "YORK — The city council said on Monday that more snow was forecast.\n\n"
            "The council insisted its gritting crews were ready for the weekend.\n")
    _, pairs = analyse(nlp, calm)
    assert find_scored(pairs, "gritting crews were ready")[1].denial.value == 0


def test_an_empty_article_passes_through(nlp) -> None:
    from analysis.scores import score_statement
    from analysis.scoring.context import with_context
    from analysis.types import Statement

    doc = nlp("")
    st = Statement(content=(0, 0), content_text="", kind="direct", cue=None, cue_span=None,
                   speaker=None, sentence=(0, 0), method="test")
    scores = [score_statement(st, doc)]
    assert with_context([st], doc, scores) == scores


# ------------------------------------------------------------------------------------------
# Round 11 (engineer D): the article-level denial pass on realistic copy, made more precise
# and given more of the wire's rebuttal frames.
#
# Every article and sentence here was written for these tests. Positives are rebuttals that only
# their article shows to be rebuttals; the near misses are what an accused or contradicted party
# says without denying (an account of other conduct, the complaint of a party left uninformed,
# the accuser's own source quoted after the accused's rejection).
#
# (Formerly tests/test_scores_round11_d.py.)
# ------------------------------------------------------------------------------------------

OFF_TOPIC_CONDUCT = (
    "Bus company denies overcrowding after crash\n\n"
    "TIRANA, April 2 (Reuters) - Drita Coaches, the operator of a coach that overturned near "
    "Elbasan on Sunday, denied that the vehicle had been carrying more passengers than "
    "permitted.\n\n"
    "\"The coach was carrying 41 passengers and it has 49 seats,\" said Arben Hoxha, a director "
    "of Drita Coaches.\n\n"
    "Drita Coaches said it had immediately called the fire brigade when the coach left the "
    "road. Hoxha said the driver was helping police.\n\n"
    "Survivors said people had been standing in the aisle for the whole journey.\n"
)


def test_an_accused_partys_timely_act_on_another_matter_is_no_denial(nlp) -> None:
    # the charge is overcrowding; calling the fire brigade at once answers nothing of it
    _, pairs = analyse(nlp, OFF_TOPIC_CONDUCT)
    assert find_scored(pairs, "immediately called the fire brigade")[1].denial.value == 0


ON_TOPIC_CONDUCT = (
    "Bakery chain criticised over recall\n\n"
    "LEEDS — The food watchdog on Tuesday criticised the bakery chain Crumbwell for taking "
    "five days to remove contaminated loaves from its shops.\n\n"
    "Crumbwell said it had removed the loaves from every shop within hours of the warning. "
    "The chain said it was reviewing its suppliers.\n"
)


def test_a_timely_act_on_the_charges_own_topic_is_a_denial(nlp) -> None:
    doc, pairs = analyse(nlp, ON_TOPIC_CONDUCT)
    st, sc = find_scored(pairs, "removed the loaves")
    assert sc.denial.value > 0
    assert any(c.rule.startswith("context.") for c in sc.denial.cues)
    assert_cues_in_sentence(doc, st, sc.denial, value_is_cue_sum=True)
    assert find_scored(pairs, "reviewing its suppliers")[1].denial.value == 0


NOTIFIED_CHARGE_ANSWERED = (
    "Neighbours accuse refinery of hiding leak\n\n"
    "ROUEN — Residents near the Seine refinery on Friday accused its owner, Valtoil, of failing "
    "to report a benzene leak to the authorities.\n\n"
    "Valtoil said it had informed the regional health agency the same day. The company said it "
    "would pay for air tests in the village.\n"
)


def test_notice_answers_a_charge_of_not_reporting(nlp) -> None:
    # 'informed' answers 'failing to report': one topic through the notice words
    _, pairs = analyse(nlp, NOTIFIED_CHARGE_ANSWERED)
    assert find_scored(pairs, "informed the regional health agency")[1].denial.value > 0
    assert find_scored(pairs, "pay for air tests")[1].denial.value == 0


# ------------------------------------------------ a negated clause is a complaint, not a defence

UNINFORMED = (
    "Border closed after shooting\n\n"
    "SANTO DOMINGO — Officials on Monday accused the neighbouring government of doing nothing "
    "to stop armed gangs near the border, and closed three crossings.\n\n"
    "The neighbouring government's foreign minister said his country had not been informed in "
    "advance of the closure. He said trade would suffer.\n"
)


def test_not_informed_in_advance_is_no_defensive_account(nlp) -> None:
    _, pairs = analyse(nlp, UNINFORMED)
    assert find_scored(pairs, "had not been informed in advance")[1].denial.value == 0


# ------------------------------------------------ a described voice after a person's rejection

ACCUSERS_SOURCE = (
    "Minister rejects claims of meddling in tender\n\n"
    "OSLO, May 5 - Transport Minister Ingrid Solberg on Tuesday rejected claims that her office "
    "had steered a ferry contract to a friend's company.\n\n"
    "The claims were made by opposition MP Lars Eide, who said a senior official had told him "
    "that the minister's adviser rewrote the tender twice.\n\n"
    "Solberg said she would cooperate with the audit office.\n"
)


def test_the_accusers_source_after_a_persons_rejection_is_no_denial(nlp) -> None:
    _, pairs = analyse(nlp, ACCUSERS_SOURCE)
    source = [sc for st, sc in pairs if st.content_text.startswith("the minister's adviser")]
    assert source and all(sc.denial.value == 0 for sc in source)
    assert find_scored(pairs, "cooperate with the audit office")[1].denial.value == 0


# ------------------------------------------------ the wire's rebuttal frames

PUSHED_BACK = (
    "Water utility disputes lead findings\n\n"
    "HAMILTON, Ont. — The city's water utility on Monday pushed back against allegations by a "
    "tenants' group that its pipes had leached lead into school taps.\n\n"
    "The pipes serving the schools were replaced in 2019, a utility spokeswoman said. The "
    "utility said it would meet parents on Thursday.\n"
)

POSTPONED = (
    "Council delays budget vote\n\n"
    "HAMILTON, Ont. — The city council on Monday pushed back the budget vote to March.\n\n"
    "The pipes serving the schools were replaced in 2019, a council spokeswoman said.\n"
)


def test_a_statement_after_pushed_back_against_allegations_is_a_denial(nlp) -> None:
    doc, pairs = analyse(nlp, PUSHED_BACK)
    st, sc = find_scored(pairs, "were replaced in 2019")
    assert sc.denial.value > 0
    assert any(c.rule == "context.after_rebuttal" for c in sc.denial.cues)
    assert_cues_in_sentence(doc, st, sc.denial, value_is_cue_sum=True)
    assert find_scored(pairs, "meet parents on Thursday")[1].denial.value == 0


def test_pushed_back_with_an_object_postpones_and_frames_nothing(nlp) -> None:
    _, pairs = analyse(nlp, POSTPONED)
    assert find_scored(pairs, "were replaced in 2019")[1].denial.value == 0


def test_stood_by_its_figures_frames_the_next_statement(nlp) -> None:
    text = ("Statistics office stands by jobs data\n\n"
            "LISBON — The National Statistics Institute on Tuesday stood by its figures after "
            "two unions questioned the fall in unemployment.\n\n"
            "The survey covered 22,000 households, the institute said.\n")
    doc, pairs = analyse(nlp, text)
    st, sc = find_scored(pairs, "covered 22,000 households")
    assert sc.denial.value > 0
    assert_cues_in_sentence(doc, st, sc.denial, value_is_cue_sum=True)


def test_stood_by_a_place_frames_nothing(nlp) -> None:
    text = ("Ferry service resumes\n\n"
            "LISBON — The harbour master on Tuesday stood by the quay as the first ferry left.\n\n"
            "The crossing took 40 minutes, harbour master Rui Pinto said.\n")
    _, pairs = analyse(nlp, text)
    assert find_scored(pairs, "crossing took 40 minutes")[1].denial.value == 0


RESPONDING = (
    "Care homes report\n\n"
    "CARDIFF — A watchdog report on Monday said residents of two care homes had gone without "
    "hot meals for weeks.\n\n"
    "Responding to the report, the operator Hafod Care said its kitchens had served hot meals "
    "every day. In response to questions, Hafod Care said its chief executive was on leave.\n"
)


def test_responding_to_the_report_frames_a_rebuttal(nlp) -> None:
    doc, pairs = analyse(nlp, RESPONDING)
    st, sc = find_scored(pairs, "kitchens had served hot meals")
    assert sc.denial.value > 0
    assert any(c.rule == "context.in_response" for c in sc.denial.cues)
    assert sc.denial.target == "the report"
    assert_cues_in_sentence(doc, st, sc.denial, value_is_cue_sum=True)


def test_in_response_to_questions_frames_nothing(nlp) -> None:
    _, pairs = analyse(nlp, RESPONDING)
    assert find_scored(pairs, "chief executive was on leave")[1].denial.value == 0


# ------------------------------------------------ a rival account in one sentence

RIVAL = (
    "Three killed at checkpoint\n\n"
    "MOSUL (AP) — Security forces said Tuesday that troops at a checkpoint fired on a lorry "
    "whose driver ignored orders to stop, killing two men, but their families said the men "
    "were bakers delivering bread. Police said the road would reopen on Wednesday, while "
    "traders said fuel prices had doubled.\n"
)


def test_a_rival_account_joined_by_but_on_the_same_event_is_a_denial(nlp) -> None:
    doc, pairs = analyse(nlp, RIVAL)
    st, sc = find_scored(pairs, "were bakers delivering bread")
    assert sc.denial.value > 0
    assert any(c.rule == "context.answers_rival" for c in sc.denial.cues)
    assert_cues_in_sentence(doc, st, sc.denial, value_is_cue_sum=True)


def test_a_contrast_on_another_topic_is_no_denial(nlp) -> None:
    _, pairs = analyse(nlp, RIVAL)
    assert find_scored(pairs, "fuel prices had doubled")[1].denial.value == 0


# ------------------------------------------------ the scope of an act narrowed

STRUCK_ONLY = (
    "Village strike\n\n"
    "ALEPPO — The defence ministry on Sunday denied that its aircraft had bombed a bakery in "
    "the village of Kafr Nour.\n\n"
    "The defence ministry said its aircraft had struck only weapons stores near the village. "
    "The ministry said it had only two helicopters in the province. The ministry said the "
    "raids were the only option left to it.\n"
)


def test_struck_only_military_sites_in_answer_to_a_charge_is_a_denial(nlp) -> None:
    doc, pairs = analyse(nlp, STRUCK_ONLY)
    st, sc = find_scored(pairs, "struck only weapons stores")
    assert sc.denial.value > 0
    assert any(c.text == "only" for c in sc.denial.cues)
    assert_cues_in_sentence(doc, st, sc.denial, value_is_cue_sum=True)


def test_only_before_a_number_is_no_narrowed_scope(nlp) -> None:
    _, pairs = analyse(nlp, STRUCK_ONLY)
    assert find_scored(pairs, "only two helicopters")[1].denial.value == 0
    assert find_scored(pairs, "the only option left")[1].denial.value == 0  # the sole one


# ------------------------------------------------ a counter-account in the claim's own words

OVERLOADED = (
    "Lake boat operator denies overloading\n\n"
    "KISUMU — The owner of a boat that sank on Lake Victoria on Friday, Ziwa Transport, denied "
    "that the boat had been carrying more passengers than its licence allowed.\n\n"
    "Rescue teams recovered eleven bodies on Saturday.\n\n"
    "Ziwa Transport said the boat was carrying 38 passengers and was licensed for 45. Ziwa "
    "Transport said the boat had carried passengers between the islands for nine years.\n"
)


def test_a_figure_of_the_denied_claims_noun_is_a_counter_account(nlp) -> None:
    doc, pairs = analyse(nlp, OVERLOADED)
    st, sc = find_scored(pairs, "carrying 38 passengers")
    assert sc.denial.value > 0
    assert any(c.rule.endswith(".counter") for c in sc.denial.cues)
    assert_cues_in_sentence(doc, st, sc.denial, value_is_cue_sum=True)


def test_the_claims_words_without_a_contrary_figure_are_no_counter_account(nlp) -> None:
    _, pairs = analyse(nlp, OVERLOADED)
    assert find_scored(pairs, "between the islands for nine years")[1].denial.value == 0


TRAILING_RESPONSE = (
    "College answers audit\n\n"
    "LEEDS — Northgate College said on Friday it had repaid the extra fees to every family, "
    "responding to a report by the funding agency that said 400 students had paid twice.\n\n"
    "The college said its finance director had retired in June.\n"
)


def test_a_trailing_response_frames_its_own_verb_not_the_claims_source(nlp) -> None:
    doc, pairs = analyse(nlp, TRAILING_RESPONSE)
    st, sc = find_scored(pairs, "repaid the extra fees")
    assert any(c.rule == "context.in_response" for c in sc.denial.cues)
    assert_cues_in_sentence(doc, st, sc.denial, value_is_cue_sum=True)
    # the report's own claim is what is answered, not an answer
    assert find_scored(pairs, "400 students had paid twice")[1].denial.value == 0
