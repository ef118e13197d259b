"""Staff accounts (R48): PINs stored as slow salted hashes, sign-in with a lockout after five wrong
tries, the first-manager bootstrap, and a manager's approval of one cashier action."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from backoffice.db.base import utcnow
from backoffice.db.models import Staff
from backoffice.domain.errors import DomainError, NeedsManager, NotFound
from backoffice.services.staff import members as staff
from backoffice.services.staff.actor import Actor
from tests.factories import CASHIER, MANAGER

pytestmark = pytest.mark.rule("R48")


def _member(session, name: str) -> Staff:
    session.expire_all()
    return session.scalar(select(Staff).where(Staff.name == name))


@pytest.fixture
def team(uow) -> None:
    staff.setup_first_manager(uow, "박민수", "0000")
    staff.add_staff(uow, MANAGER, "김지은", "staff", pin="1234")


def test_a_pin_is_stored_only_as_a_salted_slow_hash(uow, session, team):
    staff.add_staff(uow, MANAGER, "이하늘", pin="1234")
    one, other = _member(session, "김지은"), _member(session, "이하늘")
    assert one.pin_hash.startswith("scrypt$16384$8$1$")
    assert "1234" not in one.pin_hash
    assert one.pin_hash != other.pin_hash  # a salt per PIN


@pytest.mark.parametrize("pin", ["123", "1234567", "12a4", "", "１２３４"])
def test_a_pin_is_four_to_six_digits(uow, team, pin):
    with pytest.raises(DomainError, match="4 to 6 digits"):
        staff.set_pin(uow, MANAGER, "김지은", pin)


def test_sign_in_with_the_right_pin_gives_the_role(uow, team):
    assert staff.sign_in(uow, "김지은", "1234") == Actor("김지은", "staff", False)
    assert staff.sign_in(uow, "박민수", "0000") == Actor("박민수", "staff", True)
    with pytest.raises(NotFound):
        staff.sign_in(uow, "nobody", "1234")


def test_five_wrong_pins_lock_the_account_for_five_minutes(uow, session, team):
    now = utcnow()
    for left in (4, 3, 2):
        with pytest.raises(DomainError, match=rf"^Wrong PIN \({left} tries left\)$"):
            staff.sign_in(uow, "김지은", "9999", now=now)
    with pytest.raises(DomainError, match=r"^Wrong PIN \(1 try left\)$"):
        staff.sign_in(uow, "김지은", "9999", now=now)
    until = f"{(now + timedelta(minutes=5)).astimezone():%H:%M}"
    with pytest.raises(DomainError, match=f"^Wrong PIN: locked until {until}$"):
        staff.sign_in(uow, "김지은", "9999", now=now)
    # locked: even the right PIN is refused, and no try is counted
    with pytest.raises(DomainError, match=f"^Locked until {until}$"):
        staff.sign_in(uow, "김지은", "1234", now=now + timedelta(minutes=4))
    assert staff.sign_in(uow, "김지은", "1234", now=now + timedelta(minutes=5, seconds=1))
    member = _member(session, "김지은")
    assert (member.failed_attempts, member.locked_until) == (0, None)


def test_a_right_pin_resets_the_count_and_the_lock_time_is_a_setting(uow, team):
    for _ in range(4):
        with pytest.raises(DomainError):
            staff.sign_in(uow, "김지은", "9999")
    staff.sign_in(uow, "김지은", "1234")
    with pytest.raises(DomainError, match=r"\(4 tries left\)"):
        staff.sign_in(uow, "김지은", "9999")
    staff.set_minutes_setting(uow, MANAGER, staff.LOCK_MINUTES_KEY, 30)
    now = utcnow()
    for _ in range(3):  # the fifth wrong PIN in a row locks
        with pytest.raises(DomainError, match="tries left|try left"):
            staff.sign_in(uow, "김지은", "9999", now=now)
    with pytest.raises(DomainError, match="locked"):
        staff.sign_in(uow, "김지은", "9999", now=now)
    with pytest.raises(DomainError, match="Locked until"):
        staff.sign_in(uow, "김지은", "1234", now=now + timedelta(minutes=29))


def test_the_first_manager_needs_nobody_then_staff_management_needs_a_manager(uow, session):
    assert not staff.roles_in_use(session)
    assert staff.setup_first_manager(uow, "박민수", "0000").is_manager
    assert staff.roles_in_use(session)
    with pytest.raises(DomainError, match="already a manager"):
        staff.setup_first_manager(uow, "김지은", "1234")
    with pytest.raises(NeedsManager):
        staff.add_staff(uow, CASHIER, "김지은", pin="1234")
    staff.add_staff(uow, MANAGER, "김지은", pin="1234")
    with pytest.raises(DomainError, match="already a staff member"):
        staff.add_staff(uow, MANAGER, "김지은")
    with pytest.raises(DomainError, match="at most 40 characters"):
        staff.add_staff(uow, MANAGER, "김" * 41)  # "NAME, approved by MANAGER" fits R28's column


def test_the_last_manager_stays_and_a_deactivated_member_cannot_sign_in(uow, session, team):
    with pytest.raises(DomainError, match="last manager"):
        staff.deactivate_staff(uow, MANAGER, "박민수")
    with pytest.raises(DomainError, match="last manager"):
        staff.set_role(uow, MANAGER, "박민수", "staff")
    staff.deactivate_staff(uow, MANAGER, "김지은")
    with pytest.raises(NotFound):
        staff.sign_in(uow, "김지은", "1234")
    assert [r.name for r in staff.list_staff(session)] == ["박민수"]
    staff.rename_staff(uow, MANAGER, "박민수", "박민수 점장")
    assert staff.sign_in(uow, "박민수 점장", "0000").is_manager


def test_staff_change_their_own_pin_but_not_anyone_elses(uow, team):
    cashier = staff.sign_in(uow, "김지은", "1234")
    staff.set_pin(uow, cashier, "김지은", "5678")
    assert staff.sign_in(uow, "김지은", "5678") == cashier
    with pytest.raises(NeedsManager):
        staff.set_pin(uow, cashier, "박민수", "1111")


def test_a_manager_approves_one_cashier_action_by_pin(uow, team):
    cashier = staff.sign_in(uow, "김지은", "1234")
    approved = staff.approve(uow, "박민수", "0000", cashier)
    assert approved.is_manager and approved.approved_by == "박민수"
    assert approved.label == "김지은, approved by 박민수"
    assert not cashier.is_manager  # the cashier's own actor keeps its rights
    with pytest.raises(DomainError, match="is not a manager"):
        staff.approve(uow, "김지은", "1234", cashier)
    with pytest.raises(DomainError, match="Wrong PIN"):
        staff.approve(uow, "박민수", "1111", cashier)
