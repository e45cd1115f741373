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
# USB receipt printers work in the installed build (pyusb and libusb bundled): a USB printer
# that is not plugged in "Reageert niet"; without them it "kan op deze computer niet worden
# gebruikt".
usb=$(LOKET_DATA_DIR="$smoke/data" LOKET_LOGGING__DIRECTORY="$smoke/log" \
  LOKET_DEVICES__PRINTER__BACKEND=usb LOKET_DEVICES__PRINTER__USB_VENDOR_ID=ffff \
  LOKET_DEVICES__PRINTER__USB_PRODUCT_ID=fffe timeout 60 build/dist/loket/loket devices list \
  || true)
grep -q "Reageert niet" <<<"$usb" || { echo "frozen build cannot print over USB: $usb" >&2; exit 1; }
QT_QPA_PLATFORM=offscreen LOKET_DATA_DIR="$smoke/data" LOKET_LOGGING__DIRECTORY="$smoke/log" \
  timeout 60 build/dist/loket/loket-cli --demo db version
# Reports work in the installed build (numpy's columns, reportlab's charts): the demo region's
# month as a PDF.
QT_QPA_PLATFORM=offscreen LOKET_DATA_DIR="$smoke/data" LOKET_LOGGING__DIRECTORY="$smoke/log" \
  timeout 120 build/dist/loket/loket-cli --demo report month "$(date +%Y-%m)" --pdf "$smoke/month.pdf"
[ -s "$smoke/month.pdf" ] || { echo "frozen build wrote no report" >&2; exit 1; }
echo "frozen build OK: build/dist/loket"
