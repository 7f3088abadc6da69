"""Context rules of accusation 1.4.0 and later: wrongdoing imputed to an actor by construction.

These read the parse, not a phrase: a hostile act put down to an actor ("the intrusion bears
the hallmarks of hackers working for Pyongyang", "the bombing was orchestrated by the
militia"), force used on people who cannot be lawful targets ("used water cannon against
peaceful demonstrators"), a manipulative purpose imputed to an actor's act ("the leak was
timed to overshadow ..."), a cui-bono question ("Who benefits from ballots going missing?"),
and a claim put down to a named party's imagination ("exist only in the imagination of CNN's
sources").

One module per family of construction; each says what it detects and why:

- ``perpetrators``: hostile or covert deeds with their perpetrator named;
- ``violence``: force and violence turned on people who cannot be lawful targets;
- ``aims``: hostile or manipulative aims imputed to an actor;
- ``fabrication``: claims cast as invented, staged or falsified;
- ``questions``: insinuation by rhetorical question, tag or irony;
- ``corruption``: self-dealing, bribery and rigging;
- ``labels``: pejorative labels and captured actors;
- ``neglect``: harm withheld, concealed or let happen;
- ``abuse``: wrongs done to people (coercion, retaliation, surveillance, exploitation);
- ``hypocrisy``: words set against deeds;
- ``blame_shift``: blame put on another party, retribution demanded;
- ``parties``: the doer and person tests the families share (no rules).

Their word lists are in ``analysis/data/imputation_words.yaml`` (read once by
:func:`analysis.imputation_words.load_imputation_words`). The rule names are registered in
``analysis/scoring/rules/__init__.py``, which imports them from this package.
"""

from __future__ import annotations

from .abuse import (
    coerces_people,
    exposes_private,
    forces_out,
    jams_media,
    recruits_minors,
    retaliates,
    sells_to_minors,
    surveils,
    undue_pressure,
    wrong_by_other,
    wrong_to_person,
)
from .aims import (
    blocks_civic_act,
    hostile_aim,
    imputed_purpose,
    serves_cronies,
    used_as_excuse,
)
from .blame_shift import (
    counter_blame,
    not_by_us,
    pays_for_harm,
)
from .corruption import (
    ballot_object,
    bought_off,
    fixed_outcome,
    pardons_own,
    person_object,
    pockets_dues,
    purges_voters,
    self_awarded,
    self_dealing,
)
from .fabrication import (
    claim_in_operation,
    fiction_label,
    made_up,
    misstates_figures,
    named_imaginer,
)
from .hypocrisy import (
    hypocrisy_record,
    words_against_deeds,
)
from .labels import (
    does_bidding,
    in_pocket,
    label_not_negated,
    puppet_of,
)
from .neglect import (
    away_during_harm,
    destroys_records,
    idle_despite_warning,
    kept_silent,
    left_to_harm,
    warned_persisted,
    withheld_harm,
)
from .perpetrators import (
    HOSTILE_ACTS,
    act_put_on_actor,
    aggression_owned,
    covert_act,
    covert_agents_of,
    deed_nominal,
    hostile_agent,
    interested_sponsor,
    perpetrates,
    traced_to_actor,
)
from .questions import (
    cui_bono,
    how_many_more,
    insinuation_tag,
    ironic_at_actor,
    rhetorical_why,
    since_when,
)
from .violence import (
    ARMED_GROUPS,
    FORCE,
    blood_on_hands,
    fire_on_protected,
    force_on_protected,
    harms_person,
    held_hostage,
    orders_atrocity,
    sponsors_armed_group,
    used_banned_arm,
    wages_war,
)

__all__ = [
    "ARMED_GROUPS", "FORCE", "HOSTILE_ACTS", "act_put_on_actor", "aggression_owned",
    "away_during_harm", "ballot_object", "blocks_civic_act", "blood_on_hands", "bought_off",
    "claim_in_operation", "coerces_people", "counter_blame", "covert_act", "covert_agents_of",
    "cui_bono", "deed_nominal", "destroys_records", "does_bidding", "exposes_private",
    "fiction_label", "fire_on_protected", "fixed_outcome", "force_on_protected", "forces_out",
    "harms_person", "held_hostage", "hostile_agent", "hostile_aim", "how_many_more",
    "hypocrisy_record", "idle_despite_warning", "imputed_purpose", "in_pocket",
    "insinuation_tag", "interested_sponsor", "ironic_at_actor", "jams_media", "kept_silent",
    "label_not_negated", "left_to_harm", "made_up", "misstates_figures", "named_imaginer",
    "not_by_us", "orders_atrocity", "pardons_own", "pays_for_harm", "perpetrates",
    "person_object", "pockets_dues", "puppet_of", "purges_voters", "recruits_minors",
    "retaliates", "rhetorical_why", "self_awarded", "self_dealing", "sells_to_minors",
    "serves_cronies", "since_when", "sponsors_armed_group", "surveils", "traced_to_actor",
    "undue_pressure", "used_as_excuse", "used_banned_arm", "wages_war", "warned_persisted",
    "withheld_harm", "words_against_deeds", "wrong_by_other", "wrong_to_person",
]
