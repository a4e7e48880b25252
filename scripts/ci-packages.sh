#!/usr/bin/env bash
# Installs the Debian packages that tests use as real protocol peers, once (idempotent).
set -euo pipefail
need=()
command -v bearerbox >/dev/null 2>&1 && [ -x /usr/lib/kannel/test/fakesmsc ] || need+=(kannel kannel-extras)
command -v oathtool >/dev/null 2>&1 || need+=(oathtool)
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi "noto.*cjk" || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
