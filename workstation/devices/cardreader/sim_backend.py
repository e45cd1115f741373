"""Simulated chip reader: the real ``EmrtdReader`` against an in-process emulated chip.

Behaves like a PC/SC reader with a card on it: every APDU takes a little time, a card can be
put on and taken off (with card events), and faulty chips (pulled mid-read, PACE-only,
malformed answers) can be placed to rehearse the error paths. The UI shows it as simulated.
"""

from __future__ import annotations

import threading
import time

from workstation.devices.cardreader._protocol import (
    CardEvent,
    CardEventCallback,
    ChipReadResult,
)
from workstation.devices.cardreader.emulator import EmulatedChip, EmulatorPort
from workstation.devices.cardreader.pcsc_backend import no_card
from workstation.devices.cardreader.reader import EmrtdReader
from workstation.devices.status import DeviceStatus

SIM_READER_NAME = "Loket gesimuleerde chiplezer"


class _SlowPort(EmulatorPort):
    """Adds the round-trip time of a contactless reader to every APDU."""

    def __init__(self, chip: EmulatedChip, latency_s: float) -> None:
        super().__init__(chip)
        self._latency = latency_s

    def transmit(self, apdu_bytes: bytes) -> tuple[bytes, int]:
        if self._latency:
            time.sleep(self._latency)
        return super().transmit(apdu_bytes)


class SimulatedChipReader:
    """A reader with an emulated chip on it (or none)."""

    simulated = True

    def __init__(self, chip: EmulatedChip | None = None, *, apdu_latency_s: float = 0.015) -> None:
        self.name = SIM_READER_NAME
        self._latency = apdu_latency_s
        self._lock = threading.Lock()
        self._chip = chip
        self._callbacks: list[CardEventCallback] = []

    def readers(self) -> list[str]:
        return [SIM_READER_NAME]

    def status(self) -> DeviceStatus:
        return DeviceStatus.SIMULATED

    def insert_card(self, chip: EmulatedChip) -> None:
        """Put ``chip`` on the reader (taking off any card that was there)."""
        self.remove_card()
        with self._lock:
            self._chip = chip
        self._emit(CardEvent(SIM_READER_NAME, inserted=True))

    def remove_card(self) -> None:
        with self._lock:
            chip, self._chip = self._chip, None
        if chip is not None:
            self._emit(CardEvent(SIM_READER_NAME, inserted=False))

    def read_document(self, mrz_lines: list[str]) -> ChipReadResult:
        with self._lock:
            chip = self._chip
        if chip is None:
            raise no_card("no emulated card on the simulated reader")
        chip.reset()
        try:
            return EmrtdReader(_SlowPort(chip, self._latency)).read(mrz_lines)
        finally:
            if not chip.present:
                self.remove_card()

    def on_card_event(self, callback: CardEventCallback) -> None:
        with self._lock:
            self._callbacks.append(callback)

    def close(self) -> None:
        with self._lock:
            self._callbacks.clear()

    def _emit(self, event: CardEvent) -> None:
        with self._lock:
            callbacks = list(self._callbacks)
        for callback in callbacks:
            callback(event)
