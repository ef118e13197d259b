"""The two kinds of failure staff see (STYLE practice 12).

`DomainError`: a rule said no; the message is written for a cashier and names the rule.
`ExternalError`: something outside us failed (shop unreachable, printer off, database locked);
the job is kept and can be retried.
Anything else is a bug.

Each error keeps its message as an English template with named placeholders and the values for
them, so the UI can show it in the cashier's language while the CLI and the log read `str(err)`:

    raise DomainError("Order {code} is completed: returns are closed", "R8", code=order.code)

`str(err)` is "Order 7KQ-M3X is completed: returns are closed (R8)". Templates are string
literals (scripts/gen_service_messages.py collects them for translation; a test checks); values
that have a translated label are passed as their stored code (a stage, a state) and amounts as
`Money`, so the UI can word them.
"""

from __future__ import annotations

from typing import Any


class BackofficeError(Exception):
    """Base of the errors we expect and show as one line."""

    def __init__(self, template: str, rule: str | None = None, **params: Any) -> None:
        self.template = template
        self.rule = rule
        self.params = params
        message = template.format(**params) if params else template
        self.text = message  # the sentence alone, without the rule (what a cashier reads)
        super().__init__(f"{message} ({rule})" if rule else message)


class DomainError(BackofficeError):
    """A rule refused the action. Nothing was changed."""


class NotFound(DomainError):
    """An order code, product or record that does not exist."""


class NeedsConfirmation(DomainError):
    """The action is allowed but staff must confirm it first (e.g. R23 unpaid order)."""


class NeedsManager(DomainError):
    """Only a manager may do this (R48). `what` names the action (services.permissions); the GUI
    offers a manager's approval by PIN and re-runs the action as the approved cashier."""

    what: str = ""


class StaleVersion(DomainError):
    """The order changed since it was read; reload and try again."""


class ExternalError(BackofficeError):
    """A device, network or database outside our control failed; the work is kept."""


def N_(template: str) -> str:
    """Marks a template kept in a table rather than written at the raise site, so
    scripts/gen_service_messages.py lists it for translation. Such a raise site carries the
    comment `# templates: N_` (the generator's test accepts its non-literal template)."""
    return template
