#!/usr/bin/env bash
# The man page (help2man at build time, tools/make-manpage.sh) renders with man and groff
# without warnings, and every subcommand `trainscope help` lists has its section (the first
# line of its --help is under it; checked for a few, each start of trainscope takes a second).
# usage: check_manpage.sh TRAINSCOPE MANPAGE
set -uo pipefail
exe=$1 page=$2
[ -f "$page" ] || { echo "FAIL: $page missing (install help2man, build the target trainscope_manpage)" >&2; exit 1; }
status=0
fail() { echo "FAIL: $*" >&2; status=1; }
export QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY
warnings=$(LC_ALL=C.UTF-8 groff -k -man -Tutf8 -ww -z "$page" 2>&1)
[ -z "$warnings" ] || fail "groff warns: $warnings"
# here-strings, not echo | grep -q: under pipefail a grep that stops early fails the pipe.
# UTF-8 (α in the usage texts) renders as such, not as '?'.
text=$(LC_ALL=C.UTF-8 MANWIDTH=100 man -l "$page" 2>&1) || fail "man -l failed"
grep -q '^NAME' <<<"$text" || fail "no NAME section"
grep -q -- '--version' <<<"$text" || fail "--version missing"
grep -q 'α' <<<"$text" || fail "the page's UTF-8 does not render (no coding line?)"
commands=$("$exe" help | sed -n '/^commands:/,/^$/p' | awk '/^  [a-z]/ {print $1}' | grep -vx help)
[ "$(echo "$commands" | wc -l)" -ge 15 ] || fail "trainscope help lists too few commands: $commands"
for c in $commands; do
  grep -qE "^   $c\$" <<<"$text" || fail "no section for '$c'"
done
squeezed=$(sed 's/  */ /g' <<<"$text")
for c in train figure landscape; do
  first=$("$exe" "$c" --help 2>&1 | head -1 | sed 's/  */ /g')
  grep -qF -- "$first" <<<"$squeezed" || fail "'$c --help' is not in the page: $first"
done
[ $status -eq 0 ] && echo "man page: renders, $(echo $commands | wc -w) subcommands"
exit $status
