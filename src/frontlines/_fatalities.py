"""Deaths told in a sentence ("killing at least 17 civilians", "12 soldiers were killed"), from
the ``fatalities`` section of the actions lexicon."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ._resources import given_names, load_lexicon
from ._text import words_pattern

# (not a clock time: "14:32 GMT - Two killed")
_DIGITS = r"(?<![\d:])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d:])"
_BE_WORDS = r"(?:were|was|are|is|been|have|has|had)\b"
# "Malian soldiers", "US service members" (not "soldiers in Kabul")
_NOUN = re.compile(
    r"\s+[\w'’-]+(?:\s+(?!(?:and|or|in|at|near|on|from|of|to|by|with|after|during|inside"
    r"|outside|across|along)\b)[\w'’-]+){0,2}"
)


# a singular passive of death, with no count: one person
_ONE_PASSIVE = re.compile(
    r"(?<![\w-])(?:was|has\s+been|had\s+been)\s+(?:(?:reportedly|also|later|fatally)\s+)?"
    r"(?:killed|shot\s+dead|slain|executed|beheaded|lynched|(?:stabbed|hacked|beaten|burned|burnt)"
    r"\s+to\s+death)\b"
)


@dataclass(frozen=True)
class _Counts:
    before: re.Pattern  # verb, then the number (group "n"), then more "and 3 civilians"
    more: re.Pattern  # ", and 3 civilians" after a count
    prior: re.Pattern  # "24 civilians, " before a count of those after it
    after: re.Pattern  # the number, then the words
    toll: re.Pattern
    one: re.Pattern  # "killed a village chief", "a soldier was killed": one person
    words: dict[str, float]  # number words and vague numbers -> value
    running: re.Pattern  # "since the war began", "so far": a total over many events
    tail: re.Pattern  # ", 12 killed": a count after a comma, before its participle
    struggle: re.Pattern  # "a war that killed": the deaths of a long struggle, before its verb
    named: re.Pattern  # "killed Ayman al-Zawahiri": one person, by name (group "first")
    or_others: re.Pattern  # " or wounded" after a verb of death: a count of others too


@lru_cache(maxsize=4)
def _counts(_key: int) -> _Counts:
    spec = load_lexicon("actions")["fatalities"]
    words = {str(k).lower(): float(v) for k, v in load_lexicon("claims")["number_words"].items()}
    words.update({str(k).lower(): float(v) for k, v in (spec.get("vague") or {}).items()})
    word = words_pattern(words)
    num = rf"(?:{_DIGITS}|(?:{word})(?:-(?:{word}))?)"
    qual = rf"(?:(?:{words_pattern(spec.get('qualifiers') or [])})\s+)?"
    # a range counts its lowest figure: "between 10 and 15", "10 to 15", "10-15"
    n = (
        rf"{qual}(?:between\s+(?P<lo>{num})\s+and\s+{num}"
        rf"|(?P<n>{num})(?:\s*(?:-|–|to|or)\s*{num})?)"
    )
    other = rf"(?!(?:{words_pattern(spec.get('not_between') or [])}|\d)\b)"
    gap = rf"(?:{other}[\w'’-]+\s+){{0,3}}?"
    flags = re.IGNORECASE
    units = words_pattern(spec.get("not_units") or [])
    # "25 people, including women and children, were killed": an aside between them
    aside = (
        rf"(?:[\w'’-]*\s*,\s*(?:{words_pattern(spec.get('asides') or ['(?!)'])})\s+"
        r"[^,;.]{1,60}?,\s*)?"
    )
    # where those counted come from: "Two UN peacekeepers from Nepal were killed"
    origin = r"(?:from\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2}\s+)?"
    person = (
        rf"(?:[\w'’-]+\s+){{0,3}}?(?:{words_pattern(spec.get('one_person') or ['(?!)'])})"
        r"(?![\w-])"
    )
    either = rf"\s+or\s+(?:{words_pattern(spec.get('or_others') or [])})(?![\w-])"
    return _Counts(
        re.compile(
            rf"(?<![\w-])(?:{words_pattern(spec['verbs_before'])})\s+{n}"
            rf"(?![\w-]|\s*(?:{units})(?!\w))",
            flags,
        ),
        re.compile(
            # not a part of the count before: "28 people, many of them children"
            rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+){n}"
            r"(?=\s+(?!(?:wounded|injured|of\s+(?:them|whom|those|these))\b)[a-z])",
            flags,
        ),
        re.compile(
            # (a count of what a verb of its own tells is no prior count of people: "Several
            # houses were torched and at least 20 villagers killed")
            rf"(?<![\w.,-]){n}\s+(?:(?!{_BE_WORDS}){other}[\w'’-]+\s+){{0,3}}?"
            rf"(?!{_BE_WORDS}){other}(?!(?:{units})(?!\w))[\w'’-]+"
            r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)$",
            flags,
        ),
        re.compile(
            rf"(?<![\w.,-]){n}\s+{gap}{origin}{aside}"
            rf"(?:{words_pattern(spec['words_after'])})(?![\w-])"
            # (not a count of the dead and others: "1,200 soldiers killed or wounded")
            rf"(?!{either})",
            flags,
        ),
        re.compile(
            rf"(?<![\w-])(?:{words_pattern(spec.get('toll') or [])})\s+(?:[\w'’-]+\s+){{0,12}}?"
            # (ACLED's "Fatalities coded as 10")
            rf"(?:to|at|of|reached|hit|is|was|stands\s+at|stood\s+at|coded\s+as)\s+{n}(?![\w-])",
            flags,
        ),
        re.compile(
            rf"(?<![\w-])(?:(?:{words_pattern(spec['verbs_before'])})\s+an?\s+{person}"
            # (a headline drops the article before a named one: "Israeli strike kills Hezbollah
            # commander", "killed senior Hamas official", "killed Hamas military chief"; not
            # "killed the last militant leaders")
            rf"|(?:{words_pattern(spec['verbs_before'])})\s+(?-i:[a-z]+\s+)?"
            r"(?-i:[A-Z][\w'’-]*\s+){1,2}(?-i:[a-z][\w-]*\s+)?"
            rf"(?:{words_pattern(spec.get('one_person') or ['(?!)'])})(?![\w-])"
            rf"|an?\s+{person}\s+(?:{words_pattern(spec['words_after'])})(?![\w-])"
            # ("killed her husband", "shot dead his brother")
            rf"|(?:{words_pattern(spec['verbs_before'])})\s+(?:his|her|their)\s+{person}"
            # ("stormed the residence of President Jovenel Moise and killed him")
            rf"|(?:{words_pattern(spec['verbs_before'])})\s+(?:him|her)"
            r"(?=\s*(?:[,.;]|$)|\s+(?:in|at|on|near|outside|inside|with|and|as|while|after|before"
            r"|during)\b))",
            flags,
        ),
        words,
        re.compile(
            rf"(?<![\w-])(?:{words_pattern(spec.get('running_total') or ['(?!)'])})(?![\w-])",
            flags,
        ),
        # ("…, with at least 150 people killed": the same toll, in an absolute clause)
        re.compile(rf"[,;]\s*(?:with\s+)?{n}(?:\s+[\w'’-]+){{0,2}}\s+$", flags),
        re.compile(
            rf"(?<![\w-])(?:{words_pattern(spec.get('running_total_nouns') or ['(?!)'])})\s+"
            r"(?:that|which)\s+(?:(?:has|have|had|so\s+far|already|reportedly)\s+){0,2}$",
            flags,
        ),
        re.compile(
            rf"(?<![\w-])(?:{words_pattern(spec['verbs_before'])})\s+"
            r"(?-i:(?P<first>[A-Z][a-z'’-]+)"
            r"(?:\s+(?:(?:al|el|bin|ibn|abu|de|da|van|von|ben)[\s-])?[A-Z][\w'’-]+){1,3})"
            r"(?![\w'’-])",
            flags,
        ),
        re.compile(either, flags),
    )


def _value(token: str, words: dict[str, float]) -> int | None:
    t = token.lower().replace(",", "")
    if t.isdigit():
        return int(t)
    parts = t.split("-")
    if all(p in words for p in parts):
        return int(sum(words[p] for p in parts))
    v = words.get(t)
    return int(v) if v is not None else None


def count_of(token: str) -> int | None:
    """The number a count's word or figure stands for ("12", "twelve", "dozens"), else None."""
    return _value(token, _counts(id(load_lexicon("actions"))).words)


