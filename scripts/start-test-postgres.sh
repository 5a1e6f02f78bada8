#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server (Debian's package) on a free port, in a
# folder of its own, and prints the URL to export as TEST_DATABASE_URL:
#
#   export TEST_DATABASE_URL="$(scripts/start-test-postgres.sh)"
#
# Stop it, and delete its files, with scripts/stop-test-postgres.sh "$TEST_DATABASE_URL".
# Several can run side by side: each start makes its own folder and port, and
# each stop acts only on the server its URL names.
set -euo pipefail
PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
DIR="$(mktemp -d /tmp/sitrep-pg.XXXXXX)"
run_as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"
run_as_postgres "$PGBIN/initdb" -D "$DIR/data" -A trust -U postgres >/dev/null
free_port() { node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'; }
# Another process may take the port between asking and starting: try a few.
for attempt in 1 2 3 4 5; do
  PORT="${PG_TEST_PORT:-$(free_port)}"
  if run_as_postgres "$PGBIN/pg_ctl" -D "$DIR/data" -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1" -l "$DIR/server.log" -w start >/dev/null; then
    echo "$PORT" > "$DIR/port"
    echo "postgres://postgres@127.0.0.1:$PORT/postgres"
    exit 0
  fi
  [ -n "${PG_TEST_PORT:-}" ] && break
done
echo "Could not start PostgreSQL; its log: $DIR/server.log" >&2
exit 1
