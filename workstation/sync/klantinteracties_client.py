"""The contact registry over Klantinteracties (Open Klant 2.18): a ``ContactRegistry`` adapter.

Auth: ``Authorization: Token <key>``. Every write is idempotent so that a retry after a timeout,
or after a connection dropped once the server had committed, delivers exactly once:
- the partij: looked up by BSN first; a duplicate identificator answer (``__all__``) -> adopt;
- the klantcontact (``maak-klantcontact``: contact, betrokkene and onderwerpobject in one
  atomic call): unique ``referentienummer`` -> look it up and adopt it;
- actoren are NOT unique in Open Klant, so they are looked up by identificator before posting;
- digitale adressen likewise (by betrokkene and adres);
- the internetaak: unique ``referentienummer`` -> adopt.
What this process learnt is kept so that the relay does not ask again: the partij of a BSN, an
actor's uuid, the klantcontact (and its betrokkene) a callback belongs to. A betrokkene this
process has just created has no digitale adressen but the ones it posts, so its first callback
posts them without looking (any later attempt looks first). A remembered partij or actor that
the registry no longer knows is forgotten and looked up once more.
History is one request per page: ``expand=leiddeTotInterneTaken,gingOverOnderwerpobjecten,
hadBetrokkenen``; actor names for callbacks come from a per-process cache (one GET per actor).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import Any

import httpx

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
from workstation.domain.desk import address_lines
from workstation.domain.registry_errors import RegistryRejected
from workstation.sync.zgw_http import Problem, RegistryCall

BY_BSN = "hadBetrokkene__wasPartij__partijIdentificator__objectId"
HISTORY_EXPAND = "leiddeTotInterneTaken,gingOverOnderwerpobjecten,hadBetrokkenen"
ZAAK_OBJECTTYPE = "zgw-Zaak"
REMEMBERED_CONTACTS = 10_000
Json = Any


class KlantinteractiesClient:
    """``ContactRegistry`` over HTTP. Thread-safe; one instance per workstation."""

    def __init__(self, *, url: str, token: str, timeout_s: float = 10.0, page_size: int = 100,
                 transport: httpx.BaseTransport | None = None) -> None:
        self._root = url.rstrip("/")
        self._page_size = page_size
        self._http = httpx.Client(timeout=timeout_s, transport=transport,
                                  headers={"Authorization": f"Token {token}"})
        self._call = RegistryCall(self._http, cases=False)
        self._lock = threading.Lock()
        self._actor_lock = threading.Lock()
        self._actor_names: dict[str, str] = {}  # actor url -> naam
        self._actors: dict[tuple[str, str, str], str] = {}  # identificator -> uuid
        self._partijen: dict[str, str] = {}  # bsn -> partij uuid
        # referentienummer -> (klantcontact uuid, betrokkene uuid or None), made here
        self._made_contacts: dict[str, tuple[str, str | None]] = {}
        self._fresh_betrokkenen: set[str] = set()  # made here, no digitaal adres posted yet

    def close(self) -> None:
        self._http.close()

    # reading -----------------------------------------------------------------------------

    def history_for(self, bsn: str) -> tuple[ContactSummary, ...]:
        params = {BY_BSN: bsn, "expand": HISTORY_EXPAND, "pageSize": str(self._page_size)}
        contacts = list(self._call.pages(f"{self._root}/klantcontacten", params))
        self._learn_actor_names(contacts)
        found = [self._summary(k) for k in contacts]
        found.sort(key=lambda c: c.plaatsgevonden_op, reverse=True)
        return tuple(found)

    def _summary(self, contact: Json) -> ContactSummary:
        expand = contact.get("_expand") or {}
        zaken = tuple(
            o["onderwerpobjectidentificator"]["objectId"]
            for o in expand.get("gingOverOnderwerpobjecten") or ()
            if (o.get("onderwerpobjectidentificator") or {}).get("codeObjecttype")
            == ZAAK_OBJECTTYPE)
        callbacks = tuple(
            CallbackSummary(
                referentienummer=t.get("referentienummer") or "", status=t["status"],
                toelichting=t.get("toelichting", ""),
                toegewezen_aan=tuple(self._actor_name(a["url"])
                                     for a in t.get("toegewezenAanActoren") or ()),
                afgehandeld_op=_parse(t["afgehandeldOp"]) if t.get("afgehandeldOp") else None)
            for t in expand.get("leiddeTotInterneTaken") or ())
        return ContactSummary(
            url=contact["url"], referentienummer=contact.get("referentienummer") or "",
            kanaal=contact["kanaal"], onderwerp=contact["onderwerp"],
            inhoud=contact.get("inhoud", ""),
            plaatsgevonden_op=_parse(contact["plaatsgevondenOp"]),
            indicatie_contact_gelukt=bool(contact.get("indicatieContactGelukt")),
            zaak_urls=zaken, callbacks=callbacks,
            metadata={str(k): str(v) for k, v in (contact.get("metadata") or {}).items()})

    def _learn_actor_names(self, contacts: list[Json]) -> None:
        """Fetch the names of actors not seen before, all at once (a cold history then costs
        one round trip more, not one per actor)."""
        urls = {a["url"] for k in contacts
                for t in (k.get("_expand") or {}).get("leiddeTotInterneTaken") or ()
                for a in t.get("toegewezenAanActoren") or ()}
        with self._lock:
            unknown = sorted(urls - self._actor_names.keys())
        if len(unknown) > 1:
            with ThreadPoolExecutor(max_workers=min(8, len(unknown))) as pool:
                list(pool.map(self._actor_name, unknown))

    def _actor_name(self, url: str) -> str:
        with self._lock:
            name = self._actor_names.get(url)
        if name is None:
            name = str(self._call.ok_json("GET", url)["naam"])
            with self._lock:
                self._actor_names[url] = name
        return name

    # contacts ----------------------------------------------------------------------------

    def record_contact(self, contact: NewKlantcontact) -> KlantcontactRef:
        try:
            return self._record_contact(contact)
        except RegistryRejected:
            if not (contact.bsn and _forget(self._partijen, contact.bsn, self._lock)):
                raise
            return self._record_contact(contact)  # the remembered partij is gone: look again

    def _record_contact(self, contact: NewKlantcontact) -> KlantcontactRef:
        partij = self._partij(contact.bsn) if contact.bsn else None
        body: dict[str, Json] = {"klantcontact": {
            "kanaal": contact.kanaal, "onderwerp": contact.onderwerp,
            "inhoud": contact.inhoud, "taal": contact.taal,
            "vertrouwelijk": contact.vertrouwelijk,
            "indicatieContactGelukt": contact.indicatie_contact_gelukt,
            "plaatsgevondenOp": _iso(contact.plaatsgevonden_op),
            "referentienummer": contact.referentienummer, "metadata": dict(contact.metadata),
        }}
        if partij:
            body["betrokkene"] = {"wasPartij": {"uuid": partij}, "rol": "klant",
                                  "initiator": True}
        if contact.zaak_url:
            body["onderwerpobject"] = {"onderwerpobjectidentificator": {
                "objectId": contact.zaak_url, "codeObjecttype": ZAAK_OBJECTTYPE,
                "codeRegister": "openzaak", "codeSoortObjectId": "url"}}
        url = f"{self._root}/maak-klantcontact"
        response = self._call.send("POST", url, json=body)
        if response.is_success:
            answer = response.json()
            made = answer["klantcontact"]
            betrokkene = str(answer["betrokkene"]["uuid"]) if "betrokkene" in answer else None
            with self._lock:
                if len(self._made_contacts) >= REMEMBERED_CONTACTS:
                    self._made_contacts.clear()  # a day's worth; older ones are looked up
                self._made_contacts[contact.referentienummer] = (str(made["uuid"]), betrokkene)
                if betrokkene:
                    self._fresh_betrokkenen.add(betrokkene)
            return KlantcontactRef(url=made["url"], referentienummer=contact.referentienummer)
        if Problem.of(response).has("klantcontact.referentienummer", "unique"):
            existing = self._klantcontact(contact.referentienummer)
            if existing is not None:
                return KlantcontactRef(url=existing["url"],
                                       referentienummer=contact.referentienummer)
        raise self._call.rejected("POST", url, response)

    def _klantcontact(self, referentienummer: str) -> Json | None:
        for found in self._call.pages(f"{self._root}/klantcontacten",
                                      {"referentienummer": referentienummer}):
            return found
        return None

    def _partij(self, bsn: str) -> str:
        """The uuid of the persoon partij with this BSN, created when there is none."""
        params = {"soortPartij": "persoon", "partijIdentificator__codeSoortObjectId": "bsn",
                  "partijIdentificator__objectId": bsn}

        def find() -> str | None:
            for found in self._call.pages(f"{self._root}/partijen", params):
                with self._lock:
                    self._partijen[bsn] = str(found["uuid"])
                return str(found["uuid"])
            return None

        with self._lock:
            known = self._partijen.get(bsn)
        existing = known or find()
        if existing:
            return existing
        url = f"{self._root}/partijen"
        response = self._call.send("POST", url, json={
            "soortPartij": "persoon", "indicatieActief": True,
            "partijIdentificatie": {"contactnaam": None},
            "partijIdentificatoren": [{"partijIdentificator": {
                "codeObjecttype": "natuurlijk_persoon", "codeSoortObjectId": "bsn",
                "objectId": bsn, "codeRegister": "brp"}}],
        })
        if response.is_success:
            made = str(response.json()["uuid"])
            with self._lock:
                self._partijen[bsn] = made
            return made
        if Problem.of(response).has("__all__", "invalid"):  # created meanwhile: adopt
            existing = find()
            if existing:
                return existing
        raise self._call.rejected("POST", url, response)

    # callbacks ---------------------------------------------------------------------------

    def request_callback(self, callback: NewCallbackRequest) -> CallbackRef:
        try:
            return self._request_callback(callback)
        except RegistryRejected:
            keys = [_actor_key(actor) for actor in callback.actoren]
            if not any([_forget(self._actors, key, self._actor_lock) for key in keys]):
                raise
            return self._request_callback(callback)  # a remembered actor is gone: look again

    def _request_callback(self, callback: NewCallbackRequest) -> CallbackRef:
        contact_uuid, betrokkene = self._contact_of(callback.klantcontact_referentienummer)
        actors = [self._actor(actor) for actor in callback.actoren]
        toelichting = callback.toelichting
        if betrokkene:
            with self._lock:
                fresh = betrokkene in self._fresh_betrokkenen
                self._fresh_betrokkenen.discard(betrokkene)
            for phone in dict.fromkeys(callback.telefoonnummers):  # each once, even unlooked
                self._digitaal_adres(betrokkene, phone, "telefoonnummer", look=not fresh)
            if callback.emailadres:
                self._digitaal_adres(betrokkene, callback.emailadres, "email", look=not fresh)
        else:  # an anonymous contact has no betrokkene to hold the addresses
            toelichting = _with_addresses(callback)
        url = f"{self._root}/internetaken"
        response = self._call.send("POST", url, json={
            "referentienummer": callback.referentienummer,
            "aanleidinggevendKlantcontact": {"uuid": contact_uuid},
            "toegewezenAanActoren": [{"uuid": a} for a in actors],
            "gevraagdeHandeling": callback.gevraagde_handeling,
            "toelichting": toelichting, "status": "te_verwerken",
        })
        if response.is_success:
            return CallbackRef(url=response.json()["url"],
                               referentienummer=callback.referentienummer)
        if Problem.of(response).has("referentienummer", "unique"):
            for found in self._call.pages(url, {"referentienummer": callback.referentienummer}):
                return CallbackRef(url=found["url"], referentienummer=callback.referentienummer)
        raise self._call.rejected("POST", url, response)

    def _contact_of(self, referentienummer: str) -> tuple[str, str | None]:
        """The klantcontact's uuid and its betrokkene's (None for an anonymous contact)."""
        with self._lock:
            made = self._made_contacts.get(referentienummer)
        if made is not None:
            return made
        contact = self._klantcontact(referentienummer)
        if contact is None:
            raise RegistryRejected(
                "Het klantcontact van dit terugbelverzoek bestaat niet in het "
                "klantcontactsysteem.",
                "Bekijk het verzoek met 'sync show' en verstuur eerst het klantcontact.",
                detail=f"no klantcontact {referentienummer}")
        betrokkenen = contact.get("hadBetrokkenen") or []
        return str(contact["uuid"]), str(betrokkenen[0]["uuid"]) if betrokkenen else None

    def _actor(self, actor: Actor) -> str:
        """The uuid of the actor with this identificator; created when there is none
        (Open Klant does not keep actoren unique, so look first)."""
        key = _actor_key(actor)
        _, register, _ = key
        soort = "email" if actor.code_objecttype == "mdw" else "idf"
        params = {"actoridentificatorObjectId": actor.identificator,
                  "actoridentificatorCodeRegister": register,
                  "actoridentificatorCodeObjecttype": actor.code_objecttype}
        # Look and create under one lock: the relay delivers several customers at once, and
        # two callbacks to the same afdeling must not both find none and both create one.
        with self._actor_lock:
            if key in self._actors:
                return self._actors[key]
            for found in self._call.pages(f"{self._root}/actoren", params):
                self._actors[key] = str(found["uuid"])
                return self._actors[key]
            made = self._call.ok_json("POST", f"{self._root}/actoren", json={
                "naam": actor.naam, "soortActor": actor.soort, "indicatieActief": True,
                "actoridentificator": {"objectId": actor.identificator,
                                       "codeObjecttype": actor.code_objecttype,
                                       "codeRegister": register, "codeSoortObjectId": soort}})
            self._actors[key] = str(made["uuid"])
        with self._lock:
            self._actor_names[str(made["url"])] = actor.naam
        return str(made["uuid"])

    def _digitaal_adres(self, betrokkene: str, adres: str, soort: str, *, look: bool) -> None:
        url = f"{self._root}/digitaleadressen"
        params = {"verstrektDoorBetrokkene__uuid": betrokkene, "adres": adres,
                  "soortDigitaalAdres": soort}
        if look and any(True for _ in self._call.pages(url, params)):
            return
        self._call.ok_json("POST", url, json={
            "verstrektDoorBetrokkene": {"uuid": betrokkene}, "verstrektDoorPartij": None,
            "adres": adres, "soortDigitaalAdres": soort, "omschrijving": soort})

    # the team's callbacks ---------------------------------------------------------------

    def open_callbacks(self, actoren: Sequence[Actor]) -> tuple[TeamCallback, ...]:
        """One request per actor to find it (actoren are not unique: each match counts),
        one paged list per actor uuid, one GET per klantcontact for its onderwerp: each
        step's requests in parallel."""
        with ThreadPoolExecutor(max_workers=8) as pool:
            uuids = {u for found in pool.map(self._actor_uuids, actoren) for u in found}
            taken: dict[str, Json] = {}
            for page in pool.map(self._open_taken, sorted(uuids)):
                for taak in page:
                    taken.setdefault(taak["url"], taak)
            contact_urls = sorted({t["aanleidinggevendKlantcontact"]["url"]
                                   for t in taken.values()})
            contacts = dict(zip(contact_urls, pool.map(
                lambda url: self._call.ok_json("GET", url), contact_urls), strict=True))
            actor_urls = sorted({a["url"] for t in taken.values()
                                 for a in t.get("toegewezenAanActoren") or ()})
            list(pool.map(self._actor_name, actor_urls))
        found = [TeamCallback(
            url=t["url"], referentienummer=t.get("referentienummer") or "",
            status=t["status"], toegewezen_op=_parse(t["toegewezenOp"]),
            toelichting=t.get("toelichting", ""),
            toegewezen_aan=tuple(self._actor_name(a["url"])
                                 for a in t.get("toegewezenAanActoren") or ()),
            onderwerp=contacts[t["aanleidinggevendKlantcontact"]["url"]].get("onderwerp", ""),
            kanaal=contacts[t["aanleidinggevendKlantcontact"]["url"]].get("kanaal", ""),
        ) for t in taken.values()]
        found.sort(key=lambda c: (c.toegewezen_op, c.referentienummer, c.url))
        return tuple(found)

    def _actor_uuids(self, actor: Actor) -> list[str]:
        register = "handmatig" if actor.code_objecttype == "mdw" else "obj"
        params = {"actoridentificatorObjectId": actor.identificator,
                  "actoridentificatorCodeRegister": register,
                  "actoridentificatorCodeObjecttype": actor.code_objecttype}
        return [str(found["uuid"]) for found in self._call.pages(f"{self._root}/actoren",
                                                                 params)]

    def _open_taken(self, actor_uuid: str) -> list[Json]:
        return list(self._call.pages(f"{self._root}/internetaken", {
            "toegewezenAanActor__uuid": actor_uuid, "status": "te_verwerken",
            "pageSize": str(self._page_size)}))

    def complete_callback(self, url: str) -> datetime:
        """PATCH status verwerkt; Open Klant sets afgehandeldOp (and keeps it when the task
        was already done, so a second PATCH answers the first time)."""
        done = self._call.ok_json("PATCH", url, json={"status": "verwerkt"})
        return _parse(done["afgehandeldOp"])


def _forget(known: dict[Any, str], key: Any, lock: threading.Lock) -> bool:
    """Drop a remembered uuid; whether there was one (then a retry may look it up)."""
    with lock:
        return known.pop(key, None) is not None


def _actor_key(actor: Actor) -> tuple[str, str, str]:
    """(objectId, codeRegister, codeObjecttype): how Loket identifies an actor."""
    register = "handmatig" if actor.code_objecttype == "mdw" else "obj"
    return actor.identificator, register, actor.code_objecttype


def _with_addresses(callback: NewCallbackRequest) -> str:
    """The toelichting with the phone numbers and e-mail address on top (at most 1000; the
    desk checks the whole text fits before saving, see domain.desk.toelichting_left)."""
    head = address_lines(callback.telefoonnummers, callback.emailadres)
    return head + callback.toelichting[:1000 - len(head)]


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))
