#!/usr/bin/env bash
# Installs Debian's Kannel (bearerbox, smsbox) and its test SMSC (fakesmsc, from kannel-extras),
# which test/sms/kannel.e2e.test.ts drives. Idempotent: does nothing when both are present.
set -euo pipefail

FAKESMSC=/usr/lib/kannel/test/fakesmsc

if command -v bearerbox >/dev/null 2>&1 && command -v smsbox >/dev/null 2>&1 && [ -x "$FAKESMSC" ]; then
  echo "kannel: already installed ($(command -v bearerbox), $FAKESMSC)"
  exit 0
fi

SUDO=''
if [ "$(id -u)" -ne 0 ]; then SUDO='sudo'; fi

export DEBIAN_FRONTEND=noninteractive
# An install straight from a fresh image finds no package lists; refresh them only then.
if ! apt-cache show kannel-extras >/dev/null 2>&1; then
  $SUDO apt-get update -q
fi
$SUDO apt-get install -y -q --no-install-recommends kannel kannel-extras

# The Debian package enables a system-wide bearerbox/smsbox service; Tessera's tests start their
# own boxes on free loopback ports, so the packaged service is left stopped where it started.
if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet kannel 2>/dev/null; then
  $SUDO systemctl stop kannel || true
fi

command -v bearerbox >/dev/null && [ -x "$FAKESMSC" ] || { echo "kannel: install incomplete" >&2; exit 1; }
echo "kannel: installed $(command -v bearerbox), $FAKESMSC"
