"""R50 and card numbers, end to end: after a full scenario every byte the app wrote — the SQLite
file and its -wal, settings and log files — holds no shop secret, no SMTP password and no full card
number; only the 6 + 4 masked forms.

The scenario: two WooCommerce shops (one secret in the OS keyring, here an in-memory keyring
backend; one only in the environment-variable fallback), a sync against the fake shop with a card
number in the shop's transaction id, checkout note and payment meta, a counter sale paid by card
with the full number typed into the card field, the reference and the note, a memo with a card
number, an SMTP password, and logging on at DEBUG into the data folder.
"""

from __future__ import annotations

import base64
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from backoffice.app import TESTING_ENV, setup_logging
from backoffice.db.engine import data_dir
from backoffice.db.models import Memo, Order, Payment, TimelineEvent
from backoffice.db.uow import UnitOfWork
from backoffice.services.notify import settings as notify_settings
from backoffice.services.orders import counter, notes
from backoffice.services.orders.changes import NewLine
from backoffice.services.orders.counter import CounterPayment
from backoffice.services.sync import shops
from backoffice.services.sync.runner import sync_once
from backoffice.sync import secrets
from tests.factories import CASHIER, MANAGER, Catalog
from tests.fakes.woo_server import FakeWooServer

pytestmark = pytest.mark.rule("R50")

KEY_A, SECRET_A = "ck_aaaa1111bbbb2222", "cs_keyring_only_5e3f9a7c1d"
KEY_B, SECRET_B = "ck_cccc3333dddd4444", "cs_env_var_only_8b2e6d4f0a"
SMTP_PASSWORD = "smtp-pw-Zq7!r2Lk9w"
SECRETS = (SECRET_A, SECRET_B, SMTP_PASSWORD)
# Test card numbers (they pass the Luhn check, as real ones do).
VISA, MASTER, AMEX, JCB = (
    "4111111111111111",
    "5555555555554444",
    "378282246310005",
    "3530111333300000",
)
PANS = (VISA, MASTER, AMEX, JCB)


class MemoryKeyring(KeyringBackend):
    """An OS keyring stand-in: it keeps passwords in this process only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def app_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The user data, config and cache folders (platformdirs and QSettings follow the XDG
    variables) inside tmp_path, and the app's own DEBUG log file there, as outside tests."""
    home = tmp_path / "home"
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv(TESTING_ENV)
    log_file = setup_logging(verbose=True)
    assert log_file is not None and log_file.is_relative_to(home)
    assert data_dir().is_relative_to(home)
    yield home
    monkeypatch.setenv(TESTING_ENV, "1")
    setup_logging()  # back to stderr, warnings only


@pytest.fixture
def woo_a() -> Iterator[FakeWooServer]:
    with FakeWooServer(KEY_A, SECRET_A) as server:
        server.shop.add_product("TEE-BLK-M", "19000", stock=50)
        yield server


@pytest.fixture
def woo_b() -> Iterator[FakeWooServer]:
    with FakeWooServer(KEY_B, SECRET_B) as server:
        server.shop.add_product("MUG-WHT", "12000", stock=20)
        yield server


def readable(data: bytes) -> str:
    """Bytes as text (latin-1 maps every byte to one character, so offsets match)."""
    return data.decode("latin-1")


def luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def leaks(path: Path) -> list[str]:
    text = readable(path.read_bytes())
    found = [f"secret {s[:6]}…" for s in SECRETS if s in text]
    basic = base64.b64encode(f"{KEY_A}:{SECRET_A}".encode()).decode()
    found += ["basic-auth header"] if basic in text else []
    for pan in PANS:  # in any grouping: 4111 1111 …, 4111-1111-…
        if re.search(r"[ -]?".join(pan), text):
            found.append(f"card {pan[:6]}…{pan[-4:]}")
    for run in re.findall(r"(?<!\d)\d{13,19}(?!\d)", text):  # any other card-like number
        if luhn(run):
            found.append(f"card-like number {run[:6]}…{run[-4:]}")
    return found


