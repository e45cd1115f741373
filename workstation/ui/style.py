"""The one stylesheet: calm, high-contrast, large, in the municipality's colour.

Widgets say what they are with a ``role`` property (``primary``, ``service``, ``alarm``...) and
this module decides how that looks; no widget sets colours of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

INK = "#1B1F24"
MUTED = "#4A525C"
PAPER = "#F4F5F7"
CARD = "#FFFFFF"
LINE = "#C9CED6"
OK = "#1E6B34"
OK_BG = "#E3F1E6"
NEAR = "#7A4B00"
NEAR_BG = "#FFF0C7"
OVER = "#9B1C1C"
OVER_BG = "#FBE3E3"
ALARM = "#B00020"
FOCUS = "#1A56DB"
NOTE_INK = "#1D3F73"


@dataclass(frozen=True, slots=True)
class Theme:
    primary: str = "#00467F"
    touch: bool = False

    @property
    def primary_dark(self) -> str:
        return QColor(self.primary).darker(125).name()

    @property
    def primary_light(self) -> str:
        return QColor(self.primary).lighter(190).name() if _is_dark(self.primary) \
            else QColor(self.primary).lighter(130).name()

    @property
    def on_primary(self) -> str:
        return "#FFFFFF" if _is_dark(self.primary) else INK


def _is_dark(colour: str) -> bool:
    return QColor(colour).lightnessF() < 0.6


def set_role(widget: QWidget, role: str) -> None:
    """Give a widget a style role, re-polishing it when it changes at runtime."""
    if widget.property("role") == role:
        return
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def stylesheet(theme: Theme) -> str:
    base = 24 if theme.touch else 15
    button_pad = "22px 28px" if theme.touch else "10px 18px"
    # The focus border is 2px thicker; the padding gives those 2px back, so a button keeps its
    # size when it gets the focus and nothing around it moves.
    focus_pad = "20px 26px" if theme.touch else "8px 16px"
    # The kiosk's five services and its keypad share 1024×768; reception has room to spare.
    service_font = base if theme.touch else int(base * 1.1)
    service_pad = "10px 20px" if theme.touch else "14px 22px"
    service_height = int(base * 2.2) if theme.touch else int(base * 2.6)
    return f"""
