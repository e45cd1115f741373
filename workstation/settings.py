"""One typed settings object: TOML files + ``LOKET_*`` environment overrides + keyring secrets.

A workstation's file only says where it is and what hardware it has (DESIGN.md §8); everything
site-wide lives in the site database. See docs/configuration.md for every key.

Layers, later ones winning key by key: the machine's file (``/etc/loket/loket.toml``,
``%PROGRAMDATA%\\Loket\\loket.toml``), the user's file (or the one ``--config`` /
``LOKET_CONFIG`` names), then ``LOKET_*`` variables. The data directory (the embedded site
database) is the machine's when IT created it, so every account on one PC shares one queue
(docs/decisions/0011-upgrades-and-machine-settings.md).
"""

from __future__ import annotations

import os
import sys
import tomllib
import types
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal, Union, get_args, get_origin

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from workstation.devices.cardreader.config import CardReaderConfig
from workstation.devices.idreader.config import IdReaderConfig
from workstation.devices.printer.config import PrinterConfig
from workstation.domain.desk import parse_actor
from workstation.domain.errors import UserFacingError

APP_NAME = "loket"
MACHINE_APP_NAME = "Loket"  # the machine folder on Windows: %PROGRAMDATA%\Loket
CONFIG_FILE_NAME = "loket.toml"
DATABASE_FILE_NAME = "site.sqlite3"
DEMO_FOLDER = "demo"
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
    role: Literal["reception", "kiosk", "counter", "phone", "supervisor", "feedback"] = Field(
        "counter", description="What this workstation is used for: 'phone' is the KCC desk "
        "without a queue, for phone agents; a 'feedback' kiosk asks visitors for their mark "
        "(KTO); the 'supervisor' view shows every location live."
    )
    location: str = Field("BOZ", description="Code of the location (vestiging) it stands in.")
    counter: int | None = Field(
        None, ge=1, description="Counter (balie) number; required for the counter role."
    )
    staff: str = Field(
        "", description="Staff code filled in on the sign-in screen (the PIN is always asked); "
        "with --demo, the colleague --self-test signs in (default mw01)."
    )
    kto_screen: int | None = Field(
        None, ge=0, description="Counter only: index of the screen turned towards the visitor, "
        "which asks for a mark (KTO) after each visit. Empty: no such screen."
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


class AlarmSettings(_Section):
    fallback_phone: str = Field(
        "112",
        description="Number to call when an alarm cannot be delivered (the site database is "
        "unreachable); shown on the alarm button: 'Alarm is NIET verzonden. Bel <nummer>.'",
    )


class LoggingSettings(_Section):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field("INFO", description="Log level.")
    json_lines: bool = Field(False, description="Also write JSON lines (for tests and tooling).")
    directory: str = Field("", description="Log directory; empty: the platform log directory.")


class PrivacySettings(_Section):
    """Retention of the free text and names the site database keeps for a while."""

    transfer_note_days: int = Field(
        0, ge=0, le=30,
        description="Transfer notes are purged at the end of the business day they were "
        "written plus this many days (0: the same evening).",
    )
    appointment_days: int = Field(
        30, ge=1, le=366,
        description="Visitor names and booking codes of appointments are purged this many "
        "days after the appointment.",
    )


class DeviceSettings(_Section):
    """Hardware of this workstation; each kind is described by its own package's model.

    In demo mode a device left at ``backend = "none"`` is replaced by its simulated backend.
    """

    printer: PrinterConfig = PrinterConfig()
    idreader: IdReaderConfig = IdReaderConfig()
    cardreader: CardReaderConfig = CardReaderConfig(backend="none")


class SyncSettings(_Section):
    """The outbox: natural keys this workstation mints offline (docs/decisions/0020)."""

    workstation_number: int = Field(
        1, ge=1, le=99,
        description="This workstation's number (01-99), unique within the municipality: the "
        "first two digits of every referentienummer it mints.",
    )
    zaak_prefix: str = Field(
        "LOKET", min_length=1, max_length=27, pattern=r"^[A-Za-z0-9]+$",
        description="Prefix of the zaak identificatie minted offline: PREFIX-NN-SEQUENCE.",
    )


class DeskSettings(_Section):
    """The KCC desk on counter and phone workstations (docs/decisions/0024)."""

    idle_seconds: int = Field(
        300, ge=30, le=3600,
        description="The desk forgets the person on screen after this long without input.",
    )


class AuditSettings(_Section):
    """Protocollering of person lookups (sealed for the privacy officer)."""

    public_key_file: str = Field(
        "",
        description="PEM file with the privacy officer's RSA public key. Empty in demo mode: "
        "the demo key bundled with Loket; empty otherwise: person lookups are refused.",
    )
    processing_activity: str = Field(
        "urn:loket:verwerkingsactiviteit:klantcontact",
        description="dpl.core.processing_activity_id: the URI of this processing activity "
        "in the municipality's register of processing activities.",
    )


class DocumentSettings(_Section):
    """Signed product documents (uittreksels); docs/decisions/0026-signed-documents.md."""

    key_folder: str = Field(
        "",
        description="Folder with the municipalities' Ed25519 signing keys (<code>.pem, owner-"
        "only, made by 'document keygen'). Empty: 'document-keys' in the data directory. In "
        "demo mode the demo key bundled with Loket signs instead.",
    )
    public_keys: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Public keys 'document verify' trusts, per municipality code: "
        '{ "0748" = ["/etc/loket/keys/0748.pub.pem"] }. The public halves in key_folder are '
        "trusted as well.",
    )
    save_folder: str = Field(
        "", description="Where saved documents go. Empty: 'Loket' in the user's documents "
        "folder.",
    )


