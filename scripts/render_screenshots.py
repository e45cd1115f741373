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

from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from workstation.app import Site, open_site
from workstation.desk_demo import seed_desk_history
from workstation.devices.cardreader.emulator import NL_SPECIMEN_MRZ, ChipDocument, EmulatedChip
from workstation.devices.cardreader.emulator_pki import SigningCountry
from workstation.devices.cardreader.face import build_dg2
from workstation.devices.cardreader.passive_auth import TrustStore
from workstation.devices.cardreader.sim_backend import SPECIMEN_FACE, SimulatedChipReader
from workstation.devices.idreader.sim_backend import SimulatedIdReader
from workstation.devices.manager import DeviceManager
from workstation.devices.status import DeviceStatus
from workstation.domain.customer import Backlog
from workstation.domain.desk import CallbackDraft, Uitkomst
from workstation.domain.kto import Aspect, MarkPlace
from workstation.domain.order import (
    DocumentRequest,
    IdentityCheck,
    PaymentMethod,
    ReceiptText,
)
from workstation.domain.overview import CurrentTicketView
from workstation.domain.person import ByBsn, LookupPurpose, Person
from workstation.domain.queue import TicketKind, TicketState, utc_now
from workstation.domain.site import LocationInfo
from workstation.domain.staff import Permission
from workstation.kcc import open_kcc
from workstation.services.catalogue_service import CatalogueService
from workstation.services.contact_service import KeyConfig
from workstation.services.device_ports import (
    DeviceBoard,
    DeviceKind,
    DeviceState,
    DeviceStateHandler,
)
from workstation.services.order_service import OrderService, ProducedDocument
from workstation.services.queue_service import IssuedTicket, QueueService
from workstation.services.staff_service import DEMO_PIN, SiteOperator
from workstation.settings import Settings
from workstation.store.local.database import WorkstationDatabase
from workstation.store.local.order_store import OrderStore
from workstation.store.queue_reader import SqlQueueReader
from workstation.store.queue_uow import SqlQueueUnitOfWork
from workstation.sync.embedded_brp import EmbeddedPersonDirectory
from workstation.ui.cash_summary import CashSummaryDialog
from workstation.ui.desk_panel import DeskPanel, DeskSetup
from workstation.ui.i18n import LanguageSwitcher
from workstation.ui.kto_window import KtoWindow
from workstation.ui.main import desk_setup
from workstation.ui.main_window import MainWindow, Role
from workstation.ui.order_panel import CounterVisit, OrderPanel, OrderSetup
from workstation.ui.product_info import ProductBrowser
from workstation.ui.sign_in_window import SignInWindow
from workstation.ui.style import Theme, stylesheet
from workstation.ui.supervisor_window import SupervisorWindow
from workstation.ui.tasks import TaskRunner
from workstation.wiring.device_board import ManagedDeviceBoard

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
            _render_desk_screens(app, site, language, out, Path(tmp) / "kcc")
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
    _render_order_screens(app, site, language, out)
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


def _readers() -> ManagedDeviceBoard:
    """The simulated ID reader and chip reader, with the Dutch specimen passport."""
    country = SigningCountry.generate()
    document = ChipDocument(NL_SPECIMEN_MRZ, signer=country, other_data_groups={
        2: build_dg2(SPECIMEN_FACE, width=8, height=8)})
    chip = SimulatedChipReader(EmulatedChip(document, access="pace"), apdu_latency_s=0,
                               trust=(TrustStore((country.csca,)), ""))
    return ManagedDeviceBoard(DeviceManager(
        None, SimulatedIdReader(latency_s=0, line_timeout_s=0.05), chip))


def _desk_window(site: Site, language: LanguageSwitcher, role: Role, desk: DeskSetup,
                 devices: DeviceBoard, staff: str) -> MainWindow:
    location = site.queue.location(LOCATION)
    post = site.queue.counter_post(LOCATION, 2, staff) if role == "counter" else None
    window = MainWindow(site.queue, site.followers, location, devices, language, role, post,
                        check_staff=lambda code, _pin: code, alarms=site.alarms,
                        health=site.health, staff_service=site.staff, desk=desk,
                        staff=site.staff.sign_in(staff, DEMO_PIN))
    window.resize(*SIZE)
    window.start()
    window.show()
    return window


