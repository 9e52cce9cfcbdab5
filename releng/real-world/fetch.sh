#!/usr/bin/env bash
# Real photographs for the tests, from Debian packages (never committed): every file in files.sha256, whose first path
# component names the package it comes from. Each package is downloaded with apt-get (no install, no root needed for
# the download itself) and the files named are unpacked from it into the cache folder, once; every file is checked against its pinned
# SHA-256. Prints the cache folder. On failure it prints one line, starting "latent-retouch build:", that says what to do.
#
#   usage: fetch.sh [CACHE]   (default ~/.cache/latent-retouch/real-world)
set -euo pipefail
list="$(cd "$(dirname "$0")" && pwd)/files.sha256"
cache=${1:-${HOME}/.cache/latent-retouch/real-world}
mkdir -p "$cache"

fail() {
  printf 'latent-retouch build: %s\n' "$1" >&2
  exit 1
}

verified() { (cd "$cache" && sha256sum --quiet --status -c "$list" 2>/dev/null); }

if ! verified; then
  command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null \
    || fail "the real-world test photos come from Debian packages: apt-get and dpkg-deb are needed (see releng/real-world/files.sha256)."
  for package in $(awk '{ split($2, p, "/"); print p[1] }' "$list" | sort -u); do
    ok=1
    while read -r sum path; do
      [ "$(sha256sum "$cache/$path" 2>/dev/null | cut -d' ' -f1)" = "$sum" ] || ok=0
    done < <(grep "  $package/" "$list")
    [ "$ok" = 1 ] && continue
    tmp=$(mktemp -d)
    if ! (cd "$tmp" && apt-get download -q "$package" >/dev/null 2>apt.log); then
      cat "$tmp/apt.log" >&2
      fail "apt-get could not download the Debian package $package (test photos); run 'apt-get update' (as root) so the package lists are there, check the network, and run again."
    fi
    rm -rf "${cache:?}/$package" && mkdir -p "$cache/$package"
    dpkg-deb --fsys-tarfile "$tmp"/*.deb | tar -x -C "$cache/$package" $(grep "  $package/" "$list" | awk '{ sub("^[^/]*/", "./", $2); print $2 }')
    rm -rf "$tmp"
  done
  (cd "$cache" && sha256sum --quiet -c "$list") >&2 \
    || fail "a test photo differs from its pinned SHA-256 (above); the Debian package changed, so releng/real-world/files.sha256 must be reviewed."
fi
echo "$cache"
