package fr.transitionspro.suivicep.indicateurs;

import static fr.transitionspro.suivicep.importation.Fixtures.fichier;
import static fr.transitionspro.suivicep.importation.Fixtures.importer;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.importation.ResumeImport;
import fr.transitionspro.suivicep.importation.TypeFichier;

class TracabiliteTest {

    @TempDir
    Path dossier;

    @Test
    void aValueIsTracedToItsDefinitionItsSqlAndTheImportsOfEveryRegionItCovers() throws Exception {
        try (Base base = Fixtures.base(dossier)) {
            ResumeImport normandie = importer(base, fichier(dossier, "normandie.csv", "annee;region;operateur;effectif\n2023;28;APEC;99\n"),
                    TypeFichier.ENTREES);
            ResumeImport idf = importer(base, fichier(dossier, "idf.csv", "annee;region;operateur;effectif\n2023;11;APEC;300\n"),
                    TypeFichier.ENTREES);
            importer(base, fichier(dossier, "pop.csv", "region;annee;actifs\n28;2023;1000\n11;2023;2000\n"), TypeFichier.POPULATION);
            Trace t = new Tracabilite(base, Catalogue.standard()).tracer("cep.taux_recours", "FM", 2023);
            String texte = t.enTexte();
            assertThat(texte).contains("cep.taux_recours — Taux de recours au CEP (pourcentage)")
                    .contains("Mesure : rapport de cep.entrees, population.actifs")
                    .contains("— = 13.3 (calcul)") // (99 + 300) / (1 000 + 2 000)
                    .contains("entrees 11/2023 : 1 lignes, import #" + idf.importId())
                    .contains("entrees 28/2023 : 1 lignes, import #" + normandie.importId())
                    .contains("fichier normandie.csv, SHA-256 " + normandie.sha256())
                    .contains("population 28/2023");
            Trace direct = new Tracabilite(base, Catalogue.standard()).tracer("cep.entrees", "28", 2023);
            assertThat(direct.sql()).hasSize(2).allMatch(q -> q.contains("FROM entree t JOIN perimetre_region p"));
        }
    }
}
