package io.latentretouch.assets.jdbc.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import io.latentretouch.assets.CatalogException;

/**
 * The one-writer lock of an embedded catalog: an OS lock on {@code catalog.db.lock} holding the host and pid of the
 * process that has it open, so a second process (or a second open in this one) is told who holds it. The OS drops the
 * lock when the process dies, however it dies.
 */
final class EmbeddedLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private EmbeddedLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The process's name in the journal and in lock files: {@code host:pid}. */
    static String holder() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "localhost";
        }
        return host + ":" + ProcessHandle.current().pid();
    }

    /** @throws CatalogException {@code LOCKED} naming the holder, {@code UNREACHABLE} when the folder is not writable */
    static EmbeddedLock take(Path database) throws CatalogException {
        Path file = database.resolveSibling(database.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                ByteBuffer held = ByteBuffer.allocate(256);
                int n = channel.read(held, 0);
                String by = n > 0 ? new String(held.array(), 0, n, StandardCharsets.UTF_8).trim() : "another process";
                channel.close();
                throw new CatalogException(CatalogException.Kind.LOCKED, "The catalog " + database + " is open in another process (" + by
                        + "): an embedded catalog has one user at a time; close it there, or share a PostgreSQL catalog between seats");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            return new EmbeddedLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new CatalogException(CatalogException.Kind.UNREACHABLE, "Cannot lock the catalog " + database + ": " + e.getMessage(), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // nothing to release
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel's close below releases it too
        }
        closeQuietly(channel);
    }
}
