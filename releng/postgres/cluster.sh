#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the catalog tests, on Debian's server binaries (package postgresql): its own data
# folder under the temp folder, loopback only, trust authentication for one user, fsync on (the crash tests need it).
#   cluster.sh start PORT   starts it (replacing one left on that port) and prints its JDBC URL
#   cluster.sh stop PORT    stops it and removes its folder
set -euo pipefail
command=${1:?start or stop}
port=${2:?port}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "cluster.sh: PostgreSQL's server is not installed: apt-get install postgresql (bash .ci/run does)" >&2
  exit 1
fi
dir="${TMPDIR:-/tmp}/latent-retouch-postgres-$port"
as=()
# the server refuses to run as root: then it runs as Debian's postgres user
if [ "$(id -u)" = 0 ]; then
  as=(runuser -u postgres --)
fi

stop() {
  if [ -f "$dir/data/postmaster.pid" ]; then
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case $command in
  start)
    stop
    mkdir -p "$dir"
    if ((${#as[@]})); then chown postgres "$dir"; fi
    "${as[@]}" "$bin/initdb" -D "$dir/data" -U latentretouch --auth=trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=50" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    "${as[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U latentretouch catalog
    echo "jdbc:postgresql://127.0.0.1:$port/catalog?user=latentretouch"
    ;;
  stop)
    stop
    ;;
  *)
    echo "cluster.sh: start PORT or stop PORT, not $command" >&2
    exit 2
    ;;
esac
