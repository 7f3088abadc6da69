"""Staff of institutions the text names in full, on invented bodies the registry does not list.

A role that names its employer by a common noun only ("union president X", "a hospital
spokesman", "a spokeswoman for the company") speaks for the institution named with that noun
elsewhere in the story; state bodies that are not ministries (central bank, treasury,
statistics bureau) are government; a company named by its first word takes its full name.
"""

from __future__ import annotations

import pytest

from analysis.statements import extract_statements
from tests.support import speaker_actor

actor_of = speaker_actor


@pytest.mark.parametrize("text,needle,group", [
    # a compound employer noun, the union named in full in an earlier sentence
    ("KORVAL — The Brightwater Dockers Union called a strike on Monday. "
     "Union president Hal Menzies said the members would not back down.",
     "the members", "Brightwater Dockers Union"),
    # a possessive employer noun, a plural possessive inside the name
    ("The Tarn Valley Teachers' Union rejected the offer. The union's general secretary, "
     "Ola Brandt, said the offer was too low.", "the offer was too low",
     "Tarn Valley Teachers' Union"),
    # a hospital named as a place, its spokesman later in the same sentence
    ("Three people were treated at Marrowby General Hospital on Sunday, a hospital spokesman "
     "said.", "Three people", "Marrowby General Hospital"),
    # a headline role before the body is named
    ("College president: we failed our students\n\nThe Ostrava Valley College said it would "
     "review every complaint.", "we failed", "Ostrava Valley College"),
])
def test_staff_speak_for_the_institution_named_in_full(nlp, text, needle, group):
    ref = actor_of(nlp, text, needle)
    assert ref.group == group
    assert ref.group_type == "organisation"


def test_a_spokeswoman_for_the_company_is_the_company_put_in_apposition(nlp):
    text = ("Public broadcaster VTK reported that the ship lost power. The operator, Sundline, "
            "would not confirm that. A spokeswoman for the company, Mira Holt, said the vessel "
            "had passed its inspection.")
    ref = actor_of(nlp, text, "the vessel had passed")
    assert ref.group == "Sundline"  # not the broadcaster named just before


def test_a_company_named_by_its_first_word_takes_its_full_name(nlp):
    text = ("SYDNEY — Software company Quillon Analytics will cut 400 jobs, the company said. "
            "A Quillon spokeswoman said affected staff would receive 16 weeks' pay.")
    assert actor_of(nlp, text, "affected staff").group == "Quillon Analytics"


@pytest.mark.parametrize("text,needle", [
    ("ALMATY — The National Bank of Kazakhstan said inflation was slowing.", "inflation"),
    ("NAIROBI — The Treasury said the tax was needed to meet its targets.", "the tax"),
    ("ALMATY — Annual inflation stood at 9.8% in October, the national statistics bureau said.",
     "Annual inflation"),
])
def test_state_bodies_that_are_not_ministries_are_government(nlp, text, needle):
    ref = actor_of(nlp, text, needle)
    assert ref.group_type == "government"
    assert ref.group_country in ("KZ", "KE")


def test_a_university_speaking_as_itself_is_an_organisation(nlp):
    ref = actor_of(nlp, "CORK, Ireland — Lee Mill University said it had failed the students.",
                   "it had failed")
    assert (ref.group, ref.group_type) == ("Lee Mill University", "organisation")


def test_an_analyst_at_a_university_stays_an_expert(nlp):
    ref = actor_of(nlp, "CORK, Ireland — The rate will rise, said Ana Roe, an economist at "
                        "Lee Mill University.", "The rate will rise")
    assert ref.group_type == "person"


def test_the_company_is_the_name_put_in_apposition_not_the_broadcaster(nlp):
    text = ("Public broadcaster VTK reported that the ship lost power. The operator, Sundline, "
            "would not confirm that.\n\nSundline has suspended the route until further notice, "
            "the company said.")
    st = [s for s in extract_statements(nlp(text)) if "suspended the route" in s.content_text]
    assert len(st) == 1 and st[0].speaker is not None
    assert st[0].speaker.resolved_text == "Sundline"
    assert st[0].speaker.actor.group == "Sundline"


def test_a_person_described_as_an_operator_stays_a_person(nlp):
    text = ("STOKE, England — \"I don't know what I'll do now,\" said Gary Pinder, 47, a kiln "
            "operator.")
    ref = actor_of(nlp, text, "what I'll do now")
    assert ref.group_type == "public"


def test_staff_of_a_named_body_speak_for_it_unnamed_employees_are_public(nlp):
    ref = actor_of(nlp, "OSLO — \"We see new families every week,\" said a staff member of the "
                        "Fjellvik Shelter Alliance.", "new families")
    assert (ref.group, ref.group_type) == ("Fjellvik Shelter Alliance", "organisation")
    ref = actor_of(nlp, "SYDNEY — Two employees, who asked not to be named, said they had learned "
                        "of the cuts on a video call.", "learned of the cuts")
    assert (ref.group, ref.group_type, ref.anonymous) == ("Australian public", "public", True)


