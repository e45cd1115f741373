"""The status bar tells the desk what the outbox still has to send, and why not yet."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from workstation.domain.customer import Backlog
from workstation.ui.status_bar import WorkstationStatusBar


def test_status_bar_shows_the_backlog_and_the_last_error(qtbot: QtBot) -> None:
    bar = WorkstationStatusBar()
    qtbot.addWidget(bar)
    assert bar.sync.text() == "Alles verzonden"
    bar.show_backlog(Backlog(pending=3, parked=0, last_error="De registratie is niet bereikbaar."))
    assert bar.sync.text() == "Verzenden: 3 wachten — De registratie is niet bereikbaar."
    bar.show_backlog(Backlog(pending=1, parked=2, last_error="Ongeldige invoer."))
    assert bar.sync.text().startswith("Verzenden: 1 wachten, 2 geparkeerd")
    assert bar.sync.toolTip() == "Ongeldige invoer."
    bar.show_backlog(Backlog(pending=0, parked=0))
    assert bar.sync.text() == "Alles verzonden"
