"""Text folding, tokenisation and name keys shared by the gazetteer and the geoparser."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, NamedTuple

from unidecode import unidecode

from ._resources import load_lexicon

__all__ = [
    "Token",
    "fold",
    "fold_token",
    "key_hash",
    "loose_key",
    "loose_token",
    "title_case",
    "tokenize",
]

_APOS = "'`´’‘ʿʾʻʼ"
_APOS_RE = re.compile(f"[{_APOS}]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# A word: letters/digits with internal apostrophe-like marks ("A'zaz", "Ma‘arrat").
_WORD = re.compile(rf"(?:[A-Za-z]\.){{2,}}|[^\W_](?:[\w{_APOS}]*[^\W_])?")
_DOUBLE = re.compile(r"(.)\1+")
_POSSESSIVE = re.compile(rf"[{_APOS}]s$")


class Token(NamedTuple):
    """A word of the text with its character span and its folded and loose forms."""

    text: str
    start: int
    end: int
    fold: str
    loose: str
    is_upper_initial: bool


_WHOLE_TOKEN = re.compile(r"\^\(([\w|]+)\)\$")


class _Spelling:
    def __init__(self) -> None:
        spec = load_lexicon("spelling")
        self.articles = frozenset(spec["articles"])
        # in order: whole-token alternatives ("^(tell|tall)$") as one dict lookup per run of
        # them, literal substitutions as str.replace, other patterns as regular expressions
        self.subs: list[tuple[Any, str | None]] = []
        for p, r in spec["substitutions"]:
            whole = _WHOLE_TOKEN.fullmatch(p)
            if whole:
                if not self.subs or not isinstance(self.subs[-1][0], dict):
                    self.subs.append(({}, None))
                table = self.subs[-1][0]
                for alt in whole.group(1).split("|"):
                    table.setdefault(alt, r)
            else:
                self.subs.append((p if re.escape(p) == p else re.compile(p), r))
        self.vowels = frozenset(spec["vowels"])


@lru_cache(maxsize=1)
def _spelling() -> _Spelling:
    return _Spelling()


@lru_cache(maxsize=200_000)
def fold_token(word: str) -> str:
    """ASCII, lower case, apostrophes removed; may contain spaces if the word held punctuation."""
    s = unidecode(_APOS_RE.sub("", word.replace(".", ""))).lower()
    s = s.replace("'", "").replace("`", "")
    return " ".join(_NON_ALNUM.split(s)).strip()


def fold(name: str) -> str:
    """Fold a whole name: ``"Deir ez-Zor"`` -> ``"deir ez zor"``, ``"I‘zāz"`` -> ``"izaz"``."""
    return " ".join(t for t in (fold_token(w) for w in _WORD.findall(name)) if t)


@lru_cache(maxsize=200_000)
def loose_token(tok: str) -> str:
    """Loose form of one folded token (no spaces)."""
    sp = _spelling()
    for pat, rep in sp.subs:
        if isinstance(pat, dict):
            tok = pat.get(tok, tok)
        elif isinstance(pat, str):
            tok = tok.replace(pat, rep)
        else:
            tok = pat.sub(rep, tok)
    tok = _DOUBLE.sub(r"\1", tok)
    if not tok:
        return tok
    head = "a" if tok[0] in "aeiou" else tok[0]
    if tok[0].isdigit():
        return tok
    return head + "".join(c for c in tok[1:] if c not in sp.vowels)


def loose_key(folded_tokens: Iterable[str]) -> str:
    """Loose key of a sequence of folded tokens; articles are dropped unless last."""
    toks = [t for ft in folded_tokens for t in ft.split()]
    arts = _spelling().articles
    out = [loose_token(t) for i, t in enumerate(toks) if not (t in arts and i < len(toks) - 1)]
    return " ".join(t for t in out if t)


def name_keys(name: str) -> tuple[str, str]:
    """(fold key, loose key) of a gazetteer name."""
    f = fold(name)
    return f, loose_key(f.split())


def words_pattern(words: Iterable[Any], *, any_space: bool = True) -> str:
    """Words and phrases as one regex that tries the longest first; with ``any_space``, any run
    of white space inside a phrase; a pattern that never matches when there are none.

    The alternatives are merged into a prefix tree ("army|armed" is "arm(?:y|ed)"), which the
    regex engine walks in one pass instead of trying each word in turn at every position: the
    same matches, several times faster on lexicons of hundreds of words.
    """
    ws = {str(w) for w in words if str(w).strip()}
    if not ws:
        return "(?!)"
    space = r"\s+"
    tree: dict = {}
    for w in ws:
        node = tree
        units = [u for part in w.split() for u in (space, *part)][1:] if any_space else list(w)
        for u in units:
            node = node.setdefault(u, {})
        node[""] = {}  # a word ends here
    # (the first characters as a class up front: most positions fail at one test)
    first = "".join(sorted({re.escape(u) for u in tree if u != space}))
    return f"(?=[{first}]){_tree_pattern(tree)}" if len(tree) > 1 else _tree_pattern(tree)


def _tree_pattern(node: dict) -> str:
    """The regex of a prefix tree of units; longer continuations before an end (greedy).

    Where two branches differ only in case ("Army" and "army"), a case-insensitive match could
    take the shorter through one before the longer through the other: such branches are
    written out whole, longest first.
    """
    groups: dict[str, list[str]] = {}
    for u in node:
        if u:
            groups.setdefault(u.casefold(), []).append(u)
    alts = []
    for units in groups.values():
        if len(units) == 1:
            alts.append(_unit(units[0]) + _tree_pattern(node[units[0]]))
            continue
        tails = sorted(((u, *t) for u in units for t in _tails(node[u])), key=len, reverse=True)
        alts.extend("".join(map(_unit, t)) for t in tails)
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:
        return (body if len(alts) > 1 else f"(?:{body})") + "?"
    return body


def _unit(u: str) -> str:
    return u if u == r"\s+" else re.escape(u)


def _tails(node: dict) -> list[tuple[str, ...]]:
    """Every unit sequence from ``node`` to the end of a word."""
    out = [()] if "" in node else []
    for u, child in node.items():
        if u:
            out.extend((u, *t) for t in _tails(child))
    return out


def key_hash(key: str) -> int:
    """Stable 63-bit hash of a key (same in every process and on every machine)."""
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "little") >> 1


@lru_cache(maxsize=400_000)
def _word_forms(w: str) -> tuple[str, str, int, bool]:
    """(fold, loose, length kept, capitalised) of a word as it stands in text."""
    n = len(w)
    pm = _POSSESSIVE.search(w)
    if pm and n > 2:
        w, n = w[: pm.start()], pm.start()
    f = fold_token(w)
    return f, (loose_key([f]) if f else ""), n, w[:1].isupper()


def tokenize(text: str) -> list[Token]:
    """Split text into word tokens with spans; a possessive ``'s`` is left out of the token."""
    toks = []
    add = toks.append
    new = tuple.__new__  # a NamedTuple's own constructor is a Python function: 4x slower
    for m in _WORD.finditer(text):
        w = m.group()
        f, lo, n, up = _word_forms(w)
        if f:
            s = m.start()
            add(new(Token, (w[:n], s, s + n, f, lo, up)))
    return toks


_TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def title_case(text: str) -> bool:
    """Whether a stretch of text is written in title case, as headlines often are: four words
    or more, nearly all capitalised ("Ukraine Says It Repelled Attack On Kupiansk")."""
    words = _TITLE_WORD.findall(text)
    caps = sum(w[0].isupper() for w in words)
    return len(words) >= 4 and caps >= 0.8 * len(words)
