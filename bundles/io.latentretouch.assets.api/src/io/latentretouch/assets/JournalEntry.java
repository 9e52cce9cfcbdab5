package io.latentretouch.assets;

/**
 * One event in the append-only journal.
 *
 * @param at    milliseconds since the epoch, by the database's clock
 * @param host  the host and process that wrote it ({@code host:pid})
 * @param event submitted, claimed, succeeded, failed, requeued, abandoned…
 */
public record JournalEntry(long at, String host, String actor, Long batchId, Long jobId, Long assetId, String event, String payload) {
}
