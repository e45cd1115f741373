"""Render every workstation screen offscreen to docs/screenshots/*.png on a demo database.

    QT_QPA_PLATFORM=offscreen python scripts/render_screenshots.py [--out docs/screenshots]

All screens show one queue, in one story: the morning's tickets, a visitor that counter 3
sent on to counter 2 with a note, reception issuing the next ticket, a visitor at the kiosk,
then counter 2 serving the transferred visitor (in Dutch and in English).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import Future
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from workstation.app import Site, open_site
from workstation.devices.status import DeviceStatus
from workstation.domain.customer import Backlog
from workstation.domain.kto import Aspect, MarkPlace
from workstation.domain.queue import utc_now
from workstation.domain.staff import Permission
from workstation.services.device_ports import (
    DeviceKind,
    DeviceState,
    DeviceStateHandler,
)
from workstation.services.queue_service import IssuedTicket, QueueService
from workstation.services.staff_service import DEMO_PIN, SiteOperator
from workstation.store.queue_reader import SqlQueueReader
from workstation.store.queue_uow import SqlQueueUnitOfWork
from workstation.ui.i18n import LanguageSwitcher
from workstation.ui.kto_window import KtoWindow
from workstation.ui.main_window import MainWindow, Role
from workstation.ui.sign_in_window import SignInWindow
from workstation.ui.supervisor_window import SupervisorWindow

SIZE = (1366, 800)
SUPERVISOR_SIZE = (1366, 1000)
KIOSK_SIZE = (1024, 768)
LOCATION = "BOZ"
TRANSFER_NOTE = "Wil ook een uittreksel BRP"


class ShowcaseDevices:
    """A simulated printer and ID scanner that print at once."""

    def states(self) -> list[DeviceState]:
        return [
            DeviceState(DeviceKind.PRINTER, "Bonprinter balie", DeviceStatus.SIMULATED, True),
            DeviceState(DeviceKind.ID_READER, "ID-scanner", DeviceStatus.READY, False),
        ]

    def subscribe(self, on_state: DeviceStateHandler) -> None:
        """States never change here."""

    def print_ticket(self, issued: IssuedTicket, language: str) -> Future[None]:
        future: Future[None] = Future()
        future.set_result(None)
        return future

    def on_scanned_code(self, on_code: Callable[[str], None]) -> None:
        """Nothing is scanned here."""

    def close(self) -> None:
        """Nothing to release."""


def _minutes_ago(minutes: float) -> datetime:
    return utc_now() - timedelta(minutes=minutes)


def _past(site: Site, minutes_ago: float) -> QueueService:
    return QueueService(lambda: SqlQueueUnitOfWork(site.database),
                        SqlQueueReader(site.database), clock=partial(_minutes_ago, minutes_ago))


def seed_queue(site: Site) -> str:
    """Tickets issued some minutes ago, so the waiting list shows every norm band, and one
    that counter 3 sent on to counter 2 with a note; returns that ticket's id."""
    for minutes_ago, letter in ((13, "A"), (11, "B"), (8, "A"), (8, "C"), (6, "D"), (4, "A"),
                                (3, "F"), (2, "B"), (1, "A")):
        _past(site, minutes_ago).issue_ticket(LOCATION, letter)
    sender = _past(site, 5).counter_post(LOCATION, 3, "mw03")
    called = _past(site, 5).call_next(sender)
    assert called is not None
    _past(site, 2).transfer(sender, to_counter_number=2, note=TRANSFER_NOTE)
    return called.id


def wait_for(app: QApplication, condition: Callable[[], bool], seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("screen did not get its data in time")
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def save(app: QApplication, widget: QWidget, path: Path) -> None:
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(path))
    print(f"wrote {path}")


