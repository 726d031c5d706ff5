"""Events: who took, lost, attacked or advanced on what, where and when.

A sentence-level reader over the action lexicon (``actions.yaml``): each action word gets the
actor named before it (or after "by"), the opposing actor named after it (or after "from"), the
place it applies to (for advances, the origin after "from" and the target after "to"/"toward"),
a modality (asserted, claimed, expected, denied) and a date range from the sentence, resolved
against the publication date. Vague places ("villages near Turkey") take the region of the
claim that locates them, narrowed to the province the article is about, with a coarse precision.

Event types follow ACLED's sub-event types where one fits, picked by the lexicon from the
action, who acted and what was hit; a protest's type is set by what met it (:func:`_met`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

import shapely

from ._fatalities import count_of, deaths_in, killed_by_someone, running_total, toll_tail
from ._geodesy import distance_km
from ._resources import load_lexicon
from ._shapes import admin1_shape, border_zone, country_shape, part_of
from ._text import fold, title_case
from ._text import words_pattern as _alt
from .actors import ActorMention, ally_before, country_named, load_actors
from .article import Article, is_record_header, is_record_label
from .claims import Claim, not_place_names, proper_name_pattern
from .dates import (
    TimeSpan,
    count_of_days_before,
    find_dates,
    numeric_day_first,
    time_expression_end,
)
from .gazetteer import country_info, get_gazetteer, sovereign_of
from .geoparse import Mention, _shared_qualifier, across_border
from .geoparse import _lexicon as _toponyms

__all__ = ["Event", "event_records", "find_events"]

_WORDS = re.compile(r"(?<![\w-])[A-Za-z]+")
_SINCE_NOUN = re.compile(r"\b(?i:since)\s+(?:[\w'’-]+\s+){0,4}$")


def _weapon_kind(words: str, action: str, lx: _Lex) -> str:
    """The action of the first weapon an actor's words name, as weapons listed together make
    one attack of the first one's kind ("Russian drones and missiles struck Kyiv": a drone
    strike), else ``action``."""
    return next(
        (lx.weapon_action[w] for w in words.lower().split() if w in lx.weapon_action), action
    )


def _past_form(words: str) -> bool:
    """Whether an action's words open with a verb's past form ("advanced", "captured",
    "retook"), not a noun ("air strikes", "invasion")."""
    first = words.split(maxsplit=1)[0].lower()
    return first.endswith("ed") or first in _irregular_past(id(load_lexicon("actions")))


@lru_cache(maxsize=4)
def _irregular_past(_key: int) -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_lexicon("actions").get("irregular_past") or [])


def _attack_noun(words: str, lx: _Lex) -> bool:
    """Whether an action's words end with a noun of attack ("US air strikes", "an assault")."""
    return words.lower().split()[-1] in lx.attack_nouns


@dataclass(slots=True)
class Event:
    """One event read from a sentence."""

    start: int
    end: int
    sentence: int
    action: str
    event_type: str
    trigger: str
    modality: str
    actor: str | None
    actor_text: str | None
    target_actor: str | None
    place: Mention | None
    origin: Mention | None
    date_start: Any
    date_end: Any
    time_precision: int
    date_source: str
    geo_precision: int
    confidence: float
    lon: float
    lat: float
    place_text: str = ""
    region: Any = None  # shapely geometry for vague places
    place_relation: str = ""  # "in", "direct" (object of the action), "border", or the preposition
    fatalities: int = 0  # deaths told with it ("killing 5 people"), 0 when none is told
    in_part: bool = False  # its region is a part of its place ("in northern Mali")


@dataclass(frozen=True)
class _Lex:
    rx: re.Pattern
    action_of: dict[str, str]
    spec: dict[str, Any]
    modality: list[tuple[str, re.Pattern]]
    subord: re.Pattern
    patterns: list[tuple[str, re.Pattern]]
    not_sub: re.Pattern
    ally: re.Pattern
    backed_by: re.Pattern  # "backed by US air strikes": the backers' action, before the verb
    ally_before: re.Pattern  # "M23 rebels backed by Rwandan troops": the troops are allies
    not_after: dict[str, re.Pattern]
    object_not: dict[str, re.Pattern]  # "captured two soldiers": no ground taken
    subject_not: re.Pattern  # "two soldiers were captured": no ground taken either
    first_words: frozenset[str]
    quote_end: re.Pattern
    attribution: re.Pattern
    prepositions: re.Pattern
    coordination: re.Pattern
    apposed: re.Pattern  # a noun phrase in apposition (", the last army-held city in Darfur,")
    target_marker: re.Pattern
    not_before: re.Pattern
    predicates: frozenset[str]
    weapon_predicates: frozenset[str]  # "A mortar shell struck": the weapon's verb
    downing: frozenset[str]  # "shot down a drone": the weapon after it is the target
    instrument: re.Pattern  # "struck Odesa with missiles": the second action word is the tool
    shared_object: re.Pattern  # "attacked and captured Azaz": two actions, one object
    coordinated: re.Pattern  # a word that joins two actions, each with its own places
    joint: re.Pattern  # "Malian troops and Wagner mercenaries": two actors acting together
    agent_after: frozenset[str]
    weapon_action: dict[str, str]
    elided: re.Pattern  # a coordinator right before an action: its subject is the one before
    means: re.Pattern  # "killed … in an airstrike": how a plain attack was done
    pronoun: re.Pattern  # "they took": the subject is the agent of the event told before
    describes: re.Pattern  # "in occupied Crimea": a participle that describes a place
    including: re.Pattern  # "southern Lebanon, including Khiam": the places in the area
    by_marker: re.Pattern  # "by", "attributed to": the actor after it made the action
    armed_object: re.Pattern  # "ambushed a military convoy": what was hit is armed
    armed_subject: re.Pattern  # "Five soldiers were killed": what was hit, told first
    assault: re.Pattern  # "attacked near Vovchansk": no object, a ground assault
    two_sided: frozenset[str]  # "the army and the RSF agreed": the second is the other side
    outcomes: dict[str, list[tuple[str, re.Pattern]]]  # what met a protest, by sub-event type
    responsibility: re.Pattern  # "Al Shabaab claimed responsibility"
    circumstantial: frozenset[str]  # "arrested … during a raid": the raid is its setting
    caused: re.Pattern  # "forcing thousands to flee": done, not intended
    identified: re.Pattern  # "believed to be from JNIM": who the unnamed attackers were
    attack_nouns: frozenset[str]  # "the assault" after an attack: the same event
    retold_actions: frozenset[str]
    determiner_before: re.Pattern
    soft_words: frozenset[str]  # "took", "advanced": war only where war is told
    # "Manipur police said (that)": what follows is what they told, with a subject of its own
    reported: re.Pattern
    repelling: frozenset[str]  # "repelled 14 Russian assaults": the action is its object
    raids: frozenset[str]  # "conducted a raid in Jenin and arrested 10": the arrest's setting
    # "after a battle between the cartels": an action noun that tells the main clause's setting
    circumstance: re.Pattern
    victims_when: re.Pattern  # "soldiers were killed when militants attacked": the soldiers
    shared_border: re.Pattern  # "exchanged fire along the border": between two neighbours
    # "was killed in Bamenda when separatists attacked": after a death, the clause of its cause
    cause_after: re.Pattern
    speech: re.Pattern  # "said": a speech verb
    speech_filler: re.Pattern  # "said in a statement that": what may come before what is said
    repeat: re.Pattern  # " 14 times": how often, between an action's object and its place


# the "#" of a word list: any number written in digits ("18th" too)
_ANY_NUMBER = r"|\d+(?:[,.]\d+)*(?:st|nd|rd|th)?"