* {{ font-size: {base}px; color: {INK}; }}
QMainWindow, QDialog, QWidget#page {{ background: {PAPER}; }}
QMenuBar {{ background: {CARD}; border-bottom: 1px solid {LINE}; }}
QMenuBar::item:selected, QMenu::item:selected {{ background: {theme.primary};
    color: {theme.on_primary}; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="title"] {{ font-size: {int(base * 1.6)}px; font-weight: 600; }}
QLabel[role="heading"] {{ font-size: {int(base * 1.15)}px; font-weight: 600; }}
QLabel[role="ticket-number"] {{ font-size: {int(base * 4.2)}px; font-weight: 700;
    color: {theme.primary_dark}; }}
QLabel[role="ticket-none"] {{ font-size: {int(base * 1.6)}px; color: {MUTED}; }}
QLabel[role="message-error"] {{ background: {OVER_BG}; color: {OVER}; border: 1px solid {OVER};
    border-radius: 6px; padding: 10px 14px; }}
QLabel[role="message-info"] {{ background: {CARD}; border: 1px solid {LINE};
    border-radius: 6px; padding: 10px 14px; }}
QLabel[role="message-warning"] {{ background: {NEAR_BG}; color: {NEAR}; border: 1px solid {NEAR};
    border-radius: 6px; padding: 8px 12px; font-weight: 600; }}
QLabel[role="note"] {{ background: #EEF3FA; border-left: 4px solid {theme.primary};
    padding: 8px 12px; }}
QFrame[role="message-error"] {{ background: {OVER_BG}; border: 1px solid {OVER};
    border-radius: 6px; }}
QFrame[role="message-error"] QLabel {{ color: {OVER}; }}
QFrame[role="message-ok"] {{ background: {OK_BG}; border: 1px solid {OK}; border-radius: 6px; }}
QFrame[role="message-ok"] QLabel {{ color: {OK}; font-weight: 600; }}
QFrame[role="message-info"] {{ background: {CARD}; border: 1px solid {LINE};
    border-radius: 6px; }}
QFrame[role="card"] {{ background: {CARD}; border: 1px solid {LINE}; border-radius: 10px; }}
QFrame[role="header"] {{ background: {theme.primary}; border: none; }}
QFrame[role="header"] QLabel {{ color: {theme.on_primary}; }}
QFrame[role="banner-alarm"] {{ background: {ALARM}; }}
QFrame[role="banner-alarm"] QLabel {{ color: #FFFFFF; font-size: {int(base * 1.3)}px;
    font-weight: 700; }}
QFrame[role="alarm-silent"] {{ background: {CARD}; border-bottom: 1px solid {LINE}; }}
QFrame[role="alarm-silent"] QLabel {{ color: {MUTED}; }}
QLabel[role="alarm-failed"] {{ background: {ALARM}; color: #FFFFFF; padding: 12px 16px;
    font-size: {int(base * 1.3)}px; font-weight: 700; }}
QFrame[role="banner-offline"] {{ background: {NEAR_BG}; border-bottom: 2px solid {NEAR}; }}
QFrame[role="banner-offline"] QLabel {{ color: {NEAR}; font-weight: 600; }}
QFrame[role="staff-bar"] {{ background: {CARD}; border-bottom: 1px solid {LINE}; }}
QFrame[role="staff-bar-paused"] {{ background: {NEAR_BG}; border-bottom: 2px solid {NEAR}; }}
QFrame[role="staff-bar-paused"] QLabel {{ color: {NEAR}; font-weight: 600; }}
QPushButton {{ background: {CARD}; border: 1px solid {LINE}; border-radius: 8px;
    padding: {button_pad}; min-height: {int(base * 1.6)}px; }}
QPushButton:hover {{ border-color: {theme.primary}; }}
QPushButton:focus {{ border: 3px solid {FOCUS}; padding: {focus_pad}; }}
QPushButton:disabled {{ color: #8A9099; background: #ECEEF1; border-color: #DADDE2; }}
QPushButton[role="primary"] {{ background: {theme.primary}; color: {theme.on_primary};
    border-color: {theme.primary_dark}; font-weight: 600; }}
QPushButton[role="primary"]:disabled {{ background: #ECEEF1; color: #8A9099;
    border-color: #DADDE2; }}
QPushButton[role="service"] {{ background: {theme.primary}; color: {theme.on_primary};
    border: 4px solid {theme.primary}; border-radius: 14px; font-size: {service_font}px;
    font-weight: 600; text-align: left; padding: {service_pad}; min-height: {service_height}px; }}
QPushButton[role="service"]:focus {{ border-color: {FOCUS}; }}
QPushButton[role="service"]:pressed {{ background: {theme.primary_dark}; }}
QPushButton[role="service"]:disabled, QPushButton[role="alarm"]:disabled,
QPushButton[role="on-banner"]:disabled {{ background: #ECEEF1; color: #8A9099;
    border: 1px dashed #B4BAC3; }}
QPushButton:checked {{ background: {NEAR_BG}; color: {NEAR}; border: 2px solid {NEAR};
    font-weight: 700; }}
QPushButton[role="keypad"] {{ font-size: {base}px; font-weight: 600;
    padding: 2px 4px; min-height: {int(base * 1.6)}px; }}
QPushButton[role="mark"] {{ background: {theme.primary}; color: {theme.on_primary};
    border: 4px solid {theme.primary}; border-radius: 14px; font-size: {int(base * 1.6)}px;
    font-weight: 700; padding: 4px; min-height: 104px; min-width: 104px; }}
QPushButton[role="mark"]:pressed {{ background: {theme.primary_dark}; }}
QPushButton[role="aspect"] {{ font-size: {base}px; font-weight: 600; padding: 2px;
    min-height: 56px; min-width: 52px; }}
QPushButton[role="aspect"]:checked {{ background: {theme.primary}; color: {theme.on_primary};
    border: 3px solid {theme.primary_dark}; }}
QPushButton[role="alarm"] {{ background: {CARD}; color: {ALARM}; border: 2px solid {ALARM};
    font-weight: 700; }}
QPushButton[role="alarm"]:pressed, QPushButton[role="alarm-raised"] {{ background: {ALARM};
    color: #FFFFFF; border: 2px solid {ALARM}; font-weight: 700; }}
QPushButton[role="on-banner"] {{ background: #FFFFFF; color: {ALARM}; border: none;
    font-weight: 700; }}
QLineEdit, QComboBox, QPlainTextEdit {{ background: {CARD}; border: 1px solid {LINE};
    border-radius: 6px; padding: 8px; }}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus {{ border: 2px solid {FOCUS}; }}
QLineEdit[role="invalid"], QPlainTextEdit[role="invalid"] {{ border: 2px solid {OVER};
    background: {OVER_BG}; }}
QTreeWidget {{ background: {CARD}; border: 1px solid {LINE}; border-radius: 8px;
    alternate-background-color: #F8F9FB; }}
QTreeWidget::item {{ padding: 6px 4px; }}
QTreeWidget::branch {{ image: none; }}
QTreeWidget::item:selected {{ background: {theme.primary_light}; color: {INK}; }}
QHeaderView::section {{ background: {PAPER}; border: none; border-bottom: 1px solid {LINE};
    padding: 6px; font-weight: 600; }}
QStatusBar {{ background: {CARD}; border-top: 1px solid {LINE}; }}
QStatusBar QLabel {{ font-size: {max(13, base - 2)}px; padding: 0 6px; }}
QLabel[role="device-ready"] {{ color: {OK}; }}
QLabel[role="device-degraded"] {{ color: {NEAR}; font-weight: 600; }}
QLabel[role="device-offline"] {{ color: {OVER}; font-weight: 600; }}
QLabel[role="badge-simulated"] {{ background: {NEAR_BG}; color: {NEAR}; border: 1px solid {NEAR};
    border-radius: 4px; padding: 1px 6px; font-weight: 700; }}
QLabel[role="connection-ok"] {{ color: {OK}; }}
QLabel[role="connection-lost"] {{ color: {OVER}; font-weight: 700; }}
"""


BAND_COLOURS = {"ok": (OK, OK_BG), "near": (NEAR, NEAR_BG), "over": (OVER, OVER_BG)}
