"""What a shop connector raises: `ExternalError` subclasses the relay can act on (R42).

- `ShopUnreachable`: timeouts, dropped connections, 5xx, 408 and 429. Retry later. `uncertain`
  says whether the request may have reached the shop (then `find_applied` must be asked before
  a retry); `headers` carries the response headers so `retry.next_delay` can honour Retry-After.
- `ShopRejected`: the shop said no (4xx other than 408/429, or a permanent WooCommerce error).
  Retrying cannot help: park the entry with `message` for staff.
- `ShopConflict`: a `ShopRejected` because the order changed in the shop in a way that wins
  over our push (R43: the customer cancelled or paid). Record the conflict; do not retry.
- `ShopMalformed`: the shop answered something we cannot read (not JSON, unexpected shape).
"""

from __future__ import annotations

from collections.abc import Mapping

from backoffice.domain.errors import ExternalError


class ShopError(ExternalError):
    """Base of the connector errors; the message is one line a cashier can read."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        headers: Mapping[str, str] | None = None,
        code: str | None = None,
    ) -> None:
        # One line: shops sometimes put HTML or stack traces in error bodies.
        one_line = " ".join(str(message).split())
        super().__init__(one_line[:300])
        self.status = status
        self.headers: Mapping[str, str] = dict(headers or {})
        self.code = code


class ShopUnreachable(ShopError):
    """Retryable. `uncertain` is True when the shop may have applied the request anyway."""

    def __init__(self, message: str, *, uncertain: bool = False, **kwargs: object) -> None:
        super().__init__(message, **kwargs)  # type: ignore[arg-type]
        self.uncertain = uncertain


class ShopRejected(ShopError):
    """Permanent: the shop refused the request. Retrying the same request cannot succeed."""


class ShopMalformed(ShopError):
    """The shop's answer could not be read (bad JSON or an unexpected shape)."""


class ShopConflict(ShopRejected):
    """The order changed in the shop in a way that wins over our push (R43)."""
