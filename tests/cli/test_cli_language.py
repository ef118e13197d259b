"""The command line in Korean (issue 13): `--lang ko` (or $BACKOFFICE_LANG) covers messages,
errors and table headers; English stays as scripts read it, rule numbers included."""

from __future__ import annotations

import pytest

from tests.cli.clirun import run


@pytest.fixture(scope="module")
def demo_db(new_db_url) -> str:  # type: ignore[no-untyped-def]
    url = new_db_url()
    made = run(url, "demo", "--orders", "120", "--seed", "4")
    assert made.code == 0, made.err
    return url


def _shipped(db: str) -> str:
    rows = run(db, "orders", "list", "--stage", "shipped", "--limit", "1", "--json").json()
    return rows[0]["code"]


def test_orders_show_in_korean(demo_db):
    code = _shipped(demo_db)
    shown = run(demo_db, "--lang", "ko", "orders", "show", code)
    assert shown.code == 0, shown.err
    first = shown.out.splitlines()[0]
    assert first.startswith(f"{code}  배송중")
    for heading in ("주문자:", "상품명", "수량", "결제금액", "배송", "타임라인", "처리자"):
        assert heading in shown.out, heading
    timeline = shown.out.split("타임라인", 1)[1]
    assert "단계 변경" in timeline and "Stage" not in timeline
    assert "쇼핑몰" in timeline and "web shop" not in timeline
    english = run(demo_db, "orders", "show", code)
    assert "Timeline" in english.out and "Stage" in english.out and "shipped" in english.out


@pytest.mark.rule("R6")
def test_a_rule_error_in_korean_and_in_english(demo_db):
    code = _shipped(demo_db)
    korean = run(demo_db, "--lang", "ko", "orders", "set-stage", code, "--to", "received")
    korean.assert_one_line_error(1, code, "관리자만")
    assert "(R" not in korean.err  # the rule number means nothing at the counter
    english = run(demo_db, "orders", "set-stage", code, "--to", "received")
    english.assert_one_line_error(1, "Only a manager can move an order back", "(R9)")


def test_the_language_comes_from_the_environment_too(demo_db):
    missing = run(demo_db, "orders", "show", "ZZZ-ZZZ-ZZZ", env={"BACKOFFICE_LANG": "ko"})
    missing.assert_one_line_error(1, "ZZZ-ZZZ-ZZZ", "없습니다")
    listed = run(demo_db, "orders", "list", "--limit", "2", env={"BACKOFFICE_LANG": "ko"})
    assert listed.out.splitlines()[0].split()[:3] == ["주문번호", "주문일시", "주문상태"]
    assert "주문 120건 중 2건" in listed.out


def test_shop_details_from_the_command_line(new_db_url):
    url = new_db_url()
    assert run(url, "--create", "db", "upgrade").code == 0
    before = run(url, "shop", "details")
    assert before.code == 0 and "Default carrier" in before.out
    changed = run(
        url, "shop", "details", "--name", "소담 상점", "--phone", "02-123-4567", "--carrier", "cj"
    )
    assert changed.code == 0, changed.err
    assert "소담 상점" in changed.out and "CJ Logistics" in changed.out
    korean = run(url, "--lang", "ko", "shop", "details")
    assert (
        "기본 택배사" in korean.out and "CJ대한통운" in korean.out and "02-123-4567" in korean.out
    )
    wrong = run(url, "shop", "details", "--carrier", "nowhere")
    wrong.assert_one_line_error(1, "Unknown carrier 'nowhere'")


def test_export_headers_follow_the_global_language(demo_db, tmp_path):
    """`export` had a --lang of its own whose default (from $LANG) overwrote the global one."""
    out = tmp_path / "orders.csv"
    made = run(demo_db, "--lang", "ko", "export", "--out", str(out), "--stage", "shipped")
    assert made.code == 0, made.err
    assert out.read_text(encoding="utf-8-sig").startswith("주문번호,")
    assert "저장" in made.err
    again = run(demo_db, "export", "--lang", "ko", "--out", str(out))  # after the command, too
    assert again.code == 0 and out.read_text(encoding="utf-8-sig").startswith("주문번호,")
    english = run(demo_db, "export", "--out", str(out))
    assert english.code == 0 and out.read_text(encoding="utf-8-sig").startswith("Order code,")


def test_lists_and_status_in_korean(demo_db):
    """The other tables a person reads at the command line: staff, shops, the print queue and the
    sync state, with Korean headers and words."""
    staff = run(demo_db, "--lang", "ko", "staff", "list")
    assert staff.code == 0 and staff.out.split()[:2] == ["이름", "역할"]
    queue = run(demo_db, "--lang", "ko", "print", "queue")
    assert queue.code == 0 and "작업" in queue.out and "Job" not in queue.out
    state = run(demo_db, "--lang", "ko", "sync", "--status")
    assert state.code == 0 and state.out.startswith("상태: ") and "never" not in state.out
    english = run(demo_db, "sync", "--status")
    assert english.out.startswith("state: ")
