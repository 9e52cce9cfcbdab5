package io.latentretouch.imaging.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes files so that a crash or a full disk never leaves a half file under the final name: the bytes go to a
 * temporary file in the same folder (created with the folder's default permissions, as any other file the user
 * saves), are forced to disk, and are then put under the target name in one step: renamed over it when it may be
 * replaced, else hard-linked to it, which fails when the name exists, so two writers racing for one name cannot both
 * win (on file systems without hard links, the name is first reserved by creating it exclusively). On failure the
 * temporary file is removed and the target is as it was.
 */
public final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /**
     * @param replace whether an existing target may be replaced
     * @throws ImageIoException {@code EXISTS} when {@code replace} is false and the name is taken (also when another
     *                          writer took it a moment ago), {@code NOT_WRITABLE} or {@code NO_SPACE}, naming the target
     */
    public static void write(Path target, byte[] bytes, boolean replace) throws ImageIoException {
        Path folder = target.toAbsolutePath().getParent();
        if (!replace) {
            requireFree(target);
        }
        Path temp = null;
        try {
            temp = temporary(folder, target);
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer b = ByteBuffer.wrap(bytes);
                while (b.hasRemaining()) {
                    ch.write(b);
                }
                ch.force(true);
            }
            if (replace) {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                temp = null;
            } else {
                placeWithoutReplacing(temp, target);
            }
        } catch (FileAlreadyExistsException e) {
            throw exists(target, e);
        } catch (IOException e) {
            throw failure(target, folder, bytes.length, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the failure being reported matters more than a leftover temporary file
                }
            }
        }
    }

    /**
     * Fails when the name is taken now: a cheap early answer before the bytes are made. The write itself still claims
     * the name atomically, so a writer that takes it in between is caught there.
     *
     * @throws ImageIoException {@code EXISTS}
     */
    public static void requireFree(Path target) throws ImageIoException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw exists(target, null);
        }
    }

    /** A new, empty, uniquely named file beside the target, with the default permissions (not a temp file's 0600). */
    private static Path temporary(Path folder, Path target) throws IOException {
        for (int attempt = 0;; attempt++) {
            Path temp = folder.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** Links the finished file under the target name, which fails if it exists; falls back to reserving the name. */
    private static void placeWithoutReplacing(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (e instanceof FileAlreadyExistsException exists) {
                throw exists;
            }
            Files.createFile(target);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static ImageIoException exists(Path target, IOException cause) {
        return new ImageIoException(ImageIoException.Kind.EXISTS, target, "already exists and is not replaced", cause);
    }

    private static ImageIoException failure(Path target, Path folder, long size, IOException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("No space left")) {
            return new ImageIoException(ImageIoException.Kind.NO_SPACE, target, "the disk is full (" + (size >> 10)
                    + " KB to write); nothing was changed, free some space and save again", e);
        }
        if (e instanceof AccessDeniedException || message.contains("Read-only file system")) {
            return new ImageIoException(ImageIoException.Kind.NOT_WRITABLE, target, "the folder " + folder
                    + " cannot be written to (read-only or no permission); nothing was changed, save elsewhere", e);
        }
        return new ImageIoException(ImageIoException.Kind.NOT_WRITABLE, target, "cannot be written: " + message + "; nothing was changed", e);
    }
}
