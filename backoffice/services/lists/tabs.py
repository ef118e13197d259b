"""Saved list tabs (R31, R33, R34): the defaults, adding, renaming, reordering, deleting, and each
tab's filter and column layout. One transaction per staff action like every service."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from backoffice.db.models import ListTab
from backoffice.db.uow import UnitOfWork
from backoffice.domain.errors import DomainError, NotFound

# R31's default tabs: (builtin key, English name, filter). The UI shows builtin tabs in its own
# language until staff rename them.
DEFAULT_TABS: tuple[tuple[str, str, dict[str, Any]], ...] = (
    ("all", "All", {}),
    ("pending_payment", "Pending payment", {"stages": ["pending_payment"]}),
    ("new", "New", {"stages": ["received"]}),
    ("preparing", "Preparing", {"stages": ["preparing"]}),
    ("ready", "Ready", {"stages": ["ready"]}),
    ("shipped", "Shipped", {"stages": ["shipped"]}),
    ("cancel_requests", "Cancel requests", {"cancel_requested": True}),
    ("returns", "Returns/exchanges", {"claim_kinds": ["return", "exchange"]}),
)


@dataclass(frozen=True)
class TabInfo:
    id: int
    name: str
    builtin: str | None
    position: int
    filter: dict[str, Any]
    columns: dict[str, Any] | None


def _info(tab: ListTab) -> TabInfo:
    return TabInfo(tab.id, tab.name, tab.builtin, tab.position, dict(tab.filter or {}), tab.columns)


def list_tabs(session: Session) -> list[TabInfo]:
    tabs = session.scalars(select(ListTab).order_by(ListTab.position, ListTab.id))
    return [_info(t) for t in tabs]


def ensure_default_tabs(uow: UnitOfWork) -> list[TabInfo]:
    """A database without tabs gets R31's defaults; returns every tab in order."""
    with uow:
        session = uow.session
        if session.scalar(select(func.count()).select_from(ListTab)) == 0:
            for position, (key, name, flt) in enumerate(DEFAULT_TABS):
                session.add(ListTab(name=name, builtin=key, position=position, filter=flt))
            uow.commit()
        return list_tabs(session)


def _tab(session: Session, tab_id: int) -> ListTab:
    tab = session.get(ListTab, tab_id)
    if tab is None:
        raise NotFound("No list tab {tab_id}", tab_id=tab_id)
    return tab


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise DomainError("A tab needs a name", "R31")
    return name[:100]


def add_tab(
    uow: UnitOfWork, name: str, flt: dict[str, Any], columns: dict[str, Any] | None = None
) -> TabInfo:
    """R33: a filter saved as a new tab, placed last."""
    with uow:
        session = uow.session
        last = session.scalar(select(func.max(ListTab.position))) or 0
        tab = ListTab(name=_clean_name(name), position=last + 1, filter=flt, columns=columns)
        session.add(tab)
        uow.commit()
        return _info(tab)


def rename_tab(uow: UnitOfWork, tab_id: int, name: str) -> None:
    with uow:
        tab = _tab(uow.session, tab_id)
        tab.name = _clean_name(name)
        tab.builtin = None  # a renamed default tab shows the staff's name, not the translation
        uow.commit()


def set_filter(uow: UnitOfWork, tab_id: int, flt: dict[str, Any]) -> None:
    with uow:
        _tab(uow.session, tab_id).filter = flt
        uow.commit()


def reorder_tabs(uow: UnitOfWork, ordered_ids: list[int]) -> None:
    with uow:
        for position, tab_id in enumerate(ordered_ids):
            _tab(uow.session, tab_id).position = position
        uow.commit()


def delete_tab(uow: UnitOfWork, tab_id: int) -> None:
    with uow:
        session = uow.session
        if session.scalar(select(func.count()).select_from(ListTab)) <= 1:
            raise DomainError("The list keeps at least one tab", "R31")
        session.delete(_tab(session, tab_id))
        uow.commit()


def save_columns(uow: UnitOfWork, tab_id: int, columns: dict[str, Any]) -> None:
    """R34: the tab's column layout: {"order": [keys in visual order], "hidden": [keys],
    "widths": {key: px}}."""
    with uow:
        _tab(uow.session, tab_id).columns = columns
        uow.commit()
