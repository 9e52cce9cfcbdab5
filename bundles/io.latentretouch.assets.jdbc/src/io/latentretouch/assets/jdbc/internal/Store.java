package io.latentretouch.assets.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.latentretouch.assets.CatalogException;

/**
 * The catalog's one connection and its transactions: every call runs in one transaction, serialised in this process,
 * committed or rolled back as a whole; a failed statement becomes a {@code STORAGE} error that says what was being done.
 * SQLite's transactions are begun explicitly ({@code BEGIN IMMEDIATE}: the write lock at once, not on a first write) and
 * only for the call: its driver would otherwise begin the next one at every commit and hold the lock in between.
 */
final class Store implements AutoCloseable {

    /** Work inside a transaction. */
    interface Work<T> {
        T run(Connection c) throws SQLException, CatalogException;
    }

    private final Connection connection;
    private final Dialect dialect;
    private final String holder;
    private boolean closed;

    Store(Connection connection, Dialect dialect, String holder) throws SQLException {
        this.connection = connection;
        this.dialect = dialect;
        this.holder = holder;
        connection.setAutoCommit(dialect == Dialect.SQLITE);
    }

    Dialect dialect() {
        return dialect;
    }

    /** This process, {@code host:pid}, as the journal names it. */
    String holder() {
        return holder;
    }

    /** Runs {@code work} in one transaction. @throws CatalogException {@code STORAGE} naming {@code what} when it fails */
    synchronized <T> T transaction(String what, Work<T> work) throws CatalogException {
        if (closed) {
            throw new IllegalStateException("The catalog is closed");
        }
        try {
            begin();
            T result = work.run(connection);
            commit();
            return result;
        } catch (SQLException e) {
            rollback();
            throw new CatalogException(CatalogException.Kind.STORAGE, "Could not " + what + ": " + e.getMessage(), e);
        } catch (CatalogException | RuntimeException e) {
            rollback();
            throw e;
        }
    }

    private void begin() throws SQLException {
        if (dialect == Dialect.SQLITE) {
            try (Statement s = connection.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
            }
        }
    }

    private void commit() throws SQLException {
        if (dialect == Dialect.SQLITE) {
            try (Statement s = connection.createStatement()) {
                s.execute("COMMIT");
            }
        } else {
            connection.commit();
        }
    }

    private void rollback() {
        try {
            if (dialect == Dialect.SQLITE) {
                try (Statement s = connection.createStatement()) {
                    s.execute("ROLLBACK");
                }
            } else {
                connection.rollback();
            }
        } catch (SQLException e) {
            // no transaction was open, or the connection is gone: the database rolls it back
        }
    }

    /** Binds parameters in order (null for SQL NULL). */
    static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
        return s;
    }

    /** One row as a value. */
    interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    /** Every row a query (or an update's {@code RETURNING}) gives, in its order. */
    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... parameters) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (PreparedStatement s = prepare(c, sql, parameters); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(row.read(r));
            }
        }
        return rows;
    }

    /** The first row a query gives, if any. */
    static <T> Optional<T> first(Connection c, String sql, Row<T> row, Object... parameters) throws SQLException {
        return list(c, sql, row, parameters).stream().findFirst();
    }

    /** Runs an update. @return the rows it changed */
    static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, parameters)) {
            return s.executeUpdate();
        }
    }

    /** Runs an insert with {@code RETURNING id}. @return the new row's id, or -1 when {@code ON CONFLICT} inserted none */
    static long insert(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = prepare(c, sql + " RETURNING id", parameters); ResultSet r = s.executeQuery()) {
            return r.next() ? r.getLong(1) : -1;
        }
    }

    /** The first column of the first row, or -1 when there is none. */
    static long single(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, parameters); ResultSet r = s.executeQuery()) {
            return r.next() ? r.getLong(1) : -1;
        }
    }

    /** Appends to the journal. */
    void journal(Connection c, String actor, Long batch, Long job, Long asset, String event, String payload) throws SQLException {
        update(c, "INSERT INTO journal (at, host, actor, batch_id, job_id, asset_id, event, payload) VALUES (" + dialect.now()
                + ", ?, ?, ?, ?, ?, ?, ?)", holder, actor, batch, job, asset, event, payload);
    }

    @Override
    public synchronized void close() {
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            // closing: nothing left to release
        }
    }
}
