"""``customer history --bsn``: a person's zaken and contacts, as the desk sees them (audited)."""

from __future__ import annotations

import argparse

from workstation.domain.bsn import is_valid_bsn
from workstation.domain.errors import UserFacingError
from workstation.domain.queue import SITE_TIMEZONE
from workstation.kcc import open_kcc
from workstation.settings import Settings


def add_to(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    history = actions.add_parser("history", help="zaken and contact history of a person")
    history.add_argument("--bsn", required=True, help="the person's BSN")
    history.add_argument("--doelbinding", default="", help="purpose (x-doelbinding)")
    history.add_argument("--staff", default="", help="who looks (default: the settings)")
    history.set_defaults(handler=_history)


def _history(args: argparse.Namespace, settings: Settings) -> int:
    if not is_valid_bsn(args.bsn):
        raise UserFacingError("{bsn} is geen geldig BSN.", "Controleer de negen cijfers.",
                              detail="invalid BSN given", bsn=args.bsn)
    kcc = open_kcc(settings)
    try:
        purpose = kcc.purpose(doelbinding=args.doelbinding, gebruiker=args.staff)
        zaken, contacts = kcc.customer_service().history(args.bsn, purpose)
    finally:
        kcc.close()
    print(f"Zaken ({len(zaken)}):")
    for zaak in zaken:
        status = f" — {zaak.status_omschrijving}" if zaak.status_omschrijving else ""
        print(f"  {zaak.startdatum:%d-%m-%Y}  {zaak.identificatie}  {zaak.omschrijving}{status}"
              f"{_unsent(zaak.pending)}")
    print(f"Contacten ({len(contacts)}):")
    for contact in contacts:
        when = contact.plaatsgevonden_op.astimezone(SITE_TIMEZONE)
        outcome = "" if contact.indicatie_contact_gelukt else " (niet gelukt)"
        print(f"  {when:%d-%m-%Y %H:%M}  {contact.kanaal}  {contact.onderwerp}{outcome}"
              f"{_unsent(contact.pending)}")
        for callback in contact.callbacks:
            aan = ", ".join(callback.toegewezen_aan)
            print(f"      terugbelverzoek {callback.referentienummer} aan {aan}: "
                  f"{callback.status.replace('_', ' ')}{_unsent(callback.pending)}")
    return 0


def _unsent(pending: bool) -> str:
    """Recorded here, still in the outbox (the registries do not show it yet)."""
    return " (nog niet verzonden)" if pending else ""
