"""Distance and direction claims read from text, turned into geodesic regions.

"IS forces are now at 5 kilometers (3 miles) from the border town of Azaz" becomes a ring around
Azaz; "Ain Issa, less than 60 kilometers (37 miles) north of the IS-held city" a sector north of
Raqqa (the anaphor resolved by the geoparser) that is checked against where the gazetteer puts
Ain Issa. Relations without a number ("near", "on the outskirts of", "between A and B", "along
the Euphrates", "on the border with Turkey", "north of X") give discs, corridors and wedges.
All lexicons (units, number words, qualifiers, directions, relation words, tolerances) are in
``data/lexicons/claims.yaml``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

import shapely
from shapely.geometry.base import BaseGeometry

from . import _geodesy as geo
from ._resources import load_lexicon
from ._shapes import border_zone
from ._text import fold, key_hash, words_pattern
from .actors import ActorMention, ally_before
from .article import Article
from .dates import time_expression_end
from .geoparse import Mention, across_border, insert_mention

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

__all__ = ["Claim", "claim_records", "find_claims", "without_doubtful"]


@dataclass(slots=True)
class Claim:
    """One claim: what is located, relative to what, and the region it allows."""

    start: int
    end: int
    sentence: int
    text: str
    relation: str
    anchor: Mention
    qualifier: str = "exact"
    distance_km: float | None = None
    distance_min_km: float | None = None
    distance_max_km: float | None = None
    bearing_deg: float | None = None
    bearing_spread_deg: float | None = None
    subject: str = ""
    subject_kind: str = "thing"  # actor | place | thing
    subject_mention: Mention | None = None
    anchor2: Mention | None = None
    geometry: BaseGeometry | None = None
    estimate: tuple[float, float] | None = None  # (lon, lat)
    check_km: float | None = None
    consistent: bool | None = None
    notes: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- lexicon
@dataclass(frozen=True)
class _Lex:
    spec: dict[str, Any]
    dist_re: re.Pattern
    dir_re: re.Pattern
    rel_re: re.Pattern
    owned_re: re.Pattern  # "Hama's northern outskirts": the relation after a place's "'s"
    rel_of: dict[str, str]
    units: dict[str, float]
    numbers: dict[str, float]
    vague: dict[str, tuple[float, float]]
    qual_of: dict[str, str]
    bearings: dict[str, float]
    unit_re: re.Pattern
    gap: re.Pattern
    unknown_name: re.Pattern
    settlement_after: re.Pattern  # a settlement's or a site's noun after a name: " district"
    not_names: frozenset[str]
    road: re.Pattern  # after "Kabul-Jalalabad": the noun of a road named by the two
    # ", two towns on the highway to ": an apposition naming where a road leads
    route_to: re.Pattern
    # "Avdiivka, a town ", "Goma, a city of about two million people ": what may stand between
    # a place and a claim about it
    apposition: re.Pattern


def _norm_dir(s: str) -> str:
    return re.sub(r"[\s-]+", "", s.lower())


def _dir_pattern(keys: list[str]) -> str:
    alts = []
    for k in sorted(keys, key=len, reverse=True):
        parts = re.findall("north|south|east|west", k)
        if parts and "".join(parts) == k:
            alts.append(r"[\s-]?".join(parts))
        else:
            alts.append(re.escape(k))
    return "|".join(alts)


@lru_cache(maxsize=4)
def _lexicon_cached(_key: int) -> _Lex:
    spec = load_lexicon("claims")
    units = {str(k).lower(): float(v) for k, v in spec["units"].items()}
    numbers = {str(k).lower(): float(v) for k, v in spec["number_words"].items()}
    # "twenty-five", "forty-two": a ten and a unit the lexicon names (no range of two words)
    tens = {
        w: v for w, v in numbers.items() if " " not in w and v in (20, 30, 40, 50, 60, 70, 80, 90)
    }
    ones = {w: v for w, v in numbers.items() if " " not in w and 1 <= v <= 9}
    for t, tv in tens.items():
        for o, ov in ones.items():
            numbers.setdefault(f"{t}-{o}", tv + ov)
    numbers.update((str(w).lower(), 1.0) for w in spec.get("unit_articles") or [])
    vague = {str(k).lower(): (float(a), float(b)) for k, (a, b) in spec["vague_numbers"].items()}
    qual_of = {w.lower(): q for q, ws in spec["qualifiers"].items() for w in ws}
    bearings = {_norm_dir(str(k)): float(v) for k, v in spec["directions"].items()}

    def alt(words) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    roads = alt(spec["relations"]["between"].get("road_nouns") or ["road"])
    people = alt(spec.get("population_nouns") or []) or "(?!)"
    num = rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{alt(numbers)}"
    unit = alt(units)
    dirs = _dir_pattern(list(bearings))
    dist = (
        rf"(?:(?P<qual>{alt(qual_of)})\s+)?"
        rf"(?:between\s+(?P<b1>{num})\s+and\s+(?P<b2>{num})"
        # (a range of words takes "to": "twenty-five" is one number)
        rf"|(?P<n1>{num})(?:(?<=\d)\s*(?:-|–)\s*|\s*to\s*)(?P<n2>{num})"
        rf"|(?P<vague>{alt(vague)})"
        rf"|(?P<n>{num}))"
        rf"\s*-?\s*(?P<unit>{unit})\b"
        r"(?P<conv>\s*\([^()]{0,40}\))?"
        r"(?:\s+|\s*,\s*)(?:to\s+the\s+)?"
        rf"(?:(?:(?P<dir>{dirs})(?:wards?)?\s+)?"
        # ("30 km upstream from Kherson": along a river, a distance without a bearing)
        r"(?P<rel>of|from|outside(?:\s+of)?|away\s+from|short\s+of|(?:deep\s+)?in(?:to|side)"
        r"|(?:up|down)(?:stream|river)\s+(?:from|of)"
        # ("100 nautical miles off the coast of Hodeidah", "20 miles off Aden")
        r"|off(?:\s+the\s+(?:coast|shore|coastline)\s+of)?)\b"
        # "Khartoum, 180 km to the north": measured from the place named before, no "of"
        rf"|to\s+the\s+(?P<rdir>{dirs})(?=\s*[,.;:)])"
        # ("Kamanyola, about 50 km away": from the place named before, no direction)
        r"|away(?=\s*[,.;:)]))"
    )
    rel_of = {}
    for rel, r in spec["relations"].items():
        for w in r["words"]:
            rel_of[w.lower()] = rel
    # "the eastern outskirts of": a side of the place
    rel_re = re.compile(
        rf"\b(?:(?P<side>{dirs})(?:ern)?\s+)?(?P<rel>{alt(rel_of)})\b", re.IGNORECASE
    )
    dir_re = re.compile(rf"\b(?:to\s+the\s+)?(?P<dir>{dirs})\s+of\b", re.IGNORECASE)
    return _Lex(
        spec=spec,
        dist_re=re.compile(dist, re.IGNORECASE),
        dir_re=dir_re,
        rel_re=rel_re,
        owned_re=re.compile(
            rf"['’]s\s+(?:(?P<side>{dirs})(?:ern)?\s+)?"
            rf"(?P<rel>{alt(spec.get('owned_relations') or ['(?!)'])})\b",
            re.IGNORECASE,
        ),
        rel_of=rel_of,
        units=units,
        numbers=numbers,
        vague=vague,
        qual_of=qual_of,
        bearings=bearings,
        unit_re=re.compile(rf"(?<=[\d\s-])(?:{unit})\b", re.IGNORECASE),
        gap=re.compile(
            rf"\s*(?:(?:{alt(spec['gap_words'])}|[\w'’]+-(?:{alt(spec['gap_compounds'])}))\s+"
            rf"|(?:{alt(spec['apposition_nouns'])}),\s+)*",
            re.IGNORECASE,
        ),
        unknown_name=_unknown_name_re(up := spec["unknown_place"]),
        settlement_after=re.compile(
            rf"\s+(?:{words_pattern([*up['settlement_nouns'], *up['site_nouns']])})\b"
        ),
        not_names=not_place_names(),
        road=re.compile(rf"\s+(?i:{roads})\b"),
        route_to=re.compile(
            rf"\s*,\s*(?:[\w'’-]+\s+){{0,8}}?(?i:{roads})\s+"
            rf"(?i:{alt(spec['relations']['between'].get('road_leads') or ['to'])})"
            r"\s+(?:the\s+)?"
        ),
        # "Ain Issa, less than 60 km north of", "Avdiivka, a town north of", "X, which is 5 km
        # from", "Goma, a city of about two million people on the border"
        apposition=re.compile(
            # (or a name's: "Gharyan, Haftar's main supply base 100 km south of Tripoli")
            r"\s*[,(]\s*(?:(?:which|that)(?=\s)|some\s+|(?:an?|the|their|its|his|her|"
            r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}['’]s)\s+"
            r"(?:[\w'’-]+\s+){1,3}?"
            rf"(?:of\s+(?:[\w.,'’-]+\s+){{1,4}}?(?i:{people})\s+)?)?" + _BE + r"\s*"
        ),
    )


def _unknown_name_re(spec: dict[str, Any]) -> re.Pattern:
    """A proper name after a word that leads to a place ("at El Baraf") or opening the text
    (the sentence: "Robotyne in the Zaporizhzhia region, 10 km south of Orikhiv")."""
    leads = words_pattern(spec["leads"])
    return re.compile(
        rf"(?:^\s*|(?i:\b(?:{leads}))\s+(?:the\s+)?){proper_name_pattern(spec)}(?![\w'’.-])"
    )


def proper_name_pattern(spec: dict[str, Any]) -> str:
    """Regex of a proper name of up to four capitalised words, the ``particles`` of the claims
    lexicon's ``unknown_place`` ``spec`` allowed between them ("Ras al-Ain") and before the
    first ("al-Watiya"), as group ``name``."""
    cap = r"[A-Z][\w'’.-]*"
    parts = words_pattern(spec["particles"])
    # (the first may open with its article: "al-Watiya")
    return rf"(?P<name>(?:(?:{parts})-)?{cap}(?:\s+(?:(?:{parts})[\s-])?{cap}){{0,3}})"


def not_place_names() -> frozenset[str]:
    """Capitalised words that are never a place's name (weekdays, months)."""
    d = load_lexicon("dates")
    words = [*d["weekdays"], *d["months"], *d["month_abbreviations"]]
    return frozenset(str(w).lower() for w in words)


