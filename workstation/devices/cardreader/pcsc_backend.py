"""Chip reader backend on PC/SC (pcscd on Linux, WinSCard on Windows) through pyscard.

Uses pyscard's thin ``smartcard.scard`` layer so every context and card handle is released
deterministically. ``read_document`` connects to the card on the chosen reader, runs
``EmrtdReader`` and disconnects (unpowering the card). Card events come from a watcher thread
that blocks in SCardGetStatusChange; it only waits for events and never talks to the card,
so the card I/O stays on the device thread that calls ``read_document``.
"""

from __future__ import annotations

import logging
import threading
import time

from smartcard import scard

from workstation.devices.cardreader._protocol import (
    CardEvent,
    CardEventCallback,
    CardRemovedError,
    ChipReadResult,
    IdentityCallback,
)
from workstation.devices.cardreader.passive_auth import TrustStore
from workstation.devices.cardreader.reader import EmrtdReader, unexpected_answer
from workstation.devices.status import DeviceStatus
from workstation.domain.errors import UserFacingError

log = logging.getLogger("loket.devices")

_WATCH_TIMEOUT_MS = 500
_REMOVAL_GRACE_S = 1.0
_NO_CARD = {scard.SCARD_E_NO_SMARTCARD, scard.SCARD_W_REMOVED_CARD}


class PcscTransportError(ConnectionError):
    """The reader failed a transmit while the card is still there."""


def no_reader(detail: str) -> UserFacingError:
    return UserFacingError(
        "Er is geen chiplezer gevonden.",
        "Controleer of de chiplezer is aangesloten.",
        detail=detail,
    )


def no_card(detail: str) -> UserFacingError:
    return UserFacingError(
        "Er ligt geen document op de chiplezer.",
        "Leg het document op de chiplezer.",
        detail=detail,
    )


class _Context:
    """A PC/SC resource manager context, released on exit."""

    def __enter__(self) -> int:
        result, self.handle = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        if result != scard.SCARD_S_SUCCESS:
            raise no_reader(f"SCardEstablishContext: {scard.SCardGetErrorMessage(result)}")
        return int(self.handle)

    def __exit__(self, *exc_info: object) -> None:
        scard.SCardReleaseContext(self.handle)


def _list_readers(context: int) -> list[str]:
    result, names = scard.SCardListReaders(context, [])
    if result != scard.SCARD_S_SUCCESS:
        return []
    return list(names)


class _PcscPort:
    """``CardPort`` on a connected PC/SC card handle."""

    def __init__(self, context: int, reader: str, card: int, protocol: int) -> None:
        self._context = context
        self._reader = reader
        self._card = card
        self._protocol = protocol

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        result, response = scard.SCardTransmit(self._card, self._protocol, list(apdu))
        if result == scard.SCARD_S_SUCCESS and len(response) >= 2:
            return bytes(response[:-2]), (response[-2] << 8) | response[-1]
        reason = scard.SCardGetErrorMessage(result) if result else "response without status word"
        if result in _NO_CARD or not self._card_present():
            raise CardRemovedError(reason)
        raise PcscTransportError(reason)

    def _card_present(self) -> bool:
        """Whether the card is still there after a failed transmit.

        A reader may notice a card leaving only a moment after the failed command (pcscd
        polls some drivers, vpcd among them, every 400 ms), so wait briefly for a change.
        """
        deadline = time.monotonic() + _REMOVAL_GRACE_S
        current = scard.SCARD_STATE_UNAWARE
        while (remaining := int((deadline - time.monotonic()) * 1000)) > 0:
            result, states = scard.SCardGetStatusChange(
                self._context, remaining, [(self._reader, current)]
            )
            if result != scard.SCARD_S_SUCCESS:
                return bool(result == scard.SCARD_E_TIMEOUT)
            current = states[0][1] & ~scard.SCARD_STATE_CHANGED
            if not current & scard.SCARD_STATE_PRESENT:
                return False
        return True


