"""Audit records of person lookups in the shape of Logius "Logboek Dataverwerkingen" (LDV).

One record per data subject; records of one lookup share a ``trace_id``. The BSN is sealed for
the privacy officer: a fresh AES-256-GCM key encrypts it, RSA-OAEP (SHA-256) wraps that key with
the officer's public key. A workstation holds only the public key, so it cannot read its own log
back; the same BSN seals differently every time it is sealed, so records cannot be linked
without the key (the records of one lookup, linked by their trace id anyway, share a seal).
"""

from __future__ import annotations

import base64
import functools
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from Crypto.PublicKey.RSA import RsaKey


SEAL_VERSION = "v1"
DATA_SUBJECT_ID_TYPE = "BSN"


@dataclass(frozen=True, slots=True)
class ProcessingRecord:
    """One LDV log record. ``attributes`` hold the dpl.core.* keys and Loket's own."""

    record_id: str  # uuid4 hex; the site table's primary key, so re-delivery is harmless
    trace_id: str  # 32 hex (16 bytes)
    span_id: str  # 16 hex (8 bytes)
    name: str  # the operation, e.g. "RaadpleegMetBurgerservicenummer"
    start_time: datetime
    end_time: datetime
    status_code: str  # "OK" | "ERROR"
    processing_activity_id: str  # dpl.core.processing_activity_id (a URI)
    data_subject_id: str  # sealed BSN, "" when the lookup found nobody
    data_subject_id_type: str
    user: str  # the staff code (x-gebruiker)
    doelbinding: str
    verwerking: str
    workstation: str


def seal(public_key_pem: str, plaintext: str) -> str:
    """``v1.<wrapped key>.<nonce>.<ciphertext>.<tag>``, each part base64url."""
    # pycryptodome is imported where it is used: the desk's modules import this one, and the
    # window path stays free of it (tests/e2e/test_window_path_is_light.py).
    from Crypto.Cipher import AES, PKCS1_OAEP
    from Crypto.Hash import SHA256
    from Crypto.Random import get_random_bytes

    session_key = get_random_bytes(32)
    wrapped = PKCS1_OAEP.new(_public_key(public_key_pem), hashAlgo=SHA256).encrypt(session_key)
    cipher = AES.new(session_key, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(plaintext.encode("utf-8"))
    parts = (wrapped, cipher.nonce, ciphertext, tag)
    return ".".join([SEAL_VERSION, *(base64.urlsafe_b64encode(p).decode("ascii") for p in parts)])


@functools.lru_cache(maxsize=4)
def _public_key(pem: str) -> RsaKey:
    """Parsing the PEM costs more than the sealing itself; a workstation has one key."""
    from Crypto.PublicKey import RSA

    return RSA.import_key(pem)


def unseal(private_key_pem: str, sealed: str, passphrase: str | None = None) -> str:
    """The plaintext; ``ValueError`` when the seal is damaged or made for another key."""
    version, *parts = sealed.split(".")
    if version != SEAL_VERSION or len(parts) != 4:
        raise ValueError("not a Loket audit seal")
    wrapped, nonce, ciphertext, tag = (base64.urlsafe_b64decode(p) for p in parts)
    from Crypto.Cipher import AES, PKCS1_OAEP
    from Crypto.Hash import SHA256
    from Crypto.PublicKey import RSA

    key = RSA.import_key(private_key_pem, passphrase=passphrase)
    session_key = PKCS1_OAEP.new(key, hashAlgo=SHA256).decrypt(wrapped)
    cipher = AES.new(session_key, AES.MODE_GCM, nonce=nonce)
    return cipher.decrypt_and_verify(ciphertext, tag).decode("utf-8")