def _lexicon() -> _Lex:
    return _lexicon_cached(id(load_lexicon("claims")))


def _windowed(rx: re.Pattern, key: re.Pattern, text: str, before: int = 70, after: int = 160):
    """Matches of ``rx`` only in windows around matches of the cheap ``key`` pattern."""
    last_end = -1
    for k in key.finditer(text):
        lo = max(last_end, k.start() - before)
        hi = min(len(text), k.end() + after)
        for m in rx.finditer(text, lo, hi):
            if m.start() >= last_end and m.start() <= k.start():
                last_end = m.end()
                yield m
                break


def _num(s: str | None, lx: _Lex) -> float | None:
    if s is None:
        return None
    s = s.strip().lower()
    if s in lx.numbers:
        return lx.numbers[s]
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def _bearing(word: str | None, lx: _Lex) -> tuple[float | None, float | None]:
    if not word:
        return None, None
    key = _norm_dir(word)
    b = lx.bearings.get(key)
    if b is None:
        return None, None
    n_parts = len(re.findall("north|south|east|west", key)) or len(key)
    spread = lx.spec["spread_16"] if n_parts >= 3 else lx.spec["spread_8"]
    return b, float(spread)


# --------------------------------------------------------------------------- main entry
def find_claims(
    article: Article,
    mentions: list[Mention],
    actors: list[ActorMention],
    *,
    tolerance: dict[str, tuple[float, float]] | None = None,
    gazetteer: Gazetteer | None = None,
    reresolve: bool = True,
) -> list[Claim]:
    """Read the distance, direction and nearness claims of an article.

    Parameters
    ----------
    article : Article
    mentions : list of Mention
        The article's resolved places (anaphors included), from :func:`find_mentions`.
    actors : list of ActorMention
    tolerance : dict, optional
        Override the lexicon's ``tolerance`` table: qualifier -> (fraction, floor_km).
    gazetteer : Gazetteer, optional
        Where to look for another place of a subject's name (default: the default one).
    reresolve : bool
        When a distance claim puts its subject place far from where the gazetteer does, let
        the claim decide (see :func:`_reresolve`); the claim's ``notes`` say so.
    """
    text = article.text
    lx = _lexicon()
    tol = {**{k: tuple(v) for k, v in lx.spec["tolerance"].items()}, **(tolerance or {})}
    # (not a name that stands for a side: "a battle between the Sinaloa and Jalisco cartels")
    sides = {(a.start, a.end) for a in actors if a.side}
    anchors = [m for m in mentions if not m.metonymic and (m.start, m.end) not in sides]
    claims: list[Claim] = []
    used: list[tuple[int, int]] = []

    for m in _windowed(lx.dist_re, lx.unit_re, text):
        used.append((m.start(), m.end()))  # read once, whether or not it makes a claim
        first_num = min(m.start(g) for g in ("b1", "n1", "vague", "n") if m.group(g))
        if re.search(r"[-−–]\s*$", text[max(0, first_num - 2) : first_num]):
            continue  # "-3 km": a negative distance is no claim
        reverse = m.group("rel") is None
        anchor = (
            _anchor_before(m.start(), anchors, article, text)
            if reverse
            else _anchor_after(m.end(), anchors, article, text)
        )
        if anchor is None:
            continue
        unit = lx.units[m.group("unit").lower()]
        qual = lx.qual_of.get((m.group("qual") or "").lower(), "exact")
        if m.group("b1") or m.group("n1"):
            a = _num(m.group("b1") or m.group("n1"), lx)
            b = _num(m.group("b2") or m.group("n2"), lx)
            if a is None or b is None:
                continue
            lo, hi, qual = min(a, b) * unit, max(a, b) * unit, "range"
            d = (lo + hi) / 2
        elif m.group("vague"):
            lo, hi = (v * unit for v in lx.vague[m.group("vague").lower()])
            d, qual = (lo + hi) / 2, "range"
        else:
            n = _num(m.group("n"), lx)
            if n is None:
                continue
            d = n * unit
            lo = hi = d
        bearing, spread = _bearing(m.group("dir") or m.group("rdir"), lx)
        end = m.end() if reverse else anchor.end
        c = Claim(
            start=m.start(),
            end=end,
            sentence=article.sentence_of(m.start()),
            text=text[m.start() : end],
            relation="distance" if bearing is None else "distance_direction",
            anchor=anchor,
            qualifier=qual,
            distance_km=d,
            bearing_deg=bearing,
            bearing_spread_deg=spread,
        )
        if (
            not reverse
            and anchor.place.kind != "country"
            and _DIVISION_BORDER.match(text, anchor.end)
        ):
            # "20 km from the Dnipropetrovsk regional border": a division's border, which the
            # packaged outlines cannot draw the distance from; not a ring around Dnipro
            continue
        if not reverse and m.group("rel").lower().endswith(("into", "inside")):
            # "advanced 35 km into Russia's Kursk region": a band inside it along its border
            if bearing is not None or not _depth_geometry(c, lo, hi, tol, lx, mentions, text):
                continue
        elif (
            not reverse
            and anchor.place.kind == "country"
            and (
                re.match(r"\s+border\b", text[anchor.end :])
                or _BORDER_WITH.fullmatch(text, m.end(), anchor.start)
            )
        ):
            # "within 5 km of the Turkish border": a band along it, on the other country's side
            # ("10 km south of the border with Lebanon": the same)
            c.relation = "border_distance"
            if not _border_distance_geometry(c, lo, hi, tol, lx, mentions):
                continue
        elif not _distance_geometry(c, lo, hi, tol, lx):
            continue
        claims.append(c)

    for m in lx.dir_re.finditer(text):
        if any(a <= m.start() < b for a, b in used):
            continue
        before = text[max(0, m.start() - 8) : m.start()].lower()
        if re.search(r"\b(in|the)\s*$", before):
            continue  # "in the north of Syria" is a part of it, not a place beside it
        anchor = _anchor_after(m.end(), anchors, article, text)
        if anchor is None:
            continue
        bearing, spread = _bearing(m.group("dir"), lx)
        reach = lx.spec["direction_reach_km"]
        kind = anchor.place.kind
        if kind == "city" and anchor.place.population < int(lx.spec["small_town_population"]):
            kind = "small_town"  # the surroundings of a small town are small
        r = float(reach.get(kind, reach["other"]))
        c = Claim(
            start=m.start(),
            end=anchor.end,
            sentence=article.sentence_of(m.start()),
            text=text[m.start() : anchor.end],
            relation="direction",
            anchor=anchor,
            qualifier="at_most",
            distance_min_km=0.0,
            distance_max_km=r,
            bearing_deg=bearing,
            bearing_spread_deg=spread,
        )
        c.geometry = geo.sector(anchor.lon, anchor.lat, 0.0, r, bearing, spread)
        c.estimate = geo.destination(anchor.lon, anchor.lat, bearing, r / 2)
        claims.append(c)
        used.append((m.start(), m.end()))

    roads = [
        c for c in _road_claims(anchors, article, lx) if not any(a <= c.start < b for a, b in used)
    ]
    used += [(c.start, c.end) for c in roads]  # "along the Kaduna-Abuja highway": the road
    claims += roads
    # ("3 kilometres from the outskirts of Pokrovsk": the distance's words, no claim of their own)
    used += [(c.start, c.end) for c in claims]
    for m in lx.rel_re.finditer(text):
        if any(a <= m.start() < b for a, b in used):
            continue
        word = m.group("rel").lower()
        if word in lx.spec.get("adjective_relations", ()) and _ARTICLE_BEFORE.search(
            text, max(0, m.start() - 5), m.start()
        ):
            continue  # "the nearby village of Niu-York"
        claims.extend(_relation_claims(lx.rel_of[word], m, anchors, mentions, article, lx))
    by_end = {a.end: a for a in anchors}
    owned: list[Claim] = []
    for m in lx.owned_re.finditer(text):
        owner = by_end.get(m.start())
        if owner is not None and not any(a <= m.start() < b for a, b in used):
            # "reached Hama's northern outskirts"
            owned += _relation_claims("outskirts", m, anchors, mentions, article, lx, owner=owner)
    claims += owned

    claims.sort(key=lambda c: (c.start, c.end))  # (a claim's subject may be the one's before)
    moved = False
    for c in claims:
        if any(c is o for o in owned):
            # (what it names is the area itself: "struck Beirut's southern suburbs")
            c.subject, c.subject_kind = c.text, "thing"
        else:
            _subject(c, mentions, actors, article, lx, claims)
            if (
                c.subject_mention is not None
                and c.subject_mention.place.geonameid == c.anchor.place.geonameid
            ):
                # "the outskirts of Pokrovsk, some 7 km from the city centre": not the town
                # from itself, but what the words before name
                c.subject_mention = None
                _set_thing(c, article.text, article.sentences[c.sentence][0], c.start, lx)
        _check(c, lx)
        if c.consistent is False and reresolve:
            moved = _reresolve(c, mentions, gazetteer, lx) or moved
    if moved:
        # the claims measured from a place a claim moved are measured again ("fighting near
        # Synkivka (northeast of Kupyansk)": near where the direction puts it), with the notes
        # that tell why
        notes = {(c.start, c.end): c.notes for c in claims}
        claims = find_claims(
            article, mentions, actors, tolerance=tolerance, gazetteer=gazetteer, reresolve=False
        )
        for c in claims:
            c.notes = list(dict.fromkeys([*notes.get((c.start, c.end), []), *c.notes]))
    return claims


