"""The open-data table: benchmark columns, hand-counted values, and small cells suppressed."""

import csv
import io
import json
from datetime import datetime

import pytest

from workstation.domain.measures import ContactRecord, MarkRecord, Records, TicketVisit
from workstation.domain.open_data import COLUMNS, MIN_CELL, open_data_rows
from workstation.domain.queue import SITE_TIMEZONE
from workstation.reports.export import write_csv, write_json

NOV = datetime(2026, 11, 3, 10, 0, tzinfo=SITE_TIMEZONE).timestamp()
AS_OF = datetime(2026, 12, 15, tzinfo=SITE_TIMEZONE).timestamp()


def visits(location: str, service: str, count: int, wait_min: float = 4.0,
           municipality: str = "0777") -> list[TicketVisit]:
    return [TicketVisit(municipality, location, service, 10, False, NOV + i * 60, None,
                        NOV + i * 60 + wait_min * 60, NOV + i * 60 + wait_min * 60 + 30,
                        NOV + i * 60 + wait_min * 60 + 630) for i in range(count)]


# Etten-Leur in November: A 10 visitors, B 3 (small), C 6 (the next smallest), D 20.
# Zevenbergen: 4 visitors in all (the whole location is small).
RECORDS = Records(
    visits=[*visits("ETL", "A", 10), *visits("ETL", "B", 3, wait_min=30),
            *visits("ETL", "C", 6, wait_min=12), *visits("ETL", "D", 20),
            *visits("MDK", "A", 4, municipality="1709")],
    contacts=[ContactRecord("0777", "ETL", "telefoon", i % 4 != 0, NOV, NOV + 300, NOV + 360)
              for i in range(8)],
    marks=[MarkRecord("0777", "ETL", "A", "balie", NOV, mark) for mark in (8, 7, 9, 6, 10)]
    + [MarkRecord("0777", "ETL", "B", "balie", NOV, 3)],
)


def rows_by_key() -> dict[tuple[str, str], dict[str, object]]:
    return {(row["vestiging"], row["dienst"]): row
            for row in open_data_rows(RECORDS, AS_OF)}  # type: ignore[misc]


def test_rows_carry_the_benchmark_columns_and_hand_counted_values() -> None:
    rows = rows_by_key()
    assert all(list(row) == list(COLUMNS) for row in rows.values())
    total = rows[("ETL", "*")]
    assert total["periode"] == "2026-11"
    assert total["bezoekers"] == 39
    # 30-minute waits for B and 12 for C are above the 10-minute norm: 9 of 39.
    assert total["percentage_binnen_wachttijdnorm"] == pytest.approx(round(100 * 30 / 39, 1))
    assert total["vragen"] == 8
    assert total["percentage_in_een_keer_goed"] == 75.0  # 6 of 8
    assert total["percentage_telefonisch"] == 100.0
    assert (total["klantcijfer_aantal"], total["klantcijfer_gemiddeld"]) == (6, 7.2)
    service_a = rows[("ETL", "A")]
    assert (service_a["bezoekers"], service_a["wachttijd_gemiddeld_min"]) == (10, 4.0)
    # A's five marks would be shown, but B's one mark is suppressed, so A's must go too.
    assert service_a["klantcijfer_gemiddeld"] is None
    assert service_a["bedieningstijd_gemiddeld_min"] == 10.0
    assert service_a["onderdrukt"] == "klantcijfer"
    assert total["onderdrukt"] == ""


def test_a_small_service_and_the_next_smallest_are_suppressed() -> None:
    rows = rows_by_key()
    for small in (("ETL", "B"), ("ETL", "C")):
        assert rows[small]["bezoekers"] is None
        assert rows[small]["wachttijd_gemiddeld_min"] is None
        assert rows[small]["onderdrukt"] == "bezoekers,klantcijfer"
    assert rows[("ETL", "D")]["bezoekers"] == 20
    assert rows[("MDK", "*")]["bezoekers"] is None  # a location with 4 visitors in the month
    assert rows[("MDK", "A")]["bezoekers"] is None
    assert rows[("MDK", "*")]["vragen"] is None  # no questions at all: below 5 too


def test_the_csv_passes_its_own_suppression_test() -> None:
    out = io.StringIO()
    write_csv(open_data_rows(RECORDS, AS_OF), out)
    published = list(csv.DictReader(io.StringIO(out.getvalue()), delimiter=";"))
    assert published
    assert tuple(published[0]) == COLUMNS
    for row in published:
        if row["bezoekers"]:
            assert int(row["bezoekers"]) >= MIN_CELL
        else:
            assert "bezoekers" in row["onderdrukt"]
            assert not any(row[c] for c in ("wachttijd_gemiddeld_min", "niet_verschenen",
                                            "bezoekers_op_afspraak"))
        if row["klantcijfer_aantal"]:
            assert int(row["klantcijfer_aantal"]) >= MIN_CELL
        if row["vragen"]:
            assert int(row["vragen"]) >= MIN_CELL
    # No service row is suppressed alone next to a published total: it would give it away.
    for total in (r for r in published if r["dienst"] == "*"):
        services = [r for r in published
                    if r["vestiging"] == total["vestiging"] and r["dienst"] != "*"]
        for column in ("bezoekers", "klantcijfer_aantal"):
            if total[column]:
                assert sum(1 for r in services if not r[column]) != 1


def test_the_json_names_its_rule_and_definitions() -> None:
    out = io.StringIO()
    write_json(open_data_rows(RECORDS, AS_OF), out, "2026-11")
    document = json.loads(out.getvalue())
    assert document["periode"] == "2026-11"
    assert "5" in document["onderdrukking"]
    assert "Wachttijd" in document["definities"]
    assert len(document["rijen"]) == 7
