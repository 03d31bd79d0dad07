package fr.transitionspro.suivicep.rapport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import fr.transitionspro.suivicep.diffusion.Tableur;

/**
 * Writes the report's tables as a workbook, for those who work on the figures: a « Sommaire »
 * sheet, then one sheet « Tableau n » per numbered table with its header row, its rows and the
 * lines printed under it (Sources, Champ, Lecture, notes).
 *
 * <p>A cell printed from an indicator value holds that value, unrounded, as a number; its format
 * shows it as the report prints it (decimals, « % », the sign of a change), and a French Excel or
 * LibreOffice displays it with French separators. Text that a spreadsheet would take for a
 * formula (=, +, -, @ first) is marked as text (« quote prefix », the apostrophe Excel adds when
 * one types '=…), so that no formula can ever be created from the report's content.
 */
final class RenduXlsx {

    static final String SOMMAIRE = "Sommaire";
    private static final String PCT = "\"\u00a0%\"";

    private final Rapport rapport;
    private final XSSFWorkbook classeur = new XSSFWorkbook();
    private final Map<String, CellStyle> styles = new HashMap<>();

    /** A table and the heading of the section it belongs to, for the contents sheet. */
    private record Place(Tableau tableau, String section) {
    }

    private RenduXlsx(Rapport rapport) {
        this.rapport = rapport;
    }

    static void ecrire(Rapport rapport, Path fichier) throws IOException {
        RenduXlsx rendu = new RenduXlsx(rapport);
        try (XSSFWorkbook classeur = rendu.classeur; OutputStream out = Files.newOutputStream(fichier)) {
            rendu.rediger();
            classeur.write(out);
        }
    }

    /** The sheet name of table {@code numero}: « Tableau 12 », well within Excel's 31 characters. */
    static String nomFeuille(int numero) {
        return "Tableau " + numero;
    }

    private void rediger() {
        var proprietes = classeur.getProperties().getCoreProperties();
        proprietes.setTitle(rapport.titre() + " — tableaux");
        proprietes.setCreator("Transitions Pro " + rapport.nomRegion());
        proprietes.getUnderlyingProperties().setLanguageProperty("fr-FR");
        classeur.getProperties().getExtendedProperties().setApplication("suivi-cep");

        List<Place> places = new ArrayList<>();
        List<Section> toutes = new ArrayList<>(rapport.partie1());
        toutes.addAll(rapport.partie2());
        toutes.addAll(rapport.annexe());
        for (Section s : toutes) {
            for (Bloc b : s.blocs()) {
                if (b instanceof Tableau t) {
                    places.add(new Place(t, s.intitule()));
                }
            }
        }
        sommaire(places);
        places.forEach(p -> feuille(p.tableau()));
    }

    private void sommaire(List<Place> places) {
        Sheet f = classeur.createSheet(SOMMAIRE);
        texte(f.createRow(0).createCell(0), rapport.titre(), "titre");
        texte(f.createRow(1).createCell(0), rapport.edition() + " – une feuille par tableau du rapport ; les valeurs "
                + "sont celles des indicateurs, sans arrondi.", "normal");
        Row entete = f.createRow(3);
        List<String> colonnes = List.of("Feuille", "Titre du tableau", "Section du rapport");
        for (int j = 0; j < colonnes.size(); j++) {
            texte(entete.createCell(j), colonnes.get(j), "entete");
        }
        int i = 4;
        for (Place p : places) {
            Row ligne = f.createRow(i++);
            Cell lien = ligne.createCell(0);
            texte(lien, nomFeuille(p.tableau().numero()), "lien");
            var cible = classeur.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            cible.setAddress("'" + nomFeuille(p.tableau().numero()) + "'!A1");
            lien.setHyperlink(cible);
            texte(ligne.createCell(1), p.tableau().titre(), "normal");
            texte(ligne.createCell(2), p.section(), "normal");
        }
        f.setColumnWidth(0, 14 * 256);
        f.setColumnWidth(1, 90 * 256);
        f.setColumnWidth(2, 60 * 256);
        f.createFreezePane(0, 4);
        imprimer(f, true);
    }

