#!/usr/bin/env bash
# `npm start`: install what is missing, start Kafka and Redis, build, run the
# three services, create the demo subscriptions, publish the examples and
# print the alerts as the demo webhook receives them. Ctrl-C stops the
# services (Kafka and Redis keep running: `npm run infra:down` stops them).
#
#   npm start               run until Ctrl-C
#   npm start -- --once     exit once the demo alerts have arrived (or after 60 s)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ONCE=0
[ "${1:-}" = "--once" ] && ONCE=1

say() { printf '\033[1m[marsad]\033[0m %s\n' "$*"; }

scripts/ensure-node-modules.sh
scripts/infra/infra.sh up
say "building"
scripts/build.sh

STATE=.marsad
mkdir -p "$STATE/logs"
# A fresh namespace per demo run: new consumer groups and dedup state, so the
# examples alert again however often you run it. Set MARSAD_NAMESPACE to keep
# state between runs. The groups start at the topics' end: earlier runs'
# articles stay on this broker, and subscriptions listen only to what arrives
# after they were made (activeSince), so the examples must come through fresh.
export MARSAD_NAMESPACE="${MARSAD_NAMESPACE:-demo-$(date +%s)}"
export MARSAD_CONSUMER_START="${MARSAD_CONSUMER_START:-latest}"
if [ -z "${MARSAD_API_KEYS:-}" ]; then
  [ -s "$STATE/dev-api-key" ] || echo "dev-$(od -An -tx1 -N18 /dev/urandom | tr -d ' \n')" >"$STATE/dev-api-key"
  MARSAD_API_KEYS="$(cat "$STATE/dev-api-key")"
fi
export MARSAD_API_KEYS
API_KEY="${MARSAD_API_KEYS%%,*}"
API_KEY="${API_KEY#*=}"
# Seals webhook secrets in Redis; kept with the demo's state so a restart can open them.
if [ -z "${MARSAD_SECRET_KEY:-}" ]; then
  [ -s "$STATE/dev-secret-key" ] || od -An -tx1 -N32 /dev/urandom | tr -d ' \n' >"$STATE/dev-secret-key"
  MARSAD_SECRET_KEY="$(cat "$STATE/dev-secret-key")"
fi
export MARSAD_SECRET_KEY
# The development key opens the ops dashboard and queue board too; production sets its own ops keys.
export MARSAD_OPS_API_KEYS="${MARSAD_OPS_API_KEYS:-$API_KEY}"
export MARSAD_WEBHOOK_SECRET="demo-webhook-secret-change-me"
# The demo webhook receiver listens on 127.0.0.1; production keeps private targets refused.
export MARSAD_ALLOW_PRIVATE_WEBHOOKS=true

PIDS=()
stop_all() {
  trap - EXIT INT TERM
  if [ "${#PIDS[@]}" -gt 0 ]; then
    say "stopping services (pids ${PIDS[*]})"
    kill -TERM "${PIDS[@]}" 2>/dev/null || true
    wait "${PIDS[@]}" 2>/dev/null || true
  fi
}
trap stop_all EXIT INT TERM

start_app() { # name
  node "dist/apps/$1/src/main.js" >"$STATE/logs/$1.log" 2>&1 &
  PIDS+=($!)
}
wait_healthy() { # port
  for _ in $(seq 1 300); do
    curl -fsS "http://127.0.0.1:$1/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  say "service on :$1 did not become healthy; see $STATE/logs/"
  exit 1
}

: >"$STATE/logs/alerts.txt"
node dist/tools/cli/marsad.js webhook-sink --port 3099 >>"$STATE/logs/alerts.txt" 2>&1 &
PIDS+=($!)
tail -n +1 -f "$STATE/logs/alerts.txt" &
PIDS+=($!)

# The notifier first, so the subscriptions exist before any article reaches it.
start_app notifier
wait_healthy 3003
say "development API key: $API_KEY"
for sub in examples/subscription-*.json; do
  curl -fsS -X POST http://127.0.0.1:3003/v1/subscriptions \
    -H "Authorization: Bearer $API_KEY" -H 'content-type: application/json' --data-binary "@$sub" \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const j=JSON.parse(s);console.log(`[marsad] subscription ${j.id} "${j.name}" → ${[...j.match.places,...j.match.actors].map(t=>`${t.names.en} (${t.id})`).join(", ")}`)})'
done
start_app enricher
start_app ingest
wait_healthy 3002
wait_healthy 3001
say "services healthy: ingest :3001, enricher :3002, notifier :3003 (namespace $MARSAD_NAMESPACE, logs in $STATE/logs/)"
say "ops dashboard: http://127.0.0.1:3003/dashboard (any user name, password: the development API key); queues: /ops/queues"

say "publishing the examples: two to articles.raw.v1 with bin/marsad, one HTML page through POST /v1/articles"
node dist/tools/cli/marsad.js publish examples/ar-hama-shelling.json examples/en-moscow-talks.json
curl -fsS -X POST http://127.0.0.1:3001/v1/articles -H 'content-type: application/json' \
  --data-binary "$(node -e 'console.log(JSON.stringify({html: require("fs").readFileSync("examples/ar-page.html","utf8"), url: "https://news.example.org/ar/2026/11/29/amman-baghdad"}))')"
echo
say "alerts, as the demo webhook receives them (also in $STATE/logs/alerts.txt):"

if [ "$ONCE" -eq 1 ]; then
  for _ in $(seq 1 300); do
    [ "$(grep -c '^●' "$STATE/logs/alerts.txt" 2>/dev/null || true)" -ge 3 ] && break
    sleep 0.2
  done
  sleep 1
  say "$(grep -c '^●' "$STATE/logs/alerts.txt" || true) alerts received"
  exit 0
fi
say "running; publish more with: bin/marsad publish FILE…   (Ctrl-C to stop)"
wait