_ARTICLE_BEFORE = re.compile(r"\b(?:the|an?)\s+$", re.IGNORECASE)


def _between(start: int, end: int, a: Mention, b: Mention, article: Article, lx: _Lex) -> Claim:
    """A claim that its subject lies on the way between places ``a`` and ``b``: a corridor
    along the geodesic between them, its estimate half way."""
    line = geo.geodesic_line(a.lon, a.lat, b.lon, b.lat)
    w = float(lx.spec["relations"]["between"]["width_km"])
    c = Claim(
        start=start,
        end=end,
        text=article.text[start:end],
        relation="between",
        anchor=a,
        anchor2=b,
        distance_max_km=w,
        sentence=article.sentence_of(start),
        qualifier="at_most",
    )
    c.geometry = geo.corridor(line, w)
    mid = line.interpolate(0.5, normalized=True)
    c.estimate = (mid.x, mid.y)
    return c


def _road_claims(anchors: list[Mention], article: Article, lx: _Lex) -> list[Claim]:
    """ "the Kabul-Jalalabad highway": a road named after the places it joins lies between
    them."""
    text = article.text
    out = []
    for a, b in pairwise(anchors):
        if a.sentence != b.sentence or not _DASH.fullmatch(text, a.end, b.start):
            continue
        road = lx.road.match(text, b.end)
        if road is not None:
            on = _ON_ROAD.search(text, max(0, a.start - 20), a.start)
            out.append(_between(on.start() if on else a.start, road.end(), a, b, article, lx))
    return out


_DASH = re.compile(r"\s?[-‐‑–—]\s?")
_ON_ROAD = re.compile(r"\b(?:on|along|near|off|at)\s+(?:the\s+)?$", re.IGNORECASE)


# --------------------------------------------------------------------------- anchors
_BORDER_WITH = re.compile(r"\s*(?:the\s+)?border\s+(?:with|of)\s+(?:the\s+)?")


def _anchor_after(
    pos: int, anchors: list[Mention], article: Article, text: str, max_gap: int = 60
) -> Mention | None:
    sent = article.sentence_of(pos)
    skipped: list[Mention] = []  # demonyms on the way ("of the Syrian capital Damascus")
    for a in anchors:
        if a.start < pos:
            continue
        if a.start - pos > max_gap or article.sentence_of(a.start) != sent:
            return None
        gap, k = "", pos
        for d in skipped:
            gap, k = gap + text[k : d.start], d.end
        gap += text[k : a.start]
        if _BORDER_WITH.fullmatch(gap) and a.place.kind == "country":
            return a  # "10 km south of the border with Lebanon"
        if not _lexicon().gap.fullmatch(gap):
            return None  # "close to the operation to retake the city": not a place phrase
        if a.demonym:
            # "near the Iraqi border": the border of that country
            if re.match(r"\s+border\b", text[a.end : a.end + 10]):
                return a
            skipped.append(a)
            continue
        return a
    return None


