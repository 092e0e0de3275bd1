#!/usr/bin/env bash
# The run command: installs what is missing, builds, and runs the app's main job.
# With no argument: the desktop app with the grokking demo training live. With run files:
# the app with those runs open. Without a display (no DISPLAY/WAYLAND_DISPLAY) the same
# command trains the demo headless (or takes the given runs) and writes its figures to a
# folder it names.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
bash tools/build.sh trainscope
exe=build/release/app/trainscope
if [ $# -eq 0 ]; then
  exec "$exe" --demo grokking
else
  exec "$exe" "$@"
fi
