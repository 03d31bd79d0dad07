package fr.transitionspro.suivicep.generateur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generates Normandie (REGION scale) for 2023 and 2024 once, then checks the files. */
class GenerateurMicrodonneesTest {
    private static final long GRAINE = 20_240_601L;
    private static final List<Integer> ANNEES = List.of(2023, 2024);

    @TempDir
    static Path dossierTemporaire;

    private static Path sortie;
    private static Resume resume;
    private static List<String[]> entrees;
    private static List<String[]> dossiers;

    @BeforeAll
    static void genererNormandie() throws IOException {
        sortie = dossierTemporaire.resolve("reference");
        resume = GenerateurMicrodonnees.generer(Echelle.REGION, GRAINE, ANNEES, sortie);
        entrees = new ArrayList<>();
        dossiers = new ArrayList<>();
        for (int annee : ANNEES) {
            entrees.addAll(lignes(sortie.resolve("entrees-" + annee + ".csv")));
            dossiers.addAll(lignes(sortie.resolve("dossiers-" + annee + ".csv")));
        }
    }

    // ---- reproducibility ----

    @Test
    void sameSeedGivesIdenticalFiles() throws IOException {
        Path autre = dossierTemporaire.resolve("meme-graine");
        Resume second = GenerateurMicrodonnees.generer(Echelle.REGION, GRAINE, ANNEES, autre);

        assertThat(second.fichiers()).hasSameSizeAs(resume.fichiers());
        for (Path fichier : resume.fichiers()) {
            assertThat(Files.mismatch(fichier, autre.resolve(fichier.getFileName())))
                    .as(fichier.getFileName().toString()).isEqualTo(-1L);
        }
    }

    @Test
    void differentSeedsGiveDifferentFiles() throws IOException {
        Path autre = dossierTemporaire.resolve("autre-graine");
        GenerateurMicrodonnees.generer(Echelle.REGION, GRAINE + 1, List.of(2023), autre);

        assertThat(Files.mismatch(sortie.resolve("entrees-2023.csv"), autre.resolve("entrees-2023.csv")))
                .isNotEqualTo(-1L);
        assertThat(Files.mismatch(sortie.resolve("dossiers-2023.csv"), autre.resolve("dossiers-2023.csv")))
                .isNotEqualTo(-1L);
    }

    @Test
    void differentYearsGiveDifferentRowsAndCounts() throws IOException {
        List<String[]> e2023 = lignes(sortie.resolve("entrees-2023.csv"));
        List<String[]> e2024 = lignes(sortie.resolve("entrees-2024.csv"));

        assertThat(e2023.size()).isNotEqualTo(e2024.size());
        int identiques = 0;
        for (int i = 0; i < 1_000; i++) {
            // Everything but the year column: years must not repeat each other's draws.
            if (String.join(";", List.of(e2023.get(i)).subList(1, 10))
                    .equals(String.join(";", List.of(e2024.get(i)).subList(1, 10)))) {
                identiques++;
            }
        }
        assertThat(identiques).isLessThan(200);
    }

    @Test
    void refusesToGenerateWithoutAnyYear() {
        assertThatThrownBy(() -> GenerateurMicrodonnees.generer(Echelle.REGION, GRAINE, List.of(),
                dossierTemporaire.resolve("sans-annee"))).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- file layout ----

    @Test
    void headersAreTheCanonicalColumns() throws IOException {
        assertThat(premiereLigne("entrees-2023.csv"))
                .isEqualTo("annee;region;operateur;sexe;age;tranche_age;niveau;objectif;statut;effectif");
        assertThat(premiereLigne("dossiers-2023.csv")).isEqualTo("id_dossier;dispositif;annee;region;decision;"
                + "operateur_cep;sexe;age;niveau;contrat;temps_partiel;csp;rqth;naf_origine;rome_origine;"
                + "certification_visee;libelle_certification;rome_cible;projet;naf_projet;statut_candidat");
        assertThat(premiereLigne("population.csv"))
                .isEqualTo("region;annee;actifs;population_15_64;actifs_occupes");
    }

    @Test
    void filesAreUtf8WithoutBomAndWithLfLineEnds() throws IOException {
        for (Path fichier : resume.fichiers()) {
            byte[] octets = Files.readAllBytes(fichier);
            assertThat(octets[0]).as("no BOM").isNotEqualTo((byte) 0xEF);
            assertThat(octets[octets.length - 1]).isEqualTo((byte) '\n');
            String texte = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(octets)).toString();
            assertThat(texte).doesNotContain("\r");
        }
    }

