"""Issue 9 at the counter, on real windows driven by keys and clicks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.workstation.actions import click_when_enabled, wait_idle
from tests.ui.workstation.conftest import LOCATION, WindowFactory
from workstation.app import Site
from workstation.domain.queue import TicketState
from workstation.ui.counter_view import CounterView
from workstation.ui.i18n import LanguageSwitcher
from workstation.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _view(window: MainWindow) -> CounterView:
    assert window.counter is not None
    return window.counter


def _wait_state(qtbot: QtBot, view: CounterView, state: TicketState | None) -> None:
    qtbot.waitUntil(lambda: (view.current.state if view.current else None) == state
                    and not view._workplace.runner.busy)


def _key(qtbot: QtBot, view: CounterView, key: Qt.Key,
         modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(view.window(), key, modifier)


def _focus(qtbot: QtBot, widget: object) -> None:
    widget.window().activateWindow()  # type: ignore[attr-defined]
    widget.setFocus()  # type: ignore[attr-defined]
    qtbot.waitUntil(widget.hasFocus)  # type: ignore[attr-defined]


def test_waiting_list_keeps_scroll_position_and_selection_when_it_refreshes(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    for _ in range(30):
        site.queue.issue_ticket(LOCATION, "A")
    window = open_window(site, counter=1)
    window.resize(1024, 700)
    view = _view(window)
    waiting = view.waiting
    qtbot.waitUntil(lambda: waiting.topLevelItem(0) is not None
                    and waiting.topLevelItem(0).childCount() == 30)
    bar = waiting.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    middle = waiting.itemAt(QPoint(20, waiting.viewport().height() // 2))
    assert middle is not None
    chosen = middle.data(0, Qt.ItemDataRole.UserRole)
    qtbot.mouseClick(waiting.viewport(), Qt.MouseButton.LeftButton,
                     pos=waiting.visualItemRect(middle).center())
    assert waiting.selected_ticket() == chosen
    scrolled = bar.value()
    site.queue.issue_ticket(LOCATION, "B")  # a colleague's change: the list re-reads
    qtbot.waitUntil(lambda: "1 wachtend" in waiting.topLevelItem(1).text(0))
    window.refresh()
    wait_idle(qtbot, view)
    assert bar.value() == scrolled
    assert waiting.selected_ticket() == chosen
    assert waiting.currentItem() is waiting.ticket_item(chosen)


def test_a_background_refresh_leaves_the_focus_where_it_was(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    site.queue.issue_ticket(LOCATION, "A")
    window = open_window(site, counter=1)
    view = _view(window)
    qtbot.waitUntil(view.next.isEnabled)
    _focus(qtbot, view.next)
    window.refresh()
    assert view.next.isEnabled()  # a read never disables the buttons
    wait_idle(qtbot, view)
    assert view.next.hasFocus()


def test_enter_presses_the_focused_button(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    site.queue.issue_ticket(LOCATION, "A")
    view = _view(open_window(site, counter=1))
    qtbot.waitUntil(view.next.isEnabled)
    _focus(qtbot, view.next)
    qtbot.keyClick(view.next, Qt.Key.Key_Return)
    _wait_state(qtbot, view, TicketState.CALLED)


def test_the_third_call_warns_that_the_next_makes_a_no_show(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    site.queue.issue_ticket(LOCATION, "A")
    view = _view(open_window(site, counter=1))
    _key(qtbot, view, Qt.Key.Key_F5)
    _wait_state(qtbot, view, TicketState.CALLED)
    click_when_enabled(qtbot, view.recall)
    qtbot.waitUntil(lambda: view.current is not None and view.current.calls_made == 2)
    assert not view.card.warning.isVisible()
    click_when_enabled(qtbot, view.recall)
    qtbot.waitUntil(lambda: view.current is not None and view.current.calls_made == 3)
    assert view.card.warning.isVisible()
    assert view.card.warning.text() == (
        "Dit was oproep 3. Roept u nog een keer op (F6), dan wordt A001 'niet verschenen'.")
    click_when_enabled(qtbot, view.recall)
    _wait_state(qtbot, view, None)
    assert view.message.text() == "A001 niet verschenen (na 3 oproepen)"
    assert view.feedback.undo.isVisible()


def test_every_action_confirms_itself_and_finish_can_be_undone(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    site.queue.issue_ticket(LOCATION, "A")
    view = _view(open_window(site, counter=1))
    click_when_enabled(qtbot, view.next)
    _wait_state(qtbot, view, TicketState.CALLED)
    assert view.message.text() == "A001 opgeroepen"
    click_when_enabled(qtbot, view.start)
    _wait_state(qtbot, view, TicketState.SERVING)
    assert view.message.text() == "Gesprek met A001 gestart"
    assert not view.feedback.undo.isVisible()
    click_when_enabled(qtbot, view.finish)
    _wait_state(qtbot, view, None)
    assert view.message.text() == "A001 afgerond"
    assert view.feedback.undo.isVisible()
    click_when_enabled(qtbot, view.feedback.undo)
    _wait_state(qtbot, view, TicketState.SERVING)
    assert view.card.number.text() == "A001"
    assert view.message.text() == "A001 is teruggezet: u bent weer in gesprek."


def test_no_show_is_undone_with_ctrl_z(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    site.queue.issue_ticket(LOCATION, "A")
    view = _view(open_window(site, counter=1))
    _key(qtbot, view, Qt.Key.Key_F5)
    _wait_state(qtbot, view, TicketState.CALLED)
    _key(qtbot, view, Qt.Key.Key_F9)
    _wait_state(qtbot, view, None)
    assert view.message.text() == "A001 niet verschenen"
    _key(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    _wait_state(qtbot, view, TicketState.CALLED)


def test_the_undo_offer_ends_before_the_minute_is_over(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    site.queue.issue_ticket(LOCATION, "A")
    view = _view(open_window(site, counter=1))
    assert 50_000 < view._undo_timer.interval() < 60_000
    view._undo_timer.setInterval(50)  # the minute, shortened
    click_when_enabled(qtbot, view.next)
    _wait_state(qtbot, view, TicketState.CALLED)
    click_when_enabled(qtbot, view.no_show)
    _wait_state(qtbot, view, None)
    assert view.feedback.undo.isVisible()
    qtbot.waitUntil(lambda: not view.feedback.undo.isVisible())
    _key(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Er is niets om ongedaan te maken" in view.message.text()


@pytest.mark.parametrize(("key", "advice"), [
    (Qt.Key.Key_F8, "A001 is nog niet gestart. Kies eerst Start (F7), of Niet verschenen (F9)"),
    (Qt.Key.Key_F5, "U heeft A001 nog opgeroepen. Kies Start (F7)"),
])
def test_an_f_key_that_cannot_act_now_says_why_and_what_to_do(
        qtbot: QtBot, site: Site, open_window: WindowFactory, key: Qt.Key,
        advice: str) -> None:
    site.queue.issue_ticket(LOCATION, "A")
    view = _view(open_window(site, counter=1))
    _key(qtbot, view, Qt.Key.Key_F5)
    _wait_state(qtbot, view, TicketState.CALLED)
    _key(qtbot, view, key)
    assert advice in view.message.text()
    assert view.current is not None and view.current.state is TicketState.CALLED


def test_a_long_message_is_never_squashed(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    """The whole wrapped text shows, with room between it and the edge of its coloured box."""
    window = open_window(site, counter=1)
    window.resize(1024, 700)
    view = _view(window)
    view.show_message(" ".join(["Er is geen wachtnummer bij deze balie. Kies Volgende."] * 3))
    qtbot.waitUntil(view.message.isVisible)
    qtbot.wait(50)  # let the layout settle
    label = view.message
    assert label.height() >= label.heightForWidth(label.width())
    box: QWidget = label
    while not str(box.property("role") or "").startswith("message-"):
        parent = box.parentWidget()
        assert parent is not None, "a message has a coloured box"
        box = parent
    text = label.contentsRect().translated(label.mapTo(box, QPoint(0, 0)))
    room = (text.left(), text.top(), box.width() - text.right(), box.height() - text.bottom())
    assert min(room) >= 8, room


def test_the_transfer_note_shows_with_sender_and_time_in_the_list_and_on_the_card(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    ticket = site.queue.issue_ticket(LOCATION, "A").ticket
    sender = site.queue.counter_post(LOCATION, 2, "mw02")
    site.queue.call_next(sender)
    site.queue.transfer(sender, to_counter_number=1, note="Wil ook een uittreksel")
    view = _view(open_window(site, counter=1))
    qtbot.waitUntil(lambda: view.waiting.ticket_item(ticket.id) is not None)
    item = view.waiting.ticket_item(ticket.id)
    assert item is not None
    assert "→ balie 1" in item.text(0)
    note_row = item.child(0)
    assert note_row is not None and note_row.isFirstColumnSpanned()
    listed = note_row.text(0).strip()
    assert listed.startswith("Notitie van balie 2 (Bram), ")
    assert listed.endswith(": Wil ook een uittreksel")
    waiting = view.waiting
    assert waiting.visualItemRect(note_row).width() > waiting.columnWidth(0)  # whole row
    _key(qtbot, view, Qt.Key.Key_F5)
    _wait_state(qtbot, view, TicketState.CALLED)
    assert view.card.note.isVisible()
    note = view.card.note.text()
    assert note.startswith("Notitie van balie 2 (Bram), ")
    assert note.endswith(": Wil ook een uittreksel")


def test_f10_opens_transfer_with_only_the_other_active_counters_and_who_is_there(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    site.queue.issue_ticket(LOCATION, "A")
    site.queue.counter_post(LOCATION, 3, "mw03")
    view = _view(open_window(site, counter=1))
    _key(qtbot, view, Qt.Key.Key_F5)
    _wait_state(qtbot, view, TicketState.CALLED)
    _key(qtbot, view, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: view.transfer_dialog is not None)
    dialog = view.transfer_dialog
    assert dialog is not None
    offered = [dialog.counter.itemText(i) for i in range(dialog.counter.count())]
    assert "Balie 3 — Chantal" in offered
    assert not any(text.startswith("Balie 1 ") for text in offered)
    assert all(text.endswith("niemand aangemeld") for text in offered
               if not text.startswith("Balie 3 "))
    dialog.choose_counter(3)
    with qtbot.waitSignal(dialog.finished):
        dialog.buttons.accepted.emit()
    _wait_state(qtbot, view, None)
    assert view.message.text() == "A001 doorgestuurd naar balie 3"


def test_vandaag_lists_this_counters_visitors(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    site.queue.issue_ticket(LOCATION, "A")
    site.queue.issue_ticket(LOCATION, "B")
    view = _view(open_window(site, counter=1))
    for key in (Qt.Key.Key_F5, Qt.Key.Key_F7, Qt.Key.Key_F8):
        _key(qtbot, view, key)
        wait_idle(qtbot, view)
    other = site.queue.counter_post(LOCATION, 2, "mw02")
    site.queue.call_next(other)  # B001, at another counter
    view.tabs.setCurrentWidget(view.today)
    qtbot.waitUntil(lambda: view.today.numbers() == ["A001"])
    item = view.today.topLevelItem(0)
    assert item is not None and item.text(1) == "afgerond"


def test_shortcuts_and_button_texts_do_not_move_with_the_language(
        qtbot: QtBot, site: Site, open_window: WindowFactory,
        language: LanguageSwitcher) -> None:
    site.queue.issue_ticket(LOCATION, "A")
    view = _view(open_window(site, counter=1))
    language.set_language("en")
    qtbot.waitUntil(lambda: view.next.text() == "Next (F5)")
    for button in view.findChildren(QAbstractButton):
        assert "&" not in button.text(), button.text()
    assert view.transfer.text() == "Transfer (F10)"
    _key(qtbot, view, Qt.Key.Key_F5)
    _wait_state(qtbot, view, TicketState.CALLED)
    assert view.message.text() == "A001 called"


def test_a_banner_never_moves_the_buttons(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    window = open_window(site, counter=1)
    view = _view(window)
    qtbot.wait(50)  # the first layout pass
    before = view.next.mapTo(window, QPoint(0, 0))
    other = site.queue.counter_post(LOCATION, 2, "mw02")
    alarm_id = site.alarms.raise_alarm(other.location, other.counter, other.staff)
    desk = window.alarm_desk
    assert desk is not None
    qtbot.waitUntil(desk.panel.isVisible)
    qtbot.wait(50)
    assert view.next.mapTo(window, QPoint(0, 0)) == before
    site.alarms.close(other.location, alarm_id, other.staff, other.counter)
    qtbot.waitUntil(lambda: not desk.panel.isVisible())
    window.live.connection.emit(False)
    qtbot.waitUntil(window.connection_banner.isVisible)
    qtbot.wait(50)
    assert not window.header.isVisible()
    assert view.next.mapTo(window, QPoint(0, 0)) == before


def test_a_chosen_ticket_called_elsewhere_leaves_nothing_chosen(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    first = site.queue.issue_ticket(LOCATION, "A").ticket
    site.queue.issue_ticket(LOCATION, "A")
    view = _view(open_window(site, counter=1))
    qtbot.waitUntil(lambda: view.waiting.ticket_item(first.id) is not None)
    item = view.waiting.ticket_item(first.id)
    qtbot.mouseClick(view.waiting.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.waiting.visualItemRect(item).center())
    assert view.call_selected.isEnabled()
    site.queue.call_ticket(site.queue.counter_post(LOCATION, 2, "mw02"), first.id)
    qtbot.waitUntil(lambda: view.waiting.ticket_item(first.id) is None)
    assert view.waiting.selected_ticket() is None  # not the neighbour that moved up
    assert not view.call_selected.isEnabled()


def test_the_last_message_follows_a_language_switch(
        qtbot: QtBot, site: Site, open_window: WindowFactory,
        language: LanguageSwitcher) -> None:
    site.queue.issue_ticket(LOCATION, "A")
    view = _view(open_window(site, counter=1))
    _key(qtbot, view, Qt.Key.Key_F5)
    _wait_state(qtbot, view, TicketState.CALLED)
    assert view.message.text() == "A001 opgeroepen"
    language.set_language("en")
    qtbot.waitUntil(lambda: view.message.text() == "A001 called")
    _key(qtbot, view, Qt.Key.Key_F8)
    assert view.message.text().startswith("A001 has not been started yet.")
    language.set_language("nl")
    qtbot.waitUntil(lambda: view.message.text().startswith("A001 is nog niet gestart."))


def test_a_low_screen_with_an_alarm_and_a_third_call_squashes_nothing(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    """Seen in the office run: at 1024x700, with a colleague's alarm above and the third-call
    warning on the card, the buttons lay over each other and the warning lost its text. The
    column scrolls instead: every widget keeps at least the height it needs."""
    site.queue.issue_ticket(LOCATION, "A")
    window = open_window(site, counter=1)
    window.resize(1024, 700)
    view = _view(window)
    _key(qtbot, view, Qt.Key.Key_F5)
    _wait_state(qtbot, view, TicketState.CALLED)
    for _ in range(2):
        _key(qtbot, view, Qt.Key.Key_F6)
        qtbot.waitUntil(lambda: not view._workplace.runner.busy)
    qtbot.waitUntil(lambda: view.current is not None and view.current.calls_made == 3)
    other = site.queue.counter_post(LOCATION, 2, "mw02")
    site.alarms.raise_alarm(other.location, other.counter, other.staff)
    desk = window.alarm_desk
    assert desk is not None
    qtbot.waitUntil(desk.panel.isVisible)
    qtbot.wait(50)  # let the layout settle
    buttons = [view.next, view.recall, view.no_show, view.start, view.finish, view.transfer]
    for widget in [*buttons, view.card.number, view.card.warning]:
        assert widget.height() >= widget.minimumSizeHint().height(), widget
    areas = [b.geometry().translated(b.mapTo(view, QPoint(0, 0)) - b.pos()) for b in buttons]
    for index, area in enumerate(areas):
        assert not any(area.intersects(other) for other in areas[index + 1:])
