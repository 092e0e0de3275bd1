#!/usr/bin/env bash
# The run command: installs what is missing, builds, and runs the app's main job.
# With no argument: trains the grokking demo headless into demo-grokking.h5 and prints its
# summary. With a run file: prints that run's summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
bash tools/build.sh trainscope
exe=build/release/app/trainscope
if [ $# -eq 0 ]; then
  "$exe" train --demo grokking --out demo-grokking.h5
else
  "$exe" info "$@"
fi
