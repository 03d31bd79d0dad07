package fr.transitionspro.suivicep.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DOCX and XLSX renderers on a report model written by hand: a live text (HTML from
 * Markdown), a chart and a table whose texts look like formulas. The generated report of the
 * fixture has neither live text nor chart yet; these blocks are converted all the same.
 */
class RenduBureautiqueTest {

    @TempDir
    Path dossier;

    private static final String TEXTE = "<p>Le recours a <strong>augmenté</strong> de <em>15,0\u00a0%</em>.</p>"
            + "<ul><li>premier point</li><li>second point</li></ul><ol><li>étape une</li></ol>";

    private static Rapport rapport() throws IOException {
        Tableau tableau = new ConstructeurTableau("Essai de valeurs").colonnes("Ligne", "Valeur")
                .ligne("=SOMME(A1:A2)", Cellule.texte("@cmd"))
                .ligne("-1 selon l'opérateur", Cellule.entier(Optional.of(1265.0)))
                .sources("Données d'essai").champ("Essai").construire(1);
        Dessin rectangle = new Dessin() {
            @Override
            public void dessiner(java.awt.Graphics2D g, java.awt.geom.Rectangle2D zone) {
                g.fill(zone);
            }

            @Override
            public int hauteur() {
                return 200;
            }
        };
        Figure figure = new Figure(1, "Répartition par opérateur", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" "
                + "height=\"10\"></svg>", "Graphique en barres : Pôle emploi 80,9 %, Apec 2,3 %.",
                "AGORA 2023", "Nouvelles entrées en CEP", 200, null, rectangle);
        Section section = new Section("essai", "1.1", "Section d'essai", 4,
                List.of(new Bloc.TexteRiche(TEXTE), figure, tableau));
        return new Rapport("28", "Normandie", 2023, "Édition septembre 2024", "Rapport 2023 – Normandie", Map.of(),
                List.of(), List.of(), List.of(section), List.of(), Map.of(), List.of());
    }

    private static byte[] png(int largeur, int hauteur) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(largeur, hauteur, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private XWPFDocument docx() throws IOException {
        Rapport r = rapport();
        Path fichier = dossier.resolve("essai.docx");
        RenduDocx.ecrire(r, RenduHtml.rendre(r), fichier);
        try (InputStream in = Files.newInputStream(fichier)) {
            return new XWPFDocument(in);
        }
    }

    @Test
    void aLiveTextKeepsItsParagraphsBoldItalicAndLists() throws IOException {
        try (XWPFDocument d = docx()) {
            XWPFParagraph p = d.getParagraphs().stream().filter(x -> x.getText().startsWith("Le recours a")).findFirst()
                    .orElseThrow();
            assertThat(p.getText()).isEqualTo("Le recours a augmenté de 15,0\u00a0%.");
            assertThat(p.getRuns()).filteredOn(XWPFRun::isBold).extracting(XWPFRun::text).containsExactly("augmenté");
            assertThat(p.getRuns()).filteredOn(XWPFRun::isItalic).extracting(XWPFRun::text).containsExactly("15,0\u00a0%");
            List<XWPFParagraph> puces = d.getParagraphs().stream().filter(x -> x.getText().endsWith("point")).toList();
            assertThat(puces).hasSize(2).allSatisfy(x -> assertThat(x.getNumID()).isNotNull());
            XWPFParagraph etape = d.getParagraphs().stream().filter(x -> x.getText().equals("étape une")).findFirst().orElseThrow();
            assertThat(etape.getNumFmt()).isEqualTo("decimal");
            assertThat(puces.get(0).getNumFmt()).isEqualTo("bullet");
        }
    }

    @Test
    void aChartIsAPngDescribedByItsTextAlternativeWithItsCaption() throws IOException {
        try (XWPFDocument d = docx()) {
            assertThat(d.getAllPictures()).hasSize(1);
            assertThat(d.getAllPictures().get(0).suggestFileExtension()).isEqualTo("png");
            String image = d.getParagraphs().stream().filter(p -> !p.getRuns().isEmpty()
                    && !p.getRuns().get(0).getEmbeddedPictures().isEmpty()).findFirst().orElseThrow().getCTP().xmlText();
            assertThat(image).contains("descr=\"Graphique en barres : Pôle emploi 80,9 %, Apec 2,3 %.\"");
            XWPFParagraph legende = d.getParagraphs().stream().filter(p -> p.getText().startsWith("Figure 1")).findFirst()
                    .orElseThrow();
            assertThat(legende.getText()).isEqualTo("Figure 1 – Répartition par opérateur");
            assertThat(legende.getStyle()).isEqualTo("Caption");
            assertThat(legende.getCTP().xmlText()).contains("SEQ Figure");
        }
    }

    @Test
    void textsThatLookLikeFormulasAreMarkedAsTextInTheWorkbook() throws IOException {
        Path fichier = dossier.resolve("essai.xlsx");
        RenduXlsx.ecrire(rapport(), fichier);
        try (InputStream in = Files.newInputStream(fichier); XSSFWorkbook classeur = new XSSFWorkbook(in)) {
            var feuille = classeur.getSheet("Tableau 1");
            Row formule = feuille.getRow(3);
            assertThat(formule.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(formule.getCell(0).getStringCellValue()).isEqualTo("=SOMME(A1:A2)");
            assertThat(formule.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(formule.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            Row moins = feuille.getRow(4);
            assertThat(moins.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(moins.getCell(1).getNumericCellValue()).isEqualTo(1265.0);
            assertThat(moins.getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void theNumberFormatsPrintValuesAsTheReportDoes() {
        assertThat(RenduXlsx.codeFormat(Cellule.Nature.ENTIER, 0)).isEqualTo("#,##0");
        assertThat(RenduXlsx.codeFormat(Cellule.Nature.POURCENTAGE, 2)).isEqualTo("#,##0.00\"\u00a0%\"");
        assertThat(RenduXlsx.codeFormat(Cellule.Nature.VARIATION, 1))
                .isEqualTo("\"+\"#,##0.0\"\u00a0%\";\"\u2212\"#,##0.0\"\u00a0%\";0.0\"\u00a0%\"");
    }

    @Test
    void aPngSizeIsReadFromItsHeaderAndOtherBytesAreRefused() throws IOException {
        assertThat(RenduDocx.taillePng(png(400, 200))).containsExactly(400, 200);
        assertThat(RenduDocx.taillePng("<svg/>".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isNull();
    }
}
