#!/usr/bin/env bash
# Configures and builds the release preset (Ninja + ccache + precompiled headers).
# usage: tools/build.sh [ninja targets...]
set -euo pipefail
cd "$(dirname "$0")/.."
# Precompiled headers and ccache: let ccache reuse objects built against the same PCH.
export CCACHE_SLOPPINESS=${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-5G}
# Paths relative to the checkout: a second worktree reuses the objects this one built.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
cmake --preset release >/dev/null
if [ $# -gt 0 ]; then
  cmake --build --preset release --target "$@"
else
  cmake --build --preset release
fi