def render(out: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    language = LanguageSwitcher(app)
    language.set_language("nl")
    with tempfile.TemporaryDirectory() as tmp:
        site = open_site(f"sqlite:///{Path(tmp) / 'site.sqlite3'}", demo=True)
        try:
            transferred = seed_queue(site)
            _render_all(app, site, language, out, transferred)
        finally:
            site.close()


def _window(site: Site, language: LanguageSwitcher, role: Role, counter: int = 2,
            ) -> MainWindow:
    location = site.queue.location(LOCATION)
    post = site.queue.counter_post(LOCATION, counter, f"mw0{counter}") \
        if role == "counter" else None
    window = MainWindow(site.queue, site.followers, location, ShowcaseDevices(), language, role,
                        post, check_staff=lambda code, _pin: code, alarms=site.alarms,
                        health=site.health, staff_service=site.staff)
    window.resize(*(KIOSK_SIZE if role == "kiosk" else SIZE))
    window.start()
    window.show()
    return window


def _close(window: MainWindow) -> None:
    if window.kiosk is not None:
        window.kiosk.locked = False
    window.close()
    window.deleteLater()


def _render_all(app: QApplication, site: Site, language: LanguageSwitcher, out: Path,
                transferred: str) -> None:
    reception = _window(site, language, "reception")
    assert reception.intake is not None and reception.intake.day is not None
    intake, day = reception.intake, reception.intake.day
    wait_for(app, lambda: reception.snapshot is not None and bool(intake.start.buttons)
             and "wachtend" in intake.start.buttons["A"].text()
             and len(day.tickets.tickets) >= 9)
    save(app, reception, out / "reception.png")
    intake.start.buttons["A"].click()
    wait_for(app, lambda: intake.issued is not None
             and not intake.ticket.print_status.text().endswith("…"))
    save(app, reception, out / "reception-ticket.png")
    _close(reception)

    kiosk = _window(site, language, "kiosk")
    assert kiosk.intake is not None
    kiosk_intake = kiosk.intake
    wait_for(app, lambda: kiosk.snapshot is not None and bool(kiosk_intake.start.buttons))
    save(app, kiosk, out / "kiosk.png")
    kiosk_intake.start.buttons["B"].click()
    wait_for(app, lambda: kiosk_intake.issued is not None
             and not kiosk_intake.ticket.print_status.text().endswith("…"))
    save(app, kiosk, out / "kiosk-ticket.png")
    _close(kiosk)

    counter = _window(site, language, "counter", counter=2)
    view = counter.counter
    assert view is not None
    wait_for(app, lambda: counter.snapshot is not None
             and view.waiting.ticket_item(transferred) is not None)
    save(app, counter, out / "counter-waiting-note.png")
    item = view.waiting.ticket_item(transferred)
    assert item is not None
    view.waiting.setCurrentItem(item)
    view.call_selected.click()
    wait_for(app, lambda: view.current is not None)
    view.start.click()
    wait_for(app, lambda: view.current is not None and view.current.state == "serving"
             and not counter.runner.busy)
    save(app, counter, out / "counter.png")
    language.set_language("en")
    wait_for(app, lambda: view.next.text() == "Next (F5)")
    save(app, counter, out / "counter-en.png")
    language.set_language("nl")
    wait_for(app, lambda: view.next.text() == "Volgende (F5)")

    site.queue.counter_post(LOCATION, 4, "mw04")  # a colleague the transfer dialog offers
    view.transfer.click()
    wait_for(app, lambda: view.transfer_dialog is not None)
    dialog = view.transfer_dialog
    assert dialog is not None
    dialog.choose_counter(4)
    dialog.note.setText("Vraagt naar de status van de aanvraag")
    save(app, dialog, out / "transfer-dialog.png")
    dialog.reject()

    render_alarm_on_colleague_screen(app, site, counter, out)

    counter._show_connection(False)  # what a lost database looks like
    save(app, counter, out / "disconnected-banner.png")
    _close(counter)
    _render_staff_screens(app, site, language, out)
    _render_supervision(app, site, language, out)


def _render_staff_screens(app: QApplication, site: Site, language: LanguageSwitcher,
                          out: Path) -> None:
    """Sign-in (a wrong PIN), choosing a first PIN, a paused counter, the kiosk exit."""
    location = site.queue.location(LOCATION)
    sign_in = SignInWindow(site.staff, location, Permission.CALL, "mw03")
    sign_in.resize(*SIZE)
    sign_in.show()
    page = sign_in.page
    page.pin.setText("918273")
    page.submit.click()
    wait_for(app, lambda: page.message.isVisible() and not sign_in.runner.busy)
    page.pin.setText("739105")
    save(app, sign_in, out / "sign-in.png")
    site.staff.clear_pin(SiteOperator(), "mw05")
    page.reset("mw05")
    page.pin.setText("1")
    page.submit.click()
    wait_for(app, lambda: page.first_pin and not sign_in.runner.busy)
    page.new_pin.setText("739105")
    save(app, sign_in, out / "sign-in-first-pin.png")
    sign_in.shutdown()
    sign_in.close()
    sign_in.deleteLater()

    paused = _window(site, language, "counter", counter=3)
    bar = paused.staff_bar
    assert bar is not None
    wait_for(app, lambda: paused.snapshot is not None)
    bar.pause.click()
    wait_for(app, lambda: bar.paused)
    save(app, paused, out / "counter-paused.png")
    bar.pause.click()  # Hervatten: back to work, then a visitor who must fetch a document
    wait_for(app, lambda: not bar.paused)
    view = paused.counter
    assert view is not None
    view.next.click()
    wait_for(app, lambda: view.current is not None and not paused.runner.busy)
    view.parked_panel.park.click()
    wait_for(app, lambda: view.parked_panel.tickets.count() == 1 and not paused.runner.busy)
    save(app, paused, out / "counter-parked.png")
    _close(paused)

    kiosk = _window(site, language, "kiosk")
    guard = kiosk.kiosk
    assert guard is not None
    wait_for(app, lambda: kiosk.snapshot is not None)
    guard.ask_staff_code()
    wait_for(app, lambda: guard.dialog is not None)
    assert guard.dialog is not None
    guard.dialog.code.setText("mw02")
    guard.dialog.pin.setText("482615")
    save(app, guard.dialog, out / "kiosk-exit.png")
    guard.dialog.reject()
    _close(kiosk)


def _render_supervision(app: QApplication, site: Site, language: LanguageSwitcher,
                        out: Path) -> None:
    """The visitor's mark at counter 2's customer screen, then the supervisor's board with
    today's marks, a paused colleague and two workstations' backlog."""
    location = site.queue.location(LOCATION)
    kto = KtoWindow(site.kto, location, counter_number=2)
    kto.resize(*KIOSK_SIZE)
    kto.show()
    screen = kto.questions
    kto.ask_after_visit("A")
    save(app, kto, out / "kto.png")
    screen.mark_buttons[7].click()
    for aspect, mark in ((Aspect.WACHTTIJD, 6), (Aspect.VRIENDELIJKHEID, 9)):
        button = screen.aspect_groups[aspect].button(mark)
        assert button is not None
        button.click()
    save(app, kto, out / "kto-aspects.png")
    language.set_language("en")
    wait_for(app, lambda: screen.done.text() == "Done")
    save(app, kto, out / "kto-aspects-en.png")
    language.set_language("nl")
    screen.done.click()
    kto.close()
    kto.shutdown()
    kto.deleteLater()

    for counter, mark in ((2, 8), (3, 6), (1, 9), (4, 5)):
        site.kto.give(MarkPlace(location.municipality.code, LOCATION, "balie", "A", counter),
                      mark)
    site.staff.pause(site.queue.counter_post(LOCATION, 3, "mw03"))
    site.backlog_heartbeat("BOZ-02", LOCATION, "counter").report(Backlog(2, 0))
    site.backlog_heartbeat("BOZ-05", LOCATION, "reception").report(
        Backlog(7, 1, "Het klantcontactsysteem is niet bereikbaar."))
    supervisor = SupervisorWindow(site.supervision, location, language,
                                  site.staff.sign_in("mw04", DEMO_PIN), demo=True)
    supervisor.resize(*SUPERVISOR_SIZE)
    supervisor.start()
    supervisor.show()
    wait_for(app, lambda: supervisor.board is not None and bool(supervisor.measures.scopes))
    save(app, supervisor, out / "supervisor.png")
    language.set_language("en")
    wait_for(app, lambda: supervisor.sign_out.text() == "Sign out")
    save(app, supervisor, out / "supervisor-en.png")
    language.set_language("nl")
    wait_for(app, lambda: supervisor.sign_out.text() == "Afmelden")
    card = supervisor.cards[LOCATION]
    card.ticker.click()
    wait_for(app, lambda: supervisor.dialog is not None)
    assert supervisor.dialog is not None
    save(app, supervisor.dialog, out / "supervisor-ticker.png")
    supervisor.dialog.reject()
    supervisor.close()
    supervisor.deleteLater()


def render_alarm_on_colleague_screen(app: QApplication, site: Site, counter: MainWindow,
                                     out: Path) -> None:
    """Counter 4 raises an alarm, counter 1 answers "Ik kom": what counter 2 sees."""
    raiser = site.queue.counter_post(LOCATION, 4, "mw04")
    helper = site.queue.counter_post(LOCATION, 1, "mw01")
    alarm_id = site.alarms.raise_alarm(raiser.location, raiser.counter, raiser.staff)
    wait_for(app, lambda: counter.snapshot is not None and bool(counter.snapshot.alarms))
    site.alarms.respond(helper.location, alarm_id, helper.staff, helper.counter)
    wait_for(app, lambda: counter.snapshot is not None
             and any(a.responders for a in counter.snapshot.alarms))
    save(app, counter, out / "alarm-banner.png")
    site.alarms.close(raiser.location, alarm_id, raiser.staff, raiser.counter)
    wait_for(app, lambda: counter.snapshot is not None and not counter.snapshot.alarms)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path,
                        default=Path(__file__).resolve().parent.parent / "docs" / "screenshots")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    render(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
