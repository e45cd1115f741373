"""Products from an Open Product server (Producttypen API, Open Product 1.8), as Loket's
catalogue: ``python -m workstation catalogue import --from URL``.

What is read: ``GET /producttypen/api/v1/producttypen`` (paged ``{count, next, previous,
results}``, with the nested ``prijzen``, ``zaaktypen`` and ``parameters``) in Dutch and, with
``Accept-Language: en``, in English (``taal`` says which came back), and
``GET /producttypen/{uuid}/content`` for the requirements. Open Product has no fields for what
only a counter needs, so the conventions below carry them (docs/decisions/0025):

- ``uniforme_product_naam`` is a UPL name; its URI comes from Loket's vendored UPL list.
- ``code`` becomes the product code (lower case, other characters as dashes).
- the first ``zaaktypen[].url`` is the zaaktype.
- ``parameters``: ``levering`` = ``direct`` | ``afhalen``, ``werkdagen`` = N (pickups),
  ``document`` = the document Loket produces (``uittreksel-brp``, ...). No ``levering``: direct.
- content elements labelled ``Eisen`` are the checklist, one item each; a further label makes
  it conditional: ``minderjarig`` (under 18), ``vermissing`` (lost document), ``eerste
  aanvraag``, ``geen eerste aanvraag``, ``geen vermissing``.
- a ``Prijs`` is a tariff from its ``actief_vanaf``; of its ``prijsopties`` (alternatives the
  visitor pays one of) the one whose ``beschrijving`` names ``minderjarig`` or ``jonger dan 18``
  is the minors' fee, one naming ``spoed`` is express (its surcharge: its amount minus the
  normal one), and the first other one the normal fee.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import httpx

from workstation.domain.catalogue import (
    ChecklistItem,
    Condition,
    Delivery,
    Fact,
    FeeOption,
    Product,
    Tariff,
    parse_amount,
)
from workstation.domain.errors import UserFacingError

Json = Any
ROOT = "/producttypen/api/v1"
PAGE_SIZE = 100
_CONDITION_LABELS = {
    "minderjarig": Condition(Fact.UNDER_18),
    "vermissing": Condition(Fact.LOST_DOCUMENT),
    "geen vermissing": Condition(Fact.LOST_DOCUMENT, negated=True),
    "eerste aanvraag": Condition(Fact.FIRST_APPLICATION),
    "geen eerste aanvraag": Condition(Fact.FIRST_APPLICATION, negated=True),
}
_REQUIREMENTS_LABEL = "eisen"
_DELIVERY = {"direct": Delivery.DIRECT, "afhalen": Delivery.PICKUP}


class OpenProductUnavailable(UserFacingError):
    """The server could not be reached, refused the token, or did not answer as Open Product."""


class OpenProductInvalid(UserFacingError):
    """Producttypen that cannot become Loket products; ``problems`` names each."""

    def __init__(self, problems: list[UserFacingError]) -> None:
        super().__init__(
            "Open Product levert {count} producttype(n) die Loket niet kan overnemen; er is "
            "niets gewijzigd.", "Verbeter de producttypen in Open Product en importeer opnieuw.",
            detail="open product import refused: " + "; ".join(p.detail for p in problems),
            count=len(problems),
        )
        self.problems = tuple(problems)


class OpenProductClient:
    def __init__(self, base_url: str, token: str | None, *, timeout_s: float = 10.0,
                 transport: httpx.BaseTransport | None = None) -> None:
        headers = {"Accept": "application/json"}
        if token:
            headers["Authorization"] = f"Token {token}"
        self._base = base_url.rstrip("/")
        self._client = httpx.Client(headers=headers, timeout=timeout_s, transport=transport)

    def close(self) -> None:
        self._client.close()

    def producttypen(self, language: str) -> list[Json]:
        return list(self._pages(f"{self._base}{ROOT}/producttypen", language))

    def content(self, producttype_uuid: str, language: str) -> list[Json]:
        body = self._get(f"{self._base}{ROOT}/producttypen/{producttype_uuid}/content", language,
                         None)
        if not isinstance(body, list):
            raise _unexpected(f"content of {producttype_uuid} is not a list")
        return body

    def _pages(self, url: str, language: str) -> Iterator[Json]:
        params: dict[str, str] | None = {"page_size": str(PAGE_SIZE)}
        next_url: str | None = url
        while next_url:
            page = self._get(next_url, language, params)
            if not isinstance(page, dict) or not isinstance(page.get("results"), list):
                raise _unexpected(f"{next_url}: not a paged list")
            yield from page["results"]
            next_url, params = page.get("next"), None  # ``next`` carries the query itself

    def _get(self, url: str, language: str, params: dict[str, str] | None) -> Json:
        try:
            response = self._client.get(url, params=params,
                                        headers={"Accept-Language": language})
        except httpx.HTTPError as exc:
            raise OpenProductUnavailable(
                "Open Product op {url} is niet bereikbaar.",
                "Controleer het adres en de verbinding, en probeer het opnieuw.",
                detail=f"GET {url}: {exc!r}", url=self._base) from exc
        if response.status_code in (401, 403):
            raise OpenProductUnavailable(
                "Open Product weigert de toegang (HTTP {status}).",
                "Controleer het token in de sleutelbos (--token-secret).",
                detail=f"GET {url}: {response.status_code}", status=response.status_code)
        if response.status_code != 200:
            raise _unexpected(f"GET {url}: HTTP {response.status_code}")
        try:
            return response.json()
        except ValueError as exc:
            raise _unexpected(f"GET {url}: no JSON") from exc


def _unexpected(detail: str) -> OpenProductUnavailable:
    return OpenProductUnavailable(
        "Het adres geeft geen antwoord zoals Open Product dat geeft.",
        "Controleer dat het adres de basis van een Open Product-server is "
        "(zonder /producttypen/api/v1).", detail=detail)


class OpenProductCatalogue:
    """The ``ProductSource`` port (services/catalogue_import.py) on an Open Product server."""

    def __init__(self, client: OpenProductClient,
                 upl_uri: Callable[[str], str | None]) -> None:
        self._client = client
        self._upl_uri = upl_uri

    def products(self, municipality: str) -> tuple[Product, ...]:
        english = {item.get("uuid"): item for item in self._client.producttypen("en")
                   if item.get("taal") == "en"}
        products, problems = [], []
        for item in self._client.producttypen("nl"):
            key = str(item.get("uuid", ""))
            content = self._client.content(key, "nl")
            content_en = {element.get("uuid"): element
                          for element in self._client.content(key, "en")
                          if element.get("taal") == "en"} if key in english else {}
            mapped = _Mapping(municipality, item, english.get(key), content, content_en,
                              self._upl_uri)
            product = mapped.product()
            problems.extend(mapped.problems)
            if product is not None:
                products.append(product)
        if problems:
            raise OpenProductInvalid(problems)
        return tuple(sorted(products, key=lambda p: p.code))


class _Mapping:
    """One producttype as a Loket product, collecting what does not fit."""

    def __init__(self, municipality: str, item: Json, english: Json | None,
                 content: list[Json], content_en: dict[Any, Json],
                 upl_uri: Callable[[str], str | None]) -> None:
        self.municipality = municipality
        self.item = item
        self.english = english
        self.content = content
        self.content_en = content_en
        self.upl_uri = upl_uri
        self.code = _code(str(item.get("code") or item.get("naam") or "?"))
        self.problems: list[UserFacingError] = []

    def problem(self, message: str, detail: str, **params: object) -> None:
        self.problems.append(UserFacingError(
            message, "Verbeter het producttype in Open Product.",
            detail=f"producttype {self.code}: {detail}", code=self.code,
            **params))

    def product(self) -> Product | None:
        item = self.item
        upl_name = str(item.get("uniforme_product_naam") or "")
        upl_uri = self.upl_uri(upl_name)
        if upl_uri is None:
            self.problem("Producttype {code}: de UPL-naam '{name}' staat niet in de UPL-lijst "
                         "van Loket.", f"unknown UPL name {upl_name!r}", name=upl_name)
        zaaktypen = [z.get("url") for z in item.get("zaaktypen") or [] if z.get("url")]
        if not zaaktypen:
            self.problem("Producttype {code} heeft geen zaaktype.", "no zaaktype")
        parameters = {str(p.get("naam", "")).strip().casefold(): str(p.get("waarde", "")).strip()
                      for p in item.get("parameters") or []}
        delivery, working_days = self.delivery(parameters)
        tariffs = [tariff for prijs in item.get("prijzen") or []
                   if (tariff := self.tariff(prijs)) is not None]
        if not tariffs and not self.problems:
            self.problem("Producttype {code} heeft geen prijs.", "no prijzen")
        if self.problems or upl_uri is None:
            return None
        english = self.english or {}
        return Product(
            municipality=self.municipality, code=self.code, upl_name=upl_name, upl_uri=upl_uri,
            title_nl=str(item.get("naam", "")), summary_nl=str(item.get("samenvatting", "")),
            delivery=delivery, zaaktype=str(zaaktypen[0]),
            title_en=str(english.get("naam", "")), summary_en=str(english.get("samenvatting", "")),
            working_days=working_days, checklist=self.checklist(),
            tariffs=tuple(sorted(tariffs, key=lambda t: t.valid_from)),
            document=parameters.get("document", ""),
        )

    def delivery(self, parameters: dict[str, str]) -> tuple[Delivery, int]:
        kind = _DELIVERY.get(parameters.get("levering", "direct").casefold())
        if kind is None:
            self.problem("Producttype {code}: parameter levering is '{value}'; gebruik direct "
                         "of afhalen.", "bad levering", value=parameters.get("levering"))
            return Delivery.DIRECT, 0
        if kind is Delivery.DIRECT:
            return kind, 0
        days = parameters.get("werkdagen", "")
        if not days.isdigit() or not 1 <= int(days) <= 60:
            self.problem("Producttype {code}: een product om af te halen heeft parameter "
                         "werkdagen (1 tot en met 60).", f"bad werkdagen {days!r}")
            return kind, 1
        return kind, int(days)

    def checklist(self) -> tuple[ChecklistItem, ...]:
        items = []
        for element in self.content:
            labels = {str(label).strip().casefold() for label in element.get("labels") or []}
            if _REQUIREMENTS_LABEL not in labels:
                continue
            conditions = [_CONDITION_LABELS[label] for label in sorted(labels)
                          if label in _CONDITION_LABELS]
            english = self.content_en.get(element.get("uuid"), {})
            items.append(ChecklistItem(str(element.get("content", "")).strip(),
                                       str(english.get("content", "")).strip(),
                                       conditions[0] if conditions else Condition()))
        return tuple(items)

    def tariff(self, prijs: Json) -> Tariff | None:
        try:
            valid_from = date.fromisoformat(str(prijs.get("actief_vanaf")))
            options = [(str(o.get("beschrijving", "")), parse_amount(str(o.get("bedrag"))))
                       for o in prijs.get("prijsopties") or []]
        except ValueError:
            self.problem("Producttype {code}: een prijs heeft geen geldige datum of bedragen.",
                         f"bad prijs {prijs!r}")
            return None
        minors = [cents for text, cents in options if _is_minor(text)]
        express = [(text, cents) for text, cents in options if "spoed" in text.casefold()]
        normal = [cents for text, cents in options
                  if not _is_minor(text) and "spoed" not in text.casefold()]
        if not normal:
            self.problem("Producttype {code}: de prijs vanaf {day} heeft geen gewone "
                         "prijsoptie.", f"no normal option from {valid_from}",
                         day=f"{valid_from:%d-%m-%Y}")
            return None
        surcharges = [FeeOption("spoed", text, "", cents - normal[0]) for text, cents in express
                      if cents >= normal[0]][:1]
        return Tariff(valid_from, normal[0], minors[0] if minors else None, tuple(surcharges))


def _is_minor(text: str) -> bool:
    folded = text.casefold()
    return "minderjarig" in folded or "jonger dan 18" in folded


def _code(text: str) -> str:
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]", "-", text.casefold())).strip("-")[:40]
