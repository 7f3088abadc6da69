"""Context rules of accusation cues: an actor as agent, a wrong done, a rule broken."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...sentiment import vader_lexicon
from ..grammar import human_noun, is_negated, subject
from ..view import StatementView
from .common import not_negated

_FALSEHOODS = frozenset({"rumour", "rumor", "lie", "falsehood", "disinformation",
                         "misinformation", "propaganda", "fear", "panic", "hatred", "myth",
                         "story", "claim", "fake", "smear"})


def spreads_falsehood(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _FALSEHOODS for c in doc[i].children)


def verb_with_object(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    return doc[i].pos_ == "VERB" and any(c.dep_ == "dobj" for c in doc[i].children)


def ignored_warning(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in (
        "warning", "alert", "advice", "plea", "call", "request", "order", "ruling", "law", "concern")
        for c in doc[i].children)


_PROTECTED = frozenset({
    "civilian", "residential", "hospital", "school", "home", "house", "village", "neighbourhood",
    "neighborhood", "market", "mosque", "church", "convoy", "journalist", "child", "children",
    "women", "refugee", "protester", "worshipper", "aid", "shelter", "clinic", "camp", "our",
    "us", "my", "ambulance", "bakery", "wedding", "funeral",
})


_ACTOR_NOUNS = frozenset({
    "force", "troop", "army", "soldier", "militia", "rebel", "fighter", "jet", "warplane",
    "aircraft", "plane", "drone", "police", "regime", "government", "military", "navy", "unit",
    "gunman", "militant", "insurgent", "guard", "officer", "artillery", "side", "battalion",
    "brigade", "squad", "attacker", "they", "he", "she", "we", "authority", "official",
    "minister", "party", "company", "firm", "president", "leader", "opposition", "ministry",
    "administration", "council", "agency", "group", "network", "media", "state", "club",
    "owner", "executive", "chief", "team", "rival", "regulator", "board", "management",
})


def _is_actor(tok: Token) -> bool:
    """A subject that can be blamed: a named actor or an armed force, not a shell or a cut."""
    if tok.ent_type_ in ("ORG", "NORP", "GPE", "PERSON"):
        return True
    if tok.lemma_.lower() in _ACTOR_NOUNS or tok.lower_ in _ACTOR_NOUNS:
        return True
    return any(c.ent_type_ in ("ORG", "NORP", "GPE", "PERSON") for c in tok.children
               if c.dep_ in ("compound", "amod", "poss"))


def attack_on_protected(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    verb = doc[i]
    if verb.pos_ != "VERB":
        return False
    # An accusation names a perpetrator: an actor as active subject or passive 'by' agent.
    agents = [c for c in verb.children if c.dep_ == "nsubj"]
    agents += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not agents and verb.dep_ in ("conj", "xcomp"):
        agents = [s for s in [subject(verb.head)] if s is not None]
    if not any(_is_actor(a) for a in agents):
        return False
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("at", "on", "against", "into"):
            objs.extend(g for g in c.children if g.dep_ == "pobj")
    for o in objs:
        words = {o.lemma_.lower(), o.lower_} | {
            c.lemma_.lower() for c in o.children if c.dep_ in ("amod", "compound", "poss")}
        words |= {c.lower_ for c in o.children if c.dep_ == "poss"}
        if words & _PROTECTED:
            return True
    return False


def predicate_noun(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    tok = doc[i]
    return tok.pos_ == "NOUN" and tok.dep_ in ("attr", "oprd", "appos")


_PROCESS_NOUNS = frozenset({"investigation", "inquiry", "probe", "court", "case", "charge",
                            "code", "law", "justice", "record", "proceeding", "trial",
                            "complaint", "division", "police", "lawyer", "defence", "defense"})


def not_attributive_to_process(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    tok = doc[i]
    return not (tok.dep_ in ("amod", "compound") and tok.head.lemma_.lower() in _PROCESS_NOUNS)


_RULE_OBJECTS = frozenset({"law", "ceasefire", "truce", "promise", "rule", "agreement",
                           "sanction", "deal", "treaty", "pledge", "embargo", "oath", "word"})


def breaks_rule(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    tok = doc[i]
    return tok.pos_ == "VERB" and not is_negated(tok) and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _RULE_OBJECTS for c in tok.children)


def held_responsible(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    tok = doc[i]
    return tok.dep_ in ("oprd", "xcomp", "ccomp") and tok.head.lemma_.lower() in (
        "hold", "consider", "deem", "find") and not is_negated(tok.head)


def of_or_verb(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    tok = doc[i]
    if tok.pos_ == "VERB":
        return not is_negated(tok)
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def actor_verb(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A hostile-aim verb whose subject, when it has one, is an actor ('the plan could
    undermine confidence' blames no one)."""
    tok = doc[i]
    if tok.pos_ != "VERB" or is_negated(tok):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is None or _is_actor(subj)


_HARMS = frozenset({"attack", "strike", "bombing", "shelling", "explosion", "blast", "shooting",
                    "leak", "spill", "contamination", "outbreak", "death", "crash", "fire",
                    "collapse", "breach", "killing", "massacre", "violence", "damage", "loss",
                    "failure", "disaster", "crisis", "downing", "destruction", "poisoning"})


def responsible_for_harm(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    if not not_negated(doc, i, j, view):
        return False
    lexicon = vader_lexicon()
    for_tok = doc[j - 1]
    for g in for_tok.children:
        if g.dep_ in ("pobj", "pcomp"):
            for t in g.subtree:
                if t.lemma_.lower() in _HARMS or lexicon.get(t.lower_, 0.0) < 0:
                    return True
    return False


def on_people(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    for c in doc[i].children:
        if c.dep_ == "prep" and c.lower_ in ("on", "against"):
            for g in c.children:
                if g.dep_ == "pobj" and (human_noun(g) or _is_actor(g) or g.lemma_.lower() in (
                        "protest", "dissent", "opposition", "press", "media", "minority", "critic")):
                    return True
    return False


_CONDUCT = frozenset({"force", "attack", "crackdown", "repression", "killing", "murder",
                      "treatment", "regime", "dictator", "dictatorship", "war", "campaign",
                      "assault", "beating", "violence", "torture", "occupation", "invasion",
                      "suppression", "tactic", "raid", "bombing", "oppression"})


def about_conduct(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    tok = doc[i]
    noun = tok.head if tok.dep_ == "amod" else subject(tok.head) if tok.dep_ == "acomp" else None
    return noun is not None and (noun.lemma_.lower() in _CONDUCT or _is_actor(noun))