def _anchor_before(pos: int, anchors: list[Mention], article: Article, text: str) -> Mention | None:
    """For "X, 180 km to the north" at ``pos``: the place named before X in its sentence, from
    which X is measured (X itself, right before the comma, is the claim's subject)."""
    sent = article.sentence_of(pos)
    before = [
        a
        for a in anchors
        if a.end <= pos and article.sentence_of(a.start) == sent and not a.demonym
    ]
    if not before:
        return None
    lx = _lexicon()
    # (after an apposition: "Kamanyola, a town about 50 km to the north")
    if len(before) > 1 and lx.apposition.fullmatch(text, before[-1].end, pos):
        subject = before[-1]
        prior = [a for a in before[:-1] if fold(a.text) != fold(subject.text)]
        return prior[-1] if prior else None
    # a name the gazetteer lacks as X ("after capturing Luvungi, a town about 60 km to the
    # north"): measured from the place named before it
    told = any(
        lx.apposition.fullmatch(text, m.end(), pos)
        for m in lx.unknown_name.finditer(text, before[-1].end, pos)
    )
    return before[-1] if told else None


# --------------------------------------------------------------------------- geometry
def _distance_geometry(c: Claim, lo: float, hi: float, tol: dict, lx: _Lex) -> bool:
    a = c.anchor
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= 0 or lo < 0:
        c.notes.append("distance is not a positive number")
        return False
    if hi > 20_000:
        c.notes.append("distance longer than half the Earth")
        return False
    q = c.qualifier
    if q == "at_most":
        rmin, rmax = 0.0, hi
        est = hi * lx.spec["estimate_fraction"]["at_most"]
    elif q == "at_least":
        rmin, rmax = lo, max(lo * lx.spec["at_least_reach"], lo + 1.0)
        est = lo * lx.spec["estimate_fraction"]["at_least"]
    else:
        frac, floor = tol.get(q, tol["exact"])
        rmin = max(0.0, lo - max(lo * frac, floor))
        rmax = hi + max(hi * frac, floor)
        est = (lo + hi) / 2
    c.distance_min_km, c.distance_max_km = rmin, rmax
    c.geometry = geo.sector(a.lon, a.lat, rmin, rmax, c.bearing_deg, c.bearing_spread_deg)
    if c.bearing_deg is not None:
        c.estimate = geo.destination(a.lon, a.lat, c.bearing_deg, est)
    else:
        c.estimate = (a.lon, a.lat)  # no direction: the centre of the ring is all we know
    return True


def _border_distance_geometry(
    c: Claim, lo: float, hi: float, tol: dict, lx: _Lex, mentions: list[Mention]
) -> bool:
    """The claim's distances measured from a border: the strip of the article's other country
    between them (a border has two sides; without the other country named, no claim)."""
    found = _crossing_band(c, c.anchor, lo, hi, tol, lx, mentions, inside=False)
    if found is None:
        return False
    band, other = found
    cc = c.anchor.place.country_code
    c.geometry = geo._polygonal(shapely.make_valid(band))
    p = c.geometry.representative_point()
    c.estimate = (p.x, p.y)
    c.notes.append(f"measured from the border of {cc}, on the {other} side")
    return True


def _crossing_band(
    c: Claim,
    area: Mention,
    lo: float,
    hi: float,
    tol: dict,
    lx: _Lex,
    mentions: list[Mention],
    *,
    inside: bool,
    homes: frozenset[str] = frozenset(),
) -> tuple[BaseGeometry, str] | None:
    """The band between the claim's distances (with their tolerance) of the border of the
    area's country with the article's other country (else with the home of one of its actors
    that borders it, ``homes``: "Hamas fighters advanced 24 km into Israel"): on the other
    country's side, or ``inside`` the area's. None (and a note) when no other country is named
    or the two share no border."""
    cc = area.place.country_code
    named = _other_country(cc, mentions, area)
    others = [named] if named is not None else sorted(homes - {cc})
    if not others:
        c.notes.append(f"distance from the border of {cc} with no other country named")
        return None
    if not _distance_geometry(c, lo, hi, tol, lx):  # the radii, with their tolerance
        return None
    rmin, rmax = c.distance_min_km or 0.0, c.distance_max_km or hi
    for other in others:  # (the first home that borders it)
        a, b = (other, cc) if inside else (cc, other)
        outer = border_zone(a, b, rmax)
        if outer is not None and not outer.is_empty:
            break
    else:
        c.notes.append(
            f"{cc} and {named} share no border"
            if named is not None
            else f"distance from the border of {cc} with no other country named"
        )
        return None
    inner = border_zone(a, b, rmin) if rmin > 0 else None
    band = outer.difference(inner) if inner is not None and not inner.is_empty else outer
    return band, other


def _depth_geometry(
    c: Claim,
    lo: float,
    hi: float,
    tol: dict,
    lx: _Lex,
    mentions: list[Mention],
    text: str,
) -> bool:
    """ "35 km into Russia('s Kursk region)": the part of the country (or division) within the
    claim's distances of its border with the article's other country, the one crossed from."""
    from ._shapes import admin1_bbox, admin1_shape

    area = c.anchor
    later = next((m for m in mentions if m.start >= area.end), None)
    if later is not None and re.fullmatch(r"['’]s\s+", text[area.end : later.start]):
        area = later  # "Russia's Kursk region": the region
    kind = area.place.kind
    if kind not in ("country", "admin1"):
        return False
    from .actors import load_actors

    homes = load_actors().home_countries(text)
    found = _crossing_band(c, area, lo, hi, tol, lx, mentions, inside=True, homes=homes)
    if found is None:
        return False
    band, other = found
    if kind == "admin1":
        outline = admin1_shape(area.place.geonameid)
        if outline is None:  # no outline shipped: its bounding box, coarser, and said so
            outline = admin1_bbox(area.place.geonameid)
            c.notes.append(f"clipped to the bounding box of {area.place.name}")
        if outline is None:
            return False
        band = band.intersection(outline)
    band = geo._polygonal(shapely.make_valid(band))
    if band.is_empty:
        c.notes.append(f"no part of {area.place.name} lies that deep from {other}")
        return False
    c.anchor, c.relation, c.geometry = area, "depth", band
    c.end, c.text = area.end, text[c.start : area.end]
    p = band.representative_point()
    c.estimate = (p.x, p.y)
    c.notes.append(f"measured from the border of {other} into {area.place.name}")
    return True