_MONTH_BEFORE = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?$",
    re.IGNORECASE,
)


# a day before its month, or days ("3 June", "between 3 and 9 June", "3-9 June"); "may" the
# month, not the verb ("35 may have died")
_MONTH_AFTER = re.compile(
    r"\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?"
    r"(?:jan|feb|mar|apr|may(?!\s+(?:have|be|not|also|well|still|yet|never|soon)\b)|jun|jul"
    r"|aug|sep|sept|oct|nov|dec)[a-z]*\b",
    re.IGNORECASE,
)


def _is_date(text: str, pos: int, value: int) -> bool:
    """A year ("in 2024") or a day beside its month ("June 25", "3 June") is no count of the
    dead."""
    if 1900 <= value <= 2100 and "," not in text[pos : pos + 5]:
        return True
    if value <= 31 and _MONTH_AFTER.match(text, pos):
        return True
    return bool(_MONTH_BEFORE.search(text, max(0, pos - 16), pos))


def deaths_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(position, count) of each statement of deaths in ``text[start:end]``; a toll told
    after other deaths is their running total and left out."""
    c = _counts(id(load_lexicon("actions")))
    out: list[tuple[int, int]] = []
    taken: list[tuple[int, int]] = []
    tolls: set[int] = set()
    for rx in (c.toll, c.before, c.after):
        for m in rx.finditer(text, start, end):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            v = _value(m["n"] or m["lo"], c.words)
            if v is None or _is_date(text, m.start("n") if m["n"] else m.start("lo"), v):
                continue
            if rx is c.before and c.struggle.search(text, max(start, m.start() - 60), m.start()):
                continue  # "a decade-long war that killed about 15,000": the war's, no event's
            stop = m.end()
            if rx is c.after:  # "24 civilians, 24 fighters and 25 militiamen were killed"
                first = m.start()
                while (p := c.prior.search(text, max(start, first - 80), first)) is not None:
                    w = _value(p["n"] or p["lo"], c.words)
                    if w is None or _is_date(text, p.start("n" if p["n"] else "lo"), w):
                        break
                    v += w
                    first = p.start()
            if rx is c.before:  # "killing 5 soldiers, 2 policemen and 3 civilians"
                while True:
                    noun = _NOUN.match(text, stop, end)
                    more = c.more.match(text, noun.end(), end) if noun else None
                    w = _value(more["n"] or more["lo"], c.words) if more else None
                    if w is None:
                        break
                    v += w
                    stop = more.end()
            taken.append((m.start(), stop))
            out.append((m.start(), v))
            if rx is c.toll:
                tolls.add(m.start())
    for m in _ONE_PASSIVE.finditer(text, start, end):
        # "Sgt. Matt Tonroe, 33, of Manchester, was killed by an IED": one person, by name
        if not any(a < m.end() and m.start() < b for a, b in taken) and not c.or_others.match(
            text, m.end()
        ):
            taken.append((m.start(), m.end()))
            out.append((m.start(), 1))
    for m in c.one.finditer(text, start, end):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        v, stop = 1, m.end()
        # "killed a Hamas commander and two civilians"
        while (more := c.more.match(text, stop, end)) is not None:
            w = _value(more["n"] or more["lo"], c.words)
            if w is None:
                break
            v += w
            noun = _NOUN.match(text, more.end(), end)
            stop = noun.end() if noun else more.end()
        taken.append((m.start(), stop))
        out.append((m.start(), v))
    for m in c.named.finditer(text, start, end):
        # (a person's name opens with a given name: "killed Hassan Nasrallah", not "killed
        # Kherson residents")
        if m["first"].lower() in given_names() and not any(
            a < m.end() and m.start() < b for a, b in taken
        ):
            taken.append((m.start(), m.end()))
            out.append((m.start(), 1))
    # a toll after deaths told is their running total, not more of them: "Two soldiers were
    # killed, raising the toll since the operation began to 40"
    first = min((pos for pos, _ in out if pos not in tolls), default=end)
    return sorted((pos, n) for pos, n in out if pos not in tolls or pos < first)


def killed_by_someone(text: str, pos: int) -> bool:
    """Whether the count of deaths at ``pos`` (from :func:`deaths_in`) follows its verb, which
    has a subject of its own ("the offensive has killed 36,000"), rather than opening a
    statement of its own ("At least 12 soldiers were killed")."""
    return _counts(id(load_lexicon("actions"))).before.match(text, pos) is not None


def running_total(text: str, start: int, end: int) -> bool:
    """Whether the sentence from ``start`` to ``end`` tells a total over many events ("More
    than 150,000 people have been killed since the war began", "so far this year")."""
    return _counts(id(load_lexicon("actions"))).running.search(text, start, end) is not None


def toll_tail(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends in a count after a comma or a semicolon, with up to two
    words after it: a headline's toll before its participle ("RSF shelled El Fasher, 12 killed",
    "…; at least 5 people killed", "…, with at least 150 people killed")."""
    return _counts(id(load_lexicon("actions"))).tail.search(text, start, end) is not None
