"""Round 11 (engineer D): the article-level denial pass on realistic copy, made more precise
and given more of the wire's rebuttal frames.

Every article and sentence here was written for these tests. Positives are rebuttals that only
their article shows to be rebuttals; the near misses are what an accused or contradicted party
says without denying (an account of other conduct, the complaint of a party left uninformed,
the accuser's own source quoted after the accused's rejection).

(Formerly tests/test_scores_round11_d.py.)"""

from __future__ import annotations

from tests.support import analyse, assert_cues_in_sentence, find_scored

# --------------------------------------------------------------------------- helpers


# ------------------------------------------------ a conduct account must answer the charge

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
