"""Who acts: a staff member, the web shop (sync) or the system (automatic rules). R28 records it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str = "staff"  # staff | shop | system
    is_manager: bool = False

    @property
    def label(self) -> str:
        return self.name


SYSTEM = Actor("system", kind="system", is_manager=True)
WEB_SHOP = Actor("web shop", kind="shop")


def staff(name: str, *, manager: bool = False) -> Actor:
    return Actor(name, kind="staff", is_manager=manager)
