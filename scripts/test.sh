#!/usr/bin/env bash
# The one test command (README, CI): installs what the tests need when it may,
# starts a throwaway PostgreSQL on loopback, and runs every check and test.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\n== %s\n' "$*"; }
need() { echo "Cannot run the tests: $*" >&2; exit 1; }

is_root() { [ "$(id -u)" = 0 ]; }
apt_install() {
  if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# --- browser -------------------------------------------------------------------
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM_PATH" ]; then
  if is_root && command -v apt-get >/dev/null; then
    say "installing Debian's chromium"
    apt_install chromium
  else
    need "Chromium is missing: install it with 'sudo apt-get install chromium' (or set CHROMIUM_PATH)."
  fi
fi

# --- PostgreSQL for the database tests -------------------------------------------
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [ -z "${TEST_DATABASE_URL:-}" ]; then
  if [ -z "$(pg_bin)" ]; then
    if is_root && command -v apt-get >/dev/null; then
      say "installing Debian's postgresql"
      apt_install postgresql
    else
      need "PostgreSQL is missing: install it with 'sudo apt-get install postgresql', or set TEST_DATABASE_URL to a server you may create databases on."
    fi
  fi
  PG_BIN="$(pg_bin)"
  PG_DIR="$(mktemp -d /tmp/mcb-pg-XXXXXX)"
  PG_PORT="${PG_PORT:-$(( 20000 + RANDOM % 20000 ))}"
  run_pg() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }
  is_root && chown postgres "$PG_DIR"
  stop_pg() {
    run_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  }
  trap stop_pg EXIT
  say "starting a throwaway PostgreSQL on 127.0.0.1:$PG_PORT"
  run_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust --no-sync >/dev/null
  run_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
  export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
fi

# --- checks and tests ------------------------------------------------------------
say "lint";                npx biome check .
say "typecheck";           npx tsc
say "questionnaire check"; npm run --silent questionnaire:check
say "unit and integration tests (SQLite and PostgreSQL)"
npx vitest run
say "production build";    npx remix vite:build >/dev/null
say "browser tests (Chromium)"
npx playwright test
