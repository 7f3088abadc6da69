"""Voices: which outlet quotes whom, and how often its sources are anonymous."""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, dcc, html

from app import components as ui
from app import data, figures, ids, urlstate

dash.register_page(__name__, path="/voices", name="Voices", order=2, title="FrameLens: voices")

VIEWS = ("heatmap", "sankey")


def layout(**params) -> html.Div:
    src = data.current()
    header = ui.page_header(
        "Voices",
        "Which outlet quotes whom: each outlet's statements by speaker group, and the share of "
        "its statements that come from anonymous sources.",
    )
    try:
        fac = data.facets(src)
    except Exception as exc:
        return html.Div([header, ui.error_alert(str(exc))])
    if fac.n_statements == 0:
        return html.Div([header, ui.empty_state(str(src.path))])
    view = urlstate.choice(params, "view", VIEWS, "heatmap")
    return html.Div(
        [
            dcc.Location(id=ids.VOICES_URL, refresh=False),
            dcc.Location(id=ids.VOICES_NAV, refresh="callback-nav"),
            header,
            html.Div(id=ids.VOICES_ALERT),
            dbc.Row(
                [
                    dbc.Col(ui.card(
                        "Outlet → speaker group",
                        [dbc.RadioItems(id=ids.VOICES_VIEW,
                                        options=[{"label": "Heatmap", "value": "heatmap"},
                                                 {"label": "Flows (Sankey)", "value": "sankey"}],
                                        value=view, inline=True, className="mb-2"),
                         ui.chart(ids.VOICES_CHART, "voices")],
                        subtitle="Cell: share of the outlet's statements; click a cell to list "
                                 "them"), lg=8),
                    dbc.Col(ui.card(
                        "Anonymous sources",
                        ui.chart(ids.VOICES_ANONYMOUS, "anonymous"),
                        subtitle="Share of each outlet's statements from unnamed sources, "
                                 "95% Wilson interval"), lg=4),
                ]
            ),
        ]
    )


@dash.callback(
    Output(ids.VOICES_CHART, "figure"),
    Output(ids.VOICES_ANONYMOUS, "figure"),
    Output(ids.VOICES_CHART, "config"),
    Output(ids.VOICES_ANONYMOUS, "config"),
    Output(ids.VOICES_ALERT, "children"),
    Output(ids.VOICES_URL, "search"),
    Input(ids.VOICES_VIEW, "value"),
    Input(ids.APP_IMAGE_FORMAT, "value"),
)
def update(view, image_format):
    configs = (figures.graph_config(image_format, "voices"),
               figures.graph_config(image_format, "anonymous-sources"))
    search = urlstate.encode({"view": view if view != "heatmap" else None})
    src = data.current()
    try:
        v = data.voices(src)
        colours = data.colours(src, "group")
    except Exception as exc:
        empty = figures.placeholder("No data")
        return empty, empty, *configs, ui.error_alert(str(exc)), search
    table = v.table
    outlets = [o.outlet for o in table.outlets]
    if view == "sankey":
        flows = [(o.outlet, voice.group, voice.n) for o in table.outlets for voice in o.voices]
        chart = figures.sankey([f[0] for f in flows], [f[1] for f in flows],
                               [f[2] for f in flows], colours, title="")
    else:
        z = [[_share(o, g) for g in table.groups] for o in table.outlets]
        text = [[_count(o, g) for g in table.groups] for o in table.outlets]
        chart = figures.heatmap(outlets, table.groups, z, text=text, title="",
                                colorbar="share", zmin=0, colorscale="Blues",
                                hover="%{y} quotes %{x}: %{text} statement(s), "
                                      "%{z:.0%} of its statements")
    anonymous = [v.anonymous[o] for o in outlets]
    anon = figures.shares_with_intervals(
        outlets, [a.mean for a in anonymous], [a.ci_low for a in anonymous],
        [a.ci_high for a in anonymous], {}, title="",
        notes=[f"n={a.n}" + (", too few" if a.status == "too_few" else "") for a in anonymous],
    )
    return chart, anon, *configs, None, search


def _voice(outlet, group):
    return next((x for x in outlet.voices if x.group == group), None)


def _share(outlet, group) -> float | None:
    found = _voice(outlet, group)
    return found.share if found else None


def _count(outlet, group) -> str:
    found = _voice(outlet, group)
    return str(found.n) if found else ""


@dash.callback(
    Output(ids.VOICES_NAV, "href"),
    Input(ids.VOICES_CHART, "clickData"),
    Input(ids.VOICES_ANONYMOUS, "clickData"),
    prevent_initial_call=True,
)
def open_statements(cell, bar):
    try:
        if dash.ctx.triggered_id == ids.VOICES_ANONYMOUS:
            outlet = bar["points"][0]["customdata"]
            return "/statements" + urlstate.encode({"outlet": [outlet],
                                                    "score": "anonymous_source"})
        outlet, group = cell["points"][0]["customdata"]
    except (TypeError, KeyError, IndexError, ValueError):
        return dash.no_update
    return "/statements" + urlstate.encode({"outlet": [outlet], "group": [group]})
