package io.latentretouch.assets;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Regenerate jobs, safe against crashes and many workers on one database: a job is done exactly once because its
 * variant's key is unique, its claim carries a lease number that only its holder knows, and completing it records the
 * output in the same transaction that checks that lease. A worker renders to a temporary file beside the final name,
 * forces it to disk and renames it before calling {@link #complete}. Thread-safe.
 */
public interface JobQueue {

    /**
     * Adds a batch: one job and one planned variant per spec, in one transaction. A spec whose variant key is already
     * in the catalog (submitted before, in any batch) adds nothing: submitting the same selection twice is harmless.
     *
     * @throws CatalogException {@code NOT_FOUND} for an unknown source asset; on a failed statement
     */
    Submitted submit(String name, String actor, List<JobSpec> specs) throws CatalogException;

    /**
     * Claims up to {@code max} queued jobs for {@code worker} ({@code host:pid}, say): each becomes running with a
     * new lease, its attempt counted, its heartbeat set by the database's clock. Two workers never get the same job.
     */
    List<Job> claim(String worker, int max) throws CatalogException;

    /** Renews a claim's heartbeat; false when the lease was lost (rescued, or claimed again): stop working on it. */
    boolean heartbeat(Job claimed) throws CatalogException;

    /**
     * Records a rendered variant and finishes its job, in one transaction fenced by the claim's lease: the variant's
     * asset and file rows, its place in the source's stack, the journal (a job {@link #redo redone} gives its asset the
     * new file instead). False (and nothing recorded) when the lease
     * was lost: the file is then the new holder's to adopt.
     */
    boolean complete(Job claimed, Rendered output) throws CatalogException;

    /**
     * Records a variant found on disk rather than rendered here: a catalog rebuilt from its files, a variants folder
     * written without a catalog. Its asset, its file and its place after the members of its source's stack, with the
     * key that makes submitting it again add nothing, in one transaction. A key the catalog knows is left as it is: its
     * variant is recorded already, or a job owns it (a file a crashed worker renamed into place is that job's to commit).
     *
     * @return the variant's asset id: the new one, the one the catalog has for the key, or -1 while a job makes it
     * @throws CatalogException {@code NOT_FOUND} for an unknown source
     * @since 1.2
     */
    long adopt(long source, VariantKey key, Rendered found) throws CatalogException;

    /**
     * As {@link #adopt(long, VariantKey, Rendered)}, with the journal naming who brought the variant: {@code retouch}
     * for one a retouch panel saved, {@code import} for one found by an import. A catalog of an earlier release journals
     * every adoption as the import's.
     *
     * @since 1.3
     */
    default long adopt(long source, VariantKey key, Rendered found, String actor) throws CatalogException {
        return adopt(source, key, found);
    }

    /**
     * Gives a claimed job back after a failure: queued again while attempts remain, else failed with the reason.
     * False when the lease was lost.
     */
    boolean fail(Job claimed, String reason) throws CatalogException;

    /**
     * Requeues (or fails, after its last attempt) every running job whose heartbeat is older than {@code stale} by the
     * database's clock: its worker died or hung. @return how many were rescued
     */
    int rescue(Duration stale) throws CatalogException;

    /**
     * Queues a batch's failed jobs again, each with its attempts anew (the librarian fixed the cause: a share back
     * online, a file restored). @return how many were queued
     * @since 1.2
     */
    int retry(long batchId) throws CatalogException;

    /**
     * The jobs of every batch in a state, oldest first: what a worker reconciles with the files when it starts.
     *
     * @since 1.3
     */
    List<Job> jobs(Job.State state) throws CatalogException;

    /**
     * The asset a job's variant was recorded as, by the job's key.
     *
     * @return empty while it is not made (planned, rendering, failed)
     * @since 1.3
     */
    Optional<Long> variant(String idemKey) throws CatalogException;

    /**
     * Queues a succeeded job again, with its attempts anew, because its variant's file is gone (deleted by hand, lost
     * with a disk): the variant keeps its asset, its place in the stack, the pick and its rating, and the next
     * {@link #complete} records the new file for it. Journalled with the reason.
     *
     * @return false when the job is not succeeded (another worker queued it again first)
     * @since 1.3
     */
    boolean redo(long jobId, String actor, String reason) throws CatalogException;

    /**
     * Journals what a worker did to a job's files outside a claim: a reconcile's sweep of the temporary files of its
     * failed or abandoned attempts, a file it moved out of the way.
     *
     * @since 1.3
     */
    void note(Job job, String actor, String event, String payload) throws CatalogException;

    /** A batch's jobs, in submission order. */
    List<Job> jobs(long batchId) throws CatalogException;

    /** How many of a batch's jobs are in each state. */
    Map<Job.State, Integer> counts(long batchId) throws CatalogException;
}
