package io.latentretouch.assets.jdbc.internal;

import static io.latentretouch.assets.jdbc.internal.Store.first;
import static io.latentretouch.assets.jdbc.internal.Store.insert;
import static io.latentretouch.assets.jdbc.internal.Store.list;
import static io.latentretouch.assets.jdbc.internal.Store.single;
import static io.latentretouch.assets.jdbc.internal.Store.update;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.latentretouch.assets.Asset;
import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.Cell;
import io.latentretouch.assets.CatalogException;
import io.latentretouch.assets.FileEntry;
import io.latentretouch.assets.FileFacts;
import io.latentretouch.assets.Filter;
import io.latentretouch.assets.JobQueue;
import io.latentretouch.assets.JournalEntry;
import io.latentretouch.assets.Label;
import io.latentretouch.assets.Root;
import io.latentretouch.assets.RootKind;
import io.latentretouch.assets.Stack;

/** The catalog on one JDBC connection, the same SQL on SQLite and PostgreSQL but for {@link Dialect}'s few lines. */
final class JdbcCatalog implements Catalog {

    static final String ASSET_COLUMNS = "id, uuid, kind, name, rating, ai, label";

    private final Store store;
    private final String description;
    private final AutoCloseable lock;
    private final JdbcJobQueue jobs;

