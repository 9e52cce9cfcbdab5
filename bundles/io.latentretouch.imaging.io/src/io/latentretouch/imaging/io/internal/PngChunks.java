package io.latentretouch.imaging.io.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Rewrites the ancillary chunks of a PNG: the exact ICC profile as {@code iCCP} right after {@code IHDR} (dropping
 * any sRGB, gamma or chromaticity chunks that would contradict it) and an XMP packet as the standard {@code iTXt}
 * chunk before the first {@code IDAT}, where the XMP specification asks for it (readers that stop at the image data,
 * and exiftool's warning, see metadata after it as misplaced).
 */
final class PngChunks {

    private static final Set<String> REPLACED = Set.of("iCCP", "sRGB", "gAMA", "cHRM");
    private static final String XMP_KEYWORD = "XML:com.adobe.xmp";

    private PngChunks() {
    }

    static byte[] rewrite(byte[] png, byte[] icc, String xmp) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + (icc == null ? 0 : icc.length) + (xmp == null ? 0 : xmp.length() * 2));
        out.write(png, 0, 8);
        ByteBuffer b = ByteBuffer.wrap(png);
        int pos = 8;
        boolean xmpWritten = xmp == null;
        while (pos + 12 <= png.length) {
            int length = b.getInt(pos);
            String type = new String(png, pos + 4, 4, StandardCharsets.US_ASCII);
            int end = pos + 12 + length;
            boolean ourXmp = type.equals("iTXt") && startsWith(png, pos + 8, XMP_KEYWORD);
            if (!xmpWritten && (type.equals("IDAT") || type.equals("IEND"))) {
                chunk(out, "iTXt", itxt(xmp));
                xmpWritten = true;
            }
            if (!(icc != null && REPLACED.contains(type)) && !(xmp != null && ourXmp)) {
                out.write(png, pos, end - pos);
            }
            if (type.equals("IHDR") && icc != null) {
                chunk(out, "iCCP", iccp(icc));
            }
            pos = end;
        }
        return out.toByteArray();
    }

    private static byte[] iccp(byte[] icc) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes("ICC Profile".getBytes(StandardCharsets.ISO_8859_1));
        data.write(0);
        data.write(0);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(icc);
        deflater.finish();
        byte[] buf = new byte[8192];
        while (!deflater.finished()) {
            data.write(buf, 0, deflater.deflate(buf));
        }
        deflater.end();
        return data.toByteArray();
    }

    private static byte[] itxt(String xmp) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(XMP_KEYWORD.getBytes(StandardCharsets.ISO_8859_1));
        data.writeBytes(new byte[] {0, 0, 0, 0, 0}); // separator, uncompressed, method, empty language, empty translation
        data.writeBytes(xmp.getBytes(StandardCharsets.UTF_8));
        return data.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static boolean startsWith(byte[] data, int offset, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        if (offset + p.length > data.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (data[offset + i] != p[i]) {
                return false;
            }
        }
        return true;
    }
}
