"""A reference Open Klant 2.18 (Klantinteracties API 0.9.0): stateful, in-process, on a real
HTTP server, answering as the recorded real server does (recordings/openklant-2.18.json) and
validating every request and response against the vendored spec.

Implemented: partijen (persoon with nested partijIdentificatoren, unique identificator, filter
by BSN), maak-klantcontact (every recorded validation and the unique referentienummer; atomic),
klantcontacten (filters Loket uses, ``expand`` of the recorded values, paging with
``pageSize``), actoren (NOT unique, as recorded), internetaken (unique referentienummer, exactly
one of toegewezenAanActor/-Actoren), digitaleadressen (``verstrektDoorPartij`` key required,
phone and e-mail checks). Token auth with the recorded 401 answers.
Not implemented (Loket does not use them): bijlagen, categorieën, rekeningnummers,
vertegenwoordigingen, actorklantcontacten, partij-identificatoren as a resource, PUT, and
PATCH of anything but an internetaak (its status, as the desk marks a callback done).
"""

from __future__ import annotations

import copy
import json
import re
import uuid
from typing import Any

from tests.reference_servers.zgw_http import (
    Api,
    ApiError,
    ReferenceServer,
    Request,
    Response,
    invalid_param,
    now_utc,
)
from tests.reference_servers.zgw_spec import spec

TOKEN = "0123456789abcdef0123456789abcdef01234567"
REQUIRED = "Dit veld is vereist."
Json = Any
# Open Klant's phone validator (utils/validators.py): a Django RegexValidator, so SEARCHED,
# not anchored: "tel. 0612345678" passes there. KISS and Loket anchor it (stricter).
_PHONE = re.compile(r"(0[8-9]00[0-9]{4,7})|(0[1-9][0-9]{8})|(\+[0-9]{9,20}|1400|140[0-9]{2,3})")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_HISTORY_EXPAND = frozenset({"hadBetrokkenen", "leiddeTotInterneTaken",
                             "gingOverOnderwerpobjecten", "omvatteBijlagen",
                             "hadBetrokkenen.wasPartij", "hadBetrokkenen.digitaleAdressen"})


def _max_length(name: str, limit: int) -> dict[str, str]:
    return invalid_param(name, "max_length",
                         f"Zorg ervoor dat dit veld niet meer dan {limit} karakters bevat.")


