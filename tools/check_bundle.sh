#!/usr/bin/env bash
# Build the Linux one-folder bundle (packaging/telecentro.spec) from a copy of the files git knows,
# then run it from a folder outside the checkout, offscreen, with nothing of the checkout in reach:
#   kiosk --version; kiosk lessons check (the lessons inside the bundle); the window on a FRESH,
#   empty KIOSK_HOME (migrations inside the bundle; the first-run setup over a painted sign-in;
#   nothing logged at WARNING or worse; exit 0); kiosk demo --small, then the window again (the
#   sign-in with its learners), also on X11 (xcb) in Xvfb when xvfb-run is there; a turtle
#   program through the sandbox started with "spawn" (what Windows does: the frozen entry point's
#   freeze_support); the bundle's size against the budget.
# Prints the bundle's size, the build time and the smoke start's time.  Takes about 2 minutes
# (1.5 of them PyInstaller) once the venv exists; the first run also fills the venv (~1 minute
# from pip's cache).
# Usage: tools/check_bundle.sh
#   BUNDLE_PYTHON=/path/to/python  a Python with PyInstaller and the kiosk's dependencies
#                                  (default: build/bundle-venv, made and kept up to date here)
#   PYTHON=/path/to/python3.11+    the interpreter build/bundle-venv is made from (PyInstaller
#                                  needs its shared libpython: pyenv builds it with --enable-shared)
#   KEEP=1                         keep the temporary folder (the bundle is in it: dist/telecentro)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
budget_mib=150
pyside=6.11.3  # the PySide6-Essentials the kiosk is tested with (6.12.0 is excluded: pyproject.toml)
work=$(mktemp -d "${TMPDIR:-/tmp}/kiosk-bundle.XXXXXX")
if [ "${KEEP:-}" = 1 ]; then echo "check_bundle: keeping $work"; else trap 'rm -rf "$work"' EXIT; fi
step() { printf 'check_bundle: [%3ss] %s\n' "$SECONDS" "$*"; }
fail() { echo "check_bundle: $*" >&2; exit 1; }

python=${BUNDLE_PYTHON:-}
if [ -z "$python" ]; then
  venv=$repo/build/bundle-venv  # build/ is git-ignored
  base=${PYTHON:-}  # as tools/check_wheel.sh: PYTHON, else the checkout's .venv, else python3
  if [ -z "$base" ]; then
    if [ -x "$repo/.venv/bin/python" ]; then base=$repo/.venv/bin/python; else base=python3; fi
  fi
  [ -x "$venv/bin/python" ] || { step "making $venv"; "$base" -m venv "$venv"; }
  python=$venv/bin/python
  # the kiosk's dependencies and the bundle extra, read from pyproject.toml (the kiosk itself is
  # not installed: the spec analyses the copy below)
  "$python" - "$repo/pyproject.toml" >"$work/requirements.txt" <<'EOF'
import sys, tomllib
project = tomllib.load(open(sys.argv[1], "rb"))["project"]
print("\n".join(project["dependencies"] + project["optional-dependencies"]["bundle"]))
EOF
  step "installing PyInstaller and the kiosk's dependencies in $venv"
  "$python" -m pip install --quiet --disable-pip-version-check -r "$work/requirements.txt" \
    "PySide6-Essentials==$pyside" >"$work/pip.log" 2>&1 || { cat "$work/pip.log" >&2; fail "pip failed"; }
fi
"$python" -c 'import PyInstaller' 2>/dev/null || fail "$python has no PyInstaller (pip install '.[bundle]')"
pyside_found=$("$python" -c 'import importlib.metadata as m; print(m.version("PySide6-Essentials"))')
[ "$pyside_found" = "$pyside" ] || echo "check_bundle: warning: PySide6-Essentials $pyside_found, not $pyside" >&2

# A copy of the files git knows (tracked or new, not ignored): nothing stale or private leaks in.
mkdir "$work/src"
(cd "$repo" && git ls-files -z --cached --others --exclude-standard |
  tar --null --files-from=- --ignore-failed-read -cf - 2>/dev/null) | tar -xf - -C "$work/src"

pyinstaller_version=$("$python" -c 'import PyInstaller; print(PyInstaller.__version__)')
step "building the bundle (PyInstaller $pyinstaller_version, PySide6 $pyside_found)"
built=$SECONDS
(cd "$work/src" && "$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$work/dist" --workpath "$work/build" packaging/telecentro.spec) >"$work/pyinstaller.log" 2>&1 ||
  { cat "$work/pyinstaller.log" >&2; fail "PyInstaller failed"; }
