"""Readers for the supported input formats: bytes in, :class:`ArticleDraft` or a rejection out.

The same functions serve the up-front validation (``ingest.scan_*``, which only counts the
drafts) and the import itself (``ingest.iter_drafts``), so an input that passed the check is
read in exactly the same way when it is stored.

Texts are decoded from bytes and never touched afterwards: no strip, no newline translation,
no Unicode normalisation. Only derived metadata (a title taken from the first line) is cleaned.
"""

from __future__ import annotations

import codecs
import io
import json
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO

import charset_normalizer
import yaml

from corpus.fields import check_string, parse_country, parse_date
from corpus.models import ArticleDraft

FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
"""File extension (lower case) -> format name stored in ``articles.source_format``."""

TEXT_FIELDS = ("title", "outlet", "url", "byline", "language")
_BLOCK = 1 << 20
_FRONT_MATTER_MAX = 64 * 1024
_TITLE_MAX = 200
_HTML_MIN_WORDS = 8
# A line can hold up to this many rejections per file before the rest are only counted, so a
# million broken lines cannot fill memory or the terminal.
MAX_PROBLEMS_PER_FILE = 10

Opener = Callable[[], BinaryIO]


@dataclass(frozen=True)
class Rejection:
    """Why one input (a file, a line of a JSONL file, an item of a JSON list) cannot be imported.

    ``origin`` names it the way a user can find it: a path, ``line 12 of x.jsonl``,
    ``item 3 of x.json`` or ``<stdin>``.
    """

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


class InputProblem(Exception):
    """Raised inside the readers; carries a one-line reason."""


# --------------------------------------------------------------------------- decoding

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Single-byte encodings for Latin-script languages, which charset-normalizer cannot tell
# apart on short texts; when it names one of them, latin-1 is the neutral reading.
_LATIN_FAMILY = frozenset(
    {
        "cp1250", "cp1252", "cp1254", "cp1257", "cp437", "cp775", "cp850", "cp852",
        "cp858", "hp-roman8", "mac-latin2", "mac-roman", "mac-iceland", "mac-turkish",
        "latin-1", "iso8859-1", "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-9",
        "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15", "iso8859-16",
    }
)  # fmt: skip
# Well-formed UTF-8 multi-byte sequences: a file that has them *and* invalid bytes is broken
# UTF-8, and reading it as cp1252 would turn every "é" into "Ã©".
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def describe_encoding(encoding: str) -> str:
    """Human name: ``utf-8-sig`` -> ``UTF-8 with BOM``."""
    names = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 with BOM", "utf-16": "UTF-16 (BOM)",
             "utf-32": "UTF-32 (BOM)"}  # fmt: skip
    return names.get(encoding, encoding)


def is_utf8(encoding: str) -> bool:
    return encoding in ("utf-8", "utf-8-sig")


def detect_encoding(open_stream: Opener) -> str:
    """The encoding to decode an input with, after checking that all of it decodes.

    UTF-8 (with or without BOM) and BOM-marked UTF-16/32 are read as such; anything else is
    guessed with charset-normalizer. Reads in 1 MB blocks, so memory stays flat for UTF-8.
    """
    with open_stream() as f:
        head = f.read(4)
    for bom, name in _BOMS:
        if head.startswith(bom):
            _check_decodes(open_stream, name, allow_nul_bytes=True)
            return name
    try:
        _check_decodes(open_stream, "utf-8", allow_nul_bytes=False)
        return "utf-8"
    except UnicodeDecodeError as exc:
        with open_stream() as f:
            data = f.read()
        if _UTF8_MULTIBYTE.search(data):
            raise InputProblem(
                f"invalid UTF-8 at byte {exc.start} (the rest of the file is UTF-8, so it is "
                "damaged rather than in another encoding); repair it or re-save it as UTF-8"
            ) from None
        return _guess_legacy(data)


def _guess_legacy(data: bytes) -> str:
    western = _as_western(data)
    if western is not None:
        return western
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise InputProblem("not text: neither UTF-8 nor any other text encoding fits")
    encoding = codecs.lookup(best.encoding).name
    if encoding in _LATIN_FAMILY:
        try:
            _check_textlike(data.decode("iso8859-1"))
            return "iso8859-1"
        except InputProblem:
            pass
    try:
        _check_textlike(data.decode(encoding))
    except UnicodeDecodeError:
        raise InputProblem(f"not text: does not decode as {encoding}") from None
    return encoding


