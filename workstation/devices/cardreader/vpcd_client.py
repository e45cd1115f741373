"""Plug an emulated chip into vsmartcard's virtual PC/SC reader (vpcd).

vpcd is a pcscd driver that listens on TCP (127.0.0.1:35963 for its first slot); a virtual
card connects to it. Each message either way is a 2-byte big-endian length and a payload.
From vpcd, a 1-byte payload is a control message (00 power off, 01 power on, 02 reset,
04 get ATR, which is answered with the ATR); anything longer is a command APDU, answered with
the response APDU. A connected socket is a card in the field; closing it is pulling the card.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time

from workstation.devices.cardreader._protocol import CardRemovedError
from workstation.devices.cardreader.emulator import EmulatedChip

log = logging.getLogger("loket.devices")

VPCD_HOST = "127.0.0.1"
VPCD_PORT = 35963

_POWER_OFF = 0x00
_POWER_ON = 0x01
_RESET = 0x02
_GET_ATR = 0x04


class VpcdClient:
    """Runs one emulated chip on vpcd's card socket, on a thread of its own."""

    def __init__(self, chip: EmulatedChip, host: str = VPCD_HOST, port: int = VPCD_PORT) -> None:
        self.chip = chip
        self._address = (host, port)
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self.removed = threading.Event()
        """Set when the card has left the field (socket closed, by ``stop`` or a fault)."""

    def start(self, timeout: float = 5.0) -> None:
        """Connect to vpcd (retrying while pcscd loads the driver) and start serving."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                self._sock = socket.create_connection(self._address, timeout=1.0)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        self._sock.settimeout(None)
        self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._thread = threading.Thread(target=self._serve, name="vpcd-card", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Take the card away: close the connection and wait for the thread."""
        if self._sock is not None:
            with contextlib.suppress(OSError):
                self._sock.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def __enter__(self) -> VpcdClient:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def _serve(self) -> None:
        assert self._sock is not None
        sock = self._sock
        try:
            while (message := _receive(sock)) is not None:
                answer = self._answer(message)
                if answer is not None:
                    sock.sendall(len(answer).to_bytes(2, "big") + answer)
        except CardRemovedError:
            log.debug("emulated card pulled from vpcd")
        except OSError as exc:
            log.debug("vpcd connection ended: %s", exc)
        finally:
            sock.close()
            self.removed.set()

    def _answer(self, message: bytes) -> bytes | None:
        if len(message) != 1:
            return self.chip.process(message)
        control = message[0]
        if control in (_POWER_OFF, _POWER_ON, _RESET):
            self.chip.reset()
            return None
        if control == _GET_ATR:
            return self.chip.atr
        log.debug("vpcd control %02X ignored", control)
        return None


def _quick_ack(sock: socket.socket) -> None:
    """Acknowledge at once (Linux): vpcd writes small messages, and a delayed ACK meeting
    Nagle's algorithm on its side would add 40 ms to every APDU."""
    if hasattr(socket, "TCP_QUICKACK"):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)


def _receive(sock: socket.socket) -> bytes | None:
    header = _exactly(sock, 2)
    if header is None:
        return None
    return _exactly(sock, int.from_bytes(header, "big"))


def _exactly(sock: socket.socket, count: int) -> bytes | None:
    buffer = bytearray()
    while len(buffer) < count:
        _quick_ack(sock)
        chunk = sock.recv(count - len(buffer))
        if not chunk:
            return None
        buffer.extend(chunk)
    return bytes(buffer)
