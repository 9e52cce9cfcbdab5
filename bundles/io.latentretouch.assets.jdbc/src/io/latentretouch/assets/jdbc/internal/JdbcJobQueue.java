package io.latentretouch.assets.jdbc.internal;

import static io.latentretouch.assets.jdbc.internal.Store.first;
import static io.latentretouch.assets.jdbc.internal.Store.insert;
import static io.latentretouch.assets.jdbc.internal.Store.list;
import static io.latentretouch.assets.jdbc.internal.Store.single;
import static io.latentretouch.assets.jdbc.internal.Store.update;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.latentretouch.assets.CatalogException;
import io.latentretouch.assets.FileEntry;
import io.latentretouch.assets.Job;
import io.latentretouch.assets.JobQueue;
import io.latentretouch.assets.JobSpec;
import io.latentretouch.assets.Rendered;
import io.latentretouch.assets.Submitted;
import io.latentretouch.assets.VariantKey;

/**
 * The job queue on the catalog's {@code job} table (CATALOG-NOTES' protocol): unique variant keys make submitting
 * idempotent; a claim bumps the lease, which every later step of that claim must still match; completing records the
 * output and finishes the job in one transaction.
 */
final class JdbcJobQueue implements JobQueue {

    static final String JOB_COLUMNS = "id, batch_id, source_asset_id, idem_key, state, attempt, max_attempts, locked_by, lease, error, payload";

    private final Store store;

    JdbcJobQueue(Store store) {
        this.store = store;
    }

    @Override
    public Submitted submit(String name, String actor, List<JobSpec> specs) throws CatalogException {
        return store.transaction("submit the batch " + name, c -> {
            long batch = insert(c, "INSERT INTO batch (name, created_by, created_at) VALUES (?, ?, " + store.dialect().now() + ")", name, actor);
            int added = 0;
            for (JobSpec spec : specs) {
                added += add(c, batch, spec) ? 1 : 0;
            }
            store.journal(c, actor, batch, null, null, "submitted", added + " of " + specs.size() + " jobs new");
            return new Submitted(batch, added, specs.size() - added);
        });
    }

    /** One planned variant and its job, unless the key is there already. */
    private static boolean add(Connection c, long batch, JobSpec spec) throws SQLException, CatalogException {
        requireSource(c, spec.source());
        String key = spec.key().idemKey();
        long variant = plan(c, spec.source(), spec.key());
        if (variant < 0) {
            return false;
        }
        update(c, "INSERT INTO job (batch_id, variant_id, source_asset_id, idem_key, state, max_attempts, payload) VALUES (?, ?, ?, ?, 'queued', ?, ?)",
                batch, variant, spec.source(), key, spec.maxAttempts(), spec.payload());
        return true;
    }

    /** @throws CatalogException {@code NOT_FOUND} when there is no such asset to have a variant of */
    private static void requireSource(Connection c, long source) throws SQLException, CatalogException {
        if (single(c, "SELECT id FROM asset WHERE id = ?", source) < 0) {
            throw new CatalogException(CatalogException.Kind.NOT_FOUND, "No asset " + source + " to make a variant of");
        }
    }

    /** A planned variant of the key, unless the key is there already. @return its id, or -1 */
    private static long plan(Connection c, long source, VariantKey k) throws SQLException {
        return insert(c, "INSERT INTO variant (parent_asset_id, source_sha256, recipe_sha256, seed, models_sha256, mask_sha256, output_format,"
                + " status, idem_key) VALUES (?, ?, ?, ?, ?, ?, ?, 'planned', ?) ON CONFLICT (idem_key) DO NOTHING", source, k.sourceSha256(),
                k.recipeSha256(), k.seed(), k.modelsSha256(), k.maskSha256(), k.outputFormat(), k.idemKey());
    }

    @Override
    public long adopt(long source, VariantKey key, Rendered found) throws CatalogException {
        return adopt(source, key, found, "import");
    }

    @Override
    public long adopt(long source, VariantKey key, Rendered found, String actor) throws CatalogException {
        return store.transaction("adopt the variant " + found.path(), c -> {
            requireSource(c, source);
            String idem = key.idemKey();
            Optional<Long> known = first(c, "SELECT asset_id FROM variant WHERE idem_key = ?", r -> r.getObject(1) == null ? -1L : r.getLong(1), idem);
            if (known.isPresent()) {
                return known.get();
            }
            plan(c, source, key);
            long asset = record(c, idem, source, found);
            store.journal(c, actor, null, null, asset, "adopted", found.path());
            return asset;
        });
    }