    @Test
    void everyRowHasTheHeadersNumberOfCells() {
        assertThat(entrees).allSatisfy(l -> assertThat(l).hasSize(10));
        assertThat(dossiers).allSatisfy(l -> assertThat(l).hasSize(21));
    }

    @Test
    void noColumnLooksLikeAPersonalIdentifier() throws IOException {
        Set<String> interdites = Set.of("nom", "prenom", "nir", "numero_securite_sociale", "email", "telephone",
                "adresse", "date_naissance");
        for (Path fichier : resume.fichiers()) {
            assertThat(Files.readAllLines(fichier).get(0).split(";")).doesNotContainAnyElementsOf(interdites);
        }
    }

    @Test
    void summaryListsTheFilesAndCountsTheRowsWritten() {
        assertThat(resume.fichiers()).containsExactly(
                sortie.resolve("entrees-2023.csv"), sortie.resolve("dossiers-2023.csv"),
                sortie.resolve("entrees-2024.csv"), sortie.resolve("dossiers-2024.csv"),
                sortie.resolve("population.csv"));
        assertThat(resume.lignesEntrees()).isEqualTo(entrees.size());
        assertThat(resume.lignesDossiers()).isEqualTo(dossiers.size());
    }

    // ---- scale ----

    @Test
    void regionScaleHoldsOnlyNormandie() throws IOException {
        assertThat(entrees).allSatisfy(l -> assertThat(l[1]).isEqualTo("28"));
        assertThat(dossiers).allSatisfy(l -> assertThat(l[3]).isEqualTo("28"));
        assertThat(lignes(sortie.resolve("population.csv")))
                .extracting(l -> l[0] + ";" + l[1] + ";" + l[2])
                .containsExactly("28;2023;1495850", "28;2024;1500338");
    }

    @Test
    void normandieGetsAboutHundredFortyEightThousandEntriesAndThreeThousandDossiersAYear() {
        for (int annee : ANNEES) {
            String a = Integer.toString(annee);
            assertThat(entrees.stream().filter(l -> l[0].equals(a)).count()).isBetween(142_000L, 154_000L);
            assertThat(dossiers.stream().filter(l -> l[2].equals(a)).count()).isBetween(3_000L, 3_400L);
        }
    }

    @Test
    void nationalScaleSplitsAboutThreePointTwoMillionEntriesAcrossAllEighteenRegions() {
        assertThat(Region.TOUTES).hasSize(18);
        long total = Region.TOUTES.stream().mapToLong(r -> Volumes.entrees(GRAINE, 2023, r)).sum();
        assertThat(total).isBetween(3_100_000L, 3_350_000L);
        long ptp = Region.TOUTES.stream().mapToLong(r -> Volumes.dossiers(GRAINE, 2023, r, Dispositif.PTP)).sum();
        assertThat(ptp).isBetween(25_000L, 31_000L);
    }

    // ---- entries ----

    @Test
    void entriesAreMicrodataWithAnAgeButNoAgeBandNorWeight() {
        assertThat(entrees).allSatisfy(l -> {
            assertThat(l[5]).as("tranche_age").isEmpty();
            assertThat(l[9]).as("effectif").isEmpty();
            if (!l[4].isEmpty()) {
                assertThat(Integer.parseInt(l[4])).isBetween(16, 70);
            }
        });
    }

    @Test
    void entryOperatorSharesAreThoseOfTheAgoraExtracts() {
        Map<String, Double> parts = parts(entrees, 2);
        assertThat(parts.get("FRANCE_TRAVAIL")).isBetween(79.0, 84.0);
        assertThat(parts.get("MISSION_LOCALE")).isBetween(6.5, 9.5);
        assertThat(parts.get("FRANCE_COMPETENCES")).isBetween(4.0, 6.0);
        assertThat(parts.get("CAP_EMPLOI")).isBetween(1.5, 3.5);
        assertThat(parts.get("APEC")).isBetween(2.0, 4.0);
    }

