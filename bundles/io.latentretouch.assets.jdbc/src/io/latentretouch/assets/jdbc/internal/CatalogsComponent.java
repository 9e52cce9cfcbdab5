package io.latentretouch.assets.jdbc.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;

import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.CatalogException;
import io.latentretouch.assets.Catalogs;
import io.latentretouch.assets.ThumbnailStore;

/**
 * Opens catalogs: an embedded one (SQLite) locked to this process, checked, in WAL mode with full syncs (a commit
 * survives a power cut), snapshotted before a migration and weekly; a shared one (PostgreSQL) as it is. Both are
 * brought up to date by the same migrations, each in its dialect.
 */
@Component(service = Catalogs.class)
public final class CatalogsComponent implements Catalogs {

    @Override
    public Catalog open(String url) throws CatalogException {
        Dialect dialect = Dialect.of(url);
        return dialect == Dialect.SQLITE ? embedded(url) : shared(url);
    }

    @Override
    public ThumbnailStore thumbnails(Path file) throws CatalogException {
        return ThumbnailDatabase.open(file);
    }

    private static Catalog embedded(String url) throws CatalogException {
        Path file = Path.of(url.substring("jdbc:sqlite:".length())).toAbsolutePath();
        String store;
        try {
            Files.createDirectories(file.getParent());
            store = Files.getFileStore(file.getParent()).type();
        } catch (IOException e) {
            throw new CatalogException(CatalogException.Kind.UNREACHABLE, "Cannot create the catalog's folder " + file.getParent() + ": " + e.getMessage(), e);
        }
        if (networked(store)) {
            throw new CatalogException(CatalogException.Kind.UNREACHABLE, "The catalog " + file + " is on a network share (" + store
                    + "): an embedded catalog's write-ahead log works for processes of one host only, so two seats would damage it;"
                    + " keep it on a local disk, or share a PostgreSQL catalog between seats");
        }
        EmbeddedLock lock = EmbeddedLock.take(file);
        try {
            Connections connections = new Connections("jdbc:sqlite:" + file, Dialect.SQLITE);
            Connection c = connections.open();
            Snapshots snapshots = new Snapshots(file);
            try (Statement s = c.createStatement()) {
                check(s, file, snapshots);
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = FULL");
                s.execute("PRAGMA foreign_keys = ON");
            }
            Migrations migrations = new Migrations(connections, Dialect.SQLITE);
            if (migrations.upgrades()) {
                snapshots.take(c, Instant.now());
            }
            migrations.migrate();
            snapshots.weekly(c, Instant.now());
            return new JdbcCatalog(new Store(c, Dialect.SQLITE, EmbeddedLock.holder()), "SQLite " + version(c) + " at " + file, lock);
        } catch (CatalogException e) {
            lock.close();
            throw e;
        } catch (SQLException e) {
            lock.close();
            throw new CatalogException(CatalogException.Kind.UNREACHABLE, "Cannot open the catalog " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether a file system type (as Linux names it) is a network share, where SQLite's WAL must not be used. */
    static boolean networked(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        return t.startsWith("nfs") || t.startsWith("cifs") || t.startsWith("smb") || t.equals("9p") || t.startsWith("fuse.sshfs")
                || t.equals("afs") || t.equals("ceph") || t.equals("glusterfs") || t.equals("fuse.glusterfs");
    }

    /** {@code PRAGMA quick_check}. @throws CatalogException {@code CORRUPT} naming the newest snapshot to restore */
    private static void check(Statement s, Path file, Snapshots snapshots) throws SQLException, CatalogException {
        String verdict;
        try (ResultSet r = s.executeQuery("PRAGMA quick_check")) {
            verdict = r.next() ? r.getString(1) : "no answer";
        } catch (SQLException e) {
            verdict = e.getMessage();
        }
        if (!"ok".equals(verdict)) {
            String restore;
            try {
                restore = snapshots.newest().map(p -> "restore the newest snapshot, " + p + ", by copying it over the catalog")
                        .orElse("there is no snapshot to restore; import the folders again to rebuild it from the files");
            } catch (IOException e) {
                restore = "its snapshots cannot be listed (" + e.getMessage() + ")";
            }
            throw new CatalogException(CatalogException.Kind.CORRUPT, "The catalog " + file + " is damaged (" + verdict + "): " + restore);
        }
    }

    private static Catalog shared(String url) throws CatalogException {
        Connections connections = new Connections(url, Dialect.POSTGRESQL);
        Connection c = connections.open();
        try {
            new Migrations(connections, Dialect.POSTGRESQL).migrate();
            DatabaseMetaData meta = c.getMetaData();
            return new JdbcCatalog(new Store(c, Dialect.POSTGRESQL, EmbeddedLock.holder()), "PostgreSQL " + version(c) + " at " + meta.getURL(),
                    () -> { });
        } catch (CatalogException e) {
            closeQuietly(c);
            throw e;
        } catch (SQLException e) {
            closeQuietly(c);
            throw new CatalogException(CatalogException.Kind.UNREACHABLE, "Cannot open the catalog at " + url + ": " + e.getMessage(), e);
        }
    }

    private static String version(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductVersion();
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // giving up on it anyway
        }
    }
}
