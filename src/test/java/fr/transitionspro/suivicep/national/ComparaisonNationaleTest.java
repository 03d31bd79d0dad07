package fr.transitionspro.suivicep.national;

import static fr.transitionspro.suivicep.importation.Fixtures.fichier;
import static fr.transitionspro.suivicep.importation.Fixtures.importer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.campagne.Campagne;
import fr.transitionspro.suivicep.campagne.Jalon;
import fr.transitionspro.suivicep.campagne.Saisie;
import fr.transitionspro.suivicep.campagne.Statut;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.importation.TypeFichier;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.national.ComparaisonNationale.Comparaison;
import fr.transitionspro.suivicep.national.ComparaisonNationale.Ligne;

/**
 * Five regions worked out by hand (2023):
 * <pre>
 *   region  entries  population  rate    metropolitan rank
 *   04      200      1 000       20 %    — (overseas)
 *   53      600      5 000       12 %    1
 *   28      1 000    10 000      10 %    2
 *   11      3 000    60 000       5 %    3
 *   84      500      —           n.d.    —
 *   FM      5 100    75 000       6,8 %  (the engine sums what it has: 84's entries without its population)
 * </pre>
 * PTP: Normandie 3 dossiers, 2 accepted (66,7 %), 1 with a CEP; Bretagne 1, accepted. Démission-reconversion:
 * Normandie 2 dossiers, 1 accepted, 1 refused. The engine gives dossier figures for regions only (indicateurs.md):
 * France métropolitaine's come from an imported aggregate, 4 200 PTP dossiers; the rest of its line is « n.d. ».
 */
class ComparaisonNationaleTest {

    @TempDir
    Path dossier;

    Base base;
    Campagne campagne;
    Comparaison c;

