"""Euro amounts on the order screens, from whole cents (fees are never floats)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from workstation.domain.catalogue import euro, parse_amount


def euro_text(cents: int) -> str:
    """"€ 1.234,50" on a Dutch screen (as on the receipt), "€1,234.50" on an English one."""
    if QLocale().language() != QLocale.Language.English:
        return euro(cents)
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    return f"{sign}€{whole:,}.{rest:02d}"


def typed_amount(text: str) -> int | None:
    """Cents from what a worker types in an amount field ("12,50", "€ 12.50", "12"); None when
    it is not an amount."""
    try:
        return parse_amount(text.replace("€", "").replace(" ", ""))
    except ValueError:
        return None


def amount_field_text(cents: int) -> str:
    """An amount as the worker would type it, in the screen's notation: "1234,50"."""
    return f"{cents // 100}{QLocale().decimalPoint()}{cents % 100:02d}"
