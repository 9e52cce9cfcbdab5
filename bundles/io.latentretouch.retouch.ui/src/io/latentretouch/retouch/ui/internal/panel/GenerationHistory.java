package io.latentretouch.retouch.ui.internal.panel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;

import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.imaging.io.metadata.Sidecars;
import io.latentretouch.retouch.Frame;
import io.latentretouch.retouch.FrameFiles;
import io.latentretouch.retouch.SavedVariant;
import io.latentretouch.retouch.Variants;

/**
 * The generated frames of the workspace, kept in its state folder ({@code .metadata/.plugins/…retouch.ui/generated}) with
 * their metadata: the history strip is read back from it when the panel opens, the newest {@value #SHOWN}; beyond the
 * newest {@value #KEPT} frames the oldest are deleted (a frame that was applied lives on where Apply put it).
 */
final class GenerationHistory {

    static final int SHOWN = 24;
    static final int KEPT = 200;

    private GenerationHistory() {
    }

    static Path folder() {
        return Platform.getStateLocation(FrameworkUtil.getBundle(GenerationHistory.class)).toPath().resolve("generated");
    }

    /** A frame of the history read back, with its file and labelled copy. */
    record Kept(Frame frame, SavedVariant files) {
    }

    /** The newest frames, newest first; a file that cannot be read is logged and left out. */
    static List<Kept> recent(Path folder) {
        List<Kept> kept = new ArrayList<>();
        List<Path> frames = frames(folder);
        for (int i = 0; i < frames.size(); i++) {
            Path f = frames.get(i);
            Path labelled = f.resolveSibling(Variants.stem(f) + Variants.LABELLED + ".png");
            if (i >= KEPT) {
                delete(f, labelled);
            } else if (kept.size() < SHOWN) {
                try {
                    kept.add(new Kept(FrameFiles.read(f), new SavedVariant(f, Files.exists(labelled) ? labelled : null)));
                } catch (ImageIoException e) {
                    ILog.of(GenerationHistory.class).warn(e.getMessage(), e);
                }
            }
        }
        return kept;
    }

    private static List<Path> frames(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".png") && !Variants.stem(p).endsWith(Variants.LABELLED))
                    .sorted(Comparator.comparing(GenerationHistory::modified).reversed()).toList();
        } catch (IOException e) {
            ILog.of(GenerationHistory.class).warn("The generation history " + folder + " cannot be listed: " + e.getMessage(), e);
            return List.of();
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void delete(Path frame, Path labelled) {
        for (Path p : List.of(frame, Sidecars.of(frame), labelled, Sidecars.of(labelled))) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                ILog.of(GenerationHistory.class).warn("An old frame of the history cannot be deleted: " + e.getMessage(), e);
            }
        }
    }
}
