"""Test helpers for the real PC/SC stack: pcscd with vsmartcard's vpcd virtual reader.

``PcscStack`` reuses a pcscd that already serves the vpcd reader, or starts one in the
foreground and stops it afterwards. ``VpcdSlot`` puts an emulated chip on the virtual
reader and takes it off again, each time waiting until pcscd has *seen* the change (its
reader event counter moved): pcscd polls vpcd every 400 ms, and a card taken off and put
back within one poll would otherwise go unnoticed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from smartcard import scard

from workstation.devices.cardreader.emulator import EmulatedChip
from workstation.devices.cardreader.vpcd_client import VpcdClient

VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
VPCD_READER_CONF = Path("/etc/reader.conf.d/vpcd")
VPCD_READER_PREFIX = "Virtual PCD 00 00"
_STARTUP_TIMEOUT_S = 10.0
_CARD_TIMEOUT_S = 5.0


def pcsc_stack_available() -> bool:
    """pcscd and the vpcd driver are installed (and we may start pcscd, or one runs)."""
    installed = shutil.which("pcscd", path="/usr/sbin:/usr/bin:/sbin") is not None
    installed = installed and VPCD_DRIVER.exists() and VPCD_READER_CONF.exists()
    return installed and (os.geteuid() == 0 or _vpcd_reader() is not None)


def _vpcd_reader() -> str | None:
    result, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if result != scard.SCARD_S_SUCCESS:
        return None
    try:
        result, names = scard.SCardListReaders(context, [])
        if result != scard.SCARD_S_SUCCESS:
            return None
        return next((name for name in names if name.startswith(VPCD_READER_PREFIX)), None)
    finally:
        scard.SCardReleaseContext(context)


class PcscStack:
    """pcscd with the vpcd reader, for one test session."""

    def __init__(self) -> None:
        self._process: subprocess.Popen[bytes] | None = None
        self.reader = ""

    def start(self) -> None:
        reader = _vpcd_reader()
        if reader is None:
            pcscd = shutil.which("pcscd", path="/usr/sbin:/usr/bin:/sbin")
            assert pcscd is not None
            self._process = subprocess.Popen(
                [pcscd, "--foreground", "--error"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            # pcscd offers no readiness signal; poll for the reader it loads at start-up.
            deadline = time.monotonic() + _STARTUP_TIMEOUT_S
            while (reader := _vpcd_reader()) is None:
                if self._process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError("pcscd did not come up with the vpcd reader")
                time.sleep(0.05)
        self.reader = reader

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=10)
            self._process = None


def card_state(reader: str) -> int:
    """The reader's current event state (upper 16 bits: pcscd's event counter)."""
    return _wait_for_state(reader, lambda _state: True, scard.SCARD_STATE_UNAWARE)


def _wait_for_state(reader: str, wanted: Callable[[int], bool], current: int) -> int:
    result, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    assert result == scard.SCARD_S_SUCCESS
    deadline = time.monotonic() + _CARD_TIMEOUT_S
    try:
        while True:
            remaining = int((deadline - time.monotonic()) * 1000)
            if remaining <= 0:
                raise TimeoutError(f"reader {reader!r} did not reach the expected state")
            result, states = scard.SCardGetStatusChange(context, remaining, [(reader, current)])
            if result == scard.SCARD_E_TIMEOUT:
                continue
            assert result == scard.SCARD_S_SUCCESS, scard.SCardGetErrorMessage(result)
            state = states[0][1] & ~scard.SCARD_STATE_CHANGED
            if wanted(state):
                return int(state)
            current = state
    finally:
        scard.SCardReleaseContext(context)


class VpcdSlot:
    """The card slot of the vpcd reader: put an emulated chip on it, take it off."""

    def __init__(self, reader: str) -> None:
        self.reader = reader
        self._client: VpcdClient | None = None
        self._state = card_state(reader)

    def _wait(self, present: bool) -> None:
        counter = self._state >> 16

        def reached(state: int) -> bool:
            return bool(state & scard.SCARD_STATE_PRESENT) == present and state >> 16 > counter

        self._state = _wait_for_state(self.reader, reached, self._state)

    def place(self, chip: EmulatedChip) -> None:
        self.take_away()
        self._client = VpcdClient(chip)
        self._client.start()
        self._wait(present=True)

    def take_away(self) -> None:
        if self._client is None:
            return
        self._client.stop()
        self._client = None
        self._wait(present=False)
