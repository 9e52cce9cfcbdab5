package io.latentretouch.catalog.ui.internal.grid;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;

import io.latentretouch.assets.CatalogException;
import io.latentretouch.assets.ThumbnailStore;
import io.latentretouch.imaging.io.ImageIoException;

/**
 * The grid's thumbnails: a bounded LRU of SWT images (each disposed when it falls out: image handles are a scarce
 * resource), filled by background decodes — from the thumbnails database when it has them, else made from the file
 * and kept there. A decode for a cell that scrolled away is cancelled. A file that is gone keeps its kept thumbnail
 * and is marked offline. UI thread, but for the decodes.
 */
public final class ThumbnailCache {

    /** What a decode needs of a cell: the content hash that keys it and where its file should be. */
    public record Key(String sha256, Path file) {
    }

    private final Display display;
    private final ThumbnailStore store;
    private final Consumer<String> ready;
    private final ExecutorService decoders;
    private final Map<String, Future<?>> pending = new HashMap<>();
    private final Set<String> broken = new HashSet<>();
    private final Set<String> offline = new HashSet<>();
    private final LinkedHashMap<String, Image> images = new LinkedHashMap<>(64, 0.75f, true);
    private int capacity = 300;
    private boolean disposed;

    /** @param ready called on the UI thread with a hash whose thumbnail arrived (or failed) */
    public ThumbnailCache(Display display, ThumbnailStore store, Consumer<String> ready) {
        this.display = display;
        this.store = store;
        this.ready = ready;
        this.decoders = Executors.newFixedThreadPool(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), r -> {
            Thread t = new Thread(r, "Library thumbnails");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
    }

    /** Keeps at most this many images (a few screens' worth). */
    public void capacity(int images) {
        capacity = Math.max(16, images);
        trim();
    }

    /** The image when it is decoded; otherwise null, and a decode is started unless one runs or the file is unreadable. */
    public Image get(Key key) {
        Image image = images.get(key.sha256());
        if (image == null && !broken.contains(key.sha256()) && !pending.containsKey(key.sha256())) {
            pending.put(key.sha256(), decoders.submit(() -> decode(key)));
        }
        return image;
    }

    /** Whether the image of these bytes is held, without starting a decode. */
    public boolean holds(String sha256) {
        return images.containsKey(sha256);
    }

    /** Whether the cell's file could not be read (a placeholder says so). */
    public boolean unreadable(String sha256) {
        return broken.contains(sha256);
    }

    /** Whether the cell's file was not where the catalog says (its root is offline, or it moved). */
    public boolean offline(String sha256) {
        return offline.contains(sha256);
    }

    /** Cancels the decodes of every hash not in {@code wanted} (the cells now on screen and about to be). */
    public void retain(Set<String> wanted) {
        pending.entrySet().removeIf(e -> {
            if (!wanted.contains(e.getKey())) {
                e.getValue().cancel(false);
                return true;
            }
            return false;
        });
    }

    /** How many images are held now (for tests and the handle budget). */
    public int size() {
        return images.size();
    }

    private void decode(Key key) {
        ImageData data = null;
        boolean gone = false;
        try {
            byte[] jpeg = store.read(key.sha256(), ThumbnailMaker.SIZE).orElse(null);
            gone = !Files.exists(key.file());
            if (jpeg == null && !gone) {
                jpeg = ThumbnailMaker.make(key.file());
                store.write(key.sha256(), ThumbnailMaker.SIZE, jpeg);
            }
            data = jpeg == null ? null : new ImageData(new ByteArrayInputStream(jpeg));
        } catch (CatalogException | ImageIoException e) {
            data = null;
        }
        ImageData decoded = data;
        boolean missing = gone;
        display.asyncExec(() -> arrived(key.sha256(), decoded, missing));
    }

    private void arrived(String sha256, ImageData data, boolean missing) {
        if (disposed || pending.remove(sha256) == null) {
            return;
        }
        if (missing) {
            offline.add(sha256);
        }
        if (data == null) {
            broken.add(sha256);
        } else {
            images.put(sha256, new Image(display, data));
            trim();
        }
        ready.accept(sha256);
    }

    private void trim() {
        var it = images.entrySet().iterator();
        while (images.size() > capacity && it.hasNext()) {
            it.next().getValue().dispose();
            it.remove();
        }
    }

    /** Disposes every image and stops the decodes. */
    public void dispose() {
        disposed = true;
        decoders.shutdownNow();
        images.values().forEach(Image::dispose);
        images.clear();
        pending.clear();
    }
}
