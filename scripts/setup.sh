#!/usr/bin/env bash
# Prepare this checkout: Debian packages (when we may install them), a virtualenv in .venv
# and the project with its development tools. Safe to run again; it only adds what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  libpcsclite-dev pcscd vsmartcard-vpcd  # PC/SC stack and the virtual reader for chip tests
  libusb-1.0-0                           # USB receipt printers (pyusb), bundled by build.spec
  libpulse0 libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4
  libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render0
  libxcb-render-util0 libxcb-image0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0
  libxcb-xkb1 libegl1 libgl1 libglib2.0-0 libgssapi-krb5-2 libfontconfig1 libdbus-1-3
  fonts-dejavu-core                              # Qt (PySide6 wheels) on a real or virtual screen
  xvfb xauth                                     # display-server tests
  speech-dispatcher speech-dispatcher-espeak-ng espeak-ng libspeechd2  # a Dutch voice
  swig gcc python3-dev                           # building pyscard
  faketime                                       # e2e: a site lives through two business days
  openssl                                        # tests: PKIo-style client certificates for mutual TLS
  zbar-tools                                     # tests: a document's QR code read back (zbarimg)
)

missing=()
if command -v dpkg-query >/dev/null; then
  for package in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$package")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

PYTHON=${PYTHON:-python3}
"$PYTHON" - <<'PY'
import sys
if sys.version_info < (3, 11):
    sys.exit(f"Loket needs Python 3.11 or newer; this is {sys.version.split()[0]}")
PY
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
stamp=.venv/.loket-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q swig
  .venv/bin/python -m pip install -q -e '.[dev]'
  touch "$stamp"
fi
