"""The case registry over the ZGW Zaken API 1.5.1 (Open Zaak): a ``CaseRegistry`` adapter.

Auth: a fresh JWT (HS256, the client secret) per request with ``iss``/``client_id``, ``iat``,
``user_id`` and ``user_representation``; Open Zaak refuses an ``iat`` older than an hour.
Every /zaken request carries ``Accept-Crs``/``Content-Crs: EPSG:4326`` (412 without them).

``create_zaak`` is zaak -> rol -> status, each step idempotent so a retry after any failure
(a timeout, or a connection dropped after the server committed) delivers exactly once:
the zaak by its ``identificatie`` (``identificatie-niet-uniek`` -> look it up and adopt it),
the rol and the status by looking for them before posting (the initiator rol is also refused
twice by the server: ``max-occurences``). A zaak this call has just created has no rol or
status yet (nobody else knows its URL), so those are posted without looking first.
``zaak_registreren`` (one atomic call) is not in the 1.5.1 spec, so Loket does not depend on it
(docs/decisions/0019).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import httpx
import jwt

from workstation.domain.cases import NewZaak, ZaakRef, ZaakSummary
from workstation.domain.registry_errors import RegistryRejected
from workstation.sync.zgw_http import Problem, RegistryCall

CRS = "EPSG:4326"
BSN_FILTER = "rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn"
Json = Any


class ZakenClient:
    """``CaseRegistry`` over HTTP. Thread-safe; one instance per workstation."""

    def __init__(self, *, zaken_url: str, catalogi_url: str, client_id: str, secret: str,
                 user_id: str = "", user_representation: str = "", timeout_s: float = 10.0,
                 page_size: int = 100, clock: Callable[[], float] = time.time,
                 transport: httpx.BaseTransport | None = None) -> None:
        self._zaken = zaken_url.rstrip("/")
        self._catalogi = catalogi_url.rstrip("/")
        self._client_id = client_id
        self._secret = secret
        self.user_id = user_id
        self.user_representation = user_representation
        self._page_size = page_size
        self._clock = clock
        self._http = httpx.Client(timeout=timeout_s, transport=transport,
                                  auth=self._authorise)
        self._call = RegistryCall(self._http, cases=True)
        self._lock = threading.Lock()
        self._statustypen: dict[str, dict[str, str]] = {}  # zaaktype -> omschrijving -> url
        self._initiator: dict[str, str] = {}  # zaaktype -> roltype url

    def close(self) -> None:
        self._http.close()

    def token(self) -> str:
        claims = {"iss": self._client_id, "client_id": self._client_id,
                  "iat": int(self._clock()), "user_id": self.user_id,
                  "user_representation": self.user_representation}
        return jwt.encode(claims, self._secret, algorithm="HS256")

    def _authorise(self, request: httpx.Request) -> httpx.Request:
        request.headers["Authorization"] = f"Bearer {self.token()}"
        if request.url.path.startswith(httpx.URL(self._zaken).path):
            request.headers["Accept-Crs"] = CRS
            request.headers["Content-Crs"] = CRS
        return request

    # reading -----------------------------------------------------------------------------

    def zaken_for(self, bsn: str) -> tuple[ZaakSummary, ...]:
        params = {BSN_FILTER: bsn, "rol__omschrijvingGeneriek": "initiator",
                  "expand": "status,status.statustype,zaaktype", "ordering": "-startdatum",
                  "pageSize": str(self._page_size)}
        found = [_summary(z) for z in self._call.pages(f"{self._zaken}/zaken", params)]
        found.sort(key=lambda z: (z.startdatum, z.identificatie), reverse=True)
        return tuple(found)

    # writing -----------------------------------------------------------------------------

    def create_zaak(self, zaak: NewZaak) -> ZaakRef:
        statustype = self._statustype(zaak.zaaktype, zaak.status_omschrijving)
        roltype = self._initiator_roltype(zaak.zaaktype) if zaak.initiator_bsn else ""
        url, created = self._zaak(zaak)
        if zaak.initiator_bsn:
            self._rol(url, roltype, zaak.initiator_bsn, look=not created)
        self._status(url, statustype, zaak, look=not created)
        return ZaakRef(url=url, identificatie=zaak.identificatie)

    def _zaak(self, zaak: NewZaak) -> tuple[str, bool]:
        """The zaak's URL, and whether this call created it."""
        body = {
            "identificatie": zaak.identificatie, "bronorganisatie": zaak.bronorganisatie,
            "verantwoordelijkeOrganisatie": zaak.bronorganisatie, "zaaktype": zaak.zaaktype,
            "startdatum": zaak.startdatum.isoformat(), "omschrijving": zaak.omschrijving[:80],
            "toelichting": zaak.toelichting[:1000],
        }
        url = f"{self._zaken}/zaken"
        response = self._call.send("POST", url, json=body)
        if response.is_success:
            return str(response.json()["url"]), True
        if Problem.of(response).has("identificatie", "identificatie-niet-uniek"):
            existing = self._find_zaak(zaak.identificatie, zaak.bronorganisatie)
            if existing:
                return existing, False
        raise self._call.rejected("POST", url, response)

    def _find_zaak(self, identificatie: str, bronorganisatie: str) -> str | None:
        params = {"identificatie": identificatie, "bronorganisatie": bronorganisatie}
        for found in self._call.pages(f"{self._zaken}/zaken", params):
            return str(found["url"])
        return None

    def _rol(self, zaak_url: str, roltype: str, bsn: str, *, look: bool) -> None:
        def exists() -> bool:
            params = {"zaak": zaak_url, "betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": bsn,
                      "roltype": roltype}
            return any(True for _ in self._call.pages(f"{self._zaken}/rollen", params))

        if look and exists():
            return
        body = {"zaak": zaak_url, "betrokkeneType": "natuurlijk_persoon", "roltype": roltype,
                "roltoelichting": "Initiator", "betrokkeneIdentificatie": {"inpBsn": bsn}}
        url = f"{self._zaken}/rollen"
        response = self._call.send("POST", url, json=body)
        if response.is_success:
            return
        if Problem.of(response).has("roltype", "max-occurences") and exists():
            return
        raise self._call.rejected("POST", url, response)

    def _status(self, zaak_url: str, statustype: str, zaak: NewZaak, *, look: bool) -> None:
        if look and any(status["statustype"] == statustype for status in self._call.pages(
                f"{self._zaken}/statussen", {"zaak": zaak_url})):
            return
        self._call.ok_json("POST", f"{self._zaken}/statussen", json={
            "zaak": zaak_url, "statustype": statustype,
            "datumStatusGezet": _iso(zaak.status_gezet_op),
            "statustoelichting": zaak.toelichting[:1000],
        })

    # catalogue ---------------------------------------------------------------------------

    def _statustype(self, zaaktype: str, omschrijving: str) -> str:
        with self._lock:
            known = self._statustypen.get(zaaktype)
        if known is None:
            known = {str(s["omschrijving"]): str(s["url"]) for s in self._call.pages(
                f"{self._catalogi}/statustypen", {"zaaktype": zaaktype})}
            with self._lock:
                self._statustypen[zaaktype] = known
        if omschrijving not in known:
            raise RegistryRejected(
                "Het zaaktype kent de status {status} niet.",
                "Kies een status die bij het zaaktype hoort.",
                detail=f"statustype {omschrijving!r} not in {sorted(known)} of {zaaktype}",
                status=omschrijving)
        return known[omschrijving]

    def _initiator_roltype(self, zaaktype: str) -> str:
        with self._lock:
            known = self._initiator.get(zaaktype)
        if known:
            return known
        for roltype in self._call.pages(f"{self._catalogi}/roltypen",
                                        {"zaaktype": zaaktype,
                                         "omschrijvingGeneriek": "initiator"}):
            with self._lock:
                self._initiator[zaaktype] = str(roltype["url"])
            return str(roltype["url"])
        raise RegistryRejected(
            "Het zaaktype heeft geen roltype voor de aanvrager.",
            "Vraag de beheerder van het zaaksysteem een roltype 'initiator' toe te voegen.",
            detail=f"no initiator roltype for {zaaktype}")


def _summary(zaak: Json) -> ZaakSummary:
    expand = zaak.get("_expand") or {}
    status = expand.get("status") or {}
    statustype = (status.get("_expand") or {}).get("statustype") or {}
    zaaktype = expand.get("zaaktype") or {}
    return ZaakSummary(
        url=zaak["url"], identificatie=zaak["identificatie"],
        bronorganisatie=zaak["bronorganisatie"], omschrijving=zaak.get("omschrijving", ""),
        zaaktype_omschrijving=zaaktype.get("omschrijving", ""),
        startdatum=date.fromisoformat(zaak["startdatum"]),
        status_omschrijving=statustype.get("omschrijving", ""),
        status_gezet_op=_parse(status["datumStatusGezet"]) if status else None,
        einddatum=date.fromisoformat(zaak["einddatum"]) if zaak.get("einddatum") else None,
    )


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))
