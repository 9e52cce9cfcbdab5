package io.latentretouch.assets.jdbc.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import io.latentretouch.assets.CatalogException;
import io.latentretouch.assets.ThumbnailStore;

/**
 * Thumbnails in an SQLite file of their own, keyed by (content hash, size). It is a cache: synced normally, not fully,
 * and a file that fails its check or cannot be opened is deleted and made anew.
 */
final class ThumbnailDatabase implements ThumbnailStore {

    private final Store store;

    private ThumbnailDatabase(Store store) {
        this.store = store;
    }

    static ThumbnailStore open(Path file) throws CatalogException {
        Path at = file.toAbsolutePath();
        try {
            Files.createDirectories(at.getParent());
            return new ThumbnailDatabase(connect(at));
        } catch (SQLException | CatalogException e) {
            deleteAll(at);
            try {
                return new ThumbnailDatabase(connect(at));
            } catch (SQLException again) {
                throw new CatalogException(CatalogException.Kind.UNREACHABLE, "Cannot create the thumbnails database " + at + ": " + again.getMessage(),
                        again);
            }
        } catch (IOException e) {
            throw new CatalogException(CatalogException.Kind.UNREACHABLE, "Cannot create the folder of the thumbnails database " + at + ": " + e.getMessage(),
                    e);
        }
    }

    private static Store connect(Path file) throws SQLException, CatalogException {
        Connection c = new Connections("jdbc:sqlite:" + file, Dialect.SQLITE).open();
        try (Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA quick_check")) {
                if (!r.next() || !"ok".equals(r.getString(1))) {
                    c.close();
                    throw new SQLException("the thumbnails database " + file + " is damaged");
                }
            }
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = NORMAL");
            s.execute("CREATE TABLE IF NOT EXISTS thumbnail (sha256 TEXT NOT NULL, size INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (sha256, size))"
                    + " WITHOUT ROWID");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return new Store(c, Dialect.SQLITE, EmbeddedLock.holder());
    }

    private static void deleteAll(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException e) {
                // the open that follows says why it cannot be made
            }
        }
    }

    @Override
    public Optional<byte[]> read(String sha256, int size) throws CatalogException {
        return store.transaction("read a thumbnail", c -> Store.first(c, "SELECT data FROM thumbnail WHERE sha256 = ? AND size = ?", r -> r.getBytes(1),
                sha256, size));
    }

    @Override
    public void write(String sha256, int size, byte[] encoded) throws CatalogException {
        store.transaction("keep a thumbnail", c -> Store.update(c, "INSERT INTO thumbnail (sha256, size, data) VALUES (?, ?, ?)"
                + " ON CONFLICT (sha256, size) DO UPDATE SET data = excluded.data", sha256, size, encoded));
    }

    @Override
    public void close() {
        store.close();
    }
}
