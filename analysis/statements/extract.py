"""``extract_statements``: the passes run over one parsed document, in text order.
"""

from __future__ import annotations

from spacy.tokens import Doc

from analysis.entity_labels import consistent_organisations
from analysis.registry import ActorRegistry, load_registry
from analysis.reporting_verbs import VerbLexicon, load_reporting_verbs
from analysis.statements.extractor import _Extractor
from analysis.types import Statement


def extract_statements(doc: Doc, *, registry: ActorRegistry | None = None,
                       verbs: VerbLexicon | None = None,
                       outlet_country: str | None = None) -> list[Statement]:
    """Statements in ``doc`` (parsed by ``analysis.nlp.load_nlp()``), in text order.

    Spans index ``doc.text``. ``outlet_country`` (ISO alpha-2 of the article's outlet, if
    known) places local voices that name no country when the text has no dateline ("Senator
    X" in a Russian outlet). Never raises on odd input (unbalanced quotes, empty text).
    """
    if len(doc) == 0 or all(t.is_space for t in doc):
        return []
    registry = registry or load_registry()
    # one label per company name ("Stellantis" is ORG, LOC and nothing in one article); a copy,
    # so the caller's parse is left as it was
    doc = consistent_organisations(doc, lambda text: registry.countries.find(text) is not None)
    ex = _Extractor(doc, registry, verbs or load_reporting_verbs(), outlet_country)
    ex.direct_quotes()
    ex.reported()
    ex.trailing_attributions()
    ex.according_to()
    ex.headline_colon()
    ex.cands = ex.merge()
    ex.continuations()
    cands = ex.cands
    ex.speakers(cands)
    return ex.build(cands)

