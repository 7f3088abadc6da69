"""Denial 1.3.0: general rebuttal constructions (corrections, alibis, emphatic negation,
positive rebuttals) and the precision fixes that go with them, on sentences written for these
tests (topics, speakers and wordings not taken from the gold set).

Every expectation was decided by reading the sentence against the definitions in
benchmarks/gold/FRAMING_README.md before running it. Positives also check the cue's rule id
and that its offsets give back its text.
"""

from __future__ import annotations

import pytest

from analysis.scores import score_statement
from tests.support import bare_denial


@pytest.mark.parametrize(("content", "verb", "rule"), [
    # 'X, not Y' / 'rather than' / 'instead of' corrections of who or what caused it
    ("The outage at the port was caused by a power surge, not a cyberattack", "said",
     "denial.not_correction"),
    ("The flooding was triggered by record rainfall rather than by the dam operators", "said",
     "denial.rather_than"),
    ("The crash was caused by ice on the wings instead of pilot error", "said", "denial.instead_of"),
    ("The leak came from a contractor, not from our staff", "said", "denial.not_correction"),
    # ... or of what it was, when the rejected label is a charge
    ("The payment was a consultancy fee, not a bribe", "said", "denial.not_correction"),
    ("It was an accident, not an attack", "said", "denial.not_correction"),
    # alibi
    ("The senator was not at the meeting where the deal was agreed", "said", "denial.alibi_not"),
    # emphatic negation of an existence claim
    ("There was no political pressure whatsoever on the judges", "said", "denial.emphatic_no"),
    ("There is absolutely no shortage of diesel at our stations", "stressed", "denial.emphatic_no"),
    # the own side's record of duty
    ("We have always paid our taxes in full", "said", "denial.own_record_always"),
    ("Our officers have at all times respected the ceasefire", "said",
     "denial.own_record_at_all_times"),
    # universal compliance by any party
    ("The bank has always acted in accordance with the regulations", "stated",
     "denial.in_accordance_with"),
    # 'insisted' with a universal main clause
    ("Each ballot was counted twice", "maintained", "denial.cue_maintain"),
    ("Every patient was seen within the hour", "insisted", "denial.cue_insist"),
    # counterfactual perception over 'any'
    ("We would have noticed any irregularity in the accounts", "said", "denial.counterfactual_any"),
    # another party's claim, then the answer
    ("Critics allege a cover-up, but the records show that the payments were declared", "said",
     "denial.alleges_then_answer"),
    # innocence and verdict terms
    ("The coach was falsely accused of doping", "said", "denial.falsely_accused"),
    ("My client was wrongly convicted", "said", "denial.wrongly_convicted"),
    # negated wrongdoing verbs
    ("The referendum was not rigged", "said", "denial.negated_wrongdoing"),
    ("We didn't cheat", "said", "denial.negated_wrongdoing_nt"),
    # emphatic absence of evidence
    ("The union has not produced a single piece of evidence", "said", "denial.negated_evidence"),
    ("There is not a shred of proof that the mayor took money", "said", "denial.negated_proof"),
    # inside one's bounds
    ("The border police acted within their powers", "said", "denial.within_bounds"),
    # faked evidence artefacts
    ("The letter is forged", "said", "denial.forged"),
    ("The clip was edited to remove the warning shots", "said", "denial.edited_artefact"),
    # provenance corrected
    ("The advert was filmed in Spain, not in Morocco", "said", "denial.not_correction"),
    # past awareness denied
    ("The treasurer had no knowledge of the transfers", "said", "denial.no_knowledge_of"),
    ("We were not aware of any irregularities at the time", "said", "denial.not_aware_of"),
    ("At no stage did our patrol boats enter Greek waters", "said", "denial.at_no_stage"),
    # dismissive labels on a claim or proceeding
    ("The charges against the editor are a fig leaf for a political purge", "said",
     "denial.label_fig_leaf"),
    ("It's a witch hunt", "said", "denial.label_witch_hunt"),
    ("The whole inquiry is a script written in advance", "said", "denial.label_script"),
    # blame placed on another party
    ("Responsibility for the collapse lies with the previous owners", "said",
     "denial.blame_lies_with"),
    # conduct by the book
    ("The airline followed every procedure to the letter", "said", "denial.followed_rules"),
    ("The figures do not add up", "said", "denial.add_up"),
    ("Talk of a split in the cabinet is overblown", "said", "denial.overblown"),
    # emphatic legitimacy, a conceded point minimised, stale evidence
    ("The firm paid no tax in Luxembourg, which is perfectly legal", "said", "denial.emphatic_legal"),
    ("The curfew was completely justified", "said", "denial.emphatic_justified"),
    ("There were delays, of course, but nothing that affected the result", "conceded",
     "denial.but_nothing"),
    ("The picture circulating online is old", "said", "denial.stale_old"),
    ("The footage is recycled", "said", "denial.stale_recycled"),
    # judgements of a claim, report or piece of evidence
    ("The study's conclusions are flawed", "said", "denial.flawed"),
    ("These emails prove nothing", "said", "denial.prove_nothing"),
    ("The allegations do not reflect the facts", "said", "denial.not_reflect"),
    ("Suggestions that the vaccine was rushed are wide of the mark", "said",
     "denial.wide_of_the_mark"),
    ("The outage had nothing whatsoever to do with hackers", "said",
     "denial.nothing_whatsoever_to_do"),
    ("The mayor did nothing improper", "said", "denial.nothing_wrongdoing_adj"),
    ("There was no intention to mislead anyone", "said", "denial.no_intention_to"),
    ("The warehouse fire was an accident", "said", "denial.an_accident"),
    ("Nobody was at fault", "said", "denial.at_fault"),
    ("Our jets targeted only military installations", "said", "denial.only_targets"),
    ("The ministry rejects the characterisation of the law as anti-democratic", "said",
     "denial.reject"),
    ("The club denies any wrongdoing", "said", "denial.deny"),
    ("Nobody in this building has done anything wrong", "said", "denial.anything_wrongdoing_adj"),
    ("Our staff acted professionally throughout the incident", "said",
     "denial.acted_professionally"),
    ("The photograph has been digitally altered", "said", "denial.altered"),
    ("Our missile shield is purely defensive", "said", "denial.emphatic_defensive"),
    ("The company has fully cooperated with regulators at every stage", "said",
     "denial.cooperated"),
    ("The guards fired warning shots into the air, not at the migrants", "said",
     "denial.not_correction"),
    # counter-explanations and alibis by activity, distance, and a cleft on the other side
    ("The helicopter was on a routine training flight", "said", "denial.routine_activity"),
    ("At the time of the blast, our patrol was stationed 30 kilometres away", "said",
     "denial.far_away_km"),
    ("It was the rebels who broke the truce", "said", "denial.cleft_blame"),
    ("The leaked memo is a forgery", "said", "denial.forgery"),
    ("The audit found no irregularities in the accounts", "said", "denial.no_irregularities"),
    ("The witness statement is riddled with contradictions", "said",
     "denial.riddled_with_contradictions"),
    ("These figures have been grossly inflated by the opposition", "said", "denial.inflated"),
    ("Nobody at the ministry knew about the transfers at the time", "said",
     "denial.knew_nothing_of"),
    ("The hospital was not understaffed on the night in question", "said",
     "denial.copular_negation"),
    ("The canteen food was not unsafe", "said", "denial.copular_negation"),
    ("They say we cut the budget. In fact, spending has gone up every year", "said",
     "denial.they_say_in_fact"),
    ("The picture they paint is a caricature", "said", "denial.label_caricature"),
    ("My conscience is clear", "said", "denial.conscience_clear"),
    ("This is a story without a shred of truth", "said", "denial.shred_of_truth"),
    ("Far from causing the crisis, our policies have softened it", "said", "denial.far_from"),
    ("The opposite is true: crime has fallen for five years", "said", "denial.opposite_is_true"),
    ("The minister has been completely cleared by the ethics committee", "said",
     "denial.cleared"),
    ("My client was acquitted of all charges", "said", "denial.acquitted"),
    ("There has never been any pressure on the central bank", "said", "denial.never_existed"),
    ("What the opposition calls a power grab is a routine constitutional reform", "said",
     "denial.reframed_label"),
    ("Our officers used the minimum force necessary", "said", "denial.minimum_force"),
    ("The footage shows a training drill from last year, not yesterday's clash", "said",
     "denial.not_correction"),
])
def test_rebuttal_constructions_are_denials(nlp, content, verb, rule):
    score = bare_denial(nlp, content, verb)
    assert rule in [c.rule for c in score.cues], [c.rule for c in score.cues]


