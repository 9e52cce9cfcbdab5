#!/bin/bash
# The next release's update site, for the upgrade test: this checkout built again in a copy of its sources with every
# qualifier bumped past the built site's, as p2 sees a release that rebuilt every bundle and feature. Signed with the
# same key (the Maven options given after OUT, e.g. -Dlr.sign.keystore=…), and checked against the built site as the
# previous release with the API baseline (unchanged sources: no API change, nothing to bump).
#   next-site.sh ROOT BUILT-SITE OUT [MAVEN-OPTION...]
set -euo pipefail
root=$1 built=$2 out=$3
shift 3
qualifier=$(ls "$built/features" | sed -n 's/^io\.latentretouch\.retouch\.feature_[0-9]*\.[0-9]*\.[0-9]*\.\(.*\)\.jar$/\1/p')
if [ -z "$qualifier" ]; then
    echo "next-site: no retouch feature in $built/features" >&2
    exit 1
fi
next="$qualifier-next"
src="$out/source"
rm -rf "$out"
mkdir -p "$src"
(cd "$root" && tar --exclude=./.git --exclude=target -cf - .) | (cd "$src" && tar -xf -)
cd "$src"
modules="target-platform,$(ls -d bundles/* features/* | grep -v '\.tests$' | paste -sd,),releng/io.latentretouch.repository"
echo "next-site: building $next (the built site is $qualifier)"
./mvnw -q verify -DskipTests -DforceContextQualifier="$next" -Dlr.baseline.repository="file://$(cd "$built" && pwd)" -pl "$modules" "$@"
mv "$src/releng/io.latentretouch.repository/target/repository" "$out/repository"
rm -rf "$src"
echo "next-site: $out/repository"
