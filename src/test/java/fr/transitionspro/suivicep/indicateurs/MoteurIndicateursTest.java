package fr.transitionspro.suivicep.indicateurs;

import static fr.transitionspro.suivicep.importation.Fixtures.fichier;
import static fr.transitionspro.suivicep.importation.Fixtures.importer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.importation.TypeFichier;
import fr.transitionspro.suivicep.referentiel.Configuration;

/** Each convention of indicateurs.md on a fixture small enough to work the expected value out by hand. */
class MoteurIndicateursTest {

    @TempDir
    Path dossier;

    Base base;

    @BeforeEach
    void ouvrir() {
        base = Fixtures.base(dossier);
    }

    @AfterEach
    void fermer() {
        // No base when the fixture skipped the test (PostgreSQL absent).
        if (base != null) {
            base.close();
        }
    }

    private Valeurs calculer(int... annees) {
        List<Integer> liste = java.util.Arrays.stream(annees).boxed().toList();
        return new Valeurs(new MoteurIndicateurs(base, Catalogue.standard()).calculer(liste, List.of()));
    }

    private void entrees(String contenu) throws Exception {
        importer(base, fichier(dossier, "entrees-" + contenu.hashCode() + ".csv", contenu), TypeFichier.ENTREES);
    }

    private void dossiers(String contenu) throws Exception {
        importer(base, fichier(dossier, "dossiers-" + contenu.hashCode() + ".csv", contenu), TypeFichier.DOSSIERS);
    }

    @Test
    void theExportReadsTwoYearsOfRowsAndMasksExactlyAsWhenTheYearBeforeWasComputedInFull() throws Exception {
        // Normandie: 2023 entries vary from 2022, which rests on 3 people: the variation is masked through the year before.
        entrees("annee;region;operateur;sexe;effectif\n2021;28;APEC;F;10\n2022;28;APEC;F;3\n2023;28;APEC;F;40\n2023;28;CAP_EMPLOI;M;9\n"
                + "2022;53;APEC;M;20\n2023;53;APEC;M;30\n");
        Catalogue catalogue = Catalogue.standard();
        MoteurIndicateurs moteur = new MoteurIndicateurs(base, catalogue);
        List<ValeurIndicateur> deuxAnnees = moteur.calculerPourDiffusion(2023, List.of());
        List<ValeurIndicateur> exportees = deuxAnnees.stream().filter(v -> v.annee() == 2023).toList();
        java.util.Set<ValeurIndicateur> masquees = Diffusion.masquees(base, moteur, catalogue, deuxAnnees, exportees);

        base.jdbi().useHandle(h -> h.execute("DELETE FROM cache_indicateurs"));
        MoteurIndicateurs complet = new MoteurIndicateurs(base, catalogue);
        List<ValeurIndicateur> troisAnnees = complet.calculer(List.of(2022, 2023), List.of());
        assertThat(exportees).isEqualTo(troisAnnees.stream().filter(v -> v.annee() == 2023).toList());
        assertThat(masquees).isEqualTo(Diffusion.masquees(base, complet, catalogue, troisAnnees, exportees));

        ValeurIndicateur variation = new Valeurs(exportees).valeur("cep.entrees.variation", "28", 2023, new java.util.TreeMap<>())
                .orElseThrow();
        assertThat(masquees).contains(variation);
        assertThat(new Valeurs(troisAnnees).nombre("cep.entrees.variation", "28", 2022)).as("computed from 2021").isPresent();
        assertThat(new Valeurs(deuxAnnees).nombre("cep.entrees.variation", "28", 2022)).as("2021 not read").isEmpty();
        assertThat(deuxAnnees).noneMatch(v -> v.annee() == 2021);
    }

