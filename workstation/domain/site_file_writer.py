"""Write a site back as a site file: deterministic text, so export -> import -> export is a
fixed point and a version-control diff shows only what really changed.

Order: municipalities, locations and staff by code; a location's services in screen order,
counters by number, opening hours Monday first; products by municipality and code, their
checklist in the order written, fees by date; every table's keys in one fixed order.
"""

from __future__ import annotations

import json
from datetime import date

from workstation.domain.catalogue import Delivery, FeeOption, Product, format_amount
from workstation.domain.site_file import (
    SCHEMA_VERSION,
    WEEKDAYS,
    LocationSpec,
    MunicipalitySpec,
    SiteFile,
    StaffSpec,
    format_period,
)

HEADER = (
    "# Loket site file: municipalities, locations, services, counters, opening hours, staff,\n"
    "# products.\n"
    "# Apply with `python -m workstation site import FILE`; `site export` writes this format.\n"
)


def write_site_file(site: SiteFile) -> str:
    blocks = [HEADER + f"schema_version = {SCHEMA_VERSION}\n"]
    blocks.extend(_municipality(spec) for spec in site.municipalities)
    blocks.extend(_location(spec) for spec in site.locations)
    blocks.extend(_staff(spec) for spec in site.staff)
    blocks.extend(_product(spec) for spec in site.products)
    return "\n".join(blocks)


def _municipality(spec: MunicipalitySpec) -> str:
    pairs: list[tuple[str, object]] = [
        ("code", spec.code), ("name", spec.name), ("rsin", spec.rsin),
        ("primary_colour", spec.primary_colour), ("accent_colour", spec.accent_colour),
    ]
    if spec.logo:
        pairs.append(("logo", spec.logo))
    return _table("[[municipality]]", pairs)


def _location(spec: LocationSpec) -> str:
    parts = [_table("[[location]]", [
        ("code", spec.code), ("municipality", spec.municipality), ("name", spec.name),
        ("address", spec.address), ("ticker_text", spec.ticker_text),
        ("ticker_text_en", spec.ticker_text_en),
        ("no_show_after_calls", spec.no_show_after_calls),
        ("checkin_late_minutes", spec.checkin_late_minutes),
    ])]
    days: list[tuple[str, object]] = []
    for weekday, day in enumerate(WEEKDAYS):
        periods = [format_period(p) for p in spec.opening_hours if p.weekday == weekday]
        if periods:
            days.append((day, periods))
    if days:
        parts.append(_table("[location.opening_hours]", days))
    parts.extend(
        _table("[[location.service]]", [
            ("letter", service.letter), ("name_nl", service.name_nl),
            ("name_en", service.name_en), ("norm_minutes", service.norm_minutes),
            ("appointment", service.appointment),
        ])
        for service in spec.services
    )
    parts.extend(
        _table("[[location.counter]]", [("number", counter.number),
                                        ("services", list(counter.services))])
        for counter in spec.counters
    )
    return "\n".join(parts)


def _staff(spec: StaffSpec) -> str:
    return _table("[[staff]]", [("code", spec.code), ("name", spec.name),
                                ("roles", list(spec.roles))])


def _product(spec: Product) -> str:
    pairs: list[tuple[str, object]] = [
        ("municipality", spec.municipality), ("code", spec.code), ("upl_name", spec.upl_name),
        ("upl_uri", spec.upl_uri), ("title_nl", spec.title_nl), ("title_en", spec.title_en),
        ("summary_nl", spec.summary_nl), ("summary_en", spec.summary_en),
        ("delivery", spec.delivery.value),
    ]
    if spec.delivery is Delivery.PICKUP:
        pairs.append(("working_days", spec.working_days))
    pairs.append(("zaaktype", spec.zaaktype))
    if spec.document:
        pairs.append(("document", spec.document))
    parts = [_table("[[product]]", pairs)]
    parts.extend(
        _table("[[product.checklist]]", [("text_nl", item.text_nl), ("text_en", item.text_en),
                                         ("when", item.when.text())])
        for item in spec.checklist
    )
    for tariff in spec.tariffs:
        fee: list[tuple[str, object]] = [("valid_from", tariff.valid_from),
                                         ("amount", format_amount(tariff.amount_cents))]
        if tariff.under_18_cents is not None:
            fee.append(("under_18", format_amount(tariff.under_18_cents)))
        parts.append(_table("[[product.fee]]", fee))
        parts.extend(_fee_option(option) for option in tariff.options)
    return "\n".join(parts)


def _fee_option(option: FeeOption) -> str:
    pairs: list[tuple[str, object]] = [
        ("code", option.code), ("name_nl", option.name_nl), ("name_en", option.name_en),
        ("amount", format_amount(option.amount_cents)),
    ]
    if option.working_days is not None:
        pairs.append(("working_days", option.working_days))
    return _table("[[product.fee.option]]", pairs)


def _table(header: str, pairs: list[tuple[str, object]]) -> str:
    return header + "\n" + "".join(f"{key} = {_value(value)}\n" for key, value in pairs)


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        # A JSON string is a valid TOML basic string, except that TOML also escapes DEL.
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, list):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    raise TypeError(f"no TOML form for {type(value).__name__}")
