"""Parsing and checking of article metadata values (dates, country codes, plain strings).

Shared by the file readers (front matter, JSON fields) and the command line (``--published``,
``--country``) so that a value means the same thing wherever it is given. Every error is a
``ValueError`` whose message is one line that can follow "field 'x': ".
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

# Unambiguous human forms seen in news metadata. Numeric day/month orders such as 01/03/2016
# are left out on purpose: they mean different dates in the U.S. and elsewhere.
_DATE_FORMATS: tuple[str, ...] = (
    "%d %B %Y",  # 2 October 2016
    "%d %b %Y",  # 2 Oct 2016
    "%B %d, %Y",  # October 2, 2016
    "%b %d, %Y",  # Oct 2, 2016
    "%B %d %Y",
    "%b %d %Y",
    "%Y/%m/%d",
    "%d.%m.%Y",  # 02.10.2016: day first wherever dots are used
    "%Y-%m-%d %H:%M",
)
_COUNTRY_RE = re.compile(r"[A-Za-z]{2}")


def parse_date(value: str | date | datetime) -> datetime:
    """A naive UTC ``datetime`` from ISO 8601, RFC 2822 or a spelled-out date.

    Aware values are converted to UTC and the zone dropped, because the store keeps
    ``TIMESTAMP`` without zone and dates from different outlets must be comparable.
    """
    if isinstance(value, datetime):
        return _to_naive_utc(value)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if not isinstance(value, str):
        raise ValueError(f"expected a date such as 2016-10-02, got {_type_name(value)}")
    text = value.strip()
    if not text:
        raise ValueError("empty date")
    try:
        return _to_naive_utc(datetime.fromisoformat(text))
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    try:
        return _to_naive_utc(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        pass
    raise ValueError(
        f"unrecognised date {value!r}; use YYYY-MM-DD (ISO 8601), e.g. 2016-10-02 or 2016-10-02T14:30"
    )


def parse_country(value: object) -> str:
    """An ISO 3166-1 alpha-2 code, upper-cased (``gb`` -> ``GB``)."""
    if not isinstance(value, str):
        raise ValueError(f"expected a 2-letter country code such as GB, got {_type_name(value)}")
    text = value.strip()
    if not _COUNTRY_RE.fullmatch(text):
        raise ValueError(f"expected a 2-letter country code such as GB or US, got {value!r}")
    return text.upper()


def check_string(value: object) -> str | None:
    """A metadata string (title, outlet, url, byline); ``None`` passes through."""
    if value is None or isinstance(value, str):
        return value
    raise ValueError(f"must be a string, got {_type_name(value)}")


def _to_naive_utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        return value
    return value.astimezone(UTC).replace(tzinfo=None)


def _type_name(value: object) -> str:
    """JSON-ish names, since that is what users wrote."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return f"a number ({value!r})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
