"""Add articles: upload files or paste text; they are imported, analysed and shown everywhere.

The import runs in a background job (app/jobs.py) that the page polls with a dcc.Interval,
so the progress bar moves while spaCy works. Validation happens first, in the request: bad
input is reported here and nothing is stored (all or nothing, as ``framelens import``).
"""

from __future__ import annotations

import base64
import binascii

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, State, dcc, html

from app import components as ui
from app import data, ids, uploads

dash.register_page(__name__, path="/add-articles", name="Add articles", order=6,
                   title="FrameLens: add articles")

POLL_MS = 500


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.0f} MB"


def layout(**_params) -> html.Div:
    upload = dcc.Upload(
        id=ids.ADD_UPLOAD,
        children=html.Div([
            html.Strong("Drop files here or click to choose"),
            html.Div(f".txt .md .html .json .jsonl, up to {_mb(uploads.MAX_UPLOAD_FILE_BYTES)} "
                     f"each, {_mb(uploads.MAX_UPLOAD_TOTAL_BYTES)} in all",
                     className="small text-muted"),
        ]),
        multiple=True,
        # No `accept` filter and a generous client-side cap: a file the browser drops
        # silently gets no message, so the server checks type and size and says why.
        max_size=uploads.MAX_UPLOAD_TOTAL_BYTES,
        className="fl-upload",
        style={"borderWidth": "2px", "borderStyle": "dashed", "borderRadius": ".5rem",
               "borderColor": "#adb5bd", "padding": "1.5rem", "textAlign": "center",
               "cursor": "pointer", "background": "#fff"},
    )
    form = dbc.Card(
        dbc.CardBody(
            [
                html.H5("Files", className="card-title"),
                upload,
                html.Div(id=ids.ADD_FILES, className="mt-2 small"),
                html.H5("…or paste an article", className="card-title mt-4"),
                dbc.Input(id=ids.ADD_TITLE, placeholder="Title (optional)", className="mb-2",
                          maxLength=300),
                dbc.Textarea(id=ids.ADD_PASTE, placeholder="Paste the article's text here",
                             style={"height": "180px"}, maxLength=uploads.MAX_PASTE_CHARS),
                html.H5("Outlet", className="card-title mt-4"),
                html.P("Used for the articles whose file does not say.",
                       className="small text-muted mb-2"),
                dbc.Row([
                    dbc.Col(dbc.Input(id=ids.ADD_OUTLET, placeholder="Outlet, e.g. Reuters",
                                      maxLength=200), md=8),
                    dbc.Col(dbc.Input(id=ids.ADD_COUNTRY, placeholder="Country, e.g. GB",
                                      maxLength=60), md=4),
                ], className="g-2"),
                dbc.Button("Import and analyse", id=ids.ADD_SUBMIT, color="primary",
                           className="mt-4"),
            ]
        ),
        className="mb-3",
    )
    status = dbc.Card(
        dbc.CardBody(
            [
                html.H5("Progress", className="card-title"),
                dbc.Progress(id=ids.ADD_PROGRESS, value=0, label="", striped=True,
                             animated=False, style={"height": "1.4rem"}, className="mb-2"),
                html.Div("Nothing imported yet in this session.", id=ids.ADD_STATUS,
                         className="small text-muted mb-2"),
                html.Div(id=ids.ADD_RESULT),
            ]
        ),
        className="mb-3",
    )
    return html.Div(
        [
            dcc.Store(id=ids.ADD_JOB),
            dcc.Interval(id=ids.ADD_POLL, interval=POLL_MS, disabled=True),
            ui.page_header(
                "Add articles",
                "Add comparison articles: they are imported, their statements extracted and "
                "scored, and they appear in every panel. All or nothing: if one input is "
                "bad, nothing is stored.",
            ),
            dbc.Row([dbc.Col(form, lg=7), dbc.Col(status, lg=5)]),
        ]
    )


