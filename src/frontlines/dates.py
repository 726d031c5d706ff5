"""Time expressions in a sentence, resolved against the publication date into date ranges.

"on Friday" is the Friday on or before publication; "since Tuesday" runs from that Tuesday to
publication; "In July" is July of the publication year, or of the year before when July comes
after publication; "14 November" is the last such day on or before publication, or the one
nearest a day given with its year earlier in the text ("On 5 August 2024 … on 15 August");
"in early 2014" is January–April 2014; "on Palm Sunday" is the last one (Easter computed);
"two days ago" is a day, "between March and May 2024" and "three weeks ago" ranges,
"overnight" the night before publication (the words are in the ``dates`` lexicon). Each range
carries a precision in ACLED's scale (1 day, 2 week, 3 month) with 4 for anything coarser.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from ._resources import load_lexicon
from ._text import words_pattern

__all__ = [
    "TimeSpan",
    "count_of_days_before",
    "find_dates",
    "numeric_day_first",
    "time_expression_end",
]


@dataclass(frozen=True, slots=True)
class TimeSpan:
    """A resolved time expression: its span in the text and the dates it covers."""

    start: int
    end: int
    text: str
    date_start: dt.date
    date_end: dt.date
    precision: int


@dataclass(frozen=True)
class _Lex:
    weekdays: list[str]
    months: dict[str, int]
    parts: dict[str, tuple[int, int]]
    prec: dict[str, int]
    rx: re.Pattern
    numbers: dict[str, int]
    later: dict[str, int]  # "later": +1, "earlier": -1
    next_day: dict[str, int]  # "next day": +1
    first_words: re.Pattern  # the words a time expression may start with
    named_days: dict[str, tuple[str, int, int]]  # "palm sunday": ("easter", -7, 0)
    day_first: bool  # "03/04/2024" is 3 April (else March 4) when neither number passes 12
    compared: re.Pattern  # a comparison before "since": "the first time since 2016"


@lru_cache(maxsize=4)
def _lexicon_cached(_key: int) -> _Lex:
    spec = load_lexicon("dates")
    weekdays = [w.lower() for w in spec["weekdays"]]
    months = {m.lower(): i + 1 for i, m in enumerate(spec["months"])}
    months.update({k.lower(): int(v) for k, v in spec["month_abbreviations"].items()})
    parts = {k.lower(): (int(a), int(b)) for k, (a, b) in spec["year_parts"].items()}

    def alt(xs):
        return words_pattern(xs, any_space=False)

    mon = rf"(?:{alt(months)})(?!\w)\.?"  # "in Mariupol" holds no "Mar"
    to = r"(?:-|–|and|to|until|through)"  # between the two days of a range
    wd = alt(weekdays)
    part = alt(parts)
    numbers = {k.lower(): int(v) for k, v in spec["number_words"].items()}
    year_named = alt(spec.get("year_named_nouns") or ["(?!)"])
    later = {str(k).lower(): int(v) for k, v in (spec.get("later_words") or {}).items()}
    next_day = {str(k).lower(): int(v) for k, v in (spec.get("next_day") or {}).items()}
    count = rf"\d{{1,3}}|{alt([*numbers, *(v.lower() for v in spec['vague_numbers'])])}"
    night = alt([w.lower() for w in spec["last_night"]])
    # "since early March", "in late May 2015": the month, coarse as it is
    part_of = (
        rf"(?:(?:{alt(spec.get('parts_of_month') or [])})[\s-]+)?"
        if spec.get("parts_of_month")
        else ""
    )
    named = {
        form: _named_rule(str(k), str(v))
        for k, v in (spec.get("named_days") or {}).items()
        for form in {
            " ".join(str(k).lower().split()),
            " ".join(str(k).lower().split()).replace("'", "’"),
        }
    }
    rx = re.compile(
        "|".join(
            [
                # "between 10 and 12 May", "on the night of 3-4 March", "May 10-12, 2024"
                rf"(?P<drange>(?:between\s+|from\s+|on\s+(?:the\s+night\s+of\s+)?)?"
                rf"(?P<dr_a>\d{{1,2}})(?:st|nd|rd|th)?\s*{to}\s*(?P<dr_b>\d{{1,2}})(?:st|nd|rd|th)?"
                rf"\s+(?:of\s+)?(?P<dr_m>{mon})(?:,?\s+(?P<dr_y>\d{{4}}))?)",
                rf"(?P<mdrange>(?:between\s+|from\s+|on\s+)?(?P<mdr_m>{mon})\s+(?P<mdr_a>\d{{1,2}})"
                rf"(?:st|nd|rd|th)?\s*{to}\s*(?P<mdr_b>\d{{1,2}})(?:st|nd|rd|th)?\b"
                rf"(?:,?\s+(?P<mdr_y>\d{{4}}))?)",
                rf"(?P<mdy>(?:on\s+)?(?P<mdy_m>{mon})\s+(?P<mdy_d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<mdy_y>\d{{4}}))",
                rf"(?P<dmy>(?:on\s+)?(?P<dmy_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dmy_m>{mon}),?\s+(?P<dmy_y>\d{{4}}))",
                r"(?P<iso>(?:on\s+)?(?P<iso_y>\d{4})-(?P<iso_m>\d{2})-(?P<iso_d>\d{2}))",
                # "on 23/04/2024", "03.04.2024" (not a score, a ratio or a version)
                r"(?P<num>(?:on\s+)?(?<![\d/.:-])(?P<num_a>\d{1,2})(?P<num_s>[/.])(?P<num_b>\d{1,2})"
                r"(?P=num_s)(?P<num_y>(?:19|20)\d{2})(?![\w/]|\.\d))",
                rf"(?P<part>(?:in\s+(?:the\s+)?)?(?P<part_w>{part})\s*(?P<part_y>\d{{4}}))",
                # ("from November 1987 to March 1988": each month with its year)
                # ("in late March and early April 2012", "March-April 2012")
                rf"(?P<mrange>(?:(?:between|from|in)\s+)?{part_of}(?P<mr_a>{mon})"
                rf"(?:\s+(?P<mr_ya>\d{{4}}))?(?:\s+(?:and|to|until|through)\s+|\s*[-–]\s*)"
                rf"{part_of}(?P<mr_b>{mon})\s+(?P<mr_y>\d{{4}}))",
                rf"(?P<my>(?:since\s+|in\s+|at\s+)?{part_of}(?P<my_m>{mon})\s+(?P<my_y>\d{{4}}))",
                rf"(?P<md>(?:on\s+)?(?P<md_m>{mon})\s+(?P<md_d>\d{{1,2}})(?:st|nd|rd|th)?\b)",
                rf"(?P<dm>(?P<dm_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_m>{mon})\b)",
                rf"(?P<ago>(?P<ago_n>{count})\s+(?P<ago_u>day|week|month|year)s?\s+ago)",
                rf"(?P<later>(?P<later_n>{count})\s+(?P<later_u>day|week|month)s?\s+"
                rf"(?P<later_w>{words_pattern(later)}))\b",
                rf"(?P<nextd>the\s+(?P<nextd_w>{words_pattern(next_day)}))\b",
                # "the following March", "the ensuing year", "later that month", "that December":
                # counted from the date told last
                rf"(?P<follow>(?:in\s+)?the\s+(?:{alt(spec.get('following_words') or [])})\s+"
                rf"(?P<follow_u>{mon}|year|month|week))(?!\s*\d)\b",
                rf"(?P<that>(?:(?:later|earlier)\s+)?(?:in\s+)?that\s+"
                rf"(?P<that_u>{mon}|year|month|week))(?!\s*\d)\b",
                # ("overnight into Saturday": the night before that day)
                # ("overnight on August 7": that day, told after it)
                rf"(?P<night>{night}(?:\s+(?:into|to)\s+(?P<night_wd>{wd}))?)"
                rf"(?!\s+(?:on|of)\s+(?:the\s+)?(?:\d|(?:{mon}|{wd})\b))",
                r"(?P<wkend>(?:over|during|at|on|this(?:\s+past)?|last|past)\s+(?:the\s+)?weekend)\b",
                # "on Palm Sunday", "on Christmas Day 2022": before the plain weekday
                rf"(?P<named>(?:on\s+)?(?P<named_w>{words_pattern(named)})"
                rf"(?:,?\s+(?P<named_y>\d{{4}}))?)\b",
                rf"(?P<since_wd>since\s+(?P<since_wd_w>{wd}))",
                rf"(?P<wd>(?:on\s+|last\s+)?(?P<wd_w>{wd}))",
                rf"(?P<since_m>since\s+{part_of}(?P<since_m_m>{mon}))(?!\s+\d)",
                rf"(?P<in_m>(?:in|at)\s+{part_of}(?P<in_m_m>{mon}))(?!\s+\d)",
                # ("during the 2006 war": the year of the war named by it)
                r"(?P<year>(?:in|since|during|throughout)\s+"
                rf"(?:the\s+(?=(?:19|20)\d{{2}}\s+(?:{year_named})\b))?"
                r"(?P<year_y>(?:19|20)\d{2}))\b",
                r"(?P<rel>(?P<rel_w>earlier|later)\s+this\s+(?P<rel_u>week|month|year)"
                r"|this\s+(?P<rel_u2>week|month|year)|last\s+(?P<rel_u3>week|month|year)"
                r"|(?P<rel_y>yesterday)|(?P<rel_t>today|tonight|this morning|this afternoon))",
            ]
        ),
        re.IGNORECASE,
    )
    # the words a time expression may start with: the big pattern is tried only there
    phrases = [
        *months,
        *weekdays,
        *numbers,
        *spec["vague_numbers"],
        *spec["last_night"],
        *parts,
        *(spec.get("parts_of_month") or []),
        *named,
        *_OPENING_WORDS,
    ]
    first = {str(w).lower().replace("-", " ").split()[0] for w in phrases}
    first_re = re.compile(rf"(?<![^\W\d_])(?:{alt(first)})(?![^\W\d_])|(?<!\d)\d", re.IGNORECASE)
    return _Lex(
        weekdays,
        months,
        parts,
        dict(spec["precision"]),
        rx,
        numbers,
        later,
        next_day,
        first_re,
        named,
        bool(spec.get("numeric_day_first", True)),
        re.compile(
            # (not a quantity's "most of": "has controlled most of Darfur since late 2023")
            rf"\b(?:{alt([str(w).lower() for w in spec.get('since_comparisons') or []])})"
            r"\b(?!\s+of\b)[^,;.!?]{0,50}$",
            re.IGNORECASE,
        ),
    )


_RULE = re.compile(r"(?:(?P<m>\d{1,2})-(?P<d>\d{1,2})|(?P<e>easter|orthodox)(?P<n>[+-]\d+))")


def _named_rule(name: str, rule: str) -> tuple[str, int, int]:
    """("date", month, day) or ("easter" | "orthodox", days from that Easter Sunday, 0)."""
    m = _RULE.fullmatch(rule.strip().lower())
    if m is None:
        msg = (
            f"dates lexicon: named day {name!r} has rule {rule!r}; write a month and day "
            '("12-25") or days from Easter ("easter-7", "orthodox+0")'
        )
        raise ValueError(msg)
    if m["e"]:
        return m["e"], int(m["n"]), 0
    return "date", int(m["m"]), int(m["d"])


def _named_on(rule: tuple[str, int, int], year: int) -> dt.date:
    kind, a, b = rule
    if kind == "date":
        return dt.date(year, a, b)
    from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

    sunday = easter(year, EASTER_ORTHODOX if kind == "orthodox" else EASTER_WESTERN)
    return sunday + dt.timedelta(days=a)


def _named_day(
    g, lx: _Lex, pub: dt.date | None, dated: dt.date | None, P
) -> tuple[dt.date, dt.date, int] | None:
    """ "on Palm Sunday": that day in the year given, else in the year nearest a day given with
    its year earlier in the text, else the last one on or before publication."""
    rule = lx.named_days[" ".join(g["named_w"].lower().split())]
    if g["named_y"]:
        d = _named_on(rule, int(g["named_y"]))
    elif dated is not None:
        years = (dated.year - 1, dated.year, dated.year + 1)
        d = min((_named_on(rule, y) for y in years), key=lambda c: abs((c - dated).days))
    elif pub is not None:
        d = _named_on(rule, pub.year)
        if d > pub:
            d = _named_on(rule, pub.year - 1)
    else:
        return None
    return d, d, P["day"]


# words that open time expressions of the pattern itself ("on", "since", "this week")
_OPENING_WORDS = (
    "on",
    "in",
    "between",
    "from",
    "since",
    "last",
    "the",
    "that",
    "this",
    "earlier",
    "later",
    "yesterday",
    "today",
    "tonight",
    "during",
    "throughout",
    "over",
    "at",
)


def _lexicon() -> _Lex:
    return _lexicon_cached(id(load_lexicon("dates")))


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _mnum(lx: _Lex, s: str) -> int:
    return lx.months[s.lower().rstrip(".")]


_NUMERIC_DATE = re.compile(r"(?<![\d/.:-])(\d{1,2})([/.])(\d{1,2})\2(?:19|20)\d{2}(?![\w/]|\.\d)")


def numeric_day_first(text: str) -> bool | None:
    """The order of the dates written in numbers in ``text``, as one of them shows it: True
    when a first number passes 12 ("21/09/2013"), False when a second one does ("09/21/2013",
    so "12/03/2015" is 3 December), None when none does or they disagree (the dates lexicon's
    ``numeric_day_first`` decides)."""
    firsts = seconds = False
    for m in _NUMERIC_DATE.finditer(text):
        firsts = firsts or int(m[1]) > 12
        seconds = seconds or int(m[3]) > 12
    return None if firsts == seconds else firsts


def find_dates(
    text: str,
    published: dt.date | None,
    *,
    reference: TimeSpan | None = None,
    narrated: bool = False,
    day_first: bool | None = None,
) -> list[TimeSpan]:
    """Resolved time expressions in ``text`` (usually one sentence).

    Relative expressions need ``published``; without it they are skipped. Those counted from
    the date the text spoke of last ("the next day", "a week later") need ``reference``, the
    last time expression before ``text``, or one earlier in ``text``, and that it names a
    day; else they are skipped. Dates that do not exist ("February 30, 2016") are skipped.
    With ``narrated`` (the story is at ``reference``: told just before, in a year long before
    publication), a day without its year is in the year that puts it nearest ``reference``,
    as it is without a publication date: "Argentine forces seized Port Stanley on 2 April 1982.
    British troops retook the town on 14 June". ``day_first`` overrides the lexicon's order
    of a date written in numbers whose first two numbers are both under 13 (see
    :func:`numeric_day_first`).
    """
    lx = _lexicon()
    if day_first is not None and day_first != lx.day_first:
        lx = replace(lx, day_first=day_first)
    out: list[TimeSpan] = []
    P = lx.prec
    dated: dt.date | None = None  # the last day given with its year earlier in this text
    if reference is not None and (published is None or narrated):
        # (with no publication date, a day without its year is in the year told last: "4
        # November – Abiy orders an offensive" under "Timeline … (November 2020)")
        dated = reference.date_start
    found = list(_matches(text, lx))
    for i, m in enumerate(found):
        g = m.groupdict()
        if (g["md"] or g["dm"]) and dated is None and i + 1 < len(found):
            # "on March 3 and April 5, 2012": the day before the one given with its year
            # is in that year (the nearest such day to it)
            n = found[i + 1]
            if (n["mdy"] or n["dmy"]) and _JOINED_DATES.fullmatch(text, m.end(), n.start()):
                with contextlib.suppress(ValueError):
                    dated = _resolve(n.groupdict(), lx, published, P)[0]
        ref = out[-1] if out else reference
        try:
            if g["follow"] or g["that"]:
                span = _following(g, lx, ref, P)
                if span is not None and published is not None and span[0] > published:
                    span = None  # (never after publication)
                elif span is not None and published is not None:
                    span = span[0], min(span[1], published), span[2]
            elif g["later"] or g["nextd"]:
                span = _counted(g, lx, ref, P)
                if span is not None and published is not None:  # never after publication
                    a, b, prec = span
                    span = None if a > published else (a, min(b, published), prec)
            elif g["drange"] or g["mdrange"]:
                span = _day_range(g, lx, published, dated, P)
            elif g["named"]:
                span = _named_day(g, lx, published, dated, P)
            elif g["night"] and not g["night_wd"] and dated is not None:
                # "On 6 December 2024, HTS took Homs after the army withdrew overnight": the
                # night before the day told, not before publication
                span = dated - dt.timedelta(days=1), dated, P["day"]
            elif (g["md"] or g["dm"]) and dated is not None:
                span = _near_year(g, lx, dated, P)
            elif g["in_m"] and dated is not None:
                span = _month_after(g, lx, dated, published, P)
            else:
                span = _resolve(g, lx, published, P)
        except (ValueError, KeyError, OverflowError):
            span = None  # impossible dates are no dates
        if span is None:
            continue
        if g["mdy"] or g["dmy"] or g["iso"] or g["num"]:
            dated = span[0]
        elif (
            g["my"] or g["part"] or g["mrange"] or g["year"] or g["follow"] or g["that"]
        ) and not _SINCE_SPAN.match(m.group()):
            # "In April 2003, US troops entered Baghdad; on 9 April …": a day without its
            # year after a month or year given with it is in that month or year (not after a
            # span up to publication: "since April 2022")
            dated = span[0] + (span[1] - span[0]) / 2
        a, b, prec = span
        start = m.start()
        since = _SINCE.search(text, max(0, start - 12), start)
        opened = since.start() if since else start if _SINCE_SPAN.match(m.group()) else None
        if opened is not None and lx.compared.search(text, max(0, opened - 60), opened):
            # "the first time since 2016 that …", "the deadliest attack since May": no time
            continue
        if since and published is not None and b < published and prec <= P["day"]:
            # "since April 15": from that day to publication
            start, b = since.start(), published
            days = (b - a).days
            prec = P["week"] if days <= 7 else P["month"] if days <= 31 else P["year"]
        end = m.end()
        coded = _CODED_AS.match(text, end)
        if coded is not None and prec <= P["day"]:
            # "Around 15 June 2024 (month of)", as ACLED's notes write a date known only to
            # its week or month
            if coded["unit"].lower() == "week":  # (Monday to Sunday)
                a = a - dt.timedelta(days=a.weekday())
                b, prec = a + dt.timedelta(days=6), P["week"]
            else:
                a, b, prec = a.replace(day=1), _month_end(a.year, a.month), P["month"]
            end = coded.end()
        if b < a:
            continue
        if (
            out
            and g["wd"] is None
            and prec <= P["day"]
            and _WEEKDAY_GAP.fullmatch(text, out[-1].end, start)
            and out[-1].text.split()[-1].lower() in lx.weekdays
        ):
            # "on Sunday 5 June 2022": the date names the weekday's day
            start = out.pop().start
        out.append(TimeSpan(start, end, text[start:end], a, b, prec))
    return out


_JOINED_DATES = re.compile(r",?\s*(?:and|or|to|until|through|-|–)\s*", re.IGNORECASE)
_CODED_AS = re.compile(r"\s*\((?P<unit>week|month)\s+of\)", re.IGNORECASE)


def _day_range(
    g, lx: _Lex, pub: dt.date | None, dated: dt.date | None, P
) -> tuple[dt.date, dt.date, int] | None:
    """ "between 10 and 12 May": the days of a month, in the year given, else the year nearest
    a day given with its year earlier in the text, else the last such days up to publication."""
    k = "dr" if g["drange"] else "mdr"
    mo, a, b = _mnum(lx, g[f"{k}_m"]), int(g[f"{k}_a"]), int(g[f"{k}_b"])
    if a > b:
        return None  # ("31-2 March" is no range)
    if g[f"{k}_y"]:
        y = int(g[f"{k}_y"])
    elif dated is not None:
        y = _nearest_day(mo, a, dated).year
    elif pub is not None:
        y = pub.year if (mo, b) <= (pub.month, pub.day) else pub.year - 1
    else:
        return None
    d0, d1 = dt.date(y, mo, a), dt.date(y, mo, b)
    days = (d1 - d0).days
    return d0, d1, P["day"] if days == 0 else P["week"] if days <= 7 else P["month"]


def _near_year(g, lx: _Lex, dated: dt.date, P) -> tuple[dt.date, dt.date, int]:
    """ "captured Sudzha on 15 August" after "On 5 August 2024" in the same text: the day and
    month in the year that puts them nearest the day given with its year."""
    k = "md" if g["md"] else "dm"
    d = _nearest_day(_mnum(lx, g[f"{k}_m"]), int(g[f"{k}_d"]), dated)
    return d, d, P["day"]


def _month_after(
    g, lx: _Lex, dated: dt.date, pub: dt.date | None, P
) -> tuple[dt.date, dt.date, int]:
    """ "retook Palmyra in March 2016, but lost it again in December": a month without its year
    after a date given with one is the next such month from it (not one after publication)."""
    mo = _mnum(lx, g["in_m_m"])
    y = dated.year if mo >= dated.month else dated.year + 1
    if pub is not None and dt.date(y, mo, 1) > pub:
        y = pub.year if mo <= pub.month else pub.year - 1
    return dt.date(y, mo, 1), _month_end(y, mo), P["month"]


def _nearest_day(mo: int, day: int, dated: dt.date) -> dt.date:
    """The day of this month and number in the year (of ``dated``'s, the one before or the
    one after) that puts it nearest ``dated``."""
    cands = []
    for y in (dated.year - 1, dated.year, dated.year + 1):
        try:
            cands.append(dt.date(y, mo, day))
        except ValueError:
            continue  # 29 February
    if not cands:
        raise ValueError(f"no day {day} in month {mo}")
    return min(cands, key=lambda c: abs((c - dated).days))


_WEEKDAY_GAP = re.compile(r"\s*[,(]?\s*")


_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_SINCE_SPAN = re.compile(r"since\b", re.IGNORECASE)


def _resolve(g, lx: _Lex, pub: dt.date | None, P):
    if g["mdy"]:
        d = dt.date(int(g["mdy_y"]), _mnum(lx, g["mdy_m"]), int(g["mdy_d"]))
        return d, d, P["day"]
    if g["dmy"]:
        d = dt.date(int(g["dmy_y"]), _mnum(lx, g["dmy_m"]), int(g["dmy_d"]))
        return d, d, P["day"]
    if g["iso"]:
        d = dt.date(int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"]))
        return d, d, P["day"]
    if g["num"]:
        a, b = int(g["num_a"]), int(g["num_b"])
        day_first = a > 12 or (b <= 12 and lx.day_first)
        d = dt.date(int(g["num_y"]), b if day_first else a, a if day_first else b)
        return d, d, P["day"]
    if g["part"]:
        y = int(g["part_y"])
        m0, m1 = lx.parts[g["part_w"].lower()]
        return dt.date(y, m0, 1), _month_end(y, m1), P["year"] if m1 - m0 >= 3 else P["month"]
    if g["my"]:
        y, mo = int(g["my_y"]), _mnum(lx, g["my_m"])
        if g["my"].lower().startswith("since") and pub is not None:
            return dt.date(y, mo, 1), pub, P["month"]
        return dt.date(y, mo, 1), _month_end(y, mo), P["month"]
    if g["mrange"]:
        y, m0, m1 = int(g["mr_y"]), _mnum(lx, g["mr_a"]), _mnum(lx, g["mr_b"])
        y0 = int(g["mr_ya"]) if g["mr_ya"] else y
        months = (y - y0) * 12 + m1 - m0
        return dt.date(y0, m0, 1), _month_end(y, m1), P["month"] if months <= 1 else P["year"]
    if g["year"]:
        y = int(g["year_y"])
        if g["year"].lower().startswith("since") and pub is not None:
            return dt.date(y, 1, 1), pub, P["year"]
        return dt.date(y, 1, 1), dt.date(y, 12, 31), P["year"]
    if pub is None:
        return None
    if g["md"] or g["dm"]:  # "March 14", "14 March": the last such day on or before publication
        k = "md" if g["md"] else "dm"
        mo, day = _mnum(lx, g[f"{k}_m"]), int(g[f"{k}_d"])
        y = pub.year if (mo, day) <= (pub.month, pub.day) else pub.year - 1
        d = dt.date(y, mo, day)
        return d, d, P["day"]
    if g["ago"]:
        return _ago(g["ago_n"].lower(), g["ago_u"].lower(), pub, lx, P)
    if g["night"]:
        if g["night_wd"]:
            d = _last_weekday(pub, lx.weekdays.index(g["night_wd"].lower()))
            return d - dt.timedelta(days=1), d, P["day"]
        return pub - dt.timedelta(days=1), pub, P["day"]
    if g["wkend"]:  # the last Saturday and Sunday up to publication
        saturday = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
        return saturday, min(saturday + dt.timedelta(days=1), pub), P["week"]
    if g["since_wd"]:
        d = _last_weekday(pub, lx.weekdays.index(g["since_wd_w"].lower()))
        return d, pub, P["week"]
    if g["wd"]:
        d = _last_weekday(pub, lx.weekdays.index(g["wd_w"].lower()))
        if g["wd"].lower().startswith("last") and d == pub:
            d -= dt.timedelta(days=7)
        return d, d, P["day"]
    if g["since_m"]:
        mo = _mnum(lx, g["since_m_m"])
        y = pub.year if mo <= pub.month else pub.year - 1
        return dt.date(y, mo, 1), pub, P["month"]
    if g["in_m"]:
        mo = _mnum(lx, g["in_m_m"])
        y = pub.year if mo <= pub.month else pub.year - 1
        return dt.date(y, mo, 1), _month_end(y, mo), P["month"]
    if g["rel"]:
        if g["rel_y"]:
            d = pub - dt.timedelta(days=1)
            return d, d, P["day"]
        if g["rel_t"]:
            return pub, pub, P["day"]
        unit = (g["rel_u"] or g["rel_u2"] or g["rel_u3"]).lower()
        last = bool(g["rel_u3"])
        if unit == "week":
            monday = pub - dt.timedelta(days=pub.weekday())
            if last:
                return monday - dt.timedelta(days=7), monday - dt.timedelta(days=1), P["week"]
            return monday, pub, P["week"]
        if unit == "month":
            if last:
                prev_end = pub.replace(day=1) - dt.timedelta(days=1)
                return prev_end.replace(day=1), prev_end, P["month"]
            return pub.replace(day=1), pub, P["month"]
        if last:
            return dt.date(pub.year - 1, 1, 1), dt.date(pub.year - 1, 12, 31), P["year"]
        return dt.date(pub.year, 1, 1), pub, P["year"]
    return None


def time_expression_end(text: str, pos: int) -> int:
    """The end of the time expression right after ``pos`` (spaces between allowed): "Ras
    Lanuf| on Sunday, about 370 km east of" gives the end of "on Sunday"; ``pos`` when none
    starts there."""
    lx = _lexicon()
    start = pos + len(text[pos:]) - len(text[pos:].lstrip())
    w = lx.first_words.match(text, start)
    m = lx.rx.match(text, start) if w is not None else None
    return m.end() if m is not None else pos


def count_of_days_before(text: str, pos: int) -> tuple[int, int] | None:
    """The least and most days of a count of days or weeks that ends at ``pos`` (spaces
    between allowed): "a day |after", "two weeks |before" give (1, 1) and (14, 14); "several
    days" (2, 7). None when there is none."""
    lx = _lexicon()
    m = _COUNT_BEFORE.search(text, max(0, pos - 40), pos)
    if m is None or not (m["n"].isdigit() or m["n"].lower() in lx.numbers or m["v"]):
        return None
    lo, hi = _count(m["n"].lower(), lx)
    k = 7 if m["u"].lower() == "week" else 1
    return lo * k, hi * k


