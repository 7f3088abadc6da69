"""Statements: a filterable, sortable table; a row opens the statement in its article."""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, State, dash_table, dcc, html
from dash.dash_table.Format import Format, Scheme

from app import components as ui
from app import data, exports, figures, ids, urlstate

dash.register_page(__name__, path="/statements", name="Statements", order=4,
                   title="FrameLens: statements")

PAGE_SIZE = 25
KINDS = ("direct", "reported", "mixed")

_NUM = Format(precision=2, scheme=Scheme.fixed)
SHORT = {"sentiment": "Sent.", "hedging": "Hedge", "boosting": "Boost", "denial": "Deny",
         "accusation": "Accuse", "verb_stance": "Stance", "scare_quotes": "Scare q.",
         "sarcasm": "Sarc."}
COLUMNS = [
    {"id": "outlet", "name": "Outlet"},
    {"id": "speaker", "name": "Speaker"},
    {"id": "group", "name": "Group"},
    {"id": "kind", "name": "Kind"},
    {"id": "statement", "name": "Statement"},
    *({"id": s, "name": SHORT[s], "type": "numeric", "format": _NUM}
      for s in data.TABLE_SCORES),
    {"id": "hedged", "name": "Hedged"},
    {"id": "anonymous_source", "name": "Anon."},
]
HEADER_TIPS = {**{s: figures.score_label(s) for s in data.TABLE_SCORES},
               "anonymous_source": "Anonymous source"}


def _state(params: urlstate.Params) -> dict:
    return {
        "outlet": urlstate.values(params, "outlet"),
        "group": urlstate.values(params, "group"),
        "actor": urlstate.values(params, "actor"),
        "kind": tuple(k for k in urlstate.values(params, "kind") if k in KINDS),
        "score": urlstate.choice(params, "score", data.FILTER_SCORES, ""),
        "q": (urlstate.values(params, "q") or ("",))[0],
        "day": (urlstate.values(params, "day") or ("",))[0],
        "id": urlstate.values(params, "id"),
        "sort": urlstate.values(params, "sort"),
        "page": urlstate.integer(params, "page", 0),
    }


def _sort_by(tokens: tuple[str, ...]) -> list[dict]:
    """``("-denial", "outlet")`` -> DataTable sort_by."""
    out = []
    for t in tokens:
        col = t.lstrip("-")
        if col in data.SORTABLE:
            out.append({"column_id": col, "direction": "desc" if t.startswith("-") else "asc"})
    return out


