"""Articles per second for parse() on one core, on GeoWebNews texts (or the seeds).

python benchmarks/throughput.py [--eval-dir DIR] [--repeat N] [--profile]
"""

from __future__ import annotations

import argparse
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"


def texts(eval_dir: Path) -> list[str]:
    gwn = eval_dir / "GWN.xml"
    if gwn.is_file():
        return [a.findtext("text") or "" for a in ET.parse(gwn).getroot().iter("article")]
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    import frontlines as fl

    gz = fl.get_gazetteer()
    docs = texts(args.eval_dir)
    fl.parse(docs[0], gazetteer=gz)  # warm caches
    chars = sum(len(d) for d in docs) * args.repeat

    def run() -> float:
        t = time.perf_counter()
        for _ in range(args.repeat):
            for d in docs:
                r = fl.parse(d, gazetteer=gz)
                r.mentions  # noqa: B018 - build the table too
        return time.perf_counter() - t

    if args.profile:
        import cProfile
        import pstats

        cProfile.runctx("run()", globals(), locals(), "/tmp/frontlines-throughput.prof")
        pstats.Stats("/tmp/frontlines-throughput.prof").sort_stats("tottime").print_stats(20)
        return
    dt = run()
    n = len(docs) * args.repeat
    print(
        f"parse (mentions table): {n / dt:,.0f} articles/s on one core "
        f"({n} articles, mean {chars / n / 1000:.1f} k characters, {chars / dt / 1e6:.2f} MB/s)"
    )


if __name__ == "__main__":
    main()
