#!/usr/bin/env bash
# Installs Debian's Chromium (driven headless by playwright-core in the
# dashboard test) and a font with Arabic glyphs, when missing. Playwright's own
# browser downloads are never used: the browser comes from Debian's archive.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
log() { printf '[setup] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }
# shellcheck source=lib/apt-install.sh
source scripts/lib/apt-install.sh

CHROMIUM="${MARSAD_CHROMIUM:-/usr/bin/chromium}"
need=()
[ -x "$CHROMIUM" ] || need+=(chromium)
# Noto Naskh/Sans Arabic: without an Arabic font the dashboard's evidence renders as boxes.
fc-list 2>/dev/null | grep -qi 'Noto Sans Arabic' || need+=(fonts-noto-core)
[ "${#need[@]}" -eq 0 ] || apt_install "${need[@]}"
[ -x "$CHROMIUM" ] || die "no Chromium at $CHROMIUM after installing"
