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
    fac, notice = ui.facets_or_notice(src, header)
    if notice is not None:
        return notice
    view = urlstate.choice(params, "view", VIEWS, "heatmap")
    return html.Div(
        [
            dcc.Location(id=ids.VOICES_URL, refresh=False),
            dcc.Location(id=ids.VOICES_NAV, refresh="callback-nav"),
            header,
            html.Div(id=ids.VOICES_ALERT),
            ui.card(
                "Outlet → speaker group",
                [dbc.RadioItems(id=ids.VOICES_VIEW,
                                options=[{"label": "Heatmap", "value": "heatmap"},
                                         {"label": "Flows (Sankey)", "value": "sankey"}],
                                value=view, inline=True, className="mb-2"),
                 ui.chart(ids.VOICES_CHART, "voices")],
                subtitle="Cell: how many of the outlet's statements come from the group "
                         "(colour: share of the outlet's statements); click a cell to list "
                         "them"),
            dbc.Row(
                [
                    dbc.Col(ui.card(
                        "Anonymous sources", ui.chart(ids.VOICES_ANONYMOUS, "anonymous"),
                        subtitle="Share of each outlet's statements from unnamed sources, "
                                 "with its 95% Wilson interval; click a bar to list them"),
                        lg=6),
                    dbc.Col(ui.card(
                        "Source diversity", ui.chart(ids.VOICES_DIVERSITY, "diversity"),
                        subtitle="Evenness of each outlet's quotes over the known speaker "
                                 "groups: 0 = one group only, 1 = all groups equally"),
                        lg=6),
                ]
            ),
        ]
    )


@dash.callback(
    Output(ids.VOICES_CHART, "figure"),
    Output(ids.VOICES_ANONYMOUS, "figure"),
    Output(ids.VOICES_DIVERSITY, "figure"),
    Output(ids.VOICES_CHART, "config"),
    Output(ids.VOICES_ANONYMOUS, "config"),
    Output(ids.VOICES_DIVERSITY, "config"),
    Output(ids.VOICES_ALERT, "children"),
    Output(ids.VOICES_URL, "search"),
    Input(ids.VOICES_VIEW, "value"),
    Input(ids.APP_IMAGE_FORMAT, "value"),
)
def update(view, image_format):
    configs = (figures.graph_config(image_format, "voices"),
               figures.graph_config(image_format, "anonymous-sources"),
               figures.graph_config(image_format, "source-diversity"))
    search = urlstate.encode({"view": view if view != "heatmap" else None})
    src = data.current()
    try:
        v = data.voices(src)
        colours = data.colours(src, "group")
    except Exception as exc:
        empty = figures.placeholder("No data")
        return empty, empty, empty, *configs, ui.error_alert(str(exc)), search
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
                                colorbar="share", zmin=0, zmax=1, colorscale=figures.BLUES,
                                hover="%{y} quotes %{x}: %{text} statement(s), "
                                      "%{z:.0%} of its statements")
    anonymous = [v.anonymous[o] for o in outlets]
    anon = figures.shares_with_intervals(
        outlets, [a.mean for a in anonymous], [a.ci_low for a in anonymous],
        [a.ci_high for a in anonymous], {}, title="",
        notes=[f"n={a.n}" + (", too few" if a.status == "too_few" else "") for a in anonymous],
    )
    diversity = figures.shares_with_intervals(
        outlets, [o.diversity for o in table.outlets], [None] * len(outlets),
        [None] * len(outlets), {}, title="", percent=False,
        notes=[f"{o.n_known} of {o.n} placed" for o in table.outlets])
    return chart, anon, diversity, *configs, None, search


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
    Input(ids.VOICES_DIVERSITY, "clickData"),
    prevent_initial_call=True,
)
def open_statements(cell, anonymous, diversity):
    trigger = dash.ctx.triggered_id
    try:
        if trigger == ids.VOICES_ANONYMOUS:
            outlet = anonymous["points"][0]["customdata"]
            return "/statements" + urlstate.encode({"outlet": [outlet],
                                                    "score": "anonymous_source"})
        if trigger == ids.VOICES_DIVERSITY:
            outlet = diversity["points"][0]["customdata"]
            return "/statements" + urlstate.encode({"outlet": [outlet]})
        outlet, group = cell["points"][0]["customdata"]
    except (TypeError, KeyError, IndexError, ValueError):
        return dash.no_update
    return "/statements" + urlstate.encode({"outlet": [outlet], "group": [group]})
