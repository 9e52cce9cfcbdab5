package io.latentretouch.assets;

/** Where a root's files live: a local disk, a removable one (may be offline), a network share. */
public enum RootKind {
    LOCAL, REMOVABLE, NETWORK
}
