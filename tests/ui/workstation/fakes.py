"""A device board of our own for the screens: a printer that can run out of paper."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future

from workstation.devices.status import DeviceStatus
from workstation.domain.errors import UserFacingError
from workstation.services.device_ports import DeviceKind, DeviceState, DeviceStateHandler
from workstation.services.queue_service import IssuedTicket

PAPER_OUT = UserFacingError(
    "Printer heeft geen papier.", "Vul papier bij en kies Opnieuw afdrukken.",
    detail="printer status: paper end",
)


class FakeDevices:
    """Prints on its own thread (like the real device worker); paper can run out."""

    def __init__(self, simulated: bool = True) -> None:
        self.paper = True
        self.printed: list[str] = []
        self.attempts = 0
        self._handlers: list[DeviceStateHandler] = []
        self._code_handlers: list[Callable[[str], None]] = []
        self._state = DeviceState(
            DeviceKind.PRINTER, "Bonprinter", DeviceStatus.SIMULATED if simulated
            else DeviceStatus.READY, simulated,
        )
        self._threads: list[threading.Thread] = []
        self.closed = False

    def states(self) -> list[DeviceState]:
        return [self._state]

    def subscribe(self, on_state: DeviceStateHandler) -> None:
        self._handlers.append(on_state)

    def print_ticket(self, issued: IssuedTicket, language: str) -> Future[None]:
        future: Future[None] = Future()
        self.attempts += 1

        def work() -> None:
            if self.paper:
                self.printed.append(issued.ticket.number)
                future.set_result(None)
            else:
                future.set_exception(PAPER_OUT)

        self._run(work)
        return future

    def on_scanned_code(self, on_code: Callable[[str], None]) -> None:
        self._code_handlers.append(on_code)

    def scan(self, code: str) -> None:
        """A code held under the ID reader, reported from a device thread."""

        def work() -> None:
            for handler in self._code_handlers:
                handler(code)

        self._run(work)

    def change_state(self, state: DeviceState) -> None:
        """Report a new status from a device thread, as the device manager does."""
        self._state = state

        def work() -> None:
            for handler in self._handlers:
                handler(state)

        self._run(work)

    def _run(self, work: object) -> None:
        thread = threading.Thread(target=work, name="fake-device")  # type: ignore[arg-type]
        self._threads.append(thread)
        thread.start()

    def close(self) -> None:
        for thread in self._threads:
            thread.join(5)
        self.closed = True


class RecordingAlarmSound:
    """The alarm sound port: records whether it is sounding, plays nothing."""

    def __init__(self) -> None:
        self.playing = False
        self.starts = 0
        self.closed = False

    def start(self) -> None:
        if not self.playing:
            self.starts += 1
        self.playing = True

    def stop(self) -> None:
        self.playing = False

    def close(self) -> None:
        self.closed = True
