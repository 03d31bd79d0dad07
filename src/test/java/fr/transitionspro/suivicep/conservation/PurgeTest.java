package fr.transitionspro.suivicep.conservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.demo.JeuDeDemonstration;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.importation.ImportRefuse;
import fr.transitionspro.suivicep.importation.TypeFichier;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.indicateurs.Export;
import fr.transitionspro.suivicep.indicateurs.MoteurIndicateurs;
import fr.transitionspro.suivicep.indicateurs.ValeurIndicateur;
import fr.transitionspro.suivicep.rapport.GenerateurRapport;

/** RGPD retention: the detailed rows of old years go, their figures stay. */
class PurgeTest {

    @TempDir
    Path dossier;

    private static long lignes(Base b, String table) {
        return b.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    private static double valeur(List<ValeurIndicateur> valeurs, String id, int annee) {
        return valeurs.stream().filter(v -> v.indicateur().equals(id) && v.region().equals("28") && v.annee() == annee
                && v.dimensions().isEmpty()).findFirst().orElseThrow().valeur();
    }

    @Test
    void theYearsBeforeTheLimitLoseTheirRowsAndKeepTheirIndicatorsWhileLaterYearsStayDetailed() throws Exception {
        try (Base b = Fixtures.base(dossier)) {
            Fixtures.importer(b, Fixtures.fichier(dossier, "e.csv", "annee;region;operateur;effectif\n"
                    + "2022;28;APEC;1000\n2022;28;CAP_EMPLOI;250\n2023;28;APEC;1265\n"), TypeFichier.ENTREES);
            Fixtures.importer(b, Fixtures.fichier(dossier, "d.csv", "id_dossier;dispositif;annee;region;decision\n"
                    + "A;PTP;2022;28;ACCEPTE\nB;PTP;2022;28;REFUSE\nC;PTP;2023;28;ACCEPTE\n"), TypeFichier.DOSSIERS);
            List<ValeurIndicateur> avant = new MoteurIndicateurs(b, Catalogue.standard()).calculer(List.of(2022, 2023), List.of());

            Purge.Resume r = new Purge(b, Catalogue.standard()).purger(2023);
            assertThat(r.annees()).containsOnlyKeys(2022);
            assertThat(r.annees().get(2022)).containsExactly(2, 2);
            assertThat(lignes(b, "entree")).isEqualTo(1);
            assertThat(lignes(b, "dossier")).isEqualTo(1);

            List<ValeurIndicateur> apres = new MoteurIndicateurs(b, Catalogue.standard()).calculer(List.of(2022, 2023), List.of());
            assertThat(apres).isEqualTo(avant);
            assertThat(valeur(apres, "cep.entrees", 2022)).isEqualTo(1250.0);
            // 2023 against the frozen 2022: 100 × (1 265 − 1 250) / 1 250 = 1,2 %.
            assertThat(valeur(apres, "cep.entrees.variation", 2023)).isEqualTo(1.2);

            assertThatThrownBy(() -> Fixtures.importer(b, Fixtures.fichier(dossier, "e2022.csv",
                    "annee;region;operateur;effectif\n2022;28;APEC;1\n"), TypeFichier.ENTREES)).isInstanceOf(ImportRefuse.class)
                    .hasMessageContaining("l'année 2022 a été purgée (« suivi-cep purger ») : ses indicateurs sont figés");
            assertThat(new Purge(b, Catalogue.standard()).purger(2023).annees()).isEmpty();
            assertThat(new MoteurIndicateurs(b, Catalogue.standard()).calculer(List.of(2022, 2023), List.of())).isEqualTo(avant);
        }
    }

    @Test
    void theReportOfAPurgedYearComesOutWithTheSameFigures() throws Exception {
        try (Base b = JeuDeDemonstration.preparerBase(dossier.resolve("demo"), Fixtures.base(dossier, "demo"))) {
            String jsonAvant = json(b);
            String rapportAvant = rapport(b, "avant");
            assertThat(lignes(b, "dossier")).isPositive();

            Purge.Resume r = new Purge(b, Catalogue.standard()).purger(2024);
            assertThat(r.annees()).containsKeys(2022, 2023);
            assertThat(lignes(b, "entree")).isZero();
            assertThat(lignes(b, "dossier")).isZero();

            assertThat(json(b)).isEqualTo(jsonAvant);
            assertThat(rapport(b, "apres")).isEqualTo(rapportAvant);
        }
    }

    private static String json(Base b) throws Exception {
        StringWriter w = new StringWriter();
        Export.json(new MoteurIndicateurs(b, Catalogue.standard()).calculer(List.of(2020, 2021, 2022, 2023), List.of()), w);
        return w.toString();
    }

    private String rapport(Base b, String nom) throws Exception {
        return Files.readString(new GenerateurRapport(b, Catalogue.standard()).generer("28", 2023, Set.of("html"), dossier.resolve(nom))
                .get(0));
    }
}
