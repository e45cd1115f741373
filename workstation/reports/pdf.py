"""The month or year report as a PDF (reportlab): key figures against their norms, four
charts, the breakdown, delivery times and the definitions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from workstation.domain.measures import NormCheck, NormStatus, Spread, norm_checks
from workstation.reports import charts
from workstation.reports.definitions import DEFINITIONS
from workstation.reports.report_data import ReportData

STATUS = {NormStatus.MET: ("gehaald", "#1E8449"), NormStatus.MISSED: ("niet gehaald", "#C0392B"),
          NormStatus.NO_DATA: ("geen gegevens", "#7F8C8D")}
CHECK_NAMES = {
    "within_wait_norm": "Binnen de wachttijdnorm",
    "appointments_on_time": "Afspraken binnen 10 minuten opgeroepen",
    "first_time_right": "Vragen in één keer goed",
    "callbacks_on_time": "Teruggebeld binnen 2 werkdagen",
    "kto_mark": "Klantcijfer",
}
DELIVERY_NAMES = {"direct": "direct", "pickup": "ophalen"}


def _number(value: float, decimals: int = 1) -> str:
    return f"{value:,.{decimals}f}".replace(",", " ").replace(".", ",")


def _count(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{_number(100 * value)}%"


def _minutes(seconds: float | None) -> str:
    return "-" if seconds is None else f"{_number(seconds / 60)} min"


def _check_value(check: NormCheck) -> tuple[str, str]:
    if check.name == "kto_mark":
        return ("-" if check.value is None else _number(check.value)), _number(check.norm)
    return _percent(check.value), f"≥ {_percent(check.norm)}"


class _Styles:
    def __init__(self, primary: str) -> None:
        sheet = getSampleStyleSheet()
        self.body = ParagraphStyle("body", parent=sheet["BodyText"], fontName="Helvetica",
                                   fontSize=9, leading=12)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8, leading=10)
        self.heading = ParagraphStyle("heading", parent=sheet["Heading2"],
                                      fontName="Helvetica-Bold", fontSize=12,
                                      textColor=HexColor(primary), spaceBefore=8, spaceAfter=4)
        self.title = ParagraphStyle("title", parent=self.body, fontName="Helvetica-Bold",
                                    fontSize=18, leading=22, textColor=colors.white)
        self.subtitle = ParagraphStyle("subtitle", parent=self.body, fontSize=11, leading=14,
                                       textColor=colors.white)


def _table(rows: Sequence[Sequence[Any]], widths: Sequence[float], primary: str,
           extra: Sequence[tuple[Any, ...]] = ()) -> Table:
    table = Table(list(rows), colWidths=list(widths), repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), HexColor(primary)),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, HexColor("#F3F3F3")]),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, HexColor(primary)),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        *extra,
    ]))
    return table


def _band(data: ReportData, styles: _Styles, width: float) -> Table:
    band = Table([[Paragraph(f"Dienstverlening {data.title}", styles.title)],
                  [Paragraph(f"Rapportage {data.period_label} — wachttijden, klantcontacten "
                             "en klantcijfers", styles.subtitle)]], colWidths=[width])
    band.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), HexColor(data.primary_colour)),
        ("LINEBELOW", (0, -1), (-1, -1), 4, HexColor(data.accent_colour)),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, 0), 10),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
    ]))
    return band


def _key_figures(data: ReportData) -> list[list[str]]:
    visits = data.overall.visits
    contacts = data.overall.contacts
    wait = visits.wait
    return [
        ["Kerncijfer", "Waarde"],
        ["Bezoekers", _count(visits.visitors)],
        ["  op afspraak / zonder afspraak",
         f"{_count(visits.appointments)} / {_count(visits.walk_ins)}"],
        ["  geholpen / niet verschenen", f"{_count(visits.helped)} / {_count(visits.no_shows)}"],
        ["Wachttijd gemiddeld / mediaan / P90",
         " / ".join(_minutes(getattr(wait, f, None)) for f in ("mean", "p50", "p90"))],
        ["Bedieningstijd gemiddeld",
         _minutes(visits.service_time.mean if visits.service_time else None)],
        ["Vragen (alle kanalen) / telefonisch",
         f"{_count(contacts.contacts)} / {_percent(contacts.phone_share)}"],
        ["Terugbelverzoeken", _count(data.overall.callbacks.requests)],
        ["Klantcijfers gegeven", _count(data.overall.kto.marks)],
    ]


def _norm_rows(data: ReportData) -> tuple[list[list[str]], list[tuple[Any, ...]]]:
    rows = [["Norm", "Realisatie", "Norm", "Status"]]
    extra: list[tuple[Any, ...]] = []
    for i, check in enumerate(norm_checks(data.overall, data.norms), start=1):
        value, norm = _check_value(check)
        label, colour = STATUS[check.status]
        rows.append([CHECK_NAMES[check.name], value, norm, label])
        extra.append(("TEXTCOLOR", (3, i), (3, i), HexColor(colour)))
        extra.append(("FONT", (3, i), (3, i), "Helvetica-Bold", 8))
    return rows, extra


def _part_rows(data: ReportData) -> list[list[str]]:
    rows = [[data.parts_label, "Bezoekers", "Gem. wacht", "Binnen norm", "Afspraak op tijd",
             "In één keer goed", "Klantcijfer"]]
    for part in data.parts:
        visits, kto = part.measures.visits, part.measures.kto
        within = None if visits.above_norm is None else 1 - visits.above_norm
        rows.append([
            part.label, _count(visits.visitors),
            _minutes(visits.wait.mean if visits.wait else None), _percent(within),
            _percent(visits.appointments_on_time),
            _percent(part.measures.contacts.first_time_right),
            "-" if kto.mean is None else _number(kto.mean),
        ])
    return rows


def _duration(spread: Spread, delivery: str) -> tuple[str, str]:
    if delivery == "pickup":
        return (f"{_number(spread.mean / 86400)} dagen", f"{_number(spread.p90 / 86400)} dagen")
    return _minutes(spread.mean), _minutes(spread.p90)


def _delivery_rows(data: ReportData) -> list[list[str]]:
    rows = [["Product", "Levering", "Aantal", "Gemiddeld", "P90"]]
    for (product, delivery), spread in data.overall.deliveries.items():
        mean, p90 = _duration(spread, delivery)
        rows.append([product, DELIVERY_NAMES.get(delivery, delivery), _count(spread.count),
                     mean, p90])
    return rows


def write_report(data: ReportData, path: Path, generated_at: datetime) -> None:
    """Writes the report of ``data`` to ``path``."""
    styles = _Styles(data.primary_colour)
    document = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
        bottomMargin=16 * mm, title=f"Dienstverlening {data.title} {data.period_label}",
        author="Loket", subject="Rapportage dienstverlening",
    )
    width = document.width
    primary, accent = data.primary_colour, data.accent_colour
    norm_rows, norm_style = _norm_rows(data)
    story: list[Any] = [
        _band(data, styles, width), Spacer(1, 8),
        Paragraph("Alle cijfers zijn berekend uit de gebeurtenissen van de wachtrij en de "
                  "klantcontacten, zonder persoonsgegevens. De definities staan op de "
                  "laatste pagina.", styles.small),
        Paragraph("Normen", styles.heading),
        _table(norm_rows, [0.46 * width, 0.18 * width, 0.18 * width, 0.18 * width], primary,
               norm_style),
        Paragraph("Kerncijfers", styles.heading),
        _table(_key_figures(data), [0.55 * width, 0.45 * width], primary),
        KeepTogether([Paragraph("Wachttijd tegen de norm", styles.heading),
                      charts.waiting_per_week(data.weeks, primary, accent,
                                              data.norms.within_wait_norm),
                      Paragraph("Boven de staven: de gemiddelde wachttijd in minuten.",
                                styles.small)]),
        PageBreak(),
        Paragraph("Drukte", styles.heading),
        charts.visitors_per_hour(data.visitors_per_hour, primary),
        KeepTogether([Paragraph("In één keer goed", styles.heading),
                      charts.first_time_right(data.overall.contacts, primary,
                                              data.norms.first_time_right)]),
        KeepTogether([Paragraph("Klantcijfers", styles.heading),
                      charts.kto_per_aspect(data.overall.kto, primary, accent,
                                            data.norms.kto_mark)]),
        PageBreak(),
        Paragraph(f"Per {data.parts_label.lower()}", styles.heading),
        _table(_part_rows(data), [0.25 * width] + [0.125 * width] * 6, primary),
        Paragraph("Levertijd per product", styles.heading),
        _table(_delivery_rows(data), [0.3 * width, 0.16 * width, 0.14 * width, 0.2 * width,
                                      0.2 * width], primary),
        PageBreak(),
        Paragraph("Definities", styles.heading),
        *(Paragraph(f"<b>{term}.</b> {text}", styles.body) for term, text in DEFINITIONS),
    ]

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 7)
        canvas.setFillColor(colors.grey)
        canvas.drawString(doc.leftMargin, 9 * mm, f"Loket — {data.title} — {data.period_label}"
                          f" — gemaakt {generated_at:%d-%m-%Y %H:%M}")
        canvas.drawRightString(doc.leftMargin + doc.width, 9 * mm, f"pagina {doc.page}")
        canvas.restoreState()

    document.build(story, onFirstPage=footer, onLaterPages=footer)
