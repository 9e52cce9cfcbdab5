"""Writes an old-style JPEG-in-TIFF (compression 6, TIFF 6.0 section 22): one strip holding a whole JFIF stream,
pointed to by JPEGInterchangeFormat, as scanners and early cameras wrote them. No current tool writes the layout,
which is why readers still meet it in archives. Usage: ojpeg.py JFIF.jpg WIDTH HEIGHT OUT.tif"""
import struct
import sys

jpeg = open(sys.argv[1], 'rb').read()
width, height = int(sys.argv[2]), int(sys.argv[3])
SHORT, LONG = 3, 4
tags = [
    (256, LONG, 1, width),          # ImageWidth
    (257, LONG, 1, height),         # ImageLength
    (258, SHORT, 3, None),          # BitsPerSample 8,8,8 (stored after the IFD)
    (259, SHORT, 1, 6),             # Compression: old-style JPEG
    (262, SHORT, 1, 6),             # PhotometricInterpretation: YCbCr
    (273, LONG, 1, None),           # StripOffsets
    (277, SHORT, 1, 3),             # SamplesPerPixel
    (278, LONG, 1, height),         # RowsPerStrip
    (279, LONG, 1, len(jpeg)),      # StripByteCounts
    (284, SHORT, 1, 1),             # PlanarConfiguration: chunky
    (513, LONG, 1, None),           # JPEGInterchangeFormat
    (514, LONG, 1, len(jpeg)),      # JPEGInterchangeFormatLength
    (530, SHORT, 2, None),          # YCbCrSubSampling 1, 1 (the stream's own: 4:4:4)
]
ifd_size = 2 + 12 * len(tags) + 4
bits_at = 8 + ifd_size
data_at = bits_at + 6
out = bytearray(b'II*\x00' + struct.pack('<I', 8))
out += struct.pack('<H', len(tags))
for tag, kind, count, value in tags:
    if tag == 258:
        value = bits_at
    elif tag in (273, 513):
        value = data_at
    out += struct.pack('<HHI', tag, kind, count)
    if tag == 530:
        out += struct.pack('<HH', 1, 1)
    elif kind == SHORT and count == 1:
        out += struct.pack('<HH', value, 0)
    else:
        out += struct.pack('<I', value)
out += struct.pack('<I', 0)
out += struct.pack('<HHH', 8, 8, 8)
out += jpeg
open(sys.argv[4], 'wb').write(out)
