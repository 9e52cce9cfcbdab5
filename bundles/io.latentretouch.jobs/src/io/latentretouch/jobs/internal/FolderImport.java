package io.latentretouch.jobs.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.CatalogException;
import io.latentretouch.assets.FileEntry;
import io.latentretouch.assets.FileFacts;
import io.latentretouch.assets.Root;
import io.latentretouch.assets.RootKind;
import io.latentretouch.imaging.io.ImageFiles;
import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.imaging.io.ImageSize;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.jobs.Imported;
import io.latentretouch.retouch.Variants;

/**
 * Imports a folder's images into the catalog, incrementally: a new file becomes an original (in its own stack), a file
 * whose bytes changed is recorded anew, a file found under another name with the bytes of a catalogued one whose old
 * path is gone keeps that asset (a move), an unchanged one (same size and time) is not read at all. Variants folders,
 * sidecars, stored masks and hidden files are not originals and are skipped.
 */
final class FolderImport {

    private FolderImport() {
    }

    static Imported run(Catalog catalog, Path folder) throws CatalogException, IOException {
        return run(catalog, folder, RunMonitor.NONE);
    }

    /** As {@link io.latentretouch.jobs.Importer#importFolder}. */
    static Imported run(Catalog catalog, Path folder, RunMonitor monitor) throws CatalogException, IOException {
        Path top = folder.toAbsolutePath().normalize();
        Root root = catalog.root(top, RootKind.LOCAL);
        int added = 0;
        int moved = 0;
        int changed = 0;
        int unchanged = 0;
        List<Long> originals = new ArrayList<>();
        List<Path> images = images(top);
        for (Path file : images) {
            if (monitor.isCancelled()) {
                return new Imported(added, moved, changed, unchanged, originals, false);
            }
            monitor.worked(originals.size(), images.size());
            String path = top.relativize(file).toString();
            FileFacts facts = quick(file);
            Optional<FileEntry> known = catalog.file(root.id(), path);
            if (known.isPresent()) {
                FileEntry f = known.get();
                if (f.facts().size() == facts.size() && f.facts().mtime() == facts.mtime()) {
                    unchanged++;
                } else {
                    catalog.updateFile(f.id(), hashed(file, facts));
                    catalog.captured(f.assetId(), captured(file));
                    changed++;
                }
                originals.add(f.assetId());
                continue;
            }
            FileFacts full = hashed(file, facts);
            Optional<FileEntry> gone = movedFrom(catalog, full.sha256());
            if (gone.isPresent()) {
                catalog.moveFile(gone.get().id(), root.id(), path);
                originals.add(gone.get().assetId());
                moved++;
            } else {
                long asset = catalog.addOriginal(root, path, full).id();
                catalog.captured(asset, captured(file));
                LibrarianXmp.apply(catalog, asset, file);
                originals.add(asset);
                added++;
            }
        }
        int adopted = VariantAdoption.run(catalog, root, top);
        monitor.worked(images.size(), images.size());
        return new Imported(added, moved, changed, unchanged, originals, true, adopted);
    }

    /**
     * When the photo was taken: as its EXIF or XMP says, else (a scan, a render, a file that lost its metadata) its
     * file's time on this host's clock, as Lightroom and digiKam date such files.
     */
    private static LocalDateTime captured(Path file) throws IOException {
        try {
            Optional<LocalDateTime> recorded = ImageFiles.captured(file);
            if (recorded.isPresent()) {
                return recorded.get();
            }
        } catch (ImageIoException e) {
            // unreadable metadata: the file's own time below
        }
        return LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
    }

    /** A catalogued original with these bytes whose file is no longer where the catalog says. */
    private static Optional<FileEntry> movedFrom(Catalog catalog, String sha256) throws CatalogException {
        for (FileEntry f : catalog.filesWithHash(sha256)) {
            Optional<Path> at = catalog.root(f.rootId()).map(r -> r.folder().resolve(f.path()));
            if (f.role() == FileEntry.Role.ORIGINAL && at.isPresent() && !Files.exists(at.get())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The images under the folder, sorted, skipping variants folders, sidecars, masks and hidden files. */
    static List<Path> images(Path top) throws IOException {
        try (Stream<Path> walk = Files.walk(top)) {
            return walk.filter(Files::isRegularFile).filter(p -> isOriginal(top.relativize(p))).sorted().toList();
        }
    }

    private static boolean isOriginal(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.endsWith(".variants")) {
                return false;
            }
        }
        String name = relative.getFileName().toString().toLowerCase(Locale.ROOT);
        return ImageFiles.formatByName(relative).isPresent() && !name.endsWith(Variants.MASK_SUFFIX);
    }

    /** Size, time and format (by the name: the listing took only files that have one), without reading the bytes. */
    static FileFacts quick(Path file) throws IOException {
        return new FileFacts(Files.size(file), Files.getLastModifiedTime(file).toMillis(), null, ImageFiles.formatByName(file).orElseThrow(), 0, 0);
    }

    /** The facts with the bytes' hash and the image's upright size (0 × 0 when its header cannot be read). */
    static FileFacts hashed(Path file, FileFacts quick) throws IOException {
        ImageSize size;
        try {
            size = ImageFiles.size(file);
        } catch (ImageIoException e) {
            size = new ImageSize(0, 0);
        }
        return new FileFacts(quick.size(), quick.mtime(), Variants.sha256(file), quick.format(), size.width(), size.height());
    }
}
