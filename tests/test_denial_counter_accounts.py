"""Round 9 (D): denial recall with general rules, each class with near misses.

Every sentence is this project's own invention. Each class pairs statements that rebut a
claim in circulation (denial) with look-alikes that do not: a plain negative fact, a negative
intention, no knowledge, a plan or a policy.

(Formerly tests/test_scores_round9_d.py.)"""

from __future__ import annotations

import pytest

from tests.support import denial_rules, denies

# --- class 1: a counter-explanation or a rival figure set aside (rules/explanation.py) ---

@pytest.mark.parametrize("content", [
    "The fall in ticket sales most likely reflects the wet summer rather than any problem with "
    "the new booking system",
    "The queues at the border are down to a staff shortage, not to any new checks on our side",
    "We suspended the contract to protect the budget, not to punish the supplier",
    "The trees were felled because they were diseased, not because a developer wanted the land",
    "Turnout was around 60 percent, not the 35 percent the opposition keeps quoting",
    "Fares will probably rise by about three percent, not the ten percent the unions have been "
    "claiming",
    "The fish were more likely killed by the heatwave than by anything from the plant",
    "The shortfall in the pension fund reflects falling interest rates, not a raid on the fund "
    "by ministers",
])
def test_rival_explanations_set_aside_are_denials(nlp, content):
    assert denies(nlp, content)


@pytest.mark.parametrize("content", [
    "We chose to take the train rather than fly",
    "The team will travel by bus rather than by plane this season",
    "Families want homes, not promises",
    "The ministry plans to spend the money on teachers rather than on new buildings",
    "Bring your own water, not juice",
    "The city should invest in buses rather than in a new motorway",
    "Voters are more likely to back the governing party than the opposition in rural areas",
    "Rain is more likely than snow in the north tomorrow",
    "The grant went to the museum rather than to the library",
    "We went to the coast to rest rather than to work",
])
def test_choices_plans_and_forecasts_are_not_denials(nlp, content):
    assert not denies(nlp, content)


def test_the_contrast_is_what_fires(nlp):
    # the same account without the rival explanation rebuts nothing
    assert not denies(nlp, "The fall in ticket sales most likely reflects the wet summer")
    assert "denial.rival_explanation_rather" in denial_rules(
        nlp, "The fall in ticket sales most likely reflects the wet summer rather than any "
             "problem with the new booking system")


# --- class 2: a claim, proceeding or measure labelled as made up or as a hidden motive ---

@pytest.mark.parametrize("content", [
    "The tax inquiry into our newspaper is a vendetta by a minister we have criticised for years",
    "The doping charge is a set-up by people who want my client out of the sport",
    "The council's talk of a budget hole is a convenient excuse for closing the libraries",
    "The fine against our airline is a political stunt, pure and simple",
    "Our activists were jailed on trumped-up charges after the march",
    "Cheap propaganda from start to finish",
    "The case against the three editors is politically motivated",
    "The ban on our broadcaster is revenge for our coverage of the floods",
])
def test_labels_pinned_on_a_claim_or_measure_are_denials(nlp, content):
    assert denies(nlp, content)


@pytest.mark.parametrize("content", [
    "The museum is running an exhibition on wartime propaganda",
    "There is no excuse for attacking nurses",
    "The board hired a new firm after a review that was a sham from the start",
    "The police set up a roadblock on the bridge",
    "The arson attack on the depot was politically motivated",
    "If the inquiry turns out to be a whitewash, we will go to court",
    "Opposition leaders have described the arrests as political revenge",
])
def test_descriptions_reports_and_suppositions_are_not_denials(nlp, content):
    assert not denies(nlp, content)


# --- class 3: conduct declared by the book (rules/compliance.py) ---

@pytest.mark.parametrize("content", [
    "The guards followed the detention policy step by step",
    "All fire safety procedures had been followed on the night",
    "The tribunal respected every guarantee of a fair hearing",
    "Our inspectors carried out their checks in line with the law",
    "The coastguard crews acted with the utmost restraint",
    "The navy vessel acted with full respect for international law",
    "The hospital's staff applied the infection guidelines to the letter",
])
def test_conduct_declared_by_the_book_is_a_denial(nlp, content):
    assert denies(nlp, content)


@pytest.mark.parametrize("content", [
    "Drivers must follow all safety rules on the site",
    "We will respect the court's decision",
    "The new guidelines were published on Monday",
    "Police followed the suspects to a flat in the east of the city",
    "The club will act in line with the league's advice",
    "Inspectors found that the procedures had not been followed",
    "Sales were in line with expectations this quarter",
    "Revenue grew by 3 percent, in line with guidance",
    "Riot police enforced the ban with patience and restraint",
    "Nobody followed the evacuation procedure when the alarm went off",
])
def test_duties_plans_charges_and_plain_conduct_are_not_denials(nlp, content):
    assert not denies(nlp, content)


# --- class 4: a wrongdoing denied by a negative subject or object (rules/innocence.py) ---

@pytest.mark.parametrize("content", [
    "Nobody tampered with the ballot boxes in our district",
    "Nobody is hiding anything from the inspectors",
    "Not one euro of the relief fund has been misused",
    "No official took a single bribe during the tender",
    "We pressured nobody into signing the contract",
    "Nothing was hidden from the auditors",
])
def test_wrongdoing_denied_by_a_negative_quantifier_is_a_denial(nlp, content):
    assert denies(nlp, content)


