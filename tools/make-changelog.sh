#!/usr/bin/env bash
# Writes the Debian changelog of the package (/usr/share/doc/trainscope/changelog.gz): one
# entry for the version being built, dated by the commit (so a rebuild gives the same file).
# usage: make-changelog.sh VERSION MAINTAINER OUT.gz
set -euo pipefail
version=$1 maintainer=$2 out=$3
cd "$(dirname "$0")/.."
when=$(git log -1 --format=%cD 2>/dev/null || date -R)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo "a source tree without git")
mkdir -p "$(dirname "$out")"
{
  echo "trainscope ($version) unstable; urgency=medium"
  echo
  echo "  * Built from $commit; the changes are in the project's git history."
  echo
  echo " -- $maintainer  $when"
} | gzip -9n > "$out"