    @Test
    void countsAreSumsOfTheWeightAndSharesAreAmongKnownValues() throws Exception {
        // Normandie: APEC F×2, APEC M×1, APEC sex unknown ×5, CAP_EMPLOI F×2 (effectif) → known sex: F 4, M 1.
        entrees("annee;region;operateur;sexe;effectif\n2023;28;APEC;F;2\n2023;28;APEC;M;\n2023;28;APEC;;5\n2023;28;CAP_EMPLOI;F;2\n");
        Valeurs v = calculer(2023);
        assertThat(v.nombre("cep.entrees", "28", 2023)).contains(10.0);
        assertThat(v.nombre("cep.entrees", "28", 2023, "operateur", "APEC")).contains(8.0);
        assertThat(v.nombre("cep.profil.sexe", "28", 2023, "sexe", "F")).contains(80.0);
        assertThat(v.nombre("cep.profil.sexe", "28", 2023, "sexe", "M")).contains(20.0);
        // per operator: APEC F 2 of 3 known; CAP_EMPLOI F 2 of 2.
        assertThat(v.nombre("cep.profil.sexe", "28", 2023, "operateur", "APEC", "sexe", "F").get()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(v.nombre("cep.profil.sexe", "28", 2023, "operateur", "CAP_EMPLOI", "sexe", "F")).contains(100.0);
        assertThat(v.nombre("cep.entrees.part", "28", 2023, "operateur", "CAP_EMPLOI")).contains(20.0);
    }

    @Test
    void eachShareRateAndMeanHasTheNumberOfPeopleItRestsOn() throws Exception {
        // Same entries as above: 10 people, 5 of known sex (APEC 3 of 8, CAP_EMPLOI 2 of 2).
        entrees("annee;region;operateur;sexe;effectif\n2023;28;APEC;F;2\n2023;28;APEC;M;\n2023;28;APEC;;5\n2023;28;CAP_EMPLOI;F;2\n");
        // PTP 2023: 3 dossiers, 2 accepted (ages 30 and unknown), 1 with CEP.
        dossiers("id_dossier;dispositif;annee;region;decision;operateur_cep;age\n"
                + "A;PTP;2023;28;ACCEPTE;APEC;30\nB;PTP;2023;28;ACCEPTE;;\nC;PTP;2023;28;REFUSE;;41\n");
        Valeurs n = new Valeurs(new MoteurIndicateurs(base, Catalogue.standard()).effectifs(List.of(2023)));
        // a share: the people of known category in its group, the same for every category
        assertThat(n.nombre("cep.profil.sexe", "28", 2023, "sexe", "F")).contains(5.0);
        assertThat(n.nombre("cep.profil.sexe", "28", 2023, "sexe", "M")).contains(5.0);
        assertThat(n.nombre("cep.profil.sexe", "28", 2023, "operateur", "APEC", "sexe", "F")).contains(3.0);
        assertThat(n.nombre("cep.profil.sexe", "28", 2023, "operateur", "CAP_EMPLOI", "sexe", "F")).contains(2.0);
        // a rate: every row of its scope, per variant
        assertThat(n.nombre("ptp.taux_acceptation", "28", 2023)).contains(3.0);
        assertThat(n.nombre("ptp.taux_acceptation", "28", 2023, "cep", "SANS")).contains(2.0);
        assertThat(n.nombre("ptp.taux_acceptation", "28", 2023, "cep", "AVEC")).contains(1.0);
        // a share of the total counts the unknown operator too: 1 of the 2 accepted
        assertThat(n.nombre("ptp.cep.operateur.part_acceptes", "28", 2023, "operateur", "APEC")).contains(2.0);
        // a mean: the accepted dossiers whose age is known
        assertThat(n.nombre("ptp.age.moyen", "28", 2023)).contains(1.0);
        // counts have none: they are their own number of people
        assertThat(n.de("ptp.dossiers")).isEmpty();
        assertThat(n.de("cep.entrees")).isEmpty();
        assertThat(n.toutes()).allSatisfy(v -> assertThat(v.origine()).isEqualTo("effectif"));
    }

    @Test
    void anOperatorWhoseValueIsNeverKnownProducesNoRecord() throws Exception {
        entrees("annee;region;operateur;niveau\n2023;28;APEC;7\n2023;28;APEC;SANS\n2023;28;FRANCE_TRAVAIL;\n");
        Valeurs v = calculer(2023);
        assertThat(v.de("cep.profil.niveau", "28", 2023)).extracting(ValeurIndicateur::dimensionsTexte)
                .containsExactlyInAnyOrder("niveau=7", "niveau=SANS", "niveau=7|operateur=APEC", "niveau=SANS|operateur=APEC");
    }

    @Test
    void fmAndFrAggregateTheirRegionsWhileDossierIndicatorsStayPerRegion() throws Exception {
        entrees("annee;region;operateur;effectif\n2023;28;APEC;10\n2023;11;APEC;30\n2023;04;APEC;7\n");
        dossiers("id_dossier;dispositif;annee;region;decision\nA;PTP;2023;28;ACCEPTE\nB;PTP;2023;11;REFUSE\n");
        Valeurs v = calculer(2023);
        assertThat(v.nombre("cep.entrees", "FM", 2023)).contains(40.0);
        assertThat(v.nombre("cep.entrees", "FR", 2023)).contains(47.0);
        assertThat(v.nombre("ptp.dossiers", "28", 2023)).contains(1.0);
        assertThat(v.nombre("ptp.dossiers", "FM", 2023)).isEmpty();
    }

    @Test
    void takeUpRateDividesEntriesByActivePopulationAndRanksMetropolitanRegionsOnly() throws Exception {
        // 28: 99/1000 = 9.9 %; 11: 300/2000 = 15 %; 53: 45/500 = 9 %; 04 (overseas): 80/100 = 80 %, not ranked;
        // 93 has entries but no population: no rate, not ranked.
        entrees("annee;region;operateur;effectif\n2023;28;APEC;99\n2023;11;APEC;300\n2023;53;APEC;45\n2023;04;APEC;80\n2023;93;APEC;1\n");
        importer(base, fichier(dossier, "pop.csv", "region;annee;actifs\n28;2023;1000\n11;2023;2000\n53;2023;500\n04;2023;100\n"),
                TypeFichier.POPULATION);
        Valeurs v = calculer(2023);
        assertThat(v.nombre("cep.taux_recours", "28", 2023).get()).isCloseTo(9.9, within(1e-9));
        assertThat(v.nombre("cep.taux_recours", "93", 2023)).isEmpty();
        // FM: entries of all metropolitan regions (445) / actifs of those present in population (3500).
        assertThat(v.nombre("cep.taux_recours", "FM", 2023).get()).isCloseTo(100.0 * 445 / 3500, within(1e-9));
        assertThat(v.nombre("cep.taux_recours.rang", "11", 2023)).contains(1.0);
        assertThat(v.nombre("cep.taux_recours.rang", "28", 2023)).contains(2.0);
        assertThat(v.nombre("cep.taux_recours.rang", "53", 2023)).contains(3.0);
        assertThat(v.nombre("cep.taux_recours.rang", "04", 2023)).isEmpty();
        assertThat(v.nombre("cep.taux_recours.rang", "FM", 2023)).isEmpty();
    }

    @Test
    void topTenKeepsTheTenLargestCategoriesBreakingTiesByCodeAscending() throws Exception {
        // 12 target jobs: A0001 ×3, then eleven jobs once each (B…L); the tie among the singles keeps B0001…J0001.
        StringBuilder csv = new StringBuilder("id_dossier;dispositif;annee;region;decision;rome_cible\n");
        csv.append("1;PTP;2023;28;ACCEPTE;A0001\n2;PTP;2023;28;ACCEPTE;A0001\n3;PTP;2023;28;ACCEPTE;A0001\n");
        String[] seuls = {"L0001", "K0001", "J0001", "I0001", "H0001", "G0001", "F0001", "E0001", "D0001", "C0001", "B0001"};
        for (int i = 0; i < seuls.length; i++) {
            csv.append(10 + i).append(";PTP;2023;28;ACCEPTE;").append(seuls[i]).append('\n');
        }
        csv.append("99;PTP;2023;28;ACCEPTE;\n").append("98;PTP;2023;28;REFUSE;Z0001\n");
        dossiers(csv.toString());
        Valeurs v = calculer(2023);
        assertThat(v.de("ptp.metier_cible.nombre", "28", 2023)).extracting(x -> x.dimensions().get("rome"))
                .containsExactlyInAnyOrder("A0001", "B0001", "C0001", "D0001", "E0001", "F0001", "G0001", "H0001", "I0001", "J0001");
        assertThat(v.nombre("ptp.metier_cible.nombre", "28", 2023, "rome", "A0001")).contains(3.0);
        // share among the 14 accepted dossiers whose target job is known (the unknown one is left out).
        assertThat(v.nombre("ptp.metier_cible", "28", 2023, "rome", "A0001").get()).isCloseTo(300.0 / 14, within(1e-9));
        assertThat(v.nombre("ptp.metier_cible", "28", 2023, "rome", "K0001")).isEmpty();
    }

    @Test
    void ageStatisticsUseAcceptedDossiersWithAKnownAge() throws Exception {
        // accepted ages 20, 30, 40, 63 (median (30+40)/2 = 35, mean 38.25); the refused 99 and the unknown are left out.
        dossiers("id_dossier;dispositif;annee;region;decision;age\n1;PTP;2023;28;ACCEPTE;40\n2;PTP;2023;28;ACCEPTE;20\n"
                + "3;PTP;2023;28;ACCEPTE;63\n4;PTP;2023;28;ACCEPTE;30\n5;PTP;2023;28;REFUSE;99\n6;PTP;2023;28;ACCEPTE;\n"
                + "7;DEMISSION_RECONVERSION;2023;28;ACCEPTE;36\n8;DEMISSION_RECONVERSION;2023;28;ACCEPTE;36\n"
                + "9;DEMISSION_RECONVERSION;2023;28;ACCEPTE;50\n");
        Valeurs v = calculer(2023);
        assertThat(v.nombre("ptp.age.median", "28", 2023)).contains(35.0);
        assertThat(v.nombre("ptp.age.moyen", "28", 2023)).contains(38.25);
        assertThat(v.nombre("ptp.age.min", "28", 2023)).contains(20.0);
        assertThat(v.nombre("ptp.age.max", "28", 2023)).contains(63.0);
        assertThat(v.nombre("prp.age.median", "28", 2023)).contains(36.0);
        // dossier age bands: 20 → MOINS_30, 30 → 30_39, 40 → 40_49, 63 → 50_PLUS: 25 % each.
        assertThat(v.nombre("ptp.profil.age", "28", 2023, "tranche_age", "30_39")).contains(25.0);
        assertThat(v.nombre("ptp.profil.age", "28", 2023, "tranche_age", "50_PLUS")).contains(25.0);
    }

    @Test
    void theWeightedMedianIsTheMiddleOfTheWeightedPopulation() throws Exception {
        // ages 20 ×3 and 50 ×2 (effectif): five people, the third is 20.
        entrees("annee;region;operateur;age;effectif\n2023;28;APEC;20;3\n2023;28;APEC;50;2\n");
        String declaration = """
                indicateurs:
                  - { id: cep.age.median, libelle: "Âge médian à l'entrée", unite: ans, source: entrees, mesure: mediane, colonne: age }
                """;
        Catalogue c = Catalogue.charger(Optional.of(fichier(dossier, "maison.yaml", declaration)));
        Valeurs v = new Valeurs(new MoteurIndicateurs(base, c).calculer(List.of(2023), List.of()));
        assertThat(v.nombre("cep.age.median", "28", 2023)).contains(20.0);
    }

    @Test
    void acceptanceRatesAndOperatorSharesFollowTheirDenominators() throws Exception {
        // 5 PTP dossiers: with CEP FC accepted, FC refused, APEC accepted; without CEP accepted, refused.
        dossiers("id_dossier;dispositif;annee;region;decision;operateur_cep\n1;PTP;2023;28;ACCEPTE;FRANCE_COMPETENCES\n"
                + "2;PTP;2023;28;REFUSE;FRANCE_COMPETENCES\n3;PTP;2023;28;ACCEPTE;APEC\n4;PTP;2023;28;ACCEPTE;\n5;PTP;2023;28;REFUSE;\n");
        Valeurs v = calculer(2023);
        assertThat(v.nombre("ptp.taux_acceptation", "28", 2023)).contains(60.0);
        assertThat(v.nombre("ptp.taux_acceptation", "28", 2023, "cep", "AVEC").get()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(v.nombre("ptp.taux_acceptation", "28", 2023, "cep", "SANS")).contains(50.0);
        assertThat(v.nombre("ptp.avec_cep", "28", 2023)).contains(3.0);
        assertThat(v.nombre("ptp.part_cep", "28", 2023)).contains(60.0);
        // among presented with CEP: FC 2 of 3; among ALL accepted (3): FC 1, APEC 1.
        assertThat(v.nombre("ptp.cep.operateur.part", "28", 2023, "operateur", "FRANCE_COMPETENCES").get()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(v.nombre("ptp.cep.operateur.part_acceptes", "28", 2023, "operateur", "APEC").get()).isCloseTo(100.0 / 3, within(1e-9));
        assertThat(v.de("ptp.cep.operateur.part_acceptes", "28", 2023)).hasSize(2);
    }

    @Test
    void variationsNeedBothYearsAndAreNotProducedAcrossADeclaredSeriesBreak() throws Exception {
        entrees("annee;region;operateur;effectif\n2022;28;APEC;200\n2023;28;APEC;150\n");
        dossiers("id_dossier;dispositif;annee;region;decision\n1;PTP;2022;28;ACCEPTE\n2;PTP;2022;28;ACCEPTE\n"
                + "3;PTP;2022;28;ACCEPTE\n4;PTP;2022;28;ACCEPTE\n5;PTP;2023;28;ACCEPTE\n6;PTP;2023;28;ACCEPTE\n7;PTP;2023;28;ACCEPTE\n"
                + "8;VAE;2023;28;ACCEPTE\n");
        Valeurs v = calculer(2023);
        assertThat(v.nombre("cep.entrees.variation", "28", 2023)).contains(-25.0);
        assertThat(v.nombre("ptp.dossiers.variation", "28", 2023)).contains(-25.0);
        assertThat(v.nombre("vae.dossiers.variation", "28", 2023)).isEmpty();
        new Configuration(List.of(), List.of(new Configuration.Rupture("entrees", 2023, "AGORA non comparable"))).enregistrer(base);
        Valeurs apres = calculer(2023);
        assertThat(apres.nombre("cep.entrees.variation", "28", 2023)).isEmpty();
        assertThat(apres.nombre("ptp.dossiers.variation", "28", 2023)).contains(-25.0);
    }

    @Test
    void importedAggregatesFillGapsFeedVariationsAndNeverOverrideComputedValues() throws Exception {
        dossiers("id_dossier;dispositif;annee;region;decision\n1;PTP;2023;28;ACCEPTE\n");
        importer(base, fichier(dossier, "agregats.csv", "indicateur;region;annee;dimensions;valeur;unite;source\n"
                + "ptp.dossiers;53;2022;;1353;nombre;\nptp.dossiers;53;2023;;1382;nombre;\n"
                + "ptp.dossiers;28;2023;;999;nombre;\nptp.dossiers;28;2022;;2;nombre;publie\n"), TypeFichier.AGREGATS);
        Valeurs v = calculer(2023);
        assertThat(v.valeur("ptp.dossiers", "53", 2023, new java.util.TreeMap<>()).get().origine()).isEqualTo("agregat");
        assertThat(v.nombre("ptp.dossiers.variation", "53", 2023).get()).isCloseTo(100.0 * 29 / 1353, within(1e-9));
        assertThat(v.nombre("ptp.dossiers", "28", 2023)).contains(1.0);
        // the "publie" figure of 2022 is never a value, so no variation for 28.
        assertThat(v.nombre("ptp.dossiers.variation", "28", 2023)).isEmpty();
    }

    @Test
    void theGapBetweenAnOperatorSystemAndAgoraIsTheirDifference() throws Exception {
        entrees("annee;region;operateur;effectif\n2023;28;FRANCE_COMPETENCES;7642\n2023;11;FRANCE_COMPETENCES;100\n");
        importer(base, fichier(dossier, "ecarts.csv", "annee;perimetre;operateur;systeme;entrees\n"
                + "2023;28;FRANCE_COMPETENCES;EVOL;9674\n2023;FM;FRANCE_COMPETENCES;EVOL;8000\n"), TypeFichier.ECARTS);
        Valeurs v = calculer(2023);
        assertThat(v.nombre("cep.ecart", "28", 2023, "operateur", "FRANCE_COMPETENCES", "systeme", "EVOL")).contains(2032.0);
        assertThat(v.nombre("cep.ecart", "FM", 2023, "operateur", "FRANCE_COMPETENCES", "systeme", "EVOL")).contains(258.0);
    }

    @Test
    void anAssociationAddsAnIndicatorWithADeclarationOnly() throws Exception {
        dossiers("id_dossier;dispositif;annee;region;decision;temps_partiel\n1;PTP;2023;28;AJOURNE;O\n2;PTP;2023;28;ACCEPTE;N\n"
                + "3;PTP;2023;28;AJOURNE;N\n4;PTP;2023;28;REFUSE;N\n");
        String declaration = """
                indicateurs:
                  - id: ptp.ajournes.temps_partiel
                    libelle: "Dossiers PTP ajournés, par temps de travail"
                    unite: nombre
                    source: dossiers
                    filtre: "dispositif = 'PTP' AND decision = 'AJOURNE'"
                    mesure: somme
                    dimensions: [temps_partiel]
                """;
        Catalogue c = Catalogue.charger(Optional.of(fichier(dossier, "maison.yaml", declaration)));
        Valeurs v = new Valeurs(new MoteurIndicateurs(base, c).calculer(List.of(2023), List.of("28")));
        assertThat(v.nombre("ptp.ajournes.temps_partiel", "28", 2023, "temps_partiel", "O")).contains(1.0);
        assertThat(v.nombre("ptp.ajournes.temps_partiel", "28", 2023, "temps_partiel", "N")).contains(1.0);
    }

    @Test
    void onlyTheRequestedRegionsAndYearAreReturned() throws Exception {
        entrees("annee;region;operateur\n2022;28;APEC\n2023;28;APEC\n2023;11;APEC\n");
        List<ValeurIndicateur> valeurs = new MoteurIndicateurs(base, Catalogue.standard()).calculer(List.of(2023), List.of("28"));
        assertThat(valeurs).isNotEmpty().allMatch(x -> x.region().equals("28") && x.annee() == 2023);
    }
}
