"""Small building blocks shared by the pages: safe links, highlighted text, alerts, charts.

Article text, titles, outlets and speakers are untrusted. They are only ever passed to Dash
components as strings (React escapes them) and never as markup; links are live only for
http(s) URLs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import dash_bootstrap_components as dbc
from dash import dcc, html

from . import figures, ids

SAFE_SCHEMES = frozenset({"http", "https"})


def safe_url(url: str | None) -> str | None:
    """The URL, normalised, if it is an absolute http(s) URL; otherwise None.

    ``urlsplit`` drops the tabs and newlines a browser would also drop, so
    ``java\\tscript:`` is seen as the ``javascript`` scheme it is, and refused.
    """
    if not url or not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in SAFE_SCHEMES or not parts.netloc:
        return None
    return urlunsplit(parts)


def source_link(url: str | None, label: str | None = None) -> html.Span | html.A:
    """A link when the URL is safe; the URL as plain text otherwise."""
    href = safe_url(url)
    text = label or url or ""
    if href is None:
        return html.Span(text, className="text-muted fl-unsafe-url")
    return html.A(text, href=href, target="_blank", rel="noopener noreferrer nofollow")


@dataclass(frozen=True)
class Mark:
    """A span of the shown text to highlight: ``start``/``end`` are offsets into that text."""

    start: int
    end: int
    kind: str  # 'statement' or a score name
    title: str = ""


def highlight(text: str, marks: Sequence[Mark]) -> list:
    """``text`` as strings and ``html.Mark``/``html.Span`` components, one per run of
    characters covered by the same marks (cues may overlap each other and the statement)."""
    inside = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in inside), *(m.end for m in inside)})
    out: list = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = text[a:b]
        covering = [m for m in inside if m.start <= a and b <= m.end]
        cues = [m for m in covering if m.kind != "statement"]
        in_statement = any(m.kind == "statement" for m in covering)
        if cues:
            classes = ["fl-cue", *(f"fl-cue-{m.kind}" for m in cues)]
            if in_statement:
                classes.append("fl-in-statement")
            out.append(
                html.Mark(
                    piece,
                    className=" ".join(classes),
                    title="; ".join(m.title or m.kind for m in cues),
                )
            )
        elif in_statement:
            out.append(html.Span(piece, className="fl-statement"))
        else:
            out.append(piece)
    return out


def facets_or_notice(src, header: html.Div) -> tuple[object | None, html.Div | None]:
    """The selection facets of a data source, or the page to show instead of the panel: an
    error alert when they cannot be read, the empty state when there are no statements (a
    panel is never left blank)."""
    from . import data

    try:
        fac = data.facets(src)
    except Exception as exc:
        return None, html.Div([header, error_alert(str(exc))])
    if fac.n_statements == 0:
        return None, html.Div([header, empty_state(str(src.path))])
    return fac, None


def error_alert(message: str, *, title: str = "Something went wrong") -> dbc.Alert:
    return dbc.Alert([html.Strong(title + ": "), message], color="danger", className="fl-error")


def info_alert(message: str | list, color: str = "info") -> dbc.Alert:
    return dbc.Alert(message, color=color, className="mb-3")


def empty_state(db_path: str | None = None) -> dbc.Card:
    """What an empty database shows: how to fill it, from the command line or the page."""
    db_arg = f" --db {db_path}" if db_path else ""
    return dbc.Card(
        dbc.CardBody(
            [
                html.H4("No articles yet", className="card-title"),
                html.P(
                    "Import some news articles to see their statements, speakers and framing. "
                    "From a terminal:"
                ),
                html.Pre(
                    html.Code(f"framelens import corpus/demo{db_arg}"),
                    className="fl-command",
                ),
                html.P(
                    [
                        "or upload files on the ",
                        dcc.Link("Add articles", href="/add-articles"),
                        " page.",
                    ],
                    className="mb-0",
                ),
            ]
        ),
        className="fl-empty mb-3",
    )


def chart(graph_id: str | dict, filename: str, *, height: int | None = None,
          image_format: str = "png") -> dcc.Loading:
    """A graph inside a spinner, with the modebar's image export set up."""
    style = {"height": f"{height}px"} if height else None
    return dcc.Loading(
        dcc.Graph(
            id=graph_id,
            figure=figures.placeholder(),
            config=figures.graph_config(image_format, filename),
            style=style,
        ),
        type="default",
        delay_show=150,
    )


def card(title: str, body: list | object, *, subtitle: str | None = None,
         class_name: str = "mb-3") -> dbc.Card:
    header = [html.H5(title, className="mb-0")]
    if subtitle:
        header.append(html.Small(subtitle, className="text-muted"))
    return dbc.Card([dbc.CardHeader(header), dbc.CardBody(body)], className=class_name)


def options(names: Iterable[str], counts: dict[str, int] | None = None) -> list[dict]:
    """Dropdown options; labels are plain strings (the dropdown escapes them)."""
    counts = counts or {}
    return [
        {"label": f"{n} ({counts[n]})" if n in counts else n, "value": n} for n in names
    ]


def page_header(title: str, lead: str) -> html.Div:
    return html.Div([html.H2(title, className="h3 mb-1"), html.P(lead, className="text-muted")],
                    className="mb-3")


# --- one statement, read in its sentence and article ----------------------------------------

SCORE_ORDER: tuple[str, ...] = (
    "sentiment", "hedging", "boosting", "denial", "accusation", "verb_stance",
    "scare_quotes", "sarcasm",
)


