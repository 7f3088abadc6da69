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
    crime_noun,
    held_responsible,
    ignored_warning,
    lie_deceive,
    not_attributive_to_process,
    of_or_verb,
    on_people,
    planted_object,
    predicate_noun,
    responsible_for_harm,
    spreads_falsehood,
    verb_with_object,
    without_due_process,
    wrong_unless_excused,
)
from .aims import harmful_aim
from .alibi import placed_elsewhere
from .blame import (
    blame_on_actor,
    caused_by_agent,
    failed_duty,
    gain_over_safety,
    harm_because_of,
    knew_of_harm,
    not_a_defeat,
    owned_fault,
    preventable,
    profits_from_harm,
    puts_at_risk,
)
from .boosting import (
    affirmed_predicative,
    after_negation,
    emphatic_always,
    emphatic_evaluation,
    emphatic_fully,
    emphatic_never,
    emphatic_universal,
    firm_belief,
    first_person_affirmative,
    not_concessive,
    not_downtoned,
    not_number_contrast,
)
from .certification import certified_conduct
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
from .compliance import in_line_with_norm, norm_kept, restrained_conduct
from .complicity import harm_by_party, harm_ensued, knowing_tag, outcome_of_deed
from .concealment import kept_from_people
from .concession import concession_to_opponent
from .consequence import adverse_from_deed, adverse_thanks_to
from .correction import predicate_contrast, subject_contrast
from .counterclaims import cause_not_other, negated_illicit_object
from .culpability import harm_from_deed, knowledge_acted_against, shifted_blame
from .degrading import criminalises_dissent, sponsored_unrest, treated_as_lesser
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
    predicative_claim,
    rebuttal_cue,
    reporting_cue,
)
from .diligence import did_all_it_could
from .dismissal import (
    claim_cut_down,
    claim_disbelieved,
    innocence_negated,
    label_of_current_claims,
)
from .endangerment import (
    behind_backs,
    conduct_killed,
    exposed_to_harm,
    knew_falsity,
    leaked_secret,
    left_without,
    not_known_falsity,
    sold_out_people,
)
from .evaluative import (
    exploits_not_tactic,
    gutted_public_good,
    left_communities,
    whitewash_not_paint,
)
from .explanation import explanation_contrast, likelier_than
from .figures import figure_leaves_out, real_figure
from .harbouring import force_without_reason, haven_for_armed_group
from .hedging import (
    HEDGING_1_3,
    after_number,
    before_number,
    before_participle_of_knowing,
    conditional,
    negated_certainty,
    passive_raising,
    passive_that,
    raising_verb,
    uncertainty_whether,
)
from .imputation import (
    act_put_on_actor,
    aggression_owned,
    away_during_harm,
    ballot_object,
    blocks_civic_act,
    blood_on_hands,
    bought_off,
    claim_in_operation,
    coerces_people,
    counter_blame,
    covert_act,
    covert_agents_of,
    cui_bono,
    deed_nominal,
    destroys_records,
    does_bidding,
    exposes_private,
    fiction_label,
    fire_on_protected,
    fixed_outcome,
    force_on_protected,
    forces_out,
    harms_person,
    held_hostage,
    hostile_agent,
    hostile_aim,
    how_many_more,
    hypocrisy_record,
    idle_despite_warning,
    imputed_purpose,
    in_pocket,
    insinuation_tag,
    interested_sponsor,
    ironic_at_actor,
    jams_media,
    kept_silent,
    label_not_negated,
    left_to_harm,
    made_up,
    misstates_figures,
    named_imaginer,
    not_by_us,
    orders_atrocity,
    pardons_own,
    pays_for_harm,
    perpetrates,
    person_object,
    pockets_dues,
    puppet_of,
    purges_voters,
    recruits_minors,
    retaliates,
    rhetorical_why,
    self_awarded,
    self_dealing,
    sells_to_minors,
    serves_cronies,
    since_when,
    sponsors_armed_group,
    surveils,
    traced_to_actor,
    undue_pressure,
    used_as_excuse,
    used_banned_arm,
    wages_war,
    warned_persisted,
    withheld_harm,
    words_against_deeds,
    wrong_by_other,
    wrong_to_person,
)
from .innocence import in_no_way, negated_charge
from .insinuating import insinuating_why
from .insinuation import (
    cashes_in,
    challenge_to_explain,
    coincidence_questioned,
    double_standard,
    excuse_doubted_why,
    expect_to_believe,
    ironic_contrast,
    misplaced_priorities,
    neglected_duty,
    one_rule_for,
    pretends_virtue,
    selfish_purpose,
    squeezes_people,
    tu_quoque,
    unpaid,
)
from .irony import of_course_negative, outside_content, scare_quoted
from .labels import labelled_by_cue, pinned_label, pinned_motive
from .modals import epistemic_modal
from .motive import (
    alters_account,
    bled_dry,
    dumps_pollutant,
    echoes_line,
    enriches_self,
    evades_accountability,
    favours_kin,
    harms_people,
    hides_account,
    innocence_doubted,
    keeps_self_in_power,
    lined_pockets,
    makes_up,
    misuses_funds,
    pays_gatekeeper,
    self_serving_end,
    shields_from_accountability,
    uses_as_cover,
    withholds_rights,
)
from .partiality import destroyed_property, pressures_people, serves_one_party
from .persistence import persistence_tag
from .predetermined import outcome_before_process
from .presupposed import act_of_hostility, defied_coercion, urged_to_cease
from .pretext import pretext_aim
from .rebuttal import (
    REBUTTAL_1_3,
    corrected_negation,
    dismissed_view,
    imagined,
    no_wrongdoing,
    own_compliance,
    speaker_denies,
)
from .rival import RIVAL_RULES
from .sarcasm import sarcastic_praise
from .scrutiny import cuts_necessities, obstructs_scrutiny
from .timing import deal_with_tied_party, favour_after_benefit, timed_before_event
from .ulterior import (
    act_label,
    blocking_purpose,
    burden_while_largesse,
    fire_set_by,
    fired_from_held,
    harmed_in_custody,
    idle_during_harm,
    knowing_wrong,
    left_uninformed,
    nobody_helped,
    purpose_against_reason,
    tipped_off,
    turned_on_people,
    ulterior_aim,
    under_fire_from,
    without_telling,
)
from .unheeded import told_nobody, warned_unheeded

