"""A reference BRP Personen 2.x gateway on 127.0.0.1, for the HTTP adapter's tests.

It answers the three query types Loket uses from the vendored RvIG test persons, and is strict
the way the real gateway is: every request body and every response body is validated against
resources/specs/brp-personen-2.7.0.yaml; ``fields`` must hold 1-130 existing paths of the
answered shape (Persoon, or PersoonBeperkt for a search) and no automatic field; the gateway
headers and the credentials (API key or an OAuth2 bearer token from its own token endpoint)
are required. Faults can be queued: a timeout (the answer comes too late), a 5xx, or a
connection closed without an answer.
"""

from __future__ import annotations

import contextlib
import json
import secrets
import ssl
import threading
import time
from collections import deque
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import yaml
from openapi_schema_validator import OAS30Validator

from workstation.domain.person import ByNameAndBirthDate, ByPostcodeAndNumber, PersonQuery
from workstation.sync.brp_testdata import (
    AUTOMATIC_FIELDS,
    mock_records,
    select_fields,
    to_persoon,
)
from workstation.sync.embedded_brp import matches

SPEC = Path(__file__).resolve().parents[2] / "resources" / "specs" / "brp-personen-2.7.0.yaml"
REQUIRED_HEADERS = ("x-doelbinding", "x-verwerking", "x-gebruiker")
SEARCH_TYPES = ("ZoekMetGeslachtsnaamEnGeboortedatum", "ZoekMetPostcodeEnHuisnummer")
PROBLEM = "application/problem+json"


@cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return loaded


@cache
def _validator(schema_name: str) -> OAS30Validator:
    root = dict(spec())
    root["$ref"] = f"#/components/schemas/{schema_name}"
    return OAS30Validator(root)


def schema_errors(instance: Any, schema_name: str, *, patterns: bool = True) -> list[str]:
    """Validation errors of ``instance`` against one named schema of the vendored spec.

    ``patterns=False`` leaves out ``pattern`` violations: the RvIG test set holds persons
    whose registered names break the response patterns (``<Onbekend> & </Onbemind>``, a
    surname with commas, ``P@r``); the real gateway delivers them as registered, so the
    reference server does too and reports them in ``BrpServerState.pattern_deviations``.
    """
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
              for e in _validator(schema_name).iter_errors(instance)
              if patterns or e.validator != "pattern"]
    # The validator does not follow discriminators: check every date against its own subtype.
    mapping = spec()["components"]["schemas"]["AbstractDatum"]["discriminator"]["mapping"]
    for datum in _dates(instance):
        target = mapping.get(datum.get("type"))
        if target is None:
            errors.append(f"unknown date type {datum.get('type')!r}")
            continue
        errors += [f"date {datum}: {e.message}"
                   for e in _validator(target.rsplit("/", 1)[-1]).iter_errors(datum)]
    return errors


