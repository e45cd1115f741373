"""PersonDirectory over HTTP: Haal Centraal BRP Personen 2.x (``POST /personen``).

Every request names its ``fields`` (the gateway refuses data it was not asked for, and a
municipality is only authorised for what it needs), carries the gateway headers
(``x-doelbinding``, ``x-verwerking``, ``x-gebruiker``, ``x-origin-oin``; each at most 242
characters) and authenticates with an API key or OAuth2 client credentials, optionally over a
client certificate (PKIoverheid). docs/decisions/0018-brp-person-directory.md.
"""

from __future__ import annotations

import contextlib
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from workstation.domain.person import (
    LookupPurpose,
    Person,
    PersonQuery,
)
from workstation.domain.registry_errors import RegistryRejected, RegistryUnavailable
from workstation.sync.brp_mapping import person_from_api, request_body

HEADER_MAX = 242
MEDIA_TYPE = "application/json; charset=utf-8"


@dataclass(frozen=True, slots=True)
class ApiKey:
    key: str
    header: str = "X-API-KEY"


@dataclass(frozen=True, slots=True)
class OAuth2ClientCredentials:
    token_url: str
    client_id: str
    client_secret: str
    scope: str = ""


@dataclass(frozen=True, slots=True)
class BrpGateway:
    """Where and how to reach the gateway (from the [brp] settings and the keyring)."""

    url: str
    auth: ApiKey | OAuth2ClientCredentials
    origin_oin: str = ""
    client_cert: tuple[str, str] | None = None  # (certificate PEM, key PEM) for mutual TLS
    timeout_s: float = 10.0
    ca_file: str = ""  # the gateway's CA when the system's store lacks it
    # Set when the municipality is authorised for its own inhabitants only (CBS code).
    own_municipality: str = ""


def gateway_headers(purpose: LookupPurpose, origin_oin: str) -> dict[str, str]:
    headers = {"x-doelbinding": purpose.doelbinding, "x-verwerking": purpose.verwerking,
               "x-gebruiker": purpose.gebruiker}
    if origin_oin:
        headers["x-origin-oin"] = origin_oin
    return {name: value[:HEADER_MAX] for name, value in headers.items()}


class _TokenCache:
    """OAuth2 client-credentials token, fetched once and reused until shortly before expiry."""

    MARGIN_S = 30.0

    def __init__(self, credentials: OAuth2ClientCredentials,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._credentials = credentials
        self._clock = clock
        self._lock = threading.Lock()
        self._token = ""
        self._expires_at = 0.0

    def token(self, client: httpx.Client) -> str:
        with self._lock:
            if self._token and self._clock() < self._expires_at:
                return self._token
            form = {"grant_type": "client_credentials",
                    "client_id": self._credentials.client_id,
                    "client_secret": self._credentials.client_secret}
            if self._credentials.scope:
                form["scope"] = self._credentials.scope
            response = _send(lambda: client.post(self._credentials.token_url, data=form))
            if response.status_code != 200:
                raise _rejected(response, "token")
            answer = response.json()
            self._token = answer["access_token"]
            lifetime = float(answer.get("expires_in", 300))
            self._expires_at = self._clock() + max(lifetime - self.MARGIN_S, 0.0)
            return self._token

    def forget(self) -> None:
        with self._lock:
            self._token = ""


class HttpPersonDirectory:
    """The PersonDirectory port against a BRP Personen gateway."""

    def __init__(self, gateway: BrpGateway, *, transport: httpx.BaseTransport | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._gateway = gateway
        self._client = httpx.Client(
            timeout=gateway.timeout_s, verify=_tls_context(gateway), transport=transport)
        self._tokens = (_TokenCache(gateway.auth, clock)
                        if isinstance(gateway.auth, OAuth2ClientCredentials) else None)

    def find(self, query: PersonQuery, purpose: LookupPurpose) -> tuple[Person, ...]:
        response = self._post(query, purpose)
        if response.status_code == 401 and self._tokens is not None:
            self._tokens.forget()  # revoked or expired early: one fresh token, then give up
            response = self._post(query, purpose)
        if response.status_code != 200:
            raise _rejected(response, "personen")
        return tuple(person_from_api(p) for p in response.json().get("personen", ()))

    def close(self) -> None:
        self._client.close()

    @property
    def closed(self) -> bool:
        return self._client.is_closed

    def _post(self, query: PersonQuery, purpose: LookupPurpose) -> httpx.Response:
        headers = {"Accept": "application/json", "Content-Type": MEDIA_TYPE,
                   **gateway_headers(purpose, self._gateway.origin_oin)}
        auth = self._gateway.auth
        if isinstance(auth, ApiKey):
            headers[auth.header] = auth.key
        elif self._tokens is not None:
            headers["Authorization"] = f"Bearer {self._tokens.token(self._client)}"
        url = self._gateway.url.rstrip("/") + "/personen"
        body = request_body(query, self._gateway.own_municipality)
        return _send(lambda: self._client.post(url, json=body, headers=headers))


def _tls_context(gateway: BrpGateway) -> ssl.SSLContext | bool:
    """The system's trust store, or the configured CA file, with the client certificate."""
    if not gateway.ca_file and gateway.client_cert is None:
        return True
    context = (ssl.create_default_context(cafile=gateway.ca_file) if gateway.ca_file
               else ssl.create_default_context())
    if gateway.client_cert is not None:
        context.load_cert_chain(*gateway.client_cert)
    return context


def _send(request: Callable[[], httpx.Response]) -> httpx.Response:
    try:
        return request()
    except httpx.TimeoutException as exc:
        raise RegistryUnavailable(
            "Het personenregister (BRP) antwoordt niet op tijd.",
            "Probeer het over een minuut opnieuw.", detail=f"BRP timeout: {type(exc).__name__}",
        ) from exc
    except httpx.TransportError as exc:
        raise RegistryUnavailable(
            "Het personenregister (BRP) is niet bereikbaar.",
            "Probeer het over een minuut opnieuw; blijft het zo, bel dan IT.",
            detail=f"BRP connection: {type(exc).__name__}",
        ) from exc


def _rejected(response: httpx.Response, what: str) -> Exception:
    """A non-200 answer as the port's error; the problem body's codes, never query data."""
    problem: dict[str, Any] = {}
    with contextlib.suppress(ValueError):
        problem = response.json()
    codes = ",".join(str(p.get("code", "")) for p in problem.get("invalidParams", ()))
    detail = (f"BRP {what} answered {response.status_code} "
              f"code={problem.get('code', '')} params={codes}")
    status = response.status_code
    if status >= 500 or status == 429:
        return RegistryUnavailable(
            "Het personenregister (BRP) heeft een storing.",
            "Probeer het over een minuut opnieuw; blijft het zo, bel dan IT.", detail=detail)
    if status in (401, 403):
        return RegistryRejected(
            "Loket mag het personenregister (BRP) niet raadplegen.",
            "Bel IT: de sleutel of de autorisatie voor de BRP is niet in orde.", detail=detail)
    return RegistryRejected(
        "Het personenregister (BRP) weigert deze vraag.",
        "Controleer wat u hebt ingevuld; blijft het zo, bel dan IT.", detail=detail)