def layout(**params) -> html.Div:
    st = _state(params)
    src = data.current()
    try:
        facets = data.facets(src)
    except Exception as exc:  # shown in the page, never a blank table
        return html.Div([ui.page_header("Statements", ""), ui.error_alert(str(exc))])
    if facets.n_statements == 0:
        return html.Div([ui.page_header("Statements", "Every statement, its speaker and scores."),
                         ui.empty_state(str(src.path))])

    def dropdown(id_, label, names, counts, value, placeholder):
        return dbc.Col(
            [dbc.Label(label, html_for=id_, className="small text-muted mb-1"),
             dcc.Dropdown(id=id_, options=ui.options(names, counts), value=list(value),
                          multi=True, placeholder=placeholder)],
            md=3,
        )

    filters = dbc.Card(
        dbc.CardBody(
            [
                dbc.Row(
                    [
                        dropdown(ids.STATEMENTS_OUTLET, "Outlet", facets.outlets,
                                 facets.outlet_counts, st["outlet"], "All outlets"),
                        dropdown(ids.STATEMENTS_GROUP, "Speaker group", facets.groups,
                                 facets.group_counts, st["group"], "All groups"),
                        dropdown(ids.STATEMENTS_ACTOR, "Actor", facets.actors,
                                 facets.actor_counts, st["actor"], "All actors"),
                        dbc.Col(
                            [dbc.Label("Has a cue for", html_for=ids.STATEMENTS_SCORE,
                                       className="small text-muted mb-1"),
                             dcc.Dropdown(
                                 id=ids.STATEMENTS_SCORE,
                                 options=[{"label": figures.score_label(s), "value": s}
                                          for s in data.FILTER_SCORES],
                                 value=st["score"] or None, placeholder="Any score")],
                            md=3,
                        ),
                    ],
                    className="g-2 mb-2",
                ),
                dbc.Row(
                    [
                        dbc.Col(
                            [dbc.Label("Kind", className="small text-muted mb-1 d-block"),
                             dbc.Checklist(id=ids.STATEMENTS_KIND,
                                           options=[{"label": k, "value": k} for k in KINDS],
                                           value=list(st["kind"]), inline=True)],
                            md=3,
                        ),
                        dbc.Col(
                            [dbc.Label("Text contains", html_for=ids.STATEMENTS_SEARCH,
                                       className="small text-muted mb-1"),
                             dbc.Input(id=ids.STATEMENTS_SEARCH, type="search", value=st["q"],
                                       debounce=True, placeholder="e.g. missile")],
                            md=4,
                        ),
                        dbc.Col(
                            html.Div(
                                [
                                    dcc.Store(id=ids.STATEMENTS_IDS, data=list(st["id"])),
                                    dcc.Store(id=ids.STATEMENTS_DAY, data=st["day"] or None),
                                    html.Span(id=ids.STATEMENTS_COUNT, className="me-3"),
                                    dbc.Button("Clear filters", id=ids.STATEMENTS_CLEAR,
                                               color="secondary", outline=True, size="sm"),
                                ],
                                className="d-flex align-items-end justify-content-end h-100",
                            ),
                            md=5,
                        ),
                    ],
                    className="g-2",
                ),
            ]
        ),
        className="mb-3",
    )

    table = dash_table.DataTable(
        id=ids.STATEMENTS_TABLE,
        columns=COLUMNS,
        data=[],
        page_action="custom",
        page_current=st["page"],
        page_size=PAGE_SIZE,
        page_count=1,
        sort_action="custom",
        sort_mode="multi",
        sort_by=_sort_by(st["sort"]),
        cell_selectable=True,
        tooltip_header=HEADER_TIPS,
        style_table={"overflowX": "auto"},
        style_cell={"fontFamily": figures.FONT, "fontSize": "0.8rem", "padding": "4px 6px",
                    "textAlign": "left", "whiteSpace": "normal", "height": "auto",
                    "maxWidth": "380px"},
        style_cell_conditional=[
            {"if": {"column_id": "statement"}, "minWidth": "300px", "width": "34%"},
            {"if": {"column_id": "outlet"}, "maxWidth": "120px"},
            {"if": {"column_id": "speaker"}, "maxWidth": "140px"},
            *({"if": {"column_id": s}, "textAlign": "right", "width": "58px",
               "minWidth": "58px", "maxWidth": "64px"} for s in data.TABLE_SCORES),
            *({"if": {"column_id": f}, "width": "58px", "maxWidth": "64px"}
              for f in data.FLAG_COLUMNS),
        ],
        style_header={"fontWeight": "600", "backgroundColor": "#f1f3f5",
                      "whiteSpace": "normal"},
        style_data_conditional=[{"if": {"state": "active"},
                                 "backgroundColor": "#e7f1ff", "border": "1px solid #0d6efd"}],
    )

    return html.Div(
        [
            dcc.Location(id=ids.STATEMENTS_URL, refresh=False),
            ui.page_header(
                "Statements",
                "Every statement with its speaker, group and scores. Filter, sort, and click a "
                "row to read it in its article with the cue words highlighted.",
            ),
            filters,
            html.Div(id=ids.STATEMENTS_ALERT),
            dbc.Card(dbc.CardBody(dcc.Loading(html.Div(table, className="fl-table"),
                                              delay_show=150)),
                     className="mb-3"),
            html.Div(
                dbc.Row(
                    [
                        dbc.Col(dbc.Select(
                            id=ids.STATEMENTS_EXPORT_FORMAT,
                            options=[{"label": f.upper(), "value": f}
                                     for f in exports.EXPORT_FORMATS],
                            value="csv", size="sm"), width="auto"),
                        dbc.Col(dbc.Button("Export these statements", id=ids.STATEMENTS_EXPORT,
                                           color="primary", outline=True, size="sm"),
                                width="auto"),
                        dcc.Download(id=ids.STATEMENTS_DOWNLOAD),
                    ],
                    className="g-2 mb-3",
                ),
            ),
            dcc.Loading(html.Div(id=ids.STATEMENTS_DETAIL,
                                 children=ui.detail_placeholder()), delay_show=150),
        ]
    )


def selection(outlets, groups, actors, kinds, score, search, id_list, sort_by=None,
              page=0, day=None) -> data.Selection:
    return data.Selection(
        outlets=tuple(outlets or ()), groups=tuple(groups or ()), actors=tuple(actors or ()),
        kinds=tuple(k for k in (kinds or ()) if k in KINDS),
        score=score if score in data.FILTER_SCORES else None,
        search=(search or "").strip() or None, ids=tuple(id_list or ()),
        sort=tuple((s["column_id"], s["direction"]) for s in (sort_by or ())
                   if s.get("column_id") in data.SORTABLE),
        page=int(page or 0), page_size=PAGE_SIZE, day=day or None,
    )


def url_search(sel: data.Selection) -> str:
    return urlstate.encode({
        "outlet": sel.outlets, "group": sel.groups, "actor": sel.actors, "kind": sel.kinds,
        "score": sel.score, "q": sel.search, "id": sel.ids, "day": sel.day,
        "sort": [("-" if d == "desc" else "") + c for c, d in sel.sort],
        "page": sel.page or None,
    })


