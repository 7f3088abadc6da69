"""Format readers: decoding, front matter, Markdown, HTML, JSON, JSON Lines, field checks."""

from __future__ import annotations

import io
import json
from datetime import datetime
from pathlib import Path

import pytest

from corpus.fields import parse_country, parse_date
from corpus.formats import (
    MAX_PROBLEMS_PER_FILE,
    InputProblem,
    Rejection,
    detect_encoding,
    read_records,
    split_front_matter,
)
from corpus.models import ArticleDraft

DEMO = Path(__file__).resolve().parents[1] / "corpus" / "demo"


def opener(data: bytes):
    return lambda: io.BytesIO(data)


def records(fmt: str, data: bytes, origin: str = "x") -> list[ArticleDraft | Rejection]:
    enc = detect_encoding(opener(data))
    return list(read_records(fmt, opener(data), enc, origin, origin))


def one(fmt: str, data: bytes) -> ArticleDraft:
    out = records(fmt, data)
    assert len(out) == 1 and isinstance(out[0], ArticleDraft), out
    return out[0]


def rejected(fmt: str, data: bytes) -> list[str]:
    out = [r for r in records(fmt, data) if isinstance(r, Rejection)]
    assert out, "expected a rejection"
    return [r.reason for r in out]


# --------------------------------------------------------------------------- decoding


class TestEncoding:
    def test_utf8(self):
        assert detect_encoding(opener("naïve “quote”".encode())) == "utf-8"

    def test_utf8_bom_is_not_part_of_text(self):
        draft = one("txt", "Hello world".encode("utf-8-sig"))
        assert draft.text == "Hello world"
        assert draft.encoding == "utf-8-sig"

    def test_utf16_with_bom(self):
        text = "Министр заявил: «нет».\r\nSecond line"
        draft = one("txt", text.encode("utf-16"))
        assert draft.text == text
        assert draft.encoding == "utf-16"

    def test_cp1252_curly_quotes(self):
        text = "The minister\u2019s \u201cstatement\u201d was clear \u2013 na\u00efve r\u00e9sum\u00e9."
        draft = one("txt", text.encode("cp1252"))
        assert draft.encoding == "cp1252"
        assert draft.text == text

    def test_latin1_french(self):
        text = (
            "Le ministre a d\u00e9clar\u00e9 que la s\u00e9curit\u00e9 \u00e9tait prioritaire. "
            * 20
        )
        draft = one("txt", text.encode("latin-1"))
        assert draft.text == text  # read as cp1252, which agrees with latin-1 on these bytes
        assert draft.encoding in ("cp1252", "iso8859-1")

    def test_cyrillic_cp1251(self):
        text = "Министр обороны заявил, что все ракеты поразили цели. " * 5
        draft = one("txt", text.encode("cp1251"))
        assert draft.text == text
        assert draft.encoding == "cp1251"

    def test_binary_with_nul_bytes_rejected(self):
        with pytest.raises(InputProblem, match="binary"):
            detect_encoding(opener(b"PK\x03\x04\x00\x00binary\x00stuff" * 10))

    def test_utf16_without_bom_is_explained(self):
        with pytest.raises(InputProblem, match="UTF-16 without a byte-order mark"):
            detect_encoding(opener("Officials said the missiles fell.".encode("utf-16-le")))

    def test_damaged_utf8_rejected_not_guessed(self):
        data = "Café au lait ".encode() * 5 + b"\xff\xfe broken" + " déjà".encode()
        with pytest.raises(InputProblem, match="invalid UTF-8 at byte 70"):
            detect_encoding(opener(data))

    def test_control_characters_rejected(self):
        data = bytes(range(1, 9)) * 50
        with pytest.raises(InputProblem, match="binary"):
            detect_encoding(opener(data))

    def test_decoding_is_exact_across_block_boundaries(self, monkeypatch):
        import corpus.formats as formats

        monkeypatch.setattr(formats, "_BLOCK", 7)  # split multi-byte characters across reads
        text = "é€😀 " * 50
        assert detect_encoding(opener(text.encode())) == "utf-8"


# --------------------------------------------------------------------------- plain text


