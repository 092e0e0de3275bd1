#!/usr/bin/env bash
# Trains two small runs with the CLI (a plain one and an MoE one with routing) and checks
# each with plain h5py against docs/run-format.md.
# usage: layout_test.sh TRAINSCOPE PYTHON CHECK_SCRIPT WORKDIR
set -euo pipefail
exe=$1 py=$2 check=$3 work=$4
mkdir -p "$work"
"$exe" train --task modular --model tickets_mlp --set p=23 --set embed=32 --set hidden=8 \
  --steps 30 --set checkpoints=every:10 --quiet --out "$work/plain.h5"
"$exe" train --demo moe --set p=23 --steps 20 --set checkpoints=every:10 --quiet --out "$work/moe.h5"
"$py" "$check" "$work/plain.h5"
"$py" "$check" "$work/moe.h5"
