#!/usr/bin/env bash
# `npm test`: installs what is missing, starts a Kafka broker and a Redis of
# the test suite's own (ports 19092 and 16379, so a running `npm start` is
# never touched), type-checks, runs every unit and end-to-end spec, and stops
# what it started.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/ensure-node-modules.sh
# Debian's Chromium for the dashboard's browser test (playwright-core drives it, downloads nothing).
scripts/ensure-chromium.sh

export MARSAD_KAFKA_PORT="${MARSAD_TEST_KAFKA_PORT:-19092}"
export MARSAD_REDIS_PORT="${MARSAD_TEST_REDIS_PORT:-16379}"
export MARSAD_KAFKA_BROKERS="127.0.0.1:$MARSAD_KAFKA_PORT"
export MARSAD_REDIS_URL="redis://127.0.0.1:$MARSAD_REDIS_PORT"

if [ -z "${MARSAD_KEEP_INFRA:-}" ]; then
  trap 'scripts/infra/infra.sh down' EXIT
fi
scripts/infra/infra.sh up

echo "[test] type check" >&2
npx tsc -p tsconfig.json --noEmit
echo "[test] jest" >&2
mkdir -p .marsad
status=0
node --experimental-vm-modules --no-warnings=ExperimentalWarning node_modules/jest/bin/jest.js \
  --json --outputFile=.marsad/jest-results.json "$@" || status=$?
# One plain closing line any CI can read, whatever the runner prints above it.
node -e 'const r=require("./.marsad/jest-results.json"); console.log(`jest: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""))' || true
exit "$status"
