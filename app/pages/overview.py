"""Overview: how much is in the database, and when the articles were published."""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, dcc, html

from app import components as ui
from app import data, figures, ids, urlstate

dash.register_page(__name__, path="/", name="Overview", order=0, title="FrameLens")


def _stat(value: int, label: str, stat_id: str) -> dbc.Col:
    return dbc.Col(
        dbc.Card(dbc.CardBody([html.Div(f"{value:,}", className="fl-stat-value", id=stat_id),
                               html.Div(label, className="fl-stat-label")]),
                 className="fl-stat h-100"),
        xs=6, md=3, className="mb-3",
    )


def layout(**_params) -> html.Div:
    src = data.current()
    header = ui.page_header(
        "Overview",
        "What the database holds: articles, outlets, statements and speaker groups.",
    )
    try:
        counts = data.counts(src)
    except Exception as exc:
        return html.Div([header, ui.error_alert(str(exc), title="Cannot read the database")])
    if counts.articles == 0:
        return html.Div([header, html.Div(ui.empty_state(str(src.path)), id=ids.OVERVIEW_EMPTY)])
    return html.Div(
        [
            dcc.Location(id=ids.OVERVIEW_NAV, refresh="callback-nav"),
            header,
            dbc.Row(
                [
                    _stat(counts.articles, "articles", ids.OVERVIEW_COUNT_ARTICLES),
                    _stat(counts.outlets, "outlets", ids.OVERVIEW_COUNT_OUTLETS),
                    _stat(counts.statements, "statements", ids.OVERVIEW_COUNT_STATEMENTS),
                    _stat(counts.groups, "speaker groups", ids.OVERVIEW_COUNT_GROUPS),
                ],
                id=ids.OVERVIEW_COUNTS,
            ),
            html.Div(id=ids.OVERVIEW_ALERT),
            dbc.Row(
                [
                    dbc.Col(ui.card("Timeline", ui.chart(ids.OVERVIEW_TIMELINE, "timeline"),
                                    subtitle="Articles by publication date"), lg=7),
                    dbc.Col(ui.card("Speaker groups",
                                    ui.chart(ids.OVERVIEW_GROUPS, "groups"),
                                    subtitle="Statements per group; click a bar to list them"),
                            lg=5),
                ]
            ),
        ]
    )


@dash.callback(
    Output(ids.OVERVIEW_TIMELINE, "figure"),
    Output(ids.OVERVIEW_GROUPS, "figure"),
    Output(ids.OVERVIEW_ALERT, "children"),
    Output(ids.OVERVIEW_TIMELINE, "config"),
    Output(ids.OVERVIEW_GROUPS, "config"),
    Input(ids.APP_IMAGE_FORMAT, "value"),
)
def update_charts(image_format):
    configs = (figures.graph_config(image_format, "timeline"),
               figures.graph_config(image_format, "groups"))
    src = data.current()
    try:
        timeline = data.timeline(src)
        fac = data.facets(src)
    except Exception as exc:
        empty = figures.placeholder("No data")
        return empty, empty, ui.error_alert(str(exc)), *configs
    colours = data.colours(src, "group")
    groups = figures.bar_counts(fac.groups, [fac.group_counts[g] for g in fac.groups], colours,
                                title="")
    days = figures.timeline(timeline.days, timeline.counts, undated=timeline.undated)
    return days, groups, None, *configs


@dash.callback(
    Output(ids.OVERVIEW_NAV, "href"),
    Input(ids.OVERVIEW_GROUPS, "clickData"),
    Input(ids.OVERVIEW_TIMELINE, "clickData"),
    prevent_initial_call=True,
)
def open_statements(group_click, day_click):
    if dash.ctx.triggered_id == ids.OVERVIEW_TIMELINE:
        try:
            day = str(day_click["points"][0]["x"])[:10]
        except (TypeError, KeyError, IndexError):
            return dash.no_update
        return "/statements" + urlstate.encode({"day": day})
    name = _clicked(group_click)
    if name is None:
        return dash.no_update
    return "/statements" + urlstate.encode({"group": [name]})


def _clicked(click) -> str | None:
    try:
        return str(click["points"][0]["customdata"])
    except (TypeError, KeyError, IndexError):
        return None
