"""Helpers on names as strings: acronyms, foreign names, proper names, head words.
"""

from __future__ import annotations

import re

from analysis.attribution.words import (
    _ACRONYM_RE,
    _AND_FORMER,
    _BODY_NOUNS,
    _CIVIC_NAME_WORDS,
    _COUNTRY_NAME_BODIES,
    _ENGLISH_STATE_WORD,
    _FOREIGN_LINKS,
    _FOREIGN_NAME_ARTICLES,
    _FOREIGN_NAME_LINKS,
    _FORMER_PART,
    _INTERNATIONAL_NAME_WORDS,
    _KEEP_PREPS,
    _LOCAL_BODY_HEADS,
    _LOCAL_QUALIFIERS,
    _MARINE_CIVIL,
    _NAME_LINKS,
    _NAMED_STATE_HEADS,
    _OPPOSITION_OFFICE,
    _OPPOSITION_ROLES,
    _STATE_BODY_HEADS,
    _STUDENT_BODY_HEADS,
)
from analysis.registry import ActorRegistry, Tok, tokenize


def _initials_spell(short: str, words: list[str]) -> bool:
    """``short`` ("Numsa", "Cosatu") is a name's initials read as a word: its letters are, in
    order, the first letters of the words ("National Union of Metalworkers of South Africa"),
    the first one the first word's."""
    initials = [w[0].lower() for w in words if w[:1].isalpha()]
    letters = short.lower()
    if len(letters) < 3 or not initials or letters[0] != initials[0]:
        return False
    k = 1
    for ch in letters[1:]:
        while k < len(initials) and initials[k] != ch:
            k += 1
        if k == len(initials):
            return False
        k += 1
    return True


def _opposition_office(text: str) -> int:
    """End of a Westminster opposition title ("Leader of the Opposition ") in ``text``, or 0."""
    m = _OPPOSITION_OFFICE.search(text)
    return m.end() if m and m.group(1).lower() in _OPPOSITION_ROLES else 0


def _drop_former_office(text: str, registry: ActorRegistry) -> str:
    """A speaker's context without the parts that give only a past office, when another part
    gives a present role that names no country: "The head of the OAS mission ; former
    Uruguayan foreign minister X" speaks for the mission, not for Uruguay. A past office that
    is all the text says of someone ("X ; a former minister who now runs a consultancy")
    stays, and so does one beside a present role of a named country ("Guatemala's agent ;
    former Foreign Minister X": the past office says what kind of agent)."""
    # ("an economist and former deputy foreign minister": a present role and a past office
    # in one appositive)
    pieces = _AND_FORMER.sub(" ; ", text).split(" ; ")
    if len(pieces) < 2:
        return text
    kept = [p for p in pieces if not _FORMER_PART.match(p.strip())]
    if len(kept) == len(pieces) or not any(
            any(t.shape.islower() and t.norm not in ("of", "the", "and") for t in tokenize(p))
            for p in kept) or any(registry.countries.scan(tokenize(p)) for p in kept):
        return text
    return " ; ".join(kept)


def _proper_name(text: str) -> bool:
    """Every word capitalised, bar linking words: "Aviation Workers' Union", "Office of the
    Data Protection Commissioner"; not "state news agency" or "food safety authority"."""
    words = text.split()
    return bool(words) and all(w[:1].isupper() or w.lower() in _NAME_LINKS for w in words) \
        and words[0][:1].isupper()


def _foreign_name(long: str) -> bool:
    """A name in another language than English, by its linking words ("Asociación Paraguaya
    de Fútbol", "Yacimientos de Litio Bolivianos"): English copy calls such a body by its
    initials, and so did the gold annotators (YLB, MÁV, SNJT)."""
    return any(w.lower() in _FOREIGN_LINKS for w in long.split())


def _spells(acr: str, long: str) -> bool:
    """The acronym is the initials of the long name's words, linking words optional."""
    words = [w for w in re.split(r"[\s-]+", long) if w]
    def fit(i: int, k: int) -> bool:
        if k == len(acr):
            return all(w.lower() in _NAME_LINKS for w in words[i:])
        if i == len(words):
            return False
        w = words[i]
        if w[:1].upper() == acr[k] and fit(i + 1, k + 1):
            return True
        return w.lower() in _NAME_LINKS and fit(i + 1, k)
    return fit(0, 0)


def _acronym(text: str) -> str | None:
    """The acronym a name spells out: "... Agency (NEMA)" or "the food safety authority NVWA"."""
    m = _ACRONYM_RE.search(text)
    if not m:
        return None
    return m.group(1) or m.group(2)


def _strip_det(text: str) -> str:
    low = text.lower()
    for det in ("the ", "a ", "an "):
        if low.startswith(det):
            return text[len(det):]
    return text


