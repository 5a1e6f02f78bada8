#!/usr/bin/env bash
# Stops the server that scripts/start-test-postgres.sh started for this URL
# (its argument, or TEST_DATABASE_URL) and deletes its files. A server another
# run started, on another port, is left alone.
set -euo pipefail
URL="${1:-${TEST_DATABASE_URL:-}}"
if [ -z "$URL" ]; then
  echo "usage: scripts/stop-test-postgres.sh <the URL start-test-postgres.sh printed>" >&2
  exit 2
fi
PORT="$(node -e 'console.log(new URL(process.argv[1]).port)' "$URL")"
DIR=""
for candidate in /tmp/sitrep-pg.*; do
  if [ -f "$candidate/port" ] && [ "$(cat "$candidate/port")" = "$PORT" ]; then DIR="$candidate"; fi
done
if [ -z "$DIR" ]; then
  echo "No test PostgreSQL server of ours listens on port $PORT." >&2
  exit 0
fi
PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
run_as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
# pg_ctl refuses to run as root, hence runuser.
run_as_postgres "$PGBIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null
rm -rf "$DIR"
echo "Stopped the test PostgreSQL server on port $PORT and removed $DIR."
