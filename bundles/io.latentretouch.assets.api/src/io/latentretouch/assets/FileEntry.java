package io.latentretouch.assets;

/** A file of an asset, at a path relative to its root. */
public record FileEntry(long id, long assetId, long rootId, String path, Role role, FileFacts facts) {

    /** What the file is to its asset. */
    public enum Role {
        ORIGINAL, RENDER, SIDECAR, MASK
    }
}
