package fr.transitionspro.suivicep.diffusion;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TableurTest {

    @ParameterizedTest(name = "« {0} » is neutralised")
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"clic\")", "+33 6", "-2+3", "@SOMME(A1)", "\t=1", "\r=1", "-cmd|' /C calc'!A0",
        "+33", "-7"})
    void aTextStartingLikeAFormulaGetsAnApostropheInACsv(String texte) {
        assertThat(Tableur.commeFormule(texte)).isTrue();
        assertThat(Tableur.pourCsv(texte)).isEqualTo("'" + texte);
    }

    @ParameterizedTest(name = "« {0} » is left alone")
    @ValueSource(strings = {"Salon régional", "1e5", "2,5", "", "A=B", "−20,0 %", " =1"})
    void plainTextsAreLeftAlone(String texte) {
        assertThat(Tableur.commeFormule(texte)).isFalse();
        assertThat(Tableur.pourCsv(texte)).isEqualTo(texte);
    }

    @Test
    void nullIsAnEmptyCell() {
        assertThat(Tableur.pourCsv(null)).isEmpty();
        assertThat(Tableur.commeFormule(null)).isFalse();
    }

    @Test
    void aWorkbookCellKeepsTheTextExactlyWithTheQuotePrefixStyle() throws Exception {
        try (XSSFWorkbook classeur = new XSSFWorkbook()) {
            var force = Tableur.styleTexteForce(classeur, null);
            var ligne = classeur.createSheet("f").createRow(0);
            Cell formule = ligne.createCell(0);
            Cell texte = ligne.createCell(1);
            Tableur.texte(formule, "=HYPERLINK(\"http://x\",\"clic\")", null, force);
            Tableur.texte(texte, "Rouen", null, force);
            assertThat(formule.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"clic\")");
            assertThat(formule.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(texte.getCellStyle().getQuotePrefixed()).isFalse();
        }
    }
}
