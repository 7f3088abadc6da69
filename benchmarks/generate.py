"""Synthetic news corpus for the benchmark: realistic enough that the parser works as hard
as on real reporting, deterministic by seed, built only from benchmarks/templates/*.yaml.

Each article is drawn from its own random stream (seed and index), so the first N articles
of a large corpus are exactly the corpus of size N and any subset can be regenerated alone.

    python -m benchmarks.generate --n 60 --seed 7 --out /tmp/corpus.jsonl [--folder DIR]

Beside ``corpus.jsonl`` it writes ``corpus.truth.jsonl``: per article, what the generator
planted (direct quotes, reported statements, ...), so the harness can put extraction counts
next to what is really there. The truth file is never given to the importer.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path

import yaml

TEMPLATES = Path(__file__).parent / "templates"
MIN_WORDS = 300
MAX_WORDS = 1500

# Placeholders for quote marks while an article is assembled: apostrophes are turned curly
# only in curly-quote articles, and that must not touch the straight marks of the other style.
_OQ, _CQ, _OQI, _CQI = "\x01", "\x02", "\x03", "\x04"
_MARKS = {
    "straight": {_OQ: '"', _CQ: '"', _OQI: "'", _CQI: "'"},
    "curly": {_OQ: "\u201c", _CQ: "\u201d", _OQI: "\u2018", _CQI: "\u2019"},
}
_TOKEN = re.compile(r"\{(\^?)([A-Za-z_][A-Za-z0-9_]*)\}")
_NUM_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_US_SPELLING = {
    "defence": "defense", "Defence": "Defense", "authorised": "authorized", "organisation":
    "organization", "programme": "program", "neighbour": "neighbor", "favour": "favor",
    "characterised": "characterized", "criticise": "criticize", "behaviour": "behavior",
    "kilometres": "kilometers", "metres": "meters", "per cent": "percent",
}
_US_WORD = re.compile(r"\b(" + "|".join(sorted(_US_SPELLING, key=len, reverse=True)) + r")")


@dataclass(frozen=True)
class Truth:
    """What the generator planted in one article (lower bounds: narrative lines such as a
    lede's "officials said" are not counted)."""

    index: int
    words: int
    quote_style: str
    direct: int = 0
    reported: int = 0
    according: int = 0
    mixed: int = 0
    anonymous: int = 0
    non_statements: int = 0
    continued_quotes: int = 0
    open_marks: int = 0
    close_marks: int = 0
    inner_marks: int = 0


@dataclass(frozen=True)
class GeneratedArticle:
    title: str
    text: str
    outlet: str
    url: str
    published: str
    country: str
    truth: Truth

    def record(self) -> dict[str, str]:
        return {
            "title": self.title, "text": self.text, "outlet": self.outlet, "url": self.url,
            "published": self.published, "country": self.country,
        }


@cache
def load_templates() -> tuple[dict, dict, dict]:
    """The generator's own vocabulary: (world, forms, topics)."""
    def read(name: str) -> dict:
        return yaml.safe_load((TEMPLATES / f"{name}.yaml").read_text(encoding="utf-8"))
    return read("world"), read("forms"), read("topics")


@dataclass
class Speaker:
    """One voice in an article and the ways it can be mentioned."""

    appos: str                 # "Maria Volkova, a spokeswoman for the Russian Foreign Ministry"
    short: str                 # "Volkova", "the ministry"
    side: str                  # selects the claim and quote pools
    country: dict
    pre: str | None = None     # "Foreign Ministry spokeswoman Maria Volkova"
    role: str | None = None    # "the spokeswoman"
    pronoun: str = "it"
    plural: bool = False
    anonymous: bool = False
    person: bool = False
    mentioned: bool = False

    @property
    def obj(self) -> str:
        return {"he": "him", "she": "her", "they": "them"}.get(self.pronoun, "it")

    @property
    def poss(self) -> str:
        return {"he": "his", "she": "her", "they": "their"}.get(self.pronoun, "its")


@dataclass
class _Plan:
    """Everything one article's sentences share."""

    rng: random.Random
    topic: dict
    outlet: dict
    a: dict
    b: dict
    context: dict[str, Callable[[], str] | str]
    cast: list[Speaker]
    curly: bool
    counts: dict[str, int] = field(default_factory=dict)
    last_speaker: Speaker | None = None
    current: Speaker | None = None
    second: Speaker | None = None


class _Writer:
    """Expands templates for one article; every choice goes through ``plan.rng``."""

    def __init__(self, plan: _Plan) -> None:
        self.p = plan
        _, forms, _ = load_templates()
        self.grammar: dict[str, list] = forms["grammar"]
        self.verbs: dict[str, list[str]] = forms["verbs"]
        self.used: set[str] = set()
        self.last_verb = ""

    # -- grammar ------------------------------------------------------------------------
    def pick(self, options: list):
        return self.p.rng.choice(options)

    def pick_fresh(self, options: list):
        """A choice not yet used in this article, if a few draws find one: real reports
        rarely repeat a sentence."""
        for _ in range(8):
            choice = self.p.rng.choice(options)
            key = str(choice)
            if key not in self.used:
                break
        self.used.add(key)
        return choice

    def pool(self, name: str) -> list:
        """A symbol's alternatives: the topic's own entries count twice."""
        own = self.p.topic.get(name)
        shared = self.grammar.get(name)
        if own is None and shared is None:
            raise KeyError(f"unknown template symbol {{{name}}}")
        return list(own or []) * 2 + list(shared or [])

    def expand(self, template: str, depth: int = 0) -> str:
        if depth > 12:
            raise RecursionError(f"template recursion too deep: {template!r}")

        def sub(m: re.Match[str]) -> str:
            cap, name = m.group(1), m.group(2)
            value = self.expand(self.resolve(name), depth + 1)
            return value[:1].upper() + value[1:] if cap and value else value
        return _TOKEN.sub(sub, template)

    def resolve(self, name: str) -> str:
        special = getattr(self, f"tok_{name}", None)
        if special is not None:
            return special()
        if name in self.p.context:
            value = self.p.context[name]
            return value() if callable(value) else value
        return str(self.pick(self.pool(name)))

    # -- speakers -----------------------------------------------------------------------
    @property
    def spk(self) -> Speaker:
        assert self.p.current is not None
        return self.p.current

    def tok_S(self) -> str:
        s = self.spk
        if not s.mentioned:
            s.mentioned = True
            if s.pre and self.p.rng.random() < 0.5:
                return s.pre
            # an apposition before the verb closes with a comma
            return s.appos + "," if "," in s.appos else s.appos
        roll = self.p.rng.random()
        if self.p.last_speaker is s and roll < 0.45:
            return s.pronoun
        if s.role and roll < 0.65:
            return s.role
        return s.short

    def tok_S_post(self) -> str:
        s = self.spk
        if not s.mentioned:
            s.mentioned = True
            return s.appos
        return s.short

    def tok_S_acc(self) -> str:
        return self.tok_S_post()

    def tok_S_mid(self) -> str:
        """Mid-sentence: an apposition needs its closing comma."""
        first = not self.spk.mentioned
        text = self.tok_S_post()
        return text + "," if first and "," in text else text

    def tok_S_dash(self) -> str:
        s = self.spk
        s.mentioned = True
        return s.appos

    def tok_S2(self) -> str:
        s = self.p.second
        assert s is not None
        if not s.mentioned:
            s.mentioned = True
            return s.pre or (s.appos + "," if "," in s.appos else s.appos)
        return s.short

    def tok_S_pron(self) -> str:
        return self.spk.pronoun

    def tok_S_pron_obj(self) -> str:
        return self.spk.obj

    def tok_S_pron_poss(self) -> str:
        return self.spk.poss

    # -- verbs and claims ---------------------------------------------------------------
    def tok_VQ(self) -> str:
        s = self.spk
        if not s.plural and s.person and self.p.rng.random() < 0.12:
            return self._verb(self.verbs["quote_present"])
        return self._verb(self.verbs["quote"])

    def _verb(self, options: list[str]) -> str:
        self.last_verb = self.pick(options)
        return self.last_verb

    def tok_T(self) -> str:
        # "told reporters" or "said in a statement" already say where; a second adjunct
        # would read as generated.
        if " " in self.last_verb:
            return ""
        return self.pick(self.grammar["T"])

    def tok_VQS(self) -> str:
        return self.pick(self.verbs["quote_simple"])

    def tok_VR(self) -> str:
        s = self.spk
        if not s.plural and s.person and self.p.rng.random() < 0.1:
            return self._verb(self.verbs["reported_present"])
        return self._verb(self.verbs["reported"])

    def tok_VR2(self) -> str:
        return self.pick(["said", "added", "noted", "argued", "insisted", "warned", "suggested"])

    def tok_VD(self) -> str:
        return self.pick(self.verbs["denial"])

    def tok_VD_np(self) -> str:
        return self.pick(self.verbs["denial_np"])

    def tok_R(self) -> str:
        return self.pick_fresh(self.pool(f"R_{self.spk.side}"))

    def tok_R_other(self) -> str:
        """What the other side claims: the thing a denial denies."""
        side = {"defend": "condemn", "condemn": "defend"}.get(self.spk.side, self.spk.side)
        return self.pick_fresh(self.pool(f"R_{side}"))

    def tok_R2(self) -> str:
        return self.tok_R()

    def _quote(self) -> str:
        return str(self.pick_fresh(self.pool(f"Q_{self.spk.side}")))

    def tok_QF(self) -> str:
        n = self.p.rng.choices([1, 2, 3], weights=[5, 3, 1])[0]
        chosen: list[str] = []
        for _ in range(n * 3):
            q = self._quote()
            if q not in chosen:
                chosen.append(q)
            if len(chosen) == n:
                break
        return " ".join(chosen)

    def tok_QF2(self) -> str:
        return self._quote()

    def tok_QL(self) -> str:
        q = self.expand(self._quote() if self.p.rng.random() < 0.8 else self.tok_QF())
        return q if q[-1] in "?!" else q[:-1] + ","

    def tok_QQ(self) -> str:
        return self.pick(self.grammar["QQ"])

    def _pair(self, prefix: str) -> list[str]:
        pair = self.pick_fresh(self.pool(f"{prefix}_{self.spk.side}"))
        self._last_pair = pair
        return pair

    def tok_QP1(self) -> str:
        return self._pair("QP")[0] + ","

    def tok_QP2(self) -> str:
        return self._last_pair[1]

    def tok_MX_PRE(self) -> str:
        return self._pair("MX")[0]

    def tok_MX_FRAG(self) -> str:
        return self._last_pair[1]

    def tok_OQ(self) -> str:
        return _OQ

    def tok_CQ(self) -> str:
        return _CQ

    def tok_OQI(self) -> str:
        return _OQI

    def tok_CQI(self) -> str:
        return _CQI

    def tok_own(self) -> str:
        return self.spk.country["short"] if self.p.current else self.p.a["short"]

    def tok_own_adj(self) -> str:
        return (self.spk.country if self.p.current else self.p.a)["adj"]

    def tok_own_pron_poss(self) -> str:
        return self.tok_own_adj()

    def tok_own_city(self) -> str:
        return (self.spk.country if self.p.current else self.p.a)["metonym"]

    def _other(self) -> dict:
        own = self.spk.country if self.p.current else self.p.a
        return self.p.b if own is self.p.a else self.p.a

    def tok_other(self) -> str:
        return self._other()["short"]

    def tok_other_adj(self) -> str:
        return self._other()["adj"]

    def tok_other_city(self) -> str:
        return self._other()["metonym"]

    def tok_other_actor(self) -> str:
        o = self._other()
        return self.pick([o["short"], f"the {o['adj']} government", f"{o['adj']} forces", o["metonym"]])


def _person_name(rng: random.Random, country: dict) -> tuple[str, str, str]:
    """(full name, surname, pronoun), fictional: first and last names combined at random."""
    female = rng.random() < 0.4
    first = rng.choice(country["first_f" if female else "first_m"])
    last = rng.choice(country["last"])
    if female and country.get("female_last_suffix") and not last.endswith("a"):
        last += country["female_last_suffix"]
    return f"{first} {last}", last, "she" if female else "he"


def _official(rng: random.Random, c: dict, side: str, world: dict) -> Speaker:
    """A government or military voice of country ``c``: a named person or an institution."""
    adj, fm, dm = c["adj"], c["foreign_ministry"], c["defence_ministry"]
    fm_bare = fm.removeprefix("the ")
    if rng.random() < 0.3:
        inst = rng.choice([
            (f"the {adj} {fm_bare}" if fm.startswith("the F") else fm, "the ministry" if "Ministry" in fm else fm),
            (f"the {adj} {dm.removeprefix('the ')}" if "Ministry" in dm else dm,
             "the ministry" if "Ministry" in dm else dm),
            (f"the {adj} military", "the military"),
            (f"the {adj} government", "the government"),
            (f"the {adj} embassy in {rng.choice(['London', 'Washington', 'Moscow', 'Paris', 'Berlin'])}", "the embassy"),
        ])
        return Speaker(appos=inst[0], short=inst[1], side=side, country=c)
    name, last, pron = _person_name(rng, c)
    noun = {"he": "spokesman", "she": "spokeswoman"}[pron]
    titles = [
        (f"{adj} Foreign Minister {name}", f"{name}, the {adj} foreign minister", "the minister"),
        (f"{fm_bare} {noun} {name}", f"{name}, a {noun} for {fm}", f"the {noun}"),
        (f"Deputy Foreign Minister {name}", f"{name}, {adj} deputy foreign minister", "the deputy minister"),
        (f"{c['leader']} {name}", f"{name}, the {adj} {c['leader'].lower()}", None),
        (f"{adj} Defence Minister {name}", f"{name}, the {adj} defence minister", "the minister"),
        (f"Maj. Gen. {name}", f"Maj. Gen. {name}, a {noun} for {dm}", "the general"),
        (f"Col. {name}", f"Col. {name}, a {adj} military {noun}", "the colonel"),
        (None, f"{name}, {adj} ambassador to the United Nations", "the ambassador"),
        (None, f"{name}, a senior adviser to the {adj} {c['leader'].lower()}", "the adviser"),
        (f"{adj} national security adviser {name}", f"{name}, the {adj} national security adviser", None),
        (None, f"{name}, the governor of {rng.choice(c['cities'])}", "the governor"),
        (f"government {noun} {name}", f"{name}, a {adj} government {noun}", f"the {noun}"),
    ]
    pre, appos, role = rng.choice(titles)
    return Speaker(appos=appos, short=last, side=side, country=c, pre=pre, role=role, pronoun=pron, person=True)


def _media_voice(rng: random.Random, c: dict, world: dict) -> str:
    outlets = [o["name"] for o in world["outlets"] if o["country"] == c["code"]]
    if outlets and rng.random() < 0.7:
        name = rng.choice(outlets)
        return rng.choice([name, f"the state news agency {name}", f"the semi-official {name}", name])
    return f"{c['adj']} television"


def _build_cast(rng: random.Random, a: dict, b: dict, world: dict, size: int) -> list[Speaker]:
    cast = [_official(rng, a, "defend", world), _official(rng, b, "condemn", world)]
    kinds = ["a", "b", "org", "expert", "public", "anon", "media"]
    weights = [3, 3, 2, 2, 2, 2, 1]
    for kind in rng.choices(kinds, weights=weights, k=max(0, size - 2)):
        if kind in ("a", "b"):
            c, side = (a, "defend") if kind == "a" else (b, "condemn")
            cast.append(_official(rng, c, side, world))
        elif kind == "org":
            org = rng.choice(world["organisations"])
            if rng.random() < 0.4:
                cast.append(Speaker(appos=org["name"], short=org["short"], side="neutral", country=b))
            else:
                name, last, pron = _person_name(rng, rng.choice(world["countries"]))
                cast.append(Speaker(appos=f"{name}, {org['speaker']}", pre=f"{org['role']} {name}",
                                    short=last, side="neutral", country=b, pronoun=pron, person=True))
        elif kind == "expert":
            name, last, pron = _person_name(rng, rng.choice(world["countries"]))
            field_ = rng.choice(world["expert_fields"])
            appos = rng.choice([
                f"{name}, an analyst at {rng.choice(world['think_tanks'])}",
                f"{name}, a professor of {field_} at {rng.choice(world['universities'])}",
                f"{name}, who studies {field_} at {rng.choice(world['think_tanks'])}",
                f"{name}, a former diplomat who now teaches at {rng.choice(world['universities'])}",
            ])
            cast.append(Speaker(appos=appos, short=last, side="analysis", country=a, pronoun=pron,
                                role=rng.choice(["the analyst", None]), person=True))
        elif kind == "public":
            name, last, pron = _person_name(rng, b)
            role = rng.choice(world["public_roles"])
            city = rng.choice(b["cities"])
            appos = rng.choice([f"{name}, {rng.randint(19, 78)}, {role} in {city}",
                                f"{name}, {role} from {city}", f"{name}, who lives in {city}"])
            cast.append(Speaker(appos=appos, short=last if rng.random() < 0.7 else name.split()[0],
                                side="public", country=b, pronoun=pron, person=True))
        elif kind == "anon":
            c = rng.choice([a, b])
            adj = c["adj"]
            appos, short, plural = rng.choice([
                (f"a senior {adj} official", "the official", False),
                (f"a senior {adj} defence official", "the official", False),
                ("a Western diplomat", "the diplomat", False),
                (f"two {adj} officials", "the officials", True),
                ("people familiar with the matter", "those people", True),
                (f"a source close to the {adj} {c['leader'].lower()}", "the source", False),
                (f"an official at {c['foreign_ministry']}", "the official", False),
                ("a regional intelligence official", "the official", False),
            ])
            cast.append(Speaker(appos=appos, short=short, side="anon", country=c, anonymous=True,
                                plural=plural, pronoun="they" if plural else rng.choice(["he", "she"])))
        else:
            c = rng.choice([a, b])
            voice = _media_voice(rng, c, world)
            cast.append(Speaker(appos=voice, short=voice.split(" ")[-1] if voice.startswith("the ") else voice,
                                side="defend" if c is a else "condemn", country=c))
    return cast


def _numbers(rng: random.Random, british: bool) -> dict[str, Callable[[], str]]:
    def pct() -> str:
        n = rng.choice([str(rng.randint(2, 60)), f"{rng.randint(1, 19)}.{rng.randint(1, 9)}"])
        return f"{n} per cent" if british else f"{n} percent"

    def money() -> str:
        return rng.choice(["$", "$", "\u20ac"]) + f"{rng.randint(1, 40)}.{rng.randint(1, 9)} billion"

    return {
        "n_word": lambda: rng.choice(_NUM_WORDS),
        "n_2d": lambda: str(rng.randint(11, 99)),
        "n_3d": lambda: str(rng.randint(100, 950)),
        "n_k": lambda: f"{rng.randint(1, 95)},{rng.randint(0, 9)}00",
        "pct": pct,
        "money": money,
    }


def _dateline(rng: random.Random, outlet: dict, city: str, published: datetime) -> str:
    dash = rng.choice(["\u2014", "\u2014", "-", "--", "\u2013"])
    style = outlet["style"]
    if style == "agency":
        return f"{city.upper()} ({outlet['name']}) {dash} "
    if style == "dated":
        return f"{city.upper()}, {published:%B} {published.day} ({outlet['name']}) {dash} "
    if style == "plain":
        return f"{city.upper()} {dash} "
    return ""


def _tidy(text: str) -> str:
    """Fix what slot filling leaves behind: doubled spaces from empty slots, "a" before a
    vowel ("a Iranian official")."""
    text = re.sub(r"(?<=\S) {2,}", " ", text)
    text = re.sub(r" +([,.])", r"\1", text)
    return re.sub(r"\b([Aa]) (?=[AEIOaeio])", r"\1n ", text)


def generate_article(seed: int, index: int) -> GeneratedArticle:
    """Article ``index`` of the corpus drawn with ``seed``; independent of the corpus size."""
    world, forms, topics = load_templates()
    rng = random.Random(f"framelens-bench:{seed}:{index}")
    outlet = rng.choice(world["outlets"])
    topic = rng.choice(topics["topics"])
    countries = world["countries"]
    a, b = rng.sample(countries, 2)
    published = datetime(2014, 1, 1) + timedelta(minutes=rng.randrange(12 * 365 * 24 * 60))
    british = outlet["spelling"] == "british"
    curly = rng.random() < outlet["curly"]
    place = rng.choice(b["cities"])
    day = _WEEKDAYS[(published.weekday() - rng.choice([0, 0, 1, 2])) % 7]
    n_cast = rng.randint(4, 9)
    cast = _build_cast(rng, a, b, world, n_cast)
    context: dict[str, Callable[[], str] | str] = {
        "A": a["short"], "A_adj": a["adj"], "A_city": a["metonym"], "B": b["short"], "B_adj": b["adj"],
        "B_city": b["metonym"], "place": place, "weekday": day,
        "any_city": lambda: rng.choice(a["cities"] + b["cities"] + [a["capital"], b["capital"]]),
        "year_prev": str(published.year - rng.randint(1, 5)), "year_old": str(rng.randint(1979, 2010)),
        "legislature_A": a["legislature"].removeprefix("the "),
        "B_leader": f"the {b['adj']} {b['leader'].lower()}",
        "media_short": outlet["name"],
        "media": lambda: _media_voice(rng, rng.choice([a, b]), world),
        "ACC": lambda: rng.choice(topic["ACC"]),
        **_numbers(rng, british),
    }
    plan = _Plan(rng=rng, topic=topic, outlet=outlet, a=a, b=b, context=context, cast=cast, curly=curly)
    w = _Writer(plan)
    counts = plan.counts
    target = int(rng.triangular(MIN_WORDS + 40, MAX_WORDS - 40, 750))

    def say(form: dict, speaker: Speaker) -> str:
        plan.current = speaker
        if "{S2}" in form["t"]:
            others = [s for s in cast if s is not speaker and not s.anonymous]
            plan.second = rng.choice(others)
        text = w.expand(form["t"])
        if speaker.plural:
            text = text.replace("who was not", "who were not")
        for kind in form["yields"]:
            counts[kind] = counts.get(kind, 0) + 1
            if speaker.anonymous:
                counts["anonymous"] = counts.get("anonymous", 0) + 1
        plan.last_speaker = speaker
        return text

    def statement() -> str:
        speaker = rng.choice(cast)
        if speaker.anonymous:
            return say(rng.choice(forms["anon_forms"]), speaker)
        usable = [f for f in forms["forms"] if f["who"] == "any" or speaker.person or f["who"] != "named"]
        return say(rng.choice(usable), speaker)

    def narrative() -> str:
        plan.current = None
        pool = topic.get("facts", []) * 2 + forms["grammar"]["narrative"]
        return w.expand(w.pick_fresh(pool))

    paragraphs: list[str] = []
    city = rng.choice([a["capital"], b["capital"], place])
    lede = _dateline(rng, outlet, city, published) + w.expand(rng.choice(topic["lede"]))
    paragraphs.append(lede)
    continued_done = False
    words = len(lede.split())
    failures = 0
    while words < target - 40 and failures < 8:
        kind = rng.choices(
            ["statement", "statements", "mixed", "facts", "non", "continued"],
            weights=[36, 22, 14, 22, 4, 0.6],
        )[0]
        if kind == "statement":
            para = statement()
        elif kind == "statements":
            para = statement() + " " + statement()
        elif kind == "mixed":
            para = statement() + " " + narrative() if rng.random() < 0.5 else narrative() + " " + statement()
        elif kind == "facts":
            para = " ".join(narrative() for _ in range(rng.randint(1, 3)))
        elif kind == "non":
            plan.current = rng.choice([s for s in cast if not s.anonymous])
            para = w.expand(rng.choice(forms["non_statements"]))
            counts["non_statements"] = counts.get("non_statements", 0) + 1
        elif continued_done:
            continue
        else:
            # Newspaper convention: the first paragraph of a long quote is left open.
            speaker = rng.choice([s for s in cast if not s.anonymous])
            plan.current = speaker
            first = w.expand(rng.choice(forms["continued_quote"]))
            para = first + "\n\n" + _OQ + w.expand("{QF}") + _CQ
            counts["direct"] = counts.get("direct", 0) + 1
            counts["continued_quotes"] = 1
            continued_done = True
            plan.last_speaker = speaker
        n = len(para.split())
        if words + n > MAX_WORDS:
            failures += 1
            continue
        paragraphs.append(para)
        words += n
    title = w.expand(rng.choice(topic["headline"]))
    body = _tidy("\n\n".join(paragraphs))
    title = title.replace(_OQ, "'").replace(_CQ, "'")
    if not british:
        body = _US_WORD.sub(lambda m: _US_SPELLING[m.group(1)], body)
        title = _US_WORD.sub(lambda m: _US_SPELLING[m.group(1)], title)
    style = "curly" if curly else "straight"
    if curly:
        body = body.replace("'", "\u2019")
        title = title.replace("'", "\u2019")
    truth = Truth(
        index=index, words=len(body.split()), quote_style=style,
        direct=counts.get("direct", 0), reported=counts.get("reported", 0),
        according=counts.get("according", 0), mixed=counts.get("mixed", 0),
        anonymous=counts.get("anonymous", 0), non_statements=counts.get("non_statements", 0),
        continued_quotes=counts.get("continued_quotes", 0),
        open_marks=body.count(_OQ), close_marks=body.count(_CQ), inner_marks=body.count(_OQI),
    )
    for placeholder, mark in _MARKS[style].items():
        body = body.replace(placeholder, mark)
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]
    url = f"https://{outlet['domain']}/{published:%Y/%m/%d}/{slug}-{index}"
    return GeneratedArticle(
        title=title, text=body, outlet=outlet["name"], url=url,
        published=published.isoformat(timespec="minutes"), country=outlet["country"], truth=truth,
    )


