package fr.transitionspro.suivicep.sauvegarde;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.jdbi.v3.core.Handle;

import fr.transitionspro.suivicep.base.Base;

/**
 * What the migrations alone put in a base (the regions and perimeters, and whatever reference rows
 * later migrations add): a throwaway in-memory DuckDB base, migrated once per process. A base whose
 * tables hold exactly that is empty for a restore.
 */
final class BaseVierge {

    private static Map<String, Long> lignes;
    private static Map<String, String> empreintes;

    private BaseVierge() {
    }

    static synchronized Map<String, Long> lignes() {
        if (lignes == null) {
            Map<String, Long> n = new HashMap<>();
            Map<String, String> e = new HashMap<>();
            try (Base vierge = Base.ouvrir("jdbc:duckdb:")) {
                vierge.jdbi().useHandle(h -> {
                    for (String t : Schema.tables(h)) {
                        long c = h.createQuery("SELECT COUNT(*) FROM " + t).mapTo(Long.class).one();
                        n.put(t, c);
                        if (c > 0) {
                            e.put(t, empreinte(h, t));
                        }
                    }
                });
            }
            lignes = n;
            empreintes = e;
        }
        return lignes;
    }

    static synchronized Map<String, String> empreintes() {
        lignes();
        return empreintes;
    }

    /** The SHA-256 of the table's backup CSV: the same content gives the same print on either engine. */
    static String empreinte(Handle h, String table) {
        try {
            return TableCsv.ecrire(h, table, Schema.colonnes(h, table), OutputStream.nullOutputStream()).sha256();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
