package io.latentretouch.imaging.color;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes ICC v4 matrix/TRC RGB display profiles: description, copyright, white, adaptation, colorants, curves. */
final class IccWriter {

    private IccWriter() {
    }

    static byte[] write(String description, double[] toXyzD50, double[] chad, int curveType, double[] curve) {
        Map<String, byte[]> tags = new LinkedHashMap<>();
        tags.put("desc", mluc(description));
        tags.put("cprt", mluc("No copyright, use freely"));
        tags.put("wtpt", xyz(Matrices.D50[0], Matrices.D50[1], Matrices.D50[2]));
        tags.put("chad", sf32(chad));
        tags.put("rXYZ", xyz(toXyzD50[0], toXyzD50[3], toXyzD50[6]));
        tags.put("gXYZ", xyz(toXyzD50[1], toXyzD50[4], toXyzD50[7]));
        tags.put("bXYZ", xyz(toXyzD50[2], toXyzD50[5], toXyzD50[8]));
        byte[] para = para(curveType, curve);
        tags.put("rTRC", para);
        tags.put("gTRC", para);
        tags.put("bTRC", para);

        int tableSize = 4 + 12 * tags.size();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        ByteBuffer table = ByteBuffer.allocate(tableSize).putInt(tags.size());
        Map<byte[], Integer> offsets = new java.util.IdentityHashMap<>();
        for (Map.Entry<String, byte[]> tag : tags.entrySet()) {
            Integer offset = offsets.get(tag.getValue());
            if (offset == null) {
                offset = 128 + tableSize + data.size();
                offsets.put(tag.getValue(), offset);
                data.writeBytes(tag.getValue());
                while (data.size() % 4 != 0) {
                    data.write(0);
                }
            }
            table.put(tag.getKey().getBytes(StandardCharsets.US_ASCII)).putInt(offset).putInt(tag.getValue().length);
        }
        int size = 128 + tableSize + data.size();
        ByteBuffer header = ByteBuffer.allocate(128);
        header.putInt(size).putInt(0).putInt(0x04300000) // size, no preferred CMM, version 4.3
                .put(ascii("mntr")).put(ascii("RGB ")).put(ascii("XYZ "))
                .putShort((short) 2026).putShort((short) 1).putShort((short) 1).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                .put(ascii("acsp")).putInt(0).putInt(0).putInt(0).putInt(0).putLong(0).putInt(0) // platform, flags, maker, model, attributes, intent
                .putInt(s15(Matrices.D50[0])).putInt(s15(Matrices.D50[1])).putInt(s15(Matrices.D50[2])); // illuminant
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.writeBytes(header.array());
        out.writeBytes(table.array());
        out.writeBytes(data.toByteArray());
        return out.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static int s15(double v) {
        return (int) Math.round(v * 65536);
    }

    private static byte[] xyz(double x, double y, double z) {
        return ByteBuffer.allocate(20).put(ascii("XYZ ")).putInt(0).putInt(s15(x)).putInt(s15(y)).putInt(s15(z)).array();
    }

    private static byte[] sf32(double[] m) {
        ByteBuffer b = ByteBuffer.allocate(8 + 4 * m.length).put(ascii("sf32")).putInt(0);
        for (double v : m) {
            b.putInt(s15(v));
        }
        return b.array();
    }

    private static byte[] para(int type, double[] params) {
        ByteBuffer b = ByteBuffer.allocate(12 + 4 * params.length).put(ascii("para")).putInt(0).putShort((short) type).putShort((short) 0);
        for (double p : params) {
            b.putInt(s15(p));
        }
        return b.array();
    }

    private static byte[] mluc(String text) {
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16BE);
        return ByteBuffer.allocate(28 + utf16.length).put(ascii("mluc")).putInt(0).putInt(1).putInt(12)
                .put(ascii("en")).put(ascii("US")).putInt(utf16.length).putInt(28).put(utf16).array();
    }
}
