package fr.transitionspro.suivicep.diffusion;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * The one rule every CSV and XLSX export applies to its text cells (issue 5): a text that a
 * spreadsheet would take for a formula — first character {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return — must stay text when the file is opened, or
 * {@code =HYPERLINK("http://…";"clic")} typed into a free text of the register becomes a live link
 * in the workbook of whoever opens the export (CSV/formula injection, OWASP).
 *
 * <p>In a CSV the cell is prefixed with an apostrophe, which spreadsheets display as text (even
 * « +33 » or « -7 »: a text cell stays the text it is; numbers are written as numbers, not through
 * this rule). In a workbook the text is kept exactly and the cell gets the « quote prefix » style, which keeps
 * it text even once edited.
 */
public final class Tableur {

    private static final String DEBUTS_DE_FORMULE = "=+-@\t\r";

    private Tableur() {
    }

    /** True when a spreadsheet would read this text as a formula. */
    public static boolean commeFormule(String texte) {
        return texte != null && !texte.isEmpty() && DEBUTS_DE_FORMULE.indexOf(texte.charAt(0)) >= 0;
    }

    /** The text of a CSV cell, neutralised; null becomes empty. */
    public static String pourCsv(String texte) {
        if (texte == null) {
            return "";
        }
        return commeFormule(texte) ? "'" + texte : texte;
    }

    /**
     * Writes a text cell of a workbook: the text exactly, and, when it looks like a formula, the
     * given quote-prefixed style ({@link #styleTexteForce}) instead of {@code style}.
     */
    public static void texte(Cell cellule, String texte, CellStyle style, CellStyle styleTexteForce) {
        cellule.setCellValue(texte == null ? "" : texte);
        CellStyle choisi = commeFormule(texte) ? styleTexteForce : style;
        if (choisi != null) {
            cellule.setCellStyle(choisi);
        }
    }

    /** A copy of {@code style} (or the default style) that keeps its cells text: the « quote prefix ». */
    public static CellStyle styleTexteForce(org.apache.poi.ss.usermodel.Workbook classeur, CellStyle style) {
        CellStyle s = classeur.createCellStyle();
        if (style != null) {
            s.cloneStyleFrom(style);
        }
        s.setQuotePrefixed(true);
        return s;
    }
}
