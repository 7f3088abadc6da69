"""Voices: whose statements each outlet (or outlet country) carries.

For each outlet: the number of statements, the share from each speaker group, the share from
anonymous sources, and a source-diversity index: the Shannon entropy of the outlet's shares
over the *known* speaker groups (``unknown`` left out, since it is not a voice but a gap in
attribution), divided by log K, where K is the number of known groups in the whole selection
(Pielou's evenness with a common K, so outlets are comparable). 0 = one group only,
1 = every group of the selection equally often.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from analysis import stats
from analysis.compare import MISSING_KEY

UNKNOWN_GROUP = "unknown"
VOICE_KEYS: tuple[str, ...] = ("outlet", "country")


@dataclass(frozen=True)
class VoiceShare:
    group: str
    n: int
    share: float


@dataclass(frozen=True)
class OutletVoices:
    """One outlet: ``voices`` sorted by count (largest first, then name)."""

    outlet: str
    n: int
    voices: tuple[VoiceShare, ...]
    anonymous_n: int
    anonymous_share: float
    n_known: int
    diversity: float

    def share(self, group: str) -> float:
        for v in self.voices:
            if v.group == group:
                return v.share
        return 0.0


@dataclass(frozen=True)
class VoicesTable:
    """All outlets of a selection; ``groups`` are the speaker groups seen (largest first) and
    ``n_known_groups`` the K used to normalise diversity."""

    by: str
    groups: tuple[str, ...]
    outlets: tuple[OutletVoices, ...]
    n_known_groups: int


def voices_from_counts(
    by: str,
    keys: Sequence[str | None],
    groups: Sequence[str],
    anonymous: Sequence[bool],
    counts: Sequence[int],
) -> VoicesTable:
    """From a GROUP BY (outlet, group, anonymous_source) result with counts."""
    if by not in VOICE_KEYS:
        raise ValueError(f"voices are counted by {' or '.join(VOICE_KEYS)}, not {by!r}")
    frame = pd.DataFrame({
        "k": [MISSING_KEY if k is None else str(k) for k in keys],
        "g": [str(g) for g in groups],
        "a": np.asarray(anonymous, dtype=bool),
        "n": np.asarray(counts, dtype=np.int64),
    })
    per_group = frame.groupby(["k", "g"], sort=True)["n"].sum()
    group_totals = frame.groupby("g")["n"].sum()
    group_order = tuple(sorted(group_totals.index, key=lambda g: (-group_totals[g], g)))
    known = [g for g in group_order if g != UNKNOWN_GROUP]
    anon = frame[frame["a"]].groupby("k")["n"].sum()
    totals = frame.groupby("k")["n"].sum()
    outlets = []
    for key in sorted(totals.index, key=lambda k: (-totals[k], k)):
        n = int(totals[key])
        mine = per_group.loc[key]
        voices = tuple(
            VoiceShare(str(g), int(c), int(c) / n)
            for g, c in sorted(mine.items(), key=lambda kv: (-kv[1], kv[0])) if c > 0)
        known_counts = np.array([mine.get(g, 0) for g in known], dtype=np.float64)
        a = int(anon.get(key, 0))
        outlets.append(OutletVoices(
            outlet=str(key), n=n, voices=voices, anonymous_n=a, anonymous_share=a / n,
            n_known=int(known_counts.sum()),
            diversity=stats.normalized_entropy(known_counts, n_categories=len(known))))
    return VoicesTable(by, group_order, tuple(outlets), len(known))


def voices_from_frame(data: Any, by: str = "outlet") -> VoicesTable:
    """From statement rows (pandas or pyarrow) with ``by``, ``group`` and
    ``anonymous_source``."""
    frame = data.to_pandas() if hasattr(data, "to_pandas") and not hasattr(data, "iloc") \
        else data
    keys = frame[by].astype(object).where(frame[by].notna(), MISSING_KEY).astype(str)
    grouped = pd.DataFrame({"k": keys, "g": frame["group"].astype(str),
                            "a": frame["anonymous_source"].astype(bool)}).value_counts()
    idx = grouped.index
    return voices_from_counts(by, list(idx.get_level_values(0)), list(idx.get_level_values(1)),
                              list(idx.get_level_values(2)), list(grouped.to_numpy()))
