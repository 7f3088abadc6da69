"""The certainty words file: its lists are what the rule modules read under the names
they read them by: the tables below, checked in tests/test_word_list_files.py."""

from __future__ import annotations

# list name -> the modules that read it and the name each reads it by
READERS = {
    'deontic_passive': [('analysis.scoring.rules.modals', '_DEONTIC_PASSIVE')],
    'collective_human': [('analysis.scoring.rules.modals', '_COLLECTIVE_HUMAN')],
    'permission_verbs': [('analysis.scoring.rules.modals', '_PERMISSION_VERBS')],
    'power_verbs': [('analysis.scoring.rules.modals', '_POWER_VERBS')],
    'authorities': [('analysis.scoring.rules.modals', '_AUTHORITIES')],
    'rule_nouns': [('analysis.scoring.rules.modals', '_RULE_NOUNS')],
    'habitual_times': [('analysis.scoring.rules.modals', '_HABITUAL_TIMES')],
    'operating': [('analysis.scoring.rules.modals', '_OPERATING')],
    'request_verbs': [('analysis.scoring.rules.modals', '_REQUEST_VERBS')],
    'incredulity': [('analysis.scoring.rules.modals', '_INCREDULITY')],
    'hard': [('analysis.scoring.rules.modals', '_HARD'), ('analysis.scoring.rules.motive', '_DOUBT_FRAMES')],
    'legal_passive': [('analysis.scoring.rules.modals', '_LEGAL_PASSIVE')],
    'past_phrases': [('analysis.scoring.rules.modals', '_PAST_PHRASES')],
    'former': [('analysis.scoring.rules.modals', '_FORMER')],
    'whether_governors': [('analysis.scoring.rules.hedging', '_WHETHER_GOVERNORS')],
    'limit_verbs': [('analysis.scoring.rules.hedging', '_LIMIT_VERBS')],
    'penalty_nouns': [('analysis.scoring.rules.hedging', '_PENALTY_NOUNS')],
    'legal_verbs': [('analysis.scoring.rules.hedging', '_LEGAL_VERBS')],
    'discourse_verbs': [('analysis.scoring.rules.hedging', '_DISCOURSE_VERBS')],
    'not_tentative_before': [('analysis.scoring.rules.hedging', '_NOT_TENTATIVE_BEFORE')],
    'judge_verbs': [('analysis.scoring.rules.hedging', '_JUDGE_VERBS')],
    'hedging_authorities': [('analysis.scoring.rules.hedging', '_AUTHORITIES')],
    'time_nouns': [('analysis.scoring.rules.boosting', '_TIME_NOUNS'),
                   ('analysis.scoring.rules.correction', '_TIME_NOUNS')],
    'directives': [('analysis.scoring.rules.boosting', '_DIRECTIVES')],
    'full_measure': [('analysis.scoring.rules.boosting', '_FULL_MEASURE')],
    'formulaic_fully': [('analysis.scoring.rules.boosting', '_FORMULAIC_FULLY')],
    'belief_verbs': [('analysis.scoring.rules.boosting', '_BELIEF_VERBS')],
    'negative_subjects': [('analysis.scoring.rules.modals', '_NEGATIVE_SUBJECTS')],
    'rebuttal_cues': [('analysis.scoring.rules.boosting', '_REBUTTAL_CUES')],
    'certainty_predicates': [('analysis.scoring.rules.boosting', '_CERTAINTY_PREDICATES')],
}
# lists that only add to other ones: list -> (module, the union's name, the names it joins)
UNIONS = {

}

# grammar each module keeps in code (pronouns, determiners, auxiliaries, prepositions,
# subordinators, dependency labels; in scoring/accusation.py sets of rule ids)
KEPT_IN_CODE = {
    'analysis.scoring.rules.modals': {'_ANIMATE_PRONOUNS', '_PERMISSION_ADVERBS', '_PERMISSION_SCOPE', '_ONLY_SCOPES'},
    'analysis.scoring.rules.hedging': {'_WH_WORDS'},
    'analysis.scoring.rules.boosting': {'_NOT_EMPHATIC_BEFORE', '_NOT_EMPHATIC_AFTER', '_SCOPING_MODALS'},
}
