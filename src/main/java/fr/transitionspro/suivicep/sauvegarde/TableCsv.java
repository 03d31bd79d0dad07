package fr.transitionspro.suivicep.sauvegarde;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.jdbi.v3.core.Handle;

/**
 * One table as a CSV file inside a backup: a header of column names, then one record per row in a
 * stable order (every column, ascending). Every value is quoted and SQL NULL is the one unquoted
 * empty field, so that an empty text and a missing value stay apart.
 */
final class TableCsv {

    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setQuoteMode(QuoteMode.ALL_NON_NULL)
            .setNullString("").get();

    /** What was written: rows and the SHA-256 of the file's bytes. */
    record Ecrite(long lignes, String sha256) {
    }

    private TableCsv() {
    }

    static Ecrite ecrire(Handle h, String table, List<Manifeste.Colonne> colonnes, OutputStream sortie) throws IOException {
        MessageDigest sha = sha256();
        Writer w = new OutputStreamWriter(new DigestOutputStream(new NonFermant(sortie), sha), StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, FORMAT);
        csv.printRecord(colonnes.stream().map(Manifeste.Colonne::nom).toList());
        String liste = colonnes.stream().map(Manifeste.Colonne::nom).collect(Collectors.joining(", "));
        String[] valeurs = new String[colonnes.size()];
        long lignes = 0;
        try (var requete = h.getConnection().createStatement();
                ResultSet rs = requete.executeQuery("SELECT " + liste + " FROM " + table + " ORDER BY " + liste)) {
            while (rs.next()) {
                for (int i = 0; i < valeurs.length; i++) {
                    valeurs[i] = colonnes.get(i).type().lire(rs, i + 1);
                }
                csv.printRecord((Object[]) valeurs);
                lignes++;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Lecture de la table « " + table + " » impossible : " + e.getMessage(), e);
        }
        csv.flush();
        return new Ecrite(lignes, HexFormat.of().formatHex(sha.digest()));
    }

    static CSVParser lire(InputStream entree) throws IOException {
        return CSVParser.builder().setReader(new InputStreamReader(entree, StandardCharsets.UTF_8))
                .setFormat(FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()).get();
    }

    static String valeur(CSVRecord r, int i) {
        return r.get(i);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The zip entry stays open when the CSV writer is done with it. */
    private static final class NonFermant extends java.io.FilterOutputStream {
        NonFermant(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