class BrpSettings(_Section):
    """The BRP gateway (Haal Centraal BRP Personen 2.x); docs/decisions/0018.

    Secrets (API key, OAuth2 client secret) live in the OS keyring under service 'loket',
    names ``brp_api_key`` / ``brp_client_secret``: never in this file.
    """

    url: str = Field(
        "",
        description="Base URL of the BRP gateway (POST {url}/personen). Empty: the embedded "
        "RvIG test persons in demo mode, no person lookups otherwise.",
    )
    auth: Literal["api_key", "oauth2"] = Field(
        "api_key", description="api_key: the key from the keyring in the X-API-KEY header; "
        "oauth2: client credentials against token_url, secret from the keyring.",
    )
    api_key_header: str = Field("X-API-KEY", description="Header that carries the API key.")
    token_url: str = Field("", description="OAuth2 token endpoint (auth = oauth2).")
    client_id: str = Field("", description="OAuth2 client id (auth = oauth2).")
    scope: str = Field("", description="OAuth2 scope, when the gateway asks for one.")
    client_cert_file: str = Field(
        "", description="PEM client certificate (PKIoverheid) when the gateway requires one.")
    client_key_file: str = Field("", description="PEM private key of the client certificate.")
    ca_file: str = Field(
        "", description="PEM file of the CA that signed the gateway's certificate, when the "
        "system's store lacks it (PKIoverheid Private Root). Empty: the system's store.")
    doelbinding: str = Field("BRPACT-AlgemeneTaken", description="Default x-doelbinding.")
    verwerking: str = Field("Algemeen@KCC", description="Default x-verwerking.")
    origin_oin: str = Field("", description="x-origin-oin: the municipality's OIN (20 digits).")
    own_municipality: str = Field(
        "", pattern=r"^([0-9]{4})?$",
        description="CBS code (4 digits) when the gateway allows this municipality its own "
        "inhabitants only: sent as gemeenteVanInschrijving. Empty: all of the BRP.")
    timeout_s: float = Field(10.0, gt=0, le=120, description="Timeout of one request.")


class ZakenSettings(_Section):
    """The central case registry (ZGW Zaken + Catalogi API, e.g. Open Zaak). Empty ``url``: the
    embedded registry on this workstation is the record. The JWT secret is in the OS keyring
    (service 'loket', user 'zaken_secret'), never in this file."""

    url: str = Field("", description="Root of the Zaken API, e.g. "
                     "https://openzaak.gemeente.nl/zaken/api/v1")
    catalogi_url: str = Field("", description="Root of the Catalogi API, e.g. "
                              "https://openzaak.gemeente.nl/catalogi/api/v1")
    client_id: str = Field("", description="Client id of Loket in the registry (JWT iss and "
                           "client_id).")
    bronorganisatie: str = Field("", pattern=r"^(\d{9})?$",
                                 description="RSIN of the municipality (9 digits, 11-proef).")
    zaaktype: str = Field("", description="URL of the zaaktype of the zaken Loket registers.")
    timeout_s: float = Field(10.0, gt=0, le=120, description="Seconds before a request "
                             "counts as failed (and is retried later by the outbox).")


