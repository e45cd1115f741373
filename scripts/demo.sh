#!/usr/bin/env bash
# Run Loket in its demo setup: embedded SQLite, simulated devices, the demo regional KCC.
# "scripts/demo.sh display" opens the hall display of the same demo site instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ "${1:-}" = "display" ]; then
  shift
  exec .venv/bin/python -m queue_display --demo --windowed "$@"
fi
exec .venv/bin/python -m workstation --demo "$@"
