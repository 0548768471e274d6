#!/usr/bin/env bash
# Starts the example app with the Lumen Logistics examples on SQLite in
# memory: the frontend on http://localhost:3000, the backend on :7007.
# Installs the dependencies first (quick when they are up to date).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$cairn_root"
yarn install --immutable
exec yarn start "$@"
