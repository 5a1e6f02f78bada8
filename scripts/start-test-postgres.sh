#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server (Debian's package) on a private port and
# prints the URL to export as TEST_DATABASE_URL:
#
#   export TEST_DATABASE_URL="$(scripts/start-test-postgres.sh)"
#
# Stop it, and delete its files, with scripts/stop-test-postgres.sh.
set -euo pipefail
PORT="${PG_TEST_PORT:-54329}"
PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
DIR="$(mktemp -d /tmp/sitrep-pg.XXXXXX)"
run_as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"
run_as_postgres "$PGBIN/initdb" -D "$DIR/data" -A trust -U postgres >/dev/null
run_as_postgres "$PGBIN/pg_ctl" -D "$DIR/data" -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1" -l "$DIR/server.log" -w start >/dev/null
echo "$DIR" > /tmp/sitrep-pg.dir
echo "postgres://postgres@127.0.0.1:$PORT/postgres"
