package io.latentretouch.jobs;

import java.util.List;

/**
 * What an import of a folder found.
 *
 * @param originals every original it went through, in path order
 * @param complete  false when it was cancelled before the last file (what it did is kept: the next import goes on)
 * @param adopted   variants found in the variants folders and taken into their originals' stacks (since 1.2)
 */
public record Imported(int added, int moved, int changed, int unchanged, List<Long> originals, boolean complete, int adopted) {

    public Imported {
        originals = List.copyOf(originals);
    }

    /** An import that adopted no variant (the form of jobs API 1.1). */
    public Imported(int added, int moved, int changed, int unchanged, List<Long> originals, boolean complete) {
        this(added, moved, changed, unchanged, originals, complete, 0);
    }
}