    /** Printed (or converted to PDF), a sheet is as wide as the page; long ones run on several pages. */
    private static void imprimer(Sheet f, boolean paysage) {
        f.getPrintSetup().setLandscape(paysage);
        f.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        f.setFitToPage(true);
        f.getPrintSetup().setFitWidth((short) 1);
        f.getPrintSetup().setFitHeight((short) 0);
    }

    private void feuille(Tableau t) {
        Sheet f = classeur.createSheet(nomFeuille(t.numero()));
        int colonnes = t.colonnes();
        texte(f.createRow(0).createCell(0), t.legende(), "titre");
        List<String> classes = t.classesEntetes();
        Row entete = f.createRow(2);
        for (int j = 0; j < colonnes; j++) {
            texte(entete.createCell(j), t.entetes().get(j), "entete-valeurs".equals(classes.get(j)) ? "entete-droite" : "entete");
        }
        int[] largeurs = new int[colonnes];
        for (int j = 0; j < colonnes; j++) {
            largeurs[j] = t.entetes().get(j).length();
        }
        int i = 3;
        for (Tableau.Groupe g : t.groupes()) {
            if (g.titre() != null) {
                Row ligne = f.createRow(i);
                texte(ligne.createCell(0), g.titre(), "groupe");
                for (int j = 1; j < colonnes; j++) {
                    ligne.createCell(j).setCellStyle(style("groupe"));
                }
                if (colonnes > 1) {
                    f.addMergedRegion(new CellRangeAddress(i, i, 0, colonnes - 1));
                }
                i++;
            }
            for (Tableau.Ligne l : g.lignes()) {
                Row ligne = f.createRow(i++);
                String gras = l.miseEnValeur() ? "-gras" : "";
                texte(ligne.createCell(0), l.entete(), "ligne" + gras);
                largeurs[0] = Math.max(largeurs[0], l.entete().length());
                for (int j = 0; j < l.cellules().size(); j++) {
                    Cellule c = l.cellules().get(j);
                    Cell cellule = ligne.createCell(j + 1);
                    if (c.valeur().isPresent()) {
                        Cellule.Brute v = c.valeur().get();
                        cellule.setCellValue(v.valeur());
                        cellule.setCellStyle(style(format(v) + gras));
                    } else {
                        String classe = "nd".equals(c.classe()) ? "nd" : "texte".equals(c.classe()) || "motif".equals(c.classe())
                                ? "cellule-gauche" : "cellule";
                        texte(cellule, c.texte(), classe + gras);
                    }
                    largeurs[j + 1] = Math.max(largeurs[j + 1], Math.min(c.texte().length(), 40));
                }
            }
        }
        int largeurTotale = 0;
        for (int j = 0; j < colonnes; j++) {
            int l = Math.min(Math.max(largeurs[j] + 3, 10), j == 0 ? 70 : 45);
            f.setColumnWidth(j, l * 256);
            largeurTotale += l;
        }
        i++;
        i = ligneSous(f, i, "Sources : ", t.sources(), colonnes, largeurTotale);
        i = ligneSous(f, i, "Champ : ", t.champ(), colonnes, largeurTotale);
        if (t.lecture() != null) {
            i = ligneSous(f, i, "Lecture : ", t.lecture(), colonnes, largeurTotale);
        }
        for (String note : t.notes()) {
            i = ligneSous(f, i, "", note, colonnes, largeurTotale);
        }
        f.createFreezePane(1, 3);
        imprimer(f, colonnes > 6);
    }

    /**
     * A line under the table, in column A, spread over the table's width and wrapped there (a
     * spreadsheet does not size merged rows itself: the height is set from the length).
     */
    private int ligneSous(Sheet f, int i, String etiquette, String texte, int colonnes, int largeur) {
        if (texte == null || texte.isBlank()) {
            return i;
        }
        Row ligne = f.createRow(i);
        String contenu = etiquette + texte;
        texte(ligne.createCell(0), contenu, "source");
        if (colonnes > 1) {
            f.addMergedRegion(new CellRangeAddress(i, i, 0, colonnes - 1));
        }
        int lignes = (int) Math.ceil(contenu.length() * 0.95 / Math.max(largeur, 1));
        ligne.setHeightInPoints(Math.max(1, lignes) * 12f);
        return i + 1;
    }

