"""Staff accounts, sign-in and a manager's approval (R48).

Roles are "in use" once an active manager has a PIN. Until then (a new database, or a demo made
before PINs existed) the front ends act as before with a default actor that has manager rights,
and `setup_first_manager` creates the first manager without anyone signed in (the bootstrap).
From then on every staff-management call needs a manager (services.permissions).

Sign-in counts wrong PINs: after `MAX_TRIES` in a row the account is locked for the
`staff_lock_minutes` setting (default 5); a right PIN resets the count. Each wrong try is committed
before the refusal is raised, so a restart does not reset the count.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from backoffice.db.base import utcnow
from backoffice.db.models import Setting, Staff
from backoffice.db.uow import UnitOfWork
from backoffice.domain.errors import DomainError, NotFound
from backoffice.services.shop import settings
from backoffice.services.staff.actor import Actor, staff
from backoffice.services.staff.permissions import require_manager
from backoffice.services.staff.pins import check_format, hash_pin, verify_pin

logger = logging.getLogger(__name__)

ROLES = ("staff", "manager")
MAX_TRIES = 5
# "NAME, approved by MANAGER" must fit the timeline's 100-character actor column (R28).
MAX_NAME = 40
LOCK_MINUTES_KEY = settings.STAFF_LOCK_MINUTES.key
IDLE_MINUTES_KEY = settings.IDLE_LOCK_MINUTES.key
MINUTE_KEYS = (LOCK_MINUTES_KEY, IDLE_MINUTES_KEY)


@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str
    role: str
    active: bool
    has_pin: bool
    locked_until: datetime | None

    @property
    def is_manager(self) -> bool:
        return self.role == "manager"


# ---- reading ---------------------------------------------------------------------------------


def list_staff(session: Session, *, include_inactive: bool = False) -> list[StaffRow]:
    query = select(Staff).order_by(Staff.name)
    if not include_inactive:
        query = query.where(Staff.active)
    return [
        StaffRow(s.id, s.name, s.role, s.active, bool(s.pin_hash), s.locked_until)
        for s in session.scalars(query)
    ]


def roles_in_use(session: Session) -> bool:
    """True once an active manager can sign in (has a PIN)."""
    query = select(func.count(Staff.id)).where(
        Staff.active, Staff.role == "manager", Staff.pin_hash != ""
    )
    return bool(session.scalar(query))


def minutes_setting(session: Session, key: str) -> int:
    """`staff_lock_minutes` or `idle_lock_minutes` (services/shop/settings.py, shared by every PC)."""
    return settings.read(session, settings.REGISTRY[key])


def set_minutes_setting(uow: UnitOfWork, actor: Actor, key: str, minutes: int) -> None:
    require_manager(actor, "settings")
    if key not in MINUTE_KEYS:
        raise DomainError("Unknown setting {key}", key=key)
    if not 0 <= minutes <= 24 * 60:
        raise DomainError("Give a number of minutes between 0 and 1440")
    with uow:
        row = uow.session.get(Setting, key)
        if row is None:
            uow.session.add(Setting(key=key, value=str(minutes)))
        else:
            row.value = str(minutes)
        uow.commit()


def default_actor(name: str) -> Actor:
    """Who acts while roles are not in use: everything is allowed, as on a single owner's PC."""
    return staff(name or "counter", manager=True)


# ---- managing staff --------------------------------------------------------------------------


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise DomainError("A staff member needs a name", "R48")
    if len(name) > MAX_NAME:
        raise DomainError("A staff name has at most {n} characters", "R48", n=MAX_NAME)
    return name


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise DomainError("Unknown role {role}; use staff or manager", "R48", role=role)
    return role


def _get(session: Session, name: str, *, active_only: bool = True) -> Staff:
    query = select(Staff).where(Staff.name == " ".join(name.split()))
    if active_only:
        query = query.where(Staff.active)
    member = session.scalar(query)
    if member is None:
        raise NotFound("No active staff member {name}", name=name)
    return member


def _check_free(session: Session, name: str, own_id: int | None = None) -> None:
    other = session.scalar(select(Staff).where(Staff.name == name))
    if other is not None and other.id != own_id:
        raise DomainError("There is already a staff member called {name}", "R48", name=name)


def setup_first_manager(uow: UnitOfWork, name: str, pin: str) -> Actor:
    """The bootstrap: while roles are not in use, anyone may create the first manager (or give an
    existing staff member of that name the manager role and a PIN). Returns them signed in."""
    name, pin_hash = _clean_name(name), hash_pin(pin)
    with uow:
        session = uow.session
        if roles_in_use(session):
            raise DomainError("There is already a manager: ask them to add you", "R48")
        member = session.scalar(select(Staff).where(Staff.name == name))
        if member is None:
            member = Staff(name=name)
            session.add(member)
        member.role, member.pin_hash, member.active = "manager", pin_hash, True
        member.failed_attempts, member.locked_until = 0, None
        uow.commit()
    logger.info("first manager %r set up", name)
    return staff(name, manager=True)


