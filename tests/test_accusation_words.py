"""The accusation words file: its lists are what the rule modules read under the names
they read them by (the file contract itself: tests/test_word_list_files.py)."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from analysis.accusation_words import (
    LIST_NAMES,
    load_accusation_words,
)

# list name -> the modules that read it and the name each reads it by
READERS = {
    'accounts': [('analysis.scoring.rules.motive', '_ACCOUNTS')],
    'accountability': [('analysis.scoring.rules.motive', '_ACCOUNTABILITY')],
    'lines': [('analysis.scoring.rules.motive', '_LINES')],
    'funds': [('analysis.scoring.rules.motive', '_FUNDS')],
    'owners': [('analysis.scoring.rules.motive', '_OWNERS')],
    'public': [('analysis.scoring.rules.motive', '_PUBLIC')],
    'partisan': [('analysis.scoring.rules.motive', '_PARTISAN')],
    'luxuries': [('analysis.scoring.rules.motive', '_LUXURIES')],
    'moving': [('analysis.scoring.rules.motive', '_MOVING')],
    'kin_destinations': [('analysis.scoring.rules.motive', '_KIN_DESTINATIONS')],
    'personal': [('analysis.scoring.rules.motive', '_PERSONAL')],
    'cronies': [('analysis.scoring.rules.motive', '_CRONIES')],
    'creations': [('analysis.scoring.rules.motive', '_CREATIONS')],
    'payments': [('analysis.scoring.rules.motive', '_PAYMENTS')],
    'gatekeepers': [('analysis.scoring.rules.motive', '_GATEKEEPERS')],
    'paid_to_act': [('analysis.scoring.rules.motive', '_PAID_TO_ACT')],
    'posts': [('analysis.scoring.rules.motive', '_POSTS')],
    'kin': [('analysis.scoring.rules.motive', '_KIN')],
    'backers': [('analysis.scoring.rules.motive', '_BACKERS')],
    'rights': [('analysis.scoring.rules.motive', '_RIGHTS')],
    'pollutants': [('analysis.scoring.rules.motive', '_POLLUTANTS')],
    'barely': [('analysis.scoring.rules.motive', '_BARELY')],
    'doubt_verbs': [('analysis.scoring.rules.motive', '_DOUBT_VERBS'), ('analysis.scoring.endorsement', '_DOUBTING')],
    'photo_ops': [('analysis.scoring.rules.motive', '_PHOTO_OPS')],
    'wanting': [('analysis.scoring.rules.insinuation', '_WANTING')],
    'selfish_ends': [('analysis.scoring.rules.insinuation', '_SELFISH_ENDS')],
    'people': [('analysis.scoring.rules.insinuation', '_PEOPLE')],
    'exploited': [('analysis.scoring.rules.insinuation', '_EXPLOITED')],
    'virtues': [('analysis.scoring.rules.insinuation', '_VIRTUES')],
    'challenging': [('analysis.scoring.rules.insinuation', '_CHALLENGING')],
    'disbelief': [('analysis.scoring.rules.insinuation', '_DISBELIEF')],
    'excuses': [('analysis.scoring.rules.insinuation', '_EXCUSES')],
    'merely': [('analysis.scoring.rules.insinuation', '_MERELY')],
    'payees': [('analysis.scoring.rules.insinuation', '_PAYEES')],
    'duties': [('analysis.scoring.rules.insinuation', '_DUTIES')],
    'falsehoods': [('analysis.scoring.rules.accusation', '_FALSEHOODS')],
    'warnings': [('analysis.scoring.rules.accusation', '_WARNINGS')],
    'protected': [('analysis.scoring.rules.accusation', 'PROTECTED')],
    'coercive': [('analysis.scoring.rules.accusation', '_COERCIVE')],
    'process_nouns': [('analysis.scoring.rules.accusation', '_PROCESS_NOUNS')],
    'rule_objects': [('analysis.scoring.rules.accusation', '_RULE_OBJECTS')],
    'harms': [('analysis.scoring.rules.accusation', '_HARMS')],
    'conduct': [('analysis.scoring.rules.accusation', 'CONDUCT')],
    'locative_particles': [('analysis.scoring.rules.accusation', '_LOCATIVE_PARTICLES')],
    'non_agent_causes': [('analysis.scoring.rules.accusation', '_NON_AGENT_CAUSES')],
    'detention': [('analysis.scoring.rules.accusation', '_DETENTION')],
    'due_process': [('analysis.scoring.rules.accusation', '_DUE_PROCESS')],
    'consent': [('analysis.scoring.rules.accusation', '_CONSENT')],
    'planted': [('analysis.scoring.rules.accusation', '_PLANTED')],
    'experiencer_verbs': [('analysis.scoring.accusation', '_EXPERIENCER_VERBS')],
    'cause_cues': [('analysis.scoring.accusation', '_CAUSE_CUES')],
    'adjudicators': [('analysis.scoring.accusation', '_ADJUDICATORS')],
    'verdict_verbs': [('analysis.scoring.accusation', '_VERDICT_VERBS')],
    'involvement': [('analysis.scoring.accusation', '_INVOLVEMENT')],
    'no_phrase_heads': [('analysis.scoring.accusation', '_NO_PHRASE_HEADS')],
    'unnamed': [('analysis.scoring.accusation', '_UNNAMED')],
    'proceedings': [('analysis.scoring.accusation', '_PROCEEDINGS')],
    'tests': [('analysis.scoring.accusation', '_TESTS')],
    'conduct_causes': [('analysis.scoring.rules.blame', '_CONDUCT_CAUSES')],
    'harm_verbs': [('analysis.scoring.rules.blame', '_HARM_VERBS')],
    'harm_nouns': [('analysis.scoring.rules.blame', '_HARM_NOUNS')],
    'harm_states': [('analysis.scoring.rules.blame', '_HARM_STATES')],
    'defeats': [('analysis.scoring.rules.blame', '_DEFEATS')],
    'risks': [('analysis.scoring.rules.blame', '_RISKS')],
    'blame_duties': [('analysis.scoring.rules.blame', '_DUTIES')],
    'gains': [('analysis.scoring.rules.blame', '_GAINS')],
    'safe': [('analysis.scoring.rules.blame', '_SAFE')],
    'assigning': [('analysis.scoring.rules.blame', '_ASSIGNING')],
    'losses': [('analysis.scoring.rules.blame', '_LOSSES')],
    'danger_verbs': [('analysis.scoring.rules.blame', '_DANGER_VERBS')],
    'harmful_marks': [('analysis.scoring.rules.blame', '_HARMFUL_MARKS')],
    'shares': [('analysis.scoring.rules.culpability', '_SHARES')],
    'not_agents': [('analysis.scoring.rules.culpability', '_NOT_AGENTS')],
    'conceal': [('analysis.scoring.rules.culpability', '_CONCEAL')],
    'tell': [('analysis.scoring.rules.culpability', '_TELL')],
    'go_ahead': [('analysis.scoring.rules.culpability', '_GO_AHEAD')],
    'durations': [('analysis.scoring.rules.culpability', '_DURATIONS')],
    'label_verbs': [('analysis.scoring.endorsement', '_LABEL_VERBS')],
    'claim_heads': [('analysis.scoring.endorsement', '_CLAIM_HEADS')],
    'certainty_nouns': [('analysis.scoring.endorsement', '_CERTAINTY_NOUNS')],
    'accusing_verbs': [('analysis.scoring.endorsement', '_ACCUSING_VERBS')],
    'claim_judgements': [('analysis.scoring.endorsement', '_CLAIM_JUDGEMENTS')],
    'ceasing': [('analysis.scoring.endorsement', '_CEASING')],
    'preventing': [('analysis.scoring.endorsement', '_PREVENTING')],
    'clearing_verbs': [('analysis.scoring.endorsement', '_CLEARING_VERBS')],
    'supposing': [('analysis.scoring.endorsement', '_SUPPOSING')],
}
# lists that only add to other ones: list -> (module, the union's name, the names it joins)
UNIONS = {
    'misused_extra': ('analysis.scoring.rules.motive', '_MISUSED', ('_FUNDS',)),
    'own_ends_extra': ('analysis.scoring.rules.insinuation', '_OWN_ENDS', ('_SELFISH_ENDS',)),
}

# grammar each module keeps in code (pronouns, determiners, auxiliaries, prepositions,
# subordinators, dependency labels; in scoring/accusation.py sets of rule ids)
KEPT_IN_CODE = {
    'analysis.scoring.rules.motive': set(),
    'analysis.scoring.rules.insinuation': {'_FIRST', '_WH', '_CONTRASTS'},
    'analysis.scoring.rules.accusation': {'_LOCATIVE_PREPS'},
    'analysis.scoring.accusation': {'_NO_SUBJECT_TARGET', '_VICTIM_SUBJECT_CHARGES', '_DENIED_EXCUSES', '_NEGATION_CHARGES', '_OUTCOME_CHARGES', '_CONDITION_CHARGES', '_GENERIC_HEADS', '_THREAT_MODALS'},
    'analysis.scoring.rules.blame': set(),
    'analysis.scoring.rules.culpability': {'_FIRST_OBJ', '_FIRST_POSS', '_KNOWERS'},
    'analysis.scoring.endorsement': {'_CLAIM_CONTENT_DEPS'},
}


def test_every_list_is_read_by_a_module():
    assert set(READERS) | set(UNIONS) == set(LIST_NAMES)


@pytest.mark.parametrize("name", sorted(READERS))
def test_each_list_is_used_under_the_name_the_module_reads_it_by(name):
    words = getattr(load_accusation_words(), name)
    for module, code_name in READERS[name]:
        assert getattr(importlib.import_module(module), code_name) is words, (module, code_name)


def test_unions_are_built_from_the_loaded_lists():
    for name, (module, code_name, parts) in UNIONS.items():
        mod = importlib.import_module(module)
        loaded = getattr(load_accusation_words(), name)
        assert getattr(mod, code_name) == frozenset().union(*(getattr(mod, p) for p in parts), loaded)


@pytest.mark.parametrize("module", sorted(KEPT_IN_CODE))
def test_modules_keep_no_other_word_sets_in_code(module):
    source = Path(importlib.import_module(module).__file__).read_text(encoding="utf-8")
    literal = set(re.findall(r"^(\w+) = (?:\w+ \| )?frozenset\(\{", source, flags=re.M))
    assert literal == KEPT_IN_CODE[module], (module, literal ^ KEPT_IN_CODE[module])

