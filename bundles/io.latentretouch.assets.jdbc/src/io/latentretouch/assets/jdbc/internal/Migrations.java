package io.latentretouch.assets.jdbc.internal;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

import io.latentretouch.assets.CatalogException;

/**
 * The catalog's schema, brought up to date by Flyway from the SQL files in this bundle's {@code db/}: a migration is
 * one file for both databases, with the dialect's types as placeholders, or one file of that name in each dialect's
 * folder where the SQL differs. The files are listed here (no class-path scanning, which does not see inside a bundle
 * reliably); a new migration is a new file and a new name in {@link #FILES}.
 */
final class Migrations {

    static final List<String> FILES = List.of("V1__catalog.sql", "V2__search.sql", "V3__asset_stack.sql", "V4__asset_stack_sync.sql");

    private final Flyway flyway;

    Migrations(DataSource data, Dialect dialect) {
        this(data, dialect, "latest");
    }

    /** Migrations up to {@code target} (a version, or {@code latest}): an older catalog, for tests of upgrading one. */
    Migrations(DataSource data, Dialect dialect, String target) {
        this.flyway = Flyway.configure(Migrations.class.getClassLoader()).dataSource(data).resourceProvider(new Bundled(dialect.folder()))
                .placeholders(Map.of("id", dialect.idType(), "bigint", dialect.bigintType())).target(target).load();
    }

    /** Whether the database holds a schema older than this bundle's (a snapshot is due before migrating it). */
    boolean upgrades() throws CatalogException {
        try {
            var info = flyway.info();
            return info.current() != null && info.pending().length > 0;
        } catch (FlywayException e) {
            throw new CatalogException(CatalogException.Kind.MIGRATION, "Cannot read the catalog's schema version: " + e.getMessage(), e);
        }
    }

    /** @throws CatalogException {@code MIGRATION} saying which migration failed and why (Flyway rolls it back) */
    void migrate() throws CatalogException {
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw new CatalogException(CatalogException.Kind.MIGRATION, "Bringing the catalog's schema up to date failed: " + e.getMessage(), e);
        }
    }

    /** The SQL files of one dialect, read from this bundle. */
    private record Bundled(String folder) implements ResourceProvider {

        @Override
        public LoadableResource getResource(String name) {
            return FILES.contains(name) ? new File(folder, name) : null;
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            return FILES.stream().filter(f -> f.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(f::endsWith))
                    .map(f -> (LoadableResource) new File(folder, f)).toList();
        }
    }

    private static final class File extends LoadableResource {

        private final String folder;
        private final String name;

        File(String folder, String name) {
            this.folder = folder;
            this.name = name;
        }

        /** The dialect's own file of this name, else the shared one. */
        @Override
        public Reader read() {
            InputStream in = Migrations.class.getResourceAsStream("/" + getAbsolutePath());
            if (in == null) {
                throw new UncheckedIOException(new FileNotFoundException(getAbsolutePath() + " is missing from the bundle"));
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            String own = "db/" + folder + "/" + name;
            return Migrations.class.getResource("/" + own) != null ? own : "db/" + name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return getAbsolutePath();
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