def test_people_familiar_with_the_talks_are_no_one_side(nlp):
    ref = actor_of(nlp, "MONTREAL — Two people familiar with the talks said a mediator had "
                        "proposed a compromise.", "a mediator")
    assert ref.group == "unknown" and ref.anonymous


def test_its_expert_speaks_for_the_body_the_pronoun_refers_to(nlp):
    text = ("BERLIN — The German Lathe Federation, which represents 3,000 firms, welcomed the move. "
            "Its chief economist, Jörg Pfeiffer, said competitors were selling lathes below cost.")
    ref = actor_of(nlp, text, "selling lathes")
    assert (ref.group, ref.group_type) == ("German Lathe Federation", "organisation")
    # an expert of no body stays an expert
    ref = actor_of(nlp, "BERLIN — Competitors were selling lathes below cost, said Jörg Pfeiffer, "
                        "an economist.", "selling lathes")
    assert ref.group_type == "person"


def test_a_trader_who_runs_a_business_speaks_for_herself(nlp):
    text = ("MONTREAL — The Laval Importers Guild said the strike was costing millions. "
            "\"My customers don't care about the reasons,\" said Nadia Boucher, who runs an "
            "import business in Laval.")
    ref = actor_of(nlp, text, "My customers", country="CA")
    assert ref.group_type == "public"


def test_an_association_council_is_not_the_state_and_its_short_form_finds_it(nlp):
    text = ("MONTREAL — The dockers accused the Harbour Employers Council of stalling.\n\n"
            "The employers' council said in a statement that its final offer included a raise.")
    ref = actor_of(nlp, text, "its final offer", country="CA")
    assert (ref.group, ref.group_type) == ("Harbour Employers Council", "organisation")
    # a city council stays local government
    ref = actor_of(nlp, "GALWAY, Ireland — The Galway City Council said the budget was "
                        "balanced.", "the budget")
    assert ref.group == "Irish government"


def test_a_lead_that_names_the_operator_later_finds_it(nlp):
    text = ("CALAMA, Chile — Three miners were trapped after a tunnel collapsed at the Loma Roja "
            "copper mine, the mine's operator said.\n\nMinera Quebrada Alta said 41 other workers "
            "had been evacuated.")
    ref = actor_of(nlp, text, "Three miners")
    assert (ref.group, ref.group_type) == ("Minera Quebrada Alta", "organisation")


@pytest.mark.parametrize("text,needle", [
    ("SANTIAGO — Chile's national geology and mining service, Geomina, said it had suspended "
     "operations at the mine.", "suspended operations"),
    ("LIMA — The state water commission said the reservoir was full.", "the reservoir"),
])
def test_a_national_or_state_body_is_government_whatever_its_field(nlp, text, needle):
    ref = actor_of(nlp, text, needle)
    assert ref.group_type == "government"


def test_a_first_name_given_makes_the_speaker_partly_named_not_anonymous(nlp):
    ref = actor_of(nlp, "NAIROBI — A shopkeeper on River Road, who gave only his first name, "
                        "Kamau, said officers had chased protesters.", "officers had chased")
    assert ref.group_type == "public" and not ref.anonymous
    ref = actor_of(nlp, "NAIROBI — A shopkeeper on River Road said officers had chased "
                        "protesters.", "officers had chased")
    assert ref.anonymous


def test_unnamed_economists_are_anonymous_experts(nlp):
    ref = actor_of(nlp, "BERLIN — Some economists warned that the probe could backfire.",
                   "the probe")
    assert ref.group_type == "person" and ref.anonymous


@pytest.mark.parametrize("speaker,group", [
    ("A spokesperson for the Council of Europe", "Council of Europe"),
    ("The Development Bank of Latin America", "Development Bank of Latin America"),
])
def test_a_body_named_for_a_continent_is_an_organisation_not_the_host_state(nlp, speaker, group):
    text = f"ANKARA — Parliament passed the law on Monday. {speaker} said it was concerned."
    got = [s.speaker.actor for s in extract_statements(nlp(text)) if "concerned" in s.content_text]
    assert (got[0].group, got[0].group_type, got[0].group_country) == (group, "organisation", None)


@pytest.mark.parametrize("text, member, expected_group", [
    pytest.param("PARIS — The talks ended on Monday. The Ministry of Europe and Foreign Affairs said "
                 "France would not sign.", "not sign", "French government",
                 id="a_states_own_ministry_for_a_region_stays_its_government"),
    pytest.param("YANGON — Refugees fled on Monday. A spokesman for Myanmar's military government, "
                 "Maj. Gen. Aung Min Thu, said the border was secure.", "secure",
                 "Myanmar government",
                 id="a_military_government_speaks_as_a_government"),
])
def test_extract_statements_group(nlp, text, member, expected_group):
    got = [s.speaker.actor for s in extract_statements(nlp(text)) if member in s.content_text]
    assert got[0].group == expected_group


