"""The visitor's mark by touch alone: on the counter's customer screen after a finished visit,
and on a feedback kiosk. Anonymous rows in kto_mark; leaving is one tap; idle goes back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.ui.workstation.actions import click_when_enabled, wait_idle
from tests.ui.workstation.conftest import ALARM_PHONE
from tests.ui.workstation.fakes import FakeDevices, RecordingAlarmSound
from workstation.app import Site
from workstation.domain.kto import Aspect
from workstation.store import models as m
from workstation.ui import kto_screen
from workstation.ui.i18n import LanguageSwitcher
from workstation.ui.kiosk import kiosk_exit_check
from workstation.ui.kto_screen import ASPECT_SIZE
from workstation.ui.kto_window import KtoWindow
from workstation.ui.main_window import MainWindow

LOCATION = "BOZ"


@pytest.fixture(autouse=True)
def _quick_timers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Thank-you and idle in a blink, so a test sees the screen go back by itself."""
    monkeypatch.setattr(kto_screen, "THANKS_MS", 150)
    monkeypatch.setattr(kto_screen, "IDLE_MS", 400)


@pytest.fixture
def counter(qtbot: QtBot, site: Site, devices: FakeDevices,
            language: LanguageSwitcher) -> Iterator[MainWindow]:
    location = site.queue.location(LOCATION)
    post = site.queue.counter_post(LOCATION, 1, "mw01")
    window = MainWindow(site.queue, site.followers, location, devices, language, "counter",
                        post, check_staff=kiosk_exit_check(site.staff), alarms=site.alarms,
                        health=site.health, alarm_phone=ALARM_PHONE,
                        alarm_sound=RecordingAlarmSound(), staff_service=site.staff,
                        kto=site.kto, kto_screen=0)
    window.start()
    window.show()
    qtbot.waitUntil(lambda: window.snapshot is not None)
    yield window
    window.close()
    window.shutdown()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def _tap(qtbot: QtBot, button: QWidget) -> None:
    """A touch lands as a press and release on the button's centre; no keyboard anywhere."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(button.width() // 2,
                                                                  button.height() // 2))


def _marks(site: Site) -> list[tuple[int, str | None, int | None, int | None, int | None]]:
    with site.database.engine.connect() as connection:
        rows = connection.execute(select(m.KtoMark).order_by(m.KtoMark.given_at)).all()
    return [(r.mark, r.service_letter, r.counter_number, r.wachttijd, r.duidelijkheid)
            for r in rows]


def _count(site: Site) -> int:
    with site.database.engine.connect() as connection:
        return int(connection.scalar(select(func.count()).select_from(m.KtoMark)) or 0)


def _serve_one(qtbot: QtBot, site: Site, counter: MainWindow, letter: str) -> None:
    site.queue.issue_ticket(LOCATION, letter)
    view = counter.counter
    assert view is not None
    click_when_enabled(qtbot, view.next)
    wait_idle(qtbot, view)
    click_when_enabled(qtbot, view.start)
    wait_idle(qtbot, view)
    click_when_enabled(qtbot, view.finish)
    wait_idle(qtbot, view)


def test_a_finished_visit_asks_its_visitor_and_stores_the_mark_anonymously(
        qtbot: QtBot, site: Site, counter: MainWindow) -> None:
    kto = counter.kto_window
    assert kto is not None and kto.isVisible()
    screen = kto.questions
    assert screen.currentWidget() is screen.waiting_page
    _serve_one(qtbot, site, counter, "B")
    qtbot.waitUntil(lambda: screen.currentWidget() is screen.mark_page)
    _tap(qtbot, screen.mark_buttons[7])  # 8
    assert screen.currentWidget() is screen.aspect_page
    wachttijd = screen.aspect_groups[Aspect.WACHTTIJD].button(6)
    _tap(qtbot, wachttijd)
    _tap(qtbot, screen.aspect_groups[Aspect.WACHTTIJD].button(7))  # changed her mind: 7
    _tap(qtbot, screen.aspect_groups[Aspect.DUIDELIJKHEID].button(9))
    _tap(qtbot, screen.done)
    assert screen.currentWidget() is screen.thanks_page
    qtbot.waitUntil(lambda: _count(site) == 1, timeout=5000)
    assert _marks(site) == [(8, "B", 1, 7, 9)]
    qtbot.waitUntil(lambda: screen.currentWidget() is screen.waiting_page, timeout=3000)
    with site.database.engine.connect() as connection:
        columns = {column.name for column in m.KtoMark.__table__.columns}
        assert not columns & {"ticket_id", "staff_id", "bsn", "name"}
        assert connection.scalar(select(m.KtoMark.municipality_code)) == "0748"


def test_leaving_is_one_tap_and_saves_nothing(qtbot: QtBot, site: Site,
                                              counter: MainWindow) -> None:
    kto = counter.kto_window
    assert kto is not None
    screen = kto.questions
    _serve_one(qtbot, site, counter, "A")
    qtbot.waitUntil(lambda: screen.currentWidget() is screen.mark_page)
    _tap(qtbot, screen.no_thanks)
    assert screen.currentWidget() is screen.waiting_page
    qtbot.wait(200)
    assert _count(site) == 0


def test_a_mark_left_on_the_aspects_page_is_kept_and_the_screen_goes_back_by_itself(
        qtbot: QtBot, site: Site, counter: MainWindow) -> None:
    kto = counter.kto_window
    assert kto is not None
    screen = kto.questions
    _serve_one(qtbot, site, counter, "A")
    qtbot.waitUntil(lambda: screen.currentWidget() is screen.mark_page)
    _tap(qtbot, screen.mark_buttons[5])  # 6, then the visitor walks away
    qtbot.waitUntil(lambda: screen.currentWidget() is screen.waiting_page, timeout=3000)
    qtbot.waitUntil(lambda: _count(site) == 1, timeout=5000)
    assert _marks(site) == [(6, "A", 1, None, None)]


def test_a_question_nobody_answers_goes_back_without_a_mark(
        qtbot: QtBot, site: Site, counter: MainWindow) -> None:
    kto = counter.kto_window
    assert kto is not None
    screen = kto.questions
    _serve_one(qtbot, site, counter, "A")
    qtbot.waitUntil(lambda: screen.currentWidget() is screen.mark_page)
    qtbot.waitUntil(lambda: screen.currentWidget() is screen.waiting_page, timeout=3000)
    assert _count(site) == 0


def test_the_feedback_kiosk_asks_everyone_by_touch_and_keeps_its_exit_for_staff(
        qtbot: QtBot, site: Site, language: LanguageSwitcher) -> None:
    window = KtoWindow(site.kto, site.queue.location(LOCATION), language=language,
                       check_staff=kiosk_exit_check(site.staff))
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    try:
        screen = window.questions
        assert screen.currentWidget() is screen.mark_page  # nothing to wait for here
        assert all(min(b.width(), b.height()) >= kto_screen.MARK_SIZE
                   for b in screen.mark_buttons)
        touch_targets = [*screen.mark_buttons, screen.no_thanks, screen.done,
                         *(b for g in screen.aspect_groups.values() for b in g.buttons())]
        _tap(qtbot, screen.mark_buttons[9])  # 10
        assert all(min(b.width(), b.height()) >= ASPECT_SIZE for b in touch_targets
                   if isinstance(b, QPushButton) and b.isVisible())
        assert window.language_button is not None
        _tap(qtbot, window.language_button)
        qtbot.waitUntil(lambda: screen.done.text() == "Done")
        _tap(qtbot, screen.done)
        qtbot.waitUntil(lambda: _count(site) == 1, timeout=5000)
        assert _marks(site) == [(10, None, None, None, None)]
        qtbot.waitUntil(lambda: screen.currentWidget() is screen.mark_page, timeout=3000)
        assert language.language == "nl"  # the next visitor starts in Dutch
        window.close()  # a visitor cannot close it: staff code and PIN first
        assert window.isVisible()
        assert window.kiosk is not None and window.kiosk.dialog is not None
        window.kiosk.dialog.reject()
    finally:
        assert window.kiosk is not None
        window.kiosk.locked = False
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)

