"""Context rules: the ``rule:`` names a lexicon entry may carry, and the checks behind them.

A rule gets (doc, match start, match end, view) and says whether the cue counts there. An
entry without a rule counts wherever it matches; an unknown rule name is an error when the
lexicon is loaded (:func:`analysis.scoring.matching.lexicon`).
"""

from __future__ import annotations

from ..view import Rule
from .accusation import (
    about_conduct,
    actor_verb,
    attack_on_protected,
    breaks_rule,
    held_responsible,
    ignored_warning,
    not_attributive_to_process,
    of_or_verb,
    on_people,
    predicate_noun,
    responsible_for_harm,
    spreads_falsehood,
    verb_with_object,
)
from .boosting import (
    after_negation,
    emphatic_never,
    emphatic_universal,
    first_person_affirmative,
    not_downtoned,
)
from .common import (
    attributive,
    determined_noun,
    first_person,
    is_noun,
    is_verb,
    negated,
    not_negated,
    predicative,
)
from .denial import (
    copular_negation,
    counter_reference,
    denial_verb,
    discredited_claim,
    dismiss_claim,
    negated_event,
    negated_subject,
    negated_subject_pronoun,
    never_past,
    no_object,
    passive_or_adjectival,
    rebuttal_cue,
    reporting_cue,
)
from .hedging import (
    after_number,
    before_number,
    before_participle_of_knowing,
    conditional,
    passive_raising,
    passive_that,
    raising_verb,
    uncertainty_whether,
)
from .irony import of_course_negative, outside_content, scare_quoted
from .modals import epistemic_modal

RULES: dict[str, Rule] = {
    "epistemic_modal": epistemic_modal,
    "before_number": before_number,
    "attributive": attributive,
    "predicative": predicative,
    "raising_verb": raising_verb,
    "passive_raising": passive_raising,
    "first_person": first_person,
    "uncertainty_whether": uncertainty_whether,
    "emphatic_universal": emphatic_universal,
    "not_negated": not_negated,
    "dismiss_claim": dismiss_claim,
    "noun": is_noun,
    "verb": is_verb,
    "negated_event": negated_event,
    "meta": outside_content,
    "negated": negated,
    "conditional": conditional,
    "not_downtoned": not_downtoned,
    "after_negation": after_negation,
    "emphatic_never": emphatic_never,
    "first_person_affirmative": first_person_affirmative,
    "determined_noun": determined_noun,
    "no_object": no_object,
    "copular_negation": copular_negation,
    "negated_subject": negated_subject,
    "never_past": never_past,
    "counter_reference": counter_reference,
    "discredited_claim": discredited_claim,
    "reporting_cue": reporting_cue,
    "rebuttal_cue": rebuttal_cue,
    "spreads_falsehood": spreads_falsehood,
    "verb_with_object": verb_with_object,
    "ignored_warning": ignored_warning,
    "attack_on_protected": attack_on_protected,
    "breaks_rule": breaks_rule,
    "of_or_verb": of_or_verb,
    "actor_verb": actor_verb,
    "responsible_for_harm": responsible_for_harm,
    "on_people": on_people,
    "about_conduct": about_conduct,
    "held_responsible": held_responsible,
    "before_participle_of_knowing": before_participle_of_knowing,
    "after_number": after_number,
    "passive_that": passive_that,
    "passive_or_adjectival": passive_or_adjectival,
    "denial_verb": denial_verb,
    "negated_subject_pronoun": negated_subject_pronoun,
    "predicate_noun": predicate_noun,
    "not_attributive_to_process": not_attributive_to_process,
    "of_course_negative": of_course_negative,
    "scare_quoted": scare_quoted,
}
