"""The embedded case and contact registry: with no central store configured, the workstation
store is the record (DESIGN.md §2). It keeps the ports' promises exactly: writes are
idempotent by their natural key (a second ``create_zaak`` with the same identificatie returns
the first one), histories come newest first.

URLs are ``loket:zaak/<identificatie>``, ``loket:klantcontact/<referentienummer>`` and
``loket:internetaak/<referentienummer>``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from sqlalchemy import select

from workstation.domain.bsn import passes_11_proef
from workstation.domain.cases import NewZaak, ZaakRef, ZaakSummary
from workstation.domain.contacts import (
    Actor,
    CallbackRef,
    CallbackSummary,
    ContactSummary,
    KlantcontactRef,
    NewCallbackRequest,
    NewKlantcontact,
    TeamCallback,
)
from workstation.domain.desk import valid_email, valid_phone_number
from workstation.domain.registry_errors import RegistryRejected
from workstation.store.local.database import WorkstationDatabase
from workstation.store.local.models import (
    EmbeddedCallbackRow,
    EmbeddedKlantcontactRow,
    EmbeddedZaakRow,
    EmbeddedZaaktypeRow,
)


def zaak_url(identificatie: str) -> str:
    return f"loket:zaak/{identificatie}"


def klantcontact_url(referentienummer: str) -> str:
    return f"loket:klantcontact/{referentienummer}"


def internetaak_url(referentienummer: str) -> str:
    return f"loket:internetaak/{referentienummer}"


class EmbeddedRegistry:
    """CaseRegistry and ContactRegistry on the workstation store."""

    def __init__(self, database: WorkstationDatabase, *,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._database = database
        self._clock = clock

    # -- reference data --------------------------------------------------------------------

    def define_zaaktype(self, identificatie: str, omschrijving: str,
                        statustypen: Sequence[str]) -> None:
        """Add or change a zaaktype of the embedded catalogue (demo seed, IT)."""
        with self._database.session() as session, session.begin():
            session.merge(EmbeddedZaaktypeRow(
                identificatie=identificatie, omschrijving=omschrijving,
                statustypen_json=json.dumps(list(statustypen)),
            ))

    # -- cases -----------------------------------------------------------------------------

    def zaken_for(self, bsn: str) -> tuple[ZaakSummary, ...]:
        with self._database.session() as session:
            rows = session.execute(
                select(EmbeddedZaakRow, EmbeddedZaaktypeRow.omschrijving)
                .join(EmbeddedZaaktypeRow,
                      EmbeddedZaaktypeRow.identificatie == EmbeddedZaakRow.zaaktype)
                .where(EmbeddedZaakRow.initiator_bsn == bsn)
                .order_by(EmbeddedZaakRow.startdatum.desc(),
                          EmbeddedZaakRow.status_gezet_op.desc())
            ).all()
        return tuple(
            ZaakSummary(
                url=zaak_url(row.identificatie), identificatie=row.identificatie,
                bronorganisatie=row.bronorganisatie, omschrijving=row.omschrijving,
                zaaktype_omschrijving=zaaktype, startdatum=row.startdatum,
                status_omschrijving=row.status_omschrijving,
                status_gezet_op=row.status_gezet_op, einddatum=row.einddatum,
            )
            for row, zaaktype in rows
        )

    def create_zaak(self, zaak: NewZaak) -> ZaakRef:
        _check_zaak(zaak)
        with self._database.relaxed_sessions() as session, session.begin():
            zaaktype = session.get(EmbeddedZaaktypeRow, zaak.zaaktype)
            if zaaktype is None:
                raise _rejected("zaaktype", f"unknown zaaktype {zaak.zaaktype!r}")
            if zaak.status_omschrijving not in json.loads(zaaktype.statustypen_json):
                raise _rejected("status", f"zaaktype {zaak.zaaktype!r} has no status "
                                          f"{zaak.status_omschrijving!r}")
            if session.get(EmbeddedZaakRow, (zaak.identificatie, zaak.bronorganisatie)) is None:
                session.add(EmbeddedZaakRow(
                    identificatie=zaak.identificatie, bronorganisatie=zaak.bronorganisatie,
                    initiator_bsn=zaak.initiator_bsn, zaaktype=zaak.zaaktype,
                    omschrijving=zaak.omschrijving, toelichting=zaak.toelichting,
                    startdatum=zaak.startdatum, status_omschrijving=zaak.status_omschrijving,
                    status_gezet_op=zaak.status_gezet_op,
                ))
        return ZaakRef(url=zaak_url(zaak.identificatie), identificatie=zaak.identificatie)

    # -- contacts --------------------------------------------------------------------------

    def history_for(self, bsn: str) -> tuple[ContactSummary, ...]:
        with self._database.session() as session:
            contacts = session.scalars(
                select(EmbeddedKlantcontactRow).where(EmbeddedKlantcontactRow.bsn == bsn)
                .order_by(EmbeddedKlantcontactRow.plaatsgevonden_op.desc(),
                          EmbeddedKlantcontactRow.referentienummer.desc())
            ).all()
            callbacks: dict[str, list[CallbackSummary]] = {}
            for row in session.scalars(
                select(EmbeddedCallbackRow).where(EmbeddedCallbackRow.klantcontact_referentienummer
                                                  .in_([c.referentienummer for c in contacts]))
                .order_by(EmbeddedCallbackRow.referentienummer)
            ):
                callbacks.setdefault(row.klantcontact_referentienummer, []).append(
                    CallbackSummary(
                        referentienummer=row.referentienummer, status=row.status,
                        toelichting=row.toelichting,
                        toegewezen_aan=tuple(a["naam"] for a in json.loads(row.actoren_json)),
                        afgehandeld_op=row.afgehandeld_op,
                    )
                )
        return tuple(
            ContactSummary(
                url=klantcontact_url(row.referentienummer),
                referentienummer=row.referentienummer, kanaal=row.kanaal,
                onderwerp=row.onderwerp, inhoud=row.inhoud,
                plaatsgevonden_op=row.plaatsgevonden_op,
                indicatie_contact_gelukt=row.indicatie_contact_gelukt,
                zaak_urls=(row.zaak_url,) if row.zaak_url else (),
                callbacks=tuple(callbacks.get(row.referentienummer, ())),
                metadata=json.loads(row.metadata_json),
            )
            for row in contacts
        )

    def record_contact(self, contact: NewKlantcontact) -> KlantcontactRef:
        _check_contact(contact)
        with self._database.relaxed_sessions() as session, session.begin():
            if session.get(EmbeddedKlantcontactRow, contact.referentienummer) is None:
                session.add(EmbeddedKlantcontactRow(
                    referentienummer=contact.referentienummer, bsn=contact.bsn,
                    kanaal=contact.kanaal, onderwerp=contact.onderwerp, inhoud=contact.inhoud,
                    plaatsgevonden_op=contact.plaatsgevonden_op,
                    indicatie_contact_gelukt=contact.indicatie_contact_gelukt,
                    zaak_url=contact.zaak_url,
                    metadata_json=json.dumps(contact.metadata, sort_keys=True),
                ))
        return KlantcontactRef(
            url=klantcontact_url(contact.referentienummer),
            referentienummer=contact.referentienummer,
        )

    def request_callback(self, callback: NewCallbackRequest) -> CallbackRef:
        _check_callback(callback)
        with self._database.relaxed_sessions() as session, session.begin():
            if session.get(EmbeddedKlantcontactRow,
                           callback.klantcontact_referentienummer) is None:
                raise RegistryRejected(
                    "Het terugbelverzoek hoort bij een contact dat niet bestaat.",
                    "Registreer het contact opnieuw en maak daarna het terugbelverzoek.",
                    detail=f"no klantcontact {callback.klantcontact_referentienummer}",
                )
            if session.get(EmbeddedCallbackRow, callback.referentienummer) is None:
                session.add(EmbeddedCallbackRow(
                    referentienummer=callback.referentienummer,
                    klantcontact_referentienummer=callback.klantcontact_referentienummer,
                    status="te_verwerken", toelichting=callback.toelichting,
                    actoren_json=json.dumps([
                        {"naam": a.naam, "soort": a.soort, "identificator": a.identificator,
                         "code_objecttype": a.code_objecttype} for a in callback.actoren
                    ]),
                    telefoonnummers_json=json.dumps(list(callback.telefoonnummers)),
                    emailadres=callback.emailadres,
                    gevraagde_handeling=callback.gevraagde_handeling,
                ))
        return CallbackRef(
            url=internetaak_url(callback.referentienummer),
            referentienummer=callback.referentienummer,
        )

    def open_callbacks(self, actoren: Sequence[Actor]) -> tuple[TeamCallback, ...]:
        wanted = {(a.identificator, a.code_objecttype) for a in actoren}
        with self._database.session() as session:
            rows = session.execute(
                select(EmbeddedCallbackRow, EmbeddedKlantcontactRow)
                .join(EmbeddedKlantcontactRow, EmbeddedKlantcontactRow.referentienummer
                      == EmbeddedCallbackRow.klantcontact_referentienummer)
                .where(EmbeddedCallbackRow.status == "te_verwerken")
                .order_by(EmbeddedKlantcontactRow.plaatsgevonden_op,
                          EmbeddedCallbackRow.referentienummer)
            ).all()
        found = []
        for callback, contact in rows:
            assigned = json.loads(callback.actoren_json)
            if not any((a["identificator"], a["code_objecttype"]) in wanted for a in assigned):
                continue
            found.append(TeamCallback(
                url=internetaak_url(callback.referentienummer),
                referentienummer=callback.referentienummer, status=callback.status,
                # made with its contact, in the same transaction: the contact's time
                toegewezen_op=contact.plaatsgevonden_op, toelichting=callback.toelichting,
                toegewezen_aan=tuple(a["naam"] for a in assigned),
                onderwerp=contact.onderwerp, kanaal=contact.kanaal,
            ))
        return tuple(found)

    def complete_callback(self, url: str) -> datetime:
        referentienummer = url.removeprefix("loket:internetaak/")
        with self._database.relaxed_sessions() as session, session.begin():
            row = session.get(EmbeddedCallbackRow, referentienummer)
            if row is None:
                raise RegistryRejected(
                    "Dit terugbelverzoek bestaat niet (meer).",
                    "Vernieuw de lijst met terugbelverzoeken.",
                    detail=f"no internetaak {referentienummer}")
            if row.afgehandeld_op is None:
                row.status = "verwerkt"
                row.afgehandeld_op = self._clock()
            return row.afgehandeld_op


# Open Klant's own limits (klantinteracties 0.9.0 and the recordings): what it refuses, the
# embedded registry refuses too, so a demo never accepts what production would park.


def _rejected(field_name: str, detail: str) -> RegistryRejected:
    return RegistryRejected(
        "De registratie weigert dit: het veld {field} is ongeldig.",
        "Controleer de invoer; het item blijft geparkeerd tot iemand het herstelt.",
        detail=detail, field=field_name,
    )


def _check_referentienummer(value: str) -> None:
    if not (value.isascii() and value.isdigit() and 1 <= len(value) <= 10):
        raise _rejected("referentienummer", f"referentienummer {value!r} is not 1..10 digits")


def _check_length(field_name: str, value: str, limit: int) -> None:
    if len(value) > limit:
        raise _rejected(field_name, f"{field_name} longer than {limit}")


def _check_zaak(zaak: NewZaak) -> None:
    if not passes_11_proef(zaak.bronorganisatie):
        raise _rejected("bronorganisatie", "bronorganisatie fails the 11-proef")
    if not zaak.identificatie:
        raise _rejected("identificatie", "zaak without identificatie")
    _check_length("identificatie", zaak.identificatie, 40)
    _check_length("omschrijving", zaak.omschrijving, 80)


def _check_contact(contact: NewKlantcontact) -> None:
    _check_referentienummer(contact.referentienummer)
    _check_length("kanaal", contact.kanaal, 50)
    _check_length("onderwerp", contact.onderwerp, 200)
    _check_length("inhoud", contact.inhoud, 1000)
    for key, value in contact.metadata.items():
        _check_length(f"metadata.{key}", value, 255)


def _check_callback(callback: NewCallbackRequest) -> None:
    _check_referentienummer(callback.referentienummer)
    _check_length("toelichting", callback.toelichting, 1000)
    _check_length("gevraagdeHandeling", callback.gevraagde_handeling, 200)
    if not callback.actoren:
        raise _rejected("toegewezenAanActoren", "a callback request needs an actor")
    for number in callback.telefoonnummers:
        if not valid_phone_number(number):
            raise _rejected("adres", "telephone number not accepted")
    if callback.emailadres and not valid_email(callback.emailadres):
        raise _rejected("adres", "e-mail address not accepted")
