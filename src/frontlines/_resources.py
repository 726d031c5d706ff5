"""Package data files and user-extensible lexicons."""

from __future__ import annotations

import os
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

__all__ = ["cache_dir", "common_words", "data_path", "load_lexicon", "user_data_dir"]


def data_path(name: str) -> Path:
    """Path of a file shipped in ``frontlines/data``."""
    return Path(str(resources.files("frontlines") / "data" / name))


@lru_cache(maxsize=1)
def common_words() -> dict[str, float]:
    """Common English words (lower case) -> Zipf frequency, from the packaged table."""
    out: dict[str, float] = {}
    with open(data_path("common_words.tsv"), encoding="utf-8") as fh:
        for line in fh:
            w, z = line.rstrip("\n").split("\t")
            out[w] = float(z)
    return out


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names (folded, lower case), from the packaged list."""
    return frozenset(data_path("given_names.txt").read_text(encoding="utf-8").split())


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for k, v in extra.items():
            out[k] = _merge(base[k], v) if k in base else v
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return base + [x for x in extra if x not in base]
    return extra


def _no_bare_booleans(spec: Any, path: Path, key: str = "") -> None:
    """YAML reads the words on/off/yes/no as booleans: in a word list that is a silent error."""
    if isinstance(spec, dict):
        for k, v in spec.items():
            _no_bare_booleans(v, path, f"{key}.{k}" if key else str(k))
    elif isinstance(spec, list):
        for v in spec:
            if isinstance(v, bool):
                msg = (
                    f"{path}: the list {key!r} holds the boolean {v!r}; quote words that YAML "
                    'reads as booleans ("on", "off", "yes", "no")'
                )
                raise ValueError(msg)
            _no_bare_booleans(v, path, key)


@lru_cache(maxsize=64)
def _load_lexicon_cached(name: str, extra_dirs: tuple[str, ...]) -> Any:
    path = data_path(f"lexicons/{name}.yaml")
    with open(path, encoding="utf-8") as fh:
        spec = yaml.safe_load(fh)
    _no_bare_booleans(spec, path)
    for d in extra_dirs:
        p = Path(d) / f"{name}.yaml"
        if p.is_file():
            with open(p, encoding="utf-8") as fh:
                extra = yaml.safe_load(fh) or {}
            _no_bare_booleans(extra, p)
            spec = _merge(spec, extra)
    return spec


def load_lexicon(name: str) -> Any:
    """Load lexicon ``name``: the packaged YAML merged with the user's files of the same name.

    A user extends a lexicon without touching code by putting ``<name>.yaml`` in a folder named by
    the ``FRONTLINES_LEXICONS`` environment variable (several folders separated by ``os.pathsep``);
    mappings are merged key by key and lists are extended.
    """
    extra = tuple(p for p in os.environ.get("FRONTLINES_LEXICONS", "").split(os.pathsep) if p)
    return _load_lexicon_cached(name, extra)


def cache_dir() -> Path:
    """Where built indexes are kept (``FRONTLINES_CACHE_DIR`` or the platform cache folder)."""
    env = os.environ.get("FRONTLINES_CACHE_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("frontlines"))


def user_data_dir() -> Path:
    """Where user-added gazetteer data lives (``FRONTLINES_DATA_DIR`` or the platform folder)."""
    env = os.environ.get("FRONTLINES_DATA_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("frontlines"))