class TestPlainText:
    def test_text_kept_byte_for_byte(self):
        text = "  Leading spaces\r\nCRLF line\r\n\ttab\u00a0nbsp  \n\nCafe\u0301 (NFD)\n\n\n  "
        assert one("txt", text.encode()).text == text

    def test_front_matter(self):
        data = (
            "---\ntitle: \"Missiles 'fell in Iran'\"\noutlet: Meridian Wire\ncountry: us\n"
            "published: 2015-10-08T20:05:00Z\nurl: https://example.org/a\nbyline: D. K.\n"
            "tags: [x, y]\n---\n\nBody line one.\r\nBody line two.  \n"
        )
        draft = one("md", data.encode())
        assert draft.title == "Missiles 'fell in Iran'"
        assert draft.outlet == "Meridian Wire"
        assert draft.country == "US"
        assert draft.published == datetime(2015, 10, 8, 20, 5)
        assert draft.url == "https://example.org/a"
        assert draft.byline == "D. K."
        assert draft.text == "\nBody line one.\r\nBody line two.  \n"

    def test_front_matter_with_crlf_fences(self):
        data = "---\r\ntitle: T\r\n---\r\nBody\r\n"
        meta, body = split_front_matter(data)
        assert meta == {"title": "T"}
        assert body == "Body\r\n"

    def test_yaml_dates_are_accepted(self):
        draft = one("txt", b"---\npublished: 2015-10-08\n---\nBody")
        assert draft.published == datetime(2015, 10, 8)

    def test_leading_rule_is_not_front_matter(self):
        text = "---\nJust a paragraph of text that is not YAML: really, it is prose, trust me\n---\nMore"
        # the block parses as a string, not a mapping: the whole file stays text
        assert one("md", text.encode()).text == text

    def test_broken_front_matter_is_rejected(self):
        reasons = rejected("md", b"---\ntitle: [unclosed\noutlet: X\n---\nBody")
        assert "front matter is not valid YAML" in reasons[0]

    def test_wrong_types_in_front_matter(self):
        assert 'field "title"' in rejected("txt", b"---\ntitle: [a, b]\n---\nBody")[0]
        assert 'field "published"' in rejected("txt", b"---\npublished: someday\n---\nBody")[0]
        assert 'field "country"' in rejected("txt", b"---\ncountry: USA\n---\nBody")[0]

    def test_empty_body_rejected(self):
        assert "no text" in rejected("txt", b"---\ntitle: T\n---\n \n\t\n")[0]
        assert "no text" in rejected("txt", b" \r\n \n")[0]

    def test_markdown_source_is_kept_not_rendered(self):
        text = "# Missiles *fell* in Iran\n\n**WASHINGTON** - [officials](http://x) said.\n"
        draft = one("md", text.encode())
        assert draft.text == text
        assert draft.title == "Missiles *fell* in Iran"

    def test_txt_title_is_first_line(self):
        draft = one("txt", b"\n\nHeadline here  \n\nBody.")
        assert draft.title == "Headline here"
        assert draft.text == "\n\nHeadline here  \n\nBody."


# --------------------------------------------------------------------------- HTML


class TestHtml:
    def test_demo_page(self):
        data = (DEMO / "07_presstv_iran_rejects.html").read_bytes()
        draft = one("html", data)
        assert draft.raw == data.decode("utf-8")
        assert draft.title == "Iran rejects US claims of Russian missiles crashing on its soil"
        assert draft.outlet == "Press TV"
        assert draft.country == "IR"  # from <meta name="framelens:country">
        assert draft.published == datetime(2015, 10, 8, 18, 25)  # keeps the time of day
        assert "Nothing of the kind has happened in Iran" in draft.text
        assert "West Asia" not in draft.text  # navigation stripped
        assert draft.source_format == "html"

    def test_page_without_main_text_rejected(self):
        reasons = rejected("html", b"<html><head><title>Only a tit")
        assert "no article text" in reasons[0]

    def test_scripts_only_page_rejected(self):
        page = (
            b"<html><body><script>var x = 1;</script><nav><a href='/'>Home</a></nav></body></html>"
        )
        assert "no article text found in the page (only 'Home')" in rejected("html", page)[0]


# --------------------------------------------------------------------------- JSON


class TestJson:
    def test_object_and_list(self):
        obj = {"title": "T", "text": "Body\r\n", "outlet": "O", "country": "gb",
               "published": "2 October 2016", "url": "u", "extra": 1}  # fmt: skip
        draft = one("json", json.dumps(obj).encode())
        assert (draft.text, draft.country, draft.published) == (
            "Body\r\n",
            "GB",
            datetime(2016, 10, 2),
        )
        items = records("json", json.dumps([obj, {**obj, "text": "Other"}]).encode())
        assert [d.text for d in items] == ["Body\r\n", "Other"]

    @pytest.mark.parametrize(
        ("item", "expected"),
        [
            ({"text": 5}, 'field "text" must be a string, got a number'),
            ({"text": None}, 'field "text" must be a string, got null'),
            ({"title": "x"}, 'missing field "text"'),
            ({"text": "ok", "published": 1444300000}, 'field "published"'),
            ({"text": "ok", "published": "01/03/2016"}, "unrecognised date"),
            ({"text": "ok", "country": "Russia"}, 'field "country"'),
            ({"text": "ok", "outlet": ["a"]}, 'field "outlet" must be a string, got a list'),
            ({"text": "ok", "title": True}, 'field "title" must be a string, got a boolean'),
            ({"text": "   \n"}, "no text"),
            ({"text": "bad \ud800 surrogate"}, "invalid character"),
        ],
    )
    def test_wrong_fields_named(self, item, expected):
        data = json.dumps([{"text": "fine"}, item]).encode()
        out = records("json", data, origin="a.json")
        bad = [r for r in out if isinstance(r, Rejection)]
        assert len(bad) == 1
        assert bad[0].origin == "item 2 of a.json"
        assert expected in bad[0].reason

    def test_not_an_article(self):
        assert "list of them" in rejected("json", b'"just a string"')[0]
        assert "empty" in rejected("json", b"[]")[0]
        assert "expected an object" in rejected("json", b"[1, 2]")[0]

    @pytest.mark.parametrize("data", [b'{"text": "abc"', b'[{"text": "a"},', b"{text: 1}", b"\x00"])
    def test_malformed(self, data):
        out = records("json", data) if b"\x00" not in data else None
        if out is None:
            with pytest.raises(InputProblem):
                detect_encoding(opener(data))
            return
        assert isinstance(out[0], Rejection) and "invalid JSON" in out[0].reason

    def test_deep_nesting_does_not_crash(self):
        data = b"[" * 100_000 + b"]" * 100_000
        reasons = rejected("json", data)
        assert "invalid JSON" in reasons[0]


