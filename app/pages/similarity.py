"""Similarity: how alike outlets or groups frame the story, as a matrix."""

from __future__ import annotations

import math

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, dcc, html

from app import components as ui
from app import data, figures, ids, urlstate

dash.register_page(__name__, path="/similarity", name="Similarity", order=5,
                   title="FrameLens: similarity")

BY_LABELS = {"outlet": "Outlets", "group": "Speaker groups"}


def layout(**params) -> html.Div:
    src = data.current()
    header = ui.page_header(
        "Similarity",
        "How alike the framing of outlets or speaker groups is: 1 = the same, 0 = nothing "
        "in common. Switch between word use (TF-IDF cosine) and the framing-profile measure.",
    )
    fac, notice = ui.facets_or_notice(src, header)
    if notice is not None:
        return notice
    by = urlstate.choice(params, "by", data.SIMILARITY_BY, "outlet")
    measure = urlstate.choice(params, "measure", data.SIMILARITY_MEASURES, "tfidf")
    return html.Div(
        [
            dcc.Location(id=ids.SIMILARITY_URL, refresh=False),
            dcc.Location(id=ids.SIMILARITY_NAV, refresh="callback-nav"),
            header,
            dbc.Card(dbc.CardBody(dbc.Row([
                dbc.Col([dbc.Label("Compare", className="small text-muted mb-1 d-block"),
                         dbc.RadioItems(id=ids.SIMILARITY_BY,
                                        options=[{"label": v, "value": k}
                                                 for k, v in BY_LABELS.items()],
                                        value=by, inline=True)], md=5),
                dbc.Col([dbc.Label("Measure", className="small text-muted mb-1 d-block"),
                         dbc.RadioItems(id=ids.SIMILARITY_MEASURE,
                                        options=[{"label": label, "value": key}
                                                 for key, label in
                                                 data.SIMILARITY_MEASURES.items()],
                                        value=measure, inline=True)], md=7),
            ])), className="mb-3"),
            html.Div(id=ids.SIMILARITY_ALERT),
            ui.card("Similarity matrix", ui.chart(ids.SIMILARITY_CHART, "similarity"),
                    subtitle="Click a cell to list the statements of that row's name"),
        ]
    )


@dash.callback(
    Output(ids.SIMILARITY_CHART, "figure"),
    Output(ids.SIMILARITY_CHART, "config"),
    Output(ids.SIMILARITY_ALERT, "children"),
    Output(ids.SIMILARITY_URL, "search"),
    Input(ids.SIMILARITY_BY, "value"),
    Input(ids.SIMILARITY_MEASURE, "value"),
    Input(ids.APP_IMAGE_FORMAT, "value"),
)
def update(by, measure, image_format):
    config = figures.graph_config(image_format, f"similarity-{measure}")
    search = urlstate.encode({"by": by, "measure": measure})
    try:
        m = data.similarity(data.current(), by, measure)
    except Exception as exc:
        return figures.placeholder("No data"), config, ui.error_alert(str(exc)), search
    if len(m.labels) < 2:
        return (figures.placeholder("Need two or more"), config,
                ui.info_alert("Similarity needs at least two names with statements."), search)
    values = [[None if math.isnan(x) else float(x) for x in row] for row in m.values]
    text = [[f"{x:.2f}" if x is not None else "" for x in row] for row in values]
    fig = figures.heatmap(m.labels, m.labels, values, text=text, title="",
                          colorbar="similarity", zmin=0, zmax=1, colorscale="Viridis",
                          hover="%{y} vs %{x}: %{text}")
    note = ui.info_alert(f"Measure: {m.description}.", "light")
    return fig, config, note, search


@dash.callback(
    Output(ids.SIMILARITY_NAV, "href"),
    Input(ids.SIMILARITY_CHART, "clickData"),
    dash.State(ids.SIMILARITY_BY, "value"),
    prevent_initial_call=True,
)
def open_statements(click, by):
    try:
        row, _col = click["points"][0]["customdata"]
    except (TypeError, KeyError, IndexError, ValueError):
        return dash.no_update
    return "/statements" + urlstate.encode({by: [row]})
