import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The floor of bench/run: runs SQL files straight on a database through its JDBC driver, without suivi-cep, and
 * prints the time each file took. Run as a single-file program (no build):
 *
 * <pre>java -cp duckdb_jdbc.jar bench/Plancher.java jdbc:duckdb:/tmp/plancher.duckdb schema.sql import.sql</pre>
 *
 * Statements end with a semicolon at the end of a line; lines starting with "--" are comments. A query's rows
 * are read to the end (and counted), as the application reads them. Output, one line per file:
 * {@code plancher <file name> <seconds> <statements> <rows read>}.
 */
public class Plancher {
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0]); Statement s = c.createStatement()) {
            for (int i = 1; i < args.length; i++) {
                List<String> instructions = instructions(Files.readString(Path.of(args[i])));
                long lignes = 0;
                long debut = System.nanoTime();
                for (String sql : instructions) {
                    if (s.execute(sql)) {
                        try (ResultSet rs = s.getResultSet()) {
                            int n = rs.getMetaData().getColumnCount();
                            while (rs.next()) {
                                for (int k = 1; k <= n; k++) {
                                    rs.getObject(k);
                                }
                                lignes++;
                            }
                        }
                    }
                }
                double secondes = (System.nanoTime() - debut) / 1e9;
                System.out.printf(java.util.Locale.ROOT, "plancher %s %.3f %d %d%n", Path.of(args[i]).getFileName(), secondes,
                        instructions.size(), lignes);
            }
        }
    }

    static List<String> instructions(String texte) {
        List<String> liste = new ArrayList<>();
        StringBuilder courante = new StringBuilder();
        for (String ligne : texte.split("\n")) {
            if (ligne.strip().startsWith("--")) {
                continue;
            }
            courante.append(ligne).append('\n');
            if (ligne.stripTrailing().endsWith(";")) {
                String sql = courante.toString().strip();
                liste.add(sql.substring(0, sql.length() - 1));
                courante.setLength(0);
            }
        }
        if (!courante.toString().isBlank()) {
            liste.add(courante.toString().strip());
        }
        return liste;
    }
}