def _relation_claims(
    rel: str,
    m: re.Match,
    anchors: list[Mention],
    mentions: list[Mention],
    article: Article,
    lx: _Lex,
    *,
    owner: Mention | None = None,
) -> list[Claim]:
    """The claims of relation ``rel`` matched by ``m``, about the place after it, or about
    ``owner``, the place whose "'s" opens it ("Hama's northern outskirts")."""
    text = article.text
    spec = lx.spec["relations"][rel]
    anchor = owner or _anchor_after(m.end(), anchors, article, text, max_gap=40)
    if anchor is None:
        return []
    sent = article.sentence_of(m.start())
    base = {"sentence": sent, "qualifier": "at_most"}
    if rel == "between":
        nxt = [a for a in anchors if a.start > anchor.end and a.sentence == sent]
        if not nxt or not re.fullmatch(
            r"\s*(and|to|,)\s*(the\s+)?", text[anchor.end : nxt[0].start]
        ):
            return []
        return [_between(m.start(), nxt[0].end, anchor, nxt[0], article, lx)]
    # one claim per coordinated anchor: "near Raqqa and Fallujah"
    group = [anchor]
    for a in anchors if owner is None else ():
        if (
            a.start > group[-1].end
            and a.sentence == sent
            and re.fullmatch(r"\s*(,|and|or|, and)\s*", text[group[-1].end : a.start])
            # ("the outskirts of Homs, Syria's third-largest city", "near Raqqa, Syria": what
            # holds or describes the place, no second place)
            and not _POSSESSIVE.match(text, a.end)
            and not (
                a.place.kind in ("country", "admin1")
                and a.place.country_code == group[-1].place.country_code
                and text[group[-1].end : a.start].strip() == ","
            )
        ):
            group.append(a)
    out = []
    for a in group:
        border_of = (
            a.place.country_code
            if (rel == "border" or a.demonym or (rel == "near" and a.place.kind == "country"))
            else None
        )
        end = a.end + (
            len(re.match(r"\s+border\b", text[a.end :]).group())
            if a.demonym and re.match(r"\s+border\b", text[a.end :])
            else 0
        )
        start = m.start()
        if owner is not None:
            start, end = owner.start, m.end()
        c = Claim(
            start=start,
            end=end,
            text=text[start:end],
            relation="border" if border_of else rel,
            anchor=a,
            **base,
        )
        if border_of:
            w = float(lx.spec["relations"]["border"]["width_km"]) * (5 if rel == "near" else 1)
            other = _other_country(border_of, mentions, a)
            g = border_zone(border_of, other, w) if other else None
            if g is None or g.is_empty:
                continue
            c.geometry, c.distance_max_km = g, w
            p = g.representative_point()
            c.estimate = (p.x, p.y)
        elif rel == "along" and a.place.kind == "river":
            from .gazetteer import get_gazetteer

            line = get_gazetteer().shape(a.place.geonameid)
            if line is None:
                continue
            reach = float(spec.get("reach_km", 60))
            local = geo.sector(a.lon, a.lat, 0.0, reach)
            part = line.intersection(local)
            if part.is_empty:
                continue
            w = float(spec["width_km"])
            c.geometry, c.distance_max_km = geo.corridor(part, w), w
            c.estimate = (a.lon, a.lat)
        else:
            r = float(spec.get("radius_km", spec.get("width_km", 10)))
            side = m.group("side")
            if side:  # "the eastern outskirts of Chasiv Yar": the eastern part of the disc
                c.bearing_deg = lx.bearings[_norm_dir(side)]
                c.bearing_spread_deg = float(lx.spec["side_spread"])
            c.geometry = geo.sector(a.lon, a.lat, 0.0, r, c.bearing_deg, c.bearing_spread_deg)
            c.distance_max_km = r
            c.estimate = (
                geo.destination(a.lon, a.lat, c.bearing_deg, r / 2) if side else (a.lon, a.lat)
            )
        out.append(c)
    return out


def _other_country(iso: str, mentions: list[Mention], anchor: Mention) -> str | None:
    """The country on the other side of a border: the most named other country of the places
    in the anchor's sentence ("pushed into Rafah, seizing the corridor along the border with
    Egypt": Palestine's side), else of the article; else the country that speaks ("Pakistan
    said it had killed 12 militants near the Afghan border": Pakistan's side)."""
    named = [
        m
        for m in mentions
        if m.place.country_code
        and m.place.country_code != iso
        and not m.doubtful  # a place the gazetteer probably lacks tells no country
    ]
    others = [m for m in named if not m.metonymic] or [
        m for m in named if m.place.kind == "country"
    ]
    near = [m for m in others if m.sentence == anchor.sentence and not m.demonym]
    counts = Counter(m.place.country_code for m in near or others)
    return counts.most_common(1)[0][0] if counts else None


# --------------------------------------------------------------------------- subject
_ENDS = re.compile(r"\s*(?:[,.;:)]|$)")
# a claim opening its sentence: "Some 40 km south of Khartoum, …"
_FRONTED = re.compile(r"\s*(?:(?:some|about|around|roughly|nearly|almost|just|only)\s+)?", re.I)
_CONTAINERS = frozenset({"admin1", "admin2", "admin3", "country", "region", "sea"})
_OPEN_AREAS = frozenset({"region", "sea", "continent"})
# "Robotyne in Zaporizhzhia region", "Robotyne in the Zaporizhzhia region", "Shusha, the
# second-largest town in Nagorno-Karabakh", "Lalibela, a UNESCO World Heritage site in the
# Amhara region", "Kumbo, in the North West region"
_SITUATES = re.compile(
    r"\s*(?:,\s*|(?:,\s*(?:(?:the|an?)\s+(?:[\w-]+\s+){0,5}?)?)?(?:in|of)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central)[a-z]*\s+)?)"  # ("in eastern Ukraine's")
)
_DIVISION_BORDER = re.compile(
    r"\s+(?:(?:regional|provincial|region|oblast|province|state|district|administrative)\s+)?"
    r"(?:border|borders|boundary|line)\b",
    re.IGNORECASE,
)
_OWNER = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}")
# "Kupiansk, on the Oskil River": the river situates the place before it
_ON_RIVER = re.compile(
    # (", a port city on the Sea of Azov")
    r"\s*,\s*(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3}?)?(?:on|along|astride|by|beside)\s+(?:the\s+)?"
    r"(?:(?:\w+\s+)?banks?\s+of\s+the\s+)?"
)
# "attacked the Magic Seas, a Liberian-flagged bulk carrier": the object before its apposition
_OBJECT_APPOSITION = re.compile(r"(?P<obj>[^,;]+?)\s*,\s*(?:an?|the)\s+[^,;]+")
_FROM_ACTOR = re.compile(r"\s+(?:from|by)\s+(?:the\s+)?")
_SITUATED_BY = re.compile(r"\s+in\s+(?:the\s+)?$")
# "Homs, Syria's third-largest city, about 40 km south of Hama": the country's apposition
_POSSESSIVE = re.compile(r"['’]s\b")
# (or with no comma before the claim: "Kupiansk, Ukraine's main logistics hub 40 km east of")
_POSSESSIVE_APPOSITION = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}[\w-]+\s*(?:,\s*)?(?:some\s+)?")
_BE = (
    r"(?:\s+(?:is|are|was|were|now|still|lies|lie|sits|sit|stands|stand|located|situated|"
    r"stationed|based|positioned|at|only|just))*"
)
_ASIDE_THEN_BE = re.compile(r"\s*,[^,;]{1,60},\s*" + _BE + r"\s*")


_BE_GAP = re.compile(_BE + r"\s*")
_APPOSED = re.compile(r"\s*,\s*")


