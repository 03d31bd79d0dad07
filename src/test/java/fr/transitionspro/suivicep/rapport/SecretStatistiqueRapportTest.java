package fr.transitionspro.suivicep.rapport;

import static fr.transitionspro.suivicep.rapport.GenerateurRapportTest.ligne;
import static fr.transitionspro.suivicep.rapport.GenerateurRapportTest.tableau;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.indicateurs.Catalogue;

/**
 * The report of GenerateurRapportTest's hand-made fixture under the default disclosure rule (5
 * people): its PTP figures rest on 3 to 5 dossiers, its CEP entries on hundreds.
 *
 * <pre>
 * PTP 2023: 4 dossiers presented (s), 3 accepted (s), variation −20 % computed from 4 (s)
 * PTP 2022: 5 dossiers (shown), 3 accepted → acceptance rate 60 % resting on 3 people (s)
 * ages of the 3 accepted of 2023: mean, median, youngest, oldest (s)
 * RNCP35830: 2 dossiers, 66,7 % (s)
 * CEP entries 2023: France Travail 1 000, Groupement Évolution 265, total 1 265 (shown)
 * </pre>
 */
class SecretStatistiqueRapportTest {

    private static final char INSECABLE = '\u00a0';
    private static final String NOTE = "s : secret statistique, valeur reposant sur moins de 5 personnes";

    @TempDir
    static Path temporaire;

    private static Document page;
    private static String texte;
    private static Path classeur;

    @BeforeAll
    static void genererLeRapportSousLaRegleParDefaut() throws Exception {
        List<Path> fichiers;
        try (Base b = Fixtures.base(temporaire, "base")) {
            GenerateurRapportTest.importerLaFixture(b, temporaire.resolve("fixture"));
            fichiers = new GenerateurRapport(b, Catalogue.standard(), Clock.fixed(Instant.parse("2024-09-15T10:00:00Z"),
                    ZoneId.of("Europe/Paris"))).generer("28", 2023, Set.of("html", "xlsx"), temporaire.resolve("sortie"));
        }
        page = GenerateurRapportTest.xml(Files.readString(fichiers.get(0), StandardCharsets.UTF_8));
        texte = GenerateurRapportTest.texteDe(page);
        classeur = fichiers.get(1);
    }

    @Test
    void countsOfFewerThanFivePeopleAndTheVariationComputedFromThemPrintS() {
        Element t = tableau(page, "Dossiers PTP présentés en commission et accompagnement CEP depuis 2020");
        assertThat(ligne(t, "Dossiers présentés")).containsExactly("Dossiers présentés", "n.d.", "n.d.", "5", "s", "s");
        assertThat(ligne(t, "Taux d'acceptation")).containsExactly("Taux d'acceptation", "n.d.", "n.d.", "s", "s", "");
    }

    @Test
    void eachMaskedTableSaysWhichRuleAppliedAndItsReadingSentenceMasksTheSameFigures() {
        assertThat(texte).contains("Lecture : En 2023, en Normandie, s des dossiers PTP présentés en commission ont été acceptés. "
                + NOTE + ".").doesNotContain("75,0" + INSECABLE + "% des dossiers PTP");
    }

    @Test
    void meansAndAgesOfAGroupOfThreeAreMasked() {
        Element t = tableau(page, "Répartition par âge des bénéficiaires d'un financement PTP depuis 2020");
        assertThat(ligne(t, "Âge moyen")).endsWith("s");
        assertThat(ligne(t, "Plus jeune")).endsWith("s");
        assertThat(ligne(t, "Plus âgé")).endsWith("s");
    }

    @Test
    void aTop10CountAndItsShareAreMasked() {
        assertThat(ligne(tableau(page, "Certifications visées par les bénéficiaires d'un financement PTP en 2023 (10 premières)"),
                "RNCP35830")).containsExactly("RNCP35830", "DE Aide-soignant", "s", "s");
    }

    @Test
    void figuresRestingOnHundredsOfPeopleAreUnchanged() {
        Element t = tableau(page, "Nouvelles entrées en CEP en 2023 selon l'opérateur");
        List<List<String>> nombres = GenerateurRapportTest.lignes(t).stream().filter(l -> l.get(0).equals("Nombre")).toList();
        assertThat(nombres).anySatisfy(l -> assertThat(l).containsExactly("Nombre", "n.d.", "265", "1\u202f000", "1\u202f265"));
        assertThat(nombres).allSatisfy(l -> assertThat(l).doesNotContain("s"));
        assertThat(texte).contains("En 2023, 1\u202f265 bénéficiaires sont entrés dans un parcours CEP");
    }

    @Test
    void liveTextsPrintSWhereTheyWouldPrintASecretFigure() {
        assertThat(texte).contains("Par rapport à 2022, le nombre de dossiers présentés a évolué (s).")
                .doesNotContain("a diminué de 20,0" + INSECABLE + "%")
                .contains("le plus jeune bénéficiaire d'un PTP était âgé de s et le plus âgé de s.");
    }

    @Test
    void theWorkbookWritesSAsTextNotTheNumber() throws Exception {
        try (InputStream in = Files.newInputStream(classeur); XSSFWorkbook x = new XSSFWorkbook(in)) {
            Sheet feuille = null;
            for (Sheet f : x) {
                if (f.getRow(0) != null && f.getRow(0).getCell(0) != null && f.getRow(0).getCell(0).getCellType() == CellType.STRING
                        && f.getRow(0).getCell(0).getStringCellValue()
                                .endsWith("Dossiers PTP présentés en commission et accompagnement CEP depuis 2020")) {
                    feuille = f;
                }
            }
            assertThat(feuille).isNotNull();
            Row presentes = null;
            StringBuilder sous = new StringBuilder();
            for (Row r : feuille) {
                if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING) {
                    if (r.getCell(0).getStringCellValue().equals("Dossiers présentés")) {
                        presentes = r;
                    }
                    sous.append(r.getCell(0).getStringCellValue()).append('\n');
                }
            }
            assertThat(presentes).isNotNull();
            assertThat(presentes.getCell(3).getNumericCellValue()).isEqualTo(5.0);
            assertThat(presentes.getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(presentes.getCell(4).getStringCellValue()).isEqualTo("s");
            assertThat(presentes.getCell(5).getStringCellValue()).isEqualTo("s");
            assertThat(sous.toString()).contains(NOTE);
        }
    }
}
