"""Screen language: Dutch source texts, an English translation, switched live.

Installing or removing the translator makes Qt send ``LanguageChange`` to every widget; each
view re-reads its texts in ``changeEvent``. Service names come from the site database in both
languages and follow :attr:`LanguageSwitcher.language`.
"""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from workstation.domain.errors import UserFacingError

log = logging.getLogger("loket.ui")

LANGUAGES = ("nl", "en")
ERROR_CONTEXT = "UserFacingError"
TRANSLATION_CATALOGUES = ("workstation", "errors")
"""``resources/translations/<name>_<language>.qm``: the screens' own texts (``self.tr``) and the
texts of expected errors (``scripts/extract_error_texts.py``)."""


class LanguageSwitcher(QObject):
    """Owns the translators of the application; one per process."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = "nl"
        self._translators: list[QTranslator] = []

    @property
    def language(self) -> str:
        return self._language

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication before choosing a language")
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = self._load(language)
        for translator in self._translators:
            app.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English if language == "en"
                                   else QLocale.Language.Dutch))
        changed = language != self._language
        self._language = language
        if changed:
            log.info("screen language switched to %s", language)
            self.changed.emit(language)

    def _load(self, language: str) -> list[QTranslator]:
        loaded: list[QTranslator] = []
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(self)
        if qt.load(f"qtbase_{language}", qt_dir):
            loaded.append(qt)
        if language == "nl":
            return loaded  # the source texts are Dutch
        for catalogue in TRANSLATION_CATALOGUES:
            own = QTranslator(self)
            path = resources.files("resources") / "translations" / f"{catalogue}_{language}.qm"
            if not own.load(str(path)):
                raise RuntimeError(f"translation {path} cannot be loaded")
            loaded.append(own)
        return loaded


def lower_layer_text(text: str) -> str:
    """A Dutch text made below the UI (``dutch_text`` or an error template) in the screen
    language; texts with filled-in values stay as they are."""
    return QCoreApplication.translate(ERROR_CONTEXT, text)


def error_text(error: UserFacingError) -> str:
    """The message and next step of an expected error, in the screen language.

    The Dutch templates are translated first and filled in afterwards, so a message with a
    number or a code in it still finds its translation (``errors_en.ts``).
    """
    return error.translated(lambda template: QCoreApplication.translate(ERROR_CONTEXT, template))
