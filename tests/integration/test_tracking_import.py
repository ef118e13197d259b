"""The courier's file and its waybills back (송장 일괄 등록, issue 14, R7, R21, R35): one row a
shipment out; rows matched by our reference, an order code or the shop's number; a preview that
says why a row will not ship; each shipment shipped in its own change, so a stop leaves no order
half-done and a second import ships nothing twice."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from backoffice.domain.errors import DomainError
from backoffice.domain.stages import Fulfilment, Stage
from backoffice.services.fulfilment import courier, shipments
from backoffice.services.fulfilment import tracking_import as imports
from backoffice.services.payments import requests as payments
from backoffice.services.shop import details
from tests.factories import CASHIER, MANAGER, place
from tests.integration.builders_ops import order_of, outbox

pytestmark = [pytest.mark.rule("R35"), pytest.mark.rule("R21")]


def _paid(uow, session, stage: Stage = Stage.RECEIVED, **kw) -> str:  # type: ignore[no-untyped-def]
    code = place(uow, stage=Stage.RECEIVED, **kw)
    payments.record_payment(uow, CASHIER, code, "card", order_of(session, code).balance)
    if stage != Stage.RECEIVED:
        from backoffice.services.orders import changes as orders

        orders.set_stage(uow, CASHIER, code, stage)
    return code


def _result(path: Path, rows: list[tuple[str, str]], *, encoding: str = "xlsx") -> Path:
    """What a courier sends back: its waybill number beside our reference (and more columns)."""
    if encoding == "xlsx":
        wb = Workbook()
        ws = wb.active
        ws.append(["접수일자", "운송장번호", "고객주문번호", "받는분"])
        for ref, number in rows:
            ws.append(["2026-12-07", int(number) if number.isdigit() else number, ref, "이서연"])
        wb.save(path)
        return path
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["운송장번호", "주문번호", "택배사"])
        for ref, number in rows:
            writer.writerow([number, ref, "한진택배"])
    return path


def test_the_courier_file_has_a_row_per_unshipped_shipment(uow, session, catalog, tmp_path):
    split = _paid(uow, session, Stage.PREPARING)
    tee = next(ln.id for ln in order_of(session, split).lines if ln.sku == "TEE-BLK-M")
    shipments.split_shipment(uow, CASHIER, split, 1, {tee: 1})
    one = _paid(uow, session)
    place(uow, stage=Stage.RECEIVED, fulfilment=Fulfilment.PICKUP)  # a pickup is not sent
    shipments.set_tracking(uow, CASHIER, split, 2, "CJ대한통운", "600000000001")
    shipments.advance_shipment(uow, CASHIER, split, 2)  # #2 ready
    shipments.advance_shipment(uow, CASHIER, split, 2)  # #2 shipped: no row for it
    details.save(uow, details.ShopDetails(name="소담 상점", phone="02-1"), actor=MANAGER)
    path = tmp_path / "courier.xlsx"
    written = courier.export(session, path)
    sheet = list(load_workbook(path).worksheets[0].iter_rows(values_only=True))
    assert sheet[0][:4] == ("고객주문번호", "받는분", "받는분전화번호", "우편번호")
    refs = {row[0] for row in sheet[1:]}
    assert written == 2 and refs == {f"{split}#1", f"{one}#1"}
    row = next(r for r in sheet[1:] if r[0] == f"{one}#1")
    assert row[1:6] == (
        "이서연",
        "010-1234-5678",
        "06236",
        "서울특별시 강남구 테헤란로 152",
        "12층",
    )
    assert row[8] == 3  # units in the shipment


def test_preview_says_what_will_ship_and_why_not(uow, session, catalog, tmp_path):
    ready = _paid(uow, session)
    gone = _paid(uow, session)
    shipments.ship(uow, CASHIER, gone, "CJ대한통운", "600000000009")
    pickup = place(uow, stage=Stage.RECEIVED, fulfilment=Fulfilment.PICKUP)
    file = _result(
        tmp_path / "result.xlsx",
        [
            (f"{ready}#1", "600000000001"),
            (f"{ready}#1", "600000000002"),
            (gone, "600000000009"),
            ("ZZZ-ZZZ-ZZZ", "600000000003"),
            (pickup, "600000000004"),
            (ready, ""),
        ],
    )
    table = imports.read(file)
    mapping = imports.guess(table.headers)
    assert mapping == imports.Mapping("고객주문번호", "운송장번호", "")
    rows = imports.preview(session, table, mapping, "cj")
    assert [(r.line, r.status) for r in rows] == [
        (2, "ready"),
        (3, "duplicate"),
        (4, "shipped"),
        (5, "unmatched"),
        (6, "invalid"),
        (7, "invalid"),
    ]
    assert rows[0].tracking == "600000000001"  # Excel's number is read back as the text it was
    assert rows[0].carrier == "CJ대한통운" and rows[0].code == ready


def test_import_ships_once_pushes_and_a_second_import_changes_nothing(
    uow, session, session_factory, catalog, tmp_path
):
    codes = [_paid(uow, session) for _ in range(3)]
    file = _result(
        tmp_path / "result.csv",
        [(f"{c}#1", f"60000000000{i}") for i, c in enumerate(codes)],
        encoding="cp949",  # a courier's CSV from Korean Windows
    )
    table = imports.read(file)
    mapping = imports.guess(table.headers)
    assert mapping == imports.Mapping("주문번호", "운송장번호", "택배사")
    rows = imports.preview(session, table, mapping, "")
    assert {r.carrier for r in rows} == {"한진택배"}  # the file's own carrier column
    report = imports.ship_all(session_factory, CASHIER, rows)
    assert sorted(report.shipped) == sorted(codes) and not report.failed
    for i, code in enumerate(codes):
        order = order_of(session, code)
        assert order.stage == Stage.SHIPPED
        assert [(s.carrier, s.tracking_number) for s in order.shipments] == [
            ("한진택배", f"60000000000{i}")
        ]
        assert len(outbox(session, code, "stage")) == 1  # pushed to the shop once
    again = imports.preview(session, imports.read(file), mapping, "")
    assert {r.status for r in again} == {"shipped"}
    assert not imports.ship_all(session_factory, CASHIER, again).shipped


def test_a_stopped_import_leaves_no_order_half_done(
    uow, session, session_factory, catalog, tmp_path
):
    codes = [_paid(uow, session) for _ in range(3)]
    file = _result(tmp_path / "r.xlsx", [(c, f"60000000001{i}") for i, c in enumerate(codes)])
    table = imports.read(file)
    rows = imports.preview(session, table, imports.guess(table.headers), "cj")
    asked: list[int] = []
    report = imports.ship_all(
        session_factory,
        CASHIER,
        rows,
        progress=asked.append,
        should_stop=lambda: len(asked) >= 1,  # Stop pressed after the first order
    )
    assert report.stopped and report.shipped == [codes[0]]
    stages = [order_of(session, c).stage for c in codes]
    assert stages == [Stage.SHIPPED, Stage.RECEIVED, Stage.RECEIVED]
    for code in codes[1:]:
        assert outbox(session, code, "stage") == []
        assert all(not s.tracking_number for s in order_of(session, code).shipments)


def test_unpaid_orders_wait_unless_confirmed_and_bad_files_say_so(
    uow, session, session_factory, catalog, tmp_path
):
    unpaid = place(uow, stage=Stage.RECEIVED)
    file = _result(tmp_path / "u.xlsx", [(unpaid, "600000000020")])
    table = imports.read(file)
    rows = imports.preview(session, table, imports.guess(table.headers), "cj")
    report = imports.ship_all(session_factory, CASHIER, rows)
    assert not report.shipped and report.failed[0][0] == 2 and "(R23)" in report.failed[0][1]
    assert imports.ship_all(session_factory, CASHIER, rows, confirm_unpaid=True).shipped
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(DomainError, match=".xlsx or .csv"):
        imports.read(tmp_path / "notes.txt")
    (tmp_path / "fake.xlsx").write_text("not a workbook")
    with pytest.raises(DomainError, match="not an Excel file"):
        imports.read(tmp_path / "fake.xlsx")
    assert imports.guess(("이름", "전화")) is None


def test_a_carriers_layout_is_kept_and_used(uow, session, catalog, tmp_path):
    from backoffice.domain.errors import NeedsManager

    code = _paid(uow, session)
    courier.save_layout(uow, "CJ대한통운", ["recipient", "reference", "sender"], actor=MANAGER)
    details.save(uow, details.ShopDetails(name="소담 상점"), actor=MANAGER)
    assert courier.layout(session, "cj") == ("recipient", "reference", "sender")
    assert courier.layout(session, "hanjin") == courier.DEFAULT_LAYOUT  # others keep the default
    path = tmp_path / "cj.csv"
    courier.export(session, path, carrier="cj")
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows == [["받는분", "고객주문번호", "보내는분"], ["이서연", f"{code}#1", "소담 상점"]]
    with pytest.raises(DomainError, match="Unknown courier columns"):
        courier.save_layout(uow, "cj", ["recipient", "shoe_size"], actor=MANAGER)
    with pytest.raises(NeedsManager):
        courier.save_layout(uow, "cj", ["recipient"], actor=CASHIER)
