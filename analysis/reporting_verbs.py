"""The reporting verbs: which words introduce a statement, and how, from one versioned file.

``analysis/data/reporting_verbs.yaml`` lists the lemmas that introduce a statement with the
``frames`` each can report through (a complement clause, a quote, an object + "as", ...), the
particles some need ("point out"), the verbs that report only with a subject that can speak
(``animate_subject_only``), the verbs that report only as the paper's sourcing
(``sourcing_only``: "It is learnt that X") and the heads whose clause is never content
(``never_content_heads``). :func:`load_reporting_verbs` reads it once per process (per path)
into a :class:`VerbLexicon`; a missing or malformed file raises
:class:`analysis.registry.RegistryError` naming the file. ``analysis/statements/`` reads it
(and re-exports these names); see analysis/data/README.md ("reporting_verbs.yaml").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from analysis.datafile import parse_yaml
from analysis.registry import RegistryError

VERBS_PATH = Path(__file__).resolve().parent / "data" / "reporting_verbs.yaml"
FRAMES = ("clause", "quote", "object_as", "object_complement", "np_content", "accuse", "quoted_as",
          "object_infinitive", "of_object", "np_object")


@dataclass(frozen=True)
class VerbLexicon:
    """Which lemmas introduce a statement, and how (frames)."""

    frames: dict[str, frozenset[str]]
    particles: dict[str, str]
    never_content: frozenset[str]
    version: str
    animate: frozenset[str] = frozenset()
    own_act: frozenset[str] = frozenset()
    sourcing_only: frozenset[str] = frozenset()

    def has(self, lemma: str, frame: str) -> bool:
        f = self.frames.get(lemma)
        return f is not None and frame in f


@lru_cache(maxsize=2)
def load_reporting_verbs(path: Path | None = None) -> VerbLexicon:
    """The reporting-verb lexicon, read once; a malformed file raises naming the file."""
    p = Path(path or VERBS_PATH)
    try:
        data = parse_yaml(p.read_text(encoding="utf-8")) or {}
    except FileNotFoundError as exc:
        raise RegistryError(f"{p}: reporting-verb file not found") from exc
    except yaml.YAMLError as exc:
        raise RegistryError(f"{p}: malformed YAML: {exc}") from exc
    verbs = data.get("verbs") or {}
    if not isinstance(verbs, dict):
        raise RegistryError(f"{p}: 'verbs' must be a mapping of lemma -> {{frames: [...]}}")
    frames: dict[str, frozenset[str]] = {}
    for lemma, spec in verbs.items():
        fr = (spec or {}).get("frames") if isinstance(spec, dict) else None
        if not isinstance(fr, list) or not set(fr) <= set(FRAMES):
            raise RegistryError(f"{p}: verbs.{lemma}: frames must be a list drawn from {FRAMES}")
        frames[str(lemma).lower()] = frozenset(fr)
    if not frames:
        import warnings

        warnings.warn(f"{p}: no reporting verbs loaded; only quotes will be found", stacklevel=2)
    meta = data.get("meta") or {}
    return VerbLexicon(
        frames=frames,
        particles={str(k): str(v) for k, v in (data.get("particles") or {}).items()},
        never_content=frozenset(w.lower() for w in data.get("never_content_heads") or ()),
        version=str(meta.get("version", "0")),
        animate=frozenset(w.lower() for w in data.get("animate_subject_only") or ()),
        own_act=frozenset(w.lower() for w in data.get("own_act_only") or ()),
        sourcing_only=frozenset(w.lower() for w in data.get("sourcing_only") or ()),
    )


__all__ = ["FRAMES", "VERBS_PATH", "VerbLexicon", "load_reporting_verbs"]
