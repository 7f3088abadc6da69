"""Side by side: framing profiles of two or more groups, actors or outlets, and what differs."""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, State, dash_table, dcc, html

from app import components as ui
from app import data, exports, figures, findings, ids, urlstate

dash.register_page(__name__, path="/side-by-side", name="Side by side", order=1,
                   title="FrameLens: side by side")

BY_LABELS = {"group": "Speaker group", "actor": "Actor", "outlet": "Outlet"}


def _defaults(fac: data.Facets, by: str) -> list[str]:
    return list(data.default_items(fac, by, data.SIDE_BY_SIDE_DEFAULT))


def layout(**params) -> html.Div:
    src = data.current()
    header = ui.page_header(
        "Side by side",
        "Pick two or more speaker groups, actors or outlets: their framing profiles (means "
        "with 95% intervals), and every difference that holds after correcting for multiple "
        "tests.",
    )
    fac, notice = ui.facets_or_notice(src, header)
    if notice is not None:
        return notice
    by = urlstate.choice(params, "by", data.COMPARE_BY, "group")
    names = set(fac.names(by))
    items = [n for n in urlstate.values(params, "item") if n in names] or _defaults(fac, by)
    correction = urlstate.choice(params, "correction", data.CORRECTIONS, "bh")

    controls = dbc.Card(
        dbc.CardBody(
            dbc.Row(
                [
                    dbc.Col([dbc.Label("Compare", className="small text-muted mb-1 d-block"),
                             dbc.RadioItems(id=ids.SIDE_BY,
                                            options=[{"label": v, "value": k}
                                                     for k, v in BY_LABELS.items()],
                                            value=by, inline=True)], lg=4),
                    dbc.Col([dbc.Label("Names to compare (two or more)", html_for=ids.SIDE_ITEMS,
                                       className="small text-muted mb-1"),
                             dcc.Dropdown(id=ids.SIDE_ITEMS,
                                          options=ui.options(fac.names(by), fac.counts(by)),
                                          value=items, multi=True,
                                          placeholder="Pick two or more")], lg=5),
                    dbc.Col([dbc.Label("Multiple-test correction",
                                       className="small text-muted mb-1 d-block"),
                             dbc.RadioItems(id=ids.SIDE_CORRECTION,
                                            options=[{"label": "Benjamini-Hochberg",
                                                      "value": "bh"},
                                                     {"label": "Holm", "value": "holm"}],
                                            value=correction, inline=True)], lg=3),
                ],
                className="g-3",
            )
        ),
        className="mb-3",
    )
    export = html.Div(
        [
            html.Span("Export this selection:", className="me-2 small text-muted"),
            dbc.Select(id=ids.SIDE_EXPORT_FORMAT,
                       options=[{"label": f.upper(), "value": f} for f in exports.EXPORT_FORMATS],
                       value="csv", size="sm", style={"width": "7rem"}, className="me-2"),
            dbc.Button("Statements", id=ids.SIDE_EXPORT_STATEMENTS, size="sm", outline=True,
                       color="primary", className="me-2"),
            dbc.Button("Profiles", id=ids.SIDE_EXPORT_PROFILES, size="sm", outline=True,
                       color="primary"),
            dcc.Download(id=ids.SIDE_DOWNLOAD),
        ],
        className="d-flex align-items-center mb-3",
    )
    return html.Div(
        [
            dcc.Location(id=ids.SIDE_URL, refresh=False),
            dcc.Location(id=ids.SIDE_NAV, refresh="callback-nav"),
            header,
            controls,
            html.Div(id=ids.SIDE_ALERT),
            html.Div(id=ids.SIDE_SMALL),
            ui.card("Framing profiles",
                    ui.chart(ids.SIDE_PROFILES, "profiles"),
                    subtitle="Mean of each score (share for yes/no measures) with its 95% "
                             "interval; click a bar to list its statements"),
            ui.card("What differs", dcc.Loading(html.Div(id=ids.SIDE_FINDINGS), delay_show=150),
                    subtitle="Differences that hold after correction, in plain words"),
            ui.card("All pairwise differences",
                    dcc.Loading(html.Div(id=ids.SIDE_DIFFERENCES), delay_show=150),
                    subtitle="Effect size (Hedges' g for scores, Cohen's h for shares), "
                             "permutation p-value, and the corrected p-value"),
            export,
        ]
    )