    @Test
    void entryCellsAreCanonicalCodes() {
        Set<String> objectifs = Set.of("ANTICIPER_PERTE_EMPLOI", "CHANGER_METIER", "CREER_REPRENDRE_ENTREPRISE",
                "FAIRE_LE_POINT", "PREMIERE_INSERTION", "TROUVER_EMPLOI", "ACQUERIR_COMPETENCES", "AUTRE",
                "EVOLUER_POSTE", "PLURIACTIVITE", "RECONNAISSANCE_COMPETENCES", "");
        assertThat(colonne(entrees, 3)).isSubsetOf("F", "M", "");
        assertThat(colonne(entrees, 6)).isSubsetOf("SANS", "3", "4", "5", "6", "7", "8", "");
        assertThat(colonne(entrees, 7)).isSubsetOf(objectifs);
        assertThat(colonne(entrees, 8)).isSubsetOf("SALARIE", "INDEPENDANT", "DEMANDEUR_EMPLOI", "AUTRE", "");
    }

    @Test
    void unknownCellsAreRareButPresent() {
        for (int c : new int[] {3, 4, 6, 7, 8}) {
            double vides = 100.0 * entrees.stream().filter(l -> l[c].isEmpty()).count() / entrees.size();
            assertThat(vides).as("column %d", c).isBetween(0.1, 6.0);
        }
    }

    @Test
    void statusAndAgeAreConsistentWithTheOperator() {
        assertThat(entrees).filteredOn(l -> l[2].equals("FRANCE_COMPETENCES"))
                .noneMatch(l -> l[8].equals("DEMANDEUR_EMPLOI"));
        assertThat(parts(filtrer(entrees, l -> l[2].equals("FRANCE_TRAVAIL")), 8).get("DEMANDEUR_EMPLOI"))
                .isGreaterThan(90.0);
        assertThat(entrees).filteredOn(l -> l[2].equals("MISSION_LOCALE") && !l[4].isEmpty())
                .allSatisfy(l -> assertThat(Integer.parseInt(l[4])).isLessThanOrEqualTo(29));
        assertThat(parts(filtrer(entrees, l -> l[2].equals("APEC")), 6).get("7")).isGreaterThan(45.0);
    }

    @Test
    void nobodyHoldsALevelTooHighForTheirAge() {
        assertThat(entrees).filteredOn(l -> !l[4].isEmpty() && Integer.parseInt(l[4]) < 18)
                .allSatisfy(l -> assertThat(l[6]).isIn("SANS", "3", ""));
    }

    // ---- dossiers ----

    @Test
    void dossierIdsAreUniquePerSchemeYearAndRegion() {
        Set<String> vus = new HashSet<>();
        for (String[] l : dossiers) {
            assertThat(l[0]).matches("[0-9A-F]{8}");
            assertThat(vus.add(l[1] + "|" + l[2] + "|" + l[3] + "|" + l[0])).as("duplicate id %s", l[0]).isTrue();
        }
    }

    @Test
    void dossierCellsAreCanonicalCodes() {
        assertThat(colonne(dossiers, 1)).containsExactlyInAnyOrder(
                "PTP", "DEMISSION_RECONVERSION", "TRANSCO", "VAE", "CLEA");
        assertThat(colonne(dossiers, 4)).isSubsetOf("ACCEPTE", "REFUSE", "AJOURNE");
        assertThat(colonne(dossiers, 5)).isSubsetOf(
                "APEC", "CAP_EMPLOI", "FRANCE_COMPETENCES", "MISSION_LOCALE", "FRANCE_TRAVAIL", "FONGECIF", "");
        assertThat(colonne(dossiers, 9)).isSubsetOf("CDI", "CDD", "INTERIM", "INTERMITTENT", "AUTRE", "");
        assertThat(colonne(dossiers, 10)).isSubsetOf("O", "N", "");
        assertThat(colonne(dossiers, 11)).isSubsetOf("OUVRIER", "EMPLOYE", "PROFESSION_INTERMEDIAIRE", "CADRE",
                "AUTRE", "");
        assertThat(colonne(dossiers, 12)).isSubsetOf("OUI", "EN_COURS", "NON", "");
        assertThat(dossiers).allSatisfy(l -> {
            assertThat(l[13]).matches("(\\d\\d\\.\\d\\d[A-Z])?");
            assertThat(l[19]).matches("(\\d\\d\\.\\d\\d[A-Z])?");
            assertThat(l[14]).matches("([A-N]\\d{4})?");
            assertThat(l[17]).matches("([A-N]\\d{4})?");
            assertThat(l[15]).matches("((RNCP|RS)\\d+)?");
            assertThat(l[7].isEmpty() || Integer.parseInt(l[7]) >= 16).isTrue();
        });
    }

