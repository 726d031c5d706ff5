"""Find the actors of a war in text, from the user-extensible ``actors`` lexicon."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ._resources import load_lexicon

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
        sens: list[str] = []
        insens: list[str] = []
        for name, a in actors.items():
            a = a or {}
            self.types[name] = str(a.get("type", "non-state"))
            if a.get("country"):
                self.country[name] = str(a["country"])
            for alias in {name, *(a.get("aliases") or [])}:
                alias = str(alias).strip()
                if not alias:
                    continue
                if alias != alias.lower():
                    self._alias[(alias, True)] = name
                    sens.append(alias)
                else:
                    self._alias[(alias, False)] = name
                    insens.append(alias)
        gen = spec.get("generic") or {}
        self._generic: dict[str, str] = {
            str(p).lower(): t for t, ps in gen.items() for p in (ps or [])
        }
        self._re_s = _alternation(sens, 0)
        self._re_i = _alternation([*insens, *self._generic], re.IGNORECASE)

    def find(self, text: str) -> list[ActorMention]:
        """Actor mentions in ``text``, leftmost-longest, generic phrases resolved."""
        hits: list[tuple[int, int, str, str | None]] = []
        for rx, sensitive in ((self._re_s, True), (self._re_i, False)):
            if rx is None:
                continue
            for m in rx.finditer(text):
                s = m.group()
                key = s if sensitive else s.lower()
                name = self._alias.get((key, sensitive))
                if name is None and not sensitive:
                    name = next(
                        (v for (k, sv), v in self._alias.items() if not sv and k == key), None
                    )
                hits.append((m.start(), m.end(), s, name))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out: list[ActorMention] = []
        last_end = -1
        last_by_type: dict[str, str] = {}
        for s, e, t, name in hits:
            if s < last_end:
                continue
            if name is not None:
                typ = self.types[name]
                out.append(ActorMention(s, e, t, name, typ))
                last_by_type[typ] = name
            else:
                typ = self._generic.get(t.lower())
                ref = last_by_type.get(typ or "")
                if ref is None:
                    continue
                out.append(ActorMention(s, e, t, ref, self.types[ref], generic=True))
            last_end = e
        return out


def _alternation(words: list[str], flags: int) -> re.Pattern | None:
    if not words:
        return None
    alts = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w])", flags)


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


def find_actors(text: str, actors: Actors | None = None) -> list[ActorMention]:
    """Actor mentions in a text (see :class:`Actors`)."""
    return (actors or load_actors()).find(text)
