"""A reference Open Zaak 1.30 (Zaken API 1.5.1 + Catalogi API 1.3.1): stateful, in-process, on
a real HTTP server, answering as the recorded real server does (recordings/openzaak-1.30.json)
and validating every request and response against the vendored specs.

Implemented: catalogi zaaktypen/statustypen/roltypen (the recorded catalogue), zaken (create,
list with the filters Loket uses, detail, ``expand`` of zaaktype/status/status.statustype/
rollen, paging with ``pageSize``), rollen (incl. the initiator max-occurences rule), statussen;
JWT HS256 auth with every recorded 403 cause; the Crs headers (412).
Not implemented (not in the 1.5.1 spec, so Loket does not use them): ``zaak_registreren`` and
``zaaknummer_reserveren``.
"""

from __future__ import annotations

import copy
import json
import time
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import jwt

from tests.reference_servers.zgw_http import (
    Api,
    ApiError,
    ReferenceServer,
    Request,
    Response,
    invalid_param,
)
from tests.reference_servers.zgw_spec import spec

RECORDINGS = Path(__file__).resolve().parent / "recordings"
RECORDED_BASE = "http://localhost:8001"
CLIENT_ID = "kcc-loket"
SECRET = "reference-secret-for-the-tests-only-0123456789"
RSIN = "002220647"
JWT_MAX_AGE_S = 3600
JWT_LEEWAY_S = 300  # a recorded iat 120 s in the future was accepted
FORBIDDEN = "Je hebt geen toestemming om deze actie uit te voeren."
CRS = "EPSG:4326"
Json = Any


def rsin_valid(value: str) -> bool:
    """The 11-proef on a 9-digit RSIN."""
    if len(value) != 9 or not value.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(value[:8], range(9, 1, -1), strict=True))
    return (total - int(value[8])) % 11 == 0


class _JwtAuth:
    """Open Zaak's (vng-api-common) JWT checks, in its order, with its codes and texts."""

    def __init__(self, clients: dict[str, str]) -> None:
        self.clients = clients

    def __call__(self, request: Request) -> None:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme != "Bearer" or not token:
            raise _forbidden("permission_denied", FORBIDDEN)
        try:
            claims = jwt.decode(token, options={"verify_signature": False})
        except jwt.PyJWTError:
            raise _forbidden(
                "jwt-decode-error", "Het JWT kon niet gedecodeerd worden. Mogelijks heb je een "
                "copy-paste fout gemaakt") from None
        client_id = claims.get("client_id")
        if not client_id:
            raise _forbidden("missing-client-identifier",
                             "Client identifier is niet aanwezig in JWT")
        secret = self.clients.get(client_id)
        if secret is None:
            raise _forbidden("invalid-client-identifier", "Client identifier bestaat niet")
        try:
            jwt.decode(token, secret, algorithms=["HS256"],
                       options={"verify_iat": False, "verify_exp": False})
        except jwt.InvalidSignatureError:
            raise _forbidden("invalid-jwt-signature",
                             "Client credentials zijn niet geldig") from None
        if "exp" in claims and float(claims["exp"]) < time.time():
            raise _forbidden("jwt-expiredsignatureerror", "JWT is niet valide")
        if "iat" not in claims:
            raise _forbidden("jwt-missing-iat-claim", "Missing required iat claim")
        if float(claims["iat"]) < time.time() - JWT_MAX_AGE_S:
            raise _forbidden("jwt-expired", "De JWT die gebruikt is voor dit verzoek is verlopen")
        if float(claims["iat"]) > time.time() + JWT_LEEWAY_S:
            raise _forbidden("jwt-immature-signature", "JWT is niet valide")


def _forbidden(code: str, detail: str) -> ApiError:
    return ApiError(403, code, FORBIDDEN, detail, kind="PermissionDenied")


