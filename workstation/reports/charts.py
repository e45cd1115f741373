"""The report's four charts as reportlab drawings, in the municipality's colours."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.colors import Color, HexColor

from workstation.domain.measures import KTO_ASPECTS, ContactMeasures, KtoMeasures, VisitMeasures

WIDTH = 480.0
WEEKDAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")
CHANNEL_NAMES = {"balie": "Balie", "telefoon": "Telefoon", "e-mail": "E-mail",
                 "contactformulier": "Contactformulier"}
ASPECT_NAMES = {"wachttijd": "Wachttijd", "vriendelijkheid": "Vriendelijkheid",
                "deskundigheid": "Deskundigheid", "duidelijkheid": "Duidelijkheid"}
NORM_COLOUR = HexColor("#C0392B")
TEXT = HexColor("#333333")


def _norm_line(drawing: Drawing, x: float, width: float, y: float, label: str) -> None:
    drawing.add(Line(x, y, x + width, y, strokeColor=NORM_COLOUR, strokeWidth=1.2,
                     strokeDashArray=[4, 3]))
    drawing.add(String(x + width + 4, y - 3, label, fontName="Helvetica", fontSize=7,
                       fillColor=NORM_COLOUR))


def _style_axes(chart: VerticalBarChart | HorizontalBarChart) -> None:
    chart.valueAxis.labels.fontName = "Helvetica"
    chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = colors.grey
    chart.categoryAxis.strokeColor = colors.grey
    chart.valueAxis.gridStrokeColor = HexColor("#DDDDDD")
    chart.valueAxis.visibleGrid = True


def waiting_per_week(weeks: Sequence[tuple[tuple[int, int], VisitMeasures]], primary: str,
                     accent: str, norm_share: float) -> Drawing:
    """Per week: the share of visitors called within their service's norm (bars) and the mean
    wait in minutes (labels above the bars), against the target share."""
    drawing = Drawing(WIDTH, 190)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 36, 34, WIDTH - 80, 140
    within = [None if w.above_norm is None else 100 * (1 - w.above_norm) for _k, w in weeks]
    chart.data = [[v if v is not None else 0 for v in within]]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.categoryAxis.categoryNames = [f"{week}" for (_year, week), _w in weeks]
    chart.bars[0].fillColor = HexColor(primary)
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    _style_axes(chart)
    if len(weeks) > 20:
        chart.categoryAxis.labels.fontSize = 5
    drawing.add(chart)
    _norm_line(drawing, chart.x, chart.width, chart.y + norm_share * chart.height,
               f"norm {norm_share:.0%}")
    step = chart.width / max(1, len(weeks))
    for i, (_key, week) in enumerate(weeks):
        if week.wait is not None and len(weeks) <= 20:
            drawing.add(String(chart.x + step * (i + 0.5), chart.y + chart.height + 4,
                               f"{week.wait.mean / 60:.1f}".replace(".", ","),
                               fontName="Helvetica", fontSize=6, fillColor=HexColor(accent),
                               textAnchor="middle"))
    drawing.add(String(0, 6, "% bezoekers binnen de wachttijdnorm per week (ISO-weeknummer)",
                       fontName="Helvetica", fontSize=7, fillColor=TEXT))
    return drawing


def _mix(colour: str, strength: float) -> Color:
    """``colour`` faded towards white: 0 is white, 1 the colour itself."""
    base = HexColor(colour)
    return Color(1 - (1 - base.red) * strength, 1 - (1 - base.green) * strength,
                 1 - (1 - base.blue) * strength)


def visitors_per_hour(per_hour: Mapping[tuple[int, int], float], primary: str) -> Drawing:
    """A week grid: mean visitors per hour of the week, darker is busier."""
    days = sorted({day for day, _hour in per_hour}) or [0, 1, 2, 3, 4]
    hours = sorted({hour for _day, hour in per_hour}) or list(range(8, 18))
    hours = list(range(hours[0], hours[-1] + 1))
    cell_w = min(30.0, (WIDTH - 30) / len(hours))
    cell_h = 18.0
    drawing = Drawing(WIDTH, cell_h * len(days) + 34)
    top = max(per_hour.values(), default=1.0) or 1.0
    for row, day in enumerate(days):
        y = drawing.height - 14 - (row + 1) * cell_h
        drawing.add(String(0, y + 5, WEEKDAYS[day], fontName="Helvetica", fontSize=8,
                           fillColor=TEXT))
        for column, hour in enumerate(hours):
            value = per_hour.get((day, hour), 0.0)
            x = 24 + column * cell_w
            drawing.add(Rect(x, y, cell_w - 1, cell_h - 1, strokeColor=None,
                             fillColor=_mix(primary, 0.08 + 0.92 * value / top)))
            if value:
                drawing.add(String(x + cell_w / 2, y + 5, f"{value:.0f}", fontName="Helvetica",
                                   fontSize=6, textAnchor="middle",
                                   fillColor=colors.white if value / top > 0.55 else TEXT))
    for column, hour in enumerate(hours):
        drawing.add(String(24 + column * cell_w + cell_w / 2, drawing.height - 10,
                           f"{hour}u", fontName="Helvetica", fontSize=7, textAnchor="middle",
                           fillColor=TEXT))
    drawing.add(String(0, 2, "Gemiddeld aantal bezoekers per uur van de week (trekken van het "
                       "nummer)", fontName="Helvetica", fontSize=7, fillColor=TEXT))
    return drawing


def first_time_right(contacts: ContactMeasures, primary: str, norm: float) -> Drawing:
    channels = list(contacts.channels.items())
    drawing = Drawing(WIDTH, 40 + 22 * max(1, len(channels)))
    chart = HorizontalBarChart()
    chart.x, chart.y = 100, 24
    chart.width, chart.height = WIDTH - 160, 22 * max(1, len(channels))
    chart.data = [[100 * (c.first_time_right or 0) for _k, c in channels] or [0]]
    chart.categoryAxis.categoryNames = [
        f"{CHANNEL_NAMES.get(k, k)} ({c.contacts})" for k, c in channels] or [""]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.bars[0].fillColor = HexColor(primary)
    chart.bars[0].strokeColor = None
    _style_axes(chart)
    drawing.add(chart)
    x = chart.x + norm * chart.width
    drawing.add(Line(x, chart.y, x, chart.y + chart.height, strokeColor=NORM_COLOUR,
                     strokeWidth=1.2, strokeDashArray=[4, 3]))
    drawing.add(String(x + 3, chart.y + chart.height + 3, f"norm {norm:.0%}",
                       fontName="Helvetica", fontSize=7, fillColor=NORM_COLOUR))
    drawing.add(String(0, 4, "% vragen in één keer goed per kanaal (aantal vragen)",
                       fontName="Helvetica", fontSize=7, fillColor=TEXT))
    return drawing


def kto_per_aspect(kto: KtoMeasures, primary: str, accent: str, norm: float) -> Drawing:
    drawing = Drawing(WIDTH, 170)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 36, 34, WIDTH - 100, 120
    names = ["Totaal", *(ASPECT_NAMES[a] for a in KTO_ASPECTS)]
    values = [kto.mean, *(kto.aspects[a][1] for a in KTO_ASPECTS)]
    chart.data = [[v or 0 for v in values]]
    chart.categoryAxis.categoryNames = names
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 10, 2
    chart.bars[0].fillColor = HexColor(primary)
    chart.bars[(0, 0)].fillColor = HexColor(accent)
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = lambda v: f"{v:.1f}".replace(".", ",") if v else "-"
    chart.barLabels.fontName = "Helvetica"
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 7
    _style_axes(chart)
    drawing.add(chart)
    _norm_line(drawing, chart.x, chart.width, chart.y + norm / 10 * chart.height,
               f"norm {norm:.1f}".replace(".", ","))
    drawing.add(String(0, 6, f"Klantcijfer (1-10) in totaal en per aspect ({kto.marks} "
                       "beoordelingen)", fontName="Helvetica", fontSize=7, fillColor=TEXT))
    return drawing