@lru_cache(maxsize=4)
def _lexicon_cached(_key: int) -> _Lex:
    spec = load_lexicon("actions")
    action_of: dict[str, str] = {}
    for name, a in spec["actions"].items():
        for w in a["words"]:
            action_of.setdefault(" ".join(w.lower().split()), name)
    rx = re.compile(rf"(?<![\w-])(?:{_alt(action_of)})(?![\w-])", re.IGNORECASE)
    repeat = rf"\s+(?:\d+|{_alt(spec.get('repeat_counts') or ['(?!)'])})\s+times"
    modality = [
        (mod, re.compile(rf"(?<![\w-])(?:{_alt(ws)})(?![\w-])", re.IGNORECASE))
        for mod, ws in spec["modality"].items()
    ]
    subord = re.compile(rf"\b(?:{_alt(spec['subordinators'])})\b", re.IGNORECASE)
    patterns = [
        (name, re.compile(p, re.IGNORECASE))
        for name, a in spec["actions"].items()
        for p in a.get("patterns", [])
    ]
    not_sub = re.compile("|".join(spec.get("not_subordinating") or ["(?!)"]), re.IGNORECASE)
    ally = re.compile(rf"(?:{_alt(spec['ally_markers'])})\b", re.IGNORECASE)
    not_after = {
        name: re.compile(
            # (past a closing quote: '"limited, localized and targeted" operations')
            r"[\"”’']?\s+"
            rf"(?:{_alt([w for w in ws if w != '#'])}{_ANY_NUMBER if '#' in ws else ''})\b",
            re.IGNORECASE,
        )
        for name, ws in (
            # (a list inside a list is its words: one list of weapon things, shared)
            (name, [w for v in ws for w in (v if isinstance(v, list) else [v])])
            for name, ws in (spec.get("not_after") or {}).items()
        )
    }
    # an object whose last word is one of these ("captured two Israeli soldiers", "seized 2
    # tonnes of cocaine"); a word between ends at a word that joins or places ("captured the
    # village and 20 soldiers" still takes the village)
    heads = spec.get("object_not") or {}
    stops = _alt(heads["not_between"]) if heads.get("not_between") else "(?!)"
    object_not = {
        name: re.compile(
            rf"\s+(?:(?!(?:{stops})\b)[\w'’.-]+\s+){{0,4}}?(?:{_alt(ws)})(?![\w'’-])",
            re.IGNORECASE,
        )
        for name, ws in heads.items()
        if name != "not_between"
    }
    # (the same words as the subject of a capture in the passive: "two soldiers were captured")
    subject_not = re.compile(
        rf"(?<![\w'’-])(?:{_alt(heads['capture']) if heads.get('capture') else '(?!)'})\s+"
        r"(?:(?:were|was|are|is|have|has|had)\s+)?(?:been\s+)?(?:[a-z]+ly\s+)?$",
        re.IGNORECASE,
    )
    # (the letters a word starts with, as _WORDS reads them: "counter" of "counter-offensive")
    first_words = frozenset(m[0] for w in action_of if (m := re.match(r"[a-z]+", w)))
    speech = _alt(spec["speech_verbs"])
    # ("…," Russia's defence ministry said)
    quote_end = re.compile(rf";|[,.]?[\"”]\s*(?:[\w'’-]+\s+){{0,4}}(?:{speech})\b", re.IGNORECASE)
    attribution = re.compile(
        rf",\s+(?:(?:[\w'’-]+\s+){{1,5}}?(?:{speech})|according\s+to)\b[^,;]*?"
        # (the source's apposition: "according to DeepState, a monitoring group linked to
        # Ukraine's military")
        rf"(?:,\s*(?:(?:{_alt(spec.get('attribution_tails') or ['(?!)'])})\b|an?\s|the\s)"
        # (up to the sentence's end, or a clause after it: ", Ukraine's military acknowledged,
        # as fighting moved into the city")
        rf"[^,;]*?)?[.!?,]?\s*$",
        re.IGNORECASE,
    )
    coordinators = _alt(spec["action_coordinators"])
    return _Lex(
        rx,
        action_of,
        spec,
        modality,
        subord,
        patterns,
        not_sub,
        ally,
        re.compile(rf"\b(?:{_alt(spec['ally_markers'])})\s+(?:[\w'’-]+\s+){{0,3}}$", re.IGNORECASE),
        ally_before(),
        not_after,
        object_not,
        subject_not,
        first_words,
        quote_end,
        attribution,
        re.compile(rf"\b({_alt(spec['place_prepositions'])})\b"),
        _coordination_re(spec),
        _apposed_re(),
        re.compile(rf"\b(?:{_alt(spec['target_markers'])})\s+(?:the\s+)?$", re.IGNORECASE),
        # (a phrase ending in "the" also before a possessive: "broke the RSF's siege", "broken
        # the paramilitary Rapid Support Forces' siege")
        re.compile(
            rf"(?<![\w-])(?:{_alt(spec.get('not_before') or [])})\s+"
            rf"(?:(?<=the\s)(?:[\w-]+\s+){{0,3}}?[\w-]+(?:['’]s|(?<=s)['’])\s+)?$",
            re.IGNORECASE,
        ),
        frozenset(str(w).lower() for w in spec.get("predicate_words") or []),
        frozenset(" ".join(str(w).lower().split()) for w in spec.get("weapon_predicates") or []),
        frozenset(" ".join(str(w).lower().split()) for w in spec.get("downing_words") or []),
        re.compile(
            rf"^[^,;]{{0,90}}?(?:\b(?:{_alt(spec['instrument_words'])})"
            # (", using": "attacked a base in Bal'ad district, using mortars")
            rf"|,\s*(?:{_alt(spec.get('instrument_words_after_comma') or ['(?!)'])}))\s+"
            rf"(?:[\w-]+\s+){{0,3}}$"
        ),
        re.compile(rf"\s*(?:,\s*)?(?:(?:{coordinators})\s+)?"),
        re.compile(rf"\b(?:{coordinators})\b|[,;]"),
        re.compile(
            # (the first's noun may follow its name: "Syrian government troops and Hezbollah
            # fighters")
            rf"(?:\s+(?:{_alt(_member_nouns())}))?"
            rf"\s+(?:{_alt(spec['joint_actors'])})\s+(?:the\s+)?"
            rf"(?:(?:{_alt(spec.get('joint_modifiers') or ['(?!)'])})\s+)?"
            # (a people's adjective its generic noun's words leave out: "Yugoslav army and Serb
            # paramilitaries")
            r"(?:(?-i:[A-Z][\w'’-]+)\s+)?"
            # (or the second's members before its name: "Malian troops and Russian
            # mercenaries of the Wagner group")
            rf"(?:(?-i:[A-Z][\w-]+\s+)?(?:{_alt(_member_nouns())})\s+(?:of|from)\s+(?:the\s+)?)?",
            re.IGNORECASE,
        ),
        frozenset(" ".join(str(w).lower().split()) for w in spec.get("agent_after") or []),
        {str(w).lower(): act for act, ws in (spec.get("weapon_actions") or {}).items() for w in ws},
        # ("… and launched a counterattack near Lyptsi": a light verb before the action noun)
        re.compile(
            # ("… and has since pushed west into Omdurman": a perfect tense)
            rf"\b(?:{coordinators})\s+(?:(?:has|have|had)\s+)?"
            rf"(?:(?:then|later|also|soon|since|now|\w+ly)\s+)?"
            rf"(?:(?:{_alt(spec.get('light_verbs') or ['(?!)'])})\s+(?:an?\s+|the\s+)?)?$"
        ),
        re.compile(
            # ("attacked Palmyra on Monday and captured it": "and" starts another action)
            rf"^[^,;]{{0,40}}?\b(?:{_alt(spec.get('means_words') or [])})\s+"
            rf"(?:(?!(?:{coordinators})\b)[\w-]+\s+){{0,3}}$"
        ),
        re.compile(
            rf"(?:^|[,;:]|\b(?:{coordinators}|{_alt(spec['subordinators'])}"
            rf"|{_alt(spec.get('subject_pronoun_after') or [])}))\s*"
            rf"(?P<p>\b(?:{_alt(spec.get('subject_pronouns') or [])}))\s+"
            rf"(?:(?:{_alt(spec.get('subject_pronoun_gap') or [])}|\w+ly)\s+){{0,2}}$",
            re.IGNORECASE,
        ),
        re.compile(
            rf"(?<![\w-])(?:{_alt(spec.get('participle_not_after') or [])})\s+"
            # (an adjective and a comma between: "an old, abandoned mine")
            rf"(?:(?-i:[a-z]+),\s+)?(?:(?:{_alt(spec.get('participle_adverbs') or [])})\s+)?$",
            re.IGNORECASE,
        ),
        _including_re(spec),
        re.compile(
            # ("by Tuareg rebels": a people's or a place's name before a generic noun)
            rf"\b(?:{_alt(spec.get('agent_markers') or ['by'])})\s+(?:the\s+)?(?:a\s+)?"
            # ("by suspected jihadists")
            rf"(?:(?:{_alt(spec.get('agent_modifiers') or ['(?!)'])})\s+)*"
            # ("by forces loyal to Muammar Gaddafi": a leader's name stands for the group)
            rf"(?:(?:[a-z]+\s+){{1,2}}(?:{_alt(spec.get('allegiance_words') or ['(?!)'])})\s+"
            r"(?:the\s+)?(?:[a-z]+\s+){0,2})?"
            r"(?:[A-Z][\w-]*\s+(?:and|,)\s+|[A-Z][\w'’-]*\s+){0,2}$"
        ),
        re.compile(
            # (not who did it: "were executed by militants"; nor one of aid: "a WFP convoy")
            rf"\s+(?:(?!(?:{_alt([*spec['place_prepositions'], 'by'])})\b)"
            rf"(?!(?i:{_alt(spec.get('unarmed_target_modifiers') or ['(?!)'])})\b)"
            r"[\w'’-]+\s+){0,4}?"
            rf"(?:{_alt(spec.get('armed_target_nouns') or [])})\b",
            re.IGNORECASE,
        ),
        # ("Five soldiers were killed": a passive's subject is what was hit)
        re.compile(
            rf"\b(?:{_alt(spec.get('armed_target_nouns') or [])})\s+(?:[\w'’-]+\s+){{1,3}}$",
            re.IGNORECASE,
        ),
        re.compile(
            # ("attacked 15 times in the Kupiansk direction": how often is no object)
            rf"(?:{repeat})?\s+(?:{_alt(spec.get('assault_prepositions') or [])})\b",
            re.IGNORECASE,
        ),
        frozenset(spec.get("two_sided_actions") or []),
        {
            name: [
                (etype, re.compile(rf"(?<![\w-])(?:{_alt(ws)})(?![\w-])", re.IGNORECASE))
                for etype, ws in a["outcomes"].items()
            ]
            for name, a in spec["actions"].items()
            if a.get("outcomes")
        },
        re.compile(
            # (",": "Islamic State's Afghan affiliate, ISIS-K, claimed responsibility"; "the
            # JNIM group claimed")
            # ("The Armed Islamic Group (GIA) was blamed for": its acronym between)
            rf"(?:\s+(?:{_alt(spec.get('responsibility_nouns') or ['(?!)'])}))?"
            rf"(?:\s*\([^()]{{1,20}}\))?"
            rf",?\s+(?:(?:has|have|had|also|later|quickly|swiftly)\s+)*"
            rf"(?:{_alt(spec.get('responsibility_phrases') or [])})\b",
            re.IGNORECASE,
        ),
        frozenset(spec.get("circumstantial_actions") or []),
        re.compile(
            # (a number's separators are no clause's end: "forcing more than 30,000 people to flee")
            rf"(?<![\w-])(?:{_alt(spec.get('causatives') or [])})\s+"
            # (not the noun: "Russian forces are trying to", "forces seeking to")
            rf"(?!(?:{_alt(spec.get('causative_noun_before') or ['(?!)'])})\b)"
            rf"(?:[^,;.]|(?<=\d)[,.](?=\d)){{0,60}}\bto\s+$",
            re.IGNORECASE,
        ),
        re.compile(
            rf"\b(?:{_alt(spec.get('identification_phrases') or ['(?!)'])})\s+(?:the\s+)?"
            r"(?:[\w'’-]+-linked\s+|[\w'’-]+-affiliated\s+)?$",
            re.IGNORECASE,
        ),
        frozenset(" ".join(str(w).lower().split()) for w in spec.get("attack_nouns") or []),
        frozenset(spec.get("retold_actions") or []),
        re.compile(r"\b(?:the|this|that|these)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE),
        frozenset(" ".join(str(w).lower().split()) for w in spec.get("soft_words") or []),
        re.compile(
            rf"\b(?:{_alt(spec.get('reporting_verbs') or ['(?!)'])})"
            # ("Hartford police said Thursday, and arrested": no report follows)
            # ("Houthi rebels claimed to have shot down": their own act)
            r"(?>(?:\s+(?:on\s+)?[A-Z][a-z]+day)?)(?:\s+that)?\s+(?!to\b)(?=[\w\"“])",
        ),
        frozenset(" ".join(str(w).lower().split()) for w in spec.get("repelling_words") or []),
        frozenset(" ".join(str(w).lower().split()) for w in spec.get("raid_words") or []),
        re.compile(
            rf"\b(?:{_alt(spec.get('circumstance_markers') or ['(?!)'])})\s+"
            # (a country's adjective too: "after Ukrainian shelling")
            # ("after a two-day raid", "after a month-long siege")
            rf"(?:(?:{_alt(spec.get('circumstance_gap') or ['(?!)'])}"
            r"|\w+-(?:long|hour|day|night|week|month|year)"
            r"|(?-i:[A-Z][a-z]+(?:an|ian|ese|ish|i|ic)))\s+){0,4}$",
            re.IGNORECASE,
        ),
        # "soldiers were killed when militants attacked": a death, then a clause of its cause
        re.compile(
            rf"\s+(?:{_alt(spec['fatalities']['words_after'])}){_cause_clause(spec)}",
            re.IGNORECASE,
        ),
        re.compile(
            rf"\b(?:{_alt((spec.get('shared_border') or {}).get('words') or ['(?!)'])})\b"
            r"(?!\s+(?:with|of|between)\b)",
            re.IGNORECASE,
        ),
        re.compile(_cause_clause(spec), re.IGNORECASE),
        re.compile(rf"(?<![\w-])(?:{speech})\b", re.IGNORECASE),
        re.compile(rf"\s+(?:{_alt(spec.get('speech_fillers') or ['(?!)'])})\b", re.IGNORECASE),
        re.compile(repeat, re.IGNORECASE),
    )


def _cause_clause(spec: dict[str, Any]) -> str:
    """After a death: up to six words, then the word that opens the clause of its cause
    (" in Bamenda when ", " when the ", " near Ilovaisk in August 2014 when ")."""
    markers = _alt(spec.get("victim_clause_markers") or ["(?!)"])
    return rf"\s+(?:[\w,-]+\s+){{0,6}}?(?:{markers})\s+(?:the\s+)?"


def _including_re(spec: dict[str, Any]) -> re.Pattern:
    """What may stand between an area and the places in it that an action reached:
    ", including in the villages of " (and names the gazetteer lacks: "Khiam and "),
    ", including weapons depots in ", or " on Sunday, targeting "."""
    when = _alt(spec.get("including_time_words") or [])
    return re.compile(
        rf"(?:\s+(?:{when})\b[^,;.]{{0,25}})?\s*,?\s*(?:{_alt(spec['including_words'])})\s+"
        # ("including weapons depots in Aitaroun and Khiam")
        r"(?:(?:(?-i:[a-z][\w-]*)\s+){0,3}?(?:in|at|near)\s+)?(?:the\s+)?"
        # ("… in the western Lviv and Ivano-Frankivsk regions"; "including at the port city
        # of Haifa")
        r"(?:(?:(?:north|south)?(?:east|west)?(?:ern)?|central)\s+)?"
        rf"(?:(?:(?-i:[a-z]+)\s+)?(?:{_alt(spec['coordinated_place_nouns'])}|areas?)\s+of\s+)?"
        r"(?:(?-i:[A-Z][\w'’-]*)\s*(?:,\s*(?:and\s+)?|\s+and\s+))*",
        re.IGNORECASE,
    )


_HYPHENATED = re.compile(r"(north|south)(east|west)")


def _coordination_re(spec: dict[str, Any]) -> re.Pattern:
    """What may stand between two places of one action: ", ", " and ", ", and the town of "."""
    words = _alt(spec["coordinators"])
    nouns = _alt(spec["coordinated_place_nouns"])
    claims = load_lexicon("claims")  # (units and compass words: "northwest", "north-west")
    compass = {v for d in claims["directions"] for v in (d, _HYPHENATED.sub(r"\1-\2", d))}
    gap = rf"\s*(?:,\s*(?:(?:{words})\s+)?|\s+(?:{words})\s+)"
    # (names the gazetteer lacks may stand between: "near Vovchansk, Hlyboke, and Lyptsi")
    return re.compile(
        rf"{gap}(?:(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))?{gap})*"
        # ("advanced in Toretsk and near Pokrovsk": a preposition of its own; "and northwest
        # of Pokrovsk", "and 5 km south of Kupiansk": a direction of its own; "killed 20
        # people in Rafah and 12 in Khan Younis": a count of its own)
        # (or an object of its own: "struck nuclear sites in Natanz and military commanders in
        # Tehran")
        r"(?:(?P<count>\d[\d,]*|[a-z]+(?:-[a-z]+)?(?:\s+[a-z]+(?:-[a-z]+)?){0,2}?)\s+"
        r"(?:more\s+|others?\s+)?(?=in\s|near\s|at\s))?"
        rf"(?:(?P<prep>near|around|outside|in|at|into)\s+"
        rf"|(?P<dir>(?:\S+\s+(?:{_alt(claims['units'])})\s+)?(?:{_alt(compass)})"
        rf"\s+of)\s+)?"
        # ("and the nearby village of Niu-York")
        rf"(?:the\s+)?(?:(?:(?-i:[a-z][\w-]*)\s+)?(?:{nouns})\s+of\s+)?"
        # (an article the name is read without: "Taiz, Al-Dhale and Hays")
        rf"(?:(?:{_alt(claims['unknown_place']['particles'])})-)?",
        re.IGNORECASE,
    )


def _apposed_re() -> re.Pattern:
    """A noun phrase in apposition: ", the last army-held city in Darfur,"; a place told by its
    preposition (", on the Syrian border,") or by its direction (", 20 km east of Tripoli,")."""
    claims = load_lexicon("claims")
    compass = {v for d in claims["directions"] for v in (d, _HYPHENATED.sub(r"\1-\2", d))}
    return re.compile(
        r",\s+(?:(?:the|an?)\s+|(?:on|along|near|close\s+to|outside|off)\s+(?:the\s+)?"
        rf"|(?:(?:some|about|around|roughly|nearly|just)\s+)?(?:\S+\s+(?:{_alt(claims['units'])})\s+)?"
        rf"(?:{_alt(compass)})\s+of\s+(?:the\s+)?)[^,;()]{{1,60}},",
        re.IGNORECASE,
    )


def _member_nouns() -> list[str]:
    """The actors lexicon's nouns of an actor's members and forces ("fighters", "troops")."""
    spec = load_lexicon("actors")
    return [str(w) for key in ("member_nouns", "state_force_nouns") for w in spec.get(key) or []]


def _lexicon() -> _Lex:
    return _lexicon_cached(id(load_lexicon("actions")))


@lru_cache(maxsize=1)
def _told_on() -> re.Pattern:
    """A verb of saying right before a date ("the governor said on Sunday")."""
    return re.compile(rf"\b(?:{_alt(load_lexicon('actions')['speech_verbs'])})\s+(?:\w+\s+)?$")


@lru_cache(maxsize=1)
def _own_forces() -> re.Pattern:
    """A speaker's forces named without their country right after it speaks ("The IDF said
    fighter jets"), the words (group ``f``) from the actors lexicon's ``speaker_forces``."""
    words = _alt(load_lexicon("actors").get("speaker_forces") or ["(?!)"])
    return re.compile(
        rf"\s*,?\s*(?:that\s+)?(?:its\s+|the\s+)?(?P<f>{words})"
        r"\s+(?:(?:had|have|has|also|later|then)\s+)?"
    )


@lru_cache(maxsize=4)
def _label_re(key: str = "location_labels") -> re.Pattern:
    """A field's label before a place ("Location:"), at a line's, a sentence's or a cell's
    start ("| Location:"); with ``key`` "division_labels", one before a division ("adm_1:")."""
    labels = load_lexicon("actions").get(key) or []
    return re.compile(
        rf"(?:^|\n|[.;]\s+|\|\s*)(?i:{_alt(labels)})\s*:\s*(?:[^\n.;:|]{{0,40}}?)$"
        if labels
        else "(?!)"
    )


# where a record's field starts: a line, a sentence or a table's cell ("| Fatalities: 14")
_FIELD_START = r"(?:^|(?<=\n)|(?<=[.;]\s)|(?<=\|)\s*)"


@lru_cache(maxsize=16)
def _field_re(key: str, value: str = r"[^\n;|]{1,40}") -> re.Pattern:
    """A record's field whose label is one of the actions lexicon's ``key`` ("date_labels":
    "Date:"), at a line's, a sentence's or a cell's start ("| Fatalities: 14"), with its value
    (group ``v``)."""
    labels = load_lexicon("actions").get(key) or []
    return re.compile(
        rf"{_FIELD_START}(?i:{_alt(labels)})\s*:\s*(?P<v>{value})" if labels else "(?!)",
        re.MULTILINE,
    )


def _record_start(text: str, ts: int) -> int:
    """Where the record of ``ts`` starts, as its fields are read: its paragraph, up to 400
    characters before it."""
    blank = text.rfind("\n\n", 0, ts)
    return max(blank + 2 if blank != -1 else 0, ts - 400, 0)


def _labelled_date(
    text: str, ts: int, published: Any, *, start: int | None = None, key: str = "date_labels"
) -> tuple[Any, Any, int] | None:
    """The dates a date label names ("Date: 12/04/2024") in the record before ``ts`` (from
    ``start``, else from :func:`_record_start`): start, end and precision."""
    lo = _record_start(text, ts) if start is None else start
    for m in _field_re(key).finditer(text, lo, ts):
        found = find_dates(m["v"], published)
        if found and found[0].start == 0:
            d = found[0]
            return d.date_start, d.date_end, d.precision
        if compact := _COMPACT_DATE.match(m["v"]):
            # (GDELT's "SQLDATE: 20240115")
            try:
                day = dt.date(*(int(g) for g in compact.groups()))
            except ValueError:
                continue
            return day, day, _DAY
    return None


_COMPACT_DATE = re.compile(r"((?:19|20)\d\d)(0[1-9]|1[0-2])([0-3]\d)(?!\d)")


def _labelled_place(
    text: str, ts: int, mentions: list[Mention], *, start: int | None = None
) -> Mention | None:
    """The first place after a location label ("Location: Djibo, Soum, Sahel"), or division
    after a division label ("adm_1: Mopti region"), in the record before ``ts`` (from
    ``start``, else from :func:`_record_start`)."""
    para = _record_start(text, ts) if start is None else start
    # (from the newline before the paragraph, which opens its first line)
    inside = [m for m in mentions if para <= m.start < ts]
    # (the location's before the division's, whichever comes first: the Global Terrorism
    # Database's "provstate: Helmand" before its "city: Lashkar Gah")
    located = next(
        (m for m in inside if _label_re().search(text, max(para - 1, m.start - 60, 0), m.start)),
        None,
    )
    return located or next(
        (
            m
            for m in inside
            if m.place.kind in ("admin1", "admin2", "admin3")
            and _label_re("division_labels").search(text, max(para - 1, m.start - 60, 0), m.start)
        ),
        None,
    )


@lru_cache(maxsize=1)
def _origin_re() -> re.Pattern:
    """A person before "of": "Sgt. John Dunbar of", "John Dunbar, 36, of"."""
    roles = load_lexicon("toponyms").get("person_roles") or []
    return re.compile(
        rf"(?:,\s*\d{{1,3}},|\b(?i:{_alt(roles)})\.?(?:\s+[A-Z][\w.'’-]*){{1,4}})"
        # (and the division after the town: "of Austin, Texas")
        r"\s+of\s+(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s*,\s*)?$"
    )


@lru_cache(maxsize=1)
def _holdings() -> frozenset[str]:
    """What a side holds, from the actors lexicon's ``generic_holdings`` ("positions",
    "bases")."""
    return frozenset(str(w).lower() for w in load_lexicon("actors").get("generic_holdings") or [])


@lru_cache(maxsize=1)
def _named_battle_frame() -> re.Pattern:
    """A battle's name opening a sentence as its time ("During the Battle of Mosul, "), from the
    actions lexicon's ``named_battle_words``."""
    words = _alt(load_lexicon("actions").get("named_battle_words") or ["(?!)"])
    return re.compile(
        rf"\s*(?:During|In|Throughout|At)\s+the\s+(?:[A-Z][\w-]*\s+)?(?:{words})\s+of\s+[^,;]*,"
    )


@lru_cache(maxsize=1)
def _nationals_re() -> re.Pattern:
    """People before "from" and the country they are from: "peacekeepers from "; group
    ``own``, a possessive before them, makes the country where they were ("withdrew its last
    troops from Afghanistan")."""
    nouns = load_lexicon("toponyms").get("nationals_nouns") or []
    return re.compile(
        rf"(?P<own>\b(?i:its|their|his|our)\s+(?:[\w-]+\s+){{0,2}}?)?"
        rf"\b(?i:{_alt(nouns)})\s+from\s+(?:the\s+)?$"
    )


def _origins(mentions: list[Mention], text: str) -> set[tuple[int, int]]:
    """The spans of the places people are said to be from ("Master Sgt Johnathan Dunbar of
    Austin, Texas, died in the blast"), with the division after a comma, and the countries
    of their nationality ("two peacekeepers from Nepal were killed near Kidal"): no event's
    place."""
    out: set[tuple[int, int]] = set()
    last = None
    for m in sorted(mentions, key=lambda m: m.start):
        if (
            _origin_re().search(text, max(0, m.start - 80), m.start)
            or (
                m.place.kind == "country"
                and (nat := _nationals_re().search(text, max(0, m.start - 40), m.start))
                and not nat["own"]
            )
            or (last is not None and _APPOSED.fullmatch(text, last.end, m.start))
        ):
            out.add((m.start, m.end))
            last = m
        else:
            last = None
    return out


@lru_cache(maxsize=1)
def _agent_needed_after() -> frozenset[str]:
    """Words of a capture that make none without its actor after them (``agent_needed_after``:
    "fell to")."""
    return frozenset(
        " ".join(str(w).lower().split())
        for w in load_lexicon("actions").get("agent_needed_after") or []
    )


@lru_cache(maxsize=4)
def _bare_passives(key: str = "bare_passives") -> frozenset[str]:
    """Participles that, with no object and no auxiliary, are passive (``bare_passives``; with
    ``key="headline_passives"``, those that are only in a headline)."""
    return frozenset(
        " ".join(str(w).lower().split()) for w in load_lexicon("actions").get(key) or []
    )


_FULL_STOP_END = re.compile(r"[.!?][\"”’')]*\s*$")


# one lower-case word in quotation marks
_SCARE_QUOTES = re.compile(r"[\"“”]([a-z][\w-]*)[\"“”]")
# what follows a participle with no object: "killed in", "ambushed near"
_BARE_AFTER = re.compile(
    r"\s+(?:in|by|during|amid|near|at(?!\s+(?:least|most)\b)|on|after|when|while|as|outside"
    r"|inside)\b"
)
# up to two words between an actor and its participle ("Hamas commander killed")
_MEMBER_GAP = re.compile(r"(?:\s+[\w'’-]+){0,2}\s+")


@lru_cache(maxsize=1)
def _effects() -> frozenset[str]:
    """Words of an explosion that may be the effect of a strike told after it."""
    return frozenset(str(w).lower() for w in load_lexicon("actions").get("effect_words") or [])


@lru_cache(maxsize=2)
def _strike_effects(key: str = "strike_effect_participles") -> frozenset[str]:
    """First words of a participle telling the fire a strike started
    (``strike_effect_participles``), or with ``key`` "strike_effect_verbs" of a verb right
    after the strike's noun."""
    spec = load_lexicon("actions").get(key) or []
    return frozenset(str(w).lower() for w in spec)


def _with_capitals(actors: list[ActorMention], mentions: list[Mention]) -> list[ActorMention]:
    """The actors, and a state actor for each capital said for its government where no actor
    is named ("Moscow said its troops had taken Krasnohorivka", "Tehran launched missiles")."""
    taken = _Spans([(a.start, a.end) for a in actors])
    acts = load_actors()
    extra = []
    for m in mentions:
        cc = m.place.country_code
        if (
            m.metonymic
            and m.place.feature_code == "PPLC"
            and cc
            and not taken.covers(m.start, m.end)
        ):
            name, kind = acts.state(cc)
            extra.append(ActorMention(m.start, m.end, m.text, name, kind, country=cc))
    return sorted([*actors, *extra], key=lambda a: a.start) if extra else actors


def _event_type(action: str, actor_type: str | None, target_type: str | None, lx: _Lex) -> str:
    """The event type of an action: by who acts when the lexicon names that actor type, else
    by what was hit, else the action's default."""
    a = lx.spec["actions"][action]
    by_actor = a.get("by_actor_type") or {}
    by_target = a.get("by_target_type") or {}
    if actor_type and actor_type != "default" and actor_type in by_actor:
        return by_actor[actor_type]
    if target_type and target_type in by_target:
        return by_target[target_type]
    return by_actor.get("default") or a["type"]


# --------------------------------------------------------------------------- main entry
def find_events(
    article: Article,
    mentions: list[Mention],
    actors: list[ActorMention],
    claims: list[Claim],
) -> list[Event]:
    """Read the events of an article (see the module docstring)."""
    text = article.text
    lx = _lexicon()
    actors = _with_capitals(actors, mentions)
    pub = article.published
    # where the story was filed ("BEIRUT (AP) —") is not where its events happened, nor is a
    # name inside an actor's words ("Kyiv's forces") or a country named as a side ("fighting
    # between Russia and Ukraine"); "fired rockets at Israel" keeps its place
    named = {(m.start, m.end) for m in mentions}
    inside_actor = _Spans(
        [(a.start, a.end) for a in actors if a.side or (a.start, a.end) not in named]
    )
    origins = _origins(mentions, text)
    records = _record_paragraphs(text) if ":" in text else []
    field_values = _Spans(_field_values(text, records))
    places = [
        m
        for m in mentions
        if not m.metonymic
        and not m.demonym
        and not article.in_dateline(m.start)
        and not inside_actor.covers(m.start, m.end)
        and (m.start, m.end) not in origins
        # "drones launched by Russia": the one who acted, not where
        and not (
            m.place.kind == "country" and _BY_BEFORE.search(text, max(0, m.start - 8), m.start)
        )
    ]
    by_sent: dict[int, list[Mention]] = {}
    for m in places:
        by_sent.setdefault(m.sentence, []).append(m)
    acts_by_sent: dict[int, list[ActorMention]] = {}
    for a in actors:
        acts_by_sent.setdefault(article.sentence_of(a.start), []).append(a)
    events: list[Event] = []
    seen: set[tuple] = set()
    ref: TimeSpan | None = None
    ref_in = -1  # the sentence that told it
    ww = _weapon_words(id(load_lexicon("actions")))
    told: ActorMention | None = None  # the agent of the last event with one, and its sentence
    told_in = -1
    # ("09/21/2013" in one record makes "12/03/2015" in another 3 December)
    day_first = numeric_day_first(text)
    for si, (s0, s1) in enumerate(article.sentences):
        # (a word in scare quotes is read as the word: 'its troops had been "regrouped" from')
        sent_text = _SCARE_QUOTES.sub(r" \1 ", text[s0:s1])
        found = list(_action_words(sent_text, 0, len(sent_text), lx))
        # (a pattern before the words, to win a tie: "lost … to the MNDAA" is a capture)
        found = [
            (t.start(), t.end(), name) for name, rx in lx.patterns for t in rx.finditer(sent_text)
        ] + found
        # a split phrase ("push IS out of") wins over the words inside it
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        s_actors = [a for a in acts_by_sent.get(si, []) if a.end <= s1]
        actor_words = _Spans([(a.start, a.end) for a in s_actors])
        dates = find_dates(
            sent_text,
            pub,
            reference=ref,
            narrated=_narrated(ref, ref_in, si, article, pub),
            day_first=day_first,
        )
        if dates:
            ref, ref_in = dates[-1], si  # "a week later" counts from the last date told
        date_words = _Spans([(d.start, d.end) for d in dates])
        triggers: list[tuple[int, int, str]] = []
        word_end = -1  # where the last action word read ends
        tool_end = -2  # where the last instrument of an action ends ("with 120 missiles")
        idiom_end = -1  # where the last action word that is part of an idiom ends
        for f in found:
            if (triggers and f[0] < triggers[-1][1]) or f[0] < idiom_end:
                continue
            if actor_words.covers(s0 + f[0], s0 + f[0] + 1):
                continue  # part of an actor's name ("Operation Inherent Resolve")
            if field_values.covers(s0 + f[0], s0 + f[0] + 1):
                continue  # a record's field other than its text ("attacktype1_txt: Bombing")
            if date_words.covers(f[0], f[0] + 1):
                continue  # part of a date ("on 31 March")
            word = sent_text[f[0] : f[1]].lower()
            if word in ww.verbs and not ww.weapon_before.search(sent_text, max(0, f[0] - 30), f[0]):
                continue  # "the war destroyed the economy" (not "Russian missiles destroyed")
            if word in ww.killing and ww.people_before.search(sent_text, max(0, f[0] - 40), f[0]):
                f = (f[0], f[1], "attack")  # "12 militants were 'neutralised'": killed
            if any(
                na is not None and na.match(sent_text, f[1])
                for na in (lx.not_after.get(f[2]), lx.not_after.get(sent_text[f[0] : f[1]].lower()))
            ) or (
                # (not the actor after "fell to": "Mosul has fallen to Islamic State militants")
                (na := lx.object_not.get(f[2])) is not None
                and na.match(sent_text, f[1])
                and " ".join(sent_text[f[0] : f[1]].lower().split()) not in lx.agent_after
            ):
                # "took place", "took part", "took a step"; (no action word whose verb what
                # follows could be: "a gunman entered his church … and killed seven"; nor
                # the words inside it: "air raid alert")
                idiom_end = f[1]
                continue
            if (
                _in_a_name(sent_text, f[0])
                or _names_a_site(sent_text, f[0], f[1])
                or _opens_a_name(sent_text, f[0], f[1])
            ):
                # "the Sudan People's Liberation Army", "the 3rd Assault Brigade", "near the
                # Torkham crossing"
                continue
            if (
                _past_form(sent_text[f[0] : f[1]])
                and (
                    lx.describes.search(sent_text, max(0, f[0] - 20), f[0])
                    # ("entered Kherson, the only regional capital captured by Russia since the
                    # invasion began,": an apposition's participle tells what the place is)
                    or (
                        _APPOSED_NOUN.search(sent_text, max(0, f[0] - 60), f[0])
                        and _BY_NEXT.match(sent_text, f[1])
                    )
                    # ("rescued 20 kidnapped students": a count of whom it describes; not a
                    # headline's "Two kidnapped in Zamfara")
                    or (
                        _COUNT_BEFORE.search(sent_text, max(0, f[0] - 12), f[0])
                        and _NOUN_AFTER.match(sent_text, f[1])
                    )
                    # ("regained lost positions", "recaptured occupied villages": right after an
                    # action's verb, what its object had been)
                    or (
                        triggers
                        and not sent_text[triggers[-1][1] : f[0]].strip()
                        and _past_form(sent_text[triggers[-1][0] : triggers[-1][1]].split()[-1])
                        and _NOUN_AFTER.match(sent_text, f[1])
                    )
                )
            ):
                # "in occupied Crimea", "the besieged city": what a place is, no action to
                # read nor to merge with the one before ("opened fire at a checkpoint in the
                # occupied West Bank"; "a car bomb exploded" acts)
                continue
            # the action word read last, as the lexicon lists its words
            last_words = (
                " ".join(sent_text[triggers[-1][0] : triggers[-1][1]].lower().split())
                if triggers
                else ""
            )
            if (
                triggers
                and sent_text[f[0] : f[1]].lower() in lx.predicates
                # ("struck government forces in Sweida and hit the ministry in Damascus": a
                # second strike with its own object; but "raided Mangoya and killed 9": its toll)
                and not (
                    lx.elided.search(sent_text, triggers[-1][1], f[0])
                    and not sent_text[f[0] : f[1]].lower().startswith("kill")
                    and _past_form(sent_text[triggers[-1][0] : triggers[-1][1]].split()[-1])
                )
                and (
                    (
                        # ("raided Mangoya village (Beni, North Kivu) and killed 9 civilians";
                        # "A drone strike on Togoga, a village west of Mekelle, killed 64"; "A
                        # drone strike on a kindergarten in Kalogi, South Kordofan, killed 33")
                        _SUBJECT_GAP.fullmatch(
                            _APPOSED_NAME.sub(
                                "",
                                lx.apposed.sub(
                                    "",
                                    _PARENTHESES.sub(
                                        "",
                                        # ("The strike on Ternopil on Nov. 19 killed 33")
                                        _abbreviation_dot().sub(
                                            r"\1", sent_text[triggers[-1][1] : f[0]]
                                        ),
                                    ),
                                ),
                            )
                        )
                        # ("Two killed as a Russian missile hits Odesa": a clause of its own,
                        # with an agent of its own, or a passive one: "were killed when their
                        # position near Chasiv Yar was hit by a Russian drone")
                        and not (
                            lx.subord.search(sent_text, triggers[-1][1], f[0])
                            and (
                                any(s0 + triggers[-1][1] <= a.start < s0 + f[0] for a in s_actors)
                                or _PASSIVE_AUX.search(sent_text, max(0, f[0] - 12), f[0])
                            )
                        )
                    )
                    or (
                        _PASSIVE_AUX.search(sent_text, max(0, f[0] - 12), f[0])
                        and not lx.subord.search(sent_text, triggers[-1][1], f[0])
                    )
                    # (a headline's toll: "RSF shelled El Fasher, 12 killed")
                    or toll_tail(sent_text, triggers[-1][1], f[0])
                )
                # ("Somali forces backed by US air strikes killed 50 militants": the forces'
                # verb, not the backers')
                and not lx.backed_by.search(
                    sent_text, max(0, triggers[-1][0] - 60), triggers[-1][0]
                )
            ):
                # "Israeli strikes hit Rafah": the strikes' verb, not a second event; "clashed
                # in Afrin, where 25 militiamen have been killed": its toll
                continue
            if (
                triggers
                and triggers[-1][2] in _WEAPON_ACTIONS
                and " ".join(sent_text[f[0] : f[1]].lower().split()) in lx.weapon_predicates
            ):
                if _WEAPON_GAP.fullmatch(sent_text, triggers[-1][1], f[0]):
                    # "A mortar shell struck the market": the shelling, told to its verb
                    triggers[-1] = (triggers[-1][0], f[1], triggers[-1][2])
                    word_end = f[1]
                    continue
                if _WEAPON_SOURCE.fullmatch(sent_text, triggers[-1][1], f[0]):
                    continue  # "Rockets fired from Gaza struck Sderot": the same shelling
            if (
                triggers
                and last_words in lx.downing
                and _SAME_CLAUSE.fullmatch(sent_text, triggers[-1][1], f[0])
            ):
                continue  # "shot down a US drone": what was downed, not a drone strike
            if _downed_after().match(sent_text, f[1]):
                continue  # "102 missiles and 86 drones were shot down": what was downed
            if (
                triggers
                and last_words in lx.repelling
                and (
                    _OBJECT_GAP.fullmatch(sent_text, triggers[-1][1], f[0])
                    or _ATTEMPT_GAP.fullmatch(sent_text, triggers[-1][1], f[0])
                )
            ):
                # "repelled 14 Russian assaults", "thwarted attempts by Ukrainian mobile groups
                # to advance": the battle, not a second one
                continue
            if (
                triggers
                and triggers[-1][2] == "explosive"
                and f[2] in _WEAPON_KINDS
                and _OBJECT_GAP.fullmatch(sent_text, triggers[-1][1], f[0])
            ):
                # "detonated two suicide car bombs": one bombing, of the weapon's kind
                triggers[-1] = (triggers[-1][0], f[1], f[2])
                word_end = f[1]
                continue
            if (
                triggers
                and triggers[-1][2] == "suicide_bomb"
                and f[2] == "explosive"
                and _OBJECT_GAP.fullmatch(sent_text, triggers[-1][1], f[0])
            ):
                # "A suicide bomber detonated an explosive device": the suicide bombing's bomb
                triggers[-1] = (triggers[-1][0], f[1], triggers[-1][2])
                word_end = f[1]
                continue
            if (
                triggers
                and triggers[-1][1] == word_end
                and last_words in lx.weapon_action
                and sent_text[f[0] : f[1]].lower() in lx.weapon_action
                and _TOOL_LIST.fullmatch(sent_text, word_end, f[0])
            ):
                # "launched 728 drones and 13 missiles at Ukraine": one attack, of the first
                # weapon's kind
                triggers[-1] = (triggers[-1][0], f[1], triggers[-1][2])
                word_end = f[1]
                continue
            if (
                triggers
                and triggers[-1][1] == word_end
                and " " not in sent_text[triggers[-1][0] : triggers[-1][1]]
                and _AND_GAP.fullmatch(sent_text, word_end, f[0])
                and sent_text[f[0] : f[1]].lower().split()[-1] in lx.attack_nouns
            ):
                # "a missile and drone attack on Marib": one attack, of the first weapon's kind
                triggers[-1] = (triggers[-1][0], f[1], triggers[-1][2])
                word_end = f[1]
                continue
            if (
                triggers
                and not sent_text[word_end : f[0]].strip()
                # ("backed by US air strikes advanced on Sinjar": a verb of another action
                # after the noun is that action; "a car bomb exploded" is the bomb's)
                and not (
                    _past_form(sent_text[f[0] : f[1]])
                    and (
                        f[2] not in lx.retold_actions
                        or lx.backed_by.search(
                            sent_text, max(0, triggers[-1][0] - 60), triggers[-1][0]
                        )
                    )
                )
            ):
                # "a bombing raid", "a drone strike attack": one action, of the specific kind
                # (not the fire a strike set: "a drone attack set an oil depot ablaze")
                t0, t1, kind = triggers[-1]
                verb = sent_text[f[0] : f[1]].split()[0].lower()
                fire = f[2] == "looting" and verb in _strike_effects("strike_effect_verbs")
                triggers[-1] = (
                    t0,
                    f[1] if t1 == word_end else t1,
                    f[2] if kind == "attack" and not fire else kind,
                )
                word_end = f[1]
                continue
            if (
                triggers
                and word_end == tool_end
                and _TOOL_LIST.fullmatch(sent_text, word_end, f[0])
            ):
                # "struck … with 120 missiles and 90 drones": the tools of one strike
                word_end = tool_end = f[1]
                continue
            # ("shelled Nikopol (Nikopol, Dnipropetrovsk) with artillery": the divisions aside)
            # (nor a noun phrase in apposition: "attacked El Fasher, the last army-held city in
            # Darfur, with drones")
            gap = (
                lx.apposed.sub("", _PARENTHESES.sub("", sent_text[triggers[-1][1] : f[0]]))
                if triggers
                else ""
            )
            if triggers and (
                # (nor a division's name: "attacked a police station in Toribio, Cauca
                # department, with homemade mortars")
                lx.instrument.match(_APPOSED_NAME.sub("", gap))
                # ("Israeli strikes killed 15 people in a strike on a school": the same; not
                # "killed 12 villagers in Zamfara before fleeing", a verb of its own)
                # (an attack "during an evacuation mission" is no movement of people; "hit by
                # protests" is protests)
                or (
                    triggers[-1][2] in ("attack", f[2])
                    and (f[2] in _LETHAL or not _DURING.match(gap))
                    and lx.means.match(gap)
                    and not lx.subord.search(gap)
                )
                or (
                    # ("Two soldiers were killed in Rafah when their vehicle hit a roadside
                    # bomb": the deaths' kind is the weapon's; a weapon with a place of its
                    # own after it is told as its own event: "when a car bomb exploded in
                    # Mogadishu")
                    triggers[-1][2] == "attack"
                    and f[2] in _WEAPON_KINDS
                    and _PASSIVE_AUX.search(
                        sent_text, max(0, triggers[-1][0] - 12), triggers[-1][0]
                    )
                    and _KILLED_WHEN.match(gap)
                    and not any(s0 + f[1] <= m.start < s1 for m in by_sent.get(si, []))
                )
            ):
                # "struck Odesa with missiles": one attack, of the instrument's kind
                triggers[-1] = (*triggers[-1][:2], f[2])
                word_end = tool_end = f[1]
                continue
            if triggers and _PARTICIPLE_TOOL.fullmatch(gap):
                # "ambushed an Israeli force east of Jabalia, destroying a tank with an anti-tank
                # rocket": the tool of what the ambush went on to do, no event of its own
                word_end = tool_end = f[1]
                continue
            if (
                triggers
                and triggers[-1][2] == "explosive"
                and sent_text[triggers[-1][0] : triggers[-1][1]].lower() in _effects()
                and f[2] in ("airstrike", "shelling", "attack")
                and _EFFECT_OF.fullmatch(gap)
            ):
                # "Explosions reported in Belgorod after Ukrainian drone attack": the attack,
                # which the explosions were
                triggers[-1] = f
                word_end = f[1]
                continue
            if (
                triggers
                and triggers[-1][2] == f[2] == "abduction"
                and sent_text[f[0] : f[1]].lower().split()[0].endswith("ing")
                and _LONG_PARTICIPLE_GAP.fullmatch(sent_text, triggers[-1][1], f[0])
                and not any(s0 + f[1] <= m.start < s1 for m in by_sent.get(si, []))
            ):
                # "hijacked the Jaffar Express …, taking more than 400 passengers hostage": the
                # same abduction told again (not one with a place of its own: "…, kidnapping 10
                # more in Zaria")
                word_end = f[1]
                continue
            if (
                triggers
                and triggers[-1][2] in ("airstrike", "shelling", "explosive", "attack")
                and f[2] == "looting"
                and sent_text[f[0] : f[1]].split()[0].lower() in _strike_effects()
                and _PARTICIPLE_GAP.fullmatch(sent_text, triggers[-1][1], f[0])
            ):
                continue  # "struck Hodeidah, setting fuel tanks ablaze": the strike's fire
            if (
                triggers
                and triggers[-1][2] == "attack"
                and f[2] == "clash"
                and sent_text[f[0] : f[1]].lower().endswith("ing")
                and _PARTICIPLE_GAP.fullmatch(sent_text, triggers[-1][1], f[0])
            ):
                # "attacked Gwoza, clashing with military forces": one battle
                triggers[-1] = (*triggers[-1][:2], f[2])
                word_end = f[1]
                continue
            if (
                triggers
                and triggers[-1][2] in lx.circumstantial
                and f[2] not in lx.outcomes
                and lx.means.match(sent_text[triggers[-1][1] : f[0]])
            ):
                continue  # "arrested 15 people during a raid on Jenin": one arrest
            if (
                triggers
                and f[2] in lx.circumstantial
                and last_words in lx.raids
                and _RAID_THEN.fullmatch(_PARENTHESES.sub("", sent_text[triggers[-1][1] : f[0]]))
            ):
                # "conducted a raid in Jenin refugee camp and arrested 10 Palestinians": one
                # arrest, where the raid was
                triggers[-1] = (*triggers[-1][:2], f[2])
                word_end = f[1]
                continue
            if (
                triggers
                and triggers[-1][2] in _WEAPON_ACTIONS
                and sent_text[f[0] : f[1]].lower() in lx.predicates
                and lx.elided.search(sent_text, triggers[-1][1], f[0])
            ):
                # "struck government forces in Sweida and hit the ministry in Damascus": a
                # second strike of the same kind
                f = (f[0], f[1], triggers[-1][2])
            triggers.append(f)
            word_end = f[1]
        if len(triggers) > 1 and (frame := _named_battle_frame().match(sent_text)) is not None:
            # "During the Battle of Mosul, Iraqi forces retook the eastern half of the city":
            # the battle's name frames what the sentence tells, no event of its own
            triggers = [t for t in triggers if t[0] >= frame.end()]
        if not triggers:
            continue
        s_places = [m for m in by_sent.get(si, []) if m.end <= s1]
        s_claims = [c for c in claims if s0 <= c.start < s1]
        sentence = _Sentence(
            si,
            s0,
            s1,
            s_places,
            s_actors,
            s_claims,
            dates,
            sorted(
                [
                    m.start()
                    for m in lx.subord.finditer(text, s0, s1)
                    if not lx.not_sub.match(text, m.start())
                ]
                # ("clashed on Thursday, with Cambodia firing rockets into Surin": a clause of
                # its own, whose subject is who fired)
                + [s0 + m.start("w") for m in _WITH_DOING.finditer(sent_text)]
            ),
            [s0 + m.end() for m in re.finditer(r";", sent_text)],
            [(s0 + m.start(), s0 + m.end()) for m in _APPOSITIVE.finditer(sent_text)],
        )
        last: Event | None = None  # the sentence's event before
        # the last event of the sentences before that "the attack" may name again
        earlier = next(
            (e for e in reversed(events) if e.action in lx.retold_actions and e.place is not None),
            None,
        )
        for k, (t0, t1, action) in enumerate(triggers):
            ts, te = s0 + t0, s0 + t1
            # places after the next action are that action's ("advanced 1-3 km and taken control
            # of Sudzha"), unless the two share their object ("attacked and captured Azaz")
            stop = s0 + triggers[k + 1][0] if k + 1 < len(triggers) else s1
            if lx.shared_object.fullmatch(text, te, stop) or not lx.coordinated.search(
                text, te, stop
            ):
                stop = s1  # "repelled Russian attacks near X": one place for both
            if any(m.start <= ts < m.end for m in s_places):
                continue
            if lx.not_before.search(text, max(s0, ts - 80), ts):
                continue  # "without a fight"
            if _SINCE_NOUN.search(text, max(s0, ts - 50), ts) and not _past_form(text[ts:te]):
                # "killed since Russia's full-scale invasion of Ukraine": the war's background,
                # no event of its own ("since Russian forces captured Avdiivka" is one)
                continue
            ev = _read_event(
                action,
                ts,
                te,
                stop,
                sentence,
                article,
                mentions,
                lx,
                last,
                told if told is not None and si - told_in <= 2 else None,
                s0 + triggers[k - 1][0] if k else None,
                earlier,
            )
            if ev is None:
                continue
            if (
                events
                and events[-1].sentence == ev.sentence
                and (events[-1].action == ev.action or {events[-1].action, ev.action} <= _LETHAL)
                and _compared_before().search(text, max(s0, ts - 60), ts)
            ):
                # "abducted 287 pupils in Kuriga, the largest mass kidnapping in Nigeria since
                # 2021": the clause's action, ranked among others, no second one
                continue
            if (
                events
                and ev.action in _LETHAL
                and ev.place is not None
                and ev.place is _labelled_place(text, ev.start, mentions)
                and 0 < ev.sentence - events[-1].sentence <= 2
                and events[-1].start >= _record_start(text, ev.start)
                and events[-1].action in _VIOLENT
                and _PASSIVE_AUX.search(text, max(s0, ts - 12), ts)
            ):
                # "Notes: JNIM militants attacked a VDP post. Three VDP members were killed in
                # the attack.": the toll of the record's event, at the place of its field (the
                # deaths are counted with it), no other
                continue
            if (
                action == "civilian_movement"
                and ev.action == "retreat"
                and ev.place_relation == "before"
                and any(
                    e.sentence == ev.sentence and e.actor == ev.actor and e.action in _VIOLENT
                    for e in events
                )
            ):
                # "Gunmen killed 12 villagers in Zamfara before fleeing": the attackers' getaway,
                # no ground given up
                continue
            prev = events[-1] if events else None
            if (
                prev is not None
                and prev.sentence == ev.sentence
                and ev.action == "looting"
                and prev.action in _HARMS
                and prev.actor == ev.actor
                # (the place both share, told after the second: not "attacked a police station
                # in Dhaka and set it on fire", each told where)
                and prev.place is not None
                and prev.place is ev.place
                and ev.place.start > ev.start
                and not _CLAUSE_PUNCT.search(text, prev.end, ev.start)
            ):
                # "killed four civilians and burned houses in Beni", "set fire to a police
                # station and looted shops in Kisumu": the burning is part of the attack
                continue
            if (
                prev is not None
                and prev.sentence == ev.sentence
                and prev.action == ev.action == "retreat"
                and prev.actor is not None
                and ev.actor == prev.actor
                and _GOING_ON.fullmatch(text, prev.end, ev.start)
                and ev.trigger.split()[0].lower().endswith("ing")
            ):
                # "Russian troops pulled out of Kherson, retreating to the eastern bank of the
                # Dnipro": one withdrawal, and where it went
                continue
            if (
                prev is not None
                and prev.sentence == ev.sentence
                and prev.action == ev.action
                and ev.action in lx.two_sided
                and prev.actor is None
                and ev.actor is not None
                and _where(prev) == _where(ev)
            ):
                # "Heavy clashes near Tal Rifaat as SDF repels Turkish-backed assault": one
                # battle, whose sides the second telling names
                events[-1] = replace(
                    prev,
                    actor=ev.actor,
                    actor_text=ev.actor_text,
                    target_actor=ev.target_actor,
                    event_type=ev.event_type,
                    fatalities=max(prev.fatalities, ev.fatalities),
                )
                last = events[-1]
                continue
            told_as = next(
                (k for k in range(len(events) - 1, -1, -1) if _retold(ev, events[k], text, s0, lx)),
                None,
            )
            if told_as is not None:
                # "… attacked a camp in Darfur. The assault on the Zamzam camp, 15 km south of
                # El Fasher, began Friday": the same attack, told more closely ("… attacked a
                # train and took hundreds hostage. The BLA claimed the attack near Sibi")
                # (not a place when it spans several: "The strikes hit homes from the town of
                # Beit Hanoun to the city of Rafah" were across the Gaza Strip)
                # (a claim's anchor or a division that holds it are no other places of it)
                towns = {
                    m.place.geonameid
                    for m in s_places
                    if m.start >= ev.end
                    and m.place.kind in ("city", "site")
                    and not any(c.anchor is m for c in s_claims)
                }
                spread = len(towns) > 1
                merged = _told_more_closely(events[told_as], ev, place=not spread)
                if (
                    ev.sentence == merged.sentence
                    and merged.action in _PLAIN_FIGHTING
                    and ev.action not in _PLAIN_FIGHTING
                ):
                    # "raided Tulkarm camp and killed 5 militants in an airstrike on a house":
                    # the raid's kind is the one its own clause names
                    merged = replace(merged, action=ev.action, event_type=ev.event_type)
                events[told_as] = merged
                continue
            if ev.action in ("capture", "retake"):
                # "attacked the town of Mocímboa da Praia …, seizing the port": one capture,
                # as ACLED codes the fighting a place is taken in (not fighting told as fact
                # beside a capture only claimed)
                events = [
                    e
                    for e in events
                    if not (
                        e.sentence == ev.sentence
                        and e.action in _BATTLE
                        and e.actor == ev.actor
                        and _where(e) == _where(ev)
                        and e.date_start == ev.date_start
                        and e.modality == ev.modality
                    )
                ]
            # ("The rebels entered Aleppo, as government troops withdrew. On 5 December, they
            # captured Hama": "they" are those of the main clause, not of its clause of time)
            subordinate = (
                last is not None
                and last.sentence == si
                and told_in == si
                and lx.subord.search(text, last.end, ev.start) is not None
            )
            last = ev
            agent = _agent_of(ev, s_actors) if ev.actor is not None else None
            if agent is not None and not subordinate:
                told, told_in = agent, si
            told_dates = [(s0 + d.start, d) for d in dates]
            for e in [ev, *_coordinated(ev, s_places, s_claims, text, lx, told_dates)]:
                key = (e.sentence, e.event_type, e.actor, _where(e), e.date_start)
                if key in seen:
                    continue
                seen.add(key)
                events.append(e)
    events = _claimed(events, acts_by_sent, article, lx)
    events = _count_deaths(_one_protest(_met(events, acts_by_sent, article, lx), lx), article)
    events = _recorded(_from_fields(events, article, places, records, lx), article, lx)
    events = _paragraph_dates(_same_air_force(events), article)
    return _without_headline_retold(_without_soft_words_alone(events, actors, article, lx), article)


_SOFT_MIN_SENTENCES = 3  # (one sentence alone is too little to tell that it is no war's)


def _without_soft_words_alone(
    events: list[Event], actors: list[ActorMention], article: Article, lx: _Lex
) -> list[Event]:
    """The events without those told only by a word of everyday English (``soft_words``:
    "took", "lost", "advanced") with no side, in an article of a few sentences that names no
    armed actor and tells no other violence: a wrestling team that "advanced to the
    championship meet", weather systems that "pushed toward metro Atlanta"."""
    soft = lx.soft_words
    if (
        not soft
        or len(article.sentences) < _SOFT_MIN_SENTENCES
        or any(a.type in _ARMED for a in actors)
    ):
        return events

    def alone(e: Event) -> bool:
        # (a phrase opened by one too: "advanced to the edge of")
        words = e.trigger.lower().split()
        return (" ".join(words) in soft or words[0] in soft) and not (e.actor or e.target_actor)

    if any(e.action in _VIOLENT and not alone(e) for e in events):
        return events
    return [e for e in events if not alone(e)]


@dataclass(frozen=True)
class _WeaponWords:
    verbs: frozenset[str]  # "destroyed": an attack only right after a weapon
    weapon_before: re.Pattern  # "Russian missiles ", "a drone strike "
    killing: frozenset[str]  # "neutralised": killing in the passive after people
    people_before: re.Pattern  # "12 militants were "


@lru_cache(maxsize=4)
def _weapon_words(_key: int) -> _WeaponWords:
    """The actions lexicon's words whose sense the words before them tell (``weapon_verbs``
    after ``weapon_nouns``; ``killing_when_people`` after ``killed_people`` in the passive)."""
    spec = load_lexicon("actions")
    return _WeaponWords(
        frozenset(str(w).lower() for w in spec.get("weapon_verbs") or []),
        re.compile(rf"\b(?:{_alt(spec.get('weapon_nouns') or [])})\s+$", re.IGNORECASE),
        frozenset(str(w).lower() for w in spec.get("killing_when_people") or []),
        re.compile(
            rf"\b(?:{_alt(spec.get('killed_people') or [])})\s+"
            r"(?:were|was|have\s+been|has\s+been|had\s+been)\s+[\"“']?\s*$",
            re.IGNORECASE,
        ),
    )


@lru_cache(maxsize=4)
def _analysis_headline(_key: int) -> re.Pattern:
    """The openings of a headline over analysis, not news (``analysis_labels``: "Explainer:";
    ``question_openers``: "Why …", "What is …")."""
    spec = load_lexicon("actions")
    labels = _alt(spec.get("analysis_labels") or [])
    questions = _alt(spec.get("question_openers") or [])
    return re.compile(rf"\s*(?:(?:{labels})\s*[:|–—-]|(?:{questions})\b)", re.IGNORECASE)


def _without_headline_retold(events: list[Event], article: Article) -> list[Event]:
    """The events without those of the headline that the first sentences tell again ("Jihadists
    kill dozens of soldiers in Burkina Faso attack" above "Jihadists killed dozens of soldiers
    … in an attack on Barsalogho"): one event, told more closely below."""
    title, spans = _headlines(article)
    if not spans or not article.sentences:
        return events
    if title is not None and _analysis_headline(id(load_lexicon("actions"))).match(
        article.text, title[0], title[1]
    ):
        # "Explainer: Why the battle for El Fasher matters": a headline that tells no news
        events = [e for e in events if not title[0] <= e.start < title[1]]
    unnamed = load_actors().unnamed

    def country(e: Event) -> str:
        return e.place.place.country_code if e.place is not None else ""

    out = list(events)
    dropped = set()
    for k, h in enumerate(events):
        span = next(((a, b) for a, b in spans if a <= h.start and h.end <= b), None)
        if span is None:
            continue
        end = span[1]
        # (a sub-heading's story runs to the next heading; the headline's, to the end)
        stop = (
            len(article.text)
            if span == title
            else min((a for a, _ in spans if a >= end), default=len(article.text))
        )
        j = next(
            (
                j
                for j, e in enumerate(events)
                if end < e.start < stop
                # (the first sentences of the story, past a by-line and a dateline; or, further
                # down, the same thing by the same side at the same place on the same days: a
                # live blog's headline over its entries)
                and (
                    e.sentence <= h.sentence + 5
                    or (
                        e.event_type == h.event_type
                        and e.actor == h.actor
                        and _same_place(h, e)
                        and e.date_start is not None
                        and h.date_start is not None
                        and e.date_start <= h.date_end
                        and h.date_start <= e.date_end
                    )
                )
                and (
                    e.event_type == h.event_type
                    # (the same toll, told by another word: "Israeli strikes kill at least 40
                    # in Gaza" above "40 Palestinians have been killed in Israeli attacks")
                    # (or by its side: "Israel strikes Iran's nuclear facilities, kills top
                    # commanders" above "Israel launched waves of airstrikes across Iran")
                    # (not ground taken, told by another action: "M23 rebels advance towards
                    # Uvira after taking Bukavu" above "pushed south from Bukavu")
                    or (
                        h.action in _LETHAL - _TERRITORY
                        and e.action in _LETHAL - _TERRITORY
                        and (
                            (h.fatalities > 0 and e.fatalities == h.fatalities)
                            or (h.actor is not None and h.actor not in unnamed)
                            # ("Kharkiv hit by glide bombs" above "Russian forces dropped three
                            # glide bombs on Kharkiv")
                            or (h.actor is None and _same_place(h, e))
                        )
                    )
                )
                and (
                    h.actor is None
                    or h.actor in unnamed
                    or h.actor == e.actor
                    # (the same thing at the same town, told by the side's other name: "Syrian
                    # rebels seize Hama" above "rebels led by HTS captured the city of Hama")
                    or (
                        e.event_type == h.event_type
                        and _same_place(h, e)
                        and e.actor != h.target_actor
                    )
                )
                and country(e) == country(h)
                # (not a town told of after it: "M23 rebels enter Goma" above "… advanced
                # towards Bukavu")
                and not _other_towns(h, e)
                # (nor what was only tried or denied below: "Russian forces capture Vuhledar"
                # above "which Russian forces had been trying to capture")
                and (
                    e.modality in ("asserted", "claimed")
                    or h.modality not in ("asserted", "claimed")
                )
            ),
            None,
        )
        if j is None:
            continue
        dropped.add(k)
        if h.modality == "asserted" and out[j].modality == "claimed":
            # (what the headline says in the outlet's own voice: "Sudan's army retakes Wad
            # Madani" above "the army said it had recaptured")
            out[j] = replace(out[j], modality="asserted")
    return [e for k, e in enumerate(out) if k not in dropped]


# a line of its own with no full stop, a blank line, then a paragraph: a live blog's or a
# long story's sub-heading ("14:05 GMT - Russian drone attack on Odesa kills two")
_SUBHEADING = re.compile(
    r"(?:^|\n[ \t]*\n)[ \t]*(?P<h>[^\n]{8,200}?[^\s.!?:;,\"”’)\]])[ \t]*\n[ \t]*\n"
    r"(?=[ \t]*[^\n]{40,}?[.!?][\"”’)]*[ \t]*(?:\n|$))"
)


def _same_place(a: Event, b: Event) -> bool:
    return (
        a.place is not None
        and b.place is not None
        and a.place.place.geonameid == b.place.place.geonameid
    )


def _headlines(article: Article) -> tuple[tuple[int, int] | None, list[tuple[int, int]]]:
    """The span of the article's headline (None when the text does not open with it), and
    the spans of it and of the sub-headings of up to 20 words, in order."""
    text = article.text
    words = (article.title or "").strip()
    title = None
    if words and text.lstrip().startswith(words):
        a = text.index(words)
        title = (a, a + len(words))
    spans = [title] if title else []
    for m in _SUBHEADING.finditer(text):
        a, b = m.span("h")
        if len(m["h"].split()) <= 20 and not any(x <= a < y for x, y in spans):
            spans.append((a, b))
    return title, sorted(spans)


_SAME_TOWN_KM = 25.0  # how far apart two towns may be and be the one place of a retold event
_TOWN_KINDS = frozenset({"city", "site"})


def _other_towns(a: Event, b: Event) -> bool:
    """Whether two events are drawn at towns too far apart to be the same place."""
    if a.place is None or b.place is None:
        return False
    if a.place.place.kind not in _TOWN_KINDS or b.place.place.kind not in _TOWN_KINDS:
        return False
    return distance_km(a.lon, a.lat, b.lon, b.lat) > _SAME_TOWN_KM


_IN_A_FIGHT_WITH = re.compile(
    # (past those wounded with them: "were killed and three wounded in an exchange of fire")
    r"(?:\s+and\s+(?:[\w-]+\s+){1,3}?(?:wounded|injured))?"
    r"\s+(?:in|during)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:gunfight|gun\s+battle|firefight"
    r"|clash(?:es)?|fighting|battle|encounter|exchange\s+of\s+fire|shootout|skirmish(?:es)?)"
    r"\s+with\s+(?:the\s+)?(?:suspected\s+)?",
    re.IGNORECASE,
)
# ("were killed and five wounded in a Hezbollah attack")
_IN_THE = re.compile(
    r"(?:\s+and\s+(?:[\w-]+\s+){1,2}?(?:wounded|injured|hurt))?"
    r"\s+(?:in|during|from|amid)\s+(?:an?\s+|the\s+)?"
)
_ONE_WORD = re.compile(r"\s+[\w-]+\s+")
_TWO_WORDS = re.compile(r"\s+[\w-]+\s+[\w-]+\s+")
_SPACE = re.compile(r"\s+")
_WITH_NEXT = re.compile(r"\s+with\b", re.IGNORECASE)
_COMMA_END = re.compile(r",\s*$")
_PARENTHESES = re.compile(r"\s*\([^()]*\)")
# what opens the first of two sides: "between the ", "between the Kurdish-led ", "between rival "
_BETWEEN_END = re.compile(r"\bbetween\s+(?:the\s+)?(?:[a-z]+\s+|[\w]+-[\w-]+\s+){0,2}$")
_SIDES_AND = re.compile(r"\s+(?:[\w-]+\s+)?and\s+(?:the\s+|an?\s+)?")
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")
_SUBORDINATE_ING = re.compile(r"\b(?:after|before|while|since|upon|following|when)\s+$", re.I)
# the rest of an opening participle's clause, up to the main clause's subject
_MAIN_SUBJECT_GAP = re.compile(r"[^,;.]{0,80},\s+(?:the\s+)?")


@lru_cache(maxsize=1)
def _compared_before() -> re.Pattern:
    """An apposition that ranks an action among others, up to its noun (", the largest mass
    ", ", the deadliest "; the actions lexicon's ``superlatives``)."""
    words = load_lexicon("actions").get("superlatives") or []
    return re.compile(
        rf",\s+(?:the|its|their)\s+(?:single\s+)?(?:{_alt(words)})\s+(?:[\w-]+\s+){{0,2}}$"
        if words
        else "(?!)",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _caused_before() -> re.Pattern:
    """A participle of what an action caused, after a comma (", prompting", ", forcing";
    the actions lexicon's ``causatives``)."""
    words = load_lexicon("actions").get("causatives") or []
    return re.compile(rf",\s*(?:{_alt(words)})\b" if words else "(?!)", re.IGNORECASE)


def _made_it(a: ActorMention, te: int, text: str, lx: _Lex) -> bool:
    """Whether the actor right after a passive action word names what did it: "were killed in
    Israeli strikes", "died during a Russian drone attack", "were killed in a gunfight with
    militants"."""
    if _IN_A_FIGHT_WITH.fullmatch(text, te, a.start):
        return True
    if lx.cause_after.fullmatch(text, te, a.start):
        # "A soldier was killed in Bamenda when separatists attacked": who acted next
        w = _SPACE.match(text, a.end)
        return _action_at(text, w.end() if w else a.end, lx)
    if not _IN_THE.fullmatch(text, te, a.start):
        return False
    # the action word next, or after one or two more words ("Russian drone attack", "Hezbollah
    # anti-tank missile attack")
    starts = [
        m.end() for m in (rx.match(text, a.end) for rx in (_SPACE, _ONE_WORD, _TWO_WORDS)) if m
    ]
    if " " in a.text:
        # (the weapon may be the actor's last word: "in Russian drone strike")
        starts.append(a.start + a.text.rindex(" ") + 1)
    # ("killed in an Israeli strike": a noun of a state's action, though no action word alone)
    return any(_action_at(text, k, lx) for k in starts) or load_actors().acts_at(text, a.start)


def _action_at(text: str, k: int, lx: _Lex) -> bool:
    """Whether an action word of the lexicon starts at ``k``."""
    w = _WORDS.match(text, k)
    return w is not None and w.group().lower() in lx.first_words and bool(lx.rx.match(text, k))


# ", in the first attack on the city since", "used chlorine gas in an attack on Douma": the
# clause's own action, named again (not ", in a separate attack on", ", in another")
_IN_THE_SAME = re.compile(
    r"(?:,\s+|\s)in\s+(?:what\s+(?:was|is|has\s+been)\s+)?(?:the|an?|its|their)\s+"
    r"(?!(?:separate|another|other|second|third|further|new|later|earlier|subsequent|similar|"
    r"parallel|related)\b)(?:[\w-]+\s+){0,4}$"
)


# what a participle that goes on with the action before it may follow: its object, place and
# date, then a comma ("withdrew from Kherson in November, retreating")
_GOING_ON = re.compile(r"[^,;:.!?]*,\s*")


_DESCRIBED = re.compile(r"\s+(?:was|is|has\s+been|had\s+been|remains|remained|became)\s")


def _retold(ev: Event, before: Event, text: str, s0: int, lx: _Lex) -> bool:
    """Whether an event with no agent (or the one who claims it), named by a noun after a
    determiner in one of the next two sentences ("The assault on the camp began Friday", "The
    BLA claimed the attack"), is the violent event told before; or one named by a noun in a
    phrase of the clause that told it ("RSF drones struck a power station in Port Sudan, the
    government said, in the first attack on the city since the war began"; "US Marines stormed
    Fallujah, in the biggest urban battle of the war")."""
    if ev.sentence == before.sentence:
        # (a word after "in the" is a noun: "…, in the biggest urban battle of the war")
        return (
            ev.start > before.end
            and ev.action in lx.retold_actions
            and before.action in lx.retold_actions
            and bool(_IN_THE_SAME.search(text, max(s0, ev.start - 60), ev.start))
        )
    return (
        (
            ev.actor is None
            or (
                ev.modality == "claimed"
                and (before.actor in (None, ev.actor) or before.actor in load_actors().unnamed)
            )
        )
        and (
            0 < ev.sentence - before.sentence <= 2
            # ("The attack was one of the deadliest in the country in years", however far
            # below: what it was, not what happened)
            or (ev.sentence > before.sentence and _DESCRIBED.match(text, ev.end))
        )
        and ev.action in lx.retold_actions
        and before.action in lx.retold_actions
        and " ".join(ev.trigger.lower().split()) in lx.attack_nouns
        and bool(lx.determiner_before.search(text, max(s0, ev.start - 40), ev.start))
    )


_PLACE_FIELDS = (
    "place",
    "place_text",
    "place_relation",
    "geo_precision",
    "lon",
    "lat",
    "region",
    "in_part",
)
_DATE_FIELDS = ("date_start", "date_end", "time_precision", "date_source")


def _told_more_closely(ev: Event, again: Event, *, place: bool = True) -> Event:
    """The event ``ev`` with what its retelling ``again`` says more precisely: a closer place
    (unless not ``place``), a date of finer precision, a higher toll."""
    changes: dict[str, Any] = {"fatalities": max(ev.fatalities, again.fatalities)}
    if (
        place
        and again.geo_precision < ev.geo_precision
        and not math.isnan(again.lon)
        # (in the same country: not "the deadliest in the Caribbean nation" after Haiti)
        and (
            ev.place is None
            or again.place is None
            or again.place.place.country_code == ev.place.place.country_code
        )
    ):
        changes.update((f, getattr(again, f)) for f in _PLACE_FIELDS)
    if again.date_source == "text" and (
        ev.date_source != "text" or again.time_precision < ev.time_precision
    ):
        changes.update((f, getattr(again, f)) for f in _DATE_FIELDS)
    return replace(ev, **changes)


_CAPITALISED = re.compile(r"[A-Z][\w'’-]*")
_PREV_WORD = re.compile(r"(\S+)\s+$")


def _in_a_name(sent: str, t0: int) -> bool:
    """Whether a capitalised action word inside a sentence comes after a capitalised word,
    as part of a proper name ("Liberation" of "Sudan People's Liberation Army"). In a
    headline in title case, with no long word in lower case ("Russian Forces Capture Avdiivka
    After Months of Fighting"), it acts."""
    if not sent[t0 : t0 + 1].isupper() or not sent[:t0].strip():
        return False
    prev = _PREV_WORD.search(sent, max(0, t0 - 40), t0)
    # (or ending one: "getting Glen Crossing complete")
    if not (prev is not None and _CAPITALISED.match(prev.group(1))):
        return False
    return any(w[:1].islower() for w in sent.split() if len(w) > 4)


@lru_cache(maxsize=1)
def _abbreviation_dot() -> re.Pattern:
    """The full stop of an abbreviation of the language lexicon ("Nov. 19", "Gen. Smith"),
    which ends no phrase (group 1: the abbreviation)."""
    words = load_lexicon("language")["abbreviations"].split()
    return re.compile(rf"(?<![\w.])({_alt(words)})\.(?=\s)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _name_openers() -> tuple[frozenset[str], re.Pattern]:
    """Words that open a name when capitalised before a capitalised word (``name_openers``),
    and a pattern of such a name right before an action word ("Storm Ciaran hit")."""
    words = [str(w) for w in load_lexicon("actions").get("name_openers") or []]
    names = "|".join(re.escape(w[:1].upper() + w[1:]) for w in words) or "(?!)"
    return (
        frozenset(w.lower() for w in words),
        re.compile(rf"(?<![\w-])(?:{names})\s+[A-Z][a-z]+\s+$"),
    )


def _opens_a_name(sent: str, t0: int, t1: int) -> bool:
    """Whether a capitalised action word opens a name with the capitalised word after it
    ("Storm Shadow missiles"), or a named storm does what it tells ("Storm Ciaran hit")."""
    openers, named = _name_openers()
    return (
        sent[t0 : t0 + 1].isupper()
        and sent[t0:t1].lower() in openers
        and _CAPITALISED_NEXT.match(sent, t1) is not None
    ) or (_past_form(sent[t0:t1]) and named.search(sent, max(0, t0 - 40), t0) is not None)


_CAPITALISED_NEXT = re.compile(r"\s+[A-Z][a-z]")


@lru_cache(maxsize=1)
def _site_nouns() -> frozenset[str]:
    """Action words that are also a site's noun (``site_name_nouns``)."""
    words = load_lexicon("actions").get("site_name_nouns") or []
    return frozenset(str(w).lower() for w in words)


def _names_a_site(sent: str, t0: int, t1: int) -> bool:
    """Whether an action word that is also a site's noun comes right after a capitalised word
    inside the sentence: the site's name ("near the Torkham crossing"), no action."""
    if sent[t0:t1].lower() not in _site_nouns() or not sent[:t0].strip():
        return False
    prev = _PREV_WORD.search(sent, max(0, t0 - 40), t0)
    return (
        prev is not None and prev.start() > 0 and _CAPITALISED.fullmatch(prev.group(1)) is not None
    )


def _where(e: Event) -> Any:
    """Where an event is, for telling events apart: the place itself when the event is at a
    named place or one referred to ("overran a base in Malam Fatori and took control of the
    town" is one capture), else the words that place it ("south of Vovchansk")."""
    if e.place is not None and e.place_text == e.place.text:
        return e.place.place.geonameid
    return e.place_text


def _paragraph_dates(events: list[Event], article: Article) -> list[Event]:
    """An event told with no date of its own takes the day or week of the event before it in
    its paragraph, up to two sentences on ("Last week in Myanmar, the Arakan Army captured
    Taungup. In Sagaing region, PDF units ambushed a military column": last week too); not a
    month or a year, more often a background's."""
    out, last = [], None
    for e in events:
        if e.date_source == "text":
            last = e if e.time_precision <= _WEEK else None
        elif (
            e.date_source == "published"
            and e.modality in ("asserted", "claimed")  # (not a plan: "to pull out")
            and last is not None
            and 0 < e.sentence - last.sentence <= 2
            and "\n" not in article.text[last.start : e.start]
        ):
            e = replace(e, **{f: getattr(last, f) for f in _DATE_FIELDS})
        out.append(e)
    return out


def _same_air_force(events: list[Event]) -> list[Event]:
    """A strike from the air told with no actor is by the one of the last strike from the air
    told with an actor, up to two sentences before it ("Israeli strikes across the Gaza Strip
    killed 45 … In Beit Lahiya, an air strike on a house killed seven")."""
    out, last = [], None
    for e in events:
        if e.action == "airstrike":
            if e.actor is None and last is not None and 0 <= e.sentence - last.sentence <= 2:
                e = replace(e, actor=last.actor)
            elif e.actor is not None:
                last = e
        out.append(e)
    return out


# a clause of an earlier time between an action and deaths told after it ("before he was shot
# dead" goes on with the same attack)
_OTHER_TIME = re.compile(r"\b(?:after|since)\s+")
_SHORT_SENTENCE = 60  # characters: a sentence that only goes on with the event before it


# the object of an action and no more, up to a participle that tells of it ("fired at protesters
# storming")
_REDUCED_RELATIVE = re.compile(r"\s+(?:at|on|upon|against)?\s*(?:[\w'’-]+\s+){1,3}")


def _count_deaths(events: list[Event], article: Article) -> list[Event]:
    """The deaths told in an event's sentence ("…, killing 5 people") go to the event told
    last before them (the first, when they come first); those told in a sentence with no
    event of its own ("12 soldiers were killed.") to the last event of the sentence before."""
    lx = _lexicon()
    by_sent: dict[int, list[int]] = {}
    for k, e in enumerate(events):
        by_sent.setdefault(e.sentence, []).append(k)
    deaths = [0] * len(events)
    for si in sorted({*by_sent, *(s + d for s in by_sent for d in (1, 2))}):
        if si >= len(article.sentences):
            continue
        found = deaths_in(article.text, *article.sentences[si])
        ks = by_sent.get(si)
        # (past a short sentence of no event of its own: "Al Shabaab militants attacked SNA
        # positions in Mahas. The attack was repelled. 4 militants killed.")
        told = si - 1
        if (
            told not in by_sent
            and si - 2 in by_sent
            and not deaths_in(article.text, *article.sentences[told])
        ):
            a, b = article.sentences[told]
            told = si - 2 if b - a <= _SHORT_SENTENCE else told
        if ks:
            for pos, n in found:
                before = [k for k in ks if events[k].start <= pos]
                if (
                    before
                    and not killed_by_someone(article.text, pos)
                    and (
                        other := [
                            m.end()
                            for m in _OTHER_TIME.finditer(article.text, events[before[-1]].end, pos)
                            # (no time of day: "after dawn")
                            if not lx.not_sub.match(article.text, m.start())
                        ]
                    )
                    # (the clause still open at the deaths: not "after Mass, and 40 were killed")
                    and not re.search(r"[,;]", article.text[other[-1] : pos])
                ):
                    # "Settlers set fire to homes in Huwara after two Israelis were shot dead
                    # nearby": deaths told in a clause of another time, with a verb of their
                    # own, are not the action's
                    continue
                if (
                    len(before) > 1
                    and events[before[-1]].trigger.split()[0].lower().endswith("ing")
                    and _REDUCED_RELATIVE.fullmatch(
                        article.text, events[before[-2]].end, events[before[-1]].start
                    )
                    and "," in article.text[events[before[-1]].end : pos]
                ):
                    # "Police fired live rounds at protesters storming parliament, killing at
                    # least five": the participle tells who was fired at; the deaths after the
                    # comma are the main clause's
                    before = before[:-1]
                # (the first of the events one trigger made: "recaptured Izium and Kupiansk")
                k = (
                    next(j for j in before if events[j].start == events[before[-1]].start)
                    if before
                    else ks[0]
                )
                if (
                    not before
                    and events[k].action == "retreat"
                    and _OTHER_TIME.search(article.text, pos, events[k].start)
                ):
                    # "exhumed a mass grave containing 440 bodies in Izium after Russian forces
                    # withdrew": the dead were found after the retreat, not killed in it
                    continue
                deaths[k] += n
        elif (
            found
            and told in by_sent
            and deaths[by_sent[told][-1]] == 0
            and not running_total(article.text, *article.sentences[si])
        ):
            # (only a count that opens its sentence: "At least 12 soldiers were killed.")
            s0 = article.sentences[si][0]
            # (not a toll with a killer of its own, "Israel's offensive has since killed
            # 36,000", nor one in a clause of its own, "The army responded with airstrikes, and
            # 20 civilians were killed")
            deaths[by_sent[told][-1]] = sum(
                n
                for pos, n in found
                if pos - s0 <= 60
                and "," not in article.text[s0:pos]
                and not killed_by_someone(article.text, pos)
            )
    return [replace(e, fatalities=d) if d else e for e, d in zip(events, deaths, strict=True)]


def _claimed(
    events: list[Event], acts_by_sent: dict[int, list[ActorMention]], article: Article, lx: _Lex
) -> list[Event]:
    """Events with no agent take the actor that claimed responsibility for them, in their
    sentence or the next ("A suicide bomber blew himself up at a checkpoint in Mogadishu.
    Al Shabaab claimed responsibility.")."""
    out = list(events)
    unnamed = set(load_lexicon("actors").get("unnamed", {}).values())
    for si, acts in acts_by_sent.items():
        claimant = next(
            (
                a
                for a in acts
                if a.type not in ("civilians", "protesters")
                and (
                    lx.responsibility.match(article.text, a.end)
                    # "The assailants, believed to be from the Al-Qaeda-linked JNIM, stormed"
                    or (
                        not a.generic
                        and lx.identified.search(article.text, max(0, a.start - 60), a.start)
                    )
                )
            ),
            None,
        )
        if claimant is None:
            continue
        for k, e in enumerate(out):
            # (an agent told only as "gunmen" or "jihadists" is the group named so)
            if (e.actor is None or e.actor in unnamed) and e.sentence in (si - 1, si):
                out[k] = _with_agent(e, claimant, lx)
    return out


def _with_agent(e: Event, agent: ActorMention, lx: _Lex) -> Event:
    """``e`` with ``agent`` as its actor, typed by it if its type was the one of no actor."""
    plain = e.event_type == _event_type(e.action, None, None, lx)
    return replace(
        e,
        actor=agent.actor,
        actor_text=agent.text,
        event_type=_event_type(e.action, agent.type, None, lx) if plain else e.event_type,
    )


def _recorded(events: list[Event], article: Article, lx: _Lex) -> list[Event]:
    """Events of an event record take what its fields tell and its text does not. The deaths
    of its fatalities field ("fatalities: 18", UCDP's "best: 7") go to its first deadly event
    when its text tells none; the actor of its first actor field ("actor1:", "side_a:") is the
    agent of its events with none (or one told only as "gunmen"), and that of its second
    ("actor2:", "side_b:") the target of those the first made with none; the day of its date
    field is that of an event its text dates with the day and the month swapped ("01/03/2017"
    for 3 January). A record is the paragraph of its events."""
    text = article.text
    if not events or ":" not in text:
        return events
    out = list(events)
    records: dict[int, list[int]] = {}
    for k, e in enumerate(out):
        blank = text.rfind("\n\n", 0, e.start)
        records.setdefault(blank + 2 if blank != -1 else 0, []).append(k)
    unnamed = set(load_lexicon("actors").get("unnamed", {}).values())
    for p0, ks in records.items():
        p1 = text.find("\n\n", p0)
        p1 = len(text) if p1 == -1 else p1
        toll = _field_re("fatality_labels", r"\d[\d,]*\b").search(text, p0, p1)
        if toll and not any(out[k].fatalities for k in ks):
            k = next((k for k in ks if out[k].action in _LETHAL), None)
            if k is not None:
                out[k] = replace(out[k], fatalities=int(toll["v"].replace(",", "")))
        dated = _labelled_date(text, p1, article.published, start=p0)
        for k in ks if dated is not None else ():
            e = out[k]
            if e.date_source != "text":
                # (a date field after the words that tell it: UCDP's "source_headline" before
                # its "date_start")
                out[k] = replace(
                    e,
                    date_start=dated[0],
                    date_end=dated[1],
                    time_precision=dated[2],
                    date_source="text",
                )
        for k in ks if dated is not None and dated[2] == _DAY else ():
            e = out[k]
            if e.date_source == "text" and e.date_start is not None and e.date_start != dated[0]:
                day = dated[0]
                if (e.date_start.year, e.date_start.month, e.date_start.day) == (
                    day.year,
                    day.day,
                    day.month,
                ):
                    # "summary: 01/03/2017: …" read day first, when its date field says 3
                    # January: the record's field tells which the text's figures meant
                    out[k] = replace(e, date_start=day, date_end=dated[1], time_precision=_DAY)
        until = _labelled_date(text, p1, article.published, start=p0, key="date_end_labels")
        for k in ks if dated is not None and until is not None and until[1] > dated[1] else ():
            e = out[k]
            if e.date_start is not None and e.date_start == dated[0] and e.date_end < until[1]:
                # (UCDP's and SCAD's end of the record's dates widens its events that began
                # on its first day)
                days = (until[1] - e.date_start).days
                out[k] = replace(e, date_end=until[1], time_precision=_WEEK if days < 7 else _MONTH)
        agent, target = (
            _field_actor(text, p0, p1, key) for key in ("actor_labels", "target_labels")
        )
        for k in ks if agent is not None else ():
            e = out[k]
            if e.actor is None or e.actor in unnamed:
                e = out[k] = _with_agent(e, agent, lx)
            if target is not None and e.target_actor is None:
                # (either side may act: "side_b: LNA … Fighters of the LNA advanced")
                own, other = (agent, target) if e.actor == agent.actor else (target, agent)
                if e.actor != own.actor:
                    continue
                etype = e.event_type
                if etype == _event_type(e.action, own.type, None, lx):
                    # (typed by what it hit: "side_a: Government of Ethiopia … Fano fighters
                    # attack Lalibela" is a battle)
                    hit = "armed" if other.type in _ARMED_TYPES else other.type
                    etype = _event_type(e.action, own.type, hit, lx)
                out[k] = replace(e, target_actor=other.actor, event_type=etype)
    return out


@lru_cache(maxsize=1)
def _record_types() -> dict[str, tuple[str, str | None]]:
    """The action of each value of a record's type field, in lower case, and the event type
    it names: every event type of the actions ("armed clash": a clash of that type; "government
    regains territory": a retake, the action whose default type it is), and the lexicon's
    ``record_types`` ("battles", UCDP's "1"), whose event type is the action's by its actors.
    (The first action whose type it is: a "peaceful protest" is a protest, not a rally.)"""
    spec = load_lexicon("actions")
    out: dict[str, tuple[str, str | None]] = {}
    # (the first action whose own type it is, then the first that has it at all)
    for own in (True, False):
        for action, a in spec["actions"].items():
            by_actor = a.get("by_actor_type") or {}
            types = (
                [a.get("type"), by_actor.get("default")]
                if own
                else [*by_actor.values(), *(a.get("by_target_type") or {}).values()]
            )
            for etype in filter(None, types):
                out.setdefault(str(etype).lower(), (action, str(etype)))
    for value, action in (spec.get("record_types") or {}).items():
        if action in spec["actions"]:
            out.setdefault(str(value).lower(), (str(action), None))
    return out


def _confidence(conf: float, place: Mention) -> float:
    """An event's confidence: that of its reading (at most 1), weighed by its place's."""
    return round(min(conf, 1.0) * place.confidence**0.25, 3)


def _record_paragraphs(text: str) -> list[tuple[int, int]]:
    """The spans of the paragraphs of ``text`` that are event records: fields of enough
    different labels the actions lexicon knows (as a table's header needs,
    :func:`~frontlines.article.is_record_header`)."""
    out = []
    pos = 0
    for para in text.split("\n\n"):
        p0, pos = pos, pos + len(para) + 2
        if ":" in para and is_record_header({m["l"] for m in _any_field_re().finditer(para)}):
            out.append((p0, p0 + len(para)))
    return out


# a field's label (group ``l``) at a line's, a sentence's or a cell's start
_FIELD_LABEL = _FIELD_START + r"(?P<l>\w[\w -]{0,30}?)\s*:"
# ... and its value up to the next field or sentence ("best: 7. Fighters of the LNA attacked")
_FIELD = re.compile(_FIELD_LABEL + r"\s*(?P<v>[^\n;|]*?)(?=\s*(?:[\n;|]|\.\s|\.?$))")


def _field_values(text: str, records: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of the values of the fields of the event records of ``text`` (the spans of
    :func:`_record_paragraphs`) that hold no text of the record (``text_labels`` of the
    actions lexicon)."""
    if not records:
        return []
    texts = {str(w).lower() for w in load_lexicon("actions").get("text_labels") or []}
    return [
        m.span("v")
        for p0, p1 in records
        for m in _FIELD.finditer(text, p0, p1)
        if is_record_label(m["l"]) and m["l"].strip().lower() not in texts
    ]


@lru_cache(maxsize=1)
def _any_field_re() -> re.Pattern:
    """A field's label (group ``l``) at a line's, a sentence's or a cell's start."""
    return re.compile(_FIELD_LABEL)


def _field_number(text: str, p0: int, p1: int, key: str) -> float | None:
    """The number a record's field of ``key`` gives ("latitude: 12.6392"), if any."""
    m = _field_re(key, r"-?\d{1,3}(?:\.\d+)?(?![\d.])").search(text, p0, p1)
    return float(m["v"]) if m else None


def _record_point(text: str, p0: int, p1: int) -> tuple[float, float] | None:
    """The coordinates a record's fields give (lon, lat), when both are there and valid."""
    lat, lon = (_field_number(text, p0, p1, k) for k in ("latitude_labels", "longitude_labels"))
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return None if lat == lon == 0 else (lon, lat)


def _target_type(text: str, p0: int, p1: int) -> str | None:
    """ "armed" when a record's target type field names a kind of target the actions lexicon
    calls armed ("targtype1_txt: Military"), else "civilians" when it names another; None
    without one."""
    m = _field_re("target_type_labels", r"[^\n;|]{1,60}").search(text, p0, p1)
    if m is None:
        return None
    armed = {str(w).lower() for w in load_lexicon("actions").get("armed_target_types") or []}
    return "armed" if " ".join(m["v"].split()).lower() in armed else "civilians"


@lru_cache(maxsize=1)
def _front_after() -> re.Pattern:
    """A front's word right after a town ("Pokrovsk| direction"), from the toponyms lexicon."""
    words = load_lexicon("toponyms").get("front_words") or []
    return re.compile(rf"\s+(?:{_alt(words)})\b" if words else "(?!)", re.IGNORECASE)


_NEAR_WORD = re.compile(r"\b(?:near|around|outside|in\s+the\s+(?:area|vicinity)\s+of)\s")
_CONTAINER_KINDS = frozenset({"country", "admin1", "admin2", "region"})
_RECORD_POINT_KM = 400.0  # how far a record's point may lie from the division its notes name


def _from_fields(
    events: list[Event],
    article: Article,
    places: list[Mention],
    records: list[tuple[int, int]],
    lx: _Lex,
) -> list[Event]:
    """The events of records told by their fields. A record whose text tells no event (UCDP's,
    which has no text; ACLED's whose notes name no action) is one event of the kind of its
    type field ("sub_event_type: Armed clash", "type_of_violence: 3"), which is its trigger: at
    the place of its location field (else of its division's, else of its country's), between
    the actors of its actor fields, on the dates of its date fields. Every event of a record at
    the place of its location field is drawn at the record's coordinates, when it gives them
    ("latitude: 12.6392", "longitude: -8.0029"). (Its deaths are read with those of records
    that have a text.) ``records``: the spans of :func:`_record_paragraphs`."""
    text = article.text
    if ":" not in text:
        return events
    out = list(events)
    added = False
    kinds = _record_types()
    for p0, p1 in records:
        point = _record_point(text, p0, p1)
        located = _labelled_place(text, p1, places, start=p0)
        told = [k for k, e in enumerate(out) if p0 <= e.start < p1]
        loc = _field_re("location_labels", r"[^\n;|]{1,60}").search(text, p0, p1)
        # (the place of the location field itself, not a division that stands in for it)
        own = (
            located is not None
            and loc is not None
            and loc.start("v") <= located.start < loc.end("v")
        )
        for k in told if point is not None and own else ():
            e = out[k]
            if (
                e.region is None
                and e.place is not None
                and e.place.place.geonameid == located.place.geonameid
            ):
                out[k] = replace(e, lon=point[0], lat=point[1])
        for k in told if point is not None and loc is not None and not own else ():
            # ("location: Kiremu", which the gazetteer lacks, "latitude: 9.9": the event the
            # notes put in the division around it is at the record's point)
            e = out[k]
            if (
                e.region is None
                and e.place is not None
                and e.place.place.kind in _CONTAINER_KINDS
                and distance_km(e.lon, e.lat, *point) <= _RECORD_POINT_KM
            ):
                name = " ".join(loc["v"].split())
                told_so = e.place_text.lower().startswith(name.lower())  # ("Sheikh Zuweid, …")
                out[k] = replace(
                    e,
                    lon=point[0],
                    lat=point[1],
                    place_text=e.place_text if told_so else f"{name}, {e.place_text}",
                    geo_precision=2,
                )
        if told:
            continue
        field = None
        for m in _field_re("record_type_labels", r"[^\n;|]{1,60}").finditer(text, p0, p1):
            kind = kinds.get(" ".join(m["v"].split()).rstrip(".").lower())
            # (the finest: ACLED's sub-event type over its event type, whichever comes first)
            if kind is not None and (field is None or (field[1][1] is None and kind[1])):
                field = (m, kind)
        place = located or next(
            (
                m
                for m in places
                if p0 <= m.start < p1
                and _label_re("country_labels").search(text, max(p0 - 1, m.start - 60), m.start)
            ),
            None,
        )
        if field is None or place is None:
            continue
        m, (action, etype) = field
        agent, target = (
            _field_actor(text, p0, p1, key) for key in ("actor_labels", "target_labels")
        )
        if etype is None:
            against = target.type if target is not None else _target_type(text, p0, p1)
            against = "armed" if against in _ARMED_TYPES else against
            etype = _event_type(action, agent.type if agent else None, against, lx)
        dates = _labelled_date(text, p1, article.published, start=p0)
        if dates is not None:
            start, end, prec = dates
            until = _labelled_date(text, p1, article.published, start=p0, key="date_end_labels")
            if until is not None and until[1] > end:
                end = until[1]
                prec = _WEEK if (end - start).days < 7 else _MONTH
            source = "text"
        elif article.published is not None:
            start = end = article.published
            prec, source = _DAY, "published"
        else:
            start, end, prec, source = None, None, 0, "none"
        ts = m.start() + len(m.group()) - len(m.group().lstrip())
        lon, lat = point if point is not None else (place.lon, place.lat)
        place_text, geo_precision = place.text, place.place.geo_precision
        if point is not None and loc is not None and not own:
            # ("where_description: Ogossagou village", which the gazetteer lacks, at the
            # record's point in the division its fields name)
            place_text, geo_precision = f"{' '.join(loc['v'].split())}, {place.text}", 2
        conf = 0.65 + 0.2 * (agent is not None) + 0.15 * (place.confidence >= 0.8)
        added = True
        out.append(
            Event(
                start=ts,
                end=m.end(),
                sentence=article.sentence_of(ts),
                action=action,
                event_type=etype,
                trigger=text[ts : m.end()],
                modality="asserted",
                actor=agent.actor if agent else lx.spec["actions"][action].get("default_actor"),
                actor_text=agent.text if agent else None,
                target_actor=target.actor if target else None,
                place=place,
                origin=None,
                date_start=start,
                date_end=end,
                time_precision=prec,
                date_source=source,
                geo_precision=geo_precision,
                confidence=_confidence(conf, place),
                lon=lon,
                lat=lat,
                place_text=place_text,
                place_relation="in",
            )
        )
    return sorted(out, key=lambda e: e.start) if added else out


_SECTOR_OF = re.compile(r"(?P<w>[A-Za-z][\w -]{1,40}?)\s*\((?P<c>[^()]{2,40})\)")


def _field_actor(text: str, p0: int, p1: int, key: str) -> ActorMention | None:
    """The first armed actor the value of a record's field of ``key`` names, between ``p0``
    and ``p1`` ("actor1: Military Forces of Burkina Faso (2022-)": the Burkinabe army)."""
    m = _field_re(key, r"[^\n;|]{1,80}").search(text, p0, p1)
    if m is None:
        return None
    value = m["v"].strip()
    # (GDELT writes its actors in capitals: "RUSSIA", "TALIBAN")
    words = value.title() if value.isupper() and len(value) > 4 else value
    if (sector := _SECTOR_OF.fullmatch(words)) is not None and (cc := country_named(sector["c"])):
        # ICEWS's "Separatist (Ukraine)", "Police (Kenya)": the country's separatists, police
        demonym = ((country_info().get(cc) or {}).get("demonym") or sector["c"]).split(",")[0]
        words = next(
            (
                w
                for w in (f"{demonym} {sector['w']}", f"{demonym} {sector['w']}s")
                if load_actors().find(w)
            ),
            words,
        )
    found = next(
        (a for a in load_actors().find(words) if a.type not in ("civilians", "protesters")),
        None,
    )
    cc = country_named(words) if found is None else None
    if cc is not None:
        # a country by its name alone ("actor1: Ukraine") is its state
        name, kind = load_actors().state(cc)
        start = m.start("v")
        return ActorMention(start, start + len(value), value, name, kind, country=cc)
    return found


def _met(
    events: list[Event], acts_by_sent: dict[int, list[ActorMention]], article: Article, lx: _Lex
) -> list[Event]:
    """A protest's sub-event type from what met it, told in its sentence or the next: "Police
    fired tear gas to disperse them" makes a protest with intervention (ACLED). The events read
    from those words ("arrested 20 protesters", "shot dead two protesters") are the protest's:
    they are dropped, and their agent is the protest's other side."""
    text = article.text
    protest_sents = {e.sentence for e in events if e.action in lx.outcomes}
    dropped: set[int] = set()
    out = list(events)
    for k, p in enumerate(events):
        if p.action not in lx.outcomes or p.modality == "expected":
            # (not a protest still to come: "arrested 35 activists ahead of a planned
            # protest" is the arrests)
            continue
        sents = [p.sentence]
        nxt = p.sentence + 1
        if nxt < len(article.sentences) and nxt not in protest_sents:
            sents.append(nxt)
        found = (
            (
                etype,
                [
                    m.span()
                    for si in sents
                    for m in rx.finditer(text, *article.sentences[si])
                    # ("to demand the release of detained activists": who they are)
                    if not (
                        m.group().split()[0].endswith("ed")
                        and lx.describes.search(text, max(0, m.start() - 20), m.start())
                    )
                    # (nor what it was for: "demanding justice for classmates killed during
                    # the protests")
                    and not (
                        si == p.sentence
                        and m.start() > p.end
                        and _told_what_for(
                            lx.spec["actions"][p.action],
                            text,
                            # (the protest's own word may say it: "protesting the killing of")
                            _clause_start(text, p.start, m.start()),
                            m.start(),
                        )
                    )
                ],
            )
            for etype, rx in lx.outcomes[p.action]
        )
        etype, spans = next(((t, sp) for t, sp in found if sp), ("", []))
        if not spans:
            continue
        absorbed = [
            j
            for j, e in enumerate(events)
            if e.sentence in sents
            and e.action not in lx.outcomes
            and (
                any(a <= e.start < b or e.start <= a < e.end for a, b in spans)
                or (e.target_actor is not None and e.target_actor == p.actor)
            )
        ]
        # who met it: the agent of an event read from those words, else the actor named last
        # before them ("Police fired tear gas")
        named = [
            a
            for si in sents
            for a in acts_by_sent.get(si, [])
            if a.type in _ARMED_TYPES and any(a.end <= b0 for b0, _ in spans)
        ]
        other = next(
            (events[j].actor for j in absorbed if events[j].actor not in (None, p.actor)),
            named[-1].actor if named else p.target_actor,
        )
        dropped.update(absorbed)
        if other is not None and other == p.actor:
            # "Police shot dead two protesters during demonstrations": the police met the
            # protest, which is the protesters'
            default = lx.spec["actions"][p.action].get("default_actor")
            p = replace(p, actor=default, actor_text=None)
        out[k] = replace(p, event_type=etype, target_actor=other)
    return [e for j, e in enumerate(out) if j not in dropped]


def _one_protest(events: list[Event], lx: _Lex) -> list[Event]:
    """A protest told only by what met it ("Police fired tear gas at protesters in Nairobi"),
    right after a protest at that place, is that protest: it takes the other's type and its
    other side."""
    out: list[Event] = []
    for e in events:
        prev = next(
            (
                k
                for k in range(len(out) - 1, -1, -1)
                if out[k].action in lx.outcomes
                and not lx.spec["actions"][out[k].action].get("agentless")
                and 0 <= e.sentence - out[k].sentence <= 1
                and _where(out[k]) == _where(e)
            ),
            None,
        )
        if lx.spec["actions"][e.action].get("agentless") and prev is not None:
            p = out[prev]
            out[prev] = replace(
                p,
                event_type=e.event_type,
                target_actor=p.target_actor or e.target_actor,
                fatalities=max(p.fatalities, e.fatalities),
            )
            continue
        out.append(e)
    # (a protest nothing met has no second side)
    return [
        replace(e, target_actor=None)
        if e.target_actor is not None
        and (spec := lx.spec["actions"][e.action]).get("sides_only_when_met")
        and e.event_type == spec.get("type")
        else e
        for e in out
    ]


def _agent_of(ev: Event, actors: list[ActorMention]) -> ActorMention | None:
    """The actor mention that is an event's agent (the last one of its words before it)."""
    return next(
        (
            a
            for a in reversed(actors)
            if a.actor == ev.actor and a.text == ev.actor_text and a.end <= ev.end
        ),
        None,
    )


class _Spans:
    """Non-overlapping (start, end) spans, asked whether one of them covers a stretch."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self._starts = [a for a, _ in spans]
        self._ends = [b for _, b in spans]

    def covers(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self._starts, start) - 1
        return k >= 0 and end <= self._ends[k]


_OWN_WAY = re.compile(r"(?<![\w-])(?:from|to|toward|towards|into|across|behind|out)(?![\w-])", re.I)
_OBJECT_NAME = re.compile(r"\s+(?:the\s+(?:[a-z]+\s+){0,2}of\s+)?[A-Z][a-z]")


def _names_object(text: str, te: int) -> bool:
    """A proper name is the object of the verb ending at ``te`` ("abandoned Sake", "left the
    town of Sake"; not "withdrew Monday")."""
    return _OBJECT_NAME.match(text, te) is not None and time_expression_end(text, te) == te


_KIND_OF = re.compile(r"\s+((?:[a-z]+\s+)?[a-z]+)\s+of\s+(?:the\s+)?")
_CAPITAL_NAMED = re.compile(r"(?:\s+[a-z]+)?\s+capital,?\s+")
# an object right after a verb: "evacuated a shopping centre", "evacuated 300 residents"
_OBJECT_AFTER = re.compile(r"\s+(?:the|an?|their|its|his|her|some|all|\d[\d,]*)\s")
# an article and up to two words between a verb of saying and an action noun ("said a drone ")
_NOUN_SAID = re.compile(r"(?:that\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE)
# the sides of a fight told as a noun ("Fighting between the army and the RSF")
_SIDES_OF = re.compile(r"\s+(?:between|by|involving|pitting)\s", re.IGNORECASE)
# a clause of time whose subject is the main clause's, in the passive ("before being pushed back")
_BEING_NEXT = re.compile(
    r"\b(?:before|after|until)\s+(?:being|having\s+been)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}$")
# a distance before "from" ("a point 800 metres from")
_SPAN_FROM = re.compile(r"\d\s*(?:[a-z]+\s+)?from\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}$")
# ("from Gaza into southern Israel", "from Belgorod at Kharkiv", "launched from Yemen over the
# Red Sea"; not "from X near Y")
# ("fire from Azerbaijani positions hit the town of Martuni": where it hit)
_TOWARDS = re.compile(
    r"\b(?:into|at|on|onto|to|towards?|against|across|over|hit|hits|struck|strikes|slammed|landed"
    r"|fell|pounded|reached)\b"
)
_WHICH = re.compile(r"(?:which|that)\b", re.IGNORECASE)
_APPOSED = re.compile(r"\s*,\s*")
_APPOSED_OF = re.compile(r"\s*,\s*(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}of\s+(?:the\s+)?")
_FIGHTING = frozenset({"capture", "retake", "advance", "retreat", "clash", "attack", "siege"})
_TERRITORY = frozenset({"capture", "retake", "advance"})
_ARMED = frozenset({"state", "foreign-state", "non-state", "coalition"})
_BATTLE = frozenset({"clash", "attack", "siege"})
_PLAIN_FIGHTING = frozenset({"clash", "attack"})  # (of no kind of weapon)
# (kinds named by the weapon itself, with no one firing it: a roadside bomb, a landmine; a
# strike's verb has its own agent: "when a Russian missile struck")
_WEAPON_KINDS = frozenset({"explosive", "suicide_bomb", "grenade", "chemical"})
# the clause of what killed those told dead: " in Rafah when their vehicle hit a "
_KILLED_WHEN = re.compile(r"[^,;]{0,40}?\bwhen\s+(?:[\w'’-]+\s+){0,4}$")
_VIOLENT = _FIGHTING | {"shelling", "airstrike", "bombing", "explosive", "suicide_bomb"}
# (actions whose deaths a record's fatalities field counts)
_LETHAL = _VIOLENT | {"grenade", "chemical", "riot", "mob"}
# what harms people where it happens (no ground taken or left): an action that shares the
# place of the next action of its clause ("killed four civilians and burned houses in Beni")
_HARMS = _LETHAL - {"capture", "retake", "advance", "retreat", "siege"}
# what may stand between a verb and the action noun that is its object: "14 Russian", "an"
_OBJECT_GAP = re.compile(
    r"\s+(?:(?!(?:in|on|at|near|from|to|into|by|with|after|before|during|and|but|as)\b)"
    r"[\w'’-]+\s+){0,3}"
)
# an attempt between a repelling word and the action it stopped ("attempts by Ukrainian
# mobile groups to")
_ATTEMPT_GAP = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}attempts?\s+(?:(?:by|of)\s+[^,;]{1,60}?\s+)?to\s+", re.IGNORECASE
)
_RAID_THEN = re.compile(r"[^,;.]{0,80}?\s(?:and|then)\s+(?:(?:later|also|then)\s+)?")
_THERE = re.compile(
    r"\bthere\b(?!['’]|\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|seems?)\b)"
)
# a place taken or besieged, told by a pronoun right after the action ("retook it")
# ("broke into its eastern outskirts": the town's parts)
_IT = re.compile(
    r"\s+(?:it\b(?!['’]|\s+(?:is|was|has|had|will|would)\b)"
    r"|its\s+(?:(?:[a-z]+ern|central)\s+)?(?:outskirts|centre|center|suburbs|edges?|gates)\b)"
)
# actions whose "it" is the place told before them (not "only to lose it"): "retook it",
# "as Fano militiamen entered it"
_IT_ACTIONS = frozenset({"capture", "retake", "siege", "advance"})
_THEM_OUT = re.compile(r"\b(?:them|him)\s+out$")
_WATERS = frozenset({"river", "sea", "lake"})
_AREA_KINDS = frozenset({"country", "admin1", "admin2", "region", "continent", "sea", "river"})
# "Bamako (Bamako", "Rafah (Rafah, ", "Frontera Comalapa in Chiapas", "Lalibela, the UNESCO
# heritage town in Amhara region"
_HELD_BY = re.compile(
    # ("in Budyonnovsk in southern Russia"; "Debre Tabor in Ethiopia's Amhara region")
    r"\s*[,(]\s*(?:[^(),]{1,40},\s*)*|\s+in\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)?"
    r"(?:(?:north|south|east|west)\w*\s+)?"
    r"|\s*,\s*(?:the|an?)\s+(?:[\w'’-]+\s+){0,4}(?:in|of)\s+(?:the\s+)?"
)
_OWNER_GAP = re.compile(r"['’]s\s+")
_BRACKETED = re.compile(r"\s*\(\s*(?:[^(),]{1,40},\s*)*")
# a place's thing after it: "Odesa's port"
_POSSESSED = re.compile(r"['’]s(?:\s+(?!(?:and|or)\b)[a-z][\w-]*){1,2}")
# ("eastern Ukraine's Donetsk region", "the country's central Gezira province")
# ("Georgia's breakaway region of South Ossetia", "Syria's northern city of Aleppo",
# "Pakistan's restive Kurram district")
# (no coordinator between: "struck Odesa's port and the town of Izmail" are two places)
_POSSESSIVE_GAP = re.compile(
    r"['’]s\s+(?:(?!(?:and|or)\s)[a-z][\w-]*\s+){0,2}?"
    r"(?:(?:(?!(?:and|or)\s)[\w-]+\s+){0,2}?(?:region|province|city|town|village|district|enclave|territory"
    r"|area|state|oblast|governorate|capital|port)\s+of\s+(?:the\s+)?)?"
)
_SAME_CLAUSE = re.compile(r"[^,;:.]{0,60}")
_COUNT_BEFORE = re.compile(r"(?<![\w,.-])\d{1,3}(?:,\d{3})*\s+$")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:in|on|at|near|by|as|after|during|from|and|or|when|while|overnight)\b)[a-z]+\b"
)
_BOTH_SIDES = re.compile(
    r"\b(?:both|each|the\s+two|either)\s+(?:sides?|parties|camps)\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
_ON_BEFORE = re.compile(r"([\w-]+)\s+(?:on|upon)\s+(?:the\s+)?$")


_ATTACK_TOLD_WITHIN = 6  # sentences after an attack that "the attack" may still name it
_THE_NOUN = re.compile(
    r"\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?([\w-]+)\b(?!\s+(?:on|in|at|near)\b)"
)


def _the_attack(text: str, pos: int, lx: _Lex) -> bool:
    """Whether the words at ``pos`` name an attack already told ("the attack", "the assault",
    "this latest offensive"; not one placed anew: "the attack on Djibo")."""
    m = _THE_NOUN.match(text, pos)
    return m is not None and m[1].lower() in lx.attack_nouns


def _attacked(text: str, start: int, left: int, lx: _Lex) -> bool:
    """Whether the actor at ``start`` follows an attack noun and "on": its target."""
    m = _ON_BEFORE.search(text, max(left, start - 30), start)
    return m is not None and m[1].lower() in lx.attack_nouns


# between an action noun and the verb it is the subject of ("Clashes between Druze fighters
# and Bedouin tribes in Sweida province killed 30")
_SUBJECT_GAP = re.compile(r"[^,;:.]{0,90}")
# a verb of killing or taking and its count right before an actor: those killed or taken
# ("killed 5 Palestinian militants in an airstrike", "captured two Israeli soldiers in a raid")
_VICTIMS_BEFORE = re.compile(
    r"(?<![\w-])(?:killed|killing|kills|wounded|wounding|injured|injuring|captured|capturing|"
    r"abducted|abducting|kidnapped|kidnapping|detained|detaining|arrested|arresting)\s+"
    r"(?:(?:at\s+least|more\s+than|some|about|nearly|up\s+to)\s+)?"
    r"(?:\d[\d,]*|an?|the|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
    r"many|dozens\s+of|scores\s+of|hundreds\s+of)\s+$",
    re.IGNORECASE,
)
# ... and those the count is made of: "killed more than 100 people, mostly soldiers"
_VICTIMS_LISTED = re.compile(
    r"(?<![\w-])(?:killed|killing|kills|wounded|wounding|injured|injuring)\s+[^,;]{1,40},\s+"
    r"(?:mostly|mainly|largely|including|among\s+them|many\s+of\s+them|most\s+of\s+them|"
    r"all\s+of\s+them)\s+(?:of\s+them\s+)?$",
    re.IGNORECASE,
)
# made to move: "forced tens of thousands to ", "forcing residents to "; people counted or
# named by a common noun (group "one": "forcing President François Bozizé to " names one man)
_FORCED_TO = re.compile(
    r"\b(?:forced|forcing|forces|force|drove|driving|drives|sent|sending|prompted|prompting)\s+"
    r"(?:(?:(?-i:[a-z0-9][\w,'’-]*)\s+){1,5}?|(?P<one>(?-i:[A-Z][\w'’.-]*\s+){2,4}))to\s+\Z",
    re.IGNORECASE,
)
# the subject's verb: "troops rescued", "troops have also rescued"
_SUBJECT_VERB = re.compile(r"\s+(?:(?:have|has|had|also|then|reportedly)\s+)*([a-z]+)\b")
# an apposition's noun phrase up to a participle after its noun: ", the only regional capital "
_APPOSED_NOUN = re.compile(r",\s+(?:the|an?)\s+(?:[\w'’-]+\s+){1,5}\Z")
_BY_NEXT = re.compile(r"\s+by\s")  # (its agent after it: " by Russia")
_CLAUSE_PUNCT = re.compile(r"[,;:()]")
_AND_NEXT_VERB = re.compile(r"\band\s+(?:then\s+|also\s+|later\s+)?$")
# (past the place's noun: "retook the Fao peninsula from Iran")
_FROM_COUNTRY = re.compile(r"(?:\s+[a-z]+)?\s+from\s+(?:the\s+)?")
_DURING = re.compile(r"\s*(?:during|amid)\b", re.IGNORECASE)
# a weapon's action word, then its noun before its verb ("mortar shell struck")
_WEAPON_ACTIONS = frozenset({"shelling", "airstrike", "bombing", "explosive"})
# fire from a side's ground: "… from RSF positions"
_FIRED_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$")
_WEAPON_GAP = re.compile(r"\s+(?:(?!and\b|or\b)[\w-]+\s+){0,2}")
# (where it came from or who fired it: "Rockets fired from Gaza struck Sderot")
_WEAPON_SOURCE = re.compile(
    r"\s+(?:fired|launched|shot)\s+(?:from|by)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}"
)
# a name set off by commas after a place: the division or country that holds it ("in Kalogi,
# South Kordofan, killed")
# (", Norte de Santander department,": a name's particles and its division's noun too)
_APPOSED_NAME = re.compile(
    r",\s+[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|de|del|la|al|el|du|des|di)){0,4}"
    r"(?:\s+(?:province|region|state|department|district|governorate|oblast|county|"
    r"territory|prefecture|municipality))?,"
)
_PARTICIPLE_GAP = re.compile(r"[^,;.]{0,60},\s*")  # "attacked Gwoza (Borno), clashing"
_AND_BE = re.compile(r"\b(?:and|or)\s+(?:was|were|is|are)\s+(?:\w+ly\s+)?$")
_LONG_PARTICIPLE_GAP = re.compile(r"[^,;]{0,160},\s*")
# between a place and a verb it is the subject of ("the US began withdrawing", "Russia has
# withdrawn"; not "Kherson was abandoned", where the place is what was left)
_MOVER_GAP = re.compile(
    r"\s+(?:(?:has|have|had|began|begun|begins|started|starts|will|would|also|then|now|"
    r"finally|reportedly)\s+){0,3}"
)


_ASIDE_OPEN = re.compile(r",\s*(?:[\w'’-]+\s+){0,3}$")
_ASIDE_GAP = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+")
_ASIDE_CLOSE = re.compile(r"[^,;.]{0,30},")


def _said_aside(a: ActorMention, text: str, lx: _Lex) -> bool:
    """Whether actor ``a`` tells something between commas (", Moscow said, …")."""
    if not _ASIDE_OPEN.search(text, max(0, a.start - 40), a.start):
        return False
    m = lx.speech.search(text, a.end, a.end + 40)
    return (
        m is not None
        and _ASIDE_GAP.fullmatch(text, a.end, m.start()) is not None
        and _ASIDE_CLOSE.match(text, m.end()) is not None
    )


def _past_repeat(text: str, pos: int, lx: _Lex) -> int:
    """Where a count of times at ``pos`` (" 14 times") ends, else ``pos``."""
    m = lx.repeat.match(text, pos)
    return m.end() if m else pos


# between what was hit and the weapon that hit it ("tanks with anti-tank rockets")
_WITH_TOOL = re.compile(r"\s+(?:with|using)\s+(?:[\w-]+\s+){0,3}")


@lru_cache(maxsize=1)
def _time_owns() -> re.Pattern:
    """An action's day or time, owning it ("last month's deadly attack", "Sunday's bombing";
    the weekdays of the dates lexicon)."""
    days = _alt(load_lexicon("dates")["weekdays"])
    return re.compile(
        r"\b(?:last\s+(?:week|month|year|night|weekend)|yesterday|today|this\s+(?:week|month)"
        rf"|{days})['’]s\s+(?:[\w-]+\s+){{0,2}}$",
        re.IGNORECASE,
    )


# (a clause that tells what they did, not who they are: not "Maher Al-Bilawi, who is the
# commander of ISIL forces in Fallujah")
_WHO_NEXT = re.compile(r"\s*(?:who|whom)\s+(?!(?:is|was|are|were|has\s+been|had\s+been)\b)")
_CLAUSE_END = re.compile(r"[,;:]")
# where someone is, before the place ("at a checkpoint near", "in the town of")
_LOCATED_AT = re.compile(
    r"\b(?:at|near|in|outside|inside|around|within)\s+(?:the\s+)?"
    r"(?:(?:[a-z-]+\s+)?(?:town|city|village|camp|district)\s+of\s+)?$"
)
_SOME_OF_WHICH = re.compile(
    r",\s+(?:some|one|many|most|several|all|two|three|four|five|dozens|\d+)\s+of\s+(?:which|them)"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_POSSESSIVE_AT = re.compile(
    r"['’]s\s+(?:[a-z][\w-]*\s+){1,3}(?:at|in|near|outside|around)\s+(?:the\s+)?"
)
# a country's named thing, then where it is ("Russia's Black Sea Fleet in Sevastopol", "the US
# Pacific Fleet at Pearl Harbor")
_NAMED_THING_AT = re.compile(r"(?:['’]s)?\s+(?:[A-Z][\w-]*\s+){1,3}(?:at|in)\s+(?:the\s+)?")
# ("fired on Azerbaijani positions in the direction of the Kalbajar district")
_IN_GAP = re.compile(
    r"\s*,?\s*(?:in|inside|at|in\s+the\s+(?:direction|area|vicinity)\s+of)\s+(?:the\s+)?"
)
_RIVER_TOWN = re.compile(r"\s*,?\s*(?:near|at|by|in|outside|around|close\s+to)\s+(?:the\s+)?")


@lru_cache(maxsize=1)
def _near_town() -> re.Pattern:
    """:data:`_RIVER_TOWN`, and a settlement's noun after it: "near the village of"."""
    return re.compile(
        rf"{_RIVER_TOWN.pattern}(?:(?:[a-z-]+\s+)?(?:{_alt(_settlement_nouns())})\s+of\s+)?"
    )


_WHEN_AFTER = re.compile(r"\s*,?\s*(?:when|(?:in|during)\s+which)", re.IGNORECASE)
_NAMED_SUBJECT = re.compile(r"\s(?:and|but|while|as)\s+(?:(?:[a-z]{1,3}-)?[A-Z][\w'’.-]*\s+){1,4}$")
_AND_GAP = re.compile(r"\s+and\s+")
_TOOL_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+(?:and|or)\s+)(?:[\w-]+\s+){0,2}")
# a noun right before a participle that it is the subject of ("students protesting")
_NOUN_BEFORE = re.compile(
    r"(?<![\w-])(?!(?:is|are|was|were|be|been|being|and|or|then|also|still|began|begin|begun"
    r"|started|start|kept|keep|continued|continue|went|go|were|had|have|has|not)\b)"
    r"(?![a-z]+ly\b)[a-z][\w-]*\s+$"
)
# a verb that has a subject of its own: "torched", "were killed", "took", "were advancing"
_FINITE = re.compile(
    r"(?i:[a-z]+ed|took|struck|shot|hit|overran|fought|blew|withdrew|fled|stole|broke|threw"
    r"|set|burnt|began)(?![\w-])"
)
_PROGRESSIVE_AUX = re.compile(r"\b(?:is|are|was|were)\s+$")
_CLAUSE_BACK = re.compile(r",\s+(?:and|but)\s")
# a date before a verb joined to another ("seized Minova last week and captured Sake on
# Thursday"): the first verb's; one after a verb of saying dates the telling
_NEXT_VERB = re.compile(r"(?:,\s*|\s+)(?:and|but|then)\s+(?:(?:\w+ly|then|later)\s+)?$")

_PLACE_CLASS = {"site": "city", "admin2": "admin", "admin3": "admin", "admin1": "admin"}


def _coordinated(
    ev: Event,
    s_places: list[Mention],
    s_claims: list[Claim],
    text: str,
    lx: _Lex,
    dates: Sequence[tuple[int, TimeSpan]] = (),
) -> list[Event]:
    """The same event at each place joined to its own: "recaptured Izium and Kupiansk";
    "operations near Siversk, Toretsk and Pokrovsk" near each; "captured Goma in January and
    Bukavu in February" at each on its own date (``dates``: the sentence's time expressions and
    where each starts)."""
    if ev.place is None:
        return []
    if ev.place.start < ev.end:
        return _subject_list(ev, s_places, text, lx)
    # ("shelled the villages of Kfar Kila, Khiam and Markaba": each a place of its own, not
    # Kfar Kila in the town of Khiam)
    listed = _list_opens(id(lx.spec)).search(text, max(0, ev.place.start - 40), ev.place.start)
    near = {id(c.anchor): c for c in s_claims if c.relation in ("near", "outskirts")}
    first = near.get(id(ev.place)) if ev.region is not None else None
    if ev.region is not None and first is None:
        return []
    cls = _PLACE_CLASS.get(ev.place.place.kind, ev.place.place.kind)
    out = []
    prev = ev.place
    for m in s_places:
        if m.start < prev.end or m.anaphoric:
            continue
        if (
            (_PLACE_CLASS.get(m.place.kind, m.place.kind) != cls and not _listed_together(prev, m))
            or _holds(m.place, prev.place)
            or m.place.geonameid == prev.place.geonameid
        ):
            # "in Mangu, Plateau state": where Mangu is, not a second place ("(Kinshasa,
            # Kinshasa)": the division of that name)
            break
        # (a date of the place before, then the next place's own: "captured Goma in January
        # and Bukavu in February")
        after = time_expression_end(text, prev.end)
        own = (
            next((d for p, d in dates if m.end < p <= m.end + 3), None)
            if after > prev.end
            else None
        )
        owned = _POSSESSED.match(text, after)  # ("struck Odesa's port and the town of Izmail")
        joined = lx.coordination.fullmatch(text[owned.end() if owned else after : m.start])
        if (
            joined is None
            or (after > prev.end and own is None)
            or (not listed and _city_of(prev, m, s_places, text, cls, lx))
            # (not who told it: "shelling of Kupiansk, Kharkiv regional governor Oleh
            # Syniehubov said.")
            or lx.attribution.match(text, prev.end)
        ):
            break
        around = joined["prep"] and joined["prep"].lower() in ("near", "around", "outside")
        told = near.get(id(m))
        if (
            around
            and told is not None
            and told.subject_mention is prev
            and not re.search(r"\band\b", text[prev.end : m.start])
        ):
            break  # ("attacked a camp in Kati, near Bamako": where Kati is)
        where: dict[str, Any] = {"place_text": m.text, "lon": m.lon, "lat": m.lat}
        if joined["count"]:
            # ("killed 20 people in Rafah and 12 in Khan Younis": 12 there)
            n = count_of(joined["count"])
            if n is None:
                # (an object of its own, not a verb's: "… and military commanders in Tehran";
                # not "… and advanced in Donetsk")
                if any(w.endswith("ed") for w in joined["count"].split()) or not _and_only(
                    text[prev.end : m.start]
                ):
                    break
            elif not deaths_in(text, ev.start, ev.place.start):
                break
            else:
                where["fatalities"] = n
        if joined["dir"]:  # where the claim of its direction puts it
            c = next((c for c in s_claims if c.anchor is m and c.estimate is not None), None)
            if c is None or c.subject_mention is prev:
                break  # ("near Sake, 25 km west of Goma": where Sake is)
            where = {
                "place_text": f"{joined['dir']} {m.text}",
                "lon": c.estimate[0],
                "lat": c.estimate[1],
                "region": c.geometry,
                "geo_precision": 2,
                "place_relation": "of",
            }
        elif (first is None or joined["prep"]) and not around:
            # ("advanced near Novopavlivka and in Kurakhove": in the town, by its own word)
            where["geo_precision"] = m.place.geo_precision
            if first is not None:
                where |= {"region": None, "place_relation": joined["prep"].lower()}
        else:  # near this place as the first is near its own, or as its words say
            if told is None or told.estimate is None:
                break
            # "near "
            words = text[first.start : first.anchor.start] if first else joined["prep"] + " "
            where = {
                "place_text": words + m.text,
                "lon": told.estimate[0],
                "lat": told.estimate[1],
            }
            where["region"] = told.geometry
            where["geo_precision"] = 2
            if first is None:
                where["place_relation"] = joined["prep"].lower()
        if own is not None:
            where |= {
                "date_start": own.date_start,
                "date_end": own.date_end,
                "time_precision": own.precision,
                "date_source": "text",
            }
        conf = round(ev.confidence * (m.confidence / ev.place.confidence) ** 0.25, 3)
        out.append(replace(ev, place=m, confidence=conf, **where))
        prev = m
    return out


_TOWN_LIKE = frozenset({"city", "site", "admin2", "admin3"})


def _and_only(gap: str) -> bool:
    """Whether a gap between two places joins them with "and" alone ("… in Natanz and military
    commanders in "), not with a comma that may open a clause of its own."""
    return "," not in gap and re.search(r"\band\b", gap) is not None


def _listed_together(a: Mention, b: Mention) -> bool:
    """Whether a town and a district (a township, a woreda) of another name, far apart, are
    two places of a list ("bombed villages in Mindat, Falam and Hakha", Mindat read as its
    township), not a town and the district it lies in (named so: "Oicha, Beni territory")."""
    return (
        a.place.kind in _TOWN_LIKE
        and b.place.kind in _TOWN_LIKE
        and not any(w.islower() for w in (*a.text.split(), *b.text.split()))
        and fold(a.text) != fold(b.text)
        and distance_km(a.lon, a.lat, b.lon, b.lat) > _CITY_OF_KM
    )


@lru_cache(maxsize=4)
def _list_opens(_key: int) -> re.Pattern:
    """A plural noun of places and "of" right before a place: a list follows ("the villages
    of")."""
    nouns = load_lexicon("actions").get("list_nouns") or ["(?!)"]
    return re.compile(rf"\b(?:{_alt(nouns)})\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _subject_list(ev: Event, s_places: list[Mention], text: str, lx: _Lex) -> list[Event]:
    """The same event at each place of a list that is its subject, before the last, which
    ``ev`` is at: "Kharkiv and Sumy came under Russian missile attack", "The villages of Kfar
    Kila and Khiam were shelled"."""
    if ev.place_relation != "before" or not _HIT_SUBJECT.fullmatch(text, ev.place.end, ev.start):
        return []
    cls = _PLACE_CLASS.get(ev.place.place.kind, ev.place.place.kind)
    out: list[Event] = []
    nxt = ev.place
    for m in reversed([m for m in s_places if m.end <= ev.place.start and not m.anaphoric]):
        if (
            _PLACE_CLASS.get(m.place.kind, m.place.kind) != cls
            or m.place.geonameid == nxt.place.geonameid
            or lx.coordination.fullmatch(text, m.end, nxt.start) is None
        ):
            break
        conf = round(ev.confidence * (m.confidence / ev.place.confidence) ** 0.25, 3)
        where = {"place_text": m.text, "lon": m.lon, "lat": m.lat}
        out.append(replace(ev, place=m, confidence=conf, **where))
        nxt = m
    return out[::-1]


_CITY_OF_KM = 15.0  # how far a district may lie from the point of the city named after it


def _city_of(
    part: Mention, m: Mention, s_places: list[Mention], text: str, cls: str, lx: _Lex
) -> bool:
    """Whether town ``m``, right after ``part`` and a comma, is the larger city ``part`` lies
    in ("in Sadr City, Baghdad, Iraq"), not the next town of a list ("in Sloviansk,
    Kramatorsk and Druzhkivka")."""
    if text[part.end : m.start].strip() != "," or m.place.population <= part.place.population:
        return False
    if distance_km(part.lon, part.lat, m.lon, m.lat) > _CITY_OF_KM:
        return False
    after = next((n for n in s_places if n.start >= m.end and not n.anaphoric), None)
    return not (
        after is not None
        and _PLACE_CLASS.get(after.place.kind, after.place.kind) == cls
        and lx.coordination.fullmatch(text[m.end : after.start]) is not None
    )


def _holds(area: Any, place: Any) -> bool:
    """Whether a country or first-level division holds a place."""
    if area.country_code != place.country_code or area is place:
        return False
    return area.kind == "country" or (area.kind == "admin1" and area.admin1 == place.admin1)


def _main_clause(
    text: str, sentence: _Sentence, pos: int, lx: _Lex
) -> tuple[int, int, list[tuple[int, int]]]:
    """The clause bounds of ``pos`` (see :func:`_clause_bounds`), and the relative clauses set
    off by commas inside them: "IS fighters, who had captured Palmyra in May, withdrew" is the
    clause of "withdrew" from "IS", without the relative clause."""
    left, right = _clause_bounds(text, sentence, pos, lx)
    hidden: list[tuple[int, int]] = []
    for a, b in reversed(sentence.relatives):
        if a <= pos < b:
            right = min(right, b - 1)  # inside it: it ends at its closing comma
        elif b <= pos and a <= left < b:
            hidden.append((a, b))
            left = _clause_bounds(text, sentence, a, lx)[0]
    return left, right, hidden


@lru_cache(maxsize=8)
def _ordered_re(words: tuple[str, ...]) -> re.Pattern:
    """One of ``words`` right before an action word (an article between): "orders (the)"."""
    alts = _alt(list(words)) if words else "(?!)"
    return re.compile(rf"(?<![\w-])(?:{alts})\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=64)
def _what_for_re(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{_alt(list(words))})(?![\w-])", re.IGNORECASE)


def _clause_start(text: str, start: int, end: int) -> int:
    """Where the clause that ends at ``end`` starts, after ``start``: past its last comma or
    semicolon."""
    return max(start, text.rfind(",", start, end) + 1, text.rfind(";", start, end) + 1)


def _told_what_for(spec: dict[str, Any], text: str, start: int, end: int) -> bool:
    """Whether the clause after an action tells one of the action's purposes (``or_for``)."""
    words = spec.get("or_for")
    return bool(words) and _what_for_re(tuple(words)).search(text, start, end) is not None


def _last_place(places: list[Mention], text: str) -> Mention:
    """The last of ``places`` told before an action, not the division after it that holds
    it: "in Bamako (Bamako), 200 women protested" is in the town, not its region; "bodies
    were found in Frontera Comalapa in Chiapas after a battle": in the town. What an event
    record puts in brackets after a place holds it, whatever it resolved to ("advanced near
    Dobropillia (Pokrovsk, Donetsk)": Pokrovsk is the district, read as its town)."""
    # (a country's possessive holds the name after it, which holds the place before them)
    places = [
        m
        for m, n in zip(places, [*places[1:], None], strict=True)
        if n is None
        or not (_OWNER_GAP.fullmatch(text, m.end, n.start) and _holds(m.place, n.place))
    ]
    while (
        len(places) > 1
        and (
            _BRACKETED.fullmatch(text, places[-2].end, places[-1].start)
            or (
                _HELD_BY.fullmatch(text, places[-2].end, places[-1].start)
                and _holds(places[-1].place, places[-2].place)
            )
            # ("Mariupol, a port city on the Sea of Azov, has been under siege": the town)
            or (
                _APPOSED_AT.fullmatch(text, places[-2].end, places[-1].start)
                and text[places[-1].end : places[-1].end + 2].lstrip().startswith(",")
            )
        )
    ):
        places.pop()
    return places[-1]


def _outside(pos: int, hidden: list[tuple[int, int]]) -> bool:
    return not any(a <= pos < b for a, b in hidden)


def _clause_bounds(text: str, sentence: _Sentence, pos: int, lx: _Lex) -> tuple[int, int]:
    """The stretch around ``pos`` not crossing a semicolon or a subordinate clause start."""
    starts, ends = sentence.clause_starts, sentence.clause_ends
    k = bisect.bisect_left(starts, pos)
    left = max(
        sentence.start,
        starts[k - 1] if k else sentence.start,
        ends[bisect.bisect_right(ends, pos) - 1] if ends and ends[0] <= pos else sentence.start,
    )
    right = starts[k] if k < len(starts) else sentence.end
    q = lx.quote_end.search(text, pos, right)
    if q:
        right = q.start()  # a quotation ends here: what follows is who said it
    a = lx.attribution.search(text, pos, right)
    if a:
        right = a.start()  # "…, the army said.": who told it, not who it happened to
    return left, right


# a participle going on with an action, up to its tool (", destroying a tank with an anti-tank ")
_PARTICIPLE_TOOL = re.compile(r"[^,;]*,\s*[a-z]+ing\s+[^,;]{0,60}?\bwith\s+(?:[\w-]+\s+){0,3}")
# an explosion told as the effect of a strike after it ("… after Ukrainian drone attack")
_EFFECT_OF = re.compile(
    r"[^,;]{0,60}?\b(?:after|following|amid|during)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}"
)
# an apposition that places the name before it: ", a port city on the "
_APPOSED_AT = re.compile(
    r"\s*,\s*(?:the|an?)\s+[^,;()]{0,40}?\b(?:on|in|near|at|by|along|off)\s+(?:the\s+)?"
)
# a relative clause set off by commas: ", who had captured Palmyra in May,"
_APPOSITIVE = re.compile(r",\s*(?:who|which|whom|whose)\b[^,;()\"“”]{1,120},")
# a relative pronoun as subject: ", which captured", " who later seized"
_RELATIVE = re.compile(
    r"\s*,?\s*(?:which|who|that)\s+(?:(?:has|have|had|also|later|then|again|\w+ly)\s+){0,2}"
)
# the agent of an action noun, right after it or after its object ("an attack on Djibo by")
# ("a grenade thrown by", "an IED planted by")
# (not whose the object is: "strikes on positions held by the rebels")
_HOLDERS = ("held", "controlled", "occupied", "run", "manned", "owned", "used", "backed", "led")
_OWNED_BY = re.compile(rf"\b(?:{'|'.join(_HOLDERS)})\s+by\s+(?:the\s+)?$")
# a quotation's speakers as the subject ("“We have liberated", "\"Our forces repelled"): up to
# the action, inside the quotation
_WE_QUOTED = re.compile(r"[\"“][^\"“”]*\b(?:[Ww]e|[Oo]ur\s+[\w-]+)\s+(?:[\w'’-]+\s+){0,3}$")
# whose the things a clause's subject names are ("pagers used by Hezbollah members"): not
# those who led or backed the subject's forces ("Rebel forces led by HTS entered Aleppo")
_THINGS_OF = re.compile(
    r"\b(?:used|owned|carried|worn)\s+by\s+(?:the\s+)?$|\bbelonging\s+to\s+(?:the\s+)?$"
)
_BY_AFTER = re.compile(
    r"\s+(?:(?:on|against|in|near|at)\s+[\w'’ -]{1,40}?"
    + "".join(rf"(?<!\s{w})" for w in _HOLDERS)
    + r"\s+)?"
    + rf"(?:(?!(?:{'|'.join(_HOLDERS)})\s)[a-z]+(?:ed|en|wn)\s+(?:out\s+)?)?by\s+(?:the\s+)?"
)
# "came under (heavy drone) fire": the subject is the one fired on
_CAME_UNDER = r"(?:came|come|comes|coming)\s+under\s+(?:[\w-]+\s+){0,2}"
_UNDER = re.compile(rf"\s+{_CAME_UNDER}")
_CAME_UNDER_END = re.compile(rf"\b{_CAME_UNDER}$")
# the predicate of a subject that was hit: "came under heavy shelling", "were shelled"
_HIT_SUBJECT = re.compile(
    rf"\s+(?:{_CAME_UNDER}|(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+ly\s+)?)"
    r"(?:[\w-]+\s+){0,3}$"
)
# "came under attack from Taliban fighters": who the attack came from made it
_FROM_AFTER = re.compile(r"\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?")
# an auxiliary right before a trigger makes it passive: "was captured", "will be defeated"
_PASSIVE_AUX = re.compile(
    rf"\b(?:(?:is|are|was|were|be|been|being|got|get)\s+(?:\w+ly\s+)?|{_CAME_UNDER})$"
)


@dataclass(slots=True)
class _Sentence:
    """What one sentence holds for the events read in it."""

    index: int
    start: int
    end: int
    places: list[Mention]
    actors: list[ActorMention]
    claims: list[Claim]
    dates: list[TimeSpan]
    clause_starts: list[int] = field(default_factory=list)  # subordinate clauses begin here
    clause_ends: list[int] = field(default_factory=list)  # semicolons end a clause here
    # relative clauses set off by commas (", which Ukraine recaptured in 2022,"): what they
    # hold is not the main clause's
    relatives: list[tuple[int, int]] = field(default_factory=list)


def _shared_border(
    text: str,
    sentence: _Sentence,
    agent: ActorMention | None,
    target: ActorMention | None,
    mentions: list[Mention],
    lx: _Lex,
) -> tuple[Mention, Any, str] | None:
    """The border two neighbouring countries share, for an event told "along the border" with
    no place of its own: (the first country's mention in the sentence, else a mention of that
    country made of the border words; the strip of both countries within the lexicon's width
    of it; a label), or None.

    The countries are the agent's and the target's, else the first two the sentence names
    ("Thai and Cambodian troops exchanged fire along the border")."""
    said = lx.shared_border.search(text, sentence.start, sentence.end)
    if said is None:
        return None
    named = [
        m
        for m in mentions
        if m.sentence == sentence.index and m.place.kind == "country" and not m.metonymic
    ]
    isos = [a.country for a in (agent, target) if a is not None and a.country]
    isos = list(dict.fromkeys([*isos, *(m.place.country_code for m in named)]))[:2]
    if len(isos) < 2:
        return None
    width = float(lx.spec["shared_border"]["width_km"])
    sides = [border_zone(a, b, width) for a, b in ((isos[1], isos[0]), (isos[0], isos[1]))]
    if any(z is None for z in sides):
        return None  # not neighbours
    gz = get_gazetteer()
    countries = [gz.country(iso) for iso in isos]
    if None in countries:
        return None
    first = next((m for m in named if m.place.country_code == isos[0]), None)
    if first is None:
        # ("IDF and Hezbollah clashed along the border": sides named by their actors only;
        # the border words stand for the first side's country)
        c = countries[0]
        first = Mention(
            start=said.start(),
            end=said.end(),
            text=said[0],
            sentence=sentence.index,
            place=c,
            confidence=0.8,
            lat=c.lat,
            lon=c.lon,
        )
    zone = shapely.make_valid(shapely.union(*sides))
    return first, zone, f"{said[0]} ({countries[0].name}–{countries[1].name})"


def _home_side(
    across: Mention, actors: list[ActorMention | None], lx: _Lex
) -> tuple[Mention, Any, str] | None:
    """For an event told only "on the border with" a country: the strip along that border of
    the first of ``actors`` (the agent, the target, then the sentence's others) whose country
    borders it, as :func:`_shared_border` gives it, or None when none does."""
    other = across.place.country_code
    width = float(lx.spec["shared_border"]["width_km"])
    homes = dict.fromkeys(a.country for a in actors if a is not None and a.country != other)
    homes.pop("", None)
    zone = home = None
    for home in homes:
        if (zone := border_zone(other, home, width)) is not None:
            break
    c = get_gazetteer().country(home) if zone is not None and home else None
    if c is None:
        return None
    label = f"border with {across.place.name} ({c.name})"
    side = replace(across, place=c, lat=c.lat, lon=c.lon, demonym=False, metonymic=False)
    return side, shapely.make_valid(zone), label


# the first of two actors joined by a headline's comma opens it, maybe after its country's name
# ("Congo army, …")
_HEADLINE_LEAD = re.compile(r"\s*(?:[A-Z][\w'’-]*\s+){0,2}")
# a coordinate clause's start: what comes after it has a subject of its own
_CLAUSE_AND = re.compile(r"[,;]\s*(?:and|but|while|whereas)\s")
# a clause joined after an action's object, with a subject of its own ("…, and Russian
# columns crossed"; "…, while Hamas fighters fired"), maybe after a few words of when or where
# (", and within two weeks UN forces")
_NEXT_SUBJECT_BEFORE = re.compile(
    r"(?:,\s*(?:and|but|while|whereas)|\s+(?:while|whereas))\s+"
    r"(?P<adv>(?:[\w'’-]+,?\s+){1,4}?)??(?:the\s+)?$"
)
_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:(?:have|has|had)\s+)?")
_PAST_VERB = re.compile(r"[a-z]+ed\b")


@lru_cache(maxsize=4)
def _running_subject(_key: int) -> re.Pattern:
    """A long struggle as the subject of a verb of killing, in the perfect or in a relative
    clause ("The war in Sudan has killed", "the conflict, which has killed"; not "An Israeli
    siege killed 12 people")."""
    nouns = load_lexicon("actions")["fatalities"].get("running_total_nouns") or ["(?!)"]
    return re.compile(
        rf"(?<![\w-])(?:{_alt(nouns)})"
        r"(?:\s+(?:in|on|against|between|with|of)\s+(?:the\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*){0,3})?"
        r"(?:\s*,?\s+(?:that|which)\s+(?:(?:has|have|had|so\s+far|already|reportedly)\s+){0,2}"
        r"|\s+(?:has|have)\s+(?:(?:so\s+far|already|now|reportedly)\s+)?)$",
        re.IGNORECASE,
    )


def _action_words(text: str, start: int, end: int, lx: _Lex) -> Iterator[tuple[int, int, str]]:
    """The action words of the lexicon between ``start`` and ``end``: start, end and action
    (the big pattern is tried only where a trigger can start)."""
    for w in _WORDS.finditer(text, start, end):
        if w.group().lower() in lx.first_words:
            t = lx.rx.match(text, w.start(), end)
            if t is not None:
                yield t.start(), t.end(), lx.action_of[" ".join(t.group().lower().split())]


def _violence_in(text: str, start: int, end: int, lx: _Lex) -> bool:
    """Whether an action word of violence stands between ``start`` and ``end``."""
    return any(action in _VIOLENT for _, _, action in _action_words(text, start, end, lx))


def _next_subject(text: str, te: int, a: ActorMention, lx: _Lex) -> bool:
    """Whether actor ``a`` opens a clause of its own after the action ending at ``te``
    (", and within two weeks UN forces had recaptured Seoul"): after a coordinator, with no verb
    between, and followed by its own verb."""
    m = _NEXT_SUBJECT_BEFORE.search(text, te, a.start)
    if m is None:
        return False
    words = (m["adv"] or "").replace(",", " ").split()
    return not any(_PAST_VERB.fullmatch(w) or lx.rx.fullmatch(w.lower()) for w in words) and (
        _acts_next(text, a.end, lx)
    )


def _acts_next(text: str, pos: int, lx: _Lex) -> bool:
    """Whether an actor ending at ``pos`` is followed by its verb: an action word or a verb in
    the past ("Russian columns crossed", "US bombers dropped")."""
    m = _VERB_AFTER.match(text, pos)
    return m is not None and (
        lx.rx.match(text, m.end()) is not None or _PAST_VERB.match(text, m.end()) is not None
    )


def _read_event(
    action: str,
    ts: int,
    te: int,
    stop: int,
    sentence: _Sentence,
    article: Article,
    mentions: list[Mention],
    lx: _Lex,
    last: Event | None = None,
    told: ActorMention | None = None,
    prev_action: int | None = None,
    earlier: Event | None = None,
) -> Event | None:
    """The event of the action word at ``ts:te``; its places lie before ``stop``. An action
    coordinated with the sentence's ``last`` event ("… and advanced") shares its agent, and
    its date when it has none of its own. A pronoun as its subject ("they took") stands for
    ``told``, the agent of the event told before. ``prev_action`` is where the sentence's
    action word before starts. ``earlier`` is the last event of an earlier sentence whose
    kind can be told again (``retold_actions``): an action on "the attack" with no place of its
    own, up to six sentences on, was where that one was."""
    text = article.text
    si, s0 = sentence.index, sentence.start
    s_places, s_actors, s_claims = sentence.places, sentence.actors, sentence.claims
    dates = sentence.dates
    left, right, hidden = _main_clause(text, sentence, ts, lx)
    if action in _LETHAL and _running_subject(id(load_lexicon("actions"))).search(
        text, max(s0, ts - 90), ts
    ):
        # "The war in Sudan has killed more than 150,000 people": a whole war's toll, no event
        return None
    # the clause's words before the action, without a relative clause inside it
    parts, pos = [], left
    for a, b in sorted(hidden):
        parts.append(text[pos:a])
        pos = b
    lead = "".join(parts) + text[pos:ts]
    # ---- actors
    before = [
        a
        for a in s_actors
        if a.end <= ts
        and a.start >= left
        and _outside(a.start, hidden)
        and not article.in_dateline(a.start)  # "KYIV, Ukraine (AP) — Russia launched"
        # a marker right before it ("against the"), not anywhere in a long clause
        and not lx.target_marker.search(text[max(left, a.start - 40) : a.start])
        # (nor an attack's target: "launched an attack on Israel from Gaza, firing rockets")
        and not _attacked(text, a.start, left, lx)
    ]
    # (nor those killed, and those listed with them: "killed 5 Palestinian militants in an
    # airstrike", "killed dozens of Malian soldiers and Wagner fighters in fighting")
    victims: list[ActorMention] = []
    for a in before:
        if (
            _VICTIMS_BEFORE.search(text, max(left, a.start - 40), a.start)
            or _VICTIMS_LISTED.search(text, max(left, a.start - 70), a.start)
        ) or (victims and _AND_GAP.fullmatch(text, victims[-1].end, a.start)):
            victims.append(a)
    before = [a for a in before if all(a is not v for v in victims)]
    shared_weapon = next(
        (
            a
            for a in s_actors
            if a.end < ts
            and _AND_GAP.fullmatch(text, a.end, ts)
            and a.text.lower().split()[-1] in lx.weapon_action
            and text[ts:te].lower().split()[0] in lx.weapon_action
        ),
        None,
    )
    if not before and shared_weapon is not None:
        # "killed in a Russian missile and drone attack": the weapons listed share the
        # actor's adjective
        before = [shared_weapon]
    fronted = lx.subord.match(text, s0 + len(text[s0:ts]) - len(text[s0:ts].lstrip()))
    if (
        fronted
        and (comma := text.find(",", fronted.end(), ts)) != -1
        and not lx.pronoun.search(text, comma, ts)
    ):
        # "After the Taliban took Kabul, thousands fled": the clause opening the sentence
        # names no subject of the main one (but "As Russian forces advanced, they shelled")
        before = [a for a in before if a.start > comma]
    # "have been pushing towards", "taking": the trigger's first word is a present participle
    progressive = text[ts:te].split(maxsplit=1)[0].lower().endswith("ing")
    loser = None  # who lost a place to the agent named after the action
    said = next(reversed(list(lx.reported.finditer(text, left, ts))), None)
    if (
        said is not None
        and said.end() < ts
        and (
            _FINITE.match(text, ts)
            or (progressive and _PROGRESSIVE_AUX.search(text, said.end(), ts))
            # ("The Iraqi government said a drone attack targeted a gas field": the noun opens
            # what was said)
            # (not one that claims or announces the act: "IS-K claimed a suicide bombing")
            or (
                _NOUN_SAID.fullmatch(text, said.end(), ts)
                and text[said.start() : said.end()].split()[0].lower()
                in lx.spec.get("saying_verbs", ())
            )
        )
    ):
        # "Manipur police said armed miscreants torched 15 houses": the police told it;
        # "The Philippine army said it killed two rebels": the pronoun is the speaker
        # (not the speaker's backers: "M23 rebels backed by Rwanda said they had seized")
        speakers = [
            a
            for a in before
            if a.end <= said.start()
            and not lx.ally_before.search(text, max(left, a.start - 40), a.start)
        ]
        before = [a for a in before if a.start >= said.end()]
        pm = lx.pronoun.search(text[said.end() : ts].rstrip("\"“‘'"))  # (it had "neutralised")
        if speakers and not before and pm is not None and pm.start("p") == 0:
            p0, p1 = said.end() + pm.start("p"), said.end() + pm.end("p")
            before = [replace(speakers[-1], start=p0, end=p1, text=pm["p"], generic=True)]
        elif (
            speakers
            and not before
            and speakers[-1].type in _ARMED
            and (fm := _own_forces().fullmatch(text, said.end(), ts)) is not None
        ):
            # "The IDF said fighter jets struck a depot": the speaker's own jets
            p0, p1 = fm.span("f")
            before = [replace(speakers[-1], start=p0, end=p1, text=fm["f"], generic=True)]
    judged = before and _judging(id(load_lexicon("actions"))).search(text, before[0].end, ts)
    if judged and _NOUN_SAID.fullmatch(text, judged.end(), ts):
        # "MONUSCO condemns the attack on the displacement site": who judged it did not do it
        before = [a for a in before if a.start >= judged.end()]
    backers = [
        a
        for a in before
        if lx.ally_before.search(text, max(left, a.start - 40), a.start)
        # (but the backers' own action: "backed by US air strikes" are the US's strikes)
        and (text[a.end : ts].strip() or not _attack_noun(text[ts:te], lx))
    ]
    if len(backers) < len(before):
        # "M23 rebels backed by Rwandan troops entered Goma": M23 entered, with their backers
        before = [a for a in before if all(a is not b for b in backers)]
    aside = [a for a in before if _said_aside(a, text, lx)]
    if aside and len(aside) < len(before):
        # "Ukraine launched 150 drones, Moscow said, including a strike that set a depot
        # ablaze": who told it between commas did not do it
        before = [a for a in before if all(a is not b for b in aside)]
    after = [a for a in s_actors if te <= a.start < right]
    # (not a progressive: "are reportedly attacking near Siversk")
    passive = bool(_PASSIVE_AUX.search(text[left:ts])) and not progressive
    if (
        passive
        and action in ("capture", "retake")
        and not any(left <= m.start and m.end <= ts for m in s_places if not m.metonymic)
        and _place_nouns(id(load_lexicon("claims"))).search(text, left, ts) is None
        and not before  # ("IS fighters were driven out of Sirte")
    ):
        return None  # "Matson's car was taken", "The line is taken from a song": no place taken
    if passive and action == "capture" and lx.subject_not.search(text, left, ts) is not None:
        # "Two Ukrainian soldiers were captured by Russian forces": no place taken (but "IS
        # fighters were driven out of Sirte" lost it)
        return None
    if action in ("capture", "retake") and _BOTH_SIDES.search(text, max(left, ts - 40), ts):
        return None  # "with both sides claiming control of the palace": contested, not taken
    came_under = _CAME_UNDER_END.search(text, left, ts) is not None
    by = [
        a
        for a in after
        if (
            lx.by_marker.search(text[max(te, a.start - 40) : a.start])
            or (came_under and _FROM_AFTER.fullmatch(text, te, a.start))
        )
        # "The SDF repelled an attack by IS": IS did not repel, but made the attack
        # ("repelled an attack on Djibo by JNIM": JNIM attacked)
        and (passive or not before or _BY_AFTER.fullmatch(text, te, a.start))
        # (not whose the target is: "airstrikes on areas controlled by the RSF")
        and not _OWNED_BY.search(text, max(te, a.start - 40), a.start)
    ]
    agent = by[0] if by else (before[-1] if before else None)
    if (
        not by
        and len(before) > 1
        and lx.elided.search(text, max(s0, ts - 30), ts)
        and (verb := _SUBJECT_VERB.match(text, before[0].end)) is not None
        and _past_form(verb[1])
        and not _PASSIVE_AUX.search(text, before[0].end, verb.end())
    ):
        # "Nigerian troops rescued 62 kidnapped people and killed several bandits": the
        # subject of the first verb, not its object
        agent = before[0]
    speaker = None  # who, quoted, tells of their own act ("We have liberated …," the ministry said)
    if agent is None and not by and _WE_QUOTED.search(text, s0, ts):
        q = lx.quote_end.search(text, te, sentence.end)
        speaker = next(
            (a for a in s_actors if q is not None and q.start() < a.start <= q.end() + 40),
            None,
        )
        agent = speaker
    owner = None  # whose the things the action is told of were
    if (
        agent is not None
        and not by
        and _THINGS_OF.search(text, max(left, agent.start - 30), agent.start)
    ):
        # "Thousands of pagers used by Hezbollah members exploded": those hit, not who acted
        owner, agent = agent, None
    if (
        agent is not None
        and not by
        and (owned := _time_owns().search(text, max(left, ts - 40), ts)) is not None
        and agent.end <= owned.start()
    ):
        # "in what it called a response to last month's deadly attack on tourists": an
        # event told by its day, not the act of the clause's subject
        agent = None
    hit_with = None  # what the agent hit with the weapon the action is told by
    if (
        not by
        and len(before) > 1
        and _WITH_TOOL.fullmatch(text, before[-1].end, ts)
        and not lx.joint.fullmatch(text, before[-2].end, before[-1].start)
    ):
        # "Hamas fighters said they had destroyed several tanks with anti-tank rockets": the
        # tanks were hit, the fighters fired
        agent, hit_with = before[-2], before[-1]
    partner = None  # the actor acting with the agent ("French and Malian troops")
    spec = lx.spec["actions"][action]
    if spec.get("agentless"):
        agent, before, by = None, [], []  # (who met the protest is its other side: _met)
    if (
        agent is not None
        and not by
        and progressive
        and action in lx.outcomes
        and (nb := _NOUN_BEFORE.search(text, max(agent.end, ts - 30), ts)) is not None
        and nb.start() > agent.end
    ):
        agent = None  # "police fired tear gas at students protesting": the students protested
    if (
        not by
        and len(before) > 1
        and (
            lx.joint.fullmatch(text, before[-2].end, before[-1].start)
            # (a headline's comma for "and": "Congo army, M23 rebels clash near Uvira")
            or (
                action in lx.two_sided
                and _APPOSED.fullmatch(text, before[-2].end, before[-1].start)
                and _HEADLINE_LEAD.fullmatch(text, left, before[-2].start)
            )
        )
    ):
        # "Malian troops and Wagner mercenaries entered Kidal": the first named leads; in a
        # clash ("Russian and Ukrainian forces clashed") the second is the other side
        agent, partner = before[-2], before[-1]
        foe_named = any(
            # (a people's name before a generic noun: "with Tuareg rebels")
            re.search(
                r"\bwith\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}$",
                text[max(te, a.start - 40) : a.start],
            )
            for a in after
        )
        if (
            action in lx.two_sided
            and before[-1].actor != agent.actor
            and not foe_named
            # ("Burkinabe soldiers and VDP auxiliaries repelled a jihadist attack": together)
            and " ".join(text[ts:te].lower().split()) not in lx.repelling
            # ("US Marines and Iraqi troops launched an assault on Fallujah": one side's act)
            and not _attack_noun(text[ts:te], lx)
        ):
            # ("Wagner and FAMa forces clashed with CSP rebels": the rebels are the other side)
            after = [before[-1], *after]
    person = None  # "… entered Damascus and Bashar al-Assad fled": a subject no actor names
    if agent is not None and not by:
        pm = _NAMED_SUBJECT.search(text, agent.end, ts)
        if (
            pm
            and not any(pm.start() <= m.start < ts for m in s_places)
            # ("Amhara Fano militia and ENDF clashed": an actor, not a person)
            and not any(pm.start() <= a.start < ts for a in s_actors)
        ):
            agent, person = None, pm
    shared = (
        last is not None
        and not by
        and (
            bool(lx.elided.search(text, max(s0, ts - 30), ts))
            # "stormed a police compound in Bannu, taking several officers hostage": the
            # participle's subject is the clause's before
            or (progressive and _COMMA_END.search(text, max(s0, ts - 3), ts) is not None)
            # ("…, a day after taking Bukavu, and were advancing south toward Uvira")
            or (progressive and _AND_BE.search(text, max(s0, ts - 30), ts) is not None)
        )
    )
    subject = _agent_of(last, s_actors) if shared and last is not None else None
    if subject is None and shared and last is not None and told is not None:
        # ("On 5 December, they captured Hama, and pressed south": the pronoun's actor)
        subject = told if told.actor == last.actor else None
    if (
        shared
        and subject is None
        and last is not None
        and last.sentence == si
        and last.actor is None
        and agent is not None
        and agent.start >= last.end
        and lx.elided.search(text, max(s0, ts - 30), ts)
        # (not the subject of a verb of its own: "…, Hartford police said Thursday, and
        # arrested 15 people")
        and not (
            (v := _SUBJECT_VERB.match(text, agent.end)) is not None
            and (_past_form(v[1]) or lx.speech.fullmatch(v[1]))
        )
    ):
        # "A crowd attacked a police station in Dhaka and set it on fire": the police were
        # the object of the action before, whose subject no actor names, not this one's subject
        agent = None
    if (
        subject is None
        and not by
        and last is not None
        and last.sentence == si
        and _SOME_OF_WHICH.search(text, max(s0, last.end, ts - 40), ts)
    ):
        # "fired 100 ballistic missiles at Israel, some of which struck Tel Aviv": the
        # missiles of the event before, its agent's, and of its kind
        subject = _agent_of(last, s_actors)
        if last.action in lx.weapon_action.values() and action in _BY_WEAPON:
            action = last.action
    if (
        subject is None
        and last is None
        and prev_action is not None
        and agent is not None
        and not by
        and agent.start >= prev_action
        and lx.elided.search(text, max(s0, ts - 30), ts)
        and agent is not shared_weapon  # ("a Russian missile and drone attack": one noun)
    ):
        # "Rioters set fire to a police station and looted shops": the police are the object
        # of the action before (which told no place), not the subject of this one
        subject = next((a for a in reversed(before) if a.end <= prev_action), None)
    if (
        subject is None
        and not by
        and (own := _CLAIMED_TO_HAVE.search(text, max(s0, ts - 40), ts)) is not None
    ):
        # "Pakistan's military said Indian missiles hit six sites, and claimed to have shot
        # down five Indian aircraft": who claimed it, the sentence's speaker
        spoke = next(lx.reported.finditer(text, s0, own.start()), None)
        subject = (
            next((a for a in reversed(s_actors) if a.end <= spoke.start()), None)
            if spoke is not None
            else None
        )
    if subject is not None:
        # "captured Hama after days of fighting with government forces, and advanced towards
        # Homs": the one who captured advanced
        agent = subject
    if agent is None and not by and left > s0:
        # "the Ta'ang National Liberation Army, which captured Mogok": the relative pronoun
        # stands for the actor right before it
        rel = [a for a in s_actors if a.end <= left and _RELATIVE.fullmatch(text, a.end, ts)]
        if rel:
            agent = rel[-1]
    if (
        agent is None
        and not by
        and progressive
        and _SUBORDINATE_ING.search(text, max(s0, ts - 12), ts)
    ):
        # "Syrian rebels reached Hama, two days after seizing Aleppo": the participle's
        # subject is the sentence's (counted from after its dateline: "GOMA, … (Reuters) -")
        opening = max([b for a, b in article.datelines if s0 <= a < ts], default=s0)
        agent = next(
            (
                a
                for a in s_actors
                if a.end <= ts and a.start - opening <= 60 and a.type not in ("civilians",)
            ),
            None,
        )
        if agent is None and _SUBORDINATE_ING.fullmatch(text, s0, ts):
            # "After capturing Aleppo, HTS fighters pushed south": the subject of the main
            # clause after it
            agent = next((a for a in after if _MAIN_SUBJECT_GAP.fullmatch(text, te, a.start)), None)
    if agent is None and not by:
        pm = lx.pronoun.search(text[left:ts])  # (a slice: "^" is the clause's start)
        # "Russian forces shelled it as they retreated": the subject of the sentence's main
        # clause, when no event told since names another
        main = next((a for a in s_actors if a.end <= left), None)
        if main is not None and (told is None or told.start < s0):
            told = main
        crowd = next((a for a in reversed(s_actors) if s0 <= a.start and a.end <= left), None)
        if (
            pm
            and crowd is not None
            and crowd is not main
            and crowd.type == "civilians"
            and (action == "civilian_movement" or "civilians" in (spec.get("when_by") or {}))
        ):
            # "killed hundreds of civilians as they fled towards Tawila": those last named
            told = crowd
        if pm and told is not None:  # "Two days later, they took Lastochkyne": those who acted last
            p0, p1 = left + pm.start("p"), left + pm.end("p")
            agent = replace(told, start=p0, end=p1, text=pm["p"], generic=True)
    if (
        agent is None
        and not by
        and action == "clash"
        and left > s0
        and _WITH_NEXT.match(text, te)
        and lx.circumstance.match(text, left, ts)
    ):
        # "The SDF withdrew from Manbij after clashes with Turkish-backed factions": the main
        # clause's subject fought them
        agent = next((a for a in s_actors if a.end <= left and a.type in _ARMED), None)
    trigger_words = " ".join(text[ts:te].lower().split())
    if not after and action in ("capture", "retake") and trigger_words in _agent_needed_after():
        return None  # "Prices fell to record lows in Moscow": no one took anything
    if trigger_words in lx.agent_after and after and action in ("capture", "retake"):
        # ("the junta lost control of Lashio to the MNDAA": the junta lost it to them)
        # (not the subject of a clause before: "Allied troops landed in Normandy, and Cherbourg
        # fell to American forces")
        loser = (
            before[-1]
            if before and agent is before[-1] and not _CLAUSE_AND.search(text, before[-1].end, ts)
            else None
        )
        agent, after = after[0], after[1:]  # "Avdiivka fell to Russian forces"
        if after and lx.joint.fullmatch(text, agent.end, after[0].start):
            # ("came under the control of Malian troops and Wagner fighters": both took it)
            partner, after = after[0], after[1:]
    if action in ("capture", "retake") and load_actors().is_police(
        agent.text if agent is not None else text[max(left, ts - 30) : ts]
    ):
        # "Police seized 2 tonnes of cocaine at the port", "sheriff's deputies seized a meth
        # lab": no territory taken
        return None
    if agent is not None and (
        action in _BY_WEAPON
        # ("Russian drones and missiles struck Kyiv": the weapons listed first, the actor's)
        or (action in lx.weapon_action.values() and _AND_GAP.fullmatch(text, agent.end, ts))
    ):
        # "Ukrainian drones hit": a drone strike; "Russian missiles struck Kyiv", "a Russian
        # missile strike": a missile attack
        action = _weapon_kind(agent.text, action, lx)
    if (
        agent is not None
        and not by
        and re.search(r"\bto\s+$", text[left:ts])
        and (ts - agent.end > 30)
    ):
        agent = None  # "… according to officials close to the operation to retake the city"
    passive_target = loser or hit_with or owner
    if (
        agent is not None
        and not by
        and not passive
        and trigger_words in _bare_passives()
        and _BARE_AFTER.match(text, te)
        and _MEMBER_GAP.fullmatch(text, agent.end, ts)
        and (
            trigger_words not in _bare_passives("headline_passives")
            or not _FULL_STOP_END.search(text, s0, sentence.end)
        )
    ):
        # a headline's bare participle with no object: "Hamas commander killed in airstrike in
        # Khan Younis", "Russian soldiers killed in Ukrainian drone strike": they were killed
        passive_target, agent, passive = agent, None, True
    elif (
        agent is not None
        and not by
        and not progressive
        and _PASSIVE_AUX.search(text[agent.end : ts])
        # (those withdrawn withdrew: "its troops had been regrouped from Izium")
        and action != "retreat"
    ):
        passive_target, agent = agent, None  # "IS will be defeated": IS is the one defeated
    elif (came_under or passive) and by and before and passive_target is None:
        # "troops came under attack from the Taliban", "soldiers were ambushed … by rebels":
        # the troops
        passive_target = before[-1]
    elif agent is not None and passive_target is None:
        # "Russian troops came under Ukrainian drone attack": the troops were attacked
        under = [
            a for a in before if a.end <= agent.start and _UNDER.fullmatch(text, a.end, agent.start)
        ]
        if under:
            passive_target = under[-1]
    if (
        agent is None
        and not by
        # (a headline's bare participle too: "Two killed in Russian drone strike on Odesa")
        and (passive or not before)
        and after
        and _made_it(after[0], te, text, lx)
    ):
        # "30 people were killed in Israeli strikes": those who struck
        agent, after = after[0], after[1:]
        if action in _BY_WEAPON:
            action = _weapon_kind(agent.text, action, lx)
    elif (
        agent is None
        and not by
        and after
        and action in _WEAPON_ACTIONS
        and _FIRED_FROM.search(text, te, after[0].start)
        and (
            ((held := _WORD_AFTER.match(text, after[0].end)) and held[1].lower() in _holdings())
            or after[0].text.split()[-1].lower() in _holdings()
        )
    ):
        # "Artillery shelling on Al-Fashir from RSF positions": those who fired
        agent, after = after[0], after[1:]
    elif agent is None and not by and passive and not after:
        # "A soldier was killed in Bamenda when separatists attacked": the clause of its cause
        # names who did it (its action word, with no place of its own, is not read alone)
        cause = next((a for a in s_actors if a.start >= right), None)
        if cause is not None and _made_it(cause, te, text, lx):
            agent = cause
    if (
        agent is None
        and after
        and progressive
        and re.fullmatch(r"\s+(?:the\s+)?", text[te : after[0].start])
        and action in ("advance", "retreat")
    ):
        agent = after[0]  # "the advancing Iraqi forces"
    if (
        # (both sides named after it: an agent before it, of its clause or carried from the
        # one before, gives way: "…, while fighting continued between the MNDAA and the
        # military")
        # (and of an agreement: "a ceasefire between Israel and Hamas")
        action in lx.two_sided
        and len(after) >= 2
        and _BETWEEN_END.search(text[te : after[0].start])
        # ("between LNA forces and a Tebu armed group")
        and _SIDES_AND.fullmatch(text, after[0].end, after[1].start)
    ):
        agent = after[0]  # "fighting erupted between the army and the RSF": both sides named
    elif (
        agent is None
        and action in lx.two_sided
        and after
        and _BETWEEN_END.search(text[te : after[0].start])
    ):
        # "Clashes between Druze fighters and Bedouin tribes": the first side, though the
        # second is no actor the lexicon knows
        agent = after[0]
    # ("push IS out of"; not the agent's own: "said it had withdrawn its troops from")
    inside = [
        a
        for a in s_actors
        if ts < a.start and a.end <= te and (agent is None or a.actor != agent.actor)
    ]
    if (
        agent is None
        and action == "retreat"
        and inside
        and inside[0].text.lower().startswith(("its ", "their "))
    ):
        # "… and pulled its forces back": its own forces withdrew
        agent, inside = inside[0], inside[1:]
    target = passive_target or (inside[0] if inside else None)
    for a in after:
        if target is not None:
            break
        if agent is not None and a.actor == agent.actor:
            continue
        if any(a is b for b in by) or a is agent or a.type == "civilians":
            continue
        if a.start >= stop and any(te <= m.start < stop for m in s_places):
            continue  # "raided Macomia and clashed with Rwandan troops": the next action's
        if _next_subject(text, te, a, lx):
            # "shelled Tskhinvali on August 7, and Russian columns crossed …": the subject of
            # the next clause
            continue
        if lx.ally.search(text[te : a.start]):
            continue  # "with the help of US-led airstrikes (and …)": allies, not the other side
        if _caused_before().search(text, te, a.start) and load_actors().acts_at(text, a.start):
            # "shelled Tskhinvali, prompting a Russian counter-offensive": the actor of what
            # followed, not the one hit
            continue
        if _told_what_for(lx.spec["actions"][action], text, te, a.start):
            continue  # "rallied … to demand the resignation of the government": what for
        target = a
    if (
        target is not None
        and partner is not None
        and target.actor == partner.actor
        and action not in lx.two_sided  # ("Russian and Ukrainian forces clashed": both sides)
    ):
        # "Syrian government troops and Hezbollah fighters recaptured Qusayr from rebels": no
        # side of the agent's is its other side (the generic rebels read as the group named)
        target = None
    if target is None and victims and action in _VIOLENT:
        # "killed dozens of Malian soldiers and Wagner fighters in fighting": those killed
        target = next(
            (
                v
                for v in victims
                if v.type != "civilians" and (agent is None or v.actor != agent.actor)
            ),
            None,
        )
    if (
        target is None
        and (agent is not None or (passive and action in _VIOLENT))
        # (no side to those in flight: "killed 20 villagers as they fled to Kaduna")
        and (agent is None or agent.type != "civilians")
    ):
        # "Seven Egyptian soldiers were killed when militants attacked a checkpoint": those
        # the main clause says died (and with no agent: "Seven police officers were killed
        # when their vehicle was ambushed")
        target = next(
            (
                a
                for a in reversed(s_actors)
                if a.end <= (agent.start if agent is not None else ts)
                and (agent is None or a.actor != agent.actor)
                and a.type != "civilians"
                and (
                    lx.victims_when.fullmatch(text, a.end, agent.start)
                    if agent is not None
                    else lx.victims_when.match(text, a.end, ts)
                )
            ),
            None,
        )
    civil = (spec.get("when_by") or {}).get("civilians") if agent is not None else None
    if civil and agent.type == "civilians":
        # "Thousands of civilians crossed into Rwanda": people on the move, no advance
        action, spec = civil, lx.spec["actions"][civil]
    if agent is not None and agent.type == "civilians" and action not in ("civilian_movement",):
        agent = None
    if person is not None and agent is None and action == "civilian_movement":
        return None  # "Bashar al-Assad fled the country": one man's flight, no movement of people
    moved = False  # civilians moved, whom the text names as no subject
    if (
        action == "civilian_movement"
        and agent is not None
        and not passive
        and last is not None
        and last.sentence == si
        and last.end <= agent.start < ts
        and last.action in _VIOLENT
        and _SIDES_OF.match(text, last.end)
        and trigger_words.startswith("displac")
    ):
        # "Fighting between the army and the RSF has displaced 150,000 people": the people
        # the fighting moved, not a side of it
        agent = target = None
        moved = True
    if (
        action == "civilian_movement"
        and agent is None
        and target is not None
        and target.type == "civilians"
    ):
        # ("10,000 people were displaced": those who moved)
        target, moved = None, True
    forced = _FORCED_TO.search(text, max(left, ts - 60), ts)
    if action == "civilian_movement" and agent is None and not passive and forced:
        if forced["one"]:
            return None  # "forcing President François Bozizé to flee": one man's flight
        # "Fighting around Alamata has forced tens of thousands to flee": people made to move
        moved = True
    armed = spec.get("when_armed")
    if (
        armed
        and agent is not None
        and agent.type in _ARMED
        and text[ts:te].lower() not in (spec.get("not_when_armed") or ())
        # ("Police evacuated a shopping centre": others moved, no force in retreat)
        and not (
            text[ts:te].lower() in (spec.get("moves_others") or ())
            and _OBJECT_AFTER.match(text, te)
        )
        # ("Israeli army orders evacuation of eastern Khan Younis": others are to move)
        and not _ordered_re(tuple(spec.get("ordered_by") or ())).search(text, left, ts)
    ):
        # "South Vietnamese units fled south towards Hue": an armed force in flight retreats
        action, spec = armed, lx.spec["actions"][armed]
    by_type = (spec.get("when_by") or {}).get(agent.type) if agent is not None else None
    if by_type:  # "Protesters marched into Tahrir Square": a protest
        action, spec = by_type, lx.spec["actions"][by_type]
    armed_only = spec.get("armed_only") or ()
    if (agent is None or agent.type not in _ARMED) and (
        trigger_words.split()[0] in armed_only or trigger_words in armed_only
    ):
        return None  # "The delegation reached Geneva": no force advancing
    only_by = spec.get("only_by")
    if (
        only_by
        and (agent is None or agent.type not in only_by)
        # ("women marched in Bamako to demand …": no armed actor, and what for)
        and not (agent is None and _told_what_for(spec, text, te, right))
    ):
        return None  # "rallied from ten points down": no protesters, no protest
    # ---- place
    origin = None
    place: Mention | None = None

    def places_up_to(limit: int) -> list[Mention]:
        return [
            m
            for m in s_places
            # (or inside a split phrase: "set parts of the parliament in Nairobi on fire")
            if ts < m.start < limit
            and not (agent is not None and agent.start <= m.start < agent.end)  # "fell to Ukraine"
            and not _modifies_a_noun(m, text)
            and not _COMPOUND.match(text, m.end)  # "with US-supplied missiles"
            and not _names_an_organisation(m, text)
        ]

    window = places_up_to(min(right, stop))
    if (
        not window
        and action in _HARMS
        and stop < right
        and not _CLAUSE_PUNCT.search(text, te, stop)
        # (the same subject's next verb: not "clashed in a camp and armed groups opened fire
        # on a patrol in the Bekaa")
        and _AND_NEXT_VERB.search(text, te, stop)
    ):
        # "killed four civilians and burned houses in Beni": the place the next action of the
        # same clause names is the killing's too (the burning is part of it, below)
        window = places_up_to(right)
    if action == "advance":
        for m in window:
            prev = text[max(te, m.start - 40) : m.start]
            if _FROM_BEFORE.search(prev) and origin is None:
                origin = m
            elif place is None:
                place = m
        if place is None and origin is not None and _SPAN_FROM.search(text, te, origin.start):
            # "reached a point 800 metres from Nasser hospital in Khan Younis": a distance from
            # the place reached, with no way on after it ("advanced 5 km from Avdiivka towards
            # Pokrovsk" set out from Avdiivka)
            place, origin = origin, None
    else:
        place = window[0] if window else None
        if (
            len(window) > 1
            and action != "retreat"
            and _FROM_BEFORE.search(text, max(te, place.start - 40), place.start)
            and _TOWARDS.search(text, place.end, window[1].start)
            and not _holds(window[1].place, place.place)
        ):
            place = window[1]  # "fired rockets from Gaza into southern Israel": where they hit
    if (
        place is not None
        and _front_after().match(text, place.end)
        and (later := next((m for m in window if m.start > place.end), None)) is not None
        and _NEAR_WORD.search(text, place.end, later.start)
    ):
        # "attacked in the Pokrovsk direction near Lysivka and Zhovte": the front names the
        # sector, the places near which it happened come after
        place = later
    road = next(
        (
            c
            for c in s_claims
            if c.relation == "between" and place is not None and c.anchor is place
        ),
        None,
    )
    if road is not None and place in window:
        # "abducted passengers along the Kaduna-Abuja highway near Katari (Kachia, Kaduna)":
        # the road's ends are not where it happened when a place after the road tells it
        # (not a country across a border: "between Mandera and Elwak, near the border with
        # Somalia" is in Kenya)
        # (nor the division that holds both ends: "ambushed a convoy between Monguno and Marte
        # (Borno)" happened between them)
        ends = (road.anchor, road.anchor2)
        place = next(
            (
                m
                for m in window
                if m.start >= road.end
                and all(m is not e for e in ends)
                and not across_border(m, text)
                and not all(e is not None and _holds(m.place, e.place) for e in ends)
            ),
            place,
        )
    if place is not None and place in window:
        k = window.index(place)
        if (
            k + 1 < len(window)
            and (
                _POSSESSIVE_GAP.fullmatch(text, place.end, window[k + 1].start)
                # ("hotel in Mali capital": a headline's capital)
                or (window[k + 1].anaphoric and not text[place.end : window[k + 1].start].strip())
            )
        ):
            place = window[k + 1]  # "in eastern Ukraine's Donetsk region": the region
        elif (
            k + 1 < len(window)
            and place.place.kind
            in ("country", "admin1", "admin2", "region", "sea", "lake", "river")
            and (
                (
                    (kind_of := _KIND_OF.fullmatch(text, place.end, window[k + 1].start))
                    and kind_of[1].split()[-1] in _settlement_nouns()
                )
                or _CAPITAL_NAMED.fullmatch(text, place.end, window[k + 1].start)
                # (the noun read with a country's name: "Rebels seize Myanmar town of Lashio";
                # not "the Kanker district of Chhattisgarh", which is in the state)
                or (
                    place.place.kind == "country"
                    and place.text.split()[-1].lower() in _settlement_nouns()
                    and _OF_THE.fullmatch(text, place.end, window[k + 1].start)
                )
            )
        ):
            # "in the Kordofan city of El Obeid", "struck the Black Sea port of Odesa", "in the
            # Jonglei state capital Bor": the city
            place = window[k + 1]
        elif (
            place.place.kind == "river"
            and k + 1 < len(window)
            and window[k + 1].place.kind in ("city", "site")
            and _RIVER_TOWN.fullmatch(text, place.end, window[k + 1].start)
        ):
            place = window[k + 1]  # "crossed the Oskil River near Kupiansk": at Kupiansk
        elif k + 1 < len(window) and (
            (
                _holds(place.place, window[k + 1].place)
                and _RIVER_TOWN.fullmatch(text, place.end, window[k + 1].start)
            )
            # (not "Syrian villages near Turkey": near a country is not in it; "Ukrainian
            # positions near Sudzha" are at Sudzha)
            # ("struck Iran's nuclear facilities at Natanz": the place of the country's things)
            or (
                _holds(place.place, window[k + 1].place)
                and _POSSESSIVE_AT.fullmatch(text, place.end, window[k + 1].start)
            )
            or (
                place.place.kind == "country"
                and window[k + 1].place.kind in ("city", "site")
                and _NAMED_THING_AT.fullmatch(text, place.end, window[k + 1].start)
            )
            or (
                place.landmark
                and (
                    # (past how often: "attacked Ukrainian positions 14 times near Myrnohrad")
                    _IN_GAP.fullmatch(
                        text, (past := _past_repeat(text, place.end, lx)), window[k + 1].start
                    )
                    or (
                        window[k + 1].place.kind != "country"
                        and _near_town().fullmatch(text, past, window[k + 1].start)
                    )
                )
            )
        ):
            # "shelled Ukrainian border villages in Sumy region", "struck Lebanon near Tyre":
            # the place named inside the country; "struck Iranian targets in Iraq": where
            # the country's things were
            place = window[k + 1]
        elif (
            k + 1 < len(window)
            and place.place.kind in ("country", "admin1", "admin2", "region")
            and lx.including.fullmatch(text, place.end, window[k + 1].start)
        ):
            # "targets in southern Lebanon, including in the villages of Khiam and Kfar Kila":
            # the places named
            place = window[k + 1]
    befell = False
    if (
        place is None
        and last is not None
        and last.place is not None
        and last.sentence == si
        and (
            # "attacked a school in Kumbo, in Cameroon's North West region, abducting 11
            # students": the participle goes on with the action before it, where it was
            (
                text[ts:te].lower().endswith("ing")
                and re.search(r",\s*$", text[max(s0, ts - 4) : ts]) is not None
            )
            # "briefly seized Ras al-Ain before being pushed back by SDF fighters": what befell
            # the same subject there next
            or (befell := _BEING_NEXT.search(text, max(s0, ts - 40), ts) is not None)
            # "Heavy clashes reported near Tal Rifaat as SDF repels Turkish-backed assault":
            # the battle told again by its sides, where it was
            or (
                last.action == action
                and action in lx.two_sided
                and lx.subord.search(text, last.end, ts) is not None
            )
        )
    ):
        place = last.place
        if befell:
            # (and it befell that subject: "opened fire …, killing three Israelis before being
            # shot dead by off-duty soldiers": the gunman was shot)
            target = _agent_of(last, s_actors) if last.actor is not None else None
    if place is None:
        # (not the agent's own words: "which Ukraine recaptured")
        # (nor, for a withdrawal, who withdrew: "since the US began withdrawing")
        prior = [
            m
            for m in s_places
            if left <= m.end <= ts
            and _outside(m.start, hidden)
            and not (agent is not None and agent.start <= m.start < agent.end)
            and not (
                action == "retreat"
                and _MOVER_GAP.fullmatch(text, m.end, ts)
                # (but where they were: "Russian troops in Kherson withdrew")
                and not (
                    agent is not None
                    and agent.end <= m.start
                    and _LOCATED_AT.search(text, max(0, m.start - 40), m.start)
                )
            )
            and not _COMPOUND.match(text, m.end)
            # (nor where people fled to before: "fled into Bangladesh to escape fighting")
            and not across_border(m, text)
        ]
        if prior:
            place = _last_place(prior, text)
            # "The village of Klishchiivka, located 7 km southwest of Bakhmut, was retaken":
            # the place the distance is told of, not the one it is measured from
            # (not a country's things, which its adjective places: "Ukrainian positions near
            # Chasiv Yar" are at the town)
            place = next(
                (
                    c.subject_mention
                    for c in s_claims
                    if c.anchor is place
                    and any(c.subject_mention is m for m in prior)
                    and not c.subject_mention.landmark
                ),
                place,
            )
        elif _WHICH.match(text, left):
            # "Kupiansk, which Ukraine recaptured in 2022": the place the clause is about
            place = next(
                (
                    m
                    for m in reversed(s_places)
                    if m.end <= left and _APPOSED.fullmatch(text, m.end, left)
                ),
                None,
            )
            head = next(
                (
                    m
                    for m in reversed(s_places)
                    if place is not None
                    and m.end <= place.start
                    and _APPOSED_OF.fullmatch(text, m.end, place.start)
                ),
                None,
            )
            if head is not None:
                # "Wad Madani, the capital of Gezira state, which the RSF seized": the town
                # the apposition is about
                place = head
    if (
        place is None
        and action in _VIOLENT
        and right < sentence.end
        and _WHO_NEXT.match(text, right)
    ):
        # "killed a Palestinian man who had attempted to stab soldiers at a checkpoint near
        # Hebron": where the one it hit was, as the relative clause about them tells
        end = _CLAUSE_END.search(text, right, sentence.end)
        place = next(
            (
                m
                for m in s_places
                if right <= m.start < (end.start() if end else sentence.end)
                and _LOCATED_AT.search(text, max(right, m.start - 40), m.start)
                and not m.anaphoric
                and not across_border(m, text)
            ),
            None,
        )
    unknown = ""
    # (a place after it that is not where it was: "seized Shasha town, cutting a supply route
    # to Goma" took no Goma; the town the gazetteer lacks before it is the one taken)
    elsewhere = (
        place is not None
        and place.start >= te
        and _relation_word(text[te : place.start], lx)
        in (lx.spec["actions"][action].get("place_not_after") or ())
    )
    if place is None or elsewhere or across_border(place, text):
        # ("seized the town of Maungdaw on the border with Bangladesh": the town the gazetteer
        # lacks, not the country across the border)
        # (not for a strike from afar: "Houthi missile hits near Ben Gurion airport" is not
        # in Yemen)
        home = next((a.country for a in (agent, target) if a is not None and a.country), "")
        remote = action in lx.weapon_action.values()
        home = "" if remote else home
        named, at = _unknown_settlement(
            text,
            te,
            place.start if elsewhere and place is not None else right,
            ts,
            si,
            s_actors,
            mentions,
            home,
            sites=place is None,
            backers=backers,
            remote=remote,
            # (a bare name only after an armed group's capture: a state's forces may be abroad,
            # where neither its name nor its home says which country the town is in)
            bare=place is None
            and action in ("capture", "retake")
            and agent is not None
            and agent.type == "non-state",
            # (a name after "in", unless a border the sentence names places it better: "near
            # Tinzaouaten, close to the Algerian border")
            after_in=place is None
            and not any(
                c.relation == "border" and c.anchor is not None and c.anchor.place.kind == "country"
                for c in s_claims
            ),
        )
        if at is not None:
            unknown, place = named, at
    if place is None and left > s0 and action in _VIOLENT and lx.circumstance.match(text, left, ts):
        # "19 bodies were found in Frontera Comalapa after a battle between cartels": the
        # battle without a place of its own was where the main clause is
        main = [m for m in s_places if m.end <= left and _outside(m.start, hidden)]
        # (an actor named by the adjective of its action is no subject of its own: "after
        # Ukrainian shelling")
        acts = load_actors()
        if main and not any(
            left <= a.start < ts and not acts.acts_at(text, a.start) for a in s_actors
        ):
            place = _last_place(main, text)
            if last is not None and (
                last.action in _TERRITORY
                # ("withdrew from Manbij after clashes with …": the battle they lost is one)
                or (last.action in _FIGHTING - {"retreat"} and last.place is place)
            ):
                return None  # "captured Hama after days of fighting": the capture's battle
    if (
        place is None
        and left > s0
        and action in _VIOLENT - _TERRITORY - {"retreat"}
        and text[s0:left].rstrip().endswith(";")
    ):
        # "protesters set the parliament in Nairobi on fire; police shot dead 5 protesters":
        # where the clause before the semicolon is
        main = [m for m in s_places if m.end <= left and _outside(m.start, hidden)]
        if main:
            place = _last_place(main, text)
    if (
        place is None
        and action in _VIOLENT
        and left > s0
        and text[left : left + 5].lower() == "with "
    ):
        # "Fighting raged in Khartoum, with RSF fighters shelling the army headquarters":
        # where the main clause is
        main = [m for m in s_places if m.end <= left and _outside(m.start, hidden)]
        if main:
            place = _last_place(main, text)
    if (
        place is None
        and action == "civilian_movement"
        and right < sentence.end
        and _clause_markers("retreat_clause_markers").match(text, right)
    ):
        # "35,000 people have fled their homes as fighting spread around Bunia": they fled
        # where the clause of why they fled is
        ends = [c for c in sentence.clause_starts if c > right]
        why = [
            m
            for m in s_places
            if right <= m.start < (ends[0] if ends else sentence.end)
            and m.place.kind not in _WATERS
        ]
        if why:
            place = _last_place(why, text)
    if (
        place is None
        and action in _VIOLENT - _TERRITORY - {"retreat"}
        and agent is not None
        and agent.type in _ARMED
        and not agent.generic
        and not passive
        and right < sentence.end
        and _clause_markers("during_clause_markers").match(text, right)
    ):
        # "Gunmen killed 20 villagers as they fled to Kaduna": where the clause of what was
        # going on when it happened is (not one of its cause: "Dozens were killed when gunmen
        # attacked Owo" is the attack's toll)
        ends = [c for c in sentence.clause_starts if c > right]
        end = ends[0] if ends else sentence.end
        during = [m for m in s_places if right <= m.start < end and m.place.kind not in _WATERS]
        if during and not _violence_in(text, right, end, lx):
            place = _last_place(during, text)
    if (
        place is None
        and action == "retreat"
        and left > s0
        and _clause_markers("retreat_clause_markers").match(text, left)
        # ("after Syrian troops withdrew, the army said", "after the MNDAA withdrew under a
        # China-brokered deal": no way of its own after it)
        and not _OWN_WAY.search(text, te, right)
        # ("after the army abandoned Sake": its own place, though the gazetteer lacks it)
        and not _names_object(text, te)
    ):
        # "seized the city of Hama after Syrian troops withdrew": they withdrew from the place
        # taken, else from the main clause's
        main = [m for m in s_places if m.end <= left and _outside(m.start, hidden)]
        if last is not None and last.action in _TERRITORY and last.place is not None:
            place = last.place
        elif main:
            place = _last_place(main, text)
    if (
        (place is None or place.place.kind == "country")
        and action in _VIOLENT - _TERRITORY - {"retreat"}
        and left > s0
        and _clause_markers("retreat_clause_markers").match(text, left)
        and _local_object().match(text, te)
    ):
        # "Fighting erupted in Taiz after Houthi fighters shelled a residential neighbourhood":
        # the neighbourhood is in the main clause's place (and "… in Bakhmut when Russian
        # artillery shelled the Ukrainian positions": in the country's place the main clause
        # names, not anywhere in it)
        main = [m for m in s_places if m.end <= left and _outside(m.start, hidden)]
        if main and (
            place is None or _last_place(main, text).place.country_code == place.place.country_code
        ):
            place = _last_place(main, text)
    if place is None and (
        _THERE.search(text, te, right)
        # "Haftar's forces seized Gharyan. Fighters allied to Tripoli retook it": the place
        or (action in _IT_ACTIONS and _IT.match(text, te))
        # ("… before federal troops pushed them out": out of the place they had taken)
        or (action == "retake" and _THEM_OUT.search(text, ts, te))
    ):
        # "Thousands have fled Kutum after the RSF seized the army garrison there": the place
        # told before it, in its sentence or the one before
        # (a place one can hold: not "the Dnipro River" of "Kherson, on the bank of the
        # Dnipro River, … since Ukrainian forces retook it")
        told_before = [m for m in s_places if m.end <= ts and m.place.kind not in _WATERS]
        if not told_before:
            told_before = [
                m
                for m in mentions
                if m.sentence == si - 1 and not (m.metonymic or m.demonym or m.anaphoric)
            ]
            # ("Pokrovsk … lies at a junction of roads across the Donetsk region. Russian troops
            # have tried to take it": the town the sentence before was about, not the region)
            towns = [m for m in told_before if m.place.kind not in _AREA_KINDS]
            if towns and not text[article.sentences[si - 1][0] : towns[0].start].strip():
                told_before = towns[:1]
        if told_before:
            place = _last_place(told_before, text)
    if place is None or place.place.kind == "country":
        # "Location: Djibo, Soum, Sahel, Burkina Faso. JNIM militants attacked a VDP post": the
        # place an event record's field names, in the paragraph before (also for a country
        # only: "adm_1: Mopti region; … Mali: dozens of soldiers killed")
        labelled = _labelled_place(text, ts, mentions)
        if place is None or (
            labelled is not None
            and labelled.place.kind != "country"
            and (
                labelled.place.country_code == place.place.country_code
                # (a town the gazetteer lacks, drawn at its actor's country: "Israeli forces
                # raided the Nur Shams camp" in a record located in Tulkarm)
                or unknown
            )
        ):
            place = labelled
    if (
        last is not None
        and last.action in _TERRITORY
        and action in _BATTLE
        # (or one named in the taking's own phrase: "retook the Fao peninsula from Iran")
        and (place is None or place is last.place or last.end <= place.start < ts)
        and lx.circumstance.search(text, left, ts)
    ):
        # "retook Gharyan in a surprise attack", "captured Aleppo in a lightning offensive": how
        # the place was taken, not a second event
        return None
    border = None
    answered = None  # the earlier event this one's object names again ("repelled the attack")
    if (
        place is None
        and earlier is not None
        and si - earlier.sentence <= _ATTACK_TOLD_WITHIN
        and _the_attack(text, te, lx)
    ):
        # "The RSF stormed the Abu Shouk camp … The army said its forces had repelled the
        # attack": where that attack was
        answered = earlier
        place = earlier.place
    if place is None:
        # "Thai and Cambodian troops exchanged fire along the border": the border they share
        border = _shared_border(text, sentence, agent, target, mentions, lx)
        if border is None and action in _VIOLENT:
            # "ambushed near Tinzaouaten, close to the Algerian border" (a town the gazetteer
            # lacks): the actors' side of the border the sentence names
            across = next(
                (
                    c.anchor
                    for c in s_claims
                    if c.relation == "border"
                    and c.anchor is not None
                    and c.anchor.place.kind == "country"
                ),
                None,
            )
            border = (
                _home_side(across, [agent, target, *s_actors], lx) if across is not None else None
            )
        if border is None:
            return None
        place = border[0]
    elif (
        not unknown
        and action in _VIOLENT
        and across_border(place, text)
        and not any(c.relation == "border" and c.anchor is place for c in s_claims)
    ):
        # "airstrikes on KIA positions near Laiza, on the border with China" (a town the
        # gazetteer lacks, and no claim of the border to place it): the actors' side of that
        # border, not China
        border = _home_side(place, [agent, target, *s_actors], lx)
        if border is not None:
            place = border[0]
        elif place.place.kind == "country":
            # ("repulsed an attack on a base in Boulkessi, near the border with Mali", by
            # actors of no known country: not in Mali, and no side of it to draw)
            return None
    # ---- vague places: "villages near Turkey" takes the claim's region
    region = None
    in_part = False  # (in a part of a country: "in the north of Nigeria")
    place_text = place.text
    geo_precision = place.place.geo_precision
    lon, lat = place.lon, place.lat
    claim = next(
        (
            c
            for c in s_claims
            if c.anchor is place
            # "took Hama and advanced towards Homs, 45 km to the south": that claim places Homs
            and (c.subject_mention is None or c.subject_mention is place)
            and c.relation
            in (
                "border",
                "near",
                "between",
                "direction",
                "outskirts",
                "distance",
                "distance_direction",
                "border_distance",
                "depth",
            )
            and c.geometry is not None
        ),
        None,
    )
    if claim is None and place.place.kind == "sea":
        # "attacked a bulk carrier in the Red Sea about 50 nautical miles southwest of
        # Hodeidah": at sea, where the claim measured from the coast puts it
        claim = next(
            (
                c
                for c in s_claims
                if c.relation == "distance_direction"
                and c.subject_mention is None
                and c.estimate is not None
                and c.geometry is not None
            ),
            None,
        )
    zone = claim.geometry if claim is not None else None
    if claim is None and place.place.kind == "country":
        # "attacked an army post near the Malian border in western Niger": the country's side
        # of the border its sentence tells
        side = country_shape(place.place.country_code)
        claim = next(
            (
                c
                for c in s_claims
                if c.relation == "border"
                and c.geometry is not None
                and c.anchor is not None
                and c.anchor.place.country_code != place.place.country_code
                and side is not None
                and c.geometry.intersects(side)
            ),
            None,
        )
        if claim is not None:
            zone = shapely.make_valid(claim.geometry.intersection(side))
    if claim is not None and place.place.kind not in ("country", "admin1", "region"):
        # "territory near Raqqa": around the place, not the place itself; "a base 200 km north
        # of Mogadishu": at the claim's estimate, the anchor when the claim has no direction
        place_text = claim.text
        geo_precision = 2
        region = claim.geometry
        if claim.estimate is not None:
            lon, lat = claim.estimate
    elif claim is not None and place.place.kind in ("country", "admin1", "region"):
        region, label = _narrow(zone, si, mentions, article)
        place_text = claim.text + (f" ({label})" if label else "")
        p = (
            region.representative_point()
            if not region.contains(region.centroid)
            else region.centroid
        )
        lon, lat = p.x, p.y
        geo_precision = 4 if label else 5
    if border is not None:
        _, region, place_text = border
        p = region.representative_point()
        lon, lat, geo_precision = p.x, p.y, 5
    drawn_at_country = bool(unknown)
    if drawn_at_country:
        place_text = f"{unknown}, {place.place.name}"
        # (a town standing in for a place the gazetteer lacks: near it, not at it)
        geo_precision = max(geo_precision, 2)
    elif region is None and place.start >= te:
        unknown = _unknown_before(text, te, place.start, s_actors)
        if unknown:
            # "attacked Mansila, in Yagha province": a place the gazetteer lacks, drawn at the
            # one that holds it, and named so
            place_text = f"{unknown}, {place.text}"
            geo_precision = max(geo_precision, 2)
    if (
        region is None
        and place.place.kind in ("country", "admin1")
        and not place.demonym
        # (not of each division of a list: "in the western Lviv and Ternopil regions" are
        # both regions, whole)
        and _shared_qualifier(text, place.start, place.end, _toponyms()) is None
    ):
        part = _part_before(text, place.start, s0)
        shape = None
        if part is not None:
            whole = (
                country_shape(place.place.country_code)
                if place.place.kind == "country"
                else admin1_shape(place.place.geonameid)
            )
            shape = part_of(whole, part[1])
        if shape is not None:
            # "killed 12 soldiers in northern Burkina Faso", "in eastern Aleppo province": in
            # that part of the country or division (a town the gazetteer lacks still names it:
            # "the village of Seytenga in northern Burkina Faso")
            region, in_part = shape, True
            if not unknown:
                place_text = text[part[0] : place.end]
            p = region.representative_point()
            lon, lat = p.x, p.y
            geo_precision = min(geo_precision, 5)
    # ---- modality
    modality = _modality(lead, text[te : min(right, te + 25)], lx, text[ts:te], text[s0:ts])
    if speaker is not None and modality == "asserted":
        modality = "claimed"  # a side telling of its own act
    if modality == "asserted" and _CLAIMED_AFTER.search(text, te, sentence.end):
        modality = "claimed"  # "captured Andriivka, the Russian MoD claimed."
    # ---- date
    date_start, date_end, prec, source = _date_for(
        ts, te, s0, [d for d in dates if _outside(s0 + d.start, hidden)], article, text, lx
    )
    if answered is not None and source != "text" and answered.date_source == "text":
        date_start, date_end, prec, source = (
            answered.date_start,
            answered.date_end,
            answered.time_precision,
            answered.date_source,
        )
    if shared and last is not None and source != "text" and last.date_source == "text":
        date_start, date_end, prec, source = (
            last.date_start,
            last.date_end,
            last.time_precision,
            last.date_source,
        )
    if source != "text" and (labelled := _labelled_date(text, ts, article.published)):
        # "Date: 12/04/2024. Location: Djibo. JNIM militants attacked": the record's field
        date_start, date_end, prec, source = (*labelled, "text")
    if date_start is None and article.published is None:
        source = "none"
    crowd = _civilians() if moved else None
    if (
        agent is None
        and shared
        and last is not None
        and last.actor_text is None
        and last.actor
        # (not those who fled: "were displaced after floods and fighting")
        and last.action != "civilian_movement"
    ):
        crowd = last.actor  # "students rioted and burned vehicles": the rioters burned them
    kind = agent.type if agent else (load_actors().types.get(crowd) if crowd else None)
    if agent is not None and agent.country and kind in ("state", "foreign-state"):
        # "Russian forces captured Bakhmut": a foreign state's capture; "Russian troops took
        # Grozny": the state's own, at home
        # (at home in its territories too: "British troops retook Port Stanley")
        # (and with the state at home: "French and Malian troops retook Gao" regained it)
        cc = place.place.country_code
        home = (cc, sovereign_of(cc))
        kind = (
            "state"
            if agent.country in home
            or (
                partner is not None
                and partner.type in ("state", "foreign-state")
                and partner.country in home
            )
            else "foreign-state"
        )
    if target is None and action in ("capture", "retake") and not unknown:
        # "captured East Jerusalem from Jordan": the state it was taken from
        frm = _FROM_COUNTRY.match(text, place.end)
        owner = next(
            (
                m
                for m in s_places
                if frm is not None and m.start == frm.end() and m.place.kind == "country"
            ),
            None,
        )
        if owner is not None and owner.place.country_code != (agent.country if agent else ""):
            owner_cc = owner.place.country_code
            name, state_kind = load_actors().state(owner_cc)
            target = ActorMention(
                owner.start, owner.end, owner.text, name, state_kind, country=owner_cc
            )
    default = lx.spec["actions"][action].get("default_actor")
    if (
        agent is not None
        and agent.type in _ARMED_TYPES
        and load_actors().types.get(default) in _CROWD_TYPES
    ):
        # ("Security forces arrested 35 activists ahead of a planned protest": the protest is
        # a crowd's, never the forces')
        agent = kind = None
    etype = _event_type(
        action,
        kind,
        _target_kind(target, kind, text, te, right, lx, passive=passive, left=left, ts=ts),
        lx,
    )
    if (
        action == "clash"
        and target is not None
        and target.type in _CROWD_TYPES
        and agent is not None
    ):
        # (the crowd is the demonstration's actor, as ACLED codes it, the forces its other side)
        agent, target = target, agent
    if place.start < te:
        relation = "before"
    else:
        relation = _relation_word(text[te : place.start], lx) or "direct"
    if relation in (lx.spec["actions"][action].get("place_not_after") or ()):
        return None  # "the dogs were taken from Wilson's Farm": no capture of the farm
    if trigger_words in (lx.spec["actions"][action].get("place_right_after") or ()) and not (
        place.start >= te and _OF_THE.fullmatch(text, te, place.start)
    ):
        return None  # "after the fall of Assad": a man's fall, no town's
    if drawn_at_country:
        relation = "in"  # "the town of Rubaya": somewhere in the country
    elif border is not None:
        relation = "border"
    conf = (
        0.5
        + 0.2 * (agent is not None)
        + 0.15 * (place.confidence >= 0.8)
        + 0.15 * (source == "text")
    )
    return Event(
        start=ts,
        end=te,
        sentence=si,
        action=action,
        event_type=etype,
        trigger=text[ts:te],
        modality=modality,
        # ("300 people protested": the lexicon's actor of a protest, when none is named)
        actor=agent.actor if agent else crowd or lx.spec["actions"][action].get("default_actor"),
        actor_text=agent.text if agent else None,
        target_actor=target.actor if target else None,
        place=place,
        origin=origin,
        date_start=date_start,
        date_end=date_end,
        time_precision=prec,
        date_source=source,
        geo_precision=geo_precision,
        confidence=_confidence(conf, place),
        lon=lon,
        lat=lat,
        place_text=place_text,
        region=region,
        in_part=in_part,
        place_relation=relation,
    )


# actions whose kind the weapon an actor is named by decides ("Russian missiles struck")
_BY_WEAPON = frozenset({"attack", "explosive", "airstrike"})
_ARMED_TYPES = frozenset({"state", "foreign-state", "coalition", "non-state"})
_STATE_TYPES = frozenset({"state", "foreign-state", "coalition"})
_CROWD_TYPES = frozenset({"protesters", "rioters"})


def _civilians() -> str | None:
    """The actors lexicon's actor of civilians ("Civilians")."""
    actors = load_actors()
    return next((a for a, t in actors.types.items() if t == "civilians"), None)


def _target_kind(
    target: ActorMention | None,
    kind: str | None,
    text: str,
    te: int,
    right: int,
    lx: _Lex,
    *,
    passive: bool,
    left: int,
    ts: int,
) -> str | None:
    """What an action of an agent of type ``kind`` hit, for its event type: "armed" for an
    armed actor, named or told by its object's noun ("ambushed a military convoy"), by a
    passive's subject ("Five soldiers were killed by militants"; not "40 Palestinians have
    been killed in Israeli attacks"), or for no object at all after a state's forces ("Russian
    forces attacked near Vovchansk": a ground assault); else the target actor's type.
    ``left`` is where the action's clause starts, ``ts`` where its word does."""
    if target is not None:
        return "armed" if target.type in _ARMED_TYPES else target.type
    if passive:
        return "armed" if lx.armed_subject.search(text, max(left, ts - 60), ts) else None
    verb = _WORDS.match(text, ts)
    if lx.armed_object.match(text, te, right) is not None or (
        # ("neutralised 12 terrorists": an action told with its object)
        verb is not None and lx.armed_object.fullmatch(text, verb.end(), te) is not None
    ):
        return "armed"
    return "armed" if kind in _STATE_TYPES and lx.assault.match(text, te) else None


def _modality(
    before: str, after: str, lx: _Lex, trigger: str = "", sentence_before: str = ""
) -> str:
    tail = _said_plainly(before[-90:], lx)[-60:]
    # (a headline in title case capitalises every word: "Ukraine Says It Repelled …")
    titled = title_case(f"{sentence_before} {trigger} {after}")
    if (
        re.search(r"\bto\s+$", tail)
        and not re.search(r"\b(?:due|used|going)\s+to\s+$", tail)
        # ("failed to retake the dam": not done, and not only intended)
        and not re.search(r"\b(?:failed|fails|fail|unable)\s+to\s+$", tail)
        # ("forcing thousands of residents to flee": they fled; "forcing people who had fled
        # the capital to flee again", past the relative clause the lead leaves out)
        and not _caused(sentence_before[-130:] or before[-130:], lx)
    ):
        return "expected"  # "an offensive to recapture the city": intended, not done
    # (a contrast starts the clause anew: "did not confirm the loss but said its troops had")
    tail = _BUT.split(tail)[-1]
    adverb = _ADVERB_AFTER.match(after)
    if adverb is not None:
        # an adverb or a modal between an action's noun and its verb: "an airstrike reportedly
        # hit", "the offensive could begin"
        mod = next((mod for mod, rx in lx.modality if rx.fullmatch(adverb[1])), None)
        if mod in ("claimed", "expected"):
            return mod
    for mod, rx in lx.modality:
        if mod == "denied":
            # denial verbs anywhere in the clause before; negation particles only next to it
            for m in rx.finditer(tail):
                # (a particle next to it, an auxiliary's a few words off: "did not make
                # confirmed advances"; not "is not engaged in the Saudis' bombing", nor past
                # its clause: "did not capture Kyiv, and withdrew")
                near = 15 if m.group().lower() in ("not", "never", "no longer") else 30
                if _NEGATION.search(m.group()) is None or (
                    len(tail) - m.end() < near and not re.search(r"[,;]", tail[m.end() :])
                ):
                    return "denied"
            if re.match(r"\s*(?:not|never)\b", after):
                return "denied"
        elif any(titled or _lowercase_word(tail, m) for m in rx.finditer(tail)):
            return mod
        elif mod == "claimed" and rx.search(trigger):
            return mod  # "claimed control of"
    return "asserted"


_BUT = re.compile(r"\bbut\b", re.IGNORECASE)
# an adverb or a modal right after an action's noun ("an airstrike reportedly hit", "the
# offensive could begin within weeks")
_ADVERB_AFTER = re.compile(r"\s+([a-z]+ly|could|may|might|will|would|shall)\b")
_NEGATION = re.compile(r"(?:\bnot|n['’]t|\bnever|\bno\s+longer)$", re.IGNORECASE)
# who claimed it, told after it at the end of its sentence: ", the Russian MoD claimed."
_CLAIMED_AFTER = re.compile(
    r",\s+(?!(?:which|who|whom|whose|that|where|as|and|but)\b)(?:[\w'’-]+\s+){1,6}?"
    r"(?:claimed|claims|alleged|alleges)\b[^,;]*?[.!?]?[\"”]?\s*$"
    # ("…, the TPLF said, a claim the Ethiopian government denied.")
    r"|,\s+an?\s+(?:claim|assertion|account)\s+(?:that\s+)?[^,;]{0,60}?\b(?:denied|denies|"
    r"disputed|disputes|rejected|rejects|dismissed|dismisses|could\s+not\s+(?:be\s+)?verif(?:y|ied))"
    r"\b[^,;]*?[.!?]?[\"”]?\s*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _noun_before() -> tuple[frozenset[str], re.Pattern]:
    """The causatives that are nouns too ("forces"), and what before one makes it the noun: a
    word of the lexicon or a capitalised word ("Afghan forces launched an operation to retake";
    not a cause: "Shelling forces residents to")."""
    spec = load_lexicon("actions")
    words = spec.get("causative_noun_words") or []
    return frozenset(str(w).lower() for w in words), re.compile(
        rf"(?:\b(?i:{_alt(spec.get('causative_noun_openers') or ['(?!)'])})"
        r"|(?<![\w'’-])[A-Z][\w'’-]*(?<!ing))\s+$"
    )


def _caused(text: str, lx: _Lex) -> bool:
    """Whether ``text`` ends in "<causative> X to" ("forcing thousands to"): what follows was
    done, not intended."""
    m = lx.caused.search(text)
    if m is None:
        return False
    nouns, opener = _noun_before()
    return not (
        m.group().split(maxsplit=1)[0].lower() in nouns and opener.search(text, 0, m.start())
    )


def _said_plainly(text: str, lx: _Lex) -> str:
    """``text`` without the time expressions and fillers after its speech verbs: "the army said
    on Saturday in a statement that it had" reads "the army said it had"."""
    for m in reversed(list(lx.speech.finditer(text))):
        k = m.end()
        while (n := time_expression_end(text, k)) > k or (n := _filler_end(text, k, lx)) > k:
            k = n
        text = text[: m.end()] + text[k:]
    return text


def _filler_end(text: str, k: int, lx: _Lex) -> int:
    f = lx.speech_filler.match(text, k)
    return f.end() if f else k


def _lowercase_word(text: str, m: re.Match) -> bool:
    """A modal word as a word, not a name: "12 May 2024" is a date, "Will Smith" a person."""
    return not (m.group()[0].isupper() and text[: m.start()].strip()[-1:] not in ("", ".", '"'))


# ("a US destroyer", "waving Korean and US flags")
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|the|[A-Z][a-z]+(?:an|ian|ese|ish|i)\s+(?:and|or))\s+$")
# the noun after a country, past a model's designation ("a US MQ-9 Reaper drone")
_WORD_AFTER = re.compile(
    r"(?:\s+(?=[\w-]*\d)[A-Z0-9][\w-]*(?:\s+[A-Z][a-z]+)?)?\s+([a-z][a-z-]*)\b"
)


def _modifies_a_noun(m: Mention, text: str) -> bool:
    """A country named as a noun's modifier ("targeted a US destroyer in the Red Sea") is not
    where the action happened."""
    if m.place.kind != "country":
        return False
    w = _WORD_AFTER.match(text, m.end)
    if w is None:
        return False
    if not _ARTICLE_BEFORE.search(text, max(0, m.start - 25), m.start):
        # (a headline drops the article: "Houthis say they targeted US destroyer in Red Sea")
        return w.group(1) in _force_words()
    return w.group(1) not in _country_stop()


def _clause_shift(text: str, sub: re.Match) -> tuple[int, int] | None:
    """The days from the main clause's date to that of a clause of time counted from it ("a
    day after": -1 to -1, "two weeks before": 14 to 14), or None."""
    days = count_of_days_before(text, sub.start())
    word = sub.group(0).lower()
    if days is None or word not in _SHIFT_SIGN:
        return None
    sign = _SHIFT_SIGN[word]
    return (sign * days[1], sign * days[0]) if sign < 0 else (days[0], days[1])


_SHIFT_SIGN = {"after": -1, "before": 1}  # ("as", "when", "once" count no days)
_DAY, _WEEK, _MONTH = 1, 2, 3  # time precision (ACLED)


@lru_cache(maxsize=4)
def _clause_markers(key: str) -> re.Pattern:
    """The subordinators of the actions lexicon's list ``key`` that open a clause:
    ``retreat_clause_markers`` (of time, "after": a withdrawal in its clause is from the main
    clause's place, and an event in it with no date of its own has the main clause's) and
    ``during_clause_markers`` (of what was going on, "as": an action with no place of its own
    before it is where that clause is, "killed 20 villagers as they fled to Kaduna")."""
    words = load_lexicon("actions").get(key) or ["(?!)"]
    return re.compile(rf"(?:{_alt(words)})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _local_object() -> re.Pattern:
    """An attack's object that lies within a place told elsewhere (``local_objects``): "a
    residential neighbourhood", "the main market"."""
    words = load_lexicon("actions").get("local_objects") or ["(?!)"]
    return re.compile(
        rf"\s+(?:(?:an?|the|its|their)\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{_alt(words)})(?![\w-])",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _downed_after() -> re.Pattern:
    """A list of weapons then the passive of a downing word: "(missiles) and 86 drones were
    shot down"."""
    words = load_lexicon("actions").get("downing_words") or ["(?!)"]
    return re.compile(
        r"(?:\s*(?:,|and|or)\s+(?:[\w-]+\s+){0,2}[\w-]+)*\s+"
        r"(?:were|was|have\s+been|has\s+been|had\s+been|being)\s+"
        rf"(?:(?:all|reportedly|successfully|later)\s+)?(?:{_alt(words)})\b",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _settlement_nouns() -> frozenset[str]:
    """The nouns of a settlement ("town", "city"; the claims lexicon's)."""
    return frozenset(load_lexicon("claims")["unknown_place"]["settlement_nouns"])


@lru_cache(maxsize=1)
def _force_words() -> frozenset[str]:
    """The one-word nouns of a state's forces and things ("troops", "destroyer", "base")."""
    nouns = load_lexicon("actors").get("state_force_nouns") or []
    return frozenset(str(w).lower() for w in nouns if " " not in str(w))


@lru_cache(maxsize=1)
def _country_stop() -> frozenset[str]:
    return frozenset(str(w) for w in load_lexicon("actors").get("country_subject_stop") or [])


def _names_an_organisation(m: Mention, text: str) -> bool:
    """A country named in an organisation's name ("shot down Malaysia Airlines Flight MH17
    over eastern Ukraine") is not where the action was."""
    w = _NEXT_CAPITALISED.match(text, m.end)
    return (
        m.place.kind == "country" and w is not None and w.group(1).lower() in _toponyms().org_heads
    )


_NEXT_CAPITALISED = re.compile(r"\s+([A-Z][a-z]+)\b")


@lru_cache(maxsize=4)
def _unknown_before_re(_key: int) -> re.Pattern:
    """What may stand between an action and the place that holds an unknown place named in
    its object, the name as group ``named`` (built from the claims lexicon)."""
    claims_spec = load_lexicon("claims")
    spec = claims_spec["unknown_place"]
    leads = _alt(spec["leads"])
    gap = _alt(claims_spec["gap_words"])  # "in northern Burkina Faso"
    # right after the action, or after "in"/"at" in its object ("abducted 287 pupils in
    # Kuriga, Kaduna state"); a noun of place may follow the name ("Kalma camp in Nyala")
    return re.compile(
        # ("the mining town of Rubaya in North Kivu province")
        rf"(?:[^,;]{{0,60}}?\s(?:in|at|near|on)\s+|\s+)"
        rf"(?:the\s+(?:(?:[\w-]+\s+){{0,2}}?(?:{leads})\s+of\s+)?)?"
        rf"(?P<named>{proper_name_pattern(spec)}(?:\s+(?:{leads}))?)"
        # "Rubaya, a mining town in North Kivu"; "Galcad (Adan Yabaal, Middle Shabelle)"
        r"(?:\s*,\s*(?:(?:an?|the)\s+[^,;]{0,50}?\s)?(?:in\s+)?|\s+in\s+"
        # "in Ancuabe district of Cabo Delgado province": after a noun of place only
        r"|\s*\((?:[^(),]{1,40},\s*)*|(?P<of>\s+of\s+(?:the\s+)?))"
        rf"(?:(?:{gap})\s+)*"
        # ("Rubaya in eastern Congo's North Kivu province": the country that holds it)
        r"(?:(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))?['’]s\s+)?"
    )


def _unknown_before(text: str, te: int, place_start: int, actors: list[ActorMention]) -> str:
    """The proper name right after an action that stands before the place it lies in and is
    no place the gazetteer knows, nor an actor ("attacked Mansila, in Yagha province")."""
    m = _unknown_before_re(id(load_lexicon("claims"))).fullmatch(text, te, place_start)
    if m is None or any(a.start < m.end("name") and m.start("name") < a.end for a in actors):
        return ""
    if m["of"] and m.end("name") == m.end("named"):
        return ""  # "attacked Kyiv of …": "of" only after a noun of place
    if country_named(m["name"].split("-")[0]) is not None:
        # "torched homes in the Palestinian village of Huwara": Huwara itself ("shelled the
        # Ukrainian-controlled town of Orikhiv": Orikhiv)
        return ""
    return "" if m["name"].lower() in not_place_names() else m["named"]


@lru_cache(maxsize=4)
def _settlement_re(_key: int) -> re.Pattern:
    """A settlement named by its noun right after an action ("captured the strategic town of
    Rubaya"), the name as group ``named`` (built from the claims lexicon)."""
    spec = load_lexicon("claims")["unknown_place"]
    name = proper_name_pattern(spec)
    return re.compile(
        rf"(?:[^,;.]{{0,60}}?\s(?:in|at|into|near|from|on)\s+|\s+)(?:the\s+(?:"
        rf"(?:[\w-]+\s+){{0,3}}?(?:{_alt(spec['settlement_nouns'])})\s+of\s+(?P<named>{name})"
        r"(?![\w'’-])"
        # "at the Torkham crossing": the name and its noun
        rf"|(?P<site>{name.replace('?P<name>', '?P<site_name>')}\s+"
        rf"(?:{_alt(spec['site_nouns'])}))(?![\w-]))"
        # "in El Dher district", "from Mekane Selam town", "seized Kavumu airport": the name and
        # its noun, no article (or one: "in the Shaboura district")
        rf"|(?P<the>the\s+)?(?P<own>{name.replace('?P<name>', '?P<own_name>')}\s+"
        rf"(?:{_alt([*spec['settlement_nouns'], *spec['site_nouns']])}))(?![\w-]))"
    )


@lru_cache(maxsize=4)
def _bare_name_re(_key: int) -> re.Pattern:
    """A proper name alone right after an action, ending its clause or followed by its time
    ("took Walikale on Sunday"), as group ``named`` (the groups of :func:`_settlement_re`)."""
    spec = load_lexicon("claims")["unknown_place"]
    name = proper_name_pattern(spec).replace("?P<name>", "?P<named>")
    return re.compile(
        rf"\s+{name}(?P<site>(?!))?(?P<own>(?!))?"
        r"(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|after|last|this|early|late|overnight|from)\b)"
    )


@lru_cache(maxsize=4)
def _in_name_re(_key: int) -> re.Pattern:
    """A proper name alone after "in", "at" or "near" in an action's object, ending its
    phrase ("struck a camp in Dedebit, killing 56"), as group ``named`` (the groups of
    :func:`_settlement_re`)."""
    spec = load_lexicon("claims")["unknown_place"]
    name = proper_name_pattern(spec).replace("?P<name>", "?P<named>")
    # (the first of two: "attacked army bases in Galcad and Cowsweyne, killing dozens")
    other = proper_name_pattern(spec).replace("?P<name>", "?:")
    # (or its month or year: "executed about 500 people in Moura in March 2022")
    months = "|".join(str(m).capitalize() for m in load_lexicon("dates")["months"])
    return re.compile(
        rf"[^,;.]{{0,60}}?\s(?:in|at|near)\s+{name}(?P<site>(?!))?(?P<own>(?!))?"
        rf"(?:\s+and\s+{other})?"
        r"(?=\s*(?:[,.;:)]|$)|\s+(?:on|last|this|early|late|overnight|killing|wounding|killed"
        # (or a stretch of time: "killed about 500 people in Moura over five days")
        rf"|wounded|injured|over|during|between|since|in\s+(?:{months}|(?:1[89]|20)\d\d))\b)"
    )


def _relation_word(gap: str, lx: _Lex) -> str:
    """The last preposition of place between an action and a place after it, else ""."""
    prep = lx.prepositions.findall(gap.lower())
    return prep[-1] if prep else ""


_COMPOUND = re.compile(r"-[a-z]")
_OF_THE = re.compile(r"\s*(?:of\s+)?(?:the\s+)?")


# a speaker's second verb claiming its own act: "…, and claimed to have shot down"
_CLAIMED_TO_HAVE = re.compile(
    r"\band\s+(?:also\s+)?(?:claimed|claims|said|says)\s+to\s+have\s+(?:\w+ly\s+)?\Z"
)
# an absolute clause: ", with" and a subject before a participle
_WITH_DOING = re.compile(r",\s+(?P<w>with)\s+(?:[\w'’-]+\s+){1,4}?[a-z]{2,}ing\b")


def _narrated(
    ref: TimeSpan | None, ref_in: int, si: int, article: Article, pub: dt.date | None
) -> bool:
    """Whether the story is at ``ref`` when sentence ``si`` starts: told in one of the two
    sentences before it, in its paragraph, more than a year before publication (a history,
    not this year's news). A day without its year is then in the year of the story."""
    if ref is None or pub is None or not 0 < si - ref_in <= 2:
        return False
    if (pub - ref.date_end).days <= 366 or ref.date_end - ref.date_start > dt.timedelta(days=366):
        return False
    return "\n\n" not in article.text[article.sentences[ref_in][1] : article.sentences[si][0]]


@lru_cache(maxsize=4)
def _judging(_key: int) -> re.Pattern:
    """A verb judging an act that is not its subject's ("condemned the attack"; actions
    lexicon ``judging_verbs``), followed by the space before its object."""
    words = load_lexicon("actions").get("judging_verbs") or ["(?!)"]
    return re.compile(rf"\b(?:{_alt(words)})\s+")


@lru_cache(maxsize=4)
def _place_nouns(_key: int) -> re.Pattern:
    """A settlement's or a site's noun ending a passive's subject, before its auxiliaries:
    "The airport was seized", "the base has been retaken"."""
    spec = load_lexicon("claims")["unknown_place"]
    nouns = [*spec["settlement_nouns"], *spec["site_nouns"]]
    return re.compile(
        rf"(?<![\w-])(?:{_alt(nouns)})s?\s+(?:(?:has|have|had|now|finally|also)\s+)*"
        r"(?:is|are|was|were|been|be|being|got|get)\s+(?:\w+ly\s+)?$",
        re.IGNORECASE,
    )


def _unknown_settlement(
    text: str,
    te: int,
    right: int,
    ts: int,
    si: int,
    actors: list[ActorMention],
    mentions: list[Mention],
    home: str = "",
    *,
    sites: bool = True,
    backers: tuple[ActorMention, ...] | list[ActorMention] = (),
    bare: bool = False,
    after_in: bool = False,
    remote: bool = False,
) -> tuple[str, Mention | None]:
    """A settlement the gazetteer lacks, named right after the action ("M23 captured the town
    of Rubaya"), and the country it is drawn at: the one the sentence names (its demonym
    included, "the Congolese army"), else the last the article named before it, else the
    ``home`` country of the actors (ISO code). Without ``sites``, a site ("the Philadelphi
    corridor along the border with Egypt") is left to the border that places it. With
    ``bare``, a name alone ending the action's clause counts too ("M23 rebels took
    Walikale."); with ``after_in``, one after "in", "at" or "near" ending its phrase ("struck a
    camp in Dedebit, killing 56")."""
    m = _settlement_re(id(load_lexicon("claims"))).match(text, te, right)
    if m is None and after_in:
        # "struck a camp in Dedebit, killing 56": a name alone after "in", ending its phrase
        m = _in_name_re(id(load_lexicon("claims"))).match(text, te, right)
    if m is None and bare:
        # "M23 rebels took Walikale.": a name alone right after a capture, ending its clause
        m = _bare_name_re(id(load_lexicon("claims"))).match(text, te, right)
    if m is None:
        return "", None
    g = "named" if m["named"] else "site_name" if m["site"] else "own_name"
    settlements = load_lexicon("claims")["unknown_place"]["settlement_nouns"]
    if not sites and (
        g == "site_name" or (g == "own_name" and m["own"].split()[-1].lower() not in settlements)
    ):
        return "", None
    n0, n1 = m.span(g)
    if m[g].lower() in not_place_names() or country_named(m[g].split("-")[0]):
        return "", None  # "the Ukrainian-held bridge"
    if any(a.start < n1 and n0 < a.end for a in actors):
        return "", None  # "the city of Kyiv's forces", "the Wagner base"
    if any(k.start < n1 and n0 < k.end for k in mentions):
        return "", None  # a place the geoparser knows but left out (a metonym, a dateline)
    label = re.sub(r"(?<=[a-z])\.$", "", m["named"] or m["site"] or m["own"])  # ("Rubaya.")
    if m.groupdict().get("the"):
        # "advanced into Rafah, while fighter jets struck houses in the Shaboura district": a
        # part of a town, told with its article, is drawn at the town its sentence named
        # before it, else the town the two sentences before it named last ("… seized El
        # Fasher … west of the city. Residents reported shelling on the Daraja Oula
        # neighbourhood"), and nowhere else (not at the strikers' country)
        quarters = load_lexicon("claims")["unknown_place"].get("quarter_nouns") or ()
        town = next(
            (
                k
                for k in reversed(mentions)
                if ((k.sentence == si and not k.anaphoric) or si - 2 <= k.sentence < si)
                and k.end <= m.start()
                and k.place.kind == "city"
                and not across_border(k, text)
            ),
            None,
        )
        if m["own"].split()[-1].lower() not in quarters or town is None:
            return "", None
        return label, town
    # (a country across a border is not where the settlement is, nor one joined to a word:
    # "the Armenian-populated town of Hadrut", "the Russian-held village of Krynky")
    areas = [
        k
        for k in mentions
        if k.place.kind in ("country", "admin1", "region")
        and not across_border(k, text)
        and not _COMPOUND.match(text, k.end)
        # (nor the country of the backers: "backed by US airstrikes")
        and not any(a.start <= k.start < a.end for a in backers)
        # (nor, for a strike from afar, the country of a state that fights abroad: "died in US
        # strikes on Ras Isa port"; "an Ethiopian airstrike … in Dedebit" is at home)
        and not (
            remote
            and any(
                a.start <= k.start < a.end
                for a in actors
                if a.type in ("foreign-state", "coalition")
            )
        )
    ]
    countries = [k for k in areas if k.place.kind == "country" and k.start < m.end()]
    # (an area the sentence names outright before the country of a demonym: "Israeli troops
    # withdrew from the Netzarim corridor, which cuts the Gaza Strip in two")
    here = [k for k in areas if k.sentence == si and not k.demonym] or [
        k
        for k in areas
        if k.place.kind == "country"
        and k.sentence == si
        # (not the victims' demonym after it when the actors' home is known: "attacked a base
        # in Leego, killing dozens of Burundian soldiers" is in al-Shabaab's Somalia)
        and not (home and k.demonym and k.start >= m.end())
    ]
    # ("the central Malian village of Moura", "the Darfuri village of Misterei": the country
    # or region named in the phrase itself)
    inside = [k for k in areas if m.start() <= k.start < n0]
    # (else a province told before, when no country is: "attacked Palma in Cabo Delgado
    # province … Al-Shabab militants beheaded 50 people in a village in Muidumbe district" is
    # in Mozambique, not in the Somalia of al-Shabaab's name)
    before = [k for k in areas if k.start < m.end()]
    # (of the countries named by their people, the actors' own: "Malian soldiers and Russian
    # mercenaries killed 500 people in Moura" is in Mali)
    own = [k for k in here if k.demonym and home and k.place.country_code == home]
    pick = (
        inside[-1]
        if inside
        else min(own or here, key=lambda k: abs(k.start - ts))
        if here
        else (countries or before or [None])[-1]
    )
    if pick is None and home:
        # "Al-Shabaab fighters overran a base in El Dher district": in al-Shabaab's country
        country = get_gazetteer().country(home)
        if country is not None:
            pick = Mention(n0, n1, text[n0:n1], si, country, 0.5, lat=country.lat, lon=country.lon)
    return (label, pick) if pick is not None else ("", None)


def _date_for(ts, te, s0, dates: list[TimeSpan], article: Article, text: str, lx: _Lex):
    """The time expression of the trigger's clause, else that of the main clause before a
    clause of time the trigger is in ("captured Quang Tri on May 1, 1972, after South
    Vietnamese units fled"), else the week up to the date of a clause after "before" ("briefly
    seized the town before withdrawing on Thursday") or from that of one after "after" ("took
    control of Jarablus after Turkish tanks crossed the border on August 24, 2016"), else the
    publication date."""
    best = None
    main = shift = later = until = since = None
    for d in dates:
        a, b = s0 + d.start, s0 + d.end
        lo, hi = (b, ts) if b <= ts else (te, a)
        sub = [
            m
            for m in lx.subord.finditer(text, lo, hi)
            if not lx.not_sub.match(text, m.start())
            # "seized Aleppo on 30 November after an offensive, and troops withdrew": the
            # subordinate clause ends where ", and" goes back to the main one
            and not (b <= ts and _CLAUSE_BACK.search(text, m.end(), hi))
            # "The war began on Oct. 7, when Hamas-led militants stormed into Israel", "an
            # attack on April 5 in which aircraft dropped barrel bombs": the clause tells what
            # happened on that date
            and not _WHEN_AFTER.fullmatch(text, b, m.end())
        ]
        # "On 11 November 2023, Houthi forces fired a missile at Eilat, which was
        # intercepted": a date that opens the sentence dates all of it
        opening = not text[s0:a].strip() and text[b : b + 1] == ","
        if sub and not opening and not text[a:b].lower().startswith("since"):
            # across a subordinate clause: it dates something else, or bounds a clause of time
            if (
                b <= ts
                and len(sub) == 1
                and _clause_markers("retreat_clause_markers").fullmatch(sub[0].group(0))
                and (main is None or a > s0 + main.start)
            ):
                main, shift = d, _clause_shift(text, sub[0])
            elif a >= te and len(sub) == 1 and later is None:
                # "seized Aden's presidential palace after days of clashes … in August 2019":
                # the clashes told as a noun, dated, lead straight to the action
                act = lx.rx.search(text, sub[0].end(), a)
                if act is not None and lx.circumstance.match(text, sub[0].start(), act.start()):
                    later = d
                elif until is None and sub[0].group(0).lower() in lx.spec.get(
                    "earlier_clause_markers", ()
                ):
                    until = d  # "briefly seized the town before withdrawing on Thursday"
                elif since is None and sub[0].group(0).lower() in lx.spec.get(
                    "later_clause_markers", ()
                ):
                    since = d  # "took control of Jarablus after tanks crossed on August 24"
            continue
        # (a date across a semicolon belongs to the other clause: "In April 2003, US troops
        # entered Baghdad; on 9 April, the statue … was toppled")
        # (and one across ", and" with a subject of its own: "Fighting has raged there since
        # 2016, and rebels captured the town on Monday")
        dist = (
            ";" in text[lo:hi] or _CLAUSE_BACK.search(text, lo, hi) is not None,
            bool(
                (b <= ts and _NEXT_VERB.search(text, b, ts))
                or (a >= te and _told_on().search(text, max(te, a - 20), a))
            ),
            abs(a - ts),
        )
        if best is None or dist < best[0]:
            best = (dist, d)
    if best is None and main is not None:
        if shift is not None and main.precision == _DAY:
            # "on Tuesday, a day after coalition airstrikes killed 14": the Monday before
            lo, hi = (main.date_start + dt.timedelta(days=k) for k in shift)
            return lo, hi, _DAY if lo == hi else _WEEK, "text"
        best = ((False, 0), main)
    if best is None and later is not None:
        best = ((False, 0), later)
    if best is None and until is not None and until.precision == _DAY:
        return until.date_start - dt.timedelta(days=6), until.date_end, _WEEK, "text"
    if best is None and since is not None and since.precision == _DAY:
        return since.date_start, since.date_end + dt.timedelta(days=6), _WEEK, "text"
    pub = article.published
    if best is not None:
        d = best[1]
        end = d.date_end
        if pub is not None and d.date_start <= pub < end:
            end = pub  # "In July", told on 1 July: what is reported happened by then
        return d.date_start, end, d.precision, "text"
    if pub is None:
        # ("Regional Overview: Africa, 22-28 June 2024"): the span the title dates, with no
        # publication date to go by
        span = _title_span(article.title or "", id(load_lexicon("dates")))
        if span is not None:
            return span.date_start, span.date_end, span.precision, "title"
        return None, None, 0, "none"
    return pub, pub, 1, "published"


@lru_cache(maxsize=256)
def _title_span(title: str, _key: int) -> TimeSpan | None:
    """The last time expression of a title that needs no publication date to resolve."""
    found = find_dates(title, None)
    return found[-1] if found else None


@lru_cache(maxsize=4)
def _part_words(_key: tuple[int, int]) -> tuple[re.Pattern, dict[str, float | None]]:
    """The compass words of a country's part ("northern", "north-eastern", "the north of",
    "central"), from the claims lexicon's directions and the toponyms lexicon's region
    modifiers, with their bearings (None for the middle)."""
    dirs = load_lexicon("claims")["directions"]
    bearing: dict[str, float | None] = {
        str(k).lower().replace("-", ""): float(v) for k, v in dirs.items() if float(v) % 45 == 0
    }
    words: dict[str, float | None] = {}
    for k, v in bearing.items():
        words[k] = v
        words[f"{k}ern"] = v
        for side in ("east", "west"):
            if k.endswith(side) and len(k) > len(side):  # ("north-eastern", "north east")
                head = k[: -len(side)]
                for sep in ("-", " "):
                    words[f"{head}{sep}{side}"] = v
                    words[f"{head}{sep}{side}ern"] = v
    # (the middle, when the lexicon's region modifiers have it)
    mods = {str(w).lower() for w in load_lexicon("toponyms").get("region_modifiers") or []}
    if "central" in mods:
        words["central"] = None
    alt = _alt(sorted(words, key=len, reverse=True))
    return (
        re.compile(
            rf"\b(?:(?P<adj>{alt})\s+|the\s+(?:far\s+)?(?P<noun>{alt})\s+of\s+(?:the\s+)?)$",
            re.IGNORECASE,
        ),
        words,
    )


def _part_before(text: str, pos: int, s0: int) -> tuple[int, float | None] | None:
    """Where a compass word of a country's part before ``pos`` starts, and its bearing."""
    rx, words = _part_words((id(load_lexicon("claims")), id(load_lexicon("toponyms"))))
    m = rx.search(text, max(s0, pos - 30), pos)
    if m is None:
        return None
    word = (m["adj"] or m["noun"]).lower()
    return m.start(), words.get(word, words.get(word.replace("-", "").replace(" ", "")))


def _narrow(region, sent_i: int, mentions: list[Mention], article: Article):
    """Narrow a vague region to the province named around it (±2 sentences)."""
    near = [
        m for m in mentions if abs(m.sentence - sent_i) <= 2 and not m.metonymic and not m.demonym
    ]
    explicit = Counter(m.place.geonameid for m in near if m.place.kind == "admin1")
    implied = Counter()
    for m in near:
        if m.place.kind == "city" and m.place.admin1:
            implied[(m.place.country_code, m.place.admin1)] += 1
    from .gazetteer import get_gazetteer

    gz = get_gazetteer()
    cands: list[tuple[float, int, str]] = []
    for gid, n in explicit.items():
        cands.append((n + 10.0, gid, gz.by_id(gid).name))
    for (cc, a1), n in implied.items():
        gid = _admin1_id(cc, a1)
        if gid is not None:
            cands.append((float(n), gid, gz.by_id(gid).name))
    for _, gid, name in sorted(cands, reverse=True):
        shp = admin1_shape(gid)
        if shp is None:
            continue
        inter = region.intersection(shp)
        if not inter.is_empty and inter.area > 0:
            return shapely.make_valid(inter), name
    return region, ""


@lru_cache(maxsize=4096)
def _admin1_id(cc: str, a1: str) -> int | None:
    from .gazetteer import get_gazetteer

    gz = get_gazetteer()
    row = gz.division_row(cc, a1)
    return None if row is None else int(gz.column("gid")[row])


_POINT_KINDS = ("city", "site", "admin3")


def event_records(article: Article, events: list[Event]) -> list[dict[str, Any]]:
    """Plain records for the events table."""
    import pandas as pd

    out = []
    for k, e in enumerate(events):
        p = e.place
        o = e.origin
        # the place named: where it happened, or the town a vague place is near ("near
        # Bakhmut"); a region around a country or division names none
        # (but the country a part of which it is in: "in northern Burkina Faso"; and a district
        # whose region is drawn around its seat as a town's would be: "near Spin Boldak")
        named = p is not None and (
            e.region is None
            or p.place.kind in _POINT_KINDS
            or (p.place.kind == "admin2" and e.geo_precision <= 2)
            or e.in_part
        )
        line = None
        if o is not None and p is not None:
            line = shapely.LineString([(o.lon, o.lat), (e.lon, e.lat)])
        out.append(
            {
                "article_id": article.article_id,
                "event_id": f"{article.article_id}:e{k}",
                "start": e.start,
                "end": e.end,
                "trigger": e.trigger,
                "sentence": article.sentence_text(e.sentence),
                "sentence_id": e.sentence,
                "actor": e.actor,
                "actor_text": e.actor_text,
                "target_actor": e.target_actor,
                "action": e.action,
                "event_type": e.event_type,
                "modality": e.modality,
                "fatalities": e.fatalities,
                "place": e.place_text,
                "place_relation": e.place_relation,
                "place_kind": p.place.kind if p is not None and e.region is None else "region",
                "place_name": p.place.name if named else None,
                "geonameid": p.place.geonameid if named else None,
                "origin": o.text if o is not None else None,
                "origin_geonameid": o.place.geonameid if o is not None else None,
                "date_start": pd.Timestamp(e.date_start) if e.date_start else pd.NaT,
                "date_end": pd.Timestamp(e.date_end) if e.date_end else pd.NaT,
                "time_precision": e.time_precision,
                "date_source": e.date_source,
                "geo_precision": e.geo_precision,
                "confidence": e.confidence,
                "lon": e.lon,
                "lat": e.lat,
                "path": line,
                "region": e.region,
            }
        )
    return out
