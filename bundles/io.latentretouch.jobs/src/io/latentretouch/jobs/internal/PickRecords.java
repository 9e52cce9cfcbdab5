package io.latentretouch.jobs.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;

import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.CatalogException;
import io.latentretouch.assets.FileEntry;
import io.latentretouch.assets.Root;
import io.latentretouch.assets.Stack;
import io.latentretouch.imaging.io.AtomicFiles;
import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.imaging.io.metadata.XmpPackets;

/**
 * The pick records in variants folders ({@code photo.variants/stack.xmp}, {@code lr:Pick} = the picked variant's file
 * name): written when a pick changes, read when variants are adopted, so a rebuilt catalog picks what the old one did.
 */
public final class PickRecords {

    public static final String FILE = "stack.xmp";
    private static final String PICK = "Pick";

    private PickRecords() {
    }

    /**
     * Brings the records of the stack's variants folders in line with its pick: the folder holding the picked variant
     * names it, every other folder of the stack has none.
     */
    public static void record(Catalog catalog, Stack stack) throws CatalogException, IOException {
        Set<Path> folders = new TreeSet<>();
        Path picked = null;
        for (long member : stack.members()) {
            for (FileEntry f : catalog.files(member)) {
                Optional<Root> root = catalog.root(f.rootId());
                if (f.role() == FileEntry.Role.RENDER && root.isPresent()) {
                    Path file = root.get().folder().resolve(f.path());
                    folders.add(file.getParent());
                    if (member == stack.pick() && picked == null) {
                        picked = file;
                    }
                }
            }
        }
        for (Path folder : folders) {
            if (picked != null && folder.equals(picked.getParent())) {
                write(folder.resolve(FILE), picked.getFileName().toString());
            } else {
                Files.deleteIfExists(folder.resolve(FILE));
            }
        }
    }

    /** Picks again, in each folder's stack, the variant its record names, if the catalog has it. */
    static void restore(Catalog catalog, Root root, Path top, Collection<Path> folders) throws CatalogException {
        for (Path folder : folders) {
            Optional<String> name = read(folder.resolve(FILE));
            if (name.isEmpty()) {
                continue;
            }
            Optional<FileEntry> file = catalog.file(root.id(), top.relativize(folder.resolve(name.get())).toString());
            if (file.isPresent()) {
                Stack stack = catalog.stackOf(file.get().assetId());
                if (stack.pick() != file.get().assetId()) {
                    catalog.pick(stack.id(), file.get().assetId());
                }
            }
        }
    }

    private static void write(Path record, String name) throws IOException {
        try {
            XMPMeta xmp = XmpPackets.empty();
            xmp.setProperty(XmpPackets.LR, PICK, name);
            AtomicFiles.write(record, XmpPackets.serialize(xmp).getBytes(StandardCharsets.UTF_8), true);
        } catch (XMPException e) {
            throw new IllegalStateException("a one-property XMP packet did not serialise", e);
        } catch (ImageIoException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The file name a record names; nothing when there is no record, or one that is not ours or names no plain file. */
    private static Optional<String> read(Path record) {
        if (!Files.isRegularFile(record)) {
            return Optional.empty();
        }
        try {
            String name = XmpPackets.parse(Files.readString(record, StandardCharsets.UTF_8)).getPropertyString(XmpPackets.LR, PICK);
            return name == null || name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".") ? Optional.empty()
                    : Optional.of(name);
        } catch (IOException | XMPException e) {
            return Optional.empty();
        }
    }
}
