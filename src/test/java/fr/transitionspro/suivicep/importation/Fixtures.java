package fr.transitionspro.suivicep.importation;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.base.BasesDeTest;
import fr.transitionspro.suivicep.indicateurs.Catalogue;

/**
 * Small named fixtures: CSV files written by the test, and a fresh base, the only way tests get
 * one: a DuckDB file in the test's folder, or a new PostgreSQL database when the suite runs on
 * PostgreSQL ({@link BasesDeTest}).
 */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path fichier(Path dossier, String nom, String contenu) throws IOException {
        return fichier(dossier, nom, contenu, StandardCharsets.UTF_8);
    }

    public static Path fichier(Path dossier, String nom, String contenu, Charset encodage) throws IOException {
        Path p = dossier.resolve(nom);
        Files.write(p, contenu.getBytes(encodage));
        return p;
    }

    public static Base base(Path dossier) {
        return base(dossier, "essai");
    }

    /** A fresh base named {@code nom} (the DuckDB file's name; PostgreSQL databases get a unique name). */
    public static Base base(Path dossier, String nom) {
        return Base.ouvrir(adresse(dossier, nom));
    }

    /** The address of a fresh base, for {@code --base} on the command line: a file path or a JDBC URL. */
    public static String adresse(Path dossier, String nom) {
        return BasesDeTest.nouvelle(dossier, nom);
    }

    public static Importateur importateur(Base base) {
        return new Importateur(base, Catalogue.standard().ids());
    }

    public static ResumeImport importer(Base base, Path fichier, TypeFichier type) {
        return importateur(base).importer(fichier, type, Correspondance.AUCUNE, false);
    }

    /** Every row of a table, as text, in a stable order: to prove that nothing changed. */
    public static List<String> contenu(Base base, String table) {
        return base.jdbi().withHandle(h -> h.createQuery("SELECT * FROM " + table)
                .map((rs, ctx) -> {
                    StringBuilder s = new StringBuilder();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        // Doubles through Java, not the driver: PostgreSQL's prints 75.0 as "75", DuckDB's as "75.0".
                        Object v = rs.getObject(i);
                        s.append(v instanceof Double d ? d.toString() : rs.getString(i)).append('|');
                    }
                    return s.toString();
                }).list()).stream().sorted().toList();
    }
}
