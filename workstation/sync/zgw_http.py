"""What the Zaken and Klantinteracties adapters share: one request with the failures mapped to
the ports' two errors, the problem body read, and ``{count, next, previous, results}`` paging.

Mapping (recordings of Open Zaak 1.30 / Open Klant 2.18, docs/decisions/0019):
- timeout, refused or dropped connection, 5xx, 429 -> ``RegistryUnavailable`` (retry, same body);
- 401/403 (a wrong or expired secret) -> ``RegistryUnavailable`` too: the item is fine, the
  configuration is not; once IT fixes the secret the same body goes through;
- any other 4xx -> ``RegistryRejected`` with the server's ``invalidParams`` in the detail.
  Duplicate-key answers never get here: the adapters recognise them first (``Problem.has``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from workstation.domain.registry_errors import RegistryRejected, RegistryUnavailable

Json = Any


@dataclass(frozen=True, slots=True)
class Problem:
    """A 4xx answer's body: ``{type, code, title, status, detail, invalidParams?}``."""

    status: int
    code: str
    detail: str
    invalid_params: tuple[tuple[str, str, str], ...]  # (name, code, reason)

    @classmethod
    def of(cls, response: httpx.Response) -> Problem:
        try:
            body = response.json()
        except ValueError:
            body = {}
        if not isinstance(body, dict):
            body = {}
        params = tuple(
            (str(p.get("name", "")), str(p.get("code", "")), str(p.get("reason", "")))
            for p in body.get("invalidParams") or () if isinstance(p, dict))
        return cls(response.status_code, str(body.get("code", "")),
                   str(body.get("detail", "")), params)

    def has(self, name: str, code: str) -> bool:
        return any(n == name and c == code for n, c, _ in self.invalid_params)

    def describe(self) -> str:
        reasons = "; ".join(f"{n}: {r} ({c})" for n, c, r in self.invalid_params)
        return f"{self.status} {self.code}: {self.detail}" + (f" [{reasons}]" if reasons else "")


class RegistryCall:
    """Sends requests for one registry: the case registry (``cases=True``) or the contact
    registry; the screen texts name which."""

    def __init__(self, client: httpx.Client, *, cases: bool) -> None:
        self._client = client
        self._cases = cases

    def send(self, method: str, url: str, *, json: Json = None,
             params: Mapping[str, str] | None = None,
             headers: Mapping[str, str] | None = None) -> httpx.Response:
        """The answer when it is 2xx or 400/404/409 (for the caller to read); raises otherwise."""
        try:
            response = self._client.request(method, url, json=json, params=params,
                                            headers=headers)
        except httpx.TimeoutException as exc:
            raise RegistryUnavailable(
                "Het zaaksysteem antwoordt niet op tijd."
                if self._cases else "Het klantcontactsysteem antwoordt niet op tijd.",
                "Loket probeert het later opnieuw; er gaat niets verloren.",
                detail=f"{method} {url}: timeout ({exc!r})") from exc
        except httpx.TransportError as exc:
            raise RegistryUnavailable(
                "Het zaaksysteem is niet bereikbaar."
                if self._cases else "Het klantcontactsysteem is niet bereikbaar.",
                "Loket probeert het later opnieuw; er gaat niets verloren.",
                detail=f"{method} {url}: {exc!r}") from exc
        status = response.status_code
        if status >= 500 or status == 429:
            raise RegistryUnavailable(
                "Het zaaksysteem heeft een storing."
                if self._cases else "Het klantcontactsysteem heeft een storing.",
                "Loket probeert het later opnieuw; er gaat niets verloren.",
                detail=f"{method} {url}: HTTP {status}")
        if status in (401, 403):
            raise RegistryUnavailable(
                "Het zaaksysteem weigert de toegang van Loket."
                if self._cases else "Het klantcontactsysteem weigert de toegang van Loket.",
                "Vraag IT de sleutel van Loket voor dit register te controleren; de gegevens "
                "worden verstuurd zodra dat is hersteld.",
                detail=f"{method} {url}: {Problem.of(response).describe()}")
        return response

    def rejected(self, method: str, url: str, response: httpx.Response) -> RegistryRejected:
        return RegistryRejected(
            "Het zaaksysteem weigert de gegevens."
            if self._cases else "Het klantcontactsysteem weigert de gegevens.",
            "Bekijk de reden met 'sync show' en pas de gegevens aan.",
            detail=f"{method} {url}: {Problem.of(response).describe()}")

    def ok_json(self, method: str, url: str, *, json: Json = None,
                params: Mapping[str, str] | None = None,
                headers: Mapping[str, str] | None = None) -> Json:
        """The body of a 2xx answer; ``RegistryRejected`` for any 4xx."""
        response = self.send(method, url, json=json, params=params, headers=headers)
        if response.is_success:
            return response.json()
        raise self.rejected(method, url, response)

    def pages(self, url: str, params: Mapping[str, str],
              headers: Mapping[str, str] | None = None) -> Iterator[Json]:
        """Every result of a paged list, following ``next`` (one request per page)."""
        page = self.ok_json("GET", url, params=params, headers=headers)
        yield from page["results"]
        while page.get("next"):
            page = self.ok_json("GET", page["next"], headers=headers)
            yield from page["results"]
