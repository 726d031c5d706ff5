"""Read an article: clean body without page furniture, title, publication date, sentences."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
import warnings
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ._resources import load_lexicon
from ._text import words_pattern

__all__ = ["Article", "read_article"]

MAX_TEXT_CHARS = 2_000_000  # ~15 s of reading; a longer text is several articles
_DAY_MONTH = (
    r"(?:\d{1,2}\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?"
)
_DAY_MONTH_YEAR = _DAY_MONTH + r",?\s+\d{4}"
# a full date ending a title, after a comma or a dash
_TITLE_DATE = re.compile(r"(?:,|\s[-–—|:])\s*(?P<d>" + _DAY_MONTH_YEAR + r")\s*$", re.IGNORECASE)
_DATE_LINE = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    + _DAY_MONTH_YEAR
    + r"$|^\d{4}-\d{2}-\d{2}$|^\d{1,2}[./]\d{1,2}[./]\d{4}$",
    re.IGNORECASE,
)

# a time of day after a date ("12:40 GMT", "| 3:15 pm")
_CLOCK_TAIL = re.compile(
    r"\s*(?:,|\||at|-|–)?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+\(?[A-Z]{2,4}\)?)?\s*$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Article:
    """A cleaned article.

    Attributes
    ----------
    text : str
        The clean body (title included): every span in a Report indexes this string.
    title, author, source, url : str or None
    published : datetime.date or None
        From the caller, else from a date line in the text, else ``None``.
    article_id : str
        Given by the caller, else a hash of the clean text.
    sentences : list of (start, end)
        Sentence spans in ``text``.
    dropped : list of str
        The page-furniture lines that were removed (for audit).
    datelines : list of (start, end)
        Spans of wire datelines opening a paragraph ("BEIRUT (AP) —"): where the story was
        filed, not where its events happened.
    """

    text: str
    title: str | None = None
    published: dt.date | None = None
    article_id: str = ""
    source: str | None = None
    url: str | None = None
    author: str | None = None
    published_from: str = "none"  # argument | text | none
    sentences: list[tuple[int, int]] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    datelines: list[tuple[int, int]] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, repr=False)

    def in_dateline(self, pos: int) -> bool:
        """Whether character ``pos`` lies in a wire dateline."""
        return any(s <= pos < e for s, e in self.datelines)

    @property
    def published_ts(self) -> Any:
        """The publication date as a pandas Timestamp (NaT when unknown), for tables."""
        import pandas as pd

        return pd.Timestamp(self.published) if self.published else pd.NaT

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence holding character ``pos``."""
        return max(0, bisect_right(self._starts, pos) - 1)

    def sentences_of(self, positions: list[int]) -> list[int]:
        """Index of the sentence holding each character position (all at once)."""
        if not self._starts:
            return [0] * len(positions)
        idx = np.searchsorted(np.asarray(self._starts), np.asarray(positions), side="right") - 1
        return np.maximum(idx, 0).tolist()

    def sentence_text(self, i: int) -> str:
        s, e = self.sentences[i]
        return self.text[s:e]


# --------------------------------------------------------------------------- boilerplate
@dataclass(frozen=True)
class _Rules:
    drop: tuple[re.Pattern, ...]
    cut: tuple[re.Pattern, ...]
    tails: tuple[re.Pattern, ...]
    heads: tuple[re.Pattern, ...]
    prefixed: tuple[re.Pattern, ...]
    bylines: tuple[re.Pattern, ...]
    date_label: re.Pattern  # "Published On " before a date line


@lru_cache(maxsize=4)
def _rules_cached(_key: int) -> _Rules:
    spec = load_lexicon("boilerplate")

    def comp(xs: list[str]) -> tuple[re.Pattern, ...]:
        return tuple(re.compile(x, re.IGNORECASE) for x in xs or [])

    return _Rules(
        comp(spec.get("drop_lines")),
        comp(spec.get("cut_at")),
        comp(spec.get("strip_tails")),
        comp(spec.get("strip_heads")),
        comp(spec.get("drop_prefixed")),
        tuple(re.compile(x) for x in _listed(spec.get("byline"))),
        re.compile(
            rf"^(?:{words_pattern(spec.get('date_line_labels') or ['(?!)'])})\s*:?\s+",
            re.IGNORECASE,
        ),
    )