    @Test
    void schemeSpecificColumnsAreFilledOnlyForTheirScheme() {
        assertThat(dossiers).filteredOn(l -> !l[1].equals("DEMISSION_RECONVERSION"))
                .allSatisfy(l -> assertThat(l[18]).as("projet").isEmpty());
        assertThat(dossiers).filteredOn(l -> !l[18].equals("CREATION_REPRISE"))
                .allSatisfy(l -> assertThat(l[19]).as("naf_projet").isEmpty());
        assertThat(dossiers).filteredOn(l -> !l[1].equals("CLEA"))
                .allSatisfy(l -> assertThat(l[20]).as("statut_candidat").isEmpty());
        assertThat(dossiers).filteredOn(l -> l[1].equals("CLEA") && l[20].equals("DEMANDEUR_EMPLOI"))
                .allSatisfy(l -> assertThat(l[9]).as("contrat").isEmpty());

        List<String[]> prp = filtrer(dossiers, l -> l[1].equals("DEMISSION_RECONVERSION"));
        assertThat(parts(prp, 18).get("CREATION_REPRISE")).isBetween(65.0, 75.0);
        assertThat(parts(filtrer(dossiers, l -> l[1].equals("CLEA")), 20).get("DEMANDEUR_EMPLOI"))
                .isBetween(80.0, 90.0);
    }

    @Test
    void mostDossiersAreAcceptedAndAboutHalfOfPtpHadNoCep() {
        assertThat(parts(dossiers, 4).get("ACCEPTE")).isGreaterThan(75.0);
        List<String[]> ptp = filtrer(dossiers, l -> l[1].equals("PTP"));
        double sansCep = 100.0 * ptp.stream().filter(l -> l[5].isEmpty()).count() / ptp.size();
        assertThat(sansCep).isBetween(50.0, 60.0);
    }

    // ---- helpers ----

    private static List<String[]> lignes(Path fichier) throws IOException {
        List<String> texte = Files.readAllLines(fichier, StandardCharsets.UTF_8);
        List<String[]> lignes = new ArrayList<>(texte.size());
        for (String ligne : texte.subList(1, texte.size())) {
            lignes.add(ligne.split(";", -1));
        }
        return lignes;
    }

    private static String premiereLigne(String nom) throws IOException {
        try (var lecteur = Files.newBufferedReader(sortie.resolve(nom))) {
            return lecteur.readLine();
        }
    }

    private static Set<String> colonne(List<String[]> lignes, int c) {
        Set<String> valeurs = new HashSet<>();
        lignes.forEach(l -> valeurs.add(l[c]));
        return valeurs;
    }

    private static List<String[]> filtrer(List<String[]> lignes, Predicate<String[]> filtre) {
        return lignes.stream().filter(filtre).toList();
    }

    /** Share (%) of each value of a column among rows where it is known. */
    private static Map<String, Double> parts(List<String[]> lignes, int c) {
        Map<String, Double> comptes = new HashMap<>();
        long connus = 0;
        for (String[] l : lignes) {
            if (!l[c].isEmpty()) {
                comptes.merge(l[c], 1.0, Double::sum);
                connus++;
            }
        }
        long total = connus;
        comptes.replaceAll((k, v) -> 100.0 * v / total);
        return comptes;
    }
}