    JdbcCatalog(Store store, String description, AutoCloseable lock) {
        this.store = store;
        this.description = description;
        this.lock = lock;
        this.jobs = new JdbcJobQueue(store);
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public String process() {
        return store.holder();
    }

    @Override
    public Root root(Path folder, RootKind kind) throws CatalogException {
        String path = folder.toAbsolutePath().normalize().toString();
        return store.transaction("add the root " + path, c -> {
            long id = single(c, "SELECT id FROM root WHERE path = ?", path);
            if (id < 0) {
                id = insert(c, "INSERT INTO root (path, kind) VALUES (?, ?)", path, kind.name().toLowerCase(Locale.ROOT));
            }
            return new Root(id, Path.of(path), kind);
        });
    }

    @Override
    public Optional<Root> root(long id) throws CatalogException {
        return store.transaction("read root " + id, c -> first(c, "SELECT path, kind FROM root WHERE id = ?",
                r -> new Root(id, Path.of(r.getString(1)), RootKind.valueOf(r.getString(2).toUpperCase(Locale.ROOT))), id));
    }

    @Override
    public Asset addOriginal(Root root, String path, FileFacts facts) throws CatalogException {
        String name = Path.of(path).getFileName().toString();
        return store.transaction("add " + path + " to the catalog", c -> {
            long asset = insert(c, "INSERT INTO asset (uuid, kind, name, added_at) VALUES (?, 'original', ?, " + store.dialect().now() + ")",
                    "uuid:" + UUID.randomUUID(), name);
            addFile(c, asset, root.id(), path, FileEntry.Role.ORIGINAL, facts);
            store.dialect().index(c, asset, String.join(" ", Dialect.words(name)));
            long stack = insert(c, "INSERT INTO stack (uuid, pick_asset_id) VALUES (?, ?)", UUID.randomUUID().toString(), asset);
            update(c, "INSERT INTO stack_member (stack_id, asset_id, position) VALUES (?, ?, 0)", stack, asset);
            return asset(c, asset).orElseThrow();
        });
    }

    static void addFile(Connection c, long asset, long root, String path, FileEntry.Role role, FileFacts f) throws SQLException {
        update(c, "INSERT INTO file (asset_id, root_id, path, role, size, mtime, sha256, format, width, height) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                asset, root, path, role.name().toLowerCase(Locale.ROOT), f.size(), f.mtime(), f.sha256(), f.format(), f.width(), f.height());
    }

    @Override
    public Optional<Asset> asset(long id) throws CatalogException {
        return store.transaction("read asset " + id, c -> asset(c, id));
    }

    private static Optional<Asset> asset(Connection c, long id) throws SQLException {
        return first(c, "SELECT " + ASSET_COLUMNS + " FROM asset WHERE id = ?", Rows::asset, id);
    }

    @Override
    public List<FileEntry> files(long assetId) throws CatalogException {
        return store.transaction("read the files of asset " + assetId, c -> files(c, "asset_id = ?", assetId));
    }

    static final String FILE_COLUMNS = "id, asset_id, root_id, path, role, size, mtime, sha256, format, width, height";

    @Override
    public Optional<FileEntry> file(long rootId, String path) throws CatalogException {
        return store.transaction("look up " + path, c -> files(c, "root_id = ? AND path = ?", rootId, path).stream().findFirst());
    }

    @Override
    public List<FileEntry> filesWithHash(String sha256) throws CatalogException {
        return store.transaction("look up files by hash", c -> files(c, "sha256 = ?", sha256));
    }

    @Override
    public void moveFile(long fileId, long rootId, String path) throws CatalogException {
        store.transaction("record the move of file " + fileId + " to " + path, c -> {
            update(c, "UPDATE file SET root_id = ?, path = ? WHERE id = ?", rootId, path, fileId);
            store.journal(c, "import", null, null, null, "moved", fileId + " -> " + path);
            return null;
        });
    }

    @Override
    public void updateFile(long fileId, FileFacts f) throws CatalogException {
        store.transaction("record the new bytes of file " + fileId, c -> {
            update(c, "UPDATE file SET size = ?, mtime = ?, sha256 = ?, format = ?, width = ?, height = ? WHERE id = ?", f.size(), f.mtime(), f.sha256(),
                    f.format(), f.width(), f.height(), fileId);
            store.journal(c, "import", null, null, null, "changed", "file " + fileId + " now " + f.sha256());
            return null;
        });
    }

    private static List<FileEntry> files(Connection c, String where, Object... parameters) throws SQLException {
        return list(c, "SELECT " + FILE_COLUMNS + " FROM file WHERE " + where + " ORDER BY id", Rows::file, parameters);
    }

    @Override
    public Stack stackOf(long assetId) throws CatalogException {
        return store.transaction("read the stack of asset " + assetId, c -> {
            long stack = single(c, "SELECT stack_id FROM stack_member WHERE asset_id = ?", assetId);
            if (stack < 0) {
                throw new CatalogException(CatalogException.Kind.NOT_FOUND, "Asset " + assetId + " is in no stack");
            }
            List<Long> members = list(c, "SELECT asset_id FROM stack_member WHERE stack_id = ? ORDER BY position", r -> r.getLong(1), stack);
            return first(c, "SELECT uuid, pick_asset_id FROM stack WHERE id = ?", r -> new Stack(stack, r.getString(1), r.getLong(2), members), stack)
                    .orElseThrow();
        });
    }

    @Override
    public void moveToStack(long stackId, List<Long> assetIds) throws CatalogException {
        store.transaction("move " + assetIds.size() + " assets to stack " + stackId, c -> {
            if (single(c, "SELECT id FROM stack WHERE id = ?", stackId) < 0) {
                throw new CatalogException(CatalogException.Kind.NOT_FOUND, "There is no stack " + stackId);
            }
            long next = single(c, "SELECT COALESCE(MAX(position) + 1, 0) FROM stack_member WHERE stack_id = ?", stackId);
            Set<Long> sources = new LinkedHashSet<>();
            for (long asset : assetIds) {
                long from = single(c, "SELECT stack_id FROM stack_member WHERE asset_id = ?", asset);
                if (from < 0) {
                    throw new CatalogException(CatalogException.Kind.NOT_FOUND, "Asset " + asset + " is in no stack");
                }
                sources.add(from);
                update(c, "UPDATE stack_member SET stack_id = ?, position = ? WHERE asset_id = ?", stackId, next++, asset);
            }
            sources.remove(stackId);
            for (long source : sources) {
                // a stack that keeps members but lost its pick picks its first member
                update(c, "UPDATE stack SET pick_asset_id = (SELECT asset_id FROM stack_member WHERE stack_id = ? ORDER BY position LIMIT 1) "
                        + "WHERE id = ? AND EXISTS (SELECT 1 FROM stack_member WHERE stack_id = ?) "
                        + "AND pick_asset_id NOT IN (SELECT asset_id FROM stack_member WHERE stack_id = ?)", source, source, source, source);
            }
            store.journal(c, "librarian", null, null, null, "stacked", assetIds + " to stack " + stackId);
            return null;
        });
    }

    @Override
    public void pick(long stackId, long assetId) throws CatalogException {
        store.transaction("pick asset " + assetId, c -> {
            if (single(c, "SELECT asset_id FROM stack_member WHERE stack_id = ? AND asset_id = ?", stackId, assetId) < 0) {
                throw new CatalogException(CatalogException.Kind.NOT_FOUND, "Asset " + assetId + " is not in stack " + stackId);
            }
            update(c, "UPDATE stack SET pick_asset_id = ? WHERE id = ?", assetId, stackId);
            store.journal(c, "librarian", null, null, assetId, "picked", "stack " + stackId);
            return null;
        });
    }

    @Override
    public void recipe(String sha256, String name, int version, String body) throws CatalogException {
        store.transaction("record recipe " + name, c -> update(c, "INSERT INTO recipe (sha256, name, version, body) VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
                sha256, name, version, body));
    }

    @Override
    public List<String> recipeNames() throws CatalogException {
        return store.transaction("list the recipes", c -> list(c, "SELECT DISTINCT r.name FROM recipe r JOIN variant v ON v.recipe_sha256 = r.sha256"
                + " JOIN asset a ON a.id = v.asset_id WHERE a.status = 'visible' ORDER BY r.name", r -> r.getString(1)));
    }

    @Override
    public void captured(long assetId, LocalDateTime time) throws CatalogException {
        store.transaction("record when asset " + assetId + " was taken", c -> {
            if (update(c, "UPDATE asset SET captured_at = ? WHERE id = ?", Browse.wallClock(time), assetId) == 0) {
                throw new CatalogException(CatalogException.Kind.NOT_FOUND, "No asset " + assetId + " to date");
            }
            return null;
        });
    }

    @Override
    public Optional<LocalDateTime> captured(long assetId) throws CatalogException {
        return store.transaction("read when asset " + assetId + " was taken", c -> first(c, "SELECT COALESCE(a.captured_at, (SELECT p.captured_at"
                + " FROM variant v JOIN asset p ON p.id = v.parent_asset_id WHERE v.asset_id = a.id)) FROM asset a WHERE a.id = ?", r -> {
                    long at = r.getLong(1);
                    return r.wasNull() ? Optional.<LocalDateTime>empty() : Optional.of(Browse.wallClock(at));
                }, assetId).orElseThrow(() -> new CatalogException(CatalogException.Kind.NOT_FOUND, "No asset " + assetId)));
    }

    @Override
    public void rate(long assetId, int rating) throws CatalogException {
        if (rating < -1 || rating > 5) {
            throw new IllegalArgumentException("A rating is -1 (rejected), 0 (none) or 1 to 5 stars, not " + rating);
        }
        store.transaction("rate asset " + assetId, c -> {
            if (update(c, "UPDATE asset SET rating = ? WHERE id = ?", rating, assetId) == 0) {
                throw new CatalogException(CatalogException.Kind.NOT_FOUND, "No asset " + assetId + " to rate");
            }
            store.journal(c, "librarian", null, null, assetId, "rated", Integer.toString(rating));
            return null;
        });
    }

    @Override
    public void keywords(long assetId, Set<String> keywords) throws CatalogException {
        store.transaction("set the keywords of asset " + assetId, c -> {
            Optional<Asset> asset = asset(c, assetId);
            if (asset.isEmpty()) {
                throw new CatalogException(CatalogException.Kind.NOT_FOUND, "No asset " + assetId + " to tag");
            }
            update(c, "DELETE FROM asset_keyword WHERE asset_id = ?", assetId);
            for (String k : new TreeSet<>(keywords)) {
                long id = single(c, "SELECT id FROM keyword WHERE name = ?", k);
                if (id < 0) {
                    id = insert(c, "INSERT INTO keyword (name) VALUES (?)", k);
                }
                update(c, "INSERT INTO asset_keyword (asset_id, keyword_id) VALUES (?, ?)", assetId, id);
            }
            store.dialect().index(c, assetId, String.join(" ", Dialect.words(asset.get().name() + " " + String.join(" ", keywords))));
            store.journal(c, "librarian", null, null, assetId, "tagged", String.join(", ", new TreeSet<>(keywords)));
            return null;
        });
    }

    @Override
    public List<String> keywords(long assetId) throws CatalogException {
        return store.transaction("read the keywords of asset " + assetId, c -> list(c,
                "SELECT k.name FROM keyword k JOIN asset_keyword ak ON ak.keyword_id = k.id WHERE ak.asset_id = ? ORDER BY k.name", r -> r.getString(1),
                assetId));
    }

    @Override
    public void label(long assetId, Label label) throws CatalogException {
        store.transaction("label asset " + assetId, c -> {
            if (update(c, "UPDATE asset SET label = ? WHERE id = ?", label == Label.NONE ? null : label.name().toLowerCase(Locale.ROOT), assetId) == 0) {
                throw new CatalogException(CatalogException.Kind.NOT_FOUND, "No asset " + assetId + " to label");
            }
            store.journal(c, "librarian", null, null, assetId, "labelled", label.name().toLowerCase(Locale.ROOT));
            return null;
        });
    }

    @Override
    public List<Long> stacks(Filter filter) throws CatalogException {
        return store.transaction("filter the library", c -> Browse.stacks(c, store.dialect(), filter));
    }

    @Override
    public List<Cell> cells(List<Long> stackIds) throws CatalogException {
        return store.transaction("read " + stackIds.size() + " stacks", c -> Browse.cells(c, stackIds));
    }

    @Override
    public List<Cell> members(long stackId) throws CatalogException {
        return store.transaction("read the members of stack " + stackId, c -> Browse.members(c, stackId));
    }

    @Override
    public List<Asset> search(String text) throws CatalogException {
        List<String> words = Dialect.words(text);
        if (words.isEmpty()) {
            return List.of();
        }
        return store.transaction("search for " + text, c -> list(c, "SELECT " + ASSET_COLUMNS + " FROM asset WHERE " + store.dialect().matching("id") + " ORDER BY id",
                Rows::asset, store.dialect().query(words)));
    }

    @Override
    public JobQueue jobs() {
        return jobs;
    }

    @Override
    public List<JournalEntry> journal(long batchId) throws CatalogException {
        return store.transaction("read the journal of batch " + batchId, c -> list(c,
                "SELECT at, host, actor, batch_id, job_id, asset_id, event, payload FROM journal WHERE batch_id = ? ORDER BY id", Rows::journal, batchId));
    }

    @Override
    public void close() {
        store.close();
        try {
            lock.close();
        } catch (Exception e) {
            // the lock goes with the process anyway
        }
    }
}
