#!/usr/bin/env bash
# `make demo`: the main job on the default SQLite ledger in instance/. Each step is a `diaodu` command.
set -euo pipefail
cd "$(dirname "$0")/.."
D=.venv/bin/diaodu
city=examples/hengyang

$D db upgrade

# --- the ledger: the city's units and indicators, then every example report (and the seeds) ---
echo "== 城市档案 (city profile): $city"
$D city load "$city"
$D indicators load
echo "== 读入文档 (reading reports; a report already in the ledger is skipped)"
$D read "$city"/documents/*.txt
seeds=(../shared/seeds/*.txt)
if [ -e "${seeds[0]}" ]; then
  $D read "${seeds[@]}"
fi
echo "== 账本现状 (what the ledger holds)"
$D status
echo "== 一个序列 (one series: each period's newest vintage)"
$D series --subject 衡阳市 --indicator 地区生产总值
$D conflicts

# --- dispatch: example projects, chains, tickets and leads; progress, a ranking and the two reports ---
echo "== 调度示例 (dispatch example: projects, chains, tickets, leads)"
$D example load --skip-if-loaded
$D projects progress --year 2020 --month 6
$D rank --period 2020-06 | tail -n 14
$D report weekly --week 2020-W26
$D report monthly --month 2020-06

# --- the web app (keep these lines last): an admin when there is none, then serve on 127.0.0.1 ---
web_host=${HOST:-127.0.0.1}
web_port=${PORT:-8000}
admin_pw=${DIAODU_ADMIN_PASSWORD:-$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(12))')}
made=$(printf '%s\n' "$admin_pw" | $D user add admin --role admin --unless-admin-exists --password-stdin)
echo "$made"
echo "== 网页 (web app): http://$web_host:$web_port/"
if [[ $made == 已新增* ]]; then
  if [ -n "${DIAODU_ADMIN_PASSWORD:-}" ]; then
    echo "   登录 (log in): 用户名 admin，密码为 DIAODU_ADMIN_PASSWORD 的值"
  else
    echo "   登录 (log in): 用户名 admin，密码 $admin_pw   （只显示这一次，请记下）"
  fi
else
  echo "   登录 (log in): 用已有的管理员账号；新增用户：$D user add 名字 --role leader"
fi
unset admin_pw
if [ "${DIAODU_DEMO_NO_SERVE:-}" = 1 ]; then
  echo "   DIAODU_DEMO_NO_SERVE=1：不启动网页服务；要启动请运行 $D serve"
  exit 0
fi
exec $D serve --host "$web_host" --port "$web_port"
