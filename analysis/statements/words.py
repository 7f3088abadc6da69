"""Words the extraction passes read: English grammar sets kept in code (punctuation, tags), and the
statement vocabulary loaded from ``analysis/data/statement_words.yaml`` under the names the
passes use.
"""

from __future__ import annotations

from analysis.statement_words import load_statement_words

_DASHES = frozenset({"—", "–", "-", "--", "―"})

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})

_QUOTE_CHARS = "\"'“”„‟‘’‚‛«»‹›"

_STRIP_PUNCT = " \t\r\n,;:"

_SENT_END = frozenset({".", "!", "?"})

_MAX_STRETCH = 30

# The statement words: analysis/data/statement_words.yaml (what each list is for is commented
# there), read once at import by analysis.statement_words.
_W = load_statement_words()

_RATE_WORDS = _W.rate_words

_OUTLET_WORDS = _W.outlet_words

_SPEAKER_NOUNS = _W.speaker_nouns

_RAISING = _W.raising_verbs  # "X is alleged to have told": the passive raises the speaker

_PURPOSE_HEADS = _W.purpose_heads  # "wrote in to say": the infinitive is the report itself

_PURPOSE_REPORTS = _W.purpose_report_verbs

_SOURCING_PARTICIPLES = _W.sourcing_participles  # "reported, citing a source, that X"

_GENRE_LABELS = _W.genre_labels

_MEDIUM_NOUNS = _W.medium_nouns

_TOPIC_PREPS = _W.topic_preps

_FRONTED_PLACE_NOUNS = _W.fronted_place_nouns

_ADDRESSEE_VERBS = _W.addressee_verbs

_BARE_ADDRESSEE_VERBS = _W.bare_addressee_verbs

_NEWSROOM_ROLES = _W.newsroom_roles

_AUDIENCE_NOUNS = _W.audience_nouns

