"""Shop and webhook secrets in the operating system's keyring (R50), never in plain files.

Service "backoffice", user "shop:NAME". Where no keyring backend works (a headless server, a
locked or missing Secret Service), the environment variable `BACKOFFICE_SHOP_<NAME>_SECRET`
(NAME upper-cased, anything not a letter or digit turned into _) is read instead, and
`SecretUnavailable` explains that choice in one line. Secrets are never logged.
"""

from __future__ import annotations

import logging
import os
import re
from types import ModuleType

from backoffice.domain.errors import ExternalError

logger = logging.getLogger(__name__)

SERVICE = "backoffice"


class SecretUnavailable(ExternalError):
    """No keyring backend and no environment variable: the message says what to do."""


def env_var_name(name: str) -> str:
    return "BACKOFFICE_SHOP_" + re.sub(r"[^A-Za-z0-9]", "_", name).upper() + "_SECRET"


def _user(name: str) -> str:
    return f"shop:{name}"


def _keyring() -> ModuleType:
    """The keyring package, loaded when a secret is first wanted: finding its backend costs the
    window's start-up about 60 ms otherwise (issue 16)."""
    import keyring
    import keyring.errors

    return keyring


def keyring_works() -> bool:
    from keyring.backends import fail

    backend = _keyring().get_keyring()
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 1) > 0


def get_secret(name: str) -> str:
    """The shop's secret from the keyring, else from the environment variable."""
    keyring = _keyring()
    reason = ""
    if keyring_works():
        try:
            value = keyring.get_password(SERVICE, _user(name))
        except keyring.errors.KeyringError as exc:
            reason = f"the keyring failed ({type(exc).__name__})"
        else:
            if value:
                return value
            reason = "the keyring has no secret for it"
    else:
        reason = "no keyring backend works on this computer"
    env = os.environ.get(env_var_name(name))
    if env:
        logger.info("shop %s: secret taken from %s (%s)", name, env_var_name(name), reason)
        return env
    raise SecretUnavailable(
        "No secret for shop {name!r}: {reason}. Run 'backoffice shop add' again, "
        "or set the environment variable {variable}.",
        name=name,
        reason=reason,
        variable=env_var_name(name),
    )


def set_secret(name: str, secret: str) -> None:
    """Keep the secret in the keyring; without one, say which variable to set instead."""
    keyring = _keyring()
    if not secret:
        raise ValueError("empty secret")
    if keyring_works():
        try:
            keyring.set_password(SERVICE, _user(name), secret)
            return
        except keyring.errors.KeyringError as exc:
            reason = f"the keyring refused it ({type(exc).__name__})"
    else:
        reason = "no keyring backend works on this computer"
    raise SecretUnavailable(
        "Could not store the secret of shop {name!r}: {reason}. "
        "Set the environment variable {variable} to the secret instead.",
        name=name,
        reason=reason,
        variable=env_var_name(name),
    )


def delete_secret(name: str) -> None:
    keyring = _keyring()
    if not keyring_works():
        return
    try:
        keyring.delete_password(SERVICE, _user(name))
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as exc:
        logger.warning(
            "shop %s: keyring could not delete the secret (%s)", name, type(exc).__name__
        )
