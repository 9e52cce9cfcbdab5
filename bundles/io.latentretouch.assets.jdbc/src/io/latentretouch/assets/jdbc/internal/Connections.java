package io.latentretouch.assets.jdbc.internal;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

import javax.sql.DataSource;

import io.latentretouch.assets.CatalogException;

/**
 * Connections straight from the bundled drivers (DriverManager does not see drivers in other bundles), and a data
 * source over them for the migration library.
 */
final class Connections implements DataSource {

    private final String url;
    private final Driver driver;
    private final Properties properties;

    Connections(String url, Dialect dialect) {
        this.url = url;
        this.driver = dialect == Dialect.SQLITE ? new org.sqlite.JDBC() : new org.postgresql.Driver();
        this.properties = new Properties();
        if (dialect == Dialect.SQLITE) {
            properties.setProperty("busy_timeout", "10000");
        }
    }

    /** A new connection. @throws CatalogException {@code UNREACHABLE} saying why */
    Connection open() throws CatalogException {
        try {
            Connection c = driver.connect(url, properties);
            if (c == null) {
                throw new CatalogException(CatalogException.Kind.UNREACHABLE, "No driver takes the URL " + url);
            }
            return c;
        } catch (SQLException e) {
            throw new CatalogException(CatalogException.Kind.UNREACHABLE, "Cannot open the catalog at " + url + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return driver.connect(url, properties);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // the drivers log through their own loggers
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the URL sets connection timeouts
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("The catalog's data source has no logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("The catalog's data source wraps nothing");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
