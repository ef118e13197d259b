"""WooCommerce statuses ↔ local stages, both ways (R6, R12)."""

from __future__ import annotations

import pytest

from backoffice.sync.woocommerce.status import (
    LOCAL_STAGES,
    cancel_request_from_meta,
    stage_from_woo,
    woo_from_stage,
)

pytestmark = pytest.mark.rule("R6")


@pytest.mark.parametrize(
    ("status", "meta", "stage", "failed"),
    [
        ("pending", None, "pending_payment", False),
        ("on-hold", None, "pending_payment", False),
        ("failed", None, "pending_payment", True),
        ("processing", None, "received", False),
        ("processing", "preparing", "preparing", False),
        ("processing", "ready", "ready", False),
        ("processing", "shipped", "shipped", False),
        ("processing", "delivered", "received", False),  # meta that contradicts the status
        ("completed", None, "delivered", False),
        ("completed", "completed", "completed", False),
        ("cancelled", None, "cancelled", False),
        ("refunded", None, "cancelled", False),
        ("wc-awaiting-supplier", None, "received", False),
    ],
)
def test_shop_to_local(status, meta, stage, failed):
    assert stage_from_woo(status, meta) == (stage, failed)


@pytest.mark.parametrize(
    ("stage", "current", "status"),
    [
        ("pending_payment", None, "pending"),
        ("pending_payment", "on-hold", "on-hold"),
        ("received", None, "processing"),
        ("preparing", None, "processing"),
        ("ready", None, "processing"),
        ("shipped", None, "processing"),
        ("delivered", None, "completed"),
        ("completed", None, "completed"),
        ("cancelled", None, "cancelled"),
    ],
)
def test_local_to_shop(stage, current, status):
    assert woo_from_stage(stage, current) == status


def test_every_local_stage_survives_a_round_trip_through_status_and_meta():
    for stage in LOCAL_STAGES:
        assert stage_from_woo(woo_from_stage(stage), stage)[0] == stage
    with pytest.raises(ValueError):
        woo_from_stage("lost")


@pytest.mark.rule("R12")
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, (False, "")),
        ("", (False, "")),
        ("no", (False, "")),
        ("yes", (True, "")),
        ("1", (True, "")),
        (True, (True, "")),
        ("주소 오류", (True, "주소 오류")),
    ],
)
def test_cancel_request_meta(value, expected):
    assert cancel_request_from_meta(value) == expected
