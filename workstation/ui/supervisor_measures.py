"""Today's measures against their norms on the supervisor's board, for the region or one
location (the measures themselves are ``domain.measures``; this panel only shows them)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFrame, QLabel, QVBoxLayout, QWidget

from workstation.domain.measures import NormCheck, NormStatus
from workstation.domain.supervision import TodayScope
from workstation.ui.style import set_role
from workstation.ui.supervisor_tables import compact_table, fit_rows, paint

_BAND = {NormStatus.MET: "ok", NormStatus.MISSED: "over", NormStatus.NO_DATA: ""}
_MARK = "kto_mark"  # a mark, not a share


class MeasuresPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self.title = QLabel(self)
        set_role(self.title, "heading")
        self.scope = QComboBox(self)
        self.scope.currentIndexChanged.connect(self._show)
        self.visitors = QLabel(self)
        set_role(self.visitors, "muted")
        self.table = compact_table(self, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.scope)
        layout.addWidget(self.visitors)
        layout.addWidget(self.table)
        self.scopes: tuple[TodayScope, ...] = ()
        self._names: dict[str, str] = {}
        self._retranslate()

    def show_today(self, scopes: tuple[TodayScope, ...], names: dict[str, str]) -> None:
        """``names``: location code -> name, for the choice of scope."""
        chosen = self.scope.currentData()
        self.scopes, self._names = scopes, names
        self.scope.blockSignals(True)
        self.scope.clear()
        for scope in scopes:
            code = scope.location_code
            label = self.tr("Hele regio") if code is None else names.get(code, code)
            self.scope.addItem(label, code)
        index = self.scope.findData(chosen)
        self.scope.setCurrentIndex(max(index, 0))
        self.scope.blockSignals(False)
        self._show()

    def _show(self) -> None:
        scope = next((s for s in self.scopes if s.location_code == self.scope.currentData()),
                     None)
        if scope is None:
            fit_rows(self.table, 0)
            return
        self.visitors.setText(self.tr("%1 bezoekers vandaag").replace(
            "%1", str(scope.visitors)))
        for row, check in zip(fit_rows(self.table, len(scope.checks)), scope.checks,
                              strict=True):
            row.setText(0, self._name(check.name))
            row.setToolTip(0, row.text(0))
            row.setText(1, self._value(check, check.value))
            row.setText(2, self._value(check, check.norm))
            row.setText(3, self._status(check.status))
            paint(row, 3, _BAND[check.status])

    @staticmethod
    def _value(check: NormCheck, value: float | None) -> str:
        if value is None:
            return "—"
        if check.name == _MARK:
            return f"{value:.1f}".replace(".", ",")
        return f"{round(value * 100)}%"

    def _status(self, status: NormStatus) -> str:
        return {NormStatus.MET: self.tr("gehaald"), NormStatus.MISSED: self.tr("niet gehaald"),
                NormStatus.NO_DATA: self.tr("nog niets")}[status]

    def _name(self, name: str) -> str:
        names = {
            "within_wait_norm": self.tr("Binnen wachtnorm"),
            "appointments_on_time": self.tr("Afspraken op tijd"),
            "first_time_right": self.tr("In één keer goed"),
            "callbacks_on_time": self.tr("Terugbellen op tijd"),
            "kto_mark": self.tr("Rapportcijfer"),
        }
        return names.get(name, name)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Vandaag tegen de norm"))
        self.table.setHeaderLabels([self.tr("Maat"), self.tr("Vandaag"), self.tr("Norm"),
                                    self.tr("Status")])
        if self.scopes:
            self.show_today(self.scopes, self._names)
