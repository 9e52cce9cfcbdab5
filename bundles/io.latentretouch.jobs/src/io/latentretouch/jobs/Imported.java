package io.latentretouch.jobs;

import java.util.List;

/**
 * What an import of a folder found.
 *
 * @param originals every original it went through, in path order
 * @param complete  false when it was cancelled before the last file (what it did is kept: the next import goes on)
 */
public record Imported(int added, int moved, int changed, int unchanged, List<Long> originals, boolean complete) {

    public Imported {
        originals = List.copyOf(originals);
    }
}