def _members_named_for_service(parts: list[list[Tok]], phrases: frozenset[str],
                               service: frozenset[str]) -> bool:
    """The first part of the context names a members' body ("Association", "Federation",
    "Union") whose own capitalised name holds an armed or civil service: the whole mention
    ("the German Armed Forces Association"), its possessor ("The Police Federation's regional
    chair") or its "of" complement ("the chair of the Prison Officers' Union")."""
    first = parts[0] if parts else []
    pre: list[Tok] = []
    for t in first:
        if t.norm in ("by", "who", "which", "that"):
            break
        pre.append(t)
    for k, t in enumerate(pre):
        if t.norm not in _BODY_NOUNS or not t.shape[:1].isupper():
            continue
        j = k
        while j > 0 and pre[j - 1].shape[:1].isupper() and pre[j - 1].norm not in _KEEP_PREPS:
            j -= 1
        # (the name's own words: "Police" of "the Police Federation", not a service
        # named elsewhere in the mention)
        if _phrases([x.norm for x in pre[j:k]]) & service and phrases & service:
            return True
    return False


def _country_named_body(folded: list[Tok]) -> str | None:
    """The country of a body named by a capitalised word of ``country_name_bodies`` and the
    country's name, and nothing else ("Statistics Lithuania", "the Statistics Canada
    figures"); None otherwise."""
    for k, t in enumerate(folded):
        if t.norm in _COUNTRY_NAME_BODIES and t.shape[:1].isupper():
            for x in (k + 1, k - 1):
                if 0 <= x < len(folded) and folded[x].norm.startswith("#") \
                        and (x > k or k == 1 or folded[0].norm == "the" and k == 2):
                    return folded[x].norm[1:].upper()
    return None


def _english_state_name(text: str) -> str:
    """``text`` with each state body's name in another language read in English word by word
    ("the Instituto Nacional de Defensa Civil" -> "the Institute National of Defensa Civil",
    "Ministerio de Salud" -> "Ministry of Salud"), so that the English state-body rules read it.
    A run starts at a capitalised head word of the list and goes on over such words and the
    linkers between name words; other text (a person's "de" or "da") is left as it is."""
    words = text.split(" ")
    out: list[str] = []
    k = 0
    while k < len(words):
        w = words[k]
        if w[:1].isupper() and w.lower() in _ENGLISH_STATE_WORD \
                and w.lower() not in ("national", "federal", "tribunal"):
            while k < len(words):
                w = words[k]
                low = w.lower()
                if low in _ENGLISH_STATE_WORD:
                    eng = _ENGLISH_STATE_WORD[low]
                    eng = eng.capitalize() if w[:1].isupper() else eng
                    nxt = _ENGLISH_STATE_WORD.get(words[k + 1].lower()) if k + 1 < len(words) else None
                    if nxt in ("national", "federal") and eng.lower() not in ("national", "federal"):
                        # "Instituto Nacional": the adjective goes first, as in "National
                        # Institute", so the head noun is last
                        out.extend([nxt.capitalize(), eng])
                        k += 2
                        continue
                    out.append(eng)
                elif low in _FOREIGN_NAME_LINKS and k + 1 < len(words):
                    out.append("of")
                    if words[k + 1].lower() in _FOREIGN_NAME_ARTICLES:
                        k += 1  # "de la Inversión": the article is no word of the name
                elif w[:1].isupper():
                    out.append(w)  # a name word ("Salud", "Defensa Civil"), kept as written
                else:
                    break
                k += 1
            continue
        out.append(w)
        k += 1
    return " ".join(out)


def _sourcing_verb(norms: list[str], k: int) -> bool:
    """``norms[k]`` is "source(s)" used as a verb: "an importer that sources its cells from
    Shenzhen", "which sources cocoa from Ghana" buys its goods; it is no anonymous source."""
    if norms[k] not in ("source", "sources", "sourced"):
        return False
    after = norms[k + 1] if k + 1 < len(norms) else ""
    return k > 0 and norms[k - 1] in ("that", "which", "who", "and") \
        and after in ("its", "their", "his", "her", "the", "a", "an", "most", "all", "much")


def _national_body(norms: list[str], heads: set[str]) -> bool:
    """'national ... service', 'state ... commission', 'federal ... agency': a public body;
    also a local government's organ ('County Executive Committee', 'provincial assembly')."""
    return bool({"national", "state", "federal", "state-owned", "state-run"} & set(norms)
                and heads & _STATE_BODY_HEADS
                or any(n in _LOCAL_QUALIFIERS and _LOCAL_BODY_HEADS & set(norms[k + 1:k + 3])
                       for k, n in enumerate(norms)))


