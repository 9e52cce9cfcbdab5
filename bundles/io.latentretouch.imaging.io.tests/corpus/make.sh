#!/usr/bin/env bash
# Makes the decoding corpus: every encoding a studio's files come in, from one real photograph (astronaut.png, see
# releng/real-world) and a soft-edged cut-out of it, by the tools that write such files in the wild (ImageMagick,
# libtiff's tiffcp, libwebp, apngasm). Usage: make.sh ASTRONAUT_PNG OUT_DIR. Writes OUT_DIR/<kind>.<ext>; fails on
# the first tool that is missing or fails, naming it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$1
out=$2
for tool in convert tiffcp cwebp img2webp apngasm python3; do
  command -v "$tool" >/dev/null || { echo "corpus: $tool is missing (apt-get install imagemagick libtiff-tools webp apngasm)" >&2; exit 1; }
done
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"

# the sources: a non-square crop (so a transposed decode cannot pass), its grey, a cut-out with a soft alpha edge
convert "$src" -crop 240x180+136+40 +repage -strip rgb.png
convert rgb.png -colorspace Gray -strip grey.png
convert rgb.png \( -size 240x180 xc:black -fill white -draw "ellipse 120,90 100,76 0,360" -blur 0x6 \) \
  -alpha off -compose CopyOpacity -composite -strip rgba.png
convert grey.png \( rgba.png -alpha extract \) -alpha off -compose CopyOpacity -composite -strip greya.png

# PNG
convert rgb.png -depth 8 PNG24:"$out/png-rgb8.png"
convert rgb.png -depth 16 PNG48:"$out/png-rgb16.png"
convert rgba.png -depth 8 PNG32:"$out/png-rgba8.png"
convert rgba.png -depth 16 PNG64:"$out/png-rgba16.png"
for bits in 1 2 4 8 16; do
  convert grey.png +dither -posterize $((1 << bits)) -depth "$bits" -define png:color-type=0 -define png:bit-depth="$bits" "$out/png-grey$bits.png"
done
convert greya.png -depth 8 -define png:bit-depth=8 -define png:color-type=4 "$out/png-greya8.png"
convert greya.png -depth 16 -define png:bit-depth=16 -define png:color-type=4 "$out/png-greya16.png"
convert rgb.png -colors 200 PNG8:"$out/png-indexed.png"
convert rgba.png -channel A -threshold 50% +channel -colors 200 PNG8:"$out/png-indexed-trns.png"
convert rgb.png -interlace PNG PNG24:"$out/png-interlaced.png"
cp rgb.png frame1.png
convert rgb.png -flop frame2.png
apngasm "$out/png-apng.png" frame1.png 1 10 -kc >/dev/null

# TIFF: ImageMagick writes the layouts, tiffcp the compressions, tiling, planes, pages and BigTIFF
convert grey.png -threshold 50% -depth 1 -compress None bilevel.tif
for c in g3 g4 packbits; do
  tiffcp -c "$c" bilevel.tif "$out/tiff-bilevel-$c.tif"
done
for bits in 1 2 4 8 16; do
  convert grey.png +dither -posterize $((1 << bits)) -depth "$bits" -type Grayscale -compress None "$out/tiff-grey$bits.tif"
done
convert rgb.png -colors 200 -type Palette -compress LZW "$out/tiff-palette.tif"
convert rgb.png -depth 8 -compress None "$out/tiff-rgb8.tif"
convert rgb.png -depth 16 -compress LZW "$out/tiff-rgb16.tif"
convert rgba.png -depth 8 -compress None "$out/tiff-rgba8.tif"
convert rgba.png -depth 16 -compress Zip "$out/tiff-rgba16.tif"
convert rgb.png -colorspace Lab -depth 8 -compress None "$out/tiff-lab.tif"
convert rgb.png -depth 32 -define quantum:format=floating-point -compress Zip "$out/tiff-float32.tif"
convert rgb.png -colorspace CMYK -depth 8 -compress None cmyk8.tif
convert rgb.png -colorspace CMYK -depth 16 -compress None cmyk16.tif
cp cmyk8.tif "$out/tiff-cmyk8.tif"
tiffcp -c lzw cmyk8.tif "$out/tiff-cmyk8-lzw.tif"
tiffcp -c zip cmyk16.tif "$out/tiff-cmyk16-deflate.tif"
tiffcp -c jpeg:90 cmyk8.tif "$out/tiff-cmyk8-jpeg.tif"
convert rgb.png -depth 8 -compress None rgb8.tif
tiffcp -c jpeg:90 -r 16 rgb8.tif "$out/tiff-rgb8-jpeg.tif"
tiffcp -p separate rgb8.tif "$out/tiff-planar.tif"
tiffcp -t -w 64 -l 64 -c lzw rgb8.tif "$out/tiff-tiled.tif"
convert grey.png -depth 8 -compress None page2.tif
tiffcp rgb8.tif page2.tif "$out/tiff-multipage.tif"
tiffcp -8 -c lzw rgb8.tif "$out/tiff-bigtiff.tif"
# a valid TIFF in a compression we do not read (34712, JPEG 2000): the baseline file with its compression tag changed
python3 - "$out/tiff-rgb8.tif" "$out/tiff-jpeg2000.tif" <<'PY'
import struct, sys
b = bytearray(open(sys.argv[1], 'rb').read())
o = '<' if b[:2] == b'II' else '>'
ifd = struct.unpack(o + 'I', b[4:8])[0]
for e in range(struct.unpack(o + 'H', b[ifd:ifd + 2])[0]):
    at = ifd + 2 + 12 * e
    if struct.unpack(o + 'H', b[at:at + 2])[0] == 259:
        b[at + 8:at + 10] = struct.pack(o + 'H', 34712)
open(sys.argv[2], 'wb').write(b)
PY

# JPEG
convert rgb.png -quality 90 "$out/jpeg-baseline.jpg"
convert rgb.png -quality 90 -interlace JPEG "$out/jpeg-progressive.jpg"
convert grey.png -quality 90 -colorspace Gray "$out/jpeg-grey.jpg"
# ImageMagick writes a CMYK JPEG YCCK-coded (Adobe transform 2), as Photoshop does
convert rgb.png -colorspace CMYK -quality 90 "$out/jpeg-ycck.jpg"
# a 12-bit JPEG: ImageMagick's libjpeg writes only 8 bits, so the baseline file's frame header is turned into an
# extended 12-bit one; a decoder must refuse it from the header alone
python3 - "$out/jpeg-baseline.jpg" "$out/jpeg-12bit.jpg" <<'PY'
import sys
b = bytearray(open(sys.argv[1], 'rb').read())
i = b.index(b'\xff\xc0')
b[i + 1] = 0xC1
b[i + 4] = 12
open(sys.argv[2], 'wb').write(b)
PY

python3 "$here/ojpeg.py" "$out/jpeg-baseline.jpg" 240 180 "$out/tiff-ojpeg.tif"

# PSD (layered, flattened by the reader), WebP
convert rgb.png \( rgba.png -flop \) "$out/psd-layers.psd"
cwebp -quiet -q 90 rgb.png -o "$out/webp-lossy.webp"
cwebp -quiet -lossless rgb.png -o "$out/webp-lossless.webp"
cwebp -quiet -lossless -exact rgba.png -o "$out/webp-alpha.webp"
img2webp -lossless rgb.png frame2.png -o "$out/webp-animated.webp" >/dev/null 2>&1
