#!/usr/bin/env bash
# The Debian package end to end (docs/packaging.md): tools/package.sh --no-build packs the
# release build; lintian finds no errors; apt-get installs it; the installed trainscope reports
# its version, trains a demo and summarises it, finds its translations, man page, completion and
# the Python recorder; apt-get removes it again.
# Skips (exit 77) unless it can do so without harm: as root, with apt-get, and with no
# trainscope package or /usr/bin/trainscope installed already (a developer's own install is
# never replaced or removed). CI runs as root on a fresh machine.
# usage: package_test.sh SOURCE_DIR BUILD_DIR WORKDIR
set -uo pipefail
src=$1 build=$2 work=$3
skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || skip "not root (apt-get install needs it)"
command -v apt-get >/dev/null && command -v dpkg >/dev/null || skip "no apt-get/dpkg"
if dpkg-query -W -f='${Status}' trainscope 2>/dev/null | grep -q "install ok installed"; then
  skip "a trainscope package is installed already; not replacing it"
fi
[ -e /usr/bin/trainscope ] && skip "/usr/bin/trainscope exists already; not replacing it"
for tool in cpack dpkg-shlibdeps lintian; do
  command -v $tool >/dev/null || fail "$tool missing (tools/install-deps.sh installs it)"
done
rm -rf "$work" && mkdir -p "$work" || exit 1

echo "== tools/package.sh --no-build"
TRAINSCOPE_BUILD_DIR=$build bash "$src/tools/package.sh" --no-build || fail "packaging failed"
deb=$(ls "$build"/package/trainscope_*_amd64.deb) || fail "no .deb"
echo "$deb: $(du -h "$deb" | cut -f1)"
grep -q 'libtorch' <<<"$(dpkg-deb -f "$deb" Depends)" || fail "Depends lacks what dpkg-shlibdeps computes"

echo "== lintian"
lintian --tag-display-limit 0 "$deb" > "$work/lintian.txt" 2>&1
cat "$work/lintian.txt"
grep -q '^E: ' "$work/lintian.txt" && fail "lintian reports errors"

installed=0
cleanup() { [ $installed -eq 1 ] && DEBIAN_FRONTEND=noninteractive apt-get remove -y -q trainscope >/dev/null; }
trap cleanup EXIT
echo "== apt-get install"
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb" || fail "apt-get install failed"
installed=1
export QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY
cd "$work" || exit 1
version=$(/usr/bin/trainscope --version) || fail "trainscope --version failed"
echo "$version"
[ "$version" = "trainscope $(dpkg-query -W -f='${Version}' trainscope)" ] ||
  fail "--version ($version) is not the package's version"
grep -qF "${version}" <<<"$(/usr/bin/trainscope help)" || fail "trainscope help lacks the version"
/usr/bin/trainscope train --demo xor --steps 5 --out "$work/x.h5" --quiet || fail "train failed"
/usr/bin/trainscope info "$work/x.h5" || fail "info failed"
/usr/bin/python3 -c 'import trainscope, sys; print("python:", trainscope.__file__); sys.exit(not trainscope.__file__.startswith("/usr/lib/python3/dist-packages/"))' ||
  fail "python3 does not find the recorder in dist-packages"
# Every file in the package's list; on disk too, but for man pages and docs, which a minimal
# image's dpkg may exclude (path-exclude in /etc/dpkg/dpkg.cfg.d).
listed=$(dpkg-query -L trainscope)
for f in /usr/share/trainscope/translations/trainscope_de.qm /usr/share/man/man1/trainscope.1.gz \
         /usr/share/bash-completion/completions/trainscope /usr/share/zsh/vendor-completions/_trainscope \
         /usr/share/applications/io.github.trainscope.TrainScope.desktop \
         /usr/share/metainfo/io.github.trainscope.TrainScope.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/io.github.trainscope.TrainScope.svg \
         /usr/share/icons/hicolor/48x48/apps/io.github.trainscope.TrainScope.png \
         /usr/share/doc/trainscope/copyright; do
  grep -qxF "$f" <<<"$listed" || fail "$f is not in the package"
  case $f in /usr/share/man/* | /usr/share/doc/*) continue ;; esac
  [ -f "$f" ] || fail "$f not installed"
done
if [ -f /usr/share/man/man1/trainscope.1.gz ] && command -v man >/dev/null; then
  grep -q 'trainscope - see how neural networks train' <<<"$(MANWIDTH=80 man trainscope 2>/dev/null)" || fail "man trainscope"
fi

echo "== apt-get remove"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -q trainscope || fail "apt-get remove failed"
installed=0
[ -e /usr/bin/trainscope ] && fail "/usr/bin/trainscope left after removal"
echo "package: built, lintian without errors, installed, ran and removed"
