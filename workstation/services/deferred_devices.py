"""A ``DeviceBoard`` for a window that is shown before its devices have started.

Starting the devices loads their drivers (the chip reader's crypto, pyscard, the printer codec)
and opens their connections; none of that is needed to draw the window. The window gets this
board at once; the entry point attaches the real one right after the window is on screen.
Until then there are no device states, subscribers are remembered, and a ticket to print waits
for the printer (a future that completes when it has been printed). A desk that watches the
ID reader (``IdentityReader``), a counter's chip panel (``ChipDesk``: shown when the settings
name a chip reader, a CAN read before the start is refused in Dutch) and a window that feeds a
keyboard-wedge reader (``KeyboardWedge``) are handed over too; text typed by a wedge reader
before then has no reader to go to (``feed_wedge`` says so and the window leaves the keys where
they were typed).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future

from workstation.domain.document_check import DocumentUpdate, Stage
from workstation.domain.errors import UserFacingError
from workstation.domain.identify import DocumentIdentity
from workstation.services.device_ports import DeviceBoard, DeviceState, DeviceStateHandler
from workstation.services.document_check import ChipDesk, DocumentUpdateHandler
from workstation.services.identity_reader import IdentityReader
from workstation.services.keyboard_wedge import KeyboardWedge
from workstation.services.queue_service import IssuedTicket


class _Link:
    """A subscription made before the board is there: made on the board at ``attach``,
    undone by ``cancel`` whenever that comes."""

    def __init__(self, make: Callable[[DeviceBoard], Callable[[], None] | None]) -> None:
        self._make = make
        self._lock = threading.Lock()
        self._undo: Callable[[], None] | None = None
        self._cancelled = False

    def connect(self, board: DeviceBoard) -> None:
        if self._cancelled:
            return
        undo = self._make(board)
        with self._lock:
            if not self._cancelled:
                self._undo, undo = undo, None
        if undo is not None:  # cancelled in between
            undo()

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            undo, self._undo = self._undo, None
        if undo is not None:
            undo()


class DeferredDeviceBoard:
    def __init__(self, chip_reader: bool = False) -> None:
        """``chip_reader``: the settings name a chip reader and an ID reader to open its
        chips, so the window shows its chip panel before the devices have started."""
        self._chip_reader = chip_reader
        self._lock = threading.Lock()
        self._board: DeviceBoard | None = None
        self._closed = False
        self._handlers: list[DeviceStateHandler] = []
        self._code_handlers: list[Callable[[str], None]] = []
        self._pending: list[tuple[IssuedTicket, str, Future[None]]] = []
        self._links: list[_Link] = []

    @property
    def started(self) -> bool:
        return self._board is not None

    @property
    def board(self) -> DeviceBoard | None:
        """The started board (None until ``attach``): the receipt printer is found on it."""
        return self._board

    def attach(self, board: DeviceBoard) -> None:
        """Hand over to the started ``board``: subscribers hear its current states, waiting
        tickets are printed."""
        with self._lock:
            if self._closed:
                board.close()
                return
            self._board = board
            handlers, self._handlers = self._handlers, []
            code_handlers, self._code_handlers = self._code_handlers, []
            pending, self._pending = self._pending, []
            links, self._links = self._links, []
        for link in links:
            link.connect(board)
        for on_code in code_handlers:
            board.on_scanned_code(on_code)
        for handler in handlers:  # subscribe first, then read: no change falls in between
            board.subscribe(handler)
        states = board.states()
        for handler in handlers:
            for state in states:
                handler(state)
        for issued, language, future in pending:
            _chain(board.print_ticket(issued, language), future)

    def states(self) -> list[DeviceState]:
        board = self._board
        return board.states() if board is not None else []

    def subscribe(self, on_state: DeviceStateHandler) -> None:
        with self._lock:
            if self._board is None:
                self._handlers.append(on_state)
                return
            board = self._board
        board.subscribe(on_state)

    def on_scanned_code(self, on_code: Callable[[str], None]) -> None:
        with self._lock:
            if self._board is None:
                self._code_handlers.append(on_code)
                return
            board = self._board
        board.on_scanned_code(on_code)

    # -- IdentityReader (services/identity_reader.py) ---------------------------------------

    def watch_identities(
        self, on_identity: Callable[[DocumentIdentity], None]
    ) -> Callable[[], None]:
        def watch(board: DeviceBoard) -> Callable[[], None] | None:
            if isinstance(board, IdentityReader):
                return board.watch_identities(on_identity)
            return None

        return self._link(watch)

    # -- ChipDesk (services/document_check.py) ----------------------------------------------

    def has_chip_reader(self) -> bool:
        board = self._board
        if isinstance(board, ChipDesk):
            return board.has_chip_reader()
        return self._chip_reader

    def watch_documents(self, on_update: DocumentUpdateHandler) -> Callable[[], None]:
        def watch(board: DeviceBoard) -> Callable[[], None] | None:
            if isinstance(board, ChipDesk) and board.has_chip_reader():
                return board.watch_documents(on_update)
            return None

        return self._link(watch)

    def read_with_can(self, can: str, on_update: DocumentUpdateHandler) -> None:
        board = self._board
        if isinstance(board, ChipDesk) and board.has_chip_reader():
            board.read_with_can(can, on_update)
            return
        on_update(DocumentUpdate(0, Stage.FAILED, error=UserFacingError(
            "De kaartlezer is nog niet gestart.", "Probeer het over een paar seconden opnieuw.",
            detail="chip read with a CAN before the devices started")))

    # -- KeyboardWedge (services/keyboard_wedge.py) ----------------------------------------

    def attach_wedge(self) -> Callable[[], None]:
        def attach(board: DeviceBoard) -> Callable[[], None] | None:
            return board.attach_wedge() if isinstance(board, KeyboardWedge) else None

        return self._link(attach)

    def feed_wedge(self, text: str) -> bool:
        board = self._board
        return isinstance(board, KeyboardWedge) and board.feed_wedge(text)

    def _link(self, make: Callable[[DeviceBoard], Callable[[], None] | None]
              ) -> Callable[[], None]:
        link = _Link(make)
        with self._lock:
            board = self._board
            if board is None:
                self._links.append(link)
        if board is not None:
            link.connect(board)
        return link.cancel

    def print_ticket(self, issued: IssuedTicket, language: str) -> Future[None]:
        with self._lock:
            if self._board is None:
                future: Future[None] = Future()
                self._pending.append((issued, language, future))
                return future
            board = self._board
        return board.print_ticket(issued, language)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            board, self._board = self._board, None
            pending, self._pending = self._pending, []
        if board is not None:
            board.close()
        for _issued, _language, future in pending:
            future.set_exception(UserFacingError(
                "De bonprinter is niet gestart; het wachtnummer is niet afgedrukt.",
                "Start Loket opnieuw en druk het wachtnummer opnieuw af.",
                detail="closed before the devices started",
            ))


def _chain(source: Future[None], target: Future[None]) -> None:
    def copy(done: Future[None]) -> None:
        error = done.exception()
        if error is not None:
            target.set_exception(error)
        else:
            target.set_result(None)

    source.add_done_callback(copy)
