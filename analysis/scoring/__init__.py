"""The framing scorers behind :mod:`analysis.scores`, one module per purpose.

- ``view``: the token view of a statement in its parsed article (spans -> token ranges, cues).
- ``grammar``, ``phrases``: shared syntax (subjects, negation) and noun-phrase names for
  targets.
- ``matching``: lexicon entries matched on tokens under their context rules.
- ``endorsement``: whether the speaker makes an accusation or only reports, supposes or
  negates it.
- ``rules/``: the context rules a lexicon entry names (``rule:``), one module per frame
  (accusation rules in ``accusation``, ``blame`` and ``motive``).
- one module per frame: ``polarity`` (sentiment), ``certainty`` (hedging, boosting),
  ``denial``, ``accusation``, ``stance`` (verb stance), ``quotes`` (scare quotes), ``irony``
  (sarcasm).
- ``bare``: a bare statement and verb as a parsed one-sentence article (``score_text``).

Callers import :mod:`analysis.scores`, never these modules.
"""
