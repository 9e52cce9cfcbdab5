package io.latentretouch.inference;

import java.nio.file.Path;

/**
 * A model that lives on disk, verified: an engine opens it by its path, so it reads any external weight files beside
 * it itself and no file is ever held in memory whole.
 *
 * @param path  the model file
 * @param bytes the size of it and of every other file its manifest pins (its external data)
 * @since 1.3
 */
public record ModelFile(Path path, long bytes) {
}
