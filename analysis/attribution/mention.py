"""The records the attribution steps pass along: a speaker mention, its resolution, and a parsed
document's tokens with cheap offset lookups.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from analysis.types import ActorRef, Span


@dataclass
class Mention:
    """A speaker mention as written, with its name and role if the sentence gives them."""

    start: int
    end: int
    head: int  # token index of the head
    text: str
    kind: str  # 'pronoun' | 'definite' | 'name' | 'np'
    name: Span | None = None  # a PERSON name inside the mention or in its appositive
    role: Span | None = None  # the role phrase ("a spokeswoman for the Kenyan interior ministry")
    plural: bool = False
    gender: str | None = None
    is_org: bool = False
    head_lemma: str = ""
    words: frozenset[str] = field(default_factory=frozenset)
    appos: Span | None = None  # a descriptive appositive with no name in it
    acronym: str | None = None  # "NEMA" in "the National Emergency Management Agency (NEMA)"
    display: Span | None = None  # what to show as the speaker (name or mention + appositive)
    age: bool = False  # "Gary Pickering, 47, ...": an ordinary person in news convention
    party: str | None = None  # "(Labour)" after a politician's name

    @property
    def span(self) -> Span:
        return (self.start, self.end)


@dataclass
class Resolved:
    """A mention and what it refers to (``antecedent`` is ``mention`` when nothing resolves)."""

    mention: Mention
    antecedent: Mention
    actor: ActorRef


class DocTokens:
    """The tokens of one Doc, each built once.

    spaCy makes a new ``Token`` object on every ``doc[i]`` and every iteration; the rules index
    tokens millions of times per thousand articles, so they index this list instead. Slices
    still give real ``Span`` objects (``.text``, ``.root``).
    """

    __slots__ = ("doc", "toks", "n", "_kids", "_spans", "_by_text", "_starts")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.toks: list[Token] = list(doc)
        self.n = len(self.toks)
        self._kids: list[list[Token]] | None = None
        self._spans: dict[tuple, TokenSpan | None] = {}
        self._by_text: dict[str, list[Token]] | None = None
        self._starts: list[int] | None = None

    def starts(self) -> list[int]:
        """Each token's character offset (``t.idx``), in token order: :func:`bisect_tok`
        searches it thousands of times per article."""
        if self._starts is None:
            self._starts = [t.idx for t in self.toks]
        return self._starts

    def with_text(self, text: str) -> list[Token]:
        """The tokens whose text is ``text``, in text order: a rule that looks for one word
        all over the article reads this index instead of every token's ``.text`` (a new
        string per access) for each mention."""
        if self._by_text is None:
            index: dict[str, list[Token]] = {}
            for t in self.toks:
                index.setdefault(t.text, []).append(t)
            self._by_text = index
        return self._by_text.get(text, [])

    def char_span(self, start: int, end: int, label: str = "", alignment_mode: str = "strict"):
        """``Doc.char_span``, remembered: the rules ask for the same mention's span many
        times, and each call builds every token it aligns over."""
        key = (start, end, label, alignment_mode)
        if key not in self._spans:
            self._spans[key] = self.doc.char_span(start, end, label=label,
                                                  alignment_mode=alignment_mode)
        return self._spans[key]

    def kids(self, t: Token) -> list[Token]:
        """``t.children`` (in text order) from the tokens already built."""
        if self._kids is None:
            kids: list[list[Token]] = [[] for _ in range(self.n)]
            # relative head offsets in one array call, not a new Token per ``tok.head``
            offsets = self.doc.to_array("HEAD").astype("int64").tolist() if self.n else []
            toks = self.toks
            for i, off in enumerate(offsets):
                if off:
                    kids[i + off].append(toks[i])
            self._kids = kids
        return self._kids[t.i]

    def __len__(self) -> int:
        return self.n

    def __iter__(self):
        return iter(self.toks)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return self.doc[k]
        return self.toks[k]

    def __getattr__(self, name: str):
        return getattr(self.doc, name)  # .text, .ents, .char_span, ...: the Doc's own