    @Override
    public List<Job> claim(String worker, int max) throws CatalogException {
        Dialect d = store.dialect();
        return store.transaction("claim jobs", c -> {
            List<Job> claimed = list(c, "UPDATE job SET state = 'running', locked_by = ?, heartbeat_at = " + d.now()
                    + ", attempt = attempt + 1, lease = lease + 1 WHERE id IN (SELECT id FROM job WHERE state = 'queued' ORDER BY id LIMIT ?"
                    + d.lockRows() + ") RETURNING " + JOB_COLUMNS, Rows::job, worker, max);
            for (Job j : claimed) {
                store.journal(c, worker, j.batchId(), j.id(), j.source(), "claimed", "attempt " + j.attempt() + ", lease " + j.lease());
            }
            return claimed;
        });
    }

    @Override
    public boolean heartbeat(Job claimed) throws CatalogException {
        return store.transaction("renew the claim of job " + claimed.id(), c -> fenced(c, claimed, "heartbeat_at = " + store.dialect().now()));
    }

    /** Updates the claimed job's row only while its lease is the claim's. */
    private static boolean fenced(Connection c, Job claimed, String set, Object... parameters) throws SQLException {
        Object[] all = new Object[parameters.length + 2];
        System.arraycopy(parameters, 0, all, 0, parameters.length);
        all[parameters.length] = claimed.id();
        all[parameters.length + 1] = claimed.lease();
        return update(c, "UPDATE job SET " + set + " WHERE id = ? AND lease = ? AND state = 'running'", all) == 1;
    }

    @Override
    public boolean complete(Job claimed, Rendered output) throws CatalogException {
        return store.transaction("record the variant of job " + claimed.id(), c -> {
            if (!fenced(c, claimed, "state = 'succeeded', locked_by = NULL, error = NULL")) {
                return false;
            }
            long redone = single(c, "SELECT asset_id FROM variant WHERE idem_key = ? AND asset_id IS NOT NULL", claimed.idemKey());
            long asset = redone < 0 ? record(c, claimed.idemKey(), claimed.source(), output) : refile(c, redone, claimed.idemKey(), output);
            store.journal(c, claimed.lockedBy(), claimed.batchId(), claimed.id(), asset, "succeeded", output.path());
            return true;
        });
    }

    /** The variant's asset (its uuid from its key), its file, its place after its source's stack's members; its key's row made ready. */
    private long record(Connection c, String idemKey, long source, Rendered output) throws SQLException {
        long asset = insert(c, "INSERT INTO asset (uuid, kind, name, ai, added_at) VALUES (?, 'variant', ?, ?, " + store.dialect().now() + ")",
                "uuid:" + UUID.nameUUIDFromBytes(idemKey.getBytes(StandardCharsets.US_ASCII)), output.name(), output.ai() ? 1 : 0);
        JdbcCatalog.addFile(c, asset, output.root().id(), output.path(), FileEntry.Role.RENDER, output.facts());
        store.dialect().index(c, asset, String.join(" ", Dialect.words(output.name())));
        update(c, "UPDATE variant SET asset_id = ?, status = 'ready' WHERE idem_key = ?", asset, idemKey);
        long stack = single(c, "SELECT stack_id FROM stack_member WHERE asset_id = ?", source);
        update(c, "INSERT INTO stack_member (stack_id, asset_id, position) VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM stack_member"
                + " WHERE stack_id = ?))", stack, asset, stack);
        return asset;
    }

    /** A redone variant's asset given its new file, its key's row made ready again. */
    private static long refile(Connection c, long asset, String idemKey, Rendered output) throws SQLException {
        update(c, "DELETE FROM file WHERE asset_id = ? AND role = 'render'", asset);
        JdbcCatalog.addFile(c, asset, output.root().id(), output.path(), FileEntry.Role.RENDER, output.facts());
        update(c, "UPDATE variant SET status = 'ready' WHERE idem_key = ?", idemKey);
        return asset;
    }

    @Override
    public boolean fail(Job claimed, String reason) throws CatalogException {
        return store.transaction("give back job " + claimed.id(), c -> {
            boolean last = claimed.attempt() >= claimed.maxAttempts();
            if (!fenced(c, claimed, "state = ?, locked_by = NULL, error = ?", last ? "failed" : "queued", reason)) {
                return false;
            }
            if (last) {
                update(c, "UPDATE variant SET status = 'failed' WHERE idem_key = ?", claimed.idemKey());
            }
            store.journal(c, claimed.lockedBy(), claimed.batchId(), claimed.id(), claimed.source(), last ? "failed" : "requeued", reason);
            return true;
        });
    }

