package fr.transitionspro.suivicep.base;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;

/**
 * Wraps the base's single connection so that Jdbi and Flyway can "close" what they borrowed
 * without closing the connection the base owns.
 */
final class NonClosingConnection {

    private final Connection cible;

    NonClosingConnection(Connection cible) {
        this.cible = cible;
    }

    Connection proxy() {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    if (method.getName().equals("isClosed")) {
                        return false;
                    }
                    try {
                        return method.invoke(cible, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
