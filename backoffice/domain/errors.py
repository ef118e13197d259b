"""The two kinds of failure staff see (STYLE practice 12).

`DomainError`: a rule said no; the message is written for a cashier and names the rule.
`ExternalError`: something outside us failed (shop unreachable, printer off, database locked);
the job is kept and can be retried.
Anything else is a bug.
"""

from __future__ import annotations


class BackofficeError(Exception):
    """Base of the errors we expect and show as one line."""


class DomainError(BackofficeError):
    """A rule refused the action. Nothing was changed."""

    def __init__(self, message: str, rule: str | None = None) -> None:
        self.rule = rule
        super().__init__(f"{message} ({rule})" if rule else message)


class NotFound(DomainError):
    """An order code, product or record that does not exist."""


class NeedsConfirmation(DomainError):
    """The action is allowed but staff must confirm it first (e.g. R23 unpaid order)."""


class StaleVersion(DomainError):
    """The order changed since it was read; reload and try again."""


class ExternalError(BackofficeError):
    """A device, network or database outside our control failed; the work is kept."""
