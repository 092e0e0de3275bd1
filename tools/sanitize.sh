#!/usr/bin/env bash
# The sanitizer step of CI (docs/reliability.md): builds the engine, the headless CLI, their
# tests and the fuzz targets with clang under AddressSanitizer + UndefinedBehaviorSanitizer
# (preset "sanitize", build/sanitize), then runs
#   1. core_tests (all but the two calibrated grokking demos, CORE_SKIP),
#   2. the CLI tests that read files (the headless build has no Qt, so no `render`),
#   3. the compute build's smoke test (every compute subcommand, built without MPI),
#   4. every fuzz target for FUZZ_SECONDS (default 20) from its seed corpus.
# Any sanitizer report, crash, leak, hang or failed test fails the script.
# usage: tools/sanitize.sh [--fuzz-only | --tests-only]
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-all}
FUZZ_SECONDS=${FUZZ_SECONDS:-20}
export CCACHE_SLOPPINESS=${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-5G}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}

bash tools/install-deps.sh --sanitize

FUZZERS=(json safetensors npy npz pickle torchfile tensorboard runfile)
targets=()
for f in "${FUZZERS[@]}"; do targets+=("fuzz_$f"); done
[ "$mode" = --fuzz-only ] || targets+=(core_tests cli_tests trainscope swmr_test_writer)
cmake --preset sanitize >/dev/null
cmake --build --preset sanitize --target "${targets[@]}"

B=build/sanitize
# LibTorch, HDF5 and libgomp are not instrumented; no option is needed for that (the suite
# was run without detect_container_overflow=0 and is clean). The one suppression, HDF5's own
# leak on corrupt object headers, is explained in tools/sanitize/lsan.supp.
export ASAN_OPTIONS=strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tools/sanitize/lsan.supp:print_suppressions=0

if [ "$mode" != --fuzz-only ]; then
  # Skipped: the two calibrated grokking demos (3 min under ASan, and GrokkingDemo asserts
  # wall-clock bounds that ASan's slowdown breaks); the release ctest runs them. Everything
  # else runs (about 3 min): docs/reliability.md has the times.
  CORE_SKIP="${CORE_SKIP-GrokkingDemo.*:GrokkingXorDemo.*}"
  echo "sanitize: core_tests (skipping $CORE_SKIP)"
  t0=$(date +%s)
  TS_KILL_TRIALS=${TS_KILL_TRIALS:-20} "$B/tests/core_tests" --gtest_filter="-$CORE_SKIP" --gtest_brief=1
  echo "sanitize: core_tests took $(( $(date +%s) - t0 )) s"
  # The CLI tests that read files (import of checkpoints, data and logs; damaged and malicious
  # files; info on unreadable files; a run trained and read back). The rest run in release.
  CLI_FILTER="${CLI_FILTER-CliImport.*:Cli.InfoOnUnreadableFiles:Cli.TrainThenInfoJson:Cli.UnknownOptionIsUsageError}"
  echo "sanitize: cli_tests ($CLI_FILTER)"
  t0=$(date +%s)
  "$B/tests/cli_tests" --gtest_filter="$CLI_FILTER" --gtest_brief=1
  echo "sanitize: cli_tests took $(( $(date +%s) - t0 )) s"
  # The compute build (TRAINSCOPE_GUI=OFF, issue 13): every compute subcommand, under ASan.
  t0=$(date +%s)
  bash tests/tools/headless_smoke.sh "$PWD/$B/app/trainscope" /usr/bin/python3 \
    "$PWD/tests/python/make_import_fixtures.py" "$PWD/$B/headless_smoke"
  echo "sanitize: headless_smoke took $(( $(date +%s) - t0 )) s"
fi

if [ "$mode" != --tests-only ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  for f in "${FUZZERS[@]}"; do
    mkdir -p "$work/$f"
    # New inputs go to the scratch folder; the committed seeds are only read. -rss_limit_mb and
    # -malloc_limit_mb turn a huge allocation into a failure, -timeout a hang (seconds per input).
    echo "sanitize: fuzz_$f for ${FUZZ_SECONDS} s"
    "$B/tests/fuzz/fuzz_$f" -max_total_time="$FUZZ_SECONDS" -rss_limit_mb=2048 -malloc_limit_mb=1024 -timeout=10 \
      -print_final_stats=1 -artifact_prefix="$work/$f-" "$work/$f" "tests/fuzz/corpus/$f" >"$work/$f.log" 2>&1 || {
      tail -n 40 "$work/$f.log"
      echo "sanitize: fuzz_$f FAILED; the input is in the log above (base64 of the artifact):"
      for a in "$work/$f"-*; do [ -f "$a" ] && base64 -w0 "$a" && echo; done
      exit 1
    }
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$work/$f.log" | tr '\n' ' '
    echo
  done
fi
echo "sanitize: all clean"
