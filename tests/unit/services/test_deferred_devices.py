"""The window's device board before and after the devices have started."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, cast

import pytest

from workstation.domain.device_state import DeviceKind, DeviceState, DeviceStatus
from workstation.domain.document_check import DocumentUpdate, Stage
from workstation.domain.errors import UserFacingError
from workstation.domain.identify import DocumentIdentity
from workstation.services.deferred_devices import DeferredDeviceBoard
from workstation.services.device_ports import DeviceStateHandler
from workstation.services.document_check import ChipDesk, DocumentUpdateHandler
from workstation.services.queue_service import IssuedTicket

PRINTER = DeviceState(DeviceKind.PRINTER, "Bonprinter", DeviceStatus.READY, simulated=True)
TICKET = cast(IssuedTicket, object())


class FakeBoard:
    def __init__(self) -> None:
        self.handlers: list[DeviceStateHandler] = []
        self.code_handlers: list[Any] = []
        self.printed: list[tuple[Any, str]] = []
        self.closed = False
        self.fail: UserFacingError | None = None

    def states(self) -> list[DeviceState]:
        return [PRINTER]

    def subscribe(self, on_state: DeviceStateHandler) -> None:
        self.handlers.append(on_state)

    def print_ticket(self, issued: IssuedTicket, language: str) -> Future[None]:
        self.printed.append((issued, language))
        future: Future[None] = Future()
        if self.fail is not None:
            future.set_exception(self.fail)
        else:
            future.set_result(None)
        return future

    def on_scanned_code(self, on_code: Any) -> None:
        self.code_handlers.append(on_code)

    def close(self) -> None:
        self.closed = True


def test_subscribers_hear_the_states_once_the_devices_start() -> None:
    board = DeferredDeviceBoard()
    heard: list[DeviceState] = []
    board.subscribe(heard.append)
    assert board.states() == [] and not board.started
    real = FakeBoard()
    board.attach(real)
    assert board.started
    assert heard == [PRINTER]
    assert real.handlers == [heard.append]  # later changes come straight from the devices
    assert board.states() == [PRINTER]


def test_a_ticket_waits_for_the_printer() -> None:
    board = DeferredDeviceBoard()
    future = board.print_ticket(TICKET, "nl")
    assert not future.done()
    real = FakeBoard()
    board.attach(real)
    assert future.result(timeout=1) is None
    assert real.printed == [(TICKET, "nl")]
    assert board.print_ticket(TICKET, "en").result(timeout=1) is None


def test_a_failed_print_reaches_the_waiting_future() -> None:
    board = DeferredDeviceBoard()
    future = board.print_ticket(TICKET, "nl")
    real = FakeBoard()
    real.fail = UserFacingError("Printer heeft geen papier.")
    board.attach(real)
    with pytest.raises(UserFacingError, match="papier"):
        future.result(timeout=1)


def test_closing_before_the_start_fails_waiting_tickets_and_stops_a_late_board() -> None:
    board = DeferredDeviceBoard()
    future = board.print_ticket(TICKET, "nl")
    board.close()
    with pytest.raises(UserFacingError):
        future.result(timeout=1)
    late = FakeBoard()
    board.attach(late)
    assert late.closed


def test_closing_closes_the_started_board() -> None:
    board = DeferredDeviceBoard()
    real = FakeBoard()
    board.attach(real)
    board.close()
    assert real.closed


def test_a_scanned_code_handler_is_kept_until_the_devices_start() -> None:
    board = DeferredDeviceBoard()
    codes: list[str] = []
    board.on_scanned_code(codes.append)
    real = FakeBoard()
    board.attach(real)
    assert real.code_handlers == [codes.append]
    later: list[str] = []
    board.on_scanned_code(later.append)
    assert real.code_handlers == [codes.append, later.append]


class WedgeBoard(FakeBoard):
    """A started board with a keyboard-wedge ID reader (``KeyboardWedge``, ``IdentityReader``)."""

    def __init__(self) -> None:
        super().__init__()
        self.attached = 0
        self.fed: list[str] = []
        self.watchers: list[Callable[[DocumentIdentity], None]] = []

    def attach_wedge(self) -> Callable[[], None]:
        self.attached += 1

        def detach() -> None:
            self.attached -= 1

        return detach

    def feed_wedge(self, text: str) -> bool:
        self.fed.append(text)
        return True

    def watch_identities(
        self, on_identity: Callable[[DocumentIdentity], None]
    ) -> Callable[[], None]:
        self.watchers.append(on_identity)
        return lambda: self.watchers.remove(on_identity)


def test_a_window_feeding_the_wedge_is_attached_once_the_devices_start() -> None:
    board = DeferredDeviceBoard()
    detach = board.attach_wedge()
    assert not board.feed_wedge("P<NLD\r")  # no reader yet: the keys stay where typed
    real = WedgeBoard()
    board.attach(real)
    assert real.attached == 1
    assert board.feed_wedge("P<NLD\r") and real.fed == ["P<NLD\r"]
    detach()
    detach()  # idempotent
    assert real.attached == 0


def test_a_window_gone_before_the_devices_start_is_never_attached() -> None:
    board = DeferredDeviceBoard()
    board.attach_wedge()()
    real = WedgeBoard()
    board.attach(real)
    assert real.attached == 0


def test_a_board_without_a_wedge_reader_takes_no_text() -> None:
    board = DeferredDeviceBoard()
    detach = board.attach_wedge()
    board.attach(FakeBoard())
    assert not board.feed_wedge("P<NLD\r")
    detach()


def test_the_desk_watching_documents_is_handed_over() -> None:
    board = DeferredDeviceBoard()
    seen: list[DocumentIdentity] = []
    unsubscribe = board.watch_identities(seen.append)
    real = WedgeBoard()
    board.attach(real)
    assert real.watchers == [seen.append]
    unsubscribe()
    assert real.watchers == []


class FakeChipBoard(FakeBoard):
    """A started board with a chip reader (``ChipDesk``)."""

    def __init__(self) -> None:
        super().__init__()
        self.watchers: list[DocumentUpdateHandler] = []
        self.cans: list[str] = []

    def has_chip_reader(self) -> bool:
        return True

    def watch_documents(self, on_update: DocumentUpdateHandler) -> Callable[[], None]:
        self.watchers.append(on_update)
        return lambda: self.watchers.remove(on_update)

    def read_with_can(self, can: str, on_update: DocumentUpdateHandler) -> None:
        self.cans.append(can)
        on_update(DocumentUpdate(1, Stage.STARTED))


def test_a_counter_with_a_chip_reader_shows_its_panel_before_the_devices_start() -> None:
    board = DeferredDeviceBoard(chip_reader=True)
    assert isinstance(board, ChipDesk) and board.has_chip_reader()
    assert not DeferredDeviceBoard().has_chip_reader()  # none configured: no panel
    updates: list[DocumentUpdate] = []
    board.watch_documents(updates.append)
    board.read_with_can("123456", updates.append)  # too early: said, not lost silently
    [early] = updates
    assert early.stage is Stage.FAILED and early.error is not None
    assert early.error.message == "De kaartlezer is nog niet gestart."
    real = FakeChipBoard()
    board.attach(real)
    assert len(real.watchers) == 1  # the panel's watch is handed over
    real.watchers[0](DocumentUpdate(2, Stage.DONE))
    board.read_with_can("654321", updates.append)
    assert real.cans == ["654321"]
    assert [u.stage for u in updates] == [Stage.FAILED, Stage.DONE, Stage.STARTED]
