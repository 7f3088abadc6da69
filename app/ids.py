"""Every component id of the dashboard, in one place.

Ids are kebab-case and start with their page's prefix, so a test or a callback that names an
id can be traced to the page that renders it.
"""

from __future__ import annotations

# --- app shell (app.py) ---------------------------------------------------------------------
APP_NAVBAR = "app-navbar"
APP_IMAGE_FORMAT = "app-image-format"  # PNG/SVG toggle for the charts' camera button
APP_IMAGE_FORMAT_STORE = "app-image-format-store"

# --- overview -------------------------------------------------------------------------------
OVERVIEW_URL = "overview-url"
OVERVIEW_NAV = "overview-nav"
OVERVIEW_ALERT = "overview-alert"
OVERVIEW_COUNTS = "overview-counts"
OVERVIEW_COUNT_ARTICLES = "overview-count-articles"
OVERVIEW_COUNT_OUTLETS = "overview-count-outlets"
OVERVIEW_COUNT_STATEMENTS = "overview-count-statements"
OVERVIEW_COUNT_GROUPS = "overview-count-groups"
OVERVIEW_TIMELINE = "overview-timeline"
OVERVIEW_GROUPS = "overview-groups"
OVERVIEW_EMPTY = "overview-empty"

# --- side by side ---------------------------------------------------------------------------
SIDE_URL = "side-by-side-url"
SIDE_NAV = "side-by-side-nav"
SIDE_BY = "side-by-side-by"
SIDE_ITEMS = "side-by-side-items"
SIDE_CORRECTION = "side-by-side-correction"
SIDE_ALERT = "side-by-side-alert"
SIDE_PROFILES = "side-by-side-profiles"
SIDE_SMALL = "side-by-side-small"
SIDE_FINDINGS = "side-by-side-findings"
SIDE_FINDING_LIST = "side-by-side-finding-list"
SIDE_DIFFERENCES = "side-by-side-differences"
SIDE_EXPORT_FORMAT = "side-by-side-export-format"
SIDE_EXPORT_STATEMENTS = "side-by-side-export-statements"
SIDE_EXPORT_PROFILES = "side-by-side-export-profiles"
SIDE_DOWNLOAD = "side-by-side-download"

# --- voices ---------------------------------------------------------------------------------
VOICES_URL = "voices-url"
VOICES_NAV = "voices-nav"
VOICES_VIEW = "voices-view"  # heatmap | sankey
VOICES_ALERT = "voices-alert"
VOICES_CHART = "voices-chart"
VOICES_ANONYMOUS = "voices-anonymous"
VOICES_DIVERSITY = "voices-diversity"

# --- vocabulary -----------------------------------------------------------------------------
VOCAB_URL = "vocabulary-url"
VOCAB_BY = "vocabulary-by"
VOCAB_ITEMS = "vocabulary-items"
VOCAB_ALERT = "vocabulary-alert"
VOCAB_CHARTS = "vocabulary-charts"
VOCAB_CHART = "vocabulary-chart"  # pattern-matching: {"type": VOCAB_CHART, "index": name}
VOCAB_WORD = "vocabulary-word"
VOCAB_HITS = "vocabulary-hits"
VOCAB_HIT_LIST = "vocabulary-hit-list"

# --- statements -----------------------------------------------------------------------------
STATEMENTS_URL = "statements-url"
STATEMENTS_OUTLET = "statements-outlet"
STATEMENTS_GROUP = "statements-group"
STATEMENTS_ACTOR = "statements-actor"
STATEMENTS_KIND = "statements-kind"
STATEMENTS_SCORE = "statements-score"  # only statements where this score is non-zero
STATEMENTS_SEARCH = "statements-search"
STATEMENTS_IDS = "statements-ids"  # a fixed id list (from a vocabulary click)
STATEMENTS_DAY = "statements-day"  # a publication day (from a timeline click)
STATEMENTS_CLEAR = "statements-clear"
STATEMENTS_ALERT = "statements-alert"
STATEMENTS_COUNT = "statements-count"
STATEMENTS_TABLE = "statements-table"
STATEMENTS_DETAIL = "statements-detail"
STATEMENTS_DETAIL_CARD = "statements-detail-card"
STATEMENTS_DETAIL_SENTENCE = "statements-detail-sentence"
STATEMENTS_EXPORT_FORMAT = "statements-export-format"
STATEMENTS_EXPORT = "statements-export"
STATEMENTS_DOWNLOAD = "statements-download"

# --- similarity -----------------------------------------------------------------------------
SIMILARITY_URL = "similarity-url"
SIMILARITY_NAV = "similarity-nav"
SIMILARITY_BY = "similarity-by"
SIMILARITY_MEASURE = "similarity-measure"
SIMILARITY_ALERT = "similarity-alert"
SIMILARITY_CHART = "similarity-chart"

# --- add articles ---------------------------------------------------------------------------
ADD_UPLOAD = "add-articles-upload"
ADD_FILES = "add-articles-files"
ADD_PASTE = "add-articles-paste"
ADD_TITLE = "add-articles-title"
ADD_OUTLET = "add-articles-outlet"
ADD_COUNTRY = "add-articles-country"
ADD_SUBMIT = "add-articles-submit"
ADD_JOB = "add-articles-job"
ADD_POLL = "add-articles-poll"
ADD_PROGRESS = "add-articles-progress"
ADD_STATUS = "add-articles-status"
ADD_RESULT = "add-articles-result"
ADD_FILE_LIST = "add-articles-file-list"
ADD_ERROR = "add-articles-error"
ADD_DONE = "add-articles-done"