def _recorded_catalogue() -> dict[str, list[Json]]:
    """The catalogue the real server was recorded with: 1 zaaktype, 2 statustypen, 2 roltypen."""
    exchanges = json.loads((RECORDINGS / "openzaak-1.30.json").read_text(encoding="utf-8"))
    by_step = {e["step"][:2]: e["response"]["json"] for e in exchanges}
    roltypen = [*by_step["03"]["results"]]
    behandelaar = {**roltypen[0], "url": roltypen[0]["url"].replace(
        "64e1cfe6-e6aa-4d21-b982-ae469855abce", "da8893dc-e0ec-44d8-bcef-271ade4a9618"),
        "omschrijving": "Behandelaar", "omschrijvingGeneriek": "behandelaar"}
    # The spec requires ``zaakobjecttype`` on a statustype; the real server leaves it out.
    statustypen = [{**s, "zaakobjecttype": ""} for s in by_step["02"]["results"]]
    return {"zaaktypen": by_step["01"]["results"], "statustypen": statustypen,
            "roltypen": [*roltypen, behandelaar]}


class CatalogiApi(Api):
    root = "/catalogi/api/v1"
    api_version = "1.3.1"
    validation_title = "Ongeldige invoer."

    def __init__(self, auth: _JwtAuth) -> None:
        super().__init__()
        self.spec = spec("catalogi-api-1.3.1.yaml")
        self._auth = auth
        self._recorded = _recorded_catalogue()

    def authenticate(self, request: Request) -> None:
        self._auth(request)

    def objects(self, kind: str) -> list[Json]:
        text = json.dumps(self._recorded[kind]).replace(RECORDED_BASE, self.base_url)
        return list(json.loads(text))

    def by_url(self, url: str) -> Json | None:
        for kind in self._recorded:
            for item in self.objects(kind):
                if item["url"] == url:
                    return item
        return None

    @property
    def zaaktype_url(self) -> str:
        return str(self.objects("zaaktypen")[0]["url"])

    def route(self, request: Request) -> Response:
        kind, _, ident = request.path.strip("/").partition("/")
        if kind not in self._recorded:
            raise ApiError(404, "not_found", "Niet gevonden.", kind="NotFound")
        if ident:
            found = self.by_url(self.url(request.path))
            if found is None:
                raise ApiError(404, "not_found", "Niet gevonden.", kind="NotFound")
            return Response(200, found)
        filters = {"zaaktypen": {"catalogus", "status", "identificatie"},
                   "statustypen": {"zaaktype", "status"},
                   "roltypen": {"zaaktype", "omschrijvingGeneriek", "status"}}[kind]
        self.check_query(request, frozenset(filters))
        items = [item for item in self.objects(kind)
                 if all(key == "status" or item.get(key) == value
                        for key, value in request.query if key in filters)]
        return Response(200, self.page(request, items))


