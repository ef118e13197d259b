"""`backoffice payments list|request|withdraw` (R22) through the real entry point."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from backoffice.db.models import Order, PaymentRequest
from backoffice.domain.stages import Stage
from tests.cli.clirun import run
from tests.factories import place

pytestmark = pytest.mark.rule("R22")


def _requests(session, code: str) -> list[tuple[int, str]]:
    session.expire_all()
    order = session.scalar(select(Order).where(Order.code == code))
    return [(r.amount, r.state) for r in order.payment_requests]


def test_a_request_is_made_listed_and_withdrawn(uow, session, catalog, db_url):
    code = place(uow, stage=Stage.PENDING_PAYMENT, channel="phone")
    r = run(db_url, "payments", "request", code, "--amount", "5000")
    assert r.code == 0, r.err
    (request,) = session.scalars(select(PaymentRequest)).all()
    assert f"payment request {request.id} for 5,000원: " in r.out and request.link in r.out
    assert _requests(session, code) == [(5000, "requested")]

    listed = run(db_url, "payments", "list", code)
    assert listed.code == 0 and request.link in listed.out and "requested" in listed.out
    korean = run(db_url, "--lang", "ko", "payments", "list", code)
    assert "요청" in korean.out and "Requested" not in korean.out

    r = run(db_url, "payments", "withdraw", code, str(request.id))
    assert r.code == 0 and "withdrawn" in r.out
    assert _requests(session, code) == [(5000, "withdrawn")]


def test_bad_requests_get_one_line_and_change_nothing(uow, session, catalog, db_url):
    code = place(uow, stage=Stage.PENDING_PAYMENT, channel="phone")
    run(db_url, "payments", "request", "ZZZ-ZZZ", "--amount", "10").assert_one_line_error(
        1, "ZZZ-ZZZ"
    )
    too_much = run(db_url, "payments", "request", code, "--amount", "99999999")
    too_much.assert_one_line_error(1, "too much")
    run(db_url, "payments", "request", code, "--amount", "lots").assert_one_line_error(1)
    run(db_url, "payments", "withdraw", code, "77").assert_one_line_error(1, "77")
    assert _requests(session, code) == []
