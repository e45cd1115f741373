"""The workstations' outbox backlog on the supervisor's board: what each workstation still has
to deliver to the registries, what is parked, its last error, and when it last reported."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from workstation.domain.queue import SITE_TIMEZONE
from workstation.domain.supervision import WorkstationBacklog
from workstation.ui.i18n import lower_layer_text
from workstation.ui.style import set_role


class BacklogPanel(QFrame):
    """One line per workstation, in a warning colour when items are parked, it reported an
    error, or it has not reported for a while."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self.title = QLabel(self)
        set_role(self.title, "heading")
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        set_role(self.empty, "muted")
        self.rows: list[QLabel] = []
        self._rows = QVBoxLayout()
        self._rows.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addWidget(self.title)
        layout.addLayout(self._rows)
        layout.addWidget(self.empty)
        self._shown: tuple[tuple[WorkstationBacklog, ...], datetime] | None = None
        self._retranslate()

    def show_backlog(self, workstations: tuple[WorkstationBacklog, ...], now: datetime) -> None:
        self._shown = workstations, now
        self.empty.setVisible(not workstations)
        while len(self.rows) > len(workstations):
            self.rows.pop().deleteLater()
        while len(self.rows) < len(workstations):
            row = QLabel(self)
            row.setWordWrap(True)
            row.setTextFormat(Qt.TextFormat.RichText)
            self._rows.addWidget(row)
            self.rows.append(row)
        for row, ws in zip(self.rows, workstations, strict=True):
            row.setText(self._text(ws, now))
            attention = ws.parked > 0 or bool(ws.last_error) or ws.silent(now)
            set_role(row, "message-warning" if attention else "message-info")

    def _text(self, ws: WorkstationBacklog, now: datetime) -> str:
        counts = self.tr("%1 te verzenden, %2 geparkeerd").replace(
            "%1", str(ws.pending)).replace("%2", str(ws.parked))
        reported = ws.reported_at.astimezone(SITE_TIMEZONE).strftime("%H:%M")
        if ws.silent(now):
            when = self.tr("niets gemeld sinds %1").replace("%1", reported)
        else:
            when = self.tr("gemeld om %1").replace("%1", reported)
        lines = [f"<b>{escape(ws.workstation)}</b> — {escape(counts)}", escape(when)]
        if ws.last_error:
            lines.append(escape(lower_layer_text(ws.last_error)))
        return "<br>".join(lines)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Werkplekken: nog te verzenden"))
        self.empty.setText(self.tr("Nog geen werkplek heeft zijn verzendstatus gemeld."))
        if self._shown is not None:
            self.show_backlog(*self._shown)
