package io.latentretouch.imaging.io.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The first image directory of a TIFF file (classic or BigTIFF), read from the file without loading it. */
final class TiffIfd {

    /** Directories with more entries than this are not images; the rest of it is ignored. */
    private static final int MAX_ENTRIES = 4096;

    private record Entry(int type, long count, long valueOrOffset, int valueAt) {
    }

    private final FileChannel ch;
    private final ByteOrder order;
    private final boolean big;
    private final Map<Integer, Entry> entries = new HashMap<>();
    private final long directoryAt;

    private TiffIfd(FileChannel ch) throws IOException {
        this.ch = ch;
        ByteBuffer head = read(0, 16);
        order = head.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        head.order(order);
        big = head.getShort(2) == 43;
        long ifd = big ? head.getLong(8) : head.getInt(4) & 0xffffffffL;
        directoryAt = ifd;
        ByteBuffer n = read(ifd, big ? 8 : 2);
        long count = n.limit() < (big ? 8 : 2) ? 0 : big ? n.getLong(0) : n.getShort(0) & 0xffff;
        int size = big ? 20 : 12;
        ByteBuffer all = read(ifd + (big ? 8 : 2), (int) Math.min(count, MAX_ENTRIES) * size);
        for (int e = 0; (e + 1) * size <= all.limit(); e++) {
            int at = e * size;
            int tag = all.getShort(at) & 0xffff;
            int type = all.getShort(at + 2) & 0xffff;
            long n2 = big ? all.getLong(at + 4) : all.getInt(at + 4) & 0xffffffffL;
            long value = big ? all.getLong(at + 12) : all.getInt(at + 8) & 0xffffffffL;
            entries.put(tag, new Entry(type, n2, value, (int) (ifd + (big ? 8 : 2)) + at + (big ? 12 : 8)));
        }
    }

    /** Reads the file's first directory and hands it to {@code use} while the file is open. */
    static <T> T read(Path file, Use<T> use) throws IOException {
        try (FileChannel ch = FileChannel.open(file)) {
            return use.apply(new TiffIfd(ch));
        }
    }

    @FunctionalInterface
    interface Use<T> {
        T apply(TiffIfd ifd) throws IOException;
    }

    long fileSize() throws IOException {
        return ch.size();
    }

    /** Where the first directory starts. */
    long directoryAt() {
        return directoryAt;
    }

    /** The tag's values (SHORT, LONG or LONG8), at most {@code limit} of them; empty when the tag is absent. */
    long[] values(int tag, int limit) throws IOException {
        Entry e = entries.get(tag);
        if (e == null) {
            return new long[0];
        }
        int width = switch (e.type()) {
            case 3 -> 2;
            case 16 -> 8;
            default -> 4;
        };
        int n = (int) Math.min(e.count(), limit);
        boolean inline = e.count() * width <= (big ? 8 : 4);
        ByteBuffer b = read(inline ? e.valueAt() : e.valueOrOffset(), n * width);
        long[] out = new long[b.limit() / width];
        for (int i = 0; i < out.length; i++) {
            out[i] = switch (width) {
                case 2 -> b.getShort(i * 2) & 0xffff;
                case 8 -> b.getLong(i * 8);
                default -> b.getInt(i * 4) & 0xffffffffL;
            };
        }
        return out;
    }

    private ByteBuffer read(long at, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(Math.max(0, length));
        while (b.hasRemaining() && ch.read(b, at + b.position()) > 0) {
            // until full or the end of the file
        }
        return b.flip().order(order == null ? ByteOrder.BIG_ENDIAN : order);
    }
}
