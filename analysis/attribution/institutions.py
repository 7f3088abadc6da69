"""Institutions named in the text: datelines' places, companies, livelihoods, possessor
organisations, state bodies.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from analysis.attribution.mention import Mention
from analysis.attribution.names import _national_body, _phrases, _spells, _strip_det
from analysis.attribution.spans import _name_start, _words, bisect_tok, np_token_range
from analysis.attribution.words import (
    _BODY_NOUNS_ALL,
    _BODY_WORDS,
    _CHAIRED_BODY,
    _CIVIL,
    _COMPANY_NOUNS,
    _CORPORATE_ROLES,
    _COUNSEL_WORDS,
    _FIRM_HEADS,
    _GENERIC_ORG,
    _HOLDER_INSTITUTION,
    _HOLDING_NOUNS,
    _HOUSEHOLD_NOUNS,
    _INSTITUTION_KINDS,
    _INSTITUTION_WORDS,
    _KIN_WORDS,
    _LIVELIHOOD_VERBS,
    _LOCAL_OFFICE_QUALIFIERS,
    _LOCATIVE_PREPS,
    _MEMBER_ROLES,
    _NAME_LINKS,
    _ORG_HEADS,
    _OWNER_NOUNS,
    _PERSONAL_ROLES,
    _PLACE_PREPS,
    _ROLE_VERBS,
    _STATE_BODY_HEADS,
    _WEAK_TITLES,
)
from analysis.registry import tokenize
from analysis.types import ActorRef, Span


class Institutions:
    """Institutions named in the text: datelines' places, companies, livelihoods, possessor
    organisations, state bodies. Mixed into
    :class:`analysis.attribution.attributor.Attributor`.
    """

    def _place_object(self, ent: TokenSpan) -> bool:
        """NER's ORG is where something is, not a body: the object of "on", "along", "near"
        or "in" with no organisation word in it ("plants on the Rhone")."""
        root = ent.root
        if root.dep_ == "pobj" and root.head.lower_ == "in" \
                and root.head.head.lemma_.lower() in _HOLDING_NOUNS:
            return False  # "Shares in Pacific Infant Nutrition fell": a firm one owns part of
        return root.dep_ == "pobj" and root.head.lower_ in ("on", "along", "near", "in") \
            and not {t.lower_ for t in ent} & (self.rules.organisation | _ORG_HEADS
                                              | self.rules.org_name_words)

    def _in_dateline(self, k: int) -> bool:
        """Token ``k`` is part of its paragraph's dateline ("CALAMA, Chile —"), which NER
        often calls an organisation."""
        self._build_datelines()
        end = self._datelines.get(self.paragraph_of[k])
        return end is not None and self.doc.toks[k].idx < end

    def _build_datelines(self) -> None:
        if self._datelines is None:
            from analysis.nlp import match_dateline

            self._datelines = {}
            prev = -1
            for t in self.doc.toks:
                p = self.paragraph_of[t.i]
                if p != prev and not t.is_space:
                    m = match_dateline(self.text, t.idx)
                    if m:
                        self._datelines[p] = m.end()
                        self._dateline_spans[p] = (t.idx, m.end())
                    prev = p

    def _company_ref(self, a: int, b: int) -> ActorRef | None:
        doc = self.doc
        if b - a > 1 and doc[b - 1].tag_ == "POS":
            b -= 1  # NER keeps the possessive in "Orchard Inc.'s app store": not the name's
        if self._in_dateline(a):
            return None
        last = doc[b - 1]
        if last.dep_ == "compound" and (last.head.pos_ == "NOUN" or last.head.text.islower()) \
                and last.head.lemma_.lower() not in _COMPANY_NOUNS | self.rules.company_roles:
            # (the tagger may call a lower-case "airport" after a name a proper noun)
            return None  # "the Cerro Pardo copper mine" names a place, not its operator
        first = doc[a]
        if a > 0 and doc[a - 1].dep_ == "compound" and doc[a - 1].head.i == a \
                and doc[a - 1].pos_ == "NOUN" and doc[a - 1].lemma_.lower() in (
                    _STATE_BODY_HEADS | _ORG_HEADS) - _COMPANY_NOUNS - _FIRM_HEADS \
                or first.dep_ == "appos" and first.head.pos_ == "NOUN" \
                and first.head.lemma_.lower() in (_STATE_BODY_HEADS | _ORG_HEADS) - _COMPANY_NOUNS \
                - _FIRM_HEADS:
            return None  # "the food safety authority NVWA": the text says what it is, no firm
        root = next((t for t in doc[a:b] if not a <= t.head.i < b), first)
        if root.dep_ == "appos" and root.head.lemma_.lower() in (
                self.rules.spokesperson_heads | _PERSONAL_ROLES | {"aide", "adviser", "advisor"}):
            return None  # "President X's spokesman, Bayo Onanuga": a person NER took for a body
        text = doc[a:b].text
        if self.registry.countries.find(text, cities=False) is not None \
                or self._only_places(text) or a > 0 and doc[a - 1].lower_ in (
                _LOCATIVE_PREPS - {"at", "from"}):
            # "the plant near Gouda": a place (not "a director at Ledgerline"; not
            # "Companhia Paulista de Águas", a firm whose name holds a town's; a country's
            # name still marks a body of its own, "the Zambia Chamber of Mines")
            return None
        if a > 0 and doc[a - 1].dep_ == "compound" and doc[a - 1].head.i >= a \
                and doc[a - 1].lemma_.lower() in _FIRM_HEADS | _COMPANY_NOUNS:
            # "consultancy SBM Intelligence": the text calls it a firm, whatever its name's
            # words would make it ("intelligence" is a state word)
            name = self._full_org_name(_strip_det(text))
            i, j = np_token_range(doc, last)  # "Lagos-based consultancy SBM Intelligence"
            return ActorRef(name, self._org_group(name), self._name_country(name)
                            or self._country(tokenize(doc[min(i, a):max(j, b)].text), False),
                            "organisation", False, "rule")
        i, j = np_token_range(doc, last)
        if self.registry.match(text) is not None or self._rule(text) is not None \
                or self._rule(doc[min(i, a):max(j, b)].text) is not None:
            return None  # a state body, or an outlet ("Public broadcaster NRK")
        name = self._full_org_name(_strip_det(text))
        return ActorRef(name, self._org_group(name),
                        self._name_country(name) or self._described_country(a),
                        "organisation", False, "rule")

    def _only_places(self, text: str) -> bool:
        """Every word of ``text`` but linking words belongs to a country or city name."""
        toks = [t for t in tokenize(text) if t.norm not in _NAME_LINKS]
        covered = set()
        for pos, n, _c, _k in self.registry.countries.scan(toks):
            covered.update(range(pos, pos + n))
        return bool(covered) and len(covered) == len(toks)

    def _capitalised_institution(self, m: Mention) -> ActorRef | None:
        """The institution a lone capitalised institution word in the speaker's role stands
        for ("Commission" in "A Commission spokesperson"), when the text names exactly one
        institution in full with that word ("The European Commission", "the Commission for
        Human Rights") outside quotes."""
        doc = self.doc
        toks = doc.toks
        for a, b in [sp for sp in (m.role, m.span) if sp]:
            k = bisect_tok(doc, a)
            while k < len(toks) and toks[k].idx < b:
                t = toks[k]
                k += 1
                word = _HOLDER_INSTITUTION.get(t.lower_, t.lower_)  # "Commissioner" -> commission
                bare = t.i == m.head and _strip_det(m.text).lower() == t.lower_  # "The Commission"
                if word not in _INSTITUTION_WORDS or not t.text[:1].isupper() \
                        or t.dep_ not in ("compound", "poss", "nmod") and not bare \
                        and t.lower_ not in _HOLDER_INSTITUTION or self.in_quote[t.i] \
                        or t.lower_ not in _HOLDER_INSTITUTION and (
                            t.i > 0 and toks[t.i - 1].text[:1].isupper()
                            and toks[t.i - 1].lower_ not in ("a", "an", "the")
                            or t.i + 1 < len(toks) and toks[t.i + 1].text[:1].isupper()):
                    continue  # part of a longer name: "European Commission spokesman" (a
                    # title is followed by its holder's name: "Trade Commissioner Valdis Ozols")
                fulls = set()
                for x in toks:
                    if x.lower_ != word or x.i == t.i or self.in_quote[x.i]:
                        continue
                    s0 = _name_start(doc, x.i, max(0, x.i - 8))
                    e0 = x.i + 1
                    if e0 + 1 < len(toks) and toks[e0].lower_ in ("of", "for", "on") \
                            and toks[e0 + 1].text[:1].isupper():
                        e0 = self._name_run(e0 + 1)  # "the Ministry of Health"
                    if s0 < x.i or e0 > x.i + 1:
                        fulls.add(_strip_det(doc[s0:e0].text))
                if len(fulls) != 1:
                    return None
                full = next(iter(fulls))
                hit = self.registry.match(full)
                if hit is not None:
                    e = hit[0]
                    return ActorRef(e.actor, e.group, e.group_country, e.group_type, False,
                                    "registry")
                rule = self._rule(full)
                if rule is not None and rule[0] in ("government", "military", "media"):
                    return self._make(full, rule[0], rule[1], False)
                return None
        return None

    def _institution_named(self, noun: str, before: int, whole: bool = False) -> ActorRef | None:
        """Placement of the last name ending in ``noun`` ("... University Hospital") outside
        quotes before char ``before``, else of the first one after it. With ``whole``, a
        registered name must be all of the name, not one word of it ("Social Debt
        Observatory" is no registered "Observatory")."""
        doc = self.doc
        toks = doc.toks
        hits = [t.i for t in toks if t.lower_ in (noun, noun + "s") and t.text[:1].isupper()
                and not self.in_quote[t.i] and t.i > 0]
        before_k = [k for k in hits if toks[k].idx < before]
        # (one named after only for a headline or lead: "Union president X" in the fifth
        # paragraph is not of a union the story names further down)
        at = bisect_tok(doc, before)
        # (nor one named paragraphs later: "The university's rector" in the third paragraph
        # is not of "Ghent University", where an economist quoted further down works)
        ahead = [k for k in hits if toks[k].idx >= before
                 and self.paragraph_of[k] <= max(2, self.paragraph_of[at] + 1)] \
            if at < len(toks) and self.paragraph_of[at] <= 2 else []
        order = list(reversed(before_k)) + ahead
        for k in order:
            a = _name_start(doc, k, max(0, k - 8))
            if a >= k:
                # ("the Centre for Investigation of Accidents in Transport", "the Institute of
                # Geophysics": a centre's or a state body's noun leads its name too)
                b = self._name_after(k) if noun in self.rules.organisation | _BODY_WORDS \
                    | _STATE_BODY_HEADS | {"centre", "center", "institute", "university", "college",
                                           "polytechnic"} else None
                # ("the University of Cape Town ... the university's registrar": a university
                # named by its leading noun, as "the Institute of Geophysics" is)
                if b is None:
                    continue  # "Hospital" alone at a sentence start names nothing
                # "the Board of Control for Cricket in India": a body's noun leads its name
                # (not a place's: "the Port of Montreal" is where the port authority works)
                a, k = k, b - 1
            if doc[a].lower_ == "the" and a < k:
                a += 1  # "The Kisumu Teachers Union" after a dateline dash (tagged a name)
            text = doc[a:k + 1].text
            # ("the International Court of Justice": the noun inside a longer registered name)
            longer = self._name_after(k)
            hit = (self.registry.match(doc[a:longer].text) if longer else None) \
                or self.registry.match(text)
            if hit is not None and whole and hit[1][1] - hit[1][0] < len(
                    self.registry.countries.fold_text(_strip_det(text))[0]):
                hit = None
            if hit is not None:
                e = hit[0]
                return ActorRef(e.actor, e.group, e.group_country, e.group_type, False, "registry")
            # ("the authority's head" after "Norway's Food Safety Authority": the owner state
            # the text gave the name)
            rule = self._rule(self._long_with_owner(text))
            if rule is not None and rule[0] in ("government", "military", "media"):
                return self._make(text, rule[0], rule[1], False)
            short = self._org_group(text)
            return ActorRef(short, short, self._name_country(short), "organisation", False, "rule")
        return None

    def _name_after(self, k: int) -> int | None:
        """End (exclusive) of a proper name that token ``k`` (a capitalised institution noun)
        begins and an "of"/"for" phrase of capitalised words continues ("Board of Control for
        Cricket in India", "University of Nairobi"), or None."""
        toks = self.doc.toks
        j = k + 1
        end = None
        while j + 1 < len(toks) and toks[j].lower_ in ("of", "for", "in", "and", "the", "on") \
                and not self.in_quote[j]:
            n = j + 1
            while n < len(toks) and toks[n].lower_ == "the":
                n += 1
            if n >= len(toks) or not (toks[n].text[:1].isupper() and toks[n].is_alpha):
                break
            while n < len(toks) and toks[n].text[:1].isupper() and toks[n].is_alpha:
                n += 1
            end = j = n
        return end

    def _fronted_institution(self, m: Mention) -> ActorRef | None:
        """A registered state body or institution named in a locative phrase that opens the
        speaker's clause ("At the Pentagon, officials said"; "In the Kremlin, aides said")."""
        h = self.doc[m.head]
        verb = h.head
        for c in self.doc.kids(verb):
            if c.dep_ != "prep" or c.lower_ not in ("at", "in", "inside") or c.i > h.i \
                    or self.in_quote[c.i]:
                continue
            pobj = next((x for x in self.doc.kids(c) if x.dep_ == "pobj"), None)
            if pobj is None:
                continue
            i, j = np_token_range(self.doc, pobj)
            hit = self.registry.match(self.doc[i:j].text)
            if hit is not None and hit[0].kind in ("institution", "state") \
                    and hit[0].group_type in ("government", "military"):
                e = hit[0]
                return ActorRef(e.actor, e.group, e.group_country, e.group_type, False, "registry")
        return None

    def _quoting_state_outlet(self, m: Mention) -> str | None:
        """The country of a state outlet whose quote-verb object the mention is ("SANA quoted
        a military source"; "state television quoted officials")."""
        h = self.doc[m.head]
        verb = h.head
        if h.dep_ != "dobj" or verb.lemma_.lower() not in ("quote", "cite"):
            return None
        subj = next((c for c in self.doc.kids(verb) if c.dep_ == "nsubj"), None)
        if subj is None:
            return None
        sm = self.mention_at(subj)
        ref = self.actor(sm)
        if ref.group_type != "media" or not ref.group_country:
            return None
        words = _words(self.context_text(sm))
        state = "state" in words or "official" in words or "semi-official" in words
        return ref.group_country if state else None

    def _kin_clause(self, m: Mention) -> bool:
        """The name is followed by ", whose <relative> ..." ("whose brother was detained",
        "whose son died in the fire") or "whose <home>" ("whose house was hit"): the person is
        introduced by family or home, not by a post."""
        doc = self.doc
        k = m.head + 2
        if k >= len(doc) or doc[k - 1].text != "," or doc[k].lower_ != "whose" \
                or self.in_quote[k]:
            return False
        owned = doc[k].head
        # (also "whose two children attend Birch Hollow": the kin word heads the subject)
        return owned.i > k and (owned.lemma_.lower() in _PERSONAL_ROLES
                                or owned.lower_ in _KIN_WORDS | _HOUSEHOLD_NOUNS)

    def _own_business(self, m: Mention) -> bool:
        """', who runs an import business', ', who owns a bakery': a relative clause whose
        object is indefinite and names no organisation."""
        clause = self._role_clause(m)
        if clause is None:
            return False
        span = self.doc.char_span(clause[0], clause[1], alignment_mode="expand")
        if span is None or len(span) < 2:
            return False
        verb = span[0]
        trade = verb.lemma_.lower() in ("sell", "farm")
        if verb.lemma_.lower() not in ("run", "own", "manage", "head", "lead") and not trade:
            return False
        obj = next((c for c in self.doc.kids(verb) if c.dep_ == "dobj"), None)
        if trade and (obj is None or obj.tag_ in ("NNS", "NN")) \
                and not any(t.ent_type_ == "ORG" for t in verb.subtree) \
                and not any(c.dep_ == "conj" and c.lemma_.lower() in _ROLE_VERBS
                            for c in self.doc.kids(verb)):
            # (not "who farms 300 hectares and leads the union's local branch": an officer)
            # "who sells vegetables in Giza", "who farms 300 hectares": a trade of one's own
            return True
        # (also a counted object: "who runs two boats from Neiafu", "who owns three shops")
        return obj is not None and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                       or c.dep_ == "nummod" and c.like_num
                                       for c in self.doc.kids(obj)) \
            and not any(t.ent_type_ == "ORG" for t in obj.subtree)

    def _livelihood_span(self, m: Mention) -> TokenSpan | None:
        """', who grows rice near X', ', who sells vegetables in Y': a who-clause on the
        speaker's name headed by an everyday trade's verb that names no organisation or state
        body, else None."""
        h = self.doc[m.head]
        for c in self.doc.kids(h):
            if c.dep_ != "relcl" or c.i <= h.i \
                    or not {c.lemma_.lower(), c.lower_} & _LIVELIHOOD_VERBS \
                    or self.in_quote[c.i]:
                continue
            span = self.doc[c.left_edge.i:c.right_edge.i + 1]
            places = {k for e in span.ents if e.label_ == "ORG"
                      and self.registry.countries.find(e.text) for k in range(e.start, e.end)}
            if any(t.ent_type_ == "ORG" and not self.registry.countries.find(t.text)
                   and t.i not in places
                   and not (t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS
                            and t.lower_ not in self.rules.org_name_words)
                   for t in span):
                # (NER's ORG may be a place: "in Bujumbura's central market", "from the
                # Moroccan town of Fnideq", "who fled El Geneina")
                return None
            rule = self._rule(span.text)
            return span if rule is None or rule[0] == "public" else None
        return None

    def _livelihood_clause(self, m: Mention) -> bool:
        return self._livelihood_span(m) is not None

    def _livelihood_country(self, m: Mention) -> str | None:
        """The country the trade's or journey's clause names ("in Bujumbura's central
        market", "from the Moroccan town of Fnideq")."""
        span = self._livelihood_span(m)
        return self.registry.countries.find(span.text) if span is not None else None

    def _livelihood_public(self, name: str, m: Mention) -> ActorRef:
        """The public of the country the clause names, else where the text places her."""
        return self._make(name, "public", self._livelihood_country(m)
                          or self._place_named_near(m) or self.home_country, False)

    def _of_the_body(self, t: Token) -> bool:
        """``t`` is the body noun of "a leader of the gang coalition": the object of "of" with
        "the" and a kind noun before it, the way copy names again a body it named in full
        ("the Viv Ansanm gang coalition")."""
        return t.dep_ == "pobj" and t.head.lower_ == "of" \
            and t.lemma_.lower() in _BODY_NOUNS_ALL | self.rules.organisation \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in self.doc.kids(t)) \
            and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in self.doc.kids(t))

    def _possessor_org(self, m: Mention) -> ActorRef | None:
        """'The team's manager', 'The group's founder': the organisation the possessor refers
        to, found as the last earlier phrase with the same head noun that names something."""
        doc = self.doc
        spans = [m.span] + [sp for sp in (m.role, self._role_clause(m)) if sp]
        for a, b in spans:
            span = doc.char_span(a, b, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                known = self._desc_orgs.get(t.lemma_.lower()) if t.i != m.head else None
                if known is not None and t.dep_ in ("poss", "compound") \
                        and not self._inside_modifier_clause(t, m.head):
                    return known[1]  # "a hospital spokesman" after "the hospital" was placed
            named = self._named_possessor(span)
            if named is not None:
                return named
            for t in span:
                if t.pos_ != "NOUN" or not (t.dep_ == "poss" or t.dep_ == "compound"
                                            and t.lemma_.lower() in _OWNER_NOUNS
                                            or self._of_the_body(t)):
                    continue
                lemma = t.lemma_.lower()
                for k in range(t.i - 1, max(-1, t.i - 600), -1):
                    c = doc[k]
                    if c.lemma_.lower() != lemma or c.pos_ != "NOUN" or self.in_quote[k]:
                        continue
                    i, j = np_token_range(doc, c)
                    # the named thing: an appositive or a following/preceding proper name
                    named = [x for x in self.doc.kids(c) if x.dep_ in ("appos", "compound", "npadvmod")
                             and x.pos_ == "PROPN"] or ([c.head] if c.head.pos_ == "PROPN"
                                                        and c.dep_ == "compound" else [])
                    # (not a dateline: the name sits right before the noun, or before kind
                    # nouns of it, "The UN stabilisation mission")
                    named = [x for x in named if x.i > c.i or all(
                        doc[q].dep_ == "compound" and doc[q].pos_ == "NOUN" and doc[q].head.i == c.i
                        for q in range(x.i + 1, c.i))]
                    if not named:
                        # "the Viv Ansanm gang coalition", "The UN stabilisation mission": a
                        # name right before a kind noun
                        named = [x for n in self.doc.kids(c) if n.dep_ == "compound"
                                 and n.pos_ == "NOUN" and n.i == c.i - 1 for x in self.doc.kids(n)
                                 if x.dep_ == "compound" and x.pos_ == "PROPN" and x.i == n.i - 1]
                    if not named:
                        continue
                    x = named[0]
                    xi, xj = np_token_range(doc, x)
                    text = doc[min(i, xi):max(j, xj)].text
                    hit = self.registry.match(text)
                    if hit is not None:
                        e = hit[0]
                        return ActorRef(e.actor, e.group, e.group_country, e.group_type, False,
                                        "registry")
                    a = _name_start(doc, x.i, min(i, xi))
                    nm = doc[a:x.i + 1].text
                    rule = self._rule(self._acr_long.get(nm, doc[min(i, xi):max(j, xj)].text))
                    if rule is not None and rule[0] in ("government", "military", "media"):
                        return self._make(nm, rule[0], rule[1], False)  # "the institute" = RIVM
                    return ActorRef(nm, self._org_group(nm), self._name_country(nm), "organisation", False, "rule")
        return None

    def _counsel_for_the_firm(self, span: TokenSpan, before: int) -> ActorRef | None:
        """"A lawyer for the company, X": counsel speaking for the firm the text named (gold
        heldout6: a company's lawyer speaking for the company), not the public a private
        client's lawyer is."""
        for t in span:
            if t.lemma_.lower() in _COMPANY_NOUNS and t.dep_ == "pobj" and t.head.lower_ == "for" \
                    and t.head.head.lemma_.lower() in _COUNSEL_WORDS \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in self.doc.kids(t)):
                # (the last firm named, else the last name ending in the same noun: "Kasese
                # Cobalt Company ... A lawyer for the company")
                for ref in (self._last_company(before),
                            self._institution_named(t.lemma_.lower(), before)):
                    if ref is not None and ref.group_type == "organisation":
                        return ref
        return None

    def _named_possessor(self, span: TokenSpan) -> ActorRef | None:
        """"Waterbedrijf Oost's chief executive": a proper name that owns a member role and is
        no country, no registered actor and no person (no known first name) is the
        organisation the role belongs to."""
        doc = self.doc
        for t in span:
            h = t.head
            if t.dep_ != "poss" or t.pos_ != "PROPN" or h.i >= span.end or not (
                    h.lemma_.lower() in _CORPORATE_ROLES
                    or doc[h.i - 1].lower_ + " " + h.lower_ in _CORPORATE_ROLES
                    or h.i > 1 and doc[h.i - 2:h.i + 1].text.lower() in _CORPORATE_ROLES):
                continue  # "Erna Solberg's spokesman" may be a person's aide
            if t.is_sent_start and (t.lemma_.lower() in self.rules.public | self.rules.person
                                    or t.lower_.rstrip("s") in self.rules.public | self.rules.person):
                continue  # "Fisherman's leader X" opening a sentence: people, not a name
            a = _name_start(doc, t.i, span.start)
            name = doc[a:t.i + 1].text
            first = doc[a].lower_
            firm = self._firm_by_first_word(name, t.i) if a == t.i else None
            if self._is_country_word(name) or self.registry.match(name) is not None \
                    or first in self.rules.female_first_names | self.rules.male_first_names \
                    or self._rule(name) is not None \
                    or a == t.i and doc[a].ent_type_ == "PERSON" and firm is None:
                continue
            prior = self._state_voice_named(name, t.idx)
            if prior is not None:
                return prior  # "the CMF's head of enforcement" after "the regulator, the CMF"
            group = self._org_group(firm or name)
            return ActorRef(group, group, None, "organisation", False, "rule")
        return None

    def _state_voice_named(self, name: str, before: int) -> ActorRef | None:
        """The placement of an earlier speaker the text described as a state body and named
        ``name`` in apposition ("Chile's financial market regulator, the CMF, said"), so that
        a later "the CMF's head of enforcement" speaks for it (an outlet's or an army's
        appositive names are left alone: they name sources and units as often as
        themselves)."""
        rx = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        for r in reversed(self.history):
            a = r.antecedent
            if a.start >= before or r.actor.group_type != "government":
                continue
            if any(rx.search(self.text[sp[0]:sp[1]]) for sp in (a.span, a.appos) if sp):
                return r.actor
        return None

    def _chaired_unnamed_body(self, m: Mention) -> str | None:
        """The body a person's role clause says she chairs, heads or leads when the text
        describes it in lower case ("who chairs the association of Normandy cheese
        producers"): that description, else None."""
        clause = self._role_clause(m)
        if clause is None:
            return None
        mt = _CHAIRED_BODY.match(self.text[clause[0]:clause[1]])
        if mt is None or mt.group(2) not in self.rules.organisation \
                or " " not in mt.group(1).strip():
            return None  # ("who leads the federation": the one named before, left to the rules)
        return mt.group(1).strip()

    def _modifier_of_people(self, t: Token) -> bool:
        """``t`` only qualifies a plural common noun through a chain of compounds ("Normandy
        cheese producers", "Dortmund players"): a place or a brand as a modifier names no body
        (unlike "a Tallwood spokeswoman", whose singular role is the firm's)."""
        h = t
        while h.dep_ == "compound" and h.head.i != h.i:
            h = h.head
        if h.dep_ == "poss" and h.head.lower_ in _BODY_NOUNS_ALL and any(
                c.dep_ == "case" for c in self.doc.kids(h)):
            # "the Sanitas health workers' union": the people own the body the name names
            return False
        return h is not t and h.pos_ == "NOUN" and h.tag_ == "NNS"

    def _firm_by_first_word(self, name: str, before: int) -> str | None:
        """The firm an earlier name with a company role before it names ("Finnish company
        Aurora Orbital") whose first word ``name`` is ("Aurora's chief technology officer"),
        whatever NER labels either."""
        for ent in self.ents:
            if ent.start >= before:
                break
            if ent.text.startswith(name + " ") and not self.in_quote[ent.start] \
                    and self._org_like_name(ent.start, ent.end, ent.start - 1):
                return _strip_det(ent.text)
        return None

    def _family_clause(self, clause: Span) -> bool:
        """Whether a role clause is the "whose" clause about the speaker's family ("X, whose
        two children attend Birch Hollow": the clause span ends at the kin word): it tells
        why she speaks, not for whom."""
        words = self.text[clause[0]:clause[1]].lower().split()
        return bool(words) and words[-1].strip(",.") in _KIN_WORDS

    def _member_of(self, m: Mention, context: str) -> ActorRef | None:
        """'Its regional organiser, Linda Castell', 'Chief executive Nadia Kovac': a role in an
        organisation that is not named belongs to the last organisation that spoke."""
        norms = [t.norm for t in tokenize(context)]
        phrases = _phrases(norms)
        clause = self._role_clause(m)  # "who heads the institute's infectious disease unit"
        if clause is not None and self._family_clause(clause):
            clause = None  # "X, whose two children attend the school": a parent, no member
        of_body = any(self._of_the_body(t) for t in self.doc.char_span(
            m.span[0], m.span[1], alignment_mode="expand") or ())  # "a leader of the gang coalition"
        if not (phrases & _MEMBER_ROLES or {"its", "their"} & set(norms) or clause or of_body):
            return None
        if self._local_office_role(m):
            return None  # "village chairman X": his village's office, no body's that spoke
        owner = self._possessor_org(m)
        if owner is not None:
            return owner
        if not {"its", "their"} & set(norms) and set(norms) & {"at", "of", "for", "with"}:
            return None  # "A manager at the quarry": the role names its own place
        if not {"its", "their"} & set(norms) and set(norms) & {"from", "in", "near"} \
                and not clause and not of_body:
            # "a sales manager from Durban", "a shop manager in Tarawa": the text places the
            # person, with no body of hers; one of the public there, not the last body that spoke
            name = self.text[m.name[0]:m.name[1]] if m.name else None
            where = self._country(tokenize(context.replace(name, "Name") if name else context), True)
            if where is not None:
                return self._make(name or _strip_det(m.text), "public", where, self._anonymous(m))
        # "the company's director" is a company's, whoever spoke last
        private = bool(set(norms) & (_GENERIC_ORG - {"agency", "authority", "council",
                                                     "commission", "body", "institute"}))
        role_kinds = set(norms) & _INSTITUTION_KINDS  # "club chairman X"
        for r in reversed(self.history):
            if r.mention.start >= m.start or r.mention.kind == "pronoun":
                continue  # (a pronoun's body spoke by its own name before it)
            if role_kinds and self._other_kind(r.actor.group, role_kinds):
                continue  # "club chairman X" after "the FA said": no club's officer
            if self._reported_by_other(r.mention.head, m.head):
                continue  # "the ministry said Australia had provoked it": no speaker
            a = r.antecedent
            if a.name is None and (a.is_org or r.actor.group_type == "organisation"
                                   or self._state_as_speaker(a, r.actor)) \
                    and r.actor.group_type != "unknown" \
                    and not (private and r.actor.group_type != "organisation"):
                # ("Yerevan rejected the account. '...,' the spokesman said": the capital
                # that answered is the spokesman's, not the ministry that spoke before it)
                return r.actor
        # "committee chairman X" after "the Senate Finance and Budget Committee": the body of
        # that noun the text named, before whichever organisation the text named last
        for t in self.doc.char_span(m.span[0], m.span[1], alignment_mode="expand") or ():
            if t.dep_ == "compound" and t.text.islower() and t.lemma_.lower() in _BODY_WORDS \
                    and self._role_noun(t.head):
                ref = self._institution_named(t.lemma_.lower(), m.start)
                if ref is not None and ref.group_type != "unknown":
                    return ref
        # no organisation has spoken yet: the last one the text named ("Galway City Council")
        k = bisect.bisect_left(self._ent_starts, m.start)
        for ent in reversed(self.ents[max(0, k - 40):k]):  # the last few names before it
            if ent.end_char > m.start or ent.label_ != "ORG" or self.in_quote[ent.start]:
                continue
            hit = self.registry.match(ent.text)
            if hit is not None and hit[0].kind == "outlet" and self._in_dateline(ent.start):
                continue  # the agency credited in the dateline, "(AP) —", employs nobody
            if role_kinds and self._other_kind(_strip_det(ent.text), role_kinds):
                continue
            if hit is not None and hit[0].kind in ("institution", "outlet"):
                e = hit[0]
                return ActorRef(e.actor, e.group, e.group_country, e.group_type, False, "registry")
            rule = self._rule(ent.text)
            if rule is not None and rule[0] in ("government", "military", "media"):
                if private:
                    continue  # "the company's director" is not the court's
                return self._make(_strip_det(ent.text), rule[0], rule[1], False)
            name = _strip_det(ent.text)
            if rule is None and not self._in_dateline(ent.start) \
                    and (self._org_like_name(ent.start, ent.end, ent.start - 1)
                         or set(name.lower().split()) & self.rules.organisation):
                # (a dateline city in capitals, "MANCHESTER, England", is no organisation)
                return ActorRef(name, self._org_group(name), self._name_country(name),
                                "organisation", False, "rule")
        return None

    def _other_kind(self, name: str, kinds: set[str]) -> bool:
        """The body's name (or what its acronym stands for in the text) declares a kind of
        institution, none of ``kinds``: "the Football Association" (or "the FA") is no club."""
        longs = [self._acr_long.get(name, "")]
        if name.isupper():  # "the FA" after "the Football Association said", no brackets
            longs += [r.actor.group for r in self.history if _spells(name, r.actor.group)]
        declared = set().union(_words(name), *map(_words, longs)) & _INSTITUTION_KINDS
        return bool(declared) and not declared & kinds

    def _state_body_by_last_word(self, m: Mention) -> ActorRef | None:
        """"The Guards' naval command said" after "Iran's Revolutionary Guards seized ...": a
        bare possessor (no words of its own but "the") that is the last word of a state body
        the text named in full before (in the last three paragraphs) is that body, not the
        dateline's forces; "the Lebanese Armed Forces' statement" names its own."""
        doc = self.doc
        h = doc[m.head]
        poss = next((c for c in doc.kids(h) if c.dep_ == "poss" and c.i < h.i), None)
        if poss is None or not poss.text[:1].isupper() or self.in_quote[poss.i] \
                or any(c.dep_ not in ("det", "case") for c in doc.kids(poss)) \
                or self._is_country_word(poss.text) \
                or self.registry.countries.capital(tokenize(poss.text)) is not None:
            return None
        para = self.paragraph_of[m.head]
        for r in reversed(self.history):
            a = r.antecedent
            if r.mention.start >= m.start or a.kind != "name":
                continue
            if para - self.paragraph_of[r.mention.head] > 3:
                return None
            words = _strip_det(a.text).split()
            if a.name is None and a.is_org and len(words) >= 2 and words[-1] == poss.text \
                    and r.actor.group_type in ("government", "military") and r.actor.group_country:
                return r.actor
        return None

    def _state_outlet_before(self, m: Mention) -> str | None:
        """"Iranian state media said X. State television said Y": a state outlet the text
        gives no country is of the state whose state media spoke just before (in the
        paragraph or the one before), not of the dateline's (a Dubai bureau's)."""
        if not m.words & {"state", "state-run", "state-owned", "official"}:
            return None
        for r in self._voices_near(m):
            if r.actor.group_type == "media" and r.actor.group_country \
                    and r.mention.words & {"state", "state-run", "state-owned", "official"}:
                return r.actor.group_country
        return None

    def _state_as_speaker(self, a: Mention, ref: ActorRef) -> bool:
        """``a`` is a capital or a country named as a state that acts ("Yerevan rejected",
        "Armenia denied"), which NER may not tag as an organisation."""
        if ref.group_type != "government" or a.kind != "name":
            return False
        bare = _strip_det(a.text)
        return self._is_country_word(bare) \
            or self.registry.countries.capital(tokenize(bare)) is not None

    def _local_office_role(self, m: Mention) -> bool:
        """The role noun of the mention is qualified by a settlement or local-government word
        of its own ("village chairman X", "the district chairwoman"), with no possessive."""
        doc = self.doc
        for t in doc.char_span(m.span[0], m.span[1], alignment_mode="expand") or ():
            if t.dep_ in ("compound", "amod") and t.text.islower() \
                    and t.lower_ in _LOCAL_OFFICE_QUALIFIERS and self._role_noun(t.head) \
                    and not any(c.dep_ == "poss" for c in doc.kids(t.head)):
                return True
        return False

    def _body_head(self, head: Token) -> bool:
        """The head noun names a body, not a person ("Institute", "Committee", "Agency")."""
        low = head.lower_
        return low in _STATE_BODY_HEADS or low in _BODY_WORDS or low in self.rules.organisation \
            or low in _GENERIC_ORG

    def _org_words(self, context: str) -> bool:
        seq = [t.norm for t in tokenize(context)]
        norms = set(seq)
        # (phrases too: "chamber of commerce")
        return bool(norms & (_MEMBER_ROLES | _GENERIC_ORG | self.rules.organisation | {"its", "their"})
                    or _phrases(seq) & self.rules.organisation)

    def _strong_state(self, context: str) -> bool:
        """Words that make a speaker a state voice even inside a named body ("the mayor of
        Marathon"), as against titles any organisation has ("UCI president")."""
        norms = [t.norm for t in tokenize(context)]
        phrases = _phrases(norms)
        r = self.rules
        hits = (phrases & r.government) | (phrases & r.military) | (phrases & _CIVIL)
        return bool(hits - _WEAK_TITLES) or _national_body(norms, set(norms))

    def _make(self, actor: str, gtype: str, country: str | None, anonymous: bool) -> ActorRef:
        adj = self.registry.countries.adjective(country)
        if gtype in ("person", "public"):
            noun = "experts" if gtype == "person" else "public"
            group = f"{adj} {noun}" if adj else noun.capitalize()
            return ActorRef(actor, group, country if adj else None, gtype, anonymous, "rule")
        if adj is None:
            return ActorRef(actor, "unknown", None, "unknown", anonymous, "rule")
        return ActorRef(actor, f"{adj} {gtype}", country, gtype, anonymous, "rule")

    def _joined_by_and(self, cands: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """"the Guyana Gold and Diamond Miners Association": NER cut one name at its "and" into
        two; the second ends in an organisation word, so they are one name."""
        doc, out = self.doc, []
        for a, b in cands:
            if out and out[-1][1] + 1 == a and doc[out[-1][1]].lower_ in ("and", "&") \
                    and doc[b - 1].lower_ in self.rules.organisation and doc[b - 1].text.istitle():
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
        return out