def _render_desk_screens(app: QApplication, site: Site, language: LanguageSwitcher, out: Path,
                         kcc_dir: Path) -> None:
    """The KCC desk: a passport identifies the visitor, the history, a two-question contact
    with a callback request, several results, the team's callbacks, the lock, the phone."""
    kcc = open_kcc(Settings(demo=True, data_dir=str(kcc_dir)))
    readers = _readers()
    try:
        showcase = ShowcaseReceipts()
        orders = OrderSetup(kcc.order_service(showcase, showcase), site.catalogue,
                            lambda doc: f"{doc.kind}-{doc.document_number}.pdf")
        setup = desk_setup(kcc, site.queue.location(LOCATION), Settings().desk, orders=orders)
        assert setup is not None
        seed_desk_history(kcc, setup.service, callback_done=False)
        counter = _desk_window(site, language, "counter", setup, readers, "mw02")
        desk = counter.desk
        assert desk is not None and counter.counter is not None
        view = counter.counter
        wait_for(app, lambda: counter.snapshot is not None)
        site.queue.issue_ticket(LOCATION, "A")
        view.next.click()
        wait_for(app, lambda: view.current is not None and not counter.runner.busy)
        view.start.click()
        wait_for(app, lambda: view.current is not None and view.current.state == "serving")
        readers.manager.present_simulated_document("nl-paspoort-specimen").result(10)
        wait_for(app, lambda: desk.person is not None and bool(desk.history.entries)
                 and not desk.person_panel.photo.pixmap().isNull())
        save(app, counter, out / "desk-person.png")
        language.set_language("en")
        wait_for(app, lambda: view.next.text() == "Next (F5)")
        save(app, counter, out / "desk-person-en.png")
        language.set_language("nl")
        wait_for(app, lambda: view.next.text() == "Volgende (F5)")
        _render_counter_order(app, counter, out)
        _render_contact(app, counter, desk, out)
        desk.tabs.setCurrentWidget(desk.callbacks)
        wait_for(app, lambda: desk.callbacks.list.topLevelItemCount() > 0)
        item = desk.callbacks.list.topLevelItem(0)
        assert item is not None
        desk.callbacks.list.setCurrentItem(item)
        save(app, counter, out / "desk-callbacks.png")
        desk.wipe()
        desk.search("2272BV 54")
        wait_for(app, desk.identify.results.isVisible)
        save(app, counter, out / "desk-results.png")
        assert counter.lock is not None
        counter.lock.lock()
        save(app, counter, out / "desk-lock.png")
        _close(counter)
        phone = _desk_window(site, language, "phone", setup, ShowcaseDevices(), "mw03")
        assert phone.phone is not None
        wait_for(app, lambda: phone.snapshot is not None)
        phone.phone.incoming("+31612345678")
        phone.phone.desk.form.editors[0].onderwerp.setText("grofvuil ophalen")
        save(app, phone, out / "phone.png")
        _close(phone)
    finally:
        readers.close()
        kcc.close()


def _render_counter_order(app: QApplication, counter: MainWindow, out: Path) -> None:
    """The visit's Bestelling tab: the identified visitor's uittreksel BRP, checklist ticked,
    paid by pin, ready for Afrekenen."""
    panel, view, desk = counter.orders, counter.counter, counter.desk
    assert panel is not None and view is not None and desk is not None
    view.tabs.setCurrentWidget(panel)
    wait_for(app, lambda: panel.browser.picker.list.count() > 0
             and "Identiteit gecontroleerd" in panel.identity.text())
    panel.browser.picker.search.setText("uittreksel brp")
    panel.add_button.click()
    for box in panel.checklist.boxes:
        box.setChecked(True)
    panel.payment.reference.setText("STAN 004512")
    panel.browser.picker.search.clear()
    save(app, counter, out / "counter-order.png")
    view.tabs.setCurrentWidget(desk)


def _render_contact(app: QApplication, counter: MainWindow, desk: DeskPanel, out: Path) -> None:
    form = desk.form
    desk.tabs.setCurrentWidget(form)
    first = form.editors[0]
    first.onderwerp.setText("paspoort")
    first.notitie.setPlainText("Vraagt wanneer het nieuwe paspoort klaar is; zaak nagekeken.")
    first.zaak.setCurrentIndex(1)
    form.add_question.click()
    second = form.editors[1]
    second.onderwerp.setText("afvalpas")
    second.uitkomst.setCurrentIndex(second.uitkomst.findData(
        Uitkomst.CONTACTVERZOEK_GEMAAKT.value))
    form._ask_callback(second)
    dialog = form.callback_dialog
    assert dialog is not None
    dialog.toelichting.setPlainText("Pas werkt niet bij de container in de Hunzestraat.")
    dialog.phone1.setText("0612345678")
    save(app, dialog, out / "desk-callback-dialog.png")
    dialog.accept()
    wait_for(app, lambda: form.callback_dialog is None)
    second.set_callback(CallbackDraft(second.callback.actoren if second.callback else (),
                                      "Pas werkt niet bij de container in de Hunzestraat.",
                                      ("0612345678",)))
    save(app, counter, out / "desk-contact.png")
class ShowcaseReceipts:
    """A receipt printer and a document maker that are done at once (nothing is printed)."""

    def print_receipt(self, receipt: ReceiptText) -> None:
        """The receipt is taken at once."""

    def produce(self, request: DocumentRequest) -> ProducedDocument:
        number = f"{request.municipality.code}-{request.issued_on:%Y%m%d}-SHOWCASE"
        return ProducedDocument(number, request.kind, b"%PDF-1.7")


