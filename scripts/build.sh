#!/usr/bin/env bash
# Compiles the apps, libs and CLI to dist/ and copies the knowledge-base files beside them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
npx tsc -p tsconfig.build.json
rm -rf dist/libs/knowledge/data
mkdir -p dist/libs/knowledge
cp -r libs/knowledge/data dist/libs/knowledge/data
