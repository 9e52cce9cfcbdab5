#!/usr/bin/env bash
# Makes docs/screenshots/face-levels.png after `./mvnw verify`: a real portrait (astronaut.png, public domain, from
# Debian's python3-skimage, see releng/real-world) retouched headless at imperfection levels 1, 3 and 5, each crop of
# the face enlarged 3× beside the others. Needs ImageMagick's convert and montage (apt-get install imagemagick).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
headless=$root/releng/io.latentretouch.headless/target/latent-retouch-headless/latent-retouch-headless/bin/latent-retouch
[ -x "$headless" ] || { echo "face-levels: $headless is missing; run ./mvnw verify first" >&2; exit 1; }
command -v montage >/dev/null || { echo "face-levels: ImageMagick's montage is missing (apt-get install imagemagick)" >&2; exit 1; }
photos=$(bash "$root/releng/real-world/fetch.sh")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$(find "$photos" -name astronaut.png)" "$work/astronaut.png"
tiles=()
for level in 1 3 5; do
  cat >"$work/level-$level.json" <<JSON
{ "format": "latent-retouch-recipe", "version": 2, "name": "level $level", "steps": [ { "op": "imperfection", "level": $level } ] }
JSON
  "$headless" retouch --recipe "$work/level-$level.json" "$work/astronaut.png" >/dev/null
  variant=$(ls "$work"/astronaut.variants/astronaut-level-$level-*.png)
  convert "$variant" -crop 150x170+150+50 +repage -filter point -resize 300% "$work/tile-$level.png"
  tiles+=(-label "level $level" "$work/tile-$level.png")
done
mkdir -p "$root/docs/screenshots"
montage "${tiles[@]}" -tile 3x1 -geometry +6+6 -pointsize 18 "$root/docs/screenshots/face-levels.png"
echo "wrote $root/docs/screenshots/face-levels.png"
