"""PIN hashes: scrypt (stdlib) with a salt per PIN and its cost in the hash string.

``scrypt$n=32768,r=8,p=1$<salt>$<key>`` (base64 without padding). The parameters travel with
the hash, so raising them later keeps every stored PIN verifiable; :meth:`PinHasher.outdated`
says when a hash should be replaced at the next successful sign-in.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

SCHEME = "scrypt"
SALT_BYTES = 16
KEY_BYTES = 32


@dataclass(frozen=True, slots=True)
class ScryptCost:
    n: int = 2**15
    r: int = 8
    p: int = 1

    @property
    def max_memory(self) -> int:
        return 2 * 128 * self.r * self.n * self.p  # twice what scrypt needs, for headroom

    def text(self) -> str:
        return f"n={self.n},r={self.r},p={self.p}"

    @classmethod
    def parse(cls, text: str) -> ScryptCost:
        values = dict(part.split("=", 1) for part in text.split(","))
        return cls(int(values["n"]), int(values["r"]), int(values["p"]))


class PinHasher:
    """Hash and verify PINs; the cost is a parameter so tests can use a cheap one."""

    def __init__(self, cost: ScryptCost | None = None) -> None:
        self.cost = cost or ScryptCost()

    def hash(self, pin: str) -> str:
        salt = secrets.token_bytes(SALT_BYTES)
        key = _derive(pin, salt, self.cost)
        return "$".join((SCHEME, self.cost.text(), _b64(salt), _b64(key)))

    def verify(self, pin: str, stored: str) -> bool:
        """Whether ``pin`` matches ``stored``, compared in constant time; False if malformed."""
        try:
            scheme, cost_text, salt_text, key_text = stored.split("$")
            if scheme != SCHEME:
                return False
            cost = ScryptCost.parse(cost_text)
            salt, key = _unb64(salt_text), _unb64(key_text)
        except (ValueError, KeyError):
            return False
        return hmac.compare_digest(_derive(pin, salt, cost), key)

    def outdated(self, stored: str) -> bool:
        """A hash made with another scheme or cost than this hasher's."""
        parts = stored.split("$")
        return len(parts) != 4 or parts[0] != SCHEME or parts[1] != self.cost.text()


def _derive(pin: str, salt: bytes, cost: ScryptCost) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=cost.n, r=cost.r, p=cost.p,
                          maxmem=cost.max_memory, dklen=KEY_BYTES)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
