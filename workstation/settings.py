"""One typed settings object: TOML file + ``LOKET_*`` environment overrides + keyring secrets.

A workstation's file only says where it is and what hardware it has (DESIGN.md §8); everything
site-wide lives in the site database. See docs/configuration.md for every key.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, Final, Literal

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from workstation.devices.cardreader.config import CardReaderConfig
from workstation.devices.idreader.config import IdReaderConfig
from workstation.devices.printer.config import PrinterConfig
from workstation.domain.errors import UserFacingError

APP_NAME = "loket"
SCHEMA_VERSION: Final = 1
ENV_PREFIX = "LOKET_"
CONFIG_FILE_ENV = "LOKET_CONFIG"
KEYRING_SERVICE = "loket"


Language = Literal["nl", "en"]


def _dutch_only() -> list[Language]:
    return ["nl"]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DatabaseSettings(_Section):
    url: str = Field(
        "",
        description=(
            "SQLAlchemy URL of the site queue database. Empty: the embedded SQLite file in the "
            "data directory. PostgreSQL: postgresql+psycopg://user@host:5432/loket"
        ),
    )
    password_from_keyring: bool = Field(
        False,
        description="Read the database password from the OS keyring (service 'loket', "
        "user 'database'); never put it in this file.",
    )


class WorkstationSettings(_Section):
    role: Literal["reception", "kiosk", "counter"] = Field(
        "counter", description="What this workstation is used for."
    )
    location: str = Field("BOZ", description="Code of the location (vestiging) it stands in.")
    counter: int | None = Field(
        None, ge=1, description="Counter (balie) number; required for the counter role."
    )
    staff: str = Field(
        "", description="Staff code filled in on the sign-in screen (the PIN is always asked); "
        "with --demo, the colleague --self-test signs in (default mw01)."
    )
    kiosk_idle_seconds: int = Field(
        45, ge=10, le=600, description="Kiosk returns to its start screen after this idle time."
    )


class DisplaySettings(_Section):
    location: str = Field("BOZ", description="Code of the location whose calls are shown.")
    screen: int = Field(0, ge=0, description="Index of the screen to show the display on.")
    languages: list[Language] = Field(
        default_factory=_dutch_only, min_length=1, description="Languages announced, in order."
    )
    voice: bool = Field(True, description="Announce calls with a voice (when an engine exists).")
    chime: bool = Field(True, description="Play a chime before each call.")
    highlight_seconds: int = Field(
        8, ge=1, le=120, description="How long a new call stays highlighted."
    )
    recent_calls: int = Field(6, ge=1, le=20, description="How many earlier calls are listed.")
    fullscreen: bool = Field(True, description="Run fullscreen on the chosen screen.")


class LoggingSettings(_Section):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field("INFO", description="Log level.")
    json_lines: bool = Field(False, description="Also write JSON lines (for tests and tooling).")
    directory: str = Field("", description="Log directory; empty: the platform log directory.")


class DeviceSettings(_Section):
    """Hardware of this workstation; each kind is described by its own package's model.

    In demo mode a device left at ``backend = "none"`` is replaced by its simulated backend.
    """

    printer: PrinterConfig = PrinterConfig()
    idreader: IdReaderConfig = IdReaderConfig()
    cardreader: CardReaderConfig = CardReaderConfig(backend="none")


class Settings(_Section):
    schema_version: Literal[1] = Field(SCHEMA_VERSION, description="Settings file format.")
    demo: bool = Field(False, description="Demo mode: simulated devices and demo data allowed.")
    language: Language = Field("nl", description="Screen language.")
    data_dir: str = Field("", description="Data directory; empty: the platform data directory.")
    database: DatabaseSettings = DatabaseSettings()
    workstation: WorkstationSettings = WorkstationSettings()
    display: DisplaySettings = DisplaySettings()
    logging: LoggingSettings = LoggingSettings()
    devices: DeviceSettings = DeviceSettings()

    @property
    def data_path(self) -> Path:
        return Path(self.data_dir or platformdirs.user_data_dir(APP_NAME, appauthor=False))

    @property
    def log_path(self) -> Path:
        return Path(
            self.logging.directory or platformdirs.user_log_dir(APP_NAME, appauthor=False)
        )

    def database_url(self) -> str:
        """The site database URL, with the keyring password filled in when configured."""
        if not self.database.url:
            return f"sqlite:///{self.data_path / 'site.sqlite3'}"
        if not self.database.password_from_keyring:
            return self.database.url
        from sqlalchemy.engine import make_url  # local: settings stays import-light

        url = make_url(self.database.url)
        return url.set(password=read_secret("database")).render_as_string(hide_password=False)


class SettingsError(UserFacingError):
    """The settings file or environment holds a value Loket cannot use."""


def default_config_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "loket.toml"


def load_settings(
    path: Path | None = None, environ: dict[str, str] | None = None
) -> Settings:
    """Read the TOML file (if any), apply ``LOKET_*`` overrides and validate."""
    env = dict(os.environ if environ is None else environ)
    file_path = path or Path(env.get(CONFIG_FILE_ENV) or default_config_file())
    raw: dict[str, Any] = {}
    if file_path.exists():
        try:
            raw = tomllib.loads(file_path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise SettingsError(
                "Het instellingenbestand {file} is geen geldig TOML.",
                "Herstel het bestand of zet het voorbeeldbestand terug.",
                detail=f"{file_path}: {exc}",
                file=file_path,
            ) from exc
    _apply_environment(raw, env)
    try:
        return Settings.model_validate(raw)
    except ValidationError as exc:
        raise _invalid_settings(exc.errors()[0], file_path, detail=f"{file_path}: {exc}") from exc


def _apply_environment(raw: dict[str, Any], env: dict[str, str]) -> None:
    """``LOKET_DATABASE__URL=...`` sets ``[database] url``; values are parsed as TOML when
    they can be (numbers, booleans, lists) and taken as text otherwise."""
    for name, value in sorted(env.items()):
        if not name.startswith(ENV_PREFIX) or name == CONFIG_FILE_ENV:
            continue
        keys = name[len(ENV_PREFIX) :].lower().split("__")
        target = raw
        for key in keys[:-1]:
            target = target.setdefault(key, {})
            if not isinstance(target, dict):
                raise SettingsError(
                    "{name} past niet bij de instellingen.",
                    "Verwijder of corrigeer de omgevingsvariabele.",
                    detail=f"{name}: {key} is not a section",
                    name=name,
                )
        target[keys[-1]] = _parse_env_value(value)


def _parse_env_value(value: str) -> Any:
    try:
        return tomllib.loads(f"v = {value}")["v"]
    except tomllib.TOMLDecodeError:
        return value


def _invalid_settings(error: Any, file_path: Path, *, detail: str) -> SettingsError:
    """The first validation ``error`` of pydantic as a screen text."""
    key = ".".join(str(part) for part in error["loc"]) or "(bestand)"
    value = repr(error.get("input"))
    next_step = "Pas {file} of de LOKET_-omgevingsvariabele aan."
    if error["type"] == "extra_forbidden":
        return SettingsError(
            "De instellingen kloppen niet: onbekende sleutel '{key}' (waarde {value}); "
            "die bestaat niet in versie 1.",
            next_step, detail=detail, key=key, value=value, file=file_path,
        )
    return SettingsError(
        "De instellingen kloppen niet: sleutel '{key}' heeft waarde {value}; "
        "toegestaan: {allowed}.",
        next_step, detail=detail, key=key, value=value, allowed=error["msg"], file=file_path,
    )


class NoKeyringError(UserFacingError):
    """The operating system offers no keyring to keep secrets in."""


def read_secret(name: str) -> str:
    """A secret from the OS keyring, with a plain message when there is no keyring."""
    import keyring
    from keyring.errors import KeyringError
    from keyring.errors import NoKeyringError as _KeyringMissing

    try:
        secret = keyring.get_password(KEYRING_SERVICE, name)
    except _KeyringMissing as exc:
        raise NoKeyringError(
            "Deze computer heeft geen sleutelbos (keyring) voor wachtwoorden.",
            "Vraag IT een keyring in te richten (Windows: Referentiebeheer; Linux: "
            "Secret Service) en het wachtwoord daarin te zetten.",
            detail=f"no keyring backend: {exc}",
        ) from exc
    except KeyringError as exc:
        raise NoKeyringError(
            "Het wachtwoord kon niet uit de sleutelbos worden gelezen.",
            "Vraag IT de sleutelbos te controleren.",
            detail=f"keyring error for {KEYRING_SERVICE}/{name}: {exc}",
        ) from exc
    if secret is None:
        raise NoKeyringError(
            "Het wachtwoord '{name}' staat niet in de sleutelbos.",
            "Zet het met: python -m keyring set {service} {name}",
            detail=f"keyring has no {KEYRING_SERVICE}/{name}",
            name=name,
            service=KEYRING_SERVICE,
        )
    return secret
