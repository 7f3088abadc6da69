"""Vocabulary: the words that set each compared group apart (weighted log-odds z-scores)."""

from __future__ import annotations

import re

import dash
import dash_bootstrap_components as dbc
from dash import ALL, Input, Output, State, dcc, html

from app import components as ui
from app import data, figures, ids, urlstate

dash.register_page(__name__, path="/vocabulary", name="Vocabulary", order=3,
                   title="FrameLens: vocabulary")

BY_LABELS = {"group": "Speaker group", "actor": "Actor", "outlet": "Outlet"}
MAX_LISTED = 50  # statements listed under a clicked word
MAX_LINKED = 200  # statement ids carried into the Statements page's URL


def layout(**params) -> html.Div:
    src = data.current()
    header = ui.page_header(
        "Vocabulary",
        "Words each group uses distinctively more than the others in the selection "
        "(weighted log-odds with an informative prior, as z-scores). Click a word to see "
        "the statements that use it.",
    )
    fac, notice = ui.facets_or_notice(src, header)
    if notice is not None:
        return notice
    by = urlstate.choice(params, "by", data.COMPARE_BY, "group")
    names = set(fac.names(by))
    items = [n for n in urlstate.values(params, "item") if n in names] or \
        list(data.default_items(fac, by, data.VOCABULARY_DEFAULT))
    word = (urlstate.values(params, "word") or ("",))[0]
    word_in = (urlstate.values(params, "in") or ("",))[0]
    return html.Div(
        [
            dcc.Location(id=ids.VOCAB_URL, refresh=False),
            dcc.Store(id=ids.VOCAB_WORD, data={"word": word, "in": word_in} if word else None),
            header,
            dbc.Card(dbc.CardBody(dbc.Row([
                dbc.Col([dbc.Label("Compare", className="small text-muted mb-1 d-block"),
                         dbc.RadioItems(id=ids.VOCAB_BY,
                                        options=[{"label": v, "value": k}
                                                 for k, v in BY_LABELS.items()],
                                        value=by, inline=True)], lg=4),
                dbc.Col([dbc.Label("Names (two or more)", html_for=ids.VOCAB_ITEMS,
                                   className="small text-muted mb-1"),
                         dcc.Dropdown(id=ids.VOCAB_ITEMS,
                                      options=ui.options(fac.names(by), fac.counts(by)),
                                      value=items, multi=True)], lg=8),
            ], className="g-3")), className="mb-3"),
            html.Div(id=ids.VOCAB_ALERT),
            dcc.Loading(html.Div(id=ids.VOCAB_CHARTS), delay_show=150),
            dcc.Loading(html.Div(id=ids.VOCAB_HITS), delay_show=150),
        ]
    )


@dash.callback(
    Output(ids.VOCAB_ITEMS, "options"),
    Output(ids.VOCAB_ITEMS, "value"),
    Input(ids.VOCAB_BY, "value"),
    prevent_initial_call=True,
)
def change_by(by):
    fac = data.facets(data.current())
    by = by if by in data.COMPARE_BY else "group"
    return (ui.options(fac.names(by), fac.counts(by)),
            list(data.default_items(fac, by, data.VOCABULARY_DEFAULT)))


