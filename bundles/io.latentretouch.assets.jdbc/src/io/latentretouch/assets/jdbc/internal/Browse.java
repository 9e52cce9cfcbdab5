package io.latentretouch.assets.jdbc.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.latentretouch.assets.Cell;
import io.latentretouch.assets.Filter;
import io.latentretouch.assets.Label;

/** The Library's two queries: which stacks pass a filter (ids only, so cheap at any size) and the cells of a few. */
final class Browse {

    /** Stacks read per statement: well under either database's limit of bound parameters. */
    private static final int CHUNK = 500;

    private Browse() {
    }

    static List<Long> stacks(Connection c, Dialect dialect, Filter f) throws SQLException {
        // asset.stack_id (kept by the database, migration V3) spares a join with stack_member: half the time at 100,000
        StringBuilder sql = new StringBuilder("SELECT DISTINCT a.stack_id FROM asset a WHERE a.stack_id IS NOT NULL AND a.status = 'visible'");
        List<Object> parameters = new ArrayList<>();
        if (f.minRating() > 0) {
            sql.append(" AND a.rating >= ?");
            parameters.add(f.minRating());
        }
        if (f.label() != Label.NONE) {
            sql.append(" AND a.label = ?");
            parameters.add(f.label().name().toLowerCase(Locale.ROOT));
        }
        if (f.aiOnly()) {
            sql.append(" AND a.ai = 1");
        }
        if (!f.recipe().isEmpty()) {
            sql.append(" AND a.id IN (SELECT v.asset_id FROM variant v JOIN recipe r ON r.sha256 = v.recipe_sha256 WHERE r.name = ?)");
            parameters.add(f.recipe());
        }
        if (f.from() != null) {
            sql.append(" AND a.captured_at >= ?");
            parameters.add(wallClock(f.from().atStartOfDay()));
        }
        if (f.to() != null) {
            sql.append(" AND a.captured_at < ?");
            parameters.add(wallClock(f.to().plusDays(1).atStartOfDay()));
        }
        if (!f.keyword().isEmpty()) {
            sql.append(" AND a.id IN (SELECT ak.asset_id FROM asset_keyword ak JOIN keyword k ON k.id = ak.keyword_id WHERE k.name = ?)");
            parameters.add(f.keyword());
        }
        List<String> words = Dialect.words(f.text());
        if (!words.isEmpty()) {
            sql.append(" AND ").append(dialect.matching("a.id"));
            parameters.add(dialect.query(words));
        }
        return Store.list(c, sql.append(" ORDER BY a.stack_id").toString(), r -> r.getLong(1), parameters.toArray());
    }

    /** A camera's wall-clock time as the catalog keeps it: milliseconds since the epoch as if the clock were UTC. */
    static long wallClock(LocalDateTime time) {
        return time.toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** The camera's wall-clock time a value of {@link #wallClock(LocalDateTime)} stands for. */
    static LocalDateTime wallClock(long millis) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
    }

    static List<Cell> cells(Connection c, List<Long> ids) throws SQLException {
        Map<Long, Cell> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String marks = chunk.stream().map(id -> "?").collect(Collectors.joining(", "));
            for (Cell cell : Store.list(c, cellsSql(marks), Browse::cell, chunk.toArray())) {
                found.put(cell.stackId(), cell);
            }
        }
        return ids.stream().map(found::get).filter(cell -> cell != null).toList();
    }

    static List<Cell> members(Connection c, long stackId) throws SQLException {
        return Store.list(c, "SELECT s.stack_id, " + ASSET_AND_FILE + ", (SELECT COUNT(*) FROM stack_member m WHERE m.stack_id = s.stack_id), a.ai"
                + " FROM stack_member s JOIN asset a ON a.id = s.asset_id" + IMAGE + " WHERE s.stack_id = ? ORDER BY s.position", Browse::cell, stackId);
    }

    private static String prefixed(String alias, String columns) {
        return alias + columns.replace(", ", ", " + alias);
    }

    /** A cell's asset {@code a} and file {@code f} columns, after its stack id and before its member count and AI flag. */
    private static final String ASSET_AND_FILE = prefixed("a.", JdbcCatalog.ASSET_COLUMNS) + ", " + prefixed("f.", JdbcCatalog.FILE_COLUMNS);
    private static final int ASSET_COLUMNS = JdbcCatalog.ASSET_COLUMNS.split(", ").length;
    private static final int AFTER_FILE = 1 + ASSET_COLUMNS + JdbcCatalog.FILE_COLUMNS.split(", ").length;

    /** Joins an asset {@code a} to its image file {@code f}. */
    private static final String IMAGE = " JOIN file f ON f.id = (SELECT MIN(g.id) FROM file g WHERE g.asset_id = a.id AND g.role IN ('original', 'render'))";

    private static String cellsSql(String marks) {
        return "SELECT s.id, " + ASSET_AND_FILE + ", (SELECT COUNT(*) FROM stack_member m WHERE m.stack_id = s.id),"
                + " (SELECT MAX(x.ai) FROM stack_member m JOIN asset x ON x.id = m.asset_id WHERE m.stack_id = s.id)"
                + " FROM stack s JOIN stack_member p ON p.stack_id = s.id AND p.asset_id = s.pick_asset_id" // an emptied stack's pick is elsewhere
                + " JOIN asset a ON a.id = s.pick_asset_id" + IMAGE + " WHERE s.id IN (" + marks + ")";
    }

    private static Cell cell(ResultSet r) throws SQLException {
        return new Cell(r.getLong(1), Rows.asset(r, 1), Rows.file(r, 1 + ASSET_COLUMNS), r.getInt(AFTER_FILE + 1), r.getInt(AFTER_FILE + 2) != 0);
    }
}
