#!/usr/bin/env bash
# Compiles the apps, libs and tools to dist/ and copies the data files (knowledge base, tagger weights) beside them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
npx tsc -p tsconfig.build.json
for lib in knowledge extraction events; do
  rm -rf "dist/libs/$lib/data"
  if [ -d "libs/$lib/data" ]; then
    mkdir -p "dist/libs/$lib"
    cp -r "libs/$lib/data" "dist/libs/$lib/data"
  fi
done
# The dashboard's page and script are served as they are.
rm -rf dist/apps/notifier/src/dashboard/public
cp -r apps/notifier/src/dashboard/public dist/apps/notifier/src/dashboard/public