@pytest.mark.sqlite_only(reason="scans the bytes of the SQLite file and its -wal")
def test_no_secret_and_no_full_card_number_is_written_anywhere(
    tmp_path: Path,
    db_path: Path,
    session_factory: sessionmaker[Session],
    catalog: Catalog,
    memory_keyring: MemoryKeyring,
    app_folders: Path,
    woo_a: FakeWooServer,
    woo_b: FakeWooServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    logging.getLogger("backoffice").debug("scan test: logging at DEBUG reaches the file")
    uow = lambda: UnitOfWork(session_factory)  # noqa: E731

    # Shop A's secret goes to the keyring; shop B's lives only in the environment variable.
    added = shops.add_shop(
        uow(), "woocommerce", "woo-a", woo_a.base_url, KEY_A, SECRET_A, actor=MANAGER
    )
    assert added.secret_note == ""
    monkeypatch.setenv(secrets.env_var_name("woo-b"), SECRET_B)
    shops.add_shop(uow(), "woocommerce", "woo-b", woo_b.base_url, KEY_B, "", actor=MANAGER)
    assert memory_keyring.passwords == {("backoffice", "shop:woo-a"): SECRET_A}

    # A customer types card numbers where a shop lets them; a gateway puts one in its meta.
    paid_in_shop = woo_a.shop.add_order(
        [("TEE-BLK-M", 1)],
        status="processing",
        payment_method="card",
        transaction_id=VISA,
        customer_note=f"카드 {MASTER[:4]} {MASTER[4:8]} {MASTER[8:12]} {MASTER[12:]} 로 결제",
        meta={"_card_number": AMEX, "_gateway_log": f"approved card={AMEX}"},
    )
    woo_b.shop.add_order([("MUG-WHT", 1)], status="processing")
    report = sync_once(session_factory)
    assert report.online and not report.errors and report.pulled == 2, report
    # Pulled again after an edit in the shop: still one payment, still masked.
    woo_a.shop.clock.tick(60)
    woo_a.shop.touch(paid_in_shop)
    report = sync_once(session_factory)
    assert report.online and not report.errors and report.pulled == 1, report

    # At the counter: the full number in the card field, the reference and the note.
    sale = counter.create_counter_order(
        uow(),
        CASHIER,
        [NewLine(sku="TEE-BLK-M", quantity=1)],
        payment=CounterPayment(
            "card",
            pg_transaction=f"approval 12345678 card {JCB}",
            card_issuer="신한",
            card_number=f"{JCB[:4]}-{JCB[4:8]}-{JCB[8:12]}-{JCB[12:]}",
        ),
        note=f"customer read out {VISA}",
    )
    notes.add_memo(uow(), CASHIER, sale.code, f"card on file {MASTER}, call 010-1234-5678")
    notify_settings.set_smtp_password(MANAGER, SMTP_PASSWORD)
    assert memory_keyring.passwords[("backoffice", "shop:mail-smtp")] == SMTP_PASSWORD

    # What staff see is there, masked: the scan below is not vacuous.
    with session_factory() as session:
        web = session.scalars(select(Order).where(Order.channel_detail == "woo-a")).one()
        assert [p.pg_transaction for p in web.payments] == ["411111******1111"]  # paid once
        # shop B was reached with the secret from the environment variable
        assert session.scalars(select(Order).where(Order.channel_detail == "woo-b")).one()
        assert web.customer_note == "카드 5555 55** **** 4444 로 결제"
        payment = session.scalars(select(Payment).join(Order).where(Order.code == sale.code)).one()
        assert payment.card_masked == "353011******0000"
        assert payment.pg_transaction == "approval 12345678 card 353011******0000"
        memo = session.scalars(select(Memo).join(Order).where(Order.code == sale.code)).one()
        assert memo.text == "card on file 555555******4444, call 010-1234-5678"
        texts = " ".join(session.scalars(select(TimelineEvent.text)))
        assert "555555******4444" in texts
        assert session.scalar(select(Order.customer_note).where(Order.code == sale.code)) == (
            "customer read out 411111******1111"
        )

    for handler in logging.getLogger().handlers:
        handler.flush()
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    names = {p.name for p in written}
    assert {db_path.name, f"{db_path.name}-wal", "backoffice.log"} <= names, names
    log_text = (data_dir() / "logs" / "backoffice.log").read_text(encoding="utf-8")
    assert "scan test: logging at DEBUG" in log_text and "DEBUG" in log_text
    assert {path.relative_to(tmp_path).as_posix(): leaks(path) for path in written} == {
        path.relative_to(tmp_path).as_posix(): [] for path in written
    }
