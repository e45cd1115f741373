#!/usr/bin/env bash
# Build the executables (workstation, its console twin loket-cli for IT, and the hall display,
# one shared Qt) with PyInstaller and prove the frozen workstation starts: it opens its main
# window headless on the demo setup, checks its devices and exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath build/dist --workpath build/work \
  build.spec
smoke=$(mktemp -d)
trap 'rm -rf "$smoke"' EXIT
QT_QPA_PLATFORM=offscreen LOKET_DATA_DIR="$smoke/data" LOKET_LOGGING__DIRECTORY="$smoke/log" \
  timeout 120 build/dist/loket/loket --demo --self-test
QT_QPA_PLATFORM=offscreen timeout 60 build/dist/loket/loket --version
QT_QPA_PLATFORM=offscreen LOKET_DATA_DIR="$smoke/data" LOKET_LOGGING__DIRECTORY="$smoke/log" \
  timeout 60 build/dist/loket/loket-cli --demo db version
echo "frozen build OK: build/dist/loket"
