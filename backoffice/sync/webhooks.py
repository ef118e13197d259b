"""Outbound webhooks (R46): each local event POSTed as signed JSON to an external system.

Headers: `X-Backoffice-Signature: sha256=<hex HMAC-SHA256 of the raw body>`,
`X-Backoffice-Delivery: <idempotency key>` (the same on every retry: receivers drop repeats),
`X-Backoffice-Timestamp: <unix seconds>` (the body carries the same `sent_at`, so it is signed).
Delivery goes through the outbox and the relay like a shop push: same errors, same retries.
A receiver cannot be asked whether it already has a delivery, so delivery is at least once and
`find_applied` always answers None: receivers must deduplicate by X-Backoffice-Delivery.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable, Mapping
from typing import Any

from backoffice.sync.errors import ShopRejected
from backoffice.sync.http import DEFAULT_TIMEOUT, ShopHttp
from backoffice.sync.models import OutboxMessage, PushKind, PushResult

SIGNATURE_HEADER = "X-Backoffice-Signature"
DELIVERY_HEADER = "X-Backoffice-Delivery"
TIMESTAMP_HEADER = "X-Backoffice-Timestamp"


def sign(body: bytes, secret: str) -> str:
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify(body: bytes, header: str | None, secret: str) -> bool:
    """For receivers (and tests): constant-time check of the signature header."""
    return bool(header) and hmac.compare_digest(sign(body, secret), str(header))


def encode(event: Mapping[str, Any], key: str, sent_at: int) -> bytes:
    envelope = {"delivery": key, "sent_at": sent_at, "event": event}
    return json.dumps(
        envelope, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str
    ).encode("utf-8")


class WebhookTarget:
    """One configured receiver. `secret` is fetched by the caller (secrets.get_secret)."""

    def __init__(
        self,
        name: str,
        url: str,
        secret: str,
        *,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        http: ShopHttp | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not url.startswith(("https://", "http://")):
            raise ValueError(f"A webhook URL must start with https:// or http://, not {url!r}")
        self.name = name
        self.url = url
        self._secret = secret
        self._clock = clock
        self.http = http or ShopHttp(url, None, timeout=timeout, label=f"Webhook {name!r}")

    def __repr__(self) -> str:
        return f"WebhookTarget({self.name!r}, {self.url!r})"

    def deliver(self, event: Mapping[str, Any], idempotency_key: str) -> PushResult:
        sent_at = int(self._clock())
        body = encode(event, idempotency_key, sent_at)
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            SIGNATURE_HEADER: sign(body, self._secret),
            DELIVERY_HEADER: idempotency_key,
            TIMESTAMP_HEADER: str(sent_at),
        }
        # Any 2xx is "received" (R46): receivers answer "OK", an HTML page or nothing at all.
        self.http.request("POST", self.url, raw_body=body, headers=headers, want_json=False)
        return PushResult(idempotency_key)

    def push(self, entry: OutboxMessage) -> PushResult:
        if PushKind(entry.kind) is not PushKind.WEBHOOK:
            raise ShopRejected(f"A webhook target cannot push {entry.kind}")
        return self.deliver(entry.payload.get("event", {}), entry.idempotency_key)

    def find_applied(
        self,
        idempotency_key: str,
        remote_order_id: int | None,
        *,
        entry: OutboxMessage | None = None,
    ) -> PushResult | None:
        return None