def _as_western(data: bytes) -> str | None:
    """``cp1252`` if the bytes read as Western European text, else None.

    Guessers misjudge short Latin-script texts (a French line comes out as mac_latin2 or even
    a DOS Cyrillic page), so this is decided first: in Western languages accented letters are
    a minority among letters, while Cyrillic or Greek read as cp1252 is almost all accented
    letters. Undeclared legacy Western text is overwhelmingly Windows-1252, as browsers assume.
    """
    try:
        text = data.decode("cp1252")
        _check_textlike(text)
    except (UnicodeDecodeError, InputProblem):
        return None
    letters = [c for c in text if c.isalpha()]
    accented = sum(1 for c in letters if ord(c) > 0x7F)
    return "cp1252" if letters and accented / len(letters) < 0.4 else None


def _check_decodes(open_stream: Opener, encoding: str, *, allow_nul_bytes: bool) -> None:
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    offset = 0
    with open_stream() as f:
        while True:
            block = f.read(_BLOCK)
            final = not block
            if not allow_nul_bytes and b"\x00" in block:
                if offset == 0 and _looks_utf16(block):
                    raise InputProblem(
                        "looks like UTF-16 without a byte-order mark; re-save it as UTF-8"
                    )
                raise InputProblem("binary file (contains NUL bytes), not text")
            try:
                chunk = decoder.decode(block, final=final)
            except UnicodeDecodeError as exc:
                # report the position in the file, not in the block
                raise UnicodeDecodeError(
                    exc.encoding, exc.object, offset + exc.start, offset + exc.end, exc.reason
                ) from None
            _check_textlike(chunk)
            offset += len(block)
            if final:
                return


def _looks_utf16(block: bytes) -> bool:
    """Mostly-ASCII UTF-16: every other byte is NUL, the bytes between are not."""
    sample = block[:4096]
    if len(sample) < 8:
        return False
    even, odd = sample[0::2], sample[1::2]
    for zeros, chars in ((odd, even), (even, odd)):  # little-endian, big-endian
        if zeros.count(0) > 0.9 * len(zeros) and chars.count(0) < 0.1 * len(chars):
            return True
    return False


def _check_textlike(chunk: str) -> None:
    if "\x00" in chunk:
        raise InputProblem("binary file (contains NUL characters), not text")
    controls = len(_CONTROL.findall(chunk))
    if controls > 8 and controls * 100 > len(chunk):
        raise InputProblem("binary file (full of control characters), not text")


def decode(open_stream: Opener, encoding: str) -> str:
    """The whole input as text, decoded strictly, nothing translated."""
    with open_stream() as f:
        data = f.read()
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputProblem(f"does not decode as {encoding} at byte {exc.start}") from None


# --------------------------------------------------------------------------- records


def read_records(
    fmt: str, open_stream: Opener, encoding: str, origin: str, source_name: str | None
) -> Iterator[ArticleDraft | Rejection]:
    """Every article of one input, or a rejection for each part that cannot be imported.

    A whole-input problem (bad JSON, no text in a page) is one rejection with ``origin``.
    """
    try:
        if fmt == "jsonl":
            yield from _read_jsonl(open_stream, encoding, origin, source_name)
            return
        text = decode(open_stream, encoding)
        if fmt == "json":
            yield from _read_json(text, encoding, origin, source_name)
        elif fmt == "html":
            yield _read_html(text, encoding, origin, source_name)
        else:
            yield _read_plain(text, fmt, encoding, origin, source_name)
    except InputProblem as exc:
        yield Rejection(origin, str(exc))


def _read_plain(
    text: str, fmt: str, encoding: str, origin: str, source_name: str | None
) -> ArticleDraft:
    meta, body = split_front_matter(text)
    fields = _check_meta(meta)
    _require_text(body)
    if fields.get("title") is None:
        fields["title"] = _first_heading(body) if fmt == "md" else _first_line(body)
    return ArticleDraft(
        text=body, source_name=source_name, source_format=fmt, encoding=encoding,
        origin=origin, **fields,
    )  # fmt: skip


_FENCE_OPEN = re.compile(r"---[ \t]*\r?\n")
_FENCE_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\r?$)", re.MULTILINE)
_META_KEY = re.compile(r"[A-Za-z_][\w.-]{0,40}")
_KEY_LINE = re.compile(r"^\s*[A-Za-z_][\w -]*:", re.MULTILINE)


