"""The article's home country: dateline, bureau, the state a story is about.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from analysis.attribution.words import (
    _AGENCY_DATELINE_RE,
    _BYLINE_RE,
    _COLON_DATELINE_RE,
    _LEAD_SOURCE,
    _LEAD_SUBJECT,
    _REGION_NAME_WORDS,
    _STATE_SOURCE,
    _TITLE_DATELINE_RE,
    _VENUE_LEAD_RE,
    VENUE,
)
from analysis.registry import ActorRegistry, Tok, tokenize
from analysis.types import Span


def default_country(registry: ActorRegistry, text: str, paragraphs: list[Span]) -> str | None:
    """The country of the article's dateline ("NAIROBI —", "TEHRAN (Fars) -"), if any;
    ``VENUE`` when the dateline is where an international gathering meets (no home at all)."""
    from analysis.nlp import DATELINE_RE

    for n, (s, e) in enumerate(paragraphs[:4]):
        m = DATELINE_RE.match(text, s)
        if m:
            # "LONDON (Agence France-Presse) -": the bracket names the outlet, not a place
            toks = tokenize(re.sub(r"\([^()]*\)", " ", text[s:m.end()]))
            codes = {code for _, _, code, _ in registry.countries.scan(toks)}
            if any(t.norm in registry.countries.hubs for t in toks):
                return None  # GENEVA, BRUSSELS: international stories, not Swiss or Belgian
            if _VENUE_LEAD_RE.search(text, m.end(), min(e, m.end() + 400)):
                return VENUE  # "BAKU — Talks at the U.N. climate summit stalled": a venue,
                # whose delegates, analysts and campaigners are of everywhere, not the host's
            if not codes and "," in text[s:m.end()]:
                # "CAPE CANAVERAL, Fla. (AP) —": a state's abbreviation after the city
                region = re.split(r"[,(]", text[s:m.end()].split(",", 1)[1])[0].strip(" —–-/")
                code = registry.countries.dateline_regions.get(region)
                if code:
                    return code
            # "SRINAGAR/ISLAMABAD —" names two countries: no default
            code = codes.pop() if len(codes) == 1 else None
            return _bureau_story(registry, text, paragraphs[:n], (m.end(), e), code) or code
        m = _AGENCY_DATELINE_RE.match(text, s) or _TITLE_DATELINE_RE.match(text, s)
        code = _whole_place(registry, tokenize(m.group(1)), m.re is _TITLE_DATELINE_RE) \
            if m else None
        if code is not None:
            return _bureau_story(registry, text, paragraphs[:n], (m.end(), e), code) or code
        m = _BYLINE_RE.match(text, s)
        if m:
            place = m.group("city") or m.group("desc") or ""
            found = registry.countries.scan(tokenize(place))
            if found and found[0][0] == 0 and found[0][3] == "city" \
                    and not any(t.norm in registry.countries.hubs for t in tokenize(place)):
                # (the place opens the words: "Warsaw Courier", not "Courier of the Andes")
                return found[0][2]
            continue
        m = _COLON_DATELINE_RE.match(text, s)
        if m:
            # "RAIPUR:" (Indian and Pakistani dailies): a dateline only when the capitals are
            # a place the tables know ("ZZZS: ..." is a headline's speaker)
            code = _whole_place(registry, tokenize(m.group(1).title()))
            if code is not None:  # (the city table is matched in its case)
                return code
    return None


def _whole_place(registry: ActorRegistry, toks: list[Tok], city: bool = False) -> str | None:
    """The country of ``toks`` when they are a place of one country the tables know and
    nothing else (no hub city: GENEVA is an international story); with ``city``, not the
    country's own name ("Brazil - ..." opens a headline, "Brasília - ..." a story)."""
    found = list(registry.countries.scan(toks))
    codes = {code for _, _, code, _ in found}
    if len(codes) == 1 and sum(n for _, n, _, _ in found) == len(toks) \
            and not any(t.norm in registry.countries.hubs for t in toks):
        code = codes.pop()
        if city and (found[0][3] == "demonym" or " ".join(t.norm for t in toks) == " ".join(
                t.norm for t in tokenize(registry.countries.countries[code].names[0]))):
            return None
        return code
    return None


