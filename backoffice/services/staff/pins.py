"""Staff PINs (R48): 4–6 digits, stored only as a slow, salted key-derivation hash.

The stored string carries its own parameters, `scrypt$n$r$p$salt$hash` (salt and hash base64), so
the cost can be raised later without breaking the PINs already stored. A PIN has few possible
values; the slow hash and the lockout in services.staff together are what keep one safe.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from backoffice.domain.errors import DomainError

SCHEME = "scrypt"
N, R, P = 2**14, 8, 1  # ~16 MB and a few tens of ms per try on a counter PC
SALT_BYTES = 16
KEY_BYTES = 32


def check_format(pin: str) -> str:
    if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 6):
        raise DomainError("A PIN is 4 to 6 digits", "R48")
    return pin


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode(), salt=salt, n=n, r=r, p=p, dklen=KEY_BYTES, maxmem=2 * 128 * n * r * p + 2**20
    )


def hash_pin(pin: str) -> str:
    check_format(pin)
    salt = os.urandom(SALT_BYTES)
    key = _derive(pin, salt, N, R, P)
    b64 = base64.b64encode
    return f"{SCHEME}${N}${R}${P}${b64(salt).decode()}${b64(key).decode()}"


def verify_pin(pin: str, stored: str) -> bool:
    """True when `pin` matches `stored`; False for any malformed or empty stored value."""
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != SCHEME:
            return False
        expected = base64.b64decode(key)
        actual = _derive(pin, base64.b64decode(salt), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)