def _subject(
    c: Claim,
    mentions: list[Mention],
    actors: list[ActorMention],
    art: Article,
    lx: _Lex,
    others: Sequence[Claim] = (),
) -> None:
    text = art.text
    s0, s1 = art.sentences[c.sentence]
    places = [
        m
        for m in mentions
        if not m.metonymic and not m.demonym and m is not c.anchor and m is not c.anchor2
    ]
    # "Located along the Euphrates River near the Iraqi border, Mayadeen has been …"; "Some
    # 40 km south of Khartoum, RSF fighters attacked the village of Wad al-Noura"
    head = text[s0 : c.start]
    located = re.match(r"\s*(Located|Situated|Lying|Sitting|Nestled|Perched)\b", head)
    fronted = _FRONTED.fullmatch(head) and text.startswith(",", c.end)
    if located or fronted:
        # (not a loose spelling of a name the gazetteer lacks: "Wad" of "Wad al-Noura")
        after = [
            m
            for m in places
            if c.end <= m.start < s1 and "," in text[c.end : m.start] and not m.doubtful
        ]
        if after:
            _set_place(c, after[0])
            return
        # (a name the gazetteer lacks, ending its phrase: "the village of Wad al-Noura,")
        name = next(
            (m for m in lx.unknown_name.finditer(text, c.end, s1) if _ENDS.match(text, m.end())),
            None,
        )
        if name is not None and _unknown_place(c, text, 0, mentions, actors, lx, name):
            return
    # "Ain Issa, less than 60 km north of …" / "Azaz is 5 km from …"
    before = [m for m in places if s0 <= m.start and m.end <= c.start]
    if before:
        last = before[-1]
        # ("took Gharyan on Monday, 100 km south of": the day it names stands between; and
        # whom it was taken from: "recaptured Sinjar from Islamic State militants on Friday,
        # about 120 km west of Mosul")
        after_last = last.end
        if (fm := _FROM_ACTOR.match(text, last.end)) is not None:
            after_last = next((a.end for a in actors if a.start == fm.end()), after_last)
        gap = text[time_expression_end(text, after_last) : c.start]
        told = next((o for o in others if o.anchor is last and o.end == last.end), None)
        road = next((o for o in others if o.relation == "between" and o.anchor2 is last), None)
        if road is not None and road.subject_kind != "place" and lx.apposition.fullmatch(gap):
            # "ambushed on the road linking Gao and Menaka, about 100 km southeast of Gao":
            # the road's ends are no subject; what was on it is
            c.subject, c.subject_kind = road.subject, road.subject_kind
            c.subject_mention = road.subject_mention
            return
        if told is not None and (
            re.fullmatch(r"\s*", gap)
            # ("200 km southeast of Moscow and 500 km from the Ukrainian border")
            or re.fullmatch(r"\s*,?\s*and\s+", gap)
            # ("Krynky lies on the left bank of the Dnipro, 30 km east of Kherson")
            # ("Fighting was reported 15 miles southeast of Tripoli, near the town of
            # Tarhuna": the fighting near it, not Tripoli)
            # (not a bracket, which places the name before it: "east of Kindrashivka (north
            # of Kupyansk)")
            or (
                told.relation in ("along", "distance", "direction", "distance_direction")
                and lx.apposition.fullmatch(gap)
                and "(" not in gap
            )
        ):
            # "attacked east of Siversk near Bilohorivka": both place what the first does
            c.subject, c.subject_kind = told.subject, told.subject_kind
            c.subject_mention = told.subject_mention
            return
        if (
            lx.apposition.fullmatch(gap)
            or re.fullmatch(_BE + r"\s*", gap)
            # ("The town of Dera'a, near the Jordanian border, is about 100 km south of")
            or _ASIDE_THEN_BE.fullmatch(gap)
        ):
            # "Robotyne in Zaporizhzhia region, 10 km south of Orikhiv": the claim is about
            # the place the region only situates
            k = len(before) - 1
            if k > 0 and across_border(last, text):
                k -= 1  # "Rafah lies on the border with Egypt, 30 km south of Gaza City"
            while k > 0 and lx.route_to.fullmatch(text, before[k - 1].end, before[k].start):
                k -= 1  # "Dessie, a town on the highway to Addis Ababa, 400 km north of …"
            if (
                k > 0
                and before[k].place.kind in ("river", "sea", "lake")
                and _ON_RIVER.fullmatch(text, before[k - 1].end, before[k].start)
            ):
                k -= 1  # "Kupiansk, on the Oskil River about 120 km east of Kharkiv"
            while k > 0 and before[k].place.kind in _CONTAINERS:
                gap_k = text[before[k - 1].end : before[k].start]
                if before[k - 1].place.kind in _CONTAINERS and _OWNER.fullmatch(gap_k):
                    k -= 1  # "in eastern Ukraine's Donetsk region": the region, and on
                elif before[k - 1].place.kind not in _CONTAINERS and _SITUATES.fullmatch(gap_k):
                    k -= 1
                else:
                    break
            situated = _SITUATED_BY.search(text, s0, before[k].start)
            if before[k].place.kind in _CONTAINERS and situated:
                # "the village of Robotyne in the Zaporizhzhia region, 10 km south of Orikhiv"
                # (a name the gazetteer lacks), "two towns in the Amhara region about 400 km
                # north of Addis Ababa": the claim is about what the region situates
                if _unknown_place(c, text[s0 : situated.start()], s0, mentions, actors, lx):
                    return
                if "," not in gap or before[k].place.kind in _OPEN_AREAS:
                    # ("the tanker Sounion in the Red Sea, about 77 nautical miles west of
                    # Hodeidah": a claim about a sea is about what is in it)
                    obj = _object_before(text, s0, situated.start(), lx)
                    if obj:  # "attacked the tanker in the Red Sea, …": the tanker
                        c.subject, c.subject_kind = obj, "thing"
                    else:
                        _set_thing(c, text, s0, situated.start(), lx)
                    return
            _set_place(c, before[k])
            return
        if (
            len(before) > 1
            and last.place.kind == "country"
            and _POSSESSIVE_APPOSITION.fullmatch(gap)
            and _APPOSED.fullmatch(text, before[-2].end, last.start)
        ):
            _set_place(c, before[-2])
            return
    if _unknown_place(c, head, s0, mentions, actors, lx):
        return
    # (people named by a common noun are what the words say: "abducted 5 farmers near Zurmi")
    acts = [a for a in actors if s0 <= a.start and a.end <= c.start and a.type != "civilians"]
    obj = _object_before(text, acts[-1].end if acts else s0, c.start, lx)
    if acts and not obj:
        # (not their backers: "Government forces backed by UAE troops advanced on Hodeidah
        # airport, coming within 4 km of the port city")
        leads = [a for a in acts if not ally_before().search(text, max(s0, a.start - 40), a.start)]
        a = (leads or acts)[-1]
        c.subject, c.subject_kind = a.actor, "actor"
        return
    if obj:  # "the RSF shelled the Abu Shouk camp north of El Fasher": the camp is north
        c.subject, c.subject_kind = obj, "thing"
        return
    _set_thing(c, text, s0, c.start, lx)


_LEADING_PREPOSITIONS = frozenset(["of", "in", "at", "on", "from", "to", "by", "for"])
# (a number's commas are no clause's: "at an altitude of 2,000 metres")
_RELATIVE_TO_CLAIM = re.compile(
    r"(?<=[\w'])\s*,\s*(?:which|that|who|where)\b(?:[^,;]|(?<=\d),(?=\d))*$"
)
_AGE = re.compile(r",\s*\d{1,3}\s*,")
_TRAVEL_TIME = re.compile(
    r"\s*(?:(?:about|some|roughly|around|nearly|almost|just|only|less\s+than|more\s+than)\s+)?"
    r"(?:(?:an?|one|two|three|four|five|six|half\s+an|\d+)\s+)?"
    r"(?:(?:one|two|three|four|five|six|\d+)-)?(?:hour|minute|day)s?['’]?s?\s+"
    r"(?:drive|walk|ride|journey|march|flight)\s*$",
    re.IGNORECASE,
)
_BE_WORDS = frozenset(["is", "are", "was", "were", "been", "being", "be"])


