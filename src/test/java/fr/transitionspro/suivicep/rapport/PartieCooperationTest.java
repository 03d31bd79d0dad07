package fr.transitionspro.suivicep.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.importation.TypeFichier;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.referentiel.Configuration;

/**
 * Part 1 of the report written from a small cooperation register of Normandie, imported like
 * real files. Counts worked out by hand from the fixture below:
 *
 * <pre>
 * 2023 actions (date order)                         type                      axes
 *  A 14/02 Salon régional de l'orientation          SALON                     P
 *  B 16/03 Réunion inter-opérateurs CEP             REUNION_INTER_OPERATEURS  F
 *  C 15/06 Réunion inter-opérateurs CEP             REUNION_INTER_OPERATEURS  F, E
 *  D 10/10 Information collective Transco           INFORMATION_COLLECTIVE    P
 *  E 21/11 Webinaire Reconversion et santé          WEBINAIRE                 P, S
 *  F 05/12 Finale des Trophées (partners only)      AUTRE                     P
 *  (plus one 2022 action and one 2024 action, which the 2023 report must not show)
 * by axis: P = A, D, E, F = 4; F = B, C = 2; S = E = 1; E = C = 1; 6 actions in all
 * by type: salon 1 (P); webinaire 1 (P, S); réunion inter-opérateurs 2 (F 2, E 1);
 *          information collective 1 (P); autre 1 (P)
 * partners: AROM (A), OPCO EP (D), Nouvelle vie professionnelle and Certif Pro (F) → 3 actions
 * Apec: agences Rouen, Le Havre (76), Caen (14); permanence Cherbourg-en-Cotentin (50) → 3 + 1 = 4
 * </pre>
 */
class PartieCooperationTest {

