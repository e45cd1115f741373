"""The hall screen as a view: what it shows for an overview, at any size, in both languages."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from queue_display.i18n import install_translator
from queue_display.theme import Palette, contrast, text_on
from queue_display.window import DisplayWindow
from tests.ui.display.samples import LOCATION, call, overview, service


def make_window(qtbot: QtBot, *, language: str = "nl", highlight: float = 8,
                height: int = 1080) -> DisplayWindow:
    window = DisplayWindow(LOCATION, language=language, highlight_seconds=highlight,
                           recent_calls=4)
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
    assert waits == ["± 12 min", "geen", "–"]
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
