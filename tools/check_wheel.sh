#!/usr/bin/env bash
# Build the wheel, install it (not editable) in a fresh venv and run the kiosk from it, from a
# folder outside the checkout, so only the wheel's own files can be found:
#   kiosk --version; kiosk lessons check (the bundled lessons); kiosk demo --home DIR (migrations,
#   lessons, avatars); the window up to the sign-in screen, offscreen (icons, translations).
# Usage: tools/check_wheel.sh   (PYTHON=/path/to/python3.11+ to choose the interpreter; KEEP=1 keeps
# the temporary folder).  pip's cache is reused, so after the first run it needs no download.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-}
if [ -z "$python" ]; then
  if [ -x "$repo/.venv/bin/python" ]; then python=$repo/.venv/bin/python; else python=python3; fi
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/kiosk-wheel.XXXXXX")
if [ "${KEEP:-}" = 1 ]; then echo "check_wheel: keeping $work"; else trap 'rm -rf "$work"' EXIT; fi
step() { printf 'check_wheel: [%3ss] %s\n' "$SECONDS" "$*"; }
pip_quiet=(--quiet --disable-pip-version-check)

# A copy of the files git knows (tracked or new, not ignored): a stale build/ or egg-info in the
# checkout cannot leak into the wheel, and the checkout is left as it was.
mkdir "$work/src"
if git -C "$repo" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  (cd "$repo" && git ls-files -z --cached --others --exclude-standard |
    tar --null --files-from=- --ignore-failed-read -cf - 2>/dev/null) | tar -xf - -C "$work/src"
else
  (cd "$repo" && tar --exclude=.venv --exclude=build --exclude=dist --exclude='*.egg-info' -cf - .) |
    tar -xf - -C "$work/src"
fi

if "$python" -c 'import build' 2>/dev/null; then
  step "building the sdist, then the wheel from it (python -m build)"
  "$python" -m build --outdir "$work/dist" "$work/src" >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
else
  step "building the wheel (pip wheel)"
  "$python" -m pip wheel "${pip_quiet[@]}" --no-deps -w "$work/dist" "$work/src"
fi
wheel=$(ls "$work"/dist/telecentro_kiosk-*.whl)
step "built $(basename "$wheel") ($(du -k "$wheel" | cut -f1) KiB)"

step "installing it in a fresh venv"
# no pip inside the venv: the outer pip (22.3 or newer) installs into it, from its cache
"$python" -m venv --without-pip "$work/venv"
"$python" -m pip --python "$work/venv/bin/python" install "${pip_quiet[@]}" "$wheel"
kiosk=$work/venv/bin/kiosk

mkdir "$work/run"
cd "$work/run"  # outside the checkout: nothing of it is on the path or under the working folder
unset PYTHONPATH KIOSK_LESSONS KIOSK_HOME
export QT_QPA_PLATFORM=offscreen
location=$("$work/venv/bin/python" -c 'import kiosk, pathlib; print(pathlib.Path(kiosk.__file__).parent)')
case "$location" in "$work/venv/"*) ;; *) echo "check_wheel: kiosk imported from $location, not the wheel" >&2; exit 1 ;; esac

step "kiosk --version: $("$kiosk" --version)"
step "kiosk lessons check"
"$kiosk" lessons check
step "kiosk demo --home"
"$kiosk" demo --home "$work/home"
"$kiosk" demo --home "$work/home"  # a second run: the database is at head, nothing is added
step "the window up to the sign-in screen (offscreen)"
ready=$(timeout 120 "$kiosk" --home "$work/home" --bench-startup 2>"$work/app.log") || { cat "$work/app.log" >&2; exit 1; }
case "$ready" in *signin-ready*) ;; *) echo "check_wheel: no sign-in screen: $ready" >&2; cat "$work/app.log" >&2; exit 1 ;; esac
step "ok: $ready"