    private static final char INSECABLE = '\u00a0';
    private static final char FINE = '\u202f';
    private static final Clock HORLOGE = Clock.fixed(Instant.parse("2024-09-15T10:00:00Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    static Path dossier;

    private static Base base;
    private static List<Section> partie1;

    @BeforeAll
    static void importerLeRegistre() throws Exception {
        base = Fixtures.base(dossier);
        new Configuration(List.of(new Configuration.NomOperateur("FRANCE_COMPETENCES", "28", 2020, 2023,
                "Groupement Évolution")), List.of()).enregistrer(base);
        Fixtures.importer(base, Fixtures.fichier(dossier, "actions.csv", """
                region;annee;date;titre;type;axes;operateurs;partenaires;lieu;participants;description
                28;2023;14/02/2023;Salon régional de l'orientation;SALON;PROMOUVOIR;FRANCE_TRAVAIL|FRANCE_COMPETENCES;AROM;Rouen;850;Stand partagé
                28;2023;16/03/2023;Réunion inter-opérateurs CEP;REUNION_INTER_OPERATEURS;FACILITER_AIGUILLAGE;APEC|CAP_EMPLOI|FRANCE_COMPETENCES|MISSION_LOCALE|FRANCE_TRAVAIL;;Visioconférence;9;
                28;2023;15/06/2023;Réunion inter-opérateurs CEP;REUNION_INTER_OPERATEURS;FACILITER_AIGUILLAGE|ENRICHIR_ANALYSE;APEC|FRANCE_COMPETENCES;;;;
                28;2023;21/11/2023;Webinaire Reconversion et santé;WEBINAIRE;SECURISER_PARCOURS|PROMOUVOIR;CAP_EMPLOI|FRANCE_COMPETENCES;;;45;
                28;2023;10/10/2023;Information collective Transitions collectives;INFORMATION_COLLECTIVE;PROMOUVOIR;FRANCE_COMPETENCES;OPCO EP;Évreux;;
                28;2023;05/12/2023;Finale régionale des Trophées de la reconversion;AUTRE;PROMOUVOIR;;Nouvelle vie professionnelle|Certif Pro;Caen;;
                28;2022;20/09/2022;Salon 2022;SALON;PROMOUVOIR;APEC;;Caen;;
                28;2024;16/01/2024;Réunion de janvier 2024;REUNION_INTER_OPERATEURS;FACILITER_AIGUILLAGE;FRANCE_TRAVAIL;;;;
                """), TypeFichier.ACTIONS);
        Fixtures.importer(base, Fixtures.fichier(dossier, "conventions.csv", """
                region;annee;partenaire;signee;renouvelee;fin;axes;statut;objet
                28;2023;Pôle emploi;2021;2023;;SECURISER_PARCOURS|ENRICHIR_ANALYSE;RENOUVELEE;Sécuriser les parcours PTP
                28;2023;OPCO EP;03/2022;;31/12/2024;;EN_VIGUEUR;
                """), TypeFichier.CONVENTIONS);
        Fixtures.importer(base, Fixtures.fichier(dossier, "entretiens.csv", """
                region;annee;operateur;date;interlocuteurs;theme;synthese;citation
                28;2023;FRANCE_COMPETENCES;;Directrice de projet CEP;RELATIONS_OPERATEURS;;Les relations entre opérateurs se sont intensifiées.
                28;2023;FRANCE_COMPETENCES;12/03/2024;;ACTIVITE;La couverture géographique est maintenue.;
                """), TypeFichier.ENTRETIENS);
        Fixtures.importer(base, Fixtures.fichier(dossier, "lieux.csv", """
                region;annee;operateur;lieu;commune;departement;type_site;permanence
                28;2023;APEC;Centre Apec;Rouen;76;AGENCE;
                28;2023;APEC;Centre Apec;Caen;14;AGENCE;
                28;2023;APEC;Centre Apec;Le Havre;76;AGENCE;
                28;2023;APEC;;Cherbourg-en-Cotentin;50;PERMANENCE;le jeudi
                """), TypeFichier.LIEUX);
        partie1 = new GenerateurRapport(base, Catalogue.standard(), HORLOGE).preparer("28", 2023).partie1();
    }

    @AfterAll
    static void fermer() {
        // No base when the fixture skipped the test (PostgreSQL absent).
        if (base != null) {
            base.close();
        }
    }

    @Test
    void theCountsByTypeAndAxisAreTheHandCountedOnes() {
        Section s = section("1.");
        assertThat(paragraphes(s)).first().asString().startsWith("En 2023, le registre des coopérations de Transitions Pro "
                + "Normandie compte 6 actions conduites avec les opérateurs CEP et les partenaires en région, dont 2 réunions "
                + "inter-opérateurs.");
        Tableau t = tableaux(s).get(0);
        assertThat(t.titre()).isEqualTo("Actions de coopération en 2023 selon le type et l'axe");
        assertThat(t.entetes()).containsExactly("Type d'action", "Promouvoir le CEP", "Faciliter l'aiguillage",
                "Sécuriser les parcours", "Enrichir l'analyse", "Ensemble des actions");
        assertThat(lignes(t)).containsExactly(
                List.of("Salon", "1", "0", "0", "0", "1"),
                List.of("Webinaire", "1", "0", "1", "0", "1"),
                List.of("Réunion inter-opérateurs", "0", "2", "0", "1", "2"),
                List.of("Information collective", "1", "0", "0", "0", "1"),
                List.of("Autre action", "1", "0", "0", "0", "1"),
                List.of("Ensemble", "4", "2", "1", "1", "6"));
        assertThat(t.sources()).isEqualTo("Registre des coopérations de Transitions Pro Normandie – traitement Transitions Pro "
                + "Normandie");
        assertThat(t.champ()).isEqualTo("Actions de coopération enregistrées – Normandie, 2023");
    }

    @Test
    void eachAxisListsItsActionsInDateOrderWithOperatorNamesOfTheYear() {
        Section s = section("1.1");
        assertThat(paragraphes(s)).contains("En 2023, 4 actions enregistrées relèvent de cet axe : 1 salon, 1 webinaire, "
                + "1 information collective et 1 autre action.");
        assertThat(listes(s)).containsExactly(List.of(
                "14 février 2023 – Salon régional de l'orientation (salon, Rouen). Opérateurs CEP : Groupement Évolution, "
                        + "Pôle emploi. Partenaire : AROM. 850 participants. Stand partagé.",
                "10 octobre 2023 – Information collective Transitions collectives (information collective, Évreux). "
                        + "Opérateur CEP : Groupement Évolution. Partenaire : OPCO EP.",
                "21 novembre 2023 – Webinaire Reconversion et santé (webinaire). Opérateurs CEP : Cap emploi, Groupement "
                        + "Évolution. 45 participants.",
                "5 décembre 2023 – Finale régionale des Trophées de la reconversion (autre action, Caen). Partenaires : "
                        + "Nouvelle vie professionnelle, Certif Pro."));
        assertThat(listes(section("1.3")).get(0)).hasSize(1).first().asString().startsWith("21 novembre 2023 – Webinaire");
        assertThat(listes(section("1.4")).get(0)).hasSize(1).first().asString().startsWith("15 juin 2023 – Réunion");
    }

    @Test
    void theInterOperatorMeetingsAreCountedWithTheirDates() {
        assertThat(paragraphes(section("1.2"))).contains(
                "En 2023, 2 actions enregistrées relèvent de cet axe : 2 réunions inter-opérateurs.",
                "Transitions Pro Normandie a réuni les opérateurs CEP à 2 reprises en 2023 en réunion inter-opérateurs "
                        + "(16 mars 2023 et 15 juin 2023).");
    }

    @Test
    void theConventionsTableShowsDatesAtTheirPrecisionAndTheStatus() {
        Tableau t = tableaux(section("1.3")).get(0);
        assertThat(t.entetes()).containsExactly("Partenaire", "Signature", "Renouvellement", "Échéance", "Axes",
                "Situation en 2023");
        assertThat(lignes(t)).containsExactly(
                List.of("Pôle emploi", "2021", "2023", "", "Sécuriser les parcours, Enrichir l'analyse",
                        "Renouvelée dans l'année"),
                List.of("OPCO EP", "mars 2022", "", "31 décembre 2024", "", "En vigueur"));
    }

    @Test
    void theOperatorsSectionGivesItsInterviewThemeByThemeWithItsQuotes() {
        Section s = section("2.1");
        assertThat(s.titre()).isEqualTo("L'opérateur des actifs occupés et des indépendants (Groupement Évolution)");
        List<String> textes = s.blocs().stream().map(PartieCooperationTest::texte).toList();
        assertThat(textes).containsSubsequence("Entretien du 12 mars 2024 avec Directrice de projet CEP.",
                "L'activité", "La couverture géographique est maintenue.",
                "Les relations entre opérateurs", "« Les relations entre opérateurs se sont intensifiées. »",
                "En 2023, Groupement Évolution a pris part à 5 actions du registre des coopérations : 1 salon, 1 webinaire, "
                        + "2 réunions inter-opérateurs et 1 information collective.");
        assertThat(paragraphes(section("2.2"))).contains("Aucun entretien avec Pôle emploi n'est enregistré pour 2023.");
    }

    @Test
    void thePlacesOfReceptionAreCountedByOperatorAndByDepartement() {
        assertThat(lignes(tableaux(section("2.")).get(0))).containsExactly(
                List.of("Apec", "3", "1", "4"), List.of("Ensemble", "3", "1", "4"));
        Tableau apec = tableaux(section("2.5")).get(0);
        assertThat(apec.entetes()).containsExactly("Département", "Agences", "Permanences", "Communes");
        assertThat(lignes(apec)).containsExactly(
                List.of("Calvados (14)", "1", "0", "Caen"),
                List.of("Manche (50)", "0", "1", "Cherbourg-en-Cotentin (le jeudi)"),
                List.of("Seine-Maritime (76)", "2", "0", "Rouen, Le Havre"),
                List.of("Ensemble", "3", "1", "4 lieux"));
    }

    @Test
    void theRegionSectionNamesThePartnersAndTheirConventions() {
        Section s = section("2.6");
        assertThat(paragraphes(s)).first().isEqualTo("En 2023, 3 actions du registre associent des partenaires en région : "
                + "AROM, OPCO EP, Nouvelle vie professionnelle et Certif Pro.");
        assertThat(lignes(tableaux(s).get(0))).contains(List.of("OPCO EP", "1", "En vigueur"),
                List.of("AROM", "1", "Aucune enregistrée"));
        assertThat(listes(s)).containsExactly(List.of("5 décembre 2023 – Finale régionale des Trophées de la reconversion "
                + "(autre action, Caen). Partenaires : Nouvelle vie professionnelle, Certif Pro."));
    }

    @Test
    void colonsGuillemetsAndSemicolonsGetTheirFrenchNoBreakSpaces() {
        Section s = section("1.1");
        String item = s.blocs().stream().filter(b -> b instanceof Bloc.Liste).map(b -> ((Bloc.Liste) b).elements().get(0))
                .findFirst().orElseThrow();
        assertThat(item).contains("Opérateurs CEP" + INSECABLE + ": Groupement Évolution").doesNotContain(" :");
        assertThat(SectionsCooperation.typographie("Webinaire « Reconversion et santé » : 2 dates ; en ligne !"))
                .isEqualTo("Webinaire «" + INSECABLE + "Reconversion et santé" + INSECABLE + "»" + INSECABLE + ": 2 dates"
                        + FINE + "; en ligne" + FINE + "!");
    }

    @Test
    void anotherYearShowsOnlyItsActionsUnderThatYearsOperatorNames() {
        List<Section> p2024 = new GenerateurRapport(base, Catalogue.standard(), HORLOGE).preparer("28", 2024).partie1();
        Section axe = p2024.stream().filter(s -> s.numero().equals("1.2")).findFirst().orElseThrow();
        assertThat(listes(axe)).containsExactly(List.of("16 janvier 2024 – Réunion de janvier 2024 (réunion "
                + "inter-opérateurs). Opérateur CEP : France Travail."));
    }

    @Test
    void anEmptyRegisterIsSaidHonestlyAndPrintsNoTable(@TempDir Path vide) {
        try (Base b = Fixtures.base(vide)) {
            List<Section> sections = new GenerateurRapport(b, Catalogue.standard(), HORLOGE).preparer("28", 2023).partie1();
            Section intro = sections.get(0);
            assertThat(paragraphes(intro)).containsExactly("Aucune action n'est enregistrée pour 2023 dans le registre des "
                    + "coopérations de Transitions Pro Normandie.");
            assertThat(sections).flatExtracting(Section::blocs).noneMatch(b2 -> b2 instanceof Tableau);
            assertThat(sections).filteredOn(s -> s.numero().startsWith("1.")).allSatisfy(s -> assertThat(paragraphes(s))
                    .isNotEmpty());
            assertThat(paragraphes(sections.get(1))).containsExactly("Aucune action relevant de cet axe n'est enregistrée "
                    + "pour 2023.");
            assertThat(paragraphes(sections.get(3))).contains("Aucune convention n'est enregistrée pour 2023.");
        }
    }

    // ---- helpers ----

    private static Section section(String numero) {
        return partie1.stream().filter(s -> s.numero().equals(numero)).findFirst().orElseThrow();
    }

    private static List<String> paragraphes(Section s) {
        return s.blocs().stream().filter(b -> b instanceof Bloc.Paragraphe).map(b -> espaces(((Bloc.Paragraphe) b).texte()))
                .toList();
    }

    private static List<List<String>> listes(Section s) {
        return s.blocs().stream().filter(b -> b instanceof Bloc.Liste).map(b -> ((Bloc.Liste) b).elements().stream()
                .map(PartieCooperationTest::espaces).toList()).toList();
    }

    private static List<Tableau> tableaux(Section s) {
        return s.blocs().stream().filter(b -> b instanceof Tableau).map(b -> (Tableau) b).toList();
    }

    private static String texte(Bloc b) {
        if (b instanceof Bloc.Paragraphe p) {
            return espaces(p.texte());
        }
        return b instanceof Bloc.Intertitre i ? espaces(i.texte()) : b.genre();
    }

    /** The texts' content, French no-break spaces read as spaces: their placement has its own test. */
    private static String espaces(String texte) {
        return texte.replace(INSECABLE, ' ').replace(FINE, ' ');
    }

    private static List<List<String>> lignes(Tableau t) {
        List<List<String>> lignes = new ArrayList<>();
        for (Tableau.Groupe g : t.groupes()) {
            for (Tableau.Ligne l : g.lignes()) {
                List<String> ligne = new ArrayList<>(List.of(l.entete()));
                l.cellules().forEach(c -> ligne.add(c.texte()));
                lignes.add(ligne);
            }
        }
        return lignes;
    }
}
