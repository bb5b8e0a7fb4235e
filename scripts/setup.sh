#!/usr/bin/env bash
# One-time set-up on a fresh machine: the virtual environment, the package, the system packages the
# browser tests and the Word charts need, and the front-end libraries from the npm registry.
# Safe to run again: each step checks first.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.diaodu-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/pip install --quiet --upgrade pip
  .venv/bin/pip install --quiet -e '.[dev]'
  touch "$stamp"
fi

# The reader's hot modules compiled with mypyc into build/native (quick when up to date; a failed
# compilation is reported and the pure-Python reader is used).
.venv/bin/python scripts/build_native.py

# System packages: headless Chromium for the browser tests, a CJK font so Chinese renders in charts.
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list :lang=zh 2>/dev/null | grep -q . || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "setup: please install these Debian packages: ${need[*]}" >&2
  fi
fi

# Front-end libraries (Apache ECharts, htmx) from the npm registry, copied into the app's static folder.
vendor=src/diaodu/output/web/static/vendor
if [ ! -f "$vendor/echarts.min.js" ] || [ ! -f "$vendor/htmx.min.js" ]; then
  mkdir -p "$vendor" build/npm
  (cd build/npm && [ -f package.json ] || echo '{"private":true}' > package.json)
  (cd build/npm && npm install --silent --no-audit --no-fund echarts@5 htmx.org@2 >/dev/null)
  cp build/npm/node_modules/echarts/dist/echarts.min.js "$vendor/"
  cp build/npm/node_modules/htmx.org/dist/htmx.min.js "$vendor/"
fi
