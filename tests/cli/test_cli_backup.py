"""`backoffice db backup FILE` through the real entry point: a checked copy and exit 0, or one
line on stderr and a non-zero exit, with nothing half-written left behind."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from backoffice.db.models import Variant
from backoffice.db.uow import UnitOfWork
from tests.cli.clirun import run
from tests.factories import Catalog, place


@pytest.fixture
def live(db_url: str, uow: UnitOfWork, catalog: Catalog) -> str:
    if not db_url.startswith("sqlite"):
        pytest.skip("backups are of SQLite databases")
    for _ in range(3):
        place(uow)
    return db_url


def test_backup_writes_a_checked_copy(live: str, tmp_path: Path) -> None:
    target = tmp_path / "backups" / "monday.sqlite3"
    target.parent.mkdir()
    done = run(live, "db", "backup", str(target))
    assert done.code == 0, done.err
    assert done.err == ""
    assert done.out.strip().startswith(f"backup: {target} (")
    assert "integrity check ok" in done.out
    with sqlite3.connect(target) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("SELECT count(*) FROM orders").fetchone() == (3,)
    assert [p.name for p in target.parent.iterdir()] == ["monday.sqlite3"]


def test_backup_while_the_app_places_orders(
    live: str, session_factory: sessionmaker[Session], tmp_path: Path
) -> None:
    """The app (here a thread of this process) keeps placing orders while the command copies."""
    with session_factory() as session:
        session.execute(update(Variant).values(stock=1_000_000))
        session.commit()
    stop, placed, errors = threading.Event(), [], []

    def write() -> None:
        try:
            while not stop.is_set():
                placed.append(place(UnitOfWork(session_factory)))
        except Exception as exc:  # reported below
            errors.append(exc)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    try:
        target = tmp_path / "during.sqlite3"
        done = run(live, "db", "backup", str(target))
    finally:
        stop.set()
        writer.join(timeout=30)
    assert done.code == 0, done.err
    assert errors == [] and placed
    with sqlite3.connect(target) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        ids = [r[0] for r in con.execute("SELECT id FROM orders ORDER BY id")]
        assert ids == list(range(1, len(ids) + 1))  # a prefix: no order missing in between
        half_written = con.execute(
            "SELECT count(*) FROM orders o WHERE NOT EXISTS"
            " (SELECT 1 FROM order_lines l WHERE l.order_id = o.id)"
            " OR NOT EXISTS (SELECT 1 FROM timeline_events t WHERE t.order_id = o.id)"
        ).fetchone()
    assert half_written == (0,)
    assert 3 <= len(ids) <= 3 + len(placed)


def test_backup_replaces_an_older_backup(live: str, tmp_path: Path) -> None:
    target = tmp_path / "b.sqlite3"
    target.write_bytes(b"old")
    assert run(live, "db", "backup", str(target)).code == 0
    assert target.read_bytes()[:16] == b"SQLite format 3\x00"


def test_missing_folder_is_refused(live: str, tmp_path: Path) -> None:
    done = run(live, "db", "backup", str(tmp_path / "nope" / "b.sqlite3"))
    done.assert_one_line_error(1, "folder", "does not exist")
    assert not (tmp_path / "nope").exists()


def test_the_live_database_is_refused(live: str, db_path: Path) -> None:
    before = db_path.read_bytes()
    run(live, "db", "backup", str(db_path)).assert_one_line_error(1, "live database")
    run(live, "db", "backup", f"{db_path}-wal").assert_one_line_error(1, "live database")
    assert db_path.read_bytes() == before


def test_postgresql_is_refused_with_a_pointer_to_pg_dump(tmp_path: Path) -> None:
    # No server is contacted: the URL alone says this is not a SQLite file.
    done = run("postgresql://staff:pw@127.0.0.1:9/shop", "db", "backup", str(tmp_path / "x"))
    done.assert_one_line_error(1, "PostgreSQL", "pg_dump")
    assert "pw" not in done.err


def test_a_missing_database_file_is_refused(tmp_path: Path) -> None:
    done = run(str(tmp_path / "none.sqlite3"), "db", "backup", str(tmp_path / "b.sqlite3"))
    done.assert_one_line_error(1, "does not exist")
    assert list(tmp_path.iterdir()) == []
