package io.latentretouch.assets.jdbc.internal;

import java.sql.Connection;
import java.sql.Statement;

import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.Catalogs;
import io.latentretouch.inference.testing.Services;

/**
 * The shared catalog (PostgreSQL) passes the contract on a real server: the build's throwaway cluster
 * (releng/postgres/cluster.sh), emptied before each test; its workers each have their own connection, as seats and
 * hosts do.
 */
class PostgresCatalogTest extends CatalogContract {

    private static String url() {
        String url = System.getProperty("lr.postgres.url");
        if (url == null) {
            throw new IllegalStateException("lr.postgres.url names no PostgreSQL server: the build starts one (releng/postgres/cluster.sh)");
        }
        return url;
    }

    @Override
    String freshUrl() throws Exception {
        try (Connection c = new Connections(url(), Dialect.POSTGRESQL).open(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        return url();
    }

    @Override
    Catalog worker() throws Exception {
        return Services.await(Catalogs.class).open(url());
    }
}
