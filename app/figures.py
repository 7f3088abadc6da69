"""Every plotly figure of the dashboard, as plain figure dicts.

Builders take analysis results (or plain sequences) and return ``{"data": [...], "layout":
{...}}``; they never compute statistics. Dicts rather than ``go.Figure``: plotly's object
validation costs 15-20 ms per trace, more than the queries behind a chart.

Plotly renders labels, legends and hover text as a small subset of HTML (``<b>``, ``<a>``,
``<br>`` ...). Names from articles (outlets, groups, actors, words) are therefore escaped
with :func:`esc` wherever plotly displays them, so ``<b>`` or ``<script>`` in an outlet's
name shows as written. Raw names travel only in ``customdata`` (read back by click
callbacks, never displayed).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

Figure = dict[str, Any]

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
GREY = "#9aa0a6"

# Sequential scales from white (none) to a deep colour (all); plotly's named "Blues" runs
# the other way.
BLUES = [[0.0, "#f7fbff"], [0.25, "#c6dbef"], [0.5, "#6baed6"], [0.75, "#2171b5"],
         [1.0, "#08306b"]]

# Strong, colour-blind-friendly hues first (Okabe-Ito, Tol), pale ones last, so the groups
# compared most often are the easiest to tell apart.
PALETTE: tuple[str, ...] = (
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#332288", "#882255",
    "#117733", "#56B4E9", "#AA4499", "#44AA99", "#661100", "#6699CC", "#999933",
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
    "#bcbd22", "#17becf", "#DDCC77",
)

SCORE_LABELS: dict[str, str] = {
    "sentiment": "Sentiment",
    "hedging": "Hedging",
    "boosting": "Boosting",
    "denial": "Denial",
    "accusation": "Accusation",
    "verb_stance": "Verb stance",
    "scare_quotes": "Scare quotes",
    "sarcasm": "Sarcasm",
    "hedged": "Hedged",
    "anonymous_source": "Anonymous source",
}


def esc(text: object) -> str:
    """``text`` for a plotly label: its pseudo-HTML characters as entities."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def score_label(name: str) -> str:
    return SCORE_LABELS.get(name, name.replace("_", " ").capitalize())


def color_map(names: Sequence[str]) -> dict[str, str]:
    """One colour per name, by its position in ``names`` (every name of that kind in the
    database, in a fixed order), so a group has the same colour in every chart."""
    colours: dict[str, str] = {}
    i = 0
    for name in names:
        if name == "unknown":
            colours[name] = GREY
            continue
        colours[name] = PALETTE[i % len(PALETTE)]
        i += 1
    return colours


def graph_config(image_format: str, filename: str) -> dict:
    """The modebar: no logo, and the camera button exports ``image_format`` (png or svg)."""
    fmt = image_format if image_format in ("png", "svg") else "png"
    return {
        "displaylogo": False,
        "modeBarButtonsToRemove": ["lasso2d", "select2d"],
        "toImageButtonOptions": {
            "format": fmt,
            "filename": f"framelens-{filename}",
            "scale": 2 if fmt == "png" else 1,
        },
    }


def _figure(data: list[dict], layout: dict, *, height: int, title: str | None = None) -> Figure:
    base = {
        "template": {"layout": {"paper_bgcolor": "white", "plot_bgcolor": "white"}},
        "font": {"family": FONT, "size": 13, "color": "#2a3f5f"},
        "height": height,
        "margin": {"l": 10, "r": 10, "t": 50 if title else 20, "b": 10},
        "hoverlabel": {"font": {"family": FONT}},
        "showlegend": False,
    }
    if title:
        base["title"] = {"text": esc(title), "x": 0.0, "xanchor": "left"}
    base.update(layout)
    return {"data": data, "layout": base}


def _axis(**extra: Any) -> dict:
    axis = {"gridcolor": "#eef0f3", "zerolinecolor": "#d0d4da", "automargin": True}
    axis.update(extra)
    return axis


def placeholder(message: str = "") -> Figure:
    """An empty figure (hidden axes) with a centred message; the page says why in an alert."""
    annotations = [{"text": esc(message), "showarrow": False, "xref": "paper", "yref": "paper",
                    "x": 0.5, "y": 0.5, "font": {"size": 15, "color": GREY}}] if message else []
    return _figure([], {"xaxis": {"visible": False}, "yaxis": {"visible": False},
                        "annotations": annotations}, height=300)


def timeline(days: Sequence[object], counts: Sequence[int], *, undated: int = 0) -> Figure:
    """Articles per publication day (bars)."""
    bar = {"type": "bar", "x": [str(d) for d in days], "y": list(counts),
           "marker": {"color": PALETTE[0]}, "name": "articles",
           "hovertemplate": "%{x|%Y-%m-%d}: %{y} article(s)<extra></extra>"}
    yaxis = _axis(title={"text": "articles"}, rangemode="tozero")
    if max(counts or [0]) < 8:
        yaxis["dtick"] = 1
    note = f"{undated} article(s) without a date are not shown" if undated else None
    layout = {"xaxis": _axis(type="date", title={"text": "publication date"}), "yaxis": yaxis}
    if note:
        layout["annotations"] = [{"text": note, "showarrow": False, "xref": "paper",
                                  "yref": "paper", "x": 1, "y": 1.08, "xanchor": "right",
                                  "font": {"size": 12, "color": GREY}}]
    return _figure([bar], layout, height=340)