@pytest.mark.parametrize("content", [
    "Nobody was hurt in the fire at the depot",
    "Nobody will be allowed to cheat in the final exam",
    "The company does not intend to hide the results",
    "If nobody cheated, the results will stand",
    "Nobody can hide from the tax office forever",
    "No one came to the meeting on Thursday",
    "No shops were open on the holiday",
])
def test_mishaps_rules_intentions_and_plain_absences_are_not_denials(nlp, content):
    assert not denies(nlp, content)


def test_a_question_with_a_negative_subject_is_not_a_denial(nlp):
    assert not denies(nlp, "Did nobody notice that the money was missing?", "asked")


# --- dev6 false positives: stock pledges, a third party's knowledge, mishaps, charges ---

@pytest.mark.parametrize("content", [
    "The airline is cooperating fully with the aviation authority",
    "The trader knew the invoices were fake and cashed them anyway",
    "None of the passengers had been injured",
    "The port had not inspected the cargo as the regulations require",
])
def test_pledges_knowledge_charges_and_mishaps_are_not_denials(nlp, content):
    assert not denies(nlp, content)


@pytest.mark.parametrize("content", [
    "We have cooperated fully with the regulators at every stage",
    "The invoices are fake",
    "None of our missiles fell on the town",
    "The cargo was inspected twice, exactly as the regulations require",
])
def test_their_denying_counterparts_stay_denials(nlp, content):
    assert denies(nlp, content)


# --- 'X was no accident: <what it was>' with a full noun subject (rules/dismissal.py) ---

@pytest.mark.parametrize("content", [
    "The flooding of the cellar was no accident: someone had opened the sluice gate",
    "The collapse of the stand was no accident — the bolts had been removed",
])
def test_no_accident_followed_by_the_account_is_a_denial(nlp, content):
    assert denies(nlp, content)


@pytest.mark.parametrize("content", [
    "There was no accident on the motorway this morning: traffic is moving normally",
    "The crash was no accident",
    "He made no mistake: he scored twice",
])
def test_plain_no_accident_and_existentials_are_not_denials(nlp, content):
    assert not denies(nlp, content)


# --- class 7: a positive alibi (rules/alibi.py) ---

@pytest.mark.parametrize("content", [
    "My client was at a football match in Leeds on the night the shop was set on fire",
    "The mayor was in hospital on the day he is accused of signing the contract",
    "Our driver was at the depot when the cyclist was hit, and the camera footage proves it",
    "I was abroad at the time of the alleged meeting",
    "The accused was in a police cell that night",
])
def test_an_alibi_answering_a_charge_is_a_denial(nlp, content):
    assert denies(nlp, content)


@pytest.mark.parametrize("content", [
    "The minister was in Brussels on Tuesday for talks on fishing quotas",
    "She was in London when the war broke out and stayed there until 1946",
    "The president was at the summit on the day the markets fell",
    "We were at home when the storm hit the village",
    "The players were in the dressing room when the fire alarm went off",
])
def test_whereabouts_and_biography_are_not_denials(nlp, content):
    assert not denies(nlp, content)


# --- class 8: a figure or study disputed (rules/figures.py) ---

@pytest.mark.parametrize("content", [
    "The government's poverty figures leave out everyone living in temporary shelters",
    "The league table ignores the number of pupils who join mid-year",
    "The official death toll omits the people who died on the way to hospital",
    "The real number of people on the waiting list is closer to 9,000",
    "The true cost of the stadium is far higher than the council admits",
])
def test_a_figure_disputed_is_a_denial(nlp, content):
    assert denies(nlp, content)


@pytest.mark.parametrize("content", [
    "The figures do not include the last week of December",
    "The new survey will exclude people under 18",
    "The real cost of the project is still unknown",
    "The report ignores nothing and explains everything clearly",
    "Our team ignored the noise from the crowd and played on",
    "The actual figure will be published next month",
])
def test_scope_notes_plans_and_unknowns_are_not_denials(nlp, content):
    assert not denies(nlp, content)


# --- class 9: the emphatic 'in no way' (rules/innocence.py in_no_way) ---

@pytest.mark.parametrize("content", [
    "The company is in no way responsible for the flooding downstream",
    "The pause in talks should in no way be read as a concession",
    "Our donation was in no way linked to the planning decision",
    "The referee's decision was in no way influenced by the crowd",
])
def test_in_no_way_on_a_factual_clause_is_a_denial(nlp, content):
    assert denies(nlp, content)


@pytest.mark.parametrize("content,verb", [
    ("The new tax will in no way affect small businesses", "said"),
    ("We will in no way accept a deal that splits the region", "said"),
    ("If the results were in no way affected, the vote stands", "said"),
    ("Staff can in no way be expected to work unpaid overtime", "said"),
    ("Was the vote in no way affected by the power cut?", "asked"),
])
def test_in_no_way_in_forecasts_intentions_and_questions_is_not_a_denial(nlp, content, verb):
    assert not denies(nlp, content, verb)


# --- class 10: a bias or pretence label in the content of 'called' (rules/labels.py) ---

@pytest.mark.parametrize("content,verb", [
    ("the court's findings \"deeply biased\"", "called"),
    ("the allegations \"a bid to discredit the club\"", "branded"),
    ("the ministry's statement \"pure disinformation\"", "called"),
])
def test_a_bias_label_on_a_claim_in_a_called_statement_is_a_denial(nlp, content, verb):
    assert denies(nlp, content, verb)


@pytest.mark.parametrize("content,verb", [
    ("the report \"deeply worrying\"", "called"),
    ("the new stadium \"a partial success\"", "called"),
    ("the minister as \"an attempt at a reformer\"", "described"),
])
def test_feelings_praise_and_other_cues_are_not_denials(nlp, content, verb):
    assert not denies(nlp, content, verb)
