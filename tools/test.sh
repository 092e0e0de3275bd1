#!/usr/bin/env bash
# The test command: installs what is missing, builds, runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
bash tools/build.sh
# Training tests pin LibTorch to one thread each, so two run side by side on two cores.
ctest --preset release -j 2
