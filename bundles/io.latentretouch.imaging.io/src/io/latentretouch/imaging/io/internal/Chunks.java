package io.latentretouch.imaging.io.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Finding one chunk of a PNG or RIFF (WebP) file by walking the chunk headers, without reading the image data. */
final class Chunks {

    /** Chunks larger than this are not metadata; nothing we look for is. */
    private static final int MAX = 1 << 20;

    private Chunks() {
    }

    /** The data of the first PNG chunk of this type, or null. */
    static byte[] png(Path file, String type) throws IOException {
        return find(file, 8, type, ByteOrder.BIG_ENDIAN, true);
    }

    /** The data of the first chunk of this type inside a RIFF file's top-level list, or null. */
    static byte[] riff(Path file, String type) throws IOException {
        return find(file, 12, type, ByteOrder.LITTLE_ENDIAN, false);
    }

    private static byte[] find(Path file, long start, String type, ByteOrder order, boolean png) throws IOException {
        try (FileChannel ch = FileChannel.open(file)) {
            long pos = start;
            ByteBuffer head = ByteBuffer.allocate(8).order(order);
            while (pos + 8 <= ch.size()) {
                head.clear();
                if (ch.read(head, pos) < 8) {
                    return null;
                }
                long length = png ? head.getInt(0) & 0xffffffffL : head.getInt(4) & 0xffffffffL;
                String name = new String(head.array(), png ? 4 : 0, 4, StandardCharsets.US_ASCII);
                if (name.equals(type)) {
                    if (length > MAX || pos + 8 + length > ch.size()) {
                        return null;
                    }
                    ByteBuffer data = ByteBuffer.allocate((int) length);
                    ch.read(data, pos + 8);
                    return data.array();
                }
                if (png && name.equals("IEND")) {
                    return null;
                }
                pos += 8 + length + (png ? 4 : length & 1);
            }
            return null;
        }
    }
}
