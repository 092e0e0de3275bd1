#!/usr/bin/env bash
# The layers of docs/architecture.md, checked on the sources: dependencies point one way,
# app/render → app/gui → widgets → core, and app/cli → core. Prints every include that
# breaks a rule and fails if there is one.
# usage: check_layers.sh SOURCE_DIR
set -uo pipefail
cd "$1" || exit 2
status=0
# forbid FOLDER REGEX WHY: no file under FOLDER may include a header matching REGEX.
forbid() {
  local hits
  hits=$(grep -rnE --include='*.h' --include='*.cpp' "^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"]($2)" "$1")
  if [ -n "$hits" ]; then
    echo "$1 must not include $3:"
    echo "$hits" | sed 's/^/  /'
    status=1
  fi
}
forbid core 'Q[A-Za-z]|vtk|widgets/|app/' 'Qt, VTK, widgets or app (the engine is headless)'
forbid widgets 'app/' 'app (widgets know nothing of the main window)'
forbid app/cli 'Q[A-Za-z]|vtk|widgets/|app/gui/|app/render/' 'Qt, VTK, widgets, the GUI or render (the CLI is headless)'
forbid app/gui 'app/render/' 'app/render (render builds on the GUI, not the other way round)'
[ $status -eq 0 ] && echo "layers: every include points down"
exit $status
