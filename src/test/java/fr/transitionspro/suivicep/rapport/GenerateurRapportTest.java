package fr.transitionspro.suivicep.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.importation.Correspondance;
import fr.transitionspro.suivicep.importation.Importateur;
import fr.transitionspro.suivicep.importation.TypeFichier;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.referentiel.Configuration;

/**
 * A small Normandie fixture written by hand, whose figures are worked out below, imported like
 * real files; the report is generated once (HTML and PDF) and read back.
 *
 * <pre>
 * CEP entries 2023, Normandie (28): France Travail 600 + 400, France compétences 200 + 65 = 1 265
 *   actifs 20 000 → take-up rate 6,325 % → « 6,3 % »; 2022: 1 100 entries → +15,0 %
 *   Bretagne (53) 500 / 10 000 = 5,0 %; Grand Est (44) 4 000 / 40 000 = 10,0 %
 *   → Normandie ranks 2nd of 3, first Grand Est, last Bretagne; FM 5 765 / 70 000 = 8,2 %
 *   EVOL counts 300 entries for France compétences in Normandie: 300 − 265 = « +35 »
 * PTP Normandie: 2023 4 dossiers, 3 accepted (75,0 %), 2 with CEP; 2022 5 dossiers → −20,0 %
 *   ages of the accepted 25, 35, 52 → mean 37,3, median 35, youngest 25, oldest 52
 *   RNCP35830 is labelled « DE Aide-soignant » twice and « DE aide soignant » once
 * PTP Bretagne (exchanged agregats): 1 353 in 2022, 1 382 in 2023 → +2,1 %
 * Démission-reconversion 2023: 3 dossiers, operators France compétences 2, Apec 1
 *   → 66,67 % and 33,33 % (two decimals); no dossier in 2022 → « n.d. »
 * </pre>
 */
class GenerateurRapportTest {

    /**
     * The fixture's counts are tiny (4 PTP dossiers) to be worked out by hand: the tests of layout and
     * formats lift the disclosure rule (a threshold of 1 person masks nothing); SecretStatistiqueRapportTest
     * generates the same report under the default rule.
     */
    static final Configuration.Secret SANS_SECRET = new Configuration.Secret("28", 1);

