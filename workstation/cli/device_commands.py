"""``devices list`` and ``devices test printer|idreader|cardreader``: diagnostics for IT.

Every test exits 0 only when the device did its job (a ticket printed, a document read, a chip
read with matching DG1 and hash), 1 when it did not, 2 when the settings do not allow it. The
output is plain Dutch; a BSN and a document number only ever appear masked.
"""

from __future__ import annotations

import argparse
import queue
import time
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from datetime import UTC, datetime
from decimal import Decimal
from typing import TypeVar

from workstation.devices.cardreader import ChipReadResult
from workstation.devices.cardreader.config import CardReaderConfig
from workstation.devices.cardreader.verdict import Outcome
from workstation.devices.idreader import IdReaderConfig, MrzDocument, MrzError
from workstation.devices.idreader.mrz import CheckOutcome
from workstation.devices.manager import DeviceManager, build_device_manager, device_name
from workstation.devices.printer import PrinterConfig, ReceiptLine, ReceiptPrint, TicketPrint
from workstation.devices.status import DeviceKind, DeviceState, DeviceStatus
from workstation.domain.bsn import mask_bsn, mask_identifier
from workstation.domain.errors import UserFacingError
from workstation.settings import Settings

T = TypeVar("T")

DEFAULT_TIMEOUT_S = 30.0

STATUS_LABELS = {
    DeviceStatus.READY: "klaar",
    DeviceStatus.DEGRADED: "let op",
    DeviceStatus.OFFLINE: "werkt niet",
    DeviceStatus.SIMULATED: "gesimuleerd",
}
NOT_CONFIGURED = {
    DeviceKind.PRINTER: "Er is geen bonprinter ingesteld op deze werkplek.",
    DeviceKind.ID_READER: "Er is geen documentlezer ingesteld op deze werkplek.",
    DeviceKind.CARD_READER: "Er is geen chiplezer ingesteld op deze werkplek.",
}

CHECK_FIELDS = {
    "document number": "documentnummer",
    "birth date": "geboortedatum",
    "expiry date": "geldigheid",
    "personal number": "persoonsnummer",
    "optional data": "aanvullende gegevens",
    "composite": "totaal",
}
CHECK_OUTCOMES = {
    CheckOutcome.VALID: "ok",
    CheckOutcome.CORRECTED: "ok na herstel O/0",
    CheckOutcome.ABSENT: "leeg",
}

DUTCH_TEST_TEXT = "ë é è ê ï ö ü ó á à ç ĳ IJ € ’ ‘ “ ” – …"
"""Every character a Dutch ticket needs, including the ones the printer must map (ĳ, quotes)."""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    devices = commands.add_parser("devices", help="the hardware of this workstation")
    actions = devices.add_subparsers(dest="devices_command", required=True, metavar="ACTION")

    listing = actions.add_parser(
        "list", help="configured devices and their status (exit 1 when one does not work)"
    )
    _common(listing)
    listing.set_defaults(handler=_list)

    test = actions.add_parser("test", help="try one device; exit 0 only when it works")
    test.add_argument("device", choices=[kind.value for kind in DeviceKind])
    test.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT_S,
                      help=f"seconds to wait for the device (default {DEFAULT_TIMEOUT_S:.0f})")
    test.add_argument("--mrz", action="append", metavar="LINE",
                      help="chip reader: an MRZ line of the document on the reader (repeat per "
                           "line); without it the MRZ is read from the ID reader first")
    test.add_argument("--can", metavar="DIGITS",
                      help="chip reader: the card access number (6 digits on an ID card) as "
                           "the PACE password instead of the MRZ")
    _common(test)
    test.set_defaults(handler=_test)


