#!/bin/sh
# Regenerate the translation sources from the UI code, then build the .qm files the app loads.
#   resources/translations/update.sh          (from the repository root, with .venv present)
# Translations are written in the .ts files (Qt Linguist, or any editor); lupdate keeps them.
set -eu
cd "$(dirname "$0")/../.."
BIN=.venv/bin
for lang in ko en; do
  "$BIN/pyside6-lupdate" backoffice/ui/*.py backoffice/ui/*/*.py -ts "resources/translations/backoffice_$lang.ts" \
    -target-language "$lang" -no-obsolete
  "$BIN/pyside6-lrelease" "resources/translations/backoffice_$lang.ts" \
    -qm "resources/translations/backoffice_$lang.qm"
done