def detail_placeholder() -> dbc.Card:
    return dbc.Card(
        dbc.CardBody(html.P("Click a row to read the statement in its sentence and article, "
                            "with the words behind each score highlighted.",
                            className="text-muted mb-0")),
        className="mb-3",
    )


def _marks(row, offset: int, length: int) -> list[Mark]:
    """The statement and its cues as marks relative to a text that starts at ``offset``."""
    marks = [Mark(row.start - offset, row.end - offset, "statement")]
    for c in row.cues:
        s, e = c.start - offset, c.end - offset
        if 0 <= s < e <= length:
            marks.append(Mark(s, e, c.score, f"{figures.score_label(c.score)}: "
                                             f"{c.text} (weight {c.weight:g})"))
    return marks


def _fmt(value) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.3f}"
    return "" if value is None else str(value)


def statement_view(detail, colour: str | None = None) -> dbc.Card:
    """A statement with its speaker, its sentence and article (statement and cues
    highlighted), and each score with the cues that explain it. Every text is a plain
    string child, so markup in an article shows as written."""
    row = detail.row
    speaker = row.speaker_text or "(no speaker)"
    if row.speaker_resolved and row.speaker_resolved != row.speaker_text:
        speaker = f"{speaker} → {row.speaker_resolved}"
    facts = [
        ("Speaker", speaker),
        ("Actor", row.actor),
        ("Group", f"{row.group} ({row.group_type}"
                  + (f", {row.group_country})" if row.group_country else ")")),
        ("Cue", row.verb or ""),
        ("Kind", row.kind),
        ("Rule", row.method),
    ]
    fact_list = html.Dl(
        [item for k, v in facts for item in (html.Dt(k, className="col-sm-3"),
                                              html.Dd(v, className="col-sm-9 mb-1"))],
        className="row mb-2 small",
    )
    badges = [dbc.Badge(row.group, color="light", text_color="dark",
                        style={"borderLeft": f"4px solid {colour or figures.GREY}"},
                        className="me-2 fl-group-badge")]
    if row.anonymous_source:
        badges.append(dbc.Badge("anonymous source", color="warning", text_color="dark",
                                className="me-2"))
    if row.hedged:
        badges.append(dbc.Badge("hedged", color="info", className="me-2"))

    sentence = html.P(highlight(row.sentence, _marks(row, row.sentence_start,
                                                     len(row.sentence))),
                      className="fl-sentence", id=ids.STATEMENTS_DETAIL_SENTENCE)

    by_score: dict[str, list] = {}
    for c in row.cues:
        by_score.setdefault(c.score, []).append(c)
    score_rows = []
    for score in SCORE_ORDER:
        value = getattr(row, score)
        extra = ""
        if score == "verb_stance" and row.verb_stance_label:
            extra = row.verb_stance_label
        elif score == "denial" and row.denial_target:
            extra = f"target: {row.denial_target}"
        elif score == "accusation" and row.accusation_target:
            extra = f"target: {row.accusation_target}"
        cues = by_score.get(score, [])
        cue_children = [html.Mark(c.text, className=f"fl-cue fl-cue-{score} me-1",
                                  title=f"weight {c.weight:g}, at {c.start}-{c.end}")
                        for c in cues] or [html.Span("no cue", className="text-muted")]
        score_rows.append(html.Tr([
            html.Td(figures.score_label(score)), html.Td(_fmt(value), className="text-end"),
            html.Td(cue_children), html.Td(extra, className="text-muted small"),
        ], className="fl-score-row" + (" table-active" if value else ""),
            **{"data-score": score}))
    for flag in ("hedged", "anonymous_source"):
        score_rows.append(html.Tr([html.Td(figures.score_label(flag)),
                                   html.Td(_fmt(getattr(row, flag)), className="text-end"),
                                   html.Td(""), html.Td("")]))
    scores = dbc.Table(
        [html.Thead(html.Tr([html.Th("Score"), html.Th("Value", className="text-end"),
                             html.Th("Cues (words behind the score)"), html.Th("")])),
         html.Tbody(score_rows)],
        size="sm", hover=True, className="mb-0 fl-scores",
    )

    meta = [detail.outlet or "unknown outlet"]
    if detail.published is not None:
        meta.append(str(detail.published)[:16])
    if detail.source_name:
        meta.append(detail.source_name)
    article = html.Div(
        [
            html.H6(detail.title or "(untitled article)", className="mb-1 fl-article-title"),
            html.Div([html.Span(" · ".join(meta), className="text-muted small me-2"),
                      source_link(detail.url, detail.url)], className="mb-2 small"),
            html.Div(highlight(detail.article_text,
                               _marks(row, 0, len(detail.article_text))),
                     className="fl-article-text"),
        ]
    )
    return dbc.Card(
        [
            dbc.CardHeader(html.Div([html.H5("Statement", className="mb-0 me-3"), *badges],
                                    className="d-flex align-items-center")),
            dbc.CardBody(
                dbc.Row(
                    [
                        dbc.Col([html.H6("In its sentence", className="text-muted"), sentence,
                                 fact_list, html.H6("Scores and their cues",
                                                    className="text-muted mt-3"), scores],
                                lg=6),
                        dbc.Col([html.H6("In its article", className="text-muted"), article],
                                lg=6),
                    ]
                )
            ),
        ],
        className="mb-3 fl-detail",
        id=ids.STATEMENTS_DETAIL_CARD,
    )
