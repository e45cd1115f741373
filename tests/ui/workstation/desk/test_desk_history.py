"""A person's history on one timeline: contacts on every channel, zaken, callbacks."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.workstation.desk.conftest import (
    DEMO_BSN,
    WAIT_MS,
    DemoKcc,
    DeskWindowFactory,
    desk_of,
)
from workstation.app import Site
from workstation.domain.contacts import ContactSummary
from workstation.ui.history_items import EntryKind, timeline
from workstation.ui.history_view import HistoryView


def _rows(view: HistoryView) -> list[tuple[str, str, str, str]]:
    rows = []
    for row, entry in enumerate(view.entries):
        item = view.list.topLevelItem(row)
        assert item is not None
        if not item.isHidden():
            rows.append((item.text(1), item.text(2), item.text(3), item.text(4)))
        assert entry is not None
    return rows


def test_history_shows_every_channel_newest_first_and_filters(
    qtbot: QtBot, site: Site, open_desk_window: DeskWindowFactory, demo_kcc: DemoKcc,
) -> None:
    demo_kcc.seed_history(DEMO_BSN)
    window = open_desk_window(site)
    desk = desk_of(window)
    desk.identify.search.setText(DEMO_BSN)
    qtbot.keyClick(desk.identify.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(desk.history.entries), timeout=WAIT_MS)
    assert desk.tabs.currentWidget() is desk.history
    view = desk.history
    assert _rows(view) == [  # a callback stands where it was done, a zaak at its status
        ("Terugbelverzoek", "Telefoon", "afvalpas", "afgehandeld"),
        ("Contact", "Balie A014", "verhuizing", "Zelfstandig afgehandeld"),
        ("Zaak", "", "Paspoort aanvragen", "In behandeling"),
        ("Contact", "Telefoon", "afvalpas", "Contactverzoek gemaakt"),
    ]
    assert view.status.text() == "4 van 4 getoond"
    view.kind.setCurrentIndex(view.kind.findData(EntryKind.ZAAK))
    assert _rows(view) == [("Zaak", "", "Paspoort aanvragen", "In behandeling")]
    view.kind.setCurrentIndex(0)
    view.kanaal.setCurrentIndex(view.kanaal.findData("telefoon"))
    assert [row[0] for row in _rows(view)] == ["Terugbelverzoek", "Contact"]  # phone only
    assert view.status.text() == "2 van 4 getoond"


def test_what_is_still_in_the_outbox_says_so(qtbot: QtBot) -> None:
    view = HistoryView()
    qtbot.addWidget(view)
    sent = ContactSummary("url/1", "0100000001", "telefoon", "parkeren", "",
                          datetime(2026, 11, 2, 9, 0, tzinfo=UTC), True,
                          metadata={"uitkomst": "doorverbonden"})
    waiting = ContactSummary("loket:klantcontact/0100000002", "0100000002", "balie",
                             "paspoort", "", datetime(2026, 11, 30, 9, 0, tzinfo=UTC), True,
                             metadata={"uitkomst": "zelfstandig afgehandeld"}, pending=True)
    view.show_entries(timeline((), (sent, waiting)))
    assert [row[3] for row in _rows(view)] == [
        "Zelfstandig afgehandeld · nog niet verzonden", "Doorverbonden"]