RULES: dict[str, Rule] = {
    # accusation 1.33.0 (round 13): rules/degrading.py
    "treated_as_lesser": treated_as_lesser,
    "sponsored_unrest": sponsored_unrest,
    "pretext_aim": pretext_aim,
    "haven_for_armed_group": haven_for_armed_group,
    "force_without_reason": force_without_reason,
    "criminalises_dissent": criminalises_dissent,
    # accusation 1.32.0 (round 12): rules/presupposed.py
    "defied_coercion": defied_coercion,
    "urged_to_cease": urged_to_cease,
    "act_of_hostility": act_of_hostility,
    # accusation 1.6.0 (round 3): rules/insinuation.py
    "selfish_purpose": selfish_purpose,
    "squeezes_people": squeezes_people,
    "cashes_in": cashes_in,
    "pretends_virtue": pretends_virtue,
    "misplaced_priorities": misplaced_priorities,
    "challenge_to_explain": challenge_to_explain,
    "expect_to_believe": expect_to_believe,
    "excuse_doubted_why": excuse_doubted_why,
    "coincidence_questioned": coincidence_questioned,
    "tu_quoque": tu_quoque,
    "double_standard": double_standard,
    "one_rule_for": one_rule_for,
    "ironic_contrast": ironic_contrast,
    "unpaid": unpaid,
    "neglected_duty": neglected_duty,
    "epistemic_modal": epistemic_modal,
    "before_number": before_number,
    "attributive": attributive,
    "predicative": predicative,
    "raising_verb": raising_verb,
    "passive_raising": passive_raising,
    "first_person": first_person,
    "uncertainty_whether": uncertainty_whether,
    "emphatic_fully": emphatic_fully,
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
    "emphatic_always": emphatic_always,
    "firm_belief": firm_belief,
    "emphatic_evaluation": emphatic_evaluation,  # boosting 1.4.0
    "not_number_contrast": not_number_contrast,  # boosting 1.5.0
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
    # accusation 1.3.0: blame for harm (rules/blame.py)
    "owned_fault": owned_fault,
    "harm_because_of": harm_because_of,
    "caused_by_agent": caused_by_agent,
    "not_a_defeat": not_a_defeat,
    "knew_of_harm": knew_of_harm,
    "failed_duty": failed_duty,
    "puts_at_risk": puts_at_risk,
    "gain_over_safety": gain_over_safety,
    "profits_from_harm": profits_from_harm,
    # accusation 1.3.0: deceit, concealment, motive (rules/motive.py)
    "alters_account": alters_account,
    "hides_account": hides_account,
    "evades_accountability": evades_accountability,
    "shields_from_accountability": shields_from_accountability,
    "echoes_line": echoes_line,
    "misuses_funds": misuses_funds,
    "enriches_self": enriches_self,
    "lined_pockets": lined_pockets,
    "harms_people": harms_people,
    "makes_up": makes_up,
    "lie_deceive": lie_deceive,
    "pays_gatekeeper": pays_gatekeeper,
    "favours_kin": favours_kin,
    "withholds_rights": withholds_rights,
    "uses_as_cover": uses_as_cover,
    "bled_dry": bled_dry,
    "keeps_self_in_power": keeps_self_in_power,
    "dumps_pollutant": dumps_pollutant,
    "without_due_process": without_due_process,
    "planted_object": planted_object,
    "preventable": preventable,
    "wrong_unless_excused": wrong_unless_excused,
    "blame_on_actor": blame_on_actor,
    "innocence_doubted": innocence_doubted,
    "crime_noun": crime_noun,
    # accusation 1.4.0: wrongdoing imputed by construction (rules/imputation.py)
    "act_put_on_actor": act_put_on_actor,
    "force_on_protected": force_on_protected,
    "imputed_purpose": imputed_purpose,
    "cui_bono": cui_bono,
    "named_imaginer": named_imaginer,
    "ironic_at_actor": ironic_at_actor,
    "blood_on_hands": blood_on_hands,
    "fire_on_protected": fire_on_protected,
    "sponsors_armed_group": sponsors_armed_group,
    "wages_war": wages_war,
    "hostile_aim": hostile_aim,
    "person_object": person_object,
    "self_dealing": self_dealing,
    "serves_cronies": serves_cronies,
    "destroys_records": destroys_records,
    "pays_for_harm": pays_for_harm,
    "puppet_of": puppet_of,
    "label_not_negated": label_not_negated,
    "covert_agents_of": covert_agents_of,
    "covert_act": covert_act,
    "ballot_object": ballot_object,
    "does_bidding": does_bidding,
    "aggression_owned": aggression_owned,
    "idle_despite_warning": idle_despite_warning,
    "held_hostage": held_hostage,
    "made_up": made_up, "perpetrates": perpetrates, "hostile_agent": hostile_agent,  # acc 1.5.0
    "interested_sponsor": interested_sponsor, "withheld_harm": withheld_harm,  # acc 1.5.0
    "self_awarded": self_awarded, "insinuation_tag": insinuation_tag,  # acc 1.5.0
    "wrong_by_other": wrong_by_other, "wrong_to_person": wrong_to_person,  # acc 1.5.0
    "harms_person": harms_person, "self_serving_end": self_serving_end,  # acc 2.0 round 2
    "words_against_deeds": words_against_deeds,  # acc 2.0 round 2
    "warned_persisted": warned_persisted,  # acc 2.0 round 2
    "claim_in_operation": claim_in_operation,  # acc 2.0 round 2
    "used_as_excuse": used_as_excuse,  # acc 1.5.0
    "misstates_figures": misstates_figures, "left_to_harm": left_to_harm,  # acc 1.5.0
    "blocks_civic_act": blocks_civic_act, "fiction_label": fiction_label,  # acc 1.5.0
    "rhetorical_why": rhetorical_why, "how_many_more": how_many_more,  # acc 1.5.0
    "since_when": since_when, "not_by_us": not_by_us, "forces_out": forces_out,  # acc 1.5.0
    "traced_to_actor": traced_to_actor, "fixed_outcome": fixed_outcome,  # acc 1.5.0
    "deed_nominal": deed_nominal, "kept_silent": kept_silent, "hypocrisy_record": hypocrisy_record,  # acc 1.5.0
    "coerces_people": coerces_people, "jams_media": jams_media, "pardons_own": pardons_own,  # acc 1.5.0
    "recruits_minors": recruits_minors, "retaliates": retaliates,  # acc 1.5.0
    "orders_atrocity": orders_atrocity, "sells_to_minors": sells_to_minors,  # acc 1.5.0
    "exposes_private": exposes_private, "bought_off": bought_off,  # acc 1.5.0
    "used_banned_arm": used_banned_arm, "pockets_dues": pockets_dues,  # acc 1.5.0
    "in_pocket": in_pocket, "undue_pressure": undue_pressure, "surveils": surveils,  # acc 1.5.0
    "purges_voters": purges_voters, "counter_blame": counter_blame,  # acc 1.5.0
    "away_during_harm": away_during_harm,  # acc 1.5.0
    # boosters 1.2.0 / hedges 1.2.0: certainty denied, concessive 'of course'
    "affirmed_predicative": affirmed_predicative,
    "not_concessive": not_concessive,
    "negated_certainty": negated_certainty,
    # denial 1.2.0: whose denial, and rebuttal without a denial word (rules/rebuttal.py)
    "speaker_denies": speaker_denies,
    "corrected_negation": corrected_negation,
    "dismissed_view": dismissed_view,
    "own_compliance": own_compliance,
    "imagined": imagined,
    "no_wrongdoing": no_wrongdoing,
    # denial 1.3.0: corrections, alibis, emphatic negation, positive rebuttals (rules/rebuttal.py)
    **REBUTTAL_1_3,
    # hedges 1.3.0: estimate vs limit 'up to', suggestion vs hedge (rules/hedging.py)
    **HEDGING_1_3,
    # accusation 1.7.0 / denial 1.6.0 (round 4): rules/culpability.py
    "shifted_blame": shifted_blame,
    "knowledge_acted_against": knowledge_acted_against,
    "harm_from_deed": harm_from_deed,
    # denial 1.7.0 (round 5): rules/persistence.py
    "persistence_tag": persistence_tag,
    # accusation 1.8.0 (round 5): rules/complicity.py
    "knowing_tag": knowing_tag,
    "harm_by_party": harm_by_party,
    "outcome_of_deed": outcome_of_deed,
    # denial 1.8.0 (round 5): rules/dismissal.py
    "innocence_negated": innocence_negated,
    "claim_cut_down": claim_cut_down,
    # accusation 1.9.0 (round 5): rules/concealment.py, rules/aims.py
    "kept_from_people": kept_from_people,
    "harmful_aim": harmful_aim,
    # denial 1.9.0 / accusation 1.10.0 (round 5): rules/certification.py, rules/predetermined.py
    "certified_conduct": certified_conduct,
    "outcome_before_process": outcome_before_process,
    # denial 1.10.0 / accusation 1.11.0 (round 5, after the check half was measured)
    "subject_contrast": subject_contrast,
    "predicate_contrast": predicate_contrast,
    "harm_ensued": harm_ensued,
    "claim_disbelieved": claim_disbelieved,
    "label_of_current_claims": label_of_current_claims,
    # denial 1.13.0 (round 5, dev3 tuning): rules/concession.py
    "concession_to_opponent": concession_to_opponent,
    # accusation 1.12.0 / denial 1.14.0 (round 6): rules/endangerment.py, rules/diligence.py
    "exposed_to_harm": exposed_to_harm,
    "conduct_killed": conduct_killed,
    "behind_backs": behind_backs,
    "sold_out_people": sold_out_people,
    "knew_falsity": knew_falsity,
    "did_all_it_could": did_all_it_could,
    "not_known_falsity": not_known_falsity,
    "predicative_claim": predicative_claim,
    "leaked_secret": leaked_secret,
    "left_without": left_without,
    "cause_not_other": cause_not_other,
    "negated_illicit_object": negated_illicit_object,
    # accusation 1.13.0 (round 6, second step): rules/partiality.py
    "serves_one_party": serves_one_party,
    "destroyed_property": destroyed_property,
    "pressures_people": pressures_people,
    # denial 1.16.0 (round 9): rules/explanation.py
    "explanation_contrast": explanation_contrast,
    "likelier_than": likelier_than,
    # denial 1.17.0 (round 9): rules/labels.py
    "pinned_label": pinned_label,
    "pinned_motive": pinned_motive,
    "labelled_by_cue": labelled_by_cue,
    # denial 1.18.0 (round 9): rules/compliance.py
    "norm_kept": norm_kept,
    "in_line_with_norm": in_line_with_norm,
    "restrained_conduct": restrained_conduct,
    # denial 1.19.0 (round 9): rules/innocence.py
    "negated_charge": negated_charge,
    "in_no_way": in_no_way,
    # denial 1.20.0 (round 9): rules/alibi.py
    "placed_elsewhere": placed_elsewhere,
    # denial 1.21.0 (round 9): rules/figures.py
    "figure_leaves_out": figure_leaves_out,
    "real_figure": real_figure,
    # denial 1.24.0 (round 12): rules/rival.py
    **RIVAL_RULES,
    # accusation 1.14.0 (round 9): rules/ulterior.py
    "purpose_against_reason": purpose_against_reason,
    "blocking_purpose": blocking_purpose,
    "ulterior_aim": ulterior_aim,
    "act_label": act_label,
    "knowing_wrong": knowing_wrong,
    "fired_from_held": fired_from_held,
    "under_fire_from": under_fire_from,
    "without_telling": without_telling,
    "burden_while_largesse": burden_while_largesse,
    "idle_during_harm": idle_during_harm,
    "tipped_off": tipped_off,
    "fire_set_by": fire_set_by,
    "left_uninformed": left_uninformed,
    "nobody_helped": nobody_helped,
    "turned_on_people": turned_on_people,
    "harmed_in_custody": harmed_in_custody,
    # accusation 1.19.0 (round 10): rules/consequence.py
    "adverse_from_deed": adverse_from_deed,
    "adverse_thanks_to": adverse_thanks_to,
    # accusation 1.20.0 (round 10): rules/sarcasm.py
    "sarcastic_praise": sarcastic_praise,
    # accusation 1.21.0 (round 10): rules/timing.py
    "favour_after_benefit": favour_after_benefit,
    "timed_before_event": timed_before_event,
    # accusation 1.22.0 (round 10): rules/insinuating.py
    "insinuating_why": insinuating_why,
    # accusation 1.23.0 (round 10): rules/evaluative.py
    "left_communities": left_communities,
    "gutted_public_good": gutted_public_good,
    "exploits_not_tactic": exploits_not_tactic,
    "whitewash_not_paint": whitewash_not_paint,
    # accusation 1.25.0 (round 10): rules/timing.py
    "deal_with_tied_party": deal_with_tied_party,
    # accusation 1.27.0 (round 11): rules/unheeded.py
    "warned_unheeded": warned_unheeded,
    # accusation 1.28.0 (round 11): rules/unheeded.py
    "told_nobody": told_nobody,
    "obstructs_scrutiny": obstructs_scrutiny,
    # accusation 1.30.0 (round 11): rules/scrutiny.py
    "cuts_necessities": cuts_necessities,
}
