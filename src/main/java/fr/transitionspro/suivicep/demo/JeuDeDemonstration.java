package fr.transitionspro.suivicep.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.importation.Correspondance;
import fr.transitionspro.suivicep.importation.Importateur;
import fr.transitionspro.suivicep.importation.TypeFichier;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.referentiel.Configuration;

/**
 * The demo's data: the synthetic Normandie dataset written as canonical files in
 * {@code dossier/donnees}, then imported into a new base {@code dossier/suivi-cep.duckdb}
 * through the same import as any association's files (no shortcut), or into a base given by the caller.
 */
public final class JeuDeDemonstration {

    static final String BASE = "suivi-cep.duckdb";

    private JeuDeDemonstration() {
    }

    /** Returns the open base; the caller closes it. */
    public static Base preparerBase(Path dossier) throws IOException {
        Files.deleteIfExists(dossier.resolve(BASE));
        Files.deleteIfExists(dossier.resolve(BASE + ".wal"));
        Files.createDirectories(dossier);
        return preparerBase(dossier, Base.ouvrir(dossier.resolve(BASE).toString()));
    }

    /**
     * Writes the data into {@code dossier/donnees} and imports it into {@code base}, which must be
     * empty (the tests pass one on each engine); returns it, or closes it when the import fails.
     */
    public static Base preparerBase(Path dossier, Base base) throws IOException {
        try {
            Path donnees = dossier.resolve("donnees");
            vider(donnees);
            Files.createDirectories(donnees);
            List<FichierDemo> fichiers = DonneesDemo.ecrire(donnees);
            Path configuration = donnees.resolve("configuration.yaml");
            try (InputStream in = JeuDeDemonstration.class.getResourceAsStream("/demo/configuration.yaml")) {
                Files.copy(in, configuration, StandardCopyOption.REPLACE_EXISTING);
            }
            Configuration.lire(configuration).enregistrer(base);
            Importateur importateur = new Importateur(base, Catalogue.standard().ids());
            for (FichierDemo f : fichiers) {
                importateur.importer(f.chemin(), TypeFichier.lire(f.type()).orElseThrow(), Correspondance.AUCUNE, false);
            }
            return base;
        } catch (IOException | RuntimeException e) {
            base.close();
            throw e;
        }
    }

    private static void vider(Path dossier) throws IOException {
        if (Files.isDirectory(dossier)) {
            try (var fichiers = Files.list(dossier)) {
                for (Path f : fichiers.toList()) {
                    Files.delete(f);
                }
            }
        }
    }
}
