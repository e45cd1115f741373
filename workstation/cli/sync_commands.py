"""``sync status|retry|show ID|run``: the outbox for IT and the person at the desk."""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import threading
from datetime import UTC, datetime

from workstation.domain.bsn import mask_bsn_shapes
from workstation.domain.customer import Backlog
from workstation.domain.errors import UserFacingError
from workstation.domain.outbox import OutboxItem
from workstation.kcc import Kcc, open_kcc
from workstation.settings import Settings
from workstation.store.local.relay_lock import RelayLock
from workstation.sync.relay import Relay

_KINDS = {"zaak": "zaak", "klantcontact": "contact", "callback": "terugbelverzoek",
          "audit": "protocolregel", "contact_event": "meetgegeven contact",
          "callback_event": "meetgegeven terugbelverzoek"}
_STATES = {"pending": "wacht", "done": "verzonden", "parked": "geparkeerd"}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sync = commands.add_parser("sync", help="the outbox of this workstation")
    actions = sync.add_subparsers(dest="sync_command", required=True, metavar="ACTION")
    actions.add_parser("status", help="backlog, last error, parked items").set_defaults(
        handler=_status)
    retry = actions.add_parser("retry", help="put parked items back in line")
    retry.add_argument("id", nargs="?", type=int, help="one item (default: all parked)")
    retry.set_defaults(handler=_retry)
    show = actions.add_parser("show", help="one outbox item in full (BSNs masked)")
    show.add_argument("id", type=int)
    show.set_defaults(handler=_show)
    run = actions.add_parser("run", help="deliver the outbox in the foreground (Ctrl-C stops)")
    run.add_argument("--once", action="store_true", help="stop when nothing is due")
    run.set_defaults(handler=_run)


def _status(_args: argparse.Namespace, settings: Settings) -> int:
    kcc = open_kcc(settings)
    try:
        backlog = kcc.store.backlog()
        print(f"Te verzenden: {backlog.pending}")
        print(f"Geparkeerd: {backlog.parked}")
        if backlog.last_error:
            print(f"Laatste fout: {backlog.last_error}")
        for item in kcc.store.outbox_items():
            if item.state.value == "parked":
                print(f"  #{item.id} {_KINDS[item.kind.value]} {item.natural_key}: "
                      f"{item.last_error}")
        return 0
    finally:
        kcc.close()


def _retry(args: argparse.Namespace, settings: Settings) -> int:
    kcc = open_kcc(settings)
    try:
        count = kcc.store.retry_parked(datetime.now(UTC), args.id)
        print(f"{count} item(s) opnieuw in de rij gezet.")
        return 0 if count or args.id is None else 1
    finally:
        kcc.close()


def _show(args: argparse.Namespace, settings: Settings) -> int:
    kcc = open_kcc(settings)
    try:
        item = kcc.store.outbox_item(args.id)
        if item is None:
            print(f"Item {args.id} bestaat niet.")
            return 1
        print(_describe(item))
        return 0
    finally:
        kcc.close()


def _describe(item: OutboxItem) -> str:
    payload = json.dumps(json.loads(item.payload), indent=2, ensure_ascii=False)
    lines = [
        f"Item {item.id}: {_KINDS[item.kind.value]} ({_STATES[item.state.value]})",
        f"Sleutel: {item.natural_key}",
        f"Klant: {mask_bsn_shapes(item.stream)}",
        f"Aangemaakt: {item.created_at:%Y-%m-%d %H:%M:%S} UTC",
        f"Pogingen: {item.attempts}",
    ]
    if item.delivered_at:
        lines.append(f"Verzonden: {item.delivered_at:%Y-%m-%d %H:%M:%S} UTC")
    if item.result_url:
        lines.append(f"Adres: {item.result_url}")
    if item.last_error:
        lines.append(f"Fout: {item.last_error}")
    lines.append(f"Inhoud:\n{mask_bsn_shapes(payload)}")
    return "\n".join(lines)


def _run(args: argparse.Namespace, settings: Settings) -> int:
    kcc = open_kcc(settings)
    try:
        with RelayLock(kcc.database.path):
            relay = kcc.relay()
            try:
                if args.once:
                    return _run_once(kcc, relay)
                stop = threading.Event()
                signal.signal(signal.SIGTERM, lambda *_: stop.set())
                relay.start()
                with contextlib.suppress(KeyboardInterrupt):
                    stop.wait()
                return 0
            finally:
                relay.stop()
    finally:
        kcc.close()


def _run_once(kcc: Kcc, relay: Relay) -> int:
    while relay.run_once():
        pass
    backlog = kcc.store.backlog()
    print(f"Te verzenden: {backlog.pending}; geparkeerd: {backlog.parked}")
    _report(kcc, backlog)
    return 0 if backlog.pending == backlog.parked == 0 else 1


def _report(kcc: Kcc, backlog: Backlog) -> None:
    """Tell the supervisor's view this workstation's backlog (site table workstation_status);
    a site database that cannot be reached does not fail the delivery round."""
    try:
        kcc.backlog_heartbeat().report(backlog)
    except UserFacingError as exc:
        print(f"Verzendstatus niet gemeld aan de teamleider: {exc.screen_text}")