@dash.callback(
    Output(ids.ADD_FILES, "children"),
    Input(ids.ADD_UPLOAD, "filename"),
    Input(ids.ADD_UPLOAD, "contents"),
)
def list_files(names, contents):
    if not names:
        return html.Span("No file chosen.", className="text-muted")
    # base64 holds 3 bytes in 4 characters: the size without decoding the upload
    sizes = [len((c or "").split(",", 1)[-1]) * 3 // 4 for c in (contents or [])]
    sizes += [0] * (len(names) - len(sizes))
    return html.Ul([html.Li(f"{n} ({_size(s)})") for n, s in zip(names, sizes, strict=False)],
                   className="mb-0", id=ids.ADD_FILE_LIST)


def _size(n: int) -> str:
    return f"{n} bytes" if n < 1000 else f"{n / 1000:.0f} kB"


def decode_uploads(names, contents) -> tuple[list[tuple[str, bytes]], list[str]]:
    """dcc.Upload data URLs -> (name, bytes); undecodable ones are problems."""
    files: list[tuple[str, bytes]] = []
    problems: list[str] = []
    for name, content in zip(names or [], contents or [], strict=False):
        try:
            _, b64 = (content or "").split(",", 1)
            files.append((name, base64.b64decode(b64, validate=True)))
        except (ValueError, binascii.Error):
            problems.append(f"{name}: the upload arrived damaged; try again.")
    return files, problems


def _problems(problems: list[str]) -> dbc.Alert:
    return dbc.Alert(
        [html.Strong("Nothing was imported. "),
         "Fix these and try again:",
         html.Ul([html.Li(p) for p in problems], className="mb-0 mt-1")],
        color="danger", className="fl-error", id=ids.ADD_ERROR,
    )


@dash.callback(
    Output(ids.ADD_JOB, "data"),
    Output(ids.ADD_POLL, "disabled"),
    Output(ids.ADD_RESULT, "children"),
    Output(ids.ADD_STATUS, "children"),
    Output(ids.ADD_SUBMIT, "disabled"),
    Input(ids.ADD_SUBMIT, "n_clicks"),
    State(ids.ADD_UPLOAD, "filename"),
    State(ids.ADD_UPLOAD, "contents"),
    State(ids.ADD_PASTE, "value"),
    State(ids.ADD_TITLE, "value"),
    State(ids.ADD_OUTLET, "value"),
    State(ids.ADD_COUNTRY, "value"),
    prevent_initial_call=True,
)
def submit(_n, names, contents, text, title, outlet, country):
    files, problems = decode_uploads(names, contents)
    if problems:
        return None, True, _problems(problems), "", False
    req = uploads.ImportRequest(files=tuple(files), text=text, title=title, outlet=outlet,
                             country=country)
    try:
        job_id, problems = uploads.start_import(data.current(), req)
    except Exception as exc:
        return None, True, ui.error_alert(str(exc), title="Import failed"), "", False
    if problems:
        return None, True, _problems(problems), "", False
    return job_id, False, None, "Starting...", True


def _report(report) -> dbc.Alert:
    lines = [html.Li(f"{report.n_imported} article(s) imported, {report.n_statements} "
                     f"statement(s) found, in {report.seconds:.1f} s.")]
    if report.n_duplicates:
        dupes = ", ".join(f"{origin} (already stored as article {aid})"
                          for origin, aid in report.duplicates[:10])
        lines.append(html.Li(f"{report.n_duplicates} duplicate(s) skipped: {dupes}."))
    if report.n_near_duplicates:
        near = ", ".join(f"{origin} (≈ article {aid}, {sim:.0%} similar)"
                         for origin, aid, sim in report.near_duplicates[:10])
        lines.append(html.Li(f"{report.n_near_duplicates} near-duplicate(s) stored and "
                             f"flagged: {near}."))
    color = "success" if report.n_imported else "warning"
    return dbc.Alert(
        [html.Strong("Done. " if report.n_imported else "Nothing new. "),
         html.Ul(lines, className="mb-1"),
         html.Div([dcc.Link("Overview", href="/"), " · ",
                   dcc.Link("Statements", href="/statements"), " · ",
                   dcc.Link("Side by side", href="/side-by-side")])],
        color=color, id=ids.ADD_DONE,
    )


@dash.callback(
    Output(ids.ADD_PROGRESS, "value"),
    Output(ids.ADD_PROGRESS, "label"),
    Output(ids.ADD_PROGRESS, "animated"),
    Output(ids.ADD_STATUS, "children", allow_duplicate=True),
    Output(ids.ADD_RESULT, "children", allow_duplicate=True),
    Output(ids.ADD_POLL, "disabled", allow_duplicate=True),
    Output(ids.ADD_SUBMIT, "disabled", allow_duplicate=True),
    Input(ids.ADD_POLL, "n_intervals"),
    State(ids.ADD_JOB, "data"),
    prevent_initial_call=True,
)
def poll(_n, job_id):
    job = data.current().jobs.status(job_id)
    if job is None:
        return 0, "", False, "", None, True, False
    label = f"{job.done} / {job.total}" if job.total else ""
    if job.running:
        # a sliver of bar from the start, so the page visibly works while spaCy loads
        return max(job.percent, 5), label, True, job.message, dash.no_update, False, True
    if job.state == "failed":
        alert = ui.error_alert(f"{job.error}. Nothing was stored.", title="Import failed")
        return job.percent, label, False, job.message, alert, True, False
    return 100, label, False, job.message, _report(job.report), True, False