def generate(n: int, seed: int = 7) -> Iterator[GeneratedArticle]:
    for i in range(n):
        yield generate_article(seed, i)


def write_corpus(path: Path, n: int, seed: int = 7, folder: Path | None = None,
                 folder_format: str = "txt") -> tuple[int, int]:
    """Write ``n`` articles to ``path`` (JSONL) and the truth beside it; returns
    (articles, words). With ``folder``, also one .txt/.md file per article."""
    path.parent.mkdir(parents=True, exist_ok=True)
    truth_path = path.with_suffix(".truth.jsonl")
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    words = 0
    with path.open("w", encoding="utf-8") as out, truth_path.open("w", encoding="utf-8") as tout:
        for art in generate(n, seed):
            out.write(json.dumps(art.record(), ensure_ascii=False) + "\n")
            tout.write(json.dumps(asdict(art.truth)) + "\n")
            words += art.truth.words
            if folder is not None:
                _write_file(folder, art, folder_format)
    return n, words


def _write_file(folder: Path, art: GeneratedArticle, fmt: str) -> None:
    stem = f"{art.truth.index:05d}_" + re.sub(r"[^a-z0-9]+", "_", art.title.lower()).strip("_")[:40]
    if fmt in ("txt", "both"):
        (folder / f"{stem}.txt").write_text(f"{art.title}\n\n{art.text}\n", encoding="utf-8")
    if fmt in ("md", "both"):
        head = f"# {art.title}\n\n*{art.outlet}, {art.published[:10]}*\n\n"
        (folder / f"{stem}.md").write_text(head + art.text + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=60, help="number of articles")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=Path("benchmarks/.cache/corpus.jsonl"))
    ap.add_argument("--folder", type=Path, default=None, help="also write one file per article here")
    ap.add_argument("--folder-format", choices=["txt", "md", "both"], default="txt")
    args = ap.parse_args(argv)
    n, words = write_corpus(args.out, args.n, args.seed, args.folder, args.folder_format)
    print(f"wrote {n} articles, {words:,} words -> {args.out}")


if __name__ == "__main__":
    main()
