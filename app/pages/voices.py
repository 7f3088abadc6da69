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
    if view == "sankey":
        pairs = [(o, g) for o in v.outlets for g in v.groups if (o, g) in v.counts]
        chart = figures.sankey([o for o, _ in pairs], [g for _, g in pairs],
                               [v.counts[p] for p in pairs], colours, title="")
    else:
        z = [[v.shares.get((o, g)) for g in v.groups] for o in v.outlets]
        text = [[str(v.counts[(o, g)]) if (o, g) in v.counts else "" for g in v.groups]
                for o in v.outlets]
        chart = figures.heatmap(v.outlets, v.groups, z, text=text, title="",
                                colorbar="share", zmin=0, colorscale="Blues",
                                hover="%{y} quotes %{x}: %{text} statement(s), "
                                      "%{z:.0%} of its statements")
    profiles = {p.group: p.score("anonymous_source") for p in v.anonymous}
    names = list(v.outlets)
    anon = figures.shares_with_intervals(
        names, [profiles[n].mean for n in names], [profiles[n].ci_low for n in names],
        [profiles[n].ci_high for n in names], {}, title="",
        notes=[f"n={profiles[n].n}" + (" (too few)" if profiles[n].status == "too_few" else "")
               for n in names],
    )
    return chart, anon, *configs, None, search


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