def _named_state_body(folded: list[Tok], heads: set[str], sport_words: frozenset[str]) -> bool:
    """A capitalised name ending in a state body's head noun that needs no "national" before
    it ("The Revenue Directorate", "the Fisheries and Aquaculture Service", "the Cocoa
    Marketing Board"): a state agency, unless a word of the name makes it a charity's, a
    church's, a trade's, a sport's or a body of many countries ("the Jesuit Refugee Service",
    "the Better Business Bureau", "the Pakistan Cricket Board", "the World Service")."""
    if not heads & _NAMED_STATE_HEADS:
        return False
    norms = {t.norm for t in folded}
    if norms & (_CIVIC_NAME_WORDS | _INTERNATIONAL_NAME_WORDS | sport_words):
        return False
    return any(t.norm in _NAMED_STATE_HEADS and t.shape[:1].isupper() and k > 0
               and folded[k - 1].shape[:1].isupper() and folded[k - 1].norm != "the"
               and not (folded[k - 1].shape.isupper() and len(folded[k - 1].shape) > 1)
               for k, t in enumerate(folded))


def _at_a_firm(norms: list[str]) -> bool:
    """'... at a Stellenbosch firm', '... at law firm X', '... at a Lagos chambers': the
    speaker works at a firm and no "for"/"representing" names a client."""
    if "for" in norms or "representing" in norms or "at" not in norms:
        return False
    after = norms[norms.index("at") + 1:]
    return bool({"firm", "chambers", "practice"} & set(after[:5]))


def _us_party_congress(folded: list[Tok], j: int, k: int) -> bool:
    """"A Democratic Congress member", "the Republican Congress": the U.S. Congress under a
    party's control, not a party named as a congress (the creed alone opens the name)."""
    return j == k - 1 and folded[j].norm in ("democratic", "republican") and (
        j == 0 or not folded[j - 1].shape[:1].isupper() or folded[j - 1].norm in ("a", "the"))


def _of_body(norms: list[str], named: frozenset[str] = frozenset()) -> bool:
    """'president of the Association of ...', 'secretary of the union': an office "of" a
    body whose head noun says it is one (body_nouns)."""
    return any(n == "of" and (any(x in _BODY_NOUNS for x in norms[k + 1:k + 3])
                              or _named_object_head(norms, k + 1, named) in _BODY_NOUNS)
               for k, n in enumerate(norms))


def _named_object_head(norms: list[str], start: int, named: frozenset[str]) -> str | None:
    """The last word of the noun phrase that starts at ``start`` (it ends before the next
    preposition, relative word or part break) when a word of it is in ``named`` (written
    capitalised): "union" in "the Sanitas health workers' union", where the body's own name
    and its members' trade stand between "of" and it (an unnamed "residents' association"
    is left as it was: its officer speaks as the public)."""
    head, has_name = None, False
    for n in norms[start:start + 8]:
        if n in _KEEP_PREPS or n in ("who", "which", "that", ";", ",", "and"):
            break
        head, has_name = n, has_name or n in named
    return head if has_name else None


def _marine_field(norms: list[str]) -> bool:
    """Whether every "marine" in ``norms`` names a field ("marine biologist", "marine park"),
    not the corps: the next word is one of placement_words' marine_civil."""
    at = [k for k, n in enumerate(norms) if n == "marine"]
    return bool(at) and all(k + 1 < len(norms) and norms[k + 1] in _MARINE_CIVIL for k in at)


def _members_body(heads: set[str], norms: list[str]) -> bool:
    """'the union of train drivers', 'the drivers' union', 'an association of victims'
    families': a body named for its members is that body, not its members (the public)."""
    return bool(heads & _BODY_NOUNS) and _head_word(norms) in _BODY_NOUNS


def _student_body(norms: list[str]) -> bool:
    """A students' own council or parliament is named in ``norms`` ("the student
    representative council", "the students' senate")."""
    return any(n in ("student", "students") and set(norms[k + 1:k + 4]) & _STUDENT_BODY_HEADS
               for k, n in enumerate(norms))


def _party_name_run(toks: list, i: int) -> int:
    """The length of a capitalised party name ending in "Party" that starts at ``toks[i]``
    ("Candlelight Party", "Jubilee Party", "National Resistance Party"), else 0: a party the
    word lists do not know, named in full before its member's role."""
    for n in range(2, 6):
        if i + n > len(toks) or not toks[i + n - 1].text[:1].isupper():
            return 0
        if toks[i + n - 1].lower_ == "party":
            return n if toks[i].lower_ != "the" else 0
    return 0


def _phrases(norms: list[str]) -> frozenset[str]:
    """Unigrams, bigrams and trigrams of the normalised words."""
    out = set(norms)
    for k in range(len(norms) - 1):
        out.add(norms[k] + " " + norms[k + 1])
        if k + 2 < len(norms):
            out.add(norms[k] + " " + norms[k + 1] + " " + norms[k + 2])
    return frozenset(out)


def _head_word(norms: list[str]) -> str | None:
    """The head noun of a phrase: the last word before a preposition."""
    head = None
    for n in norms:
        if n in _KEEP_PREPS or n in ("by", "who", "which"):
            break
        head = n
    return head



def _inside_words(part: list[str], whole: list[str]) -> bool:
    """``part`` is a shorter run of words inside ``whole`` ("sans frontieres" in "medecins sans
    frontieres")."""
    n = len(part)
    return 0 < n < len(whole) and any(whole[i:i + n] == part for i in range(len(whole) - n + 1))
