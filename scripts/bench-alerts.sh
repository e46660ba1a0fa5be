#!/usr/bin/env bash
# `npm run bench:alerts`: the notifier alone (bench/alert-delivery.ts) as a
# separate process, on the benchmark broker and Redis (the test suite's ports,
# or MARSAD_TEST_KAFKA_PORT / MARSAD_TEST_REDIS_PORT). Resets nothing: the run
# has a namespace and a keyword of its own, so other runs on the same broker
# and Redis are left alone.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/ensure-node-modules.sh
export MARSAD_KAFKA_PORT="${MARSAD_TEST_KAFKA_PORT:-19092}"
export MARSAD_REDIS_PORT="${MARSAD_TEST_REDIS_PORT:-16379}"
export MARSAD_KAFKA_BROKERS="127.0.0.1:$MARSAD_KAFKA_PORT"
export MARSAD_REDIS_URL="redis://127.0.0.1:$MARSAD_REDIS_PORT"
# Stop afterwards only infrastructure this run started: a broker or Redis
# already answering may be serving another run.
if [ -z "${MARSAD_KEEP_INFRA:-}" ]; then
  if scripts/infra/infra.sh status | grep -q ' up'; then
    echo "[bench] broker or Redis already running on these ports; leaving them up afterwards" >&2
  else
    trap 'scripts/infra/infra.sh down' EXIT
  fi
fi
scripts/infra/infra.sh up
scripts/build.sh
node dist/bench/alert-delivery.js
