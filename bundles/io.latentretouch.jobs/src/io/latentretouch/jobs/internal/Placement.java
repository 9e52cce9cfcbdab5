package io.latentretouch.jobs.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.latentretouch.imaging.io.metadata.Sidecars;
import io.latentretouch.retouch.SavedVariant;

/**
 * Puts a variant written under a temporary name into place: each of its files (the variant, its labelled copy, their
 * sidecars) renamed in one step over the final name, then the folder forced to disk so the renames survive a power
 * cut. A second attempt after a crash writes the same names again: no {@code -2} duplicates.
 */
final class Placement {

    /** Temporary names begin with a dot and hold {@code .part}: ours and the atomic writer's. */
    static final String PART = ".part";

    private Placement() {
    }

    /** The variant's temporary base name for a job's attempt: hidden, beside the final one. */
    static String temporary(String base, long lease) {
        return "." + base + ".attempt" + lease + PART;
    }

    /**
     * Renames the written files (named {@code temp…}) to the same names beginning {@code base} instead.
     *
     * @return the variant's final path
     */
    static Path place(SavedVariant written, String temp, String base) throws IOException {
        List<Path> files = new ArrayList<>(List.of(written.file(), Sidecars.of(written.file())));
        if (written.labelled() != null) {
            files.add(written.labelled());
            files.add(Sidecars.of(written.labelled()));
        }
        Path folder = written.file().getParent();
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (Files.exists(f) && name.startsWith(temp)) {
                Files.move(f, folder.resolve(base + name.substring(temp.length())), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        }
        return folder.resolve(base + written.file().getFileName().toString().substring(temp.length()));
    }

    /**
     * Removes what earlier attempts of the variant named {@code base} left under temporary names (an attempt that
     * crashed, or lost its claim, before renaming). Only this variant's: other jobs may be writing beside it.
     *
     * @return how many files
     */
    static int sweep(Path folder, String base) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        // ours, and the atomic writer's own temporary copies of ours (a dot before our dotted name)
        String ours = "." + base + ".attempt";
        List<Path> left;
        try (Stream<Path> files = Files.list(folder)) {
            left = files.filter(f -> {
                String name = f.getFileName().toString();
                return (name.startsWith(ours) || name.startsWith("." + ours)) && name.contains(PART);
            }).toList();
        }
        for (Path f : left) {
            Files.deleteIfExists(f);
        }
        return left.size();
    }
}
