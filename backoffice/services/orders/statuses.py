"""Custom status labels with colours, each inside a stage (R13).

Labels are the shop's own settings, not changes of an order, so creating, renaming and recolouring
one writes no order timeline event. Deleting a label that orders carry takes it off those orders,
and each of them records that change (R28).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from backoffice.db.models import CustomStatus, Order
from backoffice.db.uow import UnitOfWork
from backoffice.domain.errors import DomainError, NotFound
from backoffice.domain.stages import Stage, parse_stage
from backoffice.services.orders.history import record
from backoffice.services.staff.actor import Actor
from backoffice.services.staff.permissions import require_manager

logger = logging.getLogger(__name__)

_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
MAX_NAME = 100


@dataclass(frozen=True)
class StatusRow:
    """A label as lists and menus show it (a snapshot, never a live ORM object)."""

    id: int
    stage: str
    name: str
    colour: str
    position: int


def parse_colour(text: str) -> str:
    """'#RRGGBB' (any case) -> lower-case '#rrggbb'; anything else is refused (R13)."""
    value = text.strip()
    if not _COLOUR.fullmatch(value):
        raise DomainError(
            "A colour is written #RRGGBB (e.g. #1565c0), not {text!r}", "R13", text=text
        )
    return value.lower()


def _clean_name(name: str) -> str:
    value = " ".join(name.split())
    if not value:
        raise DomainError("A status label needs a name", "R13")
    if len(value) > MAX_NAME:
        raise DomainError("A status label is at most {most} characters", "R13", most=MAX_NAME)
    return value


def _stage(stage: Stage | str) -> Stage:
    return stage if isinstance(stage, Stage) else parse_stage(stage)


def _check_unique(session: Session, stage: str, name: str, own_id: int | None = None) -> None:
    clash = session.scalar(
        select(CustomStatus.id).where(
            CustomStatus.stage == stage, func.lower(CustomStatus.name) == name.lower()
        )
    )
    if clash is not None and clash != own_id:
        raise DomainError(
            "Stage {stage} already has a label {name!r}", "R13", stage=stage, name=name
        )


def _get(session: Session, status_id: int) -> CustomStatus:
    label = session.get(CustomStatus, status_id)
    if label is None:
        raise NotFound("That custom status no longer exists")
    return label


def create_status(uow: UnitOfWork, actor: Actor, stage: Stage | str, name: str, colour: str) -> int:
    """A new label at the end of its stage's list. Returns its id."""
    require_manager(actor, "statuses")  # R48: settings are for managers
    target, name, colour = _stage(stage), _clean_name(name), parse_colour(colour)
    with uow:
        session = uow.session
        _check_unique(session, target.value, name)
        last = session.scalar(
            select(func.max(CustomStatus.position)).where(CustomStatus.stage == target.value)
        )
        label = CustomStatus(stage=target.value, name=name, colour=colour, position=(last or 0) + 1)
        session.add(label)
        uow.commit()
        logger.info("%s created status label %r in %s", actor.name, name, target.value)
        return label.id


def rename_status(uow: UnitOfWork, actor: Actor, status_id: int, name: str) -> None:
    require_manager(actor, "statuses")  # R48: settings are for managers
    name = _clean_name(name)
    with uow:
        label = _get(uow.session, status_id)
        _check_unique(uow.session, label.stage, name, label.id)
        before, label.name = label.name, name
        uow.commit()
        logger.info("%s renamed status label %r to %r", actor.name, before, name)


def recolour_status(uow: UnitOfWork, actor: Actor, status_id: int, colour: str) -> None:
    require_manager(actor, "statuses")  # R48: settings are for managers
    colour = parse_colour(colour)
    with uow:
        label = _get(uow.session, status_id)
        label.colour = colour
        uow.commit()
        logger.info("%s recoloured status label %r to %s", actor.name, label.name, colour)


def delete_status(uow: UnitOfWork, actor: Actor, status_id: int) -> int:
    """Delete a label; orders carrying it lose it, each with a timeline event (R28).
    Returns how many orders carried it."""
    require_manager(actor, "statuses")  # R48: settings are for managers
    with uow:
        session = uow.session
        label = _get(session, status_id)
        carriers = list(session.scalars(select(Order).where(Order.custom_status_id == label.id)))
        for order in carriers:
            order.custom_status_id = None
            order.custom_status = None
            record(
                session,
                order,
                actor,
                "custom_status",
                "Status label {name!r} deleted: removed from the order",
                before={"label": label.name},
                after={"label": None},
                params={"name": label.name},
            )
        session.flush()
        name = label.name
        session.delete(label)
        uow.commit()
        logger.info("%s deleted status label %r (%d orders)", actor.name, name, len(carriers))
        return len(carriers)


def list_statuses(session: Session, stage: Stage | str | None = None) -> list[StatusRow]:
    """Labels by stage (workflow order) and position, for menus and the list's colours."""
    stmt = select(CustomStatus)
    if stage is not None:
        stmt = stmt.where(CustomStatus.stage == _stage(stage).value)
    order = {s.value: i for i, s in enumerate(Stage)}
    rows = [StatusRow(s.id, s.stage, s.name, s.colour, s.position) for s in session.scalars(stmt)]
    return sorted(rows, key=lambda r: (order.get(r.stage, len(order)), r.position, r.id))
