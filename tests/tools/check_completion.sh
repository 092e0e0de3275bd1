#!/usr/bin/env bash
# The bash completion (resources/completion/trainscope.bash), driven the way bash drives it:
# COMP_WORDS/COMP_CWORD set, the function called, COMPREPLY read. `trainscope <TAB>` offers
# every subcommand `trainscope help` lists; `render --view <TAB>` every view `render --help`
# lists; fixed values of other options; option names after a dash.
# With --options it also checks that every option of every subcommand's --help is offered by
# the bash and the zsh completion (slower: one trainscope start per subcommand).
# usage: check_completion.sh TRAINSCOPE SOURCE_DIR [--options]
set -uo pipefail
exe=$(realpath "$1") src=$(realpath "$2") mode=${3:-}
bash_script=$src/resources/completion/trainscope.bash
zsh_script=$src/resources/completion/_trainscope
export QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY
status=0
fail() { echo "FAIL: $*" >&2; status=1; }

# complete WORD... : the completions bash offers for the last word (may be empty), in an
# empty folder (no file names among them).
empty=$(mktemp -d)
trap 'rm -rf "$empty"' EXIT
complete_words() {
  cd "$empty" && bash --norc --noprofile -c '
    source "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
    _trainscope; printf "%s\n" "${COMPREPLY[@]}"' _ "$bash_script" "$@"
}
# offers "WORDS..." EXPECTED...: every EXPECTED is among the completions.
offers() {
  local words=$1; shift
  local got
  # shellcheck disable=SC2086
  got=$(complete_words $words "")
  for e in "$@"; do
    grep -qxF -- "$e" <<<"$got" || fail "'${words} <TAB>' does not offer '$e' (got: $(echo $got))"
  done
}

commands=$("$exe" help | sed -n '/^commands:/,/^$/p' | awk '/^  [a-z]/ {print $1}')
[ "$(echo "$commands" | wc -l)" -ge 15 ] || fail "trainscope help lists too few commands"
# shellcheck disable=SC2086
offers "trainscope" $commands
got=$(complete_words trainscope re)
[ "$got" = render ] || fail "'trainscope re<TAB>' gives '$got', not render"
if render_help=$("$exe" render --help 2>&1); then # the compute build has no render
  views=$(sed -n '/^views and their options:/,/^[^ ]/p' <<<"$render_help" |
    grep -E '^  [a-z]' | sed -E 's/^  //; s/ {2,}.*//; s/,/ /g')
  [ "$(echo $views | wc -w)" -ge 15 ] || fail "render --help lists too few views: $views"
  # shellcheck disable=SC2086
  offers "trainscope render run.h5 --view" $views
fi
offers "trainscope landscape run.h5 --dirs" random pca ckpt: file: task:
offers "trainscope train --device" cpu cuda
offers "trainscope render run.h5 --theme" light dark
got=$(complete_words trainscope sharpness run.h5 --met)
[ "$got" = --method ] || fail "'sharpness --met<TAB>' gives '$got'"
got=$(complete_words trainscope sharpness run.h5 --method "")
[ "$(echo $got)" = "lanczos power" ] || fail "'sharpness --method <TAB>' gives '$got'"

# zsh (where installed): _trainscope with compadd, _describe and _files replaced by functions
# that print what they are given (zsh filters by the prefix itself; these do not).
if command -v zsh >/dev/null; then
  sed '$d' "$zsh_script" > "$empty/_trainscope.zsh" # without its last line, the call
  cat > "$empty/drive.zsh" <<'ZSH'
compadd() { local a skip=1; for a in "$@"; do if (( skip )); then [[ $a == -- ]] && skip=0; continue; fi; print -r -- "$a"; done }
_describe() { local -a items; items=("${(@P)${@[-1]}}"); print -rl -- "${items[@]%%:*}" }
_files() { }
source "$1"; shift
words=("$@"); CURRENT=$#words; PREFIX=$words[CURRENT]
_trainscope
ZSH
  zsh_offers() {
    local words=$1; shift
    local got
    # shellcheck disable=SC2086
    got=$(cd "$empty" && zsh -f drive.zsh _trainscope.zsh $words "")
    for e in "$@"; do
      grep -qxF -- "$e" <<<"$got" || fail "zsh: '${words} <TAB>' does not offer '$e' (got: $(echo $got))"
    done
  }
  # shellcheck disable=SC2086
  zsh_offers "trainscope" $commands
  # shellcheck disable=SC2086
  [ -n "${views:-}" ] && zsh_offers "trainscope render run.h5 --view" $views
  zsh_offers "trainscope landscape run.h5 --dirs" random pca ckpt: file: task:
  zsh_offers "trainscope sharpness run.h5 --method" lanczos power
else
  echo "completion: zsh not installed, its completion not driven"
fi

if [ "$mode" = --options ]; then
  for c in $commands; do
    [ "$c" = help ] && continue
    "$exe" "$c" --help >/dev/null 2>&1 || continue # not in this build (render, figure: compute build)
    options=$("$exe" "$c" --help 2>&1 | grep -oE -- '(^|[[ (|])--[a-z][a-z0-9-]*' | grep -oE -- '--[a-z0-9-]+' | sort -u)
    offered=$(complete_words trainscope "$c" --)
    for o in $options; do
      grep -qxF -- "$o" <<<"$offered" || fail "bash: '$c --help' has $o, the completion does not offer it"
      # zsh: the option appears in the command's block of options.
      sed -n "/^        $c) options=/,/;;/p" "$zsh_script" | grep -qE -- "(^|[ (])$o([ )]|$)" ||
        fail "zsh: '$c --help' has $o, _trainscope does not offer it"
    done
  done
fi
[ $status -eq 0 ] && echo "completion: subcommands, options and values offered"
exit $status
