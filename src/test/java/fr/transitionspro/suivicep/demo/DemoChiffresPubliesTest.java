package fr.transitionspro.suivicep.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.indicateurs.MoteurIndicateurs;
import fr.transitionspro.suivicep.indicateurs.ValeurIndicateur;
import fr.transitionspro.suivicep.indicateurs.Valeurs;

/**
 * Every figure of demo.md, recomputed by the engine from the demo dataset and rounded to the
 * precision demo.md gives: the expected values below are the PUBLISHED figures, the inputs of
 * this test, never the engine's output.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoChiffresPubliesTest {

    @TempDir
    static Path dossier;

    Base base;
    Valeurs v;

    @BeforeAll
    void preparer() throws Exception {
        base = JeuDeDemonstration.preparerBase(dossier, Fixtures.base(dossier, "demo"));
        v = new Valeurs(new MoteurIndicateurs(base, Catalogue.standard()).calculer(List.of(2020, 2021, 2022, 2023), List.of()));
    }

    @AfterAll
    void fermer() {
        // No base when the fixture skipped the test (PostgreSQL absent).
        if (base != null) {
            base.close();
        }
    }

    private static BigDecimal arrondi(double x, int decimales) {
        return BigDecimal.valueOf(x).setScale(decimales, RoundingMode.HALF_UP);
    }

    /** Asserts that a value exists and, rounded half-up to the precision of {@code attendu}, equals it. */
    private void publie(String attendu, String id, String region, int annee, String... dims) {
        Optional<Double> x = v.nombre(id, region, annee, dims);
        BigDecimal e = new BigDecimal(attendu);
        assertThat(x).as("%s %s %d %s", id, region, annee, String.join("=", dims)).isPresent();
        assertThat(arrondi(x.get(), e.scale())).as("%s %s %d %s = %s", id, region, annee, String.join(" ", dims), x.get())
                .isEqualByComparingTo(e);
    }

    private double somme(String id, String region, int annee, String cle, String... codes) {
        double s = 0;
        for (String c : codes) {
            s += v.nombre(id, region, annee, cle, c).orElse(0.0);
        }
        return s;
    }

    private double sommeOperateur(String id, String operateur, String cle, String... codes) {
        double s = 0;
        for (String c : codes) {
            s += v.nombre(id, "28", 2023, "operateur", operateur, cle, c).orElse(0.0);
        }
        return s;
    }

    @Test
    void cepEntriesOfNormandieAndFranceMetropolitaineAreExact() {
        String[] ops = {"APEC", "CAP_EMPLOI", "FRANCE_COMPETENCES", "MISSION_LOCALE", "FRANCE_TRAVAIL"};
        String[] normandie = {"3447", "4576", "7642", "12479", "119549"};
        String[] fm = {"98299", "75011", "160914", "263175", "2641121"};
        publie("147693", "cep.entrees", "28", 2023);
        publie("3238520", "cep.entrees", "FM", 2023);
        for (int i = 0; i < ops.length; i++) {
            publie(normandie[i], "cep.entrees", "28", 2023, "operateur", ops[i]);
            publie(fm[i], "cep.entrees", "FM", 2023, "operateur", ops[i]);
        }
    }

    @Test
    void takeUpRatesAndNormandiesRankAreThePublishedOnes() {
        publie("1495850", "population.actifs", "28", 2023);
        publie("9.9", "cep.taux_recours", "28", 2023);
        publie("10.1", "cep.taux_recours", "FM", 2023);
        publie("12.4", "cep.taux_recours", "93", 2023);
        publie("9.0", "cep.taux_recours", "44", 2023);
        publie("5", "cep.taux_recours.rang", "28", 2023);
        publie("1", "cep.taux_recours.rang", "93", 2023);
        publie("13", "cep.taux_recours.rang", "44", 2023);
    }

    @Test
    void operatorSystemsGapsAreThePublishedOnes() {
        publie("15374", "cep.ecart", "FM", 2023, "operateur", "FRANCE_COMPETENCES", "systeme", "EVOL");
        publie("2181", "cep.ecart", "FM", 2023, "operateur", "CAP_EMPLOI", "systeme", "PARCOURS_H");
        publie("2032", "cep.ecart", "28", 2023, "operateur", "FRANCE_COMPETENCES", "systeme", "EVOL");
        publie("4698", "cep.ecart", "28", 2023, "operateur", "MISSION_LOCALE", "systeme", "I_MILO");
        publie("9674", "ecarts.entrees", "28", 2023, "operateur", "FRANCE_COMPETENCES", "systeme", "EVOL");
        publie("17177", "ecarts.entrees", "28", 2023, "operateur", "MISSION_LOCALE", "systeme", "I_MILO");
    }

    @Test
    void cepBeneficiaryProfilesAreThePublishedOnes() {
        publie("62", "cep.profil.sexe", "28", 2023, "operateur", "FRANCE_COMPETENCES", "sexe", "F");
        publie("54", "cep.profil.sexe", "28", 2023, "operateur", "CAP_EMPLOI", "sexe", "F");
        publie("52", "cep.profil.sexe", "28", 2023, "operateur", "MISSION_LOCALE", "sexe", "M");
        publie("40", "cep.profil.age", "28", 2023, "tranche_age", "18_29");
        publie("32", "cep.profil.age", "28", 2023, "tranche_age", "30_44");
        publie("38", "cep.profil.age", "FM", 2023, "tranche_age", "18_29");
        publie("33", "cep.profil.age", "FM", 2023, "tranche_age", "30_44");
        assertThat(arrondi(sommeOperateur("cep.profil.age", "CAP_EMPLOI", "tranche_age", "45_59", "60_PLUS"), 0)).isEqualByComparingTo("55");
        publie("39.9", "cep.profil.age", "28", 2023, "operateur", "APEC", "tranche_age", "30_44");
        publie("38.7", "cep.profil.age", "28", 2023, "operateur", "APEC", "tranche_age", "45_59");
        publie("56", "cep.profil.age", "28", 2023, "operateur", "FRANCE_COMPETENCES", "tranche_age", "30_44");
        assertThat(arrondi(sommeOperateur("cep.profil.age", "FRANCE_TRAVAIL", "tranche_age", "18_29", "30_44"), 0)).isEqualByComparingTo("72");
        assertThat(arrondi(sommeOperateur("cep.profil.niveau", "APEC", "niveau", "7", "8"), 0)).isEqualByComparingTo("60");
        publie("25", "cep.profil.niveau", "28", 2023, "operateur", "MISSION_LOCALE", "niveau", "SANS");
        assertThat(v.de("cep.profil.niveau", "28", 2023)).noneMatch(x -> "CAP_EMPLOI".equals(x.dimensions().get("operateur"))
                || "FRANCE_TRAVAIL".equals(x.dimensions().get("operateur")));
    }

    @Test
    void theObjectivesTableOfSectionOneThreeIsReproducedForEveryOperator() {
        String[] objectifs = {"ANTICIPER_PERTE_EMPLOI", "CHANGER_METIER", "CREER_REPRENDRE_ENTREPRISE", "FAIRE_LE_POINT",
            "PREMIERE_INSERTION", "TROUVER_EMPLOI", "ACQUERIR_COMPETENCES", "AUTRE", "EVOLUER_POSTE", "PLURIACTIVITE",
            "RECONNAISSANCE_COMPETENCES"};
        String[] operateurs = {"APEC", "CAP_EMPLOI", "FRANCE_COMPETENCES", "MISSION_LOCALE", "FRANCE_TRAVAIL"};
        int[][] publies = {{5, 4, 0, 0, 0}, {21, 1, 54, 9, 0}, {11, 0, 18, 1, 0}, {9, 1, 14, 3, 0}, {5, 0, 0, 10, 0},
            {50, 94, 0, 30, 100}, {0, 0, 2, 28, 0}, {0, 0, 1, 8, 0}, {0, 0, 9, 1, 0}, {0, 0, 0, 1, 0}, {0, 0, 2, 9, 0}};
        for (int i = 0; i < objectifs.length; i++) {
            for (int j = 0; j < operateurs.length; j++) {
                double x = v.nombre("cep.objectif", "28", 2023, "objectif", objectifs[i], "operateur", operateurs[j]).orElse(0.0);
                assertThat(arrondi(x, 0)).as("%s %s = %s", objectifs[i], operateurs[j], x).isEqualByComparingTo(String.valueOf(publies[i][j]));
            }
        }
    }

    @Test
    void ptpSeriesAndAcceptanceRatesAreThePublishedOnes() {
        String[] dossiers = {"1254", "1383", "1307", "1265"};
        String[] avecCep = {"150", "425", "497", "565"};
        for (int i = 0; i < 4; i++) {
            publie(dossiers[i], "ptp.dossiers", "28", 2020 + i);
            publie(avecCep[i], "ptp.avec_cep", "28", 2020 + i);
        }
        publie("964", "ptp.acceptes", "28", 2023);
        publie("69", "ptp.taux_acceptation", "28", 2022, "cep", "AVEC");
        publie("76", "ptp.taux_acceptation", "28", 2023, "cep", "AVEC");
        publie("71", "ptp.taux_acceptation", "28", 2022, "cep", "SANS");
        publie("89", "ptp.cep.operateur.part", "28", 2023, "operateur", "FRANCE_COMPETENCES");
        publie("7", "ptp.cep.operateur.part", "28", 2023, "operateur", "CAP_EMPLOI");
        String[][] partAcceptes = {{"FRANCE_COMPETENCES", "24", "31", "40"}, {"CAP_EMPLOI", "5", "4", "3"},
            {"MISSION_LOCALE", "1", "1", "1"}, {"FRANCE_TRAVAIL", "1", "1", "1"}, {"APEC", "0.3", "1", "1"}};
        for (String[] ligne : partAcceptes) {
            for (int i = 0; i < 3; i++) {
                publie(ligne[i + 1], "ptp.cep.operateur.part_acceptes", "28", 2021 + i, "operateur", ligne[0]);
            }
        }
    }

    @Test
    void ptpBeneficiaryProfileIsThePublishedOne() {
        publie("61", "ptp.profil.sexe", "28", 2023, "sexe", "F");
        assertThat(v.nombre("ptp.profil.age", "28", 2023, "tranche_age", "30_39").get()).isBetween(38.0, 40.0);
        publie("38", "ptp.age.moyen", "28", 2023);
        publie("38", "ptp.age.median", "28", 2023);
        publie("20", "ptp.age.min", "28", 2023);
        publie("63", "ptp.age.max", "28", 2023);
        publie("12", "ptp.profil.niveau", "28", 2023, "niveau", "SANS");
        publie("33", "ptp.profil.niveau", "28", 2023, "niveau", "3");
        publie("33", "ptp.profil.niveau", "28", 2023, "niveau", "4");
        publie("13", "ptp.profil.niveau", "28", 2023, "niveau", "5");
        publie("7", "ptp.profil.niveau", "28", 2023, "niveau", "6");
        assertThat(arrondi(somme("ptp.profil.niveau", "28", 2023, "niveau", "7", "8"), 0)).isEqualByComparingTo("3");
        publie("97", "ptp.profil.contrat", "28", 2023, "contrat", "CDI");
        publie("3", "ptp.profil.contrat", "28", 2023, "contrat", "CDD");
        publie("22", "ptp.profil.temps_partiel", "28", 2023, "temps_partiel", "O");
        publie("64", "ptp.profil.csp", "28", 2023, "csp", "EMPLOYE");
        publie("22", "ptp.profil.csp", "28", 2023, "csp", "OUVRIER");
        assertThat(arrondi(somme("ptp.profil.csp", "28", 2023, "csp", "PROFESSION_INTERMEDIAIRE", "CADRE"), 0)).isEqualByComparingTo("14");
        publie("8.4", "ptp.profil.rqth", "28", 2023, "rqth", "OUI");
        publie("4.0", "ptp.profil.rqth", "28", 2023, "rqth", "EN_COURS");
        assertThat(arrondi(somme("ptp.secteur_origine", "28", 2023, "section", "G", "Q"), 0)).isEqualByComparingTo("45");
    }

    @Test
    void ptpTargetJobsAndCertificationsAreThePublishedTopTen() {
        String[] codes = {"J1501", "N4101", "M1608", "M1609", "M1203", "N4103", "D1401", "J1506", "K1303", "K1801"};
        String[] parts = {"11", "9", "5", "4", "4", "3", "3", "3", "3", "2"};
        List<String> ordre = v.de("ptp.metier_cible.nombre", "28", 2023).stream()
                .sorted(Comparator.comparing((ValeurIndicateur x) -> -x.valeur()).thenComparing(x -> x.dimensions().get("rome")))
                .map(x -> x.dimensions().get("rome")).toList();
        assertThat(ordre).containsExactly(codes);
        for (int i = 0; i < codes.length; i++) {
            publie(parts[i], "ptp.metier_cible", "28", 2023, "rome", codes[i]);
        }
        List<ValeurIndicateur> certifications = v.de("ptp.certification_visee", "28", 2023).stream()
                .sorted(Comparator.comparing(ValeurIndicateur::valeur).reversed()).toList();
        assertThat(certifications).hasSize(10);
        assertThat(arrondi(certifications.get(0).valeur() + certifications.get(1).valeur(), 0)).isEqualByComparingTo("22");
    }

    @Test
    void demissionReconversionSeriesAndOperatorSharesAreThePublishedOnes() {
        String[] acceptes = {"454", "753", "977", "1119"};
        String[] refuses = {"20", "17", "12", "28"};
        String[] dossiers = {"474", "770", "989", "1147"};
        for (int i = 0; i < 4; i++) {
            publie(acceptes[i], "prp.acceptes", "28", 2020 + i);
            publie(refuses[i], "prp.refuses", "28", 2020 + i);
            publie(dossiers[i], "prp.dossiers", "28", 2020 + i);
        }
        publie("83.77", "prp.cep.operateur.part", "28", 2023, "operateur", "FRANCE_COMPETENCES");
        publie("15.53", "prp.cep.operateur.part", "28", 2023, "operateur", "APEC");
        publie("0.4", "prp.cep.operateur.part", "28", 2023, "operateur", "CAP_EMPLOI");
        publie("0.3", "prp.cep.operateur.part", "28", 2023, "operateur", "MISSION_LOCALE");
        String[] fc = {"75", "83", "87"};
        String[] apec = {"18", "17", "13"};
        for (int i = 0; i < 3; i++) {
            publie(fc[i], "prp.cep.operateur.part", "28", 2020 + i, "operateur", "FRANCE_COMPETENCES");
            publie(apec[i], "prp.cep.operateur.part", "28", 2020 + i, "operateur", "APEC");
        }
        publie("7", "prp.cep.operateur.part", "28", 2020, "operateur", "FONGECIF");
    }

    @Test
    void demissionReconversionProfileAndProjectsAreThePublishedOnes() {
        publie("50", "prp.profil.sexe", "28", 2023, "sexe", "F");
        publie("50", "prp.profil.sexe", "28", 2023, "sexe", "M");
        publie("50", "prp.profil.age", "28", 2023, "tranche_age", "30_39");
        publie("37.6", "prp.age.moyen", "28", 2023);
        publie("36", "prp.age.median", "28", 2023);
        publie("21", "prp.age.min", "28", 2023);
        publie("60", "prp.age.max", "28", 2023);
        List<ValeurIndicateur> secteurs = v.de("prp.secteur_origine", "28", 2023).stream()
                .sorted(Comparator.comparing(ValeurIndicateur::valeur).reversed()).toList();
        assertThat(secteurs.subList(0, 5)).extracting(x -> x.dimensions().get("section")).containsExactly("G", "S", "F", "Q", "C");
        assertThat(secteurs.get(0).valeur()).isBetween(18.0, 20.0);
        String[] creation = {"72", "73.5", "72", "70"};
        for (int i = 0; i < 4; i++) {
            publie(creation[i], "prp.projet", "28", 2020 + i, "projet", "CREATION_REPRISE");
        }
        publie("780", "prp.projet.nombre", "28", 2023, "projet", "CREATION_REPRISE");
        assertThat(v.nombre("prp.creation.secteur", "28", 2023, "section", "F").get()).isBetween(130.0, 150.0);
        assertThat(v.nombre("prp.creation.secteur", "28", 2023, "section", "G").get()).isBetween(130.0, 150.0);
        assertThat(v.nombre("prp.creation.secteur", "28", 2023, "section", "S").get()).isBetween(60.0, 80.0);
        assertThat(v.nombre("prp.creation.secteur", "28", 2023, "section", "I").get()).isBetween(40.0, 60.0);
        assertThat(somme("prp.creation.secteur", "28", 2023, "section", "K", "L")).isBetween(40.0, 60.0);
    }

    @Test
    void otherSchemesAreThePublishedOnes() {
        publie("7", "transco.dossiers", "28", 2023);
        publie("3", "transco.avec_cep", "28", 2023);
        publie("185", "vae.dossiers", "28", 2023);
        publie("76", "vae.profil.sexe", "28", 2023, "sexe", "F");
        publie("615", "clea.dossiers", "28", 2023);
        publie("612", "clea.certifies", "28", 2023);
        publie("85", "clea.profil.statut", "28", 2023, "statut_candidat", "DEMANDEUR_EMPLOI");
        publie("2", "clea.profil.statut", "28", 2023, "statut_candidat", "SALARIE");
        assertThat(arrondi(somme("clea.profil.niveau", "28", 2023, "niveau", "SANS", "3"), 0)).isEqualByComparingTo("72");
        publie("68", "clea.profil.sexe", "28", 2023, "sexe", "F");
    }

    @Test
    void followUpSurveyFiguresComeFromImportedAggregates() {
        publie("526", "enquete.prp.repondants", "28", 2023);
        publie("50.2", "enquete.prp.taux_reponse", "28", 2023);
        String[][] parProjet = {{"niveau_4_ou_plus", "82", "76"}, {"a_demissionne", "97", "93"}, {"inscrit_pole_emploi", "97", "99"}};
        for (String[] l : parProjet) {
            publie(l[1], "enquete.prp." + l[0], "28", 2023, "projet", "FORMATION");
            publie(l[2], "enquete.prp." + l[0], "28", 2023, "projet", "CREATION_REPRISE");
        }
        String[][] formation = {{"percoit_are", "88"}, {"projet_maintenu", "90"}, {"financement_obtenu", "99"},
            {"formation_terminee", "53"}, {"formation_reussie", "93"}, {"emploi_lien_formation", "66"}, {"en_recherche_emploi", "70"}};
        for (String[] l : formation) {
            publie(l[1], "enquete.prp." + l[0], "28", 2023, "projet", "FORMATION");
        }
        String[][] creation = {{"indemnise", "97"}, {"percoit_are", "43"}, {"percoit_arce", "54"},
            {"entreprise_immatriculee", "91"}, {"statuts_deposes", "95"}};
        for (String[] l : creation) {
            publie(l[1], "enquete.prp." + l[0], "28", 2023, "projet", "CREATION_REPRISE");
        }
        publie("73", "enquete.prp.sans_ptp_prealable", "28", 2023);
        publie("28", "enquete.prp.raison_non_ptp", "28", 2023, "raison", "REFUS_DOSSIER");
        publie("28", "enquete.prp.raison_non_ptp", "28", 2023, "raison", "NON_ELIGIBILITE");
        publie("24", "enquete.prp.raison_non_ptp", "28", 2023, "raison", "REFUS_ABSENCE");
    }

    @Test
    void theAgoraSeriesBreakOf2023IsDeclaredSoNoEntryVariationIsProduced() {
        assertThat(v.nombre("cep.entrees", "28", 2022)).isPresent();
        assertThat(v.nombre("cep.entrees.variation", "28", 2023)).isEmpty();
    }

    @Test
    void interregionalSeriesAndTheirVariationsAreThePublishedOnes() {
        String[][] series = {
            {"ptp.dossiers", "53", "1172", "1348", "1353", "1382"}, {"ptp.dossiers", "52", "1424", "1864", "1664", "1706"},
            {"ptp.avec_cep", "52", "86", "865", "1113", "1253"}, {"prp.dossiers", "53", "532", "847", "1001", "1211"},
            {"prp.dossiers", "52", "846", "931", "1088", "1257"}};
        for (String[] s : series) {
            for (int i = 0; i < 4; i++) {
                publie(s[2 + i], s[0], s[1], 2020 + i);
            }
        }
        assertThat(v.nombre("ptp.avec_cep", "53", 2020)).isEmpty();
        assertThat(v.nombre("ptp.avec_cep", "53", 2021)).isEmpty();
        publie("933", "ptp.avec_cep", "53", 2022);
        publie("945", "ptp.avec_cep", "53", 2023);
        String[] bretagne = {"65", "62", "65", "61"};
        String[] paysDeLaLoire = {"71", "73", "69", "75"};
        for (int i = 0; i < 4; i++) {
            publie(bretagne[i], "prp.projet", "53", 2020 + i, "projet", "CREATION_REPRISE");
            publie(paysDeLaLoire[i], "prp.projet", "52", 2020 + i, "projet", "CREATION_REPRISE");
        }
        publie("-3.2", "ptp.dossiers.variation", "28", 2023);
        publie("2.1", "ptp.dossiers.variation", "53", 2023);
        publie("2.5", "ptp.dossiers.variation", "52", 2023);
        publie("13.7", "ptp.avec_cep.variation", "28", 2023);
        publie("1.3", "ptp.avec_cep.variation", "53", 2023);
        publie("12.6", "ptp.avec_cep.variation", "52", 2023);
        publie("21.0", "prp.dossiers.variation", "53", 2023);
        publie("16.0", "prp.dossiers.variation", "28", 2023);
        publie("15.5", "prp.dossiers.variation", "52", 2023);
    }
}
