"""A history for the desk's demo person (the holder of the Dutch specimen passport, also in
the RvIG test persons): what the screenshots show and the desk's UI tests work with.

A phone call last week that led to a callback request (done since, unless asked otherwise),
a counter visit yesterday at ticket A014, and a passport zaak in progress: recorded through
the desk's own service and delivered by the relay into the embedded registries. Like
demo_seed it lives beside the composition root, because it drives services over adapters.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from workstation.domain.cases import NewZaak
from workstation.domain.contacts import Kanaal
from workstation.domain.desk import CallbackDraft, DeskContact, Question, Uitkomst
from workstation.domain.site import StaffInfo
from workstation.domain.staff import Role
from workstation.kcc import Kcc
from workstation.services.desk_service import DeskService

DEMO_PERSON_BSN = "999999990"  # Willeke Liselotte de Bruijn, the specimen passport's holder
DEMO_RSIN = "001710011"  # the demo municipality's
_DEMO_AGENT = StaffInfo(0, "mw03", "Chantal", frozenset({Role.COUNTER, Role.PHONE}))


def seed_desk_history(kcc: Kcc, service: DeskService, bsn: str = DEMO_PERSON_BSN, *,
                      callback_done: bool = True) -> None:
    now = datetime.now(UTC)
    kcc.cases.create_zaak(NewZaak(
        "LOKET-01-900001", DEMO_RSIN, "PASPOORT", "Paspoort aanvragen",
        (now - timedelta(days=20)).date(), bsn, "In behandeling", now - timedelta(days=2)))
    call = DeskContact(
        (Question("afvalpas", Uitkomst.CONTACTVERZOEK_GEMAAKT, Kanaal.TELEFOON, "Pas kwijt",
                  callback=CallbackDraft(service.actoren[:1], "Nieuwe pas sturen?",
                                         ("0612345678",))),),
        now - timedelta(days=7, minutes=6), now - timedelta(days=7), bsn)
    visit = DeskContact(
        (Question("verhuizing", Uitkomst.ZELFSTANDIG_AFGEHANDELD, Kanaal.BALIE,
                  "Verhuizing per 1 december doorgegeven"),),
        now - timedelta(days=1, minutes=9), now - timedelta(days=1), bsn,
        extra_metadata={"wachtnummer": "A014"})
    for contact in (call, visit):
        service.save(_DEMO_AGENT, contact)
    deliver(kcc)
    if callback_done:
        for callback in kcc.contacts.open_callbacks(service.actoren):
            kcc.contacts.complete_callback(callback.url)


def deliver(kcc: Kcc) -> None:
    """Empty the outbox into the registries now (the relay's own loop does this in time)."""
    relay = kcc.relay()
    while relay.run_once():
        pass
