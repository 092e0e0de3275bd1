#!/usr/bin/env bash
# Runs lupdate over the sources into copies of the .ts files and fails if any message is
# unfinished (new or changed strings are added as unfinished) or vanished from the sources.
# usage: check_translations.sh SOURCE_DIR WORK_DIR
set -euo pipefail
src=$1 work=$2
lupdate=/usr/lib/qt6/bin/lupdate
rm -rf "$work" && mkdir -p "$work"
status=0
for ts in "$src"/translations/*.ts; do
  copy="$work/$(basename "$ts")"
  cp "$ts" "$copy"
  (cd "$src" && "$lupdate" -silent -I "$src" app widgets -ts "$copy") 2>/dev/null
  unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
  obsolete=$(grep -c 'type="vanished"\|type="obsolete"' "$copy" || true)
  total=$(grep -c '<message' "$copy" || true)
  echo "$(basename "$ts"): $total messages, $unfinished unfinished, $obsolete vanished"
  if [ "$unfinished" -ne 0 ]; then
    grep -B3 'type="unfinished"' "$copy" | grep '<source>' | head -20
    status=1
  fi
done
exit $status
