#!/usr/bin/env bash
# `npm run bench`: the end-to-end benchmark (bench/pipeline-throughput.ts) on
# a broker and Redis of its own ports (those of the test suite; it resets the
# pipeline topics there), services as separate processes, as in production.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/ensure-node-modules.sh
command -v unzip >/dev/null || { apt-get update -qq && apt-get install -y -qq unzip >/dev/null; }
export MARSAD_KAFKA_PORT="${MARSAD_TEST_KAFKA_PORT:-19092}"
export MARSAD_REDIS_PORT="${MARSAD_TEST_REDIS_PORT:-16379}"
export MARSAD_KAFKA_BROKERS="127.0.0.1:$MARSAD_KAFKA_PORT"
export MARSAD_REDIS_URL="redis://127.0.0.1:$MARSAD_REDIS_PORT"
[ -n "${MARSAD_KEEP_INFRA:-}" ] || trap 'scripts/infra/infra.sh down' EXIT
scripts/infra/infra.sh up
scripts/build.sh
node dist/bench/pipeline-throughput.js