_COUNT_BEFORE = re.compile(
    r"(?<![\w-])(?P<n>(?P<v>a few|several|a couple of)|\w+)\s+(?P<u>day|week)s?\s+$",
    re.IGNORECASE,
)


def _matches(text: str, lx: _Lex) -> Iterator[re.Match]:
    """The time expressions of ``text``, leftmost first, each starting at a word or number."""
    end = 0
    rx = lx.rx
    for w in lx.first_words.finditer(text):
        s = w.start()
        if s >= end:
            m = rx.match(text, s)
            if m is not None:
                end = m.end()
                yield m


def _counted(g, lx: _Lex, ref: TimeSpan | None, P) -> tuple[dt.date, dt.date, int] | None:
    """Dates of "two days later", "the next day": counted from ``ref`` when it names a day."""
    if ref is None or ref.precision != P["day"]:
        return None
    d0 = ref.date_start
    if g["nextd"]:
        d = d0 + dt.timedelta(days=lx.next_day[" ".join(g["nextd_w"].lower().split())])
        return d, d, P["day"]
    n = g["later_n"].lower()
    lo, hi = _count(n, lx)
    sign = lx.later[" ".join(g["later_w"].lower().split())]
    unit = g["later_u"].lower()
    if unit == "day":
        a, b, prec = d0 + dt.timedelta(days=sign * lo), d0 + dt.timedelta(days=sign * hi), P["day"]
        if lo != hi:
            prec = P["week"]
    elif unit == "week":
        a, b, prec = (
            d0 + dt.timedelta(days=sign * 7 * lo - 3),
            d0 + dt.timedelta(days=sign * 7 * hi + 3),
            P["week"],
        )
    else:
        a, b, prec = (
            d0 + dt.timedelta(days=sign * 30 * lo - 15),
            d0 + dt.timedelta(days=sign * 30 * hi + 15),
            P["month"],
        )
    return (a, b, prec) if a <= b else (b, a, prec)