@dash.callback(
    Output(ids.VOCAB_CHARTS, "children"),
    Output(ids.VOCAB_ALERT, "children"),
    Input(ids.VOCAB_ITEMS, "value"),
    Input(ids.APP_IMAGE_FORMAT, "value"),
    State(ids.VOCAB_BY, "value"),
)
def update_charts(items, image_format, by):
    items = list(items or [])
    if len(items) < 2:
        return None, ui.info_alert("Pick at least two names: a word is distinctive only "
                                   "against others.")
    src = data.current()
    try:
        groups = data.vocabulary(src, data.Selection(by=by, items=tuple(items)))
        colours = data.colours(src, by)
    except Exception as exc:
        return None, ui.error_alert(str(exc))
    cols = []
    for i, g in enumerate(groups):
        graph_id = {"type": ids.VOCAB_CHART, "index": g.group}
        if g.terms:
            fig = figures.vocabulary([t.term for t in g.terms], [t.z for t in g.terms],
                                     colours.get(g.group, figures.GREY), title="",
                                     counts=[t.count for t in g.terms])
            body = dcc.Graph(id=graph_id, figure=fig,
                             config=figures.graph_config(image_format, f"vocabulary-{i + 1}"))
        else:
            body = html.Div([html.P("No distinctive word: too few statements or words used "
                                    "at least 3 times.", className="text-muted"),
                             dcc.Graph(id=graph_id, figure=figures.placeholder(),
                                       style={"display": "none"})])
        cols.append(dbc.Col(ui.card(g.group, body,
                                    subtitle=f"{g.n_tokens:,} words; vs. the rest of the selection"),
                            lg=max(3, 12 // max(1, len(groups))), md=6))
    return dbc.Row(cols, className="g-3"), None


@dash.callback(
    Output(ids.VOCAB_WORD, "data"),
    Input({"type": ids.VOCAB_CHART, "index": ALL}, "clickData"),
    prevent_initial_call=True,
)
def pick_word(_clicks):
    trigger = dash.ctx.triggered_id
    if not isinstance(trigger, dict):
        return dash.no_update
    click = dash.ctx.triggered[0]["value"] if dash.ctx.triggered else None
    try:
        word = click["points"][0]["customdata"][0]
    except (TypeError, KeyError, IndexError):
        return dash.no_update
    return {"word": word, "in": trigger["index"]}


def _highlight_word(text: str, word: str) -> list:
    pattern = re.compile(rf"(?<![\w]){re.escape(word)}(?![\w])", re.IGNORECASE)
    marks = [ui.Mark(m.start(), m.end(), "word", word) for m in pattern.finditer(text)]
    return ui.highlight(text, marks)


@dash.callback(
    Output(ids.VOCAB_HITS, "children"),
    Output(ids.VOCAB_URL, "search"),
    Input(ids.VOCAB_WORD, "data"),
    Input(ids.VOCAB_ITEMS, "value"),
    State(ids.VOCAB_BY, "value"),
)
def list_statements(picked, items, by):
    items = list(items or [])
    picked = picked or {}
    word, word_in = picked.get("word"), picked.get("in")
    if word_in not in items:
        word = word_in = None
    search = urlstate.encode({"by": by, "item": items, "word": word, "in": word_in})
    if not word:
        return ui.info_alert("Click a word's bar to list the statements that use it.",
                             "light"), search
    src = data.current()
    try:
        groups = data.vocabulary(src, data.Selection(by=by, items=tuple(items)))
        term = next((t for g in groups if g.group == word_in for t in g.terms
                     if t.term == word), None)
        if term is None:
            return ui.info_alert(f"“{word}” is no longer distinctive for {word_in}.",
                                 "warning"), search
        page = data.statements(src, data.Selection(ids=term.statement_ids[:MAX_LISTED],
                                                   page_size=MAX_LISTED))
    except Exception as exc:
        return ui.error_alert(str(exc)), search
    items_ = [
        html.Li([html.Div(_highlight_word(r["statement"], word)),
                 html.Small(f"{r['speaker'] or 'unknown speaker'} · {r['group']} · "
                            f"{r['outlet'] or 'unknown outlet'}", className="text-muted")],
                className="list-group-item")
        for r in page.rows
    ]
    link = "/statements" + urlstate.encode({"id": term.statement_ids[:MAX_LINKED]})
    more = (f" (the first {MAX_LISTED} shown)" if term.n_statements > MAX_LISTED else "")
    return ui.card(
        f"Statements of {word_in} that use “{word}”",
        [html.P([f"{term.n_statements} statement(s){more}. ",
                 dcc.Link("Open them in the Statements table", href=link)],
                className="small"),
         html.Ul(items_, className="list-group list-group-flush", id=ids.VOCAB_HIT_LIST)],
        subtitle=f"z = {term.z:.2f}; used {term.count} times here, {term.count_other} times "
                 "by the others",
    ), search
