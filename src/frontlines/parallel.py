"""Reading many articles: streamed in chunks, on all local cores or on a Dask cluster.

Items are read lazily (a folder of a million files is never listed into memory at once), cut
into chunks, and each chunk is read by a worker that loaded the gazetteer once (memory-mapped,
so workers share its pages). With ``output=`` every finished chunk is written at once as a
GeoPackage (``part-00000.gpkg``, one layer per table) beside a resume file, so a crash loses
nothing already done and a rerun skips the chunks it finds.
"""

from __future__ import annotations

import itertools
import json
import os
import pickle
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

__all__ = ["read_chunks"]

_WORKER: dict[str, Any] = {}


def _init_worker(gz_path: str | None, user_places: list[Any]) -> None:
    from .gazetteer import Gazetteer, get_gazetteer

    gz = Gazetteer(gz_path) if gz_path else get_gazetteer()
    for place, names in user_places:
        gz.user.add(place, names)
    gz._answers.clear()
    _WORKER["gz"] = gz


def _gz_spec(gazetteer: Any) -> tuple[str | None, list[Any]]:
    if gazetteer is None:
        return None, []
    user = []
    for i, p in enumerate(gazetteer.user.places):
        names = {f for f, ix in gazetteer.user.fold.items() if i in ix}
        user.append((p, sorted(names)))
    return str(gazetteer.path), user


def read_chunk(chunk: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """Read one chunk of (label, parse keyword arguments); errors are kept per item."""
    from .report import Report, parse

    gz = _WORKER.get("gz")
    if gz is None:
        from .gazetteer import get_gazetteer

        gz = get_gazetteer()
    rep = Report()
    for label, kw in chunk:
        kw = dict(kw)
        err = kw.pop("_error", None)
        if err is not None:
            rep.errors.append({"item": label, "error": err})
            continue
        try:
            rep.extend(parse(gazetteer=gz, **kw))
        except (ValueError, TypeError, OSError, UnicodeError, RecursionError) as exc:
            rep.errors.append({"item": label, "error": f"{type(exc).__name__}: {exc}"})
    return {"articles": rep.articles, "errors": rep.errors, "records": rep._records}


def _chunks(stream: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(stream)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


class _Store:
    """Finished chunks on disk: a GeoPackage for people, a resume file for reruns."""

    def __init__(self, folder: str | os.PathLike) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.manifest = self.folder / "manifest.jsonl"

    def done(self) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        if self.manifest.is_file():
            for line in self.manifest.read_text(encoding="utf-8").splitlines():
                try:
                    d = json.loads(line)
                except ValueError:
                    continue  # a line cut by a crash: that chunk is read again
                if (self.folder / d["resume"]).is_file():
                    out[int(d["chunk"])] = d["labels"]
        return out

    def load(self, k: int) -> dict[str, Any]:
        with open(self.folder / f"part-{k:05d}.resume", "rb") as fh:
            return pickle.load(fh)  # our own file, written below

    def save(self, k: int, labels: list[str], res: dict[str, Any]) -> None:
        from .report import Report

        part = Report(articles=res["articles"], errors=res["errors"], _records=res["records"])
        gpkg = self.folder / f"part-{k:05d}.gpkg"
        tmp_gpkg = self.folder / f".part-{k:05d}.tmp.gpkg"
        if part.articles:
            from .export import write_tables

            write_tables(
                part,
                tmp_gpkg,
                tables=("mentions", "claims", "claim_estimates", "events", "advances"),
            )
            os.replace(tmp_gpkg, gpkg)
        tmp = self.folder / f".part-{k:05d}.resume.tmp"
        with open(tmp, "wb") as fh:
            pickle.dump(res, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, self.folder / f"part-{k:05d}.resume")
        with open(self.manifest, "a+", encoding="utf-8") as fh:
            fh.seek(0, os.SEEK_END)
            if fh.tell() > 0:
                fh.seek(fh.tell() - 1)
                if fh.read(1) != "\n":
                    fh.write("\n")  # a line cut by a crash stays on its own, ignored
            fh.write(
                json.dumps(
                    {
                        "chunk": k,
                        "labels": labels,
                        "gpkg": gpkg.name,
                        "resume": f"part-{k:05d}.resume",
                    }
                )
                + "\n"
            )


def read_chunks(
    stream: Iterable[tuple[str, dict[str, Any]]],
    *,
    workers: int = 1,
    engine: str = "local",
    chunk_size: int = 32,
    gazetteer: Any = None,
    output: str | os.PathLike | None = None,
    client: Any = None,
    progress: Any = None,
) -> Iterator[dict[str, Any]]:
    """Yield chunk results in input order (see :func:`frontlines.parse_many`)."""
    store = _Store(output) if output is not None else None
    done = store.done() if store is not None else {}
    chunks = enumerate(_chunks(stream, chunk_size))

    def finish(k: int, chunk: list[Any], res: dict[str, Any]) -> dict[str, Any]:
        if store is not None and k not in done:
            store.save(k, [lbl for lbl, _ in chunk], res)
        if progress is not None:
            progress.update(len(chunk))
        return res

    if engine == "dask":
        yield from _dask(chunks, done, store, finish, client, gazetteer)
        return
    if engine != "local":
        raise ValueError(f"engine must be 'local' or 'dask', not {engine!r}")
    if workers <= 1:
        for k, chunk in chunks:
            res = store.load(k) if k in done else read_chunk(chunk)
            yield finish(k, chunk, res)
        return
    gz_path, user = _gz_spec(gazetteer)
    if gz_path is None:
        from .gazetteer import get_gazetteer

        gz_path = str(get_gazetteer().path)  # built once here, before the workers start
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_init_worker, initargs=(gz_path, user)
    ) as pool:
        pending: dict[int, tuple[list[Any], Future | dict[str, Any]]] = {}
        next_out = 0
        exhausted = False
        while pending or not exhausted:
            while not exhausted and len(pending) < 2 * workers:  # bounded work in flight
                try:
                    k, chunk = next(chunks)
                except StopIteration:
                    exhausted = True
                    break
                pending[k] = (chunk, store.load(k) if k in done else pool.submit(read_chunk, chunk))
            if next_out not in pending:
                break
            chunk, fut = pending.pop(next_out)  # results go back in input order
            res = fut.result() if isinstance(fut, Future) else fut
            yield finish(next_out, chunk, res)
            next_out += 1


def _dask(chunks, done, store, finish, client, gazetteer):
    try:
        import dask.bag as db
    except ImportError as exc:
        raise ImportError(
            "engine='dask' needs dask and distributed: pip install 'frontlines[dask]'"
        ) from exc
    gz_path, user = _gz_spec(gazetteer)
    if client is None:
        from distributed import get_client

        try:
            client = get_client()
        except ValueError as exc:
            raise ValueError(
                "engine='dask' needs a running cluster: pass client=distributed.Client(...) "
                "(or a scheduler address as client='tcp://host:8786')"
            ) from exc
    if isinstance(client, str):
        from distributed import Client

        client = Client(client)
    client.run(_init_worker, gz_path, user)  # each worker maps the gazetteer once
    todo = list(chunks)
    fresh = [(k, c) for k, c in todo if k not in done]
    results: dict[int, dict[str, Any]] = {k: store.load(k) for k, _ in todo if k in done}
    if fresh:
        bag = db.from_sequence([c for _, c in fresh], npartitions=max(1, len(fresh)))
        out = bag.map(read_chunk).compute(scheduler=client)
        results.update({k: r for (k, _), r in zip(fresh, out, strict=True)})
    for k, chunk in todo:
        yield finish(k, chunk, results[k])
