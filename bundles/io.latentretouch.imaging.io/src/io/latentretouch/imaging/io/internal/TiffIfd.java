package io.latentretouch.imaging.io.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.HashMap;
import java.util.Map;

/**
 * One image directory of a TIFF file (classic or BigTIFF) or of an EXIF block (which is TIFF-structured), read without
 * loading the file: the first, or one another directory's pointer tag names (the EXIF sub-directory).
 */
final class TiffIfd {

    /** Directories with more entries than this are not images; the rest of it is ignored. */
    private static final int MAX_ENTRIES = 4096;

    private record Entry(int type, long count, long valueOrOffset, int valueAt) {
    }

    /** Where the directory's bytes come from: a file or an EXIF block. */
    @FunctionalInterface
    interface Source {
        /** Reads into {@code into} from byte {@code at}; @return the count read, -1 at the end */
        int read(ByteBuffer into, long at) throws IOException;
    }

    private final Source ch;
    private final long size;
    private final ByteOrder order;
    private final boolean big;
    private final Map<Integer, Entry> entries = new HashMap<>();
    private final long directoryAt;

    private TiffIfd(Source ch, long size, ByteOrder order, boolean big, long directoryAt) throws IOException {
        this.ch = ch;
        this.size = size;
        this.order = order;
        this.big = big;
        this.directoryAt = directoryAt;
        ByteBuffer n = read(directoryAt, big ? 8 : 2);
        long count = n.limit() < (big ? 8 : 2) ? 0 : big ? n.getLong(0) : n.getShort(0) & 0xffff;
        int width = big ? 20 : 12;
        long first = directoryAt + (big ? 8 : 2);
        ByteBuffer all = read(first, (int) Math.min(count, MAX_ENTRIES) * width);
        for (int e = 0; (e + 1) * width <= all.limit(); e++) {
            int at = e * width;
            int tag = all.getShort(at) & 0xffff;
            int type = all.getShort(at + 2) & 0xffff;
            long n2 = big ? all.getLong(at + 4) : all.getInt(at + 4) & 0xffffffffL;
            long value = big ? all.getLong(at + 12) : all.getInt(at + 8) & 0xffffffffL;
            entries.put(tag, new Entry(type, n2, value, (int) first + at + (big ? 12 : 8)));
        }
    }

    /** The first directory of what the source holds. */
    private static TiffIfd first(Source ch, long size) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(16);
        while (head.hasRemaining() && ch.read(head, head.position()) > 0) {
            // until full or the end
        }
        head.flip();
        if (head.limit() < 8) {
            throw new IOException("too short for a TIFF header");
        }
        ByteOrder order = head.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        head.order(order);
        boolean big = head.getShort(2) == 43;
        long at = big ? (head.limit() < 16 ? size : head.getLong(8)) : head.getInt(4) & 0xffffffffL;
        return new TiffIfd(ch, size, order, big, at);
    }

    /** Reads the file's first directory and hands it to {@code use} while the file is open. */
    static <T> T read(Path file, Use<T> use) throws IOException {
        try (FileChannel ch = FileChannel.open(file)) {
            return use.apply(first(ch::read, ch.size()));
        }
    }

    /** The first directory of an EXIF block (its TIFF structure, without the JPEG's "Exif" prefix). */
    static TiffIfd of(byte[] block) throws IOException {
        return first((into, at) -> {
            if (at >= block.length) {
                return -1;
            }
            int n = (int) Math.min(into.remaining(), block.length - at);
            into.put(block, (int) at, n);
            return n;
        }, block.length);
    }

    /** The directory a pointer tag of this one names (34665: the EXIF sub-directory), or empty. */
    Optional<TiffIfd> sub(int tag) throws IOException {
        long[] at = values(tag, 1);
        return at.length == 0 || at[0] <= 0 || at[0] >= size ? Optional.empty() : Optional.of(new TiffIfd(ch, size, order, big, at[0]));
    }

    /** The tag's ASCII value, up to its first NUL; empty when the tag is absent or of another type. */
    Optional<String> ascii(int tag) throws IOException {
        Entry e = entries.get(tag);
        if (e == null || e.type() != 2 || e.count() > 1024) {
            return Optional.empty();
        }
        boolean inline = e.count() <= (big ? 8 : 4);
        ByteBuffer b = read(inline ? e.valueAt() : e.valueOrOffset(), (int) e.count());
        byte[] bytes = new byte[b.limit()];
        b.get(bytes);
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return Optional.of(new String(bytes, 0, end, StandardCharsets.US_ASCII));
    }

    @FunctionalInterface
    interface Use<T> {
        T apply(TiffIfd ifd) throws IOException;
    }

    long fileSize() {
        return size;
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
        return b.flip().order(order);
    }
}
