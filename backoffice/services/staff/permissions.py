"""Who may do what (R48): managers delete (R49), refund, revert (R9), un-cancel (R11) and change
settings and staff. Every such service calls `require_manager` itself, so a front end that forgets
to hide a button still cannot do it. The refusal is a `NeedsManager`: the GUI answers it by asking
a manager standing beside the cashier for their PIN (services.staff.approve)."""

from __future__ import annotations

from backoffice.domain.errors import N_, NeedsManager
from backoffice.services.staff.actor import Actor

# What each guarded action is called in the refusal; keys are what the UI and the tests use.
ACTIONS = {
    "delete": N_("Only a manager can delete an order"),
    "refund": N_("Only a manager can refund"),
    "revert": N_("Only a manager can move an order back to an earlier stage"),
    "uncancel": N_("Only a manager can revive a cancelled order"),
    "printer_settings": N_("Only a manager can change the printer settings"),
    "shop_settings": N_("Only a manager can change the shop settings"),
    "statuses": N_("Only a manager can change the custom statuses"),
    "staff": N_("Only a manager can manage staff"),
    "settings": N_("Only a manager can change settings"),
}


def require_manager(actor: Actor, what: str, rule: str = "R48") -> None:
    """Raise NeedsManager unless `actor` has manager rights (a manager, the system, or a cashier
    approved by a manager for this action)."""
    if actor.is_manager:
        return
    template = ACTIONS.get(what) or N_("Only a manager can do this")
    error = NeedsManager(template, rule)  # templates: N_
    error.what = what
    raise error
