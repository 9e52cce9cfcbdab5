package io.latentretouch.assets.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.assets.Catalogs;
import io.latentretouch.assets.ThumbnailStore;
import io.latentretouch.inference.testing.Services;

/** Issue 12: the disposable thumbnails database keeps thumbnails by hash and size, across opens, and replaces a damaged file. */
class ThumbnailDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void thumbnailsAreKeptByHashAndSizeAcrossOpens() throws Exception {
        Path file = dir.resolve("thumbnails.db");
        byte[] small = {1, 2, 3};
        byte[] large = {4, 5, 6, 7};
        try (ThumbnailStore store = Services.await(Catalogs.class).thumbnails(file)) {
            store.write("aa", 256, small);
            store.write("aa", 512, large);
            store.write("aa", 256, small.clone());
            assertTrue(store.read("bb", 256).isEmpty());
        }
        try (ThumbnailStore store = Services.await(Catalogs.class).thumbnails(file)) {
            assertArrayEquals(small, store.read("aa", 256).orElseThrow());
            assertArrayEquals(large, store.read("aa", 512).orElseThrow());
        }
    }

    @Test
    void aDamagedFileIsReplacedByAnEmptyOne() throws Exception {
        Path file = dir.resolve("thumbnails.db");
        Files.write(file, "not a database, but sixteen bytes and more".getBytes());
        try (ThumbnailStore store = Services.await(Catalogs.class).thumbnails(file)) {
            assertEquals(Optional.empty(), store.read("aa", 256).map(b -> b.length));
            store.write("aa", 256, new byte[] {9});
            assertEquals(1, store.read("aa", 256).orElseThrow().length);
        }
    }
}