class TestJsonLines:
    def test_lines_and_line_numbers(self):
        lines = [
            json.dumps({"text": "one", "title": "1"}),
            "",
            json.dumps({"text": 2}),
            '{"text": "unterminated',
            json.dumps({"text": "four\u2028still four", "published": "2016-10-02"}),
        ]
        out = records("jsonl", "\n".join(lines).encode(), origin="f.jsonl")
        good = [r for r in out if isinstance(r, ArticleDraft)]
        bad = [r for r in out if isinstance(r, Rejection)]
        assert [d.text for d in good] == ["one", "four\u2028still four"]  # U+2028 does not split
        assert [r.origin for r in bad] == ["line 3 of f.jsonl", "line 4 of f.jsonl"]
        assert 'field "text" must be a string' in bad[0].reason

    def test_crlf_lines(self):
        data = b'{"text": "a"}\r\n{"text": "b"}\r\n'
        assert [d.text for d in records("jsonl", data)] == ["a", "b"]

    def test_utf16_jsonl(self):
        data = '{"text": "Министр"}\n{"text": "b"}\n'.encode("utf-16")
        assert [d.text for d in records("jsonl", data)] == ["Министр", "b"]

    def test_blank_only(self):
        assert "no articles" in rejected("jsonl", b"\n\n  \n")[0]

    def test_many_bad_lines_are_capped(self):
        data = b"not json\n" * 5000
        out = records("jsonl", data, origin="big.jsonl")
        assert len(out) == MAX_PROBLEMS_PER_FILE + 1
        assert out[-1].reason == f"... and {5000 - MAX_PROBLEMS_PER_FILE} more bad lines"


# --------------------------------------------------------------------------- fields


class TestFields:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            ("2016-10-02", datetime(2016, 10, 2)),
            ("2016-10-02T14:30", datetime(2016, 10, 2, 14, 30)),
            ("2016-10-02T14:30:00+03:00", datetime(2016, 10, 2, 11, 30)),
            ("2016-10-02T14:30:00Z", datetime(2016, 10, 2, 14, 30)),
            ("2 October 2016", datetime(2016, 10, 2)),
            ("Oct 2, 2016", datetime(2016, 10, 2)),
            ("02.10.2016", datetime(2016, 10, 2)),
            ("2016/10/02", datetime(2016, 10, 2)),
            ("Sun, 02 Oct 2016 10:00:00 +0200", datetime(2016, 10, 2, 8, 0)),
        ],
    )
    def test_dates(self, value, expected):
        assert parse_date(value) == expected

    @pytest.mark.parametrize("value", ["01/03/2016", "yesterday", "", "2016-13-45"])
    def test_bad_dates(self, value):
        with pytest.raises(ValueError, match="date"):
            parse_date(value)

    def test_country(self):
        assert parse_country(" gb ") == "GB"
        for bad in ("GBR", "G", "1A", 12):
            with pytest.raises(ValueError, match="2-letter"):
                parse_country(bad)


# --------------------------------------------------------------------------- properties

from hypothesis import HealthCheck, assume, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

# Text as people write it: any printable character of any script, plus the three whitespace
# controls that appear in files. Other control characters make a file "binary" on purpose.
_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\r\n\t"),
    max_size=400,
)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, bom=st.booleans(), crlf=st.booleans())
def test_any_text_file_reads_back_exactly(text, bom, crlf):
    # a text that starts with U+FEFF is, as bytes, a BOM and the rest: the reader strips it
    # as a BOM (a file of U+FEFF alone is an empty file, rejected as empty)
    assume(text.strip() and not text.startswith(("---", "\ufeff")))
    if crlf:
        text = text.replace("\n", "\r\n")
    data = ("\ufeff" if bom else "").encode() + text.encode("utf-8")
    (draft,) = records("txt", data)
    assert isinstance(draft, ArticleDraft)
    assert draft.text == text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(_TEXT, min_size=1, max_size=5))
def test_any_jsonl_reads_back_exactly(texts):
    assume(all(t.strip() for t in texts))
    data = "\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in texts).encode()
    assert [d.text for d in records("jsonl", data)] == texts


def test_a_file_of_a_byte_order_mark_alone_is_empty():
    (rejected,) = records("txt", "\ufeff".encode())
    assert not isinstance(rejected, ArticleDraft) and "empty" in rejected.reason
