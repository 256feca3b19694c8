#!/usr/bin/env bash
# What `npm test` needs beyond node_modules: LibreOffice Calc (the independent xlsx reader), Chromium (the preview
# and the published takstbilag in a real browser), poppler-utils and the Carlito font (the printed review list is
# checked as a PDF). All from Debian's packages, never a downloaded browser. Run as root it installs what is
# missing; otherwise it prints the exact command and exits 1. npm runs it before `npm test` (pretest).
set -euo pipefail

missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc)
{ command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || [ -n "${CHROMIUM_PATH:-}" ]; } || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
{ command -v fc-list >/dev/null 2>&1 && fc-list | grep -qi carlito; } || missing+=(fonts-crosextra-carlito)

[ ${#missing[@]} -eq 0 ] && exit 0

cmd="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "Testene mangler: ${missing[*]}. Kør som root: apt-get update && $cmd / The tests need these Debian packages" >&2
  exit 1
fi
echo "== installerer ${missing[*]} (Debians pakker) / installing what the tests need" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