def add_staff(
    uow: UnitOfWork, actor: Actor, name: str, role: str = "staff", pin: str | None = None
) -> int:
    """A manager adds a staff member (a PIN can be set now or later with `set_pin`)."""
    require_manager(actor, "staff")
    name, role = _clean_name(name), _check_role(role)
    pin_hash = hash_pin(pin) if pin is not None else ""
    with uow:
        session = uow.session
        member = session.scalar(select(Staff).where(Staff.name == name))
        if member is not None and member.active:
            raise DomainError("There is already a staff member called {name}", "R48", name=name)
        if member is None:  # a deactivated member of the same name comes back instead
            member = Staff(name=name)
            session.add(member)
        member.role, member.active = role, True
        member.pin_hash, member.failed_attempts, member.locked_until = pin_hash, 0, None
        uow.commit()
        logger.info("%s added staff member %r (%s)", actor.label, name, role)
        return member.id


def rename_staff(uow: UnitOfWork, actor: Actor, name: str, new_name: str) -> None:
    require_manager(actor, "staff")
    new_name = _clean_name(new_name)
    with uow:
        member = _get(uow.session, name)
        _check_free(uow.session, new_name, member.id)
        member.name = new_name
        uow.commit()
    logger.info("%s renamed staff member %r to %r", actor.label, name, new_name)


def set_role(uow: UnitOfWork, actor: Actor, name: str, role: str) -> None:
    require_manager(actor, "staff")
    role = _check_role(role)
    with uow:
        member = _get(uow.session, name)
        if member.role == "manager" and role != "manager":
            _keep_a_manager(uow.session, member)
        member.role = role
        uow.commit()
    logger.info("%s made %r a %s", actor.label, name, role)


def deactivate_staff(uow: UnitOfWork, actor: Actor, name: str) -> None:
    """The account stays (the timeline names them) but can no longer sign in."""
    require_manager(actor, "staff")
    with uow:
        member = _get(uow.session, name)
        if member.role == "manager":
            _keep_a_manager(uow.session, member)
        member.active = False
        uow.commit()
    logger.info("%s deactivated staff member %r", actor.label, name)


def _keep_a_manager(session: Session, leaving: Staff) -> None:
    """Without a manager who can sign in, roles would fall out of use and everyone would have
    manager rights: the last manager stays."""
    others = session.scalar(
        select(func.count(Staff.id)).where(
            Staff.active, Staff.role == "manager", Staff.pin_hash != "", Staff.id != leaving.id
        )
    )
    if not others:
        raise DomainError(
            "{name} is the last manager: add another manager first", "R48", name=leaving.name
        )


def set_pin(uow: UnitOfWork, actor: Actor, name: str, pin: str) -> None:
    """A manager sets anyone's PIN; staff change their own (signed in as themselves)."""
    if not (actor.kind == "staff" and actor.name == name and not actor.approved_by):
        require_manager(actor, "staff")
    pin_hash = hash_pin(check_format(pin))
    with uow:
        member = _get(uow.session, name)
        member.pin_hash, member.failed_attempts, member.locked_until = pin_hash, 0, None
        uow.commit()
    logger.info("%s set the PIN of %r", actor.label, name)


# ---- signing in --------------------------------------------------------------------------------


def _locked_text(until: datetime) -> str:
    return f"{until.astimezone():%H:%M}"


def sign_in(uow: UnitOfWork, name: str, pin: str, *, now: datetime | None = None) -> Actor:
    """The actor for `name` when `pin` is right. Wrong PINs are counted (R48): the refusal says
    how many tries are left, and the fifth locks the account for a while."""
    now = now or utcnow()
    with uow:
        session = uow.session
        member = _get(session, name)
        if member.locked_until is not None and member.locked_until > now:
            raise DomainError("Locked until {time}", time=_locked_text(member.locked_until))
        if not member.pin_hash:
            raise DomainError("{name} has no PIN yet: a manager sets one", "R48", name=member.name)
        if verify_pin(pin, member.pin_hash):
            member.failed_attempts, member.locked_until = 0, None
            uow.commit()
            return staff(member.name, manager=member.is_manager)
        member.failed_attempts += 1
        left = MAX_TRIES - member.failed_attempts
        if left <= 0:
            until = now + timedelta(minutes=minutes_setting(session, LOCK_MINUTES_KEY))
            member.failed_attempts, member.locked_until = 0, until
            uow.commit()
            logger.warning("staff member %r locked after %d wrong PINs", member.name, MAX_TRIES)
            raise DomainError("Wrong PIN: locked until {time}", time=_locked_text(until))
        uow.commit()
    if left == 1:
        raise DomainError("Wrong PIN (1 try left)")
    raise DomainError("Wrong PIN ({left} tries left)", left=left)


def approve(
    uow: UnitOfWork, manager_name: str, pin: str, for_actor: Actor, *, now: datetime | None = None
) -> Actor:
    """A manager standing beside the cashier approves one action with their PIN: the returned
    actor is the cashier with manager rights, and the timeline names both (R48)."""
    manager = sign_in(uow, manager_name, pin, now=now)
    if not manager.is_manager:
        raise DomainError("{name} is not a manager", "R48", name=manager.name)
    if manager.name == for_actor.name:
        return manager
    logger.info("%s approved an action of %s", manager.name, for_actor.name)
    return replace(for_actor, is_manager=True, approved_by=manager.name)