class KlantinteractiesApi(Api):
    root = "/klantinteracties/api/v1"
    api_version = "0.9.0"
    validation_title = "Ongeldige invoerwaarde."
    PAGE_SIZE = 100

    def __init__(self, tokens: set[str]) -> None:
        super().__init__()
        self.spec = spec("klantinteracties-openklant-2.18.0.yaml")
        self._tokens = tokens
        self.partijen: dict[str, Json] = {}
        self.klantcontacten: dict[str, Json] = {}
        self.betrokkenen: dict[str, Json] = {}
        self.onderwerpobjecten: dict[str, Json] = {}
        self.actoren: dict[str, Json] = {}
        self.internetaken: dict[str, Json] = {}
        self.digitaleadressen: dict[str, Json] = {}

    # auth --------------------------------------------------------------------------------

    def authenticate(self, request: Request) -> None:
        header = request.headers.get("authorization", "")
        scheme, _, key = header.partition(" ")
        challenge = {"WWW-Authenticate": "Token"}
        if scheme != "Token":
            raise ApiError(401, "not_authenticated", "Authenticatiegegevens zijn niet "
                           "opgegeven.", kind="NotAuthenticated", headers=challenge)
        if not key.strip():
            raise ApiError(401, "authentication_failed", "Ongeldige authenticatiegegevens.",
                           "Ongeldige token header. Geen logingegevens opgegeven",
                           kind="AuthenticationFailed", headers=challenge)
        if key.strip() not in self._tokens:
            raise ApiError(401, "authentication_failed", "Ongeldige authenticatiegegevens.",
                           "Ongeldige token.", kind="AuthenticationFailed", headers=challenge)

    # routing -----------------------------------------------------------------------------

    def route(self, request: Request) -> Response:
        parts = request.path.strip("/").split("/")
        handler = {
            ("GET", "partijen", 1): self._list_partijen,
            ("POST", "partijen", 1): self._create_partij,
            ("POST", "maak-klantcontact", 1): self._maak_klantcontact,
            ("GET", "klantcontacten", 1): self._list_klantcontacten,
            ("GET", "klantcontacten", 2): self._klantcontact_detail,
            ("GET", "actoren", 1): self._list_actoren,
            ("GET", "actoren", 2): self._actor_detail,
            ("POST", "actoren", 1): self._create_actor,
            ("GET", "internetaken", 1): self._list_internetaken,
            ("POST", "internetaken", 1): self._create_internetaak,
            ("GET", "internetaken", 2): self._internetaak_detail,
            ("PATCH", "internetaken", 2): self._patch_internetaak,
            ("GET", "digitaleadressen", 1): self._list_digitaleadressen,
            ("POST", "digitaleadressen", 1): self._create_digitaal_adres,
        }.get((request.method, parts[0], len(parts)))
        if handler is None:
            raise ApiError(404, "not_found", "Niet gevonden.", kind="NotFound")
        return handler(request)

    def _ref(self, kind: str, key: str) -> Json:
        return {"uuid": key, "url": self.url(f"/{kind}/{key}")}

    @staticmethod
    def _filtered(items: list[Json], request: Request, fields: dict[str, Any]) -> list[Json]:
        for name, value in request.query:
            if name in fields:
                items = [item for item in items if fields[name](item) == value]
        return items

    # partijen ----------------------------------------------------------------------------

    def _create_partij(self, request: Request) -> Response:
        body = request.body
        key = str(uuid.uuid4())
        identificatoren = []
        for entry in body.get("partijIdentificatoren") or []:
            ident = entry["partijIdentificator"]
            if any(i["partijIdentificator"] == ident for p in self.partijen.values()
                   for i in p["partijIdentificatoren"]):
                raise self.validation_error(invalid_param(
                    "__all__", "invalid", "`PartijIdentificator` moet uniek zijn, er bestaat "
                    "er al een met deze gegevenscombinatie."))
            ident_key = str(uuid.uuid4())
            identificatoren.append({
                **self._ref("partij-identificatoren", ident_key),
                "identificeerdePartij": self._ref("partijen", key),
                "anderePartijIdentificator": "", "partijIdentificator": dict(ident),
                "subIdentificatorVan": None})
        naam = (body.get("partijIdentificatie") or {}).get("contactnaam") or {}
        contactnaam = {"voorletters": "", "voornaam": "", "voorvoegselAchternaam": "",
                       "achternaam": "", **naam}
        volledig = " ".join(part for part in (contactnaam["voornaam"],
                                              contactnaam["voorvoegselAchternaam"],
                                              contactnaam["achternaam"]) if part)
        partij = {
            **self._ref("partijen", key), "nummer": None, "interneNotitie": "",
            "betrokkenen": [], "categorieRelaties": [], "digitaleAdressen": [],
            "voorkeursDigitaalAdres": None, "vertegenwoordigden": [], "rekeningnummers": [],
            "voorkeursRekeningnummer": None, "partijIdentificatoren": identificatoren,
            "soortPartij": body["soortPartij"], "indicatieGeheimhouding": None,
            "voorkeurstaal": "", "indicatieActief": body["indicatieActief"],
            "bezoekadres": None, "correspondentieadres": None,
            "partijIdentificatie": {"contactnaam": contactnaam, "volledigeNaam": volledig},
        }
        self.partijen[key] = partij
        return Response(201, copy.deepcopy(partij), {"Location": partij["url"]})

    def _list_partijen(self, request: Request) -> Response:
        fields = {
            "soortPartij": lambda p: p["soortPartij"],
            "partijIdentificator__codeSoortObjectId": None,
            "partijIdentificator__objectId": None,
        }
        self.check_query(request, frozenset(fields))
        partijen = [p for p in self.partijen.values() if p["soortPartij"] == (
            request.arg("soortPartij") or p["soortPartij"])]
        soort, object_id = (request.arg("partijIdentificator__codeSoortObjectId"),
                            request.arg("partijIdentificator__objectId"))
        partijen = [p for p in partijen if any(
            soort in (None, i["partijIdentificator"]["codeSoortObjectId"])
            and object_id in (None, i["partijIdentificator"]["objectId"])
            for i in p["partijIdentificatoren"])] if soort or object_id else partijen
        return Response(200, self.page(request, copy.deepcopy(partijen), self.PAGE_SIZE))

    # klantcontacten ----------------------------------------------------------------------

    def _maak_klantcontact(self, request: Request) -> Response:
        body = request.body
        contact, betrokkene_in = body["klantcontact"], body.get("betrokkene")
        problems = self._check_klantcontact(contact)
        partij_key = None
        if betrokkene_in is not None:
            if "initiator" not in betrokkene_in:
                problems.append(invalid_param("betrokkene.initiator", "required", REQUIRED))
            was = betrokkene_in.get("wasPartij")
            if was is not None:
                partij_key = was["uuid"]
                if partij_key not in self.partijen:
                    problems.append(invalid_param("betrokkene.wasPartij.uuid", "invalid",
                                                  "Partij object bestaat niet."))
        if problems:
            raise self.validation_error(*problems)
        key = str(uuid.uuid4())
        klantcontact = {
            **self._ref("klantcontacten", key), "gingOverOnderwerpobjecten": [],
            "hadBetrokkenActoren": [], "omvatteBijlagen": [], "hadBetrokkenen": [],
            "leiddeTotInterneTaken": [], "nummer": None,
            "referentienummer": contact.get("referentienummer", ""),
            "kanaal": contact["kanaal"], "onderwerp": contact["onderwerp"],
            "inhoud": contact.get("inhoud", ""), "reactie": contact.get("reactie", ""),
            "indicatieContactGelukt": contact.get("indicatieContactGelukt"),
            "hoofdOnderwerpType": "",
            "verdereActieOndernomen": contact.get("verdereActieOndernomen", False),
            "taal": contact["taal"], "vertrouwelijk": contact["vertrouwelijk"],
            "plaatsgevondenOp": contact.get("plaatsgevondenOp") or now_utc(),
            "metadata": contact.get("metadata", {}),
        }
        self.klantcontacten[key] = klantcontact
        # Open Klant answers null for a part left out; the spec does not allow null there, so
        # this server leaves the key out (issue 10: where they differ, follow the spec).
        answer: dict[str, Json] = {}
        if betrokkene_in is not None:
            answer["betrokkene"] = self._add_betrokkene(klantcontact, betrokkene_in, partij_key)
        if body.get("onderwerpobject") is not None:
            answer["onderwerpobject"] = self._add_onderwerpobject(klantcontact,
                                                                  body["onderwerpobject"])
        answer["klantcontact"] = copy.deepcopy(klantcontact)
        return Response(201, answer)

    def _check_klantcontact(self, contact: Json) -> list[dict[str, str]]:
        problems = []
        nummer = contact.get("referentienummer")
        if nummer:
            if len(nummer) > 10:
                problems.append(_max_length("klantcontact.referentienummer", 10))
            elif not nummer.isdigit():
                problems.append(invalid_param("klantcontact.referentienummer", "invalid",
                                              "Voer een geldig geheel getal in."))
            elif any(k["referentienummer"] == nummer for k in self.klantcontacten.values()):
                problems.append(invalid_param(
                    "klantcontact.referentienummer", "unique",
                    "Er bestaat al een klantcontact met eenzelfde referentienummer."))
        if len(contact.get("onderwerp", "")) > 200:
            problems.append(_max_length("klantcontact.onderwerp", 200))
        for name, value in (contact.get("metadata") or {}).items():
            if not isinstance(value, str):
                problems.append(invalid_param(f"klantcontact.metadata.{name}", "invalid",
                                              "Not a valid string."))
            elif len(value) > 255:
                problems.append(_max_length(f"klantcontact.metadata.{name}", 255))
        if contact.get("indicatieContactGelukt") and contact.get("verdereActieOndernomen"):
            problems.append(invalid_param(
                "klantcontact.nonFieldErrors", "no-further-action-when-contact-succesful",
                "Als het contact gelukt is kan er geen verdere actie zijn ondernomen"))
        return problems

    def _add_betrokkene(self, klantcontact: Json, given: Json, partij_key: str | None) -> Json:
        key = str(uuid.uuid4())
        naam = {"voorletters": "", "voornaam": "", "voorvoegselAchternaam": "",
                "achternaam": "", **(given.get("contactnaam") or {})}
        betrokkene = {
            **self._ref("betrokkenen", key),
            "wasPartij": self._ref("partijen", partij_key) if partij_key else None,
            "hadKlantcontact": self._ref("klantcontacten", klantcontact["uuid"]),
            "digitaleAdressen": [], "bezoekadres": None, "correspondentieadres": None,
            "contactnaam": naam,
            "volledigeNaam": " ".join(p for p in (naam["voornaam"], naam["achternaam"]) if p),
            "rol": given.get("rol", "klant"), "organisatienaam": "",
            "initiator": given["initiator"],
        }
        self.betrokkenen[key] = betrokkene
        klantcontact["hadBetrokkenen"].append(self._ref("betrokkenen", key))
        if partij_key:
            self.partijen[partij_key]["betrokkenen"].append(self._ref("betrokkenen", key))
        return copy.deepcopy(betrokkene)

    def _add_onderwerpobject(self, klantcontact: Json, given: Json) -> Json:
        key = str(uuid.uuid4())
        onderwerp = {
            **self._ref("onderwerpobjecten", key),
            "klantcontact": self._ref("klantcontacten", klantcontact["uuid"]),
            "wasKlantcontact": None,
            "onderwerpobjectidentificator": dict(given["onderwerpobjectidentificator"]),
        }
        self.onderwerpobjecten[key] = onderwerp
        klantcontact["gingOverOnderwerpobjecten"].append(self._ref("onderwerpobjecten", key))
        return copy.deepcopy(onderwerp)

    def _list_klantcontacten(self, request: Request) -> Response:
        by_bsn = "hadBetrokkene__wasPartij__partijIdentificator__objectId"
        self.check_query(request, frozenset({by_bsn, "referentienummer", "expand", "kanaal"}))
        expand = self._expansions(request)
        contacts = sorted(self.klantcontacten.values(), reverse=True,
                          key=lambda k: k["plaatsgevondenOp"])
        contacts = self._filtered(contacts, request, {
            "referentienummer": lambda k: k["referentienummer"],
            "kanaal": lambda k: k["kanaal"]})
        bsn = request.arg(by_bsn)
        if bsn is not None:
            contacts = [k for k in contacts if bsn in self._object_ids(k)]
        return Response(200, self.page(request, [self._render(k, expand) for k in contacts],
                                       self.PAGE_SIZE))

    def _klantcontact_detail(self, request: Request) -> Response:
        self.check_query(request, frozenset({"expand"}))
        contact = self.klantcontacten.get(request.path.strip("/").split("/")[1])
        if contact is None:
            raise ApiError(404, "not_found", "Niet gevonden.", kind="NotFound")
        return Response(200, self._render(contact, self._expansions(request)))

    def _object_ids(self, contact: Json) -> set[str]:
        ids = set()
        for ref in contact["hadBetrokkenen"]:
            partij = self.betrokkenen[ref["uuid"]]["wasPartij"]
            if partij:
                ids |= {i["partijIdentificator"]["objectId"]
                        for i in self.partijen[partij["uuid"]]["partijIdentificatoren"]}
        return ids

    def _expansions(self, request: Request) -> set[str]:
        value = request.arg("expand")
        if not value:
            return set()
        asked = {item.strip() for item in value.split(",")}
        for item in sorted(asked):
            if item not in _HISTORY_EXPAND:
                raise self.validation_error(invalid_param(
                    "expand", "invalid_choice",
                    f"Selecteer een geldige keuze. {item} is geen beschikbare keuze."))
        return asked

    def _render(self, contact: Json, expand: set[str]) -> Json:
        out = copy.deepcopy(contact)
        out["_expand"] = {}
        if "leiddeTotInterneTaken" in expand:
            out["_expand"]["leiddeTotInterneTaken"] = [
                copy.deepcopy(self.internetaken[r["uuid"]])
                for r in contact["leiddeTotInterneTaken"]]
        if "gingOverOnderwerpobjecten" in expand:
            out["_expand"]["gingOverOnderwerpobjecten"] = [
                copy.deepcopy(self.onderwerpobjecten[r["uuid"]])
                for r in contact["gingOverOnderwerpobjecten"]]
        if "hadBetrokkenen" in expand:
            out["_expand"]["hadBetrokkenen"] = [
                self._render_betrokkene(self.betrokkenen[r["uuid"]], expand)
                for r in contact["hadBetrokkenen"]]
        if "omvatteBijlagen" in expand:
            out["_expand"]["omvatteBijlagen"] = []
        return out

    def _render_betrokkene(self, betrokkene: Json, expand: set[str]) -> Json:
        out = copy.deepcopy(betrokkene)
        out["_expand"] = {}
        if "hadBetrokkenen.wasPartij" in expand and betrokkene["wasPartij"]:
            out["_expand"]["wasPartij"] = copy.deepcopy(
                self.partijen[betrokkene["wasPartij"]["uuid"]])
        if "hadBetrokkenen.digitaleAdressen" in expand:
            out["_expand"]["digitaleAdressen"] = [
                copy.deepcopy(self.digitaleadressen[r["uuid"]])
                for r in betrokkene["digitaleAdressen"]]
        return out

    # actoren -----------------------------------------------------------------------------

    def _create_actor(self, request: Request) -> Response:
        body = request.body
        key = str(uuid.uuid4())
        actor = {**self._ref("actoren", key), "naam": body["naam"],
                 "soortActor": body["soortActor"],
                 "indicatieActief": body.get("indicatieActief", True),
                 "actoridentificator": body.get("actoridentificator")}
        self.actoren[key] = actor  # NOT unique by actoridentificator (as Open Klant 2.18)
        return Response(201, copy.deepcopy(actor), {"Location": actor["url"]})

    def _list_actoren(self, request: Request) -> Response:
        def ident(name: str) -> Any:
            return lambda a: (a["actoridentificator"] or {}).get(name)

        fields = {"actoridentificatorObjectId": ident("objectId"),
                  "actoridentificatorCodeRegister": ident("codeRegister"),
                  "actoridentificatorCodeObjecttype": ident("codeObjecttype"),
                  "actoridentificatorCodeSoortObjectId": ident("codeSoortObjectId"),
                  "naam": lambda a: a["naam"], "soortActor": lambda a: a["soortActor"]}
        self.check_query(request, frozenset(fields))
        actoren = self._filtered(list(self.actoren.values()), request, fields)
        return Response(200, self.page(request, copy.deepcopy(actoren), self.PAGE_SIZE))

    def _actor_detail(self, request: Request) -> Response:
        actor = self.actoren.get(request.path.strip("/").split("/")[1])
        if actor is None:
            raise ApiError(404, "not_found", "Niet gevonden.", kind="NotFound")
        return Response(200, copy.deepcopy(actor))

    # internetaken ------------------------------------------------------------------------

    def _create_internetaak(self, request: Request) -> Response:
        body = request.body
        problems = []
        nummer = body.get("referentienummer", "")
        if nummer and any(t["referentienummer"] == nummer for t in self.internetaken.values()):
            problems.append(invalid_param(
                "referentienummer", "unique",
                "Er bestaat al een interne taak met eenzelfde referentienummer."))
        single, several = body.get("toegewezenAanActor"), body.get("toegewezenAanActoren")
        if single and several:
            problems.append(invalid_param(
                "nonFieldErrors", "invalid", "`toegewezen_aan_actor` en "
                "`toegewezen_aan_actoren` mag niet beiden gebruikt worden."))
        elif not single and not several:
            problems.append(invalid_param(
                "nonFieldErrors", "invalid", "`toegewezen_aan_actor` of "
                "`toegewezen_aan_actoren` is required (mag niet beiden gebruiken)."))
        if len(body.get("toelichting", "")) > 1000:
            problems.append(_max_length("toelichting", 1000))
        if body.get("afgehandeldOp") and body["status"] != "verwerkt":
            problems.append(invalid_param(
                "afgehandeldOp", "invalid", "De Internetaak kan geen afgehandeld op datum "
                "bevatten als de status niet op 'verwerkt' staat."))
        contact_key = body["aanleidinggevendKlantcontact"]["uuid"]
        if contact_key not in self.klantcontacten:
            problems.append(invalid_param("aanleidinggevendKlantcontact.uuid", "invalid",
                                          "Klantcontact object bestaat niet."))
        actors = [single] if single else list(several or [])
        if any(a["uuid"] not in self.actoren for a in actors):
            problems.append(invalid_param("toegewezenAanActoren", "invalid",
                                          "Actor object bestaat niet."))
        if problems:
            raise self.validation_error(*problems)
        key = str(uuid.uuid4())
        refs = [self._ref("actoren", a["uuid"]) for a in actors]
        taak = {
            **self._ref("internetaken", key), "nummer": None, "referentienummer": nummer,
            "gevraagdeHandeling": body["gevraagdeHandeling"],
            "aanleidinggevendKlantcontact": self._ref("klantcontacten", contact_key),
            "toegewezenAanActor": refs[0], "toegewezenAanActoren": refs,
            "toelichting": body.get("toelichting", ""), "status": body["status"],
            "toegewezenOp": now_utc(), "afgehandeldOp": body.get("afgehandeldOp"),
        }
        self.internetaken[key] = taak
        self.klantcontacten[contact_key]["leiddeTotInterneTaken"].append(
            self._ref("internetaken", key))
        return Response(201, copy.deepcopy(taak), {"Location": taak["url"]})

    def _list_internetaken(self, request: Request) -> Response:
        fields = {"referentienummer": lambda t: t["referentienummer"],
                  "aanleidinggevendKlantcontact__uuid":
                      lambda t: t["aanleidinggevendKlantcontact"]["uuid"],
                  "status": lambda t: t["status"]}
        by_actor = "toegewezenAanActor__uuid"  # any of its actoren (filter on actoren__uuid)
        self.check_query(request, frozenset(fields) | {by_actor})
        taken = self._filtered(list(self.internetaken.values()), request, fields)
        actor = request.arg(by_actor)
        if actor is not None:
            taken = [t for t in taken if any(a["uuid"] == actor
                                             for a in t["toegewezenAanActoren"])]
        return Response(200, self.page(request, copy.deepcopy(taken), self.PAGE_SIZE))

    def _internetaak(self, request: Request) -> Json:
        taak = self.internetaken.get(request.path.strip("/").split("/")[1])
        if taak is None:
            raise ApiError(404, "not_found", "Niet gevonden.", kind="NotFound")
        return taak

    def _internetaak_detail(self, request: Request) -> Response:
        return Response(200, copy.deepcopy(self._internetaak(request)))

    def _patch_internetaak(self, request: Request) -> Response:
        """Status (and afgehandeldOp) only; Open Klant's InterneTaak.save sets afgehandeldOp
        when the status becomes verwerkt without one, and clears it for te_verwerken."""
        taak, body = self._internetaak(request), request.body or {}
        status = body.get("status", taak["status"])
        if body.get("afgehandeldOp") and status != "verwerkt":
            raise self.validation_error(invalid_param(
                "afgehandeldOp", "invalid", "De Internetaak kan geen afgehandeld op datum "
                "bevatten als de status niet op 'verwerkt' staat."))
        taak["status"] = status
        if "afgehandeldOp" in body:
            taak["afgehandeldOp"] = body["afgehandeldOp"]
        if taak["afgehandeldOp"] is None and status == "verwerkt":
            taak["afgehandeldOp"] = now_utc()
        elif status == "te_verwerken":
            taak["afgehandeldOp"] = None
        return Response(200, copy.deepcopy(taak))

    # digitale adressen -------------------------------------------------------------------

    def _create_digitaal_adres(self, request: Request) -> Response:
        body = request.body
        problems = []
        if "verstrektDoorPartij" not in body:
            problems.append(invalid_param("verstrektDoorPartij", "required", REQUIRED))
        soort, adres = body["soortDigitaalAdres"], body["adres"]
        if soort == "telefoonnummer" and not _PHONE.search(adres):
            problems.append(invalid_param("adres", "invalid",
                                          "Het opgegeven telefoonnummer is ongeldig."))
        if soort == "email" and not _EMAIL.match(adres):
            problems.append(invalid_param("adres", "invalid", "Voer een geldig e-mailadres in."))
        betrokkene = body.get("verstrektDoorBetrokkene")
        if betrokkene and betrokkene["uuid"] not in self.betrokkenen:
            problems.append(invalid_param("verstrektDoorBetrokkene.uuid", "invalid",
                                          "Betrokkene object bestaat niet."))
        if problems:
            raise self.validation_error(*problems)
        key = str(uuid.uuid4())
        partij = body.get("verstrektDoorPartij")
        digitaal = {
            **self._ref("digitaleadressen", key),
            "verstrektDoorBetrokkene": (self._ref("betrokkenen", betrokkene["uuid"])
                                        if betrokkene else None),
            "verstrektDoorPartij": self._ref("partijen", partij["uuid"]) if partij else None,
            "adres": adres, "soortDigitaalAdres": soort,
            "isStandaardAdres": body.get("isStandaardAdres", False),
            "omschrijving": body.get("omschrijving", ""), "verificatieDatum": None,
        }
        self.digitaleadressen[key] = digitaal
        if betrokkene:
            self.betrokkenen[betrokkene["uuid"]]["digitaleAdressen"].append(
                self._ref("digitaleadressen", key))
        return Response(201, copy.deepcopy(digitaal), {"Location": digitaal["url"]})

    def _list_digitaleadressen(self, request: Request) -> Response:
        fields = {"verstrektDoorBetrokkene__uuid":
                      lambda d: (d["verstrektDoorBetrokkene"] or {}).get("uuid"),
                  "adres": lambda d: d["adres"],
                  "soortDigitaalAdres": lambda d: d["soortDigitaalAdres"]}
        self.check_query(request, frozenset(fields))
        found = self._filtered(list(self.digitaleadressen.values()), request, fields)
        return Response(200, self.page(request, copy.deepcopy(found), self.PAGE_SIZE))


