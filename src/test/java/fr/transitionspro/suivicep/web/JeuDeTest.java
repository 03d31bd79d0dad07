package fr.transitionspro.suivicep.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Comptes;
import fr.transitionspro.suivicep.comptes.Role;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.importation.TypeFichier;

/** The data the web tests read: 2023 entries imported for Normandie (28) and Brittany (53), nothing else. */
final class JeuDeTest {

    static final String MOT_DE_PASSE = "un mot de passe d'essai";

    private JeuDeTest() {
    }

    /** Imports the entries; a slice is replaced by a new import, so calling it again changes nothing but the journal. */
    static void importer(Base base) {
        try {
            Path dossier = Files.createTempDirectory("suivi-cep-web-");
            Fixtures.importer(base, Fixtures.fichier(dossier, "entrees-normandie-2023.csv",
                    "annee;region;operateur;effectif\n2023;28;APEC;1265\n2023;28;CAP_EMPLOI;310\n"), TypeFichier.ENTREES);
            Fixtures.importer(base, Fixtures.fichier(dossier, "entrees-bretagne-2023.csv",
                    "annee;region;operateur;effectif\n2023;53;APEC;980\n"), TypeFichier.ENTREES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new account with a unique address (the tests share one base), returned as its login. */
    static String compte(Comptes comptes, Role role, String region, String operateur) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@essai.fr";
        comptes.ajouter(email, role, region, operateur, MOT_DE_PASSE.toCharArray());
        return email;
    }
}
