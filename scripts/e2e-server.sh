#!/usr/bin/env bash
# Serves the example app for the browser tests: builds the production
# frontend (skipped with CAIRN_E2E_SKIP_BUILD=1), then starts the backend on
# SQLite in memory with the examples, on the port given (default 7007), with
# the app-backend serving the built frontend from the same origin.
set -euo pipefail
port=${1:-7007}
source "$(dirname "$0")/lib.sh"
cd "$cairn_root"

if [ "${CAIRN_E2E_SKIP_BUILD:-}" != 1 ]; then
  flock /tmp/cairn-app-build.lock yarn workspace app build >&2
fi

# The catalog is still ingesting examples/ when the first scorecards run
# starts; evaluate every 15 s here so the browser tests see the whole catalog
# measured soon after start (the example app itself uses two minutes).
every15='{"frequency":{"seconds":15},"timeout":{"minutes":2},"initialDelay":{"seconds":5}}'
export APP_CONFIG_scorecards_schedule="$every15"
export APP_CONFIG_scorecards_collectors_catalog_schedule="$every15"

export APP_CONFIG_app_baseUrl="http://localhost:$port"
export APP_CONFIG_backend_baseUrl="http://localhost:$port"
export APP_CONFIG_backend_listen_port="$port"
cd packages/backend
exec yarn backstage-cli package start
