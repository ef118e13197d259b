"""The one way sync code talks HTTP: a `requests.Session` wrapper (R42).

Every request carries explicit (connect, read) timeouts and `verify=True`; nothing can turn TLS
verification off. Transport failures and HTTP errors become `backoffice.sync.errors` classes,
JSON is read with Decimal numbers (never floats, R4). No retries happen here: the relay decides
(retry.py), except that idempotent GETs may be retried a bounded number of times.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.auth import AuthBase

from backoffice.sync.errors import ShopMalformed, ShopRejected, ShopUnreachable
from backoffice.sync.retry import RetryPolicy, next_delay, status_is_retryable

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT: tuple[float, float] = (5.0, 30.0)
USER_AGENT = "Backoffice-sync/0.1"
# Woo error codes that come back as 5xx but are final: a retry would fail the same way.
PERMANENT_ERROR_CODES = frozenset({"woocommerce_rest_cannot_create_order_refund"})
# A short, bounded retry of reads inside one pull call; writes are never retried here.
GET_RETRY = RetryPolicy(base=0.2, cap=2.0, max_attempts=3, max_retry_after=5.0)


@dataclass(frozen=True)
class Reply:
    status: int
    headers: Mapping[str, str]
    data: Any


def _looks_unsent(exc: requests.ConnectionError) -> bool:
    """True when the connection was never made, so the request cannot have been applied."""
    if isinstance(exc, requests.ConnectTimeout):
        return True
    text = repr(exc)
    return "NewConnectionError" in text or "NameResolutionError" in text


def _error_message(data: Any, fallback: str) -> tuple[str, str | None]:
    if isinstance(data, dict):
        msg = data.get("message")
        code = data.get("code")
        if isinstance(msg, str) and msg:
            return msg, code if isinstance(code, str) else None
    return fallback, None


class ShopHttp:
    """A session bound to one shop's base URL and auth."""

    def __init__(
        self,
        base_url: str,
        auth: AuthBase | None,
        *,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
        label: str = "The shop",
    ) -> None:
        if len(timeout) != 2 or min(timeout) <= 0:
            raise ValueError("timeout must be (connect, read) seconds, both positive")
        self.label = label  # how messages name the other side: "The shop", "Webhook acct"
        self.base_url = base_url.rstrip("/")
        self.auth = auth
        self.timeout = timeout
        self.session = session or requests.Session()
        self.session.headers.setdefault("User-Agent", USER_AGENT)
        self._sleep = sleep
        self._rng = rng or random.Random()

    def close(self) -> None:
        self.session.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json_body: Any = None,
        raw_body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        want_json: bool = True,
    ) -> Reply:
        """One request; raises ShopUnreachable / ShopRejected / ShopMalformed. With `want_json`
        False any 2xx answer is success whatever its body (webhook receivers, R46)."""
        method = method.upper()
        attempt = 0
        while True:
            try:
                return self._once(method, path, params, json_body, raw_body, headers, want_json)
            except ShopUnreachable as exc:
                # Reads are safe to repeat; a few quick tries hide a flaky connection.
                delay = next_delay(attempt, exc.headers, self._rng, GET_RETRY)
                if method != "GET" or delay is None:
                    raise
                logger.info("retrying %s %s in %.1fs: %s", method, path, delay, exc)
                self._sleep(delay)
                attempt += 1

    def _once(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        json_body: Any,
        raw_body: bytes | None,
        headers: Mapping[str, str] | None,
        want_json: bool = True,
    ) -> Reply:
        url = path if path.startswith(("http://", "https://")) else self.base_url + path
        where = f"{method} {urlsplit(url).path}"
        send_headers = dict(headers or {})
        data = raw_body
        if json_body is not None:
            data = json.dumps(json_body, ensure_ascii=False, default=str).encode("utf-8")
            send_headers.setdefault("Content-Type", "application/json; charset=utf-8")
        try:
            resp = self.session.request(
                method,
                url,
                params=params,
                data=data,
                headers=send_headers,
                auth=self.auth,
                timeout=self.timeout,
                verify=True,
                allow_redirects=False,
            )
        except requests.Timeout as exc:
            unsent = isinstance(exc, requests.ConnectTimeout)
            raise ShopUnreachable(
                f"{self.label} did not answer in time ({where})", uncertain=not unsent
            ) from exc
        except requests.exceptions.SSLError as exc:
            raise ShopUnreachable(
                f"{self.label}: its TLS certificate was refused ({where})"
            ) from exc
        except requests.ConnectionError as exc:
            unsent = _looks_unsent(exc)
            what = "could not be reached" if unsent else "dropped the connection"
            raise ShopUnreachable(f"{self.label} {what} ({where})", uncertain=not unsent) from exc
        return self._read(resp, method, where, want_json)

    def _read(
        self, resp: requests.Response, method: str, where: str, want_json: bool = True
    ) -> Reply:
        headers = dict(resp.headers)
        status = resp.status_code
        try:
            # A stray byte that is not UTF-8 (a plugin's Latin-1 text) becomes U+FFFD in that one
            # value instead of making the whole page unreadable.
            content = resp.content.decode("utf-8", errors="replace") if resp.content else ""
            body: Any = json.loads(content, parse_float=Decimal) if content else None
            parse_error: str | None = None
        except (ValueError, UnicodeDecodeError) as exc:
            body, parse_error = None, str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if 200 <= status < 300:
            if parse_error is not None and want_json:
                raise ShopMalformed(
                    f"{self.label} sent a reply that is not JSON ({where}: {parse_error})",
                    status=status,
                    headers=headers,
                )
            return Reply(status, headers, body)
        message, code = _error_message(body, resp.reason or f"HTTP {status}")
        text = f"{self.label} refused {where}: {message} (HTTP {status})"
        if 300 <= status < 400:
            # A redirect usually means http:// vs https:// or a wrong base URL; never follow it
            # with credentials attached.
            location = resp.headers.get("Location", "")
            raise ShopRejected(
                f"{self.label} redirected {where} to {location}: check the URL",
                status=status,
                headers=headers,
            )
        if status_is_retryable(status) and code not in PERMANENT_ERROR_CODES:
            # A 5xx on a write may come after the shop saved it (PHP dies late): uncertain.
            uncertain = method != "GET" and status >= 500
            raise ShopUnreachable(
                f"{self.label} is not accepting requests now: {message} (HTTP {status}, {where})",
                uncertain=uncertain,
                status=status,
                headers=headers,
                code=code,
            )
        raise ShopRejected(text, status=status, headers=headers, code=code)
