#!/usr/bin/env bash
# A whole demo office, one virtual screen per PC: reception, counter 1, counter 2, the kiosk,
# the hall display, the team lead's supervisor view, a phone agent and the visitors' feedback
# screen, each its own process on the same demo site (one shared data folder).
# Drives a short morning with xdotool and saves a screenshot of every screen in OUT.
#   bash scripts/office.sh [OUT]        (needs xvfb, xdotool, imagemagick)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-build/office}
mkdir -p "$out"
data=$(mktemp -d)
# The processes' output and logs stay beside the screenshots (OUT/logs).
trap 'kill $(jobs -p) 2>/dev/null || true; mkdir -p "$out/logs"
      cp -r "$data"/*.out "$data/log" "$out/logs/" 2>/dev/null || true; rm -rf "$data"' EXIT
export LOKET_DATA_DIR="$data" LOKET_LOGGING__DIRECTORY="$data/log" QT_QPA_PLATFORM=xcb
PY=.venv/bin/python
PIN=482615  # the demo PIN (README)

screen() {  # screen NUMBER: a virtual screen of 1280x800 (the display gets 1920x1080)
  local size=${2:-1280x800x24}
  Xvfb ":$1" -screen 0 "$size" -nolisten tcp >/dev/null 2>&1 &
  sleep 1
}
shot() { DISPLAY=":$1" import -window root "$out/$2.png"; }
keys() { local d=$1; shift; DISPLAY=":$d" xdotool "$@"; }
window_of() {  # wait for the Loket window on a screen, print its id
  for _ in $(seq 60); do
    id=$(DISPLAY=":$1" xdotool search --onlyvisible --name "Loket" 2>/dev/null | tail -1 || true)
    [ -n "$id" ] && { echo "$id"; return; }
    sleep 0.5
  done
  echo "no window on :$1" >&2; exit 1
}
press() {  # press SCREEN KEY...: keys to the Loket window of that screen (no window manager)
  local d=$1 id; shift
  id=$(window_of "$d")
  keys "$d" windowfocus --sync "$id"
  keys "$d" key "$@"
}
sign_in() {  # sign_in SCREEN CODE
  local id; id=$(window_of "$1")
  keys "$1" windowfocus --sync "$id"
  keys "$1" type --delay 40 "$2"; keys "$1" key Tab; keys "$1" type --delay 40 "$PIN"
  keys "$1" key Return
  sleep 3
}

$PY -m workstation --demo db version >/dev/null 2>&1 || true
screen 91 1920x1080x24
DISPLAY=:91 $PY -m queue_display --demo --location BOZ --voice-engine mock >"$data/display.out" 2>&1 &
screen 92
DISPLAY=:92 LOKET_WORKSTATION__ROLE=reception $PY -m workstation --demo >"$data/reception.out" 2>&1 &
sleep 6  # the first process creates and seeds the demo site
screen 93
DISPLAY=:93 LOKET_WORKSTATION__COUNTER=1 $PY -m workstation --demo >"$data/counter1.out" 2>&1 &
screen 94
DISPLAY=:94 LOKET_WORKSTATION__COUNTER=2 $PY -m workstation --demo >"$data/counter2.out" 2>&1 &
screen 95 1024x768x24
DISPLAY=:95 LOKET_WORKSTATION__ROLE=kiosk $PY -m workstation --demo >"$data/kiosk.out" 2>&1 &
screen 96 1920x1080x24
DISPLAY=:96 LOKET_WORKSTATION__ROLE=supervisor $PY -m workstation --demo >"$data/supervisor.out" 2>&1 &
screen 97
DISPLAY=:97 LOKET_WORKSTATION__ROLE=phone LOKET_SYNC__WORKSTATION_NUMBER=7 \
  $PY -m workstation --demo >"$data/phone.out" 2>&1 &
screen 98 1024x768x24
DISPLAY=:98 LOKET_WORKSTATION__ROLE=feedback $PY -m workstation --demo >"$data/feedback.out" 2>&1 &
sleep 8
shot 92 reception-sign-in
sign_in 92 mw01
sign_in 93 mw02
sign_in 94 mw03
sign_in 96 mw04
sign_in 97 mw05
shot 93 counter1-signed-in
for letter in a a b a; do press 92 "$letter"; sleep 1.2; press 92 Escape; sleep 0.5; done
shot 92 reception-after-four-tickets
shot 95 kiosk-start
press 93 F5; sleep 1.5
press 94 F5; sleep 1.5
shot 91 display-two-calls
shot 93 counter1-called
press 93 F7; sleep 1; press 93 F8; sleep 1.5
shot 93 counter1-finished
press 94 F6; sleep 1; press 94 F6; sleep 1.5
shot 94 counter2-third-call-warning
press 94 ctrl+alt+a; sleep 3
shot 93 counter1-sees-alarm
shot 92 reception-sees-alarm
shot 94 counter2-raised-alarm
shot 91 display-later
sleep 2
shot 96 supervisor-region-live
shot 97 phone-desk
shot 98 feedback-screen
for name in display reception counter1 counter2 kiosk supervisor phone feedback; do
  if grep -q Traceback "$data/$name.out"; then echo "Traceback in $name:"; cat "$data/$name.out"; fi
done
echo "screenshots in $out"
