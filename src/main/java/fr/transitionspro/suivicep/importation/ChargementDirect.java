package fr.transitionspro.suivicep.importation;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import fr.transitionspro.suivicep.base.Base;

/**
 * The fast path of an import into DuckDB: DuckDB's own parallel CSV reader reads the file twice, once to check
 * every cell against the type's rules written in SQL ({@link Conversion#enSql}) and count the slices, once to load
 * it, with no row going through Java. A national file of entries (3,3 million rows) goes in at about the cost of
 * DuckDB's bare CSV loading, three times faster than row by row.
 *
 * <p>It only takes what it can take without doubt: a UTF-8 file without any quote (every line break then ends a
 * row) and without mapping file, whose header the row-by-row reading accepts, whose cells are all in their
 * canonical form, and of which DuckDB read exactly as many rows as the file has non-empty lines. Anything else
 * (an error, a lower-case code, a space, a quote, a blank line DuckDB would read otherwise) goes through the
 * row-by-row reading, which accepts or names each error with its line and column: the two paths never disagree on
 * a file they both accept, and the messages stay those of the row-by-row reading.
 */
final class ChargementDirect {

    private final TypeFichier type;
    private final ConversionSql sql;
    private final String source;
    private final SortedMap<Tranche, Long> tranches;
    private final List<String> avertissements;

    private ChargementDirect(TypeFichier type, ConversionSql sql, String source,
            SortedMap<Tranche, Long> tranches, List<String> avertissements) {
        this.type = type;
        this.sql = sql;
        this.source = source;
        this.tranches = tranches;
        this.avertissements = avertissements;
    }

    /** The checked file, ready to load; empty when it must be read row by row. */
    static Optional<ChargementDirect> verifier(Base base, FichierCsv csv, TypeFichier type, Correspondance correspondance) {
        String chemin = csv.chemin().toAbsolutePath().toString();
        // DuckDB reads a path as a glob pattern: a name holding one of these characters is not read as written.
        if (!base.estDuckDb() || !Correspondance.AUCUNE.equals(correspondance) || csv.contientDesGuillemets()
                || !StandardCharsets.UTF_8.equals(csv.encodage()) || chemin.chars().anyMatch(c -> "*?[]{}".indexOf(c) >= 0)) {
            return Optional.empty();
        }
        Erreurs erreurs = new Erreurs();
        List<String> cellules = csv.entete();
        Entete entete = Entete.lire(cellules, type, correspondance, erreurs);
        if (cellules.isEmpty() || !erreurs.aucune()) {
            return Optional.empty();
        }
        // read_csv names the columns c0, c1… in the file's order; a canonical column is the one the header maps to it.
        Optional<ConversionSql> regles = type.conversion().enSql(c -> entete.index(c) < 0 ? "NULL" : "c" + entete.index(c));
        if (regles.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder colonnes = new StringBuilder();
        for (int i = 0; i < cellules.size(); i++) {
            colonnes.append(i == 0 ? "" : ", ").append("'c").append(i).append("': 'VARCHAR'");
        }
        String source = "read_csv('" + chemin.replace("'", "''") + "', header = true, delim = '"
                + (csv.separateur() == '\'' ? "''" : String.valueOf(csv.separateur()))
                + "', quote = '\"', escape = '\"', auto_detect = false, strict_mode = true, null_padding = false, "
                + "columns = {" + colonnes + "})";
        ConversionSql s = regles.get();
        String verification = "SELECT " + s.region() + " AS region, " + s.annee() + " AS annee, count(*) AS lignes, "
                + "count(*) FILTER (WHERE NOT coalesce(" + s.valide() + ", false)) AS refusees FROM " + source
                + " GROUP BY ALL";
        SortedMap<Tranche, Long> tranches = new TreeMap<>();
        long lignes = 0;
        try {
            List<Object[]> groupes = base.jdbi().withHandle(h -> h.createQuery(verification)
                    .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getObject(2), rs.getLong(3), rs.getLong(4)}).list());
            for (Object[] g : groupes) {
                if ((Long) g[3] > 0) {
                    return Optional.empty();
                }
                tranches.merge(new Tranche(type.code(), (String) g[0], ((Number) g[1]).intValue()), (Long) g[2], Long::sum);
                lignes += (Long) g[2];
            }
        } catch (RuntimeException e) {
            // DuckDB's reader refused the file (a row with another number of cells…): the row-by-row reading says why.
            return Optional.empty();
        }
        if (lignes != csv.lignesNonVides() - 1) {
            return Optional.empty();
        }
        return Optional.of(new ChargementDirect(type, s, source, tranches, new ArrayList<>(entete.avertissements())));
    }

    SortedMap<Tranche, Long> tranches() {
        return tranches;
    }

    List<String> avertissements() {
        return avertissements;
    }

    /** Loads the file's rows, on the caller's connection and transaction. */
    void charger(Connection connexion) throws SQLException {
        try (Statement s = connexion.createStatement()) {
            s.execute("INSERT INTO " + type.table() + " (" + String.join(", ", type.conversion().colonnesTable()) + ") SELECT "
                    + String.join(", ", sql.valeurs()) + " FROM " + source);
        }
    }
}
