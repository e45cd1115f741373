"""The running window's end of the single-instance link (ADR 0023): a QLocalServer at the
address services.instance_link computes, owned by the main window.

``start()`` is False when another Loket of this user and data directory already answers
there (the caller then hands its own request over instead of opening a second window). A
socket file left by a crashed Loket (nobody answers) is removed and taken over. Each
accepted request emits ``contact_requested(phone)`` on the GUI thread and is answered
``ok``; anything else is answered with an error and logged without its content (it may hold
a phone number).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from workstation.services.instance_link import (
    MAX_LINE,
    ContactRequest,
    decode_request,
    encode_answer,
)

log = logging.getLogger("loket.ui")
_PROBE_MS = 500


class SingleInstance(QObject):
    contact_requested = Signal(str)  # the caller's phone number

    def __init__(self, address: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._address = address
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._connections: set[QLocalSocket] = set()

    @property
    def address(self) -> str:
        return self._address

    def start(self) -> bool:
        """Listen; False when another running Loket owns the address. Ask first: with
        UserAccessOption Qt replaces an existing socket file, and on Windows two servers
        may share a pipe name, so listening alone would steal a running window's link."""
        if _answers(self._address):
            log.info("another Loket window owns the single-instance address")
            return False
        QLocalServer.removeServer(self._address)  # left behind by a Loket that crashed
        if self._server.listen(self._address):
            return True
        log.warning("single-instance link not available: %s", self._server.errorString())
        return False

    def close(self) -> None:
        """Stop listening and drop any exchange still going (the window is closing)."""
        for connection in list(self._connections):
            self._forget(connection)
            connection.abort()
        self._server.close()

    def _accept(self) -> None:
        while (connection := self._server.nextPendingConnection()) is not None:
            self._connections.add(connection)
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(lambda c=connection: self._forget(c))

    def _forget(self, connection: QLocalSocket) -> None:
        if connection in self._connections:
            self._connections.discard(connection)
            connection.readyRead.disconnect()
            connection.disconnected.disconnect()
            connection.deleteLater()

    def _read(self, connection: QLocalSocket) -> None:
        if not connection.canReadLine():
            if connection.bytesAvailable() > MAX_LINE:
                self._answer(connection, None)
            return
        line = bytes(connection.readLine(MAX_LINE + 1).data())
        try:
            request: ContactRequest | None = decode_request(line)
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            log.warning("single-instance request refused: %s", exc.__class__.__name__)
            request = None
        self._answer(connection, request)

    def _answer(self, connection: QLocalSocket, request: ContactRequest | None) -> None:
        connection.write(encode_answer("" if request else "bad request"))
        connection.flush()
        connection.disconnectFromServer()
        if request is not None:
            self.contact_requested.emit(request.phone)


def _answers(address: str) -> bool:
    probe = QLocalSocket()
    probe.connectToServer(address)
    alive = probe.waitForConnected(_PROBE_MS)
    probe.abort()
    return alive
