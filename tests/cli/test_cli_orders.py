"""`backoffice orders list|show` through the real entry point on a demo database (issue 2 CLI
contract): JSON shapes, newest first, stage filters, R32 keyword search, human tables."""

from __future__ import annotations

import re
import unicodedata

import pytest

from tests.cli.clirun import run

SUMMARY_KEYS = {
    "code", "shop", "shop_order_number", "channel", "stage", "payment_status", "currency",
    "total", "balance", "buyer_name", "buyer_phone", "created_at",
}
ISO_UTC = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


@pytest.fixture(scope="module")
def demo_db(new_db_url) -> str:  # type: ignore[no-untyped-def]
    url = new_db_url()
    made = run(url, "demo", "--orders", "400", "--seed", "3")
    assert made.code == 0, made.err
    assert "400 demo orders" in made.out
    return url


def test_list_json_is_newest_first_with_the_contract_fields(demo_db):
    rows = run(demo_db, "orders", "list", "--limit", "1000", "--json").json()
    assert len(rows) == 400
    for row in rows:
        assert row.keys() >= SUMMARY_KEYS
        assert isinstance(row["total"], int) and isinstance(row["balance"], int)
        assert ISO_UTC.fullmatch(row["created_at"])
        assert row["currency"] == "KRW"
    stamps = [r["created_at"] for r in rows]
    assert stamps == sorted(stamps, reverse=True)
    assert {r["shop"] for r in rows if r["channel"] == "web"} == {"데모 스토어 (Demo Store)"}

    limited = run(demo_db, "orders", "list", "--limit", "5", "--json").json()
    assert [r["code"] for r in limited] == [r["code"] for r in rows[:5]]

    picked = run(
        demo_db, "orders", "list", "--stage", "received", "--stage", "preparing,ready", "--json"
    ).json()
    expected = [r["code"] for r in rows if r["stage"] in ("received", "preparing", "ready")]
    assert [r["code"] for r in picked] == expected[:50] and picked


@pytest.mark.rule("R32")
def test_search_by_code_prefix_shop_number_name_part_and_phone_digits(demo_db):
    rows = run(demo_db, "orders", "list", "--limit", "1000", "--json").json()
    target = next(r for r in rows if r["channel"] == "web" and re.fullmatch(r"[가-힣]{3}", r["buyer_name"]))

    def codes(text: str) -> list[str]:
        return [r["code"] for r in run(demo_db, "orders", "list", "--search", text, "--json").json()]

    by_code = codes(target["code"][:6].lower())  # a prefix as typed, dash and lower case included
    assert target["code"] in by_code
    assert all(c.startswith(target["code"][:6]) for c in by_code)
    assert codes(target["shop_order_number"]) == [target["code"]]
    assert target["code"] in codes(target["buyer_name"][1:])  # the given name alone
    digits = target["buyer_phone"][-9:]  # "1234-5678": any part of the digits, dash or not
    assert target["code"] in codes(digits)
    assert target["code"] in codes(digits.replace("-", ""))


def test_show_json_has_lines_shipments_and_timeline(demo_db):
    rows = run(demo_db, "orders", "list", "--stage", "completed", "--limit", "1", "--json").json()
    code = rows[0]["code"]
    detail = run(demo_db, "orders", "show", code.replace("-", "").lower(), "--json").json()
    assert detail["code"] == code and detail.keys() >= SUMMARY_KEYS
    assert detail["lines"] and {"sku", "name", "quantity", "unit_price", "total"} <= detail[
        "lines"
    ][0].keys()
    shipment = detail["shipments"][0]
    assert {"stage", "carrier", "tracking_number", "lines"} <= shipment.keys()
    assert shipment["stage"] == "delivered" and shipment["lines"]
    kinds = [e["kind"] for e in detail["timeline"]]
    assert kinds[0] == "created" and "stage" in kinds
    for event in detail["timeline"]:
        assert {"at", "actor", "kind", "text"} <= event.keys() and ISO_UTC.fullmatch(event["at"])
    assert [e["at"] for e in detail["timeline"]] == sorted(e["at"] for e in detail["timeline"])
    # The same order, as a person reads it.
    text = run(demo_db, "orders", "show", code)
    assert text.code == 0 and code in text.out and "Timeline" in text.out and "원" in text.out


def test_human_list_lines_up_korean_columns(demo_db):
    listed = run(demo_db, "orders", "list", "--limit", "20")
    assert listed.code == 0
    lines = listed.out.rstrip("\n").splitlines()
    assert lines[0].split()[:3] == ["Code", "Created", "Stage"]
    assert lines[-1] == "20 of 400 orders"

    def cells(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

    table = lines[:-1]
    # Amounts are right-aligned in the last column: every row ends at the same cell.
    assert len({cells(line) for line in table[1:]}) == 1
    assert all(line.endswith("원") for line in table[1:])
