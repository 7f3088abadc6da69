"""Every plotly figure of the dashboard.

Builders take analysis results (or plain sequences) and return a ``go.Figure``; they never
compute statistics. Strings from articles go into plotly as data (text, labels, hover), which
plotly renders as text, so markup inside them shows as written.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import plotly.graph_objects as go

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
GREY = "#9aa0a6"

# Colour-blind-safe first (Okabe-Ito and Tol's bright), then more distinct hues, so the first
# few groups, which are usually the ones compared, are the easiest to tell apart.
PALETTE: tuple[str, ...] = (
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#332288",
    "#882255", "#117733", "#AA4499", "#44AA99", "#999933", "#661100", "#6699CC",
    "#DDCC77", "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
    "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
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


def _base(fig: go.Figure, *, height: int = 420, title: str | None = None) -> go.Figure:
    fig.update_layout(
        template="plotly_white",
        font={"family": FONT, "size": 13},
        height=height,
        margin={"l": 10, "r": 10, "t": 50 if title else 20, "b": 10},
        title={"text": title, "x": 0.0, "xanchor": "left"} if title else None,
        hoverlabel={"font": {"family": FONT}},
    )
    return fig


def placeholder(message: str = "") -> go.Figure:
    """An empty figure (hidden axes) with a centred message; the page says why in an alert."""
    fig = go.Figure()
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    if message:
        fig.add_annotation(text=message, showarrow=False, font={"size": 15, "color": GREY},
                           xref="paper", yref="paper", x=0.5, y=0.5)
    return _base(fig, height=300)


def timeline(days: Sequence[object], counts: Sequence[int], *, undated: int = 0) -> go.Figure:
    """Articles per publication day (bars)."""
    fig = go.Figure(
        go.Bar(
            x=list(days), y=list(counts), marker_color=PALETTE[0],
            hovertemplate="%{x|%Y-%m-%d}: %{y} article(s)<extra></extra>",
            name="articles",
        )
    )
    fig.update_yaxes(title_text="articles", rangemode="tozero", dtick=1 if max(counts or [0]) < 8 else None)
    fig.update_xaxes(type="date", title_text="publication date")
    title = "Articles by publication date"
    if undated:
        title += f" ({undated} without a date not shown)"
    return _base(fig, height=340, title=title)


def bar_counts(names: Sequence[str], counts: Sequence[int], colours: Mapping[str, str],
               *, title: str, value_label: str = "statements") -> go.Figure:
    """Horizontal bars, largest on top, one colour per name."""
    fig = go.Figure(
        go.Bar(
            x=list(counts), y=list(names), orientation="h",
            marker_color=[colours.get(n, GREY) for n in names],
            customdata=list(names),
            hovertemplate="%{y}: %{x} " + value_label + "<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed", automargin=True)
    fig.update_xaxes(title_text=value_label, rangemode="tozero")
    return _base(fig, height=max(300, 28 * len(names) + 90), title=title)


def profiles(
    scores: Sequence[str],
    names: Sequence[str],
    values: Mapping[tuple[str, str], tuple[float, float, float] | None],
    colours: Mapping[str, str],
    *,
    value_labels: Mapping[str, str] | None = None,
) -> go.Figure:
    """Small multiples: one panel per score, one bar per compared name with its interval.

    ``values[(name, score)]`` is ``(estimate, low, high)`` or None when the name has too few
    statements; ``value_labels[score]`` names what the estimate is (share, mean).
    """
    from plotly.subplots import make_subplots

    cols = min(4, max(1, len(scores)))
    rows = -(-len(scores) // cols) if scores else 1
    value_labels = value_labels or {}
    titles = [f"{score_label(s)}<br><sup>{value_labels.get(s, '')}</sup>" for s in scores]
    fig = make_subplots(rows=rows, cols=cols, subplot_titles=titles, vertical_spacing=0.16,
                        horizontal_spacing=0.06)
    for i, score in enumerate(scores):
        r, c = divmod(i, cols)
        for name in names:
            v = values.get((name, score))
            if v is None:
                continue
            est, lo, hi = v
            fig.add_trace(
                go.Bar(
                    x=[name], y=[est], name=name, legendgroup=name, showlegend=i == 0,
                    marker_color=colours.get(name, GREY),
                    error_y={"type": "data", "symmetric": False,
                             "array": [max(0.0, hi - est)], "arrayminus": [max(0.0, est - lo)],
                             "thickness": 1.5, "width": 6, "color": "#343a40"},
                    customdata=[[name, score]],
                    hovertemplate=(
                        f"<b>%{{x}}</b><br>{score_label(score)}: %{{y:.3f}}"
                        f"<br>95% CI {lo:.3f} to {hi:.3f}<extra></extra>"
                    ),
                ),
                row=r + 1, col=c + 1,
            )
        fig.update_xaxes(showticklabels=False, row=r + 1, col=c + 1)
    fig.update_layout(barmode="group", bargap=0.25,
                      legend={"orientation": "h", "yanchor": "bottom", "y": 1.04, "x": 0})
    fig.update_annotations(font_size=13)
    fig = _base(fig, height=260 * rows + 80)
    fig.update_layout(margin={"t": 90})
    return fig


def heatmap(
    rows: Sequence[str], cols: Sequence[str], z: Sequence[Sequence[float | None]], *,
    text: Sequence[Sequence[str]] | None = None, title: str, colorbar: str,
    zmin: float | None = None, zmax: float | None = None, colorscale: str = "Blues",
    hover: str = "%{y} -> %{x}: %{text}",
) -> go.Figure:
    """A labelled heatmap; each cell's ``customdata`` is ``[row, col]`` for click filters."""
    custom = [[[r, c] for c in cols] for r in rows]
    fig = go.Figure(
        go.Heatmap(
            z=[list(r) for r in z], x=list(cols), y=list(rows),
            text=[list(t) for t in text] if text is not None else None,
            texttemplate="%{text}" if text is not None else None,
            customdata=custom, colorscale=colorscale, zmin=zmin, zmax=zmax,
            colorbar={"title": {"text": colorbar}}, hoverongaps=False,
            hovertemplate=hover + "<extra></extra>", xgap=2, ygap=2,
        )
    )
    fig.update_yaxes(autorange="reversed", automargin=True)
    fig.update_xaxes(side="top", tickangle=-35, automargin=True)
    height = max(360, 36 * len(rows) + 220)
    fig = _base(fig, height=height, title=title)
    fig.update_layout(margin={"t": 140})
    return fig