def split_front_matter(text: str) -> tuple[dict[str, object], str]:
    """A YAML front matter block at the very top, and the body after it, byte for byte.

    The block counts only if it parses to a mapping; a file that merely starts with a
    Markdown rule keeps all its text. A block that looks like ``key: value`` lines but is not
    valid YAML is an error rather than silently becoming article text.
    """
    opening = _FENCE_OPEN.match(text)
    if not opening:
        return {}, text
    closing = _FENCE_CLOSE.search(text, opening.end(), opening.end() + _FRONT_MATTER_MAX)
    if not closing:
        return {}, text
    block = text[opening.end() : closing.start()]
    try:
        meta = yaml.safe_load(block) if block.strip() else {}
    except yaml.YAMLError as exc:
        if _KEY_LINE.match(block):
            mark = getattr(exc, "problem_mark", None)
            where = f" (line {mark.line + 2})" if mark is not None else ""
            problem = getattr(exc, "problem", None) or "invalid YAML"
            raise InputProblem(f"front matter is not valid YAML{where}: {problem}") from None
        return {}, text
    if not isinstance(meta, dict) or not all(
        isinstance(key, str) and _META_KEY.fullmatch(key) for key in meta
    ):
        # prose such as "Note: this is text" parses as a mapping with a long key
        return {}, text
    return meta, text[closing.end() :]


def _read_html(text: str, encoding: str, origin: str, source_name: str | None) -> ArticleDraft:
    import trafilatura  # heavy; only pages need it

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    try:
        tree = trafilatura.load_html(text)
        metas = _meta_tags(tree) if tree is not None else {}
        doc = (
            trafilatura.bare_extraction(
                tree, with_metadata=True, include_comments=False, include_tables=True
            )
            if tree is not None
            else None
        )
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        raise InputProblem(f"cannot parse the page: {type(exc).__name__}") from None
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise InputProblem("no article text found in the page (nothing extractable as main text)")
    if len(body.split()) < _HTML_MIN_WORDS:
        # what is left of a page without an article is a menu item or a cookie notice
        shown = " ".join(body.split())[:60]
        raise InputProblem(f"no article text found in the page (only {shown!r})")
    # A page's own timestamp meta keeps the time of day; trafilatura's date has only the day.
    published = _first_date([metas.get(k) for k in _DATE_METAS] + [getattr(doc, "date", None)])
    country = None
    if metas.get("framelens:country"):
        try:
            country = parse_country(metas["framelens:country"])
        except ValueError as exc:
            raise InputProblem(f'meta "framelens:country": {exc}') from None
    return ArticleDraft(
        text=body,
        title=_clean_meta(doc.title),
        outlet=_clean_meta(metas.get("framelens:outlet") or doc.sitename),
        url=_clean_meta(doc.url),
        published=published,
        country=country,
        byline=_clean_meta(doc.author),
        source_name=source_name,
        source_format="html",
        encoding=encoding,
        raw=text,
        origin=origin,
    )


_DATE_METAS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "publishdate",
    "pubdate",
    "dc.date.issued",
    "dc.date",
    "date",
)


def _meta_tags(tree: object) -> dict[str, str]:
    """``<meta name|property|itemprop=... content=...>`` values, keys lower-cased; first wins.

    ``framelens:country`` and ``framelens:outlet`` let a saved page carry what HTML has no
    standard tag for.
    """
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):  # type: ignore[attr-defined]
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = meta.get("content")
        if key and content and key.strip().lower() not in found:
            found[key.strip().lower()] = content.strip()
    return found


def _first_date(candidates: list[str | None]) -> datetime | None:
    for value in candidates:
        if value:
            try:
                return parse_date(value)
            except ValueError:
                continue  # a page's date is a hint, not a reason to reject it
    return None


