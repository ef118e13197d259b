"""The WooCommerce REST API v3 connector (the first `ShopConnector`).

Its names load on first use (PEP 562): the window imports `orders_out` (the notes' wording) to
start, and the client pulls in requests and the HTTP layer, which it needs only once it syncs
(issue 16: start-up).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from backoffice.sync.errors import ShopConflict
    from backoffice.sync.woocommerce.client import API_PATH, WooCommerceConnector

_WHERE = {
    "API_PATH": "backoffice.sync.woocommerce.client",
    "WooCommerceConnector": "backoffice.sync.woocommerce.client",
    "ShopConflict": "backoffice.sync.errors",
}
__all__ = ["API_PATH", "ShopConflict", "WooCommerceConnector"]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_WHERE[name]), name)
    globals()[name] = value
    return value
