"""The embedded case and contact registry: with no central store configured, the workstation
store is the record (DESIGN.md §2). It keeps the ports' promises exactly: writes are
idempotent by their natural key (a second ``create_zaak`` with the same identificatie returns
the first one), histories come newest first.

URLs are ``loket:zaak/<identificatie>``, ``loket:klantcontact/<referentienummer>`` and
``loket:internetaak/<referentienummer>``.
"""

from __future__ import annotations

import json

from sqlalchemy import select

from workstation.domain.cases import NewZaak, ZaakRef, ZaakSummary
from workstation.domain.contacts import (
    CallbackRef,
    CallbackSummary,
    ContactSummary,
    KlantcontactRef,
    NewCallbackRequest,
    NewKlantcontact,
)
from workstation.domain.registry_errors import RegistryRejected
from workstation.store.local.database import WorkstationDatabase
from workstation.store.local.models import (
    EmbeddedCallbackRow,
    EmbeddedKlantcontactRow,
    EmbeddedZaakRow,
)


def zaak_url(identificatie: str) -> str:
    return f"loket:zaak/{identificatie}"


def klantcontact_url(referentienummer: str) -> str:
    return f"loket:klantcontact/{referentienummer}"


def internetaak_url(referentienummer: str) -> str:
    return f"loket:internetaak/{referentienummer}"


class EmbeddedRegistry:
    """CaseRegistry and ContactRegistry on the workstation store."""

    def __init__(self, database: WorkstationDatabase) -> None:
        self._database = database

    # -- cases -----------------------------------------------------------------------------

    def zaken_for(self, bsn: str) -> tuple[ZaakSummary, ...]:
        with self._database.session() as session:
            rows = session.scalars(
                select(EmbeddedZaakRow).where(EmbeddedZaakRow.initiator_bsn == bsn)
                .order_by(EmbeddedZaakRow.startdatum.desc(), EmbeddedZaakRow.identificatie.desc())
            ).all()
        return tuple(
            ZaakSummary(
                url=zaak_url(row.identificatie), identificatie=row.identificatie,
                bronorganisatie=row.bronorganisatie, omschrijving=row.omschrijving,
                zaaktype_omschrijving=row.zaaktype, startdatum=row.startdatum,
                status_omschrijving=row.status_omschrijving,
                status_gezet_op=row.status_gezet_op, einddatum=row.einddatum,
            )
            for row in rows
        )

    def create_zaak(self, zaak: NewZaak) -> ZaakRef:
        with self._database.relaxed_sessions() as session, session.begin():
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
        _check_referentienummer(contact.referentienummer)
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
        _check_referentienummer(callback.referentienummer)
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


def _check_referentienummer(value: str) -> None:
    if not (value.isascii() and value.isdigit() and 1 <= len(value) <= 10):
        raise RegistryRejected(
            "Het referentienummer {value} is ongeldig.",
            "Meld dit aan IT: Loket maakt deze nummers zelf.",
            detail=f"referentienummer {value!r} is not 1..10 digits",
            value=value,
        )