def _dates(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        if "langFormaat" in value:
            yield value
            return
        for item in value.values():
            yield from _dates(item)
    elif isinstance(value, list):
        for item in value:
            yield from _dates(item)


@cache
def field_paths(schema_name: str) -> frozenset[str]:
    """Every dotted path the ``fields`` parameter may name for this response shape."""
    schemas = spec()["components"]["schemas"]
    paths: set[str] = set()

    def properties(schema: Mapping[str, Any], seen: tuple[str, ...]) -> Iterator[
            tuple[str, Mapping[str, Any], tuple[str, ...]]]:
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[-1]
            if name in seen:
                return
            yield from properties(schemas[name], (*seen, name))
            mapping = schemas[name].get("discriminator", {}).get("mapping", {})
            for target in mapping.values():
                yield from properties({"$ref": target}, (*seen, name))
            return
        for part in schema.get("allOf", ()):
            yield from properties(part, seen)
        if schema.get("type") == "array":
            yield from properties(schema.get("items", {}), seen)
        for key, sub in schema.get("properties", {}).items():
            yield key, sub, seen

    def walk(schema: Mapping[str, Any], prefix: str, seen: tuple[str, ...]) -> None:
        for key, sub, inner_seen in properties(schema, seen):
            path = f"{prefix}{key}"
            paths.add(path)
            if len(inner_seen) < 12:
                walk(sub, path + ".", inner_seen)

    walk({"$ref": f"#/components/schemas/{schema_name}"}, "", ())
    return frozenset(paths)


def field_error(fields: list[str], shape: str) -> str:
    """The reason the real gateway gives for a bad ``fields`` list, or ``""``."""
    allowed = field_paths(shape)
    for path in fields:
        if set(path.split(".")) & AUTOMATIC_FIELDS:
            return "Parameter bevat een niet toegestane veldnaam."
        if path not in allowed:
            return "Parameter bevat een niet bestaande veldnaam."
    return ""


@dataclass
class BrpServerState:
    """What the tests arrange and inspect (guarded by ``lock``)."""

    api_key: str = "test-brp-key"
    client_id: str = "loket"
    client_secret: str = "test-brp-secret"
    token_lifetime_s: int = 300
    faults: deque[str] = field(default_factory=deque)  # "timeout" | "500" | "503" | "drop"
    fault_delay_s: float = 1.0
    latency_s: float = 0.0  # added to every answer (benchmarks/sync.py: 50 ms)
    requests: list[dict[str, Any]] = field(default_factory=list)  # headers + body, in order
    pattern_deviations: list[str] = field(default_factory=list)
    token_requests: int = 0
    tokens: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0") or 0))
        state = self.server.state
        with state.lock:
            fault = state.faults.popleft() if state.faults else ""
        if fault == "drop":
            self.close_connection = True
            self.connection.shutdown(2)
            return
        if fault == "timeout":
            time.sleep(state.fault_delay_s)
        if state.latency_s:
            time.sleep(state.latency_s)
        if fault in ("500", "503"):
            self._problem(int(fault), "Interne fout." if fault == "500" else
                          "Bronservice BRP is tijdelijk niet beschikbaar.",
                          "serverError" if fault == "500" else "notAvailable")
            return
        if self.path == "/token":
            self._token(body)
        elif self.path == "/personen":
            self._personen(body)
        else:
            self._problem(404, "Opgevraagde resource bestaat niet.", "notFound")

    def _token(self, body: bytes) -> None:
        form = {k: v[0] for k, v in parse_qs(body.decode()).items()}
        state = self.server.state
        with state.lock:
            state.token_requests += 1
            if (form.get("grant_type") != "client_credentials"
                    or form.get("client_id") != state.client_id
                    or form.get("client_secret") != state.client_secret):
                self._json(401, {"error": "invalid_client"}, "application/json")
                return
            token = secrets.token_urlsafe(16)
            state.tokens.add(token)
        self._json(200, {"access_token": token, "token_type": "Bearer",
                         "expires_in": state.token_lifetime_s}, "application/json")

    def _personen(self, raw: bytes) -> None:
        state = self.server.state
        if not self._authenticated():
            self._problem(401, "Niet correct geauthenticeerd.", "authentication")
            return
        if not self.headers.get("Content-Type", "").startswith("application/json"):
            self._problem(415, "Unsupported Media Type", "unsupported")
            return
        try:
            body = json.loads(raw)
        except ValueError:
            self._problem(400, "Foute request.", "paramsValidation")
            return
        with state.lock:
            state.requests.append({"headers": {k.lower(): v for k, v in self.headers.items()},
                                   "body": body})
        missing = [h for h in REQUIRED_HEADERS if not self.headers.get(h)]
        if missing or any(len(self.headers.get(h, "")) > 242 for h in REQUIRED_HEADERS):
            self._problem(403, "U bent niet geautoriseerd voor deze operatie.", "autorisation")
            return
        kind = body.get("type") if isinstance(body, dict) else None
        if kind not in ("RaadpleegMetBurgerservicenummer", *SEARCH_TYPES):
            self._bad_request("type", "value", "Waarde is geen geldig zoek type.")
            return
        errors = schema_errors(body, kind)
        if errors:
            self._bad_request(errors[0].split(":")[0] or "body", "invalid",
                              "Waarde voldoet niet aan het schema.")
            return
        surname = str(body.get("geslachtsnaam", ""))
        if surname.endswith("*") and len(surname.rstrip("*")) < 3:
            self._bad_request("geslachtsnaam", "pattern",
                              "Zoeken met een wildcard vraagt minimaal 3 letters.")
            return
        shape = "PersoonBeperkt" if kind in SEARCH_TYPES else "Persoon"
        reason = field_error(body["fields"], shape)
        if reason:
            self._bad_request("fields", "fields", reason)
            return
        found = [select_fields(to_persoon(r), body["fields"]) for r in mock_records()
                 if _matches(r, body)]
        answer = {"type": kind, "personen": found}
        problems = schema_errors(answer, f"{kind}Response", patterns=False)
        deviations = schema_errors(answer, f"{kind}Response")
        if deviations:
            with state.lock:
                state.pattern_deviations.extend(deviations)
        if problems:  # the server itself is wrong: fail loudly, the test must see it
            raise AssertionError(f"response violates the spec: {problems[:3]}")
        self._json(200, answer, "application/json; charset=utf-8")

    def _authenticated(self) -> bool:
        state = self.server.state
        authorization = self.headers.get("Authorization", "")
        if authorization.startswith("Bearer "):
            with state.lock:
                return authorization.removeprefix("Bearer ") in state.tokens
        return bool(state.api_key) and self.headers.get("X-API-KEY") == state.api_key

    def _bad_request(self, name: str, code: str, reason: str) -> None:
        self._problem(400, "Een of meerdere parameters zijn niet correct.", "paramsValidation",
                      invalid_params=[{"name": name, "code": code, "reason": reason}])

    def _problem(self, status: int, title: str, code: str,
                 invalid_params: list[dict[str, str]] | None = None) -> None:
        problem: dict[str, Any] = {
            "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html",
            "title": title, "status": status, "instance": f"/haalcentraal/api/brp{self.path}",
            "code": code,
        }
        if invalid_params:
            problem["invalidParams"] = invalid_params
        self._json(status, problem, PROBLEM)

    def _json(self, status: int, payload: Any, content_type: str) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        # the client may have given up already (the timeout fault)
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(data)


def _matches(record: Mapping[str, Any], body: Mapping[str, Any]) -> bool:
    """The gateway's selection: BSNs by list; searches by the shared rules, deceased persons
    only with ``inclusiefOverledenPersonen``."""
    municipality = body.get("gemeenteVanInschrijving")
    if municipality and record.get("gemeenteVanInschrijving", {}).get("code") != municipality:
        return False
    if body["type"] == "RaadpleegMetBurgerservicenummer":
        return record["burgerservicenummer"] in body["burgerservicenummer"]
    query: PersonQuery
    if body["type"] == "ZoekMetGeslachtsnaamEnGeboortedatum":
        query = ByNameAndBirthDate(body["geslachtsnaam"], date.fromisoformat(body["geboortedatum"]),
                                   body.get("voorvoegsel", ""))
    else:
        query = ByPostcodeAndNumber(body["postcode"], body["huisnummer"],
                                    body.get("huisletter", ""),
                                    body.get("huisnummertoevoeging", ""))
    if not matches(record, query):
        return False
    return bool(body.get("inclusiefOverledenPersonen")) or "overlijden" not in record


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    state: BrpServerState


@contextmanager
def running_brp_server(state: BrpServerState | None = None, *,
                       tls: ssl.SSLContext | None = None,
                       ) -> Iterator[tuple[str, BrpServerState]]:
    """Start the server on a free port; yields (base URL, state); stops it afterwards.

    ``tls``: serve HTTPS with this context (one that demands a client certificate makes the
    gateway that asks for PKIoverheid mutual TLS)."""
    server = _Server(("127.0.0.1", 0), _Handler)
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    server.state = state or BrpServerState()
    thread = threading.Thread(target=server.serve_forever, name="brp-reference", daemon=True)
    thread.start()
    try:
        scheme = "https" if tls is not None else "http"
        yield f"{scheme}://127.0.0.1:{server.server_address[1]}", server.state
    finally:
        server.shutdown()
        server.server_close()
        thread.join()