class KlantinteractiesSettings(_Section):
    """The central contact registry (Klantinteracties, e.g. Open Klant 2). Empty ``url``: the
    embedded registry is the record. The API token is in the OS keyring (service 'loket',
    user 'klantinteracties_token'), never in this file."""

    url: str = Field("", description="Root of the API, e.g. "
                     "https://openklant.gemeente.nl/klantinteracties/api/v1")
    timeout_s: float = Field(10.0, gt=0, le=120, description="Seconds before a request "
                             "counts as failed (and is retried later by the outbox).")
    actoren: list[str] = Field(
        default_factory=list,
        description="Who the desk's callback requests go to, and whose open callbacks it "
        "lists: 'afd:<code>=<naam>' (afdeling), 'grp:<code>=<naam>' (groep) or "
        "'mdw:<e-mail>=<naam>' (medewerker). Empty in demo mode: a demo list.")

    @field_validator("actoren")
    @classmethod
    def _actoren_parse(cls, value: list[str]) -> list[str]:
        for text in value:
            parse_actor(text)
        return value


class Settings(_Section):
    schema_version: Literal[1] = Field(SCHEMA_VERSION, description="Settings file format.")
    demo: bool = Field(False, description="Demo mode: simulated devices and demo data allowed.")
    language: Language = Field("nl", description="Screen language.")
    data_dir: str = Field(
        "",
        description="Data directory (the embedded site database, the demo folder). Empty: the "
        "machine's data directory when it exists (/var/lib/loket, %PROGRAMDATA%\\Loket), "
        "else the user's (~/.local/share/loket, %LOCALAPPDATA%\\loket).",
    )
    database: DatabaseSettings = DatabaseSettings()
    workstation: WorkstationSettings = WorkstationSettings()
    display: DisplaySettings = DisplaySettings()
    alarm: AlarmSettings = AlarmSettings()
    logging: LoggingSettings = LoggingSettings()
    privacy: PrivacySettings = PrivacySettings()
    devices: DeviceSettings = DeviceSettings()
    sync: SyncSettings = SyncSettings()
    desk: DeskSettings = DeskSettings()
    audit: AuditSettings = AuditSettings()
    documents: DocumentSettings = DocumentSettings()
    brp: BrpSettings = BrpSettings()
    zaken: ZakenSettings = ZakenSettings()
    klantinteracties: KlantinteractiesSettings = KlantinteractiesSettings()

    @property
    def data_path(self) -> Path:
        return Path(self.data_dir) if self.data_dir else Locations.of_platform().data_path()

    @property
    def demo_database_path(self) -> Path:
        """The demo's own SQLite file: a folder of its own, never the configured database."""
        return self.data_path / DEMO_FOLDER / DATABASE_FILE_NAME

    @property
    def document_key_path(self) -> Path:
        return Path(self.documents.key_folder or self.data_path / "document-keys")

    @property
    def document_save_path(self) -> Path:
        return Path(self.documents.save_folder
                    or Path(platformdirs.user_documents_dir()) / MACHINE_APP_NAME)

    @property
    def log_path(self) -> Path:
        return Path(
            self.logging.directory or platformdirs.user_log_dir(APP_NAME, appauthor=False)
        )

    def database_url(self) -> str:
        """The site database URL, with the keyring password filled in when configured.

        In demo mode always the demo file, whatever ``[database] url`` says.
        """
        if self.demo:
            return f"sqlite:///{self.demo_database_path}"
        if not self.database.url:
            return f"sqlite:///{self.data_path / DATABASE_FILE_NAME}"
        if not self.database.password_from_keyring:
            return self.database.url
        from sqlalchemy.engine import make_url  # local: settings stays import-light

        url = make_url(self.database.url)
        return url.set(password=read_secret("database")).render_as_string(hide_password=False)


class SettingsError(UserFacingError):
    """The settings file or environment holds a value Loket cannot use."""


@dataclass(frozen=True, slots=True)
class Locations:
    """Where settings files and data live: the whole machine's, and this user's."""

    machine_config: Path
    user_config: Path
    machine_data: Path
    user_data: Path

    @classmethod
    def of_platform(cls, platform: str | None = None,
                    environ: dict[str, str] | None = None) -> Locations:
        platform = platform or sys.platform
        env = os.environ if environ is None else environ
        user_config = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
        user_data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        if platform == "win32":  # one folder for the machine's file and its data
            machine_config = machine_data = (
                Path(env.get("PROGRAMDATA") or "C:\\ProgramData") / MACHINE_APP_NAME
            )
        elif platform == "darwin":
            machine_config = Path(platformdirs.site_config_dir(MACHINE_APP_NAME, appauthor=False))
            machine_data = Path(platformdirs.site_data_dir(MACHINE_APP_NAME, appauthor=False))
        else:  # FHS, not XDG's read-only /etc/xdg and /usr/share: the queue file is written
            machine_config, machine_data = Path("/etc/loket"), Path("/var/lib/loket")
        return cls(machine_config / CONFIG_FILE_NAME, user_config / CONFIG_FILE_NAME,
                   machine_data, user_data)

    def data_path(self) -> Path:
        """The machine's data directory once IT created it (shared by every account on the
        PC), else the user's own."""
        return self.machine_data if self.machine_data.is_dir() else self.user_data


