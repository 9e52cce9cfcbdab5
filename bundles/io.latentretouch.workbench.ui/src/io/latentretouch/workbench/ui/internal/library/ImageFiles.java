package io.latentretouch.workbench.ui.internal.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** The image files of a folder that the Library shows, by extension. */
public final class ImageFiles {

    static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "png", "tif", "tiff", "psd", "webp");

    private ImageFiles() {
    }

    /** Whether {@code p} is a regular file with an image extension. */
    public static boolean isImage(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT)) && Files.isRegularFile(p);
    }

    /** Images directly in {@code folder}, sorted by name. @throws IOException when the folder cannot be listed */
    static List<Path> in(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(ImageFiles::isImage).sorted().toList();
        }
    }
}