    @BeforeEach
    void ouvrir() throws Exception {
        base = Fixtures.base(dossier);
        importer(base, fichier(dossier, "entrees.csv", "annee;region;operateur;effectif\n"
                + "2023;04;APEC;200\n2023;53;APEC;600\n2023;28;APEC;1000\n2023;11;APEC;3000\n2023;84;APEC;500\n"), TypeFichier.ENTREES);
        importer(base, fichier(dossier, "population.csv", "region;annee;actifs\n04;2023;1000\n53;2023;5000\n28;2023;10000\n11;2023;60000\n"),
                TypeFichier.POPULATION);
        importer(base, fichier(dossier, "dossiers.csv", "id_dossier;dispositif;annee;region;decision;operateur_cep\n"
                + "D1;PTP;2023;28;ACCEPTE;APEC\nD2;PTP;2023;28;ACCEPTE;\nD3;PTP;2023;28;REFUSE;\n"
                + "D4;DEMISSION_RECONVERSION;2023;28;ACCEPTE;\nD5;DEMISSION_RECONVERSION;2023;28;REFUSE;\n"
                + "D6;PTP;2023;53;ACCEPTE;\n"), TypeFichier.DOSSIERS);
        importer(base, fichier(dossier, "agregats.csv", "indicateur;region;annee;dimensions;valeur\nptp.dossiers;FM;2023;;4200\n"),
                TypeFichier.AGREGATS);
        campagne = new Campagne(base.jdbi(), Clock.fixed(LocalDate.of(2024, 3, 20).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        campagne.enregistrer("28", 2023, Map.of(Jalon.ENVOI_FRANCE_COMPETENCES, new Saisie(Statut.FAIT, null, LocalDate.of(2024, 3, 18))),
                "ref@essai.fr");
        campagne.enregistrer("53", 2023, Map.of(Jalon.ENVOI_FRANCE_COMPETENCES, new Saisie(null, LocalDate.of(2024, 3, 15), null)),
                "ref@essai.fr");
        c = new ComparaisonNationale(base, Catalogue.standard(), campagne).calculer(2023);
    }

    @AfterEach
    void fermer() {
        // No base when the fixture skipped the test (PostgreSQL absent).
        if (base != null) {
            base.close();
        }
    }

    private Ligne ligne(List<Ligne> lignes, String code) {
        return lignes.stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    private static final ComparaisonNationale.Colonne TAUX = ComparaisonNationale.RECOURS.get(2);
    private static final ComparaisonNationale.Colonne RANG = ComparaisonNationale.RECOURS.get(3);

    @Test
    void regionsAreRankedByDecreasingTakeUpRateThoseWithoutOneLastThenFranceMetropolitaineAndFranceEntiere() {
        assertThat(c.recours()).hasSize(20);
        assertThat(c.recours().subList(0, 5)).extracting(Ligne::code).containsExactly("04", "53", "28", "11", "01");
        assertThat(c.recours().subList(18, 20)).extracting(Ligne::code).containsExactly("FM", "FR");
        assertThat(c.recours().subList(0, 4)).extracting(l -> l.texte(TAUX)).containsExactly("20,0\u00a0%", "12,0\u00a0%", "10,0\u00a0%", "5,0\u00a0%");
        assertThat(c.recours().subList(0, 4)).extracting(l -> l.texte(RANG)).containsExactly("non classée", "1er", "2e", "3e");
        assertThat(ligne(c.recours(), "84").texte(RANG)).as("metropolitan without a rate").isEqualTo("n.d.");
        assertThat(ligne(c.recours(), "06").texte(RANG)).as("overseas without a rate").isEqualTo("n.d.");
        assertThat(ligne(c.recours(), "FM").texte(RANG)).isEqualTo("—");
        assertThat(ligne(c.recours(), "84").texte(TAUX)).as("entries without population").isEqualTo("n.d.");
        assertThat(ligne(c.recours(), "84").texte(ComparaisonNationale.RECOURS.get(0))).isEqualTo("500");
        assertThat(ligne(c.recours(), "FM").valeur("cep.taux_recours").orElseThrow()).isCloseTo(100.0 * 5100 / 75000, within(1e-9));
        assertThat(c.tauxParRegion()).containsOnlyKeys("04", "53", "28", "11");
    }

    @Test
    void dossiersOfBothSchemesComeFromTheEngineAndFranceMetropolitaineFromItsImportedAggregates() {
        Ligne normandie = ligne(c.dossiers(), "28");
        assertThat(ComparaisonNationale.PTP.stream().map(normandie::texte).toList()).containsExactly("3", "2", "66,7\u00a0%", "33,3\u00a0%");
        assertThat(ComparaisonNationale.DEMISSION.stream().map(normandie::texte).toList()).containsExactly("2", "1", "1", "50,0\u00a0%");
        assertThat(ComparaisonNationale.PTP.stream().map(ligne(c.dossiers(), "FM")::texte).toList()).containsExactly("4\u202f200", "n.d.", "n.d.", "n.d.");
        assertThat(ComparaisonNationale.PTP.stream().map(ligne(c.dossiers(), "94")::texte).toList()).containsOnly("n.d.");
        assertThat(c.dossiers()).extracting(Ligne::code).startsWith("01", "02").endsWith("93", "94", "FM", "FR").hasSize(20);
    }

    @Test
    void theReportsSentAreThoseWhoseLastMilestoneIsDone() {
        assertThat(c.rapportsEnvoyes()).isEqualTo(1);
        assertThat(c.rapports()).hasSize(18);
        assertThat(c.rapports().stream().filter(r -> r.code().equals("28")).findFirst().orElseThrow().envoi())
                .isEqualTo("Envoyé le 18\u00a0mars 2024");
        assertThat(c.rapports().stream().filter(r -> r.code().equals("53")).findFirst().orElseThrow().envoi())
                .isEqualTo("Prévu le 15\u00a0mars 2024, en retard");
        assertThat(c.rapports().stream().filter(r -> r.code().equals("11")).findFirst().orElseThrow().envoi()).isEqualTo("Non prévu");
    }

    @Test
    void theCsvHoldsUnroundedValuesEmptyCellsForAbsentOnesAndTheSendingDate() {
        String csv = new String(ComparaisonNationale.csv(c), StandardCharsets.UTF_8);
        List<String> lignes = csv.lines().toList();
        assertThat(lignes.get(0)).isEqualTo("\ufeffannee;region;libelle_region;cep.entrees;population.actifs;cep.taux_recours;"
                + "cep.taux_recours.rang;ptp.dossiers;ptp.acceptes;ptp.taux_acceptation;ptp.part_cep;prp.dossiers;prp.acceptes;"
                + "prp.refuses;prp.taux_acceptation;rapport_envoye;rapport_envoye_le");
        assertThat(lignes).contains("2023;28;Normandie;1000;10000;10;2;3;2;66.66666666666667;33.333333333333336;2;1;1;50;oui;2024-03-18",
                "2023;94;Corse;;;;;;;;;;;;;non;");
        assertThat(lignes.get(lignes.size() - 2)).startsWith("2023;FM;France métropolitaine;5100;75000;6.8;;4200;;;;;;;;;");
        assertThat(csv).contains("\r\n");
    }

    @Test
    void aTextCellASpreadsheetWouldTakeForAFormulaIsNeutralised() {
        assertThat(ComparaisonNationale.neutraliser("=1+1")).isEqualTo("'=1+1");
        assertThat(ComparaisonNationale.neutraliser("+33")).isEqualTo("'+33");
        assertThat(ComparaisonNationale.neutraliser("-2")).isEqualTo("'-2");
        assertThat(ComparaisonNationale.neutraliser("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ComparaisonNationale.neutraliser("Normandie")).isEqualTo("Normandie");
    }
}
