package fr.transitionspro.suivicep.web;

import java.io.IOException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import jakarta.servlet.ServletException;

import org.springframework.stereotype.Component;

import fr.transitionspro.suivicep.base.Base;

/**
 * How a request reaches the base. The base's shared connection must not run two queries at once (DuckDB fails
 * with « closed pending query result »), so whatever may write, or compute and keep, takes it in turn: one at a
 * time, in arrival order (fair lock). A request that only reads may instead run beside the others on a connection
 * of its own ({@link Base#connexionPropre()}), and take its turn only for the part that writes ({@link #seul}).
 */
@Component
class AccesBase {

    /** A piece of request handling, which the servlet API lets throw these. */
    interface Travail {
        void executer() throws IOException, ServletException;
    }

    private final ReentrantLock verrou = new ReentrantLock(true);
    private final Base base;

    AccesBase(Base base) {
        this.base = base;
    }

    /**
     * Runs {@code travail} in its turn, on the shared connection; re-entrant (a request already in its turn). A
     * reader's own connection is given back while it waits and works, and borrowed again once out of the turn.
     */
    <T> T seul(Supplier<T> travail) {
        try (Base.Liaison partagee = base.connexionPartagee()) {
            verrou.lock();
            try {
                return travail.get();
            } finally {
                verrou.unlock();
            }
        }
    }

    void seul(Travail travail) throws IOException, ServletException {
        try (Base.Liaison partagee = base.connexionPartagee()) {
            verrou.lock();
            try {
                travail.executer();
            } finally {
                verrou.unlock();
            }
        }
    }

    /** Runs {@code travail} beside the other requests, its reads on a connection of its own. */
    void enParallele(Travail travail) throws IOException, ServletException {
        try (Base.Liaison propre = base.connexionPropre()) {
            travail.executer();
        }
    }
}
