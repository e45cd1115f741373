"""Validate requests and responses of the reference ZGW / Klantinteracties servers against the
vendored OpenAPI specs (resources/specs).

The specs put ``nullable: true`` beside ``allOf``/``$ref`` (no ``type``), which the OpenAPI 3.0
validator reads as "null not allowed"; ``_normalise`` turns each such schema into
``anyOf: [<schema>, null]`` here, in the test helper, never in the client.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema.exceptions import ValidationError
from openapi_schema_validator import OAS30ReadValidator, OAS30WriteValidator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

SPECS = Path(__file__).resolve().parents[2] / "resources" / "specs"


class SpecViolation(AssertionError):
    """A request or response the spec does not allow (a bug in the client or in the server)."""


@dataclass(frozen=True, slots=True)
class Operation:
    template: str
    pattern: re.Pattern[str]
    method: str
    spec: dict[str, Any]

    @property
    def query_names(self) -> frozenset[str]:
        return frozenset(p["name"] for p in self.spec.get("parameters", ())
                         if p.get("in") == "query")


class Spec:
    """One vendored spec: find the operation of a request, validate bodies against it."""

    def __init__(self, file_name: str) -> None:
        document = _normalise(yaml.safe_load((SPECS / file_name).read_text(encoding="utf-8")))
        self._document = document
        self._registry: Registry[Any] = Registry().with_resource(
            "spec.yaml", Resource.from_contents(document, default_specification=DRAFT4))
        self._operations = [
            Operation(path, _path_pattern(path), method.upper(), op)
            for path, item in document["paths"].items()
            for method, op in item.items() if method in {"get", "post", "put", "patch", "delete"}
        ]
        # Built once per schema: a validator made per request re-resolves every $ref of the
        # spec each time, which cost the reference servers most of their time.
        self._root_registry = _with_root(self._registry, document)
        self._validators: dict[tuple[int, bool], Any] = {}

    def operation(self, method: str, path: str) -> Operation | None:
        for op in self._operations:
            if op.method == method and op.pattern.fullmatch(path):
                return op
        return None

    def request_problems(self, op: Operation, body: object) -> list[dict[str, str]]:
        """What is wrong with a request body, as the servers' ``invalidParams`` (Django REST
        framework's codes and Dutch texts): empty when the spec allows it."""
        content = op.spec.get("requestBody", {}).get("content", {})
        schema = next(iter(content.values()), {}).get("schema")
        if schema is None:
            return []
        validator = self._validator(schema, write=True)
        return [_as_invalid_param(error) for error in
                sorted(validator.iter_errors(body), key=lambda e: list(e.absolute_path))]

    def check_response(self, op: Operation, status: int, body: object) -> None:
        responses = op.spec.get("responses", {})
        response = responses.get(str(status))
        if response is None:
            if status >= 400:  # Open Klant documents no errors; Open Zaak answers 403 for 401
                return
            raise SpecViolation(f"{op.method} {op.template}: status {status} not in the spec")
        response = self._resolve(response)
        content = response.get("content", {})
        schema = next(iter(content.values()), {}).get("schema")
        if schema is not None:
            self._validate(schema, body, f"response {status} {op.method} {op.template}")

    def _resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            node = self._registry.resolver().lookup("spec.yaml" + node["$ref"]).contents
        return node

    def _validate(self, schema: dict[str, Any], value: object, what: str,
                  write: bool = False) -> None:
        """Requests as writes (readOnly properties not required), responses as reads."""
        error = next(self._validator(schema, write=write).iter_errors(value), None)
        if error is not None:
            where = "/".join(str(p) for p in error.absolute_path)
            raise SpecViolation(f"{what}: {where}: {error.message}")

    def _validator(self, schema: dict[str, Any], *, write: bool) -> Any:
        """The validator of one schema of this spec (the schemas live as long as the spec)."""
        key = (id(schema), write)
        validator = self._validators.get(key)
        if validator is None:
            kind = OAS30WriteValidator if write else OAS30ReadValidator
            validator = kind({**schema, "components": self._document.get("components", {})},
                             registry=self._root_registry)
            self._validators[key] = validator
        return validator


def _as_invalid_param(error: ValidationError) -> dict[str, str]:
    path = [str(p) for p in error.absolute_path]
    kind = str(error.validator)
    if kind == "required":
        missing = str(error.message).split("'")[1]
        return {"name": ".".join([*path, missing]), "code": "required",
                "reason": "Dit veld is vereist."}
    name = ".".join(path) or "nonFieldErrors"
    if kind == "maxLength":
        return {"name": name, "code": "max_length", "reason": "Zorg ervoor dat dit veld niet "
                f"meer dan {error.validator_value} karakters bevat."}
    if kind == "pattern" and path and path[-1] == "referentienummer":
        return {"name": name, "code": "invalid", "reason": "Voer een geldig geheel getal in."}
    if kind == "enum":
        return {"name": name, "code": "invalid_choice",
                "reason": f"{error.instance!r} is geen geldige keuze."}
    if kind == "type" and path and path[-2:-1] and "metadata" in path:
        return {"name": name, "code": "invalid", "reason": "Not a valid string."}
    return {"name": name, "code": "invalid", "reason": str(error.message)}


@cache
def spec(file_name: str) -> Spec:
    return Spec(file_name)


def _with_root(registry: Registry[Any], document: dict[str, Any]) -> Registry[Any]:
    return registry.with_resource("", Resource.from_contents(document,
                                                             default_specification=DRAFT4))


def _path_pattern(template: str) -> re.Pattern[str]:
    return re.compile(re.sub(r"\{[^}]+\}", "[^/]+", template))


def _normalise(node: Any) -> Any:
    if isinstance(node, list):
        return [_normalise(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _normalise(value) for key, value in node.items()}
    if node.get("nullable") is True and "type" not in node:
        outer = {key: node[key] for key in ("readOnly", "writeOnly") if key in node}
        rest = {key: value for key, value in node.items()
                if key != "nullable" and key not in outer}
        return {**outer,
                "anyOf": [rest, {"type": "string", "nullable": True, "enum": [None]}]}
    return node