def default_config_file() -> Path:
    return Locations.of_platform().user_config


def load_settings(
    path: Path | None = None, environ: dict[str, str] | None = None,
    locations: Locations | None = None,
) -> Settings:
    """Read the machine's and the user's TOML file (if any), apply ``LOKET_*`` overrides and
    validate. ``path`` (or ``LOKET_CONFIG``) takes the place of the user's file."""
    env = dict(os.environ if environ is None else environ)
    where = locations or Locations.of_platform(environ=env)
    file_path = path or Path(env.get(CONFIG_FILE_ENV) or where.user_config)
    raw: dict[str, Any] = {}
    read: list[Path] = []
    for layer in (where.machine_config, file_path):
        if layer.exists() and layer not in read:
            _merge(raw, _read_file(layer))
            read.append(layer)
    _apply_environment(raw, env)
    files = " en ".join(str(file) for file in read) or str(file_path)
    try:
        settings = Settings.model_validate(raw)
    except ValidationError as exc:
        raise _invalid_settings(exc.errors()[0], files, detail=f"{files}: {exc}") from exc
    if settings.data_dir:
        return settings
    return settings.model_copy(update={"data_dir": str(where.data_path())})


def _read_file(file_path: Path) -> dict[str, Any]:
    try:
        text = file_path.read_text(encoding="utf-8")
    except OSError as exc:  # the machine's file, unreadable for this account
        raise SettingsError(
            "Het instellingenbestand {file} kan niet worden gelezen.",
            "Vraag IT dit bestand leesbaar te maken voor elke gebruiker van deze computer.",
            detail=f"{file_path}: {exc}",
            file=file_path,
        ) from exc
    try:
        return tomllib.loads(text)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SettingsError(
            "Het instellingenbestand {file} is geen geldig TOML.",
            "Herstel het bestand of zet het voorbeeldbestand terug.",
            detail=f"{file_path}: {exc}",
            file=file_path,
        ) from exc


def _merge(target: dict[str, Any], layer: dict[str, Any]) -> None:
    """Lay ``layer`` over ``target`` key by key (sections merge, values replace)."""
    for key, value in layer.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge(target[key], value)
        else:
            target[key] = value


def _apply_environment(raw: dict[str, Any], env: dict[str, str]) -> None:
    """``LOKET_DATABASE__URL=...`` sets ``[database] url``. The value is typed by the setting
    it names: a text setting takes it as it is (``LOKET_WORKSTATION__STAFF=0123`` stays
    "0123"), other settings read it as TOML (numbers, booleans, lists). Variables that name
    no setting (``LOKET_TEST_PG``) are not Loket's settings and are left alone."""
    for name, value in sorted(env.items()):
        if not name.startswith(ENV_PREFIX) or name == CONFIG_FILE_ENV:
            continue
        keys = name[len(ENV_PREFIX) :].lower().split("__")
        annotation = _setting_type(keys)
        if annotation is None:
            continue
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
        target[keys[-1]] = _typed_env_value(value, text=_is_text(annotation))


def _setting_type(keys: list[str]) -> Any | None:
    """The annotation of the setting at ``keys``; None when no such setting exists."""
    model: type[BaseModel] = Settings
    for depth, key in enumerate(keys):
        field = model.model_fields.get(key)
        if field is None:
            return None
        annotation = field.annotation
        is_section = isinstance(annotation, type) and issubclass(annotation, BaseModel)
        if depth == len(keys) - 1:
            return None if is_section else annotation
        if not is_section:
            return None
        model = annotation  # type: ignore[assignment]
    return None


def _is_text(annotation: Any) -> bool:
    if annotation is str:
        return True
    origin = get_origin(annotation)
    if origin is Literal:
        return all(isinstance(choice, str) for choice in get_args(annotation))
    if origin in (Union, types.UnionType):
        options = [option for option in get_args(annotation) if option is not type(None)]
        return bool(options) and all(_is_text(option) for option in options)
    return False


def _typed_env_value(value: str, *, text: bool) -> Any:
    parsed = _parse_env_value(value)
    if text:  # a TOML string ("BOZ", quotes included) is still accepted as its text
        return parsed if isinstance(parsed, str) and value.strip().startswith(('"', "'")) \
            else value
    return parsed


def _parse_env_value(value: str) -> Any:
    try:
        return tomllib.loads(f"v = {value}")["v"]
    except tomllib.TOMLDecodeError:
        return value


def _invalid_settings(error: Any, file_path: str, *, detail: str) -> SettingsError:
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