def sankey(sources: Sequence[str], targets: Sequence[str], values: Sequence[int],
           colours: Mapping[str, str], *, title: str) -> go.Figure:
    """Outlet -> speaker group flows (node labels are plain text)."""
    left = list(dict.fromkeys(sources))
    right = list(dict.fromkeys(targets))
    labels = left + right
    index = {("L", n): i for i, n in enumerate(left)} | {
        ("R", n): len(left) + i for i, n in enumerate(right)
    }
    node_colours = ["#6c757d"] * len(left) + [colours.get(n, GREY) for n in right]
    fig = go.Figure(
        go.Sankey(
            arrangement="snap",
            node={"label": labels, "color": node_colours, "pad": 12, "thickness": 14},
            link={
                "source": [index[("L", s)] for s in sources],
                "target": [index[("R", t)] for t in targets],
                "value": list(values),
                "customdata": [[s, t] for s, t in zip(sources, targets, strict=True)],
                "hovertemplate": "%{source.label} quotes %{target.label}: %{value}<extra></extra>",
            },
        )
    )
    return _base(fig, height=max(420, 24 * max(len(left), len(right)) + 120), title=title)


def vocabulary(words: Sequence[str], z: Sequence[float], colour: str, *, title: str,
               counts: Sequence[int] | None = None) -> go.Figure:
    """Distinctive words of one group: horizontal bars of log-odds z-scores, largest on top."""
    hover = "<b>%{y}</b><br>z = %{x:.2f}"
    if counts is not None:
        hover += "<br>%{customdata[1]} use(s)"
    custom = [[w, counts[i] if counts is not None else None] for i, w in enumerate(words)]
    fig = go.Figure(
        go.Bar(x=list(z), y=list(words), orientation="h", marker_color=colour,
               customdata=custom, hovertemplate=hover + "<extra></extra>")
    )
    fig.update_yaxes(autorange="reversed", automargin=True)
    fig.update_xaxes(title_text="log-odds z-score", rangemode="tozero")
    return _base(fig, height=max(260, 22 * len(words) + 90), title=title)


def shares_with_intervals(names: Sequence[str], estimates: Sequence[float | None],
                          lows: Sequence[float | None], highs: Sequence[float | None],
                          colours: Mapping[str, str], *, title: str, notes: Sequence[str] = ()
                          ) -> go.Figure:
    """Horizontal bars of shares (0-1, shown as %) with their intervals as error bars."""
    est = [e if e is not None else 0.0 for e in estimates]
    plus = [(h - e) if (h is not None and e is not None) else 0.0
            for e, h in zip(estimates, highs, strict=True)]
    minus = [(e - lo) if (lo is not None and e is not None) else 0.0
             for e, lo in zip(estimates, lows, strict=True)]
    labels = [f"{n} ({note})" for n, note in zip(names, notes, strict=True)] if notes \
        else list(names)
    fig = go.Figure(
        go.Bar(
            x=est, y=labels, orientation="h",
            marker_color=[colours.get(n, PALETTE[0]) for n in names],
            error_x={"type": "data", "symmetric": False, "array": plus, "arrayminus": minus,
                     "thickness": 1.5, "width": 4, "color": "#343a40"},
            customdata=list(names),
            hovertemplate="%{customdata}: %{x:.0%}<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed", automargin=True)
    fig.update_xaxes(tickformat=".0%", range=[0, 1], title_text="share of statements")
    return _base(fig, height=max(300, 30 * len(names) + 100), title=title)