    private static final char FINE = '\u202f';
    private static final char INSECABLE = '\u00a0';
    /** 15 September 2024: the edition printed on the report. */
    private static final Clock HORLOGE = Clock.fixed(Instant.parse("2024-09-15T10:00:00Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    static Path temporaire;

    private static String html;
    /** The page's text, as a reader gets it (entities decoded, line breaks of the markup collapsed). */
    private static String texte;
    private static Document page;
    private static String textePdf;
    private static List<Path> fichiers;

    @BeforeAll
    static void genererLeRapportDeLaNormandie() throws Exception {
        try (Base b = Fixtures.base(temporaire, "base")) {
            importerLaFixture(b, temporaire.resolve("fixture"));
            new Configuration(List.of(new Configuration.NomOperateur("FRANCE_COMPETENCES", "28", 2020, 2023,
                    "Groupement Évolution")), List.of(), List.of(GenerateurRapportTest.SANS_SECRET)).enregistrer(b);
            fichiers = new GenerateurRapport(b, Catalogue.standard(), HORLOGE).generer("28", 2023, Set.of("html", "pdf"),
                    temporaire.resolve("sortie"));
        }
        html = Files.readString(fichiers.get(0), StandardCharsets.UTF_8);
        page = xml(html);
        texte = texteDe(page);
        try (PDDocument pdf = Loader.loadPDF(fichiers.get(1).toFile())) {
            textePdf = new PDFTextStripper().getText(pdf);
        }
    }

    static void importerLaFixture(Base b, Path dossier) throws IOException {
        Files.createDirectories(dossier);
        Importateur importateur = new Importateur(b, Catalogue.standard().ids());
        importer(importateur, dossier, "population.csv", TypeFichier.POPULATION, """
                region;annee;actifs
                28;2023;20000
                53;2023;10000
                44;2023;40000
                28;2022;20000
                """);
        importer(importateur, dossier, "entrees.csv", TypeFichier.ENTREES, """
                annee;region;operateur;sexe;age;tranche_age;niveau;objectif;statut;effectif
                2023;28;FRANCE_TRAVAIL;F;25;;4;TROUVER_EMPLOI;DEMANDEUR_EMPLOI;600
                2023;28;FRANCE_TRAVAIL;M;35;;3;TROUVER_EMPLOI;DEMANDEUR_EMPLOI;400
                2023;28;FRANCE_COMPETENCES;F;40;;5;CHANGER_METIER;SALARIE;200
                2023;28;FRANCE_COMPETENCES;M;50;;;FAIRE_LE_POINT;SALARIE;65
                2023;53;APEC;M;45;;7;TROUVER_EMPLOI;SALARIE;500
                2023;44;FRANCE_TRAVAIL;F;30;;4;TROUVER_EMPLOI;DEMANDEUR_EMPLOI;4000
                2022;28;FRANCE_TRAVAIL;F;25;;4;TROUVER_EMPLOI;DEMANDEUR_EMPLOI;1100
                """);
        importer(importateur, dossier, "ecarts.csv", TypeFichier.ECARTS, """
                annee;perimetre;operateur;systeme;entrees
                2023;28;FRANCE_COMPETENCES;EVOL;300
                """);
        String entete = "id_dossier;dispositif;annee;region;decision;operateur_cep;sexe;age;niveau;contrat;temps_partiel;"
                + "csp;rqth;naf_origine;rome_origine;certification_visee;libelle_certification;rome_cible;projet;naf_projet;"
                + "statut_candidat\n";
        importer(importateur, dossier, "dossiers.csv", TypeFichier.DOSSIERS, entete + """
                P1;PTP;2023;28;ACCEPTE;FRANCE_COMPETENCES;F;25;4;CDI;N;EMPLOYE;NON;47.11F;D1507;RNCP35830;DE Aide-soignant;J1501;;;
                P2;PTP;2023;28;ACCEPTE;FRANCE_COMPETENCES;F;35;3;CDI;O;EMPLOYE;OUI;86.10Z;J1301;RNCP35830;DE aide soignant;J1501;;;
                P3;PTP;2023;28;ACCEPTE;;M;52;5;CDD;N;OUVRIER;NON;10.13A;H2102;RNCP37082;TP Conducteur du transport routier;N4101;;;
                P4;PTP;2023;28;REFUSE;;M;44;4;CDI;N;OUVRIER;NON;10.13A;H2102;RNCP37082;TP Conducteur du transport routier;N4101;;;
                Q1;PTP;2022;28;ACCEPTE;;F;30;4;CDI;N;EMPLOYE;NON;47.11F;D1507;RNCP35830;DE Aide-soignant;J1501;;;
                Q2;PTP;2022;28;ACCEPTE;;F;31;4;CDI;N;EMPLOYE;NON;47.11F;D1507;;;;;;
                Q3;PTP;2022;28;ACCEPTE;;M;32;4;CDI;N;EMPLOYE;NON;47.11F;D1507;;;;;;
                Q4;PTP;2022;28;REFUSE;;M;33;4;CDI;N;EMPLOYE;NON;47.11F;D1507;;;;;;
                Q5;PTP;2022;28;REFUSE;;F;34;4;CDI;N;EMPLOYE;NON;47.11F;D1507;;;;;;
                R1;DEMISSION_RECONVERSION;2023;28;ACCEPTE;FRANCE_COMPETENCES;F;30;4;CDI;N;EMPLOYE;NON;47.11F;;;;;CREATION_REPRISE;56.10A;
                R2;DEMISSION_RECONVERSION;2023;28;ACCEPTE;APEC;M;40;7;CDI;N;CADRE;NON;62.01Z;;RNCP36805;TP Secrétaire assistant;;FORMATION;;
                R3;DEMISSION_RECONVERSION;2023;28;REFUSE;FRANCE_COMPETENCES;M;33;4;CDI;N;EMPLOYE;NON;47.11F;;;;;CREATION_REPRISE;56.10A;
                """);
        importer(importateur, dossier, "agregats.csv", TypeFichier.AGREGATS, """
                indicateur;region;annee;dimensions;valeur
                ptp.dossiers;53;2022;;1353
                ptp.dossiers;53;2023;;1382
                """);
    }

    private static void importer(Importateur importateur, Path dossier, String nom, TypeFichier type, String contenu)
            throws IOException {
        Path fichier = dossier.resolve(nom);
        Files.writeString(fichier, contenu, StandardCharsets.UTF_8);
        importateur.importer(fichier, type, Correspondance.AUCUNE, false);
    }

    // ---- files ----

    @Test
    void theHtmlAndThePdfAreWrittenUnderTheNamesOfTheRegionAndYear() {
        assertThat(fichiers).extracting(p -> p.getFileName().toString())
                .containsExactly("rapport-28-2023.html", "rapport-28-2023.pdf");
        assertThat(fichiers).allSatisfy(p -> assertThat(p).isNotEmptyFile());
    }

    @Test
    void theTitleNamesTheRegionAndTheYear() {
        assertThat(texte(page.getElementsByTagName("title").item(0)))
                .isEqualTo("Rapport annuel — Suivi de la mise en œuvre du CEP — Transitions Pro Normandie — 2023");
        assertThat(html).contains("Édition septembre 2024");
    }

    // ---- 1.1 take-up rate ----

    @Test
    void theTakeUpRateOfTheRegionIsPrintedInFrenchWithItsReadingSentence() {
        List<String> normandie = ligne("Taux de recours au CEP en 2023", "Normandie");
        assertThat(normandie).containsExactly("Normandie", "1" + FINE + "265", "20" + FINE + "000", "6,3" + INSECABLE + "%",
                "2e sur 3");
        assertThat(ligne("Taux de recours au CEP en 2023", "France métropolitaine")).contains("8,2" + INSECABLE + "%");
        assertThat(texte).contains("En 2023, les opérateurs situés en Normandie enregistraient un taux de recours au CEP de 6,3"
                + INSECABLE + "%.");
    }

    @Test
    void theRankNamesTheHighestAndTheLowestMetropolitanRegion() {
        assertThat(texte).contains("Parmi les régions métropolitaines dont le taux est disponible, la région Normandie est "
                + "la 2e en termes de recours au CEP, la première étant la région Grand Est (10,0" + INSECABLE
                + "%) et la dernière la région Bretagne (5,0" + INSECABLE + "%).");
    }

    @Test
    void theEntriesByOperatorShowCountsSharesAndTheDifferenceReportedByTheOperator() {
        Element tableau = tableau("Nouvelles entrées en CEP en 2023 selon l'opérateur");
        // Apec has entries in France métropolitaine (Bretagne) but none in the Normandie extract: « n.d. ».
        assertThat(entetes(tableau)).containsExactly("Nouvelles entrées en 2023", "Apec", "Groupement Évolution",
                "Pôle emploi", "Total");
        List<List<String>> lignes = lignes(tableau);
        assertThat(lignes).contains(List.of("Nombre", "n.d.", "265", "1" + FINE + "000", "1" + FINE + "265"),
                List.of("Part", "n.d.", "20,9" + INSECABLE + "%", "79,1" + INSECABLE + "%", ""),
                List.of("Écart relevé par l'opérateur", "", "+35 (EVOL)", "", ""),
                List.of("Nombre", "500", "265", "5" + FINE + "000", "5" + FINE + "765"));
    }

    @Test
    void theChangeOfTheEntriesSaysItsDirectionWithTheVerb() {
        assertThat(texte).contains("Par rapport à 2022, le nombre de nouvelles entrées en CEP a augmenté de 15,0" + INSECABLE + "%.");
    }

    // ---- operators' names ----

    @Test
    void operatorsAreNamedAsInTheYearOfTheReport() {
        assertThat(texte).contains("Pôle emploi").contains("Groupement Évolution").doesNotContain("France Travail");
    }

    // ---- 2.1 PTP ----

    @Test
    void thePtpSeriesShowsTheVariationWithItsSignAndAMissingYearAsNd() {
        Element tableau = tableau("Dossiers PTP présentés en commission et accompagnement CEP depuis 2020");
        assertThat(entetes(tableau)).containsExactly("Dossiers PTP", "2020", "2021", "2022", "2023", "Évolution 2022-2023");
        assertThat(ligne(tableau, "Dossiers présentés")).containsExactly("Dossiers présentés", "n.d.", "n.d.", "5", "4",
                "\u221220,0" + INSECABLE + "%");
        assertThat(ligne(tableau, "Taux d'acceptation")).containsExactly("Taux d'acceptation", "n.d.", "n.d.",
                "60,0" + INSECABLE + "%", "75,0" + INSECABLE + "%", "");
        assertThat(texte).contains("Par rapport à 2022, le nombre de dossiers présentés a diminué de 20,0" + INSECABLE + "%.");
    }

    @Test
    void aMissingValueIsPrintedNdNeverZero() {
        Element tableau = tableau("Dossiers démission-reconversion présentés en commission et taux d'acceptation depuis 2020");
        assertThat(ligne(tableau, "Dossiers présentés")).containsExactly("Dossiers présentés", "n.d.", "n.d.", "n.d.", "3",
                "n.d.");
        assertThat(ligne(tableau("Dossiers VAE présentés depuis 2020"), "Dossiers présentés")).containsOnly(
                "Dossiers présentés", "n.d.");
        assertThat(texte).contains("n.d. : donnée non disponible.");
    }

    @Test
    void agesAreTheMeanMedianYoungestAndOldestOfTheAcceptedDossiers() {
        Element tableau = tableau("Répartition par âge des bénéficiaires d'un financement PTP depuis 2020");
        assertThat(ligne(tableau, "Âge moyen")).endsWith("37,3");
        assertThat(ligne(tableau, "Âge médian")).endsWith("35,0");
        assertThat(texte).contains("le plus jeune bénéficiaire d'un PTP était âgé de 25" + INSECABLE + "ans et le plus âgé de 52"
                + INSECABLE + "ans");
    }

    @Test
    void certificationsShowTheirMostFrequentLabel() {
        assertThat(ligne(tableau("Certifications visées par les bénéficiaires d'un financement PTP en 2023 (10 premières)"),
                "RNCP35830")).containsExactly("RNCP35830", "DE Aide-soignant", "2", "66,7" + INSECABLE + "%");
    }

    // ---- 2.2 démission-reconversion ----

    @Test
    void theOperatorsOfTheDemissionReconversionHaveTwoDecimals() {
        Element tableau = tableau("Part de chaque opérateur CEP dans l'accompagnement des dossiers démission-reconversion "
                + "depuis 2020");
        assertThat(ligne(tableau, "Groupement Évolution")).endsWith("66,67" + INSECABLE + "%");
        assertThat(ligne(tableau, "Apec")).endsWith("33,33" + INSECABLE + "%");
    }

    @Test
    void withoutSurveyValuesTheFollowUpSaysSoInsteadOfPrintingFigures() {
        assertThat(texte).contains("Aucun résultat de l'enquête nationale de suivi");
    }

    // ---- 3 interregional ----

    @Test
    void theInterregionalTablesListTheRegionsThatHaveValues() {
        Element tableau = tableau("Dossiers PTP présentés en commission, par région");
        assertThat(lignes(tableau)).extracting(l -> l.get(0)).containsExactly("Bretagne", "Normandie");
        assertThat(ligne(tableau, "Bretagne")).containsExactly("Bretagne", "n.d.", "n.d.", "1" + FINE + "353",
                "1" + FINE + "382", "+2,1" + INSECABLE + "%");
        assertThat(texte).contains("Sur la même période, il a augmenté de 2,1" + INSECABLE + "% en Bretagne.");
        assertThat(texte).contains("Lecture : En 2023, 4 dossiers PTP ont été présentés en commission en Normandie.");
        assertThat(texte).contains("valeurs reçues des associations par l'échange interrégional : Bretagne");
    }

    // ---- figures ----

    /**
     * Figure 2 illustrates table 2. Normandie: Pôle emploi 1 000 / 1 265 = 79,1 %, Groupement
     * Évolution 265 / 1 265 = 20,9 %, no Apec entry; France métropolitaine (5 765 entries):
     * 5 000 → 86,7 %, 265 → 4,6 %, Apec 500 → 8,7 %.
     */
    @Test
    void theChartOfTheOperatorsSaysItsMainFiguresAndWhichTableHoldsThem() {
        Element figure = figure(2);
        assertThat(texte(figure.getElementsByTagName("figcaption").item(0)))
                .isEqualTo("Figure 2 – Répartition par opérateur des nouvelles entrées en CEP en 2023");
        assertThat(alternative(figure)).isEqualTo("Part de chaque opérateur dans les nouvelles entrées en CEP en 2023 en "
                + "Normandie : Pôle emploi 79,1" + INSECABLE + "% (France métropolitaine : 86,7" + INSECABLE + "%), "
                + "Groupement Évolution 20,9" + INSECABLE + "% (France métropolitaine : 4,6" + INSECABLE + "%) et Apec n.d. "
                + "(France métropolitaine : 8,7" + INSECABLE + "%). Les valeurs figurent dans le tableau 2.");
        String svg = svg(figure);
        assertThat(svg).contains(">79,1" + INSECABLE + "%<", ">86,7" + INSECABLE + "%<", ">Groupement Évolution<", ">Apec<");
        assertThat(texte(tableau("Nouvelles entrées en CEP en 2023 selon l'opérateur").getElementsByTagName("caption").item(0)))
                .startsWith("Tableau 2 – ");
    }

    /** Bretagne 5,0 %, Normandie 6,3 %, Grand Est 10,0 %: three classes, the darkest for Grand Est. */
    @Test
    void theMapOfTheTakeUpRateHasItsDataTableAndColoursTheHighestRateDarkest() {
        Element figure = figure(1);
        assertThat(texte(figure.getElementsByTagName("figcaption").item(0)))
                .isEqualTo("Figure 1 – Taux de recours au CEP en 2023 par région");
        assertThat(alternative(figure)).isEqualTo("Carte des régions de France colorées selon leur taux de recours au CEP en "
                + "2023, de 5,0" + INSECABLE + "% (Bretagne) à 10,0" + INSECABLE + "% (Grand Est) ; Normandie : 6,3" + INSECABLE
                + "%. Les valeurs figurent dans le tableau de données placé sous la figure.");
        Element donnees = (Element) figure.getElementsByTagName("table").item(0);
        assertThat(donnees.getAttribute("class")).isEqualTo("donnees-figure");
        assertThat(lignes(donnees)).containsExactly(List.of("Grand Est", "10,0" + INSECABLE + "%"),
                List.of("Normandie", "6,3" + INSECABLE + "%"), List.of("Bretagne", "5,0" + INSECABLE + "%"));
        String svg = svg(figure);
        String foncee = remplissage(svg, "region-44");
        assertThat(foncee).isNotEqualTo(remplissage(svg, "region-28")).isNotEqualTo(remplissage(svg, "region-53"));
        assertThat(svg).contains(">de 5,0" + INSECABLE + "% à moins de 6,3" + INSECABLE + "%<");
    }

    @Test
    void figuresAreNumberedInReadingOrderEachWithAnAlternativeSourcesAndScope() {
        NodeList figures = page.getElementsByTagName("figure");
        assertThat(figures.getLength()).isGreaterThanOrEqualTo(8);
        for (int i = 0; i < figures.getLength(); i++) {
            Element f = (Element) figures.item(i);
            assertThat(f.getAttribute("id")).isEqualTo("figure-" + (i + 1));
            assertThat(texte(f.getElementsByTagName("figcaption").item(0))).startsWith("Figure " + (i + 1) + " – ");
            assertThat(alternative(f)).as(f.getAttribute("id")).matches(".+ Les valeurs figurent dans le tableau"
                    + "( [0-9]+| de données placé sous la figure)\\.");
            assertThat(svg(f)).startsWith("<svg").contains("width='640'");
            assertThat(texte(f)).contains("Sources :", "Champ :");
        }
    }

    @Test
    void thePdfPrintsTheFigureCaptions() {
        assertThat(textePdf).contains("Figure 1 – Taux de recours au CEP en 2023 par région",
                "Figure 2 – Répartition par opérateur des nouvelles entrées en CEP en 2023");
        assertThat(textePdf).as("the SVG is drawn, not printed as text").doesNotContain("contour épais : Normandie");
    }

    private static Element figure(int numero) {
        NodeList figures = page.getElementsByTagName("figure");
        for (int i = 0; i < figures.getLength(); i++) {
            if (((Element) figures.item(i)).getAttribute("id").equals("figure-" + numero)) {
                return (Element) figures.item(i);
            }
        }
        throw new AssertionError("figure " + numero + " absente");
    }

    private static Element image(Element figure) {
        NodeList divs = figure.getElementsByTagName("div");
        for (int i = 0; i < divs.getLength(); i++) {
            Element div = (Element) divs.item(i);
            if ("img".equals(div.getAttribute("role"))) {
                return div;
            }
        }
        throw new AssertionError("figure sans role=img");
    }

    private static String alternative(Element figure) {
        return image(figure).getAttribute("aria-label");
    }

    /** The SVG markup of a figure, as written in the page. */
    private static String svg(Element figure) {
        String id = "graphique-" + figure.getAttribute("id").substring("figure-".length());
        int debut = html.indexOf("<svg width='640' height='");
        while (debut >= 0 && !html.substring(debut, html.indexOf('>', debut)).contains("id='" + id + "'")) {
            debut = html.indexOf("<svg width='640' height='", debut + 1);
        }
        assertThat(debut).as("SVG " + id).isNotNegative();
        return html.substring(debut, html.indexOf("</svg>", debut) + "</svg>".length());
    }

    private static String remplissage(String svg, String id) {
        Matcher m = Pattern.compile("id='" + id + "'[^>]*?fill:(rgb\\([0-9,]+\\))").matcher(svg);
        assertThat(m.find()).as(id).isTrue();
        return m.group(1);
    }

    // ---- structure ----

    @Test
    void tablesAreNumberedInReadingOrderEachWithSourcesAndScope() {
        List<String> legendes = new ArrayList<>();
        NodeList captions = page.getElementsByTagName("caption");
        for (int i = 0; i < captions.getLength(); i++) {
            // The small data table of a figure (the map) is captioned after its figure, not numbered.
            if (!((Element) captions.item(i).getParentNode()).getAttribute("class").contains("donnees-figure")) {
                legendes.add(texte(captions.item(i)));
            }
        }
        assertThat(legendes.size()).isGreaterThan(30);
        for (int i = 0; i < legendes.size(); i++) {
            assertThat(legendes.get(i)).startsWith("Tableau " + (i + 1) + " – ");
        }
        int figures = page.getElementsByTagName("figure").getLength();
        assertThat(count(html, "class=\"sources\"")).isEqualTo(legendes.size() + figures);
        assertThat(count(html, "class=\"champ\"")).isEqualTo(legendes.size() + figures);
    }

    @Test
    void theHtmlIsAccessibleFrenchWithHeadedTables() {
        assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("fr");
        assertThat(page.getElementsByTagName("h1").getLength()).isEqualTo(1);
        assertThat(html).contains("<th scope=\"col\"").contains("<th scope=\"row\"").contains("<caption>")
                .doesNotContain("<script").doesNotContain("<link");
        assertThat(html).contains("<h2 id=\"partie1\"").contains("<h2 id=\"partie2\"").contains("<h4 id=\"recours-cep\"");
    }

    @Test
    void headingsNeverSkipALevelAndIdsAreUnique() {
        List<Integer> niveaux = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        parcourir(page.getDocumentElement(), niveaux, ids);
        assertThat(niveaux.get(0)).isEqualTo(1);
        for (int i = 1; i < niveaux.size(); i++) {
            assertThat(niveaux.get(i)).as("titre n° %d", i).isLessThanOrEqualTo(niveaux.get(i - 1) + 1);
        }
        assertThat(ids).doesNotHaveDuplicates();
    }

    private static void parcourir(org.w3c.dom.Node noeud, List<Integer> niveaux, List<String> ids) {
        for (var n = noeud.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (e.getTagName().matches("h[1-6]")) {
                    niveaux.add(e.getTagName().charAt(1) - '0');
                }
                if (!e.getAttribute("id").isEmpty()) {
                    ids.add(e.getAttribute("id"));
                }
                parcourir(e, niveaux, ids);
            }
        }
    }

    @Test
    void partOneKeepsThePlanAndSaysThatTheFixtureHasNoCooperationRegister() {
        assertThat(texte).contains("1.1 Promouvoir, communiquer sur le conseil en évolution professionnelle")
                .contains("2.6 En région Normandie")
                .contains("Aucune action n'est enregistrée pour 2023 dans le registre des coopérations de Transitions Pro "
                        + "Normandie.");
    }

    // ---- PDF ----

    @Test
    void thePdfTextHasTheSameFormattedValues() {
        String texte = textePdf.replace(INSECABLE, ' ').replace(FINE, ' ');
        assertThat(texte).contains("1 265").contains("6,3 %").contains("\u221220,0 %").contains("66,67 %")
                .contains("Pôle emploi").contains("Groupement Évolution").contains("n.d.")
                .contains("1.2 Le profil des bénéficiaires du CEP").doesNotContain("\ufb01")
                .contains("En 2023, les opérateurs situés en Normandie enregistraient un taux de recours au CEP de 6,3 %.");
    }

    @Test
    void thePdfKeepsTheNarrowNoBreakSpaceOfTheThousands() {
        assertThat(textePdf).contains("1" + FINE + "265");
    }

    @Test
    void thePdfEmbedsItsFontsAndIsTaggedWithTheTitle() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(fichiers.get(1).toFile())) {
            List<PDFont> polices = new ArrayList<>();
            for (PDPage p : pdf.getPages()) {
                for (var nom : p.getResources().getFontNames()) {
                    polices.add(p.getResources().getFont(nom));
                }
            }
            assertThat(polices).isNotEmpty().allSatisfy(f -> {
                assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                assertThat(f.getName()).contains("DejaVuSansCondensed");
            });
            assertThat(pdf.getDocumentInformation().getTitle()).contains("Transitions Pro Normandie");
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getDocumentOutline()).isNotNull();
        }
    }

    // ---- series breaks, arguments ----

    @Test
    void aDeclaredSeriesBreakReplacesTheVariationByItsMotif(@TempDir Path dossier) throws Exception {
        String motif = "Changement de système d'information au 1er janvier 2023";
        String rupture;
        try (Base b = Fixtures.base(dossier, "base")) {
            importerLaFixture(b, dossier.resolve("fixture"));
            new Configuration(List.of(), List.of(new Configuration.Rupture("dossiers", 2023, motif)), List.of(SANS_SECRET))
                    .enregistrer(b);
            List<Path> ecrits = new GenerateurRapport(b, Catalogue.standard(), HORLOGE).generer("28", 2023, Set.of("html"),
                    dossier.resolve("sortie"));
            assertThat(ecrits).hasSize(1);
            rupture = Files.readString(ecrits.get(0), StandardCharsets.UTF_8);
        }
        Document d = xml(rupture);
        assertThat(ligne(tableau(d, "Dossiers PTP présentés en commission et accompagnement CEP depuis 2020"),
                "Dossiers présentés")).endsWith(motif);
        assertThat(texteDe(d)).doesNotContain("\u221220,0" + INSECABLE + "%")
                .contains("L'évolution du nombre de dossiers présentés par rapport à 2022 n'est pas calculée, une rupture de "
                        + "série étant déclarée : " + motif + ".");
    }

    @Test
    void anUnknownRegionOrFormatIsRefusedInFrench(@TempDir Path dossier) {
        try (Base b = Fixtures.base(dossier, "vide")) {
            GenerateurRapport generateur = new GenerateurRapport(b, Catalogue.standard());
            assertThatThrownBy(() -> generateur.generer("99", 2023, Set.of("html"), dossier))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Région « 99 » inconnue");
            assertThatThrownBy(() -> generateur.generer("28", 2023, Set.of("odt"), dossier))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attendu : html, pdf, docx, xlsx");
        }
    }

    @Test
    void anEmptyBaseGivesAReportOfNdWithoutFailing(@TempDir Path dossier) throws Exception {
        try (Base b = Fixtures.base(dossier, "vide")) {
            List<Path> ecrits = new GenerateurRapport(b, Catalogue.standard(), HORLOGE).generer("53", 2023, Set.of("html"), dossier);
            String vide = Files.readString(ecrits.get(0), StandardCharsets.UTF_8);
            assertThat(vide).contains("Transitions Pro Bretagne").contains("n.d.").doesNotContain(">0" + INSECABLE + "%<");
            assertThat(xml(vide).getElementsByTagName("caption").getLength()).isGreaterThan(20);
        }
    }

    // ---- reading the page ----

    static Document xml(String contenu) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(contenu)));
    }

    static String texteDe(Document d) {
        return d.getDocumentElement().getTextContent().replaceAll("[ \\t\\r\\n]+", " ");
    }

    private static Element tableau(String titre) {
        return tableau(page, titre);
    }

    /** The table whose caption is « Tableau n – titre ». */
    static Element tableau(Document d, String titre) {
        NodeList legendes = d.getElementsByTagName("caption");
        for (int i = 0; i < legendes.getLength(); i++) {
            if (texte(legendes.item(i)).replaceFirst("^Tableau \\d+ – ", "").equals(titre)) {
                return (Element) legendes.item(i).getParentNode();
            }
        }
        throw new AssertionError("aucun tableau « " + titre + " »");
    }

    private static List<String> entetes(Element tableau) {
        Element thead = (Element) tableau.getElementsByTagName("thead").item(0);
        List<String> r = new ArrayList<>();
        NodeList th = thead.getElementsByTagName("th");
        for (int i = 0; i < th.getLength(); i++) {
            r.add(texte(th.item(i)));
        }
        return r;
    }

    /** The body rows (group heading rows left out), each as its header then its cells. */
    static List<List<String>> lignes(Element tableau) {
        List<List<String>> r = new ArrayList<>();
        NodeList tr = tableau.getElementsByTagName("tr");
        for (int i = 0; i < tr.getLength(); i++) {
            Element ligne = (Element) tr.item(i);
            if (ligne.getParentNode().getNodeName().equals("thead") || "groupe".equals(ligne.getAttribute("class"))) {
                continue;
            }
            List<String> cellules = new ArrayList<>();
            NodeList enfants = ligne.getChildNodes();
            for (int j = 0; j < enfants.getLength(); j++) {
                if (enfants.item(j) instanceof Element e) {
                    cellules.add(texte(e));
                }
            }
            r.add(cellules);
        }
        return r;
    }

    static List<String> ligne(Element tableau, String entete) {
        return lignes(tableau).stream().filter(l -> l.get(0).equals(entete)).findFirst()
                .orElseThrow(() -> new AssertionError("aucune ligne « " + entete + " »"));
    }

    private static List<String> ligne(String titre, String entete) {
        return ligne(tableau(titre), entete);
    }

    static String texte(org.w3c.dom.Node n) {
        return n.getTextContent().strip();
    }

    private static int count(String texte, String motif) {
        Matcher m = Pattern.compile(Pattern.quote(motif)).matcher(texte);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
