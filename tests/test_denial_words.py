"""The denial words file: its lists are what the rule modules read under the names
they read them by (the file contract itself: tests/test_word_list_files.py)."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from analysis.denial_words import (
    LIST_NAMES,
    load_denial_words,
)

# list name -> the modules that read it and the name each reads it by
READERS = {
    'requests': [('analysis.scoring.rules.rebuttal', '_REQUESTS')],
    'categorical': [('analysis.scoring.rules.rebuttal', '_CATEGORICAL')],
    'charges_against': [('analysis.scoring.rules.rebuttal', '_CHARGES_AGAINST')],
    'claims_rich': [('analysis.scoring.rules.rebuttal', '_CLAIMS_RICH')],
    'undecided': [('analysis.scoring.rules.rebuttal', '_UNDECIDED')],
    'verify': [('analysis.scoring.rules.rebuttal', '_VERIFY')],
    'said_nothing': [('analysis.scoring.rules.rebuttal', '_SAID_NOTHING')],
    'told': [('analysis.scoring.rules.rebuttal', '_TOLD')],
    'experience': [('analysis.scoring.rules.rebuttal', '_EXPERIENCE')],
    'view_verbs': [('analysis.scoring.rules.rebuttal', '_VIEW_VERBS')],
    'innocent_causes': [('analysis.scoring.rules.rebuttal', '_INNOCENT_CAUSES')],
    'preference': [('analysis.scoring.rules.rebuttal', '_PREFERENCE')],
    'causal_verbs': [('analysis.scoring.rules.rebuttal', '_CAUSAL_VERBS')],
    'causal_particle_verbs': [('analysis.scoring.rules.rebuttal', '_CAUSAL_PARTICLE_VERBS')],
    'agent_nouns': [('analysis.scoring.rules.rebuttal', '_AGENT_NOUNS')],
    'provenance': [('analysis.scoring.rules.rebuttal', '_PROVENANCE')],
    'genuine': [('analysis.scoring.rules.rebuttal', '_GENUINE')],
    'not_rebutted': [('analysis.scoring.rules.rebuttal', '_NOT_REBUTTED')],
    'duty_verbs': [('analysis.scoring.rules.rebuttal', '_DUTY_VERBS')],
    'legal_duty_verbs': [('analysis.scoring.rules.rebuttal', '_LEGAL_DUTY_VERBS')],
    'perception': [('analysis.scoring.rules.rebuttal', '_PERCEPTION')],
    'core_wrongdoing': [('analysis.scoring.rules.rebuttal', '_CORE_WRONGDOING')],
    'quantity_nouns': [('analysis.scoring.rules.rebuttal', '_QUANTITY_NOUNS')],
    'bounds': [('analysis.scoring.rules.rebuttal', '_BOUNDS')],
    'give_evidence': [('analysis.scoring.rules.rebuttal', '_GIVE_EVIDENCE')],
    'artefacts': [('analysis.scoring.rules.rebuttal', '_ARTEFACTS')],
    'proceedings': [('analysis.scoring.rules.rebuttal', '_PROCEEDINGS')],
    'rule_objects': [('analysis.scoring.rules.rebuttal', '_RULE_OBJECTS')],
    'emphatic_degree': [('analysis.scoring.rules.rebuttal', '_EMPHATIC_DEGREE')],
    'ignorance': [('analysis.scoring.rules.rebuttal', '_IGNORANCE')],
    'answerable': [('analysis.scoring.rules.rebuttal', '_ANSWERABLE')],
    'evidential': [('analysis.scoring.rules.rebuttal', '_EVIDENTIAL')],
    'presence_charges': [('analysis.scoring.rules.rebuttal', '_PRESENCE_CHARGES')],
    'wrong_adj': [('analysis.scoring.rules.rebuttal', '_WRONG_ADJ')],
    'attack_verbs': [('analysis.scoring.rules.rebuttal', '_ATTACK_VERBS')],
    'routine_activities': [('analysis.scoring.rules.rebuttal', '_ROUTINE_ACTIVITIES')],
    'distance_units': [('analysis.scoring.rules.rebuttal', '_DISTANCE_UNITS')],
    'hostile_acts': [('analysis.scoring.rules.rebuttal', '_HOSTILE_ACTS')],
    'others': [('analysis.scoring.rules.rebuttal', '_OTHERS')],
    'exonerate': [('analysis.scoring.rules.rebuttal', '_EXONERATE')],
    'parties_lite': [('analysis.scoring.rules.rebuttal', '_PARTIES_LITE')],
    'certainty_nouns': [('analysis.scoring.rules.rebuttal', '_CERTAINTY_NOUNS')],
    'mishap': [('analysis.scoring.rules.rebuttal', '_MISHAP')],
    'toll_nouns': [('analysis.scoring.rules.rebuttal', '_TOLL_NOUNS')],
    'process_nouns': [('analysis.scoring.rules.rebuttal', '_PROCESS_NOUNS')],
    'information_verbs': [('analysis.scoring.rules.rebuttal', '_INFORMATION_VERBS')],
    'waste_verbs': [('analysis.scoring.rules.rebuttal', '_WASTE_VERBS')],
    'natural_forces': [('analysis.scoring.rules.denial', '_NATURAL_FORCES')],
    'not_denial_predicates': [('analysis.scoring.rules.denial', '_NOT_DENIAL_PREDICATES')],
    'generic_nouns': [('analysis.scoring.rules.denial', '_GENERIC_NOUNS')],
    'charge_adjectives': [('analysis.scoring.rules.denial', '_CHARGE_ADJECTIVES')],
    'litotes': [('analysis.scoring.rules.denial', '_LITOTES')],
    'report_predicates': [('analysis.scoring.rules.denial', '_REPORT_PREDICATES')],
    'undergone': [('analysis.scoring.rules.denial', '_UNDERGONE')],
    'intent_nouns': [('analysis.scoring.rules.denial', '_INTENT_NOUNS')],
    'journalist_negations': [('analysis.scoring.rules.denial', '_JOURNALIST_NEGATIONS')],
    'unwelcome': [('analysis.scoring.rules.concession', '_UNWELCOME')],
    'wish_verbs': [('analysis.scoring.rules.concession', '_WISH_VERBS')],
    'units': [('analysis.scoring.rules.dismissal', '_UNITS')],
    'label_heads': [('analysis.scoring.rules.dismissal', '_LABEL_HEADS')],
    'norm_verbs': [('analysis.scoring.rules.certification', '_NORM_VERBS')],
    'denied_things': [('analysis.scoring.rules.governing', '_DENIED_THINGS')],
}
# lists that only add to other ones: list -> (module, the union's name, the names it joins)
UNIONS = {
    'claimlike_extra': ('analysis.scoring.rules.rebuttal', '_CLAIMLIKE', ('_CLAIMS_RICH', '_PROCEEDINGS', '_ARTEFACTS')),
}

# grammar each module keeps in code (pronouns, determiners, auxiliaries, prepositions,
# subordinators, dependency labels; in scoring/accusation.py sets of rule ids)
KEPT_IN_CODE = {
    'analysis.scoring.rules.rebuttal': {'_FIRST_PERSON', '_OWN', '_NON_EPISTEMIC_MODALS', '_CAUSAL_PARTICLES', '_LOCATIVE', '_UNIVERSAL_DETS', '_DEMONSTRATIVES', '_PREDICATE_VERBS', '_TEMPORAL_MARKS'},
    'analysis.scoring.rules.denial': {'_NEG_DETS', '_NEG_SUBJECTS'},
    'analysis.scoring.rules.concession': {'_MODALS'},
    'analysis.scoring.rules.correction': {'_NOT_FACTUAL'},
    'analysis.scoring.rules.dismissal': {'_POINTING', '_NOBODY', '_POINTERS'},
    'analysis.scoring.rules.certification': {'_NOT_FACTUAL'},
    'analysis.scoring.rules.governing': {'_LINKS', '_PRONOUNS'},
}


def test_every_list_is_read_by_a_module():
    assert set(READERS) | set(UNIONS) == set(LIST_NAMES)


@pytest.mark.parametrize("name", sorted(READERS))
def test_each_list_is_used_under_the_name_the_module_reads_it_by(name):
    words = getattr(load_denial_words(), name)
    for module, code_name in READERS[name]:
        assert getattr(importlib.import_module(module), code_name) is words, (module, code_name)


def test_unions_are_built_from_the_loaded_lists():
    for name, (module, code_name, parts) in UNIONS.items():
        mod = importlib.import_module(module)
        loaded = getattr(load_denial_words(), name)
        assert getattr(mod, code_name) == frozenset().union(*(getattr(mod, p) for p in parts), loaded)


@pytest.mark.parametrize("module", sorted(KEPT_IN_CODE))
def test_modules_keep_no_other_word_sets_in_code(module):
    source = Path(importlib.import_module(module).__file__).read_text(encoding="utf-8")
    literal = set(re.findall(r"^(\w+) = (?:\w+ \| )?frozenset\(\{", source, flags=re.M))
    assert literal == KEPT_IN_CODE[module], (module, literal ^ KEPT_IN_CODE[module])

