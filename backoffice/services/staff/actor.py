"""Who acts: a staff member, the web shop (sync) or the system (automatic rules). R28 records it.

A cashier approved by a manager for one action (R48) acts with manager rights; the timeline
records both names ("김지은, approved by 박민수")."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str = "staff"  # staff | shop | system
    is_manager: bool = False
    approved_by: str | None = None  # the manager who approved this one action (R48)

    @property
    def label(self) -> str:
        if self.approved_by:
            return f"{self.name}, approved by {self.approved_by}"
        return self.name


SYSTEM = Actor("system", kind="system", is_manager=True)
WEB_SHOP = Actor("web shop", kind="shop")


def staff(name: str, *, manager: bool = False) -> Actor:
    return Actor(name, kind="staff", is_manager=manager)
