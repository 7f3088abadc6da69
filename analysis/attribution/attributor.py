"""The speaker attributor of one document: the mixins' rules composed over the article's
facts, built once per document (see the package docstring for the steps)."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from analysis.attribution.affiliation import Affiliation
from analysis.attribution.anaphora import Anaphora
from analysis.attribution.article_facts import ArticleFacts
from analysis.attribution.group_rules import GroupRules
from analysis.attribution.institutions import Institutions
from analysis.attribution.mention import DocTokens, Mention, Resolved
from analysis.attribution.mentions import Mentions
from analysis.attribution.names import _proper_name, _spells, _strip_det
from analysis.attribution.organisations import Organisations
from analysis.attribution.owners import Owners
from analysis.attribution.parties import Parties
from analysis.attribution.placement import Placement
from analysis.attribution.scene import Scene
from analysis.attribution.sources import Sources
from analysis.attribution.words import (
    _BODY_NOUNS_ALL,
    _COMPANY_NOUNS,
    _COMPANY_POSSESSIONS,
    _CORPORATE_ROLES,
    _TITLE_WORDS,
    _WEAK_TITLES,
    VENUE,
)
from analysis.entities import EntityTable, appositive_noun, relative_pronoun
from analysis.registry import ActorRegistry
from analysis.types import ActorRef, Span


class Attributor(ArticleFacts, Parties, Mentions, Anaphora, Placement,
                 Affiliation, Scene, Owners, Institutions, Organisations,
                 GroupRules, Sources):
    """Speaker mentions, their antecedents and actors for one document."""

    def __init__(self, doc: Doc, registry: ActorRegistry, in_quote: list[bool],
                 paragraph_of: list[int], default_country: str | None = None,
                 report_lemmas: frozenset[str] = frozenset(), text: str | None = None,
                 dateline: str | None = None, outlet_country: str | None = None) -> None:
        if not isinstance(doc, DocTokens):
            doc = DocTokens(doc)
        self.doc = doc
        self.text = doc.text if text is None else text  # Doc.text joins all tokens per access
        # (an alias two registered bodies share goes to the one this text names in full)
        # (and a name that means a body only at home, "PTI" in a Pakistani story, means it)
        self.registry = registry = registry.for_text(self.text).at_home(
            default_country, self.text).with_home_aliases(default_country)
        self.rules = registry.rules
        self.in_quote = in_quote
        self.paragraph_of = paragraph_of
        self.default_country = default_country
        self.report_lemmas = report_lemmas
        self._person_ents: dict[int, tuple[int, int, int, int]] = {}  # token -> ent range
        self.ents = list(doc.ents)  # Doc.ents builds new spans on each access
        self._ent_starts = [e.start_char for e in self.ents]
        for ent in self.ents:
            if ent.label_ == "PERSON":
                for k in range(ent.start, ent.end):
                    self._person_ents[k] = (ent.start, ent.end, ent.start_char, ent.end_char)
        # the people of the article, merged by surname: a name NER labels ORG but the text
        # shows to be a person ("Mwila Banda, who heads ...") is a person's name here too
        self.entities = EntityTable(
            doc.doc, self.ents, in_quote, doc.toks, _COMPANY_POSSESSIONS,
            _BODY_NOUNS_ALL,
            lambda text: registry.countries.find(text) is not None,
            lambda ent: self._org_like_name(ent.start, ent.end, ent.start - 1), _TITLE_WORDS,
            _WEAK_TITLES | _CORPORATE_ROLES)
        for ent in self.entities.relabelled:
            for k in range(ent.start, ent.end):
                self._person_ents[k] = (ent.start, ent.end, ent.start_char, ent.end_char)
        for ent in self.entities.companies:  # "Ledgerline" owns revenue: no person
            for k in range(ent.start, ent.end):
                self._person_ents.pop(k, None)
        self._org_ent_tokens: set[int] = set()
        for ent in self.ents:
            if ent.label_ in ("ORG", "NORP", "GPE", "FAC"):
                self._org_ent_tokens.update(range(ent.start, ent.end))
        self._mentions: dict[int, Mention] = {}
        self.history: list[Resolved] = []  # resolved subject mentions in text order
        self._names: dict[str, Resolved] = {}  # last name -> the fullest mention of that person
        self._gender: dict[str, str] = {}  # last name -> learned gender
        self._actor_cache: dict[tuple[int, int], ActorRef] = {}
        self._acronyms: dict[str, Mention] = {}  # "NEMA" -> the mention that spelled it out
        self._rule_cache: dict[str, object] = {}
        self._branch_cache: dict[int, frozenset[str]] = {}  # head token -> _branch_words
        self._noun_lemmas: dict[str, list[int]] | None = None  # for _earlier_phrase
        self._role_clauses: dict[int, Span | None] = {}
        self._datelines: dict[int, int] | None = None  # paragraph -> end of its dateline
        self._dateline_spans: dict[int, tuple[int, int]] = {}
        # "hospital" -> the institution "the hospital" was found to be, for every later mention
        self._desc_orgs: dict[str, tuple[Mention, ActorRef]] = {}
        # a body's name -> how its first described mention was placed ("ABS-CBN, the
        # country's largest broadcaster" -> Philippine media), for its bare mentions
        self._named_bodies: dict[str, ActorRef] = {}
        # News copy gives no country word for the outlet's own officials ("the defence
        # secretary", "Sen. Doyle"), but ordinary people and local offices belong to where the
        # story happens: the dateline, else the country the text names most, else the outlet.
        self.venue = dateline == VENUE  # datelined where an international gathering meets
        self.dateline = dateline = None if self.venue else dateline
        self.outlet_country = outlet_country
        self._country_counts: Counter = Counter()  # filled by _dominant_country
        self.home_country = None if self.venue else (
            dateline or self._dominant_country() or self._dateline_leader()
            or default_country or self._cue_home())
        self._text_places: dict[str, str | None] = {}
        self._acr_long: dict[str, str] = self._scan_acronyms()
        self._name_word_cache: dict[str, bool] = {}
        self._span_words_cache: dict[tuple[int, int], frozenset[str]] = {}
        self._proper_cache: dict[tuple, set[str]] = {}
        self._eu_story: bool | None = None
        # an acronym this article spells out as another body than the registry's ("the
        # paramilitary Rapid Support Forces (RSF)" is no Reporters Without Borders)
        own = []
        for acr, long in self._acr_long.items():
            hit = registry.match(acr)
            if hit is not None and _proper_name(_strip_det(long)):  # not "state news agency TASS"
                long_hit = registry.match(long)
                if long_hit is None or long_hit[0] is not hit[0]:
                    own.append(acr)
        self.registry = self.registry.without(own)
        # a long name whose acronym is not its initials ("International Cycling Union (UCI)"):
        # the acronym is the body's own name
        self._own_acronym = {_strip_det(long).replace("’", "'"): acr
                             for acr, long in self._acr_long.items()
                             if " " in long and _proper_name(long) and not _spells(acr, long)}
        # "The operator, Fjordlink", "Fjordlink, the operator": a name put in apposition to a
        # company noun is an organisation wherever it appears, whatever NER calls it
        self._appos_orgs: set[str] = set()
        company_words = _COMPANY_NOUNS | self.rules.company_roles
        def definite(t: Token) -> bool:  # "a kiln operator" describes a person's job
            return any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss"
                       for c in self.doc.kids(t))  # "Spain's largest airline, Iberia"

        for t in doc.toks:
            if t.pos_ == "NOUN" and t.lemma_.lower() in company_words and definite(t):
                self._appos_orgs.update(c.lower_ for c in self.doc.kids(t)
                                        if c.dep_ == "appos" and c.pos_ == "PROPN")
            elif t.pos_ == "PROPN" and any(c.dep_ == "appos" and c.pos_ == "NOUN"
                                           and c.lemma_.lower() in company_words and definite(c)
                                           for c in self.doc.kids(t)):
                self._appos_orgs.add(t.lower_)
        # the entity table's bodies too: "Kaimoana Tahi, which represents ...", "Te Waka Ika,
        # the trust that ...", "Ledgerline's revenue" name no person
        self._appos_orgs.update(t.lower_ for t in doc.toks if t.pos_ == "PROPN" and (
            relative_pronoun(t) == "which" or appositive_noun(t) in _BODY_NOUNS_ALL)
            and not self._titled_person(t))
        self._parties = self._scan_parties()
        # organisation names as the text gives them, by first word, in text order
        self._org_names_by_first: dict[str, list[str]] = {}
        for ent in self.ents:
            if (ent.label_ == "ORG" or ent.label_ in ("WORK_OF_ART", "PRODUCT", "FAC")
                    and doc.toks[ent.end - 1].lower_ in self._appos_orgs) \
                    and not in_quote[ent.start]:
                # ("Jisoo Games, the maker of a puzzle app": NER's "work of art" is a firm the
                # apposition describes as a body)
                nm = _strip_det(ent.text).replace("’s", "").replace("'s", "").strip()
                if nm:
                    self._org_names_by_first.setdefault(nm.split(" ", 1)[0], []).append(nm)
