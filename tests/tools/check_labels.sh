#!/usr/bin/env bash
# Every registered test carries one of the labels fast, slow or gui (so that `ctest -L fast`
# really holds every quick test and nothing else is forgotten).
# usage: check_labels.sh BUILD_DIR
set -uo pipefail
unlabelled=$(ctest --test-dir "$1" -N -LE '^(fast|slow|gui)$' | grep -E '^ *Test +#')
if [ -n "$unlabelled" ]; then
  echo "tests without a fast, slow or gui label:"
  echo "$unlabelled"
  exit 1
fi
echo "labels: every test is fast, slow or gui"