    @Override
    public int retry(long batchId) throws CatalogException {
        return store.transaction("retry the failed jobs of batch " + batchId, c -> {
            update(c, "UPDATE variant SET status = 'planned' WHERE idem_key IN (SELECT idem_key FROM job WHERE batch_id = ? AND state = 'failed')", batchId);
            int queued = update(c, "UPDATE job SET state = 'queued', attempt = 0, error = NULL, locked_by = NULL WHERE batch_id = ? AND state = 'failed'",
                    batchId);
            store.journal(c, "librarian", batchId, null, null, "retried", queued + " failed jobs queued again");
            return queued;
        });
    }

    @Override
    public int rescue(Duration stale) throws CatalogException {
        Dialect d = store.dialect();
        return store.transaction("rescue abandoned jobs", c -> {
            // one statement, so that a heartbeat renewed meanwhile keeps its job
            List<Job> rescued = list(c, "UPDATE job SET state = CASE WHEN attempt >= max_attempts THEN 'failed' ELSE 'queued' END,"
                    + " error = 'abandoned by ' || COALESCE(locked_by, 'a worker') || ' (no heartbeat for " + stale.toSeconds() + " s)', locked_by = NULL"
                    + " WHERE state = 'running' AND heartbeat_at < " + d.now() + " - ? RETURNING " + JOB_COLUMNS, Rows::job, stale.toMillis());
            for (Job j : rescued) {
                if (j.state() == Job.State.FAILED) {
                    update(c, "UPDATE variant SET status = 'failed' WHERE idem_key = ?", j.idemKey());
                }
                store.journal(c, "rescue", j.batchId(), j.id(), j.source(), j.state() == Job.State.FAILED ? "failed" : "requeued", j.error());
            }
            return rescued.size();
        });
    }

    @Override
    public List<Job> jobs(Job.State state) throws CatalogException {
        return store.transaction("read the " + state.name().toLowerCase(Locale.ROOT) + " jobs", c -> list(c, "SELECT " + JOB_COLUMNS
                + " FROM job WHERE state = ? ORDER BY id", Rows::job, state.name().toLowerCase(Locale.ROOT)));
    }

    @Override
    public Optional<Long> variant(String idemKey) throws CatalogException {
        return store.transaction("find the variant of a key", c -> first(c, "SELECT asset_id FROM variant WHERE idem_key = ? AND status = 'ready'",
                r -> r.getLong(1), idemKey));
    }

    @Override
    public boolean redo(long jobId, String actor, String reason) throws CatalogException {
        return store.transaction("queue job " + jobId + " again", c -> {
            Optional<Job> job = first(c, "UPDATE job SET state = 'queued', attempt = 0, error = NULL, locked_by = NULL WHERE id = ? AND state = 'succeeded'"
                    + " RETURNING " + JOB_COLUMNS, Rows::job, jobId);
            if (job.isEmpty()) {
                return false;
            }
            update(c, "UPDATE variant SET status = 'planned' WHERE idem_key = ?", job.get().idemKey());
            store.journal(c, actor, job.get().batchId(), jobId, job.get().source(), "requeued", reason);
            return true;
        });
    }

    @Override
    public void note(Job job, String actor, String event, String payload) throws CatalogException {
        store.transaction("journal " + event + " of job " + job.id(), c -> {
            store.journal(c, actor, job.batchId(), job.id(), job.source(), event, payload);
            return null;
        });
    }

    @Override
    public List<Job> jobs(long batchId) throws CatalogException {
        return store.transaction("read the jobs of batch " + batchId, c -> list(c, "SELECT " + JOB_COLUMNS + " FROM job WHERE batch_id = ? ORDER BY id",
                Rows::job, batchId));
    }

    @Override
    public Map<Job.State, Integer> counts(long batchId) throws CatalogException {
        return store.transaction("count the jobs of batch " + batchId, c -> {
            Map<Job.State, Integer> counts = new EnumMap<>(Job.State.class);
            for (Map.Entry<Job.State, Integer> e : list(c, "SELECT state, COUNT(*) FROM job WHERE batch_id = ? GROUP BY state",
                    r -> Map.entry(Job.State.valueOf(r.getString(1).toUpperCase(Locale.ROOT)), r.getInt(2)), batchId)) {
                counts.put(e.getKey(), e.getValue());
            }
            return counts;
        });
    }
}
