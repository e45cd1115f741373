"""A reference Open Product 1.8 server (Producttypen API): the read side Loket's catalogue
import uses, on a real HTTP server on 127.0.0.1.

Implemented: ``GET /producttypen/api/v1/producttypen`` (paged as Django REST framework pages:
``page`` and ``page_size``, absolute ``next``/``previous`` links), the producttype with its
nested ``prijzen`` (``prijsopties`` with decimal-string ``bedrag``), ``zaaktypen`` (``urn``,
``url``) and ``parameters``; ``GET /producttypen/api/v1/producttypen/{uuid}/content`` (a plain
list of content elements with ``labels``); translations chosen by ``Accept-Language`` with the
language that came back in ``taal`` (Dutch when there is no translation), as django-parler does;
token authentication (``Authorization: Token <key>``, 401 otherwise).
Shapes follow kcc-desk.md §5.1 (Open Product 1.8: ``uuid`` / ``producttype_uuid`` naming).
"""

from __future__ import annotations

import json
import threading
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

ROOT = "/producttypen/api/v1"
TOKEN = "open-product-test-token-0123456789abcdef"
Json = Any


@dataclass
class Content:
    content: str
    labels: list[str]
    content_en: str = ""
    uuid: str = field(default_factory=lambda: str(uuid.uuid4()))


@dataclass
class ProductType:
    code: str
    naam: str
    samenvatting: str
    uniforme_product_naam: str
    prijzen: list[tuple[str, list[tuple[str, str]]]]  # (actief_vanaf, [(beschrijving, bedrag)])
    zaaktype_url: str
    parameters: dict[str, str] = field(default_factory=dict)
    naam_en: str = ""
    samenvatting_en: str = ""
    content: list[Content] = field(default_factory=list)
    uuid: str = field(default_factory=lambda: str(uuid.uuid4()))

    def render(self, language: str) -> Json:
        english = language == "en" and bool(self.naam_en)
        return {
            "uuid": self.uuid,
            "uniforme_product_naam": self.uniforme_product_naam,
            "naam": self.naam_en if english else self.naam,
            "samenvatting": self.samenvatting_en if english else self.samenvatting,
            "taal": "en" if english else "nl",
            "code": self.code,
            "gepubliceerd": True,
            "toegestane_statussen": ["gereed"],
            "keywords": [],
            "themas": [],
            "prijzen": [
                {"uuid": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{self.uuid}/{vanaf}")),
                 "producttype_uuid": self.uuid, "actief_vanaf": vanaf,
                 "prijsopties": [
                     {"uuid": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{self.uuid}/{vanaf}/{n}")),
                      "bedrag": bedrag, "beschrijving": beschrijving}
                     for n, (beschrijving, bedrag) in enumerate(opties)],
                 "prijsregels": []}
                for vanaf, opties in self.prijzen
            ],
            "zaaktypen": [{"urn": None, "url": self.zaaktype_url}] if self.zaaktype_url else [],
            "verzoektypen": [],
            "processen": [],
            "parameters": [{"naam": k, "waarde": v} for k, v in self.parameters.items()],
            "externe_codes": [],
        }

    def render_content(self, language: str) -> list[Json]:
        return [
            {"uuid": element.uuid,
             "taal": "en" if language == "en" and element.content_en else "nl",
             "content": element.content_en if language == "en" and element.content_en
             else element.content,
             "aanvullende_informatie": "", "labels": element.labels}
            for element in self.content
        ]


