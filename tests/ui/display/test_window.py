"""The hall screen as a view: what it shows for an overview, at any size, in both languages."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from queue_display.i18n import install_translator
from queue_display.theme import Palette, contrast, text_on
from queue_display.window import DisplayWindow
from tests.ui.display.samples import LOCATION, call, overview, service
from workstation.app import open_site


def make_window(qtbot: QtBot, *, language: str = "nl", highlight: float = 8,
                height: int = 1080, recent_calls: int = 4) -> DisplayWindow:
    window = DisplayWindow(LOCATION, language=language, highlight_seconds=highlight,
                           recent_calls=recent_calls)
    qtbot.addWidget(window)
    window.resize(height * 16 // 9, height)
    window.show()
    return window


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translator = install_translator(qapp, "en")
    assert translator is not None
    yield
    qapp.removeTranslator(translator)


def test_current_calls_are_big_and_a_new_one_is_highlighted_for_a_while(qtbot: QtBot) -> None:
    window = make_window(qtbot, highlight=0.3)
    older, new = call(1, "A011", 2), call(2, "A012", 3)
    window.show_overview(overview(older, new), (new,))
    rows = window.current.rows
    assert [(r.number.text(), r.counter.text()) for r in rows if r.isVisible()] == [
        ("A012", "balie 3"), ("A011", "balie 2")]
    assert window.current.highlighted() == ("A012",)
    assert rows[0].property("highlighted") is True
    qtbot.waitUntil(lambda: rows[0].property("highlighted") is False, timeout=2000)
    assert window.current.highlighted() == ()
    window.stop()


def test_earlier_calls_and_queues_per_service(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.show_overview(overview(
        call(1, "A001", 1, current=False), call(2, "B001", 2, current=False), call(3, "A002", 1),
        services=(service("A", "Paspoort en ID-kaart", 3, 12), service("B", "Rijbewijs", 0, None),
                  service("F", "Overige vragen", 2, None)),
    ), ())
    assert window.recent.shown() == ("B001", "A001")
    assert window.services.waiting_counts() == {"A": 3, "B": 0, "F": 2}
    waits = [row[3].text() for row in window.services._rows]
    assert waits == ["± 12 min", "geen", "nu geen balie open"]
    window.stop()


def test_the_lost_connection_mark_keeps_the_last_state(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.show_overview(overview(call(1, "C004", 4)), ())
    window.set_connected(False)
    assert window.header.offline.isVisible()
    assert window.header.offline.text() == "verbinding verbroken"
    assert window.current.rows[0].number.text() == "C004"
    window.set_connected(True)
    assert not window.header.offline.isVisible()
    window.stop()


@pytest.mark.usefixtures("english")
def test_english_screen_texts(qtbot: QtBot) -> None:
    window = make_window(qtbot, language="en")
    window.show_overview(overview(call(1, "A012", 3),
                                  services=(service("A", "Passport", 1, 5),)), ())
    assert window.current.title.text() == "Now serving"
    assert window.current.rows[0].counter.text() == "counter 3"
    assert window.header.offline.text() == "connection lost"
    assert window.services.title.text() == "Waiting"
    assert QCoreApplication.translate("HeaderBar", "verbinding verbroken") == "connection lost"
    window.stop()


def test_sizes_follow_the_window_height_for_1080p_and_4k(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.show_overview(overview(call(1, "A012", 3)), ())
    at_1080 = window.current.rows[0].number.font().pixelSize()
    window.resize(3840, 2160)
    qtbot.waitUntil(lambda: window.current.rows[0].number.font().pixelSize() != at_1080)
    at_2160 = window.current.rows[0].number.font().pixelSize()
    assert at_1080 >= 80  # about 9 cm tall on a 55" TV: readable from five metres
    assert abs(at_2160 - 2 * at_1080) <= 1
    assert window.header.height() == round(2160 * 0.13)
    window.stop()


def test_header_has_the_municipality_logo_name_and_clock(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    header = window.header
    assert header.municipality.text() == "Gemeente Bergen op Zoom"
    assert header.logo.pixmap() is not None and not header.logo.pixmap().isNull()
    assert header.logo.pixmap().height() > 50
    assert len(header.clock.text()) == 5 and header.clock.text()[2] == ":"
    window.stop()


def test_a_long_ticker_scrolls_and_a_short_one_stands_still(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    assert window.ticker.isVisible() and not window.ticker.scrolling
    window.stop()
    long_text = replace(LOCATION, ticker_text="Het stadskantoor is morgen gesloten. " * 12)
    scrolling = DisplayWindow(long_text, language="nl", highlight_seconds=8, recent_calls=4)
    qtbot.addWidget(scrolling)
    scrolling.resize(1280, 720)
    scrolling.show()
    qtbot.waitUntil(lambda: scrolling.ticker.scrolling)
    scrolling.stop()
    assert not scrolling.ticker.scrolling


def test_text_colours_keep_high_contrast_on_municipality_colours() -> None:
    for primary, accent in (("#B0182F", "#F2C200"), ("#006A3A", "#8DC63F"),
                            ("#00467F", "#E8A33D"), ("#C4461B", "#1F3A5F")):
        palette = Palette.from_colours(primary, accent)
        assert contrast(palette.primary, palette.on_primary) >= 4.5
        assert contrast(palette.accent, palette.on_accent) >= 4.5
    assert text_on(Palette.from_colours("not a colour", "#FFFFFF").accent).name() == "#0e1116"


def visible_calls(window: DisplayWindow) -> list[str]:
    """Numbers a person in the hall can read: shown rows whose whole text fits inside them."""
    QApplication.processEvents()  # the layout settles as it does before the next frame
    readable = []
    panel = window.current
    for row in panel.rows:
        if not row.isVisibleTo(window):
            continue
        assert row.needed_width() <= row.width(), row.number.text()
        corner = row.mapTo(window, row.rect().bottomRight())
        assert window.rect().contains(corner), f"{row.number.text()} runs off the screen"
        readable.append(row.number.text())
    return readable + list(window.recent.shown())


@pytest.mark.parametrize("language", ["nl", "en"])
def test_eight_counters_calling_at_once_are_all_on_screen(
    qtbot: QtBot, qapp: QApplication, language: str,
) -> None:
    translator = install_translator(qapp, language)
    try:
        window = make_window(qtbot, language=language)
        calls = [call(i, f"A{i:03d}", i) for i in range(1, 9)]
        window.show_overview(overview(*calls), (calls[-1],))
        assert sorted(visible_calls(window)) == [f"A{i:03d}" for i in range(1, 9)]
        assert window.current.columns == 2
        rows = [r for r in window.current.rows if r.isVisible()]
        assert [r.number.text() for r in rows[:4]] == ["A008", "A007", "A006", "A005"]
        tops = {r.mapTo(window, r.rect().topLeft()).y() for r in rows}
        assert len(tops) == 4  # two columns of four rows, side by side
        assert rows[0].number.font().pixelSize() >= 0.05 * 1080  # still readable at 5 m
        assert window.recent.shown() == ()
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)
    window.stop()


def test_five_calls_make_two_columns_and_four_stay_in_one(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    calls = [call(i, f"B{i:03d}", i) for i in range(1, 6)]
    window.show_overview(overview(*calls[:4]), ())
    assert window.current.columns == 1
    assert window.current.rows[0].number.font().pixelSize() == round(1080 * 0.085)
    window.show_overview(overview(*calls), (calls[-1],))
    assert window.current.columns == 2
    assert "B005" in visible_calls(window) and "B001" in visible_calls(window)
    window.stop()


def test_pending_calls_beyond_eight_head_the_earlier_list(qtbot: QtBot) -> None:
    window = make_window(qtbot)  # the earlier list has 4 places
    pending = [call(i + 10, f"C{i:03d}", i) for i in range(1, 12)]
    answered = [call(i, f"D{i:03d}", 1, current=False) for i in range(1, 4)]
    window.show_overview(overview(*pending, *answered), ())
    shown = visible_calls(window)
    assert {c.number for c in pending} <= set(shown)
    assert window.recent.shown() == ("C003", "C002", "C001", "D003")
    window.stop()


@pytest.mark.parametrize(("language", "mark"), [("nl", "opnieuw"), ("en", "again")])
def test_a_recall_is_marked_as_such(qtbot: QtBot, qapp: QApplication, language: str,
                                    mark: str) -> None:
    translator = install_translator(qapp, language)
    try:
        window = make_window(qtbot, language=language)
        first, again = call(1, "A001", 1), call(2, "B004", 2, recall=True)
        window.show_overview(overview(first, again), (again,))
        rows = window.current.rows
        assert rows[0].number.text() == "B004"
        assert rows[0].recall.isVisibleTo(window) and rows[0].recall.text() == mark
        assert not rows[1].recall.isVisibleTo(window)
        assert rows[0].needed_width() <= rows[0].width()
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)
    window.stop()


@pytest.mark.parametrize(("utc", "shown"), [
    (datetime(2025, 1, 15, 7, 5, tzinfo=UTC), "08:05"),  # CET
    (datetime(2025, 7, 1, 7, 5, tzinfo=UTC), "09:05"),  # CEST
])
def test_the_clock_shows_amsterdam_time_whatever_the_pc_zone(
    qtbot: QtBot, utc: datetime, shown: str,
) -> None:
    window = DisplayWindow(LOCATION, language="nl", highlight_seconds=8, recent_calls=4,
                           clock=lambda: utc)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.header.clock.text() == shown, timeout=3000)
    window.stop()


def test_the_service_table_and_its_heads_are_readable_and_never_cut(qtbot: QtBot) -> None:
    window = make_window(qtbot, recent_calls=6)
    services = (service("A", "Paspoort en ID-kaart", 5, 12), service("B", "Rijbewijs", 2, 7),
                service("C", "Uittreksels en aktes", 1, 5), service("D", "Verhuizing", 2, 10),
                service("E", "Afspraak", 0, None), service("F", "Overige vragen", 2, 10))
    pending = [call(i + 20, f"A{i:03d}", i) for i in range(1, 9)]
    answered = [call(i, f"B{i:03d}", 1, current=False) for i in range(1, 7)]
    window.show_overview(overview(*pending, *answered, services=services), ())
    QApplication.processEvents()
    table = window.services
    assert window.recent.shown() == ("B006", "B005", "B004", "B003", "B002", "B001")
    labels = [table.title, table.waiting_head, table.wait_head,
              *(label for row in table._rows for label in row)]
    for label in labels:
        assert label.isVisibleTo(window)
        assert label.font().pixelSize() >= round(0.028 * 1080), label.text()  # was 0.02
        assert label.height() >= label.heightForWidth(label.width()) if label.wordWrap() \
            else label.width() >= label.sizeHint().width(), label.text()
        assert table.rect().contains(label.mapTo(table, label.rect().bottomRight())), label.text()
    window.stop()


@pytest.mark.usefixtures("english")
def test_the_ticker_follows_the_display_language(qtbot: QtBot, tmp_path: Path) -> None:
    site = open_site(f"sqlite:///{tmp_path / 'site.sqlite3'}", demo=True)
    try:
        location = site.queue.location("BOZ")
    finally:
        site.close()
    english = DisplayWindow(location, language="en", highlight_seconds=8, recent_calls=4)
    dutch = DisplayWindow(location, language="nl", highlight_seconds=8, recent_calls=4)
    untranslated = DisplayWindow(replace(location, ticker_text_en=""), language="en",
                                 highlight_seconds=8, recent_calls=4)
    for window in (english, dutch, untranslated):
        qtbot.addWidget(window)
        window.show()
    assert english.ticker.text == "Welcome. Please keep your ticket number at hand."
    assert dutch.ticker.text == "Welkom. Houd uw wachtnummer bij de hand."
    assert untranslated.ticker.text == dutch.ticker.text  # better Dutch than an empty bar
    for window in (english, dutch, untranslated):
        window.stop()
