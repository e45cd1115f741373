"""How a command reaches the running Loket window: the address and the message (ADR 0023).

The window owns a local server (Qt's QLocalServer, workstation.ui.single_instance); a command
such as ``python -m workstation contact --phone +31...`` (a softphone opening a contact for an
incoming call) connects, sends ONE line, and reads one line back. Both ends compute the same
address from the user and the data directory, so two users, or two Loket setups of one user
(a demo and the real one), never reach each other's window.

- The address is what QLocalServer.listen takes, as a full name: on Unix a socket file in
  the user's runtime directory (``$XDG_RUNTIME_DIR``, else the temp directory), on Windows a
  named pipe ``\\\\.\\pipe\\loket-<hash>``. The command speaks to it with Python's own socket
  module or file API, so it needs no Qt.
- The request is UTF-8 JSON on one line: ``{"contact": {"phone": "+31612345678"}}``; the
  answer ``ok`` or ``error <reason>``. The phone number is personal data: neither end logs it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

OK = "ok"
MAX_LINE = 4096
PIPE_PREFIX = "\\\\.\\pipe\\"


@dataclass(frozen=True, slots=True)
class ContactRequest:
    """Open a new contact for this caller's number (already normalised)."""

    phone: str


def instance_name(user: str, data_dir: Path) -> str:
    """``loket-`` and 16 hex digits of the user and the resolved data directory."""
    key = f"{user}\n{Path(data_dir).expanduser().resolve()}".encode()
    return "loket-" + hashlib.sha256(key).hexdigest()[:16]


def server_address(name: str, *, platform: str = sys.platform,
                   runtime_dir: str | None = None) -> str:
    if platform == "win32":
        return PIPE_PREFIX + name
    directory = runtime_dir or os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    return str(Path(directory) / f"{name}.sock")


def encode_request(request: ContactRequest) -> bytes:
    return (json.dumps({"contact": {"phone": request.phone}}) + "\n").encode()


def decode_request(line: bytes) -> ContactRequest:
    """``ValueError`` for anything but one well-formed contact request."""
    if len(line) > MAX_LINE:
        raise ValueError("request too long")
    message = json.loads(line.decode("utf-8"))
    phone = message["contact"]["phone"] if isinstance(message, dict) else None
    if not isinstance(phone, str) or not phone:
        raise ValueError("no phone number in the request")
    return ContactRequest(phone)


def encode_answer(error: str = "") -> bytes:
    return (f"error {error}" if error else OK).encode() + b"\n"