def _set_thing(c: Claim, text: str, s0: int, end: int, lx: _Lex) -> None:
    """The claim is about the (up to three) words before ``end``: "The village lies" gives
    "The village"."""
    seg = text[max(s0, end - 100) : end]
    # (within its clause, without an age: "Family influence: Samra, 46, who was born near")
    seg = _AGE.sub(" ", re.split(r"[:;]", seg)[-1])
    rel = _RELATIVE_TO_CLAIM.search(seg)
    last = re.findall(r"[\w'-]+", seg)[-2:]
    if (
        rel is not None
        and len(last) == 2
        and last[0].replace(",", "").isdigit()
        and last[1].lower() in lx.spec["units"]
    ):
        # "The town, which sits at an altitude of 2,000 metres about 60 miles east of": a
        # measure is no subject; what the relative clause that runs up to the claim is about
        # (but "Salah, who rose … in a village north of Cairo": the village)
        seg = seg[: rel.start()]
    # (a time of travel is a measure: "The village is about an hour's drive north of Kharkiv")
    seg = _TRAVEL_TIME.sub("", seg)
    words = re.findall(r"[\w'-]+", seg)
    # (a passive's participle is no part of it: "The convoy was hit roughly halfway between")
    be = next((k for k in range(len(words) - 1, 0, -1) if words[k].lower() in _BE_WORDS), None)
    if be is not None and len(words) - be <= 4:
        words = words[:be]
    trailing = lx.spec.get("subject_trailing_words") or ()
    # (and a verb's past form: "A mile-long convoy stretched north of Kyiv")
    while len(words) > 1 and (words[-1].lower() in trailing or words[-1].endswith("ed")):
        words.pop()
    speech = _speech_verbs(id(load_lexicon("actions")))
    said = next((k for k in range(len(words) - 2, -1, -1) if words[k].lower() in speech), None)
    if said is not None:
        words = words[said + 1 :]  # what was said: "a US analyst, said fighting near"
    words = words[-3:]
    # ("… east of the road which runs …": the road; "Fighting raged in villages north and
    # west of": the villages)
    lead = {*_LEADING_PREPOSITIONS, *(w for w in trailing if w not in ("the", "a", "an"))}
    while len(words) > 1 and words[0].lower() in lead:
        words.pop(0)
    c.subject = " ".join(words)
    c.subject_kind = "thing"


@lru_cache(maxsize=4)
def _speech_verbs(_key: int) -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_lexicon("actions")["speech_verbs"])


_NEW_CLAUSE = re.compile(r"[,;:]|\b(?:and|but|while|as|where|after|before)\b")


@lru_cache(maxsize=4)
def _actions_re(_key: int) -> re.Pattern:
    """The text up to and including its last action word of the events lexicon."""
    actions = load_lexicon("actions")["actions"].values()
    words = [w for a in actions for w in a["words"]]
    # (and the actions' patterns: "a drone dropped explosives on a checkpoint")
    patterns = "".join(f"|{p}" for a in actions for p in a.get("patterns") or ())
    return re.compile(rf"(?is).*(?:(?<![\w-])(?:{words_pattern(words)}){patterns})(?![\w-])")


_FROM = re.compile(r"\s+from\s+")


_COUNT_WORDS = {"at": "least", "up": "to"}  # words of a count that open with a preposition


def _object_before(text: str, start: int, end: int, lx: _Lex) -> str:
    """The object of the last action word in ``text[start:end]`` ("shelled the Abu Shouk camp"
    gives "Abu Shouk camp"), without its article; empty when there is none in that clause."""
    m = _actions_re(id(load_lexicon("actions"))).match(text, start, end)
    if m is None:
        return ""
    # (a comma right before the claim is an apposition: "the Jebel Moya area, 25 km west of")
    seg = text[m.end() : end].rstrip(" ,")
    appo = _OBJECT_APPOSITION.fullmatch(seg)
    if appo is not None:
        seg = appo["obj"]
    if _NEW_CLAUSE.search(seg):
        return ""  # "are advancing toward Pokrovsk and are now 10 km from": the actor is
    # ("shelled Kherson from positions across the river, 2 km south of the city": where it was
    # done from is what the apposition places)
    seg = _FROM.split(seg)[-1]
    words = re.findall(r"[\w'-]+", seg)
    passive = bool(words) and words[0].lower() in _BE_WORDS
    # (and the action's own predicate: "fighting was reported around the X", "raged at the X")
    lead = {
        *(lx.spec.get("object_skip_words") or ()),
        *(lx.spec.get("subject_trailing_words") or ()),
    }
    popped = 0
    # (not the "at" of a count: "killed at least 170 people outside Kabul airport")
    while (
        words
        and words[0].lower() in lead
        and _COUNT_WORDS.get(words[0].lower()) != (words[1].lower() if len(words) > 1 else "")
    ):
        words.pop(0)
        popped += 1
    trailing = lx.spec.get("subject_trailing_words") or ()
    while words and words[-1].lower() in trailing:
        words.pop()
    if passive and popped == 1 and len(words) == 1:
        return ""  # the action's own participle: "Artillery fire was heard on the doorstep of"
    if all(w.lower().endswith("ed") for w in words):
        return ""  # a verb after the action's noun: "Fighting was concentrated around"
    return " ".join(words[-6:])


def _unknown_place(
    c: Claim,
    head: str,
    s0: int,
    mentions: list[Mention],
    actors: list[ActorMention],
    lx: _Lex,
    found: re.Match | None = None,
) -> bool:
    """The claim is about a name the gazetteer lacks, right before it ("an African Union base
    at El Baraf, about 200 km north of Mogadishu"), or ``found`` in ``head``. With a direction
    the claim places it: a new mention at the claim's estimate (geo_precision 2), which the
    events and control of the article then use; without one the name is only the claim's
    subject."""
    from .gazetteer import Place

    # the last name followed only by an apposition ("Lastochkyne, a village ") or a verb,
    # maybe after its own settlement noun ("in Adan Yabaal district, 220 km north of")
    # ("the oil port of Ras Lanuf on Sunday, about 370 km east of": the time between)
    def told(m: re.Match) -> bool:
        end = time_expression_end(head, m.end())
        noun = lx.settlement_after.match(head, end)
        return any(
            lx.apposition.fullmatch(head, e) or _BE_GAP.fullmatch(head, e)
            for e in (end, noun.end() if noun else end)
        )

    m = found or next(
        (
            m
            for m in reversed(list(lx.unknown_name.finditer(head, max(0, len(head) - 160))))
            if told(m) and not lx.not_names.issuperset(m["name"].lower().split())
        ),
        None,
    )
    if m is None:
        return False
    name = m["name"].rstrip(".")
    start = s0 + m.start("name")
    end = start + len(name)
    if (
        any(w.lower() in lx.not_names for w in name.split())
        or (" " not in name and _everyday_word(name))  # "at Christmas, 20 km north of …"
        or any(a.start < end and start < a.end for a in actors)
        # (a doubtful place only part of the name is none: "Jebel" of "Jebel Moya")
        or any(
            x.start < end
            and start < x.end
            and not (x.doubtful and (found or x.end - x.start < end - start))
            for x in mentions
        )
    ):
        return False
    c.subject, c.subject_kind = name, "place"
    if c.relation != "distance_direction" or c.estimate is None:
        return True
    a = c.anchor.place
    place = Place(
        geonameid=claim_place_id(name, a.geonameid),
        name=name,
        lat=round(float(c.estimate[1]), 5),
        lon=round(float(c.estimate[0]), 5),
        country_code=a.country_code,
        feature_class="P",
        feature_code="PPL",
        kind="city",
        admin1=a.admin1,
        source="claim",
        matched=fold(name),
    )
    new = Mention(
        start=start,
        end=end,
        text=name,
        sentence=c.sentence,
        place=place,
        confidence=0.5,
        lat=place.lat,
        lon=place.lon,
        candidates=0,
    )
    insert_mention(mentions, new)
    c.subject_mention = new
    c.notes.append(f"the gazetteer knows no {name}; placed at the claim's estimate")
    return True


