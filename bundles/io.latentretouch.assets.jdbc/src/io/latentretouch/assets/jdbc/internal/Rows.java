package io.latentretouch.assets.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import io.latentretouch.assets.Asset;
import io.latentretouch.assets.FileEntry;
import io.latentretouch.assets.FileFacts;
import io.latentretouch.assets.Job;
import io.latentretouch.assets.JournalEntry;

/** Rows as the API's records; each reads the columns its query lists, in that order. */
final class Rows {

    private Rows() {
    }

    /** Columns of {@link JdbcCatalog#ASSET_COLUMNS}. */
    static Asset asset(ResultSet r) throws SQLException {
        return new Asset(r.getLong(1), r.getString(2), Asset.Kind.valueOf(r.getString(3).toUpperCase(Locale.ROOT)), r.getString(4), r.getInt(5),
                r.getInt(6) != 0);
    }

    /** id, asset_id, root_id, path, role, size, mtime, sha256, format, width, height. */
    static FileEntry file(ResultSet r) throws SQLException {
        return new FileEntry(r.getLong(1), r.getLong(2), r.getLong(3), r.getString(4), FileEntry.Role.valueOf(r.getString(5).toUpperCase(Locale.ROOT)),
                new FileFacts(r.getLong(6), r.getLong(7), r.getString(8), r.getString(9), r.getInt(10), r.getInt(11)));
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
