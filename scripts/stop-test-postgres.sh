#!/usr/bin/env bash
# Stops the server scripts/start-test-postgres.sh started and deletes its files.
set -euo pipefail
DIR="$(cat /tmp/sitrep-pg.dir 2>/dev/null || true)"
if [ -z "$DIR" ] || [ ! -d "$DIR/data" ]; then
  echo "No test PostgreSQL server is running (nothing in /tmp/sitrep-pg.dir)." >&2
  exit 0
fi
PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
run_as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
# pg_ctl refuses to run as root, hence runuser.
run_as_postgres "$PGBIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null
rm -rf "$DIR" /tmp/sitrep-pg.dir
echo "Stopped the test PostgreSQL server and removed $DIR."
