package fr.transitionspro.suivicep.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.importation.Correspondance;
import fr.transitionspro.suivicep.importation.Importateur;
import fr.transitionspro.suivicep.importation.TypeFichier;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.referentiel.Configuration;

/**
 * The quality annex on the small Normandie fixture of {@link GenerateurRapportTest}, plus four
 * figures « as published » (source publie), worked out by hand:
 *
 * <pre>
 * A.1 France compétences (Groupement Évolution), Normandie 2023: AGORA 200 + 65 = 265, EVOL 300
 *     → gap +35, 35 / 265 = 13,21 % → « +13,2 % »
 * A.2 PTP 2023: 4 dossiers (a count below 5), taux d'acceptation 3 / 4 computed on 4 dossiers (below 30);
 *     PTP 2022: 5 dossiers — not below 5, not flagged; CEP shares rest on 1 265 entries — not flagged
 * A.3 ptp.taux_acceptation 2023 published 70, recomputed 75 → differs, « +5,0 pt »
 *     ptp.dossiers 2023 published 4, recomputed 4 → consistent
 *     cep.taux_recours 2023 published 6.3 (one decimal), recomputed 1 265 / 20 000 = 6,325 → 6,3: consistent,
 *       shown with one more decimal « 6,33 % », gap 6,33 − 6,3 = « +0,03 pt »
 *     prp.dossiers 2020 published 481: no 2020 dossier → no recomputed value, « n.d. »
 * </pre>
 */
class AnnexeQualiteTest {

    private static final char INSECABLE = '\u00a0';
    private static final String TABLEAU_ECARTS = "Entrées en CEP en 2023 : AGORA et systèmes d'information des opérateurs";
    private static final String TABLEAU_EFFECTIFS = "Chiffres du rapport reposant sur de faibles effectifs";
    private static final String TABLEAU_PUBLIES = "Chiffres publiés et chiffres recalculés, Normandie";

    @TempDir
    static Path temporaire;

    private static PageRapport page;