def _everyday_word(word: str) -> bool:
    """A word common enough in English to be no name of a place the gazetteer lacks."""
    from .geoparse import _lexicon as _toponyms

    lx = _toponyms()
    return lx.common.get(fold(word), 0.0) >= lx.zipf[0]


def _set_place(c: Claim, m: Mention) -> None:
    c.subject, c.subject_kind, c.subject_mention = m.place.name, "place", m


def _check(c: Claim, lx: _Lex) -> None:
    """Where the subject is a known place, how far the claim puts it from the gazetteer."""
    m = c.subject_mention
    if m is None or c.geometry is None or m.place.kind not in ("city", "site"):
        return
    c.check_km = round(geo.point_distance_km(c.geometry, m.lon, m.lat), 2)
    c.consistent = c.check_km <= float(lx.spec["check_tolerance_km"])
    if not c.consistent:
        c.notes.append(
            f"the gazetteer puts {m.place.name} {c.check_km:.0f} km outside the claimed region"
        )


CLAIM_PLACE_IDS = 1_000_000_000  # ids of places located by a claim lie below -this


def claim_place_id(name: str, anchor_geonameid: int) -> int:
    """A stable id for a place the gazetteer lacks, located by a claim: the same name told
    relative to the same anchor gets the same id in every article (so control can follow it)."""
    return -(CLAIM_PLACE_IDS + key_hash(f"{fold(name)}|{anchor_geonameid}") % CLAIM_PLACE_IDS)


def _reresolve(c: Claim, mentions: list[Mention], gazetteer: Gazetteer | None, lx: _Lex) -> bool:
    """A distance claim that puts its subject far from the gazetteer's place re-decides it:
    another place of that name inside the claimed region when there is one ("Pokrovsk, 3 km
    from Myrnohrad" is not Engels); else, when the name matched only a loose spelling of
    something else (the gazetteer lacks the place, as it lacks most villages) and the claim
    gives a direction, the claim's estimate, with geo_precision 2 (so too when the name is a
    namesake's in another country, farther than ``namesake_far_km``). Every mention of the name
    in the article follows. Whether it moved the place."""
    from .gazetteer import Place, get_gazetteer

    m = c.subject_mention
    if (
        m is None
        or m.anaphoric
        # (a bare direction reaches a short way too: "Synkivka (northeast of Kupyansk)" is
        # no Senkivka 474 km off)
        or c.relation not in ("distance", "distance_direction", "direction")
        or c.estimate is None
    ):
        return False
    tol = float(lx.spec["check_tolerance_km"])
    gz = gazetteer or get_gazetteer()
    old, key = m.place, fold(m.text)
    try:
        cands = gz.candidates(m.text, limit=25)
    except (TypeError, ValueError):
        return False
    fits = [
        p
        for p in cands
        if p.kind in ("city", "site")
        and p.geonameid != old.geonameid
        and geo.point_distance_km(c.geometry, p.lon, p.lat) <= tol
    ]
    if fits:
        new = fits[0]
        why = f"re-resolved to {new.name} ({new.country_code}), the {m.text} inside the region"
    elif c.bearing_deg is not None and (
        all(p.matched != key for p in cands if p.geonameid == old.geonameid)
        # (or a namesake in another country, far off: "Tawila, some 60 km west of El Fasher"
        # is no Aţ Ţawīlah 2,000 km away in Yemen)
        or (
            old.country_code != c.anchor.place.country_code
            and (c.check_km or 0.0) > float(lx.spec["namesake_far_km"])
        )
    ):  # a direction too: the estimate is a location, not just the anchor
        new = Place(
            geonameid=claim_place_id(m.text, c.anchor.place.geonameid),
            name=m.text,
            lat=round(float(c.estimate[1]), 5),
            lon=round(float(c.estimate[0]), 5),
            country_code=c.anchor.place.country_code,
            feature_class="P",
            feature_code="PPL",
            kind="city",
            admin1=c.anchor.place.admin1,
            score=0.0,
            source="claim",
            matched=key,
        )
        why = (
            f"the gazetteer knows no {m.text} but {old.name} ({old.country_code}, "
            f"{c.check_km:.0f} km away); placed at the claim's estimate"
        )
    else:
        return False
    for other in mentions:
        if other.place.geonameid == old.geonameid and fold(other.text) == key:
            other.place, other.lat, other.lon = new, new.lat, new.lon
            other.doubtful = ""
    c.notes.append(why)
    c.subject = new.name
    _check(c, lx)
    return True


def without_doubtful(claims: list[Claim]) -> list[Claim]:
    """Claims once the places no claim could place are left out (``Mention.doubtful``): a claim
    measured from one cannot be drawn and goes; one about one keeps its words as subject."""
    out = []
    for c in claims:
        if c.anchor.doubtful or (c.anchor2 is not None and c.anchor2.doubtful):
            continue
        m = c.subject_mention
        if m is not None and m.doubtful:
            c.subject, c.subject_mention = m.text, None
        out.append(c)
    return out


def claim_records(article: Article, claims: list[Claim]) -> list[dict[str, Any]]:
    """Plain records for the claims table (geometry = allowed region, estimate = point)."""
    out = []
    for k, c in enumerate(claims):
        sm = c.subject_mention
        out.append(
            {
                "article_id": article.article_id,
                "published": article.published_ts,
                "claim_id": f"{article.article_id}:c{k}",
                "start": c.start,
                "end": c.end,
                "text": c.text,
                "sentence": article.sentence_text(c.sentence),
                "sentence_id": c.sentence,
                "subject": c.subject,
                "subject_kind": c.subject_kind,
                "subject_geonameid": sm.place.geonameid if sm is not None else None,
                "anchor": c.anchor.text,
                "anchor_name": c.anchor.place.name,
                "anchor_geonameid": c.anchor.place.geonameid,
                "anchor2_geonameid": c.anchor2.place.geonameid if c.anchor2 is not None else None,
                "relation": c.relation,
                "distance_km": c.distance_km,
                "distance_min_km": c.distance_min_km,
                "distance_max_km": c.distance_max_km,
                "bearing_deg": c.bearing_deg,
                "bearing_spread_deg": c.bearing_spread_deg,
                "qualifier": c.qualifier,
                "check_km": c.check_km,
                "consistent": c.consistent,
                "notes": "; ".join(c.notes),
                "anchor_lon": c.anchor.lon,
                "anchor_lat": c.anchor.lat,
                "estimate_lon": c.estimate[0] if c.estimate else None,
                "estimate_lat": c.estimate[1] if c.estimate else None,
                "geometry": c.geometry,
            }
        )
    return out
