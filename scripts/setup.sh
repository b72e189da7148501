#!/usr/bin/env bash
# Installs what the tests need besides the .NET SDK. Called by test.sh; safe to run again.
#
# WordNet's exception lists (Debian/Ubuntu package wordnet-base, /usr/share/wordnet/*.exc): ROUGE-1.5.5's
# stemming looks irregular forms up in them, and the ROUGE reproduction test requires them under CI.
set -uo pipefail

if [[ -z "${CROSSWIRE_WORDNET:-}" && ! -f /usr/share/wordnet/verb.exc ]]; then
  if command -v apt-get >/dev/null 2>&1 && [[ "$(id -u)" == 0 ]]; then
    echo "setup.sh: installing wordnet-base (WordNet exception lists for ROUGE)..." >&2
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends wordnet-base; } >/dev/null \
      || echo "setup.sh: could not install wordnet-base; the ROUGE reproduction test will be skipped (or fail under CI)" >&2
  else
    echo "setup.sh: WordNet exception lists not found; install wordnet-base or set CROSSWIRE_WORDNET to a folder with *.exc files" >&2
  fi
fi

# Chromium (Debian package chromium, /usr/bin/chromium): the web page's end-to-end tests drive it headless
# with Playwright. Quiet when it is already there.
if ! command -v chromium >/dev/null 2>&1 && [[ ! -x /usr/bin/chromium ]]; then
  if command -v apt-get >/dev/null 2>&1 && [[ "$(id -u)" == 0 ]]; then
    echo "setup.sh: installing chromium (browser tests of the web page)..." >&2
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium; } >/dev/null 2>&1 \
      || echo "setup.sh: could not install chromium; the browser tests will be skipped (or fail under CI)" >&2
  else
    echo "setup.sh: chromium not found; install the chromium package (the browser tests need /usr/bin/chromium)" >&2
  fi
fi

# PostgreSQL (Debian package postgresql): the PostgreSQL store's tests (and `crosswire --db postgres://…`)
# need a server. This starts the Debian cluster on loopback and creates the role crosswire (password
# crosswire, may create databases) and its database crosswire: the tests' default server
# postgres://crosswire:crosswire@127.0.0.1:5432/crosswire. Each test creates and drops its own database.
# Set CROSSWIRE_TEST_POSTGRES to another URL to use another server (this part is then skipped).
if [[ -z "${CROSSWIRE_TEST_POSTGRES:-}" ]]; then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    if ! command -v pg_lsclusters >/dev/null 2>&1; then
      echo "setup.sh: installing postgresql (tests of the PostgreSQL store)..." >&2
      export DEBIAN_FRONTEND=noninteractive
      { apt-get update -qq && apt-get install -y -qq --no-install-recommends postgresql; } >/dev/null 2>&1 \
        || echo "setup.sh: could not install postgresql; the PostgreSQL tests will be skipped (or fail under CI)" >&2
    fi
    if command -v pg_lsclusters >/dev/null 2>&1; then
      read -r pg_version pg_cluster pg_port pg_status _ < <(pg_lsclusters --no-header | head -n 1) || true
      if [[ -z "${pg_version:-}" ]]; then
        pg_version="$(ls /usr/lib/postgresql | sort -n | tail -n 1)"
        pg_cluster=main
        pg_createcluster "$pg_version" main >/dev/null 2>&1 || true
        read -r _ _ pg_port pg_status _ < <(pg_lsclusters --no-header "$pg_version" main) || true
      fi
      if [[ "${pg_status:-}" != online* ]]; then
        pg_ctlcluster "$pg_version" "$pg_cluster" start >/dev/null 2>&1 \
          || echo "setup.sh: could not start PostgreSQL cluster $pg_version/$pg_cluster" >&2
      fi
      pg_sql() { runuser -u postgres -- psql -p "$pg_port" -qAtX -c "$1" 2>/dev/null; }
      if [[ "$(pg_sql "SELECT 1 FROM pg_roles WHERE rolname = 'crosswire'")" != 1 ]]; then
        pg_sql "CREATE ROLE crosswire LOGIN CREATEDB PASSWORD 'crosswire'" >/dev/null
      fi
      if [[ "$(pg_sql "SELECT 1 FROM pg_database WHERE datname = 'crosswire'")" != 1 ]]; then
        pg_sql "CREATE DATABASE crosswire OWNER crosswire" >/dev/null
      fi
      [[ "$pg_port" == 5432 ]] || echo "setup.sh: PostgreSQL listens on port $pg_port: set CROSSWIRE_TEST_POSTGRES=postgres://crosswire:crosswire@127.0.0.1:$pg_port/crosswire" >&2
    fi
  elif ! command -v pg_isready >/dev/null 2>&1 || ! pg_isready -q -h 127.0.0.1 -p 5432; then
    echo "setup.sh: no PostgreSQL server on 127.0.0.1:5432; install postgresql or set CROSSWIRE_TEST_POSTGRES (the PostgreSQL tests are skipped, or fail under CI)" >&2
  fi
fi
