"""db/locks.RelayLock between processes, as between two PCs (issue 7): on PostgreSQL an advisory
lock on the holder's connection, on SQLite an OS lock beside the file. A process that dies (SIGKILL,
no clean-up) frees the relay for the next one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import text

from backoffice.db.locks import RelayLock

HOLDER = """
import sys
from backoffice.db.engine import make_engine
from backoffice.db.locks import RelayLock
lock = RelayLock(make_engine(sys.argv[1]), holder="Counter 1")
print("held" if lock.acquire() else "refused", flush=True)
sys.stdin.read()  # hold until killed
"""


def wait_until(condition: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


@pytest.fixture
def other_process(db_url: str) -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, db_url],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "BACKOFFICE_TESTING": "1"},
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "held"  # blocks until the child has the lock
    yield proc
    proc.kill()
    proc.wait(timeout=10)


def test_a_second_process_is_refused_and_told_who_holds_it(engine, other_process):
    lock = RelayLock(engine, holder="Counter 2")
    assert lock.acquire() is False
    assert lock.holder() == "Counter 1"
    assert lock.held is False


def test_a_killed_holder_frees_the_relay(engine, other_process):
    lock = RelayLock(engine, holder="Counter 2")
    assert lock.acquire() is False
    other_process.send_signal(signal.SIGKILL)
    other_process.wait(timeout=10)
    # PostgreSQL ends the dead client's backend (and its lock) as soon as it reads EOF.
    assert wait_until(lock.acquire, timeout=5.0)
    assert lock.held and lock.holder() == "Counter 2"
    lock.release()
    assert lock.holder() is None


def test_two_locks_in_one_process_exclude_each_other_and_release(engine):
    first, second = RelayLock(engine, holder="A"), RelayLock(engine, holder="B")
    with first:
        assert first.held and not second.acquire()
        assert second.holder() == "A"
    assert second.acquire() and second.holder() == "B"
    second.release()
    assert first.holder() is None


def test_a_holder_whose_connection_dropped_notices_before_its_next_run(engine):
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only: an OS file lock cannot be lost while its process lives")
    first, second = RelayLock(engine, holder="A"), RelayLock(engine, holder="B")
    assert first.acquire()
    with engine.connect() as admin:  # the network drops the first PC's connection
        admin.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE application_name = 'backoffice relay: A'"
            )
        )
        admin.commit()
    assert wait_until(second.acquire, timeout=5.0)
    assert first.acquire() is False  # it does not go on syncing beside B
    assert first.holder() == "B"
    second.release()
    assert first.acquire() and first.holder() == "A"
    first.release()