class PcscChipReader:
    """An ICAO eMRTD reader on a PC/SC contactless reader."""

    simulated = False

    def __init__(
        self, reader_filter: str = "", *, trust: tuple[TrustStore | None, str] = (None, "")
    ) -> None:
        self._filter = reader_filter.casefold()
        self._trust = trust
        self.name = f"PC/SC chiplezer ({reader_filter or 'eerste lezer'})"
        self._callbacks: list[CardEventCallback] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._watcher: threading.Thread | None = None
        self._watch_context: int | None = None

    def readers(self) -> list[str]:
        try:
            with _Context() as context:
                return _list_readers(context)
        except UserFacingError:
            return []

    def _matching(self, names: list[str]) -> list[str]:
        return [name for name in names if self._filter in name.casefold()]

    def status(self) -> DeviceStatus:
        return DeviceStatus.READY if self._matching(self.readers()) else DeviceStatus.OFFLINE

    def read_document(
        self,
        mrz_lines: list[str],
        *,
        can: str | None = None,
        on_identity: IdentityCallback | None = None,
    ) -> ChipReadResult:
        with _Context() as context:
            candidates = self._matching(_list_readers(context))
            if not candidates:
                raise no_reader(f"no PC/SC reader matches {self._filter!r}")
            reader = candidates[0]
            result, card, protocol = scard.SCardConnect(
                context, reader, scard.SCARD_SHARE_SHARED,
                scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1,
            )  # fmt: skip
            if result in _NO_CARD:
                raise no_card(f"SCardConnect: {scard.SCardGetErrorMessage(result)}")
            if result != scard.SCARD_S_SUCCESS:
                raise unexpected_answer(f"SCardConnect: {scard.SCardGetErrorMessage(result)}")
            try:
                port = _PcscPort(context, reader, card, protocol)
                chip = EmrtdReader(
                    port, trust_store=self._trust[0], trust_store_error=self._trust[1]
                )
                return chip.read(mrz_lines, can=can, on_identity=on_identity)
            except PcscTransportError as exc:
                raise unexpected_answer(f"transmit failed: {exc}") from exc
            finally:
                scard.SCardDisconnect(card, scard.SCARD_UNPOWER_CARD)

    def on_card_event(self, callback: CardEventCallback) -> None:
        """Call ``callback`` (on the watcher thread) whenever a card arrives or leaves."""
        with self._lock:
            self._callbacks.append(callback)
            if self._watcher is None:
                self._watcher = threading.Thread(
                    target=self._watch, name="pcsc-card-events", daemon=True
                )
                self._watcher.start()

    def close(self) -> None:
        self._stop.set()
        with self._lock:
            watcher, self._watcher = self._watcher, None
            if self._watch_context is not None:
                scard.SCardCancel(self._watch_context)
        if watcher is not None:
            watcher.join()

    def _watch(self) -> None:
        try:
            with _Context() as context:
                with self._lock:
                    self._watch_context = context
                if self._stop.is_set():
                    return
                self._watch_loop(context)
        except UserFacingError as exc:
            log.warning("card event watcher stopped: %s", exc.detail)
        finally:
            with self._lock:
                self._watch_context = None

    def _watch_loop(self, context: int) -> None:
        known: dict[str, int] = {}
        while not self._stop.is_set():
            names = self._matching(_list_readers(context))
            if not names:
                # No reader yet: wait for one to be plugged in.
                self._stop.wait(_WATCH_TIMEOUT_MS / 1000)
                continue
            current = [(name, known.get(name, scard.SCARD_STATE_UNAWARE)) for name in names]
            result, states = scard.SCardGetStatusChange(context, _WATCH_TIMEOUT_MS, current)
            if result in (scard.SCARD_E_TIMEOUT, scard.SCARD_E_CANCELLED):
                continue
            if result != scard.SCARD_S_SUCCESS:
                log.debug("SCardGetStatusChange: %s", scard.SCardGetErrorMessage(result))
                self._stop.wait(_WATCH_TIMEOUT_MS / 1000)
                continue
            for name, event_state, _atr in states:
                present = bool(event_state & scard.SCARD_STATE_PRESENT)
                before = known.get(name)
                known[name] = event_state & ~scard.SCARD_STATE_CHANGED
                if before is not None and present != bool(before & scard.SCARD_STATE_PRESENT):
                    self._emit(CardEvent(name, present))

    def _emit(self, event: CardEvent) -> None:
        with self._lock:
            callbacks = list(self._callbacks)
        for callback in callbacks:
            try:
                callback(event)
            except Exception:
                log.exception("card event callback failed")
