#!/usr/bin/env bash
# `npm run bench:enrich`: entity extraction over ../shared/data/news-unlabelled,
# one core and all cores: without and with the statistical tagger, and the
# whole enricher step (entities, then events). No Kafka.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/ensure-node-modules.sh
command -v unzip >/dev/null || { apt-get update -qq && apt-get install -y -qq unzip >/dev/null; }
scripts/build.sh
node dist/bench/enrich-throughput.js
node dist/bench/enrich-throughput.js --tagger
node dist/bench/enrich-throughput.js --full
