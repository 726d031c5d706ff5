"""Gazetteer figures: cold start, index build, lookups per second, resident memory.

    python benchmarks/geocode.py [--rebuild]

Targets (issue 2): cold import + first geocode <= 1 s, >= 20,000 lookups/s, <= 400 MB.
Lookups are timed one ``geocode()`` call per name, and for a list of names at once with
``geocode_many()`` (vectorised; the same answers).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import resource
import subprocess
import sys
import tempfile
import time


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rebuild", action="store_true", help="also time a fresh index build")
    args = ap.parse_args()
    import frontlines as fl
    from frontlines import gazetteer as gzm

    fl.get_gazetteer()  # make sure the index exists
    if args.rebuild:
        with tempfile.TemporaryDirectory() as d:
            env = {**os.environ, "FRONTLINES_CACHE_DIR": d}
            t = time.perf_counter()
            subprocess.run(
                [sys.executable, "-c", "import frontlines; frontlines.get_gazetteer()"],
                check=True,
                env=env,
            )
            print(f"index build: {time.perf_counter() - t:.1f} s")
    colds = []
    for _ in range(5):
        t = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", "import frontlines; frontlines.geocode('Azaz')"], check=True
        )
        colds.append(time.perf_counter() - t)
    print(
        f"cold import + first geocode: {min(colds):.3f} s (best of 5; "
        f"median {sorted(colds)[2]:.3f} s, includes interpreter start)"
    )

    gz = fl.get_gazetteer()
    rng = random.Random(0)
    rows = rng.sample(range(len(gz.column("gid"))), 5000)
    names = [gz._name(r) for r in rows]
    news = [
        "Ain Issa",
        "Raqqa",
        "Deir al-Zor",
        "Mayadeen",
        "Azaz",
        "Mosul",
        "Fallujah",
        "Aleppo province",
        "Tell Abiad",
        "Kobani",
        "Manbij",
        "Menbij",
        "Idlib",
        "Homs",
    ]
    for label, batch in (
        ("5,000 distinct GeoNames names, each asked once", names),
        ("14 news spellings asked 300 times (answers remembered)", news * 300),
    ):
        t = time.perf_counter()
        n = 0
        for nm in batch:
            with contextlib.suppress(gzm.PlaceNotFound):
                gzm.geocode(nm, gazetteer=gz)
            n += 1
        dt = time.perf_counter() - t
        print(f"lookups/s ({label}): {n / dt:,.0f}")
    fl.geocode_many(news)  # warm the vectorised path
    rates = []
    for seed in range(1, 7):  # fresh distinct names each time: nothing remembered
        pool = range(len(gz.column("gid")))
        batch = [gz._name(r) for r in random.Random(seed).sample(pool, 5000)]
        t = time.perf_counter()
        fl.geocode_many(batch, gazetteer=gz)
        rates.append(5000 / (time.perf_counter() - t))
    print(
        f"lookups/s (geocode_many, 6 batches of 5,000 other distinct names): best "
        f"{max(rates):,.0f}, median {sorted(rates)[3]:,.0f}"
    )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory with the gazetteer loaded: {rss:.0f} MB")


if __name__ == "__main__":
    main()
