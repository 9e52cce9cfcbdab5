package io.latentretouch.inference.onnx.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceException.Code;

/**
 * Least-recently-used sessions, bounded by the bytes of their models. Entries are handed out already retained, so an
 * eviction never closes a session between lookup and run; evicted sessions close once their runs finish.
 */
final class SessionCache {

    /** Creates a session on a cache miss. */
    interface Loader {
        LoadedModel load() throws InferenceException;
    }

    private final long budget;
    private final Map<String, LoadedModel> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long used;
    private boolean closed;

    SessionCache(long budgetBytes) {
        this.budget = budgetBytes;
    }

    /**
     * The session for {@code key}, loading it on a miss, retained for the caller who must release it.
     *
     * @throws InferenceException {@code CLOSED} after {@link #close()}, or what the loader throws
     */
    LoadedModel acquire(String key, Loader loader) throws InferenceException {
        List<LoadedModel> evicted = new ArrayList<>();
        LoadedModel model;
        synchronized (this) {
            requireOpen();
            model = entries.get(key);
            if (model == null) {
                model = loader.load();
                entries.put(key, model);
                used += model.cost();
                evictOver(budget, key, evicted);
            }
            model.retain();
        }
        evicted.forEach(LoadedModel::close);
        return model;
    }

    /** Closes every session, waiting for the runs in flight; later acquires fail with {@code CLOSED}. */
    void close() {
        List<LoadedModel> all;
        synchronized (this) {
            closed = true;
            all = new ArrayList<>(entries.values());
            entries.clear();
            used = 0;
        }
        all.forEach(LoadedModel::close);
    }

    synchronized int size() {
        return entries.size();
    }

    private void evictOver(long limit, String keep, List<LoadedModel> evicted) {
        Iterator<Map.Entry<String, LoadedModel>> it = entries.entrySet().iterator();
        while (used > limit && it.hasNext()) {
            Map.Entry<String, LoadedModel> e = it.next();
            if (!e.getKey().equals(keep)) {
                used -= e.getValue().cost();
                evicted.add(e.getValue());
                it.remove();
            }
        }
    }

    private void requireOpen() throws InferenceException {
        if (closed) {
            throw new InferenceException(Code.CLOSED, "The inference service is closed");
        }
    }
}