    @BeforeAll
    static void genererLeRapportAvecSesChiffresPublies() throws Exception {
        try (Base b = Fixtures.base(temporaire, "base")) {
            GenerateurRapportTest.importerLaFixture(b, temporaire.resolve("fixture"));
            Path publies = temporaire.resolve("publies.csv");
            Files.writeString(publies, """
                    indicateur;region;annee;dimensions;valeur;unite;source
                    ptp.taux_acceptation;28;2023;;70;pourcentage;publie
                    ptp.dossiers;28;2023;;4;nombre;publie
                    cep.taux_recours;28;2023;;6.3;pourcentage;publie
                    prp.dossiers;28;2020;;481;nombre;publie
                    """, StandardCharsets.UTF_8);
            new Importateur(b, Catalogue.standard().ids()).importer(publies, TypeFichier.AGREGATS, Correspondance.AUCUNE, false);
            new Configuration(List.of(new Configuration.NomOperateur("FRANCE_COMPETENCES", "28", 2020, 2023,
                    "Groupement Évolution")), List.of(), List.of(GenerateurRapportTest.SANS_SECRET)).enregistrer(b);
            List<Path> fichiers = new GenerateurRapport(b, Catalogue.standard(),
                    Clock.fixed(Instant.parse("2024-09-15T10:00:00Z"), ZoneId.of("Europe/Paris")))
                    .generer("28", 2023, Set.of("html"), temporaire.resolve("sortie"));
            page = new PageRapport(Files.readString(fichiers.get(0), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theAnnexComesAfterProlongementsInTheContentsAndThePage() {
        String texte = page.texte();
        assertThat(texte).contains("Prolongements : perspectives sur le positionnement de la mission et de sa méthodologie "
                + "Annexe : qualité des données A.1 Rapprochement d'AGORA et des systèmes d'information des opérateurs "
                + "A.2 Chiffres reposant sur de faibles effectifs A.3 Chiffres publiés et chiffres recalculés");
        assertThat(texte.lastIndexOf("Annexe : qualité des données")).isGreaterThan(texte.lastIndexOf("Prolongements :"));
    }

    @Test
    void theReconciliationGivesBothCountsTheGapAndTheGapInPercent() {
        assertThat(page.entetes(TABLEAU_ECARTS)).containsExactly("Opérateur", "Système", "Périmètre", "Entrées AGORA",
                "Entrées du système", "Écart", "Écart en %");
        assertThat(page.lignes(TABLEAU_ECARTS)).containsExactly(
                List.of("Groupement Évolution", "EVOL", "Normandie", "265", "300", "+35", "+13,2" + INSECABLE + "%"));
        assertThat(page.texte()).contains("Lecture : En 2023, EVOL compte 300 entrées pour Groupement Évolution (Normandie), "
                + "soit 35 de plus qu'AGORA (+13,2" + INSECABLE + "%).");
    }

    @Test
    void smallCountsListTheFiguresRestingOnFewPeopleWithTheirCount() {
        List<List<String>> lignes = page.lignes(TABLEAU_EFFECTIFS);
        assertThat(lignes).contains(
                List.of("Dossiers PTP présentés", "Normandie", "2023", "Ensemble", "4", "Effectif inférieur à 5"),
                List.of("Taux d'acceptation des dossiers PTP", "Normandie", "2023", "Ensemble", "4",
                        "Taux calculé sur moins de 30 personnes"));
        assertThat(lignes).noneMatch(l -> l.get(0).equals("Dossiers PTP présentés") && l.get(2).equals("2022"));
        assertThat(lignes).noneMatch(l -> l.get(0).contains("CEP") && !l.get(0).contains("PTP")
                && !l.get(0).contains("démission"));
        assertThat(page.texte()).contains("une part, un taux ou une moyenne calculés sur moins de 30 personnes");
    }

    @Test
    void publishedFiguresAreGroupedByWhetherTheRecomputedValueMatchesAtThePublishedPrecision() {
        assertThat(page.entetes(TABLEAU_PUBLIES)).containsExactly("Indicateur", "Région", "Année", "Précision", "Publié",
                "Recalculé", "Écart");
        Map<String, List<List<String>>> groupes = page.groupes(TABLEAU_PUBLIES);
        assertThat(groupes.keySet()).containsExactly("Écarts au-delà de la précision publiée", "Chiffres concordants",
                "Chiffres sans valeur recalculée");
        assertThat(groupes.get("Écarts au-delà de la précision publiée")).containsExactly(
                List.of("Taux d'acceptation des dossiers PTP", "Normandie", "2023", "Ensemble", "70" + INSECABLE + "%",
                        "75,0" + INSECABLE + "%", "+5,0" + INSECABLE + "pt"));
        assertThat(groupes.get("Chiffres concordants")).containsExactly(
                List.of("Taux de recours au CEP", "Normandie", "2023", "Ensemble", "6,3" + INSECABLE + "%",
                        "6,33" + INSECABLE + "%", "+0,03" + INSECABLE + "pt"),
                List.of("Dossiers PTP présentés", "Normandie", "2023", "Ensemble", "4", "4", "0"));
        assertThat(groupes.get("Chiffres sans valeur recalculée")).containsExactly(
                List.of("Dossiers démission-reconversion présentés", "Normandie", "2020", "Ensemble", "481", "n.d.", "n.d."));
        assertThat(page.texte()).contains("Sur 4 chiffres publiés, 1 diffère de la valeur recalculée au-delà de la précision "
                + "publiée et 2 sont concordants ; 1 n'a pas de valeur recalculée.");
    }

    @Test
    void annexTablesAreNumberedAfterThoseOfPartTwoWithSourcesAndScope() {
        int ecarts = numero(page.legende(TABLEAU_ECARTS));
        assertThat(numero(page.legende(TABLEAU_EFFECTIFS))).isEqualTo(ecarts + 1);
        assertThat(numero(page.legende(TABLEAU_PUBLIES))).isEqualTo(ecarts + 2);
        assertThat(numero(page.legende("Répartition des dossiers démission-reconversion acceptés selon le projet, par région")))
                .isEqualTo(ecarts - 1);
        assertThat(page.texte()).contains("Champ : Entrées comptées par l'opérateur moins entrées AGORA")
                .contains("Sources : Rapport publié (chiffres importés, source « publie »)");
    }

    private static int numero(String legende) {
        return Integer.parseInt(legende.replaceFirst("^Tableau (\\d+) – .*", "$1"));
    }
}
