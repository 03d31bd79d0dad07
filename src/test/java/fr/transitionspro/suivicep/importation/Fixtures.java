package fr.transitionspro.suivicep.importation;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.indicateurs.Catalogue;

/** Small named fixtures: CSV files written by the test, and a fresh base in a temporary folder. */
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
        return Base.ouvrir(dossier.resolve("essai.duckdb").toString());
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
                        s.append(rs.getString(i)).append('|');
                    }
                    return s.toString();
                }).list()).stream().sorted().toList();
    }
}
