"""What the article says about itself, read once per document: acronyms it defines, the bodies and
places it registers, its dateline's country, its home.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Token

from analysis.attribution.home import _region_name
from analysis.attribution.names import _initials_spell, _strip_det
from analysis.attribution.words import (
    _ACRONYM_LINKS,
    _COMPANY_NOUNS,
    _FIRM_HEADS,
    _LOCAL_BODY_WORDS,
    _NAME_PARTICLES_INNER,
    _REGULATOR_HEADS,
    _STATE_BODY_HEADS,
)
from analysis.registry import ActorEntry, tokenize


class ArticleFacts:
    """What the article says about itself, read once per document: acronyms it defines, the bodies
    and places it registers, its dateline's country, its home. Mixed into
    :class:`analysis.attribution.attributor.Attributor`.
    """

    def _scan_acronyms(self) -> dict[str, str]:
        """Acronyms spelled out anywhere in the text: "the Office of the Australian Information
        Commissioner (OAIC)", "the food safety authority NVWA". One pass over the tokens."""
        doc = self.doc
        out: dict[str, str] = {}
        n = len(doc)
        for t in doc:
            txt = t.text
            if not (2 <= len(txt) <= 9 and txt.isalpha()):
                continue  # (tested first: most tokens end here, before the brackets are read)
            bracketed = t.i >= 2 and doc[t.i - 1].text == "(" and t.i + 1 < n \
                and doc[t.i + 1].text == ")"
            # (a bracketed short name may be cased as a word: "the National Civil Defence
            # Institute (Indeci)", "the National Search and Rescue Agency (Basarnas)")
            cased_word = bracketed and txt.istitle() and len(txt) >= 3
            # (or in mixed case, capitals with small letters between: "the Department of
            # Disaster Management Affairs (DoDMA)", "the Ministry of Health (MoH)")
            cased_word = cased_word or bracketed and txt[:1].isupper() and not txt.isupper() \
                and sum(c.isupper() for c in txt) >= 2
            if not (txt.isupper() or cased_word or self._regulator_short_name(t)):
                continue
            if bracketed:
                k = t.i - 2
                while k > 0 and doc[k - 1].text not in (",", ";", "(", ")", ".", "\n") \
                        and (doc[k - 1].is_title or doc[k - 1].lower_ in _ACRONYM_LINKS
                             or doc[k - 1].text == "&"  # "Korea Internet & Security Agency"
                             or doc[k - 1].is_upper or doc[k - 1].text in ("'", "’")
                             and k >= 2 and doc[k - 2].is_title
                             # "Energía Nacional del Paraguay (ENAPA)": a linking word inside
                             or doc[k - 1].lower_ in _NAME_PARTICLES_INNER and k >= 2
                             and doc[k - 2].is_title) and t.i - k < 12:
                    k -= 1
                while k < t.i - 1 and doc[k].lower_ in ("of", "for", "and", "the"):
                    k += 1
                for j in range(t.i - 3, k, -1):
                    if doc[j].lower_ == "and" and doc[j + 1].lower_ == "the" \
                            and doc[j - 1].is_title and j + 2 < t.i - 1:
                        # "San Diego State University and the Autonomous University of Baja
                        # California (UABC)": the bracket names the nearer of two names
                        k = j + 2
                        break
                if cased_word and not txt.isupper() and not self._body_head(doc[t.i - 2]) \
                        and not _initials_spell(txt, [w.text for w in doc[k:t.i - 1]]):
                    continue  # "(Numsa)" spells its name's initials; "(Reuters)" does not
                if k < t.i - 1:
                    out.setdefault(txt, doc[k:t.i - 1].text)
            elif t.i >= 1 and doc[t.i - 1].pos_ == "NOUN" and doc[t.i - 1].text.islower():
                k = t.i - 1
                while k > 0 and doc[k - 1].pos_ in ("NOUN", "ADJ", "PROPN") and t.i - k < 5:
                    k -= 1
                out.setdefault(txt, doc[k:t.i].text)
            elif t.dep_ == "appos" and t.i >= 2 and doc[t.i - 1].text == "," \
                    and t.i + 1 < n and doc[t.i + 1].text in (",", ".", ";") \
                    and t.head.i == t.i - 2 and t.head.pos_ == "NOUN":
                # "Poland's data protection authority, UODO, fined ...": an acronym set off
                # by commas after the description it stands for
                out.setdefault(txt, doc[t.head.left_edge.i:t.head.i + 1].text)
        self._initials_named_before(out)
        return out

    def _initials_named_before(self, out: dict[str, str]) -> None:
        """"South Korea's Joint Chiefs of Staff said X. The JCS said Y", "the Rapid Support
        Forces ... The RSF denied it": an acronym never put in brackets that is exactly the
        initials of the capitalised words of a name the text gave before it (with the
        country that owns the name, "South Korea's"). Added to ``out`` unless spelled out
        otherwise, when the registry knows the letters as another body (which then gives
        way) or the name as a state's body."""
        doc = self.doc
        runs: list[tuple[int, int, str]] = []  # (first token, end, initials)
        k = 0
        n = len(doc)
        while k < n:
            if not (doc[k].is_title and doc[k].is_alpha) or self.in_quote[k]:
                k += 1
                continue
            j = k
            while j < n and (doc[j].is_title and doc[j].is_alpha or doc[j].lower_ in ("of", "for", "and")
                             and j + 1 < n and doc[j + 1].is_title):
                j += 1
            words = [doc[x].text for x in range(k, j) if doc[x].is_title]
            if len(words) >= 2:
                runs.append((k, j, "".join(w[0] for w in words).upper()))
            k = j + 1
        for t in doc:
            txt = t.text
            if txt in out or not (3 <= len(txt) <= 6 and txt.isalpha() and txt.isupper()) \
                    or self.in_quote[t.i]:
                continue
            for first, end, initials in reversed(runs):
                if end > t.i:
                    continue
                if initials == txt:
                    start = first
                    if first >= 2 and doc[first - 1].text in ("'s", "’s"):
                        start = next((b for b in range(max(0, first - 4), first - 1)
                                      if not any(doc[x].is_space or doc[x].is_punct
                                                 for x in range(b, first - 1))
                                      and self._is_country_word(doc[b:first - 1].text)), first)
                    long = doc[start:end].text
                    state = self.registry.match(long)
                    if self.registry.match(txt) is not None or state is not None \
                            and state[0].group_type in ("government", "military"):
                        # (only where it decides whose body speaks: a name of the text's
                        # own, "MUZ" for the union, stays its group's name)
                        out[txt] = long
                    break

    def _local_namesake(self, e: ActorEntry, text: str, span: tuple[int, int]) -> str | None:
        """The story's country when the registered state body ``e`` is named in ``text`` by a
        descriptive name many states give their own body ("Environmental Protection Agency",
        "Securities and Exchange Commission": three words or more, ending in a state body's
        head noun, no country word) and the text is set in another country and never names
        the body's own; else None. Proper names ("White House", "State Department", "FBI")
        keep their state."""
        if e.kind != "institution" or e.group_type not in ("government", "military") \
                or not e.group_country:
            return None
        here = self.home_country
        if here is None or here == e.group_country or self._country_counts.get(e.group_country):
            return None
        toks = self.registry.countries.fold_text(text)[0][span[0]:span[1]]
        if len(toks) < 3 or toks[-1].norm not in _STATE_BODY_HEADS \
                or any(t.norm.startswith("#") for t in toks):
            return None
        return here

    def _called_a_firm(self, short: str) -> bool:
        """The text spells ``short`` out in brackets after a name that stands in apposition to
        a company noun ("Mexico's state electricity company, the Federal Electricity
        Commission (CFE)", "the utility, Kenya Power and Lighting Company (KPLC)"), or writes
        it right after one ("the state rail operator NS")."""
        doc = self.doc
        for t in doc.with_text(short):
            if t.i >= 1 and doc[t.i - 1].pos_ == "NOUN" and doc[t.i - 1].text.islower() \
                    and doc[t.i - 1].lemma_.lower() in _FIRM_HEADS | _COMPANY_NOUNS:
                return True  # "the state rail operator NS": the company noun right before it
            if t.i < 2 or doc[t.i - 1].text != "(":
                continue
            r = doc[t.i - 2]
            while r.dep_ == "compound" and r.head.i > r.i:
                r = r.head
            near = ([r.head] if r.dep_ == "appos" else []) + [
                c for c in doc.kids(r) if c.dep_ == "appos" and c.i < t.i - 1]
            return any(c.pos_ == "NOUN" and c.lemma_.lower() in _FIRM_HEADS | _COMPANY_NOUNS
                       for c in near)
        return False

    def _regulator_short_name(self, t: Token) -> bool:
        """``t`` is a one-word name cased as a word right after a regulator's description
        ("the media regulator Ofcom", "the telecoms authority Anacom"): the text says what the
        body is, as it does for an acronym ("the food safety authority NVWA"). Not after
        "agency", which may be a news agency."""
        doc = self.doc
        return t.i >= 1 and t.text.istitle() and t.pos_ == "PROPN" and len(t.text) >= 4 \
            and doc[t.i - 1].pos_ == "NOUN" and doc[t.i - 1].text.islower() \
            and doc[t.i - 1].lemma_.lower() in _REGULATOR_HEADS \
            and not (t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper()) \
            and self.registry.match(t.text) is None  # ("the EU border agency Frontex": known)

    def _story_abroad(self) -> bool:
        """No dateline; the text names one country at least three times (and leads clearly)
        and never names the outlet's: a story about that country."""
        home = self.home_country
        return self.dateline is None and self.outlet_country is not None \
            and home is not None and home != self.outlet_country \
            and self._country_counts.get(home, 0) >= 3 \
            and self._country_counts.get(self.outlet_country, 0) == 0

    def _dateline_leader(self) -> str | None:
        """With no country-making dateline (a hub such as "THE HAGUE —", or two cities as in
        "NEW DELHI/BEIJING —"), the country the text names most, if the dateline names it
        and no other country is named as often: the reporter is there, and so is the story."""
        if self.dateline is not None or not self._country_counts:
            return None
        codes = self._dateline_codes()
        (top, n), *rest = self._country_counts.most_common(2) + [(None, 0)]
        # with two cities ("NEW DELHI/BEIJING"), only the first (the filing bureau) counts, and
        # it must lead clearly (a quarter more mentions): the story is about both
        lead = n >= 1.25 * rest[0][1] if len(codes) > 1 else n > rest[0][1]
        return top if codes and top == codes[0] and lead else None

    def _dateline_codes(self) -> list[str]:
        """Countries of the cities in the article's first dateline, hubs included, in order."""
        self._build_datelines()
        for p in sorted(self._datelines or ()):
            if p > 3:
                break  # datelines open a story (default_country reads the same four)
            start, end = self._dateline_spans[p]
            toks = tokenize(re.sub(r"\([^()]*\)", " ", self.text[start:end]))
            return list(dict.fromkeys(code for _, _, code, _ in self.registry.countries.scan(toks)))
        return []

    def _dominant_country(self) -> str | None:
        """The country the text names most, if it clearly leads (>= 2 and 1.5x the next)."""
        counts: Counter = self._country_counts
        as_actor: set[str] = set()
        as_place: set[str] = set()
        for ent in self.ents:
            if ent.label_ == "ORG" and not _region_name(ent) and not self.in_quote[ent.start]:
                # "Sri Lanka Cricket", "Kenya National Union of Nurses": a national body
                # named for its country says where the story is, as the country's name would
                toks = tokenize(_strip_det(ent.text))
                hit = self.registry.countries.scan(toks)[:1]
                if hit and hit[0][0] == 0 and hit[0][3] == "name" and len(toks) > hit[0][1] \
                        and toks[hit[0][1]].shape[:1].isupper() and toks[hit[0][1]].norm.isalpha() \
                        and not ent.text.isupper():
                    # (a word of the body's own must follow, and "BEIRUT/JERUSALEM" in capitals
                    # is a dateline, not a body)
                    counts[hit[0][2]] += 1
                continue
            if ent.label_ in ("GPE", "NORP") or _region_name(ent):
                code = self.registry.countries.find(ent.text)
                if code:
                    counts[code] += 1
                    if ent.root.dep_ in ("nsubj", "nsubjpass"):
                        as_actor.add(code)
                    elif (ent.label_ == "GPE" or _region_name(ent)) \
                            and ent.root.dep_ in ("pobj", "poss"):
                        as_place.add(code)
        if not counts:
            return self._registered_home()
        (top, n), *rest = counts.most_common(2) + [(None, 0)]
        if len(counts) == 1 and top in as_place and top not in as_actor:
            # the only country the text names, even once, as a place ("officials in Peru"),
            # not as a party of its own ("Moscow denied it": the other side)
            return top
        return top if n >= 2 and n >= 1.5 * rest[0][1] else None

    def _registered_bodies(self) -> Counter:
        """{country: mentions of its registered state bodies} outside quotes."""
        codes: Counter = Counter()
        for ent in self.ents:
            if ent.label_ in ("ORG", "FAC", "GPE") and not self.in_quote[ent.start] \
                    and self.registry.countries.find(ent.text) is None:  # "Moscow" counts once
                hit = self.registry.match(ent.text)
                if hit is not None and hit[0].group_country \
                        and hit[0].group_type in ("government", "military"):
                    codes[hit[0].group_country] += 1
        return codes

    def _registered_home(self) -> str | None:
        """For a text that names no country at all (a London paper's politics story: "Downing
        Street", "the Treasury", "£20bn"), the one country its registered state bodies and
        one-country currency signs point to, if they point there at least twice and nowhere
        else."""
        codes = self._registered_bodies()
        for sign, code in self.registry.countries.currency_signs.items():
            n = self.text.count(sign)
            if n:
                codes[code] += n
        if len(codes) == 1:
            (code, n), = codes.items()
            return code if n >= 2 else None
        return None

    def _cue_home(self) -> str | None:
        """For a local story nothing else places (a county paper's police blotter, a Dublin
        paper's hospital story, a Northland flood: no dateline, no country named twice), the
        country its place words and local-institution words point to: every place or country
        word outside quotes, inside body names too ("the NSW Department of Planning", "Sport
        Integrity Australia"), and words such as "Sheriff's Office" or "Gardaí" (countries.yaml
        home_cues). It must have two such signs and twice as many as any other country, or be
        the one place the text names, before a local body's word ("Cornwall Council")."""
        # (every place and country word outside quotes, inside body names too: NER often
        # leaves "Ontario" in "the Ontario Non-Profit Housing Association" untagged)
        plain = " ".join(t.text for t in self.doc.toks if not self.in_quote[t.i])
        toks = tokenize(plain)
        hits = self.registry.countries.scan(toks)
        codes: Counter = Counter(code for _, _, code, _ in hits)
        codes.update(self.registry.countries.home_cue_counts(self.text))
        if not codes:
            return None
        (top, n), *rest = codes.most_common(2) + [(None, 0)]
        if n == 1 and len(codes) == 1 and len(hits) == 1:
            # one place only, naming a local body ("Cornwall Council leader X", a Cornish
            # paper's tribute that names no country): the paper's own patch
            pos, k, code, kind = hits[0]
            after = toks[pos + k].norm if pos + k < len(toks) else ""
            return code if kind == "city" and after in _LOCAL_BODY_WORDS else None
        return top if n >= 2 and n >= 2 * rest[0][1] else None
