"""Context rules of irony cues (the rest of sarcasm is read in ``scoring/irony.py``)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..view import StatementView


def outside_content(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    return not view.in_content(i)


def of_course_negative(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    return True  # the content's sentiment is checked in sarcasm_frame


def scare_quoted(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    return False  # only read inside scare quotes (sarcasm)
