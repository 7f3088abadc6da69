"""The FrameLens dashboard: a Dash app with one page per panel (``app/pages``).

``create_app(db_path)`` builds it; ``framelens app`` (app/commands/serve.py) serves it.
"""

from __future__ import annotations

from pathlib import Path

import dash
import dash_bootstrap_components as dbc
from dash import _callback, html

from . import data, ids, uploads

HERE = Path(__file__).resolve().parent
ASSETS = HERE / "assets"
BOOTSTRAP_CSS = ASSETS / "vendor" / "bootstrap.min.css"

# The request size Flask accepts: uploads arrive base64-encoded inside a callback request,
# so this is a bit more than 4/3 of uploads.MAX_UPLOAD_TOTAL_BYTES.
MAX_REQUEST_BYTES = uploads.MAX_UPLOAD_TOTAL_BYTES * 3 // 2


def create_app(db_path: str | Path, *, warm: bool = True) -> dash.Dash:
    """The dashboard for the database at ``db_path`` (it may be empty or not exist yet).

    ``warm`` computes each page's first view in a background thread at start-up."""
    data.configure(db_path)
    # Pages register their callbacks with @dash.callback when Dash executes them below. A
    # previous create_app in this process (tests) or a plain import of a page module left
    # its registrations in Dash's global list; the new app must not inherit duplicates.
    _callback.GLOBAL_CALLBACK_LIST.clear()
    _callback.GLOBAL_CALLBACK_MAP.clear()

    app = dash.Dash(
        "app",
        use_pages=True,
        pages_folder=str(HERE / "pages"),
        assets_folder=str(ASSETS),
        # Bootstrap is served from our own assets (fetched at set-up); listing it here puts it
        # before app.css, and assets_path_ignore keeps Dash from adding it a second time.
        external_stylesheets=["/assets/vendor/bootstrap.min.css"],
        assets_path_ignore=["vendor"],
        title="FrameLens",
        update_title=None,
        suppress_callback_exceptions=True,
        serve_locally=True,
    )
    app.server.config["MAX_CONTENT_LENGTH"] = MAX_REQUEST_BYTES
    app.layout = layout
    if warm:
        data.warm_in_background(data.current())
    return app


def navbar() -> dbc.Navbar:
    links = [
        dbc.NavItem(dbc.NavLink(page["name"], href=page["relative_path"], active="exact"))
        for page in dash.page_registry.values()
    ]
    image_format = html.Div(
        [
            html.Small("Chart export", className="text-white-50 me-2"),
            dbc.RadioItems(
                id=ids.APP_IMAGE_FORMAT,
                options=[{"label": "PNG", "value": "png"}, {"label": "SVG", "value": "svg"}],
                value="png",
                inline=True,
                persistence=True,
                persistence_type="local",
                className="fl-image-format",
                labelClassName="text-white",
            ),
        ],
        className="d-flex align-items-center ms-lg-3",
        title="Format of the camera button on every chart",
    )
    return dbc.Navbar(
        dbc.Container(
            [
                dbc.NavbarBrand(
                    [html.Span("Frame", className="fw-light"), html.Span("Lens", className="fw-bold")],
                    href="/",
                ),
                dbc.NavbarToggler(id="app-navbar-toggler"),
                dbc.Collapse(
                    dbc.Nav(links, navbar=True, className="me-auto"),
                    id="app-navbar-collapse",
                    navbar=True,
                    is_open=True,
                ),
                image_format,
            ],
            fluid=True,
        ),
        id=ids.APP_NAVBAR,
        color="dark",
        dark=True,
        className="mb-3 fl-navbar",
    )


def layout() -> html.Div:
    return html.Div(
        [
            navbar(),
            dbc.Container(dash.page_container, fluid=True, className="fl-main pb-5"),
        ]
    )
