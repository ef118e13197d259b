"""Search and list queries in the database, the app beside raw sqlite3 (issue 16, R32).

Run: `python benchmarks/bench_search.py [--db FILE | --orders N] [--runs R]`. Not collected by
pytest. Without --db it uses (or builds) benchmarks/.data/list-N.sqlite3 as bench_list.py does.

Goals (1,000,000 orders, this machine):
- a 1–2 character search: first page ≤ 100 ms, complete (every id in list order) ≤ 300 ms;
- a 3+ character search ≤ 20 ms p95 in the database;
- app ÷ raw sqlite3 ≤ 1.5× for every list query.

Terms are picked from the database itself, several per kind: the most common and the rarest
piece of a sample of orders' search texts, and one that matches nothing; the most common and a
rare 3-character Hangul buyer name; code prefixes and phone digits from sample orders. Each figure runs the app's own function (`listing.first_page`,
`fetch_ids`, `count`, `page_after`) through SQLAlchemy, and raw sqlite3 replaying exactly the
statements the app sent, alternately (app first on even runs, raw first on odd), R runs each;
it prints median and p95 in ms and their ratio, and says where a goal is missed.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))  # bench_list's Recorder, however this is started

from bench_list import Recorder  # noqa: E402
from bench_list import ms as stats  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from backoffice.app import open_database  # noqa: E402
from backoffice.db import listing  # noqa: E402
from backoffice.db.listing import ListFilter, parse_filter  # noqa: E402
from backoffice.db.models import Order  # noqa: E402
from backoffice.services.lists.tabs import DEFAULT_TABS  # noqa: E402
from backoffice.ui.order_model import FIRST_PAGE  # noqa: E402

DATA = ROOT / "benchmarks" / ".data"
NO_MATCH = ("흙", "흙흙", "흙흙흙흙")  # checked to match nothing before use


def database(given: Path | None, orders: int) -> Path:
    """The database to measure: the one given, else benchmarks/.data/list-N.sqlite3 (built with
    `backoffice demo --orders N` when missing, as bench_list.py does)."""
    path = given or DATA / f"list-{orders}.sqlite3"
    if not path.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        cmd = [sys.executable, "-m", "backoffice", "--db", f"sqlite:///{path}", "demo"]
        subprocess.run([*cmd, "--orders", str(orders)], check=True)
    return path


def pick_terms(session: Any, sample_size: int = 60) -> dict[str, list[str]]:
    """Several terms per kind: common, rare, no match."""
    rng = random.Random(16)
    top = session.scalar(select(func.max(Order.id))) or 0
    texts = []
    while len(texts) < sample_size and top:
        found = session.scalar(select(Order.search_text).where(Order.id == rng.randint(1, top)))
        if found:
            texts.append(found)
    out: dict[str, list[str]] = {}
    for size, kind in ((1, "1 character"), (2, "2 characters"), (3, "3+ characters")):
        pieces = {
            word[i : i + size]
            for text in texts
            for word in text.split()
            if "@" not in word
            for i in range(len(word) - size + 1)
        }
        pieces = set(rng.sample(sorted(pieces), min(40, len(pieces))))
        counted = sorted((listing.count(session, ListFilter(search=p)), p) for p in pieces)
        counted = [(n, p) for n, p in counted if n > 0]
        none = next(t for t in NO_MATCH if len(t) >= size and (size == 3 or len(t) == size))
        assert listing.count(session, ListFilter(search=none)) == 0, none
        out[kind] = [counted[-1][1], counted[0][1], none]  # common, rare, no match
    # The case: a 3-character Hangul name, the most common and a rare one.
    names = session.execute(
        select(Order.buyer_name, func.count())
        .where(func.length(Order.buyer_name) == 3, Order.buyer_name >= "가")
        .group_by(Order.buyer_name)
        .order_by(func.count().desc())
    ).all()
    if names:
        out["Hangul name"] = [names[0][0], names[-1][0]]
    sample = session.execute(select(Order.code, Order.buyer_phone).where(Order.id == top)).one()
    out["code prefix"] = [sample.code[:5], sample.code[:9]]
    out["phone digits"] = ["".join(c for c in sample.buyer_phone if c.isdigit())[-4:]]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing SQLite database")
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    path = database(args.db, args.orders)
    ctx = open_database(f"sqlite:///{path}")  # upgrades an older file first
    recorder = Recorder(ctx.engine)
    raw = sqlite3.connect(path)
    session = ctx.session_factory()
    total = session.scalar(select(func.count()).select_from(Order))
    terms = pick_terms(session)
    print(f"{total:,} orders; terms: {terms}", flush=True)

    def replay(statements: list[tuple[str, Any]]) -> None:
        for sql, params in statements:
            for _row in raw.execute(sql, params):
                pass

    figures: list[tuple[str, str, list[float], list[float]]] = []  # (group, name, app, raw)

    def measure(group: str, name: str, fn: Callable[[], Any]) -> None:
        fn()  # warm: statement cache, page cache
        statements = recorder.capture(fn)
        app: list[float] = []
        raws: list[float] = []
        for run in range(args.runs):
            for which in ("app", "raw") if run % 2 == 0 else ("raw", "app"):
                start = time.perf_counter()
                fn() if which == "app" else replay(statements)
                (app if which == "app" else raws).append(time.perf_counter() - start)
        figures.append((group, name, app, raws))
        (am, ap), (rm, rp) = stats(app), stats(raws)
        print(
            f"{group:<13} {name:<34} app {am:7.1f} / {ap:7.1f} ms   raw {rm:7.1f} / {rp:7.1f} ms"
            f"   ×{am / max(rm, 1e-3):.2f}",
            flush=True,
        )

    every = ListFilter()
    measure("list", "first page, All", lambda: listing.first_page(session, every, limit=FIRST_PAGE))
    ids = listing.fetch_ids(session, every)
    deep = listing.rows_for(session, [ids[int(len(ids) * 0.8)]])[ids[int(len(ids) * 0.8)]]
    after = (deep.created_at, deep.id)
    measure(
        "list",
        "page at 80 % (export, scroll)",
        lambda: listing.page_after(session, every, after=after, limit=2000),
    )
    tabs = {i: parse_filter(flt) for i, (_key, _name, flt) in enumerate(DEFAULT_TABS)}
    measure("list", f"tab counts, {len(tabs)} tabs", lambda: listing.tab_counts(session, tabs))
    for kind, words in terms.items():
        for term in words:
            flt = ListFilter(search=term)
            measure(
                kind,
                f"{term!r} first page",
                lambda f=flt: listing.first_page(session, f, limit=FIRST_PAGE),
            )
            measure(kind, f"{term!r} complete", lambda f=flt: listing.fetch_ids(session, f))
    session.close()
    raw.close()
    report(figures, total or 0, args.runs)


def report(figures: list[tuple[str, str, list[float], list[float]]], total: int, runs: int) -> None:
    print(f"\nGoals at {total:,} orders, {runs} runs each (median / p95 ms):")
    missed = []
    for group, name, app, raw in figures:
        (am, ap), (rm, _rp) = stats(app), stats(raw)
        ratio = am / max(rm, 1e-3)
        if ratio > 1.5:
            missed.append(f"app ÷ raw {ratio:.2f}× > 1.5× for {group} {name}")
        if group in ("1 character", "2 characters"):
            limit = 100 if name.endswith("first page") else 300
            if am > limit:
                missed.append(f"{group} {name}: {am:.0f} ms > {limit} ms")
        if group in ("3+ characters", "Hangul name") and ap > 20:
            missed.append(f"{group} {name}: p95 {ap:.1f} ms > 20 ms")
    print("every goal met" if not missed else "MISSED:\n  " + "\n  ".join(missed))


if __name__ == "__main__":
    main()
