"""Articles per second with 1 and 2 workers (local processes and Dask), and memory per worker.

    python benchmarks/scale.py [--articles 2000] [--eval-dir DIR]

The corpus is built from the GeoWebNews and LGL texts in ../shared/eval (and the seeds),
repeated up to --articles. Goals (issue 8): 2 workers >= 1.7x one worker; <= 500 MB per worker.
"""

from __future__ import annotations

import argparse
import os
import resource
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"


def corpus(eval_dir: Path, n: int) -> list[tuple[str, str]]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for name in ("GWN.xml", "lgl.xml"):
        p = eval_dir / name
        if p.is_file():
            texts += [a.findtext("text") or "" for a in ET.parse(p).getroot().iter("article")]
    out = []
    while len(out) < n:
        out += [(t, "2018-01-01") for t in texts]
    return out[:n]


def _worker_rss_mb() -> float:
    import psutil

    kids = psutil.Process().children(recursive=True)
    return max((k.memory_info().rss for k in kids), default=0) / 2**20


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    args = ap.parse_args()
    import frontlines as fl

    fl.get_gazetteer()
    items = corpus(args.eval_dir, args.articles)
    print(f"{len(items)} articles on {os.cpu_count()} cores")
    rates = {}
    for workers in (1, 2):
        t = time.perf_counter()
        rep = fl.parse_many(items, workers=workers, chunk_size=50)
        dt = time.perf_counter() - t
        rates[("local", workers)] = len(rep.articles) / dt
        print(f"local, {workers} worker(s): {rates[('local', workers)]:,.0f} articles/s")
    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory: {self_mb:,.0f} MB in one process; {kids_mb:,.0f} MB per local worker")
    try:
        import distributed
    except ImportError:
        print("dask: skipped (pip install 'frontlines[dask]')")
        return
    for workers in (1, 2):
        with (
            distributed.LocalCluster(
                n_workers=workers, threads_per_worker=1, dashboard_address=None
            ) as cl,
            distributed.Client(cl) as c,
        ):
            t = time.perf_counter()
            rep = fl.parse_many(items, engine="dask", client=c, chunk_size=50)
            dt = time.perf_counter() - t
            mem = max(
                v["memory"]
                for v in c.run(
                    lambda: {"memory": __import__("psutil").Process().memory_info().rss}
                ).values()
            )
        print(
            f"dask, {workers} worker(s): {len(rep.articles) / dt:,.0f} articles/s, "
            f"{mem / 2**20:,.0f} MB per worker"
        )
    print(f"speed-up with 2 local workers: {rates[('local', 2)] / rates[('local', 1)]:.2f}x")


if __name__ == "__main__":
    main()
