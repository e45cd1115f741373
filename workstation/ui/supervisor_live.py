"""The supervisor's board, live: the follower calls back on the change feed's thread, and the
board reaches the GUI thread through a queued signal (docs/decisions/0006-ui-threading.md)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from workstation.domain.errors import SchemaMismatch
from workstation.domain.site import StaffInfo
from workstation.domain.supervision import SupervisorBoard
from workstation.services.supervisor_follower import SupervisorFollower, SupervisorFollowers


class LiveBoard(QObject):
    board = Signal(object)  # SupervisorBoard
    connection = Signal(bool)
    stopped = Signal(object)  # SchemaMismatch

    def __init__(self, followers: SupervisorFollowers, staff: StaffInfo,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._follower: SupervisorFollower = followers.follow(
            staff, self._on_board, self._on_connection, self._on_stopped)
        self._running = False

    def start(self) -> None:
        self._running = True
        self._follower.start()

    def stop(self) -> None:
        """Stop the feed and wait for its thread; idempotent."""
        if self._running:
            self._running = False
            self._follower.stop()

    def _on_board(self, board: SupervisorBoard) -> None:  # feed thread
        if self._running:
            self.board.emit(board)

    def _on_connection(self, connected: bool) -> None:  # feed thread
        if self._running:
            self.connection.emit(connected)

    def _on_stopped(self, error: SchemaMismatch) -> None:  # feed thread
        if self._running:
            self.stopped.emit(error)