@dash.callback(
    Output(ids.SIDE_ITEMS, "options"),
    Output(ids.SIDE_ITEMS, "value"),
    Input(ids.SIDE_BY, "value"),
    prevent_initial_call=True,
)
def change_by(by):
    fac = data.facets(data.current())
    by = by if by in data.COMPARE_BY else "group"
    return ui.options(fac.names(by), fac.counts(by)), _defaults(fac, by)


def _differences_table(comparison) -> dash_table.DataTable | html.P:
    rows = [
        {
            "measure": figures.score_label(d.measure), "a": d.group_a, "b": d.group_b,
            "mean_a": d.mean_a, "mean_b": d.mean_b, "difference": d.difference,
            "effect": d.effect_size,
            "effect_measure": {"hedges_g": "g", "cohens_h": "h"}.get(d.effect_measure, ""),
            "p": d.p_value, "p_adjusted": d.p_adjusted,
            "status": d.status_text or ("significant" if d.p_adjusted is not None
                                        and d.p_adjusted < findings.ALPHA else ""),
        }
        for d in comparison.differences
    ]
    if not rows:
        return html.P("Pick at least two names to compare.", className="text-muted mb-0")
    fmt = dash_table.Format.Format(precision=3, scheme=dash_table.Format.Scheme.fixed)
    num = {"type": "numeric", "format": fmt}
    # p-values: two significant digits, so a small one never reads as 0.000
    pfmt = {"type": "numeric", "format": dash_table.Format.Format(
        precision=2, scheme=dash_table.Format.Scheme.decimal_or_exponent)}
    return dash_table.DataTable(
        columns=[
            {"id": "measure", "name": "Measure"}, {"id": "a", "name": "A"},
            {"id": "b", "name": "B"}, {"id": "mean_a", "name": "Mean A", **num},
            {"id": "mean_b", "name": "Mean B", **num},
            {"id": "difference", "name": "A - B", **num},
            {"id": "effect", "name": "Effect", **num}, {"id": "effect_measure", "name": ""},
            {"id": "p", "name": "p", **pfmt},
            {"id": "p_adjusted", "name": "p (corrected)", **pfmt},
            {"id": "status", "name": "Note"},
        ],
        data=rows,
        sort_action="native",
        page_action="native",
        page_size=20,
        style_table={"overflowX": "auto"},
        style_cell={"fontFamily": figures.FONT, "fontSize": "0.85rem", "padding": "4px 8px",
                    "textAlign": "left"},
        style_header={"fontWeight": "600", "backgroundColor": "#f1f3f5"},
        style_data_conditional=[{"if": {"filter_query": '{status} = "significant"'},
                                 "backgroundColor": "#fff4e6", "fontWeight": "600"}],
    )


