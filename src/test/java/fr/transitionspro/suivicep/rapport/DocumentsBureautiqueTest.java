package fr.transitionspro.suivicep.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.referentiel.Configuration;

/**
 * The DOCX and the XLSX of the hand-made Normandie fixture of {@link GenerateurRapportTest}, read
 * back with POI. Values worked out by hand (see that class):
 *
 * <pre>
 * take-up rate 2023: 1 265 / 20 000 × 100 = 6,325 (printed « 6,3 % »); France métropolitaine
 *   5 765 / 70 000 × 100 = 8,235714…
 * PTP dossiers 2023: 4, 2022: 5 → (4 − 5) / 5 × 100 = −20 ; mean age of the accepted (25 + 35 + 52) / 3 = 37,333…
 * démission-reconversion, share of Groupement Évolution: 2 / 3 × 100 = 66,666… (printed « 66,67 % »)
 * Bretagne PTP: (1 382 − 1 353) / 1 353 × 100 = 2,143385…
 * EVOL counts 300 entries against 265 in AGORA: the cell « +35 (EVOL) » looks like a formula to a spreadsheet
 * </pre>
 */
class DocumentsBureautiqueTest {

    private static final char FINE = '\u202f';
    private static final char INSECABLE = '\u00a0';
    private static final Clock HORLOGE = Clock.fixed(Instant.parse("2024-09-15T10:00:00Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    static Path temporaire;

    private static List<Path> fichiers;
    private static XWPFDocument docx;
    private static XSSFWorkbook xlsx;

    @BeforeAll
    static void genererLesDocumentsDeLaNormandie() throws Exception {
        try (Base b = Fixtures.base(temporaire, "base")) {
            GenerateurRapportTest.importerLaFixture(b, temporaire.resolve("fixture"));
            new Configuration(List.of(new Configuration.NomOperateur("FRANCE_COMPETENCES", "28", 2020, 2023,
                    "Groupement Évolution")), List.of(), List.of(GenerateurRapportTest.SANS_SECRET)).enregistrer(b);
            fichiers = new GenerateurRapport(b, Catalogue.standard(), HORLOGE).generer("28", 2023, Set.of("xlsx", "docx"),
                    temporaire.resolve("sortie"));
        }
        try (InputStream in = Files.newInputStream(fichiers.get(0))) {
            docx = new XWPFDocument(in);
        }
        try (InputStream in = Files.newInputStream(fichiers.get(1))) {
            xlsx = new XSSFWorkbook(in);
        }
    }

    @AfterAll
    static void fermer() throws Exception {
        docx.close();
        xlsx.close();
    }

    @Test
    void theDocxAndTheXlsxAreWrittenUnderTheNamesOfTheRegionAndYear() {
        assertThat(fichiers).extracting(p -> p.getFileName().toString())
                .containsExactly("rapport-28-2023.docx", "rapport-28-2023.xlsx");
    }

    // ---- DOCX ----

    @Test
    void headingsUseWordHeadingStylesWithTheirOutlineLevels() {
        assertThat(paragraphe("Partie 2 : Le CEP et les parcours des bénéficiaires en région").getStyle()).isEqualTo("Heading1");
        assertThat(paragraphe("1. Le recours au CEP, l'usage du CEP").getStyle()).isEqualTo("Heading2");
        assertThat(paragraphe("1.1 Le recours au CEP en 2023").getStyle()).isEqualTo("Heading3");
        for (int niveau = 1; niveau <= 4; niveau++) {
            var style = docx.getStyles().getStyle("Heading" + niveau);
            assertThat(style.getName()).isEqualTo("heading " + niveau);
            assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(niveau - 1);
        }
    }

    @Test
    void theContentsIsATocFieldListingTheNumberedHeadings() {
        assertThat(docx.getParagraphs()).anySatisfy(p -> assertThat(p.getCTP().xmlText()).contains("TOC \\o \"1-3\" \\h"));
        assertThat(docx.getParagraphs()).anySatisfy(p -> {
            assertThat(p.getStyle()).isEqualTo("TOC3");
            assertThat(p.getText()).isEqualTo("1.1 Le recours au CEP en 2023");
        });
    }

    @Test
    void tableCaptionsAreInTheCaptionStyleNumberedBySeqFieldsInReadingOrder() {
        List<XWPFParagraph> legendes = docx.getParagraphs().stream().filter(p -> p.getText().startsWith("Tableau ")).toList();
        assertThat(legendes).hasSizeGreaterThan(30);
        for (int i = 0; i < legendes.size(); i++) {
            assertThat(legendes.get(i).getText()).startsWith("Tableau " + (i + 1) + " – ");
            assertThat(legendes.get(i).getStyle()).isEqualTo("Caption");
            assertThat(legendes.get(i).getCTP().xmlText()).contains("SEQ Tableau");
        }
        assertThat(docx.getStyles().getStyle("Caption").getName()).isEqualTo("caption");
    }

    @Test
    void tableCellsHoldTheFrenchFormattedValuesOfTheHtml() {
        XWPFTable t = tableauDocx("Taux de recours au CEP en 2023");
        assertThat(textes(ligne(t, "Normandie"))).containsExactly("Normandie", "1" + FINE + "265", "20" + FINE + "000",
                "6,3" + INSECABLE + "%", "2e sur 3");
        assertThat(textes(ligne(tableauDocx("Dossiers PTP présentés en commission et accompagnement CEP depuis 2020"),
                "Dossiers présentés"))).containsExactly("Dossiers présentés", "n.d.", "n.d.", "5", "4", "\u221220,0" + INSECABLE + "%");
        assertThat(textes(ligne(tableauDocx("Part de chaque opérateur CEP dans l'accompagnement des dossiers "
                + "démission-reconversion depuis 2020"), "Groupement Évolution"))).endsWith("66,67" + INSECABLE + "%");
    }

    @Test
    void theHeaderRowRepeatsAndFiguresAreAlignedRight() {
        XWPFTable t = tableauDocx("Taux de recours au CEP en 2023");
        assertThat(t.getRow(0).isRepeatHeader()).isTrue();
        XWPFTableRow normandie = ligne(t, "Normandie");
        assertThat(normandie.getCell(3).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
        assertThat(normandie.getCell(0).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
        assertThat(t.getCTTbl().getTblPr().getTblBorders().getInsideH().getVal().toString()).isEqualTo("single");
    }

    @Test
    void sourcesAndScopeFollowEachTableInTheirOwnStyle() {
        int apres = docx.getBodyElements().indexOf(tableauDocx("Taux de recours au CEP en 2023"));
        XWPFParagraph sources = (XWPFParagraph) docx.getBodyElements().get(apres + 1);
        XWPFParagraph champ = (XWPFParagraph) docx.getBodyElements().get(apres + 2);
        assertThat(sources.getStyle()).isEqualTo("Sources");
        assertThat(sources.getText()).startsWith("Sources : AGORA 2023 – traitement Transitions Pro Normandie");
        assertThat(champ.getText()).startsWith("Champ : ");
    }

    @Test
    void theDocumentIsFrenchWithItsTitleAuthorAndPageNumbers() {
        var proprietes = docx.getProperties().getCoreProperties();
        assertThat(proprietes.getTitle()).isEqualTo("Rapport annuel — Suivi de la mise en œuvre du CEP — Transitions Pro "
                + "Normandie — 2023");
        assertThat(proprietes.getCreator()).isEqualTo("Transitions Pro Normandie");
        assertThat(proprietes.getUnderlyingProperties().getLanguageProperty()).hasValue("fr-FR");
        assertThat(docx.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().xmlText()).contains("w:val=\"fr-FR\"");
        assertThat(docx.getFooterList()).anySatisfy(f -> assertThat(f._getHdrFtr().xmlText()).contains(" PAGE "));
        assertThat(docx.getHeaderList()).anySatisfy(h -> assertThat(h.getText())
                .contains("Rapport 2023 sur le suivi de la mise en œuvre du CEP – Normandie"));
    }

    @Test
    void theFixedTextOfThePageIsThere() {
        assertThat(paragraphe("Rappel du cadre méthodologique de la mission de suivi de la mise en œuvre du CEP").getStyle())
                .isEqualTo("Heading1");
        assertThat(docx.getParagraphs()).anySatisfy(p -> assertThat(p.getText())
                .startsWith("Les commissions paritaires interprofessionnelles régionales"));
        assertThat(docx.getParagraphs()).anySatisfy(p -> assertThat(p.getText())
                .contains("En 2023, les opérateurs situés en Normandie enregistraient un taux de recours au CEP de 6,3"
                        + INSECABLE + "%."));
    }

    // ---- XLSX ----

    @Test
    void theWorkbookHasAContentsSheetThenOneSheetPerTable() {
        assertThat(xlsx.getSheetName(0)).isEqualTo("Sommaire");
        int tableaux = xlsx.getNumberOfSheets() - 1;
        assertThat(tableaux).isGreaterThan(30);
        for (int i = 1; i <= tableaux; i++) {
            assertThat(xlsx.getSheetName(i)).isEqualTo("Tableau " + i);
        }
        assertThat(texteDeCellule(xlsx.getSheet("Sommaire"), "Tableau 1", 1)).isEqualTo("Taux de recours au CEP en 2023");
    }

    @Test
    void numbersAreNumericCellsHoldingTheUnroundedIndicatorValues() {
        Sheet taux = feuille("Taux de recours au CEP en 2023");
        Row normandie = ligneXlsx(taux, "Normandie");
        assertThat(normandie.getCell(1).getNumericCellValue()).isEqualTo(1265.0);
        assertThat(normandie.getCell(2).getNumericCellValue()).isEqualTo(20000.0);
        assertThat(normandie.getCell(3).getNumericCellValue()).isCloseTo(6.325, within(1e-12));
        assertThat(normandie.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0\"" + INSECABLE + "%\"");
        assertThat(normandie.getCell(4).getStringCellValue()).isEqualTo("2e sur 3");
        assertThat(ligneXlsx(taux, "France métropolitaine").getCell(3).getNumericCellValue())
                .isCloseTo(5765.0 / 700.0, within(1e-9));

        Row ptp = ligneXlsx(feuille("Dossiers PTP présentés en commission et accompagnement CEP depuis 2020"), "Dossiers présentés");
        assertThat(ptp.getCell(1).getStringCellValue()).isEqualTo("n.d.");
        assertThat(ptp.getCell(4).getNumericCellValue()).isEqualTo(4.0);
        assertThat(ptp.getCell(5).getNumericCellValue()).isCloseTo(-20.0, within(1e-9));
        assertThat(ptp.getCell(5).getCellStyle().getDataFormatString()).startsWith("\"+\"#,##0.0");

        assertThat(ligneXlsx(feuille("Répartition par âge des bénéficiaires d'un financement PTP depuis 2020"), "Âge moyen")
                .getCell(4).getNumericCellValue()).isCloseTo(112.0 / 3, within(1e-9));
        assertThat(ligneXlsx(feuille("Part de chaque opérateur CEP dans l'accompagnement des dossiers démission-reconversion "
                + "depuis 2020"), "Groupement Évolution").getCell(4).getNumericCellValue()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(ligneXlsx(feuille("Dossiers PTP présentés en commission, par région"), "Bretagne").getCell(5)
                .getNumericCellValue()).isCloseTo(2900.0 / 1353, within(1e-9));
    }

    @Test
    void eachSheetHasTheHeaderRowAndTheSourcesAndScopeLines() {
        Sheet f = feuille("Taux de recours au CEP en 2023");
        assertThat(f.getRow(0).getCell(0).getStringCellValue()).startsWith("Tableau ").endsWith(" – Taux de recours au CEP en 2023");
        assertThat(textes(f.getRow(2))).containsExactly("Périmètre", "Nouvelles entrées en CEP",
                "Population active de 15 à 64 ans", "Taux de recours", "Rang (régions métropolitaines)");
        List<String> colonneA = new ArrayList<>();
        f.forEach(r -> colonneA.add(r.getCell(0) == null ? "" : r.getCell(0).getStringCellValue()));
        assertThat(colonneA).contains("Sources : AGORA 2023 – traitement Transitions Pro Normandie ; INSEE, population active "
                + "de 15 à 64 ans").anySatisfy(a -> assertThat(a).startsWith("Champ : "))
                .contains("Lecture : En 2023, les opérateurs situés en Normandie enregistraient un taux de recours au CEP de 6,3"
                        + INSECABLE + "%.");
    }

    @Test
    void aTextThatLooksLikeAFormulaStaysTextAndNoFormulaExists() {
        Row ecart = ligneXlsx(feuille("Nouvelles entrées en CEP en 2023 selon l'opérateur"), "Écart relevé par l'opérateur");
        Cell evol = ecart.getCell(2);
        assertThat(evol.getCellType()).isEqualTo(CellType.STRING);
        assertThat(evol.getStringCellValue()).isEqualTo("+35 (EVOL)");
        assertThat(evol.getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(ecart.getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        for (Sheet f : xlsx) {
            for (Row r : f) {
                for (Cell c : r) {
                    assertThat(c.getCellType()).as(f.getSheetName() + " " + c.getAddress()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    // ---- reading the documents ----

    /** The paragraph of the body that reads {@code texte} (the contents' lines left out). */
    private static XWPFParagraph paragraphe(String texte) {
        return docx.getParagraphs().stream().filter(p -> !String.valueOf(p.getStyle()).startsWith("TOC"))
                .filter(p -> p.getText().equals(texte)).findFirst()
                .orElseThrow(() -> new AssertionError("aucun paragraphe « " + texte + " »"));
    }

    /** The table right after the caption « Tableau n – titre ». */
    private static XWPFTable tableauDocx(String titre) {
        List<IBodyElement> elements = docx.getBodyElements();
        for (int i = 0; i < elements.size() - 1; i++) {
            if (elements.get(i) instanceof XWPFParagraph p && p.getText().matches("Tableau \\d+ – .*")
                    && p.getText().replaceFirst("^Tableau \\d+ – ", "").equals(titre)) {
                return (XWPFTable) elements.get(i + 1);
            }
        }
        throw new AssertionError("aucun tableau « " + titre + " »");
    }

    private static XWPFTableRow ligne(XWPFTable t, String entete) {
        return t.getRows().stream().filter(r -> r.getCell(0).getText().equals(entete)).findFirst()
                .orElseThrow(() -> new AssertionError("aucune ligne « " + entete + " »"));
    }

    private static List<String> textes(XWPFTableRow ligne) {
        return ligne.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    private static List<String> textes(Row ligne) {
        List<String> r = new ArrayList<>();
        ligne.forEach(c -> r.add(c.getStringCellValue()));
        return r;
    }

    /** The sheet of the table titled {@code titre}, found through the contents sheet. */
    private static Sheet feuille(String titre) {
        for (Row r : xlsx.getSheet("Sommaire")) {
            Cell c = r.getCell(1);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(titre)) {
                return xlsx.getSheet(r.getCell(0).getStringCellValue());
            }
        }
        throw new AssertionError("aucune feuille pour « " + titre + " »");
    }

    private static String texteDeCellule(Sheet f, String premiere, int colonne) {
        for (Row r : f) {
            if (r.getCell(0) != null && r.getCell(0).getStringCellValue().equals(premiere)) {
                return r.getCell(colonne).getStringCellValue();
            }
        }
        throw new AssertionError("aucune ligne « " + premiere + " »");
    }

    private static Row ligneXlsx(Sheet f, String entete) {
        for (Row r : f) {
            if (r.getRowNum() > 2 && r.getCell(0) != null && r.getCell(0).getStringCellValue().equals(entete)) {
                return r;
            }
        }
        throw new AssertionError("aucune ligne « " + entete + " » dans " + f.getSheetName());
    }
}
