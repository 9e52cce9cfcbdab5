package io.latentretouch.assets.jdbc.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.latentretouch.assets.CatalogException;

/**
 * Copies of an embedded catalog made with {@code VACUUM INTO} (consistent while it is open), in
 * {@code catalog.db.snapshots/}: before every migration and once a week; the newest {@link #KEPT} are kept.
 */
final class Snapshots {

    static final int KEPT = 10;
    static final Duration EVERY = Duration.ofDays(7);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final Path folder;

    Snapshots(Path database) {
        this.folder = database.resolveSibling(database.getFileName() + ".snapshots");
    }

    /** The snapshots, newest first. */
    List<Path> list() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".db")).sorted((a, b) -> b.getFileName().compareTo(a.getFileName())).toList();
        }
    }

    Optional<Path> newest() throws IOException {
        return list().stream().findFirst();
    }

    /** Takes a snapshot when the newest is older than {@link #EVERY} (or there is none). */
    void weekly(Connection c, Instant now) throws CatalogException {
        try {
            Optional<Path> newest = newest();
            if (newest.isEmpty() || Files.getLastModifiedTime(newest.get()).toInstant().isBefore(now.minus(EVERY))) {
                take(c, now);
            }
        } catch (IOException e) {
            throw new CatalogException(CatalogException.Kind.STORAGE, "Cannot list the catalog's snapshots in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Takes one now and drops the oldest beyond {@link #KEPT}. @return the snapshot */
    Path take(Connection c, Instant now) throws CatalogException {
        Path file = folder.resolve("catalog-" + NAME.format(now) + ".db");
        try {
            Files.createDirectories(folder);
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM INTO '" + file.toString().replace("'", "''") + "'");
            }
            List<Path> all = list();
            for (Path old : all.subList(Math.min(KEPT, all.size()), all.size())) {
                Files.deleteIfExists(old);
            }
            return file;
        } catch (IOException | SQLException e) {
            throw new CatalogException(CatalogException.Kind.STORAGE, "Cannot snapshot the catalog into " + file + ": " + e.getMessage(), e);
        }
    }
}