class ZakenApi(Api):
    root = "/zaken/api/v1"
    api_version = "1.5.1"
    validation_title = "Ongeldige invoer."
    EXPANDABLE = frozenset({"zaaktype", "status", "status.statustype", "rollen"})
    PAGE_SIZE = 100

    def __init__(self, auth: _JwtAuth, catalogi: CatalogiApi) -> None:
        super().__init__()
        self.spec = spec("zaken-api-1.5.1.yaml")
        self._auth = auth
        self.catalogi = catalogi
        self.zaken: dict[str, Json] = {}
        self.rollen: dict[str, Json] = {}
        self.statussen: dict[str, Json] = {}
        self._generated = 0

    def authenticate(self, request: Request) -> None:
        self._auth(request)

    def allowed_extra_query(self) -> frozenset[str]:
        return frozenset({"page", "pageSize"})

    def route(self, request: Request) -> Response:
        parts = request.path.strip("/").split("/")
        kind = parts[0]
        if kind == "zaken":
            self._require_crs(request)
        handler = {
            ("POST", "zaken", 1): self._create_zaak, ("GET", "zaken", 1): self._list_zaken,
            ("GET", "zaken", 2): self._zaak_detail,
            ("POST", "rollen", 1): self._create_rol, ("GET", "rollen", 1): self._list_rollen,
            ("POST", "statussen", 1): self._create_status,
            ("GET", "statussen", 1): self._list_statussen,
        }.get((request.method, kind, len(parts)))
        if handler is None:
            raise ApiError(404, "not_found", "Niet gevonden.", kind="NotFound")
        response = handler(request)
        if kind == "zaken":
            response.headers["Content-Crs"] = CRS
        return response

    @staticmethod
    def _require_crs(request: Request) -> None:
        header = "Content-Crs" if request.method == "POST" else "Accept-Crs"
        if request.headers.get(header.lower()) is None:
            raise ApiError(412, "precondition_failed", "Voorwaarde is niet vervuld",
                           f"'{header}' header ontbreekt", kind="PreconditionFailed",
                           headers={"Content-Crs": CRS})

    # zaken -------------------------------------------------------------------------------

    def _create_zaak(self, request: Request) -> Response:
        body = request.body
        if not rsin_valid(body["bronorganisatie"]):
            raise self.validation_error(
                invalid_param("bronorganisatie", "invalid", "Onjuist RSIN nummer"))
        if self.catalogi.by_url(body["zaaktype"]) is None:
            raise self.validation_error(
                invalid_param("zaaktype", "does_not_exist", "Ongeldige hyperlink - Object "
                              "bestaat niet."))
        identificatie = body.get("identificatie") or self._next_number()
        if any(z["identificatie"] == identificatie
               and z["bronorganisatie"] == body["bronorganisatie"] for z in self.zaken.values()):
            raise self.validation_error(invalid_param(
                "identificatie", "identificatie-niet-uniek",
                f"Deze identificatie ({identificatie}) bestaat al voor deze bronorganisatie"))
        key = str(uuid.uuid4())
        zaak = {
            "url": self.url(f"/zaken/{key}"), "uuid": key, "identificatie": identificatie,
            "bronorganisatie": body["bronorganisatie"],
            "omschrijving": body.get("omschrijving", ""),
            "toelichting": body.get("toelichting", ""), "zaaktype": body["zaaktype"],
            "registratiedatum": date.today().isoformat(),
            "verantwoordelijkeOrganisatie": body["verantwoordelijkeOrganisatie"],
            "startdatum": body["startdatum"], "einddatum": None, "einddatumGepland": None,
            "uiterlijkeEinddatumAfdoening": None, "publicatiedatum": None,
            "laatstGemuteerd": _now(), "laatstGeopend": None, "communicatiekanaal": "",
            "communicatiekanaalNaam": "", "productenOfDiensten": [],
            "vertrouwelijkheidaanduiding": "openbaar", "betalingsindicatie": "",
            "betalingsindicatieWeergave": "", "laatsteBetaaldatum": None,
            "zaakgeometrie": None, "verlenging": None,
            "opschorting": {"indicatie": False, "eerdereOpschorting": False, "reden": ""},
            "selectielijstklasse": "", "hoofdzaak": None, "deelzaken": [],
            "relevanteAndereZaken": [], "gerelateerdeZaken": [], "eigenschappen": [],
            "rollen": [], "status": None, "zaakinformatieobjecten": [], "zaakobjecten": [],
            "kenmerken": body.get("kenmerken", []), "archiefnominatie": None,
            "archiefstatus": "nog_te_archiveren", "archiefactiedatum": None, "resultaat": None,
            "opdrachtgevendeOrganisatie": "", "processobjectaard": "",
            "startdatumBewaartermijn": None,
            "processobject": {"datumkenmerk": "", "identificatie": "", "objecttype": "",
                              "registratie": ""},
        }
        self.zaken[key] = zaak
        return Response(201, copy.deepcopy(zaak), {"Location": zaak["url"]})

    def _next_number(self) -> str:
        """The next free zaaknummer, skipping those clients chose themselves."""
        taken = {z["identificatie"] for z in self.zaken.values()}
        while True:
            self._generated += 1
            number = f"ZAAK-{date.today().year}-{self._generated:010d}"
            if number not in taken:
                return number

    def _list_zaken(self, request: Request) -> Response:
        filters = {"identificatie", "bronorganisatie", "zaaktype", "kenmerk",
                   "rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn",
                   "rol__omschrijvingGeneriek", "ordering", "expand"}
        self.check_query(request, frozenset(filters))
        expand = self._expansions(request)
        zaken = list(self.zaken.values())
        for key, value in request.query:
            if key in {"identificatie", "bronorganisatie", "zaaktype"}:
                zaken = [z for z in zaken if z[key] == value]
            elif key == "kenmerk":
                bron, _, kenmerk = value.partition(":")
                zaken = [z for z in zaken if {"bron": bron, "kenmerk": kenmerk} in z["kenmerken"]]
            elif key == "rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn":
                generiek = request.arg("rol__omschrijvingGeneriek")
                zaken = [z for z in zaken if any(
                    r["zaak"] == z["url"] and r["betrokkeneType"] == "natuurlijk_persoon"
                    and r["betrokkeneIdentificatie"].get("inpBsn") == value
                    and generiek in (None, r["omschrijvingGeneriek"])
                    for r in self.rollen.values())]
            elif key == "ordering":
                field = value.lstrip("-")
                zaken.sort(key=lambda z, f=field: z[f] or "", reverse=value.startswith("-"))
        page = self.page(request, [self._render(z, expand) for z in zaken], self.PAGE_SIZE)
        return Response(200, page)

    def _zaak_detail(self, request: Request) -> Response:
        self.check_query(request, frozenset({"expand"}))
        zaak = self.zaken.get(request.path.strip("/").split("/")[1])
        if zaak is None:
            raise ApiError(404, "not_found", "Niet gevonden.", kind="NotFound")
        return Response(200, self._render(zaak, self._expansions(request)))

    def _expansions(self, request: Request) -> set[str]:
        value = request.arg("expand")
        if not value:
            return set()
        asked = {item.strip() for item in value.split(",")}
        for item in sorted(asked):
            if item not in self.EXPANDABLE:
                raise self.validation_error(invalid_param(
                    "expand", "invalid_choice",
                    f"Selecteer een geldige keuze. {item} is geen beschikbare keuze."))
        return asked

    def _render(self, zaak: Json, expand: set[str]) -> Json:
        out = copy.deepcopy(zaak)
        out["_expand"] = {}
        if "zaaktype" in expand:
            out["_expand"]["zaaktype"] = self.catalogi.by_url(zaak["zaaktype"])
        if "status" in expand and zaak["status"]:
            status = copy.deepcopy(self.statussen[zaak["status"].rsplit("/", 1)[1]])
            status["_expand"] = {}
            if "status.statustype" in expand:
                status["_expand"]["statustype"] = self.catalogi.by_url(status["statustype"])
            out["_expand"]["status"] = status
        if "rollen" in expand:
            out["_expand"]["rollen"] = [copy.deepcopy(self.rollen[u.rsplit("/", 1)[1]])
                                        for u in zaak["rollen"]]
        return out

    # rollen ------------------------------------------------------------------------------

    def _zaak_of(self, url: str, name: str = "zaak") -> Json:
        zaak = next((z for z in self.zaken.values() if z["url"] == url), None)
        if zaak is None:
            raise self.validation_error(invalid_param(
                name, "does_not_exist", "Ongeldige hyperlink - Object bestaat niet."))
        return zaak

    def _create_rol(self, request: Request) -> Response:
        body = request.body
        zaak = self._zaak_of(body["zaak"])
        roltype = self.catalogi.by_url(body["roltype"])
        if roltype is None or "roltypen" not in body["roltype"]:
            raise self.validation_error(invalid_param(
                "roltype", "does_not_exist", "Ongeldige hyperlink - Object bestaat niet."))
        generiek = roltype["omschrijvingGeneriek"]
        if generiek in {"initiator", "zaakcoordinator"}:
            count = sum(1 for r in self.rollen.values()
                        if r["zaak"] == zaak["url"] and r["omschrijvingGeneriek"] == generiek)
            if count:
                raise self.validation_error(invalid_param(
                    "roltype", "max-occurences", f"De waarde `{generiek}` komt al {count} keer "
                    "voor"))
        key = str(uuid.uuid4())
        identificatie = {"inpBsn": "", "anpIdentificatie": "", "inpA_nummer": "",
                         "geslachtsnaam": "", "voorvoegselGeslachtsnaam": "", "voorletters": "",
                         "voornamen": "", "geslachtsaanduiding": "", "geboortedatum": "",
                         **body.get("betrokkeneIdentificatie", {})}
        rol = {
            "url": self.url(f"/rollen/{key}"), "uuid": key, "zaak": zaak["url"],
            "betrokkene": body.get("betrokkene", ""), "betrokkeneType": body["betrokkeneType"],
            "afwijkendeNaamBetrokkene": "", "roltype": body["roltype"],
            "omschrijving": roltype["omschrijving"], "omschrijvingGeneriek": generiek,
            "roltoelichting": body.get("roltoelichting", ""), "registratiedatum": _now(),
            "indicatieMachtiging": "",
            "contactpersoonRol": {"emailadres": "", "functie": "", "telefoonnummer": "",
                                  "naam": ""},
            "statussen": [], "betrokkeneIdentificatie": identificatie,
        }
        self.rollen[key] = rol
        zaak["rollen"].append(rol["url"])
        return Response(201, copy.deepcopy(rol), {"Location": rol["url"]})

    def _list_rollen(self, request: Request) -> Response:
        bsn_filter = "betrokkeneIdentificatie__natuurlijkPersoon__inpBsn"
        self.check_query(request, frozenset({"zaak", "roltype", "omschrijvingGeneriek",
                                             bsn_filter}))
        rollen = list(self.rollen.values())
        for key, value in request.query:
            if key in {"zaak", "roltype", "omschrijvingGeneriek"}:
                rollen = [r for r in rollen if r[key] == value]
            elif key == bsn_filter:
                rollen = [r for r in rollen if r["betrokkeneIdentificatie"]["inpBsn"] == value]
        return Response(200, self.page(request, copy.deepcopy(rollen), self.PAGE_SIZE))

    # statussen ---------------------------------------------------------------------------

    def _create_status(self, request: Request) -> Response:
        body = request.body
        zaak = self._zaak_of(body["zaak"])
        statustype = self.catalogi.by_url(body["statustype"])
        if statustype is None or "statustypen" not in body["statustype"]:
            raise self.validation_error(invalid_param(
                "statustype", "does_not_exist", "Ongeldige hyperlink - Object bestaat niet."))
        for other in self.statussen.values():
            if other["zaak"] == zaak["url"]:
                other["indicatieLaatstGezetteStatus"] = False
        key = str(uuid.uuid4())
        status = {
            "url": self.url(f"/statussen/{key}"), "uuid": key, "zaak": zaak["url"],
            "statustype": body["statustype"], "datumStatusGezet": body["datumStatusGezet"],
            "statustoelichting": body.get("statustoelichting", ""),
            "indicatieLaatstGezetteStatus": True, "zaakinformatieobjecten": [],
        }
        self.statussen[key] = status
        zaak["status"] = status["url"]
        if statustype["isEindstatus"]:
            zaak["einddatum"] = body["datumStatusGezet"][:10]
        return Response(201, copy.deepcopy(status), {"Location": status["url"]})

    def _list_statussen(self, request: Request) -> Response:
        self.check_query(request, frozenset({"zaak", "statustype"}))
        statussen = [s for s in self.statussen.values()
                     if all(s.get(k) == v for k, v in request.query if k in {"zaak",
                                                                          "statustype"})]
        return Response(200, self.page(request, copy.deepcopy(statussen), self.PAGE_SIZE))


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S.000000Z", time.gmtime())


