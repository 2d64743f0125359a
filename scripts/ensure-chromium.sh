#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (npm cannot download browsers here). Installs it,
# with CJK fonts so Chinese pages render, when it is missing, and says so.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
  exit 0
fi
echo "Chromium is missing at $chromium: installing Debian's chromium and fonts-noto-cjk (about a minute)…"
sudo=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null; then sudo="sudo"; else
    echo "Run as root or install them yourself: apt-get install chromium fonts-noto-cjk" >&2
    exit 1
  fi
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
echo "Installed $("$chromium" --version)."
