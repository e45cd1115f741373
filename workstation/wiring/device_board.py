"""The ``DeviceBoard`` port on top of the device manager."""

from __future__ import annotations

import itertools
import logging
import threading
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future
from typing import Literal

from workstation.devices.cardreader import ChipReadResult
from workstation.devices.cardreader.face import JPEG_2000
from workstation.devices.idreader import MrzDocument
from workstation.devices.idreader.identity import identity_of
from workstation.devices.manager import DeviceManager, DeviceSettingsLike, build_device_manager
from workstation.devices.printer.errors import PrintOutcomeUnknown
from workstation.devices.status import DeviceKind, DeviceState, DeviceStateHandler
from workstation.domain.document_check import DocumentUpdate, DocumentView, Stage, Verdict
from workstation.domain.errors import UserFacingError
from workstation.domain.identify import DocumentIdentity
from workstation.services.document_check import DocumentUpdateHandler
from workstation.services.queue_service import IssuedTicket
from workstation.wiring.ticket_layout import ticket_print_for

log = logging.getLogger("loket.devices")


def document_view(result: ChipReadResult) -> DocumentView:
    """The counter's view of a chip read; no name when DG1 does not parse as an MRZ."""
    document = result.document
    name = f"{document.surname}, {document.given_names}".rstrip(", ") if document else ""
    face = result.face
    listed = 2 in result.data_groups
    return DocumentView(
        name=name,
        verdict=Verdict(result.passive_auth.outcome.value),
        verdict_text=result.passive_auth.worker_text,
        face=face.data if face is not None else None,
        face_is_jpeg_2000=face is not None and face.mime_type == JPEG_2000,
        face_pending=listed and face is None and not result.face_note,
        face_unreadable=listed and face is None and bool(result.face_note),
    )


def _chip_holder(result: ChipReadResult) -> DocumentIdentity | None:
    """Whose document it is as the chip's DG1 says (for the desk's identification)."""
    document = result.document
    return identity_of(document) if document is not None else None


class ManagedDeviceBoard:
    """What the screens use: statuses and ticket printing, never a device itself.

    ``manager`` belongs to the board from now on: ``close`` stops it.

    Duplicates: a ticket printed again after a paper of it may have come out (it printed, its
    print was not confirmed, or it is still on its way) is marked DUPLICAAT, so two papers
    with one number are told apart. Kept for the life of the process.
    """

    def __init__(
        self, manager: DeviceManager, paper_width: Literal[80, 58] | None = None
    ) -> None:
        self.manager = manager
        self._paper_width = paper_width
        self._lock = threading.Lock()
        self._in_flight: Counter[str] = Counter()
        self._maybe_printed: set[str] = set()
        self._chip_reads = itertools.count(1)

    def states(self) -> list[DeviceState]:
        return self.manager.states()

    def subscribe(self, on_state: DeviceStateHandler) -> None:
        self.manager.subscribe(on_state)

    def print_ticket(self, issued: IssuedTicket, language: str) -> Future[None]:
        ticket_id = issued.ticket.id
        with self._lock:
            duplicate = ticket_id in self._maybe_printed or self._in_flight[ticket_id] > 0
            self._in_flight[ticket_id] += 1
        ticket = ticket_print_for(issued, language, self._paper_width, duplicate=duplicate)
        future = self.manager.print_ticket(ticket)
        future.add_done_callback(lambda done: self._finished(ticket_id, done))
        return future

    def _finished(self, ticket_id: str, done: Future[None]) -> None:
        error = None if done.cancelled() else done.exception()
        paper_may_exist = not done.cancelled() and (
            error is None or isinstance(error, PrintOutcomeUnknown)
        )
        with self._lock:
            self._in_flight[ticket_id] -= 1
            if self._in_flight[ticket_id] <= 0:
                del self._in_flight[ticket_id]
            if paper_may_exist:
                self._maybe_printed.add(ticket_id)

    def on_scanned_code(self, on_code: Callable[[str], None]) -> None:
        self.manager.on_code(on_code)

    # -- ChipDesk (services/document_check.py) ---------------------------------------------

    def has_chip_reader(self) -> bool:
        kinds = {state.kind for state in self.manager.states()}
        return {DeviceKind.CARD_READER, DeviceKind.ID_READER} <= kinds

    def watch_documents(self, on_update: DocumentUpdateHandler) -> Callable[[], None]:
        def on_document(document: MrzDocument) -> None:
            self._check_chip(list(document.lines), None, on_update, identity_of(document))

        def on_error(error: UserFacingError) -> None:
            on_update(DocumentUpdate(0, Stage.FAILED, error=error))

        return self.manager.on_document(on_document, on_error)

    # -- IdentityReader (services/identity_reader.py) ---------------------------------------

    def watch_identities(
        self, on_identity: Callable[[DocumentIdentity], None]
    ) -> Callable[[], None]:
        return self.manager.on_document(lambda document: on_identity(identity_of(document)))

    # -- KeyboardWedge (services/keyboard_wedge.py) -------------------------------------------

    def attach_wedge(self) -> Callable[[], None]:
        return self.manager.attach_wedge()

    def feed_wedge(self, text: str) -> bool:
        return self.manager.feed_wedge(text)

    def read_with_can(self, can: str, on_update: DocumentUpdateHandler) -> None:
        self._check_chip([], can, on_update)

    def _check_chip(
        self, mrz_lines: list[str], can: str | None, on_update: DocumentUpdateHandler,
        holder: DocumentIdentity | None = None,
    ) -> None:
        read_id = next(self._chip_reads)
        on_update(DocumentUpdate(read_id, Stage.STARTED, holder=holder))

        def identity(result: ChipReadResult) -> None:
            on_update(DocumentUpdate(read_id, Stage.IDENTITY, view=document_view(result),
                                     holder=_chip_holder(result)))

        def done(future: Future[ChipReadResult]) -> None:
            error = future.exception()
            if error is None:
                result = future.result()
                on_update(DocumentUpdate(read_id, Stage.DONE, view=document_view(result),
                                         holder=_chip_holder(result)))
                return
            if not isinstance(error, UserFacingError):
                log.error("chip read failed unexpectedly: %r", error)
                error = UserFacingError(
                    "De chip gaf een onverwacht antwoord.", "Probeer het opnieuw.",
                    detail=type(error).__name__,
                )  # fmt: skip
            on_update(DocumentUpdate(read_id, Stage.FAILED, error=error))

        self.manager.read_chip(mrz_lines, can=can, on_identity=identity).add_done_callback(done)

    def close(self) -> None:
        self.manager.close()


def device_board_from(devices: DeviceSettingsLike, *, demo: bool) -> ManagedDeviceBoard:
    """The board for ``settings.devices``; see ``build_device_manager`` for what it refuses."""
    return ManagedDeviceBoard(build_device_manager(devices, demo=demo))
