"""The HTTP side shared by the reference Open Zaak and Open Klant servers: a real threaded HTTP
server on 127.0.0.1, spec validation of every request and response, error bodies shaped like
the real servers' (see the recordings), paging, and fault injection.

Faults (``ReferenceServer.inject``) act on the next matching requests:
- ``"timeout"``: the server holds the request without answering until the client gives up
  (and the server is released at ``stop``); nothing is processed.
- ``"5xx"``: 503 before anything is processed.
- ``"drop"``: the request IS processed and committed, then the connection is closed without a
  response: the case only a natural key saves.
"""

from __future__ import annotations

import json
import random
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal
from urllib.parse import parse_qsl, urlsplit

from tests.reference_servers.zgw_spec import Spec, SpecViolation

Fault = Literal["timeout", "5xx", "drop"]
Json = Any


class ApiError(Exception):
    """An error answer: status, code, title, detail and optional invalidParams."""

    def __init__(self, status: int, code: str, title: str, detail: str | None = None,
                 invalid: list[dict[str, str]] | None = None, kind: str = "ValidationError",
                 headers: Mapping[str, str] | None = None) -> None:
        super().__init__(detail or title)
        self.status, self.code, self.title = status, code, title
        self.detail = detail or title
        self.invalid = invalid
        self.kind = kind
        self.headers = dict(headers or {})


def invalid_param(name: str, code: str, reason: str) -> dict[str, str]:
    return {"name": name, "code": code, "reason": reason}


@dataclass
class Request:
    method: str
    path: str  # below the API root, e.g. "/zaken" or "/zaken/<uuid>"
    query: list[tuple[str, str]]
    headers: Mapping[str, str]
    body: Json

    def arg(self, name: str) -> str | None:
        return next((value for key, value in self.query if key == name), None)


@dataclass
class Response:
    status: int
    body: Json
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class _Fault:
    kind: Fault
    method: str | None
    path_prefix: str
    remaining: int


class Api:
    """One API below a root (``/zaken/api/v1``) with its spec; subclasses route requests."""

    root: str
    spec: Spec
    api_version: str
    validation_title: str

    def __init__(self) -> None:
        self.base_url = ""
        self.lock = threading.RLock()  # one request mutates the state at a time

    def url(self, path: str) -> str:
        return f"{self.base_url}{self.root}{path}"

    def authenticate(self, request: Request) -> None:
        raise NotImplementedError

    def route(self, request: Request) -> Response:
        raise NotImplementedError

    def allowed_extra_query(self) -> frozenset[str]:
        return frozenset({"page", "pageSize"})

    def error_body(self, error: ApiError) -> Json:
        body: dict[str, Json] = {
            "type": f"{self.base_url}/ref/fouten/{error.kind}/",
            "code": error.code, "title": error.title, "status": error.status,
            "detail": error.detail, "instance": f"urn:uuid:{uuid.uuid4()}",
        }
        if error.invalid is not None:
            body["invalidParams"] = error.invalid
        return body

    def validation_error(self, *invalid: dict[str, str]) -> ApiError:
        return ApiError(400, "invalid", self.validation_title, invalid=list(invalid))

    def check_query(self, request: Request, allowed: frozenset[str]) -> None:
        unknown = sorted({key for key, _ in request.query} - allowed - self.allowed_extra_query())
        if unknown:
            raise self.validation_error(invalid_param(
                "nonFieldErrors", "unknown-parameters",
                f"Onbekende query parameters: {', '.join(unknown)}"))

    def page(self, request: Request, items: list[Json], default_size: int = 100) -> Json:
        """``{count, next, previous, results}`` as the servers page, ``pageSize`` honoured."""
        size = int(request.arg("pageSize") or default_size)
        number = int(request.arg("page") or 1)
        start = (number - 1) * size
        if number < 1 or (start >= len(items) and number > 1):
            raise ApiError(404, "not_found", "Niet gevonden.", "Ongeldige pagina.",
                           kind="NotFound")
        others = [(k, v) for k, v in request.query if k != "page"]

        def link(n: int) -> str | None:
            query = [*others, *([("page", str(n))] if n > 1 else [])]
            text = "&".join(f"{k}={v}" for k, v in sorted(query, key=lambda kv: kv[0] != "page"))
            return self.url(request.path) + (f"?{text}" if text else "")

        return {
            "count": len(items),
            "next": link(number + 1) if start + size < len(items) else None,
            "previous": link(number - 1) if number > 1 else None,
            "results": items[start:start + size],
        }


