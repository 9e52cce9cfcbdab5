package io.latentretouch.catalog.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.CatalogException;
import io.latentretouch.assets.Catalogs;
import io.latentretouch.assets.ThumbnailStore;

/**
 * The workbench's one open catalog (the preference's URL) and the seat's thumbnails database (in the workspace), opened
 * on first use off the UI thread and closed with the workbench. Thread-safe.
 */
public final class CatalogSession {

    private static final CatalogSession INSTANCE = new CatalogSession();

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Map<Class<?>, ServiceTracker<?, ?>> trackers = new ConcurrentHashMap<>();
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "Library catalog");
        t.setDaemon(true);
        return t;
    });
    private Catalog catalog;
    private ThumbnailStore thumbnails;
    private int opening;

    private CatalogSession() {
    }

    /**
     * A service of the catalog feature, waiting a while for it when the workbench has just started. Off the UI thread.
     *
     * @throws CatalogException {@code UNREACHABLE} when it does not appear
     */
    public <T> T service(Class<T> type) throws CatalogException {
        ServiceTracker<?, ?> tracker = trackers.computeIfAbsent(type, t -> {
            ServiceTracker<?, ?> opened = new ServiceTracker<>(FrameworkUtil.getBundle(CatalogSession.class).getBundleContext(), t.getName(), null);
            opened.open();
            return opened;
        });
        try {
            Object found = tracker.waitForService(10_000);
            if (found != null) {
                return type.cast(found);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new CatalogException(CatalogException.Kind.UNREACHABLE, "No " + type.getSimpleName() + " service is running: is the catalog feature installed whole?");
    }

    /** A change of the open catalog. */
    public interface Edit {
        void on(Catalog catalog) throws CatalogException, IOException;
    }

    /** Runs an edit on the reader, then tells the views; a failure goes to {@code failed}. Any thread. */
    public void edit(Edit edit, Consumer<Exception> failed) {
        reader.submit(() -> {
            try {
                edit.on(catalog());
            } catch (CatalogException | IOException | RuntimeException e) {
                failed.accept(e);
            }
            changed();
        });
    }

    /** The one thread the Library's views read and edit the catalog on (its calls are short; they queue here, not on the UI). */
    public ExecutorService reader() {
        return reader;
    }

    private Catalogs catalogs() throws CatalogException {
        return service(Catalogs.class);
    }

    public static CatalogSession get() {
        return INSTANCE;
    }

    /** The open catalog, opening it when it is not. @throws CatalogException why it cannot be opened (said to the user as it is) */
    public synchronized Catalog catalog() throws CatalogException {
        if (catalog == null) {
            catalog = catalogs().open(CatalogPreferences.url());
        }
        return catalog;
    }

    /** What the open catalog is, for people (its URL while it is not open yet). */
    public synchronized String describe() {
        return catalog == null ? CatalogPreferences.url() : catalog.describe();
    }

    /** The seat's thumbnails, opening them when they are not. */
    public synchronized ThumbnailStore thumbnails() throws CatalogException {
        if (thumbnails == null) {
            Path state = Platform.getStateLocation(FrameworkUtil.getBundle(CatalogSession.class)).toPath();
            thumbnails = catalogs().thumbnails(state.resolve("thumbnails.db"));
        }
        return thumbnails;
    }

    /**
     * Which opening of the catalog this is: it changes on {@link #reopen()}, after which ids read before (stacks, roots)
     * may name other things.
     */
    public synchronized int opening() {
        return opening;
    }

    /** Closes the catalog (the next use opens the preference's one again) and tells the views. */
    public void reopen() {
        synchronized (this) {
            opening++;
            if (catalog != null) {
                catalog.close();
                catalog = null;
            }
        }
        changed();
    }

    /** Closes the catalog and the thumbnails and stops the trackers: the workbench is stopping. */
    void close() {
        reader.shutdownNow();
        synchronized (this) {
            if (catalog != null) {
                catalog.close();
                catalog = null;
            }
            if (thumbnails != null) {
                thumbnails.close();
                thumbnails = null;
            }
        }
        trackers.values().forEach(ServiceTracker::close);
    }

    /** Tells the views that the catalog's content changed (an import, a commit, another catalog). Any thread. */
    public void changed() {
        listeners.forEach(Runnable::run);
    }

    /** Called on any thread after each change; the caller moves to its own thread. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }
}