@dash.callback(
    Output(ids.SIDE_PROFILES, "figure"),
    Output(ids.SIDE_PROFILES, "config"),
    Output(ids.SIDE_FINDINGS, "children"),
    Output(ids.SIDE_DIFFERENCES, "children"),
    Output(ids.SIDE_SMALL, "children"),
    Output(ids.SIDE_ALERT, "children"),
    Output(ids.SIDE_URL, "search"),
    Input(ids.SIDE_ITEMS, "value"),
    Input(ids.SIDE_CORRECTION, "value"),
    Input(ids.APP_IMAGE_FORMAT, "value"),
    State(ids.SIDE_BY, "value"),
)
def update(items, correction, image_format, by):
    config = figures.graph_config(image_format, "profiles")
    items = list(items or [])
    search = urlstate.encode({"by": by, "item": items, "correction": correction})
    if len(items) < 2:
        msg = ui.info_alert("Pick at least two names to compare.")
        return (figures.placeholder("Pick two or more names"), config, None, None, None, msg,
                search)
    src = data.current()
    sel = data.Selection(by=by, items=tuple(items))
    try:
        comparison = data.comparison(src, sel, correction)
        colours = data.colours(src, by)
    except Exception as exc:
        return (figures.placeholder("No data"), config, None, None, None,
                ui.error_alert(str(exc)), search)
    if comparison is None:
        return (figures.placeholder("No statements"), config, None, None, None,
                ui.info_alert("None of these names has a statement.", "warning"), search)

    values = {}
    for p in comparison.profiles:
        for s in p.scores:
            if s.status == "ok" and s.mean is not None:
                values[(p.group, s.measure)] = (s.mean, s.ci_low, s.ci_high)
            elif s.mean is not None and s.status != "too_few":
                values[(p.group, s.measure)] = (s.mean, s.mean, s.mean)
    labels = {m: "share" if m in findings.SHARES else "mean" for m in comparison.measures}
    fig = figures.profiles(comparison.measures, comparison.groups, values, colours,
                           value_labels=labels)

    small = [p for p in comparison.profiles if p.n < comparison.min_n]
    small_alert = ui.info_alert(
        [html.Strong("Too few statements: "),
         ", ".join(f"{p.group} ({p.n})" for p in small),
         f". Fewer than {comparison.min_n} statements give no interval and no test."],
        color="warning") if small else None

    sig = findings.significant(comparison.differences)
    if sig:
        lines = html.Ul([html.Li(findings.sentence(d, by, correction), className="fl-finding")
                         for d in sig], className="mb-0", id=ids.SIDE_FINDING_LIST)
    else:
        lines = html.P(
            f"No difference holds at the {findings.ALPHA:.0%} level after "
            f"{findings.CORRECTION_NAMES[comparison.correction]} correction "
            f"({comparison.n_tests} tests).", className="text-muted mb-0")
    return (fig, config, lines, _differences_table(comparison), small_alert, None, search)


@dash.callback(
    Output(ids.SIDE_NAV, "href"),
    Input(ids.SIDE_PROFILES, "clickData"),
    State(ids.SIDE_BY, "value"),
    prevent_initial_call=True,
)
def open_statements(click, by):
    try:
        name, measure = click["points"][0]["customdata"]
    except (TypeError, KeyError, IndexError, ValueError):
        return dash.no_update
    return "/statements" + urlstate.encode({by: [name], "score": measure})


@dash.callback(
    Output(ids.SIDE_DOWNLOAD, "data"),
    Output(ids.SIDE_ALERT, "children", allow_duplicate=True),
    Input(ids.SIDE_EXPORT_STATEMENTS, "n_clicks"),
    Input(ids.SIDE_EXPORT_PROFILES, "n_clicks"),
    State(ids.SIDE_EXPORT_FORMAT, "value"),
    State(ids.SIDE_BY, "value"),
    State(ids.SIDE_ITEMS, "value"),
    State(ids.SIDE_CORRECTION, "value"),
    prevent_initial_call=True,
)
def export(_s, _p, fmt, by, items, correction):
    src = data.current()
    sel = data.Selection(by=by, items=tuple(items or ()))
    try:
        if dash.ctx.triggered_id == ids.SIDE_EXPORT_PROFILES:
            comparison = data.comparison(src, sel, correction)
            if comparison is None:
                raise ValueError("nothing to export: pick names that have statements")
            payload, name = exports.export_profiles(comparison, fmt)
        else:
            payload, name = exports.export_statements(src, sel, fmt, with_items=True,
                                                   name="selection")
    except Exception as exc:
        return dash.no_update, ui.error_alert(str(exc), title="Export failed")
    return dcc.send_bytes(payload, name), dash.no_update