class ReferenceServer:
    """Runs one ``Api`` on a real HTTP server in a thread; counts requests; injects faults."""

    def __init__(self, *apis: Api, latency_s: float = 0.0, hang_s: float = 10.0) -> None:
        self.apis = apis
        self.api = apis[0]
        lock = threading.RLock()
        for api in apis:
            api.lock = lock  # one request mutates the shared state at a time
        self.latency_s = latency_s
        self.hang_s = hang_s  # how long a "timeout" fault holds a request (> the client waits)
        self.requests: Counter[tuple[str, str]] = Counter()
        self.spec_violations: list[str] = []  # responses the spec does not allow: server bugs
        self.refused_requests: list[list[dict[str, str]]] = []  # requests the spec refuses
        self.faults_injected = 0
        self._faults: list[_Fault] = []
        self._chaos: tuple[float, tuple[Fault, ...], random.Random] | None = None
        self._release = threading.Event()
        self._httpd = _Server(("127.0.0.1", 0), self._handler_class())
        self._httpd.daemon_threads = True
        for api in apis:
            api.base_url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True,
                                        name=f"reference-{type(self.api).__name__}")

    @property
    def base_url(self) -> str:
        return self.api.base_url

    @property
    def root_url(self) -> str:
        return self.api.base_url + self.api.root

    def start(self) -> ReferenceServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._release.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)

    def inject(self, kind: Fault, *, times: int = 1, method: str | None = None,
               path_prefix: str = "") -> None:
        with self.api.lock:
            self._faults.append(_Fault(kind, method, path_prefix, times))

    def chaos(self, probability: float, kinds: tuple[Fault, ...] = ("timeout", "5xx", "drop"),
              *, seed: int = 0) -> None:
        """From now on, fail each POST with ``probability`` with one of ``kinds`` (seeded, so
        a run can be repeated); ``probability=0`` stops it."""
        with self.api.lock:
            self._chaos = (probability, kinds, random.Random(seed)) if probability else None

    def _take_fault(self, method: str, path: str) -> Fault | None:
        with self.api.lock:
            if self._chaos is not None and method == "POST":
                probability, kinds, dice = self._chaos
                if dice.random() < probability:
                    self.faults_injected += 1
                    return dice.choice(kinds)
            for fault in self._faults:
                if (fault.method in (None, method) and path.startswith(fault.path_prefix)
                        and fault.remaining > 0):
                    fault.remaining -= 1
                    self.faults_injected += 1
                    if fault.remaining == 0:
                        self._faults.remove(fault)
                    return fault.kind
        return None

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Without TCP_NODELAY a body written after its headers waits for the client's
            # delayed ACK (~40 ms on Linux): every answer would be that late.
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                server._serve(self)

            def do_POST(self) -> None:
                server._serve(self)

            def do_PATCH(self) -> None:
                server._serve(self)

        return Handler

    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        api = next((a for a in self.apis if parts.path.startswith(a.root + "/")), None)
        if api is None:
            self._send(handler, Response(404, {"detail": "Niet gevonden."}))
            return
        path = parts.path[len(api.root):]
        self.requests[(handler.command, path)] += 1
        fault = self._take_fault(handler.command, path)
        if fault == "timeout":
            self._release.wait(self.hang_s)
            handler.close_connection = True
            return
        if fault == "5xx":
            self._send(handler, Response(503, {"detail": "Service Unavailable"}))
            return
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
        request = Request(handler.command, path, parse_qsl(parts.query, keep_blank_values=True),
                          {k.lower(): v for k, v in handler.headers.items()}, body)
        response = self._answer(api, request)
        if fault == "drop":  # committed, but the client never hears of it
            handler.close_connection = True
            return
        if self.latency_s:
            time.sleep(self.latency_s)  # the benchmark's simulated network + server time
        self._send(handler, response)

    def _answer(self, api: Api, request: Request) -> Response:
        op = api.spec.operation(request.method, request.path)
        try:
            api.authenticate(request)
            if op is None:
                raise ApiError(404, "not_found", "Niet gevonden.", kind="NotFound")
            if request.method in ("POST", "PATCH"):
                problems = api.spec.request_problems(op, request.body)
                if problems:  # refused before anything is stored, as the real servers do
                    self.refused_requests.append(problems)
                    raise api.validation_error(*problems)
            with api.lock:
                response = api.route(request)
        except ApiError as error:
            response = Response(error.status, api.error_body(error), error.headers)
        if op is not None and response.status < 500:
            try:
                api.spec.check_response(op, response.status, response.body)
            except SpecViolation as exc:  # a bug in this server: the test fixture fails on it
                self.spec_violations.append(f"response: {exc}")
        response.headers.setdefault("API-version", api.api_version)
        return response

    @staticmethod
    def _send(handler: BaseHTTPRequestHandler, response: Response) -> None:
        data = json.dumps(response.body).encode()
        handler.send_response(response.status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        for key, value in response.headers.items():
            handler.send_header(key, value)
        handler.end_headers()
        handler.wfile.write(data)


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away (a sync worker killed with SIGKILL, a timed-out request)
        is part of the tests, not a server error to print."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def now_utc() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())

