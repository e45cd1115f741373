from pathlib import Path

from workstation.cli.config_commands import reference_markdown
from workstation.settings import Settings

REFERENCE = Path(__file__).parents[3] / "docs" / "configuration.md"


def test_docs_configuration_is_current() -> None:
    assert REFERENCE.read_text(encoding="utf-8") == reference_markdown(), (
        "regenerate: python -m workstation config reference > docs/configuration.md")


def test_every_key_has_a_description() -> None:
    text = reference_markdown()
    assert "|  |" not in text
    for name in Settings.model_fields:
        assert f"`{name}`" in text or name in {"database", "workstation", "display", "logging",
                                                 "privacy", "alarm", "devices", "sync", "audit",
                                                 "brp"}
