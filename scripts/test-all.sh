#!/usr/bin/env bash
# Runs every test: the Jest suites of every package (SQL on SQLite and on
# PostgreSQL through TestDatabases), then the browser tests in headless
# Chromium. Prints one closing line, "N passed, N failed", over both.
#
# PostgreSQL: uses BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING when
# set; otherwise starts a scratch server with scripts/postgres.sh (which
# installs Debian's postgresql package when it is missing, as root).
set -uo pipefail
source "$(dirname "$0")/lib.sh"
root=$cairn_root
cd "$root"
out="$root/.ci/out"
mkdir -p "$out"

started_pg=
if [ -z "${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-}" ]; then
  BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING=$(
    scripts/postgres.sh start /tmp/cairn-test-postgres 5434
  ) || { echo "Could not start PostgreSQL" >&2; exit 1; }
  export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING
  started_pg=1
fi
cleanup() {
  [ -n "$started_pg" ] && scripts/postgres.sh stop /tmp/cairn-test-postgres
}
trap cleanup EXIT

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] && [ "$(id -u)" = 0 ]; then
  echo "Installing Chromium from Debian's packages..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
fi

yarn install --immutable || exit 1

rm -f "$out/jest.json" e2e-results/results.json
CI=true yarn backstage-cli repo test --watchAll=false \
  --json --outputFile="$out/jest.json"
unit=$?

yarn test:e2e
e2e=$?

node scripts/summarize-tests.js "$out/jest.json" e2e-results/results.json
summary=$?

[ $unit = 0 ] && [ $e2e = 0 ] && [ $summary = 0 ]
