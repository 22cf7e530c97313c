#!/usr/bin/env bash
# Runs a command with TEST_DATABASE_URL pointing at a throwaway Postgres cluster, so the database tests run on
# a real Postgres server as well as on the embedded PGlite. Installs Debian's postgresql when missing (as root).
set -euo pipefail

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

BIN="$(find_bin)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing Debian's postgresql for the Postgres-mode tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    BIN="$(find_bin)"
  else
    echo "Postgres server binaries not found. Install them (sudo apt-get install -y postgresql) or run the command without this wrapper." >&2
    exit 1
  fi
fi

DIR="$(mktemp -d /tmp/fieldmap-pg.XXXXXX)"
PORT="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
RUN=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$DIR"
  RUN=(runuser -u postgres --)
fi

cleanup() {
  "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT

"${RUN[@]}" "$BIN/initdb" -D "$DIR/data" -U fieldmap --auth=trust -E UTF8 >/dev/null
"${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200" start >/dev/null

export TEST_DATABASE_URL="postgres://fieldmap@127.0.0.1:$PORT/postgres"
echo "== throwaway Postgres ($("$BIN/postgres" --version)) at 127.0.0.1:$PORT for the database tests"
set +e
"$@"
status=$?
set -e
exit $status
