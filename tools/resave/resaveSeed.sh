#!/bin/sh
# The seed workbook as three other programs save it, for the corpus test of the patching writer
# (test/hosts/xlsx/writeCorpus.test.ts): each writes the package its own way (openpyxl declares the
# relationships namespace on every <sheet>, LibreOffice and gnumeric lay out styles and strings
# their own way). Run from the repository root; needs /usr/bin/python3 with openpyxl, soffice and
# ssconvert (Debian: python3-openpyxl, libreoffice-calc-nogui, gnumeric). The outputs are committed.
set -eu
seed=test/fixtures/seed-2021-investment-promotion.xlsx
out=test/fixtures/resaved
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

/usr/bin/python3 - "$seed" "$out/seed.openpyxl.xlsx" <<'PY'
import sys, openpyxl
openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])
PY

cp "$seed" "$work/seed.xlsx"
soffice --headless "-env:UserInstallation=file://$work/profile" --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$work/lo" "$work/seed.xlsx" >/dev/null
cp "$work/lo/seed.xlsx" "$out/seed.libreoffice.xlsx"

ssconvert --export-type=Gnumeric_Excel:xlsx2 "$seed" "$out/seed.gnumeric.xlsx" 2>/dev/null

printf 'openpyxl %s; %s; ssconvert %s\n' \
  "$(/usr/bin/python3 -c 'import openpyxl; print(openpyxl.__version__)')" \
  "$(soffice --version | head -n 1)" \
  "$(ssconvert --version 2>&1 | head -n 1 | sed "s/.*'\(.*\)'.*/\1/")"
