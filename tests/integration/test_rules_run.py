"""The automatic rules happen outside tests (R8, R10): `backoffice rules run` for cron, every
sync pass, and the window's timer; each with the shop's `auto_complete_days`, each idempotent,
each in the timeline as "system"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from backoffice.core import Core
from backoffice.db.base import utcnow
from backoffice.db.models import Setting
from backoffice.domain.stages import CANCEL_REASON_PAYMENT_EXPIRED, Stage
from backoffice.services.staff.actor import SYSTEM
from backoffice.services.sync.runner import sync_once
from tests.cli.clirun import run
from tests.factories import place
from tests.integration.builders_ops import events, order_of, stock_of

pytestmark = [pytest.mark.rule("R8"), pytest.mark.rule("R10")]


def _delivered(uow, session, days: float) -> str:  # type: ignore[no-untyped-def]
    code = place(uow, stage=Stage.DELIVERED)
    order = order_of(session, code)
    order.delivered_at = utcnow() - timedelta(days=days)
    session.commit()
    return code


def _expired(uow) -> str:  # type: ignore[no-untyped-def]
    return place(
        uow,
        stage=Stage.PENDING_PAYMENT,
        payment_method="bank_transfer",
        deposit_deadline=utcnow() - timedelta(minutes=5),
    )


def test_rules_run_from_the_cli_with_the_shops_days(db_url, uow, session, catalog):
    old = _delivered(uow, session, days=4)
    fresh = _delivered(uow, session, days=1)
    unpaid = _expired(uow)
    session.add(Setting(key="auto_complete_days", value="3"))  # the shop's choice, not 7
    session.commit()
    done = run(db_url, "rules", "run")
    assert done.code == 0, done.err
    assert done.out.strip().startswith("rules: 1 completed (R8), 1 cancelled")
    session.expire_all()
    assert order_of(session, old).stage == "completed"
    assert order_of(session, fresh).stage == "delivered"
    cancelled = order_of(session, unpaid)
    assert (cancelled.stage, cancelled.cancel_reason) == (
        "cancelled",
        CANCEL_REASON_PAYMENT_EXPIRED,
    )
    assert events(session, old)[-1].actor == SYSTEM.name
    again = run(db_url, "rules", "run")  # cron runs it again: nothing more happens
    assert again.out.strip().startswith("rules: 0 completed (R8), 0 cancelled")


def test_every_sync_pass_runs_them(session_factory, uow, session, catalog):
    old = _delivered(uow, session, days=8)
    unpaid = _expired(uow)
    report = sync_once(session_factory, [])  # no shop connected: the rules run all the same
    assert (report.completed, report.expired) == (1, 1)
    session.expire_all()
    assert order_of(session, old).stage == "completed"
    assert order_of(session, unpaid).stage == "cancelled"
    assert sync_once(session_factory, []).completed == 0


def test_the_window_runs_them_on_its_timer(qtbot, session_factory, uow, session, catalog):
    from backoffice.ui.ops import Ops
    from backoffice.ui.rules_timer import RulesTimer

    old = _delivered(uow, session, days=8)
    worker = Ops(Core(session_factory))
    timer = RulesTimer(worker, interval_ms=50)
    ran: list[object] = []
    timer.ran.connect(ran.append)
    timer.start()
    qtbot.waitUntil(lambda: len(ran) >= 2, timeout=10_000)  # started at once, then again
    timer.stop()
    qtbot.waitUntil(lambda: worker.idle, timeout=5000)
    worker.stop()
    session.expire_all()
    assert order_of(session, old).stage == "completed"
    assert sum(r.completed for r in ran) == 1  # the second pass found nothing more to do
    assert session.scalar(select(Setting.value).where(Setting.key == "auto_complete_days")) is None


# ---- with a frozen clock (issue 14): the same moments, whatever day the suite runs -------------

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # delivered; the deposit deadline is T0 + 3 days


def _frozen_orders(uow, session) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    delivered = place(uow, {"MUG-WHT": 1}, stage=Stage.DELIVERED)
    order_of(session, delivered).delivered_at = T0
    unpaid = place(
        uow,
        {"TEE-BLK-M": 2},
        stage=Stage.PENDING_PAYMENT,
        payment_method="bank_transfer",
        deposit_deadline=T0 + timedelta(days=3),
    )
    session.commit()
    return delivered, unpaid


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def test_with_a_frozen_clock_the_cli_completes_and_expires_once(db_url, uow, session, catalog):
    delivered, unpaid = _frozen_orders(uow, session)
    held = stock_of(session, "TEE-BLK-M")
    early = run(db_url, "rules", "run", "--as-of", _iso(T0 + timedelta(days=2)))
    assert early.out.strip().startswith("rules: 0 completed (R8), 0 cancelled"), early.err
    session.expire_all()
    assert order_of(session, delivered).stage == Stage.DELIVERED
    assert order_of(session, unpaid).stage == Stage.PENDING_PAYMENT
    for _ in range(2):  # cron runs it again later: nothing more happens
        run(db_url, "rules", "run", "--as-of", _iso(T0 + timedelta(days=7, minutes=1)))
    session.expire_all()
    assert order_of(session, delivered).stage == Stage.COMPLETED
    assert order_of(session, unpaid).stage == Stage.CANCELLED
    assert stock_of(session, "TEE-BLK-M") == held + 2  # its stock came back once
    assert [e.kind for e in events(session, unpaid)].count("cancelled") == 1
    bad = run(db_url, "rules", "run", "--as-of", "yesterday")
    assert bad.code == 2 and "not an ISO time" in bad.err


def test_with_a_frozen_clock_the_scheduler_ticks_them(
    qtbot, session_factory, uow, session, catalog
):
    from backoffice.ui.ops import Ops
    from backoffice.ui.rules_timer import RulesTimer

    delivered, unpaid = _frozen_orders(uow, session)
    held = stock_of(session, "TEE-BLK-M")
    clock = [T0 + timedelta(days=6, hours=23)]  # a day short of R8's seven
    worker = Ops(Core(session_factory))
    timer = RulesTimer(worker, interval_ms=30, clock=lambda: clock[0])
    ran: list[object] = []
    timer.ran.connect(ran.append)
    timer.start()
    qtbot.waitUntil(lambda: len(ran) >= 2, timeout=10_000)
    session.expire_all()
    assert order_of(session, delivered).stage == Stage.DELIVERED
    assert order_of(session, unpaid).stage == Stage.CANCELLED  # its deadline was days ago
    clock[0] = T0 + timedelta(days=7, minutes=1)
    seen = len(ran)
    qtbot.waitUntil(lambda: len(ran) >= seen + 3, timeout=10_000)  # the clock moved: ticks on
    timer.stop()
    qtbot.waitUntil(lambda: worker.idle, timeout=5000)
    worker.stop()
    session.expire_all()
    assert order_of(session, delivered).stage == Stage.COMPLETED
    assert sum(r.completed for r in ran) == 1 and sum(r.expired for r in ran) == 1
    assert stock_of(session, "TEE-BLK-M") == held + 2


def test_a_pass_meeting_another_on_the_same_database_leaves_it_the_work(
    session_factory, uow, session, catalog, monkeypatch
):
    """The window's timer and its first sync pass start together: the second pass returns at
    once instead of racing the first order by order (no "skipped" orders, nothing twice)."""
    from threading import Thread

    from backoffice.services.orders import rules_run
    from backoffice.services.orders.automatic import AutomaticResult

    code = _delivered(uow, session, days=30)
    real = rules_run.run_automatic_rules
    second: list[AutomaticResult] = []
    started: list[bool] = []

    def first_pass(*args, **kwargs):  # type: ignore[no-untyped-def]
        if not started:  # while this pass runs, another thread starts one on the same database
            started.append(True)
            other = Thread(target=lambda: second.append(rules_run.run_rules(session_factory)))
            other.start()
            other.join()
        return real(*args, **kwargs)

    monkeypatch.setattr(rules_run, "run_automatic_rules", first_pass)
    result = rules_run.run_rules(session_factory)
    assert second == [AutomaticResult()]
    assert (result.completed, result.skipped) == (1, 0)
    session.expire_all()
    assert order_of(session, code).stage == Stage.COMPLETED
    assert rules_run.run_rules(session_factory).completed == 0  # the lock was let go