    /** The number format key of a value printed as the report prints it. */
    private static String format(Cellule.Brute v) {
        return "nombre:" + v.nature() + ":" + v.decimales();
    }

    static String codeFormat(Cellule.Nature nature, int decimales) {
        String nombre = decimales <= 0 ? "#,##0" : "#,##0." + "0".repeat(decimales);
        String zero = decimales <= 0 ? "0" : "0." + "0".repeat(decimales);
        return switch (nature) {
            case ENTIER, NOMBRE -> nombre;
            case POURCENTAGE -> nombre + PCT;
            case VARIATION -> "\"+\"" + nombre + PCT + ";\"\u2212\"" + nombre + PCT + ";" + zero + PCT;
        };
    }

    /**
     * A text cell. A text that a spreadsheet reads as a formula (=, +, -, @, or a tab or carriage
     * return before one) gets the « quote prefix » style: it stays text, even once edited.
     */
    private void texte(Cell cellule, String texte, String cle) {
        cellule.setCellValue(texte);
        cellule.setCellStyle(style(commeFormule(texte) ? cle + "-texte-force" : cle));
    }

    static boolean commeFormule(String texte) {
        return Tableur.commeFormule(texte);
    }

    private CellStyle style(String cle) {
        return styles.computeIfAbsent(cle, this::creerStyle);
    }

    private CellStyle creerStyle(String cle) {
        CellStyle s = classeur.createCellStyle();
        Font police = classeur.createFont();
        police.setFontName("Arial");
        police.setFontHeightInPoints((short) 10);
        String base = cle.replace("-texte-force", "").replace("-gras", "");
        police.setBold(cle.contains("-gras") || base.equals("entete") || base.equals("entete-droite") || base.equals("groupe")
                || base.equals("titre"));
        boolean tableau = !base.equals("titre") && !base.equals("source") && !base.equals("normal") && !base.equals("lien");
        if (tableau) {
            bordures(s);
        }
        switch (base) {
            case "titre" -> police.setFontHeightInPoints((short) 12);
            case "entete", "entete-droite" -> {
                s.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                s.setWrapText(true);
                s.setAlignment(base.equals("entete") ? HorizontalAlignment.LEFT : HorizontalAlignment.RIGHT);
            }
            case "groupe" -> {
                s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            case "source" -> {
                s.setWrapText(true);
                s.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
                police.setFontHeightInPoints((short) 9);
                police.setColor(IndexedColors.GREY_80_PERCENT.getIndex());
            }
            case "nd" -> {
                police.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
                s.setAlignment(HorizontalAlignment.RIGHT);
            }
            case "cellule" -> s.setAlignment(HorizontalAlignment.RIGHT);
            case "cellule-gauche" -> {
                s.setAlignment(HorizontalAlignment.LEFT);
                s.setWrapText(true);
            }
            case "lien" -> {
                police.setUnderline(Font.U_SINGLE);
                police.setColor(IndexedColors.BLUE.getIndex());
            }
            default -> {
                if (base.startsWith("nombre:")) {
                    String[] parts = base.split(":");
                    s.setDataFormat(classeur.createDataFormat().getFormat(
                            codeFormat(Cellule.Nature.valueOf(parts[1]), Integer.parseInt(parts[2]))));
                    s.setAlignment(HorizontalAlignment.RIGHT);
                }
            }
        }
        s.setFont(police);
        if (cle.contains("-texte-force")) {
            s.setQuotePrefixed(true);
        }
        return s;
    }

    private static void bordures(CellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        short gris = IndexedColors.GREY_40_PERCENT.getIndex();
        s.setTopBorderColor(gris);
        s.setBottomBorderColor(gris);
        s.setLeftBorderColor(gris);
        s.setRightBorderColor(gris);
    }
}
