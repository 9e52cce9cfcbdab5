package io.latentretouch.jobs.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.adobe.internal.xmp.XMPException;

import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.imaging.io.OutputFormat;
import io.latentretouch.imaging.io.metadata.ProvenanceXmp;
import io.latentretouch.imaging.io.metadata.Sidecars;
import io.latentretouch.retouch.SavedVariant;
import io.latentretouch.retouch.Variants;

/**
 * Puts a variant written under a temporary name into place: each of its files (the variant, its labelled copy, their
 * sidecars) renamed in one step over the final name, then the folder forced to disk so the renames survive a power
 * cut. A second attempt after a crash writes the same names again: no {@code -2} duplicates; or finds the variant in
 * place, and keeps it.
 */
final class Placement {

    /** Temporary names begin with a dot and hold {@code .part}: ours and the atomic writer's. */
    static final String PART = ".part";

    /** The folder beside a job's variants where files found under their names, not theirs, are kept. */
    static final String QUARANTINE = ".quarantine";

    private Placement() {
    }

    /** The variant's temporary base name for a job's attempt: hidden, beside the final one. */
    static String temporary(String base, long lease) {
        return "." + base + ".attempt" + lease + PART;
    }

    /**
     * Renames the written files (named {@code temp…}) to the same names beginning {@code base} instead, the variant
     * itself last: once it has its final name, its sidecar and labelled copy have theirs.
     *
     * @return the variant's final path
     */
    static Path place(SavedVariant written, String temp, String base) throws IOException {
        List<Path> files = new ArrayList<>();
        if (written.labelled() != null) {
            files.add(Sidecars.of(written.labelled()));
            files.add(written.labelled());
        }
        files.add(Sidecars.of(written.file()));
        files.add(written.file());
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
     * Removes what attempts of the variant named {@code base} up to the lease {@code upTo} left under temporary names
     * (an attempt that crashed, or lost its claim, before renaming). Only this variant's, and only those attempts': other
     * jobs, and a later claim of this one, may be writing beside it.
     *
     * @return how many files
     */
    static int sweep(Path folder, String base, long upTo) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        Predicate<String> ours = temporaries(base, upTo);
        List<Path> left;
        try (Stream<Path> files = Files.list(folder)) {
            left = files.filter(f -> ours.test(f.getFileName().toString())).toList();
        }
        for (Path f : left) {
            Files.deleteIfExists(f);
        }
        return left.size();
    }

    /**
     * The names of a folder's hidden files, where every attempt's temporary files are: read once for all the variants
     * of a folder, so that {@link #sweep} is called only for those with some ({@link #anyOf}).
     */
    static Set<String> hidden(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".")).collect(Collectors.toSet());
        }
    }

    /** Whether some of a folder's hidden names are what {@link #sweep} removes. */
    static boolean anyOf(Set<String> hidden, String base, long upTo) {
        return hidden.stream().anyMatch(temporaries(base, upTo));
    }

    /**
     * The names of the temporary files of the variant {@code base}'s attempts up to the lease {@code upTo}: ours, and
     * the atomic writer's own temporary copies of ours (a dot before our dotted name).
     */
    private static Predicate<String> temporaries(String base, long upTo) {
        Pattern ours = Pattern.compile("\\.{1,2}" + Pattern.quote(base) + "\\.attempt(\\d+)" + Pattern.quote(PART) + ".*");
        return name -> {
            Matcher m = ours.matcher(name);
            return m.matches() && Long.parseLong(m.group(1)) <= upTo;
        };
    }

    /** The catalog key a variant's XMP records, or null when it records none or cannot be read (not one of ours). */
    static String keyOf(Path variant) {
        try {
            return ProvenanceXmp.variantKey(Sidecars.readWithEmbedded(variant));
        } catch (ImageIoException | XMPException e) {
            return null;
        }
    }

    /**
     * Moves the files under the names of the variant {@code base} (the variant, its labelled copy, their sidecars) into
     * the folder's hidden {@code .quarantine} folder, where an import does not look, a name taken there getting a number.
     *
     * @return where they went
     */
    static List<Path> quarantine(Path folder, String base, OutputFormat format) throws IOException {
        Path variant = folder.resolve(base + "." + format.extension());
        Path labelled = folder.resolve(base + Variants.LABELLED + "." + format.extension());
        Path quarantine = Files.createDirectories(folder.resolve(QUARANTINE));
        List<Path> moved = new ArrayList<>();
        for (Path f : List.of(variant, Sidecars.of(variant), labelled, Sidecars.of(labelled))) {
            if (Files.exists(f)) {
                Path to = quarantine.resolve(f.getFileName());
                for (int n = 2; Files.exists(to); n++) {
                    to = quarantine.resolve(n + "-" + f.getFileName());
                }
                moved.add(Files.move(f, to, StandardCopyOption.ATOMIC_MOVE));
            }
        }
        return moved;
    }
}
