"""A page's state in the URL's query string, so that a view can be shared by link.

Dash pages hands the query string to a page's ``layout(**params)``: one value per key, or a
list when the key repeats. Lists are written as repeated keys (``?item=A&item=B``) because
names such as outlets can contain commas.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from urllib.parse import parse_qs, urlencode

Params = Mapping[str, "str | list[str] | None"]


def values(params: Params, key: str) -> tuple[str, ...]:
    """Every non-empty value of ``key``, in order, without repeats."""
    raw = params.get(key)
    if raw is None:
        return ()
    items = [raw] if isinstance(raw, str) else list(raw)
    seen: dict[str, None] = {}
    for item in items:
        if isinstance(item, str) and item.strip():
            seen.setdefault(item.strip(), None)
    return tuple(seen)


def choice(params: Params, key: str, allowed: Iterable[str], default: str) -> str:
    """The value of ``key`` if it is one of ``allowed``; otherwise ``default`` (a hand-edited
    or stale link must not break the page)."""
    found = values(params, key)
    allowed = tuple(allowed)
    return found[0] if found and found[0] in allowed else default


def integer(params: Params, key: str, default: int = 0, minimum: int = 0) -> int:
    found = values(params, key)
    try:
        return max(minimum, int(found[0])) if found else default
    except ValueError:
        return default


def parse(search: str | None) -> dict[str, list[str]]:
    """``?a=1&a=2&b=x`` -> ``{"a": ["1", "2"], "b": ["x"]}``."""
    if not search:
        return {}
    return parse_qs(search.lstrip("?"), keep_blank_values=False)


def encode(state: Mapping[str, str | int | Iterable[str] | None]) -> str:
    """The query string for ``state``, leaving out empty values; ``""`` when nothing is set."""
    pairs: list[tuple[str, str]] = []
    for key, value in state.items():
        if value is None or value == "":
            continue
        if isinstance(value, str | int):
            pairs.append((key, str(value)))
        else:
            pairs.extend((key, str(v)) for v in value if v not in (None, ""))
    return "?" + urlencode(pairs) if pairs else ""
