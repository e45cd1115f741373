"""``customer contact``: record a klantcontact (and a callback request) as the desk does.

The write is committed in the workstation store with its outbox items and delivered by the
sync worker (``sync run``), to the configured registry or the embedded one.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from workstation.domain.bsn import is_valid_bsn
from workstation.domain.contacts import Actor, Kanaal, NewCallbackRequest, NewKlantcontact
from workstation.domain.errors import UserFacingError
from workstation.kcc import open_kcc
from workstation.settings import Settings


def add_to(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    contact = actions.add_parser("contact", help="record a contact (klantcontact)")
    contact.add_argument("--bsn", default="", help="the customer's BSN (empty: anonymous)")
    contact.add_argument("--kanaal", default=Kanaal.BALIE.value,
                         choices=[k.value for k in Kanaal])
    contact.add_argument("--onderwerp", required=True, help="the question, at most 200")
    contact.add_argument("--inhoud", default="", help="the answer given, at most 1000")
    contact.add_argument("--niet-gelukt", action="store_true", help="contact did not succeed")
    contact.add_argument("--terugbellen", metavar="AFDELING",
                         help="also a callback request for this afdeling")
    contact.add_argument("--telefoon", action="append", default=[], help="callback number")
    contact.set_defaults(handler=_contact)


def _contact(args: argparse.Namespace, settings: Settings) -> int:
    bsn = args.bsn or None
    if bsn is not None and not is_valid_bsn(bsn):
        raise UserFacingError("{bsn} is geen geldig BSN.", "Controleer de negen cijfers.",
                              detail="invalid BSN given", bsn=bsn)
    now = datetime.now(UTC)
    contact = NewKlantcontact(
        referentienummer="", kanaal=args.kanaal, onderwerp=args.onderwerp[:200],
        inhoud=args.inhoud[:1000], plaatsgevonden_op=now,
        indicatie_contact_gelukt=not args.niet_gelukt, bsn=bsn,
    )
    callbacks = []
    if args.terugbellen:
        callbacks.append(NewCallbackRequest(
            referentienummer="", klantcontact_referentienummer="",
            actoren=(Actor(args.terugbellen, "organisatorische_eenheid",
                           args.terugbellen.lower()),),
            toelichting=args.onderwerp[:1000], telefoonnummers=tuple(args.telefoon),
        ))
    kcc = open_kcc(settings)
    try:
        recorded = kcc.contact_service().record(contact, callbacks)
    finally:
        kcc.close()
    print(f"Contact {recorded.referentienummer} vastgelegd.")
    for number in recorded.callback_referentienummers:
        print(f"Terugbelverzoek {number} vastgelegd.")
    print("Het wordt verzonden zodra de synchronisatie draait (sync run).")
    return 0
