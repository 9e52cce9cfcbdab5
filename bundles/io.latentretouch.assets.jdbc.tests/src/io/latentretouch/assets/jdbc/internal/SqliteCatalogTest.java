package io.latentretouch.assets.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.CatalogException;
import io.latentretouch.assets.Catalogs;
import io.latentretouch.inference.testing.Services;

/**
 * The embedded catalog (SQLite, WAL): the contract, plus what only one seat's file has — the lock that tells a second
 * process who holds it, the integrity check that refuses a damaged file and names the snapshot to restore, and the
 * snapshots themselves (weekly, ten kept).
 */
class SqliteCatalogTest extends CatalogContract {

    @TempDir
    Path dir;

    private Path file;

    @Override
    String freshUrl() {
        file = dir.resolve("catalog.db");
        return "jdbc:sqlite:" + file;
    }

    @Override
    Catalog worker() {
        return catalog;
    }

    @Test
    void aSecondOpenIsToldWhoHoldsTheCatalog() throws Exception {
        CatalogException e = assertThrows(CatalogException.class, () -> Services.await(Catalogs.class).open("jdbc:sqlite:" + file));
        assertEquals(CatalogException.Kind.LOCKED, e.kind());
        assertTrue(e.getMessage().contains(":" + ProcessHandle.current().pid() + ")"), e.getMessage());
        catalog.close();
        Services.await(Catalogs.class).open("jdbc:sqlite:" + file).close();
        catalog = Services.await(Catalogs.class).open("jdbc:sqlite:" + file);
    }

    /** WAL needs every process on one host: an embedded catalog on a network file system is refused, on a local one taken. */
    @Test
    void networkFileSystemsAreToldFromLocalOnes() throws Exception {
        for (String share : List.of("nfs", "nfs4", "cifs", "smb3", "fuse.sshfs", "9p")) {
            assertTrue(CatalogsComponent.networked(share), share);
        }
        for (String local : List.of("ext4", "xfs", "btrfs", "tmpfs", "overlay", "zfs", "apfs")) {
            assertTrue(!CatalogsComponent.networked(local), local);
        }
        assertTrue(!CatalogsComponent.networked(Files.getFileStore(dir).type()), "the test's own folder is local and the catalog opened there");
    }

    @Test
    void aDamagedCatalogIsRefusedNamingTheSnapshotThatRestoresIt() throws Exception {
        catalog.addOriginal(root, "a.jpg", facts("aa"));
        catalog.close();
        assertEquals(1, new Snapshots(file).list().size(), "the first open took one (there was none)");
        catalog = Services.await(Catalogs.class).open("jdbc:sqlite:" + file);
        catalog.close();
        assertEquals(1, new Snapshots(file).list().size(), "the second none: the first is not a week old");
        Files.setLastModifiedTime(new Snapshots(file).list().get(0), FileTime.from(Instant.now().minus(8, ChronoUnit.DAYS)));
        catalog = Services.await(Catalogs.class).open("jdbc:sqlite:" + file);
        catalog.close();
        List<Path> snapshots = new Snapshots(file).list();
        assertEquals(2, snapshots.size(), "a week later another, holding the asset");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(4096);
            raf.write(new byte[8192]);
        }
        CatalogException e = assertThrows(CatalogException.class, () -> Services.await(Catalogs.class).open("jdbc:sqlite:" + file));
        assertEquals(CatalogException.Kind.CORRUPT, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains(snapshots.get(0).toString()), e.getMessage());
        Files.copy(snapshots.get(0), file, StandardCopyOption.REPLACE_EXISTING);
        catalog = Services.await(Catalogs.class).open("jdbc:sqlite:" + file);
        assertEquals(1, catalog.search("a").size(), "the snapshot holds the asset");
    }

    @Test
    void aWeeklySnapshotIsTakenAndTheNewestTenKept() throws Exception {
        catalog.close();
        Path folder = new Snapshots(file).list().get(0).getParent();
        Instant old = Instant.now().minus(30, ChronoUnit.DAYS);
        for (Path p : new Snapshots(file).list()) {
            Files.setLastModifiedTime(p, FileTime.from(old));
        }
        for (int i = 0; i < 12; i++) {
            Path fake = Files.write(folder.resolve("catalog-2025010" + (i % 10) + "-0000" + String.format("%02d", i) + "-000.db"), new byte[] {1});
            Files.setLastModifiedTime(fake, FileTime.from(old));
        }
        catalog = Services.await(Catalogs.class).open("jdbc:sqlite:" + file);
        List<Path> kept = new Snapshots(file).list();
        assertEquals(Snapshots.KEPT, kept.size());
        assertTrue(Files.getLastModifiedTime(kept.get(0)).toInstant().isAfter(Instant.now().minus(1, ChronoUnit.HOURS)), "a new one, newest first");
    }

    @Test
    void anOlderCatalogIsSnapshottedBeforeItIsMigrated() throws Exception {
        catalog.close();
        Path old = dir.resolve("old/catalog.db");
        Files.createDirectories(old.getParent());
        new Migrations(new Connections("jdbc:sqlite:" + old, Dialect.SQLITE), Dialect.SQLITE, "1").migrate();
        catalog = Services.await(Catalogs.class).open("jdbc:sqlite:" + old);
        List<Path> snapshots = new Snapshots(old).list();
        assertEquals(1, snapshots.size(), "one before the migration; the weekly one is then not due");
        try (Connection c = new Connections("jdbc:sqlite:" + snapshots.get(0), Dialect.SQLITE).open(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT MAX(version) FROM flyway_schema_history")) {
            r.next();
            assertEquals("1", r.getString(1), "the snapshot is the catalog as it was");
        }
        assertTrue(catalog.search("anything").isEmpty(), "and the migrated catalog has its search index");
    }

    @Test
    void theFileStaysIntactThroughTheWork() throws Exception {
        manyWorkersNeverShareAJobAndLoseNone();
        catalog.close();
        try (Connection c = new Connections("jdbc:sqlite:" + file, Dialect.SQLITE).open(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            r.next();
            assertEquals("ok", r.getString(1));
        }
        catalog = Services.await(Catalogs.class).open("jdbc:sqlite:" + file);
    }
}