def _read_json(
    text: str, encoding: str, origin: str, source_name: str | None
) -> Iterator[ArticleDraft | Rejection]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputProblem(
            f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None
    except RecursionError:
        raise InputProblem("invalid JSON: nested too deeply") from None
    if isinstance(data, dict):
        items, label = [data], None
    elif isinstance(data, list):
        items, label = data, "item"
    else:
        raise InputProblem("JSON must be an article object or a list of them")
    if not items:
        raise InputProblem("the JSON list is empty: no articles")
    problems = 0
    for n, item in enumerate(items, start=1):
        where = f"{label} {n} of {origin}" if label else origin
        result = _json_record(item, "json", encoding, where, source_name)
        if isinstance(result, Rejection):
            problems += 1
            if problems > MAX_PROBLEMS_PER_FILE:
                continue
        yield result
    if problems > MAX_PROBLEMS_PER_FILE:
        yield Rejection(origin, f"... and {problems - MAX_PROBLEMS_PER_FILE} more bad items")


def _read_jsonl(
    open_stream: Opener, encoding: str, origin: str, source_name: str | None
) -> Iterator[ArticleDraft | Rejection]:
    problems = 0
    articles = 0
    with open_stream() as raw:
        # newline="\n": split on LF only and translate nothing; a raw CR cannot occur inside
        # a JSON string, and U+2028 inside one must not split the record.
        stream = io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline="\n")
        try:
            for n, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                where = f"line {n} of {origin}"
                try:
                    item = json.loads(line)
                except json.JSONDecodeError as exc:
                    result: ArticleDraft | Rejection = Rejection(
                        where, f"invalid JSON: {exc.msg} at column {exc.colno}"
                    )
                except RecursionError:
                    result = Rejection(where, "invalid JSON: nested too deeply")
                else:
                    result = _json_record(item, "jsonl", encoding, where, source_name)
                if isinstance(result, Rejection):
                    problems += 1
                    if problems > MAX_PROBLEMS_PER_FILE:
                        continue
                else:
                    articles += 1
                yield result
        except UnicodeDecodeError as exc:
            raise InputProblem(f"does not decode as {encoding} near byte {exc.start}") from None
        finally:
            stream.detach()
    if problems > MAX_PROBLEMS_PER_FILE:
        yield Rejection(origin, f"... and {problems - MAX_PROBLEMS_PER_FILE} more bad lines")
    if not articles and not problems:
        raise InputProblem("no articles (only blank lines)")


def _json_record(
    item: object, fmt: str, encoding: str, origin: str, source_name: str | None
) -> ArticleDraft | Rejection:
    if not isinstance(item, dict):
        return Rejection(origin, 'expected an object with a "text" field')
    if "text" not in item:
        return Rejection(origin, 'missing field "text"')
    text = item["text"]
    if not isinstance(text, str):
        return Rejection(origin, f'field "text" must be a string, got {_kind(text)}')
    try:
        _require_text(text)
        _require_encodable("text", text)
        fields = _check_meta(item)
    except InputProblem as exc:
        return Rejection(origin, str(exc))
    return ArticleDraft(
        text=text, source_name=source_name, source_format=fmt, encoding=encoding,
        origin=origin, **fields,
    )  # fmt: skip


# --------------------------------------------------------------------------- fields


def _check_meta(meta: dict[str, object]) -> dict[str, object]:
    """Known metadata fields, type-checked; unknown keys (tags, layout, id) are ignored."""
    fields: dict[str, object] = {}
    for name in TEXT_FIELDS:
        if name in meta:
            try:
                value = check_string(meta[name])
            except ValueError as exc:
                raise InputProblem(f'field "{name}" {exc}') from None
            _require_encodable(name, value)
            fields[name] = value
    if meta.get("byline") is None and meta.get("author") is not None:
        try:
            fields["byline"] = check_string(meta["author"])
        except ValueError as exc:
            raise InputProblem(f'field "author" {exc}') from None
        _require_encodable("author", fields["byline"])  # type: ignore[arg-type]
    if meta.get("published") is not None:
        try:
            fields["published"] = parse_date(meta["published"])  # type: ignore[arg-type]
        except ValueError as exc:
            raise InputProblem(f'field "published": {exc}') from None
    if meta.get("country") is not None:
        try:
            fields["country"] = parse_country(meta["country"])
        except ValueError as exc:
            raise InputProblem(f'field "country": {exc}') from None
    return fields


def _require_text(text: str) -> None:
    if not text.strip():
        raise InputProblem("no text: empty or only whitespace")


def _require_encodable(name: str, value: str | None) -> None:
    # JSON "\ud800" escapes produce lone surrogates, which no database can store as UTF-8.
    if value is None:
        return
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InputProblem(
            f'field "{name}" holds an invalid character (a lone \\ud8xx escape)'
        ) from None
    if "\x00" in value:
        raise InputProblem(f'field "{name}" holds a NUL character')


def _kind(value: object) -> str:
    if value is None:
        return "null"
    return {bool: "a boolean", int: "a number", float: "a number", list: "a list",
            dict: "an object"}.get(type(value), type(value).__name__)  # fmt: skip


def _first_line(body: str) -> str | None:
    for line in body[:4000].splitlines()[:20]:
        line = line.strip()
        if line:
            return line if len(line) <= _TITLE_MAX else None
    return None


_HEADING = re.compile(r"^\s{0,3}#{1,6}[ \t]+(.+?)[ \t#]*$", re.MULTILINE)


def _first_heading(body: str) -> str | None:
    match = _HEADING.search(body[:4000])
    if match:
        return match.group(1).strip()[:_TITLE_MAX]
    return _first_line(body)


def _clean_meta(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None
