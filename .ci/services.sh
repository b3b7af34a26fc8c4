#!/usr/bin/env bash
# Makes sure the servers the tests reach are installed, configured and running. Idempotent: on a
# machine that already has them it only checks, and restarts a server only when a setting changed.
set -euo pipefail

log() { echo "[services] $*" >&2; }
apt_updated=0
apt_install() {
  if [[ $apt_updated == 0 ]]; then apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

mysql_answers() { mariadb -uroot -h127.0.0.1 -P3306 -Nse 'select 1' >/dev/null 2>&1; }

# --- MariaDB with performance_schema on (it is off by default and can only be set at start) ---
if ! mysql_answers; then
  if ! command -v mariadbd >/dev/null; then log "installing MariaDB"; apt_install mariadb-server mariadb-client; fi
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
fi
cnf=/etc/mysql/my.cnf
# Every test class makes a new schema, and digests are kept per schema: the default 5,000 digest
# rows fill within a few runs and new statements then get no digest at all.
if [[ -f $cnf ]] && ! grep -q '^performance_schema_digests_size *= *50000' "$cnf"; then
  log "turning performance_schema on in $cnf"
  sed -i '/^performance_schema *= *ON/d; /^performance-schema-consumer-events-statements-history/d' "$cnf"
  printf '\n[mysqld]\nperformance_schema = ON\nperformance_schema_digests_size = 50000\nperformance-schema-consumer-events-statements-current = ON\nperformance-schema-consumer-events-statements-history = ON\n' >>"$cnf"
  if mysql_answers; then
    mariadb -uroot -h127.0.0.1 -e 'shutdown' || true
    for _ in $(seq 1 60); do pgrep -x mariadbd >/dev/null || break; sleep 1; done
  fi
fi
if ! mysql_answers; then
  log "starting MariaDB"
  for _ in $(seq 1 60); do pgrep -x mariadbd >/dev/null || break; sleep 1; done
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  for _ in $(seq 1 60); do mysql_answers && break; sleep 1; done
fi
mysql_answers || { log "MariaDB did not come up on 127.0.0.1:3306"; exit 1; }
mariadb -uroot -h127.0.0.1 -e 'create database if not exists test'
# A test run starts with an empty digest summary, so the digest tests have room whatever earlier runs
# left behind (this server is the test suite's own; it only resets statistics).
if [[ $(mariadb -uroot -h127.0.0.1 -Nse 'select @@performance_schema') == 1 ]]; then
  mariadb -uroot -h127.0.0.1 -e 'truncate table performance_schema.events_statements_summary_by_digest'
fi
log "MariaDB $(mariadb -uroot -h127.0.0.1 -Nse 'select version()'), performance_schema=$(mariadb -uroot -h127.0.0.1 -Nse 'select @@performance_schema')"

# --- local PostgreSQL (optional: the suite also runs on the embedded PostgreSQL 17) ---
pg_answers() { psql -h 127.0.0.1 -U postgres -d postgres -Atc 'select 1' >/dev/null 2>&1; }
if command -v pg_lsclusters >/dev/null && [[ -n "$(ls /etc/postgresql 2>/dev/null)" ]]; then
  ver=$(ls /etc/postgresql | sort -n | tail -1)
  pg_answers || pg_ctlcluster --skip-systemctl-redirect "$ver" main start || true
  if pg_answers; then
    if ! dpkg -s "postgresql-$ver-hypopg" >/dev/null 2>&1; then
      log "installing HypoPG for PostgreSQL $ver"; apt_install "postgresql-$ver-hypopg" || log "HypoPG not installable; what-if tests will use the transactional path"
    fi
    preload=$(psql -h 127.0.0.1 -U postgres -d postgres -Atc 'show shared_preload_libraries')
    if [[ $preload != *pg_stat_statements* || $preload != *auto_explain* ]]; then
      log "preloading pg_stat_statements and auto_explain in PostgreSQL $ver"
      psql -h 127.0.0.1 -U postgres -d postgres -qc "alter system set shared_preload_libraries = pg_stat_statements, auto_explain"
      pg_ctlcluster --skip-systemctl-redirect "$ver" main restart
      for _ in $(seq 1 30); do pg_answers && break; sleep 1; done
    fi
    log "PostgreSQL $(psql -h 127.0.0.1 -U postgres -d postgres -Atc 'show server_version'), preload=$(psql -h 127.0.0.1 -U postgres -d postgres -Atc 'show shared_preload_libraries')"
  fi
fi