def _bureau_story(registry: ActorRegistry, text: str, headline: list[Span],
                  lead: Span, home: str | None = None) -> str | None:
    """The one country a story's headline and lead name when it is not the dateline's:
    "BANGKOK (Reuters) - An airstrike by Myanmar's military ..." is filed from a regional
    bureau about Myanmar, whose people and unnamed officials it quotes. None when the lead
    names no country, or two, or the dateline's own (the caller keeps the dateline)."""
    def codes(a: int, b: int) -> set[str]:
        # words in quote marks are someone's, not the reporter's framing of the story
        plain = re.sub(r"[\"“][^\"“”\n]*[\"”]", " ", text[a:b])
        # (country names and demonyms only: a city may be a person's name, "Gustavo Lagos")
        return {code for _, _, code, kind in registry.countries.scan(tokenize(plain))
                if kind != "city"}

    named = codes(*lead)
    if len(named) != 1:
        return None
    titled = set()
    for a, b in headline:
        titled |= codes(a, b)
    if titled != named:
        # the headline must name that country too, and only it: "BISHKEK — A guard was killed,
        # ... Tajik servicemen opened fire" with no headline is the dateline's story
        return None
    if home is not None and any(
            code == home and kind == "city"
            for a, b in [*headline, lead]
            for _, _, code, kind in registry.countries.scan(tokenize(text[a:b]))):
        # "Cúcuta hospital turns away patients as Venezuelans cross for care / CÚCUTA,
        # Colombia — The main public hospital in this border city ...": a town of the
        # dateline's own country in the headline or lead sets the story there, whoever comes
        return None
    source = _LEAD_SOURCE.search(text, lead[0], lead[1])
    if source is not None and _STATE_SOURCE.search(source.group(1)) \
            and "country's" not in source.group(1).replace("’", "'") \
            and not codes(source.start(1), source.end(1)):
        # "SEOUL (Yonhap) -- North Korea fired a missile ..., the Joint Chiefs of Staff
        # (JCS) said": a state body of no named country reports from home; the dateline stays
        return None
    if _home_state_subject(text, lead, codes):
        return None
    return named.pop()


def _side_of_state(head: Token) -> bool:
    """"The Djiboutian side defended the charges", "On the Tajik side": a state's side in a
    two-state dispute as the subject that acts or the scene, a government's voice like
    "Djibouti's government"; not a thing of that side ("the Iranian side's debt")."""
    return head.lemma_.lower() == "side" and head.pos_ == "NOUN" and (
        head.dep_ in ("nsubj", "nsubjpass") or head.dep_ == "pobj" and head.head.lower_ == "on")


def _home_state_subject(text: str, lead: Span, codes: Callable[[int, int], set[str]]) -> bool:
    """The lead opens with a state body of no named country as its reporting subject: "ADDIS
    ABABA - The Ministry of Transport and Logistics has warned that a rise in charges at the
    Port of Djibouti ...". The paper's own ministry speaks from home about the neighbour, so
    the story stays the dateline's (as a closing ", the Joint Chiefs of Staff said" does)."""
    m = _LEAD_SUBJECT.match(text, lead[0], lead[1])
    return m is not None and _STATE_SOURCE.search(m.group(1)) is not None \
        and not codes(m.start(1), m.end(1))


def _region_name(ent: TokenSpan) -> bool:
    """'Ogun State', 'Kendrapara District' tagged ORG: a region's name (the country table then
    says whose), not a body's ('Ogun State Government' ends in its body word)."""
    return ent.label_ == "ORG" and len(ent) > 1 and ent[-1].text.istitle() \
        and ent[-1].lower_ in _REGION_NAME_WORDS