def bar_counts(names: Sequence[str], counts: Sequence[int], colours: Mapping[str, str],
               *, title: str = "", value_label: str = "statements") -> Figure:
    """Horizontal bars, largest on top, one colour per name."""
    bar = {"type": "bar", "orientation": "h", "x": list(counts), "y": [esc(n) for n in names],
           "marker": {"color": [colours.get(n, GREY) for n in names]},
           "customdata": list(names),
           "hovertemplate": "%{y}: %{x} " + value_label + "<extra></extra>"}
    layout = {"yaxis": _axis(autorange="reversed"),
              "xaxis": _axis(title={"text": value_label}, rangemode="tozero")}
    return _figure([bar], layout, height=max(300, 28 * len(names) + 90), title=title or None)


def profiles(
    scores: Sequence[str],
    names: Sequence[str],
    values: Mapping[tuple[str, str], tuple[float, float, float] | None],
    colours: Mapping[str, str],
    *,
    value_labels: Mapping[str, str] | None = None,
) -> Figure:
    """Small multiples: one panel per score, one bar per compared name with its interval.

    ``values[(name, score)]`` is ``(estimate, low, high)``; a missing key (too few
    statements) draws no bar. ``value_labels[score]`` names the estimate (share, mean).
    """
    value_labels = value_labels or {}
    cols = min(4, max(1, len(scores)))
    rows = max(1, -(-len(scores) // cols))
    hgap, vgap = 0.06, 0.16 / rows * 2
    width = (1 - hgap * (cols - 1)) / cols
    height = (1 - vgap * (rows - 1)) / rows
    data: list[dict] = []
    layout: dict[str, Any] = {"barmode": "group", "bargap": 0.25, "showlegend": True,
                              "legend": {"orientation": "h", "yanchor": "bottom",
                                         "y": 1.0 + 60 / (260 * rows), "x": 0}}
    annotations = []
    shown: set[str] = set()
    for i, score in enumerate(scores):
        r, c = divmod(i, cols)
        n = i + 1
        x0 = c * (width + hgap)
        y1 = 1 - r * (height + vgap)
        xa, ya = ("x", "y") if n == 1 else (f"x{n}", f"y{n}")
        layout["xaxis" if n == 1 else f"xaxis{n}"] = _axis(
            domain=[x0, x0 + width], anchor=ya, showticklabels=False, showgrid=False)
        layout["yaxis" if n == 1 else f"yaxis{n}"] = _axis(domain=[y1 - height, y1], anchor=xa)
        annotations.append({
            "text": f"<b>{score_label(score)}</b> <span style='font-size:11px'>"
                    f"({value_labels.get(score, 'mean')})</span>",
            "showarrow": False, "xref": "paper", "yref": "paper", "x": x0 + width / 2,
            "y": y1, "xanchor": "center", "yanchor": "bottom", "font": {"size": 13}})
        for name in names:
            v = values.get((name, score))
            if v is None:
                continue
            est, lo, hi = v
            data.append({
                "type": "bar", "x": [esc(name)], "y": [est], "name": esc(name),
                "legendgroup": esc(name), "showlegend": name not in shown,
                "marker": {"color": colours.get(name, GREY)},
                "error_y": {"type": "data", "symmetric": False,
                            "array": [max(0.0, hi - est)], "arrayminus": [max(0.0, est - lo)],
                            "thickness": 1.5, "width": 6, "color": "#343a40"},
                "customdata": [[name, score]], "xaxis": xa, "yaxis": ya,
                "hovertemplate": (f"<b>%{{x}}</b><br>{score_label(score)}: %{{y:.3f}}"
                                  f"<br>95% interval {lo:.3f} to {hi:.3f}<extra></extra>"),
            })
            shown.add(name)
    layout["annotations"] = annotations
    fig = _figure(data, layout, height=240 * rows + 110)
    fig["layout"]["margin"] = {"l": 10, "r": 10, "t": 70, "b": 10}
    return fig


def heatmap(
    rows: Sequence[str], cols: Sequence[str], z: Sequence[Sequence[float | None]], *,
    text: Sequence[Sequence[str]] | None = None, colorbar: str, title: str = "",
    zmin: float | None = None, zmax: float | None = None, colorscale: str | list = "Viridis",
    hover: str = "%{y} → %{x}: %{text}",
) -> Figure:
    """A labelled heatmap; each cell's ``customdata`` is ``[row, col]`` (raw names) for
    click filters."""
    trace = {
        "type": "heatmap", "z": [list(r) for r in z], "x": [esc(c) for c in cols],
        "y": [esc(r) for r in rows], "customdata": [[[r, c] for c in cols] for r in rows],
        "colorscale": colorscale, "colorbar": {"title": {"text": colorbar}},
        "hoverongaps": False, "xgap": 2, "ygap": 2, "hovertemplate": hover + "<extra></extra>",
    }
    if zmin is not None:
        trace["zmin"] = zmin
    if zmax is not None:
        trace["zmax"] = zmax
    if text is not None:
        trace["text"] = [list(t) for t in text]
        trace["texttemplate"] = "%{text}"
    layout = {"yaxis": _axis(autorange="reversed", showgrid=False),
              "xaxis": _axis(side="top", tickangle=-45 if len(cols) <= 14 else -65,
                             showgrid=False)}
    longest = max((len(c) for c in cols), default=10)
    top = min(260, 60 + 6 * longest)
    fig = _figure([trace], layout, height=max(360, 34 * len(rows) + top + 40),
                  title=title or None)
    fig["layout"]["margin"] = {"l": 10, "r": 10, "t": top, "b": 10}
    return fig


def sankey(sources: Sequence[str], targets: Sequence[str], values: Sequence[int],
           colours: Mapping[str, str], *, title: str = "") -> Figure:
    """Outlet -> speaker group flows."""
    left = list(dict.fromkeys(sources))
    right = list(dict.fromkeys(targets))
    index = {("L", n): i for i, n in enumerate(left)} | {
        ("R", n): len(left) + i for i, n in enumerate(right)}
    trace = {
        "type": "sankey", "arrangement": "snap",
        "node": {"label": [esc(n) for n in left + right], "pad": 12, "thickness": 14,
                 "color": ["#6c757d"] * len(left) + [colours.get(n, GREY) for n in right]},
        "link": {"source": [index[("L", s)] for s in sources],
                 "target": [index[("R", t)] for t in targets], "value": list(values),
                 "customdata": [[s, t] for s, t in zip(sources, targets, strict=True)],
                 "hovertemplate": "%{source.label} quotes %{target.label}: %{value}"
                                  "<extra></extra>"},
    }
    return _figure([trace], {}, height=max(420, 24 * max(len(left), len(right)) + 120),
                   title=title or None)


def vocabulary(words: Sequence[str], z: Sequence[float], colour: str, *, title: str = "",
               counts: Sequence[int] | None = None) -> Figure:
    """Distinctive words of one group: horizontal bars of log-odds z-scores, largest on top."""
    hover = "<b>%{y}</b><br>z = %{x:.2f}"
    if counts is not None:
        hover += "<br>%{text} use(s)"
    bar = {"type": "bar", "orientation": "h", "x": list(z), "y": [esc(w) for w in words],
           "marker": {"color": colour}, "customdata": [[w] for w in words],
           "hovertemplate": hover + "<extra></extra>"}
    if counts is not None:
        bar["text"] = [str(c) for c in counts]
        bar["textposition"] = "none"
    layout = {"yaxis": _axis(autorange="reversed"),
              "xaxis": _axis(title={"text": "log-odds z-score"}, rangemode="tozero")}
    return _figure([bar], layout, height=max(260, 22 * len(words) + 90), title=title or None)


def shares_with_intervals(names: Sequence[str], estimates: Sequence[float | None],
                          lows: Sequence[float | None], highs: Sequence[float | None],
                          colours: Mapping[str, str], *, title: str = "",
                          notes: Sequence[str] = (), percent: bool = True) -> Figure:
    """Horizontal bars of values in 0-1 (shares, shown as %, or indices) with their
    intervals as error bars where given."""
    est = [e if e is not None else 0.0 for e in estimates]
    plus = [(h - e) if (h is not None and e is not None) else 0.0
            for e, h in zip(estimates, highs, strict=True)]
    minus = [(e - lo) if (lo is not None and e is not None) else 0.0
             for e, lo in zip(estimates, lows, strict=True)]
    labels = [f"{esc(n)} ({esc(note)})" for n, note in zip(names, notes, strict=True)] \
        if notes else [esc(n) for n in names]
    bar = {"type": "bar", "orientation": "h", "x": est, "y": labels,
           "marker": {"color": [colours.get(n, PALETTE[0]) for n in names]},
           "error_x": {"type": "data", "symmetric": False, "array": plus, "arrayminus": minus,
                       "thickness": 1.5, "width": 4, "color": "#343a40"},
           "customdata": list(names),
           "hovertemplate": "%{y}: %{x:" + (".0%" if percent else ".2f") + "}<extra></extra>"}
    layout = {"yaxis": _axis(autorange="reversed"),
              "xaxis": _axis(tickformat=".0%" if percent else ".1f", range=[0, 1],
                             title={"text": "share of statements" if percent
                                    else "diversity (normalised entropy)"})}
    return _figure([bar], layout, height=max(300, 30 * len(names) + 100), title=title or None)
