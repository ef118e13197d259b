"""Online backup of the live SQLite file while orders are being placed (issue 7): the copy opens,
passes PRAGMA integrity_check and holds a consistent prefix of the orders; the target is only
ever a complete, checked copy."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from backoffice.db.models import Variant
from backoffice.db.uow import UnitOfWork
from backoffice.domain.errors import DomainError, ExternalError
from backoffice.services.shop import backup
from tests.factories import Catalog, place

ITEMS = {"TEE-BLK-M": 1, "MUG-WHT": 2}
PLENTY = 1_000_000


@pytest.fixture
def sqlite_url(db_url: str) -> str:
    if not db_url.startswith("sqlite"):
        pytest.skip("backups are of SQLite databases")
    return db_url


class Writer(threading.Thread):
    """Places orders through the services, one transaction each, until stopped."""

    def __init__(self, factory: sessionmaker[Session]) -> None:
        super().__init__(name="order-writer", daemon=True)
        self.factory = factory
        self.placed = 0
        self.error: BaseException | None = None
        self.changed = threading.Condition()
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            while not self.stop.is_set():
                place(UnitOfWork(self.factory), ITEMS)
                with self.changed:
                    self.placed += 1
                    self.changed.notify_all()
        except BaseException as exc:  # reported by the test
            self.error = exc

    def wait_for(self, count: int, timeout: float = 30) -> bool:
        with self.changed:
            return self.changed.wait_for(
                lambda: self.placed >= count or self.error is not None, timeout
            )


@pytest.fixture
def writer(session_factory: sessionmaker[Session], catalog: Catalog) -> Iterator[Writer]:
    with session_factory() as session:
        session.execute(update(Variant).values(stock=PLENTY))
        session.commit()
    thread = Writer(session_factory)
    thread.start()
    yield thread
    thread.stop.set()
    thread.join(timeout=30)
    assert thread.error is None, thread.error


def check_consistent_orders(path: Path, catalog: Catalog) -> int:
    """Every order whole (lines, totals, timeline), no gaps, and stock that agrees with them."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        ids = [row[0] for row in con.execute("SELECT id FROM orders ORDER BY id")]
        # one writer: each order its own transaction, so a snapshot holds orders 1..k exactly
        assert ids == list(range(1, len(ids) + 1))
        for order_id, items_total, total, shipping, item_count in con.execute(
            "SELECT id, items_total, total, shipping_fee, item_count FROM orders"
        ):
            lines = con.execute(
                "SELECT sku, quantity, unit_price FROM order_lines WHERE order_id = ?",
                (order_id,),
            ).fetchall()
            assert {sku: q for sku, q, _ in lines} == ITEMS
            assert items_total == sum(q * price for _, q, price in lines)
            assert total == items_total + shipping
            assert item_count == sum(ITEMS.values())
            events = con.execute(
                "SELECT count(*) FROM timeline_events WHERE order_id = ?", (order_id,)
            ).fetchone()[0]
            assert events >= 1
        for sku, quantity in ITEMS.items():
            stock = con.execute(
                "SELECT stock FROM variants WHERE id = ?", (catalog.ids[sku],)
            ).fetchone()[0]
            assert PLENTY - stock == quantity * len(ids), sku
        return len(ids)
    finally:
        con.close()


def test_backup_while_orders_are_written_is_a_consistent_prefix(
    sqlite_url: str, writer: Writer, catalog: Catalog, tmp_path: Path
) -> None:
    assert writer.wait_for(5), "the writer placed no orders"
    before = writer.placed
    progress: list[tuple[int, int]] = []

    def step(done: int, total: int) -> None:
        progress.append((done, total))
        # Writes land while the copy is under way: the writer is never blocked by the backup.
        if len(progress) == 3:
            assert writer.wait_for(writer.placed + 3), "the writer was blocked by the backup"

    target = tmp_path / "copies" / "backup.sqlite3"
    target.parent.mkdir()
    result = backup.backup_database(sqlite_url, target, progress=step, pages_per_step=4)

    assert writer.wait_for(writer.placed + 2)
    assert result.path == target and result.size == target.stat().st_size
    assert len(progress) > 3 and progress[-1][0] == progress[-1][1]
    copied = check_consistent_orders(target, catalog)
    assert before <= copied < writer.placed
    assert sorted(p.name for p in target.parent.iterdir()) == ["backup.sqlite3"]  # no -wal, temp
    with sqlite3.connect(target) as con:  # a self-contained file
        assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)


def test_a_cancelled_backup_leaves_the_old_backup_alone(
    sqlite_url: str, catalog: Catalog, tmp_path: Path
) -> None:
    target = tmp_path / "backup.sqlite3"
    target.write_bytes(b"yesterday's backup")
    steps: list[int] = []

    def cancelled() -> bool:
        steps.append(1)
        return len(steps) > 2

    with pytest.raises(backup.BackupCancelled):
        backup.backup_database(sqlite_url, target, cancelled=cancelled, pages_per_step=2)
    assert target.read_bytes() == b"yesterday's backup"
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []


def test_refusals_are_one_line_and_leave_nothing_behind(
    sqlite_url: str, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(DomainError, match="folder .*missing.* does not exist"):
        backup.backup_database(sqlite_url, tmp_path / "missing" / "b.sqlite3")
    with pytest.raises(DomainError, match="live database"):
        backup.backup_database(sqlite_url, db_path)
    with pytest.raises(DomainError, match="live database"):
        backup.backup_database(sqlite_url, db_path.with_name(db_path.name + "-wal"))
    with pytest.raises(DomainError, match="is a folder"):
        backup.backup_database(sqlite_url, tmp_path)
    with pytest.raises(DomainError, match="pg_dump"):
        backup.backup_database("postgresql://staff:pw@db.local/shop", tmp_path / "b.dump")

    monkeypatch.setattr(backup, "disk_free", lambda _folder: 1000)
    target = tmp_path / "full" / "b.sqlite3"
    target.parent.mkdir()
    with pytest.raises(ExternalError, match="Not enough space"):
        backup.backup_database(sqlite_url, target)
    assert list(target.parent.iterdir()) == []
