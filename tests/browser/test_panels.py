"""Every panel in a real browser (Debian Chromium, headless), on the demo corpus imported with
``framelens import``. Expected numbers come from the same analysis functions run on a copy of
the database, never from constants.

Set FRAMELENS_SCREENSHOTS=docs/screenshots to refresh the screenshots in the docs.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import time
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import pyarrow.parquet as pq
import pytest

from app import data, findings
from corpus.export import unneutralise

pytestmark = pytest.mark.browser

HOSTILE_OUTLET = "<b>Evil</b> Outlet <script>alert('o')</script>"
HOSTILE_TITLE = "<script>alert('title')</script> Hostile <img src=x onerror=alert('t')>"


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = os.environ.get("FRAMELENS_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


def open_page(page, server, path: str, ready: str):
    page.goto(server.url + path)
    page.wait_for_selector(ready)
    return page


def plot_data(page, graph_id: str) -> list[dict]:
    """The traces plotly drew in a dcc.Graph (what the user sees)."""
    return page.evaluate(
        "id => document.getElementById(id).querySelector('.js-plotly-plot').data", graph_id)


def wait_for_bars(page, graph_id: str, n: int) -> None:
    page.wait_for_function(
        "([id, n]) => document.querySelectorAll(`#${CSS.escape(id)} .barlayer .point`).length"
        " === n", arg=[graph_id, n])


def wait_count(page, text: str) -> None:
    """Wait until the Statements page says how many statements match: ``text`` starts it."""
    page.wait_for_function(
        "t => (document.getElementById('statements-count')?.innerText || '').startsWith(t)",
        arg=text)


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


# --------------------------------------------------------------------------- overview


def test_overview_counts_timeline_and_groups(page, server, reference, shots):
    counts = data.counts(reference)
    timeline = data.timeline(reference)
    fac = data.facets(reference)
    open_page(page, server, "/", "#overview-timeline .barlayer .point")
    for key in ("articles", "outlets", "statements", "groups"):
        shown = page.inner_text(f"#overview-count-{key}").replace(",", "")
        assert int(shown) == getattr(counts, key)
    wait_for_bars(page, "overview-timeline", len(timeline.days))
    wait_for_bars(page, "overview-groups", len(fac.groups))
    groups = plot_data(page, "overview-groups")[0]
    assert list(groups["customdata"]) == list(fac.groups)
    assert list(groups["x"]) == [fac.group_counts[g] for g in fac.groups]
    page.screenshot(path=str(shots / "overview.png"), full_page=True)


def test_click_on_a_group_bar_filters_the_statements_table(page, server, reference):
    fac = data.facets(reference)
    open_page(page, server, "/", "#overview-groups .barlayer .point")
    page.locator("#overview-groups .barlayer .point").first.click(force=True)
    page.wait_for_url("**/statements?group=*")
    group = query(page)["group"][0]
    assert group == fac.groups[0]
    expected = fac.group_counts[group]
    wait_count(page, f"{expected:,} statement")


def test_click_on_a_timeline_bar_lists_that_day(page, server, reference):
    timeline = data.timeline(reference)
    open_page(page, server, "/", "#overview-timeline .barlayer .point")
    page.locator("#overview-timeline .barlayer .point").first.click(force=True)
    page.wait_for_url("**/statements?day=*")
    day = query(page)["day"][0]
    assert day == str(timeline.days[0])
    expected = data.statements(reference, data.Selection(day=day)).total
    assert 0 < expected < data.facets(reference).n_statements
    wait_count(page, f"{expected:,} statement")
    assert f"articles published on {day}" in page.inner_text("#statements-alert")


# --------------------------------------------------------------------------- side by side


def _side_url(items, by="group", correction="bh") -> str:
    return "/side-by-side?" + urlencode([("by", by), *(("item", i) for i in items),
                                          ("correction", correction)])


def test_side_by_side_profiles_and_findings(page, server, reference, shots):
    fac = data.facets(reference)
    items = [g for g in fac.groups if g != "unknown"][:3]
    comparison = data.comparison(reference, data.Selection(by="group", items=tuple(items)), "bh")
    expected_bars = sum(1 for p in comparison.profiles for s in p.scores
                        if s.mean is not None and s.status != "too_few")
    open_page(page, server, _side_url(items), "#side-by-side-profiles .barlayer .point")
    wait_for_bars(page, "side-by-side-profiles", expected_bars)
    traces = plot_data(page, "side-by-side-profiles")
    # Each bar carries its interval as an error bar taken from the profile.
    first = comparison.profiles[0].scores[0]
    bar = next(t for t in traces if t["customdata"][0][0] == comparison.profiles[0].group)
    assert bar["y"][0] == pytest.approx(first.mean)
    assert bar["error_y"]["array"][0] == pytest.approx(first.ci_high - first.mean)
    sig = findings.significant(comparison.differences)
    if sig:
        lines = page.locator("#side-by-side-finding-list li")
        lines.first.wait_for()
        assert lines.count() == len(sig)
        assert lines.first.inner_text() == findings.sentence(sig[0], "group", "bh")
    else:
        page.get_by_text("No difference holds").wait_for()
    rows = page.locator("#side-by-side-differences tbody tr")
    rows.nth(1).wait_for()
    # one header row plus one row per difference (page size 20)
    assert rows.count() - 1 == min(20, len(comparison.differences))
    page.screenshot(path=str(shots / "side_by_side.png"), full_page=True)


def test_side_by_side_says_too_few_statements(page, server, reference):
    fac = data.facets(reference)
    small = [g for g in fac.groups if fac.group_counts[g] < 5]
    big = fac.groups[0]
    assert small, "the demo corpus should have a group with fewer than 5 statements"
    open_page(page, server, _side_url([big, small[0]]), "#side-by-side-small .alert")
    text = page.inner_text("#side-by-side-small")
    assert "Too few statements" in text
    assert f"{small[0]} ({fac.group_counts[small[0]]})" in text


def test_side_by_side_state_round_trips_through_the_url(page, server, reference, browser):
    fac = data.facets(reference)
    open_page(page, server, "/side-by-side", "#side-by-side-profiles .barlayer .point")
    page.get_by_label("Holm").check()
    page.get_by_label("Outlet", exact=True).check()
    expected = [o for o in fac.outlets if o != "unknown"][:2]
    page.wait_for_function("() => window.location.search.includes('by=outlet')")
    page.wait_for_function("() => window.location.search.includes('correction=holm')")
    state = query(page)
    assert state["item"] == expected
    shared = page.url
    # Open the shared link in a fresh browser context: same selection, same chart.
    other = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
    try:
        other.goto(shared)
        other.wait_for_selector("#side-by-side-profiles .barlayer .point")
        assert other.is_checked("input[value=outlet]")
        assert other.is_checked("input[value=holm]")
        chosen = other.locator("#side-by-side-items .dash-dropdown-value-item").all_inner_texts()
        assert [c.rsplit(" (", 1)[0] for c in chosen] == expected
        assert query(other) == state
    finally:
        other.context.close()


def test_side_by_side_exports_profiles(page, server, reference, tmp_path):
    fac = data.facets(reference)
    items = [g for g in fac.groups if g != "unknown"][:2]
    comparison = data.comparison(reference, data.Selection(by="group", items=tuple(items)), "bh")
    open_page(page, server, _side_url(items), "#side-by-side-profiles .barlayer .point")
    page.select_option("#side-by-side-export-format", "json")
    with page.expect_download() as dl:
        page.click("#side-by-side-export-profiles")
    target = tmp_path / dl.value.suggested_filename
    dl.value.save_as(target)
    records = json.loads(target.read_text(encoding="utf-8"))
    assert len(records) == sum(len(p.scores) for p in comparison.profiles)
    assert {r["name"] for r in records} == set(items)


# --------------------------------------------------------------------------- voices


def test_voices_heatmap_and_anonymous_share(page, server, reference, shots):
    v = data.voices(reference)
    open_page(page, server, "/voices", "#voices-anonymous .barlayer .point")
    page.wait_for_function(
        "() => document.querySelector('#voices-chart .js-plotly-plot')?.data?.[0]?.type"
        " === 'heatmap'")
    heat = plot_data(page, "voices-chart")[0]
    outlets = [o.outlet for o in v.table.outlets]
    assert [row[0][0] for row in heat["customdata"]] == outlets
    assert [cell[1] for cell in heat["customdata"][0]] == list(v.table.groups)
    for i, o in enumerate(v.table.outlets):
        shares = {voice.group: voice.share for voice in o.voices}
        for j, g in enumerate(v.table.groups):
            got = heat["z"][i][j]
            assert (got is None) if g not in shares else got == pytest.approx(shares[g])
    anon = plot_data(page, "voices-anonymous")[0]
    assert list(anon["x"]) == pytest.approx([v.anonymous[o].mean for o in outlets])
    wait_for_bars(page, "voices-anonymous", len(outlets))
    # an outlet named with markup is drawn as written on the axis, not as bold text
    ticks = page.locator("#voices-chart .yaxislayer-above .ytick text").all_text_contents()
    assert HOSTILE_OUTLET in ticks
    page.screenshot(path=str(shots / "voices.png"), full_page=True)
    page.get_by_label("Flows (Sankey)").check()
    page.wait_for_function(
        "() => document.querySelector('#voices-chart .js-plotly-plot')?.data?.[0]?.type"
        " === 'sankey'")
    assert "view=sankey" in page.url


# --------------------------------------------------------------------------- vocabulary


def test_vocabulary_click_lists_the_statements_using_the_word(page, server, reference, shots):
    fac = data.facets(reference)
    items = [g for g in fac.groups if g != "unknown"][:3]
    vocab = data.vocabulary(reference, data.Selection(by="group", items=tuple(items)))
    path = "/vocabulary?" + urlencode([("by", "group"), *(("item", i) for i in items)])
    open_page(page, server, path, "#vocabulary-charts .barlayer .point")
    with_terms = [g for g in vocab if g.terms]
    page.wait_for_function(
        "n => document.querySelectorAll('#vocabulary-charts .js-plotly-plot').length >= n",
        arg=len(with_terms))
    first = with_terms[0]
    graph = page.locator("#vocabulary-charts .js-plotly-plot").first
    assert graph.locator(".barlayer .point").count() == len(first.terms)
    graph.locator(".barlayer .point").first.click(force=True)
    hits = page.locator("#vocabulary-hit-list li")
    hits.first.wait_for()
    term = first.terms[0]
    assert hits.count() == min(term.n_statements, 50)
    assert term.term in hits.first.locator("mark").first.inner_text().lower()
    assert query(page)["word"] == [term.term]
    page.screenshot(path=str(shots / "vocabulary.png"), full_page=True)


# --------------------------------------------------------------------------- statements


def test_statements_table_and_statement_view_with_cues(page, server, reference, shots):
    sel = data.Selection(sort=(("denial", "desc"),), page_size=25)
    expected = data.statements(reference, sel)
    open_page(page, server, "/statements?sort=-denial", "#statements-table td")
    wait_count(page, f"{expected.total:,} statement")
    rows = page.locator("#statements-table tbody tr:has(td)")
    assert rows.count() == len(expected.rows)
    top = expected.rows[0]
    rows.first.locator("td[data-dash-column=statement]").click()
    sentence = page.locator("#statements-detail-sentence")
    sentence.wait_for()
    detail = data.statement_detail(reference, top["id"])
    row = detail.row
    in_sentence = {(c.score, c.text) for c in row.cues
                   if row.sentence_start <= c.start and c.end <= row.sentence_end}
    assert len(in_sentence) > 0
    for score, text in in_sentence:
        # overlapping cues split a mark into runs; each run keeps its scores' classes
        runs = "".join(sentence.locator(f"mark.fl-cue-{score}").all_inner_texts())
        assert text in runs, (score, text, runs)
    assert page.locator("#statements-detail-sentence .fl-statement, "
                        "#statements-detail-sentence .fl-in-statement").count() > 0
    # each score's value and cues are explained
    denial_row = page.locator("tr[data-score=denial]")
    assert f"{row.denial:.3f}" in denial_row.inner_text()
    for c in row.cues:
        if c.score == "denial":
            assert c.text in denial_row.inner_text()
    page.screenshot(path=str(shots / "statements.png"), full_page=True)


def test_statements_filters_are_in_the_url(page, server, reference):
    fac = data.facets(reference)
    outlet = fac.outlets[0]
    sel = data.Selection(outlets=(outlet,), score="hedged")
    expected = data.statements(reference, sel).total
    path = "/statements?" + urlencode({"outlet": outlet, "score": "hedged"})
    open_page(page, server, path, "#statements-table td")
    wait_count(page, f"{expected:,} statement")
    page.click("#statements-clear")
    wait_count(page, f"{fac.n_statements:,} statement")
    assert "outlet=" not in page.url


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_statements_export_reads_back(page, server, reference, tmp_path, fmt):
    fac = data.facets(reference)
    group = fac.groups[0]
    expected = data.statements(reference, data.Selection(groups=(group,))).total
    open_page(page, server, "/statements?" + urlencode({"group": group}), "#statements-table td")
    wait_count(page, f"{expected:,} statement")
    page.select_option("#statements-export-format", fmt)
    with page.expect_download() as dl:
        page.click("#statements-export")
    target = tmp_path / dl.value.suggested_filename
    dl.value.save_as(target)
    assert target.suffix == f".{fmt}"
    if fmt == "csv":
        records = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
        assert {unneutralise(r["group"]) for r in records} == {group}
        assert all(isinstance(json.loads(r["cues"]), list) for r in records)
    elif fmt == "json":
        records = json.loads(target.read_text(encoding="utf-8"))
        assert {r["group"] for r in records} == {group}
    else:
        table = pq.read_table(target)
        records = table.to_pylist()
        assert set(table.column("group").to_pylist()) == {group}
    assert len(records) == expected


def test_hostile_article_text_is_shown_as_text(page, server, problems, shots):
    path = "/statements?" + urlencode({"outlet": HOSTILE_OUTLET})
    open_page(page, server, path, "#statements-table td")
    table = page.inner_text("#statements-table")
    assert HOSTILE_OUTLET in table
    assert "<script>alert(1)</script>" in table or "<img src=x onerror=alert(2)>" in table
    page.locator("#statements-table tbody tr:has(td) td[data-dash-column=statement]").first.click()
    card = page.locator("#statements-detail-card")
    card.wait_for()
    text = card.inner_text()
    assert HOSTILE_TITLE in text
    assert "javascript:alert('url')" in text
    # the javascript: URL is plain text, never a link; no element came from the article
    assert page.locator("a[href^='javascript']").count() == 0
    assert card.locator("script, img, b").count() == 0
    page.wait_for_timeout(300)  # give an injected handler a chance to fire
    assert problems.dialogs == []


# --------------------------------------------------------------------------- similarity


def test_similarity_matrix_toggles_measure(page, server, reference, shots):
    m = data.similarity(reference, "outlet", "tfidf")
    open_page(page, server, "/similarity", "#similarity-chart .js-plotly-plot")
    page.wait_for_function(
        "() => document.querySelector('#similarity-chart .js-plotly-plot')?.data?.[0]?.type"
        " === 'heatmap'")
    heat = plot_data(page, "similarity-chart")[0]
    assert [row[0][0] for row in heat["customdata"]] == list(m.labels)
    assert heat["z"][0][1] == pytest.approx(m.values[0][1])
    page.screenshot(path=str(shots / "similarity.png"), full_page=True)
    other = [k for k in data.SIMILARITY_MEASURES if k != "tfidf"][0]
    page.check(f"#similarity-measure input[value={other}]")
    page.wait_for_function(f"() => window.location.search.includes('measure={other}')")
    m2 = data.similarity(reference, "outlet", other)
    expected = [[None if math.isnan(x) else pytest.approx(float(x)) for x in row]
                for row in m2.values]
    deadline = time.monotonic() + 20
    while plot_data(page, "similarity-chart")[0]["z"] != expected:
        assert time.monotonic() < deadline, plot_data(page, "similarity-chart")[0]["z"]
        page.wait_for_timeout(100)


# --------------------------------------------------------------------------- chart export


def test_chart_image_format_toggle(page, server):
    open_page(page, server, "/", "#overview-timeline .barlayer .point")
    fmt = ("() => document.querySelector('#overview-timeline .js-plotly-plot')"
           "._context.toImageButtonOptions.format")
    assert page.evaluate(fmt) == "png"
    page.get_by_label("SVG").check()
    page.wait_for_function(fmt + " === 'svg'")
    assert page.locator("#overview-timeline .modebar-btn[data-title*='Download']").count() == 1
