package io.latentretouch.jobs;

import java.time.Duration;

/**
 * How a worker keeps its claims.
 *
 * @param heartbeat how often a claim is renewed while its job renders
 * @param stale     how old a heartbeat is when its worker counts as dead and its job is rescued (several heartbeats)
 */
public record WorkSettings(Duration heartbeat, Duration stale) {

    /** Renewed every 10 s, rescued after 60 s without. */
    public static final WorkSettings DEFAULT = new WorkSettings(Duration.ofSeconds(10), Duration.ofSeconds(60));

    public WorkSettings {
        if (stale.compareTo(heartbeat.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("A claim is rescued after several missed heartbeats: " + stale + " is too soon for one every " + heartbeat);
        }
    }
}
