package fr.transitionspro.suivicep.base;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

/** A DataSource that always lends the base's own connection (Flyway needs a DataSource). */
final class SingleConnectionDataSource implements DataSource {

    private final String url;
    private final Connection connexion;

    SingleConnectionDataSource(String url, Connection connexion) {
        this.url = url;
        this.connexion = connexion;
    }

    @Override
    public Connection getConnection() {
        return new NonClosingConnection(connexion).proxy();
    }

    @Override
    public Connection getConnection(String user, String password) {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException(url);
    }

    @Override
    public <T> T unwrap(Class<T> iface) {
        return iface.cast(connexion);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(connexion);
    }
}