def _following(g, lx: _Lex, ref: TimeSpan | None, P) -> tuple[dt.date, dt.date, int] | None:
    """Dates of "the following March", "the ensuing year", "that December", "later that month":
    counted from ``ref``, the date told last, when it names a month, a week or a day."""
    if ref is None or ref.precision > P["month"]:
        return None
    d0 = ref.date_start
    unit = (g["follow_u"] or g["that_u"]).lower()
    after = bool(g["follow"])
    if unit == "year":
        y = d0.year + after
        if g["that"] and g["that"].lower().startswith("later"):
            return d0, dt.date(y, 12, 31), P["year"]
        return dt.date(y, 1, 1), dt.date(y, 12, 31), P["year"]
    if unit == "week":
        a = d0 + dt.timedelta(days=7 * after - d0.weekday())
        return a, a + dt.timedelta(days=6), P["week"]
    if unit == "month":
        y, mo = (d0.year + d0.month // 12, d0.month % 12 + 1) if after else (d0.year, d0.month)
        a = d0 if g["that"] and g["that"].lower().startswith("later") else dt.date(y, mo, 1)
        return a, _month_end(y, mo), P["month"]
    mo = _mnum(lx, unit)
    # the next such month after the one told ("the following March"); "that December" is the
    # one of its year
    y = d0.year + (mo <= d0.month) if after else d0.year
    return dt.date(y, mo, 1), _month_end(y, mo), P["month"]


def _count(n: str, lx: _Lex) -> tuple[int, int]:
    """The least and most a count word says: "two" is 2 to 2, "several" 2 to 7."""
    if n.isdigit() or n in lx.numbers:
        k = int(n) if n.isdigit() else lx.numbers[n]
        return k, k
    return 2, 7  # "a few", "several"


def _ago(n: str, unit: str, pub: dt.date, lx: _Lex, P) -> tuple[dt.date, dt.date, int]:
    """Dates of "two days ago", "three weeks ago", "several months ago"."""
    lo, hi = _count(n, lx)
    if unit == "day":
        prec = P["day"] if lo == hi else P["week"]
        return pub - dt.timedelta(days=hi), pub - dt.timedelta(days=lo), prec
    if unit == "week":
        return pub - dt.timedelta(days=7 * hi + 3), pub - dt.timedelta(days=7 * lo - 3), P["week"]
    if unit == "month":
        first = (pub.replace(day=1) - dt.timedelta(days=31 * hi - 15)).replace(day=1)
        last_ = pub.replace(day=1) - dt.timedelta(days=31 * (lo - 1) + 1)
        return first, last_, P["month"]
    return dt.date(pub.year - hi, 1, 1), dt.date(pub.year - lo, 12, 31), P["year"]


def _last_weekday(pub: dt.date, weekday: int) -> dt.date:
    """The given weekday on or before ``pub``."""
    return pub - dt.timedelta(days=(pub.weekday() - weekday) % 7)