build_seconds=$((SECONDS - built))
bundle=$work/dist/telecentro
kiosk=$bundle/kiosk
[ -x "$kiosk" ] || fail "no $kiosk"
size=$(du -sh "$bundle" | cut -f1)
size_mib=$(du -sm "$bundle" | cut -f1)
step "built in ${build_seconds}s: $size"
[ "$size_mib" -lt "$budget_mib" ] || fail "the bundle is ${size_mib} MiB: over the ${budget_mib} MiB budget"
# the Python modules inside (PyInstaller's archive) and the folders beside them: no collector
inside=$("$python" - "$work/build/telecentro/PYZ-00.pyz" "$bundle/_internal" <<'EOF'
import os, sys
from PyInstaller.archive.readers import ZlibArchiveReader
names = set(ZlibArchiveReader(sys.argv[1]).toc) | set(os.listdir(sys.argv[2]))
unwanted = ("starlette", "uvicorn", "psycopg", "python_multipart", "pytest", "_pytest", "hypothesis",
            "pip", "setuptools", "tkinter", "kiosk.collector")
print(" ".join(sorted(n for n in names if any(n == u or n.startswith(u + ".") for u in unwanted))))
EOF
)
[ -z "$inside" ] || fail "left out on purpose, yet in the bundle: $inside"

mkdir "$work/run"
cd "$work/run"  # outside the checkout and its copy: only the bundle's own files can be found
unset PYTHONPATH PYTHONHOME KIOSK_LESSONS KIOSK_HOME KIOSK_WINDOWED
export QT_QPA_PLATFORM=offscreen

step "kiosk --version: $("$kiosk" --version)"
step "kiosk lessons check (the bundled lessons)"
"$kiosk" lessons check >"$work/check.log" 2>&1 || { cat "$work/check.log" >&2; fail "lessons check failed"; }
tail -1 "$work/check.log"

smoke() {  # smoke HOME SCREEN [LAUNCHER...]: start the window on HOME, expect SCREEN; prints the seconds
  local home=$1 screen=$2 started=$EPOCHREALTIME out code=0
  shift 2
  out=$(KIOSK_HOME="$home" timeout 120 "$@" "$kiosk" --smoke 2>"$work/smoke.err") || code=$?
  local seconds
  seconds=$(awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }')
  [ "$code" = 0 ] || { echo "$out"; cat "$work/smoke.err"; fail "the smoke start on $home exited $code"; } >&2
  case "$out" in *"smoke screen=$screen "*) ;; *) echo "$out" >&2; fail "expected the $screen on $home" ;; esac
  if grep -E ' (WARNING|ERROR|CRITICAL) ' "$home/logs/kiosk.log" >&2; then fail "the kiosk logged a problem"; fi
  echo "$seconds"
}
step "the window on a fresh, empty KIOSK_HOME (offscreen)"
mkdir "$work/fresh"
fresh_seconds=$(smoke "$work/fresh" FirstRunScreen)
step "ok: migrated, sign-in painted, first-run setup shown, quit with exit 0 in ${fresh_seconds}s"

step "kiosk demo --small, then the window again"
"$kiosk" demo --small --home "$work/demo" >"$work/demo.log" 2>&1 || { cat "$work/demo.log" >&2; fail "demo failed"; }
demo_seconds=$(smoke "$work/demo" SignInScreen)
step "ok: the sign-in with the demo's learners in ${demo_seconds}s"

if command -v xvfb-run >/dev/null 2>&1; then  # the platform plugin a real Linux PC uses
  step "the window on X11 (xcb, in Xvfb at 1024x600)"
  xcb_seconds=$(smoke "$work/demo" SignInScreen xvfb-run -a -s "-screen 0 1024x600x24" env QT_QPA_PLATFORM=xcb)
  step "ok: xcb in ${xcb_seconds}s (Xvfb's own start included)"
else
  step "no xvfb-run: the xcb platform plugin is not tried"
fi

step "a turtle program in the sandbox, started with spawn (as on Windows)"
printf 'avanzar(50)\nderecha(90)\navanzar(20)\n' >"$work/square.txt"
drawing=$(KIOSK_TURTLE_START=spawn timeout 60 "$kiosk" turtle run "$work/square.txt")
case "$drawing" in *'"segments": [[0.0, 0.0, 50.0, 0.0]'*) ;; *) fail "turtle: $drawing" ;; esac

echo "check_bundle: bundle $size (${size_mib} MiB, budget ${budget_mib}); build ${build_seconds}s;" \
  "smoke start ${fresh_seconds}s on a fresh home, ${demo_seconds}s with the demo's learners; total ${SECONDS}s"