class OpenProductServer:
    def __init__(self, producttypen: list[ProductType], *, token: str = TOKEN) -> None:
        self.producttypen = producttypen
        self.token = token
        self.requests: list[str] = []
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._httpd.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True,
                                        name="reference-open-product")

    def __enter__(self) -> OpenProductServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)

    def _answer(self, path: str, query: dict[str, list[str]], headers: dict[str, str],
                ) -> tuple[int, Json]:
        if headers.get("authorization") != f"Token {self.token}":
            return 401, {"detail": "Authenticatiegegevens zijn niet opgegeven."}
        language = "en" if headers.get("accept-language", "").startswith("en") else "nl"
        if path == f"{ROOT}/producttypen":
            size = int(query.get("page_size", ["100"])[0])
            number = int(query.get("page", ["1"])[0])
            items = self.producttypen[(number - 1) * size:number * size]
            if number > 1 and not items:
                return 404, {"detail": "Ongeldige pagina."}
            link = f"{self.base_url}{path}?page={{}}&page_size={size}"
            return 200, {
                "count": len(self.producttypen),
                "next": link.format(number + 1) if number * size < len(self.producttypen)
                else None,
                "previous": link.format(number - 1) if number > 1 else None,
                "results": [item.render(language) for item in items],
            }
        for item in self.producttypen:
            if path == f"{ROOT}/producttypen/{item.uuid}/content":
                return 200, item.render_content(language)
        return 404, {"detail": "Niet gevonden."}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                server.requests.append(parts.path)
                status, body = server._answer(
                    parts.path, parse_qs(parts.query),
                    {k.lower(): v for k, v in self.headers.items()})
                data = json.dumps(body).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler


def sample_producttypen() -> list[ProductType]:
    """A municipality's Open Product: an uittreksel (direct, English) and a passport (pickup,
    with a minors' price, express, and conditional requirements), each priced for 2026 and
    2027, plus a page's worth of simple products so that paging is exercised."""
    zaaktypen = "https://catalogi.example.nl/catalogi/api/v1/zaaktypen/"
    uittreksel = ProductType(
        code="BRP-UITTR", naam="Uittreksel BRP", uniforme_product_naam="brp-uittreksel",
        samenvatting="Een uittreksel uit de Basisregistratie Personen, direct mee.",
        naam_en="Extract from the BRP", samenvatting_en="An extract, to take with you at once.",
        prijzen=[("2026-01-01", [("normaal", "16.10")]),
                 ("2027-01-01", [("normaal", "16.60")])],
        zaaktype_url=zaaktypen + "5c3b1d3e-0f7a-4d0c-9a53-6c1f1f0b2a11",
        parameters={"levering": "direct", "document": "uittreksel-brp"},
        content=[Content("Een geldig identiteitsbewijs", ["Eisen"], "Valid proof of identity"),
                 Content("Bij de balie of online aan te vragen.", ["Voorwaarden"])],
    )
    paspoort = ProductType(
        code="PASPOORT", naam="Paspoort aanvragen", uniforme_product_naam="paspoort",
        samenvatting="Uw paspoort, na 5 werkdagen af te halen.",
        prijzen=[("2026-01-01", [("normaal", "86.49"), ("minderjarig", "64.66"),
                                 ("normaal met spoed", "144.26")]),
                 ("2027-01-01", [("normaal", "89.77"), ("jonger dan 18", "67.11"),
                                 ("spoed", "150.77")])],
        zaaktype_url=zaaktypen + "0b8e2c4a-2a57-4d9b-8a22-7e0e0f1d9c02",
        parameters={"levering": "afhalen", "werkdagen": "5"},
        content=[Content("Een pasfoto van niet ouder dan 6 maanden", ["Eisen"]),
                 Content("Uw huidige paspoort", ["Eisen", "geen vermissing"]),
                 Content("Een verklaring van vermissing", ["Eisen", "vermissing"]),
                 Content("Toestemming van beide ouders", ["Eisen", "minderjarig"])],
    )
    extra = [
        ProductType(
            code=f"PARK-{n}", naam=f"Parkeervergunning zone {n}",
            uniforme_product_naam="parkeervergunning",
            samenvatting="Een bewonersvergunning voor een jaar.",
            prijzen=[("2026-01-01", [("normaal", f"{40 + n}.00")])],
            zaaktype_url=zaaktypen + f"00000000-0000-4000-8000-{n:012d}")
        for n in range(1, 4)
    ]
    return [uittreksel, paspoort, *extra]
