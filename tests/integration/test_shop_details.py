"""The shop's details (issue 13): what labels, receipts and documents print as the sender, and
the carrier the counter's ship step fills in; a manager's to change (R48)."""

from __future__ import annotations

import pytest

from backoffice.domain.errors import DomainError, NeedsManager
from backoffice.services.printing.source import shop_info
from backoffice.services.shop import details
from backoffice.services.shop.details import ShopDetails
from backoffice.services.sync import shops
from tests.factories import CASHIER, MANAGER


def test_saved_details_are_what_printing_prints(uow, session):
    saved = details.save(
        uow,
        ShopDetails(
            "  소담   상점 ", "서울 마포구 1", "02-123-4567", "123-45-67890", "감사합니다", "CJ"
        ),
        actor=MANAGER,
    )
    assert (saved.name, saved.default_carrier) == ("소담 상점", "cj")  # tidied, the code kept
    info = shop_info(session)
    assert (info.name, info.address, info.phone, info.business_number, info.footer) == (
        "소담 상점",
        "서울 마포구 1",
        "02-123-4567",
        "123-45-67890",
        "감사합니다",
    )
    assert details.load(session).carrier.name_ko == "CJ대한통운"


def test_without_a_name_the_web_shops_name_is_the_sender_never_backoffice(uow, session):
    assert details.load(session).name == ""
    shops.add_shop(
        uow, "woocommerce", "소담몰", "https://sodam.example", "ck_x", "cs_y", actor=MANAGER
    )
    assert shop_info(session).name == "소담몰"


@pytest.mark.rule("R48")
def test_a_cashier_may_not_and_an_unknown_carrier_is_refused(uow, session):
    with pytest.raises(NeedsManager):
        details.save(uow, ShopDetails(name="x"), actor=CASHIER)
    with pytest.raises(DomainError, match="Unknown carrier"):
        details.save(uow, ShopDetails(default_carrier="nowhere"), actor=MANAGER)
    assert details.load(session) == ShopDetails()
