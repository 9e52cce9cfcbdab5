package io.latentretouch.assets;

import java.nio.file.Path;

/** A folder whose files the catalog holds, by paths relative to it. */
public record Root(long id, Path folder, RootKind kind) {
}
