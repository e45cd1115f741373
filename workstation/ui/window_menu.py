"""The menu bar of a staff window: File with Quit, and the choice of language (each language
named in its own words). The windows set the titles in their own ``_retranslate``."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from workstation.ui.i18n import LanguageSwitcher

LANGUAGES = (("nl", "Nederlands"), ("en", "English"))


@dataclass(frozen=True)
class WindowMenu:
    file_menu: QMenu
    quit_action: QAction
    language_menu: QMenu
    language_actions: dict[str, QAction]

    def show_language(self, language: str) -> None:
        for code, action in self.language_actions.items():
            action.setChecked(code == language)


def window_menu(window: QMainWindow, language: LanguageSwitcher) -> WindowMenu:
    bar = window.menuBar()
    file_menu = bar.addMenu("")
    quit_action = QAction(window)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)
    language_menu = bar.addMenu("")
    group = QActionGroup(window)
    actions: dict[str, QAction] = {}
    for code, label in LANGUAGES:
        action = QAction(label, window)
        action.setCheckable(True)
        action.setChecked(code == language.language)
        action.triggered.connect(lambda _checked=False, c=code: language.set_language(c))
        group.addAction(action)
        language_menu.addAction(action)
        actions[code] = action
    return WindowMenu(file_menu, quit_action, language_menu, actions)