@pytest.mark.parametrize(("content", "verb"), [
    # preferences, plans, alternatives of action, complaints of manner, relative clauses
    ("We want jobs, not promises", "said"),
    ("Fans need answers, not excuses", "said"),
    ("Rather than raising taxes, the government will cut spending", "said"),
    ("The meeting will take place on Monday rather than Friday", "said"),
    ("The ministry spent the money on bonuses rather than on safety", "said"),
    ("The board answered with slogans instead of figures", "complained"),
    ("Most of the villages they shelled lie in areas held by farmers rather than the militia", "said"),
    # a classification that rejects no charge
    ("It was a political decision, not a military one", "said"),
    ("The weather was cold, not wet", "said"),
    # present whereabouts, existential 'there was not'
    ("The minister is not in the office today", "said"),
    ("There was not enough water in the reservoir", "said"),
    # emphatic 'no' on knowledge, plans, certainty; plain negative facts
    ("I have absolutely no idea where he went", "said"),
    ("We have absolutely no plans to raise fares", "said"),
    ("There is absolutely no doubt that the vaccine works", "said"),
    ("No casualties were reported", "said"),
    # 'always' without a duty verb, or in the future
    ("We have always loved this city", "said"),
    ("I have always wanted to play for Barcelona", "said"),
    ("We will always respect the result", "said"),
    # universal under a modal or in a subordinate clause; a universal without 'insisted'
    ("All sides should exercise maximum restraint", "maintained"),
    ("The operation would continue until all its goals are met", "insisted"),
    ("Every patient was seen within the hour", "said"),
    # counterfactual of wanting, not of perception
    ("We would have welcomed any support from the government", "said"),
    # a claim without an answer
    ("The government claims victory in the vote", "said"),
    # hedged or supposed negative facts, truisms, status of a process
    ("The storm may not have caused any lasting damage", "said"),
    ("If the shells did land there, they seem to have caused no casualties", "said"),
    ("No vaccine is perfect", "said"),
    ("No decision has been taken on whether to close the school", "said"),
    ("No suspects have been arrested", "said"),
    # complaints and undecided matters of the own side
    ("We were not told about the leak until reporters called us", "complained"),
    ("We have not ruled out other explanations", "said"),
    # someone else's dispute, reported
    ("The council called the camp illegal, a description the residents dispute", "reported"),
    # failures, sanctions, intentions and suppositions are not wrongdoing denied
    ("The levees did not fail anywhere in the county", "reported"),
    ("The regulator did not fine the bank", "said"),
    ("The government will not tolerate corruption", "said"),
    # a sourcing caveat and an open inquiry
    ("The ministry has not released any evidence", "said"),
    ("We have no evidence yet about the cause of the fire", "said"),
    # plans, events staged, data manipulated (an accusation, not a rebuttal of evidence)
    ("The project will stay within the budget", "said"),
    ("The festival was staged in a disused airfield", "said"),
    ("The company's books were manipulated to hide the losses", "said"),
    # a plain account with a reason
    ("The concert was held in the park and not in the stadium because of the rain", "said"),
    # present no-knowledge
    ("We are not aware of any casualties", "said"),
    # negated non-charges, experience, availability, firsts
    ("The new rules are not popular with farmers", "said"),
    ("The stadium was not full for the opening match", "said"),
    ("This is not the first time the river has flooded", "said"),
    ("He never recovered from the injury", "said"),
    ("No one knows how many people are still missing", "said"),
    ("No tickets are left for the final", "said"),
    # labels not pinned on a claim, remits, duties, a third party's plain conduct
    ("The director wrote a new script for the sequel", "said"),
    ("The film's script was written in two weeks", "said"),
    ("Responsibility for the project lies with the transport ministry", "said"),
    ("Responsibility lies with us, and we accept it", "said"),
    ("Drivers must follow the rules at all times", "said"),
    ("Police followed the protocol for missing persons", "said"),
    ("The case is a landmark for privacy law", "said"),
    # a reason for a plain negative fact, a natural force, nobody claiming
    ("The strike did not take place because the union called it off", "said"),
    ("The hurricane did not hit the coast as expected", "said"),
    ("No one has claimed responsibility for the bombing", "said"),
    ("Cannabis is legal in Canada", "said"),
    ("The tax system is flawed and needs reform", "said"),
    ("The new stadium does not reflect the city's ambitions", "said"),
    ("The accident happened at 3 a.m.", "said"),
    ("The crash was no accident", "said"),
    ("The timing of the leak is hardly a coincidence", "remarked"),
    ("We have no intention to raise taxes", "said"),
    ("Only three people attended the meeting", "said"),
    ("Is there anything wrong with the car?", "asked"),
    ("No passengers were on board at the time", "said"),
    ("It was the coach who spotted him", "said"),
    ("We did not know what caused the fire", "said"),
    ("The village is far from the city", "said"),
    ("There has never been a woman president in the country", "said"),
    ("There was never any doubt about the result", "said"),
    ("What the coach calls a rebuilding year is exciting for the fans", "said"),
    ("They say the weather will improve tomorrow", "said"),
    ("Police cleared the road after the accident", "said"),
    ("The committee cleared the way for a vote", "said"),
    ("The judge will decide whether to acquit him", "said"),
    ("My conscience tells me to vote no", "said"),
    ("I did not know about the party until Friday", "said"),
    ("The results were not unexpected", "said"),
    ("Prices are inflated by the war", "said"),
    ("Police seized counterfeit goods worth a million dollars", "said"),
    ("Beijing had no intention of escalating the situation", "insisted"),
    ("We are flying blind, and that is not a good place to be", "said"),
    ("The president made a routine visit to the hospital", "said"),
    ("Routine flights resumed on Monday", "said"),
    ("The village is 20 kilometres from the border", "said"),
    ("We will cooperate with the inquiry", "said"),
    ("The police cooperated with the French authorities", "said"),
    ("The demonstration remained peaceful", "said"),
    # README hard negatives: neither-nor, refusals, rulings, reported rejections
    ("The ministry neither confirmed nor denied the reports", "said"),
    ("The supreme court rejected the government's appeal", "said"),
    ("Fans were denied entry to the stadium", "said"),
    ("The union rejected the pay offer", "said"),
    ("Voters rejected the proposal in a referendum", "said"),
    ("The rebels deny that they have lost ground", "said"),
    ("Prosecutors dispute the defence's account, the judge noted", "said"),
    ("We searched all night but found nothing", "said"),
    ("The old photo shows the village before the war", "said"),
    # the journalist's sourcing caveats and additions, intentions, modal judgements
    ("The mayor said the bridge was safe, though no evidence was provided", "said"),
    ("The hospitals were struggling to cope but offered no evidence", "said"),
    ("The floods had displaced thousands, though that account has been disputed", "said"),
    ("The army had acted in self-defence but did not elaborate", "insisted"),
    ("Kyiv remained open to dialogue but would not negotiate under pressure", "insisted"),
    ("If you look at the history, this pattern is not new", "insisted"),
    ("No country would accept this, and neither will we", "said"),
    ("The attack had targeted the global economy, not just Turkey", "said"),
])
def test_not_denials(nlp, content, verb):
    score = bare_denial(nlp, content, verb)
    assert score.value == 0, [(c.text, c.rule) for c in score.cues]


