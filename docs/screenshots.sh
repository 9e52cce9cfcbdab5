#!/usr/bin/env bash
# Makes the README's screenshots of the real workbench under Xvfb, after `./mvnw verify`:
# the built full product (io.latentretouch.studio) on a generated shoot, imported into the default catalog.
# Needs xvfb-run and ImageMagick's `import` (apt-get install xvfb imagemagick).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
product=$root/releng/io.latentretouch.product/target/products/io.latentretouch.studio/linux/gtk/x86_64/latent-retouch
headless=$root/releng/io.latentretouch.headless/target/latent-retouch-headless/latent-retouch-headless/bin/latent-retouch
out=$root/docs/screenshots
for f in "$product/latent-retouch" "$headless"; do
  [ -e "$f" ] || { echo "screenshots: $f is missing; run ./mvnw verify first" >&2; exit 1; }
done
command -v import >/dev/null || { echo "screenshots: ImageMagick's import is missing (apt-get install imagemagick)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -a "$product" "$work/product"

# a small library: the main job's sample shoot under the (temporary) user's Pictures
mkdir -p "$work/home/Pictures"
(cd "$work/home/Pictures" && "$headless" retouch >/dev/null && mv latent-retouch-shoot shoot-2026-11)
portrait=$(ls "$work"/home/Pictures/shoot-2026-11/portrait-*.jpg | head -1)
# the shoot in the catalog the workbench opens by default
"$headless" import --catalog "jdbc:sqlite:$work/home/Pictures/Latent Retouch Catalog/catalog.db" "$work/home/Pictures/shoot-2026-11" >/dev/null
for ws in library latent-retouch; do  # the Library opens on the shoot, as if chosen with File > Open Folder...
  prefs=$work/workspace-$ws/.metadata/.plugins/org.eclipse.core.runtime/.settings
  mkdir -p "$prefs"
  printf 'eclipse.preferences.version=1\nlibraryRoot=%s\n' "$work/home/Pictures/shoot-2026-11" >"$prefs/io.latentretouch.workbench.ui.prefs"
done

shoot() { # perspective-id file [image to open]
  HOME=$work/home LR_JAVA_OPTS=-Duser.home=$work/home xvfb-run -a -s "-screen 0 1400x900x24" bash -c '
    "$0" -data "$1" -perspective "$2" $4 & pid=$!
    sleep 15; import -window root "$3"; kill $pid; wait $pid || true' \
    "$work/product/latent-retouch" "$work/workspace-${2%.png}" "$1" "$out/$2" "${3:-}"
  echo "wrote $out/$2"
}
mkdir -p "$out"
shoot io.latentretouch.workbench.ui.library library.png
shoot io.latentretouch.retouch.ui.perspective latent-retouch.png "$portrait"
# the before/after split at level 1.5 is taken by the canvas test in the real window, the catalog's Library with an
# expanded stack and a variant's metadata by the metadata view's test:
(cd "$root" && xvfb-run -a -s "-screen 0 1280x900x24" ./mvnw -q -o verify -pl target-platform,bundles/io.latentretouch.imaging,\
bundles/io.latentretouch.imaging.io,bundles/io.latentretouch.inference.api,bundles/io.latentretouch.inference.models,\
bundles/io.latentretouch.models.mediapipe,bundles/io.latentretouch.inference.onnx,bundles/io.latentretouch.retouch.core,\
bundles/io.latentretouch.assets.api,bundles/io.latentretouch.assets.jdbc,bundles/io.latentretouch.batch,bundles/io.latentretouch.jobs,\
bundles/io.latentretouch.workbench.ui,bundles/io.latentretouch.catalog.ui,bundles/io.latentretouch.catalog.ui.tests,\
bundles/io.latentretouch.retouch.ui,bundles/io.latentretouch.retouch.ui.tests -Dtest=CanvasWorkflowTest,MetadataViewTest \
-Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false -Dscreenshots="$out")
echo "wrote $out/before-after.png and $out/catalog.png"