def _common(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: without the flag here, the global ``--demo`` (before the command) still counts.
    parser.add_argument("--demo", action="store_true", default=argparse.SUPPRESS,
                        help="simulated devices where none are configured")


# -- devices list ----------------------------------------------------------------------------


def _list(_args: argparse.Namespace, settings: Settings) -> int:
    with _manager(settings) as manager:
        states = {state.kind: state for state in manager.refresh(timeout_s=DEFAULT_TIMEOUT_S)}
    print(f"{'apparaat':<20} {'status':<12} {'aansluiting':<32} toelichting")
    works = True
    for kind in DeviceKind:
        state = states.get(kind)
        if state is None:
            name = device_name(kind, _config(settings, kind))
            print(f"{name:<20} {'-':<12} {'niet ingesteld':<32}")
            continue
        works = works and state.status is not DeviceStatus.OFFLINE
        print(f"{state.name:<20} {STATUS_LABELS[state.status]:<12} "
              f"{_connection(settings, kind):<32} {state.message}".rstrip())
    return 0 if works else 1


def _config(settings: Settings, kind: DeviceKind,
            ) -> PrinterConfig | IdReaderConfig | CardReaderConfig:
    devices = settings.devices
    configs: dict[DeviceKind, PrinterConfig | IdReaderConfig | CardReaderConfig] = {
        DeviceKind.PRINTER: devices.printer,
        DeviceKind.ID_READER: devices.idreader,
        DeviceKind.CARD_READER: devices.cardreader,
    }
    return configs[kind]


def _connection(settings: Settings, kind: DeviceKind) -> str:
    """Where the device is, from the settings (the simulated backend where demo chose it)."""
    config = _config(settings, kind)
    if config.backend in {"none", "simulated"}:
        return "gesimuleerd"
    if isinstance(config, PrinterConfig):
        return {
            "network": f"netwerk {config.host}:{config.port}",
            "usb": f"USB {config.usb_vendor_id or 0:04x}:{config.usb_product_id or 0:04x}",
            "serial": f"serieel {config.serial_device}",
            "system_queue": f"afdrukwachtrij {config.queue_name or '(standaard)'}",
            "file": f"bestand {config.file_path}",
        }[config.backend]
    if isinstance(config, IdReaderConfig):
        return f"serieel {config.port}" if config.backend == "serial" else "toetsenbord (wedge)"
    return f"PC/SC {config.reader_name or '(eerste lezer)'}"


# -- devices test ----------------------------------------------------------------------------


def _test(args: argparse.Namespace, settings: Settings) -> int:
    kind = DeviceKind(args.device)
    tests: dict[DeviceKind, Callable[[argparse.Namespace, Settings, DeviceManager], int]] = {
        DeviceKind.PRINTER: _test_printer,
        DeviceKind.ID_READER: _test_idreader,
        DeviceKind.CARD_READER: _test_cardreader,
    }
    with _manager(settings) as manager:
        state = next((s for s in manager.refresh(args.timeout) if s.kind is kind), None)
        if state is None:
            print(NOT_CONFIGURED[kind])
            return 1
        print(f"{state.name}: {_state_text(state)}")
        try:
            return tests[kind](args, settings, manager)
        except UserFacingError as exc:
            print(f"Mislukt: {exc.screen_text}")
            return 1


def _test_printer(args: argparse.Namespace, _settings: Settings, manager: DeviceManager) -> int:
    now = datetime.now(UTC)
    ticket = TicketPrint(
        municipality="Testbon Loket – Gemeente Súdwest-Fryslân",
        location="Vestiging ’s-Hertogenbosch",
        heading="Uw wachtnummer",
        number="T001",
        service=f"Dienst: {DUTCH_TEST_TEXT}",
        issued_at=now,
        qr_payload="loket-testbon",
        lines=("Er wachten 3 mensen voor u.", "Verwachte wachttijd: ongeveer 3 minuten."),
        footer="IJsselmonde, Ĳsselstein, café, geïnd, één, reünie, façade, à € 12,50",
    )
    receipt = ReceiptPrint(
        municipality="Testbon Loket – gemeente ’s-Hertogenbosch",
        lines=(
            ReceiptLine("Paspoort (leges)", Decimal("84.20")),
            ReceiptLine("Rijbewijs – spoedlevering", Decimal("45.50")),
            ReceiptLine("Uittreksel BRP, één exemplaar", Decimal("17.15")),
        ),
        total=Decimal("146.85"),
        payment_method="pin",
        paid_at=now,
        counter="balie 1",
    )
    started = time.perf_counter()
    ticket_printed = manager.print_ticket(ticket)
    receipt_printed = manager.print_receipt(receipt)
    _result(ticket_printed, args.timeout, "De testbon is niet binnen {seconds} s afgedrukt.")
    _result(receipt_printed, args.timeout, "De testkwitantie is niet binnen {seconds} s afgedrukt.")
    print(f"Testbon en testkwitantie afgedrukt in {_seconds(started)}. Controleer op papier: "
          f"{DUTCH_TEST_TEXT}, € 12,50 en het totaal € 146,85.")
    return 0


def _test_idreader(args: argparse.Namespace, _settings: Settings, manager: DeviceManager) -> int:
    document = _read_document(manager, args.timeout)
    if document is None:
        return 1
    _show_document(document)
    return 0


def _test_cardreader(args: argparse.Namespace, settings: Settings, manager: DeviceManager) -> int:
    lines = [] if args.can else _mrz_for_chip(args, settings, manager)
    if lines is None:
        return 1
    started = time.perf_counter()
    result = _result(manager.read_chip(lines, can=args.can), args.timeout,
                     "De chip is niet binnen {seconds} s gelezen.")
    print(f"Chip gelezen in {_seconds(started)} ({result.apdu_count} opdrachten aan de chip).")
    print(f"  Toegang tot de chip:        {result.access}")
    matches = "niet vergeleken (CAN)" if result.dg1_matches_mrz is None else _yes(
        result.dg1_matches_mrz)
    print(f"  Gegevens (DG1) = MRZ:       {matches}")
    print(f"  DG1-hash klopt (EF.SOD):    {_yes(result.dg1_hash_valid)}")
    print(f"  Pasfoto (DG2):              {_face(result)}")
    print(f"  Echtheid (passieve authenticatie): {result.passive_auth.worker_text}")
    altered = result.passive_auth.outcome is Outcome.ALTERED
    ok = result.dg1_matches_mrz is not False and result.dg1_hash_valid and not altered
    return 0 if ok else 1


def _face(result: ChipReadResult) -> str:
    if result.face is not None:
        return f"gelezen ({result.face.mime_type}, {result.face.width} x {result.face.height})"
    if 2 in result.data_groups:
        return "NIET gelezen"
    return "niet op de chip"


def _mrz_for_chip(
    args: argparse.Namespace, settings: Settings, manager: DeviceManager
) -> list[str] | None:
    """The MRZ that opens the chip: from ``--mrz``, the simulated chip's specimen, or the ID
    reader (the way the counter does it)."""
    if args.mrz:
        return [line.strip() for line in args.mrz]
    if manager.cardreader_simulated:
        from workstation.devices.cardreader.emulator import SPECIMENS

        print("Gesimuleerde chiplezer: het specimen-document ligt op de lezer.")
        return list(SPECIMENS[settings.devices.cardreader.sim_document])
    if not any(s.kind is DeviceKind.ID_READER for s in manager.states()):
        print("Geef de MRZ van het document met --mrz (een keer per regel): er is geen "
              "documentlezer ingesteld.")
        return None
    print("Eerst de MRZ: lees het document in met de documentlezer.")
    document = _read_document(manager, args.timeout)
    return list(document.lines) if document is not None else None


def _read_document(manager: DeviceManager, timeout_s: float) -> MrzDocument | None:
    """Wait for one readable document; unreadable ones are reported and waited past."""
    arrived: queue.Queue[MrzDocument | UserFacingError] = queue.Queue()
    unsubscribe = manager.on_document(arrived.put, arrived.put)
    try:
        if manager.idreader_simulated:
            print("Gesimuleerde documentlezer: het specimen-paspoort wordt ingelezen.")
            manager.present_simulated_document()
        else:
            print(f"Leg een paspoort of ID-kaart op de documentlezer "
                  f"(wacht maximaal {timeout_s:.0f} s).")
        deadline = time.monotonic() + timeout_s
        while (remaining := deadline - time.monotonic()) > 0:
            try:
                item = arrived.get(timeout=remaining)
            except queue.Empty:
                break
            if isinstance(item, MrzDocument):
                return item
            print(f"{item.screen_text}" + (" Probeer het nog eens." if isinstance(
                item, MrzError) else ""))
        print(f"Geen document gelezen binnen {timeout_s:.0f} s.")
        return None
    finally:
        unsubscribe()


def _show_document(document: MrzDocument) -> None:
    checks = ", ".join(f"{CHECK_FIELDS.get(c.field, c.field)} {CHECK_OUTCOMES[c.outcome]}"
                       for c in document.check_results)
    birth = document.birth_date.strftime("%d-%m-%Y") if document.birth_date else "onbekend"
    if document.bsn is not None:
        bsn = mask_bsn(document.bsn)
    else:
        bsn = "staat niet in de MRZ (normaal voor documenten vanaf augustus 2021)"
    print(f"Document gelezen ({document.format.name}):")
    for label, value in (
        ("Soort document", document.document_code),
        ("Uitgegeven door", document.issuing_state),
        ("Achternaam", document.surname),
        ("Voornamen", document.given_names),
        ("Documentnummer", mask_identifier(document.document_number)),
        ("Nationaliteit", document.nationality),
        ("Geboortedatum", birth),
        ("Geslacht", document.sex.value),
        ("Geldig tot", document.expiry_date.strftime("%d-%m-%Y")),
        ("BSN", bsn),
        ("Controlecijfers", checks),
    ):
        print(f"  {label + ':':<17} {value}")


# -- helpers ---------------------------------------------------------------------------------


def _manager(settings: Settings) -> DeviceManager:
    return build_device_manager(settings.devices, demo=settings.demo)


def _result(future: Future[T], timeout_s: float, too_slow: str) -> T:
    """The future's result; ``too_slow`` (a template with ``{seconds}``) when it takes longer."""
    try:
        return future.result(timeout=timeout_s)
    except FutureTimeout:
        future.cancel()
        raise UserFacingError(too_slow, "Controleer het apparaat en probeer het opnieuw.",
                              detail="device test timed out", seconds=f"{timeout_s:.0f}") from None


def _state_text(state: DeviceState) -> str:
    text = STATUS_LABELS[state.status]
    return f"{text} ({state.message})" if state.message else text


def _seconds(started: float) -> str:
    return f"{time.perf_counter() - started:.2f} s".replace(".", ",")


def _yes(value: bool) -> str:
    return "ja" if value else "NEE"
