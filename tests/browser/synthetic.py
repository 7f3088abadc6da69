"""A synthetic corpus of any size, for timing the dashboard's callbacks at scale.

Articles are assembled from sentences of the form ``<speaker> said "<claim>".`` so that every
offset (statement, speaker, verb, cues) is known exactly and ``text[start:end]`` holds.
Nothing here runs the NLP: rows are written straight through the store, as the pipeline would.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta

from corpus.models import ArticleDraft, CueRow, StatementRow

OUTLETS = (
    ("Meridian Wire", "US"), ("Frontline News", "US"), ("TASS", "RU"), ("RT", "RU"),
    ("Fars News Agency", "IR"), ("Press TV", "IR"), ("Al Jazeera", "QA"),
    ("The Whitehall Courier", "GB"), ("Berliner Tagesblick", "DE"), ("Jerusalem Dispatch", "IL"),
)
SPEAKERS = (
    ("a U.S. defense official", "U.S. defense official", "U.S. military", "US", "military", True),
    ("Pentagon spokesman John Kirby", "John Kirby", "U.S. military", "US", "military", False),
    ("the State Department", "U.S. State Department", "U.S. government", "US", "government", False),
    ("Igor Konashenkov", "Igor Konashenkov", "Russian military", "RU", "military", False),
    ("Sergei Lavrov", "Sergei Lavrov", "Russian government", "RU", "government", False),
    ("Fars", "Fars News Agency", "Iranian media", "IR", "media", False),
    ("an Iranian official", "Iranian official", "Iranian government", "IR", "government", True),
    ("a NATO diplomat", "NATO", "NATO", None, "organisation", True),
    ("an independent analyst", "independent analyst", "Experts", None, "person", False),
    ("a resident", "resident", "Public", None, "public", False),
)
CLAIMS = (
    ("the missiles may have crashed in Iran", "hedging", "may"),
    ("this is clearly a provocation", "boosting", "clearly"),
    ("no missile fell outside the target area", "denial", "no"),
    ("Washington is lying about the strikes", "accusation", "lying"),
    ("the operation was a great success", "sentiment", "success"),
    ("the report is 'fake' news", "scare_quotes", "'fake'"),
    ("the strikes hit their targets", None, None),
    ("it is possibly an error of the tracking system", "hedging", "possibly"),
    ("we deny these reports", "denial", "deny"),
    ("the rebels accused Moscow of killing civilians", "accusation", "accused"),
)
WORDS = ("missile", "strike", "target", "report", "official", "caspian", "syria", "iran",
         "evidence", "video", "ministry", "pentagon", "claim", "operation", "attack")


def generate(n_articles: int, statements_per_article: int, seed: int = 7
             ) -> Iterator[tuple[ArticleDraft, list[StatementRow]]]:
    """Drafts with their statement rows (``article_id`` 0: the writer sets it)."""
    rng = random.Random(seed)
    start_day = datetime(2015, 10, 1)
    for i in range(n_articles):
        outlet, country = OUTLETS[rng.randrange(len(OUTLETS))]
        parts: list[str] = []
        rows: list[StatementRow] = []
        pos = 0
        for _ in range(statements_per_article):
            speaker, actor, group, gcountry, gtype, anon = SPEAKERS[rng.randrange(len(SPEAKERS))]
            claim, score, cue = CLAIMS[rng.randrange(len(CLAIMS))]
            filler = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 6)))
            claim = f"{claim} near the {filler}"
            sentence = f'{speaker.capitalize()} said "{claim}." '
            s0 = pos
            sp0 = s0
            sp1 = sp0 + len(speaker)
            v0 = sp1 + 1
            v1 = v0 + len("said")
            c0 = v1 + 2
            c1 = c0 + len(claim)
            cues: tuple[CueRow, ...] = ()
            values = dict.fromkeys(
                ("sentiment", "hedging", "boosting", "denial", "accusation", "scare_quotes"), 0.0
            )
            if score is not None and cue is not None:
                k = claim.index(cue)
                cues = (CueRow(score=score, text=cue, start=c0 + k, end=c0 + k + len(cue)),)
                values[score] = -0.6 if score == "sentiment" and cue != "success" else (
                    0.6 if score == "sentiment" else 1.0)
            rows.append(
                StatementRow(
                    article_id=0, start=c0, end=c1, statement=claim, kind="direct",
                    verb="said", verb_start=v0, verb_end=v1,
                    speaker_text=speaker.capitalize(), speaker_start=sp0, speaker_end=sp1,
                    speaker_resolved=actor, actor=actor, group=group, group_country=gcountry,
                    group_type=gtype, anonymous_source=anon,
                    sentence=sentence.rstrip(), sentence_start=s0,
                    sentence_end=s0 + len(sentence.rstrip()), method="quote.said_before",
                    hedged=values["hedging"] > 0, cues=cues, **values,
                )
            )
            parts.append(sentence)
            pos += len(sentence)
        text = "".join(parts)
        published = start_day + timedelta(days=rng.randrange(30), hours=rng.randrange(24))
        draft = ArticleDraft(
            text=text, title=f"Report {i} on the Caspian strikes", outlet=outlet,
            url=f"https://example.org/{i}", published=published, country=country,
            source_name=f"synthetic-{i}.txt", source_format="txt", origin=f"synthetic-{i}",
        )
        yield draft, rows


def build(path, n_articles: int, statements_per_article: int, seed: int = 7) -> None:
    """Write a synthetic corpus into the database at ``path`` through the store's writer."""
    from corpus.store import Store

    with Store.open(path) as store, store.writer(sources="synthetic") as writer:
        batch: list[StatementRow] = []
        for draft, rows in generate(n_articles, statements_per_article, seed):
            added = writer.add_article(draft)
            if added.article_id is None:
                continue
            batch.extend(replace(r, article_id=added.article_id) for r in rows)
            if len(batch) >= 20_000:
                writer.add_statements(batch)
                batch = []
        if batch:
            writer.add_statements(batch)


if __name__ == "__main__":  # python -m tests.browser.synthetic DB N_ARTICLES PER_ARTICLE
    import sys

    build(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
