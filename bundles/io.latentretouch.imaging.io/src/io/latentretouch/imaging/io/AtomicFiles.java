package io.latentretouch.imaging.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a crash or a full disk never leaves a half file under the final name: the bytes go to a
 * temporary file in the same folder, are forced to disk, and the temporary file is renamed over the target in one
 * step. On failure the temporary file is removed and the target is as it was.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * @param replace whether an existing target may be replaced
     * @throws ImageIoException {@code NOT_WRITABLE} or {@code NO_SPACE}, naming the target
     */
    public static void write(Path target, byte[] bytes, boolean replace) throws ImageIoException {
        Path folder = target.toAbsolutePath().getParent();
        if (!replace && Files.exists(target)) {
            throw new ImageIoException(ImageIoException.Kind.NOT_WRITABLE, target, "already exists and is not replaced");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer b = ByteBuffer.wrap(bytes);
                while (b.hasRemaining()) {
                    ch.write(b);
                }
                ch.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
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
        if (e instanceof FileAlreadyExistsException) {
            return new ImageIoException(ImageIoException.Kind.NOT_WRITABLE, target, "already exists and is not replaced", e);
        }
        return new ImageIoException(ImageIoException.Kind.NOT_WRITABLE, target, "cannot be written: " + message + "; nothing was changed", e);
    }
}
