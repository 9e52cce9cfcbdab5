package io.latentretouch.assets.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import io.latentretouch.assets.Asset;
import io.latentretouch.assets.FileEntry;
import io.latentretouch.assets.FileFacts;
import io.latentretouch.assets.Job;
import io.latentretouch.assets.JournalEntry;
import io.latentretouch.assets.Label;

/** Rows as the API's records; each reads the columns its query lists, in that order. */
final class Rows {

    private Rows() {
    }

    /** Columns of {@link JdbcCatalog#ASSET_COLUMNS}. */
    static Asset asset(ResultSet r) throws SQLException {
        return asset(r, 0);
    }

    /** Columns of {@link JdbcCatalog#ASSET_COLUMNS} after the first {@code skip}. */
    static Asset asset(ResultSet r, int skip) throws SQLException {
        int i = skip;
        String label = r.getString(i + 7);
        return new Asset(r.getLong(i + 1), r.getString(i + 2), Asset.Kind.valueOf(r.getString(i + 3).toUpperCase(Locale.ROOT)), r.getString(i + 4),
                r.getInt(i + 5), r.getInt(i + 6) != 0, label == null ? Label.NONE : Label.valueOf(label.toUpperCase(Locale.ROOT)));
    }

    /** Columns of {@link JdbcCatalog#FILE_COLUMNS}. */
    static FileEntry file(ResultSet r) throws SQLException {
        return file(r, 0);
    }

    /** Columns of {@link JdbcCatalog#FILE_COLUMNS} after the first {@code skip}. */
    static FileEntry file(ResultSet r, int skip) throws SQLException {
        int i = skip;
        return new FileEntry(r.getLong(i + 1), r.getLong(i + 2), r.getLong(i + 3), r.getString(i + 4),
                FileEntry.Role.valueOf(r.getString(i + 5).toUpperCase(Locale.ROOT)),
                new FileFacts(r.getLong(i + 6), r.getLong(i + 7), r.getString(i + 8), r.getString(i + 9), r.getInt(i + 10), r.getInt(i + 11)));
    }

    /** Columns of {@link JdbcJobQueue#JOB_COLUMNS}. */
    static Job job(ResultSet r) throws SQLException {
        return new Job(r.getLong(1), r.getLong(2), r.getLong(3), r.getString(4), Job.State.valueOf(r.getString(5).toUpperCase(Locale.ROOT)), r.getInt(6),
                r.getInt(7), r.getString(8), r.getLong(9), r.getString(10), r.getString(11));
    }

    /** at, host, actor, batch_id, job_id, asset_id, event, payload. */
    static JournalEntry journal(ResultSet r) throws SQLException {
        return new JournalEntry(r.getLong(1), r.getString(2), r.getString(3), id(r, 4), id(r, 5), id(r, 6), r.getString(7), r.getString(8));
    }

    /** A nullable id column. */
    private static Long id(ResultSet r, int column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? null : v;
    }
}