class OpenZaakServer(ReferenceServer):
    """Catalogi + Zaken on one host, as Open Zaak serves them. One client: ``CLIENT_ID`` with
    ``SECRET``."""

    def __init__(self, *, latency_s: float = 0.0, hang_s: float = 10.0,
                 clients: dict[str, str] | None = None) -> None:
        auth = _JwtAuth(clients or {CLIENT_ID: SECRET})
        self.catalogi = CatalogiApi(auth)
        self.zaken = ZakenApi(auth, self.catalogi)
        super().__init__(self.zaken, self.catalogi, latency_s=latency_s, hang_s=hang_s)

    @property
    def zaaktype_url(self) -> str:
        return self.catalogi.zaaktype_url

    def duplicates(self) -> int:
        """Objects beyond the first per natural key: zaak per identificatie+bronorganisatie,
        rol per zaak+roltype+BSN, status per zaak+statustype (what exactly-once must keep 0)."""
        api = self.zaken
        with api.lock:
            keys = [("zaak", z["identificatie"], z["bronorganisatie"])
                    for z in api.zaken.values()]
            keys += [("rol", r["zaak"], r["roltype"], r["betrokkeneIdentificatie"]["inpBsn"])
                     for r in api.rollen.values()]
            keys += [("status", s["zaak"], s["statustype"]) for s in api.statussen.values()]
        return len(keys) - len(set(keys))

    @property
    def zaken_root(self) -> str:
        return self.base_url + ZakenApi.root

    @property
    def catalogi_root(self) -> str:
        return self.base_url + CatalogiApi.root
