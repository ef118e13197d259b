"""The WooCommerce REST API v3 connector (the first `ShopConnector`)."""

from __future__ import annotations

from backoffice.sync.errors import ShopConflict
from backoffice.sync.woocommerce.client import API_PATH, WooCommerceConnector

__all__ = ["API_PATH", "ShopConflict", "WooCommerceConnector"]
