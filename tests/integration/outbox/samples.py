from __future__ import annotations

from datetime import UTC, date, datetime

from workstation.domain.cases import NewZaak
from workstation.domain.contacts import Actor, NewCallbackRequest, NewKlantcontact

BSN = "999993653"
OTHER_BSN = "999993847"
AT = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def contact(bsn: str | None = BSN, onderwerp: str = "Paspoort aanvragen") -> NewKlantcontact:
    return NewKlantcontact(referentienummer="", kanaal="balie", onderwerp=onderwerp,
                           inhoud="Vraag over de levertijd", plaatsgevonden_op=AT, bsn=bsn)


def callback() -> NewCallbackRequest:
    return NewCallbackRequest(
        referentienummer="", klantcontact_referentienummer="",
        actoren=(Actor("Burgerzaken", "organisatorische_eenheid", "burgerzaken"),),
        toelichting="Graag terugbellen over de afspraak", telefoonnummers=("0612345678",))


def zaak(bsn: str = BSN) -> NewZaak:
    return NewZaak(identificatie="", bronorganisatie="002220647", zaaktype="PASPOORT",
                   omschrijving="Paspoort aanvragen", startdatum=date(2026, 11, 30),
                   initiator_bsn=bsn, status_omschrijving="Ontvangen", status_gezet_op=AT)
