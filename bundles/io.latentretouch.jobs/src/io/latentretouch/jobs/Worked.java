package io.latentretouch.jobs;

import java.util.List;

/**
 * What a worker did.
 *
 * @param succeeded jobs it rendered and committed
 * @param failed    jobs it gave back after an error (retried later, or failed at their last attempt)
 * @param lost      jobs whose claim it lost before committing (another worker has them)
 * @param errors    one line per failed job: the original and why
 */
public record Worked(int succeeded, int failed, int lost, List<String> errors) {

    public Worked {
        errors = List.copyOf(errors);
    }
}
