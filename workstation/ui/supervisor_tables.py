"""Small tables of the supervisor's board: as high as their rows (the board scrolls, not each
table), rows reused on every update, and a norm colour band per cell."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from workstation.ui.style import BAND_COLOURS


def compact_table(parent: QWidget, columns: int, stretch: int = 0) -> QTreeWidget:
    """A table whose ``stretch`` column (a name) gives way first when space is short."""
    table = QTreeWidget(parent)
    table.setColumnCount(columns)
    table.setRootIsDecorated(False)
    table.setAlternatingRowColors(True)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fit_rows(table: QTreeWidget, count: int) -> list[QTreeWidgetItem]:
    """Exactly ``count`` rows, reusing the ones there; the table is as high as its rows."""
    while table.topLevelItemCount() > count:
        table.takeTopLevelItem(table.topLevelItemCount() - 1)
    while table.topLevelItemCount() < count:
        QTreeWidgetItem(table)
    rows = [row for row in (table.topLevelItem(i) for i in range(count)) if row is not None]
    row_height = max(table.sizeHintForRow(0), table.fontMetrics().height() + 12)
    table.setFixedHeight(table.header().sizeHint().height() + 2 * table.frameWidth()
                         + count * row_height + 2)
    return rows


def paint(item: QTreeWidgetItem, column: int, band: str) -> None:
    if not band:
        item.setData(column, Qt.ItemDataRole.ForegroundRole, None)
        item.setData(column, Qt.ItemDataRole.BackgroundRole, None)
        return
    ink, fill = BAND_COLOURS[band]
    item.setForeground(column, QBrush(QColor(ink)))
    item.setBackground(column, QBrush(QColor(fill)))