def _listed(x: Any) -> list[str]:
    """A lexicon entry that may be one pattern or a list of them."""
    return [x] if isinstance(x, str) else list(x or [])


def _rules() -> _Rules:
    return _rules_cached(id(load_lexicon("boilerplate")))


_SOFT_HYPHEN = re.compile("\u00ad")
_HYPHENS = re.compile(r"[\u2010\u2011]|(?<=[^\W\d_])[\u2012\u2013](?=[^\W\d_])")


def _plain_hyphens(raw: str) -> str:
    """Typographic hyphens as "-": a hyphen (U+2010), a non-breaking one (U+2011), and a
    figure or en dash between letters ("north–east"); soft hyphens dropped."""
    return _HYPHENS.sub("-", _SOFT_HYPHEN.sub("", raw))


# the names of files read as an article, and of exports: files of rows (one article each when
# many are read: .jsonl, .csv) or of event records (.json, .tsv)
ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".md")
EXPORT_SUFFIXES = (".jsonl", ".csv", ".json", ".tsv")

# the fewest of a header's cells that must be labels of an event record's fields for a table
# to be read as records ("event_date,actor1,…,location,…,notes,fatalities")
_TABLE_MIN_LABELS = 3
_DELIMITERS = (",", "\t", ";", "|")


_RECORD_LABEL_KEYS = (
    "location_labels",
    "division_labels",
    "date_labels",
    "country_labels",
    "fatality_labels",
    "actor_labels",
    "target_labels",
    "other_record_labels",
    "record_type_labels",
    "date_end_labels",
    "target_type_labels",
    "latitude_labels",
    "longitude_labels",
)


@lru_cache(maxsize=4)
def _record_labels(_key: int) -> frozenset[str]:
    """The labels of an event record's fields the actions lexicon knows, in lower case."""
    spec = load_lexicon("actions")
    return frozenset(str(w).lower() for key in _RECORD_LABEL_KEYS for w in spec.get(key) or [])


def is_record_label(name: Any) -> bool:
    """Whether a field's name is the label of a field of an event record the actions lexicon
    knows ("event_date", "actor1", "notes")."""
    return str(name).strip().strip('"').strip().lower() in _record_labels(
        id(load_lexicon("actions"))
    )


def is_record_header(names: Any) -> bool:
    """Whether field names (a table's header cells, a row's keys) are those of an event record:
    at least ``_TABLE_MIN_LABELS`` of them labels of fields the actions lexicon knows."""
    return sum(map(is_record_label, names)) >= _TABLE_MIN_LABELS


def record_text(fields: Any) -> str:
    """An event record's (name, value) fields as the "label: value" lines its readers
    understand, one per field that has a value; a date given in parts (the Global Terrorism
    Database's "iyear", "imonth", "iday") as one more line first, "date: 3 January 2017"."""
    fields = [(n, v) for n, v in fields if v is not None and str(v).strip()]
    lines = [f"{n}: {' '.join(str(v).split())}" for n, v in fields]
    # (first, as a record's dates are read before its text)
    for key in ("date_end", "date"):
        if (day := _date_in_parts(fields, key)) is not None:
            lines.insert(0, f"{key}: {day}")
    return "\n".join(lines)


def _date_in_parts(fields: list[tuple[Any, Any]], key: str = "date") -> str | None:
    """The date a record's fields give in parts (``key`` "date": the actions lexicon's
    ``date_part_labels``; "date_end": ``date_end_part_labels``), in words ("3 January 2017",
    "January 2017" when its day is 0, unknown), unless a field gives it whole."""
    spec = load_lexicon("actions")
    whole = {str(w).lower() for w in spec.get(f"{key}_labels") or []}
    parts: dict[str, int] = {}
    for name, value in fields:
        label = str(name).strip().lower()
        if label in whole:
            return None
        for part, labels in (spec.get(f"{key}_part_labels") or {}).items():
            if label in {str(w).lower() for w in labels}:
                number = re.fullmatch(r"\s*(\d{1,4})(?:\.0*)?\s*", str(value))
                if number is not None:
                    parts.setdefault(part, int(number[1]))
    year, month, day = (parts.get(k, 0) for k in ("year", "month", "day"))
    if not 1000 <= year <= 9999 or not 1 <= month <= 12:
        return None
    try:
        when = dt.date(year, month, day or 1)
    except ValueError:
        return None
    return f"{day} {when:%B %Y}" if day else f"{when:%B %Y}"