def _render_order_screens(app: QApplication, site: Site, language: LanguageSwitcher,
                          out: Path) -> None:
    """The order panel at counter 2: a demo visitor (an RvIG test person, document matched)
    renewing a driving licence with one item still missing, in Dutch and English; then the
    kasopmaak after a morning of orders."""
    person = EmbeddedPersonDirectory().find(
        ByBsn("999993653"), LookupPurpose("BRPACT-AlgemeneTaken", "Algemeen@KCC", "mw02"))[0]
    with tempfile.TemporaryDirectory() as folder:
        database = WorkstationDatabase.in_directory(Path(folder))
        catalogue = site.catalogue
        orders = OrderService(OrderStore(database), catalogue, KeyConfig(2, "LOK"),
                              ShowcaseReceipts(), ShowcaseReceipts())
        location = site.queue.location(LOCATION)
        page = QWidget()
        page.setObjectName("page")
        page.setStyleSheet(stylesheet(Theme(primary=location.municipality.primary_colour)))
        panel = OrderPanel(orders, catalogue, location, 2, language,
                           lambda doc: f"{doc.kind}-{doc.document_number}.pdf")
        QVBoxLayout(page).addWidget(panel)
        page.resize(1180, 880)
        page.show()
        panel.load()
        try:
            wait_for(app, lambda: panel.browser.picker.list.count() > 0)
            morning = [("uittreksel", PaymentMethod.PIN), ("paspoort", PaymentMethod.PIN),
                       ("uittreksel", PaymentMethod.CONTANT), ("parkeer", PaymentMethod.PIN),
                       ("legalisatie", PaymentMethod.CONTANT),
                       ("vog", PaymentMethod.OP_REKENING)]
            for number, (search, method) in enumerate(morning, start=1):
                _showcase_order(app, panel, person, number, search, method)
            panel.set_visit(_showcase_visit(person, 9))
            _showcase_order(app, panel, person, 9, "uittreksel brp", PaymentMethod.PIN)
            panel.browser.picker.search.setText("rijbewijs verl")
            panel.add_button.click()
            for box in panel.checklist.boxes[:-2]:
                box.setChecked(True)
            panel.payment.reference.setText("STAN 004512")
            save(app, page, out / "order-checklist-rijbewijs.png")
            panel.browser.picker.search.clear()
            save(app, page, out / "order-panel.png")
            language.set_language("en")
            wait_for(app, lambda: panel.checkout_button.text() == "Check out (Ctrl+Enter)")
            save(app, page, out / "order-panel-en.png")
            language.set_language("nl")
            wait_for(app, lambda: panel.checkout_button.text() == "Afrekenen (Ctrl+Enter)")
            panel.cash_button.click()
            dialog = panel.findChild(CashSummaryDialog)
            assert dialog is not None
            wait_for(app, lambda: dialog.summary is not None)
            save(app, dialog, out / "kasopmaak.png")
            dialog.reject()
            _render_kiosk_product_info(app, catalogue, location, language, panel.runner, out)
        finally:
            panel.shutdown()
            page.deleteLater()
            database.dispose()


def _render_kiosk_product_info(app: QApplication, catalogue: CatalogueService,
                               location: LocationInfo, language: LanguageSwitcher,
                               runner: TaskRunner, out: Path) -> None:
    """The same product on the kiosk: the read-only browser, touch style, no search field."""
    page = QWidget()
    page.setObjectName("page")
    page.setStyleSheet(stylesheet(Theme(primary=location.municipality.primary_colour,
                                        touch=True)))
    kiosk = ProductBrowser(catalogue, location.municipality.code, runner, language,
                           searchable=False)
    QVBoxLayout(page).addWidget(kiosk)
    page.resize(*KIOSK_SIZE)
    page.show()
    kiosk.load()
    wait_for(app, lambda: kiosk.picker.list.count() > 0)
    items = kiosk.picker.list
    items.setCurrentRow(next(
        i for i in range(items.count()) if items.item(i).text().startswith("Rijbewijs verl")))
    save(app, page, out / "kiosk-product-info.png")
    page.deleteLater()


def _showcase_visit(person: Person, number: int) -> CounterVisit:
    called = utc_now()
    ticket = CurrentTicketView(f"showcase-{number}", f"A{number:03d}", 1, "Burgerzaken",
                               "Civil affairs", TicketState.SERVING, TicketKind.WALK_IN, called,
                               timedelta(minutes=4), 1)
    return CounterVisit(ticket, person, IdentityCheck.MATCHED, called)


def _showcase_order(app: QApplication, panel: OrderPanel, person: Person, number: int,
                    search: str, method: PaymentMethod) -> None:
    panel.set_visit(_showcase_visit(person, number))
    panel.browser.picker.search.setText(search)
    panel.add_button.click()
    for box in panel.checklist.boxes:
        box.setChecked(True)
    panel.payment.methods[method].setChecked(True)
    panel.payment.reference.setText(f"STAN {number:06d}")
    panel.checkout_button.click()
    wait_for(app, lambda: panel.last_order is not None and not panel.runner.busy)


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
