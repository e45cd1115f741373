#!/usr/bin/env bash
# Make sure the PostgreSQL the integration tests use is running on 127.0.0.1:5432.
# On a developer machine without PostgreSQL this only warns (those tests then skip); under
# CI=true it installs and starts one, because there the PostgreSQL tests must run.
set -euo pipefail

pg_ready() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }

if command -v pg_isready >/dev/null && pg_ready; then
  exit 0
fi
if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
  if [ "${CI:-}" != "true" ]; then
    echo "PostgreSQL is not installed: the PostgreSQL tests will be skipped." >&2
    exit 0
  fi
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
  version=$(ls /etc/postgresql | sort -n | tail -1)
  # Trust auth on loopback, as the test machines have it.
  sed -i 's/^\(host\s\+all\s\+all\s\+127.0.0.1\/32\s\+\)\S\+/\1trust/' \
    "/etc/postgresql/$version/main/pg_hba.conf"
fi
version=$(ls /etc/postgresql | sort -n | tail -1)
pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null \
  || pg_ctlcluster "$version" main start
for _ in $(seq 1 30); do pg_ready && exit 0; sleep 1; done
echo "PostgreSQL did not start" >&2
exit 1