def _table_to_records(raw: str) -> str:
    """A table of event records (a header line of field labels, then one line per record:
    ACLED's and UCDP's CSV exports) as one paragraph of "label: value" lines per record, which
    the readers of records understand; any other text as it is."""
    head, _, rest = raw.lstrip("\n").partition("\n")
    if not rest.strip() or len(head) > 2000:
        return raw
    for delim in _DELIMITERS:
        cells = head.split(delim)
        if len(cells) >= 4 and is_record_header(cells):
            break
    else:
        return raw
    header = [c.strip() for c in next(csv.reader([head], delimiter=delim))]
    records = []
    for row in csv.reader(io.StringIO(rest), delimiter=delim):  # (quoted cells span lines)
        # (a cell past the header's last is kept, labelled by its column)
        names = [*header, *(f"column {k + 1}" for k in range(len(header), len(row)))]
        # (a short row has no more cells)
        if lines := record_text(zip(names, row, strict=False)):
            records.append(lines)
    return "\n\n".join(records) + "\n"


# where an export puts its list of records ("data" for ACLED's API)
_JSON_LISTS = ("data", "results", "records", "events", "items", "features", "rows")
_JSON_TEXT = ("text", "body", "content", "article", "notes")


def _json_to_records(raw: str, what: str) -> str:
    """Event records in JSON (ACLED's API answer ``{"data": [{…}, …]}``, a list of records,
    one record, GeoJSON features, or JSON Lines) as one "label: value" paragraph per record;
    JSON that holds articles (``{"text": …}``) as their texts; any other text as it is. JSON
    that holds neither is an error: its data would otherwise be read as prose."""
    head = raw.lstrip()[:1]
    if head not in ("{", "["):
        return raw
    try:
        doc: Any = json.loads(raw)
    except json.JSONDecodeError:
        try:  # JSON Lines: one object per line
            doc = [json.loads(line) for line in raw.splitlines() if line.strip()]
        except json.JSONDecodeError:
            return raw  # ("[Updated] Russian forces …": text that opens with a bracket)
    if isinstance(doc, dict) and not is_record_header(doc):
        doc = next(
            (doc[k] for k in _JSON_LISTS if isinstance(doc.get(k), list)),
            doc,
        )
    items = doc if isinstance(doc, list) else [doc]
    records, texts = [], []
    for item in items:
        if not isinstance(item, dict):
            continue
        if item.get("type") == "Feature" and isinstance(item.get("properties"), dict):
            # (a GeoJSON point feature: its properties, and its point as coordinates)
            geom = item.get("geometry") or {}
            xy = geom.get("coordinates") if geom.get("type") == "Point" else None
            item = dict(item["properties"])
            if isinstance(xy, list) and len(xy) >= 2:
                item.setdefault("longitude", xy[0])
                item.setdefault("latitude", xy[1])
        scalars = {k: v for k, v in item.items() if isinstance(v, str | int | float)}
        if is_record_header(scalars) and (lines := record_text(scalars.items())):
            records.append(lines)
        elif body := next((item[k] for k in _JSON_TEXT if isinstance(item.get(k), str)), None):
            texts.append(body)
    if not records and not texts:
        raise ValueError(
            f"{what} is JSON with no event records (objects with fields such as event_date, "
            "location, actor1, notes) and no article text (a text, body or content field)"
        )
    return "\n\n".join([*records, *texts]) + "\n"


