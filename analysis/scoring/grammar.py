"""Grammar shared by the context rules and the scorers: subjects, negation, actors, claims.

Word classes here are grammar, not cue lists, so they live in code rather than in
``analysis/data``.
"""

from __future__ import annotations

from spacy.tokens import Token

# modal and future auxiliaries: a verb under one of them tells of what may or will be, no
# deed done ("will cut", "could block")
MODAL_AUX = frozenset({"will", "would", "shall", "should", "must", "may", "might", "'ll", "can",
                       "could"})
CLAIM_NOUNS = frozenset({
    "claim", "report", "allegation", "accusation", "rumour", "rumor", "story", "suggestion",
    "speculation", "notion", "idea", "charge", "statement", "assertion", "account", "video",
    "footage", "evidence", "photo", "image", "picture", "theory", "version", "figure",
    "finding", "conclusion", "criticism", "concern", "assessment", "information", "news",
})


def subject(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c
    # In a relative or participial clause the subject is the noun the clause hangs on.
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return verb.head
    if verb.dep_ == "conj":
        return subject(verb.head)
    return None


_HUMAN_SUFFIXES = ("ers", "ors", "ents", "ans", "ists", "ees", "ians", "holders", "people",
                   "men", "women", "children", "aries", "ants")


def human_noun(tok: Token) -> bool:
    low = tok.lower_
    return low in ("people", "users", "citizens", "patients", "voters", "shareholders",
                   "players", "visitors", "residents", "members", "staff", "students",
                   "journalists", "convoys", "defendants", "applicants", "fans", "aircraft",
                   "ships", "vehicles", "pilots", "troops", "forces") or low.endswith(_HUMAN_SUFFIXES)


def is_negated(tok: Token) -> bool:
    """The token's clause carries 'not', "n't", 'never' (on it, its auxiliaries or its head)."""
    heads = [tok]
    if tok.dep_ in ("acomp", "attr", "xcomp", "oprd", "auxpass", "aux"):
        heads.append(tok.head)
    return any(c.dep_ == "neg" or c.lower_ == "never" for h in heads for c in h.children)


def has_perfect_aux(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


ACTOR_NOUNS = frozenset({
    "force", "troop", "army", "soldier", "militia", "rebel", "fighter", "jet", "warplane",
    "aircraft", "plane", "drone", "police", "regime", "government", "military", "navy", "unit",
    "gunman", "militant", "insurgent", "guard", "officer", "artillery", "side", "battalion",
    "brigade", "squad", "attacker", "they", "he", "she", "we", "authority", "official",
    "minister", "party", "company", "firm", "president", "leader", "opposition", "ministry",
    "administration", "council", "agency", "group", "network", "media", "state", "club",
    "owner", "executive", "chief", "team", "rival", "regulator", "board", "management",
    # 1.3.0: institutions, businesses and office-holders that news holds to account
    "landlord", "employer", "manager", "director", "boss", "operator", "contractor",
    "politician", "lawmaker", "senator", "mayor", "governor", "prosecutor", "commander",
    "general", "junta", "cartel", "gang", "bank", "insurer", "airline", "lab", "laboratory",
    "hospital", "factory", "refinery", "mine", "broadcaster", "channel", "newspaper",
    "television", "department", "commission", "federation", "union", "corporation",
    "manufacturer", "maker", "developer", "producer", "supplier", "landowner", "inspector",
    "administrator", "organizer", "campaign", "spokesman",
    "spokeswoman", "spokesperson", "staff", "pharmacist", "doctor", "coach", "referee",
    "ally", "enemy", "partner", "elite", "leadership", "member", "giant",
    # 1.4.0: more institutions and industries held to account
    "industry", "embassy", "platform", "utility", "lobby", "conglomerate", "multinational",
    "consortium", "monopoly", "drugmaker", "automaker", "carmaker", "retailer", "occupier",
    "invader", "militiaman", "jailer", "warden", "prosecution", "judge", "court", "tribunal",
    "jury", "investigator", "incumbent", "organiser", "hacker", "app",
    # 1.7.0: governing bodies of sport and trade
    "league", "association", "body", "chamber",
})


def is_actor(tok: Token) -> bool:
    """A noun that can be blamed: a named actor, an institution, an armed force or an
    office-holder, not a shell, a storm or a cut."""
    if tok.ent_type_ in ("ORG", "NORP", "GPE", "PERSON"):
        return True
    if tok.lemma_.lower() in ACTOR_NOUNS or tok.lower_ in ACTOR_NOUNS:
        return True
    return any(c.ent_type_ in ("ORG", "NORP", "GPE", "PERSON") for c in tok.children
               if c.dep_ in ("compound", "amod", "poss"))


def deed_objects(verb: Token) -> list[Token]:
    """What ``verb`` is done to: its direct objects and, in the passive, its subject ('stole
    the ballots', 'the ballots were stolen'), in parse order."""
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]


def clause_subject(verb: Token) -> Token | None:
    """The subject of ``verb``'s clause, also through a controlling verb ('X tried to hide',
    'X used the crisis to silence') or a coordinated one."""
    cur = verb
    for _ in range(4):
        subj = subject(cur)
        if subj is not None:
            return subj
        if cur.dep_ in ("xcomp", "advcl", "conj", "pcomp") and cur.head is not cur:
            cur = cur.head
            if cur.dep_ == "prep":  # 'by delaying', 'without warning'
                cur = cur.head
            if cur.tag_ == "VBN" and (cur.dep_ == "acl" or any(
                    c.dep_ == "auxpass" for c in cur.children)):
                return None  # 'was used to stifle', 'designed to derail': the agent is unnamed
            continue
        return None
    return None


def first_person_subject(tok: Token | None) -> bool:
    return tok is not None and tok.lower_ in ("i", "we")


def in_condition(tok: Token) -> bool:
    """``tok`` lies in a clause introduced by 'if' or 'unless' ('If the debris is indeed
    Russian, ...'): what it asserts is supposed, not asserted."""
    cur = tok
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in cur.children):
            return True
        if cur.head is cur:
            return False
        cur = cur.head
    return False
