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
import java.util.concurrent.atomic.AtomicLong;

import fr.transitionspro.suivicep.base.Base;

/**
 * The fast path of an import into DuckDB: DuckDB's own parallel CSV reader reads the file once into a temporary
 * table, converting every row and checking every cell against the type's rules written in SQL
 * ({@link Conversion#enSql}); the slices are counted there, and the rows go from there to their table, with no row
 * going through Java. A national file of entries (3,3 million rows) goes in at about the cost of DuckDB's bare CSV
 * loading, more than twice as fast as row by row; the temporary table holds the file's rows in DuckDB's memory
 * (a few hundred MB for such a file, spilled to disk beyond DuckDB's memory limit) until the end of the import.
 *
 * <p>It only takes what it can take without doubt: a UTF-8 file without any quote (every line break then ends a
 * row) and without mapping file, whose header the row-by-row reading accepts, whose cells are all in their
 * canonical form, and of which DuckDB read exactly as many rows as the file has non-empty lines. Anything else
 * (an error, a lower-case code, a space, a quote, a blank line DuckDB would read otherwise) goes through the
 * row-by-row reading, which accepts or names each error with its line and column: the two paths never disagree on
 * a file they both accept, and the messages stay those of the row-by-row reading.
 *
 * <p>The temporary table belongs to the base's connection: {@link #close()} drops it, loaded or not.
 */
final class ChargementDirect implements AutoCloseable {

    private static final AtomicLong NUMERO = new AtomicLong();

    private final Base base;
    private final TypeFichier type;
    private final String table;
    private final SortedMap<Tranche, Long> tranches;
    private final List<String> avertissements;

    private ChargementDirect(Base base, TypeFichier type, String table, SortedMap<Tranche, Long> tranches,
            List<String> avertissements) {
        this.base = base;
        this.type = type;
        this.table = table;
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
        String source = "read_csv('" + chemin.replace("'", "''") + "', header = true, delim = '" + csv.separateur()
                + "', quote = '\"', escape = '\"', auto_detect = false, strict_mode = true, null_padding = false, "
                + "columns = {" + colonnes + "})";
        ConversionSql s = regles.get();
        List<String> valeurs = new ArrayList<>();
        for (int i = 0; i < s.valeurs().size(); i++) {
            valeurs.add(s.valeurs().get(i) + " AS v" + i);
        }
        String table = "import_direct_" + NUMERO.incrementAndGet();
        ChargementDirect chargement = new ChargementDirect(base, type, table, new TreeMap<>(), new ArrayList<>(entete.avertissements()));
        long lignes = 0;
        try {
            List<Object[]> groupes = base.jdbi().withHandle(h -> {
                h.execute("CREATE TEMP TABLE " + table + " AS SELECT " + String.join(", ", valeurs) + ", " + s.region()
                        + " AS region_, " + s.annee() + " AS annee_, coalesce(" + s.valide() + ", false) AS valide_ FROM " + source);
                return h.createQuery("SELECT region_, annee_, count(*), count(*) FILTER (WHERE NOT valide_) FROM " + table
                        + " GROUP BY ALL").map((rs, ctx) -> new Object[] {rs.getString(1), rs.getObject(2), rs.getLong(3), rs.getLong(4)})
                        .list();
            });
            for (Object[] g : groupes) {
                if ((Long) g[3] > 0) {
                    chargement.close();
                    return Optional.empty();
                }
                chargement.tranches.merge(new Tranche(type.code(), (String) g[0], ((Number) g[1]).intValue()), (Long) g[2], Long::sum);
                lignes += (Long) g[2];
            }
        } catch (RuntimeException e) {
            // DuckDB's reader refused the file (a row with another number of cells, a cell it cannot convert…):
            // the row-by-row reading says why.
            chargement.close();
            return Optional.empty();
        }
        if (lignes != csv.lignesNonVides() - 1) {
            chargement.close();
            return Optional.empty();
        }
        return Optional.of(chargement);
    }

    SortedMap<Tranche, Long> tranches() {
        return tranches;
    }

    List<String> avertissements() {
        return avertissements;
    }

    /** Loads the file's rows, on the caller's connection and transaction. */
    void charger(Connection connexion) throws SQLException {
        List<String> colonnes = type.conversion().colonnesTable();
        StringBuilder valeurs = new StringBuilder();
        for (int i = 0; i < colonnes.size(); i++) {
            valeurs.append(i == 0 ? "" : ", ").append('v').append(i);
        }
        try (Statement s = connexion.createStatement()) {
            s.execute("INSERT INTO " + type.table() + " (" + String.join(", ", colonnes) + ") SELECT " + valeurs + " FROM " + table);
        }
    }

    /** Drops the temporary table. */
    @Override
    public void close() {
        try {
            base.jdbi().useHandle(h -> h.execute("DROP TABLE IF EXISTS " + table));
        } catch (RuntimeException e) {
            // The table is temporary: it goes with the connection anyway.
        }
    }
}