def test_alibi_and_own_side_subject_hung_on_the_auxiliary(nlp):
    score = bare_denial(nlp, "Our diplomats were not engaged in any activity beyond their duties",
                    "stated")
    assert [c.rule for c in score.cues] == ["denial.corrected_negation"]
    score = bare_denial(nlp, "The accused was not in the country on the day of the robbery", "testified")
    assert [c.rule for c in score.cues] == ["denial.alibi_not"]


def test_own_objection_to_missing_proof_still_counts(nlp):
    assert bare_denial(nlp, "Washington has shown no proof for its claims").value > 0
    assert bare_denial(nlp, "Our forces did not enter the village", "insisted").value > 0


def test_own_dispute_counts(nlp):
    assert [c.rule for c in bare_denial(nlp, "We dispute these figures").cues] == ["denial.dispute"]


def _article_denials(nlp, text: str) -> list[tuple[str, list[str]]]:
    from analysis.statements import extract_statements

    doc = nlp(text)
    return [(st.content_text, [c.rule for c in score_statement(st, doc).denial.cues])
            for st in extract_statements(doc)]


def test_speakers_own_country_in_the_third_person_is_their_side(nlp):
    # an official speaks of their own state's forces by name
    rows = _article_denials(nlp, "Egypt's foreign ministry spokesman Ahmed Hafez said Egyptian "
                                 "forces had acted in self-defence.")
    assert rows and "denial.in_self_defence" in rows[0][1]
    rows = _article_denials(nlp, "Russian defence ministry spokesman Igor Konashenkov said Russia "
                                 "did not conduct cyberattacks on civilian targets.")
    assert rows and "denial.corrected_negation" in rows[0][1]
    # another country's forces: a report or a charge, not the speaker's denial
    rows = _article_denials(nlp, "Turkish officials said Greek forces did not open fire first.")
    assert rows and rows[0][1] == []
    # the journalist's 'but did not say how' is no denial, even with the speaker's country
    rows = _article_denials(nlp, "Lebanon's foreign minister said Lebanon would summon the French "
                                 "ambassador but did not say how.")
    assert all(not cues for _c, cues in rows)
