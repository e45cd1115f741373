"""Screen texts: Dutch source strings, an English translation loaded from resources."""

from __future__ import annotations

import logging
from importlib.resources import as_file, files

from PySide6.QtCore import QCoreApplication, QTranslator

log = logging.getLogger("loket.ui")


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Install the translation for ``language`` ("nl" needs none). Keep the returned object."""
    if language == "nl":
        return None
    translator = QTranslator(app)
    resource = files("resources").joinpath("translations", f"display_{language}.qm")
    with as_file(resource) as path:
        loaded = translator.load(str(path))
    if not loaded:
        log.warning("display translation %s cannot be loaded; showing Dutch", language)
        return None
    app.installTranslator(translator)
    return translator