@dash.callback(
    Output(ids.STATEMENTS_TABLE, "data"),
    Output(ids.STATEMENTS_TABLE, "page_count"),
    Output(ids.STATEMENTS_TABLE, "page_current"),
    Output(ids.STATEMENTS_COUNT, "children"),
    Output(ids.STATEMENTS_ALERT, "children"),
    Output(ids.STATEMENTS_URL, "search"),
    Input(ids.STATEMENTS_OUTLET, "value"),
    Input(ids.STATEMENTS_GROUP, "value"),
    Input(ids.STATEMENTS_ACTOR, "value"),
    Input(ids.STATEMENTS_KIND, "value"),
    Input(ids.STATEMENTS_SCORE, "value"),
    Input(ids.STATEMENTS_SEARCH, "value"),
    Input(ids.STATEMENTS_IDS, "data"),
    Input(ids.STATEMENTS_DAY, "data"),
    Input(ids.STATEMENTS_TABLE, "sort_by"),
    Input(ids.STATEMENTS_TABLE, "page_current"),
)
def update_table(outlets, groups, actors, kinds, score, search, id_list, day, sort_by, page):
    # A new filter or sort starts again at the first page; paging keeps the rest.
    trigger = dash.ctx.triggered_id
    if trigger not in (None, ids.STATEMENTS_TABLE):
        page = 0
    sel = selection(outlets, groups, actors, kinds, score, search, id_list, sort_by, page, day)
    try:
        result = data.statements(data.current(), sel)
    except Exception as exc:
        return [], 1, 0, "", ui.error_alert(str(exc)), dash.no_update
    sel = data.Selection(**{**sel.__dict__, "page": result.page})
    count = f"{result.total:,} statement{'s' if result.total != 1 else ''}"
    notes = []
    if sel.ids:
        notes.append(f"{len(sel.ids)} statement(s) picked from a chart")
    if sel.day:
        notes.append(f"articles published on {sel.day}")
    alert = ui.info_alert("Showing " + " and ".join(notes) + ". Clear filters to see all.",
                          color="secondary") if notes else None
    return (list(result.rows), result.page_count, result.page, count, alert,
            url_search(sel))


@dash.callback(
    Output(ids.STATEMENTS_OUTLET, "value"),
    Output(ids.STATEMENTS_GROUP, "value"),
    Output(ids.STATEMENTS_ACTOR, "value"),
    Output(ids.STATEMENTS_KIND, "value"),
    Output(ids.STATEMENTS_SCORE, "value"),
    Output(ids.STATEMENTS_SEARCH, "value"),
    Output(ids.STATEMENTS_IDS, "data"),
    Output(ids.STATEMENTS_DAY, "data"),
    Input(ids.STATEMENTS_CLEAR, "n_clicks"),
    prevent_initial_call=True,
)
def clear_filters(_n):
    return [], [], [], [], None, "", [], None


@dash.callback(
    Output(ids.STATEMENTS_DETAIL, "children"),
    Input(ids.STATEMENTS_TABLE, "active_cell"),
    State(ids.STATEMENTS_TABLE, "data"),
)
def show_statement(active_cell, rows):
    if not active_cell:
        return ui.detail_placeholder()
    statement_id = active_cell.get("row_id")
    if statement_id is None and rows and active_cell.get("row") is not None:
        row = active_cell["row"]
        statement_id = rows[row]["id"] if row < len(rows) else None
    if statement_id is None:
        return ui.detail_placeholder()
    try:
        src = data.current()
        detail = data.statement_detail(src, str(statement_id))
        if detail is None:
            return ui.info_alert("That statement is no longer in the database.", "warning")
        return ui.statement_view(detail, data.colours(src, "group").get(detail.row.group))
    except Exception as exc:
        return ui.error_alert(str(exc))


@dash.callback(
    Output(ids.STATEMENTS_DOWNLOAD, "data"),
    Input(ids.STATEMENTS_EXPORT, "n_clicks"),
    State(ids.STATEMENTS_EXPORT_FORMAT, "value"),
    State(ids.STATEMENTS_OUTLET, "value"),
    State(ids.STATEMENTS_GROUP, "value"),
    State(ids.STATEMENTS_ACTOR, "value"),
    State(ids.STATEMENTS_KIND, "value"),
    State(ids.STATEMENTS_SCORE, "value"),
    State(ids.STATEMENTS_SEARCH, "value"),
    State(ids.STATEMENTS_IDS, "data"),
    State(ids.STATEMENTS_DAY, "data"),
    prevent_initial_call=True,
)
def export(_n, fmt, outlets, groups, actors, kinds, score, search, id_list, day):
    sel = selection(outlets, groups, actors, kinds, score, search, id_list, day=day)
    try:
        payload, filename = exports.export_statements(data.current(), sel, fmt)
    except Exception:
        return dash.no_update  # the table's alert already reports a broken database
    return dcc.send_bytes(payload, filename)
