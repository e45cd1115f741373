"""``contact --phone +31...``: a softphone or telephony system opens a new contact for an
incoming call in the running Loket window (single instance, ADR 0023).

No Qt here: the command speaks the window's local-server protocol (services.instance_link)
with Python's socket module (Unix) or the named-pipe file API (Windows). Exit codes:
0 the window took the call, 2 the number is unusable, 3 no Loket window answered.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import socket
import sys

from workstation.domain.desk import normalize_phone
from workstation.domain.errors import UserFacingError
from workstation.services.instance_link import (
    MAX_LINE,
    OK,
    PIPE_PREFIX,
    ContactRequest,
    encode_request,
    instance_name,
    server_address,
)
from workstation.settings import Settings

log = logging.getLogger("loket")
NOT_RUNNING = 3
TIMEOUT_S = 5.0


class LoketNotReached(UserFacingError):
    """No Loket window of this user and data directory took the request."""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    contact = commands.add_parser(
        "contact", help="open a new contact for an incoming call in the running window")
    contact.add_argument("--phone", required=True, help="the caller's number, e.g. +31612345678")
    contact.set_defaults(handler=_contact)


def _contact(args: argparse.Namespace, settings: Settings) -> int:
    request = ContactRequest(normalize_phone(args.phone))
    address = server_address(instance_name(getpass.getuser(), settings.data_path))
    try:
        send(address, request)
    except LoketNotReached as exc:
        log.warning("contact --phone: %s", exc.detail)
        print(exc.screen_text, file=sys.stderr)
        return NOT_RUNNING
    print("Het gesprek staat klaar in Loket.")
    return 0


def send(address: str, request: ContactRequest, timeout_s: float = TIMEOUT_S) -> None:
    """Deliver one request and wait for the window's answer."""
    try:
        answer = (_over_pipe if address.startswith(PIPE_PREFIX) else _over_socket)(
            address, encode_request(request), timeout_s)
    except (FileNotFoundError, ConnectionRefusedError) as exc:
        raise LoketNotReached(
            "Loket is niet gestart op deze werkplek.",
            "Start Loket en meld u aan; leg het gesprek daarna vast als nieuw contact.",
            detail=f"no instance at the local address: {exc.__class__.__name__}") from exc
    except OSError as exc:  # a timeout, or the window closed the connection midway
        raise LoketNotReached(
            "Loket reageert niet.", "Kijk of Loket vastloopt, en leg het gesprek daarna vast.",
            detail=f"local instance did not answer: {exc!r}") from exc
    if answer != OK:
        raise LoketNotReached(
            "Loket kon het gesprek niet openen.", "Leg het gesprek met de hand vast.",
            detail=f"local instance answered {answer[:80]!r}")


def _over_socket(address: str, data: bytes, timeout_s: float) -> str:
    # Without $XDG_RUNTIME_DIR the socket lives in the shared temp directory under a name
    # others can compute: never hand a caller's number to a socket another user made.
    if os.stat(address).st_uid != os.getuid():
        raise ConnectionRefusedError(f"socket owned by uid {os.stat(address).st_uid}")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.settimeout(timeout_s)
        connection.connect(address)
        connection.sendall(data)
        answer = b""
        while not answer.endswith(b"\n") and len(answer) < MAX_LINE:
            chunk = connection.recv(MAX_LINE)
            if not chunk:
                break
            answer += chunk
    return answer.decode("utf-8", "replace").strip()


def _over_pipe(address: str, data: bytes, timeout_s: float) -> str:
    # Windows: QLocalServer's named pipe opens like a file; a blocking read has no timeout,
    # the window answers as soon as its event loop sees the line.
    with open(address, "r+b", buffering=0) as pipe:
        pipe.write(data)
        return pipe.readline(MAX_LINE).decode("utf-8", "replace").strip()