def _clean_lines(raw: str) -> tuple[str, list[str], str | None]:
    rules = _rules()
    kept: list[str] = []
    dropped: list[str] = []
    author = None
    lines = raw.splitlines()
    for n, line in enumerate(lines):
        s = line.strip()
        if not s:
            kept.append("")
            continue
        if any(p.match(s) for p in rules.cut):
            dropped.extend(x.strip() for x in lines[n:] if x.strip())
            break
        if any(p.match(s) for p in rules.drop) or any(p.match(s) for p in rules.prefixed):
            dropped.append(s)
            continue
        if m := next((m for p in rules.bylines if (m := p.match(s))), None):
            author = author or m.group(1)
            dropped.append(s)
            continue
        for p in rules.tails:
            m = p.search(s)
            if m and m.start() > 0:
                dropped.append(s[m.start() :].strip())
                s = s[: m.start()].rstrip()
        for p in rules.heads:
            m = p.match(s)
            if m and m.end() < len(s):
                dropped.append(s[: m.end()].strip())
                s = s[m.end() :].lstrip()
        kept.append(s)
    text = "\n".join(kept)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return text, dropped, author


# --------------------------------------------------------------------------- HTML
def _looks_like_html(s: str) -> bool:
    head = s[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or bool(
        re.search(r"<(p|div|article|body|h1|span|br)\b[^>]*>", head)
    )


def _html_to_text(html: str) -> tuple[str, dict[str, Any]]:
    meta: dict[str, Any] = {}
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - trafilatura is a dependency
        # (its import fails when a package it needs is missing, "lxml.html.clean" since lxml
        # 5.2: say so, rather than read pages worse without a word)
        warnings.warn(
            f"trafilatura cannot be imported ({exc}); reading HTML with a plain text fallback",
            RuntimeWarning,
            stacklevel=3,
        )
        trafilatura = None
    if trafilatura is not None:
        doc = trafilatura.bare_extraction(
            html, include_comments=False, include_tables=False, with_metadata=True
        )
        if doc is not None:
            d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
            body = d.get("text") or ""
            if body.strip():
                for k in ("title", "date", "author", "url", "sitename"):
                    if d.get(k):
                        meta[k] = d[k]
                return body, meta
    # Fallback for fragments trafilatura declines: visible text with block breaks.
    from html.parser import HTMLParser

    class _P(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.out: list[str] = []
            self.skip = 0
            self.title: list[str] = []
            self.in_title = False

        def handle_starttag(self, tag: str, attrs: Any) -> None:
            if tag in ("script", "style", "nav", "footer", "header", "aside", "noscript"):
                self.skip += 1
            if tag == "title":
                self.in_title = True
            if tag in ("p", "div", "br", "h1", "h2", "h3", "li", "article", "section", "tr"):
                self.out.append("\n")

        def handle_endtag(self, tag: str) -> None:
            if tag in ("script", "style", "nav", "footer", "header", "aside", "noscript"):
                self.skip = max(0, self.skip - 1)
            if tag == "title":
                self.in_title = False
            if tag in ("p", "div", "h1", "h2", "h3", "li"):
                self.out.append("\n")

        def handle_data(self, data: str) -> None:
            if self.in_title:
                self.title.append(data)
            elif not self.skip:
                self.out.append(data)

    p = _P()
    p.feed(html)
    p.close()
    if p.title:
        meta["title"] = " ".join("".join(p.title).split())
    text = re.sub(r"[ \t]+", " ", "".join(p.out))
    return re.sub(r"\n\s*\n+", "\n\n", text).strip(), meta


# --------------------------------------------------------------------------- sentences
@lru_cache(maxsize=1)
def _abbrev() -> frozenset[str]:
    return frozenset(a.lower() for a in load_lexicon("language")["abbreviations"].split())


_SENT_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: breaks at . ! ? before a capital, and at line breaks."""
    abbr = _abbrev()
    spans = []
    start = 0
    for m in _SENT_END.finditer(text):
        if m.group().startswith("."):
            w = re.search(r"([\w.]+)\.$", text[max(0, m.start() - 12) : m.start() + 1])
            if w and (w.group(1).lower() in abbr or re.fullmatch(r"[A-Z]", w.group(1))):
                continue
        end = m.end() if not m.group().startswith("\n") else m.start()
        if text[start:end].strip():
            s = start + (len(text[start:end]) - len(text[start:end].lstrip()))
            spans.append((s, end))
        start = m.end()
    if text[start:].strip():
        s = start + (len(text[start:]) - len(text[start:].lstrip()))
        spans.append((s, len(text.rstrip())))
    return spans


# --------------------------------------------------------------------------- dates
def _to_date(value: Any, what: str) -> dt.date:
    import pandas as pd

    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
        d = _parse_date_text(value)
        if d is not None:
            return d
        raise ValueError(f"{what} {value!r} is not a date (use YYYY-MM-DD)")
    try:
        ts = pd.Timestamp(value)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{what} {value!r} is not a date") from exc
    if pd.isna(ts):
        raise ValueError(f"{what} {value!r} is not a date")
    return ts.date()


def _parse_date_text(s: str) -> dt.date | None:
    import dateparser

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        d = dateparser.parse(
            s, languages=["en"], settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"}
        )
    return d.date() if d else None


# the opening of a wire story: a place (in capitals, or with a date or an agency after it),
# then a dash or colon: "BEIRUT (AP) —", "PORT SUDAN, Sudan, Jan 11, 2025 (AFP) -",
# "Mosul, Iraq, Oct. 17, 2016:"; only one with a year dates the article
_DATELINE_OPENING = re.compile(
    r"^(?:(?P<caps>[A-Z][A-Z.'’ -]{2,40}?)|[A-Z][\w.'’ -]{1,40}?)(?:,\s*[A-Z][\w.'’ -]{1,40}?)?"
    r"(?P<date>,\s*" + _DAY_MONTH + r"(?:,?\s+\d{4})?)?"
    # (the dash may end its line: "KHARTOUM, April 12, 2025 (AFP) -", the story below)
    r"\s*(?P<agency>\([^)\n]{1,40}\))?\s*[-–—:](?:\s|$)",
    re.IGNORECASE,
)


def _datelines(text: str) -> list[tuple[int, int]]:
    """Spans of the wire datelines that open the first paragraphs of ``text``."""
    out = []
    pos = 0
    for k, line in enumerate(text.split("\n")):
        if k >= 40:
            break
        m = _DATELINE_OPENING.match(line)
        if m and ((m.group("caps") and m.group("caps").isupper()) or m["date"] or m["agency"]):
            out.append((pos, pos + m.end()))
        pos += len(line) + 1
    return out


def _find_date_line(lines: list[str]) -> tuple[int, dt.date] | None:
    """A line that is a date, else a wire dateline among the first lines: (line, date)."""
    label = _rules().date_label
    for i, line in enumerate(lines[:60]):
        # ("Published On 14 May 2024", "Updated: March 3, 2025 12:40 GMT")
        s = line.strip()
        if len(s) > 80:
            continue
        s = _CLOCK_TAIL.sub("", label.sub("", s, count=1))
        if s and len(s) <= 40 and _DATE_LINE.match(s):
            d = _parse_date_text(s)
            if d is not None and 1900 <= d.year <= 2100:
                return i, d
    for i, line in enumerate(lines[:20]):
        m = _DATELINE_OPENING.match(line.strip())
        if m and m["date"] and re.search(r"\d{4}$", m["date"]):  # no year, no date
            d = _parse_date_text(" ".join(m["date"].lstrip(", ").split()))
            if d is not None and 1900 <= d.year <= 2100:
                return i, d
    return None


# --------------------------------------------------------------------------- entry point
def _decode(data: bytes, what: str) -> str:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError(f"{what} looks like binary data (it holds NUL bytes), not text or HTML")
    for enc in (
        ("utf-8-sig", "utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig",)
    ):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    warnings.warn(
        f"{what} is not valid UTF-8; undecodable bytes were replaced with U+FFFD",
        UnicodeWarning,
        stacklevel=3,
    )
    return data.decode("utf-8", errors="replace")


def read_article(
    source: str | bytes | Path,
    *,
    published: Any = None,
    title: str | None = None,
    url: str | None = None,
    source_name: str | None = None,
    article_id: str | None = None,
) -> Article:
    """Read plain text, HTML, or a path to either into a clean :class:`Article`.

    Parameters
    ----------
    source : str, bytes or path
        The article text or HTML, or the path of a file holding it. A table of event records
        (a header line of field labels such as ``event_date,actor1,location,notes``, then one
        line per record, as ACLED and UCDP export them) is read as one "label: value"
        paragraph per record; so is JSON of records (ACLED's API answer, a list of records,
        GeoJSON features, JSON Lines).
    published : date, datetime, or str, optional
        Publication date; otherwise read from a date line in the text.
    title, url, source_name, article_id : str, optional
        Metadata to keep; ``article_id`` defaults to a hash of the clean text.
    """
    what = "the article"
    if isinstance(source, Path) or (
        isinstance(source, str)
        and len(source) < 4096
        and "\n" not in source
        and source.strip().lower().endswith((*ARTICLE_SUFFIXES, *EXPORT_SUFFIXES))
    ):
        p = Path(source)
        if not p.is_file():
            raise FileNotFoundError(f"article file {str(p)!r} does not exist")
        what = f"file {p}"
        raw = _decode(p.read_bytes(), what)
        source_name = source_name or p.name
    elif isinstance(source, bytes | bytearray):
        raw = _decode(bytes(source), what)
    elif isinstance(source, str):
        raw = source
    else:
        raise TypeError(f"an article is text, bytes or a path; got {type(source).__name__}")
    if len(raw) > MAX_TEXT_CHARS:
        raise ValueError(
            f"{what} is {len(raw):,} characters long; the limit is {MAX_TEXT_CHARS:,} "
            "(split it into articles)"
        )
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    # (before tabs are spaces: a table may be tab-separated, as GDELT's exports are)
    raw = _table_to_records(_json_to_records(raw, what))
    raw = re.sub(r"[\u00a0\u2007\u202f\u200b\t]", " ", raw)
    meta: dict[str, Any] = {}
    if _looks_like_html(raw):
        raw, meta = _html_to_text(raw)
    raw = _plain_hyphens(raw)
    text, dropped, author = _clean_lines(raw)
    lines = text.split("\n")
    found = _find_date_line(lines)
    pub, pub_from = None, "none"
    if published is not None:
        pub, pub_from = _to_date(published, "published"), "argument"
    elif meta.get("date"):
        try:
            pub, pub_from = _to_date(meta["date"], "date"), "html"
        except ValueError:
            pub = None
    if pub is None and found is not None:
        pub, pub_from = found[1], "text"
    if title is None:
        title = meta.get("title")
    if title is None and found is not None:
        for j in range(found[0] - 1, -1, -1):
            cand = lines[j].strip()
            if cand and len(cand) > 12 and not cand.endswith("."):
                title = cand
                break
    if title is None:
        k, first = next(((k, ln.strip()) for k, ln in enumerate(lines) if ln.strip()), (0, ""))
        # (no date line nor a dateline: "KHARTOUM, April 12, 2025 (AFP) -" opens a story)
        opening = _DATELINE_OPENING.match(first)
        title = (
            first
            if 0 < len(first) <= 200
            and not first.endswith(".")
            and not (found is not None and found[0] == k)
            and not (opening and (opening["date"] or opening["agency"]))
            else None
        )
    if pub is None and title and (m := _TITLE_DATE.search(title)) is not None:
        # "Russian Offensive Campaign Assessment, November 24, 2024": the date its title ends in
        d = _parse_date_text(" ".join(m["d"].split()))
        if d is not None and 1900 <= d.year <= 2100:
            pub, pub_from = d, "text"
    aid = article_id or hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
    sents = split_sentences(text)
    return Article(
        text=text,
        title=title,
        published=pub,
        article_id=str(aid),
        source=source_name,
        url=url or meta.get("url"),
        author=author or meta.get("author"),
        published_from=pub_from,
        sentences=sents,
        dropped=dropped,
        datelines=_datelines(text),
        _starts=[s for s, _ in sents],
    )