class OpenKlantServer(ReferenceServer):
    """Klantinteracties as Open Klant 2.18 serves it. One token: ``TOKEN``."""

    def __init__(self, *, latency_s: float = 0.0, hang_s: float = 10.0,
                 tokens: set[str] | None = None) -> None:
        self.klant = KlantinteractiesApi(tokens or {TOKEN})
        super().__init__(self.klant, latency_s=latency_s, hang_s=hang_s)

    def duplicates(self) -> int:
        """Objects beyond the first per natural key: partij per BSN, klantcontact and
        internetaak per referentienummer, actor per identificator, digitaal adres per
        betrokkene+adres (what exactly-once must keep 0)."""
        api = self.klant
        with api.lock:
            keys: list[tuple[object, ...]] = [
                ("partij", json.dumps(i["partijIdentificator"], sort_keys=True))
                for p in api.partijen.values() for i in p["partijIdentificatoren"]]
            keys += [("klantcontact", k["referentienummer"]) for k in api.klantcontacten.values()
                     if k["referentienummer"]]
            keys += [("internetaak", t["referentienummer"]) for t in api.internetaken.values()
                     if t["referentienummer"]]
            keys += [("actor", json.dumps(a["actoridentificator"], sort_keys=True))
                     for a in api.actoren.values()]
            keys += [("adres", json.dumps(d["verstrektDoorBetrokkene"]), d["adres"])
                     for d in api.digitaleadressen.values()]
        return len(keys) - len(set(keys))
