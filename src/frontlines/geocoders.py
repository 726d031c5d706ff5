"""Opt-in online geocoding through geopy, rate limited, cached on disk, with an offline fallback.

Never used by default. Example::

    from frontlines.geocoders import OnlineGeocoder
    geo = OnlineGeocoder("nominatim", user_agent="my-project (me@example.org)")
    geo.geocode("Ain Issa, Syria")

Any geopy geocoder works: pass its name (``geopy.geocoders.get_geocoder_for_service``) and its
options, or a ready geopy geocoder instance.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
import warnings
from pathlib import Path
from typing import Any

from ._resources import cache_dir
from .gazetteer import Place, PlaceNotFound, _check_name, get_gazetteer

__all__ = ["OnlineGeocoder"]


class OnlineGeocoder:
    """A geopy geocoder behind geopy's RateLimiter, with a JSON cache on disk.

    Parameters
    ----------
    service : str or geopy geocoder
        ``"nominatim"``, ``"arcgis"``, … or an instance.
    min_delay_seconds : float
        Delay between calls (Nominatim's policy asks for 1 s).
    max_retries : int
        Retries (with backoff) on timeouts and server errors before giving up.
    cache_path : path, optional
        JSON file of answers; default ``<cache dir>/online-<service>.json``. Written atomically.
    fallback : bool
        On failure, warn and answer from the offline gazetteer instead of raising.
    **options
        Passed to the geopy geocoder (``user_agent``, ``domain``, ``scheme``, ``timeout``, …).
    """

    def __init__(
        self,
        service: Any = "nominatim",
        *,
        min_delay_seconds: float = 1.0,
        max_retries: int = 2,
        cache_path: str | os.PathLike | None = None,
        fallback: bool = True,
        **options: Any,
    ) -> None:
        from geopy.extra.rate_limiter import RateLimiter
        from geopy.geocoders import get_geocoder_for_service

        if isinstance(service, str):
            cls = get_geocoder_for_service(service)
            options.setdefault("user_agent", "frontlines (https://pypi.org/project/frontlines)")
            self.name = service
            self.geocoder = cls(**options)
        else:
            self.name = type(service).__name__.lower()
            self.geocoder = service
        self._call = RateLimiter(
            self.geocoder.geocode,
            min_delay_seconds=min_delay_seconds,
            max_retries=max_retries,
            error_wait_seconds=max(0.01, min_delay_seconds),
            swallow_exceptions=False,
        )
        self.fallback = fallback
        self.cache_path = (
            Path(cache_path) if cache_path else cache_dir() / f"online-{self.name}.json"
        )
        self._lock = threading.Lock()
        self._cache: dict[str, Any] = self._load()

    def _load(self) -> dict[str, Any]:
        try:
            return json.loads(self.cache_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def _save(self) -> None:
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".online-", dir=self.cache_path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(self._cache, fh, ensure_ascii=False, sort_keys=True)
            os.replace(tmp, self.cache_path)  # a kill mid-write leaves the old file whole
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def geocode(self, name: str, **kwargs: Any) -> Place:
        """Resolve ``name`` online (cached); see the class for failure handling."""
        clean = _check_name(name)
        key = json.dumps([clean, sorted(kwargs.items())], default=str)
        with self._lock:
            hit = self._cache.get(key)
        if hit is None:
            try:
                loc = self._call(clean, **kwargs)
            except Exception as exc:  # geopy raises many kinds: network, HTTP, parse errors
                return self._fail(clean, f"{type(exc).__name__}: {exc}")
            if loc is None:
                hit = {"found": False}
            else:
                hit = {
                    "found": True,
                    "name": str(loc.address),
                    "lat": float(loc.latitude),
                    "lon": float(loc.longitude),
                    "raw": _small(loc.raw),
                }
            with self._lock:
                self._cache[key] = hit
                self._save()
        if not hit["found"]:
            raise PlaceNotFound(clean)
        raw = hit.get("raw") or {}
        return Place(
            geonameid=0,
            name=hit["name"],
            lat=hit["lat"],
            lon=hit["lon"],
            country_code=str(raw.get("country_code", "")).upper()[:2],
            feature_class="",
            feature_code=str(raw.get("type", "")),
            kind=str(raw.get("addresstype") or raw.get("type") or "other"),
            score=float(raw.get("importance") or 0.0),
            source=f"online-{self.name}",
            matched=clean,
        )

    def _fail(self, name: str, why: str) -> Place:
        if not self.fallback:
            raise ConnectionError(f"online geocoder {self.name} failed for {name!r}: {why}")
        warnings.warn(
            f"online geocoder {self.name} failed for {name!r} ({why}); "
            "answering from the offline gazetteer",
            RuntimeWarning,
            stacklevel=3,
        )
        cands = get_gazetteer().candidates(name, limit=1)
        if not cands:
            raise PlaceNotFound(name)
        return cands[0]


def _small(raw: Any) -> dict[str, Any]:
    if not isinstance(raw, dict):
        return {}
    keep = (
        "place_id",
        "osm_type",
        "osm_id",
        "type",
        "class",
        "addresstype",
        "importance",
        "country_code",
    )
    out = {k: raw[k] for k in keep if k in raw}
    addr = raw.get("address")
    if isinstance(addr, dict) and "country_code" in addr:
        out["country_code"] = addr["country_code"]
    return out
