#!/usr/bin/env bash
# `make demo`: the main job on the default SQLite ledger in instance/. Each step is a `diaodu` command.
set -euo pipefail
cd "$(dirname "$0")/.."
D=.venv/bin/diaodu
city=examples/hengyang

$D db upgrade
